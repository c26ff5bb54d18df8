package eval

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/google/go-cmp/cmp"
)

const tmlSample = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T18:30:00" functionInDocument="CREATION_TIME">01/08/1998</TIMEX3></DCT>
<TEXT>Über <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; <TIMEX3 tid="t2" type="DATE" value="1998-W02"><TIMEX3 tid="t3" type="DATE">this</TIMEX3> week</TIMEX3><!-- a comment --><![CDATA[ <raw> ]]><X>x</X><TIMEX3 value="P1D">a day</TIMEX3></TEXT>
</TimeML>`

func TestReadTimeML(t *testing.T) {
	got, err := readTimeML("s.tml", []byte(tmlSample))
	if err != nil {
		t.Fatalf("readTimeML: %v", err)
	}
	want := timemlDoc{
		text: "Über yesterday & this week <raw> xa day",
		dct:  "1998-01-08",
		// In characters: "Über " is 5, though 6 bytes. The nested TIMEX3
		// comes before the one around it, as timeml.py appends them.
		gold: []timex{
			{start: 5, end: 14, typ: "DATE", value: "1998-01-07", hasType: true, hasValue: true},
			{start: 17, end: 21, typ: "DATE", hasType: true},
			{start: 17, end: 26, typ: "DATE", value: "1998-W02", hasType: true, hasValue: true},
			{start: 34, end: 39, value: "P1D", hasValue: true},
		},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(timemlDoc{}, timex{})); diff != "" {
		t.Errorf("readTimeML mismatch (-want +got):\n%s", diff)
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"unclosed", "<TimeML>\n<TEXT>a <TIMEX3>b</TEXT>\n</TimeML>", "x.tml:2:"},
		{"no text", "<TimeML><DCT/></TimeML>", "x.tml: no <TEXT> element"},
		{"text is the root", "<TEXT>a</TEXT>", "x.tml: no <TEXT> element"},
		{"entity", "<TimeML><TEXT>&nbsp;</TEXT></TimeML>", "x.tml:1:"},
		{"two roots", "<TimeML><TEXT/></TimeML><TimeML/>", "x.tml: more than one root"},
		{"empty", "", "x.tml: no root element"},
	} {
		_, err := readTimeML("x.tml", []byte(tt.in))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("readTimeML(%s) error = %v, want prefix %q", tt.name, err, tt.want)
		}
	}
}

func TestMatchTimes(t *testing.T) {
	text := "On Monday, 2 March and later that week, nothing."
	//       0123456789012345678901234567890123456789
	gold := []timex{
		{start: 3, end: 9, typ: "DATE", value: "2006-03-06", hasType: true, hasValue: true},   // Monday
		{start: 11, end: 18, typ: "DATE", value: "2006-03-02", hasType: true, hasValue: true}, // 2 March
		{start: 23, end: 38, typ: "DATE", value: "2006-W10", hasType: true, hasValue: true},   // later that week
		{start: 40, end: 47, typ: "DATE", value: "PAST_REF", hasType: true, hasValue: true},   // nothing (missed)
	}
	sys := []timex{
		{start: 2, end: 9, typ: "DATE", value: "2006-03-06", hasType: true, hasValue: true},   // " Monday": strict after strip
		{start: 11, end: 13, typ: "DATE", value: "XXXX-XX-02", hasType: true, hasValue: true}, // "2 ": overlaps, wrong value
		{start: 13, end: 18, typ: "TIME", value: "2006-03-02", hasType: true, hasValue: true}, // "March": last overlapping wins
		{start: 29, end: 38, typ: "DATE", value: "2006-W10", hasType: true, hasValue: true},   // "that week"
		{start: 0, end: 2, typ: "", value: "x", hasValue: true},                               // unmatched
	}
	got := matchTimes("m", text, gold, sys)
	want := timemlFile{g: 4, s: 5, relaxed: 3, strict: 1, typ: 2, val: 3}
	got.notes = nil
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(timemlFile{})); diff != "" {
		t.Errorf("matchTimes mismatch (-want +got):\n%s", diff)
	}
}

func TestTimeMLFixture(t *testing.T) {
	s, err := TimeML(context.Background(), "testdata/timeml")
	if err != nil {
		t.Fatalf("TimeML: %v", err)
	}
	// b.tml's DCT is no date: claimdiff refuses it, and its gold does
	// not count.
	if s.FilesError != 1 || s.Gold != 2 {
		t.Errorf("TimeML(testdata/timeml): files_error %d, gold %d, want 1, 2", s.FilesError, s.Gold)
	}
	if len(s.Failures) != 1 || !strings.HasPrefix(s.Failures[0], "b.tml: ") {
		t.Errorf("TimeML(testdata/timeml) failures = %q, want one for b.tml", s.Failures)
	}
	for _, f := range s.Fields() {
		if v, ok := f.Value.(float64); ok && (v < 0 || v > 1) {
			t.Errorf("TimeML(testdata/timeml): %s = %v, want 0..1", f.Key, v)
		}
	}
	if _, err := TimeML(context.Background(), "testdata/none"); err == nil {
		t.Errorf("TimeML(testdata/none): no error")
	}
}

func TestReadPairs(t *testing.T) {
	data := "{\"id\":1,\"premise\":\"a\",\"hypothesis\":\"b\",\"label\":\"contradiction\"}\r\n\n  \r" +
		"{\"id\":2,\"premise\":\"c\",\"hypothesis\":\"d\",\"label\":7}\n"
	got, err := readPairs("p.jsonl", []byte(data))
	if err != nil {
		t.Fatalf("readPairs: %v", err)
	}
	want := []pair{{"a", "b", true}, {"c", "d", false}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(pair{})); diff != "" {
		t.Errorf("readPairs mismatch (-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ in, want string }{
		{"\n{\"id\":1,\"premise\":\"a\",\"hypothesis\":\"b\"", "p.jsonl:2: want a JSON object"},
		{"{\"id\":1,\"hypothesis\":\"b\",\"label\":\"x\"}", `p.jsonl:1: no "premise"`},
		{"{\"id\":1,\"Premise\":\"a\",\"hypothesis\":\"b\",\"label\":\"x\"}", `p.jsonl:1: no "premise"`},
		{"{\"id\":1,\"premise\":2,\"hypothesis\":\"b\",\"label\":\"x\"}", `p.jsonl:1: "premise": want a string`},
		{"{\"premise\":\"a\",\"hypothesis\":\"b\",\"label\":\"x\"}", `p.jsonl:1: no "id"`},
		{"{\"id\":1,\"premise\":\"a\",\"hypothesis\":\"b\"}", `p.jsonl:1: no "label"`},
		{"[1]", "p.jsonl:1: want a JSON object"},
		{"\n\n\xff", "p.jsonl:3: invalid UTF-8"},
	} {
		_, err := readPairs("p.jsonl", []byte(tt.in))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("readPairs(%q) error = %v, want prefix %q", tt.in, err, tt.want)
		}
	}
}

func TestPairsFixture(t *testing.T) {
	ctx := context.Background()
	all, err := Pairs(ctx, "testdata/pairs.jsonl", PairsOptions{})
	if err != nil {
		t.Fatalf("Pairs: %v", err)
	}
	// The pair with a blank premise cannot be compared.
	if all.Pairs != 5 || all.Errors != 1 || all.TP+all.FP+all.FN+all.TN != 4 || all.TP+all.FN != 2 {
		t.Errorf("Pairs(testdata/pairs.jsonl) = %+v, want 5 pairs, 1 error, 2 contradictions among 4", all)
	}
	num, err := Pairs(ctx, "testdata/pairs.jsonl", PairsOptions{Filter: "numeric"})
	if err != nil || num.Pairs != 1 {
		t.Errorf("Pairs(numeric) = %+v, %v, want 1 pair (seven/nine; \"one\" in Someone does not count)", num, err)
	}
	lim, err := Pairs(ctx, "testdata/pairs.jsonl", PairsOptions{Limit: 2})
	if err != nil || lim.Pairs != 2 || lim.Errors != 0 {
		t.Errorf("Pairs(limit 2) = %+v, %v, want 2 pairs, no error", lim, err)
	}
	for _, opt := range []PairsOptions{{Filter: "words"}, {Limit: -1}} {
		if _, err := Pairs(ctx, "testdata/pairs.jsonl", opt); err == nil {
			t.Errorf("Pairs(%+v): no error", opt)
		}
	}
	if _, err := Pairs(ctx, "testdata/none.jsonl", PairsOptions{}); err == nil || !strings.Contains(err.Error(), "none.jsonl") {
		t.Errorf("Pairs(none.jsonl) error = %v, want one naming the file", err)
	}
}

// TestComparePairSameAsFiles checks that comparing a pair in memory gives
// the report pipeline.Compare gives on the two files pairs.py writes.
func TestComparePairSameAsFiles(t *testing.T) {
	for _, p := range []pair{
		{"Seven hikers died in the avalanche on Sunday.", "Nine hikers died in the avalanche on Sunday.", true},
		{"The summit was last held in March 2011.", "The summit was last held three years ago in 2008.", true},
		{"About 300 people attended the rally in Paris.", "Nearly 290 people went to the rally in Paris.", false},
		{"There is no horse grazing.", "Two horses are grazing.", true},
	} {
		dir := t.TempDir()
		a, b := filepath.Join(dir, premiseName), filepath.Join(dir, hypothesisName)
		if err := os.WriteFile(a, []byte(p.premise+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(b, []byte(p.hypothesis+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		want, err := pipeline.Compare(context.Background(), []string{a, b}, pipeline.Options{})
		if err != nil {
			t.Fatalf("pipeline.Compare(%q): %v", p.premise, err)
		}
		got, err := comparePair(p)
		if err != nil {
			t.Fatalf("comparePair(%q): %v", p.premise, err)
		}
		for _, d := range want.Documents {
			d.Path = filepath.Base(d.Path)
		}
		opt := cmp.AllowUnexported(compare.Document{})
		if diff := cmp.Diff(want, got, opt); diff != "" {
			t.Errorf("comparePair(%q) differs from pipeline.Compare on files (-files +memory):\n%s", p.premise, diff)
		}
	}
}

func TestScoreCluster(t *testing.T) {
	g, err := readGold("testdata/corpus/quake/gold.yaml")
	if err != nil {
		t.Fatalf("readGold: %v", err)
	}
	text1 := "Officials said 12 people were killed in the quake. The mayor, Maria Lind, asked."
	text2 := "He said 15 people were killed in the quake. Maria Lind, the mayor, asked."
	d1 := &compare.Document{ID: "d1", Path: "x/north.txt", Text: []byte(text1)}
	d2 := &compare.Document{ID: "d2", Path: "x/south.txt", Text: []byte(text2)}
	claim := func(d *compare.Document, sentence, value string) compare.Claim {
		i := strings.Index(string(d.Text), sentence)
		return compare.Claim{Doc: d.ID, Sentence: compare.Span{Start: i, End: i + len(sentence)}, Value: value}
	}
	deaths1 := claim(d1, "Officials said 12 people were killed in the quake.", "12")
	deaths2 := claim(d2, "He said 15 people were killed in the quake.", "15")
	mayor1 := claim(d1, "The mayor, Maria Lind, asked.", "Maria Lind")
	mayor2 := claim(d2, "Maria Lind, the mayor, asked.", "M. Lind")
	r := &compare.Report{
		Documents: []*compare.Document{d1, d2},
		Alignments: []compare.Alignment{
			{Claims: []compare.Claim{deaths1, deaths2}, Verdict: compare.Verdict{Outcome: compare.Conflict}},
			// Covers the mayor agreement, but is reported a conflict: false.
			{Claims: []compare.Claim{mayor1, mayor2}, Verdict: compare.Verdict{Outcome: compare.Conflict}},
			// One document only: not counted.
			{Claims: []compare.Claim{deaths1}, Verdict: compare.Verdict{Outcome: compare.Agree}},
			{Claims: []compare.Claim{mayor1, mayor2}, Verdict: compare.Verdict{Outcome: compare.Agree}},
		},
	}
	got := scoreCluster("quake", g, r)
	// deaths: a conflict found, values 12 and 15 both shown; mayor: an
	// agreement found, "M. Lind" close enough to "Maria Lind" (ratio
	// 0.82); day: missed.
	want := cluster{gc: 1, gcFound: 1, rc: 2, rcTP: 1, ga: 2, gaFound: 1, ra: 1, raTP: 1, vm: 2, vok: 2,
		notes: []string{"  false conflict quake:  ['Maria Lind', 'M. Lind']", "  missed agreement quake/day"}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(cluster{})); diff != "" {
		t.Errorf("scoreCluster mismatch (-want +got):\n%s", diff)
	}
}

func TestValueOK(t *testing.T) {
	paths := map[string]string{"d1": "c/a.txt", "d2": "c/b.txt"}
	al := &compare.Alignment{Claims: []compare.Claim{
		{Doc: "d1", Value: "2007-12", Display: "December 2007"},
		{Doc: "d2", Value: "1,200", Display: "1,200 people"},
	}}
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2007", "1200", true},
		{"2007-12", "1,200", true},
		{"2008", "1200", false},
		{"December 2007", "about 1200", true},
		{"december 2007", "120", false},
		{"2007", "people", true}, // contained in "1200 1200 people"
	} {
		g := &goldClaim{Answers: []goldAnswer{
			{File: scalar{Str: "a.txt", IsStr: true}, Value: scalar{Str: tt.a}},
			{File: scalar{Str: "b.txt", IsStr: true}, Value: scalar{Str: tt.b}},
		}}
		if got := valueOK(al, g, paths); got != tt.want {
			t.Errorf("valueOK(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCorpusFixture(t *testing.T) {
	s, err := Corpus(context.Background(), "testdata/corpus")
	if err != nil {
		t.Fatalf("Corpus: %v", err)
	}
	// broken's second article is missing; notes has no gold.yaml.
	if s.Clusters != 2 || s.Errors != 1 || s.GoldConflicts != 1 || s.GoldAgreements != 2 {
		t.Errorf("Corpus(testdata/corpus) = %+v, want 2 clusters, 1 error, 1 gold conflict, 2 gold agreements", s)
	}
	if len(s.Failures) != 1 || !strings.HasPrefix(s.Failures[0], "broken: no report") {
		t.Errorf("Corpus(testdata/corpus) failures = %q, want one for broken", s.Failures)
	}
	_, err = Corpus(context.Background(), "testdata/badgold")
	var ie *compare.InputError
	if !errors.As(err, &ie) || ie.Path != "testdata/badgold/c/gold.yaml" || ie.Line != 8 || !strings.Contains(err.Error(), `claim "no-answers" has no answers`) {
		t.Errorf("Corpus(testdata/badgold) error = %v, want testdata/badgold/c/gold.yaml:8 naming the claim", err)
	}
}

func TestReadGoldErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"documents: [", "g.yaml:1:12: sequence end token"},
		{"claims: []", "g.yaml: no documents"},
		{"documents:\n  - file: [a]\n", "g.yaml:2:"},
		{"documents:\n  - file: a.txt\nclaims:\n  - verdict: agree\n    answers:\n      - {file: a.txt, value: 1}\n", `g.yaml:6: claim 1, answer 1: want a quote`},
		{"documents:\n  - file: a.txt\nclaims:\n  - verdict: agree\n    answers:\n      - {file: a.txt, quote: q}\n", `g.yaml:6: claim 1, answer 1: no value`},
		{"documents:\n  - file: a.txt\nclaims:\n  - verdict: agree\n    answers: []\n", `g.yaml:4: claim 1 has no answers`},
	} {
		path := filepath.Join(t.TempDir(), "g.yaml")
		if err := os.WriteFile(path, []byte(tt.in), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := readGold(path)
		if err == nil || !strings.HasPrefix(strings.TrimPrefix(err.Error(), filepath.Dir(path)+"/"), tt.want) {
			t.Errorf("readGold(%q) error = %v, want prefix %q", tt.in, err, tt.want)
		}
	}
}
