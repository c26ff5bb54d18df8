package docs

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/version"
)

// reader gathers the facts of one document.
type reader struct {
	d        *compare.Document
	kind     fileKind
	ls       []line
	facts    []fact
	workflow bool // a CI workflow (YAML with jobs)
}

// Extract returns the docs facts document d states, as claims. A
// manifest's claims name it in Attribution. A changelog gives only its
// newest statement of each fact: older entries are history, not drift.
func Extract(d *compare.Document) []compare.Claim {
	r := &reader{d: d, kind: kindOf(d.Path)}
	body := d.Text[:d.Body.End]
	r.ls = splitLines(body, r.kind)
	// Front matter and anything before the body give no facts, nor does
	// TOML front matter between "+++" lines (Hugo's), which ingest keeps.
	kept := r.ls[:0]
	tomlFront := len(r.ls) > 0 && strings.TrimSpace(r.ls[0].text) == "+++"
	for i, l := range r.ls {
		if tomlFront {
			if i > 0 && strings.TrimSpace(l.text) == "+++" {
				tomlFront = false
			}
			continue
		}
		if l.span.Start >= d.Body.Start {
			kept = append(kept, l)
		}
	}
	r.ls = kept
	attribution := ""
	switch r.kind {
	case gomod:
		r.goMod()
	case packageJSON:
		r.packageJSON()
	case toml:
		r.toml()
	case ini:
		r.ini()
	case yaml:
		r.yaml()
	case docker:
		r.dockerfile()
	case pinFile:
		r.pinFile()
	case license:
		r.licenseFile()
	case jsonFile:
		r.textFacts(false)
	case setupPy:
		r.setupPy()
	case composerJSON:
		r.composerJSON()
	case pomXML:
		r.pomXML()
	case gradle:
		r.gradle()
	case rubyFile:
		r.rubyFile()
	case csproj:
		r.csproj()
	default:
		r.prose()
	}
	if IsManifest(d.Path) {
		attribution = baseName(d.Path)
	}
	if r.kind == changelog {
		r.newestOnly()
	}
	return claims(d, attribution, r.facts)
}

func (r *reader) add(f fact) { r.facts = append(r.facts, f) }

// lineOf returns the span of the line(s) holding s, found by binary
// search: a large document has many lines and many facts.
func (r *reader) lineOf(s compare.Span) compare.Span {
	// The first line ending at or after s.Start.
	i, _ := slices.BinarySearchFunc(r.ls, s.Start, func(l line, at int) int { return l.span.End - at })
	if i >= len(r.ls) || r.ls[i].span.Start > s.End {
		return s
	}
	out := compare.Span{Start: r.ls[i].span.Start, End: r.ls[i].span.End}
	for j := i + 1; j < len(r.ls) && r.ls[j].span.Start <= s.End; j++ {
		out.End = r.ls[j].span.End
	}
	return out
}

// newestOnly keeps, of each fact a changelog states, the statement nearest
// the newest release (the first in a file listing releases newest first,
// the last in one listing them oldest first), as a passing mention.
func (r *reader) newestOnly() {
	newestFirst := true
	var vs []version.Version
	for _, l := range r.ls {
		if m := releaseHead.FindStringSubmatch(l.text); m != nil && l.heading {
			if v, err := version.Parse(m[1]); err == nil {
				vs = append(vs, v)
			}
		}
	}
	if len(vs) >= 2 && version.Compare(vs[0], vs[len(vs)-1]) < 0 {
		newestFirst = false
	}
	fs := r.facts
	slices.SortStableFunc(fs, func(a, b fact) int { return a.ev.Start - b.ev.Start })
	if !newestFirst {
		slices.Reverse(fs)
	}
	seen := map[string]bool{}
	var kept []fact
	for _, f := range fs {
		k := f.key + "\x00" + f.subject
		if seen[k] {
			continue
		}
		seen[k] = true
		// Even the newest entry records a change made then: it confirms
		// what other documents say but does not start a conflict.
		f.weak = true
		kept = append(kept, f)
	}
	r.facts = kept
}

var (
	releaseHead = regexp.MustCompile(`(?i)^\s{0,3}#{1,4}\s*(?:version\s+|release\s+)?\[?v?(\d+\.\d+(?:\.\d+)*)\]?(?:\s|$|\s*[-–(:])`)
	rstRelease  = regexp.MustCompile(`^\s*v?(\d+\.\d+(?:\.\d+)*)(?:\s|$|\s*[-–(])`)
	// A sentence marked as past does not state the current value:
	// "previously 100", "was raised from 3.7", "before version 2 it was".
	pastMarker = regexp.MustCompile(`(?i)\b(previously|formerly|used to|down from|up from|(?:was|were|has been|have been) (?:changed|renamed|moved|raised|bumped|lowered|increased|decreased|reduced) from|(?:before|prior to|until) (?:version |release |v)?\d|dropped support|in (?:version |v)?\d[\d.]* (?:and|or) (?:earlier|older)|older versions?|old versions?|legacy|was|were|had been)\b`)
)

// paragraph is a run of prose lines read as one text, newlines as spaces.
type paragraph struct {
	start   int
	text    string // masked: inline markup as spaces
	raw     string
	head    string
	code    bool
	cells   bool
	heading bool
	line    int // index in reader.ls of a table row's line, -1 otherwise
}

// paragraphs groups prose lines: blank lines, headings, list items, table
// rows and code lines each start a new paragraph (a code line or table
// row is a paragraph of its own).
func (r *reader) paragraphs() []paragraph {
	var out []paragraph
	cur, end := -1, 0
	flush := func() {
		if cur >= 0 {
			// Newlines become spaces: a phrase may wrap.
			raw := strings.Map(func(c rune) rune {
				if c == '\n' || c == '\r' {
					return ' '
				}
				return c
			}, string(r.d.Text[out[cur].start:end]))
			out[cur].raw, out[cur].text = raw, mask(raw)
		}
		cur = -1
	}
	for li, l := range r.ls {
		trim := strings.TrimSpace(l.text)
		switch {
		case trim == "":
			flush()
			continue
		case l.code || l.cells != nil || l.heading:
			flush()
			out = append(out, paragraph{start: l.span.Start, raw: l.text, text: mask(l.text), head: l.head, code: l.code,
				cells: l.cells != nil, heading: l.heading, line: li})
			continue
		case listItem.MatchString(l.text) || strings.HasPrefix(trim, "<"):
			flush()
		}
		if cur < 0 {
			out = append(out, paragraph{start: l.span.Start, head: l.head, line: -1})
			cur = len(out) - 1
		}
		end = l.span.End
	}
	flush()
	return out
}

var listItem = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])\s+`)

// maxSentence bounds how far sentenceAt looks for a sentence's ends.
const maxSentence = 600

// sentenceAt returns the bounds in p of the sentence holding [i, j).
func sentenceAt(s string, i, j int) (int, int) {
	// A sentence is taken to be at most maxSentence bytes each side of
	// the words: a paragraph without full stops stays linear to read.
	a := max(0, i-maxSentence)
	for k := i - 1; k > a; k-- {
		if (s[k] == ' ') && (s[k-1] == '.' || s[k-1] == '!' || s[k-1] == '?' || s[k-1] == ';') {
			a = k + 1
			break
		}
	}
	b := min(len(s), j+maxSentence)
	for k := j; k+1 < b; k++ {
		if (s[k] == '.' || s[k] == '!' || s[k] == '?' || s[k] == ';') && s[k+1] == ' ' {
			b = k + 1
			break
		}
	}
	return a, b
}

// past reports whether the sentence of p around [i, j) is marked as past.
func past(s string, i, j int) bool {
	a, b := sentenceAt(s, i, j)
	return pastMarker.MatchString(s[a:b])
}

// prose reads a Markdown, rST or text document: requirements, licences,
// support statements, counts, features, settings and ports in sentences;
// settings in table rows; versions and ports in badges, URLs and code.
func (r *reader) prose() {
	blocks := r.codeBlocks()
	lang := make(map[int]string, len(blocks)) // of a code line, its block's language
	for _, b := range blocks {
		for i := b.first; i <= b.last; i++ {
			lang[i] = b.lang
		}
	}
	for _, p := range r.paragraphs() {
		switch {
		case p.code:
			r.codeFacts(p, lang[p.line])
		case p.cells:
			r.tableFacts(p)
			r.sentenceFacts(p)
		default:
			r.sentenceFacts(p)
		}
	}
	r.tableCounts()
	r.platformLists()
	r.configSamples(blocks)
	if bytes.Contains(r.d.Text, []byte("<table")) {
		r.htmlTables()
	}
	if r.kind == changelog {
		r.releaseVersion()
	}
}

// releaseVersion reads the newest release heading of a changelog as the
// project's current version ("Unreleased" is not a release).
func (r *reader) releaseVersion() {
	for _, l := range r.ls {
		if !l.heading {
			continue
		}
		m := releaseHead.FindStringSubmatchIndex(l.text)
		if m == nil && strings.HasPrefix(strings.TrimSpace(l.text), "#") {
			continue
		}
		if m == nil {
			if m = rstRelease.FindStringSubmatchIndex(l.text); m == nil {
				continue
			}
		}
		v := l.text[m[2]:m[3]]
		ev := compare.Span{Start: l.span.Start + m[2], End: l.span.Start + m[3]}
		r.add(fact{key: "docs/version", question: "What is the current release?", kind: compare.Quantity,
			value: v, display: v, line: l.span, ev: ev})
		return
	}
}

// textFacts reads names that can sit in any text: environment variables,
// ports of local URLs, repository and documentation URLs.
func (r *reader) textFacts(code bool) {
	for _, l := range r.ls {
		if r.kind == docker || r.kind == yaml {
			r.assignments(l.text, l.span.Start, strings.ToLower(baseName(r.d.Path)))
		}
		if strings.Contains(l.text, "${") {
			// A configuration file or Dockerfile states its defaults; a
			// CI workflow's scripts and other files only mention some.
			config := (r.kind == docker || r.kind == yaml || r.kind == ini || r.kind == toml) && !r.workflow
			r.shellDefaults(l.text, l.span.Start, !config)
		}
		r.envNames(l.text, l.span.Start, l.head, code || l.code)
		r.localPorts(l.text, l.span.Start)
		r.urls(l.text, l.span.Start)
	}
}

// codeFacts reads a code line. Command lines and install commands are
// read only in shell code: a Python or YAML block's lines ("from x import
// y") are not commands a user runs.
func (r *reader) codeFacts(p paragraph, lang string) {
	if !programLang[lang] {
		r.commands(p.raw, p.start, true)
		r.installs(p.raw, p.start)
	}
	r.assignments(p.raw, p.start, "")
	if strings.Contains(p.raw, "${") {
		r.shellDefaults(p.raw, p.start, true)
	}
	r.envNames(p.raw, p.start, p.head, true)
	r.localPorts(p.raw, p.start)
	r.urls(p.raw, p.start)
}

// programLang names the code languages that are not a shell session.
var programLang = map[string]bool{"python": true, "py": true, "python3": true, "js": true, "javascript": true,
	"ts": true, "typescript": true, "jsx": true, "tsx": true, "go": true, "golang": true, "rust": true, "rs": true,
	"java": true, "kotlin": true, "kt": true, "c": true, "cpp": true, "c++": true, "csharp": true, "cs": true, "ruby": true,
	"rb": true, "php": true, "swift": true, "scala": true, "json": true, "jsonc": true, "yaml": true, "yml": true,
	"toml": true, "ini": true, "xml": true, "html": true, "css": true, "sql": true, "graphql": true, "proto": true,
	"dockerfile": true, "makefile": true, "lua": true, "r": true, "julia": true, "elixir": true, "haskell": true}

// sentenceFacts runs the prose rules on a paragraph. Each rule runs only
// when a word it needs is there: most paragraphs state no fact, and the
// cheap test keeps a large docs tree fast.
func (r *reader) sentenceFacts(p paragraph) {
	lower := strings.ToLower(p.text)
	digit := strings.ContainsAny(p.text, "0123456789")
	if digit && (mentionsTool(lower) || strings.Contains(lower, "msrv")) {
		r.requirements(p)
	}
	if strings.Contains(lower, "shields.io") {
		r.badges(p.raw, p.start)
	}
	if strings.Contains(lower, "licen") {
		r.licenses(p)
	}
	if platform.MatchString(p.text) {
		r.supports(p)
	}
	if digit {
		r.counts(p)
		r.subjectCounts(p)
		if strings.Contains(lower, "default") && !p.cells {
			// A table row's default belongs to the row's name (rowFacts),
			// not to a word in backticks in its description.
			r.defaults(p)
		}
		if strings.Contains(lower, "port") {
			r.portsInProse(p)
		}
		if strings.Contains(p.text, ":") {
			// In a table row, the words before a URL are another cell's,
			// not the name of what listens there.
			r.localPortsWith(p.raw, p.start, !p.cells)
		}
	}
	if strings.Contains(lower, "feature") {
		r.features(p)
	}
	if strings.Contains(p.text, "_") {
		r.envNames(p.raw, p.start, p.head, false)
	}
	if strings.Contains(lower, "install") || strings.Contains(lower, " add ") || strings.Contains(lower, " get ") || strings.Contains(lower, "require") {
		r.installs(p.raw, p.start)
	}
	if strings.Contains(lower, "http") {
		r.urls(p.raw, p.start)
	}
	if strings.Contains(p.raw, "`") {
		r.commands(p.raw, p.start, false)
	}
	if strings.Contains(p.raw, " is a") {
		r.descriptions(p)
	}
	if digit && (strings.Contains(lower, "version") || strings.Contains(lower, "release")) {
		r.currentVersion(p)
	}
}

// mentionsTool reports whether lower-case text holds a word naming a
// tool of tools.txt.
func mentionsTool(lower string) bool {
	for _, w := range strings.FieldsFunc(lower, func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '/')
	}) {
		if tools[strings.Trim(w, "./")] != "" {
			return true
		}
	}
	return false
}

func span(base, i, j int) compare.Span { return compare.Span{Start: base + i, End: base + j} }

func question(format string, a ...any) string { return fmt.Sprintf(format, a...) }
