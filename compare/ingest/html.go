package ingest

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	// go-readability (Readeck's maintained port of Mozilla's Readability.js)
	// rather than go-trafilatura: on the test pages under testdata/html
	// both find the same article text, but readability is maintained (the
	// go-shiori original is deprecated in its favour), weighs 6 modules
	// against 26 (trafilatura pulls a second readability, a DOM distiller,
	// a logger and calendar converters) and half the binary size. Where
	// trafilatura reads a date readability misses (<meta name="date">,
	// <time datetime>), pageDate below reads it.
	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/nesting"
)

// ErrNoArticle is wrapped by the error for an HTML page with no article
// text in it.
var ErrNoArticle = errors.New("no article text found in the page")

// pageMeta is what a page's metadata says about it.
type pageMeta struct{ title, site, published string }

func isHTML(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return true
	}
	return false
}

// parseHTML extracts the main text of a page and parses it as a text
// file: the title on top, then the article's paragraphs. Offsets of the
// Document refer to that text (TextFrom "html"), not to the page.
func parseHTML(path string, data []byte, opt Options) (*compare.Document, error) {
	if err := nesting.HTML(data, nesting.MaxHTML); err != nil {
		var ne *nesting.Error
		errors.As(err, &ne)
		return nil, &compare.InputError{Path: path, Line: ne.Line, Err: errors.New(ne.What)}
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, inputError(path, fmt.Errorf("%w: %v", ErrNoArticle, err))
	}
	// The publisher's own account of the article, when the page gives
	// one, beats any guess at which of its blocks is the article.
	ld := jsonLDArticle(root)
	h1 := firstH1(root)
	dropBoilerplate(root)
	art, err := readability.FromDocument(root, nil)
	if err != nil {
		return nil, inputError(path, fmt.Errorf("%w: %v", ErrNoArticle, err))
	}
	var body strings.Builder
	if utf8.RuneCountInString(ld.body) >= minArticleBody {
		body.WriteString(strings.ReplaceAll(ld.body, "\n", "\n\n"))
	} else if art.Node != nil {
		if err := art.RenderText(&body); err != nil {
			return nil, inputError(path, fmt.Errorf("%w: %v", ErrNoArticle, err))
		}
	}
	text := tidyText(body.String())
	if text == "" {
		return nil, inputError(path, ErrNoArticle)
	}
	// The headline, not the <title> with the site's name after it;
	// readability reads og: and article: meta and JSON-LD for its
	// metadata, and the article's own structured data comes first.
	meta := &pageMeta{site: oneLine(cmp.Or(ld.publisher, art.SiteName()))}
	meta.title = oneLine(ld.headline)
	if meta.title == "" {
		meta.title = headline(h1, oneLine(art.Title()), meta.site)
	}
	if d, ok := frontDate(strings.TrimSpace(ld.published)); ok {
		meta.published = d
	} else if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		meta.published = t.Format(time.DateOnly)
	} else {
		meta.published = pageDate(data)
	}
	// The headline is part of what a page says ("Ferry capsizes, 14
	// missing"), and the extracted text leaves it out: put it on top,
	// where a text file has it, unless the text starts with it already.
	if meta.title != "" && !strings.HasPrefix(text, meta.title) {
		text = meta.title + "\n\n" + text
	}
	return parseText(path, []byte(text+"\n"), opt, meta)
}

var (
	spaceRunRe = regexp.MustCompile(`[ \t\p{Zs}]+`)
	blankRunRe = regexp.MustCompile(`\n{3,}`)
)

// tidyText collapses runs of spaces and of blank lines that rendering
// leaves, and trims each line: paragraphs stay apart by one blank line.
func tidyText(s string) string {
	s = strings.ReplaceAll(s, "\r", "")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(spaceRunRe.ReplaceAllString(l, " "))
	}
	s = strings.Join(lines, "\n")
	return strings.TrimSpace(blankRunRe.ReplaceAllString(s, "\n\n"))
}

func oneLine(s string) string {
	return strings.TrimSpace(spaceRunRe.ReplaceAllString(strings.ReplaceAll(s, "\n", " "), " "))
}

// dateMetaNames are <meta name=…> names that carry a publication date,
// as older and smaller sites write them.
var dateMetaNames = map[string]bool{
	"date": true, "dc.date": true, "dc.date.issued": true, "dcterms.date": true,
	"dcterms.issued": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"article.published": true, "sailthru.date": true,
}

// pageDate looks for a publication date where Readability does not: a
// dated <meta name>, then the first <time datetime> of the page. It
// returns "" when there is none that reads as a date.
func pageDate(data []byte) string {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return ""
	}
	var metaDate, timeDate string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				if metaDate == "" && dateMetaNames[strings.ToLower(attr(n, "name"))] {
					metaDate, _ = frontDate(strings.TrimSpace(attr(n, "content")))
				}
			case atom.Time:
				if timeDate == "" {
					timeDate, _ = frontDate(strings.TrimSpace(attr(n, "datetime")))
				}
			}
		}
		for c := n.FirstChild; c != nil && metaDate == ""; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if metaDate != "" {
		return metaDate
	}
	return timeDate
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
