package docs

import (
	"regexp"
	"slices"

	"github.com/claimdiff/claimdiff/compare/version"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Licence names as written, and the SPDX identifier each stands for.
var licenseNames = []struct {
	re *regexp.Regexp
	id string
}{
	{regexp.MustCompile(`(?i)\bapache(?:[- ]license)?(?:,?\s*(?:version\s*|v)?2(?:\.0)?)?\b`), "Apache-2.0"},
	{regexp.MustCompile(`(?i)\b(?:lgpl|lesser general public license)(?:[- ]?v?(\d)(?:\.\d)?)?`), "LGPL"},
	{regexp.MustCompile(`(?i)\b(?:agpl|affero general public license)(?:[- ]?v?(\d)(?:\.\d)?)?`), "AGPL"},
	{regexp.MustCompile(`(?i)\b(?:gpl|gnu general public license)(?:[- ]?v?(\d)(?:\.\d)?)?`), "GPL"},
	{regexp.MustCompile(`(?i)\bmpl(?:[- ]?v?2(?:\.0)?)?\b|\bmozilla public license\b`), "MPL-2.0"},
	{regexp.MustCompile(`(?i)\bbsd(?:[- ]?(\d)[- ]clause)?\b`), "BSD"},
	{regexp.MustCompile(`\bMIT\b`), "MIT"},
	{regexp.MustCompile(`\bISC\b`), "ISC"},
	{regexp.MustCompile(`(?i)\bunlicen[cs]e\b`), "Unlicense"},
	{regexp.MustCompile(`(?i)\bCC0\b`), "CC0-1.0"},
}

// licenseIDs returns the SPDX identifiers named in s, with their spans.
func licenseIDs(s string) (ids []string, spans [][2]int) {
	taken := make([]bool, len(s)+1)
	for _, ln := range licenseNames {
		for _, m := range ln.re.FindAllStringSubmatchIndex(s, -1) {
			if taken[m[0]] {
				continue
			}
			for k := m[0]; k < m[1]; k++ {
				taken[k] = true
			}
			id := ln.id
			if (id == "GPL" || id == "LGPL" || id == "AGPL") && len(m) > 2 && m[2] >= 0 {
				id += "-" + s[m[2]:m[3]] + ".0"
			}
			if id == "BSD" && len(m) > 2 && m[2] >= 0 {
				id += "-" + s[m[2]:m[3]] + "-Clause"
			}
			ids = append(ids, id)
			spans = append(spans, [2]int{m[0], m[1]})
		}
	}
	return ids, spans
}

var licenseWord = regexp.MustCompile(`(?i)\blicen[cs]e[ds]?\b`)

// licenses reads "released under the MIT license" and the like: in
// passing, since a README often names the licences of what it bundles.
func (r *reader) licenses(p paragraph) {
	for _, lm := range licenseWord.FindAllStringIndex(p.text, -1) {
		a, b := sentenceAt(p.text, lm[0], lm[1])
		ids, spans := licenseIDs(p.text[a:b])
		for i, id := range ids {
			ev := span(p.start, a+spans[i][0], a+spans[i][1])
			r.addLicense(id, p.raw[a+spans[i][0]:a+spans[i][1]], ev, true)
		}
	}
}

func (r *reader) addLicense(id, display string, ev compare.Span, weak bool) {
	r.add(fact{key: "docs/license", question: "Under which licence is the project distributed?", kind: compare.Name,
		value: id, display: display, line: r.lineOf(ev), ev: ev, weak: weak})
}

var (
	platform = regexp.MustCompile(`(?i)\b(windows|win32|macos|mac\s?os(?:\s?x)?|os\s?x|linux|freebsd|openbsd|wsl2?)\b`)
	// A support cue: the clause says something about where it runs.
	supportCue = regexp.MustCompile(`(?i)\b(support(?:s|ed)?|unsupported|works?|working|runs?|running|available|compatible)\b`)
	// negation is a negative word bound to the support cue ("is not
	// supported", "does not run", "no support", "unsupported"), not any
	// negation of the clause ("installs on Windows go to no lib folder").
	negation  = regexp.MustCompile(`(?i)\bunsupported\b|\bno(?:t|t yet)?\s+(?:\w+\s+){0,2}?(?:support(?:s|ed)?|works?|runs?|available|compatible)\b|n't\s+(?:\w+\s+){0,2}?(?:support(?:s|ed)?|work|run|available|compatible)\b|\b(?:cannot|never|can't)\s+(?:\w+\s+){0,1}?(?:run|work|be used|support)\b`)
	clauseCut = regexp.MustCompile(`(?i);|\s—\s|,?\s+but\s+|,?\s+while\s+|,?\s+whereas\s+|,?\s+except\s+`)
)

// platformName normalises a platform as written.
func platformName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	switch {
	case strings.HasPrefix(s, "win"):
		return "windows"
	case strings.HasPrefix(s, "mac") || strings.HasPrefix(s, "os"):
		return "macos"
	case strings.HasPrefix(s, "wsl"):
		return "wsl"
	}
	return s
}

// supports reads yes/no statements of support for a platform, one clause
// at a time ("Linux and macOS are supported, but Windows is not").
func (r *reader) supports(p paragraph) {
	t := p.text
	for i := 0; i < len(t); {
		a, b := sentenceAt(t, i, i)
		if b <= i {
			b = len(t)
		}
		sent := t[a:b]
		if platform.MatchString(sent) && !pastMarker.MatchString(sent) {
			cuts := clauseCut.FindAllStringIndex(sent, -1)
			start := 0
			for k := 0; k <= len(cuts); k++ {
				end := len(sent)
				if k < len(cuts) {
					end = cuts[k][0]
				}
				r.supportClause(p, a+start, sent[start:end])
				if k < len(cuts) {
					start = cuts[k][1]
				}
			}
		}
		i = b + 1
	}
}

func (r *reader) supportClause(p paragraph, off int, clause string) {
	if !supportCue.MatchString(clause) || strings.Contains(clause, "?") {
		return
	}
	value := "yes"
	if negation.MatchString(clause) {
		value = "no"
	}
	if value == "yes" {
		r.platformSet(platform.FindAllStringIndex(clause, -1), clause, span(p.start, off, off+len(clause)), false)
	}
	for _, m := range platform.FindAllStringIndex(clause, -1) {
		name := platformName(clause[m[0]:m[1]])
		ev := span(p.start, off+m[0], off+m[1])
		r.add(fact{key: "docs/supports/" + name, question: question("Is %s supported?", platformTitle(name)),
			kind: compare.PolarityKind, value: value, display: strings.TrimSpace(p.raw[off : off+len(clause)]),
			line: r.lineOf(ev), ev: ev})
	}
}

func platformTitle(p string) string {
	switch p {
	case "macos":
		return "macOS"
	case "freebsd":
		return "FreeBSD"
	case "openbsd":
		return "OpenBSD"
	case "wsl":
		return "WSL"
	}
	return strings.ToUpper(p[:1]) + p[1:]
}

var countPhrase = regexp.MustCompile(`(?i)\b(supports?|supporting|has|have|includes?|including|provides?|offers?|handles?|covers?|understands?|with)\s+(?:support\s+for\s+)?(over|more than|at least|nearly|almost|about|around|~|some)?\s*(\d+)(\+)?\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*s)\b`)

// counts reads "supports over 30 languages": how many of something the
// project has, as a bound or a number. Sentences whose subject is another
// named thing ("Tool X supports 10") are left out: the subject must be
// the document's own (its title's words, or a pronoun).
func (r *reader) counts(p paragraph) {
	for _, m := range countPhrase.FindAllStringSubmatchIndex(p.text, -1) {
		if past(p.text, m[0], m[1]) {
			continue
		}
		a, _ := sentenceAt(p.text, m[0], m[1])
		if !r.ownSubject(p.text[a:m[0]]) {
			continue
		}
		n, err := strconv.Atoi(p.text[m[6]:m[7]])
		if err != nil {
			continue
		}
		bound := "="
		if m[4] >= 0 {
			switch w := strings.ToLower(p.text[m[4]:m[5]]); w {
			case "over", "more than", "at least":
				bound = ">"
			case "some", "about", "around", "~", "nearly", "almost":
				bound = "~"
			}
		}
		if m[8] >= 0 {
			bound = ">"
		}
		noun := countNoun(p.text[m[10]:m[11]])
		ev := span(p.start, m[4], m[11])
		if m[4] < 0 {
			ev = span(p.start, m[6], m[11])
		}
		r.add(fact{key: "docs/count/" + noun, question: question("How many %s?", noun), kind: compare.Quantity,
			value: bound + strconv.Itoa(n), display: strings.TrimSpace(p.raw[ev.Start-p.start : ev.End-p.start]), line: r.lineOf(ev), ev: ev})
	}
}

// countSubject is a count that is the subject of its sentence: "Over 30
// languages are supported".
var countSubject = regexp.MustCompile(`(?i)(?:^|[.!?:]\s+)(over|more than|at least|nearly|almost|about|around|~)?\s*(\d+)(\+)?\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*s)\s+(?:are|is)\s+(?:supported|available|included|built in)\b`)

// subjectCounts reads counts in the form countSubject matches.
func (r *reader) subjectCounts(p paragraph) {
	for _, m := range countSubject.FindAllStringSubmatchIndex(p.text, -1) {
		if past(p.text, m[0], m[1]) {
			continue
		}
		n, err := strconv.Atoi(p.text[m[4]:m[5]])
		if err != nil {
			continue
		}
		bound := "="
		start := m[4]
		if m[2] >= 0 {
			start = m[2]
			switch strings.ToLower(p.text[m[2]:m[3]]) {
			case "over", "more than", "at least":
				bound = ">"
			default:
				bound = "~"
			}
		}
		if m[6] >= 0 {
			bound = ">"
		}
		noun := countNoun(p.text[m[8]:m[9]])
		ev := span(p.start, start, m[9])
		r.add(fact{key: "docs/count/" + noun, question: question("How many %s?", noun), kind: compare.Quantity,
			value: bound + strconv.Itoa(n), display: strings.TrimSpace(p.raw[start:m[9]]), line: r.lineOf(ev), ev: ev})
	}
}

// countNoun keeps the last two words of a counted noun phrase.
func countNoun(s string) string {
	w := strings.Fields(strings.ToLower(s))
	if len(w) > 2 {
		w = w[len(w)-2:]
	}
	return strings.Join(w, " ")
}

var pronounSubject = regexp.MustCompile(`(?i)^\s*(it|this|we|this (?:tool|project|library|package|crate|module|app|application|program))\b`)

// ownSubject reports whether the words before a count's verb are about
// the document's project: empty, a pronoun, or a word of its title.
func (r *reader) ownSubject(before string) bool {
	before = strings.TrimSpace(before)
	if before == "" || pronounSubject.MatchString(before) {
		return true
	}
	title := words(r.title())
	for _, w := range words(before) {
		for _, t := range title {
			if w == t && len(w) > 2 {
				return true
			}
		}
	}
	return false
}

// title is the document's title, or its first heading.
func (r *reader) title() string {
	if r.d.Title != "" {
		return r.d.Title
	}
	for _, l := range r.ls {
		if l.heading {
			return l.head
		}
	}
	return ""
}

// tableCounts reads a table under a heading as a count of the heading's
// things: a "Languages" heading over 38 rows states 38 languages. Only
// counted in passing: a table may list only some.
func (r *reader) tableCounts() {
	for i := 0; i < len(r.ls); i++ {
		l := r.ls[i]
		if !l.heading {
			continue
		}
		noun := countNoun(strings.Join(words(l.head), " "))
		if noun == "" || !strings.HasSuffix(noun, "s") {
			continue
		}
		rows := 0
		for j := i + 1; j < len(r.ls) && !r.ls[j].heading; j++ {
			if r.ls[j].cells != nil && r.ls[j].header != nil {
				rows++
			}
		}
		if rows < 3 {
			continue
		}
		r.add(fact{key: "docs/count/" + noun, question: question("How many %s?", noun), kind: compare.Quantity,
			value: "=" + strconv.Itoa(rows), display: strconv.Itoa(rows) + " table rows", line: l.span, ev: l.span, weak: true})
	}
}

var (
	featureName = regexp.MustCompile("(?i)`\"?([A-Za-z0-9][A-Za-z0-9_\\-]*)\"?`\\s+(?:cargo\\s+|crate\\s+|optional\\s+|build\\s+)?feature\\b|\\bfeatures?\\s+`\"?([A-Za-z0-9][A-Za-z0-9_\\-]*)\"?`")
	removed     = regexp.MustCompile(`(?i)\b(has been removed|was removed|were removed|is removed|deprecated|no longer (?:exists|available|supported)|not available|does not exist)\b`)
)

// features reads named optional features ("the `std` feature").
func (r *reader) features(p paragraph) {
	for _, m := range featureName.FindAllStringSubmatchIndex(p.raw, -1) {
		a, b := m[2], m[3]
		if a < 0 {
			a, b = m[4], m[5]
		}
		name := strings.ToLower(p.raw[a:b])
		value := "yes"
		sa, sb := sentenceAt(p.raw, m[0], m[1])
		if removed.MatchString(p.raw[sa:sb]) {
			value = "no"
		}
		r.addFeature(name, value, span(p.start, a, b))
	}
}

func (r *reader) addFeature(name, value string, ev compare.Span) {
	r.add(fact{key: "docs/feature/" + name, question: question("Is there a %q feature?", name), kind: compare.PolarityKind,
		value: value, display: name, line: r.lineOf(ev), ev: ev})
}

// unitPattern is a unit of time or size written after a setting's number.
const unitPattern = `(?:ms|milliseconds?|millis|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|[kmgt]i?b|[kmgt]|bytes?)`

var defaultPhrase = regexp.MustCompile("(?i)`([A-Za-z_][A-Za-z0-9_.\\-]*)`[^.;]{0,120}?\\bdefaults?(?:\\s+value)?(?:\\s+(?:is|to|of|=))?\\s*:?\\s*`?(\\d+(?:\\.\\d+)?(?:\\s*" + unitPattern + ")?)\\b")

// defaults reads "`timeout` defaults to 30s": a setting's default.
func (r *reader) defaults(p paragraph) {
	for _, m := range defaultPhrase.FindAllStringSubmatchIndex(p.raw, -1) {
		if past(p.raw, m[0], m[1]) {
			continue
		}
		ev := span(p.start, m[4], m[5])
		r.addSetting(p.raw[m[2]:m[3]], p.raw[m[4]:m[5]], ev, how{ctx: words(p.head), role: defaulted})
	}
}

// how says how a setting's value is stated: the words of its section, in
// passing or not, as a default or as configured and in which file.
type how struct {
	ctx     []string
	weak    bool
	role    role
	file    string
	comment bool // read from a comment of a configuration file
}

// addSetting records the value of the setting named name (as written).
func (r *reader) addSetting(name, raw string, ev compare.Span, h how) {
	subject := settingName(name)
	v, ok := settingValue(raw, subject)
	if !ok || subject == "" {
		return
	}
	q := "What is the value of %s?"
	if h.role == defaulted {
		q = "What is the default of %s?"
	}
	r.add(fact{key: "docs/set/" + subject, question: question(q, strings.Trim(stripMarkup(name), `"'`)), kind: compare.Quantity,
		value: v, display: strings.TrimSpace(raw), subject: subject, ctx: h.ctx, line: r.lineOf(ev), ev: ev, weak: h.weak,
		role: h.role, file: h.file, comment: h.comment})
}

var settingNumber = regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*(ms|millis(?:econds?)?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|[kmgt]i?b?|bytes?)?$`)

// sizeName says a setting's name is about an amount of memory or data,
// where "256m" is megabytes, not minutes.
var sizeName = regexp.MustCompile(`size|mem|buffer|bytes|heap|cache|capacity|limit`)

// settingValue normalises a number with an optional unit: times in
// milliseconds ("30s" gives "30000ms"); sizes keep their unit ("256mb").
// A lone "M" is megabytes and a lone "m" minutes, unless the setting's
// name (normalised, as settingName gives it) is about a size.
func settingValue(raw, name string) (string, bool) {
	raw = strings.Trim(strings.TrimSpace(raw), "`\"'")
	m := settingNumber.FindStringSubmatch(strings.ToLower(raw))
	if m == nil {
		return "", false
	}
	f, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return "", false
	}
	unit := m[2]
	if unit == "m" && (strings.HasSuffix(raw, "M") || sizeName.MatchString(name)) {
		unit = "mb"
	}
	mult := 0.0
	switch {
	case unit == "":
		return m[1], true
	case strings.HasPrefix(unit, "ms") || strings.HasPrefix(unit, "milli"):
		mult = 1
	case unit == "s" || strings.HasPrefix(unit, "sec"):
		mult = 1000
	case unit == "m" || strings.HasPrefix(unit, "min"):
		mult = 60000
	case strings.HasPrefix(unit, "h"):
		mult = 3600000
	case strings.HasPrefix(unit, "byte"):
		return m[1] + "b", true
	default:
		// Sizes: "k", "kb" and "kib" are one unit as documents write it.
		return m[1] + unit[:1] + "b", true
	}
	return strconv.FormatFloat(f*mult, 'f', -1, 64) + "ms", true
}

var portPhrase = regexp.MustCompile(`(?i)\b((?:[a-z][a-z0-9-]*\s+){0,2})port\s*(?:is|:|=|number|of)?\s*(?:set\s+to\s+)?` + "`?" + `(\d{2,5})\b`)

var portStop = map[string]bool{"the": true, "a": true, "on": true, "at": true, "to": true, "default": true, "its": true, "same": true, "this": true, "uses": true, "use": true, "and": true, "via": true, "using": true, "listens": true, "runs": true, "is": true, "by": true, "from": true, "of": true, "in": true, "with": true,
	"listening": true, "listen": true, "serves": true, "served": true, "serve": true, "running": true, "exposed": true, "expose": true,
	"exposes": true, "bound": true, "bind": true, "binds": true, "local": true, "your": true, "custom": true, "different": true,
	"another": true, "any": true, "free": true, "open": true, "opens": true, "available": true, "given": true, "specified": true}

// portsInProse reads "the web port is 8080": a port with the words that
// say whose it is.
func (r *reader) portsInProse(p paragraph) {
	for _, m := range portPhrase.FindAllStringSubmatchIndex(p.text, -1) {
		if past(p.text, m[0], m[1]) {
			continue
		}
		var subj []string
		for _, w := range words(p.text[m[2]:m[3]]) {
			if !portStop[w] {
				subj = append(subj, w)
			}
		}
		if len(subj) == 0 {
			// "The web console listens on port 8080": the sentence's subject.
			a, _ := sentenceAt(p.text, m[0], m[1])
			subj = leadSubject(p.text[a:m[0]])
			if abbr := abbreviationBefore.FindStringSubmatch(p.text[a:m[0]]); abbr != nil {
				// "Live preview server (LPS) on port 5100": the
				// short name, as other pages write it.
				subj = words(abbr[1])
			}
		}
		ev := span(p.start, m[4], m[5])
		r.addPort(strings.Join(subj, " "), p.text[m[4]:m[5]], ev, len(subj) == 0)
	}
}

// verbStop ends the subject at the start of a sentence.
var verbStop = map[string]bool{"is": true, "are": true, "runs": true, "run": true, "listens": true, "listen": true,
	"serves": true, "serve": true, "uses": true, "use": true, "starts": true, "start": true, "binds": true, "exposes": true,
	"will": true, "can": true, "should": true, "must": true, "on": true, "at": true, "by": true, "defaults": true,
	"opens": true, "open": true, "answers": true, "accepts": true, "waits": true, "lives": true, "sits": true}

// subjectStop are words that never name whose a port is.
var subjectStop = map[string]bool{"visit": true, "go": true, "navigate": true, "browse": true, "browser": true, "point": true,
	"http": true, "https": true, "url": true, "address": true, "see": true, "now": true, "then": true, "reachable": true,
	"localhost": true, "it": true, "this": true, "that": true, "you": true, "we": true, "page": true, "then,": true, "once": true,
	"after": true, "when": true, "started": true, "up": true, "web": false,
	// Verbs and conjunctions before a URL ("access it at", "curl
	// localhost:8080", "A or B") name no service.
	"access": true, "curl": true, "wget": true, "check": true, "try": true, "call": true, "reach": true, "hit": true,
	"connect": true, "request": true, "or": true, "and": true}

// leadSubject returns the content words (at most two) a sentence starts
// with, up to its verb: "The web console" of "The web console listens on".
func leadSubject(s string) []string {
	var out []string
	for _, w := range words(s) {
		if verbStop[w] {
			break
		}
		if !portStop[w] && !subjectStop[w] {
			out = append(out, w)
		}
	}
	if len(out) > 2 {
		out = out[len(out)-2:]
	}
	return out
}

// subjectBefore returns the content words (at most two) right before a
// local URL: "the dashboard" of "open the dashboard at http://...".
func subjectBefore(s string) []string {
	ws := words(s)
	var out []string
	for i := len(ws) - 1; i >= 0 && len(out) < 2 && len(ws)-i <= 5; i-- {
		w := ws[i]
		if portStop[w] || subjectStop[w] || verbStop[w] {
			if len(out) > 0 {
				break
			}
			continue
		}
		out = append([]string{w}, out...)
	}
	return out
}

func (r *reader) addPort(subject, port string, ev compare.Span, weak bool) {
	// "api-gateway" (a compose service) is the "api gateway" prose
	// names.
	subject = strings.Join(words(subject), " ")
	n, err := strconv.Atoi(port)
	if err != nil || n < 1 || n > 65535 {
		return
	}
	q := "Which port is used?"
	if subject != "" {
		q = question("Which port does %s use?", subject)
	}
	r.add(fact{key: "docs/port/" + subject, question: q, kind: compare.Quantity, value: port, display: port,
		subject: subject, line: r.lineOf(ev), ev: ev, weak: weak})
}

var (
	// abbreviationBefore is a name's short form in parentheses at the end
	// of a sentence's subject: "Live preview server (LPS) on".
	abbreviationBefore = regexp.MustCompile(`\(([A-Za-z][A-Za-z0-9.\-]{0,15}(?: [A-Za-z0-9.\-]{1,15})?)\)\s*(?:(?:is|are|runs|listens|uses|serves|on|at)\s+)*$`)
	// labelAfter is a label in parentheses right after a URL.
	labelAfter  = regexp.MustCompile("^[^\\s()<>`]*[>`]?\\s*\\(([A-Za-z][A-Za-z0-9.\\-]{0,15}(?: [A-Za-z0-9.\\-]{1,15})?)\\)")
	localURL    = regexp.MustCompile(`(?i)\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\])\s*:(\d{2,5})\b`)
	publishFlag = regexp.MustCompile(`(?:-p|--publish)[ =](?:[\d.]+:)?(\d{2,5}):(\d{2,5})\b`)
)

// localPorts reads ports of local URLs and of container publish flags, in
// passing: a page names several.
func (r *reader) localPorts(s string, base int) {
	r.localPortsWith(s, base, false)
}

// localPortsWith is localPorts; in prose (named), a port whose URL
// follows the name of what listens there ("the dashboard at
// http://localhost:7070") is stated firmly, with that name.
func (r *reader) localPortsWith(s string, base int, named bool) {
	for _, m := range localURL.FindAllStringSubmatchIndex(s, -1) {
		var subj []string
		if named {
			a, _ := sentenceAt(s, m[0], m[1])
			before := strings.TrimSpace(s[a:m[0]])
			before = strings.TrimSuffix(strings.TrimSuffix(before, "http://"), "https://")
			switch label := labelAfter.FindStringSubmatch(s[m[1]:]); {
			case label != nil:
				// "http://localhost:5100 (preview)": the label names it.
				subj = words(label[1])
			case strings.HasSuffix(before, "]("):
				// A link's text names the page linked to, not what
				// listens on the port.
			default:
				subj = subjectBefore(before)
			}
		}
		r.addPort(strings.Join(subj, " "), s[m[2]:m[3]], span(base, m[2], m[3]), len(subj) == 0)
	}
	for _, m := range publishFlag.FindAllStringSubmatchIndex(s, -1) {
		r.addPort("", s[m[4]:m[5]], span(base, m[4], m[5]), true)
	}
}

// ciVariable matches the variables CI systems set for every job.
var ciVariable = regexp.MustCompile(`^(GITHUB|RUNNER|ACTIONS|GITLAB|CI|TRAVIS|CIRCLE|BUILDKITE|APPVEYOR|BITBUCKET|JENKINS|DRONE)_`)

var (
	envName = regexp.MustCompile(`\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b`)
	envCue  = regexp.MustCompile(`(?i)\benv\b|environment|variable|\bexport\b|\$\{?[A-Z]|getenv|process\.env|os\.environ|\bENV\b|\s-e\s`)
)

// envNames reads environment variable names: UPPER_SNAKE words. Where
// nothing says they are variables (a heading, "export", "${…}") they
// count in passing, as the same spelling names constants in code.
func (r *reader) envNames(s string, base int, head string, code bool) {
	cue := envCue.MatchString(s) || strings.Contains(head, "environment") || strings.Contains(head, "variable")
	// A workflow names the CI system's variables and its secrets, not
	// the project's settings.
	weak := !cue || r.kind == yaml && r.workflow
	for _, m := range envName.FindAllStringIndex(s, -1) {
		name := s[m[0]:m[1]]
		key, ok := envKey(name)
		if !ok || ciVariable.MatchString(name) {
			continue
		}
		ev := span(base, m[0], m[1])
		r.add(fact{key: key, question: envQuestion(name), kind: compare.Name,
			value: name, display: name, subject: name, line: r.lineOf(ev), ev: ev, weak: weak})
	}
}

// Roles of the last word of a variable name: spellings of one role.
var envRoles = map[string]string{
	"USER": "user", "USERNAME": "user", "LOGIN": "user", "UID": "user",
	"PASS": "password", "PASSWORD": "password", "PASSWD": "password", "PWD": "password",
	"URL": "url", "URI": "url", "ENDPOINT": "url", "ADDR": "url", "ADDRESS": "url",
	"HOST": "host", "HOSTNAME": "host", "SERVER": "host",
	"DIR": "dir", "DIRECTORY": "dir", "FOLDER": "dir",
	"KEY": "key", "APIKEY": "key", "TOKEN": "token",
	"DB": "database", "DATABASE": "database",
	"CONFIG": "config", "CONF": "config", "CFG": "config",
}

// envKey groups a variable name by its first word and the role of its
// last: SPARQL_USER and SPARQL_ENDPOINT_USERNAME both give
// "docs/env/sparql/user", so that a renamed variable meets its old name.
func envKey(name string) (string, bool) {
	parts := strings.Split(name, "_")
	if len(parts) < 2 || len(parts[0]) < 2 || len(name) < 5 {
		return "", false
	}
	return "docs/env/" + strings.ToLower(parts[0]) + "/" + envRole(name), true
}

// envQuestion asks for a variable by its first word and role: "Which
// environment variable sets the SPARQL user?".
func envQuestion(name string) string {
	first := name[:strings.IndexByte(name, '_')]
	last := name[strings.LastIndexByte(name, '_')+1:]
	if _, ok := envRoles[last]; ok {
		return question("Which environment variable sets the %s %s?", first, envRole(name))
	}
	return question("Which environment variable is %s_…_%s?", first, last)
}

func envRole(name string) string {
	parts := strings.Split(name, "_")
	last := parts[len(parts)-1]
	if r, ok := envRoles[last]; ok {
		return r
	}
	return strings.ToLower(last)
}

// envVariants reports whether two variable names may name one setting:
// same first word, same role, and the middle words of one among those of
// the other (SPARQL_USER and SPARQL_ENDPOINT_USERNAME, not DB_HOST and
// CACHE_HOST).
func envVariants(a, b string) bool {
	if a == b {
		return true
	}
	pa, pb := strings.Split(a, "_"), strings.Split(b, "_")
	if len(pa) < 2 || len(pb) < 2 || pa[0] != pb[0] || envRole(a) != envRole(b) {
		return false
	}
	ma, mb := pa[1:len(pa)-1], pb[1:len(pb)-1]
	if len(ma) > len(mb) {
		ma, mb = mb, ma
	}
	for _, w := range ma {
		found := false
		for _, x := range mb {
			if w == x {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

var (
	repoURL = regexp.MustCompile(`(?i)https?://(?:www\.)?(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)/([A-Za-z0-9_.\-]+)/([A-Za-z0-9_.\-]+)`)
	docsURL = regexp.MustCompile(`(?i)https?://([a-z0-9\-]+\.(?:readthedocs\.io|github\.io|gitbook\.io|netlify\.app|pages\.dev)|docs\.[a-z0-9.\-]+)(/[^\s)\]"'>]*)?`)
)

// urls reads where the code and the documentation live, in passing.
func (r *reader) urls(s string, base int) {
	for _, m := range repoURL.FindAllStringSubmatchIndex(s, -1) {
		owner, repo := s[m[4]:m[5]], strings.TrimSuffix(s[m[6]:m[7]], ".git")
		if owner == "orgs" || owner == "sponsors" || strings.EqualFold(owner, "badges") {
			continue
		}
		v := strings.ToLower(s[m[2]:m[3]] + "/" + owner + "/" + repo)
		r.addURL("docs/url/repository", "Where is the source repository?", v, span(base, m[0], m[1]), true)
	}
	for _, m := range docsURL.FindAllStringSubmatchIndex(s, -1) {
		v := strings.ToLower(s[m[2]:m[3]])
		r.addURL("docs/url/docs", "Where is the documentation?", v, span(base, m[0], m[1]), true)
	}
}

func (r *reader) addURL(key, q, v string, ev compare.Span, weak bool) {
	r.add(fact{key: key, question: q, kind: compare.Name, value: v, display: v, line: r.lineOf(ev), ev: ev, weak: weak})
}

var install = regexp.MustCompile(`\b(pip3?|pipx|uv pip|npm|yarn|pnpm|cargo|gem|go|composer|conda)\s+(?:install|add|i|get|require)\s+((?:-[-\w]+(?:[ =][^\s-][^\s]*)?\s+)*)([A-Za-z@][A-Za-z0-9_.@/\-]*)`)

// installs reads install commands ("pip install name"): the package name
// a user is told to install, in passing (a page installs other things).
func (r *reader) installs(s string, base int) {
	for _, m := range install.FindAllStringSubmatchIndex(s, -1) {
		eco := ecosystem(s[m[2]:m[3]])
		name := s[m[6]:m[7]]
		if at := strings.LastIndex(name, "@"); at > 0 {
			name = name[:at]
		}
		if i := strings.IndexAny(name, "[=<>"); i > 0 {
			name = name[:i]
		}
		r.addPackage(eco, name, span(base, m[6], m[7]), true)
	}
}

func ecosystem(tool string) string {
	switch tool {
	case "pip", "pip3", "pipx", "uv pip", "conda":
		return "python"
	case "npm", "yarn", "pnpm":
		return "npm"
	}
	return tool
}

func (r *reader) addPackage(eco, name string, ev compare.Span, weak bool) {
	v := strings.ToLower(name)
	if eco == "python" {
		v = strings.NewReplacer("_", "-", ".", "-").Replace(v)
	}
	r.add(fact{key: "docs/package/" + eco, question: "Under which name is the package installed?", kind: compare.Name,
		value: v, display: name, line: r.lineOf(ev), ev: ev, weak: weak})
}

var (
	leadingValue = regexp.MustCompile(`(?i)^(\d+(?:\.\d+)?(?:\s*` + unitPattern + `)?)(?:\s*\(.*\))?\s*$`)
	headerUnit   = regexp.MustCompile(`\((ms|s|seconds|minutes|milliseconds)\)`)
)

var nameHeader = regexp.MustCompile(`(?i)\b(name|key|option|parameter|param|setting|property|variable|field|flag|config)s?\b`)

// tableFacts reads a Markdown table row: a setting and its default when
// the table has a default (or value) column; a requirement when the row
// names a tool.
func (r *reader) tableFacts(p paragraph) {
	if p.line < 0 || p.line >= len(r.ls) {
		return
	}
	l := &r.ls[p.line]
	r.rowFacts(l.cells, l.header, l.head)
}

// rowFacts reads one table row, Markdown or HTML, given its table's
// header cells (lower case) and the heading above it.
func (r *reader) rowFacts(cells []cell, header []string, head string) {
	if len(cells) < 2 || header == nil {
		return
	}
	l := struct {
		cells  []cell
		header []string
		head   string
	}{cells, header, head}
	// A row naming a tool with a version: a requirements table.
	if tool := toolName(stripMarkup(l.cells[0].text)); tool != "" {
		for _, c := range l.cells[1:] {
			text := strings.TrimSpace(stripMarkup(c.text))
			var vs []version.Version
			for _, v := range cellVersion.FindAllString(text, -1) {
				if x, err := version.Parse(v); err == nil {
					vs = append(vs, x)
				}
			}
			if cons, err := version.ParseConstraint(strings.ReplaceAll(text, " ", "")); err == nil && !cons.Pin {
				r.addRequirement(tool, cons, stripMarkup(l.cells[0].text)+" "+text, c.span, false)
				return
			} else if len(vs) >= 2 && strings.ContainsAny(text, ",/") {
				r.addVersionSet(tool, vs, stripMarkup(l.cells[0].text)+" "+text, c.span, false, false)
				return
			}
		}
	}
	col := -1
	for i, h := range l.header {
		if strings.Contains(h, "default") {
			col = i
			break
		}
	}
	if col < 0 && r.describedDefault(l.cells, l.header, l.head) {
		return
	}
	if col < 0 {
		for i, h := range l.header {
			if i > 0 && (h == "value" || strings.Contains(h, "port")) {
				col = i
				break
			}
		}
	}
	if col < 1 || col >= len(l.cells) {
		return
	}
	nameCol := 0
	for i, h := range l.header {
		if i < col && nameHeader.MatchString(h) {
			nameCol = i
			break
		}
	}
	if nameCol >= len(l.cells) {
		return
	}
	name := l.cells[nameCol]
	nameText := stripMarkup(name.text)
	if len(strings.Fields(nameText)) > 3 {
		return
	}
	v := l.cells[col]
	if envName.FindString(nameText) == nameText && !strings.Contains(l.header[col], "default") {
		// A variable's name is read by envNames; its value only when the
		// table gives it as the default, since a "value" column of
		// variables holds examples.
		return
	}
	value := stripMarkup(v.text)
	// "8080 (web UI)", "30 s": the leading number with its unit.
	if m := leadingValue.FindStringSubmatch(value); m != nil {
		value = m[1]
	}
	// A unit in the column's header applies to the bare numbers below.
	if m := headerUnit.FindStringSubmatch(l.header[col]); m != nil && settingNumber.MatchString(value) && !strings.ContainsAny(value, "abcdefghijklmnopqrstuvwxyz") {
		value += m[1]
	}
	if r.servicePorts(l.cells, l.header, nameCol, nameText) {
		return
	}
	h := how{ctx: words(l.head)}
	if strings.Contains(l.header[col], "default") {
		h.role = defaulted
	}
	r.addSetting(nameText, value, v.span, h)
}

// settingHeader names a column of setting names, as opposed to a column
// of services or components.
var settingHeader = regexp.MustCompile(`(?i)\b(key|option|parameter|param|setting|property|variable|field|flag|config)s?\b`)

// servicePorts reads a table of services and their ports ("| Service |
// Port |", "| Component | HTTP port | Admin port |"): each port cell is the port
// of the row's service, named as prose names it ("the web UI listens on
// port 3000"), with the column's words when several columns hold ports
// ("gateway admin"). It reports whether the row was such a row.
func (r *reader) servicePorts(cells []cell, header []string, nameCol int, name string) bool {
	if settingHeader.MatchString(header[nameCol]) || strings.Contains(cells[nameCol].text, "`") || strings.Contains(header[nameCol], "port") {
		return false
	}
	var cols []int
	for i, h := range header {
		if i != nameCol && i < len(cells) && portHeader.MatchString(h) {
			cols = append(cols, i)
		}
	}
	subject := strings.Join(words(name), " ")
	if len(cols) == 0 || subject == "" {
		return false
	}
	for _, i := range cols {
		m := leadingPort.FindStringSubmatchIndex(cells[i].text)
		if m == nil {
			continue
		}
		subj := subject
		if len(cols) > 1 {
			for _, w := range words(header[i]) {
				if w != "port" && w != "ports" && w != "number" {
					subj += " " + w
				}
			}
		}
		r.addPort(subj, cells[i].text[m[2]:m[3]], span(cells[i].span.Start, m[2], m[3]), false)
	}
	return true
}

var (
	portHeader  = regexp.MustCompile(`(?i)^(?:[a-z]+\s+){0,2}ports?(?:\s+numbers?)?$`)
	leadingPort = regexp.MustCompile("^`?(\\d{2,5})`?(?:\\s|$|/)")
)

// describedDefault reads a default stated in a description cell of a
// table of settings ("| retries | int | How often to retry; default is 4 |"):
// the default of the setting the row's name cell names. It reports
// whether the row gave one.
func (r *reader) describedDefault(cells []cell, header []string, head string) bool {
	nameCol := -1
	for i, h := range header {
		if nameHeader.MatchString(h) {
			nameCol = i
			break
		}
	}
	if nameCol < 0 || nameCol >= len(cells) {
		return false
	}
	name := stripMarkup(cells[nameCol].text)
	// A setting's name is one word as a file writes it: "webPort",
	// "max_connections", "server.port".
	if len(strings.Fields(name)) != 1 || envName.FindString(name) == name {
		return false
	}
	for i, c := range cells {
		if i == nameCol {
			continue
		}
		ms := defaultComment.FindAllStringSubmatchIndex(c.text, -1)
		// Two defaults in one description are two cases ("30 on Linux,
		// 60 elsewhere"): neither is the default.
		if len(ms) != 1 || past(c.text, ms[0][0], ms[0][1]) {
			continue
		}
		m := ms[0]
		r.addSetting(name, c.text[m[2]:m[3]], span(c.span.Start, m[2], m[3]), how{ctx: words(head), role: defaulted})
		return true
	}
	return false
}

var (
	shellLine  = regexp.MustCompile(`^\s*(?:\$\s+)?([a-z][a-z0-9_\-]{2,})\s+([a-z][a-z0-9\-]+)\b`)
	inlineCode = regexp.MustCompile("``?([a-z][a-z0-9_\\-]{2,}) ([a-z][a-z0-9\\-]+)[^`]*``?")
)

// commands reads command lines ("mytool prepare <name>") in code and in
// inline code: the program a user is told to run, in passing. Only the
// programs a manifest declares are kept (see Keep).
func (r *reader) commands(s string, base int, code bool) {
	if code {
		if m := shellLine.FindStringSubmatchIndex(s); m != nil {
			r.addCommand(s[m[2]:m[3]], s[m[2]:m[5]], span(base, m[2], m[5]), true)
		}
		return
	}
	for _, m := range inlineCode.FindAllStringSubmatchIndex(s, -1) {
		r.addCommand(s[m[2]:m[3]], s[m[2]:m[5]], span(base, m[2], m[5]), true)
	}
}

func (r *reader) addCommand(prog, display string, ev compare.Span, weak bool) {
	r.add(fact{key: "docs/command/" + strings.ToLower(prog), question: question("Which command runs %s?", prog),
		kind: compare.Name, value: strings.ToLower(prog), display: display, line: r.lineOf(ev), ev: ev, weak: weak})
}

var description = regexp.MustCompile(`^\s*(?:\*\*|` + "`" + `)?([A-Z][A-Za-z0-9_.\-]+)(?:\*\*|` + "`" + `)?\s+is\s+(?:a|an)\s+((?:[a-z][a-z0-9\-]*\s+){0,4}?(?:tool|library|framework|package|crate|module|application|app|program|utility|engine|server|client|service|platform|toolkit|database|language|plugin|extension|editor|compiler|runtime|interpreter|cli|sdk|api|wrapper|implementation|collection|set|system))\b`)

// descriptions reads what the project says it is ("Foo is a structural
// diff tool"), in passing: two pages may describe it differently without
// either being wrong.
func (r *reader) descriptions(p paragraph) {
	m := description.FindStringSubmatchIndex(p.raw)
	if m == nil {
		return
	}
	name := strings.ToLower(p.raw[m[2]:m[3]])
	what := strings.Join(strings.Fields(strings.ToLower(p.raw[m[4]:m[5]])), " ")
	ev := span(p.start, m[2], m[5])
	r.add(fact{key: "docs/is/" + name, question: question("What is %s?", p.raw[m[2]:m[3]]), kind: compare.Name,
		value: what, display: strings.TrimSpace(p.raw[m[0]:m[1]]), line: r.lineOf(ev), ev: ev, weak: true})
}

// platformSet records a list of two or more platforms a clause or a CI
// matrix names as supported: compared as a set, since a platform missing
// from one list is the usual sign of a stale page.
func (r *reader) platformSet(ms [][]int, text string, ev compare.Span, weak bool) {
	var names []string
	for _, m := range ms {
		names = append(names, platformName(text[m[0]:m[1]]))
	}
	slices.Sort(names)
	names = slices.Compact(names)
	// WSL runs Linux programs on Windows: a list naming it says nothing
	// of its own about the platforms.
	names = slices.DeleteFunc(names, func(n string) bool { return n == "wsl" })
	if len(names) < 2 {
		return
	}
	r.add(fact{key: "docs/platforms", question: "On which platforms does it run?", kind: compare.Name,
		value: strings.Join(names, ", "), display: strings.Join(strings.Fields(text), " "), line: r.lineOf(ev), ev: ev, weak: weak})
}

var listCue = regexp.MustCompile(`(?i)\b(support(?:s|ed)?|platforms?|targets?|releases?|downloads?|binaries|builds?|available|runs? on|works? on|installers?|packages)\b`)

// platformLists reads Markdown and rST lists of platforms under a heading
// or a lead-in line that speaks of support, platforms or releases
// ("Supported platforms:" followed by "- macOS", "- Linux").
func (r *reader) platformLists() {
	for i := 0; i < len(r.ls); {
		if r.ls[i].code || !listItem.MatchString(r.ls[i].text) {
			i++
			continue
		}
		j := i
		var text strings.Builder
		var ms [][]int
		for j < len(r.ls) && !r.ls[j].code && listItem.MatchString(r.ls[j].text) {
			for _, m := range platform.FindAllStringIndex(r.ls[j].text, -1) {
				ms = append(ms, []int{text.Len() + m[0], text.Len() + m[1]})
				break // one platform an item: "Linux (also WSL)" is Linux
			}
			text.WriteString(r.ls[j].text + "\n")
			j++
		}
		lead := r.ls[i].head
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if t := strings.TrimSpace(r.ls[k].text); t != "" {
				lead += " " + t
				break
			}
		}
		if len(ms) >= 2 && listCue.MatchString(lead) && !negation.MatchString(lead) {
			r.platformSet(ms, text.String(), compare.Span{Start: r.ls[i].span.Start, End: r.ls[j-1].span.End}, false)
		}
		i = j
	}
}

var assignment = regexp.MustCompile(`\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s*[=:]\s*["']?(\d+(?:\.\d+)?(?:ms|s|m|h)?)["']?(?:\s|$|,)`)

// assignments reads NAME=value in code, Dockerfiles and compose files
// ("ENV APP_PORT=8080", "- APP_TIMEOUT=30s"): the value a variable is
// set to, as a setting named by the variable.
// file is the file they are set in, "" for an example in a page.
func (r *reader) assignments(s string, base int, file string) {
	for _, m := range assignment.FindAllStringSubmatchIndex(s, -1) {
		r.addSetting(s[m[2]:m[3]], s[m[4]:m[5]], span(base, m[4], m[5]), how{role: configured, file: file})
	}
}

// shellDefault is a variable's default in a compose file, a Dockerfile or
// a shell line: "${PORT:-8080}" (or "${PORT-8080}").
var shellDefault = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*):?-([^}\s]+)\}`)

// shellDefaults reads the defaults "${NAME:-value}" gives, as the
// settings named by the variables: firm in a manifest, in passing in a
// page's code (an example).
func (r *reader) shellDefaults(s string, base int, weak bool) {
	for _, m := range shellDefault.FindAllStringSubmatchIndex(s, -1) {
		r.addSetting(s[m[2]:m[3]], s[m[4]:m[5]], span(base, m[4], m[5]), how{role: defaulted, weak: weak})
	}
}

var (
	htmlTable = regexp.MustCompile(`(?is)<table\b.*?</table>`)
	htmlRow   = regexp.MustCompile(`(?is)<tr\b[^>]*>(.*?)</tr>`)
	htmlCell  = regexp.MustCompile(`(?is)<(td|th)\b[^>]*>(.*?)</(?:td|th)>`)
	htmlTag   = regexp.MustCompile(`(?s)<[^>]*>`)
)

// htmlTables reads HTML tables written inside Markdown (as documentation
// sites allow) row by row, like Markdown tables: the first row, or the
// row of <th> cells, is the header.
func (r *reader) htmlTables() {
	text := string(r.d.Text[:r.d.Body.End])
	for _, t := range htmlTable.FindAllStringIndex(text, -1) {
		if t[0] < r.d.Body.Start {
			continue
		}
		var header []string
		for _, row := range htmlRow.FindAllStringSubmatchIndex(text[t[0]:t[1]], -1) {
			var cs []cell
			th := false
			for _, c := range htmlCell.FindAllStringSubmatchIndex(text[t[0]+row[2]:t[0]+row[3]], -1) {
				start := t[0] + row[2] + c[4]
				inner := text[start : t[0]+row[2]+c[5]]
				th = th || strings.EqualFold(text[t[0]+row[2]+c[2]:t[0]+row[2]+c[3]], "th")
				plain := strings.TrimSpace(htmlTag.ReplaceAllString(inner, ""))
				// The span is the plain text's place, where it stands as written.
				at := strings.Index(inner, plain)
				if at < 0 || plain == "" {
					at = 0
				}
				cs = append(cs, cell{text: plain, span: compare.Span{Start: start + at, End: start + at + len(plain)}})
			}
			if header == nil || th {
				header = nil
				for _, c := range cs {
					header = append(header, strings.ToLower(c.text))
				}
				continue
			}
			r.rowFacts(cs, header, r.headAt(t[0]))
		}
	}
}

// headAt returns the heading in force at offset i.
func (r *reader) headAt(i int) string {
	head := ""
	for _, l := range r.ls {
		if l.span.Start > i {
			break
		}
		head = l.head
	}
	return head
}

// cellVersion is a version in a table cell, where "18" alone is one.
var cellVersion = regexp.MustCompile(`\b\d+(?:\.\d+){0,2}\b`)

var currentRelease = regexp.MustCompile(`(?i)\b(?:current|latest)\s+(?:stable\s+)?(?:version|release)(?:\s+of\s+\S+)?\s*(?:is|:)?\s*v?(\d+\.\d+(?:\.\d+)?)\b`)

// currentVersion reads "the current version is 2.3.0": the project's
// release, as a manifest states it.
func (r *reader) currentVersion(p paragraph) {
	for _, m := range currentRelease.FindAllStringSubmatchIndex(p.text, -1) {
		if past(p.text, m[0], m[1]) {
			continue
		}
		r.addVersion(p.text[m[2]:m[3]], span(p.start, m[2], m[3]))
	}
}
