package ingest

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ldArticle is what a page's structured data (schema.org in JSON-LD)
// says about its article.
type ldArticle struct {
	body, headline, publisher, published string
}

// articleTypes are the schema.org types of a written article.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"BackgroundNewsArticle": true, "OpinionNewsArticle": true, "ReviewNewsArticle": true,
	"BlogPosting": true, "LiveBlogPosting": true, "Report": true, "ScholarlyArticle": true,
	"TechArticle": true,
}

// minArticleBody is the shortest articleBody taken for the article's
// text: a page that puts only a teaser there is read as a page.
const minArticleBody = 200

// jsonLDArticle returns the first article a <script type=
// "application/ld+json"> of root describes, at the top, in an array or in
// an @graph. Its articleBody, when long enough, is the article's text as
// its publisher gives it: free of the comments, polls and advertising
// around it on the page.
func jsonLDArticle(root *html.Node) ldArticle {
	var found ldArticle
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script &&
			strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
			var v any
			if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
				if a, ok := findArticle(v, 0); ok {
					found = a
					return true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(root)
	return found
}

// findArticle looks for an article object in v, no deeper than a few
// levels (structured data nests little; JSON's own depth is bounded by
// encoding/json).
func findArticle(v any, depth int) (ldArticle, bool) {
	if depth > 4 {
		return ldArticle{}, false
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if a, ok := findArticle(x, depth+1); ok {
				return a, true
			}
		}
	case map[string]any:
		if isArticleType(v["@type"]) {
			a := ldArticle{
				body:      textOf(v["articleBody"]),
				headline:  textOf(v["headline"]),
				published: textOf(v["datePublished"]),
			}
			switch p := v["publisher"].(type) {
			case map[string]any:
				a.publisher = textOf(p["name"])
			case string:
				a.publisher = p
			}
			return a, true
		}
		if g, ok := v["@graph"]; ok {
			return findArticle(g, depth+1)
		}
	}
	return ldArticle{}, false
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[t]
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && articleTypes[s] {
				return true
			}
		}
	}
	return false
}

// textOf is a JSON-LD string value as plain text: some publishers put
// markup in articleBody, whose tags are dropped and entities decoded.
func textOf(v any) string {
	s, _ := v.(string)
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	root, err := html.Parse(strings.NewReader("<body>" + s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Br || n.DataAtom == atom.Div || n.DataAtom == atom.Li):
			b.WriteString("\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			b.WriteString("\n")
		}
	}
	walk(root)
	return strings.TrimSpace(b.String())
}

// boilerplateTokens are words of a class or id that mark what is not the
// article: reader comments, polls, advertising, navigation, sharing,
// related links, sign-up prompts.
var boilerplateTokens = map[string]bool{
	"comment": true, "comments": true, "disqus": true, "discussion": true, "replies": true,
	"poll": true, "polls": true, "vote": true, "survey": true, "quiz": true,
	"ad": true, "ads": true, "advert": true, "advertisement": true, "advertising": true,
	"sponsor": true, "sponsored": true, "promo": true, "promoted": true, "outbrain": true, "taboola": true,
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"sidebar": true, "share": true, "sharing": true, "social": true, "related": true, "recommended": true,
	"newsletter": true, "subscribe": true, "signup": true, "cookie": true, "cookies": true, "chat": true,
	"footer": true, "masthead": true,
}

// boilerplateRoles are ARIA landmarks that are not the main content.
var boilerplateRoles = map[string]bool{
	"navigation": true, "complementary": true, "contentinfo": true, "banner": true,
	"search": true, "dialog": true, "alert": true,
}

// dropBoilerplate removes from root, before the article is looked for,
// what its markup says is no part of it (<nav>, <aside>, <footer>,
// <form>, landmark roles, and classes or ids naming comments, polls,
// advertising and the like) and blocks that are mostly links (menus and
// lists of other stories). An element holding more than half of the
// page's text is kept whatever it is called: a wrapper named
// "has-sidebar" holds the article too. Text is counted once, bottom up,
// so that the cost stays linear in the page however deep it nests.
func dropBoilerplate(root *html.Node) {
	counts := map[*html.Node]textCount{}
	total := countText(root, false, counts).all
	var drop []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && counts[n].all*2 <= total && isFurniture(n, counts[n]) {
			drop = append(drop, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
}

// textCount is the text under an element: runes in all, runes inside
// links, and links.
type textCount struct{ all, linked, links int }

func countText(n *html.Node, inLink bool, counts map[*html.Node]textCount) textCount {
	var c textCount
	switch {
	case n.Type == html.TextNode:
		c.all = utf8.RuneCountInString(strings.TrimSpace(n.Data))
		if inLink {
			c.linked = c.all
		}
		return c
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
		return c
	case n.Type == html.ElementNode && n.DataAtom == atom.A:
		c.links, inLink = 1, true
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		k := countText(ch, inLink, counts)
		c.all, c.linked, c.links = c.all+k.all, c.linked+k.linked, c.links+k.links
	}
	if n.Type == html.ElementNode {
		counts[n] = c
	}
	return c
}

// isFurniture reports whether the element n, with text c, is page
// furniture rather than the article.
func isFurniture(n *html.Node, c textCount) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Head, atom.Article, atom.Main, atom.Script, atom.Style, atom.Title, atom.Meta:
		return false
	case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Iframe, atom.Dialog:
		return true
	}
	if boilerplateRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	for _, key := range []string{"class", "id"} {
		for _, word := range strings.FieldsFunc(strings.ToLower(attr(n, key)), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
		}) {
			if boilerplateTokens[word] {
				return true
			}
		}
	}
	// A block of at least three links whose text is most of its own: a
	// menu or a list of other stories.
	switch n.DataAtom {
	case atom.Div, atom.Ul, atom.Ol, atom.Section, atom.Table, atom.Td:
		return c.links >= 3 && c.linked*10 >= c.all*7
	}
	return false
}

// headline is the article's headline: h1, the text of the page's first
// <h1>, when the title contains it ("Ferry sinks | Daily News - Sport,
// Weather" and <h1>Ferry sinks</h1>), else title cut before the
// separator that introduces site, the site's name.
func headline(h1, title, site string) string {
	if h1 != "" && strings.Contains(title, h1) {
		return h1
	}
	if site != "" {
		for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
			if i := strings.LastIndex(title, sep+site); i > 0 {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// firstH1 is the text of the first <h1> under n, on one line.
func firstH1(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
		return oneLine(nodeText(n))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if h := firstH1(c); h != "" {
			return h
		}
	}
	return ""
}

func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c))
	}
	return b.String()
}
