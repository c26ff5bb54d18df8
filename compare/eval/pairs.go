package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/ingest"
	"github.com/claimdiff/claimdiff/compare/pipeline"
)

// PairsOptions select the pairs scored, as pairs.py's flags do.
type PairsOptions struct {
	// Filter "numeric" keeps the pairs with a digit or a number word;
	// "" keeps all.
	Filter string
	// Limit scores the first Limit pairs (after the filter); 0 means all.
	Limit int
}

// PairScores are the figures of score/pairs.py, under its keys.
type PairScores struct {
	Pairs     int     `json:"pairs"`
	Errors    int     `json:"errors"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	TN        int     `json:"tn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Accuracy  float64 `json:"accuracy"`
}

// Fields lists the figures in pairs.py's order.
func (s PairScores) Fields() []Field {
	return []Field{
		{"pairs", s.Pairs}, {"errors", s.Errors},
		{"tp", s.TP}, {"fp", s.FP}, {"fn", s.FN}, {"tn", s.TN},
		{"precision", s.Precision}, {"recall", s.Recall}, {"f1", s.F1}, {"accuracy", s.Accuracy},
	}
}

// pair is one labelled sentence pair.
type pair struct {
	premise, hypothesis string
	contradiction       bool
}

// numberWord is the word half of pairs.py's numeric filter; the digit
// half (Python's Unicode \d) and the word boundaries (Python's Unicode
// \b) are tested by hand because Go's \d and \b are ASCII only.
var numberWord = regexp.MustCompile(`(?i)one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion`)

// numeric is pairs.py's filter on the concatenated sentences.
func numeric(s string) bool {
	for _, r := range s {
		if isDigit(r) {
			return true
		}
	}
	for _, m := range numberWord.FindAllStringIndex(s, -1) {
		// A match inside a word fails the boundary test, and so would any
		// match starting inside it, so the leftmost non-overlapping
		// matches are the only candidates.
		before, _ := utf8.DecodeLastRuneInString(s[:m[0]])
		after, _ := utf8.DecodeRuneInString(s[m[1]:])
		if (m[0] == 0 || !isWord(before)) && (m[1] == len(s) || !isWord(after)) {
			return true
		}
	}
	return false
}

// readPairs reads a JSONL file of pairs as pairs.py does: lines split at
// \n, \r\n or \r, blank lines skipped, each other line one JSON object
// with string premise and hypothesis, an id and a label. A line that is
// not is an error naming the file and line.
func readPairs(path string, data []byte) ([]pair, error) {
	if !utf8.Valid(data) {
		return nil, &compare.InputError{Path: path, Line: bytes.Count(data[:ingest.InvalidUTF8At(data)], []byte("\n")) + 1, Err: errors.New("invalid UTF-8")}
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	var ps []pair
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strip(line) == "" {
			continue
		}
		p, err := parsePair(line)
		if err != nil {
			return nil, &compare.InputError{Path: path, Line: n, Err: err}
		}
		ps = append(ps, p)
	}
	return ps, sc.Err()
}

func parsePair(line string) (pair, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(line), &obj); err != nil {
		return pair{}, fmt.Errorf("want a JSON object: %w", err)
	}
	var p pair
	for _, f := range []struct {
		key string
		dst *string
	}{{"premise", &p.premise}, {"hypothesis", &p.hypothesis}} {
		raw, ok := obj[f.key]
		if !ok {
			return pair{}, fmt.Errorf("no %q", f.key)
		}
		if err := json.Unmarshal(raw, f.dst); err != nil {
			return pair{}, fmt.Errorf("%q: want a string", f.key)
		}
	}
	if _, ok := obj["id"]; !ok {
		return pair{}, errors.New(`no "id"`)
	}
	raw, ok := obj["label"]
	if !ok {
		return pair{}, errors.New(`no "label"`)
	}
	var label string
	if json.Unmarshal(raw, &label) == nil {
		p.contradiction = label == "contradiction"
	}
	return p, nil
}

// Pairs scores contradiction detection on the JSONL pairs of file, as
// score/pairs.py does: each pair is compared as two one-sentence
// documents, and predicted a contradiction when the report has a conflict
// between them. A pair compare fails on counts in Errors; a missing or
// malformed file is an error.
func Pairs(ctx context.Context, file string, opt PairsOptions) (PairScores, error) {
	switch opt.Filter {
	case "", "numeric":
	default:
		return PairScores{}, fmt.Errorf("pairs: unknown filter %q (want numeric)", opt.Filter)
	}
	if opt.Limit < 0 {
		return PairScores{}, fmt.Errorf("pairs: limit %d is negative", opt.Limit)
	}
	data, err := readFile(file)
	if err != nil {
		return PairScores{}, fmt.Errorf("pairs: %w", err)
	}
	ps, err := readPairs(file, data)
	if err != nil {
		return PairScores{}, fmt.Errorf("pairs: %w", err)
	}
	if len(ps) == 0 {
		return PairScores{}, fmt.Errorf("pairs: %s: no pairs", file)
	}
	if opt.Filter == "numeric" {
		kept := ps[:0]
		for _, p := range ps {
			if numeric(p.premise + p.hypothesis) {
				kept = append(kept, p)
			}
		}
		ps = kept
	}
	if opt.Limit > 0 && opt.Limit < len(ps) {
		ps = ps[:opt.Limit]
	}
	const (
		failed = iota
		no
		yes
	)
	preds := make([]int, len(ps))
	err = forEach(ctx, len(ps), func(i int) {
		r, err := comparePair(ps[i])
		switch {
		case err != nil:
			preds[i] = failed
		case hasConflict(r):
			preds[i] = yes
		default:
			preds[i] = no
		}
	})
	if err != nil {
		return PairScores{}, err
	}
	s := PairScores{Pairs: len(ps)}
	for i, p := range ps {
		switch {
		case preds[i] == failed:
			s.Errors++
		case preds[i] == yes && p.contradiction:
			s.TP++
		case preds[i] == yes:
			s.FP++
		case p.contradiction:
			s.FN++
		default:
			s.TN++
		}
	}
	pr, rc := ratioOf(s.TP, s.TP+s.FP), ratioOf(s.TP, s.TP+s.FN)
	s.Precision, s.Recall, s.F1 = round3(pr), round3(rc), round3(f1(pr, rc))
	s.Accuracy = round3(ratioOf(s.TP+s.TN, s.TP+s.FP+s.FN+s.TN))
	return s, nil
}

// The file names pairs.py gives the two sentences; their order decides
// the document IDs (hypothesis is d1) and their extension the format.
const (
	premiseName    = "premise.txt"
	hypothesisName = "hypothesis.txt"
)

// comparePair compares the pair as `claimdiff compare` compares the two
// files pairs.py writes, without writing them: the report depends on the
// paths only through their order and extension, which the names keep.
func comparePair(p pair) (*compare.Report, error) {
	docs := make([]*compare.Document, 0, 2)
	for _, f := range []struct{ name, text string }{{hypothesisName, p.hypothesis}, {premiseName, p.premise}} {
		d, err := ingest.Parse(f.name, []byte(f.text+"\n"), ingest.Options{})
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return compareDocs(docs), nil
}

// compareDocs does what pipeline.Compare does after reading: number the
// documents (given sorted by path), extract each, align and judge.
func compareDocs(docs []*compare.Document) *compare.Report {
	var cs []compare.Claim
	for i, d := range docs {
		d.ID = fmt.Sprintf("d%d", i+1)
		cs = append(cs, pipeline.ExtractDocument(d).Claims...)
	}
	return pipeline.Reduce(docs, cs)
}

// hasConflict reports whether some conflict of r holds claims of two
// documents or more.
func hasConflict(r *compare.Report) bool {
	for i := range r.Alignments {
		if a := &r.Alignments[i]; (a.Verdict.Outcome == compare.Conflict || a.Verdict.Outcome == compare.Update) && documents(a) >= 2 {
			return true
		}
	}
	return false
}
