package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseSynset(t *testing.T) {
	// A made-up synset in data.noun's layout: two words, a hypernym, a
	// lexical derivation from word 1 to word 2 of a verb synset, and a
	// pointer kind the table does not keep (~ hyponym).
	line := "00000100 04 n 02 Quarrel 0 spat(a) 1 003 @ 00000050 n 0000 + 00000070 v 0102 ~ 00000200 n 0000"
	s, err := parseSynset(strings.Fields(line), 0)
	if err != nil {
		t.Fatal(err)
	}
	if s.offset != 100 || s.lexFile != 4 || s.pos != 1 {
		t.Errorf("offset, lexFile, pos = %d, %d, %d; want 100, 4, 1", s.offset, s.lexFile, s.pos)
	}
	if got := strings.Join(s.words, "|"); got != "quarrel|spat" {
		t.Errorf("words = %q, want quarrel|spat (lower case, marker dropped)", got)
	}
	want := []pointer{{kind: 1, pos: 0, offset: 50}, {kind: 7, pos: 1, offset: 70, src: 1, dst: 2}}
	if len(s.ptrs) != len(want) {
		t.Fatalf("pointers = %+v, want %+v", s.ptrs, want)
	}
	for i := range want {
		if s.ptrs[i] != want[i] {
			t.Errorf("pointer %d = %+v, want %+v", i, s.ptrs[i], want[i])
		}
	}

	for _, bad := range []string{
		"",
		"00000100 04 n",
		"0000010x 04 n 01 word 0 000",
		"00000100 04 q 01 word 0 000",
		"00000100 04 n zz word 0 000",
		"00000100 04 n 02 word 0",
		"00000100 04 n 01 word 0 001 @ 00000050",
		"00000100 04 n 01 word 0 001 @ 00000050 n 00",
		"00000100 04 n 01 word 0 001 @ 00000050 x 0000",
		"00000100 04 n 01 word 0 001 @ 0000005x n 0000",
		"00000100 xx n 01 word 0 000",
	} {
		if _, err := parseSynset(strings.Fields(bad), 0); err == nil {
			t.Errorf("parseSynset(%q) succeeded", bad)
		}
	}
}

func FuzzParseSynset(f *testing.F) {
	f.Add("00000100 04 n 02 quarrel 0 spat 1 001 @ 00000050 n 0000")
	f.Add("00000100 04 s 01 big(a) 0 001 & 00000050 a 0000")
	f.Fuzz(func(t *testing.T, line string) {
		parseSynset(strings.Fields(line), 0) // must not panic
	})
}

// writeDict writes a tiny WordNet of made-up entries: "row" as a quarrel
// (a kind of "dispute") and as a verb, with one irregular form.
func writeDict(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"data.noun":  "  1 a licence line\n00000001 04 n 01 dispute 0 000 | an argument\n00000002 04 n 02 row 0 quarrel 0 002 @ 00000001 n 0000 + 00000001 v 0101 | a noisy one\n",
		"data.verb":  "00000001 32 v 01 row 0 001 + 00000002 n 0101 01 + 02 00 | quarrel\n",
		"data.adj":   "",
		"data.adv":   "",
		"index.noun": "dispute n 1 1 ~ 1 0 00000001\nquarrel n 1 2 @ + 1 0 00000002\nrow n 1 2 @ + 1 0 00000002\n",
		"index.verb": "row v 1 1 + 1 0 00000001\n",
		"index.adj":  "",
		"index.adv":  "",
		"noun.exc":   "rowz row\nmissing nothere\n",
		"verb.exc":   "",
		"adj.exc":    "",
		"adv.exc":    "",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRun(t *testing.T) {
	dict := writeDict(t)
	out := filepath.Join(t.TempDir(), "t.bin.gz")
	if err := run(dict, out); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(out)
	if err := run(dict, out); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(out)
	if !bytes.Equal(first, second) {
		t.Error("two runs wrote different bytes")
	}
	zr, err := gzip.NewReader(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) || !bytes.Contains(raw, []byte("quarrel")) || !bytes.Contains(raw, []byte("rowz")) {
		t.Errorf("table lacks the magic, a lemma or an exception: %q", raw)
	}
	if bytes.Contains(raw, []byte("missing")) {
		t.Error("table keeps an exception whose base WordNet lacks")
	}
}

func TestRunErrors(t *testing.T) {
	dict := writeDict(t)
	out := filepath.Join(t.TempDir(), "t.bin.gz")
	// An index line pointing at a synset that is not there.
	if err := os.WriteFile(filepath.Join(dict, "index.verb"), []byte("row v 1 1 + 1 0 00000099\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run(dict, out)
	if err == nil || !strings.Contains(err.Error(), "index.verb:1") {
		t.Errorf("run with a dangling index offset: error %v, want one naming index.verb:1", err)
	}
	if _, statErr := os.Stat(out); statErr == nil {
		t.Error("a failed run left a table behind")
	}
	os.Remove(filepath.Join(dict, "data.adv"))
	if err := run(dict, out); err == nil || !strings.Contains(err.Error(), "data.adv") {
		t.Errorf("run without data.adv: error %v, want one naming it", err)
	}
}
