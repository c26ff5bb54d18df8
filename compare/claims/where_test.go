package claims

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

func TestSamePlace(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Gelderland", "Gelderland Province", true},
		{"Brannock Steel Plant", "Brannock", true},
		{"Tarn", "Tarn River", true},
		{"Tarn", "tarn", true},
		// A surname, or a word WordNet does not know, is another name.
		{"Anna", "Anna Smith", false},
		{"Kessel", "Kessel Vrienborg", false},
		{"Lyon", "Nantes", false},
		{"Steel Plant", "Brannock Steel Plant", false},
	}
	for _, tt := range tests {
		if got := SamePlace(tt.a, tt.b); got != tt.want {
			t.Errorf("SamePlace(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestWhereTakesTheEventOfTheTree(t *testing.T) {
	tests := []struct{ text, question string }{
		{"Fighting broke out in Lodz as prices rose.", "Where did the fighting happen?"},
		{"Voters queued for hours at the polls in Tarnow.", "Where was the vote held?"},
	}
	for _, tt := range tests {
		if got := lastClaim(tt.text, "2005-11-16", func(c compare.Claim) bool { return c.Key == "where" }).Question; got != tt.question {
			t.Errorf("Extract(%q) where question %q, want %q", tt.text, got, tt.question)
		}
	}
}

// TestWhereByLocative: a place is a "where" when a locative preposition
// governs it, in the tree or just before it; "on" before a country marks
// what is spoken of more often than where ("sanctions on Syria").
func TestWhereByLocative(t *testing.T) {
	tests := []struct {
		text, place string // place "" for no where claim
	}{
		{"Tonnes of benzene leaked into the Tarn River after the blast.", "Tarn River"},
		{"A tanker ran aground off the coast of Brittany on Monday.", "Brittany"},
		{"Floods spread across Bavaria on Monday.", "Bavaria"},
		{"The council voted for new sanctions on Syria.", ""},
	}
	for _, tt := range tests {
		if got := whereOf(tt.text); got != tt.place {
			t.Errorf("%q: where %q, want %q", tt.text, got, tt.place)
		}
	}
}

func TestWhereNotOfAnEvent(t *testing.T) {
	if got := whereOf("The panel opened an inquiry into the killing of Vasquez on Monday."); got != "" {
		t.Errorf("where claim %q of a killing's victim", got)
	}
}

// whereOf returns the place of the last "where" claim of text, or "".
func whereOf(text string) string {
	return lastClaim(text, "2005-11-16", func(c compare.Claim) bool {
		return c.Key == "where" || strings.HasPrefix(c.Key, "where/")
	}).Value
}
