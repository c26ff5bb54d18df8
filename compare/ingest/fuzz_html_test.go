package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParsePage feeds whole pages to the HTML path: structured data, furniture
// removal, nesting limit and readability must not panic, and an error is
// one line naming the input.
func FuzzParsePage(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, p := range pages {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"articleBody":"<p>a &amp; b</p>","publisher":"x"}]}</script>`))
	f.Add([]byte(`<div class="comments"><div role="navigation"><a>1</a><a>2</a><a>3</a></div></div><h1>T</h1><p>Text 5 died.</p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("in.html", data, Options{})
		if err != nil {
			if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "in.html") {
				t.Fatalf("Parse(%q) error %q: want one line naming the input", data, err)
			}
			return
		}
		if len(d.Text) == 0 || d.TextFrom != "html" {
			t.Fatalf("Parse(%q) = empty text or not from html", data)
		}
		checkInvariants(t, d)
	})
}
