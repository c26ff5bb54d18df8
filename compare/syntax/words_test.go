package syntax

import "testing"

func TestShape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"McCain", "XxXxx"}, {"1,200", "d,dd"}, {"U.S.", "X.X."}, {"Zürich", "Xxx"},
		{"ÉLAN", "XX"}, {"internationalisation", "xx"}, {"a-b-c-d-e-f-g-h", "x-x-x-x-x-x-x"}, {"1234567890123456", "dd"}, {"Ab-Cd-Ef-Gh-Ij", "Xx-Xx-Xx-Xx-X"},
	}
	for _, tt := range tests {
		if got, want := shapeHash(tt.in), hashString(tt.want); got != want {
			t.Errorf("shapeHash(%q) = %x, want the hash of %q, %x", tt.in, got, tt.want, want)
		}
	}
}

func TestInfoOfAffixes(t *testing.T) {
	// Affixes count runes: a two-byte letter is never cut in half.
	wi := infoOf("Café")
	if wi.suf[0] != hashString("é") || wi.suf[1] != hashString("fé") || wi.pre[0] != hashString("c") {
		t.Errorf("infoOf(Café): wrong affix hashes")
	}
	// A word shorter than an affix has a mark of its own, not its suffix.
	wi = infoOf("I")
	if wi.suf[1] == wi.suf[0] || wi.suf[1] != hashString("i")^2 {
		t.Errorf("infoOf(I): short-word affixes not marked")
	}
}
