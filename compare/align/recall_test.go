package align_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/bench/retell"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/align"
	"github.com/claimdiff/claimdiff/compare/pipeline"
)

// where names a claim by its file and place, the same in any corpus.
type where struct {
	path       string
	start, end int
	value      string
}

// compared runs the pipeline on paths and returns the report and its
// claims before alignment.
func compared(t *testing.T, paths []string) (*compare.Report, []compare.Claim) {
	t.Helper()
	xs, err := pipeline.Extract(context.Background(), paths, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := &compare.Report{}
	var cs []compare.Claim
	for _, x := range xs {
		r.Documents = append(r.Documents, x.Document)
		cs = append(cs, x.Claims...)
	}
	r.Alignments = pipeline.Judge(align.Group(cs), r.Documents)
	return r, cs
}

func whereOf(r *compare.Report, c compare.Claim) where {
	return where{r.Doc(c.Doc).Path, c.Evidence.Start, c.Evidence.End, c.Value}
}

// TestClustersKeepTheirConflictsInALargeCorpus reads the shared clusters
// alone, then among thousands of articles retelling the same wire stories,
// where blocks are large and terms in more than MaxPosting claims propose
// candidates only in pairs. Every conflict of a cluster must either still
// be a conflict between the same claims, or have its claims still scored
// as similar: lost, if at all, to the order of merging (a group never
// holds two values of one document), never to the index.
func TestClustersKeepTheirConflictsInALargeCorpus(t *testing.T) {
	const corpus, news = "../../../shared/corpus", "../../../shared/news"
	dirs, _ := filepath.Glob(filepath.Join(corpus, "*"))
	if _, err := os.Stat(news); err != nil || len(dirs) == 0 {
		t.Skipf("shared clusters and stories not found at %s and %s", corpus, news)
	}
	n := 10000
	if testing.Short() {
		n = 1000
	}
	retold := filepath.Join(t.TempDir(), "news")
	if _, err := retell.Write(n, 1, news, retold); err != nil {
		t.Fatal(err)
	}
	type conflict struct {
		cluster, key, reason string
		claims               []where
	}
	var own []conflict
	var clusterFiles []string
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		if len(files) < 2 {
			continue
		}
		clusterFiles = append(clusterFiles, files...)
		r, _ := compared(t, files)
		for _, a := range r.Alignments {
			if a.Verdict.Outcome == compare.Conflict {
				// The block's key is the claims' own: the judge may refine
				// an alignment's key to keep facts of one kind apart.
				c := conflict{filepath.Base(dir), a.Claims[0].Key, a.Verdict.Reason, nil}
				for _, cl := range a.Claims {
					c.claims = append(c.claims, whereOf(r, cl))
				}
				own = append(own, c)
			}
		}
	}
	if len(own) == 0 {
		t.Fatal("the shared clusters gave no conflict on their own")
	}

	big, cs := compared(t, append([]string{retold}, clusterFiles...))
	conflictOf := map[where]int{}
	for i, a := range big.Alignments {
		if a.Verdict.Outcome == compare.Conflict {
			for _, c := range a.Claims {
				conflictOf[whereOf(big, c)] = i + 1
			}
		}
	}
	similar := map[[2]where]bool{}
	index := map[where]int{}
	for i, c := range cs {
		index[whereOf(big, c)] = i
	}
	keys := map[string]bool{}
	for _, c := range own {
		keys[c.key] = true
	}
	for key := range keys {
		for _, p := range align.SimilarPairs(cs, key) {
			a, b := whereOf(big, cs[p[0]]), whereOf(big, cs[p[1]])
			similar[[2]where{a, b}], similar[[2]where{b, a}] = true, true
		}
	}
	kept := 0
	for _, c := range own {
		stillConflict, stillSimilar, shareWords := false, false, false
		for _, a := range c.claims {
			for _, b := range c.claims {
				if a.path == b.path {
					continue
				}
				stillConflict = stillConflict || conflictOf[a] != 0 && conflictOf[a] == conflictOf[b]
				stillSimilar = stillSimilar || similar[[2]where{a, b}]
				shareWords = shareWords || shared(cs[index[a]].Terms, cs[index[b]].Terms) > 0
			}
		}
		switch {
		case stillConflict:
			kept++
		case stillSimilar:
			t.Logf("%s: conflict %s (%s) is lost to the order of merging among %d articles", c.cluster, c.key, c.reason, n)
		case !shareWords:
			// Among a few articles about one event, some keys align
			// claims by themselves; among thousands, claims must share a
			// word to meet.
			t.Logf("%s: conflict %s (%s) is lost among %d articles: its claims share no word", c.cluster, c.key, c.reason, n)
		default:
			t.Errorf("%s: conflict %s (%s): its claims are no longer candidates among %d articles", c.cluster, c.key, c.reason, n)
		}
	}
	t.Logf("%d of %d cluster conflicts kept among %d articles", kept, len(own), n)
}

func shared(a, b []string) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}
