package compare_test

import (
	"bytes"
	"go/scanner"
	"go/token"
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// quoteWords is how many words in a row, as in a text of the evaluation
// data, make a quote: shorter runs are common English ("at the end of
// the", "the death toll rose to"), a sentence of an article is longer.
const quoteWords = 8

// shared is the evaluation data beside the clone, seen from compare/.
const shared = "../../shared"

// evaluationTexts are the texts of the evaluation data whose sentences no
// comment, string or fixture may repeat: the news clusters, the further
// wire stories, the sentence pairs and TimeML. docs/ is left out: it is
// projects' manifests and READMEs, whose lines are formats (licence
// names, classifiers, badge URLs) that fixtures of docs mode must share.
var evaluationTexts = []string{"corpus/*/*.txt", "news/*", "pairs/*.jsonl", "timeml/*.tml"}

var markup = regexp.MustCompile(`<[^>]*>`)

// TestNoEvaluationQuotes checks the rule of the developers' guide that
// everything in the repository is written here: no comment, string
// literal, fixture or document repeats quoteWords words in a row of the
// evaluation data.
func TestNoEvaluationQuotes(t *testing.T) {
	if _, err := os.Stat(filepath.Join(shared, "corpus")); err != nil {
		t.Skipf("evaluation data not found beside the clone (%s): %v", shared, err)
	}
	q := newQuoteFinder(quoteWords)
	for _, pattern := range evaluationTexts {
		paths, err := filepath.Glob(filepath.Join(shared, pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(p, ".tml") {
				b = markup.ReplaceAll(b, []byte(" "))
			}
			q.add(string(b))
		}
	}
	if len(q.grams) == 0 {
		t.Fatalf("no text read from %s", shared)
	}
	err := filepath.WalkDir("..", func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if e.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		for _, piece := range repoTexts(t, path) {
			for _, r := range q.find(piece.text) {
				line := piece.line
				if piece.verbatim {
					line += strings.Count(piece.text[:r.start], "\n")
				}
				t.Errorf("%s:%d repeats the evaluation data: %q", path, line, r.words)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A piece is a text of the repository and the line it starts on;
// verbatim when its lines are the file's (not an unquoted literal).
type piece struct {
	text     string
	line     int
	verbatim bool
}

// repoTexts returns the comments and string literals of a Go file, and
// the whole of any other text file; nothing of a binary file.
func repoTexts(t *testing.T, path string) []piece {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.IndexByte(b, 0) >= 0 || strings.HasSuffix(path, ".gz") || strings.HasSuffix(path, ".zst") {
		return nil
	}
	if !strings.HasSuffix(path, ".go") {
		return []piece{{string(b), 1, true}}
	}
	var ps []piece
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile(path, -1, len(b)), b, nil, scanner.ScanComments)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			return ps
		}
		switch tok {
		case token.COMMENT:
			ps = append(ps, piece{lit, fset.Position(pos).Line, true})
		case token.STRING:
			if v, err := strconv.Unquote(lit); err == nil {
				lit = v
			}
			ps = append(ps, piece{lit, fset.Position(pos).Line, false})
		}
	}
}

// A quoteFinder knows every run of n words of the texts added to it.
type quoteFinder struct {
	n     int
	seed  maphash.Seed
	grams map[uint64]bool
}

func newQuoteFinder(n int) *quoteFinder {
	return &quoteFinder{n: n, seed: maphash.MakeSeed(), grams: map[uint64]bool{}}
}

// A word is a run of letters and digits, lower-cased, and its offset.
type word struct {
	text  string
	start int
}

func words(s string) []word {
	var ws []word
	start := -1
	for i, r := range s + " " {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			ws = append(ws, word{strings.ToLower(s[start:i]), start})
			start = -1
		}
	}
	return ws
}

func (q *quoteFinder) key(ws []word) uint64 {
	var h maphash.Hash
	h.SetSeed(q.seed)
	for _, w := range ws {
		h.WriteString(w.text)
		h.WriteByte(' ')
	}
	return h.Sum64()
}

func (q *quoteFinder) add(text string) {
	ws := words(text)
	for i := 0; i+q.n <= len(ws); i++ {
		q.grams[q.key(ws[i:i+q.n])] = true
	}
}

// A run is a stretch of text whose every n words are known.
type run struct {
	start int
	words string
}

// find returns the longest runs of text made of known n-word stretches.
func (q *quoteFinder) find(text string) []run {
	ws := words(text)
	var runs []run
	for i := 0; i+q.n <= len(ws); {
		if !q.grams[q.key(ws[i:i+q.n])] {
			i++
			continue
		}
		j := i + 1
		for j+q.n <= len(ws) && q.grams[q.key(ws[j:j+q.n])] {
			j++
		}
		var sb strings.Builder
		for k, w := range ws[i : j-1+q.n] {
			if k > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(w.text)
		}
		runs = append(runs, run{ws[i].start, sb.String()})
		i = j
	}
	return runs
}

func TestQuoteFinder(t *testing.T) {
	q := newQuoteFinder(4)
	q.add("The old mill by the river burned down on a windy night in May.")
	tests := []struct {
		text string
		want []string
	}{
		{"// Example: the old mill, by the RIVER burned down twice.", []string{"the old mill by the river burned down"}},
		{"The mill by the river was rebuilt; it burned down on a windy night.", []string{"mill by the river", "burned down on a windy night"}},
		{"The old mill stood by the river.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range q.find(tt.text) {
			got = append(got, r.words)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
