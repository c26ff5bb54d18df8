package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"

	"github.com/google/go-cmp/cmp"
)

func TestDurationAndAgeClaims(t *testing.T) {
	type dur struct{ Key, Value, Subject string }
	tests := []struct {
		text string
		want []dur
	}{
		// The two forms that give the length of what they name.
		{"The troops left after a 12-year peacekeeping mission in the valley.", []dur{{"duration/of", "P12Y", ""}}},
		{"It ended 40 years of one-party rule in the republic.", []dur{{"duration/of", "P40Y", ""}}},
		// The event named after the duration is what lasted.
		{"Voters queued through the 14-hour election in the port.", []dur{{"duration/election", "PT14H", ""}}},
		// An offset says how long after what, keyed by what it is
		// after; a bound keeps its bound.
		{"The strike came a week after her release from prison.", []dur{{"duration/after/release", "P1W", ""}}},
		{"The pump stalled 20 minutes into the flight.", []dur{{"duration/after/flight", "PT20M", ""}}},
		{"The upper stage separated 90 seconds after lifting off.", []dur{{"duration/after/lift", "PT90S", ""}}},
		{"The ferry was delayed for more than 3 hours.", []dur{{"duration/v-delay", ">PT3H", ""}}},
		{"The rescue lasted less than two hours.", []dur{{"duration/of", "<PT2H", ""}}},
		// An age is of the person named beside it.
		{"Marta Kowalczyk, the 61-year-old mayor, resigned on Friday.", []dur{{"age", "P61Y", "kowalczyk"}}},
		// No person: no age claim.
		{"The 200-year-old bridge was closed.", nil},
		{"Harland Mills, a 90-year-old bakery, was sold.", nil},
		// A name of unknown kind right after an age is the aged person's,
		// not when it qualifies a noun.
		{"The ferry's master, 54-year-old Ostap Vellin, was rescued.", []dur{{"age", "P54Y", "vellin"}}},
		{"The 90-year-old Harland Mills bakery was sold.", nil},
		// An offset, and a kind of security, say nothing of what lasted.
		{"She was freed within a month of her arrest.", nil},
		{"Turnout was low after five hours of voting.", nil},
		// How long a state lasted until the event that ended it.
		{"The engineer was freed after 11 days in captivity.", []dur{{"duration/of", "P11D", ""}}},
		{"The tiger was caught after nearly six hours on the loose.", []dur{{"duration/of", "PT6H", ""}}},
		{"She returned after two days in Lyon.", nil},
		// A noun's length by "of"; not a period's, nor an age.
		{"Work resumed after a shutdown of nearly two days.", []dur{{"duration/of", "P2D", ""}}},
		{"Prices rose over a period of five years.", nil},
		{"She left school at the age of 16 years.", nil},
		{"The return on the 10-year Treasury note climbed.", nil},
		{"The long 10-year rose slightly.", nil},
		{"The slump should last at least the last three months of this year.", nil},
		// The term of a sentence, whichever verb passes it, and whose.
		{"The court sentenced Ana Ruiz to 9 years in prison.", []dur{{"duration/sentence", "P9Y", "ruiz"}}},
		{"Ana Ruiz was jailed for 9 years.", []dur{{"duration/sentence", "P9Y", "ruiz"}}},
		{"The clerk was imprisoned for 3 years.", []dur{{"duration/sentence", "P3Y", ""}}},
		{"Two guards were sentenced to four years.", []dur{{"duration/sentence", "P4Y", "several guard"}}},
		// A name set off between the verb and the term.
		{"A court in Kelby on 4 March sentenced the port's dismissed director, Mats Berg, to eight years behind bars for accepting kickbacks from a dredging firm.", []dur{{"duration/sentence", "P8Y", ""}}},
		// Other verbs' durations by "for" are bounds or spans, as before.
		{"The ferry waited for 3 hours.", nil},
		// "The N-year-old" without a noun is the person the sentence
		// before is about, wherever it stands; followed by a name, it is
		// that person's age.
		{"Ana Ruiz was fined on Monday. A judge said the 61-year-old had lied.", []dur{{"age", "P61Y", "ruiz"}}},
		{"Ana Ruiz was fined on Monday. A judge said the 61-year-old Gaudio had lied.", nil},
		{"Ana Ruiz was fined on Monday. A judge said the 61-year-old Maria Lopez had lied.", []dur{{"age", "P61Y", "lopez"}}},
		// A speaker named just before is not the one spoken of, nor
		// is the subject of another verb; a participle before a noun
		// joins no clause.
		{"Ana Ruiz was fined on Monday. Judge Petra Holm said the 61-year-old had lied.", []dur{{"age", "P61Y", "ruiz"}}},
		{"Tomas Lind, a retired 52-year-old teacher, was hurt.", []dur{{"age", "P52Y", "lind"}}},
		// A number set off by commas after a person's name is their age.
		{"The driver, Omar Haddad, 45, was hurt.", []dur{{"age", "P45Y", "haddad"}}},
		{"Ruiz, 61, was arrested in May.", []dur{{"age", "P61Y", "ruiz"}}},
		{"Officials said 61 people were arrested.", nil},
		{"Omar Haddad, 45 percent of them, agreed.", nil},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-16")
		var got []dur
		for _, c := range cs {
			if c.Key == "age" || KindOf(c.Key).Name == "duration" {
				got = append(got, dur{c.Key, c.Value, c.Subject})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q) duration claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestAgeOfADescriptionIsAskedByItsNoun(t *testing.T) {
	// Without a name beside it, an age is of the person its noun
	// describes; two such ages in one sentence are two questions, neither
	// guessed to be the story's main person.
	text := "Anna Berg won the race in record time.\n\nThe 34-year-old champion beat the 19-year-old runner by a second."
	_, cs := extract(text, "2005-11-16")
	type age struct{ Value, Question, Subject string }
	var got []age
	for _, c := range cs {
		if c.Key == "age" {
			got = append(got, age{c.Value, c.Question, c.Subject})
		}
	}
	want := []age{{"P34Y", "How old is the champion?", ""}, {"P19Y", "How old is the runner?", ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("age claims mismatch (-want +got):\n%s", diff)
	}
}

func TestAnAgeIsNoCount(t *testing.T) {
	// "Haddad, 45, was hurt" says how old he is, not how many were hurt.
	_, cs := extract("The driver, Omar Haddad, 45, was hurt in the crash.", "2031-05-02")
	for _, c := range cs {
		if c.Kind == compare.Quantity {
			t.Errorf("claim %s keyed %q: an age read as a count", c.Display, c.Key)
		}
	}
}

func TestAgeOfAFamilyNameWrittenFirst(t *testing.T) {
	// An East Asian name writes the family name first: the age is Zhang's.
	for _, text := range []string{"The driver, Zhang Wei, 45, was hurt.", "Zhang Wei, the 45-year-old driver, was hurt."} {
		_, cs := extract(text, "2031-06-04")
		found := false
		for _, c := range cs {
			if c.Key == "age" {
				found = true
				if c.Subject != "zhang" {
					t.Errorf("Extract(%q): age of %q, want %q", text, c.Subject, "zhang")
				}
			}
		}
		if !found {
			t.Errorf("Extract(%q): no age", text)
		}
	}
}

func TestAgeOfAPersonNounOrTheEldest(t *testing.T) {
	// A number set off after a noun for a person, or said of the
	// youngest or oldest of a group, is an age, asked by whose it is;
	// one set off after a thing is not.
	for _, tt := range []struct{ text, question string }{
		{"The pilot, 47, walked away unhurt.", "How old is the pilot?"},
		{"The pilot, aged 47, walked away unhurt.", "How old is the pilot?"},
		{"Ida Marsh, aged 47, walked away unhurt.", "How old is Ida Marsh?"},
		{"The youngest of the passengers was 12.", "How old is the youngest?"},
		{"The oldest passenger was 88.", "How old is the oldest passenger?"},
		{"The fleet, 47, was sold.", ""},
		// Where a person is from is not who.
		{"The guard, a 58-year-old man from Tarnvik, was hurt.", "How old is the man?"},
		{"The most common fare was 12.", ""},
	} {
		if got := questionOf(tt.text, func(c compare.Claim) bool { return c.Key == "age" }); got != tt.question {
			t.Errorf("Extract(%q): age asked %q, want %q", tt.text, got, tt.question)
		}
	}
}

func TestOthersAreOfTheThingCountedBefore(t *testing.T) {
	// "six others" after "four miners" are miners: a count of others
	// set against a count of miners is of one thing.
	_, cs := extract("Four miners died and six others were hurt.", "2031-06-04")
	found := false
	for _, c := range cs {
		if c.Value == "6" {
			found = true
			if !slices.Contains(c.Terms, CountedPrefix+"miner") {
				t.Errorf("claim of six others keyed %q, terms %v: want the miners counted", c.Key, c.Terms)
			}
		}
	}
	if !found {
		t.Errorf("no claim of six others in %+v", cs)
	}
}

// isQuantity keeps the quantity claims for questionOf.
func isQuantity(c compare.Claim) bool { return c.Kind == compare.Quantity }

func TestWhatMoneyIsFor(t *testing.T) {
	// An amount of money is of the noun it is "of", of the purpose it is
	// "in" or "for", or of what its clause measures; never of who pays
	// it or gets it.
	for _, tt := range []struct{ text, question string }{
		{"The board declared a dividend of $0.45.", "What amount (USD) is given for the dividend?"},
		{"Turnover reached $3.8 billion in the quarter.", "What amount (USD) is given for the turnover?"},
		{"The county created a repair fund of 2 million euros.", "What amount (EUR) is given for the fund?"},
		{"The county paid $5 million.", "What amount (USD)?"},
		// The noun the amount qualifies, not its currency.
		{"The haulier must pay a 3.5 million euro penalty.", "What amount (EUR) is given for the penalty?"},
		{"The kidnappers asked for a $2 million ransom.", "What amount (USD) is given for the ransom?"},
		{"The ministry paid $5 million.", "What amount (USD)?"},
		// What a verb puts a sum at, or the sum the verb names.
		{"Insurers put the losses at $4 million.", "What amount (USD) is given for the loss?"},
		{"A dealer valued the collection at about $9 million.", "What amount (USD) is given for the value?"},
		{"The regulator fined the airline 3 million euros.", "What amount (EUR) is given for the fine?"},
		{"The builder sold the depot for $9 million.", "What amount (USD)?"},
	} {
		if got := questionOf(tt.text, isQuantity); got != tt.question {
			t.Errorf("Extract(%q): asked %q, want %q", tt.text, got, tt.question)
		}
	}
	// A fund's compound says what it is for too.
	_, cs := extract("The county created a repair fund of 2 million euros.", "2031-06-04")
	if len(cs) == 0 || !slices.Contains(cs[len(cs)-1].Terms, CountedPrefix+"repair") {
		t.Errorf("terms of %+v: want the repair counted", cs)
	}
	_, cs = extract("The haulier must pay a 3.5 million euro penalty.", "2031-06-04")
	if len(cs) == 0 || slices.Contains(cs[len(cs)-1].Terms, CountedPrefix+"euro") {
		t.Errorf("terms of %+v: want no currency counted", cs)
	}
}

func TestWhatAWeightOrVolumeIsOf(t *testing.T) {
	// A weight, a volume or an area is of the noun its unit is "of", of
	// the noun it qualifies, or of the noun it is the amount of; a
	// length is as often a distance.
	for _, tt := range []struct{ text, question string }{
		{"About 9,000 litres of diesel fuel leaked from the barge.", "What amount (l) is given for the fuel?"},
		{"Customs officers found 40 kilograms of heroin in the van.", "What amount (kg) is given for the heroin?"},
		{"The crane lifted a 12-tonne load onto the quay.", "What amount (t) is given for the load?"},
		{"The barge unloaded a cargo of 300 tonnes at the quay.", "What amount (t) is given for the cargo?"},
		{"Everyone within 2 kilometres of the depot was moved.", "What amount (km)?"},
		{"The lorry delivered 800 kilograms of the contractor's cement.", "What amount (kg) is given for the cement?"},
	} {
		if got := questionOf(tt.text, isQuantity); got != tt.question {
			t.Errorf("Extract(%q): asked %q, want %q", tt.text, got, tt.question)
		}
	}
}

func TestCountOfWhatAVerbOfNoEventHas(t *testing.T) {
	// A count that is the subject or object of a verb naming no event
	// counts what the verb has or does, not those an event nearby
	// befell; a count of no noun of its own may still be the event's.
	tests := []struct{ text, value, key string }{
		{"Nine were hurt when a ferry carrying 230 passengers ran aground.", "230", "count/passenger"},
		{"Five were injured when a lorry towing 12 caravans overturned.", "12", "count/caravan"},
		{"Nine were hurt when a ferry carrying 230 passengers ran aground.", "Nine", "quantity/injury/count"},
		// What the verb's complement says befell them is theirs.
		{"Two years of fighting have left 40,000 civilians dead.", "40,000", "quantity/death/count"},
	}
	checkQuantityKeys(t, tests)
}

// checkQuantityKeys checks the key of each case's quantity, the last whose
// display holds value.
func checkQuantityKeys(t *testing.T, tests []struct{ text, value, key string }) {
	t.Helper()
	for _, tt := range tests {
		_, cs := extract(tt.text, "2031-06-04")
		got := ""
		for _, c := range cs {
			if c.Kind == compare.Quantity && strings.Contains(c.Display, tt.value) {
				got = c.Key
			}
		}
		if got != tt.key {
			t.Errorf("Extract(%q): %s keyed %q, want %q", tt.text, tt.value, got, tt.key)
		}
	}
}

func TestMarginIsNoCount(t *testing.T) {
	// How far one side won by is a margin, not its count of votes; a
	// tally "by 31 votes to 12", a change "by 5 percent" and the agent
	// of a passive are none.
	tests := []struct{ text, value, key string }{
		{"Ines Marr won the mayoral vote by 2,300 votes on Sunday.", "2,300", "quantity/election/count/margin"},
		{"The visitors beat the hosts by three goals on Saturday.", "three", "quantity/lead/count/margin"},
		{"The council passed the budget by 31 votes to 12.", "31", "quantity/election/figure"},
		{"Sales rose by 5 percent in May.", "5 percent", "quantity/increase/%"},
		{"The rules were drafted by two judges last year.", "two", "count/judge"},
	}
	checkQuantityKeys(t, tests)
}

func TestNeededIsNoCount(t *testing.T) {
	// What something needs or requires is a threshold, not what anyone
	// has: the object of "need", its passive subject, a number a
	// participle qualifies. A demand, and a clause whose verb is "need"
	// with an object of its own, are none.
	tests := []struct{ text, value, key string }{
		{"A coalition needs 76 seats to rule alone.", "76", "quantity/need/count/needed"},
		{"Forty votes are required to pass the motion.", "Forty", "quantity/need/count/needed"},
		{"The bloc fell five seats short of the 76 required for a majority.", "76", "quantity/need/count/needed"},
		{"The kidnappers demanded 3 million dollars.", "3 million", "count/usd/USD"},
		{"The 30 climbers needed oxygen on the descent.", "30", "count/climber"},
	}
	checkQuantityKeys(t, tests)
}

func TestSpeakerIsNotWhatAShareMeasures(t *testing.T) {
	// A percentage a report verb's clause gives measures that clause's
	// subject, never the speaker.
	for _, tt := range []struct{ text, question string }{
		{"Turnout was 58 percent, the agency said.", "What percentage is the turnout?"},
		{"The jobless rate was 7 percent, the bureau said.", "What percentage is the rate?"},
	} {
		if got := questionOf(tt.text, isQuantity); got != tt.question {
			t.Errorf("Extract(%q): asked %q, want %q", tt.text, got, tt.question)
		}
	}
	if got := questionOf("Turnout reached 58 percent, the agency said.", isQuantity); got == "" || strings.Contains(got, "agency") {
		t.Errorf("asked %q: the speaker taken for what is measured", got)
	}
}

func TestCountOfOccurrences(t *testing.T) {
	// A number before the plural of an event's noun counts how often it
	// happened, not a figure of one event (its magnitude); occurrences
	// of an event that befalls people count the people.
	tests := []struct{ text, value, key string }{
		{"A strong earthquake shook the coast, followed by 30 aftershocks.", "30", "count/aftershock"},
		{"Two explosions shook the refinery on Monday.", "Two", "count/explosion"},
		{"A magnitude 5.8 earthquake shook the coast on Monday.", "5.8", "quantity/disaster/figure"},
		{"Police made nine arrests on Monday.", "nine", "quantity/arrest/count"},
	}
	checkQuantityKeys(t, tests)
}

func TestWholeAfterAPossessor(t *testing.T) {
	// "two of the city's 58 routes": 58 is the whole, never a count
	// set against a part.
	_, cs := extract("Only two of the city's 58 tram lines were running.", "2031-06-04")
	found := false
	for _, c := range cs {
		if c.Value == "58" {
			found = true
			if KindOf(c.Key).Name != "total" {
				t.Errorf("58 keyed %q, want a total", c.Key)
			}
		}
	}
	if !found {
		t.Errorf("no claim of 58 in %+v", cs)
	}
}

func TestTheNYearOldIsThePersonBefore(t *testing.T) {
	// A sentence that opens "The 59-year-old" speaks of the person the
	// sentence before is about; after a sentence naming no one, of no
	// one known.
	_, cs := extract("Harbour master Ilse Marrow resigned on Monday. The 59-year-old denied any fault.", "2031-06-04")
	found := false
	for _, c := range cs {
		if c.Key == "age" {
			found = true
			if c.Subject != "marrow" || c.Value != "P59Y" {
				t.Errorf("age %s of %q, want P59Y of marrow", c.Value, c.Subject)
			}
		}
	}
	if !found {
		t.Errorf("no age in %+v", cs)
	}
	_, cs = extract("A 90-year-old bridge collapsed. The 12-year-old was unhurt.", "2031-06-04")
	for _, c := range cs {
		if c.Key == "age" {
			t.Errorf("age %s of %q after a sentence naming no one", c.Value, c.Subject)
		}
	}
}

// questionOf returns the question of the last claim of text that keep
// takes, or "" when it takes none.
func questionOf(text string, keep func(compare.Claim) bool) string {
	_, cs := extract(text, "2031-06-04")
	q := ""
	for _, c := range cs {
		if keep(c) {
			q = c.Question
		}
	}
	return q
}

// TestLastedFor: "for" a length after a verb of an event says how long
// it lasted; not after a verb of a state, nor of a plan.
func TestLastedFor(t *testing.T) {
	for _, tt := range []struct{ text, key, value string }{
		{"Crews battled the flames at the mill for six hours.", "duration/fighting", "PT6H"},
		{"Tenants were not notified for nine weeks.", "duration/v-notify", "P9W"},
		{"The widow has lived in Pellow for two years.", "", ""},
		// A state someone holds someone in lasts as long as it says.
		{"The gunman held six clerks in the vault for nine hours.", "duration/v-hold", "PT9H"},
		{"The engineer was held for nine days by a gang.", "duration/v-hold", "P9D"},
		{"The two sides held talks for three hours.", "duration/meeting", "PT3H"},
		{"The ferry terminal will be opened for two days.", "", ""},
		// What a verb of lasting takes is how long its subject lasted;
		// an estimate is a length, a bound a length with its bound.
		{"The blizzard lasted 14 hours.", "duration/disaster", "PT14H"},
		{"Residents sat through a meeting lasting six hours on Monday.", "duration/meeting", "PT6H"},
		{"The hearing lasted about six hours on Tuesday.", "duration/of", "PT6H"},
		{"Crews battled the flames at the mill for nearly six hours.", "duration/fighting", "PT6H"},
		{"Crews battled the flames at the mill for up to six hours.", "duration/fighting", "<=PT6H"},
		{"The summit will last two days.", "", ""},
		// An event with no object goes on as long as its verb says.
		{"The blaze burned for 90 minutes.", "duration/disaster", "PT90M"},
		// What took or was spent so long: the subject, or its task; not
		// what usually takes so long.
		{"The ferry crossing took 50 minutes.", "duration/of", "PT50M"},
		{"The robbers spent about 12 minutes inside the vault.", "duration/of", "PT12M"},
		{"Crews took nearly two hours to bring the barn fire under control.", "duration/of", "PT2H"},
		{"A tyre change takes about two hours.", "", ""},
		// The task may hang as a clause of its own, and a verb in
		// "-ing" spends time as its past does.
		{"Postal staff spent four days sorting the backlog of parcels.", "duration/of", "P4D"},
		{"The bear was shot after spending nearly three hours wandering through a suburb.", "duration/of", "PT3H"},
		// A second verb shares the subject of the first.
		{"The barn fire started after midnight and burned for 40 minutes.", "duration/disaster", "PT40M"},
	} {
		_, cs := extract(tt.text, "2031-04-14")
		key, value := "", ""
		for _, c := range cs {
			if strings.HasPrefix(c.Key, "duration/") {
				key, value = c.Key, c.Value
			}
		}
		if key != tt.key || value != tt.value {
			t.Errorf("Extract(%q): duration %q %q, want %q %q", tt.text, key, value, tt.key, tt.value)
		}
	}
}

// TestOtherGroupIsNoTotal: "three other farms" counts farms besides one
// named before, not all the story's farms; a count of no "other" is the
// count itself.
func TestOtherGroupIsNoTotal(t *testing.T) {
	checkQuantityKeys(t, []struct{ text, value, key string }{
		{"Vets found the virus on three other farms near Lusk.", "three", "count/farm/others"},
		{"Dozens of other tenants were taken to shelters.", "Dozens", "count/tenant/others"},
		{"Vets found the virus on three farms near Lusk.", "three", "count/farm"},
	})
}

// TestCountOfAPartOrAGroup: a part of a group counts the group's noun,
// a brand before it or not ("31,000 of its Dovra compact kettles");
// a number a group noun is "of" is the group's size ("a crowd of
// 68,000"); a total of nothing named is no group.
func TestCountOfAPartOrAGroup(t *testing.T) {
	checkQuantityKeys(t, []struct{ text, value, key string }{
		{"Pellworth is recalling 31,000 of its Dovra compact kettles.", "31,000", "count/kettle"},
		{"Before a crowd of 41,000, the visitors scored twice.", "41,000", "count/crowd"},
		{"The carrier flies a fleet of 92 from its base at Orvik.", "92", "count/fleet"},
		{"The club counted a total of 40 on its books.", "40", "count"},
	})
}

// TestCountAfterAnAdjective: the noun a number counts is the one the
// tree hangs it on, past an adjective its words start with ("three old
// fishing boats", "nine tall pines").
func TestCountAfterAnAdjective(t *testing.T) {
	checkQuantityKeys(t, []struct{ text, value, key string }{
		{"The harbour master said three old fishing boats were towed out.", "three", "count/fishing boat"},
		{"Crews cut down nine tall pines along the avenue.", "nine", "count/pine"},
		{"Inspectors checked 40 new homes on the estate.", "40", "count/home"},
	})
}
