package align

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
)

func claim(doc, key, value, subject string, terms ...string) compare.Claim {
	return compare.Claim{Doc: doc, Key: key, Value: value, Subject: subject, Terms: terms, Kind: compare.Quantity}
}

// timeClaim is claim of a time value.
func timeClaim(doc, key, value, subject string, terms ...string) compare.Claim {
	c := claim(doc, key, value, subject, terms...)
	c.Kind = compare.Time
	return c
}

// near gives c the words next to its value.
func near(c compare.Claim, words ...string) compare.Claim {
	c.Near = words
	return c
}

// attributed gives c a source.
func attributed(c compare.Claim, source string) compare.Claim {
	c.Attribution = source
	return c
}

// inSentence gives c the sorted terms of a sentence of words and names,
// as claims.Extract gives them.
func inSentence(c compare.Claim, words, names []string) compare.Claim {
	c.Terms = slices.Concat(words, names)
	slices.Sort(c.Terms)
	return c
}

// groups renders alignments as doc:value lists for comparison.
// checkGroups reports how Group(in) differs from the groups want, each
// as doc:value in order.
func checkGroups(t *testing.T, what string, in []compare.Claim, want [][]string) {
	t.Helper()
	if diff := cmp.Diff(want, groups(Group(in))); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, diff)
	}
}

func groups(as []compare.Alignment) [][]string {
	var out [][]string
	for _, a := range as {
		var g []string
		for _, c := range a.Claims {
			g = append(g, c.Doc+":"+c.Value)
		}
		out = append(out, g)
	}
	return out
}

func TestGroup(t *testing.T) {
	tests := []struct {
		name string
		in   []compare.Claim
		want [][]string
	}{
		{
			name: "same key and shared terms align across documents",
			in: []compare.Claim{
				claim("d1", "quantity/death/count", "12", "", "flood", "village"),
				claim("d2", "quantity/death/count", "15", "", "flood", "river", "village"),
			},
			want: [][]string{{"d1:12", "d2:15"}},
		},
		{
			name: "different keys never meet",
			in: []compare.Claim{
				claim("d1", "quantity/death/count", "12", "", "flood"),
				claim("d2", "quantity/injury/count", "12", "", "flood"),
			},
			want: [][]string{{"d1:12"}, {"d2:12"}},
		},
		{
			name: "no shared terms, no alignment",
			in: []compare.Claim{
				claim("d1", "quantity/death/count", "12", "", "flood", "village"),
				claim("d2", "quantity/death/count", "40", "", "ferry", "sinking"),
			},
			want: [][]string{{"d1:12"}, {"d2:40"}},
		},
		{
			name: "different subjects never align",
			in: []compare.Claim{
				claim("d1", "quantity/vote/%", "52", "smith", "vote", "runoff"),
				claim("d2", "quantity/vote/%", "48", "jones", "vote", "runoff"),
			},
			want: [][]string{{"d1:52"}, {"d2:48"}},
		},
		{
			name: "a body's name and its longer name are one subject, a short key is not",
			in: []compare.Claim{
				claim("d1", "quantity/vote/%", "41", "greenunion", "vote", "runoff"),
				claim("d2", "quantity/vote/%", "38", "greenunionparty", "vote", "runoff"),
				claim("d1", "quantity/vote/%", "12", "us", "vote", "abroad"),
				claim("d2", "quantity/vote/%", "14", "usparty", "vote", "abroad"),
			},
			want: [][]string{{"d1:41", "d2:38"}, {"d1:12"}, {"d2:14"}},
		},
		{
			name: "one document's two values stay apart, each finds its best match",
			in: []compare.Claim{
				claim("d1", "quantity/vote/%", "52", "", "vote", "runoff", "capital"),
				claim("d1", "quantity/vote/%", "30", "", "vote", "turnout", "rural", "district"),
				claim("d2", "quantity/vote/%", "31", "", "vote", "turnout", "rural", "district"),
			},
			want: [][]string{{"d1:52"}, {"d1:30", "d2:31"}},
		},
		{
			name: "claims set in different places never align, even on a role key",
			in: []compare.Claim{
				claim("d1", "last/increase", "2008", "", "#|mexico|c", "rate"),
				claim("d2", "last/increase", "2006", "", "#|hongkong", "rate"),
			},
			want: [][]string{{"d1:2008"}, {"d2:2006"}},
		},
		{
			name: "one body's last change is not another's",
			in: []compare.Claim{
				claim("d1", "last/change", "2003-05", "", "@northbank", "rate", "first"),
				claim("d2", "last/change", "1999", "", "@southbank", "rate", "first"),
				claim("d3", "last/change", "2003-04", "", "@northbank", "rate", "first"),
			},
			want: [][]string{{"d1:2003-05", "d3:2003-04"}, {"d2:1999"}},
		},
		{
			name: "the source a claim is attributed to is no participant",
			in: []compare.Claim{
				attributed(claim("d1", "last/change", "2003-05", "", "@metroradio", "rate", "first"), "Metro Radio"),
				claim("d2", "last/change", "2002", "", "@northbank", "rate", "first"),
			},
			want: [][]string{{"d1:2003-05", "d2:2002"}},
		},
		{
			name: "one count of one thing in sentences that share most words is one fact",
			in: []compare.Claim{
				near(claim("d1", "count/metre/m", "40", "", "tower", "crane", "lifted", "roof", "beam"), "lifted", "beam"),
				near(claim("d2", "count/metre/m", "40", "", "tower", "crane", "lifted", "roof", "steel"), "steel", "noon"),
				near(claim("d3", "count/metre/m", "40", "", "river", "flood", "rose", "bank"), "rose", "bank"),
			},
			want: [][]string{{"d1:40", "d2:40"}, {"d3:40"}},
		},
		{
			name: "numbers of no noun need their own words beside them, however alike the sentences",
			in: []compare.Claim{
				near(claim("d1", "count", "65", "", "scored", "marks", "history", "art", "music"), "art"),
				near(claim("d2", "count", "65", "", "scored", "marks", "history", "art", "music"), "music"),
			},
			want: [][]string{{"d1:65"}, {"d2:65"}},
		},
		{
			name: "a place that extends another is the same place",
			in: []compare.Claim{
				claim("d1", "quantity/death/count", "57", "", "#|gelderland", "mine", "toll"),
				claim("d2", "quantity/death/count", "83", "", "#|gelderlandprovince", "mine", "toll"),
			},
			want: [][]string{{"d1:57", "d2:83"}},
		},
		{
			name: "a fact stated twice by one document joins its group",
			in: []compare.Claim{
				claim("d1", "last/talks", "2004", ""),
				claim("d1", "last/talks", "2004", ""),
				claim("d2", "last/talks", "2007-12", ""),
			},
			want: [][]string{{"d1:2004", "d1:2004", "d2:2007-12"}},
		},
	}
	for _, tt := range tests {
		got := groups(Group(tt.in))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Group mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// preparePair prepares two claims of one block with the terms a and b.
func preparePair(a, b []string) (prepared, prepared) {
	cs := []compare.Claim{claim("d1", "k", "1", "", a...), claim("d2", "k", "1", "", b...)}
	ps := prepare(cs, []int{0, 1})
	return ps[0], ps[1]
}

func TestOverlap(t *testing.T) {
	tests := []struct {
		a, b []string
		want float64
	}{
		{[]string{"a", "b"}, []string{"b", "c", "d"}, 0.5},
		{nil, []string{"a"}, 0},
		{[]string{"a"}, []string{"a"}, 1},
	}
	for _, tt := range tests {
		pa, pb := preparePair(tt.a, tt.b)
		if got := overlap(pa.terms, pb.terms); got != tt.want {
			t.Errorf("overlap(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestDifferentPlaces(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"#southwest|netherlands|c"}, []string{"#east|netherlands|c"}, true},
		{[]string{"#|netherlands|c"}, []string{"#east|netherlands|c"}, false},
		{[]string{"#|gelderland"}, []string{"#|gelderlandprovince"}, false},
		{[]string{"#east|netherlands|c"}, []string{"#|gelderlandprovince", "#|arnhem"}, false},
		{[]string{"#|mexico|c", "rate"}, []string{"#|hongkong", "rate"}, true},
		{[]string{"#|utrecht"}, []string{"#|gelderland"}, true},
		{[]string{"rate"}, []string{"#|hongkong"}, false},
		// A name the other sentence does not call a place may be it.
		{[]string{"#|ostrava", "@moravia"}, []string{"#|moraviaregion"}, false},
		// Names that are no places on both sides say nothing either way.
		{[]string{"#|ostrava", "@acme"}, []string{"#|brno", "@acme"}, true},
		{[]string{"@acme"}, []string{"#|brno"}, false},
		// A region of a country holds towns and provinces, never a
		// continent; a country lies in its own continent only.
		{[]string{"#south|peru|c"}, []string{"#|arequipa"}, false},
		{[]string{"#south|peru|c"}, []string{"#west|africa"}, true},
		{[]string{"#|kenya|c"}, []string{"#east|africa"}, false},
		{[]string{"#|peru|c"}, []string{"#east|africa"}, true},
	}
	for _, tt := range tests {
		pa, pb := preparePair(tt.a, tt.b)
		if got := differentPlaces(pa.places, pb.places); got != tt.want {
			t.Errorf("differentPlaces(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// A place of another event of the sentence ("after his return from
// Brno") does not keep a claim apart from one set elsewhere.
func TestOtherEventsPlacesDoNotSeparate(t *testing.T) {
	a := claim("d1", "k", "1", "", "#|ostrava", "rate")
	b := claim("d2", "k", "1", "", "#|brno", "rate")
	ps := prepare([]compare.Claim{a, b}, []int{0, 1})
	if !differentPlaces(ps[0].places, ps[1].places) {
		t.Fatal("Ostrava and Brno are not different places")
	}
	b.OtherPlaces = []string{"#|brno"}
	ps = prepare([]compare.Claim{a, b}, []int{0, 1})
	if differentPlaces(ps[0].places, ps[1].places) {
		t.Error("a place of another event keeps two claims apart")
	}
}

// synthetic returns the claims of docs documents, in stories of ten that
// share their own words, all in one key block, with words common to every
// story mixed in: the shape of a newsroom's day of reports.
func synthetic(docs int) []compare.Claim {
	var cs []compare.Claim
	for d := range docs {
		story := d / 10
		for k := range 5 {
			terms := []string{
				fmt.Sprintf("s%dw%d", story, k), fmt.Sprintf("s%dw%d", story, k+1),
				fmt.Sprintf("s%dplace", story), fmt.Sprintf("common%d", (d+k)%7),
			}
			slices.Sort(terms)
			cs = append(cs, compare.Claim{
				Doc: fmt.Sprintf("d%d", d), Key: "quantity/death/count", Kind: compare.Quantity,
				Value: fmt.Sprint(10 + (d+k)%3), Terms: terms, Near: terms,
			})
		}
	}
	return cs
}

// TestCandidatesGrowLinearly: doubling the documents about doubles the
// pairs examined, where all pairs would quadruple them.
func TestCandidatesGrowLinearly(t *testing.T) {
	_, small := GroupRelatedCounting(synthetic(400), nil)
	_, large := GroupRelatedCounting(synthetic(800), nil)
	if small == 0 {
		t.Fatal("no candidate pairs examined")
	}
	if ratio := float64(large) / float64(small); ratio > 2.5 {
		t.Errorf("pairs examined grew %.2f times (%d -> %d) for twice the documents; want close to 2", ratio, small, large)
	}
	all := 800 * 5 * (800*5 - 5) / 2
	t.Logf("800 documents: %d pairs examined of %d cross-document pairs", large, all)
}

func BenchmarkGroup(b *testing.B) {
	for _, docs := range []int{100, 1000, 10000} {
		cs := synthetic(docs)
		b.Run(fmt.Sprintf("claims=%d", len(cs)), func(b *testing.B) {
			b.ReportAllocs()
			var n int
			for b.Loop() {
				_, n = GroupRelatedCounting(cs, nil)
			}
			b.ReportMetric(float64(n), "pairs/op")
			b.ReportMetric(float64(n)/float64(len(cs)), "pairs/claim")
		})
	}
}

func TestStancesAlignBySubject(t *testing.T) {
	stance := func(doc, value, subject string, terms ...string) compare.Claim {
		c := claim(doc, "stance/candidacy", value, subject, terms...)
		c.Kind = compare.PolarityKind
		return c
	}
	in := []compare.Claim{
		stance("d1", "true", "janehalloway", "nomination", "rival"),
		stance("d1", "true", "tombrickell", "nomination", "rival"),
		stance("d2", "false", "janehalloway", "race", "friday"),
		stance("d2", "false", "", "race", "friday"),
	}
	// Halloway's two stances share no word but her name; Brickell's stands
	// alone, and a stance with no subject is about nobody known.
	want := [][]string{{"d1:true", "d2:false"}, {"d1:true"}, {"d2:false"}}
	checkGroups(t, "Group(stances)", in, want)
}

func TestLargeBlockFindsStancesBySubject(t *testing.T) {
	var in []compare.Claim
	for i := range SmallBlock + 8 {
		c := claim(fmt.Sprintf("d%d", i%2), "stance/candidacy", []string{"true", "false"}[i%2], fmt.Sprintf("person%d", i/2), fmt.Sprintf("w%d", i))
		c.Kind = compare.PolarityKind
		in = append(in, c)
	}
	as := Group(in)
	// Each person's two stances, from two documents, share only the subject.
	if len(as) != (SmallBlock+8)/2 {
		t.Errorf("Group gave %d alignments of %d stances, want %d pairs", len(as), len(in), (SmallBlock+8)/2)
	}
}

func TestPartiesAlignOnASharedParty(t *testing.T) {
	parties := func(doc, value string, terms ...string) compare.Claim {
		c := claim(doc, "parties/agreement", value, "", terms...)
		c.Kind = compare.Name
		return c
	}
	in := []compare.Claim{
		parties("d1", "Chad; Sudan", "truce", "friday"),
		parties("d2", "Chad; Libya; Sudan", "mediation", "capital"),
		parties("d2", "Mali; Niger", "border", "patrol"),
	}
	want := [][]string{{"d1:Chad; Sudan", "d2:Chad; Libya; Sudan"}, {"d2:Mali; Niger"}}
	checkGroups(t, "Group(parties)", in, want)
}

func TestExistsAlignOnARelatedWord(t *testing.T) {
	exists := func(doc, value string, did ...string) compare.Claim {
		c := claim(doc, "exists/witness", value, "")
		c.Kind, c.Near = compare.PolarityKind, did
		return c
	}
	in := []compare.Claim{
		exists("d1", "false", "giv", "testimony", "court"),
		exists("d2", "true", "testify", "trial"),
		exists("d3", "false", "sign", "confession"),
	}
	// "testimony" and "testify" share a root; signing shares nothing.
	want := [][]string{{"d1:false", "d2:true"}, {"d3:false"}}
	checkGroups(t, "Group(exists)", in, want)
}

func TestDurationsAlignOnWhatLastedAndWho(t *testing.T) {
	dur := func(doc, value string, near, terms []string) compare.Claim {
		c := claim(doc, "duration/of", value, "", terms...)
		c.Kind, c.Near = compare.Time, near
		return c
	}
	in := []compare.Claim{
		dur("d1", "P29Y", []string{"military", "presence"}, []string{"#|syria", "military", "presence", "troop"}),
		dur("d2", "P30Y", []string{"domination", "military"}, []string{"#|syria", "domination", "military"}),
		// Same words beside it, but no name in common: another story.
		dur("d3", "P12Y", []string{"military", "presence"}, []string{"#|chad", "military", "presence"}),
	}
	want := [][]string{{"d1:P29Y", "d2:P30Y"}, {"d3:P12Y"}}
	checkGroups(t, "Group(durations)", in, want)
}

func TestSentencesAlignOnWhose(t *testing.T) {
	term := func(doc, value, subject string, near, terms []string) compare.Claim {
		c := claim(doc, "duration/sentence", value, subject, terms...)
		c.Kind, c.Near = compare.Time, near
		return c
	}
	in := []compare.Claim{
		term("d1", "P12Y", "ruiz", []string{"prison"}, []string{"court", "prison", "bribe"}),
		term("d2", "P10Y", "ruiz", []string{"judg", "find"}, []string{"judg", "guilty"}),
		// Several aides' term is no one person's.
		term("d3", "P5Y", "several aide", []string{"aid", "former"}, []string{"aid", "former"}),
	}
	// One person's sentence in two reports, in no words in common.
	want := [][]string{{"d1:P12Y", "d2:P10Y"}, {"d3:P5Y"}}
	checkGroups(t, "Group(sentences)", in, want)
}

func TestANameTypedTwoWaysIsShared(t *testing.T) {
	// One report's name finder types the town as a place, the other's as
	// a name: the sentences still share it.
	in := []compare.Claim{
		claim("d1", "quantity/kidnapping/count", "14", "", "@kessara", "abduct", "aid", "charity", "convoy"),
		claim("d2", "quantity/kidnapping/count", "12", "", "#|kessara", "charity", "employe", "stop", "vehicle"),
	}
	if got := len(Group(in)); got != 1 {
		t.Errorf("Group = %d alignments, want 1", got)
	}
}

func TestRankedAs(t *testing.T) {
	// A name and a place of one key are one term; a region of a country,
	// the country and a name are three.
	if rankedAs("@kessara") != rankedAs("#|kessara") {
		t.Errorf("rankedAs: a name and a place of one key differ")
	}
	for _, pair := range [][2]string{{"#northeast|china|c", "#|china|c"}, {"@china", "#|china|c"}, {"said", "#|said"}} {
		if rankedAs(pair[0]) == rankedAs(pair[1]) {
			t.Errorf("rankedAs(%q) = rankedAs(%q)", pair[0], pair[1])
		}
	}
}

func TestSharedSubjectNeedsLessContext(t *testing.T) {
	terms1 := []string{"a", "b", "c", "poll"}
	terms2 := []string{"d", "e", "f", "poll"}
	with := []compare.Claim{
		claim("d1", "quantity/seats/count", "12", "tories", terms1...),
		claim("d2", "quantity/seats/count", "11", "tories", terms2...),
	}
	without := []compare.Claim{
		claim("d1", "quantity/seats/count", "12", "", terms1...),
		claim("d2", "quantity/seats/count", "11", "", terms2...),
	}
	// One word in four shared: enough when both are of the Tories, too
	// little to call two bare figures one fact.
	if got := len(Group(with)); got != 1 {
		t.Errorf("Group(same subject) = %d alignments, want 1", got)
	}
	if got := len(Group(without)); got != 2 {
		t.Errorf("Group(no subject) = %d alignments, want 2", got)
	}
}

// A party's count of one thing is one question in whatever words the
// sentences put around it, and a document's two counts of it (won before,
// expected now) pair with the other document's closest ones.
func TestCountedNounOfOneSubject(t *testing.T) {
	in := []compare.Claim{
		claim("d1", "count/seat", "52", "greens", "@greens", "~election", "won", "council"),
		claim("d1", "count/seat", "30", "greens", "@greens", "survey", "expected"),
		claim("d2", "count/seat", "52", "greens", "@greens", "~election", "won", "council"),
		claim("d2", "count/seat", "27", "greens", "@greens", "shrink", "survey"),
		claim("d2", "count/seat", "44", "reds", "@reds", "survey", "expected"),
	}
	for i := range in {
		in[i].Near = in[i].Terms[1:]
	}
	in[3].Near = []string{"shrink"} // no near word in common with d1's 30
	want := [][]string{{"d1:52", "d2:52"}, {"d1:30", "d2:27"}, {"d2:44"}}
	checkGroups(t, "Group", in, want)
}

// A group never holds claims set in places that cannot be one, even when
// a third claim, compatible with both, would join them.
func TestPlacesKeepGroupsApart(t *testing.T) {
	in := []compare.Claim{
		claim("d1", "quantity/death/count", "16", "", "#southwest|chile|c", "~death", "mine", "blast", "toll"),
		claim("d2", "quantity/death/count", "68", "", "#|atacama", "~death", "mine", "blast", "toll"),
		claim("d3", "quantity/death/count", "134", "", "#north|chile|c", "~death", "mine", "blast", "toll"),
	}
	for _, g := range groups(Group(in)) {
		if slices.Contains(g, "d1:16") && slices.Contains(g, "d3:134") {
			t.Errorf("group %v holds claims from the south and the north of one country", g)
		}
	}
}

// Counts of nouns that cannot be one thing never align; a noun and a kind
// of it may.
func TestCountedNounsMustBeOneThing(t *testing.T) {
	in := []compare.Claim{
		claim("d1", "quantity/death/count", "12", "", "%soldier", "~death", "ambush", "convoy", "rebels"),
		claim("d2", "quantity/death/count", "30", "", "%civilian", "~death", "ambush", "convoy", "rebels"),
		claim("d3", "quantity/death/count", "16", "", "%miner", "~death", "blast", "pit", "shaft"),
		claim("d4", "quantity/death/count", "20", "", "%worker", "~death", "blast", "pit", "shaft"),
	}
	want := [][]string{{"d1:12"}, {"d2:30"}, {"d3:16", "d4:20"}}
	checkGroups(t, "Group", in, want)
}

// Claims of one kind of event with the same value are one fact though
// their sentences share few words; with different values they need the
// shared context that a conflict calls for.
func TestEqualValuesOfOneEventAlign(t *testing.T) {
	in := []compare.Claim{
		claim("d1", "time/explosion", "2009-03-01", "", "~explosion", "news", "rose", "toll", "week", "workers"),
		claim("d2", "time/explosion", "2009-03-01", "", "~explosion", "lamp", "miners", "shaft", "spark", "underground"),
		claim("d3", "time/explosion", "2009-03-02", "", "~explosion", "crews", "dawn", "rescue", "search", "teams"),
	}
	// A time on that day is the same value, told more precisely.
	at := claim("d4", "time/explosion", "2009-03-01T21:40", "", "~explosion", "bureau", "director", "said", "safety")
	in = append(in, at)
	for i := range in {
		in[i].Kind = compare.Time
	}
	want := [][]string{{"d1:2009-03-01", "d2:2009-03-01", "d4:2009-03-01T21:40"}, {"d3:2009-03-02"}}
	checkGroups(t, "Group", in, want)
}

// An age known to be a person's aligns with an age whose sentence names
// that person, though it gives no subject itself ("the 58-year-old
// architect" in a sentence naming Okafor).
func TestAgeWithoutSubjectAlignsWhereTheSubjectIsNamed(t *testing.T) {
	in := []compare.Claim{
		claim("d1", "age", "P58Y", "okafor", "@adaokafor", "architect", "designed"),
		claim("d2", "age", "P58Y", "", "@adaokafor", "crowd", "ceremony", "tribute"),
		claim("d3", "age", "P58Y", "", "@brunolind", "bridge", "opened"),
	}
	want := [][]string{{"d1:P58Y", "d2:P58Y"}, {"d3:P58Y"}}
	checkGroups(t, "Group", in, want)
}

// Differing figures of sentences that each name participants or places,
// none in common, are of two events however many words they share; a
// sentence that names none is judged by its words.
func TestDifferingFiguresNeedAParticipantInCommon(t *testing.T) {
	words := []string{"~death", "bus", "crash", "highway", "killed", "toll"}
	with := func(doc, v string, names ...string) compare.Claim {
		return inSentence(claim(doc, "quantity/death/count", v, ""), words, names)
	}
	tests := []struct {
		name string
		in   []compare.Claim
		want int // alignments
	}{
		{"different places", []compare.Claim{with("d1", "12", "#|oruro"), with("d2", "15", "#|potosi")}, 2},
		{"different bodies", []compare.Claim{with("d1", "12", "@redcross"), with("d2", "15", "@transitpolice")}, 2},
		{"one place, two spellings", []compare.Claim{with("d1", "12", "#|oruro"), with("d2", "15", "@oruro")}, 1},
		{"one sentence names none", []compare.Claim{with("d1", "12", "#|oruro"), with("d2", "15")}, 1},
	}
	for _, tt := range tests {
		if got := len(Group(tt.in)); got != tt.want {
			t.Errorf("%s: Group = %d alignments, want %d", tt.name, got, tt.want)
		}
	}
}

// A count of a thing is some participant's: differing counts of sentences
// that name none in common are not one fact, even when one names none;
// when neither names any, the words decide.
func TestDifferingCountsNeedAParticipant(t *testing.T) {
	mk := func(doc, v string, extra ...string) compare.Claim {
		c := inSentence(claim(doc, "count/point", v, ""), []string{"averag", "gam", "point", "scor", "season"}, extra)
		c.Near = c.Terms
		return c
	}
	if got := len(Group([]compare.Claim{mk("d1", "19", "@okafor"), mk("d2", "11")})); got != 2 {
		t.Errorf("Group(points of a named and an unnamed player) = %d alignments, want 2", got)
	}
	if got := len(Group([]compare.Claim{mk("d1", "19", "@okafor"), mk("d2", "21", "@okafor")})); got != 1 {
		t.Errorf("Group(points of one player) = %d alignments, want 1", got)
	}
	// A name read with a word too many is still the name.
	if got := len(Group([]compare.Claim{mk("d1", "19", "@okaforscores"), mk("d2", "21", "@okafor")})); got != 1 {
		t.Errorf("Group(points of one player, named two ways) = %d alignments, want 1", got)
	}
	// Neither names whose: the words decide.
	if got := len(Group([]compare.Claim{mk("d1", "19"), mk("d2", "21")})); got != 1 {
		t.Errorf("Group(points of no one named) = %d alignments, want 1", got)
	}
}

// Two days are one event's told two ways only if the sentences name a
// participant or place narrower than a country in common; times that may
// be one (a year and a day in it) need none. So with the days of the
// events two headlines report: two headlines of one kind may report two
// events.
func TestDifferingDaysNeedALocalParticipant(t *testing.T) {
	for _, main := range []bool{false, true} {
		day := func(doc, v string, names ...string) compare.Claim {
			words := []string{"~death", "died", "hospital", "officials", "said"}
			if main {
				words = append(words, claims.MainTerm)
			}
			return inSentence(timeClaim(doc, "time/death", v, ""), words, names)
		}
		testDifferingDays(t, main, day)
	}
}

func testDifferingDays(t *testing.T, main bool, day func(doc, v string, names ...string) compare.Claim) {
	t.Helper()
	tests := []struct {
		name string
		in   []compare.Claim
		want int // alignments
	}{
		{"only a country in common", []compare.Claim{day("d1", "2031-03-02", "#|chile|c"), day("d2", "2031-03-09", "#|chile|c")}, 2},
		{"a town in common", []compare.Claim{day("d1", "2031-03-02", "#|chile|c", "#|talca"), day("d2", "2031-03-09", "#|talca")}, 1},
		{"a year and a day in it", []compare.Claim{day("d1", "2031", "#|chile|c"), day("d2", "2031-03-09")}, 1},
		{"one day, no name given", []compare.Claim{day("d1", "2031-03-02"), day("d2", "2031-03-02")}, 1},
	}
	for _, tt := range tests {
		if got := len(Group(tt.in)); got != tt.want {
			t.Errorf("%s (headline's event: %v): Group = %d alignments, want %d", tt.name, main, got, tt.want)
		}
	}
}

// Values that differ are set against each other only where a pair of
// their claims was found alike: a report joined to a conflict through one
// of its sides does not contradict the other side, which shares nothing
// with it.
func TestDifferingValuesNeedAPairAlike(t *testing.T) {
	const key = "quantity/injury/count"
	in := []compare.Claim{
		claim("d1", key, "4", "", "~injury", "bus", "crash", "bridge", "river", "driver"),
		claim("d2", key, "3", "", "~injury", "bus", "crash", "bridge", "river", "storm", "roof", "school"),
		claim("d3", key, "2", "", "~injury", "storm", "roof", "school", "bridge", "wind"),
	}
	// d1 and d2 share most of their words, d2 and d3 enough; d1 and d3
	// too few for two differing figures to be one fact.
	for _, p := range [][2]int{{0, 1}, {1, 2}, {0, 2}} {
		ps := prepare(in, []int{p[0], p[1]})
		_, ok := similar(&in[p[0]], &in[p[1]], &ps[0], &ps[1])
		if want := p != [2]int{0, 2}; ok != want {
			t.Fatalf("similar(%s, %s) = %v, want %v", in[p[0]].Doc, in[p[1]].Doc, ok, want)
		}
	}
	for _, g := range groups(Group(in)) {
		if slices.Contains(g, "d1:4") && slices.Contains(g, "d3:2") {
			t.Errorf("Group put d1's 4 and d3's 2 together, which no pair compared: %v", groups(Group(in)))
		}
	}
}

func TestFiguresOfTwoPeriods(t *testing.T) {
	in := []compare.Claim{harvest("d1", "40000 t"), harvest("d2", "52000 t"), harvest("d3", "41000 t")}
	in[0].Period, in[1].Period = "2030", "2031"
	checkSimilar(t, in, []similarCase{
		{0, 1, false}, // two years' harvests
		{0, 2, true},  // one says for which year, the other does not
		{1, 2, true},
	})
	// The year of a quarter is that quarter's year.
	in[1].Period = "2030-Q3"
	checkSimilar(t, in, []similarCase{{0, 1, true}})
}

// harvest is a claim of doc giving a cooperative's grain harvest.
func harvest(doc, value string) compare.Claim {
	return near(claim(doc, "count/tonne/t", value, "", "cooperative", "grain", "harvest", "output"), "grain", "harvest")
}

// similarCase says whether claims a and b of a test's claims are similar.
type similarCase struct {
	a, b int
	want bool
}

// checkSimilar checks similar on each case's pair of claims of in.
func checkSimilar(t *testing.T, in []compare.Claim, cases []similarCase) {
	t.Helper()
	for _, tt := range cases {
		ps := prepare(in, []int{tt.a, tt.b})
		if _, ok := similar(&in[tt.a], &in[tt.b], &ps[0], &ps[1]); ok != tt.want {
			t.Errorf("similar(%s: %s %q, %s: %s %q) = %v, want %v", in[tt.a].Doc, in[tt.a].Value, in[tt.a].Period,
				in[tt.b].Doc, in[tt.b].Value, in[tt.b].Period, ok, tt.want)
		}
	}
}

func TestGroupNeverHoldsTwoPeriods(t *testing.T) {
	in := []compare.Claim{harvest("d1", "40000 t"), harvest("d2", "40000 t"), harvest("d3", "52000 t")}
	// d2 gives no year: it is alike with both, which must not be joined
	// through it.
	in[0].Period, in[2].Period = "2030", "2031"
	for _, g := range groups(Group(in)) {
		if slices.Contains(g, "d1:40000 t") && slices.Contains(g, "d3:52000 t") {
			t.Errorf("Group joined figures of 2030 and 2031: %v", groups(Group(in)))
		}
	}
}

func TestDaysOfAVerbOnlyAgree(t *testing.T) {
	const key = "time/v-capsize"
	day := func(doc, value string) compare.Claim {
		return timeClaim(doc, key, value, "", "ferry", "cape", "#|hook")
	}
	in := []compare.Claim{day("d1", "2031-05-02"), day("d2", "2031-05-02"), day("d3", "2031-05-09")}
	checkSimilar(t, in, []similarCase{{0, 1, true}, {0, 2, false}})
}

// TestClausesAreAlikeInPairs: a denial is set against the statement it
// was found alike with, not against every statement that shares words
// with that one. Each clause's words overlap its neighbour's, the first
// and the last too little.
func TestClausesAreAlikeInPairs(t *testing.T) {
	clause := func(doc, value string, terms ...string) compare.Claim {
		c := claim(doc, "polarity", value, "", terms...)
		c.Kind = compare.PolarityKind
		if value == "false" {
			c.Polarity, c.Near = compare.Negative, []string{"closed"}
		}
		return c
	}
	in := []compare.Claim{
		clause("d1", "true", "bridge", "closed", "flood", "mayor", "river", "town"),
		clause("d2", "true", "bridge", "closed", "flood", "river", "road"),
		clause("d3", "false", "bridge", "closed", "flood", "road", "school"),
	}
	want := [][]string{{"d1:true"}, {"d2:true", "d3:false"}}
	checkGroups(t, "Group(clauses)", in, want)
}

// TestWhatRoseIsMeasured: the rises of two things ("demand", "supply")
// are two figures however alike their sentences; a rise of one thing
// told twice is one.
func TestWhatRoseIsMeasured(t *testing.T) {
	rise := func(doc, value, thing string) compare.Claim {
		c := claim(doc, "quantity/increase/bbl", value, "", "global", "oil", "barrel", "day", "~increase", thing)
		if thing != "" {
			c.Terms = append(c.Terms, claims.CountedPrefix+thing)
		}
		slices.Sort(c.Terms)
		return c
	}
	checkGroups(t, "Group(demand, supply)", []compare.Claim{rise("d1", "900000 bbl", "demand"), rise("d2", "700000 bbl", "supply")},
		[][]string{{"d1:900000 bbl"}, {"d2:700000 bbl"}})
	checkGroups(t, "Group(supply, supply)", []compare.Claim{rise("d1", "900000 bbl", "supply"), rise("d2", "700000 bbl", "supply")},
		[][]string{{"d1:900000 bbl", "d2:700000 bbl"}})
}

// TestAFamilyNameWrittenFirst: an age keyed by a family name written
// first ("Wang" of "Wang Jun") is named by a sentence naming Wang Jun,
// not by one naming someone whose given name ends the same way.
func TestAFamilyNameWrittenFirst(t *testing.T) {
	age := func(doc, value, subject string, terms ...string) compare.Claim {
		return timeClaim(doc, "age", value, subject, terms...)
	}
	checkGroups(t, "Group(Wang's age, the veteran's)", []compare.Claim{
		age("d1", "P24Y", "wang", "@wangjun", "hurdl", "titl"),
		age("d2", "P31Y", "", "@liwang", "javelin", "veteran"),
	}, [][]string{{"d1:P24Y"}, {"d2:P31Y"}})
	checkGroups(t, "Group(Wang's age twice)", []compare.Claim{
		age("d1", "P24Y", "wang", "@wangjun", "hurdl", "titl"),
		age("d2", "P25Y", "", "@wangjun", "hurdl", "record"),
	}, [][]string{{"d1:P24Y", "d2:P25Y"}})
}

// TestOneThingInTwoWords: figures of one change whose measured things are
// one sense in WordNet ("pay", "wages") are one question, and, told of
// the same participant, need no more words in common; a kind of the thing
// is not the thing itself.
func TestOneThingInTwoWords(t *testing.T) {
	rise := func(doc, value, thing string, terms ...string) compare.Claim {
		c := claim(doc, "quantity/increase/%", value, "", append(terms, "~increase", thing, claims.CountedPrefix+thing)...)
		slices.Sort(c.Terms)
		return c
	}
	checkGroups(t, "Group(pay, wages)", []compare.Claim{
		rise("d1", "12 %", "pay", "@velmarunion", "demand", "strike", "harbour", "monday", "crane"),
		rise("d2", "15 %", "wage", "@velmarunion", "want", "ballot", "member"),
	}, [][]string{{"d1:12 %", "d2:15 %"}})
	checkGroups(t, "Group(pay, fares)", []compare.Claim{
		rise("d1", "12 %", "pay", "@velmarunion", "demand", "strike", "harbour", "monday", "crane"),
		rise("d2", "15 %", "fare", "@velmarunion", "want", "ballot", "member"),
	}, [][]string{{"d1:12 %"}, {"d2:15 %"}})
	// Without a participant in common the words must still say it.
	checkGroups(t, "Group(pay, wages, no one in common)", []compare.Claim{
		rise("d1", "12 %", "pay", "@velmarunion", "demand", "strike", "harbour", "monday", "crane"),
		rise("d2", "15 %", "wage", "@ostagrid", "want", "ballot", "member"),
	}, [][]string{{"d1:12 %"}, {"d2:15 %"}})
}

// TestARoleNamingNoOneMeetsAllInALargeBlock: in a block too large to
// compare every pair, a claim of the last occurrence that names no
// participant is still a candidate of every other claim, as it is in a
// small block, though the two share no word but the event's class.
func TestARoleNamingNoOneMeetsAllInALargeBlock(t *testing.T) {
	var cs []compare.Claim
	for i := range MaxPosting + 10 {
		// Filler: other stories' last meetings, each naming its own
		// participant.
		cs = append(cs, claim(fmt.Sprintf("f%d", i), "last/meeting", fmt.Sprintf("19%02d", i%90), "",
			"~meeting", fmt.Sprintf("#|land%d|c", i), fmt.Sprintf("word%d", i)))
	}
	open := claim("d1", "last/meeting", "2007-12", "", "~meeting", "previous", "similar")
	named := claim("d2", "last/meeting", "2004", "", "~meeting", "#|velmora|c", "envoy", "formal")
	cs = append(cs, open, named)
	for i := range cs {
		cs[i].Kind = compare.Time
	}
	found := false
	for _, p := range SimilarPairs(cs, "last/meeting") {
		if cs[p[0]].Doc == "d1" && cs[p[1]].Doc == "d2" || cs[p[0]].Doc == "d2" && cs[p[1]].Doc == "d1" {
			found = true
		}
	}
	if !found {
		t.Errorf("the role naming no one and the one naming Velmora are no candidates in a block of %d", len(cs))
	}
}

// TestCountsTwoStoriesOpenWith: counts of one thing that two stories
// open with are one question when the two name a participant or place
// narrower than a country in common, whatever their other words.
func TestCountsTwoStoriesOpenWith(t *testing.T) {
	count := func(doc, value string, main bool, terms ...string) compare.Claim {
		if main {
			terms = append(terms, claims.MainTerm)
		}
		c := claim(doc, "count/deckhand", value, "", terms...)
		slices.Sort(c.Terms)
		return c
	}
	checkGroups(t, "Group(two openings, Ostmark in both)", []compare.Claim{
		count("d1", "~800", true, "@ostmark", "harbour", "left", "ship", "union"),
		count("d2", "~650", true, "@ostmark", "stay", "away", "quay", "second"),
	}, [][]string{{"d1:~800", "d2:~650"}})
	checkGroups(t, "Group(two openings, no place in common)", []compare.Claim{
		count("d1", "~800", true, "@ostmark", "harbour", "left", "ship", "union"),
		count("d2", "~650", true, "@velport", "stay", "away", "quay", "second"),
	}, [][]string{{"d1:~800"}, {"d2:~650"}})
	checkGroups(t, "Group(an opening and a later count)", []compare.Claim{
		count("d1", "~800", true, "@ostmark", "harbour", "left", "ship", "union"),
		count("d2", "~650", false, "@ostmark", "stay", "away", "quay", "second"),
	}, [][]string{{"d1:~800"}, {"d2:~650"}})
}

// TestFiguresOfOneDaysEvent: two reports' tolls whose sentences give the
// event one day are one question, though each names its own place; a
// vague figure of one report ("dozens") yields to its precise one.
func TestFiguresOfOneDaysEvent(t *testing.T) {
	toll := func(doc, value string, at int, terms ...string) compare.Claim {
		c := claim(doc, "quantity/death/count", value, "", terms...)
		c.Sentence = compare.Span{Start: at, End: at + 100}
		return c
	}
	day := func(doc, value string, at int) compare.Claim {
		c := timeClaim(doc, "time/accident", value, "", "capsiz")
		c.Sentence = compare.Span{Start: at, End: at + 100}
		return c
	}
	a := toll("d1", ">=34", 100, "@marrowen", "coast", "ferry", "guard", "rough", "sea", "~death")
	b := toll("d2", "41", 100, "@porthalven", "ferry", "night", "storm", "water", "~death")
	dozens := toll("d2", "~24-99", 0, "ferry", "storm", "~death")
	groups := func(cs []compare.Claim) [][]string {
		var out [][]string
		for _, g := range Group(cs) {
			if g.Kind != compare.Quantity {
				continue
			}
			var vs []string
			for _, c := range g.Claims {
				vs = append(vs, c.Doc+":"+c.Value)
			}
			out = append(out, vs)
		}
		return out
	}
	got := groups([]compare.Claim{dozens, a, b, day("d1", "2031-03-04", 100), day("d2", "2031-03-04TNI", 100)})
	if !slices.ContainsFunc(got, func(g []string) bool { return slices.Contains(g, "d1:>=34") && slices.Contains(g, "d2:41") }) {
		t.Errorf("groups %v, want the two tolls of Tuesday's capsizing together", got)
	}
	got = groups([]compare.Claim{dozens, a, b, day("d1", "2031-03-04", 100), day("d2", "2031-03-06", 100)})
	if slices.ContainsFunc(got, func(g []string) bool { return slices.Contains(g, "d1:>=34") && slices.Contains(g, "d2:41") }) {
		t.Errorf("groups %v, want tolls of two days' events apart", got)
	}
}

// everyClose and noneClose say of every two documents that they are, or
// are not, close reports of one story.
func everyClose(a, b string) bool { return true }
func noneClose(a, b string) bool  { return false }

// relatedCase is a case of GroupRelated: claims, what says which
// documents are close, and how many alignments they make.
type relatedCase struct {
	name  string
	in    []compare.Claim
	close func(a, b string) bool
	want  int
}

// checkGroupRelated runs the cases of GroupRelated.
func checkGroupRelated(t *testing.T, cases []relatedCase) {
	t.Helper()
	for _, tt := range cases {
		if got := len(GroupRelated(tt.in, tt.close)); got != tt.want {
			t.Errorf("%s: GroupRelated = %d alignments, want %d", tt.name, got, tt.want)
		}
	}
}

// TestCloseReportsAnswerOnce: two close reports of one vote each give
// the winner's share once, in sentences that share no word: one fact,
// set against each other. Not so when a report gives two shares (whose
// is whose is for the words to say), when the reports are not close, or
// when both sentences name participants and none in common.
func TestCloseReportsAnswerOnce(t *testing.T) {
	const key = "quantity/election/%"
	a := claim("d1", key, "54.3 %", "", "#|orrowby", "@ilse varga", "won", "ballot", "mayor", "unseat", "long", "serv", "schoolteach", "~election")
	b := claim("d2", key, "51.8 %", "", "@ilse varga", "took", "vote", "cast", "end", "term", "head", "citi", "administr", "~election")
	other := claim("d2", key, "40 %", "", "@tam bey", "rival", "second", "~election")
	stranger := claim("d2", key, "51.8 %", "", "@tam bey", "took", "vote", "cast", "end", "term", "head", "citi", "administr", "~election")
	checkGroupRelated(t, []relatedCase{
		{"once each, close", []compare.Claim{a, b}, everyClose, 1},
		{"once each, not close", []compare.Claim{a, b}, noneClose, 2},
		{"once each, no relation", []compare.Claim{a, b}, nil, 2},
		{"twice in one", []compare.Claim{a, b, other}, everyClose, 3},
		{"no participant in common", []compare.Claim{a, stranger}, everyClose, 2},
	})
	// A count of people of no kind is no one question, however close the
	// reports.
	people := []compare.Claim{claim("d1", "count/person", "340", "", "employ", "site"), claim("d2", "count/person", "600", "", "shelter", "night")}
	if got := len(GroupRelated(people, everyClose)); got != 2 {
		t.Errorf("counts of people: GroupRelated = %d alignments, want 2", got)
	}
}

// TestCloseReportsAgeOfOneHolder: two close reports each give the
// driver's age once: one fact. The driver's age and the captain's are
// two, however close the reports.
func TestCloseReportsAgeOfOneHolder(t *testing.T) {
	age := func(doc, value, question string, terms ...string) compare.Claim {
		c := claim(doc, "age", value, "", terms...)
		c.Kind, c.Question = compare.Time, question
		return c
	}
	driver := age("d1", "P52Y", "How old is the driver?", "driver", "coach", "swerv", "road", "hospital", "night")
	for _, tt := range []struct {
		other compare.Claim
		want  int
	}{
		{age("d2", "P58Y", "How old is the driver?", "driver", "licenc", "held", "thirty", "year", "firm"), 1},
		{age("d2", "P58Y", "How old is the captain?", "captain", "licenc", "held", "thirty", "year", "firm"), 2},
	} {
		if got := len(GroupRelated([]compare.Claim{driver, tt.other}, everyClose)); got != tt.want {
			t.Errorf("%s: GroupRelated = %d alignments, want %d", tt.other.Question, got, tt.want)
		}
	}
}

// TestCloseReportsMonthsAreNoOneDay: a month or a year is too long a
// time to be one event's, however close the reports.
func TestCloseReportsMonthsAreNoOneDay(t *testing.T) {
	at := func(doc, value string, terms ...string) compare.Claim {
		return timeClaim(doc, "time/meeting", value, "", terms...)
	}
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"2031-03-02", "2031-03-04", 1},
		{"2031-03", "2031-10", 2},
		{"2031", "2031-10-04", 2},
	} {
		in := []compare.Claim{at("d1", tt.a, "envoy", "arriv", "capit"), at("d2", tt.b, "round", "ended", "split")}
		if got := len(GroupRelated(in, everyClose)); got != tt.want {
			t.Errorf("%s and %s: GroupRelated = %d alignments, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestCloseReportsDayOfAVerb: the day of an event no class covers, that
// two close reports each give once ("the first case was confirmed on
// February 3", "confirmed its first case on January 27"), is one
// question, though two such days only agree when their reports are not
// known to be close.
func TestCloseReportsDayOfAVerb(t *testing.T) {
	at := func(doc, value string, terms ...string) compare.Claim {
		return timeClaim(doc, "time/v-confirm", value, "", terms...)
	}
	in := []compare.Claim{at("d1", "2031-02-03", "first", "case", "clinic"), at("d2", "2031-01-27", "outbreak", "school", "pupil")}
	checkGroupRelated(t, []relatedCase{
		{"close", in, everyClose, 1},
		{"not close", in, noneClose, 2},
	})
}

// TestADayAndAnHourOfItAreOneAnswer: a report that gives the day of an
// event and the hour of that day answers when once; one that gives two
// days answers twice.
func TestADayAndAnHourOfItAreOneAnswer(t *testing.T) {
	at := func(doc, value string) compare.Claim {
		return timeClaim(doc, "time/disaster", value, "")
	}
	cs := []compare.Claim{at("d1", "2031-03-02"), at("d1", "2031-03-02T05:00"), at("d2", "2031-03-02"), at("d2", "2031-03-03")}
	idx := []int{0, 1, 2, 3}
	ps := prepare(cs, idx)
	markAlone(cs, idx, ps)
	for p, want := range []bool{true, true, false, false} {
		if ps[p].alone != want {
			t.Errorf("%s %s: alone = %v, want %v", cs[p].Doc, cs[p].Value, ps[p].alone, want)
		}
	}
}

// TestADayAndItsHourJoinOneGroup: a report that gives the day of a crash
// and, in another sentence, its hour, answers when once: both join the
// other report's hour, so that the two hours are set against each other.
// A month and a day in it stay two answers.
func TestADayAndItsHourJoinOneGroup(t *testing.T) {
	at := func(doc, value string, terms ...string) compare.Claim {
		return timeClaim(doc, "time/accident", value, "", terms...)
	}
	words := []string{"#|tarrow", "train", "derail", "bend", "carriag"}
	in := []compare.Claim{
		at("d1", "2031-03-02T06:00", words...),
		at("d2", "2031-03-02", words...),
		at("d2", "2031-03-02T07:40", words...),
	}
	if got := len(Group(in)); got != 1 {
		t.Errorf("a day and its hour: Group = %d alignments, want 1", got)
	}
	in[1].Value = "2031-03"
	if got := len(Group(in)); got != 2 {
		t.Errorf("a month and a day in it: Group = %d alignments, want 2", got)
	}
}

// TestCloseReportsCountOneThingAtTwoLevels: one report counts ships, a
// close report of the same story vessels, each once: one question, the
// ships asked as vessels (and houses as homes). Not when a report counts
// both, when the reports are not close (close reports name something in
// common), or when a count is vague.
func TestCloseReportsCountOneThingAtTwoLevels(t *testing.T) {
	ships := claim("d1", "count/ship", "40", "", "#|port ellis", "@harbour board", "anchor", "offshore", "wait", "berth")
	vessels := claim("d2", "count/vessel", "35", "", "#|port ellis", "@harbour board", "queue", "harbour", "strike", "dock")
	checkGroupRelated(t, []relatedCase{
		{"once each, close", []compare.Claim{ships, vessels}, everyClose, 1},
		{"once each, not close", []compare.Claim{ships, vessels}, noneClose, 2},
		// The ships stay alone; the two reports' vessels are one question.
		{"both counted in one", []compare.Claim{ships, vessels, claim("d1", "count/vessel", "60", "", "anchor")}, everyClose, 2},
		{"a vague count", []compare.Claim{claim("d1", "count/ship", "~24-99", "", "anchor"), vessels}, everyClose, 2},
		// The broader sense of a house is "dwelling, home, domicile".
		{"a word of the broader sense", []compare.Claim{claim("d1", "count/house", "30", "", "#|lowmoor", "#|river tane", "flood"), claim("d2", "count/home", "50", "", "#|lowmoor", "#|river tane", "swept")}, everyClose, 1},
		// A crewman is a member of a crew: "eleven crew members" and
		// "11 crew" count one thing.
		{"a member of a body", []compare.Claim{claim("d1", "count/crewman", "11", "", "#|skerry", "@coastguard", "rescu"), claim("d2", "count/crew", "12", "", "#|skerry", "@coastguard", "saved")}, everyClose, 1},
		{"a member of a body, not close", []compare.Claim{claim("d1", "count/crewman", "11", "", "rescu"), claim("d2", "count/crew", "12", "", "saved")}, noneClose, 2},
		// Close reports name two things in common at least; reports
		// that name fewer alike are not asked.
		{"one name in common", []compare.Claim{claim("d1", "count/crewman", "11", "", "#|skerry", "@coastguard", "rescu"), claim("d2", "count/crew", "12", "", "#|skerry", "saved")}, everyClose, 2},
	})
}

// TestCloseReportsCountPeople: a report that counts passengers once and
// a close report that counts people once ask one question, however far
// up WordNet "people" is; not when the first report also counts another
// kind of person, which the second's people may be.
func TestCloseReportsCountPeople(t *testing.T) {
	passengers := claim("d1", "count/passenger", "230", "", "#|halden", "@nordrail", "train", "derail", "board")
	people := claim("d2", "count/person", "250", "", "#|halden", "@nordrail", "train", "crash", "aboard")
	checkGroupRelated(t, []relatedCase{
		{"once each, close", []compare.Claim{passengers, people}, everyClose, 1},
		{"once each, not close", []compare.Claim{passengers, people}, noneClose, 2},
		{"another kind of person", []compare.Claim{passengers, claim("d1", "count/nurse", "12", "", "hospital"), people, claim("d2", "count/nurse", "12", "", "hospital")}, everyClose, 3},
	})
}

// TestCloseReportsNameOneJudge: close reports of one trial that each name
// one judge, not the same, answer one question, as do reports that each
// name the head of one body. Spokesmen are many at once, a deputy is
// another office, and a report that names two judges says neither is the
// one.
func TestCloseReportsNameOneJudge(t *testing.T) {
	who := func(doc, role, name string, terms ...string) compare.Claim {
		return compare.Claim{Doc: doc, Key: "who", Kind: compare.Name, Question: "Who is the " + role + "?", Value: name, Terms: terms}
	}
	a := who("d1", "Judge", "Ines Marr", "@ines marr", "sentenc", "fraud")
	b := who("d2", "judge", "Tove Lind", "@tove lind", "jail", "court")
	checkGroupRelated(t, []relatedCase{
		{"one judge each, close", []compare.Claim{a, b}, everyClose, 1},
		{"one judge each, not close", []compare.Claim{a, b}, noneClose, 2},
		{"spokesmen", []compare.Claim{who("d1", "spokesman", "Ines Marr", "@ines marr"), who("d2", "spokesman", "Tove Lind", "@tove lind")}, everyClose, 2},
		{"two judges in one", []compare.Claim{a, who("d1", "judge", "Pia Holm", "@pia holm"), b}, everyClose, 3},
		// The head of a body, called by two words of one office.
		{"the zoo's director", []compare.Claim{who("d1", "zoo director", "Ines Marr", "@ines marr"), who("d2", "zoo chief", "Tove Lind", "@tove lind")}, everyClose, 1},
		{"a head and a deputy", []compare.Claim{who("d1", "zoo director", "Ines Marr", "@ines marr"), who("d2", "deputy director", "Tove Lind", "@tove lind")}, everyClose, 2},
	})
}

// TestCloseReportsNameWhatTheyMeasure: close reports that each give the
// litres of one named solvent once are one fact, though one sentence
// names the plant it leaked from and the other the river it entered.
// Litres of nothing named in sentences of different places are not.
func TestCloseReportsNameWhatTheyMeasure(t *testing.T) {
	plant := claim("d1", "count/liter/l", "~9000 l", "", "%solvent", "@tarn chemie", "leak")
	river := claim("d2", "count/liter/l", "~15000 l", "", "%solvent", "#|river ostra", "pour")
	checkGroupRelated(t, []relatedCase{
		{"both named", []compare.Claim{plant, river}, everyClose, 1},
		{"not named", []compare.Claim{claim("d1", "count/liter/l", "~9000 l", "", "@tarn chemie", "leak"), claim("d2", "count/liter/l", "~15000 l", "", "#|river ostra", "pour")}, everyClose, 2},
	})
}

// TestAVagueFigureIsNoSecondAnswer: a report whose headline fears
// "dozens" dead and whose story gives "at least 17" answers the toll
// once; the vague figure answers nothing alone.
func TestAVagueFigureIsNoSecondAnswer(t *testing.T) {
	cs := []compare.Claim{claim("d1", "quantity/death/count", "~24-99", ""), claim("d1", "quantity/death/count", ">=17", ""), claim("d2", "quantity/death/count", "21", "")}
	idx := []int{0, 1, 2}
	ps := prepare(cs, idx)
	markAlone(cs, idx, ps)
	for p, want := range []bool{false, true, true} {
		if ps[p].alone != want {
			t.Errorf("%s %s: alone = %v, want %v", cs[p].Doc, cs[p].Value, ps[p].alone, want)
		}
	}
}

// TestTollsOfEventsDatedApart: a report's toll of an earlier crash ("a
// similar crash in 2019 killed nine") shares more words with another
// report's toll of today's crash than today's toll in its own report
// does; the times their sentences give say the earlier crash's toll is
// another question.
func TestTollsOfEventsDatedApart(t *testing.T) {
	timed := func(doc, value string, at int, words ...string) compare.Claim {
		c := timeClaim(doc, "time/accident", value, "", words...)
		return inSentenceAt(c, at)
	}
	in := []compare.Claim{
		inSentenceAt(claim("d1", "quantity/death/count", "17", "", "coach", "plunged", "ravine", "officials"), 0),
		timed("d1", "2031-11-09", 0, "coach", "plunged", "ravine", "officials"),
		inSentenceAt(claim("d1", "quantity/death/count", "9", "", "coach", "killed", "people", "pass", "road", "crash"), 100),
		timed("d1", "2019", 100, "coach", "killed", "people", "pass", "road", "crash"),
		inSentenceAt(claim("d2", "quantity/death/count", "23", "", "coach", "killed", "people", "pass", "road", "gorge"), 0),
		timed("d2", "2031-11-09", 0, "coach", "killed", "people", "pass", "road", "gorge"),
	}
	var got []string
	for _, g := range groups(GroupRelated(in, everyClose)) {
		if slices.Contains(g, "d2:23") {
			got = g
		}
	}
	want := []string{"d1:17", "d2:23"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("toll groups mismatch (-want +got):\n%s", diff)
	}
}

// TestCloseReportsTellOneMomentByTwoVerbs: a report that dates when a
// leak was detected and a close report that dates when it was
// discovered, each once, ask one question (the verbs share their usual
// sense in WordNet); not when the reports are not close, when one also
// dates the other verb's event, nor for verbs of different senses.
func TestCloseReportsTellOneMomentByTwoVerbs(t *testing.T) {
	detected := timeClaim("d1", "time/v-detect", "2031-03-02", "", "#|orvik", "@orvik water", "leak")
	discovered := timeClaim("d2", "time/v-discover", "2031-03-09", "", "#|orvik", "@orvik water", "leak")
	checkGroupRelated(t, []relatedCase{
		{"once each, close", []compare.Claim{detected, discovered}, everyClose, 1},
		{"once each, not close", []compare.Claim{detected, discovered}, noneClose, 2},
		{"both verbs in one", []compare.Claim{detected, discovered, timeClaim("d2", "time/v-detect", "2031-03-10", "", "#|orvik", "@orvik water", "pump")}, everyClose, 2},
		{"other senses", []compare.Claim{detected, timeClaim("d2", "time/v-repair", "2031-03-09", "", "#|orvik", "@orvik water", "leak")}, everyClose, 2},
	})
}
