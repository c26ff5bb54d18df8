package docs

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/version"
)

// SameFact reports whether two docs claims with the same key are about
// one fact: renamed environment variables meet their old names; settings
// of different sections ("master" and "broker" web ports) stay apart.
func SameFact(a, b compare.Claim) bool {
	if a.Key != b.Key {
		return false
	}
	switch {
	case strings.HasPrefix(a.Key, "docs/env/"):
		return envVariants(a.Value, b.Value)
	case strings.HasPrefix(a.Key, "docs/set/"):
		return sameContext(a, b)
	}
	return true
}

// sameContext reports whether two settings' sections can be the same:
// one says nothing, or each section word of one is among the other's
// words.
func sameContext(a, b compare.Claim) bool {
	ca, cb := ctxWords(a), ctxWords(b)
	if len(ca) == 0 || len(cb) == 0 {
		return true
	}
	shared := 0
	for _, w := range ca {
		if slices.Contains(cb, w) {
			shared++
		}
	}
	return shared > 0
}

func ctxWords(c compare.Claim) []string {
	var out []string
	for _, t := range c.Terms {
		if !strings.HasPrefix(t, docsTerm) && len(t) > 2 && !genericContext[t] {
			out = append(out, t)
		}
	}
	return out
}

// Words of section titles and file names that do not tell one component
// from another.
var genericContext = map[string]bool{"conf": true, "config": true, "configuration": true, "settings": true, "options": true,
	"default": true, "defaults": true, "the": true, "and": true, "introduction": true, "parameters": true, "reference": true,
	"properties": true, "docs": true, "ini": true, "yaml": true, "yml": true, "toml": true, "application": true, "app": true, "main": true,
	"file": true, "files": true, "cfg": true, "env": true}

// Group splits the claims idx (indexes into cs, all with one docs key)
// into the groups of claims about one fact, each ascending. A claim joins
// the first group all of whose claims are the same fact as it.
func Group(cs []compare.Claim, idx []int) [][]int {
	if len(idx) > 0 && strings.HasPrefix(cs[idx[0]].Key, "docs/set/") {
		return groupSettings(cs, idx)
	}
	return groupBy(cs, idx, SameFact)
}

// groupSettings groups a setting's claims by section. A claim whose
// section is unknown joins the claims with sections only when these are
// all of one section: with two ("server" and "client" timeouts) it could
// be either's.
func groupSettings(cs []compare.Claim, idx []int) [][]int {
	var known, unknown []int
	for _, i := range idx {
		if len(ctxWords(cs[i])) == 0 {
			unknown = append(unknown, i)
		} else {
			known = append(known, i)
		}
	}
	groups := groupBy(cs, known, SameFact)
	switch {
	case len(groups) == 1:
		groups[0] = append(groups[0], unknown...)
		slices.Sort(groups[0])
	case len(unknown) > 0:
		groups = append(groups, unknown)
	}
	var out [][]int
	for _, g := range groups {
		out = append(out, splitRoles(cs, g)...)
	}
	return out
}

// splitRoles splits a setting's group into the parts that speak of one
// thing: claims are linked when they can be compared (two defaults; two
// values set in one file) or agree, and a part is what links hold
// together. A default of 20 and a file's 50 are then two facts, not one
// answered "20 = 50"; two defaults that differ stay together and
// conflict.
func splitRoles(cs []compare.Claim, g []int) [][]int {
	reps, members := representatives(cs, g)
	parent := make([]int, len(reps))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	key := cs[g[0]].Key
	for a := range reps {
		for b := a + 1; b < len(reps); b++ {
			if x, y := cs[reps[a]], cs[reps[b]]; comparable(key, x, y) || compatible(key, x, y) {
				parent[find(a)] = find(b)
			}
		}
	}
	parts := map[int][]int{}
	var roots []int
	for a, r := range reps {
		root := find(a)
		if _, ok := parts[root]; !ok {
			roots = append(roots, root)
		}
		parts[root] = append(parts[root], members[r]...)
	}
	out := make([][]int, 0, len(roots))
	for _, root := range roots {
		slices.Sort(parts[root])
		out = append(out, parts[root])
	}
	return out
}

// representatives returns one claim of idx for each value and section
// (in idx order) and, for each, the claims it stands for. Such claims are
// the same fact to any other claim, so grouping one of each costs one
// comparison for a fact stated a thousand times, not a million.
func representatives(cs []compare.Claim, idx []int) ([]int, map[int][]int) {
	type sig struct{ value, terms string }
	first := map[sig]int{}
	var reps []int
	members := map[int][]int{}
	for _, i := range idx {
		k := sig{cs[i].Value, strings.Join(cs[i].Terms, "\x00")}
		r, ok := first[k]
		if !ok {
			first[k] = i
			reps = append(reps, i)
			r = i
		}
		members[r] = append(members[r], i)
	}
	return reps, members
}

func groupBy(cs []compare.Claim, idx []int, same func(a, b compare.Claim) bool) [][]int {
	reps, members := representatives(cs, idx)
	groups := greedyGroups(cs, reps, same)
	for g := range groups {
		var all []int
		for _, r := range groups[g] {
			all = append(all, members[r]...)
		}
		slices.Sort(all)
		groups[g] = all
	}
	return groups
}

// greedyGroups puts each claim in the first group all of whose claims are
// the same fact as it, or in a new group.
func greedyGroups(cs []compare.Claim, idx []int, same func(a, b compare.Claim) bool) [][]int {
	var groups [][]int
	for _, i := range idx {
		placed := false
		for g := range groups {
			ok := true
			for _, j := range groups[g] {
				if !same(cs[i], cs[j]) {
					ok = false
					break
				}
			}
			if ok {
				groups[g] = append(groups[g], i)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []int{i})
		}
	}
	return groups
}

// Verdict judges an alignment of docs claims. Each document's values are
// taken together: a document that names several values is compatible
// with any of them. Two documents conflict when each states the fact
// firmly and none of one's values is compatible with one of the other's.
// A conflict names the manifest, the source of truth, when one takes part.
// docPaths maps document IDs to their paths: of several manifests of one
// name (a go.mod at the top and one in a nested module), the nested ones
// describe other modules, so they confirm but do not conflict.
func Verdict(a compare.Alignment, docPaths map[string]string) compare.Verdict {
	byDoc := map[string][]compare.Claim{}
	var order []string
	for _, c := range a.Claims {
		if _, ok := byDoc[c.Doc]; !ok {
			order = append(order, c.Doc)
		}
		byDoc[c.Doc] = append(byDoc[c.Doc], c)
	}
	if len(order) < 2 {
		c := a.Claims[0]
		return compare.Verdict{Outcome: compare.Unique, Reason: fmt.Sprintf("Only %s states this (%s).", c.Doc, c.Display)}
	}
	nested := nestedManifests(a.Claims, docPaths)
	firm := func(d string) bool {
		return !nested[d] && slices.ContainsFunc(byDoc[d], func(c compare.Claim) bool { return !isWeak(c) })
	}
	// Sources of truth first, so that a conflict is told from them.
	slices.SortStableFunc(order, func(x, y string) int {
		return boolInt(byDoc[y][0].Attribution != "") - boolInt(byDoc[x][0].Attribution != "")
	})
	// Documents stating the same values the same way are judged once:
	// in a large tree most pages repeat one another, and the pairs below
	// are then pairs of distinct statements, not of pages.
	seen := map[string]bool{}
	distinct := order[:0:0]
	for _, d := range order {
		var vs []string
		for _, c := range byDoc[d] {
			vs = append(vs, fmt.Sprint(c.Value, isWeak(c)))
		}
		slices.Sort(vs)
		sig := fmt.Sprint(firm(d), byDoc[d][0].Attribution != "", slices.Compact(vs))
		if !seen[sig] {
			seen[sig] = true
			distinct = append(distinct, d)
		}
	}
	agreeing := len(distinct) < len(order) // two documents share a signature
	order = distinct
	coexist := strings.HasPrefix(a.Key, "docs/env/") && namesCoexist(byDoc)
	for i, x := range order {
		for _, y := range order[i+1:] {
			if !firm(x) || !firm(y) || coexist {
				continue
			}
			if kindOf(docPaths[x]) == license && kindOf(docPaths[y]) == license {
				continue // LICENSE-MIT and LICENSE-APACHE: a dual licence
			}
			if dx, dy := dirOf(docPaths[x]), dirOf(docPaths[y]); byDoc[x][0].Attribution != "" && byDoc[y][0].Attribution != "" &&
				!strings.HasPrefix(dx, dy) && !strings.HasPrefix(dy, dx) {
				continue // manifests of two packages side by side in one repository
			}
			if cx, cy, ok := incompatible(a.Key, byDoc[x], byDoc[y]); ok {
				return compare.Verdict{Outcome: compare.Conflict, Reason: conflictReason(cx, cy),
					Qualifiers: qualifiers(cx, cy)}
			}
		}
	}
	// Agreement needs two documents sharing a value.
	if agreeing {
		x, y := sameSignature(a.Claims)
		return compare.Verdict{Outcome: compare.Agree,
			Reason: fmt.Sprintf("%s says %s and %s says %s: %s.", x.Doc, show(x), y.Doc, show(y), agreeWhy(a.Key, x, y))}
	}
	for i, x := range order {
		for _, y := range order[i+1:] {
			for _, cx := range byDoc[x] {
				for _, cy := range byDoc[y] {
					if compatible(a.Key, cx, cy) {
						return compare.Verdict{Outcome: compare.Agree,
							Reason: fmt.Sprintf("%s says %s and %s says %s: %s.", cx.Doc, show(cx), cy.Doc, show(cy), agreeWhy(a.Key, cx, cy))}
					}
				}
			}
		}
	}
	c := a.Claims[0]
	return compare.Verdict{Outcome: compare.Unique,
		Reason: fmt.Sprintf("%s states %s; other documents mention different values only in passing.", c.Doc, show(c))}
}

func show(c compare.Claim) string {
	d := strings.TrimRight(strings.TrimSpace(c.Display), ".")
	if d == "" || d == c.Value {
		return `"` + c.Value + `"`
	}
	if len(d) > 80 {
		d = d[:77] + "..."
	}
	return fmt.Sprintf("%s (%s)", c.Value, d)
}

func conflictReason(x, y compare.Claim) string {
	ax, ay := authoritative(x), authoritative(y)
	switch {
	case ax && !ay:
		return fmt.Sprintf("%s (%s, the source of truth) says %s but %s says %s: %s drifted.", x.Doc, x.Attribution, show(x), y.Doc, show(y), y.Doc)
	case !ax && ay:
		return fmt.Sprintf("%s (%s, the source of truth) says %s but %s says %s: %s drifted.", y.Doc, y.Attribution, show(y), x.Doc, show(x), x.Doc)
	case ax && ay:
		return fmt.Sprintf("%s (%s) says %s but %s (%s) says %s: the sources of truth disagree.", x.Doc, x.Attribution, show(x), y.Doc, y.Attribution, show(y))
	}
	return fmt.Sprintf("%s says %s but %s says %s.", x.Doc, show(x), y.Doc, show(y))
}

func qualifiers(x, y compare.Claim) []string {
	var q []string
	switch {
	case authoritative(x):
		q = append(q, "reference "+x.Attribution)
	case authoritative(y):
		q = append(q, "reference "+y.Attribution)
	}
	return q
}

// authoritative reports whether a claim comes from a source of truth: a
// manifest's data, not a comment in it (a default a config file's
// comment states is documentation, as likely to drift as a page).
func authoritative(c compare.Claim) bool {
	return c.Attribution != "" && !slices.Contains(c.Terms, commentTerm)
}

func agreeWhy(key string, x, y compare.Claim) string {
	if x.Value == y.Value {
		return "the same value"
	}
	if strings.HasPrefix(key, "docs/requires") {
		return "the same version, stated with different precision"
	}
	return "compatible values"
}

// incompatible returns a pair of claims, one from each document, when
// some value of xs can be compared with one of ys and no value of xs is
// compatible with a value of ys.
func incompatible(key string, xs, ys []compare.Claim) (compare.Claim, compare.Claim, bool) {
	var fx, fy compare.Claim
	best := -1
	for _, x := range xs {
		for _, y := range ys {
			if compatible(key, x, y) {
				return compare.Claim{}, compare.Claim{}, false
			}
			// Report a comparable pair, firm claims first.
			if score := boolInt(!isWeak(x)) + boolInt(!isWeak(y)); comparable(key, x, y) && score > best {
				fx, fy, best = x, y, score
			}
		}
	}
	if strings.HasPrefix(key, "docs/set/") {
		// A setting's document may state it firmly in one role and in
		// passing in another: the pair compared must be firm.
		return fx, fy, best == 2
	}
	return fx, fy, best >= 0
}

// comparable reports whether two claims of one key state the same thing,
// so that different values are a conflict. A setting's default and the
// value a configuration file sets are two things (a file may override the
// default), and so are values set in two different files; a copy of a
// configuration file shown in a page is compared with that file.
func comparable(key string, x, y compare.Claim) bool {
	if !strings.HasPrefix(key, "docs/set/") {
		return true
	}
	rx, fx := roleOf(x)
	ry, fy := roleOf(y)
	switch {
	case rx == stated || ry == stated:
		return true
	case rx != ry:
		return false
	case rx == configured:
		return fx != "" && fx == fy
	}
	return true
}

// compatible reports whether two values of one key can both be true.
func compatible(key string, x, y compare.Claim) bool {
	a, b := x.Value, y.Value
	switch {
	case strings.HasPrefix(key, "docs/requires/"):
		return requirementsAgree(a, b)
	case strings.HasPrefix(key, "docs/requires-max/"), key == "docs/version":
		va, ea := version.Parse(strings.TrimLeft(a, "<=>"))
		vb, eb := version.Parse(strings.TrimLeft(b, "<=>"))
		return ea == nil && eb == nil && version.SamePrefix(va, vb)
	case key == "docs/license":
		return a == b || strings.HasPrefix(a, b+"-") || strings.HasPrefix(b, a+"-")
	case strings.HasPrefix(key, "docs/count/"):
		return countsAgree(a, b)
	case strings.HasPrefix(key, "docs/package/"), strings.HasPrefix(key, "docs/url/"):
		return strings.EqualFold(a, b)
	case strings.HasPrefix(key, "docs/set/"):
		return settingsAgree(strings.TrimPrefix(key, "docs/set/"), a, b)
	}
	return a == b
}

// requirementsAgree compares floors (">=1.73") and pins ("==22.12.0"):
// two floors agree when they are one version at the precision both
// write; a pin agrees with a floor it satisfies; two pins when equal at
// the precision both write.
func requirementsAgree(a, b string) bool {
	ca, ea := version.ParseConstraint(a)
	cb, eb := version.ParseConstraint(b)
	if ea != nil || eb != nil {
		return a == b
	}
	fa, _ := ca.Floor()
	fb, _ := cb.Floor()
	switch {
	case ca.Pin && cb.Pin, !ca.Pin && !cb.Pin:
		return version.SamePrefix(fa, fb)
	case ca.Pin:
		return cb.Allows(fa)
	default:
		return ca.Allows(fb)
	}
}

// countsAgree compares counts written as "=38", ">30" or "~10". Two lower
// bounds agree only when equal: a project that grows past a round number
// updates it, and the older page keeps the smaller one. A number agrees
// with a lower bound it exceeds by less than the bound's own step (38
// with "over 30", not with "over 20").
func countsAgree(a, b string) bool {
	if a == b {
		return true
	}
	opA, na := a[:1], atoi(a[1:])
	opB, nb := b[:1], atoi(b[1:])
	if opA == "=" && opB == "=" {
		return na == nb
	}
	if opA != "=" && opB != "=" {
		return na == nb
	}
	if opA == "=" {
		opA, na, opB, nb = opB, nb, opA, na
	}
	// Now a is the bound, b the number.
	step := 1
	for step*10 <= na {
		step *= 10
	}
	switch opA {
	case ">":
		return nb > na && nb < na+step
	default: // "~"
		return nb >= na-step/2 && nb <= na+step/2
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// Keep drops the alignment of passing mentions that no other document
// takes up: a link or a variable named once is not a fact worth a row.
// A command line shown in a page is kept only when a manifest declares
// its program: pages show many commands of other tools.
func Keep(a compare.Alignment) bool {
	firm := slices.ContainsFunc(a.Claims, func(c compare.Claim) bool { return !isWeak(c) })
	if strings.HasPrefix(a.Key, "docs/command/") {
		return firm
	}
	return a.Verdict.Outcome != compare.Unique || firm
}

// nestedManifests returns the documents that are manifests of the same
// name as another, deeper in the folder tree than the shallowest, and
// READMEs deeper than the shallowest README.
func nestedManifests(cs []compare.Claim, docPaths map[string]string) map[string]bool {
	depth := func(doc string) int {
		p := strings.ReplaceAll(docPaths[doc], "\\", "/")
		return strings.Count(p, "/") + strings.Count(p, "__")
	}
	least := map[string]int{}
	for _, c := range cs {
		if c.Attribution == "" {
			continue
		}
		if d, ok := least[c.Attribution]; !ok || depth(c.Doc) < d {
			least[c.Attribution] = depth(c.Doc)
		}
	}
	// A project manifest deeper than the top one marks a sub-project:
	// its documents are that sub-project's, not the project's.
	top := -1
	for doc, p := range docPaths {
		if isProjectManifest(p) && (top < 0 || depth(doc) < top) {
			top = depth(doc)
		}
	}
	var subRoots []string
	for doc, p := range docPaths {
		if isProjectManifest(p) && depth(doc) > top {
			subRoots = append(subRoots, dirOf(p))
		}
	}
	inSub := func(doc string) bool {
		for _, root := range subRoots {
			if strings.HasPrefix(docPaths[doc], root) {
				return true
			}
		}
		return false
	}
	// READMEs too: one deeper than the project's own describes a
	// component, or a copy of another project's.
	readmes := -1
	for doc, p := range docPaths {
		if isReadme(p) && (readmes < 0 || depth(doc) < readmes) {
			readmes = depth(doc)
		}
	}
	out := map[string]bool{}
	for _, c := range cs {
		if c.Attribution != "" && depth(c.Doc) > least[c.Attribution] || inSub(c.Doc) ||
			c.Attribution == "" && isReadme(docPaths[c.Doc]) && depth(c.Doc) > readmes {
			out[c.Doc] = true
		}
	}
	return out
}

func isReadme(path string) bool { return strings.HasPrefix(strings.ToLower(baseName(path)), "readme") }

// sameSignature returns claims of the first two documents, in claim
// order, that state the same value.
func sameSignature(cs []compare.Claim) (compare.Claim, compare.Claim) {
	first := map[string]compare.Claim{}
	for _, c := range cs {
		if f, ok := first[c.Value]; ok && f.Doc != c.Doc {
			return f, c
		}
		if _, ok := first[c.Value]; !ok {
			first[c.Value] = c
		}
	}
	return cs[0], cs[len(cs)-1]
}

// namesCoexist reports whether one document names two of the variables:
// then they are two variables, not one renamed.
func namesCoexist(byDoc map[string][]compare.Claim) bool {
	for _, cs := range byDoc {
		for _, c := range cs[1:] {
			if c.Value != cs[0].Value {
				return true
			}
		}
	}
	return false
}

// settingsAgree compares two values of a setting. A bare number and a
// time ("30000" and "30s") agree when the number is that time in the unit
// the setting's name gives ("timeoutMs"), else in milliseconds or seconds.
func settingsAgree(name, a, b string) bool {
	if a == b {
		return true
	}
	if strings.HasSuffix(b, "ms") {
		a, b = b, a
	}
	if !strings.HasSuffix(a, "ms") || strings.HasSuffix(b, "ms") {
		return false
	}
	ms, err1 := strconv.ParseFloat(strings.TrimSuffix(a, "ms"), 64)
	n, err2 := strconv.ParseFloat(b, 64)
	if err1 != nil || err2 != nil {
		return false
	}
	switch {
	case strings.HasSuffix(name, "ms") || strings.HasSuffix(name, "millis"):
		return n == ms
	case strings.HasSuffix(name, "sec") || strings.HasSuffix(name, "seconds") || strings.HasSuffix(name, "secs"):
		return n*1000 == ms
	case strings.HasSuffix(name, "minutes") || strings.HasSuffix(name, "mins"):
		return n*60000 == ms
	case strings.HasSuffix(name, "hours") || strings.HasSuffix(name, "hrs"):
		return n*3600000 == ms
	}
	return n == ms || n*1000 == ms
}

// isProjectManifest reports whether path is a manifest that makes its
// folder a project of its own.
func isProjectManifest(path string) bool {
	switch kindOf(path) {
	case gomod, packageJSON, setupPy, composerJSON, pomXML, gradle, csproj:
		return true
	}
	b := strings.ToLower(baseName(path))
	return b == "pyproject.toml" || b == "cargo.toml"
}

// dirOf returns the folder part of path, with its separator ("/" or the
// "__" of a flattened name), so that a prefix test finds what is inside.
func dirOf(path string) string {
	p := strings.ReplaceAll(path, "\\", "/")
	i := strings.LastIndex(p, "/") + 1
	if j := strings.LastIndex(p, "__"); j >= 0 {
		i = max(i, j+2)
	}
	return p[:i]
}
