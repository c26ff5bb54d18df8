package syntax

import (
	"os"
	"testing"
)

func readTreebank(t testing.TB, name string) []TreeSentence {
	path := "../../../shared/ud/" + name
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("treebank not found at %s: %v", path, err)
	}
	defer f.Close()
	ss, err := ReadCoNLLU(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}
