package claims

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/mentions"
	"github.com/claimdiff/claimdiff/compare/segment"
)

func registered(name string) bool {
	for _, k := range kinds {
		if k.Name == name {
			return true
		}
	}
	return false
}

// Every claim the extraction makes has a kind of the registry, so that
// align and judge know how to treat it.
func TestEveryKeyHasAKind(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/haiti-quake/*.txt")
	if len(files) == 0 {
		t.Fatal("no example articles in testdata/haiti-quake")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := compare.NewDocument(f, b)
		d.ID = "d1"
		ss := segment.Sentences(d)
		for _, c := range Extract(d, ss, mentions.Find(d, ss)) {
			if k := KindOf(c.Key); !registered(k.Name) {
				t.Errorf("%s: claim keyed %q has no registered kind", f, c.Key)
			}
		}
	}
	// The docs kind is registered for package docs, whose claims this
	// package does not make.
	if KindOf("docs/requires/node").Match != MatchDocsFact {
		t.Error("docs facts have no kind")
	}
}

func TestKindNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range kinds {
		if seen[k.Name] {
			t.Errorf("kind %q registered twice", k.Name)
		}
		seen[k.Name] = true
	}
	if k := KindOf("nosuchkind/x"); k.Match != MatchContext || k.Values != ValuesExact {
		t.Errorf("KindOf an unknown key = %+v, want context and exact values", k)
	}
}

func TestIsPlanned(t *testing.T) {
	_, cs := extract("The ministers will meet on Friday.", "2021-06-01")
	found := false
	for _, c := range cs {
		if c.Kind == compare.Time {
			found = true
			if !IsPlanned(c.Key) {
				t.Errorf("claim keyed %q: IsPlanned = false for a meeting still to come", c.Key)
			}
		}
	}
	if !found {
		t.Error("no time claim for a planned meeting")
	}
	if IsPlanned("time/meeting") || IsPlanned("quantity/planned/count") {
		t.Error("IsPlanned holds of a key that is no plan")
	}
}

func TestBefallsPeople(t *testing.T) {
	for class, want := range map[string]bool{"injury": true, "arrest": true, "evacuation": true, "explosion": false, "election": false, "": false} {
		if got := BefallsPeople(class); got != want {
			t.Errorf("BefallsPeople(%q) = %v, want %v", class, got, want)
		}
	}
}
