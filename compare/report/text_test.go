package report

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// render returns l as emit writes it without wrapping.
func render(opt Options, l *line) string {
	opt.Width = 0
	var sb strings.Builder
	tw := newTermWriter(&sb, opt)
	tw.emit("", "", l)
	return strings.TrimSuffix(written(tw, &sb), "\n")
}

func TestSentenceLine(t *testing.T) {
	const text = "Officials said   nine\npeople were hurt in the fire."
	d := compare.NewDocument("x.txt", []byte(text))
	sentence := compare.Span{Start: 0, End: len(text)}
	span := func(s string) compare.Span {
		i := strings.Index(text, s)
		return compare.Span{Start: i, End: i + len(s)}
	}
	rng := func(s string) byteRange {
		i := strings.Index(text, s)
		return byteRange{i, i + len(s)}
	}
	for _, tt := range []struct {
		name     string
		evidence compare.Span
		changed  []byteRange
		m        mark
		color    bool
		want     string
	}{
		{"evidence only", span("nine\npeople"), nil, deletedMark, false,
			"Officials said «nine people» were hurt in the fire."},
		{"change inside evidence", span("nine\npeople"), []byteRange{rng("nine")}, deletedMark, false,
			"Officials said «[-nine-] people» were hurt in the fire."},
		{"change across evidence edge", span("nine"), []byteRange{rng("said   nine")}, insertedMark, false,
			"Officials {+said+} «{+nine+}» people were hurt in the fire."},
		{"two changes", span("fire"), []byteRange{rng("Officials"), rng("hurt in")}, deletedMark, false,
			"[-Officials-] said nine people were [-hurt in-] the «fire»."},
		{"empty evidence", compare.Span{Start: 3, End: 3}, nil, deletedMark, false,
			"Officials said nine people were hurt in the fire."},
		{"evidence outside sentence is clipped", compare.Span{Start: len(text) - 5, End: len(text) + 10}, nil, deletedMark, false,
			"Officials said nine people were hurt in the «fire.»"},
		{"colour", span("nine"), []byteRange{rng("nine\npeople")}, insertedMark, true,
			"Officials said \x1b[1;32mnine\x1b[0m \x1b[32mpeople\x1b[0m were hurt in the fire."},
	} {
		c := &compare.Claim{Sentence: sentence, Evidence: tt.evidence}
		opt := Options{Color: tt.color}
		got := render(opt, sentenceLine(opt, d, c, tt.changed, tt.m))
		if got != tt.want {
			t.Errorf("%s: sentenceLine(…) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestEmitWrap(t *testing.T) {
	for _, tt := range []struct {
		width       int
		first, hang string
		text        string
		want        string
	}{
		{0, "> ", "  ", "one two three", "> one two three\n"},
		{10, "> ", "  ", "one two three four", "> one two\n  three\n  four\n"},
		{12, "", "    ", "aaaa bbbb cccc", "aaaa bbbb\n    cccc\n"},
		// A word longer than the width has a line of its own, uncut.
		{6, "", "  ", "a verylongword b", "a\n  verylongword\n  b\n"},
		// Spaces at a break vanish; spaces inside a line stay.
		{9, "", "", "ab  cd    ef", "ab  cd\nef\n"},
		{20, "", "", "  trimmed  ", "trimmed\n"},
		{5, "", "", "", "\n"},
	} {
		var sb strings.Builder
		tw := newTermWriter(&sb, Options{Width: tt.width})
		tw.emit(tt.first, tt.hang, new(line).lit(0, tt.text))
		if got := written(tw, &sb); got != tt.want {
			t.Errorf("emit(%q, %q, %q) at width %d = %q, want %q", tt.first, tt.hang, tt.text, tt.width, got, tt.want)
		}
	}
}

func TestEmitColorWrap(t *testing.T) {
	var sb strings.Builder
	tw := newTermWriter(&sb, Options{Width: 8, Color: true})
	tw.emit("", "", new(line).lit(red, "abc def").lit(0, " gh"))
	want := "\x1b[31mabc def\x1b[0m\n" + "gh\n"
	if got := written(tw, &sb); got != want {
		t.Errorf("emit(red %q) at width 8 = %q, want %q (escape sequences take no width)", "abc def gh", got, want)
	}
}

func TestTextSanitizes(t *testing.T) {
	l := new(line).text(0, "evil\x1b[2J title\r\nwith\ttabs\x00")
	if got, want := render(Options{}, l), "evil\uFFFD[2J title with tabs\uFFFD"; got != want {
		t.Errorf("line.text(control characters) = %q, want %q", got, want)
	}
}

func TestDateLine(t *testing.T) {
	for _, tt := range []struct {
		published, from, want string
	}{
		{"", compare.FromNone, "publication date unknown"},
		{"2006-03-02", compare.FromHeader, "published 2006-03-02 (from header line)"},
		{"2014-10", compare.FromFlag, "published 2014-10 (given on the command line)"},
		{"2014", compare.FromNone, "published 2014"},
		{"2014", "carrier pigeon", "published 2014 (from carrier pigeon)"},
	} {
		d := &compare.Document{Published: tt.published, PublishedFrom: tt.from}
		if got := dateLine(d); got != tt.want {
			t.Errorf("dateLine(Published %q, PublishedFrom %q) = %q, want %q", tt.published, tt.from, got, tt.want)
		}
	}
}

// TestTextOrder checks the grouping without a golden file: conflicts,
// then agreements, then unique claims, each in the report's order.
func TestTextOrder(t *testing.T) {
	r, _ := fixture(t)
	var buf bytes.Buffer
	if err := Text(&buf, r, Options{Agreements: AgreementsAll, Unique: true}); err != nil {
		t.Fatalf("Text: %v", err)
	}
	var got []string
	for _, l := range strings.Split(buf.String(), "\n") {
		for _, label := range []string{"CONFLICT", "AGREE", "UNIQUE"} {
			if strings.HasPrefix(l, label+"  ") {
				got = append(got, l)
			}
		}
	}
	want := []string{
		"CONFLICT  How many passengers were rescued?",
		"AGREE  Where did the ferry run aground?",
		"AGREE  When did the ferry run aground?",
		"UNIQUE  2 questions answered by one document only (2 claims)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Text(fixture) section order mismatch (-want +got):\n%s", diff)
	}
	if !strings.HasSuffix(buf.String(), "\n3 documents, 9 claims: 1 conflict, 0 updates, 2 agreements, 2 unique\n") {
		t.Errorf("Text(fixture) does not end with the summary line:\n%s", buf.String())
	}
}

// TestTextShortByDefault checks that by default agreements take a line
// each, unique claims are only counted, and --agreements=none hides
// agreements.
func TestTextShortByDefault(t *testing.T) {
	r, _ := fixture(t)
	for _, tt := range []struct {
		opt          Options
		want, absent []string
	}{
		{Options{}, []string{"AGREE  2 questions answered alike", "Where did the ferry run aground?  ", "(listed with --unique)"}, []string{"UNIQUE", "AGREE  Where"}},
		{Options{Agreements: AgreementsNone}, []string{"CONFLICT  "}, []string{"AGREE", "UNIQUE"}},
	} {
		var buf bytes.Buffer
		if err := Text(&buf, r, tt.opt); err != nil {
			t.Fatalf("Text(%+v): %v", tt.opt, err)
		}
		for _, w := range tt.want {
			if !strings.Contains(buf.String(), w) {
				t.Errorf("Text(%+v) lacks %q:\n%s", tt.opt, w, buf.String())
			}
		}
		for _, a := range tt.absent {
			if strings.Contains(buf.String(), a) {
				t.Errorf("Text(%+v) has %q:\n%s", tt.opt, a, buf.String())
			}
		}
	}
}

func TestTextWidthRespected(t *testing.T) {
	r, xs := fixture(t)
	for _, width := range []int{40, 60, 100} {
		var buf bytes.Buffer
		if err := Text(&buf, r, Options{Width: width}); err != nil {
			t.Fatalf("Text(width %d): %v", width, err)
		}
		if err := ExtractText(&buf, xs, Options{Width: width}); err != nil {
			t.Fatalf("ExtractText(width %d): %v", width, err)
		}
		for _, l := range strings.Split(buf.String(), "\n") {
			if n := utf8.RuneCountInString(l); n > width && strings.Contains(strings.TrimSpace(l), " ") {
				t.Errorf("Text(width %d) wrote a line of %d runes that could have been wrapped: %q", width, n, l)
			}
		}
	}
}

func TestSummaryPlurals(t *testing.T) {
	d := compare.NewDocument("a.txt", []byte("One ship sank."))
	d.ID = "d1"
	r := &compare.Report{Documents: []*compare.Document{d}, Alignments: []compare.Alignment{{
		ID: "a1", Claims: []compare.Claim{{Doc: "d1", Sentence: compare.Span{End: 14}, Evidence: compare.Span{End: 3}}},
		Verdict: compare.Verdict{Outcome: compare.Conflict},
	}}}
	var buf bytes.Buffer
	if err := Text(&buf, r, Options{}); err != nil {
		t.Fatalf("Text: %v", err)
	}
	if want := "\n1 document, 1 claim: 1 conflict, 0 updates, 0 agreements, 0 unique\n"; !strings.HasSuffix(buf.String(), want) {
		t.Errorf("Text(one of each) = %q, want it to end with %q", buf.String(), want)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestPrintersRejectBadReports checks that every printer returns an error,
// writes nothing and does not panic on an inconsistent report.
func TestPrintersRejectBadReports(t *testing.T) {
	bad := map[string]func(r *compare.Report){
		"unknown document": func(r *compare.Report) { r.Alignments[1].Claims[0].Doc = "d9" },
		"evidence past the end": func(r *compare.Report) {
			r.Alignments[1].Claims[0].Evidence.End = 1 << 20
		},
		"sentence reversed": func(r *compare.Report) {
			s := &r.Alignments[1].Claims[1].Sentence
			s.Start, s.End = s.End, s.Start
		},
	}
	for _, name := range Names() {
		p, _ := Lookup(name)
		for _, what := range []string{"unknown document", "evidence past the end", "sentence reversed"} {
			r, _ := fixture(t)
			bad[what](r)
			var buf bytes.Buffer
			err := p(&buf, r, Options{})
			if err == nil {
				t.Errorf("%s printer accepted a report with %s", name, what)
			}
			if buf.Len() > 0 {
				t.Errorf("%s printer wrote %d bytes for a report with %s", name, buf.Len(), what)
			}
		}
		r, _ := fixture(t)
		if err := p(failWriter{}, r, Options{}); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s printer on a failing writer = %v, want the write error", name, err)
		}
	}
}

func TestExtractPrintersRejectBadExtractions(t *testing.T) {
	for _, name := range ExtractNames() {
		p, _ := LookupExtract(name)
		_, xs := fixture(t)
		xs[1].Mentions[0].Span = compare.Span{Start: 5, End: 1 << 20}
		var buf bytes.Buffer
		if err := p(&buf, xs, Options{}); err == nil || buf.Len() > 0 {
			t.Errorf("extract %s printer on a mention past the end = %v after %d bytes, want an error and no output", name, err, buf.Len())
		}
		buf.Reset()
		if err := p(&buf, []compare.Extraction{{}}, Options{}); err == nil {
			t.Errorf("extract %s printer accepted an extraction without a document", name)
		}
	}
}

// Printing the same report twice, or a copy, gives the same bytes.
func TestDeterministic(t *testing.T) {
	for _, name := range Names() {
		p, _ := Lookup(name)
		var first []byte
		for i := range 3 {
			r, _ := fixture(t)
			var buf bytes.Buffer
			if err := p(&buf, r, Options{Color: true, Width: 70}); err != nil {
				t.Fatalf("%s printer: %v", name, err)
			}
			if i == 0 {
				first = buf.Bytes()
			} else if !bytes.Equal(first, buf.Bytes()) {
				t.Errorf("%s printer: run %d differs from run 0", name, i)
			}
		}
	}
}

func FuzzEmit(f *testing.F) {
	f.Add("Officials said nine people were hurt.", 20)
	f.Add("  a\tb\n\nc  ", 1)
	f.Add("Zürich—Genève \x1b[31m red", 7)
	f.Fuzz(func(t *testing.T, s string, width int) {
		width %= 200
		var sb strings.Builder
		tw := newTermWriter(&sb, Options{Width: width})
		tw.emit("> ", "  ", new(line).text(0, s))
		out := written(tw, &sb)
		if !utf8.ValidString(out) {
			t.Fatalf("emit(%q) wrote invalid UTF-8 %q", s, out)
		}
		if strings.ContainsRune(out, '\x1b') {
			t.Fatalf("emit(%q) let an escape character through: %q", s, out)
		}
		// The words survive wrapping, in order.
		var words []string
		for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			l = strings.TrimPrefix(strings.TrimPrefix(l, "> "), "  ")
			words = append(words, strings.Fields(l)...)
		}
		want := strings.Fields(new(line).text(0, s).String())
		if diff := cmp.Diff(want, words, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("emit(%q) at width %d lost words (-want +got):\n%s", s, width, diff)
		}
	})
}

// written flushes tw and returns what it wrote to sb.
func written(tw *termWriter, sb *strings.Builder) string {
	tw.buf.Flush()
	return sb.String()
}
