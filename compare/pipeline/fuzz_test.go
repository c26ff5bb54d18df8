package pipeline

import (
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/ingest"
)

// FuzzExtractDocument runs every stage after ingest on any text ingest
// accepts: no panic, and every span lies in the text, on rune boundaries,
// with each claim's evidence inside its sentence.
func FuzzExtractDocument(f *testing.F) {
	f.Add("Talks last met in May 2001.\n\nAt least 12 hikers died on Sunday.", "2005-11-28")
	f.Add("# Title\n\nThe first summit since 1999 was held at Geneva on 3 March.", "")
	f.Add("Mr. Park said 1,200 troops arrived at 9 a.m. Jan. 5. \"Similar talks\" were held.", "2010")
	// The constructions of stances, parties, existence, durations, ages,
	// wholes, differences and ellipsis.
	f.Add("Ministers Hold Talks\n\nJane Roe, leader of the Farm Union, and Tom Poe are vying for the post. \"We reject it,\" said Roe. "+
		"A deal was reached between Chad, Sudan and Libya two weeks ago. She was the first woman to climb it; no man has yet done so. "+
		"The 47-year-old ended 20 years of exile after a 14-year tenure. The Whigs, which took 210 out of the 480 seats, "+
		"are expected to win only a dozen, 12 more than their rival, the Liberal Party.", "2005-11-16")
	f.Add("Mine Blast Kills Five\n\nFarmers recalled years of hunger not seen since the 1946-1949 drought.", "2005-12-12")
	// A dateline of the place alone, tallies, basis points, lengths.
	f.Add("Rent cap passes\n\nPORT ELLIS, Vantar (AP) — The council voted 7-4 and cut fees by 50 basis points after a shutdown of two days.", "2031-03-12")
	f.Add("Hostage freed\n\nHALDEN — The 54-year-old Ostap Vellin was freed after 11 days in captivity; the bill passed 60-38 by Monday.", "")
	// Hours a clause of its own or a report verb leaves, what took so
	// long, what a sum and a magnitude are.
	f.Add("Coach crash injures 30\n\nThe coach left the road at 5:05 a.m. Two passengers walked into the ward shortly after 9:40 a.m., staff said. "+
		"Crews took two hours to free them. The blaze burned for 90 minutes. They paid a 3.5 million euro penalty; seismologists put the magnitude at 6.3.", "2031-04-12")
	f.Fuzz(func(t *testing.T, text, published string) {
		d, err := ingest.Parse("fuzz.txt", []byte(text), ingest.Options{})
		if err != nil {
			return
		}
		if validDate(published) {
			d.SetPublished(published)
		}
		d.ID = "d1"
		x := ExtractDocument(d)
		inText := func(s compare.Span) bool {
			return 0 <= s.Start && s.Start <= s.End && s.End <= len(d.Text) &&
				utf8.RuneStart(at(d.Text, s.Start)) && utf8.RuneStart(at(d.Text, s.End))
		}
		for _, m := range x.Mentions {
			if !inText(m.Span) {
				t.Fatalf("mention %+v out of bounds or off a rune boundary in %q", m, text)
			}
		}
		for _, c := range x.Claims {
			if !inText(c.Sentence) || !inText(c.Evidence) || !c.Sentence.Contains(c.Evidence) {
				t.Fatalf("claim %+v: evidence %v not inside sentence %v of %q", c, c.Evidence, c.Sentence, text)
			}
			if c.Key == "" || c.Question == "" || c.Value == "" {
				t.Fatalf("claim %+v lacks key, question or value", c)
			}
		}
	})
}

// at returns the byte at i, or a rune start at the end of the text.
func at(b []byte, i int) byte {
	if i >= len(b) {
		return 0
	}
	return b[i]
}

func validDate(s string) bool {
	_, err := ingest.Parse("x", []byte("x"), ingest.Options{Published: s})
	return s != "" && err == nil
}
