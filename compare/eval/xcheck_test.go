package eval

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// shared is the evaluation data, beside the repository.
const shared = "../../../shared"

// TestAgainstPython runs the reference scorers of shared/score on a
// claimdiff binary built from this tree and checks that the in-process
// scorers give the same figures on the same data. The corpus runs by
// default; timeml and pairs take minutes in Python and run only with
// CLAIMDIFF_XCHECK=1.
func TestAgainstPython(t *testing.T) {
	if testing.Short() {
		t.Skip("builds claimdiff and runs the Python scorers")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	if _, err := os.Stat(filepath.Join(shared, "score")); err != nil {
		t.Skipf("no %s: %v", filepath.Join(shared, "score"), err)
	}
	if err := exec.Command(py, "-c", "import yaml").Run(); err != nil {
		t.Skip("python3 has no yaml module (PyYAML)")
	}
	bin := filepath.Join(t.TempDir(), "claimdiff")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/claimdiff").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	all := os.Getenv("CLAIMDIFF_XCHECK") == "1"
	ctx := context.Background()
	pairs := filepath.Join(shared, "pairs")
	for _, tt := range []struct {
		name string
		slow bool
		args []string // to the Python scorer, after the binary
		run  func() ([]Field, error)
	}{
		// ud.py times the whole command; the speeds differ by nature.
		{"ud-dev", false, []string{"ud.py", filepath.Join(shared, "ud", "en_ewt-ud-dev.conllu")}, func() ([]Field, error) {
			s, err := UD(ctx, filepath.Join(shared, "ud", "en_ewt-ud-dev.conllu"))
			return s.Fields(), err
		}},
		{"corpus", false, []string{"corpus.py", filepath.Join(shared, "corpus")}, func() ([]Field, error) {
			s, err := Corpus(ctx, filepath.Join(shared, "corpus"))
			return s.Fields(), err
		}},
		{"docs", false, []string{"docs.py", filepath.Join(shared, "docs")}, func() ([]Field, error) {
			s, err := Docs(ctx, filepath.Join(shared, "docs"))
			return s.Fields(), err
		}},
		{"timeml", true, []string{"timeml.py", filepath.Join(shared, "timeml")}, func() ([]Field, error) {
			s, err := TimeML(ctx, filepath.Join(shared, "timeml"))
			return s.Fields(), err
		}},
		{"sick-300", true, []string{"pairs.py", filepath.Join(pairs, "sick.jsonl"), "--limit", "300"}, func() ([]Field, error) {
			s, err := Pairs(ctx, filepath.Join(pairs, "sick.jsonl"), PairsOptions{Limit: 300})
			return s.Fields(), err
		}},
		{"stresstest", true, []string{"pairs.py", filepath.Join(pairs, "equate_stresstest_subset.jsonl")}, func() ([]Field, error) {
			s, err := Pairs(ctx, filepath.Join(pairs, "equate_stresstest_subset.jsonl"), PairsOptions{})
			return s.Fields(), err
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.slow && !all {
				t.Skip("slow in Python: set CLAIMDIFF_XCHECK=1")
			}
			start := time.Now()
			args := append([]string{filepath.Join(shared, "score", tt.args[0]), bin}, tt.args[1:]...)
			out, err := exec.Command(py, args...).Output()
			if err != nil {
				t.Fatalf("python3 %v: %v", args, err)
			}
			pyTime := time.Since(start)
			var want map[string]float64
			if err := json.Unmarshal(out, &want); err != nil {
				t.Fatalf("python3 %v output %q: %v", args, out, err)
			}
			start = time.Now()
			got, err := tt.run()
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			t.Logf("%s: Python %v, Go %v", tt.name, pyTime.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
			seen := 0
			for _, f := range got {
				w, ok := want[f.Key]
				if !ok {
					continue // a figure the Python scorer does not print
				}
				seen++
				if f.Key == "tokens_per_second" || f.Key == "seconds" {
					continue // timings, not figures to agree on
				}
				var g float64
				switch v := f.Value.(type) {
				case int:
					g = float64(v)
				case float64:
					g = v
				}
				if g != w {
					t.Errorf("%s: %s = %v, Python %v", tt.name, f.Key, g, w)
				}
			}
			if seen != len(want) {
				t.Errorf("%s: Go gives %d of the %d figures Python prints (%s)", tt.name, seen, len(want), out)
			}
		})
	}
}
