package wordlist

import (
	"io/fs"
	"strings"
	"testing"
)

// Every data file loads, and each is a list some package reads.
func TestLists(t *testing.T) {
	known := map[string]Set{"roles": Roles, "sole_posts": SolePosts, "lesser_posts": LesserPosts, "courtesy": Courtesy, "report_verbs": ReportVerbs,
		"hedges": Hedges, "expectations": Expectations, "denials": Denials,
		"stopwords": Stopwords, "labels": Labels, "time_units": TimeUnits, "given_names": GivenNames,
		"family_first_surnames": FamilyFirst,
		"rise_adverbs":          RiseAdverbs, "fall_adverbs": FallAdverbs}
	numbered := map[string]map[string]int{"ordinals": Ordinals, "numbers": Numbers, "tens": Tens,
		"months": Months, "weekdays": Weekdays}
	names, err := fs.Glob(files, "data/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(p, "data/"), ".txt")
		if v, ok := numbered[name]; ok {
			m, err := loadNumbered(name)
			if err != nil || len(m) != len(v) {
				t.Errorf("%s: %d numbered words, variable %d, %v", p, len(m), len(v), err)
			}
			continue
		}
		s, err := load(name)
		if err != nil {
			t.Error(err)
			continue
		}
		if known[name] == nil {
			t.Errorf("%s has no variable in wordlist.go", p)
		} else if len(known[name]) != len(s) {
			t.Errorf("%s: variable holds %d words, file %d", p, len(known[name]), len(s))
		}
	}
	if len(names) != len(known)+len(numbered) {
		t.Errorf("%d data files for %d lists", len(names), len(known))
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := load("nosuchlist"); err == nil {
		t.Error("load of a missing list gave no error")
	}
}

func TestUnion(t *testing.T) {
	u := Union(Set{"a": true}, Set{"b": true, "a": true})
	if len(u) != 2 || !u["a"] || !u["b"] {
		t.Errorf("Union = %v", u)
	}
}
