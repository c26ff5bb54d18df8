package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/google/go-cmp/cmp"
)

// TestParseHTML reads the pages under testdata/html, written for this
// test in the shapes news pages take: JSON-LD and OpenGraph metadata, a
// table layout with only <meta name="date">, navigation, ads, share
// buttons, related links, comments and sidebars full of figures.
func TestParseHTML(t *testing.T) {
	tests := []struct {
		file                           string
		title, source, published, from string
		has                            []string // sentences of the article
		hasNot                         []string // figures from around it
	}{
		{
			file:  "ferry-wire.html",
			title: "Ferry capsizes off Lindholm island, 14 missing", source: "Northgate Courier",
			published: "2023-09-14", from: compare.FromHTMLMeta,
			has: []string{
				"A passenger ferry carrying 112 people capsized",
				"Three navy vessels and two helicopters joined the search at dawn.",
			},
			hasNot: []string{"at least 130 on board", "120 km/h", "House prices rise", "299 euros", "Weather: 18°C", "48211"},
		},
		{
			file:  "ferry-blog.html",
			title: "What went wrong on the Marit II", source: "Coastline Notes",
			published: "2023-09-16", from: compare.FromHTMLMeta,
			has:    []string{"The coast guard now says 118 people were aboard", "Its captain had 22 years of experience"},
			hasNot: []string{"120 were aboard", "30 years", "3,400 readers", "214 posts", "4 ferries"},
		},
		{
			file:  "ferry-local.html",
			title: "Ostby mourns ferry victims",
			// Only <meta name="date"> dates this page.
			published: "2023-09-18", from: compare.FromHTMLMeta,
			has:    []string{"The regional police confirmed on Saturday that 11 people died."},
			hasNot: []string{"serving the coast since 1921"},
		},
		{
			file:  "ferry-inquiry.html",
			title: "Inquiry into Marit II sinking to report by March", source: "The Maritime Review",
			published: "2023-10-02", from: compare.FromHTMLMeta,
			has:    []string{"which killed 12 people off Lindholm island on 13 September"},
			hasNot: []string{"40,000 articles", "1,250", "3 free articles", "7 changes", "3 accidents"},
		},
		{
			// No <article>: reader comments, a poll, a sponsored line, a
			// menu and other stories around the text; the title is the
			// <h1>, not the <title> with the site's name after it.
			file:  "ferry-comments.html",
			title: "Ferry survivors describe night at sea", source: "Harbour Daily",
			published: "2023-09-15", from: compare.FromHTMLMeta,
			has: []string{"The coast guard said 97 people had been rescued by Thursday evening"},
			hasNot: []string{"300 died", "200 were on board", "62 percent", "4,211", "3.9%", "House prices",
				"Jobs (312)", "555 0199"},
		},
		{
			// The page's structured data gives the article's body; the
			// page itself is a player, a feed and a chat.
			file:  "ferry-jsonld.html",
			title: "Rescue crews find two more survivors of the Marit II", source: "Westcoast Radio",
			published: "2023-09-14", from: compare.FromHTMLMeta,
			has:    []string{"raising the number rescued to 99.", "The coast guard said 13 people were still missing."},
			hasNot: []string{"150 on board", "98.4", "12 new updates"},
		},
	}
	for _, tt := range tests {
		path := filepath.Join("testdata", "html", tt.file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(path, data, Options{})
		if err != nil {
			t.Errorf("Parse(%s) = %v", path, err)
			continue
		}
		got := []string{d.Title, d.Source, d.Published, d.PublishedFrom, d.TextFrom}
		want := []string{tt.title, tt.source, tt.published, tt.from, "html"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Parse(%s): title, source, published, from, text from mismatch (-want +got):\n%s", path, diff)
		}
		text := string(d.Text)
		if !strings.HasPrefix(text, tt.title+"\n") {
			t.Errorf("Parse(%s): text does not start with the title line: %.80q", path, text)
		}
		for _, s := range tt.has {
			if !strings.Contains(text, s) {
				t.Errorf("Parse(%s): text lacks %q", path, s)
			}
		}
		plain := string(d.Plain())
		for _, s := range tt.hasNot {
			if strings.Contains(plain, s) {
				t.Errorf("Parse(%s): text that claims are read from holds %q, from outside the article", path, s)
			}
		}
	}
}

func TestParseHTMLDates(t *testing.T) {
	page := []byte(`<html><head><title>Harbour reopens</title>
<meta property="article:published_time" content="2023-09-20T08:00:00Z"></head>
<body><article><h1>Harbour reopens</h1><p>The harbour at Ostby reopened on Tuesday after eight days, the port authority said in a statement on its website.</p>
<p>Fishing boats returned to their moorings in the afternoon, and the first ferry is due to sail again on Friday morning.</p></article></body></html>`)
	tests := []struct {
		opt       Options
		published string
		from      string
	}{
		{Options{}, "2023-09-20", compare.FromHTMLMeta},
		{Options{Dates: map[string]string{"page.html": "2023-09-21"}}, "2023-09-21", compare.FromConfig},
		{Options{Published: "2023-09-22", Dates: map[string]string{"page.html": "2023-09-21"}}, "2023-09-22", compare.FromFlag},
	}
	for _, tt := range tests {
		d, err := Parse("page.html", page, tt.opt)
		if err != nil {
			t.Errorf("Parse(page.html, %+v) = %v", tt.opt, err)
			continue
		}
		if d.Published != tt.published || d.PublishedFrom != tt.from {
			t.Errorf("Parse(page.html, %+v): published %s from %s, want %s from %s", tt.opt, d.Published, d.PublishedFrom, tt.published, tt.from)
		}
	}
}

func TestParseHTMLEmpty(t *testing.T) {
	for _, page := range []string{"<html><body></body></html>", "<html><head><script>var n = 12;</script><style>p{}</style></head><body>  </body></html>"} {
		_, err := Parse("empty.html", []byte(page), Options{})
		if err == nil {
			t.Errorf("Parse(empty.html, %q) = nil error, want one", page)
		}
	}
}

// TestConfigDates covers Options.Dates on text files: a configured date
// beats the header line and front matter, the flag beats it.
func TestConfigDates(t *testing.T) {
	text := []byte("Ferry toll rises\n\n14 September 2023\n\nThe coast guard said 12 people died.\n")
	md := []byte("---\ndate: 2023-09-15\n---\n# Ferry toll rises\n\nThe coast guard said 12 people died.\n")
	abs, err := filepath.Abs(filepath.Join("news", "a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path      string
		data      []byte
		opt       Options
		published string
		from      string
	}{
		{"news/a.txt", text, Options{}, "2023-09-14", compare.FromHeader},
		{"news/a.txt", text, Options{Dates: map[string]string{"news/a.txt": "2023-09"}}, "2023-09", compare.FromConfig},
		{"./news/a.txt", text, Options{Dates: map[string]string{"news/a.txt": "2023-09"}}, "2023-09", compare.FromConfig},
		{"news/a.txt", text, Options{Dates: map[string]string{abs: "2023"}}, "2023", compare.FromConfig},
		{"news/a.txt", text, Options{Dates: map[string]string{"other.txt": "2023"}}, "2023-09-14", compare.FromHeader},
		{"news/a.md", md, Options{Dates: map[string]string{"news/a.md": "2023-09-16"}}, "2023-09-16", compare.FromConfig},
		{"news/a.txt", text, Options{Published: "2024", Dates: map[string]string{"news/a.txt": "2023-09"}}, "2024", compare.FromFlag},
	}
	for _, tt := range tests {
		d, err := Parse(tt.path, tt.data, tt.opt)
		if err != nil {
			t.Errorf("Parse(%s, %+v) = %v", tt.path, tt.opt, err)
			continue
		}
		if d.Published != tt.published || d.PublishedFrom != tt.from {
			t.Errorf("Parse(%s, %+v): published %s from %s, want %s from %s", tt.path, tt.opt, d.Published, d.PublishedFrom, tt.published, tt.from)
		}
		if tt.from == compare.FromConfig && len(d.Warnings) > 0 {
			t.Errorf("Parse(%s, %+v): warnings %q about a date the user gave", tt.path, tt.opt, d.Warnings)
		}
	}
	_, err = Read(t.Context(), []string{"testdata/articles"}, Options{Dates: map[string]string{"x.txt": "2023-13"}})
	if err == nil || !strings.Contains(err.Error(), "x.txt") {
		t.Errorf("Read with a bad date for x.txt = %v, want an error naming x.txt", err)
	}
}

func FuzzParseHTML(f *testing.F) {
	f.Add([]byte("<html><body><article><p>Twelve people died on Tuesday, police said, and 40 were hurt.</p></article></body></html>"))
	f.Add([]byte("<p><time datetime='2023-09-14'>x</time><meta name=date content=2023>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("f.html", data, Options{})
		if err != nil {
			return
		}
		if len(d.Plain()) != len(d.Text) || !d.Body.Contains(compare.Span{Start: d.Body.Start, End: d.Body.End}) || d.Body.End > len(d.Text) {
			t.Fatalf("Parse(%q): clean text or body out of line with the text", data)
		}
	})
}
