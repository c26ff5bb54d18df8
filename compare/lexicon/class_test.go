package lexicon

import (
	"strings"
	"testing"
)

// classTests gives each class words of its own that are in it and words
// that are not, with the part of speech they are looked up as.
var classTests = []struct {
	class   Class
	in, out []string // "word" as a noun, "word.v" as a verb
}{
	{Death, []string{"slay.v", "massacre", "fatality", "died.v", "perish.v", "killing", "assassinate.v", "execution", "drown.v", "homicide"},
		[]string{"birth", "sleep.v", "party", "meeting"}},
	{Injury, []string{"wound", "injure.v", "injuries", "fracture", "burn"},
		[]string{"cure", "heal.v", "hospital"}},
	{Meeting, []string{"meeting", "summit", "talks", "conference", "meet.v", "negotiations"},
		[]string{"book", "run.v", "election"}},
	{Election, []string{"election", "referendum", "ballot", "primary", "vote.v", "elected.v", "reelection"},
		[]string{"song", "walk.v", "meeting"}},
	{Attack, []string{"attack", "assault", "raid", "bombing", "ambush", "invade.v", "bomb.v", "attacked.v"},
		[]string{"apple", "sing.v", "accident"}},
	{Accident, []string{"accident", "crash", "collision", "derailment", "shipwreck"},
		[]string{"plan", "attack", "party"}},
	{Arrest, []string{"arrest", "arrested.v", "detain.v", "detention", "apprehend.v"},
		[]string{"release", "sing.v"}},
	{Trial, []string{"trial", "retrial", "court-martial"},
		[]string{"verdict", "sentence", "walk.v"}},
	{Sentence, []string{"sentence", "sentenced.v", "life sentence", "capital punishment", "prison term"},
		[]string{"paragraph", "trial", "arrest"}},
	{Money, []string{"dollar", "euros", "cash", "currency", "yen"},
		[]string{"tree", "bank", "meeting"}},
	{Person, []string{"soldier", "officer", "journalist", "children", "killer", "minister"},
		[]string{"bank", "table", "army"}},
	{Place, []string{"city", "village", "country", "capital", "region", "province", "river", "island", "Europe", "Baghdad"},
		[]string{"idea", "car", "meeting"}},
	{Organisation, []string{"bank", "police", "army", "company", "ministry", "union"},
		[]string{"car", "officer", "river"}},
	{Vehicle, []string{"sedan", "truck", "bus", "ship", "aircraft", "train", "helicopter"},
		[]string{"bank", "road", "driver"}},
	{Building, []string{"hospital", "school", "church", "house", "hotel", "embassy"},
		[]string{"river", "street", "doctor"}},
	{Weapon, []string{"gun", "rifle", "bomb", "missile", "knife", "grenade"},
		[]string{"spoon", "soldier", "attack"}},
	{Period, []string{"year", "week", "season", "decade", "month", "semester"},
		[]string{"kilometre", "dollar", "city"}},
	{Disaster, []string{"flood", "earthquake", "hurricane", "tsunami", "famine", "drought", "landslide", "tornado", "wildfire", "blaze", "flames"},
		[]string{"wedding", "meeting", "rain"}},
	{Explosion, []string{"explosion", "detonation", "explode.v", "detonated.v"},
		[]string{"flower", "talk.v"}},
	{Fighting, []string{"battle", "fighting", "combat", "skirmish", "battled.v"},
		[]string{"picnic", "sleep.v"}},
	{Protest, []string{"demonstration", "protest", "dissent", "protested.v"},
		[]string{"lunch", "agree.v"}},
	{Agreement, []string{"agreement", "treaty", "pact", "bargain", "ratify.v", "signed.v"},
		[]string{"lake", "fight.v"}},
	{Opening, []string{"reopen.v", "opened.v", "open.v"},
		[]string{"window", "kill.v"}},
	{Closure, []string{"close.v", "shut.v", "interrupt.v"},
		[]string{"door", "open.v"}},
	{Resignation, []string{"resigned.v", "quit.v", "resignation"},
		[]string{"hire.v", "election"}},
	{Evacuation, []string{"evacuate.v", "evacuated.v", "evacuation"},
		[]string{"arrive.v", "hotel"}},
	{Increase, []string{"increase.v", "raised.v", "grow.v", "gain"},
		[]string{"decrease.v", "table"}},
	{Decrease, []string{"decrease.v", "diminish.v", "declined.v", "drop-off"},
		[]string{"increase.v", "garden"}},
	{Kidnapping, []string{"kidnap.v", "abducted.v", "kidnapping"},
		[]string{"rescue.v", "party"}},
	{Release, []string{"free.v", "liberate.v", "liberation"},
		[]string{"arrest.v", "song"}},
}

func wordPOS(w string) (string, POS) {
	if s, ok := strings.CutSuffix(w, ".v"); ok {
		return s, Verb
	}
	return w, Noun
}

func TestClasses(t *testing.T) {
	for _, tt := range classTests {
		for _, w := range tt.in {
			word, pos := wordPOS(w)
			if got := Classes(word, pos); !got.Has(tt.class) {
				t.Errorf("Classes(%q, %v) = %v, want %v in it", word, pos, got, tt.class)
			}
		}
		for _, w := range tt.out {
			word, pos := wordPOS(w)
			if got := Classes(word, pos); got.Has(tt.class) {
				t.Errorf("Classes(%q, %v) = %v, want %v not in it", word, pos, got, tt.class)
			}
		}
	}
}

func TestEveryClassTested(t *testing.T) {
	tested := map[Class]bool{}
	for _, tt := range classTests {
		if len(tt.in) < 3 || len(tt.out) < 2 {
			t.Errorf("class %v has too few test words", tt.class)
		}
		tested[tt.class] = true
	}
	for c := range numClasses {
		if !tested[c] {
			t.Errorf("class %v has no test words", c)
		}
		if got, ok := ClassByName(c.String()); !ok || got != c {
			t.Errorf("ClassByName(%q) = %v, %v, want %v", c.String(), got, ok, c)
		}
	}
	if _, ok := ClassByName("nonesuch"); ok {
		t.Error("ClassByName(nonesuch) found a class")
	}
}

func TestClassesOtherPOS(t *testing.T) {
	for _, pos := range []POS{Adj, Adv, 0, 7} {
		if got := Classes("dead", pos); got != 0 {
			t.Errorf("Classes(dead, %v) = %v, want none", pos, got)
		}
	}
}

func TestClassesNamedInstances(t *testing.T) {
	// "Cash" is a singer and "Tree" an actor in WordNet; the common nouns
	// are not people.
	if got := Classes("cash", Noun); got.Has(Person) {
		t.Errorf("Classes(cash, Noun) = %v, want no person", got)
	}
	if got := Classes("Cash", Noun); !got.Has(Person) {
		t.Errorf("Classes(Cash, Noun) = %v, want person (a named singer)", got)
	}
}

func TestClassSet(t *testing.T) {
	cs := ClassSet(1<<Death | 1<<Person)
	if got, want := cs.String(), "{death,person}"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if cs.Has(Meeting) || !cs.Has(Person) || cs.Has(70) {
		t.Errorf("Has is wrong for %v", cs)
	}
	if got := Class(200).String(); got != "Class(200)" {
		t.Errorf("Class(200).String() = %q", got)
	}
}

func TestResolveClassesErrors(t *testing.T) {
	full := func(extra string) string { return classesFile + extra }
	tests := []struct{ file, want string }{
		{full("nonesuch person.n.1\n"), `unknown class "nonesuch"`},
		{full("death\n"), "has no anchors"},
		{full("death nosuchlemma.n.1\n"), `WordNet has no "nosuchlemma"`},
		{full("death death.n.99\n"), "has 8 senses"},
		{full("death death.x.1\n"), "not lemma.pos.sense"},
		{full("death death\n"), "not lemma.pos.sense"},
		{"death death.n.1\n", "has no line"},
	}
	for _, tt := range tests {
		err := tbl().withClasses(tt.file)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("resolving a class file ending %q: error %v, want %q", tt.file[max(0, len(tt.file)-30):], err, tt.want)
		}
	}
}

// withClasses resolves a class file on a copy of t, leaving t alone; for
// tests.
func (t *table) withClasses(file string) error {
	c := *t
	return c.resolveClasses(file)
}

// TestNameClasses: a name is typed by WordNet's first sense when that is
// a named individual, or, for a name of several words or in capitals, its
// only sense; a name WordNet knows first as a common noun has no class.
func TestNameClasses(t *testing.T) {
	tests := []struct {
		name string
		want Class
		has  bool
	}{
		{"Monrovia", Place, true},
		{"North Vietnam", Place, true},
		{"World Bank", Organisation, true},
		{"NATO", Organisation, true},
		{"Rice", Person, false},           // first a grain
		{"Military", Organisation, false}, // one sense, but a common noun written as a name
		{"Zyxwv", Place, false},
	}
	for _, tt := range tests {
		if got := NameClasses(tt.name); got.Has(tt.want) != tt.has {
			t.Errorf("NameClasses(%q) = %v, want %v in it: %v", tt.name, got, tt.want, tt.has)
		}
	}
	if got := NameClasses("Rice"); got != 0 {
		t.Errorf("NameClasses(Rice) = %v, want none", got)
	}
}
