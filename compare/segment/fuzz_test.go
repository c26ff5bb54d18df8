package segment

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

var markup = strings.NewReplacer("*", " ", "#", " ", "- ", "  ", "1. ", "   ")

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"",
		"The dog barked. The cat ran.",
		"Mr. Kim met U.S. envoys at 9 a.m. Monday. It rained.",
		"Headline Here\nCITY, Jan. 3, 2005\n\nBody text \"quoted.\" Next...",
		"1,200.5 3.5% 9/11 10:30 e.g. Ph.D. Jong-un Seoul’s",
		"line\r\n\r\n- a\n- b\n• c\r\rend",
		"今天下雨。明天晴。 Léogâne…",
		"\xff\xfe.\x80 a.\xe2\x80 B",
		"co\u00adop \ufeff\u200b. \u2028x",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, bodyStart, bodyEnd int) {
		d := compare.NewDocument("f.txt", []byte(text))
		d.Body = compare.Span{Start: bodyStart, End: bodyEnd}
		// Blanked markup must not upset the list-marker test, which reads
		// Text while everything else reads Plain.
		if len(text)%2 == 1 {
			d.Clean = []byte(markup.Replace(text))
		}
		ss := Sentences(d)
		lo, hi := max(bodyStart, 0), min(bodyEnd, len(text))

		// Rune boundaries as a decoder stepping from the body's start sees them.
		start := lo
		for start < hi && !utf8.RuneStart(text[start]) {
			start++
		}
		boundary := map[int]bool{hi: true}
		for i := start; i < hi; {
			boundary[i] = true
			_, n := utf8.DecodeRuneInString(text[i:hi])
			i += n
		}
		trimmed := func(sp compare.Span) bool {
			r, _ := utf8.DecodeRuneInString(text[sp.Start:sp.End])
			l, _ := utf8.DecodeLastRuneInString(text[sp.Start:sp.End])
			return !unicode.IsSpace(r) && !unicode.IsSpace(l)
		}

		prevEnd := lo
		for i, s := range ss {
			sp := s.Span
			if sp.Start < prevEnd || sp.End <= sp.Start || sp.End > hi {
				t.Fatalf("Sentences(%q) body %v: sentence %d span %v out of order or bounds (previous end %d)", text, d.Body, i, sp, prevEnd)
			}
			if !boundary[sp.Start] || !boundary[sp.End] {
				t.Fatalf("Sentences(%q): sentence %d span %v not on rune boundaries", text, i, sp)
			}
			if !trimmed(sp) {
				t.Fatalf("Sentences(%q): sentence %d %q not trimmed", text, i, d.Slice(sp))
			}
			if i > 0 && s.Paragraph < ss[i-1].Paragraph {
				t.Fatalf("Sentences(%q): paragraph %d after %d", text, s.Paragraph, ss[i-1].Paragraph)
			}
			if len(s.Tokens) > 1 && sp.End-sp.Start > MaxSentenceBytes {
				t.Fatalf("Sentences(%q): sentence %d is %d bytes, more than MaxSentenceBytes", text, i, sp.End-sp.Start)
			}
			if len(s.Tokens) == 0 {
				t.Fatalf("Sentences(%q): sentence %d has no tokens", text, i)
			}
			if s.Tokens[0].Start != sp.Start || s.Tokens[len(s.Tokens)-1].End != sp.End {
				t.Fatalf("Sentences(%q): sentence %d span %v does not run from its first token to its last", text, i, sp)
			}
			tokEnd := sp.Start
			for _, tok := range s.Tokens {
				if tok.Start < tokEnd || tok.End <= tok.Start || !sp.Contains(tok) {
					t.Fatalf("Sentences(%q): sentence %d token %v out of order or outside %v", text, i, tok, sp)
				}
				if !boundary[tok.Start] || !boundary[tok.End] || !trimmed(tok) {
					t.Fatalf("Sentences(%q): token %q %v not trimmed on rune boundaries", text, d.Slice(tok), tok)
				}
				tokEnd = tok.End
			}
			prevEnd = sp.End
		}
	})
}
