package syntax

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/segment"
	"github.com/google/go-cmp/cmp"
)

func wordsOf(text string) []string {
	d := compare.NewDocument("t.txt", []byte(text))
	var out []string
	for _, s := range segment.Sentences(d) {
		for _, w := range Words(d.Plain(), s.Tokens) {
			out = append(out, text[w.Start:w.End])
		}
	}
	return out
}

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want string // words joined by spaces
	}{
		{"We don't know.", "We do n't know ."},
		{"They won’t sign it.", "They wo n’t sign it ."},
		{"The mayor's office can't say.", "The mayor 's office ca n't say ."},
		{"She'll go and we've gone; I'm here, they're there, he'd left.", "She 'll go and we 've gone ; I 'm here , they 're there , he 'd left ."},
		{"You cannot be gonna win.", "You can not be gon na win ."},
		{"A long-term plan for Al-Rashid.", "A long - term plan for Al - Rashid ."},
		{"Send an e-mail to co-workers and re-read it.", "Send an e-mail to co-workers and re-read it ."},
		{"Call 555-123-4567 today.", "Call 555-123-4567 today ."},
		{"It rose 3.5% to 1,200 in the U.S. on Monday.", "It rose 3.5 % to 1,200 in the U.S. on Monday ."},
		{"The parents' cars.", "The parents ' cars ."},
	}
	for _, tt := range tests {
		got := strings.Join(wordsOf(tt.text), " ")
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Words(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestWordsCoverTokens(t *testing.T) {
	// Every word lies inside one token, and the words of a token cover it
	// without gaps.
	text := "Don't re-elect the well-known U.S.-backed mayor's can't-miss plan—cannot!"
	d := compare.NewDocument("t.txt", []byte(text))
	for _, s := range segment.Sentences(d) {
		ws := Words(d.Plain(), s.Tokens)
		wi := 0
		for _, tok := range s.Tokens {
			at := tok.Start
			for wi < len(ws) && ws[wi].End <= tok.End {
				if ws[wi].Start != at || ws[wi].End <= ws[wi].Start {
					t.Fatalf("word %d %v does not continue token %v at %d", wi, ws[wi], tok, at)
				}
				at = ws[wi].End
				wi++
			}
			if at != tok.End {
				t.Fatalf("token %v (%q) not covered: words end at %d", tok, text[tok.Start:tok.End], at)
			}
		}
		if wi != len(ws) {
			t.Fatalf("%d words outside tokens", len(ws)-wi)
		}
	}
}
