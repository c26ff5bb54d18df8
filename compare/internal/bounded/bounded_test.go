package bounded

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f")
	if err := os.WriteFile(p, []byte("12345"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadFile(p, 5); err != nil || string(got) != "12345" {
		t.Errorf("ReadFile(5 bytes, max 5) = %q, %v", got, err)
	}
	if _, err := ReadFile(p, 4); !errors.Is(err, ErrTooLarge) || err.Error() != "larger than 4 bytes" {
		t.Errorf("ReadFile(5 bytes, max 4) = %v, want larger than 4 bytes", err)
	}
	if _, err := ReadFile(dir, 4); err == nil || err.Error() != "is a directory" {
		t.Errorf("ReadFile(folder) = %v, want is a directory", err)
	}
	if _, err := Read(strings.NewReader(strings.Repeat("x", 3<<20)), 2<<20); err == nil || !strings.HasPrefix(err.Error(), "larger than 2 MiB") {
		t.Errorf("Read(3 MiB, max 2 MiB) = %v", err)
	}
}
