package docs

import (
	_ "embed"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// fact is one thing a document states, before it becomes a Claim.
type fact struct {
	key, question string
	kind          compare.Kind
	value         string
	display       string
	subject       string
	ctx           []string // words of the section the fact sits in
	weak          bool     // a passing mention: it can agree, never start a conflict
	role          role     // of a setting: a stated default, a configured value, or unmarked
	file          string   // of a configured value: the file it is set in (lower case)
	comment       bool     // read from a comment of a manifest: documentation, not its data
	line, ev      compare.Span
}

// role says what a setting's value is: a configuration file's value is not
// its default, and a page may state both.
type role int

const (
	stated     role = iota // unmarked: a value a page gives ("port | 8080")
	defaulted              // "defaults to 30s", "; default is 4000"
	configured             // "port=8000" in a configuration file or a copy of one
)

// Terms that mark, among a claim's Terms, what the docs reader knows of
// it beyond its section's words. They all start with docsTerm.
const (
	docsTerm       = "docs:"
	weakTerm       = "docs:mention"
	defaultTerm    = "docs:default"
	configuredTerm = "docs:configured"
	fileTerm       = "docs:file:"
	commentTerm    = "docs:comment"
)

//go:embed tools.txt
var toolsData string

// tools maps a word documents write for a tool to the tool's key name.
var tools, toolPattern = readTools(toolsData)

func readTools(data string) (map[string]string, string) {
	m := map[string]string{}
	var words []string
	for _, l := range strings.Split(data, "\n") {
		f := strings.Fields(l)
		if len(f) < 2 || strings.HasPrefix(l, "#") {
			continue
		}
		for _, w := range f[1:] {
			m[w] = f[0]
			words = append(words, regexp.QuoteMeta(w))
		}
	}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	return m, "(" + strings.Join(words, "|") + ")"
}

// toolName returns the key name of a tool as written, or "".
func toolName(w string) string { return tools[strings.ToLower(strings.TrimSpace(w))] }

// toolTitle is how a question names a tool.
func toolTitle(t string) string {
	switch t {
	case "node":
		return "Node.js"
	case "dotnet":
		return ".NET"
	case "postgresql":
		return "PostgreSQL"
	case "mysql":
		return "MySQL"
	}
	if t == "" {
		return t
	}
	return strings.ToUpper(t[:1]) + t[1:]
}

// Owns reports whether key is a docs fact's key, which Group and Verdict
// handle.
func Owns(key string) bool { return strings.HasPrefix(key, "docs/") }

// claims turns the facts of document d into Claims, in text order, a fact
// stated twice on one line kept once.
func claims(d *compare.Document, attribution string, fs []fact) []compare.Claim {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].ev.Start < fs[j].ev.Start })
	type seen struct {
		key, value string
		line       int
	}
	done := map[seen]bool{}
	var out []compare.Claim
	for _, f := range fs {
		s := seen{f.key, f.value, f.line.Start}
		if done[s] {
			continue
		}
		done[s] = true
		c := compare.Claim{Doc: d.ID, Key: f.key, Question: f.question, Kind: f.kind,
			Value: f.value, Display: f.display, Attribution: attribution,
			Sentence: f.line, Evidence: f.ev, Subject: f.subject}
		c.Terms = append(c.Terms, f.ctx...)
		if f.weak {
			c.Terms = append(c.Terms, weakTerm)
		}
		if f.comment {
			c.Terms = append(c.Terms, commentTerm)
		}
		switch f.role {
		case defaulted:
			c.Terms = append(c.Terms, defaultTerm)
		case configured:
			c.Terms = append(c.Terms, configuredTerm)
			if f.file != "" {
				c.Terms = append(c.Terms, fileTerm+f.file)
			}
		}
		sort.Strings(c.Terms)
		c.Terms = compactStrings(c.Terms)
		out = append(out, c)
	}
	return out
}

func compactStrings(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func isWeak(c compare.Claim) bool { return slices.Contains(c.Terms, weakTerm) }

// roleOf returns the role of a setting's claim and, for a configured
// value, the file it is set in.
func roleOf(c compare.Claim) (role, string) {
	r, file := stated, ""
	for _, t := range c.Terms {
		switch {
		case t == defaultTerm:
			r = defaulted
		case t == configuredTerm:
			r = configured
		case strings.HasPrefix(t, fileTerm):
			file = strings.TrimPrefix(t, fileTerm)
		}
	}
	return r, file
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

// words returns the lower-case words of s.
func words(s string) []string {
	return strings.Fields(nonWord.ReplaceAllString(strings.ToLower(s), " "))
}

// settingName normalises a setting's name: "web_port", "webPort" and
// "master.webPort" all give "webport".
func settingName(s string) string {
	s = strings.Trim(stripMarkup(s), `"' `)
	if i := strings.LastIndexAny(s, ".:/"); i >= 0 && i+1 < len(s) {
		s = s[i+1:]
	}
	return nonWord.ReplaceAllString(strings.ToLower(s), "")
}
