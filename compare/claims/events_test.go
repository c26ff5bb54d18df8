package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

func TestEventData(t *testing.T) {
	evs, err := readEvents(eventsFile)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := readStates(statesFile, eventNamed); err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if !ev.lexical && ev.name != "missing" {
			t.Errorf("event class %q is not a class of package lexicon", ev.name)
		}
	}
	if _, err := readEvents("death | deaths | when?\n"); err == nil {
		t.Error("readEvents accepted a line of three fields")
	}
	if _, err := readStates("dead nosuchclass\n", eventNamed); err == nil {
		t.Error("readStates accepted an unknown class")
	}
}

// Sentences of our own: each word is read as the class of event WordNet
// puts it in, by its part of speech in the parse.
func TestEventOfWords(t *testing.T) {
	tests := []struct {
		lower, lemma, upos, particle, want string
	}{
		{"slain", "slay", "VERB", "", "death"},
		{"abducted", "abduct", "VERB", "", "kidnapping"},
		{"flooding", "flooding", "NOUN", "", "disaster"},
		{"negotiations", "negotiation", "NOUN", "", "meeting"},
		{"referendum", "referendum", "NOUN", "", "election"},
		{"detonated", "detonate", "VERB", "", "explosion"},
		{"cut", "cut", "VERB", "off", "closure"},
		{"cut", "cut", "VERB", "", ""},
		{"dead", "dead", "ADJ", "", "death"},
		{"missing", "missing", "ADJ", "", "missing"},
		{"Talks", "talk", "PROPN", "", "meeting"},
		{"rose", "rose", "NOUN", "", "increase"}, // the tagger's flower
		{"party", "party", "NOUN", "", ""},       // not a gathering to meet in
		{"re-opened", "re-open", "VERB", "", "opening"},
		{"table", "table", "NOUN", "", ""},
	}
	for _, tt := range tests {
		got := ""
		if ev := eventOf(tt.lower, tt.lemma, tt.upos, tt.particle); ev != nil {
			got = ev.name
		}
		if got != tt.want {
			t.Errorf("eventOf(%q, %q, %s, %q) = %q, want %q", tt.lower, tt.lemma, tt.upos, tt.particle, got, tt.want)
		}
	}
}

// The frame of a value is scoped by the tree: a cue of another clause
// does not reach it.
func TestFrameScopedByTree(t *testing.T) {
	tests := []struct{ text, evidence, key string }{
		{"The monitors will watch over the pact signed on Monday.", "Monday", "time/agreement"},
		{"The negotiations are expected to resume on Monday.", "Monday", "time/meeting/planned"},
		// A date before publication: only the verb the meeting completes
		// makes it planned.
		{"The negotiators were scheduled to meet again on 3 May 2021.", "3 May 2021", "time/meeting/planned"},
		{"The negotiators were slated to meet again on 3 May 2021.", "3 May 2021", "time/meeting/planned"},
		{"The negotiators were poised to meet again on 3 May 2021.", "3 May 2021", "time/meeting/planned"},
		{"The negotiators were expecting to meet again on 3 May 2021.", "3 May 2021", "time/meeting/planned"},
		{"The negotiators were keen to meet again on 3 May 2021.", "3 May 2021", "time/meeting"},
		{"Rescuers pulled the men out of the mine on Monday, hoping to find more survivors.", "", ""},
	}
	for _, tt := range tests {
		d, cs := extract(tt.text, "2021-06-01")
		got := ""
		for _, c := range cs {
			if c.Kind == compare.Time {
				got = c.Key
				if tt.evidence != "" && !strings.Contains(d.Slice(c.Evidence), tt.evidence) {
					t.Errorf("Extract(%q): evidence %q lacks %q", tt.text, d.Slice(c.Evidence), tt.evidence)
				}
			}
		}
		if got != tt.key {
			t.Errorf("Extract(%q): time claim keyed %q, want %q", tt.text, got, tt.key)
		}
	}
}

// "Killing X and injuring Y" gives X to the deaths and Y to the injuries:
// each count is read from the verb it is the object of.
func TestCountsTakeTheirOwnVerb(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // value → key
	}{
		{"The storm hit the coast on Monday, killing 12 people and injuring 40 others.",
			map[string]string{"12": "quantity/death/count", "40": "quantity/injury/count", "XXXX-WXX-1": "time/disaster"}},
		{"Gunmen raided the depot, killing 7 guards and wounding 15.",
			map[string]string{"7": "quantity/death/count", "15": "quantity/injury/count"}},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "")
		got := map[string]string{}
		for _, c := range cs {
			got[c.Value] = c.Key
		}
		for v, k := range tt.want {
			if got[v] != k {
				t.Errorf("Extract(%q): %s keyed %q, want %q", tt.text, v, got[v], k)
			}
		}
	}
}

// Modality, attribution and negation are scoped by the tree: a cue of
// another clause does not reach the value.
func TestScopeByTree(t *testing.T) {
	tests := []struct {
		text, value string
		mod         compare.Modality
		attrib      string
		pol         compare.Polarity
	}{
		{"The fire killed 9 workers, Reuters said.", "9", compare.Reported, "Reuters", compare.Positive},
		{"Officials said the fire killed 9 workers.", "9", compare.Reported, "", compare.Positive},
		{"The fire killed 9 workers, according to Reuters.", "9", compare.Reported, "Reuters", compare.Positive},
		{"The fire reportedly killed 9 workers.", "9", compare.Hedged, "", compare.Positive},
		// The report is of the second clause only.
		{"The fire killed 9 workers on Monday, and Reuters said the owners will pay damages.", "9", compare.Asserted, "", compare.Positive},
		// The plan is of the second clause only.
		{"The blast killed 9 workers, and the mine will reopen in June.", "9", compare.Asserted, "", compare.Positive},
		{"The strike did not end on Friday.", "XXXX-WXX-5", compare.Asserted, "", compare.Negative},
		// The negation is of another clause.
		{"The strike ended on Friday, but the union did not sign.", "XXXX-WXX-5", compare.Asserted, "", compare.Positive},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "")
		found := false
		for _, c := range cs {
			if c.Value != tt.value {
				continue
			}
			found = true
			if c.Modality != tt.mod || c.Attribution != tt.attrib || c.Polarity != tt.pol {
				t.Errorf("Extract(%q) claim on %s: %v by %q, %v; want %v by %q, %v",
					tt.text, tt.value, c.Modality, c.Attribution, c.Polarity, tt.mod, tt.attrib, tt.pol)
			}
		}
		if !found {
			t.Errorf("Extract(%q): no claim on %s", tt.text, tt.value)
		}
	}
}

// "Label: value" lines give claims with the label as the measured thing,
// each line its own sentence.
func TestLabelLines(t *testing.T) {
	text := "Storm report\n\nDeaths: 12\nInjured: 40\nHomes destroyed: 300\nRainfall: 120 mm\n\nThe river rose overnight.\n"
	checkKeys(t, text, map[string]string{"12": "quantity/death/count", "40": "quantity/injury/count", "300": "count/home", "120 mm": "count/rainfall/mm"})
	// A label of several words is measured as a whole ("foreign debt" is
	// not all debt), in capitals too; an amount is of the label's thing,
	// not of an event WordNet files its noun under; a name alone is no
	// label.
	// A wire's slug, which numbers its version, before a sentence is no
	// label either.
	text = "Factfile on Norland\n\nFOREIGN DEBT: 3.1 billion dollars\nGDP GROWTH: 4.5 percent\nPOPULATION: estimated 4.2 million\nNorland: 17\n\n" +
		"2nd Lead: 23 miners were rescued from a flooded pit on Sunday.\n"
	got := checkKeys(t, text, map[string]string{"3100000000 USD": "count/foreign-debt/USD", "4.5 %": "count/gdp-growth/%", "~4200000": "count/population"})
	for v, k := range got {
		if strings.Contains(k, "norland") || strings.Contains(k, "lead") {
			t.Errorf("value %s keyed %q: a name alone, or a slug, is no label", v, k)
		}
	}
}

// checkKeys checks that text's claims key each value of want as it says,
// and returns every value's key.
func checkKeys(t *testing.T, text string, want map[string]string) map[string]string {
	t.Helper()
	_, cs := extract(text, "")
	got := map[string]string{}
	for _, c := range cs {
		got[c.Value] = c.Key
	}
	for v, k := range want {
		if got[v] != k {
			t.Errorf("value %s keyed %q, want %q (all: %v)", v, got[v], k, got)
		}
	}
	return got
}

// A table row is a label line: its first cell is the label, and only a
// value right after it is read as the label's.
func TestTableRows(t *testing.T) {
	text := "Storm report\n\n| Deaths | 12 |\n| Homes destroyed | 300 |\n| Rainfall | 120 mm |\n| Schools shut | 8 | 9 |\n\nThe river rose overnight.\n"
	got := checkKeys(t, text, map[string]string{"12": "quantity/death/count", "300": "count/home", "120 mm": "count/rainfall/mm", "8": "count/school"})
	if k := got["9"]; strings.HasPrefix(k, "count/school") {
		t.Errorf("value 9, in the third cell, keyed %q: only the cell after the label is its value", k)
	}
}

// Questions use the counted noun's plural as the sentence writes it: a
// noun that is its own plural stays as it is.
func TestQuestionPlurals(t *testing.T) {
	tests := map[string]string{
		"About 500 police patrolled the town.": "How many police?",
		"The firm hired 40 staff.":             "How many staff?",
		"The club has 30 members.":             "How many members?",
	}
	for text, want := range tests {
		_, cs := extract(text, "")
		found := false
		for _, c := range cs {
			if c.Kind == compare.Quantity {
				found = true
				if c.Question != want {
					t.Errorf("Extract(%q): question %q, want %q", text, c.Question, want)
				}
			}
		}
		if !found {
			t.Errorf("Extract(%q): no quantity claim", text)
		}
	}
}

// A count of a subgroup ("including 12 children") is a part of the toll,
// keyed apart from it.
func TestSubgroupCounts(t *testing.T) {
	_, cs := extract("The fire killed 40 people, including 12 children, in the old town.", "")
	got := map[string]string{}
	for _, c := range cs {
		got[c.Value] = c.Key
	}
	if got["40"] != "quantity/death/count" || got["12"] != "quantity/death/count/part/child" {
		t.Errorf("keys %v, want 40 the toll and 12 a part of it", got)
	}
}

// A count over a whole year totals a period, not one event.
func TestPeriodCounts(t *testing.T) {
	tests := map[string]string{
		"More than 900 workers died in factory fires last year.": "quantity/death/count/period/2020",
		"The fire killed 9 workers on Monday.":                   "quantity/death/count",
		// A year by its number dates an event as well as a period.
		"Soldiers killed 148 villagers in 1982.": "quantity/death/count",
	}
	for text, want := range tests {
		_, cs := extract(text, "2021-06-01")
		got := ""
		for _, c := range cs {
			if c.Kind == compare.Quantity {
				got = c.Key
			}
		}
		if got != want {
			t.Errorf("Extract(%q): keyed %q, want %q", text, got, want)
		}
	}
}

// Whose day a time is, read from the tree: a day that qualifies a
// physical thing is the thing's, not that of an event named beside it (an
// abstract noun keeps the nearest event); a verb done to an event has its
// own day, not the event's (a light verb's day is its argument's).
func TestWhoseDayItIs(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Counts from the polling stations on Friday put the mayor ahead.", ""},
		{"The council met for a short opening sitting on June 8.", "time/opening"},
		// The last noun of a compound is its head, however it was parsed.
		{"Rescuers searched after Friday's gas pipe explosion in the town.", "time/explosion"},
		{"The dockers' union rejected the agreement on Wednesday.", "time/v-reject"}, // the rejecting's day
		{"An agreement was reached on Wednesday.", "time/agreement"},
		{"The ministers held talks on Friday.", "time/meeting"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-16")
		got := strings.Join(keysOf(cs, compare.Time), ",")
		if got != tt.want {
			t.Errorf("Extract(%q) time keys %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A noun whose usual sense is a process or phenomenon of no class keeps
// no class from a rarer sense; one whose usual sense is an act or a
// thing may take the event of a later sense.
func TestNounEventOfItsUsualSense(t *testing.T) {
	tests := []struct{ noun, want string }{
		{"inflation", ""},   // of prices, not of a balloon
		{"consumption", ""}, // of goods, not the wasting disease
		{"trial", "trial"},  // a test first, a trial at law later
		{"explosion", "explosion"},
	}
	for _, tt := range tests {
		got := ""
		if ev := nounEvent(tt.noun); ev != nil {
			got = ev.name
		}
		if got != tt.want {
			t.Errorf("nounEvent(%q) = %q, want %q", tt.noun, got, tt.want)
		}
	}
}

func TestAnEventThatStrikesIsNoAttack(t *testing.T) {
	// A verb of attack said of an event of another kind tells how that
	// event happened; said of people, or of "it" with no event before,
	// it is an attack.
	for _, tt := range []struct{ text, key string }{
		{"The blast hit the depot on Monday.", "time/explosion"},
		{"Officials measured the tremor and said it struck on Monday.", "time/disaster"},
		{"The tremor was shallow and struck on Monday.", "time/disaster"},
		{"Gunmen struck the convoy on Monday.", "time/attack"},
		{"The rebels were armed and struck the convoy on Monday.", "time/attack"},
		{"It struck the town on Monday.", "time/attack"},
	} {
		_, cs := extract(tt.text, "2031-06-04")
		if got := keysOf(cs, compare.Time); !slices.Contains(got, tt.key) {
			t.Errorf("Extract(%q): time keys %v, want %s", tt.text, got, tt.key)
		}
	}
}
