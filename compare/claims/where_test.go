package claims

import "testing"

func TestSamePlace(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Heilongjiang", "Heilongjiang Province", true},
		{"Dongfeng Coal Mine", "Dongfeng", true},
		{"Tarn", "Tarn River", true},
		{"Tarn", "tarn", true},
		// A surname, or a word WordNet does not know, is another name.
		{"Anna", "Anna Smith", false},
		{"Kessel", "Kessel Vrienborg", false},
		{"Lyon", "Nantes", false},
		{"Coal Mine", "Dongfeng Coal Mine", false},
	}
	for _, tt := range tests {
		if got := SamePlace(tt.a, tt.b); got != tt.want {
			t.Errorf("SamePlace(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
