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

func TestAliasesCompose(t *testing.T) {
	a := NewAliases(map[string][]string{
		"Democratic People's Republic of Korea": {"DPRK"},
		"Kim Dae-jung":                          {"DJ"},
		"Kim Dae-jun":                           nil,
		"Chosun":                                {"Joseon"},
	})
	// A mention of "DPRK" carries the gazetteer's Value "North Korea":
	// the user's canonical name still applies.
	if got, ok := a.Canonical("North Korea"); !ok || got != "Democratic People's Republic of Korea" {
		t.Errorf("Canonical(North Korea) = %q, %v; want the user's name", got, ok)
	}
	if a.Key("DPRK") != a.Key("North Korea") || a.Key("Seoul") != NameKey("Seoul") {
		t.Errorf("Key(DPRK) = %q, Key(North Korea) = %q, Key(Seoul) = %q", a.Key("DPRK"), a.Key("North Korea"), a.Key("Seoul"))
	}
	tests := []struct {
		x, y string
		want bool
	}{
		{"DPRK", "North Korea", true},
		{"DJ", "Kim Dae-jung", true},
		{"Kim Dae-jung", "Kim Dae-jun", false}, // listed apart: the user wins over spelling
		{"Joseon", "Chosun", true},
		{"Panmunjom", "Panmunjeom", true}, // no alias: the built-in rules
		{"Kim Jong-un", "Kim Jong Il", false},
	}
	for _, tt := range tests {
		if got := a.SameName(tt.x, tt.y); got != tt.want {
			t.Errorf("Aliases.SameName(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
		if got := a.SameName(tt.y, tt.x); got != tt.want {
			t.Errorf("Aliases.SameName(%q, %q) = %v, want %v", tt.y, tt.x, got, tt.want)
		}
	}
	if !(Aliases{}).SameName("Gwangju", "Kwangju") {
		t.Error("zero Aliases.SameName(Gwangju, Kwangju) = false, want the built-in rules")
	}
}
