package judge

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

func docs(pub ...string) []*compare.Document {
	var ds []*compare.Document
	for i, p := range pub {
		d := compare.NewDocument("doc", nil)
		d.ID = "d" + string(rune('1'+i))
		d.SetPublished(p)
		ds = append(ds, d)
	}
	return ds
}

// keyOf gives each kind of value a key of a kind that compares it so.
var keyOf = map[compare.Kind]string{
	compare.Time: "time/vote", compare.Quantity: "quantity/death",
	compare.Name: "where", compare.PolarityKind: "polarity",
}

func pair(kind compare.Kind, a, b string) compare.Alignment {
	k := keyOf[kind]
	return compare.Alignment{Key: k, Kind: kind, Claims: []compare.Claim{
		{Doc: "d1", Key: k, Kind: kind, Value: a},
		{Doc: "d2", Key: k, Kind: kind, Value: b},
	}}
}

func TestVerdictOutcome(t *testing.T) {
	tests := []struct {
		kind compare.Kind
		a, b string
		want compare.Outcome
	}{
		{compare.Time, "2007", "2007-12", compare.Agree},
		{compare.Time, "2007-12", "2004", compare.Conflict},
		{compare.Time, "2005-11-27", "2005-11-27T21:40", compare.Agree},
		{compare.Time, "2005-11-25", "2005-11-26", compare.Conflict},
		{compare.Time, "P29Y", "P30Y", compare.Conflict},
		{compare.Time, "PT48H", "P2D", compare.Agree},
		{compare.Time, "P2W", "P14D", compare.Agree},
		{compare.Time, "PT36H", "P2D", compare.Conflict},
		{compare.Quantity, "6", "6", compare.Agree},
		{compare.Quantity, "6", "8", compare.Conflict},
		{compare.Quantity, ">=20", "23", compare.Conflict}, // two tolls
		{compare.Quantity, ">=20", "20", compare.Agree},
		{compare.Quantity, "~300", "290", compare.Agree},
		{compare.Quantity, "~300", "200", compare.Conflict},
		// Two estimates agree when their centres are one margin apart,
		// not when their two margins meet.
		{compare.Quantity, "~300", "~310", compare.Agree},
		{compare.Quantity, "~410000", "~340000", compare.Conflict},
		{compare.Quantity, "~<90 %", "90.8 %", compare.Conflict},
		{compare.Quantity, "~<90 %", "88 %", compare.Agree},
		{compare.Quantity, "~90 %", "90.8 %", compare.Agree},
		{compare.Quantity, "20-30", "25", compare.Agree},
		{compare.Quantity, "5 km", "3.1 mi", compare.Agree},
		{compare.Quantity, "5 km", "10 mi", compare.Conflict},
		{compare.Quantity, "5 USD", "7 EUR", compare.Agree},
		{compare.Name, "Panmunjom", "Panmunjeom", compare.Agree},
		{compare.Name, "Seoul", "Tokyo", compare.Conflict},
	}
	for _, tt := range tests {
		v := Verdict(pair(tt.kind, tt.a, tt.b), docs("2006-03-02", "2006-03-02"))
		if v.Outcome != tt.want {
			t.Errorf("Verdict(%v %q vs %q) = %v (%s), want %v", tt.kind, tt.a, tt.b, v.Outcome, v.Reason, tt.want)
		}
		if !strings.Contains(v.Reason, tt.a) || !strings.Contains(v.Reason, tt.b) {
			t.Errorf("Verdict(%v %q vs %q).Reason = %q, want both values named", tt.kind, tt.a, tt.b, v.Reason)
		}
	}
}

// TestEstimatedDurations: a length given as an estimate ("about two
// hours") agrees with one a little off it, not with one far off; two
// exact lengths agree only when equal; a bound agrees with the lengths
// on its side.
func TestEstimatedDurations(t *testing.T) {
	tests := []struct {
		a, da, b, db string
		want         compare.Outcome
	}{
		{"PT2H", "about two hours", "PT110M", "110 minutes", compare.Agree},
		{"PT2H", "nearly two hours", "PT90M", "90 minutes", compare.Conflict},
		{"PT2H", "two hours", "PT110M", "110 minutes", compare.Conflict},
		// A bound holds every length on its side: "more than five hours"
		// may be "nearly eight hours", "up to six hours" is not nine.
		{">PT5H", "more than five hours", "PT8H", "nearly eight hours", compare.Agree},
		{"<=PT6H", "up to six hours", "PT9H", "nine hours", compare.Conflict},
		{"<PT7M", "less than seven minutes", "PT12M", "about 12 minutes", compare.Conflict},
		{"<=P5W", "up to five weeks", "<=P3W", "up to three weeks", compare.Agree},
		{">=PT6H", "at least six hours", "PT400M", "about 400 minutes", compare.Agree},
	}
	for _, tt := range tests {
		al := pair(compare.Time, tt.a, tt.b)
		al.Key = "duration/fighting"
		for i := range al.Claims {
			al.Claims[i].Key = al.Key
		}
		al.Claims[0].Display, al.Claims[1].Display = tt.da, tt.db
		if v := Verdict(al, docs("2006-03-02", "2006-03-02")); v.Outcome != tt.want {
			t.Errorf("Verdict(%q vs %q) = %v (%s), want %v", tt.da, tt.db, v.Outcome, v.Reason, tt.want)
		}
	}
}

func TestVerdictUnique(t *testing.T) {
	a := compare.Alignment{Kind: compare.Time, Claims: []compare.Claim{{Doc: "d1", Value: "2004"}, {Doc: "d1", Value: "2004"}}}
	if v := Verdict(a, docs("2006")); v.Outcome != compare.Unique {
		t.Errorf("Verdict(one document) = %v, want unique", v.Outcome)
	}
}

func TestQualifiers(t *testing.T) {
	tests := []struct {
		name       string
		pub        []string
		a, b       string
		modality   compare.Modality
		wantSubstr string
	}{
		{"years apart", []string{"2014-10-15", "2006-03-02"}, "2007-12", "2004", compare.Asserted, `published 8 years apart (d1 newer: "2007-12")`},
		{"days apart", []string{"2019-04-08", "2019-04-13"}, "57", "112", compare.Asserted, `published 5 days apart (d2 newer: "112")`},
		{"a day apart", []string{"2019-04-12", "2019-04-13"}, "57", "112", compare.Asserted, `published a day apart (d2 newer: "112")`},
		{"open-ended", []string{"2010", "2010"}, ">=50000", "46000", compare.Asserted, "open-ended"},
		{"hedged", []string{"2010", "2010"}, "3", "5", compare.Hedged, "hedged"},
	}
	for _, tt := range tests {
		kind := compare.Quantity
		if strings.Contains(tt.a, "-") {
			kind = compare.Time
		}
		al := pair(kind, tt.a, tt.b)
		al.Claims[1].Modality = tt.modality
		v := Verdict(al, docs(tt.pub...))
		if v.Outcome != compare.Conflict {
			t.Errorf("%s: Verdict = %v, want conflict", tt.name, v.Outcome)
			continue
		}
		if !strings.Contains(strings.Join(v.Qualifiers, "; "), tt.wantSubstr) {
			t.Errorf("%s: Qualifiers = %q, want one containing %q", tt.name, v.Qualifiers, tt.wantSubstr)
		}
	}
}

func TestAgreeReasonSpellings(t *testing.T) {
	a := pair(compare.Name, "Panmunjom", "Panmunjom")
	a.Claims[0].Display, a.Claims[1].Display = "Panmunjom", "Panmunjeom"
	if v := Verdict(a, docs("2006", "2006")); !strings.Contains(v.Reason, "two spellings of one name") {
		t.Errorf("Verdict(Panmunjom, Panmunjeom).Reason = %q, want it to name two spellings", v.Reason)
	}
}

func TestNegatedValueAloneIsNoConflict(t *testing.T) {
	a := pair(compare.Quantity, "100 USD", "100 USD")
	a.Claims[1].Polarity = compare.Negative
	if v := Verdict(a, docs("2020", "2020")); v.Outcome != compare.Agree {
		t.Errorf("Verdict(100 USD, negated 100 USD) = %v, want agree: negation is judged on clauses", v.Outcome)
	}
	p := pair(compare.PolarityKind, "true", "false")
	p.Claims[1].Polarity = compare.Negative
	if v := Verdict(p, docs("2020", "2020")); v.Outcome != compare.Conflict {
		t.Errorf("Verdict(clause, denied clause) = %v, want conflict", v.Outcome)
	}
}

func TestRunningCountQualifier(t *testing.T) {
	text := "The flood toll climbed to 40 on Monday."
	d1, d2 := compare.NewDocument("a.txt", []byte(text)), compare.NewDocument("b.txt", []byte("Officials said 25 people died."))
	d1.ID, d2.ID = "d1", "d2"
	a := compare.Alignment{Kind: compare.Quantity, Claims: []compare.Claim{
		{Doc: "d1", Kind: compare.Quantity, Value: "40", Sentence: compare.Span{Start: 0, End: len(text)}},
		{Doc: "d2", Kind: compare.Quantity, Value: "25", Sentence: compare.Span{Start: 0, End: 30}},
	}}
	v := Verdict(a, []*compare.Document{d1, d2})
	if q := strings.Join(v.Qualifiers, "; "); !strings.Contains(q, `d1's figure is a running count ("climbed to")`) {
		t.Errorf("Qualifiers = %q, want d1's running count named", q)
	}
}

func TestVerdictParties(t *testing.T) {
	tests := []struct {
		a, b string
		want compare.Outcome
		only string // a party only one list names
	}{
		{"Chad; Sudan", "Sudan; Chad", compare.Agree, ""},
		{"Chad; Sudan", "Chad; Libya; Sudan", compare.Conflict, "Libya"},
		{"Panmunjom; Seoul", "Seoul; Panmunjeom", compare.Agree, ""},
	}
	for _, tt := range tests {
		a := pair(compare.Name, tt.a, tt.b)
		for i := range a.Claims {
			a.Claims[i].Key = "parties/agreement"
		}
		v := Verdict(a, docs("2006-03-02", "2006-03-02"))
		if v.Outcome != tt.want || !strings.Contains(v.Reason, tt.only) {
			t.Errorf("Verdict(parties %q vs %q) = %v (%s), want %v naming %q", tt.a, tt.b, v.Outcome, v.Reason, tt.want, tt.only)
		}
	}
}

// A time of day with no day names no date: the day its value carries is
// the publication's, and two sources published on different days agree.
func TestClockTimesCompareByTheHour(t *testing.T) {
	tests := []struct {
		a, ad, b, bd string
		conflict     bool
	}{
		{"2021-03-04T17:00", "5:00 pm", "2021-03-05T17:00", "5 p.m. (1400 GMT)", false},
		{"2021-03-04T17:00", "5:00 pm", "2021-03-04T19:00", "7 pm", true},
		{"2021-03-04T17:00", "5 pm on 4 March", "2021-03-05T17:00", "5 pm on 5 March", true},
		{"2021-03-04", "Thursday", "2021-03-05", "Friday", true},
	}
	for _, tt := range tests {
		a := compare.Claim{Key: "time/vote", Kind: compare.Time, Value: tt.a, Display: tt.ad}
		b := compare.Claim{Key: "time/vote", Kind: compare.Time, Value: tt.b, Display: tt.bd}
		if _, got := differ(a, b); got != tt.conflict {
			t.Errorf("differ(%q, %q) = %v, want %v", tt.ad, tt.bd, got, tt.conflict)
		}
	}
}

// Two reports of a toll as minimums ("at least 40", "at least 65") give
// different figures for one fact: a conflict, not two overlapping ranges.
func TestReportedMinimumsDiffer(t *testing.T) {
	tests := []struct {
		a, b     string
		conflict bool
	}{
		{">=40", ">=65", true},
		{">40", ">=65", true},
		{">=40", ">=40", false},
		// A minimum and a higher count are two reports' tolls too: each
		// gives the most it knows.
		{">=40", "52", true},
		{"52", ">=40", true},
		{">=40", "40", false},
		{"<=40", "<=65", false},
	}
	for _, tt := range tests {
		a := compare.Claim{Key: "quantity/death/count", Kind: compare.Quantity, Value: tt.a}
		b := compare.Claim{Key: "quantity/death/count", Kind: compare.Quantity, Value: tt.b}
		if _, got := differ(a, b); got != tt.conflict {
			t.Errorf("differ(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.conflict)
		}
	}
	// An amount in a unit is no toll: "more than 5 km" holds 7 km.
	a := compare.Claim{Key: "quantity/closure/km", Kind: compare.Quantity, Value: ">5 km"}
	b := compare.Claim{Key: "quantity/closure/km", Kind: compare.Quantity, Value: "7 km"}
	if _, got := differ(a, b); got {
		t.Errorf("differ(>5 km, 7 km) = true, want false")
	}
}

// TestExactnessOfLengths: a length of time is as exact as its words
// say ("about 40 minutes" less than "40 minutes"), like an amount; it is
// no date the time parser could not read.
func TestExactnessOfLengths(t *testing.T) {
	for _, tt := range []struct {
		value, display string
		want           float64
	}{
		{"PT40M", "40 minutes", 1},
		{"PT40M", "about 40 minutes", 0.9},
		{"P3D", "three days", 1},
		{"P12Y", "roughly 12 years", 0.9},
		{">PT5H", "more than five hours", 0.75},
	} {
		c := compare.Claim{Kind: compare.Time, Value: tt.value, Display: tt.display}
		if got := exactness(c); got != tt.want {
			t.Errorf("exactness(%s %q) = %v, want %v", tt.value, tt.display, got, tt.want)
		}
	}
}

// TestRoundedFigures: a figure written with a scale word holds what
// rounds to it: "over 8.2 million" voters may be the "8.2 million" of
// another report, and so may 8.24 million; 8.4 million is another
// count, and a figure without a scale word is as exact as written.
func TestRoundedFigures(t *testing.T) {
	for _, tt := range []struct {
		a, da, b, db string
		conflict     bool
	}{
		{"8200000", "8.2 million", ">8200000", "over 8.2 million", false},
		{"8200000", "8.2 million", "8240000", "8.24 million", false},
		{"8200000", "8.2 million", "8400000", "8.4 million", true},
		{"400", "400", ">400", "more than 400", true},
		{"5000000 USD", "$5m", ">5000000 USD", "more than $5m", true},
	} {
		a := compare.Claim{Key: "count/voter", Kind: compare.Quantity, Value: tt.a, Display: tt.da}
		b := compare.Claim{Key: "count/voter", Kind: compare.Quantity, Value: tt.b, Display: tt.db}
		if _, got := differ(a, b); got != tt.conflict {
			t.Errorf("differ(%q, %q) = %v, want %v", tt.da, tt.db, got, tt.conflict)
		}
	}
}
