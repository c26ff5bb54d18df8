package judge

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

func termsClaim(doc, value string, terms ...string) compare.Claim {
	return compare.Claim{Doc: doc, Kind: compare.Quantity, Key: "quantity/death/count", Value: value, Terms: terms}
}

// TestUnrelatedStoriesAreNotCompared: two reports of one ferry sinking
// share names and words; a third, of a storm elsewhere, shares neither,
// and its figure is never set against theirs.
func TestUnrelatedStoriesAreNotCompared(t *testing.T) {
	a := compare.Alignment{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{
		termsClaim("d1", "4", "@harbour authority", "#|port albany", "ferry", "sink", "passeng", "crew", "rescu", "coast"),
		termsClaim("d2", "4", "@harbour authority", "#|port albany", "ferry", "capsiz", "passeng", "diver", "rescu", "coast"),
		termsClaim("d3", "9", "@weather office", "#|lake morrow", "storm", "flood", "roof", "power", "river", "villag"),
	}}
	pairs := Relate([]compare.Alignment{a}).Unrelated([]compare.Alignment{a})
	want := [][2]string{{"d1", "d3"}, {"d2", "d3"}}
	if len(pairs) != len(want) || pairs[0] != want[0] || pairs[1] != want[1] {
		t.Fatalf("Unrelated = %v, want %v", pairs, want)
	}
	split := SplitUnrelated([]compare.Alignment{a}, Relate([]compare.Alignment{a}).Apart)
	if len(split) != 2 || len(split[0].Claims) != 2 || len(split[1].Claims) != 1 || split[1].Claims[0].Doc != "d3" {
		t.Fatalf("SplitUnrelated gave %d parts, want d1+d2 and d3: %+v", len(split), split)
	}
	docs := []*compare.Document{{ID: "d1", Path: "a.txt"}, {ID: "d2", Path: "b.txt"}, {ID: "d3", Path: "c.txt"}}
	ws := UnrelatedWarnings(pairs, docs)
	if len(ws) != 2 || !strings.Contains(ws[0], "d1 (a.txt)") || !strings.Contains(ws[0], "d3 (c.txt)") {
		t.Errorf("UnrelatedWarnings = %q, want the pairs named with their paths", ws)
	}
}

// TestANameTypedTwoWaysIsOneName: one report types a town as a place, the
// other, which does not know it, as a name; their stories share it, and
// with the words they share, they tell one story.
func TestANameTypedTwoWaysIsOneName(t *testing.T) {
	a := compare.Alignment{Key: "quantity/kidnap/count", Kind: compare.Quantity, Claims: []compare.Claim{
		termsClaim("d1", "14", "@kessara", "#|tarn", "gunmen", "abduct", "aid", "worker", "convoy", "charity", "ransom", "hostage"),
		termsClaim("d2", "12", "#|kessara", "@relief fund", "gunmen", "kidnap", "employe", "vehicle", "charity", "ransom", "spokeswoman"),
	}}
	if n, _ := StoryOverlap(a.Claims, "d1", "d2"); n != 1 {
		t.Errorf("StoryOverlap names = %v, want 1 (kessara)", n)
	}
	if pairs := Relate([]compare.Alignment{a}).Unrelated([]compare.Alignment{a}); len(pairs) != 0 {
		t.Errorf("Unrelated = %v, want none", pairs)
	}
}

// TestRelatednessIsNotTransitive: a roundup of a day's news shares a
// story with a report of a ferry sinking and with one of a storm; the
// two reports share none, and their figures are never set against each
// other, however many documents are compared with them.
func TestRelatednessIsNotTransitive(t *testing.T) {
	ferry := []string{"@harbour authority", "#|port albany", "ferry", "sink", "passeng", "crew", "rescu"}
	storm := []string{"@weather office", "#|lake morrow", "storm", "flood", "roof", "power", "river"}
	for _, others := range []int{0, AllPairsUpTo} {
		a := compare.Alignment{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{
			termsClaim("d1", "4", append(slices.Clone(ferry), storm...)...),
			termsClaim("d2", "4", ferry...),
			termsClaim("d3", "9", storm...),
		}}
		as := []compare.Alignment{a}
		for i := range others {
			// Stories of their own, each in an alignment of its own.
			doc := fmt.Sprintf("d%d", 4+i)
			as = append(as, compare.Alignment{Key: "quantity/injury/count", Kind: compare.Quantity, Claims: []compare.Claim{
				termsClaim(doc, "1", "@"+doc+" council", "#|"+doc+" town", doc+"word", "fair", "parade")}})
		}
		rel := Relate(as)
		if rel.Apart("d1", "d2") || rel.Apart("d1", "d3") || !rel.Apart("d2", "d3") || !rel.Apart("d3", "d2") {
			t.Fatalf("with %d other documents: Apart(d1,d2)=%v Apart(d1,d3)=%v Apart(d2,d3)=%v, want false false true",
				others, rel.Apart("d1", "d2"), rel.Apart("d1", "d3"), rel.Apart("d2", "d3"))
		}
		split := SplitUnrelated(as[:1], rel.Apart)
		if len(split) != 2 || len(split[0].Claims) != 2 || split[1].Claims[0].Doc != "d3" {
			t.Errorf("with %d other documents: SplitUnrelated gave %d parts, want d1+d2 and d3: %+v", others, len(split), split)
		}
	}
}

// TestStoriesOfOneGenre: two markets' closes share most of their words
// and none of their names; two reports of one close name one exchange,
// one of them by a longer name.
func TestStoriesOfOneGenre(t *testing.T) {
	genre := []string{"share", "index", "close", "lower", "trad", "turnover", "advanc", "declin", "unchang"}
	claim := func(doc string, names ...string) compare.Claim {
		return termsClaim(doc, "12", append(names, genre...)...)
	}
	a := compare.Alignment{Key: "quantity/issue/count", Kind: compare.Quantity, Claims: []compare.Claim{
		claim("d1", "@northport exchange", "#|northport", "@acme"),
		claim("d2", "@southbay bourse", "#|southbay", "@zenith"),
		claim("d3", "@northport exchange composite", "#|harbourside", "@bolt"),
	}}
	pairs := Relate([]compare.Alignment{a}).Unrelated([]compare.Alignment{a})
	want := [][2]string{{"d1", "d2"}, {"d2", "d3"}}
	if len(pairs) != len(want) || pairs[0] != want[0] || pairs[1] != want[1] {
		t.Errorf("Unrelated = %v, want %v", pairs, want)
	}
	// A news agency says who reported a story: two stories of one genre
	// that share only their agency, and the words of the genre, are two.
	agency := "@" + mentions.NameKey("Reuters")
	c := compare.Alignment{Key: "quantity/arrest/count", Kind: compare.Quantity, Claims: []compare.Claim{
		claim("d1", agency, "#|northport", "@harbour police", "@acme"),
		claim("d2", agency, "#|southbay", "@border guard", "@zenith"),
	}}
	if pairs := Relate([]compare.Alignment{c}).Unrelated([]compare.Alignment{c}); len(pairs) != 1 {
		t.Errorf("Unrelated = %v for stories sharing only their agency, want d1 and d2", pairs)
	}
	// Stories that name too little to tell stay together by their words.
	b := compare.Alignment{Key: "quantity/issue/count", Kind: compare.Quantity, Claims: []compare.Claim{
		claim("d1", "@acme"), claim("d2", "@zenith"),
	}}
	if pairs := Relate([]compare.Alignment{b}).Unrelated([]compare.Alignment{b}); len(pairs) != 0 {
		t.Errorf("Unrelated = %v for stories of one name each, want none", pairs)
	}
}

// TestRelativeDaysFarApartAreDifferentEvents: "on Wednesday" in a report
// of 2031 and "on Thursday" in one of 2024 name days of two meetings.
func TestRelativeDaysFarApartAreDifferentEvents(t *testing.T) {
	da, db := textDoc("d1", "2031-10-16", "They met on Wednesday."), textDoc("d2", "2024-03-02", "They met on Thursday.")
	a := compare.Alignment{Kind: compare.Time, Claims: []compare.Claim{
		claimOf(da, compare.Time, "2031-10-15", "Wednesday"), claimOf(db, compare.Time, "2024-02-29", "Thursday"),
	}}
	j := New([]*compare.Document{da, db})
	if got := j.SplitEvents([]compare.Alignment{a}); len(got) != 2 {
		t.Errorf("SplitEvents(days of reports 7 years apart) = %d alignments, want 2", len(got))
	}
	// Written out in full, the dates are one question with two answers.
	b := compare.Alignment{Kind: compare.Time, Claims: []compare.Claim{
		claimOf(da, compare.Time, "2031-10-15", "15 October 2031"), claimOf(db, compare.Time, "2024-02-29", "29 February 2024"),
	}}
	if got := j.SplitEvents([]compare.Alignment{b}); len(got) != 1 {
		t.Errorf("SplitEvents(full dates) = %d alignments, want 1", len(got))
	}
	// Reports a week apart can speak of one event by weekday.
	dc := textDoc("d2", "2031-10-22", "They met last Wednesday.")
	c := compare.Alignment{Kind: compare.Time, Claims: []compare.Claim{
		claimOf(da, compare.Time, "2031-10-15", "Wednesday"), claimOf(dc, compare.Time, "2031-10-15", "last Wednesday"),
	}}
	if got := New([]*compare.Document{da, dc}).SplitEvents([]compare.Alignment{c}); len(got) != 1 {
		t.Errorf("SplitEvents(reports a week apart) = %d alignments, want 1", len(got))
	}
}

// TestEachReportsOwnDayIsAnotherEvent: a report filed on a Tuesday of a
// session "on Tuesday" and one filed on the Friday of a session "on
// Friday" tell of two sessions; reports of one day that disagree on the
// weekday, or a later report that names an earlier day, still conflict.
func TestEachReportsOwnDayIsAnotherEvent(t *testing.T) {
	tue := textDoc("d1", "2031-10-14", "Shares closed higher on Tuesday.")
	fri := textDoc("d2", "2031-10-17", "Shares closed lower on Friday.")
	tue2 := textDoc("d3", "2031-10-14", "Shares closed higher on Monday.")
	fri2 := textDoc("d4", "2031-10-17", "Shares closed higher on Monday.")
	j := New([]*compare.Document{tue, fri, tue2, fri2})
	tests := []struct {
		name  string
		a, b  compare.Claim
		parts int
	}{
		{"own days of two reports", claimOf(tue, compare.Time, "2031-10-14", "Tuesday"), claimOf(fri, compare.Time, "2031-10-17", "Friday"), 2},
		{"one day's reports disagree", claimOf(tue, compare.Time, "2031-10-14", "Tuesday"), claimOf(tue2, compare.Time, "2031-10-13", "Monday"), 1},
		{"a later report names an earlier day", claimOf(tue, compare.Time, "2031-10-14", "Tuesday"), claimOf(fri2, compare.Time, "2031-10-13", "Monday"), 1},
		// A date written out that is the report's own day is its own day
		// as a weekday is ("closed flat -- Oct. 14").
		{"own days written as dates", claimOf(tue, compare.Time, "2031-10-14", "Oct. 14"), claimOf(fri, compare.Time, "2031-10-17", "Oct. 17"), 2},
		{"a date that is not the report's day", claimOf(tue, compare.Time, "2031-10-14", "Oct. 14"), claimOf(fri, compare.Time, "2031-10-16", "Oct. 16"), 1},
	}
	for _, tt := range tests {
		a := compare.Alignment{Key: "time/close", Kind: compare.Time, Claims: []compare.Claim{tt.a, tt.b}}
		if got := j.SplitEvents([]compare.Alignment{a}); len(got) != tt.parts {
			t.Errorf("%s: SplitEvents = %d alignments, want %d", tt.name, len(got), tt.parts)
		}
	}
}

// TestTollsOfEventsOnDifferentDaysAreApart: a toll whose own sentence
// dates its explosion on the 3rd, and one dated on the 9th, are of two
// explosions; a toll dated the day after is of the same one.
func TestTollsOfEventsOnDifferentDaysAreApart(t *testing.T) {
	d1 := textDoc("d1", "2031-05-04", "Nine died in the blast on Saturday.")
	d2 := textDoc("d2", "2031-05-10", "Twelve died in the blast on Friday.")
	d3 := textDoc("d3", "2031-05-05", "Eleven died in the blast on Sunday.")
	toll := func(d *compare.Document, v string) compare.Claim {
		return claimOf(d, compare.Quantity, v, v)
	}
	day := func(d *compare.Document, v string) compare.Alignment {
		return compare.Alignment{Key: "time/explosion", Kind: compare.Time, Claims: []compare.Claim{claimOf(d, compare.Time, v, "")}}
	}
	j := New([]*compare.Document{d1, d2, d3})
	tolls := compare.Alignment{Key: "quantity/explosion/count", Kind: compare.Quantity, Claims: []compare.Claim{toll(d1, "9"), toll(d2, "12"), toll(d3, "11")}}
	got := j.SplitEvents([]compare.Alignment{tolls, day(d1, "2031-05-03"), day(d2, "2031-05-09"), day(d3, "2031-05-04")})
	var parts [][]string
	for _, a := range got {
		if a.Kind != compare.Quantity {
			continue
		}
		var vs []string
		for _, c := range a.Claims {
			vs = append(vs, c.Value)
		}
		parts = append(parts, vs)
	}
	if len(parts) != 2 || strings.Join(parts[0], ",") != "9,11" || strings.Join(parts[1], ",") != "12" {
		t.Errorf("SplitEvents(tolls) = %v, want [9 11] and [12]", parts)
	}
}

// TestUndatedFigureTakesItsDocumentsDay: a figure whose sentence gives no
// day is of the one day its document gives that kind of event, or of the
// one day its own sentence gives any event; a running count ("has risen
// to") takes no day from elsewhere in its document.
func TestUndatedFigureTakesItsDocumentsDay(t *testing.T) {
	d1 := textDoc("d1", "2031-05-04", "Three were hurt in clashes on Saturday.")
	d2 := textDoc("d2", "2031-05-12", "Two were hurt in the raid. A guard was hurt on Sunday.")
	d3 := textDoc("d3", "2031-05-12", "The number hurt has risen to five. A guard was hurt on Sunday.")
	d4 := textDoc("d4", "2031-05-12", "Two were hurt in the raid. A guard was hurt on Sunday. The raid was on May 3.")
	sentence := func(d *compare.Document, text string) compare.Span {
		at := strings.Index(string(d.Text), text)
		return compare.Span{Start: at, End: at + len(text)}
	}
	hurt := func(d *compare.Document, v, in string) compare.Claim {
		c := claimOf(d, compare.Quantity, v, v)
		c.Sentence = sentence(d, in)
		return c
	}
	day := func(d *compare.Document, key, v, in string) compare.Alignment {
		c := claimOf(d, compare.Time, v, "")
		c.Sentence = sentence(d, in)
		return compare.Alignment{Key: key, Kind: compare.Time, Claims: []compare.Claim{c}}
	}
	j := New([]*compare.Document{d1, d2, d3, d4})
	days := []compare.Alignment{
		// d1 dates the fighting in the figure's own sentence; d2 and d3
		// date another injury elsewhere.
		day(d1, "time/fighting", "2031-05-03", "Three were hurt in clashes on Saturday."),
		day(d2, "time/injury", "2031-05-11", "A guard was hurt on Sunday."),
		day(d3, "time/injury", "2031-05-11", "A guard was hurt on Sunday."),
		// d4 dates another injury, and the raid its figure's sentence
		// names at another time: the document's day of an injury is not
		// the figure's.
		day(d4, "time/injury", "2031-05-11", "A guard was hurt on Sunday."),
		day(d4, "time/attack", "2031-05-03", "The raid was on May 3."),
	}
	inRaid := hurt(d4, "2", "Two were hurt in the raid.")
	inRaid.Terms = []string{"~attack", "~injury"}
	tests := []struct {
		name  string
		other compare.Claim
		parts int
	}{
		{"undated figure of a document that dates the kind", hurt(d2, "2", "Two were hurt in the raid."), 2},
		{"running count", hurt(d3, "5", "The number hurt has risen to five."), 1},
		{"undated figure of another event the document dates apart", inRaid, 1},
	}
	for _, tt := range tests {
		a := compare.Alignment{Key: "quantity/injury/count", Kind: compare.Quantity, Claims: []compare.Claim{
			hurt(d1, "3", "Three were hurt in clashes on Saturday."), tt.other,
		}}
		if n := quantityParts(j, a, days); n != tt.parts {
			t.Errorf("%s: SplitEvents gave %d quantity alignments, want %d", tt.name, n, tt.parts)
		}
	}
}

// TestPlanWhoseDayCameIsNotRevised: a report filed on the day an earlier
// report's plan named ("reopens on Monday", then on Monday "closed
// again until Wednesday") tells of the next sitting; a plan moved before its
// day, or two reports of one day, stay one question.
func TestPlanWhoseDayCameIsNotRevised(t *testing.T) {
	tests := []struct {
		name       string
		pubA, pubB string
		a, b       string
		parts      int
	}{
		{"filed on the plan's day", "2031-03-02", "2031-03-03", "2031-03-03", "2031-03-05", 2},
		{"moved before its day", "2031-03-02", "2031-03-03", "2031-03-06", "2031-03-08", 1},
		{"two reports of one day", "2031-03-03", "2031-03-03", "2031-03-03T20:00", "2031-03-04", 1},
	}
	for _, tt := range tests {
		da, db := textDoc("d1", tt.pubA, "The hearing resumes soon."), textDoc("d2", tt.pubB, "The hearing resumes later.")
		a := compare.Alignment{Key: "time/trial/planned", Kind: compare.Time, Claims: []compare.Claim{
			claimOf(da, compare.Time, tt.a, ""), claimOf(db, compare.Time, tt.b, ""),
		}}
		if got := New([]*compare.Document{da, db}).SplitEvents([]compare.Alignment{a}); len(got) != tt.parts {
			t.Errorf("%s: SplitEvents = %d alignments, want %d", tt.name, len(got), tt.parts)
		}
	}
}

// TestOneEntryPerFact: a toll aligned in two parts through a document
// that gives the same figure in both is one entry with every value; the
// seats of two parties stay two entries with two keys.
func TestOneEntryPerFact(t *testing.T) {
	d1, d2, d3 := textDoc("d1", "2031-05-03", "The toll rose to 57."), textDoc("d2", "2031-05-04", "The toll rose to 83."), textDoc("d3", "2031-05-05", "The toll rose to 112.")
	j := New([]*compare.Document{d1, d2, d3})
	c := func(d *compare.Document, v string) compare.Claim {
		return keyedClaim(d, compare.Quantity, "quantity/death/count", v)
	}
	as := []compare.Alignment{
		{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{c(d1, "57"), c(d2, "83")}},
		{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{c(d2, "83"), c(d3, "112")}},
	}
	got := judgedFacts(j, as)
	if len(got) != 1 || len(got[0].Claims) != 3 {
		t.Fatalf("OneEntryPerFact(toll in two parts) = %d alignments, want 1 with 3 claims: %+v", len(got), got)
	}
	for _, v := range []string{"57", "83", "112"} {
		if !strings.Contains(got[0].Verdict.Reason, v) {
			t.Errorf("reason %q lacks %s", got[0].Verdict.Reason, v)
		}
	}

	seats := func(d *compare.Document, v, subject string) compare.Claim {
		cl := claimOf(d, compare.Quantity, v, "")
		cl.Key, cl.Subject = "quantity/seats/count", subject
		return cl
	}
	parties := []compare.Alignment{
		{Key: "quantity/seats/count", Question: "How many seats?", Kind: compare.Quantity, Claims: []compare.Claim{seats(d1, "12", "Greens"), seats(d2, "11", "Greens")}},
		{Key: "quantity/seats/count", Question: "How many seats?", Kind: compare.Quantity, Claims: []compare.Claim{seats(d1, "39", "Liberals"), seats(d2, "41", "Liberals")}},
	}
	got = judgedFacts(j, parties)
	if len(got) != 2 || got[0].Key == got[1].Key || got[0].Question == got[1].Question {
		t.Errorf("OneEntryPerFact(two parties' seats) keys %q, %q and questions %q, %q: want two of each",
			got[0].Key, got[1].Key, got[0].Question, got[1].Question)
	}
}

// TestPlacesOfOneSentenceStayApart: a report naming the mine and its
// province in one sentence agrees with one report on the mine and with
// another on the province; the two places are never one entry in
// conflict.
func TestPlacesOfOneSentenceStayApart(t *testing.T) {
	d1, d2, d3 := textDoc("d1", "2031-05-03", "A blast hit the Ostrava mine in Moravia."), textDoc("d2", "2031-05-04", "A blast hit Ostrava."), textDoc("d3", "2031-05-05", "A blast hit Moravia.")
	j := New([]*compare.Document{d1, d2, d3})
	c := func(d *compare.Document, v string) compare.Claim { return keyedClaim(d, compare.Name, "where", v) }
	as := []compare.Alignment{
		{Key: "where", Kind: compare.Name, Claims: []compare.Claim{c(d1, "Ostrava"), c(d2, "Ostrava")}},
		{Key: "where", Kind: compare.Name, Claims: []compare.Claim{c(d1, "Moravia"), c(d3, "Moravia")}},
	}
	got := judgedFacts(j, as)
	if len(got) != 2 {
		t.Fatalf("OneEntryPerFact(two places) = %d alignments, want 2", len(got))
	}
	allAgree(t, got)
}

// TestOneQuestionAnsweredTwiceByOneReport: a report that gives its own
// estimate of a toll and the official figure answers one question twice;
// the other reports' figures are set against both in one entry. Figures
// of named parties stay apart.
func TestOneQuestionAnsweredTwiceByOneReport(t *testing.T) {
	d1, d2, d3 := textDoc("d1", "2031-01-10", "The official toll is 300."), textDoc("d2", "2031-02-10", "The toll is 200."), textDoc("d3", "2031-05-10", "A study estimates 50 dead; the official toll is 300.")
	j := New([]*compare.Document{d1, d2, d3})
	c := func(d *compare.Document, v string, near ...string) compare.Claim {
		cl := claimOf(d, compare.Quantity, v, "")
		cl.Key, cl.Near = "quantity/death/count", near
		return cl
	}
	as := []compare.Alignment{
		{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{c(d1, "300", "official"), c(d3, "300", "official")}},
		{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{c(d2, "200"), c(d3, "50", "study")}},
	}
	got := judgedFacts(j, as)
	if len(got) != 1 || len(got[0].Claims) != 4 || got[0].Verdict.Outcome != compare.Conflict {
		t.Fatalf("OneEntryPerFact = %d alignments, first %+v: want one conflict of 4 claims", len(got), got[0])
	}

	named := []compare.Alignment{
		{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{c(d1, "300", "@red cross"), c(d3, "300", "@red cross")}},
		{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{c(d2, "200"), c(d3, "50")}},
	}
	for i := range named {
		named[i].Verdict = j.Verdict(named[i])
	}
	if got := j.OneEntryPerFact(named); len(got) != 2 {
		t.Errorf("OneEntryPerFact(a named body's figure) = %d alignments, want 2", len(got))
	}
}

// TestKeptApartAreNotMerged: two halves of a fact joined through one
// document stay apart when their other documents share no story.
func TestKeptApartAreNotMerged(t *testing.T) {
	d1, d2, d3 := textDoc("d1", "2031-05-03", "The toll rose to 57."), textDoc("d2", "2031-05-04", "The toll rose to 83."), textDoc("d3", "2031-05-05", "The toll rose to 112.")
	c := func(d *compare.Document, v string) compare.Claim {
		return keyedClaim(d, compare.Quantity, "quantity/death/count", v)
	}
	for _, apart := range []bool{false, true} {
		j := New([]*compare.Document{d1, d2, d3})
		if apart {
			j.KeepApart(func(a, b string) bool { return a != b && (a == "d1" || a == "d3") && (b == "d1" || b == "d3") })
		}
		as := []compare.Alignment{
			{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{c(d1, "57"), c(d2, "83")}},
			{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{c(d2, "83"), c(d3, "112")}},
		}
		want := 1
		if apart {
			want = 2
		}
		if got := j.OneEntryPerFact(as); len(got) != want {
			t.Errorf("OneEntryPerFact(kept apart: %v) = %d alignments, want %d", apart, len(got), want)
		}
	}
}

// judgedFacts gives each alignment its verdict, then one entry per fact,
// as pipeline.Judge does.
func judgedFacts(j *Judge, as []compare.Alignment) []compare.Alignment {
	for i := range as {
		as[i].Verdict = j.Verdict(as[i])
	}
	return j.OneEntryPerFact(as)
}

// TestTwoAgreementsStayTwo: two reports that both give a first speed and
// then a second answer two questions, not one question two ways; so do
// two that give a box's sides, one of them as a bound.
func TestTwoAgreementsStayTwo(t *testing.T) {
	d1, d2 := textDoc("d1", "2031-05-03", "The train ran at 90 km/h, then at 50 km/h."), textDoc("d2", "2031-05-03", "The train ran at 90 km/h, then at 50 km/h.")
	j := New([]*compare.Document{d1, d2})
	c := func(d *compare.Document, v string) compare.Claim {
		return keyedClaim(d, compare.Quantity, "count/kmh", v)
	}
	as := []compare.Alignment{
		{Key: "count/kmh", Kind: compare.Quantity, Claims: []compare.Claim{c(d1, "90 kmh"), c(d2, "90 kmh")}},
		{Key: "count/kmh", Kind: compare.Quantity, Claims: []compare.Claim{c(d1, "50 kmh"), c(d2, "50 kmh")}},
	}
	got := judgedFacts(j, as)
	if len(got) != 2 {
		t.Fatalf("OneEntryPerFact(two agreements) = %d alignments, want 2", len(got))
	}
	allAgree(t, got)
	sides := []compare.Alignment{
		{Key: "count/kmh", Kind: compare.Quantity, Claims: []compare.Claim{c(d1, "<90 kmh"), c(d2, "70 kmh")}},
		{Key: "count/kmh", Kind: compare.Quantity, Claims: []compare.Claim{c(d1, "50 kmh"), c(d2, "50 kmh")}},
	}
	if got := judgedFacts(j, sides); len(got) != 2 {
		t.Errorf("OneEntryPerFact(a bound and an agreement of the same reports) = %d alignments, want 2", len(got))
	}
}

// TestReadingsOfDifferentDays: an index's points, a price, or how far a
// figure rose, read on different days, are readings of their days, never
// in conflict; read the same day, they are one figure.
func TestReadingsOfDifferentDays(t *testing.T) {
	d1 := textDoc("d1", "2031-03-04", "The Coastal Index closed at 812.4 points.")
	d2 := textDoc("d2", "2031-03-09", "The Coastal Index closed at 808.9 points.")
	d3 := textDoc("d3", "2031-03-09", "The Coastal Index ended at 807.0 points.")
	j := New([]*compare.Document{d1, d2, d3})
	c := func(d *compare.Document, key, v string) compare.Claim { return keyedClaim(d, compare.Quantity, key, v) }
	for key, unit := range map[string]string{"count/point": "", "count/usd/USD": " USD", "quantity/increase/%": " %"} {
		a := compare.Alignment{Key: key, Kind: compare.Quantity, Claims: []compare.Claim{c(d1, key, "812.4"+unit), c(d2, key, "808.9"+unit), c(d3, key, "807"+unit)}}
		got := j.SplitEvents([]compare.Alignment{a})
		if len(got) != 2 || len(got[0].Claims) != 1 || len(got[1].Claims) != 2 {
			t.Errorf("SplitEvents(%s read on two days) = %d alignments, want the first day's alone and the second day's together", key, len(got))
		}
	}
	// A count of things is no reading: seats do not change by the day.
	a := compare.Alignment{Key: "count/seat", Kind: compare.Quantity, Claims: []compare.Claim{c(d1, "count/seat", "41"), c(d2, "count/seat", "39")}}
	if got := j.SplitEvents([]compare.Alignment{a}); len(got) != 1 {
		t.Errorf("SplitEvents(seats on two days) = %d alignments, want 1", len(got))
	}
}

// TestTollsOfEventsOfDifferentYears: a quake's toll in a sentence dating
// the quake in one year and a quake's toll dated in another are tolls of
// two quakes; dated in one month and on a day of it, one.
func TestTollsOfEventsOfDifferentYears(t *testing.T) {
	d1 := textDoc("d1", "2031-05-03", "A quake in 2019 killed 40 people.")
	d2 := textDoc("d2", "2031-05-04", "The quake of March 2028 killed 7 people.")
	d3 := textDoc("d3", "2031-05-04", "The quake of March 4, 2028 killed 9 people.")
	c := keyedClaim
	times := []compare.Alignment{
		{Key: "time/disaster", Kind: compare.Time, Claims: []compare.Claim{c(d1, compare.Time, "time/disaster", "2019")}},
		{Key: "time/disaster", Kind: compare.Time, Claims: []compare.Claim{c(d2, compare.Time, "time/disaster", "2028-03"), c(d3, compare.Time, "time/disaster", "2028-03-04")}},
	}
	tolls := compare.Alignment{Key: "quantity/death/count", Kind: compare.Quantity, Claims: []compare.Claim{
		c(d1, compare.Quantity, "quantity/death/count", "40"), c(d2, compare.Quantity, "quantity/death/count", "7"), c(d3, compare.Quantity, "quantity/death/count", "9"),
	}}
	j := New([]*compare.Document{d1, d2, d3})
	got := j.SplitEvents(append(times, tolls))
	var parts [][]string
	for _, a := range got {
		if a.Kind == compare.Quantity {
			var docs []string
			for _, cl := range a.Claims {
				docs = append(docs, cl.Doc)
			}
			parts = append(parts, docs)
		}
	}
	if len(parts) != 2 || len(parts[0]) != 1 || parts[0][0] != "d1" || len(parts[1]) != 2 {
		t.Errorf("SplitEvents(tolls of 2019 and of March 2028) = %v, want [d1] and [d2 d3]", parts)
	}
}

// allAgree fails t for each alignment of got that is no agreement.
func allAgree(t *testing.T, got []compare.Alignment) {
	t.Helper()
	for _, a := range got {
		if a.Verdict.Outcome != compare.Agree {
			t.Errorf("alignment %v: verdict %v, want agree", a.Claims, a.Verdict.Outcome)
		}
	}
}

// TestFiguresOfReportsOfDifferentDays: the figures of two reports that
// each tell of their headline's event on their own day (two days'
// closes) are each day's; the figures of reports of one event, dated the
// same, still conflict.
func TestFiguresOfReportsOfDifferentDays(t *testing.T) {
	tue := textDoc("d1", "2031-10-14", "Shares closed higher on Tuesday; 654 million shares changed hands.")
	fri := textDoc("d2", "2031-10-17", "Shares closed lower on Friday; 615 million shares changed hands.")
	tue2 := textDoc("d3", "2031-10-14", "Shares closed higher on Tuesday; 650 million shares changed hands.")
	// A report of the same day whose lead dates another event first.
	wed := textDoc("d4", "2031-10-14", "Brokers worked late on Monday night; 640 million shares changed hands.")
	j := New([]*compare.Document{tue, fri, tue2, wed})
	day := func(d *compare.Document, v, shown string) compare.Alignment {
		c := claimOf(d, compare.Time, v, shown)
		c.Terms = []string{claims.MainTerm}
		return compare.Alignment{Key: "time/closure", Kind: compare.Time, Claims: []compare.Claim{c}}
	}
	days := []compare.Alignment{day(tue, "2031-10-14", "Tuesday"), day(fri, "2031-10-17", "Friday"), day(tue2, "2031-10-14", "Tuesday"), day(wed, "2031-10-13", "Monday")}
	tests := []struct {
		name  string
		a, b  compare.Claim
		parts int
	}{
		{"two days' closes", claimOf(tue, compare.Quantity, "654000000", "654 million"), claimOf(fri, compare.Quantity, "615000000", "615 million"), 2},
		{"one day's close told two ways", claimOf(tue, compare.Quantity, "654000000", "654 million"), claimOf(tue2, compare.Quantity, "650000000", "650 million"), 1},
		{"reports of one day whose leads date different days", claimOf(tue, compare.Quantity, "654000000", "654 million"), claimOf(wed, compare.Quantity, "640000000", "640 million"), 1},
	}
	for _, tt := range tests {
		a := compare.Alignment{Key: "count/share", Kind: compare.Quantity, Claims: []compare.Claim{tt.a, tt.b}}
		if n := quantityParts(j, a, days); n != tt.parts {
			t.Errorf("%s: SplitEvents gave %d quantity alignments, want %d", tt.name, n, tt.parts)
		}
	}
}

// quantityParts returns how many quantity alignments SplitEvents makes of
// a, given the time alignments days.
func quantityParts(j *Judge, a compare.Alignment, days []compare.Alignment) int {
	n := 0
	for _, got := range j.SplitEvents(append([]compare.Alignment{a}, days...)) {
		if got.Kind == compare.Quantity {
			n++
		}
	}
	return n
}

// TestNoReportTellsOfALaterEvent: a toll with no day, in a report filed
// before the day another report dates its toll's blast, is of another
// blast; filed that day or after, it may be of the same one.
func TestNoReportTellsOfALaterEvent(t *testing.T) {
	tests := []struct {
		name, published string
		modality        compare.Modality
		parts           int
	}{
		{"filed two weeks before", "2031-05-04", compare.Asserted, 2},
		{"filed the day of the blast", "2031-05-19", compare.Asserted, 1},
		{"filed the day before", "2031-05-18", compare.Asserted, 1},
		{"the later blast is planned", "2031-05-04", compare.Expected, 1},
	}
	for _, tt := range tests {
		early := textDoc("d1", tt.published, "Nine died in the blast.")
		late := textDoc("d2", "2031-05-20", "Twelve died in the blast on Monday.")
		dated := claimOf(late, compare.Quantity, "12", "Twelve")
		dated.Modality = tt.modality
		tolls := compare.Alignment{Key: "quantity/explosion/count", Kind: compare.Quantity,
			Claims: []compare.Claim{claimOf(early, compare.Quantity, "9", "Nine"), dated}}
		day := compare.Alignment{Key: "time/explosion", Kind: compare.Time, Claims: []compare.Claim{claimOf(late, compare.Time, "2031-05-19", "Monday")}}
		got := 0
		for _, a := range New([]*compare.Document{early, late}).SplitEvents([]compare.Alignment{tolls, day}) {
			if a.Kind == compare.Quantity {
				got++
			}
		}
		if got != tt.parts {
			t.Errorf("%s: SplitEvents(tolls) = %d alignments, want %d", tt.name, got, tt.parts)
		}
	}
}

// TestAThinLinkComparesNoDifferentFigures: two long reports of one
// region's news, a quake in one town and a visit in another, share one
// name among the dozen each gives; their magnitudes are two quakes', not
// one quake's told two ways. The equal figures of such reports still
// agree, and two short reports that share one of their two or three
// names still compare their different figures.
func TestAThinLinkComparesNoDifferentFigures(t *testing.T) {
	long := func(doc, value, own string, words ...string) compare.Claim {
		terms := []string{"#|valdoria|c", "@interior ministry"}
		for i := range 10 {
			terms = append(terms, fmt.Sprintf("@%s person%d", own, i))
		}
		return termsClaim(doc, value, append(terms, words...)...)
	}
	quake := []string{"quake", "magnitud", "richter", "town", "tremor", "build", "collaps", "resid"}
	visit := []string{"quake", "magnitud", "aftershock", "minist", "visit", "school", "open", "road"}
	a := compare.Alignment{Key: "quantity/quake/count", Kind: compare.Quantity, Claims: []compare.Claim{
		long("d1", "6.1", "north", quake...),
		long("d2", "5.4", "south", visit...),
	}}
	rel := Relate([]compare.Alignment{a})
	if rel.Apart("d1", "d2") {
		t.Fatalf("Apart(d1, d2) = true, want a thin link, not none")
	}
	if !rel.Thin("d1", "d2") {
		t.Fatalf("Thin(d1, d2) = false for reports sharing one name of twelve")
	}
	if split := SplitThin([]compare.Alignment{a}, rel.Thin); len(split) != 2 {
		t.Errorf("SplitThin gave %d parts for different figures, want 2: %+v", len(split), split)
	}
	same := a
	same.Claims = []compare.Claim{long("d1", "6.1", "north", quake...), long("d2", "6.1", "south", visit...)}
	if split := SplitThin([]compare.Alignment{same}, rel.Thin); len(split) != 1 {
		t.Errorf("SplitThin gave %d parts for equal figures, want 1", len(split))
	}
	short := compare.Alignment{Key: "quantity/quake/count", Kind: compare.Quantity, Claims: []compare.Claim{
		termsClaim("d1", "6.1", append([]string{"#|valdoria|c", "@interior ministry", "#|ostrava"}, quake...)...),
		termsClaim("d2", "5.4", append([]string{"@interior ministry", "@relief agency"}, visit...)...),
	}}
	rel = Relate([]compare.Alignment{short})
	if rel.Thin("d1", "d2") {
		t.Errorf("Thin(d1, d2) = true for short reports sharing one name of two")
	}
	if split := SplitThin([]compare.Alignment{short}, rel.Thin); len(split) != 1 {
		t.Errorf("SplitThin gave %d parts for short reports, want 1", len(split))
	}
}

// TestADenialIsOfItsOwnClause: two reports affirm a clause alike; the
// second and a third set a denial against another clause of the second.
// The denial stays its own entry, never set against the first report's
// clause through the second report's affirmations.
func TestADenialIsOfItsOwnClause(t *testing.T) {
	d1 := textDoc("d1", "2031-05-03", "The bridge reopened.")
	d2 := textDoc("d2", "2031-05-03", "The bridge reopened. The school closed.")
	d3 := textDoc("d3", "2031-05-04", "The school did not close.")
	j := New([]*compare.Document{d1, d2, d3})
	c := func(d *compare.Document, v string) compare.Claim {
		cl := keyedClaim(d, compare.PolarityKind, "polarity", v)
		if v == "false" {
			cl.Polarity = compare.Negative
		}
		return cl
	}
	as := []compare.Alignment{
		{Key: "polarity", Kind: compare.PolarityKind, Claims: []compare.Claim{c(d1, "true"), c(d2, "true")}},
		{Key: "polarity", Kind: compare.PolarityKind, Claims: []compare.Claim{c(d2, "true"), c(d3, "false")}},
	}
	got := judgedFacts(j, as)
	if len(got) != 2 || len(got[1].Claims) != 2 || got[0].Verdict.Outcome != compare.Agree || got[1].Verdict.Outcome != compare.Conflict {
		t.Fatalf("OneEntryPerFact = %d alignments %+v: want the agreement and the denial's conflict apart", len(got), got)
	}
}

// TestTwoAgesOfOneReportAreTwoPeople: reports that give the ages of a
// boy and of his sister, named by neither, answer two questions; a
// report giving both is no toll given twice.
func TestTwoAgesOfOneReportAreTwoPeople(t *testing.T) {
	d1 := textDoc("d1", "2031-05-03", "A 7-year-old boy and his 11-year-old sister were rescued.")
	d2 := textDoc("d2", "2031-05-04", "The 7-year-old boy and the 11-year-old girl are well.")
	d3 := textDoc("d3", "2031-05-04", "The boy, 7, left the hospital.")
	j := New([]*compare.Document{d1, d2, d3})
	c := func(d *compare.Document, v string) compare.Claim {
		cl := keyedClaim(d, compare.Time, "age", v)
		cl.Terms = []string{"#|northfield", "boy", "hospit", "rescu"}
		return cl
	}
	as := []compare.Alignment{
		{Key: "age", Kind: compare.Time, Claims: []compare.Claim{c(d1, "P7Y"), c(d2, "P7Y"), c(d3, "P7Y")}},
		{Key: "age", Kind: compare.Time, Claims: []compare.Claim{c(d1, "P11Y"), c(d2, "P11Y")}},
	}
	got := judgedFacts(j, as)
	if len(got) != 2 {
		t.Fatalf("OneEntryPerFact(two ages) = %d alignments %+v, want 2", len(got), got)
	}
	allAgree(t, got)
}

// TestNoReportTellsOfALaterDay: a report of the 8th dates a bombing last
// month; one of the 14th dates a shooting that day. The first could not
// tell of the second's day: two events, not one dated two ways. Two
// reports dating one blast the 2nd and the 3rd still conflict, and a
// role ("the last talks") passes from one occasion to a later one.
func TestNoReportTellsOfALaterDay(t *testing.T) {
	d1 := textDoc("d1", "2031-05-08", "A bomber killed five people last month.")
	d2 := textDoc("d2", "2031-05-14", "Gunmen killed a commander on Monday.")
	d3 := textDoc("d3", "2031-05-09", "The blast killed five people on May 3.")
	j := New([]*compare.Document{d1, d2, d3})
	c := func(d *compare.Document, key, v string) compare.Claim { return keyedClaim(d, compare.Time, key, v) }
	tests := []struct {
		name  string
		a     compare.Alignment
		parts int
	}{
		{"a later day", compare.Alignment{Key: "time/death", Kind: compare.Time, Claims: []compare.Claim{c(d1, "time/death", "2031-04"), c(d2, "time/death", "2031-05-12")}}, 2},
		{"days before both", compare.Alignment{Key: "time/death", Kind: compare.Time, Claims: []compare.Claim{c(d1, "time/death", "2031-05-02"), c(d3, "time/death", "2031-05-03")}}, 1},
		{"a role", compare.Alignment{Key: "last/meeting", Kind: compare.Time, Claims: []compare.Claim{c(d1, "last/meeting", "2031-04"), c(d2, "last/meeting", "2031-05-12")}}, 1},
	}
	for _, tt := range tests {
		if got := j.SplitEvents([]compare.Alignment{tt.a}); len(got) != tt.parts {
			t.Errorf("%s: SplitEvents = %d alignments, want %d", tt.name, len(got), tt.parts)
		}
	}
}

// TestCloseReports: two reports of one council vote, several sentences
// each, name the same people and places and share many words: close. A
// report that shares a couple of names with them among many of its own
// is of the same story but not close, and two one-line items are never
// close, however alike.
func TestCloseReports(t *testing.T) {
	at := func(c compare.Claim, sentence int) compare.Claim {
		c.Sentence = compare.Span{Start: sentence * 100, End: sentence*100 + 90}
		return c
	}
	vote := []string{"@ilse varga", "@tamsin road", "#|orrowby", "council", "vote", "housing", "plan", "ward"}
	var cs []compare.Claim
	for s := range 3 {
		cs = append(cs, at(termsClaim("d1", "12", append(slices.Clone(vote), "approv", "budget")...), s))
		cs = append(cs, at(termsClaim("d2", "14", append(slices.Clone(vote), "pass", "budget")...), s))
		cs = append(cs, at(termsClaim("d3", "9", "#|orrowby", "@north mill", "@kettle lane", "@river trust",
			"@lowen park", "@sara bey", "flood", "defence", "river", "bank"), s))
	}
	cs = append(cs, at(termsClaim("d4", "3", vote...), 0), at(termsClaim("d5", "4", vote...), 0))
	r := RelateClaims(cs)
	for _, tt := range []struct {
		a, b string
		want bool
	}{{"d1", "d2", true}, {"d1", "d3", false}, {"d4", "d5", false}} {
		if got := r.Close(tt.a, tt.b); got != tt.want {
			t.Errorf("Close(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if r.Apart("d4", "d5") || r.Thin("d1", "d2") {
		t.Errorf("close reports are one story: Apart(d4, d5) = %v, Thin(d1, d2) = %v", r.Apart("d4", "d5"), r.Thin("d1", "d2"))
	}
}

// leadDay is an alignment of the day document d's lead gives its
// headline's event (claims.MainTerm), keyed key.
func leadDay(key string, d *compare.Document, v, shown string) compare.Alignment {
	c := claimOf(d, compare.Time, v, shown)
	c.Terms = []string{claims.MainTerm}
	return compare.Alignment{Key: key, Kind: compare.Time, Claims: []compare.Claim{c}}
}

// TestFiguresOfCloseReportsOfTwoDays: two close reports of one landslide,
// each telling of it on its own day, give a figure each: one event's
// figure told twice, not two days' events. Two close reports of a
// market's closes on two days keep their figures apart: a close happens
// every day; a toll of any event, a count of people or of things made,
// is one event's.
func TestFiguresOfCloseReportsOfTwoDays(t *testing.T) {
	sun := textDoc("d1", "2031-10-12", "A landslide buried homes on Sunday, killing four.")
	mon := textDoc("d2", "2031-10-13", "Six were dead on Monday after the landslide.")
	j := closeJudge(true, sun, mon)
	for _, tt := range []struct {
		event, key string
		parts      int
	}{
		{"time/disaster", "quantity/death/count", 1},
		{"time/disaster", "count/house", 1},
		{"time/closure", "count/share", 2},
		{"time/closure", "quantity/death/count", 1},
		// A count of people, of any kind, is one event's as a toll is,
		// even in reports whose headlines name no event; a count of
		// shares traded is the day's.
		{"time/story", "count/passenger", 1},
		{"time/story", "count/share", 2},
		// So is a count of things made (a launch's satellites).
		{"time/story", "count/satellite", 1},
	} {
		days := []compare.Alignment{leadDay(tt.event, sun, "2031-10-12", "Sunday"), leadDay(tt.event, mon, "2031-10-13", "Monday")}
		a := compare.Alignment{Key: tt.key, Kind: compare.Quantity, Claims: []compare.Claim{
			claimOf(sun, compare.Quantity, "4", "four"), claimOf(mon, compare.Quantity, "6", "Six")}}
		if n := quantityParts(j, a, days); n != tt.parts {
			t.Errorf("%s under %s: SplitEvents gave %d quantity alignments, want %d", tt.key, tt.event, n, tt.parts)
		}
	}
}

// closeJudge is a Judge of docs told that every two are close reports,
// or that none are.
func closeJudge(close bool, docs ...*compare.Document) *Judge {
	j := New(docs)
	j.KnowClose(func(a, b string) bool { return close })
	return j
}

// TestReadingsOfCloseReportsOfOneEvent: two close reports of a drought,
// each dating it on its day, give the aid it brought in euros: one
// event's amount, not two days' readings. Readings of close reports of a
// market's days, or of reports not close, stay apart.
func TestReadingsOfCloseReportsOfOneEvent(t *testing.T) {
	mon := textDoc("d1", "2031-10-13", "The drought deepened on Monday; aid of 220 million euros was promised.")
	tue := textDoc("d2", "2031-10-14", "The drought deepened on Tuesday; a fund of 180 million euros was set up.")
	for _, tt := range []struct {
		event string
		close bool
		parts int
	}{
		{"time/disaster", true, 1},
		{"time/disaster", false, 2},
		{"time/closure", true, 2},
	} {
		j := closeJudge(tt.close, mon, tue)
		days := []compare.Alignment{leadDay(tt.event, mon, "2031-10-13", "Monday"), leadDay(tt.event, tue, "2031-10-14", "Tuesday")}
		a := compare.Alignment{Key: "count/eur/EUR", Kind: compare.Quantity, Claims: []compare.Claim{
			claimOf(mon, compare.Quantity, "220000000 EUR", "220 million euros"), claimOf(tue, compare.Quantity, "180000000 EUR", "180 million euros")}}
		if n := quantityParts(j, a, days); n != tt.parts {
			t.Errorf("%s, close %v: SplitEvents gave %d quantity alignments, want %d", tt.event, tt.close, n, tt.parts)
		}
	}
}

// TestAmountsOfStuffInCloseReports: close reports of one spill, filed a
// day apart, give the litres of solvent that leaked: one amount told
// twice, not two days' readings, and so are litres of nothing named. A
// price, a rate, litres of nothing named in reports a week apart, or
// reports that are not close stay split by day.
func TestAmountsOfStuffInCloseReports(t *testing.T) {
	thu := textDoc("d1", "2031-03-06", "About 9,000 litres of solvent leaked into the canal.")
	fri := textDoc("d2", "2031-03-07", "Some 15,000 litres of solvent entered the canal.")
	weekLater := textDoc("d2", "2031-03-13", "Some 15,000 litres of solvent entered the canal.")
	for _, tt := range []struct {
		name, key   string
		a, b, thing string
		close, far  bool
		parts       int
	}{
		{"litres of solvent", "count/liter/l", "~9000 l", "~15000 l", "solvent", true, false, 1},
		{"litres of nothing named", "count/liter/l", "~9000 l", "~15000 l", "", true, false, 1},
		{"litres of nothing named a week apart", "count/liter/l", "~9000 l", "~15000 l", "", true, true, 2},
		{"not close", "count/liter/l", "~9000 l", "~15000 l", "solvent", false, false, 2},
		{"money for a clean-up", "count/eur/EUR", "9000000 EUR", "15000000 EUR", "cleanup", true, false, 1},
		{"a price", "count/eur/EUR", "9 EUR", "15 EUR", "price", true, false, 2},
		{"a rate", "count/percent/%", "6.1 %", "6.4 %", "rate", true, false, 2},
	} {
		later := fri
		if tt.far {
			later = weekLater
		}
		j := closeJudge(tt.close, thu, later)
		c := func(d *compare.Document, v string) compare.Claim {
			c := keyedClaim(d, compare.Quantity, tt.key, v)
			if tt.thing != "" {
				c.Terms = []string{claims.CountedPrefix + tt.thing}
			}
			return c
		}
		a := compare.Alignment{Key: tt.key, Kind: compare.Quantity, Claims: []compare.Claim{c(thu, tt.a), c(later, tt.b)}}
		if n := quantityParts(j, a, nil); n != tt.parts {
			t.Errorf("%s: SplitEvents gave %d quantity alignments, want %d", tt.name, n, tt.parts)
		}
	}
}

// TestSumsOfAnEventDatedOnOneDay: a report of a verdict filed that day
// and one filed the next, each dating the verdict in the sentence of its
// sum (or one of them, or neither), give two sums of one fine, not two
// days' readings. Dated on two days, by a market's close undated, or in reports
// that are not close, the sums stay split by day; a market's close both
// date on one day is one reading.
func TestSumsOfAnEventDatedOnOneDay(t *testing.T) {
	wed := textDoc("d1", "2031-06-11", "On Wednesday the court fined the shipyard 4 million krona.")
	thu := textDoc("d2", "2031-06-12", "The shipyard was fined 6 million krona on 11 June.")
	for _, tt := range []struct {
		name       string
		class      string
		dayA, dayB string
		close      bool
		parts      int
	}{
		{"one day", "sentence", "2031-06-11", "2031-06-11", true, 1},
		{"two days", "sentence", "2031-06-11", "2031-06-10", true, 2},
		// A market's close that both date on one day is that day's
		// reading, told twice; on two days, two readings.
		{"a market's close of one day", "closure", "2031-06-11", "2031-06-11", true, 1},
		{"a market's closes of two days", "closure", "2031-06-11", "2031-06-10", true, 2},
		{"not close", "sentence", "2031-06-11", "2031-06-11", false, 2},
		// One report dates the fine, the other does not: still one fine;
		// neither dates it: one event's sums in close reports.
		{"dated by one", "sentence", "2031-06-11", "", true, 1},
		{"dated by none", "sentence", "", "", true, 1},
		{"a market's close dated by none", "closure", "", "", true, 2},
	} {
		j := closeJudge(tt.close, wed, thu)
		event := claims.EventTermPrefix + tt.class
		sum := func(d *compare.Document, v string) compare.Claim {
			c := keyedClaim(d, compare.Quantity, "count/sek/SEK", v)
			c.Terms = []string{event}
			return c
		}
		day := func(d *compare.Document, v string) compare.Alignment {
			c := keyedClaim(d, compare.Time, "time/"+tt.class, v)
			c.Terms = []string{event}
			return compare.Alignment{Key: c.Key, Kind: compare.Time, Claims: []compare.Claim{c}}
		}
		a := compare.Alignment{Key: "count/sek/SEK", Kind: compare.Quantity, Claims: []compare.Claim{sum(wed, "4000000 SEK"), sum(thu, "6000000 SEK")}}
		var days []compare.Alignment
		for _, d := range []struct {
			doc *compare.Document
			day string
		}{{wed, tt.dayA}, {thu, tt.dayB}} {
			if d.day != "" {
				days = append(days, day(d.doc, d.day))
			}
		}
		if n := quantityParts(j, a, days); n != tt.parts {
			t.Errorf("%s: SplitEvents gave %d quantity alignments, want %d", tt.name, n, tt.parts)
		}
	}
}

// inSentence places claim c in the sentence-th sentence of its document.
func inSentence(c compare.Claim, sentence int) compare.Claim {
	c.Sentence = compare.Span{Start: sentence * 100, End: sentence*100 + 90}
	return c
}

// quakeReport returns three claims, one per sentence, of a report of a
// quake in two places, naming also the names own.
func quakeReport(doc string, own ...string) []compare.Claim {
	quake := []string{"#|rell", "#|orvo", "quake", "villag", "rubbl", "rescu", "injur"}
	var cs []compare.Claim
	for s := range 3 {
		cs = append(cs, inSentence(termsClaim(doc, "12", append(slices.Clone(quake), own...)...), s))
	}
	return cs
}

// TestReportsOfOneMomentAreClose: two reports of one quake that each
// name their own villages and witnesses share few of their names, but
// date the quake to the same minute: close. Dated to different minutes,
// or to the same minute as events of different kinds, they are not.
func TestReportsOfOneMomentAreClose(t *testing.T) {
	at := inSentence
	moment := func(doc, key, value string) compare.Claim {
		return compare.Claim{Doc: doc, Kind: compare.Time, Key: key, Value: value, Terms: []string{"quake", "shook", "villag"}}
	}
	mk := quakeReport
	for _, tt := range []struct {
		name string
		a, b compare.Claim
		want bool
	}{
		{"one minute", moment("d1", "time/disaster", "2031-03-04T03:17"), moment("d2", "time/disaster", "2031-03-04T03:17"), true},
		{"two minutes", moment("d1", "time/disaster", "2031-03-04T03:17"), moment("d2", "time/disaster", "2031-03-04T05:40"), false},
		{"two kinds", moment("d1", "time/disaster", "2031-03-04T03:17"), moment("d2", "time/arrest", "2031-03-04T03:17"), false},
	} {
		cs := append(mk("d1", "@ana pell", "@ivo dane", "#|tarn", "#|lusk"), mk("d2", "@mara koss", "@emil fjord", "#|bray", "#|holt")...)
		cs = append(cs, at(tt.a, 3), at(tt.b, 3))
		if got := RelateClaims(cs).Close("d1", "d2"); got != tt.want {
			t.Errorf("%s: Close = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestReadingsOfOneMoment: close reports filed a week apart give how far
// a firm's shares fell: readings of two days, split; but when the later
// one dates its fall on the day the earlier was filed, or both give the
// figure for one month, they read one moment and stay one alignment.
func TestReadingsOfOneMoment(t *testing.T) {
	first := textDoc("d1", "2031-04-01", "Shares in the carmaker fell 6 percent.")
	later := textDoc("d2", "2031-04-08", "Shares in the carmaker fell 4 percent on April 1.")
	for _, tt := range []struct {
		name            string
		dayB            string // the day the later report's sentence gives, if any
		periodA, period string
		parts           int
	}{
		{"undated", "", "", "", 2},
		{"dated on the earlier's day", "2031-04-01", "", "", 1},
		{"dated on another day", "2031-04-07", "", "", 2},
		{"one month", "", "2031-03", "2031-03", 1},
		{"two months", "", "2031-02", "2031-03", 2},
	} {
		j := closeJudge(true, first, later)
		fall := func(d *compare.Document, v, period string) compare.Claim {
			c := keyedClaim(d, compare.Quantity, "quantity/decrease/%", v)
			c.Terms = []string{claims.EventTermPrefix + "decrease"}
			c.Period = period
			return c
		}
		a := compare.Alignment{Key: "quantity/decrease/%", Kind: compare.Quantity, Claims: []compare.Claim{
			fall(first, "6 %", tt.periodA), fall(later, "4 %", tt.period)}}
		var days []compare.Alignment
		if tt.dayB != "" {
			c := keyedClaim(later, compare.Time, "time/v-fall", tt.dayB)
			days = append(days, compare.Alignment{Key: c.Key, Kind: compare.Time, Claims: []compare.Claim{c}})
		}
		if n := quantityParts(j, a, days); n != tt.parts {
			t.Errorf("%s: SplitEvents gave %d quantity alignments, want %d", tt.name, n, tt.parts)
		}
	}
}

// TestWordyReportsOfOneDayAreClose: two reports of one quake told in
// many of the same words, each quoting people of its own, share two of
// their five names: close when published within a day of each other,
// not when days apart (two quakes of one region are told alike) or when
// their dates are not known to the relation.
func TestWordyReportsOfOneDayAreClose(t *testing.T) {
	cs := append(quakeReport("d1", "@ana pell", "@ivo dane", "#|tarn"), quakeReport("d2", "@mara koss", "@emil fjord", "#|bray")...)
	for _, tt := range []struct {
		name     string
		sameNews func(a, b string) bool
		want     bool
	}{
		{"one day's news", func(a, b string) bool { return true }, true},
		{"days apart", func(a, b string) bool { return false }, false},
		{"dates unknown to the relation", nil, false},
	} {
		rel := RelateClaims(cs)
		if tt.sameNews != nil {
			rel.KnowSameNews(tt.sameNews)
		}
		if got := rel.Close("d1", "d2"); got != tt.want {
			t.Errorf("%s: Close = %v, want %v", tt.name, got, tt.want)
		}
	}
}
