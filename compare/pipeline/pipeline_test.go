package pipeline

import (
	"bytes"
	"context"
	"math/rand/v2"

	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/align"
	"github.com/claimdiff/claimdiff/compare/judge"
	"github.com/claimdiff/claimdiff/compare/report"
)

const koreaTalks = "../../../shared/corpus/korea-talks"

func sharedFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("shared data not found at %s", dir)
	}
	return files
}

// valuesByFile maps each document's file name to the values of its claims
// in alignment a.
func valuesByFile(r *compare.Report, a compare.Alignment) map[string][]string {
	m := map[string][]string{}
	for _, c := range a.Claims {
		name := filepath.Base(r.Doc(c.Doc).Path)
		m[name] = append(m[name], c.Value)
	}
	return m
}

func TestKoreaTalks(t *testing.T) {
	r, err := Compare(context.Background(), sharedFiles(t, koreaTalks), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var previous, venue *compare.Alignment
	for i, a := range r.Alignments {
		v := valuesByFile(r, a)
		if slices.Contains(v["chinatopix-2014.txt"], "2007-12") && slices.Contains(v["voa-2006.txt"], "2004") {
			previous = &r.Alignments[i]
		}
		if a.Kind == compare.Name && len(v["chinatopix-2014.txt"]) > 0 && len(v["voa-2006.txt"]) > 0 &&
			strings.HasPrefix(v["chinatopix-2014.txt"][0], "Panmunj") {
			venue = &r.Alignments[i]
		}
	}
	if previous == nil {
		t.Fatalf("no alignment of the previous talks (2007-12 against 2004); alignments:\n%s", dump(r))
	}
	if previous.Verdict.Outcome != compare.Conflict {
		t.Errorf("previous talks: verdict %v, want conflict", previous.Verdict.Outcome)
	}
	if q := strings.Join(previous.Verdict.Qualifiers, "; "); !strings.Contains(q, "years apart") {
		t.Errorf("previous talks: qualifiers %q, want one saying the articles were published years apart", q)
	}
	if venue == nil {
		t.Fatalf("no alignment of the venue (Panmunjom, Panmunjeom); alignments:\n%s", dump(r))
	}
	if venue.Verdict.Outcome != compare.Agree {
		t.Errorf("venue: verdict %v (%s), want agree", venue.Verdict.Outcome, venue.Verdict.Reason)
	}
}

func dump(r *compare.Report) string {
	var b bytes.Buffer
	for _, a := range r.Alignments {
		b.WriteString(a.Verdict.Outcome.String() + " " + a.Key + ":")
		for _, c := range a.Claims {
			b.WriteString(" " + c.Doc + "=" + c.Value)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestDeterministic compares the JSON report of the same inputs given in
// different orders and run on one and on eight CPUs.
func TestDeterministic(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/*/*.txt")
	if len(files) < 2 {
		t.Skip("no example articles under testdata/")
	}
	render := func(paths []string) []byte {
		r, err := Compare(context.Background(), paths, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		p, _ := report.Lookup("json")
		if err := p(&b, r, report.Options{}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	want := render(files)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, procs := range []int{1, 8} {
		runtime.GOMAXPROCS(procs)
		for range 3 {
			shuffled := slices.Clone(files)
			rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			if got := render(shuffled); !bytes.Equal(got, want) {
				t.Fatalf("report of %v on %d CPUs differs from the report of %v on 1 CPU", shuffled, procs, files)
			}
		}
	}
}

// TestCloseReportsShareNamesAlike: align rules out pairs of reports that
// share fewer names than the judge's close reports must.
func TestCloseReportsShareNamesAlike(t *testing.T) {
	if align.MinSharedNames != judge.MinSharedNames {
		t.Errorf("align.MinSharedNames = %v, judge.MinSharedNames = %v", align.MinSharedNames, judge.MinSharedNames)
	}
}

// TestPublishedWithin: reports a day apart are timely, a week apart are
// not, and one of no known date is timely with any.
func TestPublishedWithin(t *testing.T) {
	doc := func(id, published string) *compare.Document {
		d := compare.NewDocument(id+".txt", []byte("text"))
		d.ID = id
		d.SetPublished(published)
		return d
	}
	within := publishedWithin([]*compare.Document{doc("d1", "2025-03-10"), doc("d2", "2025-03-11"), doc("d3", "2025-03-17"), doc("d4", "")}, TimelyDays)
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"d1", "d2", true}, {"d2", "d1", true}, {"d1", "d3", false}, {"d3", "d4", true},
	} {
		if got := within(tt.a, tt.b); got != tt.want {
			t.Errorf("publishedWithin(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
