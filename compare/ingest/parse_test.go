package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/claimdiff/claimdiff/compare"
)

// meta is what a test checks of a parsed Document.
type meta struct {
	Title, Source, Published, From string
	Boilerplate                    []string
	Warnings                       int
}

func metaOf(d *compare.Document) meta {
	m := meta{Title: d.Title, Source: d.Source, Published: d.Published, From: d.PublishedFrom, Warnings: len(d.Warnings)}
	for _, b := range d.Boilerplate {
		m.Boilerplate = append(m.Boilerplate, d.Slice(b))
	}
	return m
}

func TestParseMetadata(t *testing.T) {
	tests := []struct {
		name, path, text string
		opt              Options
		want             meta
	}{
		{
			name: "wire dateline with agency",
			path: "a.txt",
			text: "Flood waters recede in river town\nRIVERTON, Nov. 28, 2005 (Newswire)\n\nThe water fell by two metres on Monday.\n",
			want: meta{Title: "Flood waters recede in river town", Source: "Newswire", Published: "2005-11-28", From: "header",
				Boilerplate: []string{"RIVERTON, Nov. 28, 2005 (Newswire)"}},
		},
		{
			name: "dateline without agency",
			path: "a.txt",
			text: "Ferry sinks off the coast\nPORT TOWN, Dec 3, 2005\n\nA ferry sank on Saturday.\n",
			want: meta{Title: "Ferry sinks off the coast", Published: "2005-12-03", From: "header",
				Boilerplate: []string{"PORT TOWN, Dec 3, 2005"}},
		},
		{
			name: "two places in the dateline, lower-case agency after a comma",
			path: "a.txt",
			text: "Mine reopens\nHILLTOWN, Northshire, Nov. 22, 2005, (wirenews)\n\nThe mine reopened.\n",
			want: meta{Title: "Mine reopens", Source: "Wirenews", Published: "2005-11-22", From: "header",
				Boilerplate: []string{"HILLTOWN, Northshire, Nov. 22, 2005, (wirenews)"}},
		},
		{
			name: "day month year under the title",
			path: "a.txt",
			text: "Bridge Opens After Ten Years\n\n09 June 2019\n\nThe bridge opened in 2019 after work began in 2009.\n",
			want: meta{Title: "Bridge Opens After Ten Years", Published: "2019-06-09", From: "header",
				Boilerplate: []string{"09 June 2019"}},
		},
		{
			name: "month day year",
			path: "a.txt",
			text: "Harvest Festival Draws Crowds\nMarch 2, 2006\nThousands came.\n",
			want: meta{Title: "Harvest Festival Draws Crowds", Published: "2006-03-02", From: "header",
				Boilerplate: []string{"March 2, 2006"}},
		},
		{
			name: "weekday and label",
			path: "a.txt",
			text: "Council Votes on Budget\nPublished: Thursday, March 2, 2006\nThe council voted.\n",
			want: meta{Title: "Council Votes on Budget", Published: "2006-03-02", From: "header",
				Boilerplate: []string{"Published: Thursday, March 2, 2006"}},
		},
		{
			name: "ISO date",
			path: "a.txt",
			text: "Library Extends Hours\n2006-03-02\nThe library opens later.\n",
			want: meta{Title: "Library Extends Hours", Published: "2006-03-02", From: "header",
				Boilerplate: []string{"2006-03-02"}},
		},
		{
			name: "numeric month/day",
			path: "a.txt",
			text: "Library Extends Hours\n03/04/2006\nThe library opens later.\n",
			want: meta{Title: "Library Extends Hours", Published: "2006-03-04", From: "header",
				Boilerplate: []string{"03/04/2006"}},
		},
		{
			name: "numeric day/month when the first number is over 12",
			path: "a.txt",
			text: "Library Extends Hours\n25/04/2006\nThe library opens later.\n",
			want: meta{Title: "Library Extends Hours", Published: "2006-04-25", From: "header",
				Boilerplate: []string{"25/04/2006"}},
		},
		{
			name: "impossible day is no date",
			path: "a.txt",
			text: "Library Extends Hours\nApril 31, 2006\nThe library opens later.\n",
			want: meta{Title: "Library Extends Hours", From: "none"},
		},
		{
			name: "capture stamp: banner, seconds, years long before",
			path: "a.txt",
			text: "DAILY PLANET\n\n07/08/2023 09:14:52 pm\n\nMake DP Your Homepage\n\nTown Hall Roof Repaired At Last\n\n" +
				"Builders finished the roof on Tuesday, work that began in 2008.\n\nLike Us on Instagram\n\nThe mayor thanked them.\n",
			want: meta{Title: "Town Hall Roof Repaired At Last", Source: "Daily Planet", Published: "2023-07-08", From: "header",
				Boilerplate: []string{"DAILY PLANET", "07/08/2023 09:14:52 pm", "Make DP Your Homepage", "Like Us on Instagram"},
				Warnings:    2},
		},
		{
			name: "a wire dateline is not held against old years",
			path: "a.txt",
			text: "Court revisits old case\nCAPITAL, Dec 4, 2005\n\nThe case dates from a shipwreck in 1987.\n",
			want: meta{Title: "Court revisits old case", Published: "2005-12-04", From: "header",
				Boilerplate: []string{"CAPITAL, Dec 4, 2005"}},
		},
		{
			name: "title above the date line wins over a section label",
			path: "a.txt",
			text: "UNITED FRONT - Make a monthly donation today!\n\nScience and Space (SAS)\n\n\nProbe Lands on Comet\n\n09 June 2019\n\nThe probe landed.\n",
			want: meta{Title: "Probe Lands on Comet", Published: "2019-06-09", From: "header",
				Boilerplate: []string{"UNITED FRONT - Make a monthly donation today!", "09 June 2019"}},
		},
		{
			name: "wire advisory is no title",
			path: "a.txt",
			text: "ATTENTION - ADDS quotes ///\nCAPITAL, Dec 7, 2005\n\nThe minister resigned on Wednesday after a long row with the party.\n",
			want: meta{Published: "2005-12-07", From: "header",
				Boilerplate: []string{"ATTENTION - ADDS quotes ///", "CAPITAL, Dec 7, 2005"}},
		},
		{
			name: "lower-case fragment is no title",
			path: "a.txt",
			text: "pollution\nCITY, Nov. 26, 2005 (Wire)\n\nThe river was polluted.\n",
			want: meta{Source: "Wire", Published: "2005-11-26", From: "header",
				Boilerplate: []string{"CITY, Nov. 26, 2005 (Wire)"}},
		},
		{
			name: "no date",
			path: "a.txt",
			text: "Residents clean up after storm\n\nResidents swept the streets on Monday.\n",
			want: meta{Title: "Residents clean up after storm", From: "none"},
		},
		{
			name: "a date in a sentence is no date line",
			path: "a.txt",
			text: "The storm struck on March 2, 2006, the agency said.\n",
			want: meta{From: "none"},
		},
		{
			name: "flag wins over the date line",
			path: "a.txt",
			text: "Ferry sinks\nDec 3, 2005\nA ferry sank.\n",
			opt:  Options{Published: "2005-12"},
			want: meta{Title: "Ferry sinks", Published: "2005-12", From: "flag", Boilerplate: []string{"Dec 3, 2005"}},
		},
		{
			name: "front matter",
			path: "a.md",
			text: "---\ntitle: Dam Opens\ndate: 2006-03-02\nsite: River Times\n---\n# Another Heading\n\nThe dam opened.\n",
			want: meta{Title: "Dam Opens", Source: "River Times", Published: "2006-03-02", From: "front-matter"},
		},
		{
			name: "front matter timestamp and publisher, heading title",
			path: "a.md",
			text: "---\npublished: 2006-03-02T10:00:00Z\npublisher: Valley Post\n---\n# Dam *Opens*\n\nThe dam opened.\n",
			want: meta{Title: "Dam  Opens", Source: "Valley Post", Published: "2006-03-02", From: "front-matter"},
		},
		{
			name: "front matter in a text file",
			path: "a.txt",
			text: "---\ntitle: Dam Opens\npublished: March 2, 2006\n---\nThe dam opened.\n",
			want: meta{Title: "Dam Opens", Published: "2006-03-02", From: "front-matter"},
		},
		{
			name: "a text file starting with an unclosed rule is plain text",
			path: "a.txt",
			text: "---\nDam Opens\nThe dam opened.\n",
			want: meta{Title: "Dam Opens", From: "none"},
		},
		{
			name: "markdown title and a date line in emphasis",
			path: "a.md",
			text: "# Dam Opens\n\n*March 2, 2006*\n\nThe dam opened.\n",
			want: meta{Title: "Dam Opens", Published: "2006-03-02", From: "header", Boilerplate: []string{"*March 2, 2006*"}},
		},
		{
			name: "boilerplate in markdown emphasis",
			path: "a.md",
			text: "# Dam Opens\n\nThe dam opened.\n\n**Like us on Instagram** | *Share this*\n",
			want: meta{Title: "Dam Opens", From: "none", Boilerplate: []string{"**Like us on Instagram** | *Share this*"}},
		},
		{
			name: "a byline whose items are split by bars, one a date",
			path: "a.txt",
			text: "Dam Opens\nBy Ann Lee | Staff Writer | March 4, 2031\n\nThe dam opened on Friday.\n",
			want: meta{Title: "Dam Opens", Published: "2031-03-04", From: "header", Boilerplate: []string{"By Ann Lee | Staff Writer | March 4, 2031"}},
		},
		{
			name: "a meta line split by middle dots",
			path: "a.txt",
			text: "Dam Opens\nNews · 3 min read · Jan 12, 2031\n\nThe dam opened on Friday.\n",
			want: meta{Title: "Dam Opens", Published: "2031-01-12", From: "header", Boilerplate: []string{"News · 3 min read · Jan 12, 2031"}},
		},
		{
			name: "a date line with the poster's name",
			path: "a.txt",
			text: "Dam Opens\nPosted on March 4, 2031 by site editor\n\nThe dam opened on Friday.\n",
			want: meta{Title: "Dam Opens", Published: "2031-03-04", From: "header", Boilerplate: []string{"Posted on March 4, 2031 by site editor"}},
		},
		{
			name: "a sentence with a bar is no meta line",
			path: "a.txt",
			text: "Dam Opens\nThe dam, first planned in the spring of 1999 and opened at last this week | March 4, 2031\n\nThe dam opened on Friday.\n",
			want: meta{Title: "Dam Opens", From: "none"},
		},
		{
			name: "byte order mark",
			path: "a.txt",
			text: "\uFEFFDam Opens\nMarch 2, 2006\nThe dam opened.\n",
			want: meta{Title: "Dam Opens", Published: "2006-03-02", From: "header", Boilerplate: []string{"March 2, 2006"}},
		},
		{
			name: "carriage returns",
			path: "a.txt",
			text: "Dam Opens\r\nMarch 2, 2006\r\nThe dam opened.\r\n",
			want: meta{Title: "Dam Opens", Published: "2006-03-02", From: "header", Boilerplate: []string{"March 2, 2006"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.path, []byte(tt.text), tt.opt)
			if err != nil {
				t.Fatalf("Parse(%q, %q) error: %v", tt.path, tt.text, err)
			}
			if diff := cmp.Diff(tt.want, metaOf(d), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Parse(%q, %q) mismatch (-want +got):\n%s\nwarnings: %q", tt.path, tt.text, diff, d.Warnings)
			}
			checkInvariants(t, d)
		})
	}
}

func TestParseWarnings(t *testing.T) {
	tests := []struct {
		text string
		want []string // substrings, one per warning
	}{
		{"Roof Repaired\n07/08/2023 09:14:52 pm\nThe roof was repaired in 2022.\n", []string{"clock time with seconds"}},
		{"Roof Repaired\n07/08/2023\nThe roof was repaired in 2007.\n", []string{"16 years after the latest year the text mentions (2007)"}},
		{"Roof Repaired\n07/08/2023\nThe roof was repaired in 2019.\n", nil},
		{"Roof Repaired\n07/08/2023\nThe roof was repaired on Monday.\n", nil},
	}
	for _, tt := range tests {
		d, err := Parse("a.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatalf("Parse(%q) error: %v", tt.text, err)
		}
		if len(d.Warnings) != len(tt.want) {
			t.Errorf("Parse(%q) warnings = %q, want %d", tt.text, d.Warnings, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(d.Warnings[i], w) || !strings.Contains(d.Warnings[i], "--published") {
				t.Errorf("Parse(%q) warning %d = %q, want it to contain %q and --published", tt.text, i, d.Warnings[i], w)
			}
		}
	}
}

func TestParseMarkdownClean(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"heading", "## Talks *resume*\n", "   Talks  resume \n"},
		{"closing hashes", "# Talks #\n", "  Talks  \n"},
		{"emphasis", "a **bold** and _it_ word\n", "a   bold   and  it  word\n"},
		{"snake_case stays", "call some_func now\n", "call some_func now\n"},
		{"multiplication stays", "2 * 3 = 6\n", "2 * 3 = 6\n"},
		{"inline code", "run `go *test*` now\n", "run  go *test*  now\n"},
		{"link", "see [the report](http://x.org/r \"T\") now\n", "see  the report" + strings.Repeat(" ", 22) + "now\n"},
		{"reference link", "see [the report][r] now\n", "see  the report     now\n"},
		{"image", "a ![alt](p.png) b\n", "a               b\n"},
		{"autolink and url", "at <https://x.org> or https://y.org/p.\n", "at" + strings.Repeat(" ", 17) + "or" + strings.Repeat(" ", 16) + ".\n"},
		{"html", "a <b>bold</b> <!-- note --> b\n", "a    bold" + strings.Repeat(" ", 19) + "b\n"},
		{"multi-line comment", "a <!-- one\ntwo --> b\n", "a         \n        b\n"},
		{"fence", "a\n```go\nx := 1\n```\nb\n", "a\n     \n      \n   \nb\n"},
		{"bullets", "- one\n* two\n1. three\n- [x] done\n", "  one\n  two\n   three\n      done\n"},
		{"blockquote", "> quoted\n> > deeper\n", "  quoted\n    deeper\n"},
		// The bars between cells stay: a row is read as a label and its value.
		{"table", "| a | b |\n|---|:-:|\n| 1 | 2 |\n", "  a | b  \n         \n  1 | 2  \n"},
		{"reference definition", "text\n[r]: http://x.org\n", "text\n                 \n"},
		{"rule", "a\n\n---\n\nb\n", "a\n\n   \n\nb\n"},
		{"escape", "a \\*star\\* b\n", "a  *star * b\n"},
		{"multibyte", "# Café **crème**\n", "  Café   crème  \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("a.md", []byte(tt.text), Options{})
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.text, err)
			}
			if got := string(d.Plain()); got != tt.want {
				t.Errorf("Parse(%q).Plain() = %q, want %q", tt.text, got, tt.want)
			}
			checkInvariants(t, d)
		})
	}
}

func TestParseFrontMatterClean(t *testing.T) {
	text := "---\ntitle: Dam\n---\nThe dam opened.\n"
	d, err := Parse("a.md", []byte(text), Options{})
	if err != nil {
		t.Fatalf("Parse(%q) error: %v", text, err)
	}
	want := compare.Span{Start: len("---\ntitle: Dam\n---\n"), End: len(text)}
	if d.Body != want {
		t.Errorf("Parse(%q).Body = %v, want %v", text, d.Body, want)
	}
	if got, wantClean := string(d.Plain()), "   \n          \n   \nThe dam opened.\n"; got != wantClean {
		t.Errorf("Parse(%q).Plain() = %q, want %q", text, got, wantClean)
	}
	if !d.IsBoilerplate(compare.Span{Start: 4, End: 9}) {
		t.Errorf("Parse(%q): front matter is not boilerplate", text)
	}
}

func TestParsePlainTextKeepsMarkup(t *testing.T) {
	text := "Dam Opens\n\nThe *dam* opened at 10:00 [local time].\n"
	d, err := Parse("a.txt", []byte(text), Options{})
	if err != nil {
		t.Fatalf("Parse(%q) error: %v", text, err)
	}
	if d.Clean != nil {
		t.Errorf("Parse(%q).Clean = %q, want nil: plain text has no markup", text, d.Clean)
	}
}

func TestParseBOMBlanked(t *testing.T) {
	text := "\uFEFFDam opens on Monday.\n"
	d, err := Parse("a.txt", []byte(text), Options{})
	if err != nil {
		t.Fatalf("Parse(%q) error: %v", text, err)
	}
	if !bytes.Equal(d.Text, []byte(text)) {
		t.Errorf("Parse(%q).Text = %q, want the text as read", text, d.Text)
	}
	if got, want := string(d.Plain()), "   Dam opens on Monday.\n"; got != want {
		t.Errorf("Parse(%q).Plain() = %q, want %q", text, got, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, path, text string
		opt              Options
		want             string
		is               error
	}{
		{"empty", "a.txt", "", Options{}, "a.txt: empty", ErrEmpty},
		{"white space", "a.txt", " \n\t\r\n ", Options{}, "a.txt: empty", ErrEmpty},
		{"only a BOM", "a.txt", "\uFEFF\n", Options{}, "a.txt: empty", ErrEmpty},
		{"NUL", "a.txt", "text\x00more", Options{}, "a.txt: binary file", ErrBinary},
		{"control bytes", "a.txt", "\x01\x02\x03\x04abc", Options{}, "a.txt: binary file", ErrBinary},
		{"invalid UTF-8", "a.txt", "line one\nline two\nsix c\xffhars", Options{}, "a.txt:3:6: invalid UTF-8", ErrInvalidUTF8},
		{"too large", "a.txt", "0123456789", Options{MaxBytes: 8}, "a.txt: larger than 8 bytes", ErrTooLarge},
		{"front matter unclosed", "a.md", "---\ntitle: x\n", Options{}, "a.md:1:1: front matter not closed: want a line ---", nil},
		{"front matter not a mapping", "a.md", "---\n- a\n- b\n---\ntext\n", Options{}, "a.md:2:1: front matter: want a mapping", nil},
		{"front matter bad date", "a.md", "---\ntitle: x\ndate: someday\n---\ntext\n", Options{}, "a.md:3:1: front matter: date \"someday\"", nil},
		{"bad flag", "a.txt", "text", Options{Published: "2006-13"}, "published date \"2006-13\": want YYYY, YYYY-MM or YYYY-MM-DD", nil},
		{"bad flag day", "a.txt", "text", Options{Published: "2006-02-30"}, "published date \"2006-02-30\"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.path, []byte(tt.text), tt.opt)
			if err == nil {
				t.Fatalf("Parse(%q, %q) = %+v, want error %q", tt.path, tt.text, d, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Parse(%q, %q) error = %q, want prefix %q", tt.path, tt.text, err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("Parse(%q, %q) error = %q, want one line", tt.path, tt.text, err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("Parse(%q, %q) error = %v, want errors.Is %v", tt.path, tt.text, err, tt.is)
			}
		})
	}
}

// checkInvariants checks what every parsed Document promises.
func checkInvariants(t *testing.T, d *compare.Document) {
	t.Helper()
	plain := d.Plain()
	if len(plain) != len(d.Text) {
		t.Fatalf("%s: len(Plain) = %d, len(Text) = %d", d.Path, len(plain), len(d.Text))
	}
	for i := range plain {
		if (plain[i] == '\n') != (d.Text[i] == '\n') {
			t.Fatalf("%s: newline moved at byte %d", d.Path, i)
		}
	}
	if d.Body.Start < 0 || d.Body.Start > d.Body.End || d.Body.End > len(d.Text) {
		t.Fatalf("%s: Body %v out of [0,%d]", d.Path, d.Body, len(d.Text))
	}
	prev := 0
	for _, b := range d.Boilerplate {
		if b.Start < prev || b.Start > b.End || b.End > len(d.Text) {
			t.Fatalf("%s: Boilerplate span %v out of order or bounds", d.Path, b)
		}
		if !runeStart(d.Text, b.Start) || !runeStart(d.Text, b.End) {
			t.Fatalf("%s: Boilerplate span %v not on rune boundaries", d.Path, b)
		}
		prev = b.End
	}
}

func runeStart(b []byte, i int) bool {
	return i == len(b) || b[i]&0xC0 != 0x80
}

func TestLatestYear(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"in 2007 and 1998", 2007},
		{"no years, 12345 and 2,719 and 3000", 0},
		{"1799 is too early", 0},
		{"(2004)", 2004},
		{"x2004 and 2004b", 0},
		{"2099", 2099},
	}
	for _, tt := range tests {
		if got := latestYear([]byte(tt.text)); got != tt.want {
			t.Errorf("latestYear(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// Front matter that strict YAML refuses, as static-site generators write
// it, is skipped with a warning; the body is still read.
func TestParseLooseFrontMatter(t *testing.T) {
	text := "---\ntitle: Setup: the long way\nweight: 3\n---\n# Setup\n\nThe body is read.\n"
	d, err := Parse("setup.md", []byte(text), Options{})
	if err != nil {
		t.Fatalf("Parse(%q) error: %v", text, err)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "front matter is not strict YAML (line 2") {
		t.Errorf("Parse(%q) warnings = %q, want one about the front matter's line 2", text, d.Warnings)
	}
	if body := string(d.Text[d.Body.Start:d.Body.End]); !strings.HasPrefix(body, "# Setup") {
		t.Errorf("Parse(%q) body = %q, want the text after the front matter", text, body)
	}
	if strings.Contains(string(d.Plain()), "long way") {
		t.Errorf("Parse(%q): the skipped front matter is read as text", text)
	}
}

// The dateline that opens wire copy's first paragraph dates the story;
// without a year it takes the latest year the text mentions, and says so.
func TestLeadDateline(t *testing.T) {
	tests := []struct {
		text, published string
		warned          bool
	}{
		{"Ferry sinks\n\nLISBON, Mar 4 (Reuters) - A ferry sank on Tuesday, a year after the 2023 storms.\n", "2023-03-04", true},
		{"Ferry sinks\n\nLISBON, Mar 4, 2021 (Reuters) - A ferry sank on Tuesday.\n", "2021-03-04", false},
		{"Ferry sinks\n\nOPORTO, Porto, 4 March - A ferry sank in 2019.\n", "2019-03-04", true},
		// No year anywhere: no date rather than a guess.
		{"Ferry sinks\n\nLISBON, Mar 4 (Reuters) - A ferry sank on Tuesday.\n", "", false},
		// A stray repeat of the year on a date line.
		{"Ferry sinks\nMarch 4, 2021 2021\n\nA ferry sank on Tuesday.\n", "2021-03-04", false},
	}
	for _, tt := range tests {
		d, err := Parse("t.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Published != tt.published {
			t.Errorf("Parse(%q).Published = %q, want %q", tt.text, d.Published, tt.published)
		}
		warned := false
		for _, w := range d.Warnings {
			warned = warned || strings.Contains(w, "gives no year")
		}
		if warned != tt.warned {
			t.Errorf("Parse(%q) warned of the year: %v, want %v (%q)", tt.text, warned, tt.warned, d.Warnings)
		}
	}
}

// The lead dateline says where and when the report was filed, not where
// or when its events happened: it is read for the date, then blanked, and
// the story after it is left as it was, at the same offsets.
func TestLeadDatelineIsBlanked(t *testing.T) {
	tests := []struct {
		text, gone, kept, published string
	}{
		{"Ferry sinks\n\nLISBON, Mar 4, 2021 (Reuters) - A ferry sank on Tuesday.\n", "LISBON, Mar 4, 2021 (Reuters) -", "A ferry sank on Tuesday.", "2021-03-04"},
		// A date line above dates the story; the dateline still goes.
		{"Ferry sinks\nMarch 5, 2021\n\nLISBON, Mar 4 - A ferry sank on Tuesday.\n", "LISBON, Mar 4 -", "A ferry sank on Tuesday.", "2021-03-05"},
		// A dateline of the place alone, with or without an agency, goes
		// too; the date comes from the date line.
		{"Ferry sinks\nMarch 5, 2021\n\nPORT ELLIS — A ferry sank on Tuesday.\n", "PORT ELLIS —", "A ferry sank on Tuesday.", "2021-03-05"},
		{"Ferry sinks\nMarch 5, 2021\n\nHALDEN, Vantar (Wire) - 14 people died.\n", "HALDEN, Vantar (Wire) -", "14 people died.", "2021-03-05"},
		// Capitals that open a sentence are no dateline.
		{"Ferry sinks\nMarch 5, 2021\n\nNATO said a ferry sank.\n", "", "NATO said a ferry sank.", "2021-03-05"},
		// Only the first paragraph's.
		{"Ferry sinks\nMarch 5, 2021\n\nA ferry sank.\n\nLater:\n\nPORTO, Mar 6 - Divers searched.\n", "", "PORTO, Mar 6 - Divers searched.", "2021-03-05"},
	}
	for _, tt := range tests {
		d, err := Parse("t.txt", []byte(tt.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		plain := string(d.Plain())
		if len(plain) != len(tt.text) {
			t.Errorf("Parse(%q): plain text of %d bytes, want %d", tt.text, len(plain), len(tt.text))
		}
		if tt.gone != "" && (strings.Contains(plain, tt.gone) || strings.Contains(plain, tt.gone[:6])) {
			t.Errorf("Parse(%q): dateline %q still in the text: %q", tt.text, tt.gone, plain)
		}
		if i := strings.Index(tt.text, tt.kept); i < 0 || !strings.HasPrefix(plain[i:], tt.kept) {
			t.Errorf("Parse(%q): %q not kept at its offset: %q", tt.text, tt.kept, plain)
		}
		if d.Published != tt.published {
			t.Errorf("Parse(%q).Published = %q, want %q", tt.text, d.Published, tt.published)
		}
	}
}
