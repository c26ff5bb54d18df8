package lexicon

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestCommittedTableIsCurrent regenerates the table from the WordNet
// files, where they are installed, and checks that it equals the
// committed one: a change to the generator must come with its table.
func TestCommittedTableIsCurrent(t *testing.T) {
	const dict = "/usr/share/wordnet"
	if testing.Short() {
		t.Skip("regenerating the table takes seconds; skipped with -short")
	}
	if _, err := os.Stat(filepath.Join(dict, "data.noun")); err != nil {
		t.Skipf("WordNet not installed at %s (apt-get install wordnet-base): %v", dict, err)
	}
	out := filepath.Join(t.TempDir(), "wordnet.bin.gz")
	cmd := exec.Command("go", "run", "./internal/genwordnet", "-dict", dict, "-out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("genwordnet: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, wordnetTable) {
		t.Errorf("regenerated table (%d bytes) differs from data/wordnet.bin.gz (%d bytes): run go generate ./compare/lexicon (or the Go release changed gzip's bytes)", len(got), len(wordnetTable))
	}
}
