package report

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// The fixture: three short accounts of a ferry running aground, written
// for these tests. d1 and d2 disagree on how many were rescued, agree on
// the day; all three agree on the place; d2 and d3 each say one thing
// no other says.
const (
	harbourText = "Ferry runs aground off Skerry Point\n" +
		"Harbour Gazette, 10 March 2021\n" +
		"\n" +
		"The ferry Morwenna — a familiar sight — ran aground off Skerry Point on Tuesday evening.\n" +
		"Lifeboat crews rescued 40 passengers from the stranded\n" +
		"vessel, the harbour master said.\n" +
		"The crossing will stay closed until the hull has been inspected.\n"
	valleyText = "---\n" +
		"title: Dozens rescued as ferry strikes rocks\n" +
		"date: 2021-03-12\n" +
		"---\n" +
		"# Dozens rescued as ferry strikes rocks\n" +
		"\n" +
		"The Morwenna struck rocks near Skerry Pt. on 9 March.\n" +
		"According to the coast guard, at least 46 passengers were rescued from the stranded vessel.\n" +
		"The ferry is expected to return to service in May.\n"
	stdinText = "Morwenna aground\n" +
		"12/03/2021 06:40:11 am\n" +
		"Passengers from the Morwenna waited for hours off Skerry Point.\n" +
		"The vessel was reportedly built in 1998.\n"
)

// at returns the span of the n-th (from 0) occurrence of s in d.
func at(t testing.TB, d *compare.Document, s string, n int) compare.Span {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(string(d.Text[off:]), s)
		if j < 0 {
			t.Fatalf("fixture: %q not found %d times in %s", s, n+1, d.Path)
		}
		if i == n {
			return compare.Span{Start: off + j, End: off + j + len(s)}
		}
		off += j + len(s)
	}
}

// claim returns a claim of d whose sentence is the text sentence and
// whose evidence is the first occurrence of evidence inside it.
func claim(t testing.TB, d *compare.Document, sentence, evidence string, c compare.Claim) compare.Claim {
	t.Helper()
	c.Doc = d.ID
	c.Sentence = at(t, d, sentence, 0)
	i := strings.Index(sentence, evidence)
	if i < 0 {
		t.Fatalf("fixture: evidence %q not in sentence %q", evidence, sentence)
	}
	c.Evidence = compare.Span{Start: c.Sentence.Start + i, End: c.Sentence.Start + i + len(evidence)}
	return c
}

// mention returns a mention of the n-th occurrence of text in d.
func mention(t testing.TB, d *compare.Document, text string, n int, k compare.Kind, typ, value string) compare.Mention {
	t.Helper()
	return compare.Mention{Kind: k, Type: typ, Span: at(t, d, text, n), Value: value}
}

// fixture returns the report and the extractions of the three documents.
func fixture(t testing.TB) (*compare.Report, []compare.Extraction) {
	t.Helper()
	d1 := compare.NewDocument("coast/harbour.txt", []byte(harbourText))
	d1.ID, d1.Title, d1.Source = "d1", "Ferry runs aground off Skerry Point", "Harbour Gazette"
	d1.Published, d1.PublishedFrom = "2021-03-10", compare.FromHeader

	d2 := compare.NewDocument("coast/valley.md", []byte(valleyText))
	d2.ID, d2.Title = "d2", "Dozens rescued as ferry strikes rocks"
	d2.Published, d2.PublishedFrom = "2021-03-12", compare.FromFrontMatter

	d3 := compare.NewDocument("-", []byte(stdinText))
	d3.ID, d3.Title = "d3", "Morwenna aground"
	d3.Published, d3.PublishedFrom = "2021-03-12", compare.FromHeader
	d3.Warnings = []string{`date line "12/03/2021 06:40:11 am" has a time of day: it may be when the page was saved, not when the story was published`}

	const (
		s1place  = "The ferry Morwenna — a familiar sight — ran aground off Skerry Point on Tuesday evening."
		s1rescue = "Lifeboat crews rescued 40 passengers from the stranded\nvessel, the harbour master said."
		s2place  = "The Morwenna struck rocks near Skerry Pt. on 9 March."
		s2rescue = "According to the coast guard, at least 46 passengers were rescued from the stranded vessel."
		s2return = "The ferry is expected to return to service in May."
		s3place  = "Passengers from the Morwenna waited for hours off Skerry Point."
		s3built  = "The vessel was reportedly built in 1998."
	)
	place := compare.Claim{Key: "ferry run aground|place", Question: "Where did the ferry run aground?",
		Kind: compare.Name, Value: "Skerry Point"}
	day := compare.Claim{Key: "ferry run aground|time", Question: "When did the ferry run aground?",
		Kind: compare.Time, Value: "2021-03-09"}
	rescued := compare.Claim{Key: "passenger rescue|quantity", Question: "How many passengers were rescued?",
		Kind: compare.Quantity, Modality: compare.Reported}

	c1place := claim(t, d1, s1place, "Skerry Point", withDisplay(place, "Skerry Point"))
	c1day := claim(t, d1, s1place, "on Tuesday evening", withDisplay(day, "Tuesday 9 March 2021"))
	c1rescue := claim(t, d1, s1rescue, "40 passengers", compare.Claim{Key: rescued.Key, Question: rescued.Question,
		Kind: rescued.Kind, Value: "40", Display: "40", Modality: compare.Reported, Attribution: "the harbour master"})
	c2place := claim(t, d2, s2place, "Skerry Pt.", withDisplay(place, "Skerry Pt."))
	c2day := claim(t, d2, s2place, "on 9 March", withDisplay(day, "9 March 2021"))
	c2rescue := claim(t, d2, s2rescue, "at least 46 passengers", compare.Claim{Key: rescued.Key, Question: rescued.Question,
		Kind: rescued.Kind, Value: "[46,)", Display: "at least 46", Modality: compare.Reported, Attribution: "the coast guard"})
	c2return := claim(t, d2, s2return, "in May", compare.Claim{Key: "ferry return to service|time",
		Question: "When will the ferry return to service?", Kind: compare.Time, Value: "2021-05", Display: "May 2021",
		Modality: compare.Expected})
	c3place := claim(t, d3, s3place, "Skerry Point", withDisplay(place, "Skerry Point"))
	c3built := claim(t, d3, s3built, "in 1998", compare.Claim{Key: "vessel build|time",
		Question: "When was the vessel built?", Kind: compare.Time, Value: "1998", Display: "1998",
		Modality: compare.Hedged})

	r := &compare.Report{
		Documents: []*compare.Document{d1, d2, d3},
		// Mixed outcomes, as a judge might order them, so that the text
		// printer's grouping is seen.
		Alignments: []compare.Alignment{
			{ID: "a1", Key: place.Key, Question: place.Question, Kind: compare.Name,
				Claims: []compare.Claim{c1place, c2place, c3place},
				Verdict: compare.Verdict{Outcome: compare.Agree,
					Reason: "All three name the same place: Skerry Point (d2 writes Skerry Pt.)."}},
			{ID: "a2", Key: rescued.Key, Question: rescued.Question, Kind: compare.Quantity,
				Claims: []compare.Claim{c1rescue, c2rescue},
				Verdict: compare.Verdict{Outcome: compare.Conflict,
					Reason:     "d1 says 40 passengers were rescued, d2 at least 46.",
					Qualifiers: []string{"published 2 days apart", `d2 says "at least"`}}},
			{ID: "a3", Key: c3built.Key, Question: c3built.Question, Kind: compare.Time,
				Claims:  []compare.Claim{c3built},
				Verdict: compare.Verdict{Outcome: compare.Unique, Reason: "Only d3 says this."}},
			{ID: "a4", Key: day.Key, Question: day.Question, Kind: compare.Time,
				Claims: []compare.Claim{c1day, c2day},
				Verdict: compare.Verdict{Outcome: compare.Agree,
					Reason: "Both give 9 March 2021 (d1 says Tuesday, the day before it was published)."}},
			{ID: "a5", Key: c2return.Key, Question: c2return.Question, Kind: compare.Time,
				Claims:  []compare.Claim{c2return},
				Verdict: compare.Verdict{Outcome: compare.Unique, Reason: "Only d2 says this."}},
		},
	}

	xs := []compare.Extraction{
		{Document: d1,
			Mentions: []compare.Mention{
				mention(t, d1, "10 March 2021", 0, compare.Time, "DATE", "2021-03-10"),
				mention(t, d1, "Morwenna", 0, compare.Name, "NAME", "Morwenna"),
				mention(t, d1, "Skerry Point", 1, compare.Name, "PLACE", "Skerry Point"),
				mention(t, d1, "Tuesday evening", 0, compare.Time, "TIME", "2021-03-09TEV"),
				mention(t, d1, "40 passengers", 0, compare.Quantity, "passenger", "40"),
			},
			Claims: []compare.Claim{c1place, c1day, c1rescue}},
		{Document: d2,
			Mentions: []compare.Mention{
				mention(t, d2, "Skerry Pt.", 0, compare.Name, "PLACE", "Skerry Point"),
				mention(t, d2, "9 March", 0, compare.Time, "DATE", "2021-03-09"),
				mention(t, d2, "at least 46 passengers", 0, compare.Quantity, "passenger", "[46,)"),
				mention(t, d2, "May", 0, compare.Time, "DATE", "2021-05"),
			},
			Claims: []compare.Claim{c2place, c2day, c2rescue, c2return}},
		{Document: d3,
			Mentions: []compare.Mention{
				mention(t, d3, "Skerry Point", 0, compare.Name, "PLACE", "Skerry Point"),
				mention(t, d3, "1998", 0, compare.Time, "DATE", "1998"),
			},
			Claims: []compare.Claim{c3place, c3built}},
	}
	return r, xs
}

func withDisplay(c compare.Claim, display string) compare.Claim {
	c.Display = display
	return c
}
