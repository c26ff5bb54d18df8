package mentions

import "testing"

func TestIsCountry(t *testing.T) {
	for name, want := range map[string]bool{
		"Haiti": true, "Norway": true, "North Korea": true, "United States": true,
		"Paris": false, "Gelderland": false, "Europe": false,
	} {
		if got := IsCountry(name); got != want {
			t.Errorf("IsCountry(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCountryVariantsShareTheGazetteerEntry(t *testing.T) {
	for variant, want := range map[string]string{"Czechia": "Czech Republic", "UAE": "United Arab Emirates", "Burma": "Myanmar"} {
		if p, ok := gazetteer[NameKey(variant)]; !ok || p.name != want {
			t.Errorf("gazetteer[%q] = %+v, %v; want %q", variant, p, ok, want)
		}
	}
}
