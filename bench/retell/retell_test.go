package retell

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

const news = "../../../shared/news"

func written(t *testing.T, n int, seed uint64) map[string][]byte {
	t.Helper()
	if _, err := os.Stat(news); err != nil {
		t.Skipf("shared stories not found at %s", news)
	}
	out := filepath.Join(t.TempDir(), "corpus")
	if _, err := Write(n, seed, news, out); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.txt"))
	m := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m[filepath.Base(f)] = data
	}
	if len(m) != n {
		t.Fatalf("Write(%d) wrote %d files", n, len(m))
	}
	return m
}

// TestWriteIsSeeded: one seed, one corpus; another seed, another.
func TestWriteIsSeeded(t *testing.T) {
	a, b, c := written(t, 50, 1), written(t, 50, 1), written(t, 50, 2)
	same, other := 0, 0
	for name, data := range a {
		if bytes.Equal(data, b[name]) {
			same++
		}
		if bytes.Equal(data, c[name]) {
			other++
		}
	}
	if same != len(a) {
		t.Errorf("seed 1 twice: %d of %d articles equal, want all", same, len(a))
	}
	if other == len(a) {
		t.Errorf("seeds 1 and 2 gave the same %d articles", len(a))
	}
}

// TestRetellingsVary: retellings of one story differ from each other, as
// several outlets' reports of one event do.
func TestRetellingsVary(t *testing.T) {
	m := written(t, 2000, 7)
	byTitle := map[string][][]byte{}
	for _, data := range m {
		title, _, _ := bytes.Cut(data, []byte("\n"))
		byTitle[string(title)] = append(byTitle[string(title)], data)
	}
	told, varied := 0, 0
	for _, texts := range byTitle {
		if len(texts) < 2 {
			continue
		}
		told++
		for _, x := range texts[1:] {
			if !bytes.Equal(x, texts[0]) {
				varied++
				break
			}
		}
	}
	if told == 0 || varied < told/2 {
		t.Errorf("%d of %d stories told twice or more have differing retellings, want most", varied, told)
	}
}

func TestWriteRefusesAnExistingFolder(t *testing.T) {
	if _, err := os.Stat(news); err != nil {
		t.Skipf("shared stories not found at %s", news)
	}
	if _, err := Write(1, 1, news, t.TempDir()); err == nil {
		t.Error("Write into an existing folder succeeded, want an error")
	}
}
