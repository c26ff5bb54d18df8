package docs

import (
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/version"
)

const num = `v?(\d+(?:\.\d+){0,3}(?:\.[x*])?)`

// Requirement phrases, tried in order; a later one does not read words an
// earlier one took. Each names a tool and a version with a word that makes
// it a floor: a bare "Python 3.11" may be an example, not a requirement.
var requirePatterns = []struct {
	re   *regexp.Regexp
	form string // how the groups make a constraint: "op", "floor", "range"
}{
	{regexp.MustCompile(`(?i)\b` + toolPattern + `(?:\s+versions?)?\s*(?:,\s*)?` + num + `\s*(?:to|through|thru|-|–|\.\.)\s*(?:` + toolPattern + `\s*)?` + num + `\b`), "range"},
	{regexp.MustCompile(`(?i)\b` + toolPattern + `(?:\s+versions?)?\s*:?\s*(>=|≥|=>|>|\^|~=)\s*` + num), "op"},
	{regexp.MustCompile(`(?i)\b` + toolPattern + `(?:\s+versions?)?\s+` + num + `(?:\s*\+|\s+or\s+(?:later|newer|higher|above|greater|more recent)|\s+and\s+(?:up|above|later|newer|higher|greater)|\s+(?:is|are)\s+(?:required|needed|the minimum))`), "floor"},
	{regexp.MustCompile(`(?i)\b(?:requires?|requiring|needs?|depends on|at least|minimum of|built (?:with|for))\s+(?:a\s+|an\s+)?(?:recent\s+)?` + toolPattern + `(?:\s+versions?)?\s+` + num + `\b`), "floor"},
	{regexp.MustCompile(`(?i)\bminimum\s+(?:supported\s+|required\s+)?` + toolPattern + `\s+(?:version|release|toolchain)s?\b(?:\s*\([^)]{0,12}\))?(?:\s+(?:is|of|required))?(?:\s+now)?\s*:?\s*` + num), "floor"},
	{regexp.MustCompile(`(?i)\b(MSRV)\b(?:\s*\([^)]{0,40}\))?(?:\s+(?:is|of))?(?:\s+now)?\s*:?\s*(?:rust\s+)?` + num), "floor"},
}

// versionList is a tool and a list of two or more versions: "Python 3.9,
// 3.10 and 3.11".
var versionList = regexp.MustCompile(`(?i)\b` + toolPattern + `(?:\s+versions?)?\s+(v?\d+\.\d+(?:\.\d+)?(?:\s*,\s*v?\d+\.\d+(?:\.\d+)?)*,?\s*(?:,|and|or|&)\s*v?\d+\.\d+(?:\.\d+)?)\b`)

var listedVersion = regexp.MustCompile(`\d+\.\d+(?:\.\d+)?`)

// requirements reads "Node.js 18 or later", "requires Python >= 3.10",
// "Python 3.8 to 3.11", "MSRV 1.70" and the like from a paragraph.
func (r *reader) requirements(p paragraph) {
	// taken marks the bytes an earlier phrase read: a check per byte of
	// a match keeps a long paragraph linear.
	taken := make([]bool, len(p.text))
	overlaps := func(i, j int) bool { return slices.Contains(taken[i:j], true) }
	take := func(i, j int) {
		for k := i; k < j; k++ {
			taken[k] = true
		}
	}
	for _, pat := range requirePatterns {
		for _, m := range pat.re.FindAllStringSubmatchIndex(p.text, -1) {
			if overlaps(m[0], m[1]) || past(p.text, m[0], m[1]) || conditional(p, m[0], m[1]) || deniedAfter(p.text, m[1]) {
				continue
			}
			tool := strings.ToLower(p.text[m[2]:m[3]])
			if bareNet(p.text, m[2], m[3]) {
				continue
			}
			if tool == "msrv" {
				tool = "rust"
			} else {
				tool = toolName(tool)
			}
			if tool == "" {
				continue
			}
			var c version.Constraint
			var err error
			switch pat.form {
			case "range":
				lo, hi := p.text[m[4]:m[5]], p.text[m[8]:m[9]]
				if m[6] >= 0 && toolName(p.text[m[6]:m[7]]) != tool {
					continue
				}
				c, err = version.ParseConstraint(lo + " to " + hi)
				if err == nil && version.Compare(c.Min, c.Max) >= 0 {
					continue // "3.2-1" is not a range
				}
			case "op":
				op := p.text[m[4]:m[5]]
				if op == "≥" || op == "=>" {
					op = ">="
				}
				c, err = version.ParseConstraint(op + p.text[m[6]:m[7]])
			default:
				c, err = version.ParseConstraint(p.text[m[len(m)-2]:m[len(m)-1]] + "+")
			}
			if err != nil {
				continue
			}
			take(m[0], m[1])
			r.addRequirement(tool, c, p.raw[m[0]:m[1]], span(p.start, m[0], m[1]), false)
		}
	}
	// A list of versions states the oldest and the newest supported.
	for _, m := range versionList.FindAllStringSubmatchIndex(p.text, -1) {
		tool := toolName(p.text[m[2]:m[3]])
		if tool == "" || bareNet(p.text, m[2], m[3]) || overlaps(m[0], m[1]) || past(p.text, m[0], m[1]) {
			continue
		}
		var vs []version.Version
		for _, v := range listedVersion.FindAllString(p.text[m[4]:m[5]], -1) {
			if x, err := version.Parse(v); err == nil {
				vs = append(vs, x)
			}
		}
		if len(vs) >= 2 {
			r.addVersionSet(tool, vs, p.raw[m[0]:m[1]], span(p.start, m[0], m[1]), false, false)
		}
	}
}

// denial is a negation right after a version phrase: "Ruby 4 and newer
// have not been tried", "Lua 5.5+ is not supported yet".
var denial = regexp.MustCompile(`(?i)^[\s,)]*(?:(?:is|are|has|have|was|were|does|do)\s+)?(?:not|n't|never|no\s+longer|yet\s+to)\b|^[\s,)]*(?:isn't|aren't|hasn't|haven't|doesn't|don't|won't|unsupported|untested|unverified)\b`)

// deniedAfter reports whether the words after offset j of s deny the
// version phrase before it: then it names versions that do not work.
func deniedAfter(s string, j int) bool {
	return denial.MatchString(s[j:min(len(s), j+40)])
}

// bareNet reports whether the tool word at [i, j) of s is "net" without
// the dot of ".NET": tools.txt lists "net" because a regexp's word
// boundary cannot stand before a dot, and "net" alone names nothing.
func bareNet(s string, i, j int) bool {
	return strings.EqualFold(s[i:j], "net") && (i == 0 || s[i-1] != '.')
}

// versionCondition marks a sentence where a version is the condition of
// something rather than a requirement: "if you use Go 1.20+", "crashes on
// Node 16 (issue #12)".
var versionCondition = regexp.MustCompile(`(?i)\b(if|when|whether|unless|examples?|samples?|demos?|bugs?|issues?|crash(?:es)?|fails?|failing|broken|breaks|workaround|regression|loops?)\b|#\d+`)

// requirementHeading marks a heading that states a requirement rather than
// naming a case ("Go 1.16+" over the instructions for that case).
var requirementHeading = regexp.MustCompile(`(?i)\b(requir|minimum|prerequisite|support|compatib|dependenc)`)

// conditional reports whether the requirement at [i, j) of p is a
// condition: in a sentence marked as one, or a heading naming a case.
func conditional(p paragraph, i, j int) bool {
	if p.heading && !requirementHeading.MatchString(p.text) {
		return true
	}
	a, b := sentenceAt(p.text, i, j)
	if versionCondition.MatchString(p.text[a:b]) {
		return true
	}
	// "In npm 7 and later, ...", "used by Node 20+": a statement about
	// those versions, not a requirement of them.
	before := strings.Fields(strings.ToLower(p.text[a:i]))
	if len(before) == 0 {
		return false
	}
	last := before[len(before)-1]
	if last == "on" {
		// "runs on Node 18+" requires it; "on Node 18+ the default is
		// false" speaks of those versions.
		return len(before) < 2 || !runVerb[strings.Trim(before[len(before)-2], ",;:")]
	}
	return scopeWord[last]
}

var runVerb = map[string]bool{"runs": true, "run": true, "works": true, "work": true, "running": true, "working": true,
	"supported": true, "tested": true, "installable": true, "builds": true, "build": true}

var scopeWord = map[string]bool{"in": true, "by": true, "since": true, "from": true, "until": true, "before": true,
	"after": true, "of": true, "starting": true, "prior": true}

// addRequirement records a constraint on tool: its floor, and its ceiling
// when it names one.
func (r *reader) addRequirement(tool string, c version.Constraint, display string, ev compare.Span, weak bool) {
	if tool == "java" {
		c.Min, c.Max = javaRelease(c.Min), javaRelease(c.Max)
	}
	line := r.lineOf(ev)
	display = strings.Join(strings.Fields(display), " ")
	if f, ok := c.Floor(); ok {
		v := ">=" + f.String()
		if c.Pin {
			v = "==" + f.String()
		}
		r.add(fact{key: "docs/requires/" + tool, question: question("Which %s version is required?", toolTitle(tool)),
			kind: compare.Quantity, value: v, display: display, line: line, ev: ev, weak: weak})
	}
	if h, ok := c.Ceiling(); ok && !c.Pin {
		r.add(fact{key: "docs/requires-max/" + tool, question: question("What is the newest %s version supported?", toolTitle(tool)),
			kind: compare.Quantity, value: "<=" + h.String(), display: display, line: line, ev: ev, weak: weak})
	}
}

// javaRelease writes Java's "1.8" as 8, as Java numbers its releases
// since version 9, so that "Java 1.8+" and a build's release 8 agree.
func javaRelease(v version.Version) version.Version {
	if len(v.Parts) >= 2 && v.Parts[0] == 1 && v.Parts[1] >= 2 {
		return version.Version{Parts: v.Parts[1:]}
	}
	return v
}

// addVersionSet records a list of versions of tool that a project tests
// or declares (a CI matrix, classifiers, tox environments, a list in
// prose): the oldest is the floor it stands by, the newest its ceiling.
// A tested set's floor only confirms (weakFloor): projects often test
// newer versions than the least they allow, which is not drift.
func (r *reader) addVersionSet(tool string, vs []version.Version, display string, ev compare.Span, weakFloor, weakCeiling bool) {
	if len(vs) == 0 {
		return
	}
	slices.SortFunc(vs, version.Compare)
	r.addRequirement(tool, version.Constraint{Min: vs[0]}, display, ev, weakFloor)
	if len(vs) >= 2 {
		r.addRequirement(tool, version.Constraint{Max: vs[len(vs)-1]}, display, ev, weakCeiling)
	}
	r.addVersionList(tool, vs, display, ev)
}

// addVersionList records a list of three or more versions (a CI matrix,
// classifiers, "3.9, 3.10 and 3.12") as a set, in passing: two lists
// naming the same versions confirm each other. A list may be a subset on
// purpose (a CI matrix testing the ends only), so a difference is left to
// the floor and ceiling, which state it as a requirement.
func (r *reader) addVersionList(tool string, vs []version.Version, display string, ev compare.Span) {
	var names []string
	for _, v := range vs {
		if tool == "java" {
			v = javaRelease(v)
		}
		names = append(names, v.String())
	}
	names = slices.Compact(names)
	if len(names) < 3 {
		return
	}
	r.add(fact{key: "docs/versions/" + tool, question: question("Which %s versions are supported?", toolTitle(tool)),
		kind: compare.Name, value: strings.Join(names, ", "), display: display, line: r.lineOf(ev), ev: ev, weak: true})
}

var badge = regexp.MustCompile(`(?i)https?://img\.shields\.io/badge/([^)\s"'>]+)`)

// badges reads version badges ("rust-1.70+-blue"): a label naming a tool
// and a message holding a constraint.
func (r *reader) badges(s string, base int) {
	for _, m := range badge.FindAllStringSubmatchIndex(s, -1) {
		path := s[m[2]:m[3]]
		if i := strings.IndexAny(path, "?#"); i >= 0 {
			path = path[:i]
		}
		path = strings.TrimSuffix(path, ".svg")
		// Shields writes "-" between parts and "--" for a dash inside one.
		parts := strings.Split(strings.ReplaceAll(path, "--", "\x00"), "-")
		if len(parts) < 2 {
			continue
		}
		dec := func(x string) string {
			x = strings.ReplaceAll(x, "\x00", "-")
			if y, err := url.PathUnescape(x); err == nil {
				x = y
			}
			return strings.ReplaceAll(x, "_", " ")
		}
		label, msg := dec(parts[0]), dec(parts[1])
		tool := ""
		for _, w := range strings.Fields(strings.ToLower(label)) {
			if t := toolName(w); t != "" {
				tool = t
			} else if w == "msrv" {
				tool = "rust"
			}
		}
		ev := span(base, m[0], m[1])
		if strings.Contains(strings.ToLower(label), "licen") {
			ids, _ := licenseIDs(msg)
			for _, id := range ids {
				r.addLicense(id, label+" "+msg, ev, true)
			}
			continue
		}
		if tool == "" {
			continue
		}
		msg = strings.TrimPrefix(strings.TrimSpace(msg), "v")
		if strings.ContainsAny(msg, "|,") {
			// "3.9 | 3.10 | 3.11": the versions supported.
			var vs []version.Version
			for _, v := range strings.FieldsFunc(msg, func(c rune) bool { return c == '|' || c == ',' || c == ' ' }) {
				if x, err := version.Parse(v); err == nil {
					vs = append(vs, x)
				}
			}
			r.addVersionSet(tool, vs, label+" "+msg, ev, false, false)
			continue
		}
		c, err := version.ParseConstraint(strings.ReplaceAll(msg, " ", ""))
		if err != nil {
			continue
		}
		if c.Pin && !strings.Contains(msg, "=") {
			// A badge with a bare version states what is required.
			c.Pin = false
		}
		r.addRequirement(tool, c, label+" "+msg, ev, false)
	}
}
