package eval

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/claimdiff/claimdiff/compare/syntax"
)

// UDScores are the CoNLL 2018 shared task's figures for a tagger and
// parser on gold tokenisation, as score/ud.py computes them.
type UDScores struct {
	Sentences, Words int
	UPOS, UAS, LAS   float64
	// WordsPerSecond counts the tagging and parsing alone; ud.py times the
	// whole command, start-up and printing included.
	WordsPerSecond float64
	Seconds        float64
}

// Fields returns the scores under score/ud.py's keys.
func (s UDScores) Fields() []Field {
	return []Field{
		{"sentences", s.Sentences}, {"words", s.Words}, {"sentence_mismatches", 0},
		{"upos", round4(s.UPOS)}, {"uas", round4(s.UAS)}, {"las", round4(s.LAS)},
		{"tokens_per_second", int(s.WordsPerSecond + 0.5)}, {"seconds", round2(s.Seconds)},
	}
}

// UD tags and parses the words of a CoNLL-U file with the embedded model
// and scores them against the file's own UPOS, HEAD and DEPREL, relations
// compared on their universal part (before ':').
func UD(ctx context.Context, path string) (UDScores, error) {
	data, err := readFile(path)
	if err != nil {
		return UDScores{}, err
	}
	gold, err := syntax.ReadCoNLLU(bytes.NewReader(data), path)
	if err != nil {
		return UDScores{}, err
	}
	if len(gold) == 0 {
		return UDScores{}, fmt.Errorf("ud: %s: no sentences", path)
	}
	m, err := syntax.Default()
	if err != nil {
		return UDScores{}, err
	}
	pred := make([]syntax.TreeSentence, len(gold))
	for i, s := range gold {
		pred[i] = syntax.TreeSentence{Words: append([]syntax.TreeWord(nil), s.Words...)}
	}
	start := time.Now()
	if err := forEach(ctx, len(pred), func(i int) { m.AnalyzeTree(&pred[i]) }); err != nil {
		return UDScores{}, err
	}
	secs := time.Since(start).Seconds()
	var s UDScores
	s.Sentences = len(gold)
	upos, uas, las := 0, 0, 0
	for i, g := range gold {
		for j, gw := range g.Words {
			pw := pred[i].Words[j]
			s.Words++
			if gw.UPOS == pw.UPOS {
				upos++
			}
			if gw.Head == pw.Head {
				uas++
				if syntax.Universal(gw.Deprel) == syntax.Universal(pw.Deprel) {
					las++
				}
			}
		}
	}
	n := float64(s.Words)
	s.UPOS, s.UAS, s.LAS = float64(upos)/n, float64(uas)/n, float64(las)/n
	s.Seconds = secs
	if secs > 0 {
		s.WordsPerSecond = n / secs
	}
	return s, nil
}
