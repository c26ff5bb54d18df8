package eval

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/pipeline"
)

// CorpusScores are the figures of score/corpus.py, under its keys.
type CorpusScores struct {
	Clusters           int     `json:"clusters"`
	Errors             int     `json:"errors"`
	GoldConflicts      int     `json:"gold_conflicts"`
	ReportedConflicts  int     `json:"reported_conflicts"`
	ConflictPrecision  float64 `json:"conflict_precision"`
	ConflictRecall     float64 `json:"conflict_recall"`
	ConflictF1         float64 `json:"conflict_f1"`
	GoldAgreements     int     `json:"gold_agreements"`
	ReportedAgreements int     `json:"reported_agreements"`
	AgreeRecall        float64 `json:"agree_recall"`
	AgreePrecision     float64 `json:"agree_precision"`
	ValueAccuracy      float64 `json:"value_accuracy"`

	// Notes are what corpus.py --verbose prints: missed conflicts, false conflicts and missed agreements, in
	// cluster order.
	Notes []string `json:"-"`
	// Failures name the items claimdiff could not read, with the error;
	// the Python scorer prints them whatever the flags.
	Failures []string `json:"-"`
}

// Fields lists the figures in corpus.py's order.
func (s CorpusScores) Fields() []Field {
	return []Field{
		{"clusters", s.Clusters}, {"errors", s.Errors},
		{"gold_conflicts", s.GoldConflicts}, {"reported_conflicts", s.ReportedConflicts},
		{"conflict_precision", s.ConflictPrecision}, {"conflict_recall", s.ConflictRecall},
		{"conflict_f1", s.ConflictF1},
		{"gold_agreements", s.GoldAgreements}, {"reported_agreements", s.ReportedAgreements},
		{"agree_recall", s.AgreeRecall}, {"agree_precision", s.AgreePrecision},
		{"value_accuracy", s.ValueAccuracy},
	}
}

// cluster is the tally of one cluster, added up in cluster order.
type cluster struct {
	gc, gcFound, rc, rcTP, ga, gaFound, ra, raTP, vm, vok int
	failed                                                bool
	failure                                               string
	notes                                                 []string
}

// Corpus scores compare against the gold.yaml of every folder directly
// under dir, as score/corpus.py does: each cluster's documents are
// compared in-process exactly as `claimdiff compare` would be called on
// the paths corpus.py gives it. A cluster whose compare fails counts in
// Errors; a missing dir or a malformed gold.yaml is an error.
func Corpus(ctx context.Context, dir string) (CorpusScores, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return CorpusScores{}, fmt.Errorf("corpus: %w", err)
	}
	type job struct {
		name  string
		cdir  string
		gold  *gold
		files []string
	}
	var jobs []job
	for _, e := range entries { // ReadDir sorts by name, as sorted(os.listdir) does
		cdir := join(dir, e.Name())
		gp := join(cdir, "gold.yaml")
		if fi, err := os.Stat(gp); err != nil || !fi.Mode().IsRegular() {
			continue
		}
		g, err := readGold(gp)
		if err != nil {
			return CorpusScores{}, fmt.Errorf("corpus: %w", err)
		}
		j := job{name: e.Name(), cdir: cdir, gold: g}
		for _, d := range g.Documents {
			j.files = append(j.files, join(cdir, d.File.Str))
		}
		jobs = append(jobs, j)
	}
	if len(jobs) == 0 {
		return CorpusScores{}, fmt.Errorf("corpus: %s: no clusters (folders holding a gold.yaml)", dir)
	}
	results := make([]cluster, len(jobs))
	err = forEach(ctx, len(jobs), func(i int) {
		j := jobs[i]
		r, err := pipeline.Compare(ctx, j.files, pipeline.Options{})
		if err != nil {
			results[i] = cluster{failed: true, failure: fmt.Sprintf("%s: no report (%v)", j.name, err)}
			return
		}
		results[i] = scoreCluster(j.name, j.gold, r)
	})
	if err != nil {
		return CorpusScores{}, err
	}
	var s CorpusScores
	var t cluster
	for _, c := range results {
		s.Clusters++
		s.Notes = append(s.Notes, c.notes...)
		if c.failed {
			s.Errors++
			s.Failures = append(s.Failures, c.failure)
			continue
		}
		t.gc += c.gc
		t.gcFound += c.gcFound
		t.rc += c.rc
		t.rcTP += c.rcTP
		t.ga += c.ga
		t.gaFound += c.gaFound
		t.ra += c.ra
		t.raTP += c.raTP
		t.vm += c.vm
		t.vok += c.vok
	}
	cp, cr := ratioOf(t.rcTP, t.rc), ratioOf(t.gcFound, t.gc)
	s.GoldConflicts, s.ReportedConflicts = t.gc, t.rc
	s.ConflictPrecision, s.ConflictRecall = round3(cp), round3(cr)
	s.ConflictF1 = round3(f1(cp, cr))
	s.GoldAgreements, s.ReportedAgreements = t.ga, t.ra
	s.AgreeRecall = round3(ratioOf(t.gaFound, t.ga))
	s.AgreePrecision = round3(ratioOf(t.raTP, t.ra))
	s.ValueAccuracy = round3(ratioOf(t.vok, t.vm))
	return s, nil
}

// scoreCluster scores one report against its gold claims.
func scoreCluster(name string, g *gold, r *compare.Report) cluster {
	paths := map[string]string{}
	for _, d := range r.Documents {
		paths[d.ID] = d.Path
	}
	var multi []*compare.Alignment
	for i := range r.Alignments {
		if documents(&r.Alignments[i]) >= 2 {
			multi = append(multi, &r.Alignments[i])
		}
	}
	var gconf, gagree []*goldClaim
	for i := range g.Claims {
		c := &g.Claims[i]
		switch {
		case !c.Verdict.IsStr:
		case c.Verdict.Str == "conflict":
			gconf = append(gconf, c)
		case c.Verdict.Str == "agree":
			gagree = append(gagree, c)
		}
	}
	var rconf, ragree []*compare.Alignment
	for _, a := range multi {
		switch a.Verdict.Outcome {
		case compare.Conflict, compare.Update: // the scorers count an update as a conflict
			rconf = append(rconf, a)
		case compare.Agree:
			ragree = append(ragree, a)
		}
	}
	// cov memoises covers(a, g) >= 2, asked up to four times per pair.
	type key struct {
		a *compare.Alignment
		g *goldClaim
	}
	cov := map[key]bool{}
	covered := func(a *compare.Alignment, gc *goldClaim) bool {
		k := key{a, gc}
		v, ok := cov[k]
		if !ok {
			v = covers(a, gc, r, paths) >= 2
			cov[k] = v
		}
		return v
	}
	anyCovers := func(as []*compare.Alignment, gc *goldClaim) bool {
		for _, a := range as {
			if covered(a, gc) {
				return true
			}
		}
		return false
	}
	anyCovered := func(a *compare.Alignment, gs []*goldClaim) bool {
		for _, gc := range gs {
			if covered(a, gc) {
				return true
			}
		}
		return false
	}

	var c cluster
	for _, gc := range append(append([]*goldClaim{}, gconf...), gagree...) {
		var found []*compare.Alignment
		for _, a := range multi {
			if covered(a, gc) {
				found = append(found, a)
			}
		}
		if len(found) > 0 {
			c.vm++
			for _, a := range found {
				if valueOK(a, gc, paths) {
					c.vok++
					break
				}
			}
		}
	}
	for _, gc := range gconf {
		c.gc++
		if anyCovers(rconf, gc) {
			c.gcFound++
		} else {
			c.notes = append(c.notes, fmt.Sprintf("  missed conflict %s/%s", name, gc.ID.Str))
		}
	}
	for _, a := range rconf {
		c.rc++
		if anyCovered(a, gconf) {
			c.rcTP++
		} else {
			c.notes = append(c.notes, fmt.Sprintf("  false conflict %s: %s %s", name, a.Question, pyList(a)))
		}
	}
	for _, gc := range gagree {
		c.ga++
		if anyCovers(ragree, gc) {
			c.gaFound++
		} else {
			c.notes = append(c.notes, fmt.Sprintf("  missed agreement %s/%s", name, gc.ID.Str))
		}
	}
	for _, a := range ragree {
		c.ra++
		if anyCovered(a, gagree) {
			c.raTP++
		}
	}
	return c
}

// pyList writes the claims' values as Python prints a list of strings,
// near enough for a note.
func pyList(a *compare.Alignment) string {
	vs := make([]string, len(a.Claims))
	for i, c := range a.Claims {
		vs[i] = "'" + strings.ReplaceAll(c.Value, "'", `\'`) + "'"
	}
	return "[" + strings.Join(vs, ", ") + "]"
}

// documents counts the distinct documents of a's claims.
func documents(a *compare.Alignment) int {
	seen := map[string]bool{}
	for _, c := range a.Claims {
		seen[c.Doc] = true
	}
	return len(seen)
}

// claimFile is the base name of the path of c's document, "" when the
// report has no such document (docs.get(..., "") in corpus.py).
func claimFile(c *compare.Claim, paths map[string]string) string {
	return basename(paths[c.Doc])
}

// covers counts the gold answers' files of which a holds a claim whose
// evidence sentence contains the answer's quote.
func covers(a *compare.Alignment, g *goldClaim, r *compare.Report, paths map[string]string) int {
	files := map[string]bool{}
	for _, ans := range g.Answers {
		q := norm(ans.Quote.Str)
		for i := range a.Claims {
			c := &a.Claims[i]
			if claimFile(c, paths) != ans.File.Str {
				continue
			}
			if strings.Contains(norm(sentence(r, c)), q) {
				files[ans.File.Str] = true
				break
			}
		}
	}
	return len(files)
}

// sentence is the claim's evidence sentence as the JSON report writes it.
func sentence(r *compare.Report, c *compare.Claim) string {
	d := r.Doc(c.Doc)
	if d == nil || c.Sentence.Start < 0 || c.Sentence.Start > c.Sentence.End || c.Sentence.End > len(d.Text) {
		return ""
	}
	return d.Slice(c.Sentence)
}

// valueOK reports whether every answer's value shows in a claim of a from
// the answer's file: the first number of the value, not inside a longer
// number, or else a close spelling (difflib ratio ≥ 0.6) or containment.
func valueOK(a *compare.Alignment, g *goldClaim, paths map[string]string) bool {
	for _, ans := range g.Answers {
		want := ans.Value.Str
		first, hasDigits := firstNumber(strings.ReplaceAll(want, ",", ""))
		match := func(got string) bool {
			got = strings.ReplaceAll(got, ",", "")
			if hasDigits {
				return containsNumber(got, first)
			}
			nw, ng := norm(want), norm(got)
			return ratio(nw, ng) >= 0.6 || strings.Contains(ng, nw)
		}
		ok := false
		for i := range a.Claims {
			c := &a.Claims[i]
			if claimFile(c, paths) == ans.File.Str && match(c.Value+" "+c.Display) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// firstNumber is the first match of \d+(?:\.\d+)? with Python's Unicode
// \d.
func firstNumber(s string) (string, bool) {
	rs := []rune(s)
	digits := func(i int) int {
		for i < len(rs) && isDigit(rs[i]) {
			i++
		}
		return i
	}
	for i := 0; i < len(rs); i++ {
		if !isDigit(rs[i]) {
			continue
		}
		j := digits(i)
		if j+1 < len(rs) && rs[j] == '.' && isDigit(rs[j+1]) {
			j = digits(j + 1)
		}
		return string(rs[i:j]), true
	}
	return "", false
}

// containsNumber is re.search(r"(?<![\d.])" + re.escape(n) + r"(?![\d])", s):
// n somewhere in s, preceded by neither a digit nor a point and not
// followed by a digit.
func containsNumber(s, n string) bool {
	for i := 0; i <= len(s)-len(n); {
		k := strings.Index(s[i:], n)
		if k < 0 {
			return false
		}
		k += i
		before, after := rune(-1), rune(-1)
		if k > 0 {
			before = lastRune(s[:k])
		}
		if e := k + len(n); e < len(s) {
			after = firstRune(s[e:])
		}
		if !(before >= 0 && (isDigit(before) || before == '.')) && !(after >= 0 && isDigit(after)) {
			return true
		}
		i = k + 1
	}
	return false
}

func lastRune(s string) rune {
	rs := []rune(s)
	return rs[len(rs)-1]
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return -1
}
