package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/mentions"
	"github.com/claimdiff/claimdiff/compare/segment"
	"github.com/claimdiff/claimdiff/compare/syntax"
)

// brief is the part of a claim these tests check.
type brief struct {
	Key, Value  string
	Modality    compare.Modality
	Attribution string
	Evidence    string
}

// extract returns the claims anchored on a value (not the polarity
// claims every clause makes, which polarity tests look at).
func extract(text, published string) (*compare.Document, []compare.Claim) {
	d, cs := extractAll(text, published)
	var anchored []compare.Claim
	for _, c := range cs {
		if c.Kind != compare.PolarityKind {
			anchored = append(anchored, c)
		}
	}
	return d, anchored
}

func extractAll(text, published string) (*compare.Document, []compare.Claim) {
	return extractTitled(text, "", published)
}

// extractTitled is extractAll of a text whose headline is title (none
// set when "").
func extractTitled(text, title, published string) (*compare.Document, []compare.Claim) {
	d := compare.NewDocument("t.txt", []byte(text))
	d.ID = "d1"
	if title != "" {
		d.Title = title
	}
	d.SetPublished(published)
	ss := segment.Sentences(d)
	return d, Extract(d, ss, mentions.Find(d, ss))
}

func briefs(d *compare.Document, cs []compare.Claim) []brief {
	var out []brief
	for _, c := range cs {
		out = append(out, brief{c.Key, c.Value, c.Modality, c.Attribution, d.Slice(c.Evidence)})
	}
	return out
}

func TestExtract(t *testing.T) {
	tests := []struct {
		text, published string
		want            []brief
	}{
		{
			"The teams last met in March 2019.", "2021-06-01",
			[]brief{{"last/meeting", "2019-03", compare.Asserted, "", "last met in March 2019"}},
		},
		{
			"It was the first summit since 2015.", "2021-06-01",
			[]brief{{"last/meeting", "2015", compare.Asserted, "", "first summit since 2015"}},
		},
		{
			"The flood killed 12 people in the valley.", "2021-06-01",
			[]brief{{"quantity/death/count", "12", compare.Asserted, "", "killed 12"}},
		},
		{
			// No class of event: the verb names the event, and its day
			// still to come is planned.
			"The committee will publish its findings on Friday.", "2021-06-01",
			[]brief{{Key: "time/v-publish/planned", Value: "2021-06-04", Modality: compare.Expected, Evidence: "publish its findings on Friday"}},
		},
	}
	for _, tt := range tests {
		d, cs := extract(tt.text, tt.published)
		got := briefs(d, cs)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestExtractFirstInYears(t *testing.T) {
	d, cs := extract("Ministers held their first meeting in three years.", "2020-05-06")
	var got []brief
	for _, b := range briefs(d, cs) {
		if b.Key == "last/meeting" {
			got = append(got, b)
		}
	}
	want := []brief{{"last/meeting", "2017", compare.Asserted, "", "first meeting in three years"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Extract(first meeting in three years) mismatch (-want +got):\n%s", diff)
	}
}

func TestExtractAttribution(t *testing.T) {
	d, cs := extract("According to the Red Cross, at least 50 people died in the floods.", "2021-06-01")
	var q []compare.Claim
	for _, c := range cs {
		if c.Kind == compare.Quantity {
			q = append(q, c)
		}
	}
	if len(q) != 1 {
		t.Fatalf("Extract gave %d quantity claims, want 1: %+v", len(q), briefs(d, cs))
	}
	c := q[0]
	if c.Modality != compare.Reported || c.Attribution != "Red Cross" || c.Value != ">=50" {
		t.Errorf("Extract(according to the Red Cross, at least 50 died) = modality %v, attribution %q, value %q; want reported, Red Cross, >=50",
			c.Modality, c.Attribution, c.Value)
	}
}

func TestWhoClaims(t *testing.T) {
	tests := []struct{ text, value, question string }{
		// The words before a role say which office of its kind.
		{"Port spokesman Jane Okafor said the ferry had left early.", "Jane Okafor", "Who is the Port spokesman?"},
		{"Transport Minister Ida Varga flew to the site.", "Ida Varga", "Who is the Transport Minister?"},
		{"The opposition leader, Ilse Brandt, tabled the motion.", "Ilse Brandt", "Who is the opposition leader?"},
		{"The court heard from the chief judge, Amir Haddad, on Monday.", "Amir Haddad", "Who is the chief judge?"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2021-06-01")
		found := false
		for _, c := range cs {
			if c.Key == "who" && c.Value == tt.value {
				found = true
				if c.Question != tt.question {
					t.Errorf("Extract(%q): question %q, want %q", tt.text, c.Question, tt.question)
				}
			}
		}
		if !found {
			t.Errorf("Extract(%q) made no who claim on %q", tt.text, tt.value)
		}
	}
}

func TestExtractSimilarRefersBack(t *testing.T) {
	text := "Cabinet-level talks opened on Monday in Geneva.\n\nSuch talks last took place in May 2001."
	_, cs := extract(text, "2009-09-09")
	for _, c := range cs {
		if c.Key == "last/meeting" {
			if want := "When did the previous cabinet-level talks take place?"; c.Question != want {
				t.Errorf("Question = %q, want %q", c.Question, want)
			}
			return
		}
	}
	t.Errorf("Extract(%q) gave no last/meeting claim", text)
}

func TestExtractSkipsBoilerplate(t *testing.T) {
	text := "Share this: 40 people were killed.\n\nThe flood killed 12 people."
	d := compare.NewDocument("t.txt", []byte(text))
	d.ID = "d1"
	d.Boilerplate = []compare.Span{{Start: 0, End: 34}}
	ss := segment.Sentences(d)
	for _, c := range Extract(d, ss, mentions.Find(d, ss)) {
		if c.Value == "40" {
			t.Errorf("Extract made a claim from a boilerplate line: %+v", c)
		}
	}
}

func TestLemma(t *testing.T) {
	for in, want := range map[string]string{
		"talks": "talk", "met": "meet", "killed": "kill", "deaths": "death", "stopped": "stop",
		"casualties": "casualty", "crashes": "crash", "meeting": "meeting", "votes": "vote",
		"according": "according", "re-opened": "reopen",
	} {
		if got := lemma(in); got != want {
			t.Errorf("lemma(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBefore(t *testing.T) {
	tests := []struct{ pub, dur, want string }{
		{"2006-03-02", "P2Y", "2004"},
		{"2006-03-02", "P3M", "2005-12"},
		{"2006-03-02", "P10D", "2006-02-20"},
		{"2006", "P3M", ""},
		{"", "P2Y", ""},
	}
	for _, tt := range tests {
		pub, err := compare.ParseDate(tt.pub)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := before(pub, tt.dur)
		if got != tt.want {
			t.Errorf("before(%q, %q) = %q, want %q", tt.pub, tt.dur, got, tt.want)
		}
	}
}

func TestQuantityQuestion(t *testing.T) {
	quake, talks := eventNamed["disaster"], eventNamed["meeting"]
	tests := []struct {
		ev         *event
		noun, unit string
		want       string
	}{
		{quake, "earthquake", "", "What figure is given for the earthquake?"},
		{talks, "navy", "", "How many navies in the talks?"},
		{talks, "", "USD", "What amount (USD) is given for the talks?"},
		{eventNamed["election"], "", "%", "What percentage is given for the vote?"},
		{eventNamed["death"], "miner", "", "How many people died?"},
	}
	for _, tt := range tests {
		if got := quantityQuestion(tt.ev, tt.noun, tt.unit, ""); got != tt.want {
			t.Errorf("quantityQuestion(%s, %q, %q) = %q, want %q", tt.ev.name, tt.noun, tt.unit, got, tt.want)
		}
	}
}

func TestExtractChangeOfSubject(t *testing.T) {
	for _, text := range []string{
		"The death toll of the ferry sinking rose to 40 on Monday.",
		"On Monday, the death toll from the floods climbed to 40.",
	} {
		_, cs := extract(text, "2020-03-03")
		found := false
		for _, c := range cs {
			if c.Value == "40" {
				found = true
				if c.Key != "quantity/death/count" {
					t.Errorf("Extract(%q): claim on 40 keyed %q, want quantity/death/count", text, c.Key)
				}
			}
		}
		if !found {
			t.Errorf("Extract(%q) made no claim on 40", text)
		}
	}
}

func TestPolarityClaims(t *testing.T) {
	type pol struct {
		Value, Clause string
		Near          []string
	}
	tests := []struct {
		text string
		want []pol
	}{
		{"The ferry did not sail on Sunday.", []pol{{"false", "The ferry did not sail on Sunday.", []string{"sail"}}}},
		{"Nobody is repairing the old bridge.", []pol{{"false", "Nobody is repairing the old bridge.", []string{"repair"}}}},
		{"The girls are singing loudly and the boy is not dancing.", []pol{
			{"true", "The girls are singing loudly", []string{"girl", "loudly", "sing"}},
			{"false", "the boy is not dancing.", []string{"danc"}},
		}},
		// Coordinated verbs of one subject stay one clause.
		{"Two cats are chasing and biting each other.", []pol{{"true", "Two cats are chasing and biting each other.", []string{"bit", "cat", "chas"}}}},
	}
	for _, tt := range tests {
		d, cs := extractAll(tt.text, "2020-01-01")
		var got []pol
		for _, c := range cs {
			if c.Kind == compare.PolarityKind {
				got = append(got, pol{c.Value, d.Slice(c.Evidence), c.Near})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("polarity claims of %q mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestExtractLabelsAreNotClaims(t *testing.T) {
	for _, text := range []string{"Highlights of the match, part 2", "Watch Video 1 of the ceremony.", "Passengers of flight 212 waited.", "The council adopted resolution 48.", "She beat the world number one."} {
		if _, cs := extract(text, "2020-01-01"); len(cs) != 0 {
			t.Errorf("Extract(%q) = %+v, want no claim on a label", text, cs)
		}
	}
}

func TestPossessiveNameIsAPlaceTerm(t *testing.T) {
	_, cs := extract("Norway's trade surplus grew to 4.6 billion dollars in June.", "2017-08-01")
	for _, c := range cs {
		if c.Kind == compare.Quantity && !slices.Contains(c.Terms, PlaceTerm("", mentions.NameKey("Norway"), true)) {
			t.Errorf("claim %q terms %v lack the place Norway", c.Value, c.Terms)
		}
	}
}

func TestFirstTimeSinceTakesTheEvent(t *testing.T) {
	tests := []struct{ text, key string }{
		{"The reserve bank raised its key rate for the first time since 2011.", "last/change"},
		// The verb the time hangs on, however far before it.
		{"The regional water board said on Friday it was raising its basic household water charges for the first time since 2011 by two percent.", "last/change"},
		// A rise and a change since one date ask when the figure last moved.
		{"The board said its first water charge change since 2011 would pay for new pipes.", "last/change"},
		// The noun "first" qualifies, whatever words follow it.
		{"It was the first stoppage at the cannery since 2011.", "last/stoppage"},
		{"Tenants face the first increase in rents since 2011.", "last/change"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2016-12-15")
		key := ""
		for _, c := range cs {
			if c.Value == "2011" {
				key = c.Key
			}
		}
		if key != tt.key {
			t.Errorf("Extract(%q): claim on 2011 keyed %q, want %q", tt.text, key, tt.key)
		}
	}
}

func TestLeadingZeroIsNoCount(t *testing.T) {
	_, cs := extract("The banks made big profits in 09 and lost money later.", "2010-01-01")
	for _, c := range cs {
		if c.Kind == compare.Quantity {
			t.Errorf("Extract made a quantity claim %q from a number with a leading zero", c.Value)
		}
	}
}

func TestPolarityClauseHasNoMarkup(t *testing.T) {
	text := "The ferry sank off **Bali**, the [coast guard](https://example.org) said."
	d := compare.NewDocument("t.md", []byte(text))
	d.ID = "d1"
	clean := []byte(text)
	for _, span := range [][2]int{{19, 21}, {25, 27}, {33, 34}, {45, 67}} { // ** ** [ ](…)
		for i := span[0]; i < span[1]; i++ {
			clean[i] = ' '
		}
	}
	d.Clean = clean
	ss := segment.Sentences(d)
	for _, c := range Extract(d, ss, mentions.Find(d, ss)) {
		if strings.ContainsAny(c.Display+c.Question, "*[]()") {
			t.Errorf("claim %v display %q / question %q carries markup", c.Kind, c.Display, c.Question)
		}
	}
}

func TestAsQuestion(t *testing.T) {
	for in, want := range map[string]string{
		"The ferry did not sail on Sunday.": "Is it so that the ferry did not sail on Sunday?",
		"Voters came out in large numbers":  "Is it so that Voters came out in large numbers?",
		"Nobody is repairing the bridge.":   "Is it so that nobody is repairing the bridge?",
		// A news agency's label before a headline is no part of it.
		"Urgent: Ferry sinks off Crete":   "Is it so that Ferry sinks off Crete?",
		"2nd lead: Ferry sinks off Crete": "Is it so that Ferry sinks off Crete?",
		"Ferry sinks: dozens missing":     "Is it so that Ferry sinks: dozens missing?",
	} {
		if got := asQuestion(in); got != want {
			t.Errorf("asQuestion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlannedOnlyNearItsEvent(t *testing.T) {
	tests := []struct{ text, key string }{
		{"Both ministries will reopen the mountain pass on Friday.", "time/opening/planned"},
		{"Monitors will watch over the deal signed on Tuesday.", "time/agreement"},
		// A day still to come is planned whatever the tense around it.
		{"Polls favour the mayor in the February 9 election.", "time/election/planned"},
		{"Polls favoured the mayor in the October 9 election.", "time/election"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-16")
		found := false
		for _, c := range cs {
			if c.Kind == compare.Time {
				found = true
				if c.Key != tt.key {
					t.Errorf("Extract(%q): key %q, want %q", tt.text, c.Key, tt.key)
				}
			}
		}
		if !found {
			t.Errorf("Extract(%q) made no time claim", tt.text)
		}
	}
}

// withPrefix returns the claims whose key starts with prefix, in order.
func withPrefix(cs []compare.Claim, prefix string) []compare.Claim {
	var out []compare.Claim
	for _, c := range cs {
		if strings.HasPrefix(c.Key, prefix) {
			out = append(out, c)
		}
	}
	return out
}

// keysOf returns the keys of the claims of kind k, in order.
func keysOf(cs []compare.Claim, k compare.Kind) []string {
	var keys []string
	for _, c := range cs {
		if c.Kind == k {
			keys = append(keys, c.Key)
		}
	}
	return keys
}

func TestEventPhrasesAndLightVerbs(t *testing.T) {
	tests := []struct{ text, key string }{
		// A phrasal verb names the event only with its particle.
		{"The utility will cut off power to the district on Friday.", "time/closure/planned"},
		// A declared intention is a plan.
		{"The council announced to shut down the smelter on Monday.", "time/closure/planned"},
		// A light verb carries its subject's event to a time at the end of
		// its phrase, across a list of names.
		{"A ceasefire deal was reached between Chad, Sudan and Libya three days ago.", "time/agreement"},
		{"The summit was held in the capital of the republic last month.", "time/meeting"},
		// A hyphen after "re" changes nothing.
		{"The museum will be re-opened on Saturday.", "time/opening/planned"},
		// "would" is the future of reported speech; "would have" is not.
		{"The mayor said the bridge would be opened on Saturday.", "time/opening/planned"},
		{"The mayor said the bridge would have opened on Saturday but for the storm.", "time/opening"},
		// A verb that says an event began takes its subject's event: a
		// blaze is a fire, named by its flames.
		{"The blaze began at about 1:50 a.m. in a kitchen on the second floor and spread along the roof, the brigade commander told reporters.", "time/disaster"},
		{"Flames broke out in the hangar on Sunday.", "time/disaster"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-16")
		if keys := keysOf(cs, compare.Time); !slices.Contains(keys, tt.key) {
			t.Errorf("Extract(%q): time keys %q, want %q among them", tt.text, keys, tt.key)
		}
	}
}

func TestAccordingIsNoAgreement(t *testing.T) {
	_, cs := extract("The party may win just 9, according to a survey on Tuesday.", "2005-11-16")
	for _, c := range cs {
		if strings.Contains(c.Key, "agreement") {
			t.Errorf("Extract(according to a poll): claim keyed %q; \"according\" names no agreement", c.Key)
		}
	}
}

func TestLeadDatesTheHeadlineEvent(t *testing.T) {
	text := "Ministers Hold Budget Talks\n\nLONDON, June 3\n\n" +
		"Finance ministers from five countries sat down together in the old guildhall of the city on Thursday, hoping to settle the dispute.\n\n" +
		"They want an answer before the summer break, officials at the treasury of the kingdom said.\n\n" +
		"Farmers marched through the streets of the capital with tractors and banners on Friday afternoon, blocking traffic.\n"
	d, cs := extractTitled(text, "Ministers Hold Budget Talks", "2005-06-03")
	var got []brief
	for _, c := range cs {
		if c.Kind == compare.Time {
			got = append(got, brief{Key: c.Key, Value: c.Value, Evidence: d.Slice(c.Evidence)})
			if main := slices.Contains(c.Terms, MainTerm); main != (c.Key == "time/meeting") {
				t.Errorf("claim %q keyed %s: has the term %q of the headline's event: %v", d.Slice(c.Evidence), c.Key, MainTerm, main)
			}
		}
	}
	// Friday, outside the lead, dates the farmers' march, not the talks.
	want := []brief{
		{Key: "time/meeting", Value: "2005-06-02", Evidence: "Thursday"},
		{Key: "time/protest", Value: "2005-06-03TAF", Evidence: "marched through the streets of the capital with tractors and banners on Friday afternoon"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("time claims mismatch (-want +got):\n%s", diff)
	}
}

func TestCountCutOffDatesNoEvent(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The death toll from the flood rose to 40 as of 6 p.m. Monday.", false},
		{"The water plant will be shut down as of Tuesday.", true},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-16")
		got := slices.ContainsFunc(cs, func(c compare.Claim) bool { return c.Kind == compare.Time })
		if got != tt.want {
			t.Errorf("Extract(%q) made a time claim: %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestCountOfItsOwnNounAcrossAClause(t *testing.T) {
	tests := []struct{ text, key string }{
		{"Gangs staged revenge attacks on Sunday, and hundreds of police patrolled the beaches.", "count/police"},
		// In its own clause the event is what the count is of.
		{"The blast in the pit killed 40 miners.", "quantity/death/count"},
		// People are counted for the event of any clause.
		{"In the attack, 30 people were taken to hospital.", "quantity/attack/count"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-12-16")
		if keys := keysOf(cs, compare.Quantity); !slices.Contains(keys, tt.key) {
			t.Errorf("Extract(%q): quantity keys %q, want %q among them", tt.text, keys, tt.key)
		}
	}
}

func TestGroupNounNamesNoGathering(t *testing.T) {
	// A noun whose usual sense is a group of people counts bodies, not a
	// gathering; a gathering named by its own word still counts.
	tests := []struct{ text, key, not string }{
		{"Four parties will stand in the vote in March.", "quantity/election/count", "quantity/meeting/count"},
		{"Four parties met for talks on Monday.", "quantity/meeting/count", "count/party"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-12-16")
		keys := keysOf(cs, compare.Quantity)
		if tt.key != "" && !slices.Contains(keys, tt.key) || slices.Contains(keys, tt.not) {
			t.Errorf("Extract(%q): quantity keys %q, want %q among them and not %q", tt.text, keys, tt.key, tt.not)
		}
	}
	if ev := eventOf("parties", "party", "NOUN", ""); ev != nil {
		t.Errorf("eventOf(parties) = %s, want none", ev.name)
	}
	if ev := eventOf("sentences", "sentence", "NOUN", ""); ev == nil || ev.name != "sentence" {
		t.Errorf("eventOf(sentences) = %v, want the class sentence", ev)
	}
}

func TestTimeEndingAVerbPhrase(t *testing.T) {
	tests := []struct {
		text, expr, key string // key "" for no claim
	}{
		{"The county has announced to close the coastal road to all lorries in the early hours of Thursday.", "Thursday", "time/closure/planned"},
		{"The ferry talks had been held between the port authorities and the unions of the dockers three weeks ago.", "three weeks ago", "time/meeting"},
		// A relative pronoun stands for the noun its clause qualifies:
		// the blast occurred, the talks were done something to, and the
		// day is of that doing, named by its verb.
		{"Fish died in the lake after an explosion which took place at the Northfield Paper Mill on Nov. 3.", "Nov. 3", "time/explosion"},
		{"The talks that were cancelled on Nov. 3 had been due for weeks.", "Nov. 3", "time/v-cancel"},
		// A body has no day of its own: a day a parse hangs on one is the
		// clause's.
		{"The river was polluted by a blast that had occurred at the Westbrook Chemical company on Nov. 3.", "Nov. 3", "time/explosion"},
		// "Since" opens a span: not when the event happened.
		{"The lake rose to its highest level since March 1998 after the floods.", "March 1998", ""},
		// A participle that qualifies a person has its own day.
		{"Ana Ruiz, born in March 1950, was elected mayor of Dunmore in 1990.", "March 1950", ""},
		{"Ana Ruiz, born in March 1950, was elected mayor of Dunmore in 1990.", "1990", "time/election"},
		// Known miss since events come from WordNet and the tree: a time
		// that qualifies a noun ("a scandal two years ago") is still given
		// to the event the noun belongs to (the trial). Stopping at the
		// noun was tried and cost recall on both halves of the shared
		// clusters; the case stays out until the frame reads noun phrases.
	}
	for _, tt := range tests {
		if key := timeKey(tt.text, "2005-11-22", tt.expr); key != tt.key {
			t.Errorf("Extract(%q): claim on %q keyed %q, want %q", tt.text, tt.expr, key, tt.key)
		}
	}
}

// timeKey returns the key of the last time claim of text, published on
// published, whose evidence holds expr, or "".
func timeKey(text, published, expr string) string {
	d, cs := extract(text, published)
	key := ""
	for _, c := range cs {
		if c.Kind == compare.Time && strings.Contains(d.Slice(c.Evidence), expr) {
			key = c.Key
		}
	}
	return key
}

func TestEllipsisTotalsAndRelativeSubjects(t *testing.T) {
	type q struct{ Key, Value, Subject string }
	tests := []struct {
		text string
		want []q
	}{
		{
			// "a dozen" leaves out "seats"; "Whigs, which took" makes the
			// Whigs the subject; "of the 480" is the whole, no party's.
			"The Whigs, which took 210 out of the 480 seats in the previous vote, are now expected to win only a dozen, a survey found.",
			[]q{
				{"count/seat", "210", "whigs"},
				{"total/of/seat", "480", ""},
				{"count/seat", "12", "whigs"},
			},
		},
		{
			// An event close by: the number is its own count.
			"The flood killed 12 people and injured 30 in the valley.",
			[]q{{"quantity/death/count", "12", ""}, {"quantity/injury/count", "30", ""}},
		},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-16")
		var got []q
		for _, c := range cs {
			if c.Kind == compare.Quantity {
				got = append(got, q{c.Key, c.Value, c.Subject})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q) quantity claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestDifferenceGivesTheRivalsCount(t *testing.T) {
	type q struct{ Key, Value, Subject, Display string }
	tests := []struct {
		text string
		want []q
	}{
		{
			"The poll gives the Greens 30 seats, 12 more than their nearest rival, the Liberal Party.",
			[]q{{"count/seat", "30", "", "30"}, {"count/seat", "18", "liberalparty", "18 (30 - 12)"}},
		},
		{
			// No count before it: the difference is read as any number.
			"It was 12 more than the Liberal Party expected.",
			[]q{{"count", "12", "", "12"}},
		},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-16")
		var got []q
		for _, c := range cs {
			if c.Kind == compare.Quantity {
				got = append(got, q{c.Key, c.Value, c.Subject, c.Display})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q) quantity claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestMeasureIsNoEllipsis(t *testing.T) {
	_, cs := extract("At least a dozen aftershocks followed overnight, the largest of magnitude 5.9.", "2010-01-13")
	for _, c := range cs {
		if c.Value == "5.9" && c.Key == "quantity/quake/count" {
			t.Errorf("magnitude 5.9 read as a count of aftershocks (%s)", c.Key)
		}
	}
}

func TestTwoMentionsInOneToken(t *testing.T) {
	// "1975-1990" holds two time mentions in one token: the second has no
	// word of its own, and once made the lead rule index word -1.
	text := "Mine Blast Kills Five\n\nFarmers recalled years of hunger not seen since the 1946-1949 drought in the valley."
	d := compare.NewDocument("t.txt", []byte(text))
	d.ID, d.Title = "d1", "Mine Blast Kills Five"
	d.SetPublished("2005-12-12")
	ss := segment.Sentences(d)
	_ = Extract(d, ss, mentions.Find(d, ss)) // must not panic
}

func TestSizeOfABody(t *testing.T) {
	// The count in "a 120-member assembly" is the body's size, though an
	// election is named beside it.
	_, cs := extract("The city elected its 120-member assembly for a four-year term.", "2016-12-15")
	for _, c := range cs {
		if c.Value == "120" {
			if c.Key != "count/member" || c.Question != "How many members has the assembly?" {
				t.Errorf("120-member keyed %q asking %q, want count/member asking the assembly's size", c.Key, c.Question)
			}
			return
		}
	}
	t.Error("no claim on 120")
}

func TestWhatAShareMeasures(t *testing.T) {
	tests := []struct {
		text string
		keys []string // of the percentages, in order
	}{
		// A share that leaves out its noun is of what the one before was.
		{"The mayor had 52.3 percent of the votes while her rival, a former judge, had 47.7 percent.", []string{"quantity/election/%", "quantity/election/%"}},
		// A share of no noun measures its clause's subject, or the noun
		// a verb is left out for.
		{"Unemployment stands at 8 percent and inflation at 3 percent.", []string{"count/unemployment/%", "count/inflation/%"}},
		{"Voter turnout was 61.5 percent, the commission said.", []string{"count/turnout/%"}},
		// A name is whose share it is, not what it measures, and so is
		// a noun a name is set beside.
		{"The Greens won 12 percent.", []string{"count/percent/%"}},
		{"Her challenger, Mayor Lena Ostby, took 44.1 percent.", []string{"count/percent/%"}},
		// A verb that sets its object at a level measures the object;
		// one that trades it gives a rate.
		{"The electoral board put turnout at 57 percent.", []string{"count/turnout/%"}},
		{"The cooperative lent money to farmers at 9 percent.", []string{"count/percent/%"}},
		// A share of something is that thing's, not the subject's.
		{"The pension fund sold 15 percent of its holdings.", []string{"count/percent/%"}},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2016-12-15")
		var got []string
		for _, c := range cs {
			if c.Kind == compare.Quantity && strings.HasSuffix(c.Value, "%") {
				got = append(got, c.Key)
			}
		}
		if !slices.Equal(got, tt.keys) {
			t.Errorf("Extract(%q): shares keyed %q, want %q", tt.text, got, tt.keys)
		}
	}
}

func TestWhatBefellTheCounted(t *testing.T) {
	// A participle or adjective by the count or its noun says what befell
	// them, however the rest of the sentence parses.
	tests := []struct{ text, value, key string }{
		{"The blast left 12 injured workers in hospital.", "12", "quantity/injury/count"},
		{"Despite tight security, two men were killed in raids in the north while rocket attacks on the capital, including one on the walled embassy district claimed by a militant group, injured four civilians and a soldier.", "4", "quantity/injury/count"},
		// A participle that names no event leaves a count of things.
		{"The storm left 30 damaged homes.", "30", "count/home"},
		// After the number or its noun too, whatever the verb and its
		// subject ("the flood left").
		{"The flood left 12 people dead and 40 injured on Monday.", "12", "quantity/death/count"},
		{"The flood left 12 people dead and 40 injured on Monday.", "40", "quantity/injury/count"},
		{"Ferry fire leaves 9 dead", "9", "quantity/death/count"},
		{"The landslide left 6 villagers injured.", "6", "quantity/injury/count"},
	}
	for _, tt := range tests {
		if key := quantityKey(tt.text, tt.value); key != tt.key {
			t.Errorf("Extract(%q): %s keyed %q, want %q", tt.text, tt.value, key, tt.key)
		}
	}
}

func TestFunctionWordsNameNoEvent(t *testing.T) {
	// "including", "following" used as prepositions are no rise and no
	// event of their own.
	_, cs := extract("Rockets hit three towns, including one near the border, following a week of calm.", "2016-12-15")
	for _, c := range cs {
		if strings.Contains(c.Key, "increase") || strings.Contains(c.Key, "/follow") {
			t.Errorf("claim %q keyed %q: a preposition taken for an event", c.Value, c.Key)
		}
	}
}

func TestSameWords(t *testing.T) {
	texts := []string{"", " ", "Talks resume", "  Talks \t resume\n", "Talks\u00a0resume", "Talks\u2003 resume ",
		"Talks resume today", "Talk", "Talks  resum", "a\xffb c", "\xff", "x\u0085y", " Talks resume"}
	for _, text := range texts {
		for _, words := range texts {
			want := strings.Join(strings.Fields(text), " ") == words
			if got := sameWords([]byte(text), words); got != want {
				t.Errorf("sameWords(%q, %q) = %v, want %v", text, words, got, want)
			}
		}
		if got, want := collapseSpace([]byte(text)), strings.Join(strings.Fields(text), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestKindsOf(t *testing.T) {
	words := map[string]bool{"said": true, "the": true, "northern": true}
	for _, list := range []map[string]bool{stopwords, negations, generic, denials, expectations, hedges, reportingVerbs, lightVerbs} {
		for w := range list {
			words[w] = true
		}
	}
	for w := range compass {
		words[w] = true
	}
	for k := range stanceVerbs {
		words[k[0]] = true
	}
	for w := range words {
		tok := readToken(w)
		lower, lem := tok.lower, tok.lemma
		_, stance := stanceVerbs[[2]string{stem(lem), ""}]
		for k := range stanceVerbs {
			stance = stance || k[0] == stem(lem)
		}
		for _, c := range []struct {
			name string
			kind wordKinds
			want bool
		}{
			{"stopwords", kStop, stopwords[lower]}, {"negations", kNegation, negations[lower]},
			{"generic", kGeneric, generic[lem]}, {"compass", kCompass, compass[lower] != ""},
			{"denials", kDenial, denials[lower]}, {"expectations", kExpect, expectations[lower]},
			{"hedges", kHedge, hedges[lower]}, {"reportingVerbs", kReport, reportingVerbs[lower]},
			{"lightVerbs", kLight, lightVerbs[lem]}, {"stanceVerbs", kStance, stance},
		} {
			if got := tok.kinds&c.kind != 0; got != c.want {
				t.Errorf("readToken(%q): in %s = %v, want %v", w, c.name, got, c.want)
			}
		}
	}
}

func TestArmedStrikesAreAttacks(t *testing.T) {
	tests := []struct{ text, key string }{
		{"Mortar strikes in the capital wounded four civilians on Monday.", "time/attack"},
		{"Missile strikes hit the airport on Monday.", "time/attack"},
		// Without arms, a strike is a walkout.
		{"Dock workers began a strike in the port on Monday.", "time/protest"},
	}
	for _, tt := range tests {
		if key := lastClaim(tt.text, "2005-11-16", func(c compare.Claim) bool { return c.Kind == compare.Time }).Key; key != tt.key {
			t.Errorf("Extract(%q): Monday keyed %q, want %q", tt.text, key, tt.key)
		}
	}
}

func TestCountOfMembersIsTheGroups(t *testing.T) {
	tests := []struct{ text, value, key string }{
		// WordNet's member-of: officers of the police, soldiers of an army.
		{"Police will double their numbers to up to 900 officers in the city this weekend.", "<=900", "count/police"},
		{"Hundreds of police will patrol the city centre this weekend.", "~200-999", "count/police"},
		{"The army sent 300 soldiers to the border.", "300", "count/army"},
		// Of two groups, the one the tree ties to the count.
		{"After a show of force on the coast, police will send up to 900 officers to the port.", "<=900", "count/police"},
		// A people named is no body the counted belong to: the officers
		// are counted by the first sense WordNet gives them.
		{"Some 12 officers from Kenya joined 40 Tanzanians.", "~12", "count/military officer"},
		// People in general belong to no body, though WordNet's "people"
		// is a group.
		{"The number of people who fled is smaller, and about 375 people still live in the camps.", "~375", "count/person"},
		// A body's strength is counted in people: the aircraft a
		// carrier flies are no count of carriers.
		{"The merged airline will fly 140 aircraft from next year.", "140", "count/aircraft"},
	}
	for _, tt := range tests {
		if key := quantityKey(tt.text, tt.value); key != tt.key {
			t.Errorf("Extract(%q): %s keyed %q, want %q", tt.text, tt.value, key, tt.key)
		}
	}
}

func TestReadingsAnswerAsEventOf(t *testing.T) {
	type analysis struct{ lemma, upos, particle string }
	as := []analysis{
		{"strike", "VERB", ""}, {"strike", "NOUN", ""}, {"struck", "NOUN", ""}, {"strike", "VERB", "off"},
		{"strike", "ADJ", ""}, {"", "", ""}, {"strike", "PROPN", ""}, {"struck", "VERB", ""},
		{"strike", "AUX", ""}, {"strike", "X", ""},
	}
	rs := new(readings)
	for round := range 2 {
		for _, a := range as {
			want := eventOf("struck", a.lemma, a.upos, a.particle)
			if got := rs.eventOf("struck", a.lemma, a.upos, a.particle); got != want {
				t.Errorf("round %d, %v: got %v, want %v", round, a, got, want)
			}
		}
	}
	if n := int(rs.n.Load()); n != maxReadings {
		t.Errorf("the token remembers %d readings, want at most %d", n, maxReadings)
	}
	if eventOf("struck", "strike", "VERB", "") == nil {
		t.Error("'struck' as a verb names no event: the test reads nothing")
	}
}

// quantityKey returns the key of the last quantity claim of text whose
// value is value, or "".
func quantityKey(text, value string) string {
	return lastClaim(text, "2016-12-15", func(c compare.Claim) bool { return c.Value == value && c.Kind == compare.Quantity }).Key
}

// lastClaim returns the last claim of text (published then) that keep
// accepts, or the zero claim.
func lastClaim(text, published string, keep func(compare.Claim) bool) compare.Claim {
	_, cs := extract(text, published)
	var last compare.Claim
	for _, c := range cs {
		if keep(c) {
			last = c
		}
	}
	return last
}

// TestNamesHaveNoTime: a day a parse hangs on a name (a body, a person,
// a people, a place) is the clause's; an event's name keeps its own.
func TestNamesHaveNoTime(t *testing.T) {
	text := "The Iraqis, Jordan and the Acme company met the mayor of Cairo at the talks."
	d := compare.NewDocument("t.txt", []byte(text))
	d.SetPublished("2005-11-22")
	ss := segment.Sentences(d)
	syntax.Parse(d, ss)
	ms := mentions.Find(d, ss)
	x := &extractor{d: d, text: d.Plain(), scratch: scratchPool.Get().(*scratch)}
	defer scratchPool.Put(x.scratch)
	st := x.read(ss[0], ms, false)
	want := map[string]bool{"iraqis": true, "jordan": true, "company": true, "mayor": true, "cairo": true, "talks": false}
	for i, w := range st.words {
		if v, ok := want[w.lower]; ok {
			if got := hasNoTime(st, i); got != v {
				t.Errorf("hasNoTime(%q) = %v, want %v", w.lower, got, v)
			}
			delete(want, w.lower)
		}
	}
	if len(want) > 0 {
		t.Errorf("words not read: %v", want)
	}
}

// TestOtherEventsPlaces: a place the tree hangs on another event (a
// clause of its own, a noun set in time against the claim's event) is
// not where the claim's event happened.
func TestOtherEventsPlaces(t *testing.T) {
	tests := []struct {
		text, key string
		other     []string // place terms of other events
	}{
		{"The editor was shot dead in Lyon on Friday, just a day after his return from Madrid.", "time/death", []string{"#|madrid"}},
		{"A judge was killed in a car bombing in Tunisia on Friday, weeks into a campaign of raids that have hit opponents of Algeria.", "time/attack", []string{"#|algeria|c"}},
		{"The mayor was killed in Lyon on Friday.", "time/death", nil},
		// Where it was said is most often where it happened.
		{"In Lyon, police said the editor was shot dead on Friday.", "time/death", nil},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-22")
		found := false
		for _, c := range cs {
			if c.Key != tt.key {
				continue
			}
			found = true
			if !slices.Equal(c.OtherPlaces, tt.other) {
				t.Errorf("%q: %s other places %v, want %v", tt.text, c.Key, c.OtherPlaces, tt.other)
			}
		}
		if !found {
			t.Errorf("%q: no %s claim", tt.text, tt.key)
		}
	}
}

func TestLeadDatesAnUntitledStory(t *testing.T) {
	// The headline names no event, only a change: the first event the
	// lead's first paragraph dates is the story's own, and no later one.
	text := "Harbour Shares End Higher\n\nPORTVILLE, June 3\n\n" +
		"Shares on the Portville exchange climbed for a third session on Friday as shipping firms drew buyers from abroad.\n\n" +
		"The exchange was shut on Wednesday for a public holiday, brokers in the port said.\n"
	d, cs := extractTitled(text, "Harbour Shares End Higher", "2005-06-03")
	var mains []string
	times := 0
	for _, c := range cs {
		if c.Kind != compare.Time {
			continue
		}
		times++
		if slices.Contains(c.Terms, MainTerm) {
			mains = append(mains, d.Slice(c.Evidence))
		}
	}
	if times < 2 || len(mains) != 1 || !strings.HasSuffix(mains[0], "on Friday") {
		t.Errorf("%d time claims, those of the story's own event: %q; want one, ending \"on Friday\", among at least 2", times, mains)
	}
}

func TestRunningTotalIsNoEventsCount(t *testing.T) {
	// A tally kept from a start is not the count of one event.
	tests := []struct {
		text    string
		running bool
	}{
		{"More than 900 people have died in the unrest since the spring.", true},
		{"Some 300 soldiers have been killed in the insurgency since the start of the year.", true},
		{"So far 45 people have died of the fever.", true},
		{"The blast killed 12 people on Monday.", false},
		// "since" in another clause is that clause's.
		{"The storm killed 8 people, the worst toll the county has seen since 1990.", false},
		// a clause on the counted noun that runs from a start
		{"The toll has passed 840 soldiers who have died since the mission began.", true},
		{"The death toll rose to 2,300 civilians who have been killed since the shelling began.", true},
		{"One more death brought to more than 700 the number of police officers who have died in the province since 2004.", true},
		// ... but not one that tells of one event, nor one of things
		// an event of the count's own verb befell
		{"The town buried 12 soldiers who died in the ambush on Monday.", false},
		{"Rebels have freed 41 hostages who were seized in raids since the truce ended.", false},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-12-16")
		keys := keysOf(cs, compare.Quantity)
		got := slices.ContainsFunc(keys, func(k string) bool { return strings.HasSuffix(k, "/period/since") })
		if got != tt.running {
			t.Errorf("Extract(%q): quantity keys %q; a running total: %v, want %v", tt.text, keys, got, tt.running)
		}
	}
}

func TestReadNameTermReadsWhatTermsWrite(t *testing.T) {
	tests := []struct {
		term string
		want NameTerm
	}{
		{PlaceTerm("northeast", "ruritania", true), NameTerm{Key: "ruritania", Compass: "northeast", Place: true, Country: true}},
		{PlaceTerm("", "portville", false), NameTerm{Key: "portville", Place: true}},
		{"@harbourauthority", NameTerm{Key: "harbourauthority"}},
	}
	for _, tt := range tests {
		if got, ok := ReadNameTerm(tt.term); !ok || got != tt.want {
			t.Errorf("ReadNameTerm(%q) = %+v, %v; want %+v, true", tt.term, got, ok, tt.want)
		}
	}
	if _, ok := ReadNameTerm("ferry"); ok {
		t.Error(`ReadNameTerm("ferry") = ok; a content word is no name term`)
	}
}

// TestSubjectFromTree checks that a claim's subject is the subject of
// its predicate in the parse, however far from the value, and never a
// name that is only near it: the source of a report, an owner inside the
// value's own phrase, the subject of another clause.
func TestSubjectFromTree(t *testing.T) {
	type q struct{ Value, Subject string }
	tests := []struct {
		text string
		want []q
	}{
		// the subject far before its verb and value
		{"Marta Kowalska, the veteran mayor of the northern port who has run the city since the floods, won 61 percent of the vote.",
			[]q{{"61 %", "martakowalska"}}},
		// a verb with no subject of its own takes the one it completes
		{"The Harbour Party is expected to win 14 seats.", []q{{"14", "harbourparty"}}},
		// a gerund is done by the subject of its clause
		{"The Harbour Party kept its majority by winning 22 seats in the run-off.", []q{{"22", "harbourparty"}}},
		// a relative pronoun stands for the noun right before it
		{"The result is a blow to the Harbour Party, which won 40 seats in the last vote.", []q{{"40", "harbourparty"}}},
		{"Rival banker Otto Brenner, who earned over 3 million euros last year, says he is not surprised.", []q{{">3000000 EUR", "ottobrenner"}}},
		// the value is part of the subject, not about it
		{"At the Harbour Party congress, two of its delegates walked out.", []q{{"2", ""}}},
		// a clause with a subject of its own is not the last count's
		{"The Harbour Party won 12 seats, the independents won 9 and smaller parties won 3.", []q{{"12", "harbourparty"}, {"9", ""}, {"3", ""}}},
		// a name in another clause is not the subject
		{"Ana Ruiz said the ferry carried 230 passengers.", []q{{"230", ""}}},
		// a share given "for" someone is theirs, whoever the clause's subject
		{"With most ballots counted, Lind had 53% against 44% for Okafor.", []q{{"53 %", "lind"}, {"44 %", "okafor"}}},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-16")
		var got []q
		for _, c := range cs {
			if c.Kind == compare.Quantity {
				got = append(got, q{c.Value, c.Subject})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q) subjects mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestLeadDatesHeadlineEvent checks that under a headline naming an
// event, the day the lead's main verb takes is that event's when the verb
// names no event of its own, whatever the sentence's other phrases name,
// or when it is told in one frame with the headline's event (the ambush
// that did the killing the headline reports); not when the verb says or
// states something.
func TestLeadDatesHeadlineEvent(t *testing.T) {
	tests := []struct {
		title, lead string
		want        string // value of the headline event's time claim, "" for none
	}{
		{"Copper prices close higher", "Copper prices ended higher on Tuesday, pushing the index to its best closing since 2003.", "2026-12-01"},
		{"Embassy confirms kidnapping of engineer", "The embassy confirmed on Tuesday that an engineer was kidnapped near the border last week.", ""},
		// the lead's verb is said of another subject than the headline's
		{"Northland to join fishing accord", "The accord was tabled in the assembly on Tuesday and it is hoped Northland will sign it before March.", ""},
		{"Union condemns deadly mine blast", "The miners' union condemned on Tuesday the mine owners, calling the blast a crime.", ""},
		// the day of another event of the headline event's frame
		{"Gunmen kill three herders near border", "Gunmen attacked a convoy near the border on Tuesday, killing three herders.", "2026-12-01"},
		{"Three guards killed in desert", "Three guards were killed in an ambush in the desert on Tuesday.", "2026-12-01"},
		{"Three guards killed in desert", "Officials held a meeting on Tuesday and said three guards had been killed.", ""},
	}
	for _, tt := range tests {
		text := tt.title + "\n\n" + tt.lead + "\n"
		_, cs := extractTitled(text, tt.title, "2026-12-02")
		got := ""
		for _, c := range cs {
			if c.Kind == compare.Time && !DatesStoryOnly(c.Key) && slices.Contains(c.Terms, MainTerm) && c.Display == "Tuesday" {
				got = c.Value
			}
		}
		if got != tt.want {
			t.Errorf("lead %q under %q: the headline event's day from Tuesday = %q, want %q", tt.lead, tt.title, got, tt.want)
		}
	}
}

// TestTimeSubjectThroughLightVerb checks that the day of an event a light
// verb has happen ("held talks") is the subject's, and that of a title and
// its holder, both taken for subjects, the holder's name is the subject.
func TestTimeSubjectThroughLightVerb(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Mayor Ana Ruiz held talks with the union leaders in the town hall on Monday.", "anaruiz"},
		{"US Secretary of Labor Ana Ruiz arrived here Monday evening for talks.", "anaruiz"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2005-11-16")
		got := "(no time claim)"
		for _, c := range cs {
			if c.Kind == compare.Time {
				got = c.Subject
			}
		}
		if got != tt.want {
			t.Errorf("Extract(%q): the time claim's subject = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCompassAbbreviations checks that a headline's abbreviated quarter
// ("NE China") names the part of the country as the word does, and that
// a single letter ("N. Korea", part of a country's name) does not.
func TestCompassAbbreviations(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"Gas blast kills nine in NE China", "#northeast|china|c", "#|china|c"},
		{"Floods kill 12 in SW China", "#southwest|china|c", "#|china|c"},
		{"Talks with N. Korea were held in Geneva on Monday.", "", "#north|korea|c"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2031-01-06")
		if len(cs) == 0 {
			t.Errorf("Extract(%q): no claims", tt.text)
			continue
		}
		for _, c := range cs {
			if tt.want != "" && !slices.Contains(c.Terms, tt.want) || slices.Contains(c.Terms, tt.not) {
				t.Errorf("Extract(%q): claim %s has terms %v, want %q and not %q", tt.text, c.Key, c.Terms, tt.want, tt.not)
			}
		}
	}
}

// TestTimeInSincePhrase checks that a time dating the event a "since"
// phrase names (the occasion a span began with) is keyed apart from the
// story's event of that kind, and a time of the story's event is not.
func TestTimeInSincePhrase(t *testing.T) {
	text := "The talks on Monday were the most senior contact of the two governments since a conference of their envoys in Lisbon in June."
	_, cs := extract(text, "2031-09-10")
	keys := map[string]string{}
	for _, c := range cs {
		if c.Kind == compare.Time {
			keys[c.Display] = c.Key
		}
	}
	if keys["Monday"] != "time/meeting" || keys["June"] != "time/meeting/since" {
		t.Errorf("Extract(%q): time keys %v, want Monday time/meeting and June time/meeting/since", text, keys)
	}
}

// TestDaysAndAgesAreNoCounts checks that the last day of a date range
// gives no count and an age no count of people (only an age, keyed
// count/age), and that a count beside a date still gives one.
func TestDaysAndAgesAreNoCounts(t *testing.T) {
	tests := []struct {
		text  string
		count bool
	}{
		{"The envoys will gather in Porto on March 14-16.", false},
		{"The fair runs from March 14 to 16 in Porto.", false},
		{"The fair will open in Porto on March 14 and 16 more stalls are planned.", true},
		{"Most of the patients were aged between 60 and 75.", false},
		{"The rule bars drivers between the ages of 17 and 21.", false},
		{"On March 14, 16 stalls burned down in Porto.", true},
		{"Two sisters aged 8 and 11 and three boys were rescued.", true},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2031-03-10")
		var counts []string
		ages := 0
		for _, c := range cs {
			if c.Kind == compare.Quantity && c.Key != "count/age" {
				counts = append(counts, c.Display)
			}
			if c.Key == "count/age" {
				ages++
			}
		}
		if strings.Contains(tt.text, " age") && ages == 0 {
			t.Errorf("Extract(%q): no age claim", tt.text)
		}
		if got := len(counts) > 0; got != tt.count {
			t.Errorf("Extract(%q): counts %q, want some: %v", tt.text, counts, tt.count)
		}
	}
}

// TestCountsOfOthers checks that a count of a group besides one the text
// names ("were also hurt") is keyed apart from the toll, and that a plain
// count, or one of "others", is not.
func TestCountsOfOthers(t *testing.T) {
	tests := []struct {
		text, count string
		others      bool
	}{
		{"The blast killed a guard and injured 14 others.", "14", false},
		{"The driver was killed and nine other passengers died in hospital.", "nine", false},
		{"Two nurses were also injured in the fire.", "Two", true},
		{"Nine passengers died in hospital.", "Nine", false},
		{"Two nurses were injured in the fire.", "Two", false},
	}
	for _, tt := range tests {
		for _, c := range figures(t, tt.text, tt.count) {
			if got := strings.HasSuffix(c.Key, "/others"); got != tt.others {
				t.Errorf("Extract(%q): %s keyed %q, want a count of others: %v", tt.text, c.Display, c.Key, tt.others)
			}
		}
	}
}

// figures returns the quantity claims text gives with the display figure,
// failing the test when there is none.
func figures(t *testing.T, text, figure string) []compare.Claim {
	t.Helper()
	_, cs := extract(text, "2031-01-06")
	var out []compare.Claim
	for _, c := range cs {
		if c.Kind == compare.Quantity && c.Display == figure {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		t.Errorf("Extract(%q): no figure %q", text, figure)
	}
	return out
}

// valued returns the claims of text (published on 2031-06-04) whose
// value is value or begins with it and a unit ("9" of "9 %"), and reports
// an error when there is none.
func valued(t *testing.T, text, value string) []compare.Claim {
	t.Helper()
	_, cs := extract(text, "2031-06-04")
	var out []compare.Claim
	for _, c := range cs {
		if c.Value == value || strings.HasPrefix(c.Value, value+" ") {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		t.Errorf("Extract(%q): no claim of %s", text, value)
	}
	return out
}

func TestPeriodOfFigure(t *testing.T) {
	tests := []struct {
		text, figure, period string
	}{
		{"Sales of the cooperative rose to 40,000 tonnes in 2029.", "40,000 tonnes", "2029"},
		{"The ministry expects the harvest to fall by 3 percent in 2031 and by 5 percent in 2032.", "5 percent", "2032"},
		{"The ministry expects the harvest to fall by 3 percent in 2031 and by 5 percent in 2032.", "3 percent", "2031"},
		{"The bank put its lending estimate for 2030 at $2 billion.", "$2 billion", "2030"},
		{"Exports reached $9 billion in the third quarter of 2030.", "$9 billion", "2030-Q3"},
		{"The clinic has treated 300 patients since 2028.", "300", ""},
		{"Exports reached $9 billion, the trade office said on Monday.", "$9 billion", ""},
		// A level or price of no event is the day's; an event's toll is
		// the event's, whatever day it is given on.
		{"The krona stood at 11.42 in Oslo on Friday.", "11.42", "2031-01-03"},
		{"Thursday's close of 11.38 was the lowest in a month.", "11.38", "2031-01-02"},
		{"Nine people died in the flood on Friday.", "Nine", ""},
	}
	for _, tt := range tests {
		for _, c := range figures(t, tt.text, tt.figure) {
			if c.Period != tt.period {
				t.Errorf("Extract(%q): %s given for %q, want %q", tt.text, c.Display, c.Period, tt.period)
			}
		}
	}
}

func TestChangesReadByTheirArgument(t *testing.T) {
	tests := []struct {
		text, figure, key string
	}{
		// "fall" is first a drop to the ground; with an amount it is a
		// decrease, and so is the level it came to.
		{"Wheat prices fell 6 percent on Tuesday.", "6 percent", "quantity/decrease/%"},
		{"Ridership fell 4 percent to 2.5 million.", "2.5 million", "quantity/decrease/count"},
		{"The lira tumbled by 9 percent.", "9 percent", "quantity/decrease/%"},
		{"Orders rose 7 percent to $3 billion.", "$3 billion", "quantity/increase/USD"},
		{"The peso fell to 1.16 dollars from 1.19 dollars.", "1.19 dollars", "quantity/decrease/USD"},
		{"Acme fell 1.30 dollars to 41.10 dollars.", "41.10 dollars", "quantity/decrease/USD"},
		// A count of people who fell, or how far one fell, is no change.
		{"Two climbers fell from the ridge.", "Two", ""},
		{"The hiker fell 30 metres into a gully.", "30 metres", ""},
		// "For the first time since", "the highest since": an earlier
		// occasion, not the start of a tally.
		{"The mayor raised the fare by 8 percent, the first increase since 2027.", "8 percent", "quantity/increase/%"},
		{"The board raised the toll by 8 percent for the first time since 2027.", "8 percent", "quantity/increase/%"},
		{"The index rose 2 percent to its highest level since March.", "2 percent", "quantity/increase/%"},
		{"Prices have risen 11 percent since January.", "11 percent", "quantity/increase/%/period/since"},
	}
	for _, tt := range tests {
		for _, c := range figures(t, tt.text, tt.figure) {
			if tt.key == "" {
				if strings.Contains(c.Key, "crease") {
					t.Errorf("Extract(%q): %s keyed %q, a change", tt.text, c.Display, c.Key)
				}
			} else if c.Key != tt.key {
				t.Errorf("Extract(%q): %s keyed %q, want %q", tt.text, c.Display, c.Key, tt.key)
			}
		}
	}
}

func TestQuestionOfABareLevel(t *testing.T) {
	for _, c := range figures(t, "Ridership fell 4 percent to 2.5 million.", "2.5 million") {
		if c.Question != "What number is given for the decrease?" {
			t.Errorf("2.5 million asked as %q, want the number given for the decrease", c.Question)
		}
	}
}

func TestQuestionOfAVerbKeyedDay(t *testing.T) {
	tests := map[string]string{
		"Thieves robbed the jeweller on Friday.":      "When was the robbery?",
		"The ferry capsized off the cape on Friday.":  "When did it happen (capsize)?", // no noun of the act
		"The airline cancelled the flight on Friday.": "When was the cancellation?",
	}
	for text, want := range tests {
		_, cs := extract(text, "2031-01-06")
		got := ""
		for _, c := range cs {
			if c.Kind == compare.Time && IsVerbEvent(c.Key) {
				got = c.Question
			}
		}
		if got != want {
			t.Errorf("Extract(%q): asked %q, want %q", text, got, want)
		}
	}
}

func TestDaysOfEventsNoClassCovers(t *testing.T) {
	tests := []struct {
		text, key string // key "" for no time claim
	}{
		{"Thieves robbed the jeweller on Friday.", "time/v-rob"},
		{"The ferry capsized off the cape on Friday.", "time/v-capsize"},
		// A form the parse leaves as written is WordNet's verb.
		{"Police sank the boat on Friday.", "time/v-sink"},
		// WordNet's phrasal verb, when the word after the verb is its
		// particle and not a preposition of a phrase.
		{"The probe lifted off from the pad on Friday.", "time/v-lift off"},
		// The time hung on the particle is the verb's; a verb of two
		// letters names an event only with its particle.
		{"The trawler went down at dawn on Friday.", "time/v-go down"},
		// A lemma the parse got wrong is WordNet's.
		{"The mayor conceded on Friday.", "time/v-concede"},
		{"The new mayor was sworn in on Friday.", "time/v-swear in"},
		{"Few candidates stood in Lisbon last week.", "time/v-stand"},
		{"The climbers set out at dawn on Friday.", "time/v-set out"},
		// A light verb with its particle or its bare object is a verb
		// of its own.
		{"The cornice broke away at around 10:30 a.m.", "time/v-break away"},
		{"The old pier gave way shortly before 2 p.m.", "time/v-give way"},
		// A verb of saying, or one of too many senses ("make"), names no
		// event of its own.
		{"The mayor said on Friday that the bridge was safe.", ""},
		{"The firm made an offer on Friday.", ""},
		// A state has no day of its own.
		{"About 900 families were living in tents at the end of March.", ""},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2031-01-06")
		var got []string
		for _, c := range cs {
			if c.Kind == compare.Time && IsVerbEvent(c.Key) {
				got = append(got, c.Key)
			}
		}
		want := []string{}
		if tt.key != "" {
			want = []string{tt.key}
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("Extract(%q): verb-keyed days %v, want %v", tt.text, got, want)
		}
	}
}

func TestOrdinalOfASeries(t *testing.T) {
	tests := []struct{ text, expr, key string }{
		{"The first summit of the league was held in March 2019.", "March 2019", "first/meeting"},
		// The first for a while is the story's own occasion.
		{"The first talks in two years were held on Monday.", "Monday", "time/meeting"},
		{"The first talks since June were held on Monday.", "Monday", "time/meeting"},
		{"The league held its summit in March 2019.", "March 2019", "time/meeting"},
		// Another of the series, by its number, in words or figures,
		// through the noun the event is of, or the noun a verb tells of.
		{"Their second summit was held in Oslo in May 2030.", "May 2030", "nth/meeting/2"},
		{"The 12th round of talks was held in Vienna on June 4.", "June 4", "nth/meeting/12"},
		{"The first round of talks ended on June 4.", "June 4", "first/meeting"},
		// "A second" is another one, often the story's own; a day of an
		// event is no occasion of a series.
		{"A second summit was held in Oslo in May 2030.", "May 2030", "time/meeting"},
		{"The second day of talks ended on June 4.", "June 4", "time/meeting"},
		// The ordinal numbers the subject, not the event.
		{"The second suspect was arrested in May 2030.", "May 2030", "time/arrest"},
		// The ordinal of a streak counts days in a row.
		{"The index posted its fifth straight gain on Friday.", "Friday", "time/increase"},
		{"The index posted its fifth consecutive gain on Friday.", "Friday", "time/increase"},
		// An occasion dated within days of the report is its own.
		{"The 12th round of talks was held in Vienna on Friday.", "Friday", "time/meeting"},
		{"The first summit of the league was held on Friday.", "Friday", "time/meeting"},
	}
	for _, tt := range tests {
		if got := timeKey(tt.text, "2031-01-08", tt.expr); got != tt.key {
			t.Errorf("Extract(%q): %q keyed %q, want %q", tt.text, tt.expr, got, tt.key)
		}
	}
}

func TestLevelsGivenWithAt(t *testing.T) {
	tests := []struct{ text, figure, key, question string }{
		{"The index closed at 1,880.28 on Friday.", "1,880.28", "count/index", "What level is given for the index?"},
		{"The Dow ended at 11,210 points.", "11,210", "count/dow", "What level is given for the dow?"},
		{"Shares opened at 59 dollars.", "59 dollars", "count/share/USD", "What level is given for the share?"},
		// An event noun keeps its event: the toll is of deaths.
		{"The death toll stood at 57.", "57", "quantity/death/count", ""},
		// The "at" of "at least" is the figure's own.
		{"At least 20 people were killed.", "At least 20", "quantity/death/count", ""},
	}
	for _, tt := range tests {
		for _, c := range figures(t, tt.text, tt.figure) {
			if c.Key != tt.key || tt.question != "" && c.Question != tt.question {
				t.Errorf("Extract(%q): %s keyed %q, asked %q; want %q, %q", tt.text, c.Display, c.Key, c.Question, tt.key, tt.question)
			}
		}
	}
}

func TestOrdinalValue(t *testing.T) {
	for w, want := range map[string]int{"fourth": 4, "1st": 1, "3rd": 3, "11th": 11, "12th": 12, "21st": 21, "113th": 113,
		"12nd": 0, "2th": 0, "th": 0, "": 0, "0th": 0, "4": 0, "fourths": 0, "12345th": 0} {
		if got := ordinalValue(w); got != want {
			t.Errorf("ordinalValue(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestEventIsNoSpeaker(t *testing.T) {
	// A parse that makes the event the subject of a verb of saying: the
	// day hangs on the saying, and dates nothing the story tells.
	text := "The storm that hit the coast on Monday killed 34 people, among them 15 tourists, the interior ministry said on Tuesday."
	if got := timeKey(text, "2031-03-04", "Tuesday"); got != "" {
		t.Errorf("Extract(%q): Tuesday keyed %q, want no claim", text, got)
	}
	if got := timeKey(text, "2031-03-04", "Monday"); got != "time/disaster" {
		t.Errorf("Extract(%q): Monday keyed %q, want time/disaster", text, got)
	}
}

func TestDayOfAChangeTaken(t *testing.T) {
	// A verb that takes an amount is a change for its day too, keyed by
	// the verb (such days only agree); without an amount it is what its
	// first sense says.
	tests := []struct{ text, expr, key, question string }{
		{"Shares fell 3 percent on Monday.", "Monday", "time/v-fall", "When did it fall?"},
		{"Rents rose by 4 percent in May.", "May", "time/v-rise", "When did it rise?"},
		{"A worker fell from the scaffold on Monday.", "Monday", "time/accident", ""},
	}
	for _, tt := range tests {
		d, cs := extract(tt.text, "2031-06-04")
		found := false
		for _, c := range cs {
			if c.Kind != compare.Time || !strings.Contains(d.Slice(c.Evidence), tt.expr) {
				continue
			}
			found = true
			if c.Key != tt.key || tt.question != "" && c.Question != tt.question {
				t.Errorf("Extract(%q): %s keyed %q, asked %q; want %q, %q", tt.text, tt.expr, c.Key, c.Question, tt.key, tt.question)
			}
		}
		if !found {
			t.Errorf("Extract(%q): no day for %s", tt.text, tt.expr)
		}
	}
}

func TestChangeSaidByAnAdverb(t *testing.T) {
	// "up" and "down" before an amount in a unit, or an amount qualifying
	// "higher" or "lower", say the figure changed and which way; a bound
	// ("up to"), a bare number and a verb's particle do not.
	tests := []struct{ text, value, key string }{
		{"Brannock posted a profit of 51 million euros, up 9 percent from last year.", "9 %", "quantity/increase/%"},
		{"Ferry traffic was down 4.5 percent in March.", "4.5 %", "quantity/decrease/%"},
		{"Tickets were down 2 dollars at 40 dollars.", "2 USD", "quantity/decrease/USD"},
		{"The currency was down 71.20 against the euro.", "71.2", "count"},
		{"Fares may rise by up to 8 percent.", "<=8 %", "quantity/increase/%"},
		{"Rangers rounded up 30 stray horses.", "30", "count/horse"},
		// A noun one of whose senses is a rise or fall, qualified by
		// the amount, is the change the amount measures.
		{"The union is seeking a 9 percent pay rise.", "9 %", "quantity/increase/%"},
		{"Traders reported a 4 percent fall in grain prices.", "4 %", "quantity/decrease/%"},
		{"The committee backed a 3 percent increase in fees.", "3 %", "quantity/increase/%"},
		{"The firm shut down 3 plants.", "3", "count/plant"},
	}
	for _, tt := range tests {
		for _, c := range valued(t, tt.text, tt.value) {
			if !strings.HasPrefix(c.Key, tt.key) {
				t.Errorf("Extract(%q): %s keyed %q, want %q", tt.text, tt.value, c.Key, tt.key)
			}
		}
	}
}

func TestNumberOfAName(t *testing.T) {
	// A whole number written on after a name is the name's (a model, a
	// series, an index); before punctuation, a preposition or "not" it is
	// a score, and before a noun in lower case a count of it.
	tests := []struct {
		text  string
		count string // the value claimed, "" for none
	}{
		{"Norvik said the Arlo 5 would reach shops in May.", ""},
		{"Shares in the Tallinn 50 Index fell.", ""},
		{"The Corvane 3 lifted off from the coast.", ""},
		{"The airline flies the Corvane 3 twice a week.", ""},
		{"Kessara 2 (Ortiz 61) Vilnor 1 was the result.", "2"},
		{"Mirela Kask 48 not out led the innings.", "48"},
		{"On Friday she gave Ruth 7 cards.", "7"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2031-06-04")
		var got []string
		for _, c := range cs {
			if c.Kind == compare.Quantity {
				got = append(got, c.Value)
			}
		}
		if tt.count == "" && len(got) > 0 || tt.count != "" && !slices.Contains(got, tt.count) {
			t.Errorf("Extract(%q): figures %q, want %q", tt.text, got, tt.count)
		}
	}
}

func TestMagnitudeIsNoCount(t *testing.T) {
	// A reading on the scale is a figure of the quake itself, never a
	// count of those it befell, and no bare number after it leaves out
	// its noun.
	tests := []struct{ text, value, key string }{
		{"A magnitude 6.4 earthquake struck the valley on Monday, killing 12 people.", "6.4", "quantity/disaster/figure"},
		{"A magnitude 6.4 earthquake struck the valley on Monday, killing 12 people.", "12", "quantity/death/count"},
		{"The death toll from Monday's 6.2-magnitude quake has risen to 31.", "6.2", "quantity/disaster/figure"},
		{"The death toll from Monday's 6.2-magnitude quake has risen to 31.", "31", "quantity/death/count"},
		{"The tremor measured 5.9 on the Richter scale.", "5.9", "quantity/disaster/figure"},
		// The magnitude the clause measures, of the event a noun names.
		{"Seismologists put the magnitude at 6.3 and said the earthquake was felt in the capital.", "6.3", "quantity/disaster/figure"},
		{"The magnitude of the quake was 5.7, the observatory said.", "5.7", "quantity/disaster/figure"},
	}
	for _, tt := range tests {
		for _, c := range valued(t, tt.text, tt.value) {
			if c.Key != tt.key {
				t.Errorf("Extract(%q): %s keyed %q, want %q", tt.text, tt.value, c.Key, tt.key)
			}
		}
	}
}

func TestWholeAsksForItsNoun(t *testing.T) {
	// The whole a part of a count is given of asks for what it counts,
	// not for the event the part took part in.
	_, cs := extract("Four of the nine jurors voted to acquit.", "2031-06-04")
	for _, c := range cs {
		if c.Value == "9" {
			if want := "How many jurors are there in all?"; c.Question != want {
				t.Errorf("the whole asked %q, want %q", c.Question, want)
			}
			return
		}
	}
	t.Error("no claim of the whole, 9")
}

func TestNumberAsAVerbCounts(t *testing.T) {
	_, cs := extract("The guilds, which number some 4,000 weavers, joined the strike.", "2031-06-04")
	for _, c := range cs {
		if c.Value == "~4000" {
			return
		}
	}
	t.Errorf("Extract: no count of 4,000 weavers in %+v", cs)
}

func TestALaterDayOfAnEventIsNotItsDay(t *testing.T) {
	// A day the clause counts as a later day of an event under way is
	// not when the event happened; a day that is itself a numbered
	// period ("the third quarter") still is.
	tests := []struct {
		text string
		day  bool
	}{
		{"Nurses in Tarsk stayed on strike for a third day on Thursday.", false},
		{"The summit of the two leaders closed on its second day on Sunday.", false},
		{"Nurses in Tarsk went on strike on Thursday.", true},
		{"Exports grew 4 percent in the third quarter.", true},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2031-06-07")
		day := false
		for _, c := range cs {
			day = day || c.Kind == compare.Time
		}
		if day != tt.day {
			t.Errorf("Extract(%q): a day claimed %v, want %v", tt.text, day, tt.day)
		}
	}
}

func TestWhatRoseIsCounted(t *testing.T) {
	// The subject of a change verb is what the figure measures, as a
	// counted noun is.
	tests := []struct{ text, thing string }{
		{"Rents climbed 3 percent in May.", "rent"},
		{"Exports fell 2 percent.", "export"},
		// the subject of a passive, the object, the noun the change qualifies
		{"Tolls were raised by 4 percent in March.", "toll"},
		{"The ferry line raised its fares by 6 percent.", "fare"},
		{"The guild wants salaries raised by 9 percent.", "salary"},
		// a noun that names the change
		{"Nurses at the clinic were given an 8 percent pay rise.", "pay"},
		{"The brewery reported a 5 percent drop in sales.", "sale"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2031-06-04")
		found := false
		for _, c := range cs {
			if c.Kind == compare.Quantity && slices.Contains(c.Terms, CountedPrefix+tt.thing) {
				found = true
			}
		}
		if !found {
			t.Errorf("Extract(%q): no rise measuring %q in %+v", tt.text, tt.thing, cs)
		}
	}
}

func TestWhatAContestIsForIsAWhole(t *testing.T) {
	// Seats a vote or a contest is for are the whole at stake, not what
	// anyone won; seats bought are a count.
	tests := []struct{ text, value, kind string }{
		{"The run-off for 88 seats was held on Sunday.", "88", "total"},
		{"Some 900 candidates are competing for 210 seats.", "210", "total"},
		{"The Harbour Party won 35 seats.", "35", "count"},
		{"The club paid 90 dollars for 4 seats.", "4", "count"},
	}
	for _, tt := range tests {
		for _, c := range valued(t, tt.text, tt.value) {
			if KindOf(c.Key).Name != tt.kind {
				t.Errorf("Extract(%q): %s keyed %q, want kind %q", tt.text, tt.value, c.Key, tt.kind)
			}
		}
	}
}

// TestCountsOfOneThingInTwoWords: a count is keyed by the usual sense of
// what it counts, the noun before it joined when WordNet holds the two as
// one word, so that two reports' words for one thing meet.
func TestCountsOfOneThingInTwoWords(t *testing.T) {
	key := func(text string) string {
		_, cs := extract(text, "2031-06-04")
		for _, c := range cs {
			if c.Kind == compare.Quantity {
				return c.Key
			}
		}
		return ""
	}
	for _, c := range []struct{ a, b string }{
		{"About 900 dock workers stayed home.", "Some 700 dockers stayed home."},
		{"The ward has 14 physicians.", "The ward has 12 doctors."},
		{"The depot holds 60 automobiles.", "The depot holds 45 cars."},
	} {
		if x, y := key(c.a), key(c.b); x == "" || x != y {
			t.Errorf("keys %q of %q and %q of %q, want one", x, c.a, y, c.b)
		}
	}
	for _, c := range []struct{ a, b string }{
		{"The ward has 14 physicians.", "The ward has 12 nurses."},
		{"The fleet has 40 ships.", "The fleet has 35 vessels."}, // a kind of vessel
	} {
		if x, y := key(c.a), key(c.b); x == y {
			t.Errorf("key %q of both %q and %q, want two", x, c.a, c.b)
		}
	}
	// A part of a group counts the group's noun.
	if x, y := key("About 2,600 of its members walked out."), key("Some 2,400 members walked out."); x == "" || x != y {
		t.Errorf("keys %q and %q of a part of the members and of members, want one", x, y)
	}
	// A short word is as often an abbreviation: its own thing, not the
	// first sense WordNet knows of it ("pt", platinum).
	if k := key("The index gained 35 pts on Monday."); k == "" || strings.Contains(k, "platinum") {
		t.Errorf("key of a count of pts = %q, want one of pts", k)
	}
	// The question names the thing as the text wrote it.
	_, cs := extract("About 900 dock workers stayed home.", "2031-06-04")
	if len(cs) == 0 || cs[0].Question != "How many dock workers?" {
		t.Errorf("question of %+v, want How many dock workers?", cs)
	}
}

// TestACountTheStoryOpensWith: a count of a particular thing in the
// story's first paragraph is marked as of the story's event; a count
// further on, or of people in general, is not.
func TestACountTheStoryOpensWith(t *testing.T) {
	text := "Ferry crews walk out in Ostmark\n\n" +
		"Some 800 deckhands left their ships in the harbour of Ostmark on Monday, their union said.\n\n" +
		"About 300 people waited on the quays for most of the day.\n\n" +
		"A further 90 deckhands joined them in the evening, officials said."
	_, cs := extractAll(text, "2031-06-04")
	main := map[string]bool{}
	for _, c := range cs {
		if c.Kind == compare.Quantity {
			main[c.Value] = slices.Contains(c.Terms, MainTerm)
		}
	}
	for value, want := range map[string]bool{"~800": true, "~300": false, "90": false} {
		if got, ok := main[value]; !ok || got != want {
			t.Errorf("count %s: opening mark %v (found %v), want %v; claims %+v", value, got, ok, want, cs)
		}
	}
}

// TestAHyphenatedNumberHangsOnItsOwnVerb: "forty-eight" is parsed as two
// words, "forty" hanging on "eight"; the token hangs where "eight" does,
// the subject of its own clause's verb.
func TestAHyphenatedNumberHangsOnItsOwnVerb(t *testing.T) {
	keys := keysByValue("Eleven miners died and thirty-six were hurt in the blast.")
	if keys["11"] != "quantity/death/count" || keys["36"] != "quantity/injury/count" {
		t.Errorf("keys by value %v, want 11 deaths and 36 injured", keys)
	}
}

// TestAPhraseOfNamesStatesNothing: a clause cut from a sentence that
// holds no verb ("the Harbour Party (HP)", "a wanted member of the
// league") makes no polarity claim; a headline in few words still does.
func TestAPhraseOfNamesStatesNothing(t *testing.T) {
	text := "Harbour shares lower at noon\n\n" +
		"The Harbour Party (HP) and the Greens rejected the budget on Monday.\n\n" +
		"Police detained Ivo Brandt, a wanted member of the Dockside League."
	_, cs := extractTitled(text, "Harbour shares lower at noon", "2031-06-04")
	var questions []string
	for _, c := range cs {
		if c.Kind == compare.PolarityKind {
			questions = append(questions, c.Question)
		}
	}
	for _, q := range questions {
		if strings.Contains(q, "(HP)?") || strings.Contains(q, "wanted member of the Dockside League?") {
			t.Errorf("polarity claim %q of a phrase with no verb", q)
		}
	}
	if !slices.Contains(questions, "Is it so that Harbour shares lower at noon?") {
		t.Errorf("polarity claims %q, want the headline's", questions)
	}
}

// TestAPartOfAWholeCountsTheWholesNoun: "five of its eight carriages"
// counts carriages, the whole after a possessive as after "the", and not
// the noun of a count before it.
func TestAPartOfAWholeCountsTheWholesNoun(t *testing.T) {
	keys := keysByValue("The ferry carried about 200 passengers when three of its five lifeboats failed.")
	if !strings.HasPrefix(keys["3"], "count/") || keys["3"] == keys["~200"] || !strings.HasPrefix(keys["5"], "total/of/") {
		t.Errorf("keys by value %v, want three and five lifeboats, part and whole, apart from the passengers", keys)
	}
}

// TestASpeakerNamedByACommonNoun: "officials said" names no one; the
// place nearest the verb is not who spoke. A name that qualifies the
// subject, or a name after a verb with no subject, is.
func TestASpeakerNamedByACommonNoun(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Nine miners were brought out on Sunday near Dorvik, officials said.", ""},
		{"The Velmoran mines ministry said nine miners were brought out on Sunday.", "Velmoran"},
		{"Nine miners were brought out on Sunday, said Ana Park.", "Ana Park"},
	}
	for _, tt := range tests {
		_, cs := extract(tt.text, "2031-06-04")
		found := false
		for _, c := range cs {
			if c.Kind == compare.Quantity && c.Value == "9" {
				found = true
				if c.Modality != compare.Reported || c.Attribution != tt.want {
					t.Errorf("Extract(%q): %v, attributed to %q, want reported by %q", tt.text, c.Modality, c.Attribution, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("Extract(%q): no count of nine", tt.text)
		}
	}
}

// TestADayInThePossessiveIsTheActs: "Friday's robbery" dates the robbery,
// an act no event class names, not the arrests of the clause; a day in
// the possessive of a noun of a class dates that event.
func TestADayInThePossessiveIsTheActs(t *testing.T) {
	_, cs := extract("Police have arrested three men over Friday's robbery of a jeweller in Ostmark.", "2031-06-09")
	for _, c := range cs {
		if c.Key == "time/arrest" {
			t.Errorf("Extract: the arrests dated %q by the robbery's day", c.Value)
		}
	}
	_, cs = extract("Rescuers searched the rubble after Sunday's explosion at the depot.", "2031-06-09")
	found := false
	for _, c := range cs {
		found = found || c.Key == "time/explosion" && c.Value == "2031-06-08"
	}
	if !found {
		t.Errorf("Extract: no day of Sunday's explosion in %+v", cs)
	}
}

// TestTheOtherSideOfATally: in "31 votes to 12" the second figure is the
// other side's, a question apart from the first; a rise "from 10 to 12"
// is no tally.
func TestTheOtherSideOfATally(t *testing.T) {
	keys := keysByValue
	for _, text := range []string{
		"The council approved the harbour plan by 31 votes to 12 on Monday.",
		"The council approved the harbour plan on Monday, voting 31 to 12.",
	} {
		k := keys(text)
		if k["31"] == "" || k["12"] == "" || k["31"] == k["12"] || !strings.HasSuffix(k["12"], "/against") {
			t.Errorf("keys of %q: %v, want 12 the other side of 31", text, k)
		}
	}
	if k := keys("Ferry fares rose from 10 to 12 euros."); strings.HasSuffix(k["12 EUR"], "/against") {
		t.Errorf("a rise read as a tally: %v", k)
	}
}

// keysByValue returns the keys of the quantity claims extracted from
// text, by value.
func keysByValue(text string) map[string]string {
	_, cs := extract(text, "2031-06-04")
	out := map[string]string{}
	for _, c := range cs {
		if c.Kind == compare.Quantity {
			out[c.Value] = c.Key
		}
	}
	return out
}

// TestLeadVerbOfNoClassTakesHeadlineEvent: the first day the lead gives,
// of a verb no event class covers, is the headline's event's, unless the
// sentence names that event itself.
func TestLeadVerbOfNoClassTakesHeadlineEvent(t *testing.T) {
	for _, tt := range []struct{ title, lead, key string }{
		{"Tanker collision closes strait", "Two crew were hurt after a tanker veered into a ferry late on Tuesday, the coastguard said.", "time/accident"},
		{"Nine arrested in harbour raid", "Police arrested nine men as they braced for more unrest on Tuesday, officers said.", "time/v-brace"},
	} {
		_, cs := extractTitled(tt.title+"\n\n"+tt.lead+"\n", tt.title, "2026-12-02")
		if got := keysOf(cs, compare.Time); !slices.Contains(got, tt.key) {
			t.Errorf("lead %q under %q: time keys %v, want %s", tt.lead, tt.title, got, tt.key)
		}
	}
}

// TestOneOfAKindIsNoCount: "one lifeguard" who was hurt is a person of
// the story, not a count of lifeguards another report's "120
// lifeguards" answers; two or more are a count.
func TestOneOfAKindIsNoCount(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     []string // values of count claims
	}{
		{"One lifeguard, a student from the town, was taken to hospital with cramp.", nil},
		{"Some 120 lifeguards and six boats were sent to the beach.", []string{"~120", "6"}},
		{"Two lifeguards, both students, were taken to hospital with cramp.", []string{"2"}},
	} {
		_, cs := extractTitled("Swimmers pulled from the surf\n\n"+tt.sentence+"\n", "Swimmers pulled from the surf", "2031-04-12")
		var got []string
		for _, c := range cs {
			if strings.HasPrefix(c.Key, "count/") {
				got = append(got, c.Value)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: count values %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
