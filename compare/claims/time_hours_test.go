package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/compare"
)

// timeClaims returns the key and value of each time claim of a text
// whose headline is title.
func timeClaims(text, title, published string) [][2]string {
	_, cs := extractTitled(text, title, published)
	var got [][2]string
	for _, c := range cs {
		if c.Kind == compare.Time {
			got = append(got, [2]string{c.Key, c.Value})
		}
	}
	return got
}

// TestHourOfTheHeadlineEvent: an hour told with a verb that names no
// event of its own ("went off the road") is the hour of the sudden event
// the headline reports; not an hour of a report being made, and not
// under a headline of an event that lasts.
func TestHourOfTheHeadlineEvent(t *testing.T) {
	const published = "2031-04-12"
	for _, tt := range []struct {
		title, text string
		want        [][2]string
	}{
		{
			"Tanker crash closes the coast road",
			"Tanker crash closes the coast road\n\nA fuel tanker overturned near Pellow on Friday, police said.\n\nIt went off the road shortly after 5:10 a.m., witnesses told the local radio station.\n",
			[][2]string{{"time/accident", "2031-04-11"}, {"time/accident", "2031-04-11T05:10"}},
		},
		{
			"Tanker crash closes the coast road",
			"Tanker crash closes the coast road\n\nA fuel tanker overturned near Pellow on Friday, police said.\n\nThe mayor told reporters at 11 a.m. that the road would stay shut.\n",
			[][2]string{{"time/accident", "2031-04-11"}},
		},
		{
			// An event of a clause of its own leaves the hour of the
			// clause that names none to the headline's event.
			"Coach crash injures 30",
			"Coach crash injures 30\n\nThe coach left the road at 5:05 a.m., injuring 30 of its passengers.\n",
			[][2]string{{"time/accident", "2031-04-12T05:05"}},
		},
		{
			"Coach crash injures 30",
			"Coach crash injures 30\n\nThe coach went off the road at 5:05 a.m., hours after it had been stopped by police at a checkpoint.\n",
			[][2]string{{"time/accident", "2031-04-12T05:05"}},
		},
		{
			// An event word that only names a body ("the accident
			// investigation board") is no event of the clause.
			"Freighter crash at the airport",
			"Freighter crash at the airport\n\nThe jet went into a hillside at 2:50 a.m., according to a statement from the accident investigation board.\n",
			[][2]string{{"time/accident", "2031-04-12T02:50"}},
		},
		{
			"Growers hold a second day of talks",
			"Growers hold a second day of talks\n\nGrowers and buyers met in Pellow on Friday to agree on prices.\n\nThey went back to the table at 9 a.m., a spokesman said.\n",
			[][2]string{{"time/meeting", "2031-04-11"}},
		},
	} {
		if diff := cmp.Diff(tt.want, timeClaims(tt.text, tt.title, published)); diff != "" {
			t.Errorf("%s: time claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestHourTakesTheEventsDay: an hour whose sentence names no day is on
// the day the report gave its event, not on the day a later clause
// names for the report ("officials said on Sunday").
func TestHourTakesTheEventsDay(t *testing.T) {
	text := "Blast at a paint depot\n\nAn explosion tore through a paint depot in Ostrava Nova on Saturday, police said on Sunday.\n\n" +
		"The explosion happened at 2:40 a.m., when the depot was empty.\n"
	// The headline names no event WordNet classes ("blast" is first a
	// noise): the lead's day is the story's own event's.
	want := [][2]string{{"time/story", "2031-04-12"}, {"time/explosion", "2031-04-12T02:40"}}
	if diff := cmp.Diff(want, timeClaims(text, "Blast at a paint depot", "2031-04-14")); diff != "" {
		t.Errorf("time claims mismatch (-want +got):\n%s", diff)
	}
}

// TestReferenceWordsAreNoTimes: "now", "recently", "in the future" say
// when only against the moment of writing, which no other report shares:
// they give no time claim, though their sentences name events.
func TestReferenceWordsAreNoTimes(t *testing.T) {
	for _, text := range []string{
		"Officials now put the death toll from the landslide at 31.",
		"The harbour was recently closed after the storm.",
		"The plant will be reopened in the future, the owner said.",
	} {
		_, cs := extract(text, "2031-02-11")
		if keys := keysOf(cs, compare.Time); len(keys) > 0 {
			t.Errorf("Extract(%q): time keys %q, want none", text, keys)
		}
	}
}

// TestHourBeforeItsTeller: the parse may hang a time that ends a long
// clause on the report verb after it ("…when it crashed near the quarry
// shortly after 5 a.m., the fire service said"); the time is the hour of
// the verb whose phrase it ends, not of the saying.
func TestHourBeforeItsTeller(t *testing.T) {
	const title = "Grain lorry on its side at Holm"
	text := title + "\n\nThe lorry was carrying 20 tonnes of barley from the port to the mill at Delsby when it crashed on a hairpin bend near the quarry at Holm shortly after 5 a.m., the county fire service said in a statement.\n"
	var hours []string
	for _, kv := range timeClaims(text, title, "2031-04-12") {
		hours = append(hours, kv[0]+" "+kv[1])
	}
	want := []string{"time/accident 2031-04-12T05:00"}
	if diff := cmp.Diff(want, hours); diff != "" {
		t.Errorf("time claims mismatch (-want +got):\n%s", diff)
	}
}

// TestHourBeforeItsTellerOfAVerb: a verb no class covers names the event
// of the hour that closes its phrase before the report verb, as it does
// when the parse hangs the time on it; a time right before the report
// verb is the saying's.
func TestHourBeforeItsTellerOfAVerb(t *testing.T) {
	for _, tt := range []struct {
		title, text string
		want        [][2]string
	}{
		{
			"Bank robbed in Tolvik",
			"Three men in overalls walked into the bank on Mill Lane shortly after 9:40 a.m., tied up a clerk and emptied the vault, police said.\n",
			[][2]string{{"time/v-walk", "2031-04-12T09:40"}},
		},
		{
			"Minister changes course",
			"He wrote that the pier should be pulled down, and last Tuesday told a radio station it was worth keeping.\n",
			nil,
		},
	} {
		if diff := cmp.Diff(tt.want, timeClaims(tt.title+"\n\n"+tt.text, tt.title, "2031-04-12")); diff != "" {
			t.Errorf("%s: time claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestCountCutOffByTime: "by" a time after a count dates the count, not
// the event: the fire broke out on Saturday, and had burned so much by
// Monday. With a verb between, the time is that verb's.
func TestCountCutOffByTime(t *testing.T) {
	const title = "Heath fire near Orvik"
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"A fire that broke out on the heath on Saturday had burned 900 hectares of gorse and pine by Monday evening.", []string{"2031-04-12"}},
		{"The fire burned 900 hectares and crews contained it by Monday evening.", []string{"2031-04-14TEV"}},
	} {
		var got []string
		for _, kv := range timeClaims(title+"\n\n"+tt.text+"\n", title, "2031-04-15") {
			got = append(got, kv[1])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: time claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestDayOfAVerbsOwnLemma: the lemma the parse gives a verb is read as
// itself: "founded" is to found, not a form of "find", whose many senses
// name no event.
func TestDayOfAVerbsOwnLemma(t *testing.T) {
	for _, tt := range []struct {
		text string
		want [][2]string
	}{
		{"The dairy co-operative was founded in 1931.", [][2]string{{"time/v-found", "1931"}}},
		{"Founded in 1931 by six farmers, the co-operative now has 400 members.", [][2]string{{"time/v-found", "1931"}}},
	} {
		if diff := cmp.Diff(tt.want, timeClaims("Dairy news\n\n"+tt.text+"\n", "Dairy news", "2031-04-12")); diff != "" {
			t.Errorf("%s: time claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestTimeOfAnEventNamedByANounOfNoClass: a noun of an act or event that
// no class covers, subject of a verb that says it happened or qualified
// by the time itself, dates the event of its verb: "the cave-in
// occurred", "the cave-in at", "the roof caved in" meet. A noun of no
// act ("the shift", "the incident" of no verb) dates nothing.
func TestTimeOfAnEventNamedByANounOfNoClass(t *testing.T) {
	const title, published = "Rescuers reach trapped miners", "2031-04-12"
	for _, tt := range []struct {
		text string
		want [][2]string
	}{
		{"The collapse occurred at 3:05 a.m., the operator said.", [][2]string{{"time/v-collapse", "2031-04-12T03:05"}}},
		{"The collapse at 3:05 a.m. shook the whole valley.", [][2]string{{"time/v-collapse", "2031-04-12T03:05"}}},
		{"The gallery roof collapsed at 3:05 a.m.", [][2]string{{"time/v-collapse", "2031-04-12T03:05"}}},
		{"The operation began at 6 a.m. with two drills.", [][2]string{{"time/v-operate", "2031-04-12T06:00"}}},
		{"The shift began at 6 a.m. with two drills.", nil},
		{"The incident happened at 6 a.m., the operator said.", nil},
	} {
		text := title + "\n\n" + tt.text + "\n"
		if diff := cmp.Diff(tt.want, timeClaims(text, title, published)); diff != "" {
			t.Errorf("%s: time claims mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
