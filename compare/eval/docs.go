package eval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/pipeline"
	"github.com/goccy/go-yaml"
)

// DocsScores are the figures of score/docs.py, under its keys.
type DocsScores struct {
	Cases             int     `json:"cases"`
	Errors            int     `json:"errors"`
	GoldConflicts     int     `json:"gold_conflicts"`
	ReportedConflicts int     `json:"reported_conflicts"`
	ConflictPrecision float64 `json:"conflict_precision"`
	ConflictRecall    float64 `json:"conflict_recall"`
	GoldAgreements    int     `json:"gold_agreements"`
	AgreeRecall       float64 `json:"agree_recall"`

	// Notes are what docs.py --verbose prints: missed and false conflicts,
	// in case order.
	Notes []string `json:"-"`
	// Failures name the cases claimdiff could not compare.
	Failures []string `json:"-"`
}

// Fields lists the figures in docs.py's order.
func (s DocsScores) Fields() []Field {
	return []Field{
		{"cases", s.Cases}, {"errors", s.Errors},
		{"gold_conflicts", s.GoldConflicts}, {"reported_conflicts", s.ReportedConflicts},
		{"conflict_precision", s.ConflictPrecision}, {"conflict_recall", s.ConflictRecall},
		{"gold_agreements", s.GoldAgreements}, {"agree_recall", s.AgreeRecall},
	}
}

// docsCase is the part of a case.yaml docs.py reads.
type docsCase struct {
	Files []struct {
		File scalar `yaml:"file"`
	} `yaml:"files"`
	Claims []struct {
		ID      scalar `yaml:"id"`
		Verdict scalar `yaml:"verdict"`
		Answers []struct {
			File  scalar `yaml:"file"`
			Line  scalar `yaml:"line"`
			Quote scalar `yaml:"quote"`
		} `yaml:"answers"`
	} `yaml:"claims"`
}

type docsTally struct {
	gc, gcFound, rc, rcTP, ga, gaFound int
	failure                            string
	notes                              []string
}

// Docs scores compare on the docs-consistency cases under dir (folders
// holding a case.yaml), as score/docs.py does: each case's files are
// compared in-process as `claimdiff compare` is called on them. A case
// whose compare gives no report counts in Errors.
func Docs(ctx context.Context, dir string) (DocsScores, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return DocsScores{}, fmt.Errorf("docs: %w", err)
	}
	type job struct {
		name  string
		c     *docsCase
		files []string
	}
	var jobs []job
	for _, e := range entries {
		cdir := join(dir, e.Name())
		cp := join(cdir, "case.yaml")
		if fi, err := os.Stat(cp); err != nil || !fi.Mode().IsRegular() {
			continue
		}
		data, err := readFile(cp)
		if err != nil {
			return DocsScores{}, fmt.Errorf("docs: %w", err)
		}
		if err := checkYAMLNesting(cp, data); err != nil {
			return DocsScores{}, fmt.Errorf("docs: %w", err)
		}
		var c docsCase
		if err := yaml.Unmarshal(data, &c); err != nil {
			return DocsScores{}, fmt.Errorf("docs: %w", &compare.InputError{Path: cp, Err: errors.New(yaml.FormatError(err, false, false))})
		}
		j := job{name: e.Name(), c: &c}
		for _, f := range c.Files {
			j.files = append(j.files, join(cdir, f.File.Str))
		}
		jobs = append(jobs, j)
	}
	if len(jobs) == 0 {
		return DocsScores{}, fmt.Errorf("docs: %s: no cases (folders holding a case.yaml)", dir)
	}
	results := make([]docsTally, len(jobs))
	err = forEach(ctx, len(jobs), func(i int) {
		j := jobs[i]
		r, err := pipeline.Compare(ctx, j.files, pipeline.Options{})
		if r == nil {
			results[i] = docsTally{failure: fmt.Sprintf("%s: no report (%v)", j.name, err)}
			return
		}
		results[i] = scoreDocsCase(j.name, j.c, r)
	})
	if err != nil {
		return DocsScores{}, err
	}
	var s DocsScores
	var t docsTally
	for _, c := range results {
		s.Cases++
		s.Notes = append(s.Notes, c.notes...)
		if c.failure != "" {
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
	}
	s.GoldConflicts, s.ReportedConflicts, s.GoldAgreements = t.gc, t.rc, t.ga
	s.ConflictPrecision = round3(ratioOf(t.rcTP, t.rc))
	s.ConflictRecall = round3(ratioOf(t.gcFound, t.gc))
	s.AgreeRecall = round3(ratioOf(t.gaFound, t.ga))
	return s, nil
}

// scoreDocsCase scores one report: an alignment covers a gold claim when
// it holds claims from two of the gold answers' files, each on the
// answer's line (±1) or with the answer's quote in its sentence.
func scoreDocsCase(name string, c *docsCase, r *compare.Report) docsTally {
	paths := map[string]string{}
	for _, d := range r.Documents {
		paths[d.ID] = d.Path
	}
	covers := func(a *compare.Alignment, g int) int {
		files := map[string]bool{}
		for _, ans := range c.Claims[g].Answers {
			want, err := strconv.Atoi(ans.Line.Str)
			if err != nil {
				want = -99
			}
			q := docsNorm(ans.Quote.Str)
			for i := range a.Claims {
				cl := &a.Claims[i]
				if basename(paths[cl.Doc]) != ans.File.Str {
					continue
				}
				line := -9
				if d := r.Doc(cl.Doc); d != nil {
					line, _ = d.Position(cl.Evidence.Start)
				}
				if abs(line-want) <= 1 || strings.Contains(docsNorm(sentence(r, cl)), q) {
					files[ans.File.Str] = true
					break
				}
			}
		}
		return len(files)
	}
	var t docsTally
	var conflicts, agreements []*compare.Alignment
	for i := range r.Alignments {
		a := &r.Alignments[i]
		if documents(a) < 2 {
			continue
		}
		switch a.Verdict.Outcome.String() {
		case "conflict", "update":
			conflicts = append(conflicts, a)
		case "agree":
			agreements = append(agreements, a)
		}
	}
	for g, gc := range c.Claims {
		switch gc.Verdict.Str {
		case "conflict":
			t.gc++
			hit := false
			for _, a := range conflicts {
				hit = hit || covers(a, g) >= 2
			}
			if hit {
				t.gcFound++
			} else {
				t.notes = append(t.notes, fmt.Sprintf("  missed conflict %s/%s", name, gc.ID.Str))
			}
		case "agree":
			t.ga++
			for _, a := range agreements {
				if covers(a, g) >= 2 {
					t.gaFound++
					break
				}
			}
		}
	}
	for _, a := range conflicts {
		t.rc++
		ok := false
		for g, gc := range c.Claims {
			ok = ok || gc.Verdict.Str == "conflict" && covers(a, g) >= 2
		}
		if ok {
			t.rcTP++
		} else {
			reason := a.Verdict.Reason
			if len([]rune(reason)) > 120 {
				reason = string([]rune(reason)[:120])
			}
			t.notes = append(t.notes, fmt.Sprintf("  false conflict %s: %s %s", name, a.Question, reason))
		}
	}
	return t
}

// docsNorm is docs.py's norm: white space runs as one space, trimmed,
// lower case.
func docsNorm(s string) string {
	return strings.ToLower(strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " "))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
