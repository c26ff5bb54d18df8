package mentions

import "testing"

func TestAliases(t *testing.T) {
	a := NewAliases(map[string][]string{"North Korea": {"DPRK", "Pyongyang"}})
	for name, want := range map[string]string{"Pyongyang": "North Korea", "dprk": "North Korea", "North Korea": "North Korea"} {
		if got, ok := a.Canonical(name); !ok || got != want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	if got, ok := a.Canonical("Seoul"); ok {
		t.Errorf("Canonical(Seoul) = %q, want no alias", got)
	}
	if _, ok := (Aliases{}).Canonical("Seoul"); ok {
		t.Error("zero Aliases found an alias")
	}
}
