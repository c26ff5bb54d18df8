package claims

import "testing"

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
		_, cs := extract(tt.text, "2005-11-16")
		got := ""
		for _, c := range cs {
			if c.Key == "where" {
				got = c.Question
			}
		}
		if got != tt.question {
			t.Errorf("Extract(%q) where question %q, want %q", tt.text, got, tt.question)
		}
	}
}
