package mentions

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/segment"
)

// docNamesOf finds the names of text split into sentences by package
// segment, so that document-level rules see earlier sentences.
func docNamesOf(text string) []nm {
	d := compare.NewDocument("t.txt", []byte(text))
	var got []nm
	for _, m := range findNames(d, segment.Sentences(d)) {
		got = append(got, nm{d.Slice(m.Span), m.Type, m.Value})
	}
	return got
}

func TestResolveNames(t *testing.T) {
	tests := []struct {
		text string
		want []nm
	}{
		// "the North" after the pair is set up, in either order.
		{"Troops from North Korea and South Korea met. Later the North left.", []nm{
			{"North Korea", "PLACE", "North Korea"}, {"South Korea", "PLACE", "South Korea"}, {"North", "PLACE", "North Korea"}}},
		{"South Korean farmers protested. Aid went to the South.", []nm{
			{"South Korean", "PLACE", "South Korea"}, {"South", "PLACE", "South Korea"}}},
		{"The North's envoy arrived.", []nm{{"North", "PLACE", "North"}}}, // nothing set up yet; WordNet knows a region
		{"The war split North Vietnam and South Vietnam. The North won.", []nm{
			{"North Vietnam", "PLACE", "North Vietnam"}, {"South Vietnam", "PLACE", "South Vietnam"}, {"North", "PLACE", "North Vietnam"}}},
		{"The war split North Zembla and South Zembla. The North won.", []nm{ // names no one knows as places
			{"North Zembla", "NAME", "North Zembla"}, {"South Zembla", "NAME", "South Zembla"}, {"North", "PLACE", "North"}}},
		{"North and South Korean officers met. North's guards watched.", []nm{
			{"North", "PLACE", "North Korea"}, {"South Korean", "PLACE", "South Korea"}, {"North", "PLACE", "North Korea"}}},
		{"North Korea spoke. Rail links join the North and South.", []nm{
			{"North Korea", "PLACE", "North Korea"}, {"North", "PLACE", "North Korea"}, {"South", "PLACE", "South Korea"}}},
		// Capitals as governments only when they act.
		{"Pyongyang warned of reprisals. Talks in Pyongyang failed.", []nm{
			{"Pyongyang", "ORG", "North Korea"}, {"Pyongyang", "PLACE", "Pyongyang"}}},
		{"Seoul has rejected the offer. Seoul's streets were calm.", []nm{
			{"Seoul", "ORG", "South Korea"}, {"Seoul", "PLACE", "Seoul"}}},
		{"Envoys flew to Washington and Beijing responded coolly.", []nm{
			{"Washington", "PLACE", "Washington"}, {"Beijing", "ORG", "China"}}},
		{"Officials said Tokyo would pay. Japan agreed.", []nm{{"Tokyo", "ORG", "Japan"}, {"Japan", "ORG", "Japan"}}},
		// Short forms take the latest full name with that surname.
		{"Kim Jong Il ruled for years. Mr. Kim died in 2011.", []nm{
			{"Kim Jong Il", "PERSON", "Kim Jong Il"}, {"Kim", "PERSON", "Kim Jong Il"}}},
		{"Kim Jong Il died. Kim Jong-un took over. Kim spoke.", []nm{
			{"Kim Jong Il", "PERSON", "Kim Jong Il"}, {"Kim Jong-un", "PERSON", "Kim Jong-un"}, {"Kim", "PERSON", "Kim Jong-un"}}},
		{"Mr. Kim spoke first. Kim Jong-un arrived later.", []nm{
			{"Kim", "PERSON", "Kim"}, {"Kim Jong-un", "PERSON", "Kim Jong-un"}}},
		{"Ban Ki-moon flew in. Mr. Ban left.", []nm{{"Ban Ki-moon", "PERSON", "Ban Ki-moon"}, {"Ban", "PERSON", "Ban Ki-moon"}}},
		{"Margaret Hale visited the site. Hale said little.", []nm{
			{"Margaret Hale", "PERSON", "Margaret Hale"}, {"Hale", "PERSON", "Margaret Hale"}}},
		{"Ivor Pennick arrived. Mr. Pennick left.", []nm{{"Ivor Pennick", "PERSON", "Ivor Pennick"}, {"Pennick", "PERSON", "Ivor Pennick"}}},
		{"The plan is sound, said Ivor Pennick.", []nm{{"Ivor Pennick", "PERSON", "Ivor Pennick"}}},
		// A lone name of unknown kind is the one full name with that
		// surname, before or after it; of two, neither.
		{"Vance leads in Orrowby. Ilse Vance took 60 percent.", []nm{
			{"Vance", "NAME", "Ilse Vance"}, {"Orrowby", "PLACE", "Orrowby"}, {"Ilse Vance", "NAME", "Ilse Vance"}}},
		{"Ilse Vance and Bram Vance ran. Vance won in Orrowby.", []nm{
			{"Ilse Vance", "NAME", "Ilse Vance"}, {"Bram Vance", "NAME", "Bram Vance"}, {"Vance", "NAME", "Vance"}, {"Orrowby", "PLACE", "Orrowby"}}},
		// A capitalised word opening a sentence is no given name; within
		// one it may be, whatever else WordNet knows it as.
		{"Senior Corvish officials met. Corvish refused.", []nm{
			{"Senior Corvish", "NAME", "Senior Corvish"}, {"Corvish", "NAME", "Corvish"}}},
		{"Voters backed Lotte Brannick. Brannick won.", []nm{
			{"Lotte Brannick", "NAME", "Lotte Brannick"}, {"Brannick", "NAME", "Lotte Brannick"}}},
		// Opening one, a word WordNet knows only as a named place may
		// be a given name.
		{"Florence Tarrow won. Tarrow thanked voters.", []nm{
			{"Florence Tarrow", "NAME", "Florence Tarrow"}, {"Tarrow", "NAME", "Florence Tarrow"}}},
		// Events are neither places nor actors.
		{"He fought in the Korean War and watched the Olympic Games.", []nm{
			{"Korean War", "EVENT", "Korean War"}, {"Olympic Games", "EVENT", "Olympic Games"}}},
		{"Troops patrol the Demilitarized Zone.", []nm{{"Demilitarized Zone", "PLACE", "Demilitarized Zone"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, docNamesOf(tt.text)); diff != "" {
			t.Errorf("findNames(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestNameVariants(t *testing.T) {
	for _, p := range [][2]string{{"Pyeongchang", "Pyongchang"}, {"Kim Jong-un", "Kim Jong Un"}, {"Panmunjom", "Panmunjeom"}} {
		if !SameName(p[0], p[1]) {
			t.Errorf("SameName(%q, %q) = false, want one name", p[0], p[1])
		}
	}
	// Demonyms name their country.
	for text, want := range map[string]string{"A North Korean ship sank.": "North Korea", "Two Israeli envoys met.": "Israel"} {
		got := docNamesOf(text)
		if len(got) != 1 || got[0].Value != want {
			t.Errorf("findNames(%q) = %v, want one mention of %s", text, got, want)
		}
	}
}

// TestPlaceThatSpeaksIsABody: a one-word name typed as a place by WordNet
// that speaks is a body named after the place; a listed place that speaks
// stays as it was.
func TestPlaceThatSpeaksIsABody(t *testing.T) {
	tests := []struct{ text, typ string }{
		{"Toyota said sales rose.", "ORG"},
		{"Sales rose in Toyota.", "PLACE"},
	}
	for _, tt := range tests {
		got := ""
		for _, m := range docNamesOf(tt.text) {
			if m.Value == "Toyota" {
				got = m.Type
			}
		}
		if got != tt.typ {
			t.Errorf("%q: Toyota typed %q, want %q", tt.text, got, tt.typ)
		}
	}
}
