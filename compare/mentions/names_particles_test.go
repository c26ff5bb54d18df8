package mentions

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFindNamesParticles checks names with a lower-case particle: the
// hyphenated Arabic article ("al-Qassimi") and particles between the
// capitalised parts of a name ("Pieter van der Molen").
func TestFindNamesParticles(t *testing.T) {
	tests := []struct {
		text string
		want []nm
	}{
		// An article name alone, a person by a verb of saying or a title.
		{"The plan is dead, said al-Qassimi.", []nm{{"al-Qassimi", "PERSON", "al-Qassimi"}}},
		{"Aid reached the camp, and el-Hadidi told reporters it was enough.", []nm{{"el-Hadidi", "PERSON", "el-Hadidi"}}},
		{"The army spokesman ash-Shammari denied it.", []nm{{"ash-Shammari", "PERSON", "ash-Shammari"}}},
		{"Crowds cheered ad-Dabbagh in the square.", []nm{{"ad-Dabbagh", "NAME", "ad-Dabbagh"}}},
		{"Al-Fakhouri agreed to the terms.", []nm{{"Al-Fakhouri", "NAME", "Al-Fakhouri"}}}, // kept at a sentence's start
		// "said X was": X begins what was said, it is not the speaker.
		{"Officials said el-Hadidi was arrested.", []nm{{"el-Hadidi", "NAME", "el-Hadidi"}}},
		// A body named with the article is not a person when it speaks.
		{"Al-Qaeda said it carried out the attack.", []nm{{"Al-Qaeda", "ORG", "Al-Qaeda"}}},
		// "'s" stays outside the name.
		{"Walid al-Harbi's brother died.", []nm{{"Walid al-Harbi", "NAME", "Walid al-Harbi"}}},
		{"Crowds cheered al-Harbi's return.", []nm{{"al-Harbi", "NAME", "al-Harbi"}}},
		// Particles inside a name; bin and ibn make a person.
		{"Nizar ibn Hamdan arrived on Monday.", []nm{{"Nizar ibn Hamdan", "PERSON", "Nizar ibn Hamdan"}}},
		{"Talib bin Sufyan bought the hotel.", []nm{{"Talib bin Sufyan", "PERSON", "Talib bin Sufyan"}}},
		{"Pieter van der Molen resigned.", []nm{{"Pieter van der Molen", "NAME", "Pieter van der Molen"}}},
		{"Rosa dos Anjos won the vote.", []nm{{"Rosa dos Anjos", "NAME", "Rosa dos Anjos"}}},
		{"Lucien de Ravenel spoke in Paris.", []nm{
			{"Lucien de Ravenel", "NAME", "Lucien de Ravenel"}, {"Paris", "PLACE", "Paris"}}},
		{"Giulia di Marco met Tomas den Hartog.", []nm{
			{"Giulia di Marco", "NAME", "Giulia di Marco"}, {"Tomas den Hartog", "NAME", "Tomas den Hartog"}}},
		{"General Zia ul-Haq ruled for years.", []nm{{"Zia ul-Haq", "PERSON", "Zia ul-Haq"}}},
		// A particle does not start a name on its own, nor join a word
		// that is not capitalised.
		{"It was a de facto ban on imports.", nil},
		{"The van carried food to the village.", nil},
		{"They ordered à la carte.", nil},
		{"The plan worked as-is, an official said.", nil},
		{"He met de Ravenel later.", []nm{{"Ravenel", "NAME", "Ravenel"}}},
		{"Prices fell in Spain as Madrid cut rates.", []nm{{"Spain", "PLACE", "Spain"}, {"Madrid", "PLACE", "Madrid"}}},
		{"Nobody doubted that Ravenel da facto led.", []nm{{"Ravenel", "NAME", "Ravenel"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, docNamesOf(tt.text)); diff != "" {
			t.Errorf("findNames(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestResolveNamesParticles checks that later short forms, with or
// without the particle and in either case, take the full name.
func TestResolveNamesParticles(t *testing.T) {
	tests := []struct {
		text string
		want []nm
	}{
		{"Khalil Al-Rawi opened the talks. Later al-Rawi left the room. Rawi said no deal was possible. Al-Rawi agreed to return.", []nm{
			{"Khalil Al-Rawi", "PERSON", "Khalil Al-Rawi"}, {"al-Rawi", "PERSON", "Khalil Al-Rawi"},
			{"Rawi", "PERSON", "Khalil Al-Rawi"}, {"Al-Rawi", "PERSON", "Khalil Al-Rawi"}}},
		{"Lucien de Ravenel arrived. De Ravenel said no. Ravenel left.", []nm{
			{"Lucien de Ravenel", "PERSON", "Lucien de Ravenel"}, {"De Ravenel", "PERSON", "Lucien de Ravenel"},
			{"Ravenel", "PERSON", "Lucien de Ravenel"}}},
		{"Pieter van der Molen resigned. Van der Molen had led the firm.", []nm{
			{"Pieter van der Molen", "NAME", "Pieter van der Molen"}, {"Van der Molen", "NAME", "Pieter van der Molen"}}},
		// Without a sign of a person, the name keeps its type.
		{"Rosa dos Anjos won the vote. Voters cheered Anjos.", []nm{
			{"Rosa dos Anjos", "NAME", "Rosa dos Anjos"}, {"Anjos", "NAME", "Rosa dos Anjos"}}},
		// The latest full name with that surname wins.
		{"Samir al-Tikri met Hana al-Tikri. Al-Tikri spoke first.", []nm{
			{"Samir al-Tikri", "NAME", "Samir al-Tikri"}, {"Hana al-Tikri", "NAME", "Hana al-Tikri"},
			{"Al-Tikri", "NAME", "Hana al-Tikri"}}},
		// A bare surname that speaks makes a person only of a particle
		// name: "Fenwick said" says nothing of the firm Harland Fenwick,
		// though it is its short form.
		{"Harland Fenwick expanded. Fenwick said sales rose.", []nm{
			{"Harland Fenwick", "NAME", "Harland Fenwick"}, {"Fenwick", "NAME", "Harland Fenwick"}}},
		// "Al" before a space is a given name: "Al Brennick" is a full name.
		{"Al Brennick spoke. Later Brennick left.", []nm{
			{"Al Brennick", "NAME", "Al Brennick"}, {"Brennick", "NAME", "Brennick"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, docNamesOf(tt.text)); diff != "" {
			t.Errorf("findNames(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestBareName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"al-Masri", "Masri"},
		{"Al-Masri", "Masri"},
		{"AL-Masri", "Masri"},
		{"Masri", "Masri"},
		{"de Villepin", "Villepin"},
		{"De Villepin", "Villepin"},
		{"van der Berg", "Berg"},
		{"An-Nahar", "Nahar"},
		{"Al Gore", "Al Gore"},     // a given name
		{"Ann-Marie", "Ann-Marie"}, // not an article
		{"al-qaida", "al-qaida"},   // no capital after the hyphen
		{"Dominique de Villepin", "Dominique de Villepin"},
	}
	for _, tt := range tests {
		if got := bareName(tt.in); got != tt.want {
			t.Errorf("bareName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if a, b, c := bareKey("al-Masri"), bareKey("Al-Masri"), bareKey("Masri"); a != b || b != c {
		t.Errorf("bareKey: %q, %q, %q, want one key", a, b, c)
	}
	for name, want := range map[string]bool{"Khaled Al-Masri": true, "Carlos da Silva": true,
		"Pieter van der Berg": true, "Harland Fenwick": false, "Al Gore": false} {
		if got := particleSurname(name); got != want {
			t.Errorf("particleSurname(%q) = %v, want %v", name, got, want)
		}
	}
}
