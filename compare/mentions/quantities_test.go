package mentions

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/compare"
)

// oneSentence returns a document of text with one sentence spanning it.
func oneSentence(text string) (*compare.Document, []compare.Sentence) {
	d := compare.NewDocument("t.txt", []byte(text))
	return d, []compare.Sentence{{Span: compare.Span{Start: 0, End: len(text)}}}
}

// q is a quantity as the tests write it: the words, the Type, the Value.
type q struct{ Text, Type, Value string }

func quantitiesOf(text string) []q {
	d, ss := oneSentence(text)
	var got []q
	for _, m := range findQuantities(d, ss) {
		if m.Kind != compare.Quantity {
			got = append(got, q{"bad kind " + m.Kind.String(), "", ""})
		}
		got = append(got, q{d.Slice(m.Span), m.Type, m.Value})
	}
	return got
}

func TestFindQuantities(t *testing.T) {
	tests := []struct {
		text string
		want []q
	}{
		// Digits, separators, decimals, magnitudes.
		{"The storm destroyed 1,200 homes.", []q{{"1,200", "home", "1200"}}},
		{"Rescuers pulled 68 miners from the shaft.", []q{{"68", "miner", "68"}}},
		{"The city has 1.2 million residents.", []q{{"1.2 million", "resident", "1200000"}}},
		{"A census counted 1 200 sheep on the island.", []q{{"1 200", "sheep", "1200"}}},
		{"Rates rose by 0.75 percentage points.", []q{{"0.75 percentage points", "percentage point", "0.75 pp"}}},
		// A basis point is a hundredth of a percentage point; a part of
		// a percentage point is that part of one.
		{"The lender trimmed its rate by 50 basis points.", []q{{"50 basis points", "percentage point", "0.5 pp"}}},
		{"Yields slipped by a quarter of a percentage point.", []q{{"a quarter of a percentage point", "percentage point", "0.25 pp"}}},
		{"Yields slipped by half a percentage point.", []q{{"half a percentage point", "percentage point", "0.5 pp"}}},
		{"Turnout was 25 percent, up from 19%.", []q{{"25 percent", "percent", "25 %"}, {"19%", "percent", "19 %"}}},
		{"They paid 40 per cent of the bill.", []q{{"40 per cent", "percent", "40 %"}}},
		// Money.
		{"The bridge cost $1.2 billion to build.", []q{{"$1.2 billion", "usd", "1200000000 USD"}}},
		{"The deal was worth 1,200 million dollars.", []q{{"1,200 million dollars", "usd", "1200000000 USD"}}},
		{"Fans raised US$5m for the club.", []q{{"US$5m", "usd", "5000000 USD"}}},
		{"The fine was €300 and 5,000 won.", []q{{"€300", "eur", "300 EUR"}, {"5,000 won", "krw", "5000 KRW"}}},
		{"Exports reached 3.5bn euros.", []q{{"3.5bn euros", "eur", "3500000000 EUR"}}},
		// Wire abbreviations of scale written apart from the number.
		{"The fund holds $420 bln in bonds.", []q{{"$420 bln", "usd", "420000000000 USD"}}},
		{"Imports fell to 7 bn euros.", []q{{"7 bn euros", "eur", "7000000000 EUR"}}},
		{"Debt stood at 1.3 trln yen.", []q{{"1.3 trln yen", "jpy", "1300000000000 JPY"}}},
		// Number words.
		{"Six South Koreans were rescued.", []q{{"Six", "south korean", "6"}}},
		// "US" in capitals is the country, not the pronoun or a plural.
		{"Five US marines were charged.", []q{{"Five", "marine", "5"}}},
		{"The guide led 5 of us to the hut.", []q{{"5", "", "5"}}},
		// Inflections WordNet knows.
		{"Over the weekend 12 million Iraqis voted.", []q{{"12 million", "iraqi", "12000000"}}},
		{"The bank weathered three crises.", []q{{"three", "crisis", "3"}}},
		{"The ferry carried twenty-one passengers.", []q{{"twenty-one", "passenger", "21"}}},
		{"Officials counted two hundred and five ballots.", []q{{"two hundred and five", "ballot", "205"}}},
		{"Nearly a dozen boats sank.", []q{{"Nearly a dozen", "boat", "~<12"}}},
		{"A dozen eggs broke.", []q{{"A dozen", "egg", "12"}}},
		// A share of "a million" is a number, not a percentage.
		{"The lottery paid out half a million dollars.", []q{{"half a million dollars", "usd", "500000 USD"}}},
		{"The flood drove out a quarter of a million villagers.", []q{{"a quarter of a million", "villager", "250000"}}},
		{"Half a dozen cranes stood idle.", []q{{"Half a dozen", "crane", "6"}}},
		{"Half the cranes stood idle.", []q{{"Half", "percent", "50 %"}}},
		{"About a dozen boats sank.", []q{{"About a dozen", "boat", "~12"}}},
		{"She ordered one dozen roses and two dozen tulips.", []q{{"one dozen", "rose", "12"}, {"two dozen", "tulip", "24"}}},
		{"A dozen of the hostages were freed.", []q{{"A dozen", "hostage", "12"}}},
		{"A dozen or so reporters waited.", []q{{"A dozen or so", "reporter", "~12"}}},
		{"The storm felled 30 or so trees.", []q{{"30 or so", "tree", "~30"}}},
		{"Dozens of people gathered.", []q{{"Dozens", "person", "~24-99"}}},
		{"Several hundred workers marched.", []q{{"Several hundred", "worker", "~300-900"}}},
		{"Hundreds of thousands of refugees fled.", []q{{"Hundreds of thousands", "refugee", "~200000-999000"}}},
		{"The minister visited twice.", []q{{"twice", "time", "2"}}},
		{"Half of the voters stayed home.", []q{{"Half", "percent", "50 %"}}},
		{"Two navies took part.", []q{{"Two", "navy", "2"}}},
		{"Three other fishermen drowned.", []q{{"Three", "fisherman", "3"}}},
		// Bounds.
		{"At least 20 people died.", []q{{"At least 20", "person", ">=20"}}},
		{"No fewer than 12 cars burned.", []q{{"No fewer than 12", "car", ">=12"}}},
		{"More than 300 soldiers deployed.", []q{{"More than 300", "soldier", ">300"}}},
		{"The march drew over 5,000 protesters.", []q{{"over 5,000", "protester", ">5000"}}},
		{"Up to 40 homes may flood.", []q{{"Up to 40", "home", "<=40"}}},
		{"Fewer than ten boats returned.", []q{{"Fewer than ten", "boat", "<10"}}},
		{"The vote took under 3 minutes.", []q{{"under 3", "minute", "<3"}}},
		{"About 300 North Korean soldiers crossed.", []q{{"About 300", "soldier", "~300"}}},
		{"Some 40 villages lost power.", []q{{"Some 40", "village", "~40"}}},
		{"Roughly 2,000 tons of rice arrived.", []q{{"Roughly 2,000 tons", "ton", "~2000 t"}}},
		// Ranges.
		{"Between 20 and 30 houses burned.", []q{{"Between 20 and 30", "house", "20-30"}}},
		{"The crowd numbered 20 to 30 thousand.", []q{{"20 to 30 thousand", "", "20000-30000"}}},
		{"We expect 20-30 guests.", []q{{"20-30", "guest", "20-30"}}},
		{"Two or three shots rang out.", []q{{"Two or three", "shot", "~2-3"}}},
		{"Prices rose 5 to 7 percent.", []q{{"5 to 7 percent", "percent", "5-7 %"}}},
		{"Yields were 4 percent to 6 percent.", []q{{"4 percent to 6 percent", "percent", "4-6 %"}}},
		{"The loan grew $3 to $4 million.", []q{{"$3 to $4 million", "usd", "3000000-4000000 USD"}}},
		// A change and what it came to, each in its own unit, is no range.
		{"Output rose by 2.5 percent to 91.2 million tonnes.", []q{{"2.5 percent", "percent", "2.5 %"}, {"91.2 million tonnes", "ton", "91200000 t"}}},
		{"Sales climbed 8 percent to 7 billion yuan.", []q{{"8 percent", "percent", "8 %"}, {"7 billion yuan", "cny", "7000000000 CNY"}}},
		{"Membership fell 3 percent to 2.2 million.", []q{{"3 percent", "percent", "3 %"}, {"2.2 million", "", "2200000"}}},
		{"Copper dropped 2.15 dollars to 63.80 dollars.", []q{{"2.15 dollars", "usd", "2.15 USD"}, {"63.80 dollars", "usd", "63.8 USD"}}},
		{"The fare rose by 2 percent to 9 percent.", []q{{"2 percent", "percent", "2 %"}, {"9 percent", "percent", "9 %"}}},
		{"Tickets cost 5 dollars to 8 dollars.", []q{{"5 dollars to 8 dollars", "usd", "5-8 USD"}}},
		// A decimal point that de-tokenised text split with a space.
		{"Ortega won 61. 3 percent of the vote.", []q{{"61. 3 percent", "percent", "61.3 %"}}},
		{"Turnout reached 72. 45% and 9. 5 per cent abstained.", []q{{"72. 45%", "percent", "72.45 %"}, {"9. 5 per cent", "percent", "9.5 %"}}},
		{"Exports grew 4. 5 pct.", []q{{"4. 5 pct", "percent", "4.5 %"}}},
		{"The index rose 5. 20 people were hurt.", []q{{"5", "", "5"}, {"20", "person", "20"}}},
		{"The mill shut in 2005. 12 percent of the town left.", []q{{"12 percent", "percent", "12 %"}}},
		{"The hall seats 1,200. 30 percent were empty.", []q{{"1,200", "", "1200"}, {"30 percent", "percent", "30 %"}}},
		{"Turnout hit 61.  3 percent.", []q{{"61", "", "61"}, {"3 percent", "percent", "3 %"}}},
		{"The trawler sank in 12. 5 metres of water.", []q{{"12", "", "12"}, {"5 metres", "m", "5 m"}}},
		// Units.
		{"The road runs 12 km along the coast.", []q{{"12 km", "km", "12 km"}}},
		{"She ran a 10-km race.", []q{{"10-km", "km", "10 km"}}},
		// The members of a body.
		{"Voters chose a 120-member assembly.", []q{{"120-member", "member", "120"}}},
		{"A five-nation panel met.", []q{{"five-nation", "nation", "5"}}},
		{"The fire burned 300 hectares.", []q{{"300 hectares", "hectare", "300 ha"}}},
		// Exclusions.
		{"Two-star generals met on Monday.", nil},
		{"The three-day talks ended.", nil},
		{"They stayed in a two-star hotel.", nil},
		{"The 1953 armistice still holds.", nil},
		{"The law was passed in 2007.", nil},
		{"Since 1998 the border has been quiet.", nil},
		{"The meeting starts at 10 a.m. sharp.", nil},
		{"The meeting starts at 2:00 in the hall.", nil},
		{"They met on Dec. 3 in the capital.", nil},
		{"They met on 3 December in the capital.", nil},
		{"He finished 3rd in the race.", nil},
		{"One of the guards fled.", nil},
		{"Call 555-1234 for details.", nil},
		{"Call 020-7946-0958 for details.", nil},
		{"The F-16 flew low.", nil},
		{"Resolution 1718 was adopted.", nil},
		{"The museum posted Part 2 of the tour on Friday.", nil},
		{"Episode 4 airs tonight.", nil},
		// A number inside a name: between a capitalised word and a
		// singular noun.
		{"The Acme 300 index fell on Monday.", nil},
		{"Its Zephyr 12 engine failed twice.", []q{{"twice", "time", "2"}}},
		{"Acme 300 workers struck.", []q{{"300", "worker", "300"}}},
		{"You gave Ann 7 trading cards.", []q{{"7", "card", "7"}}},
		{"In Ruritania 12 percent voted.", []q{{"12 percent", "percent", "12 %"}}},
		{"On Monday 40 people marched.", []q{{"40", "person", "40"}}},
		{"No. 10 is busy.", nil},
		{"The score was 3-2 at half time.", nil},
		{"It was the twenty-first meeting.", nil},
		{"Version 1.2.3 shipped.", nil},
		{"No one was hurt.", nil},
		// Counts that look like years.
		{"About 2000 troops were sent.", []q{{"About 2000", "troop", "~2000"}}},
		{"The army sent 2000 soldiers.", []q{{"2000", "soldier", "2000"}}},
		// Several in one sentence.
		{"Six died and 20 were hurt, police said.", []q{{"Six", "", "6"}, {"20", "", "20"}}},
	}
	for _, tt := range tests {
		got := quantitiesOf(tt.text)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("findQuantities(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestParseQuantity(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		v    string
		want Quantity
	}{
		{"6", Quantity{6, 6, "", true, false}},
		{"1200000000 USD", Quantity{1.2e9, 1.2e9, "USD", true, false}},
		{"0.25 pp", Quantity{0.25, 0.25, "pp", true, false}},
		{">=20", Quantity{20, inf, "", true, false}},
		{">20", Quantity{math.Nextafter(20, inf), inf, "", true, false}},
		{"<=40", Quantity{-inf, 40, "", true, false}},
		{"<10", Quantity{-inf, math.Nextafter(10, -inf), "", true, false}},
		{"~300", Quantity{300, 300, "", false, false}},
		{"~<90 %", Quantity{90, 90, "%", false, true}},
		{"20-30", Quantity{20, 30, "", true, false}},
		{"~24-99", Quantity{24, 99, "", false, false}},
		{"5-7 %", Quantity{5, 7, "%", true, false}},
	}
	for _, tt := range tests {
		got, ok := ParseQuantity(tt.v)
		if !ok {
			t.Errorf("ParseQuantity(%q) failed", tt.v)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseQuantity(%q) mismatch (-want +got):\n%s", tt.v, diff)
		}
		if s := got.String(); s != tt.v {
			t.Errorf("ParseQuantity(%q).String() = %q, want the input back", tt.v, s)
		}
	}
	for _, bad := range []string{"", "~", "<0", "-5", "5-", "30-20", ">=20-30", "1e5", "Inf", "1.2.3", "5 ", "5  USD", ".5", "5.", "+5", "NaN", "6 U SD"} {
		if q, ok := ParseQuantity(bad); ok {
			t.Errorf("ParseQuantity(%q) = %+v, want failure", bad, q)
		}
	}
}

// TestQuantityValuesParse checks that every Value the finder writes is in
// the grammar and survives a round trip.
func TestQuantityValuesParse(t *testing.T) {
	text := "At least 20 people, about 300 soldiers, $1.2 billion, 25 percent, a third of voters, " +
		"dozens of boats, between 20 and 30 houses, two or three shots, 1.5bn yen, 12 km, nearly half of them."
	for _, m := range quantitiesOf(text) {
		qq, ok := ParseQuantity(m.Value)
		if !ok {
			t.Errorf("ParseQuantity(%q) from %q failed", m.Value, m.Text)
			continue
		}
		if s := qq.String(); s != m.Value {
			t.Errorf("ParseQuantity(%q).String() = %q", m.Value, s)
		}
	}
}

// checkSpans fails unless the mentions lie in bounds, in order of start,
// on rune boundaries (as ranging over the string decodes it, so that an
// invalid byte is a rune of its own).
func checkSpans(t *testing.T, call, text string, ms []compare.Mention) {
	t.Helper()
	starts := map[int]bool{len(text): true}
	for i := range text {
		starts[i] = true
	}
	last := 0
	for _, m := range ms {
		s := m.Span
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("%s(%q): span %v out of bounds", call, text, s)
		}
		if s.Start < last {
			t.Fatalf("%s(%q): span %v starts before the previous one (%d)", call, text, s, last)
		}
		last = s.Start
		if !starts[s.Start] || !starts[s.End] {
			t.Fatalf("%s(%q): span %v not on rune boundaries", call, text, s)
		}
	}
}

// TestRoundingHalf: a figure written with a scale word or suffix may have
// been rounded by half the unit of its last digit; one without, by none.
func TestRoundingHalf(t *testing.T) {
	for text, want := range map[string]float64{
		"8.2 million voters": 50_000, "$350 bln": 500_000_000, "€12.25m": 5_000, "2.4 trillion": 50_000_000_000,
		"9 bn euros": 500_000_000, "400 people": 0, "5 km": 0, "the year 2007": 0,
	} {
		if got := RoundingHalf(text); math.Abs(got-want) > 1e-6*want {
			t.Errorf("RoundingHalf(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzQuantities(f *testing.F) {
	for _, s := range []string{"At least 20 people died.", "$1.2 billion", "between 20 and 30",
		"twenty-one", "555-1234", "10 a.m.", "1,2,3", "US$", "a third of", "hundreds of thousands of",
		"20 to", "1 200 300", "3-", "° C", "5km/h", "Dozens", "12/3/2007", "€", "two-",
		"ratio of 0 to 5", "less than 1 to 9999999999 ratio", "two-thirds of", "3 sq.", "4 km²", "USD 5", "by a third",
		"61. 3 percent", "9. 5 per cent", "1. 2%", "5. 3", "a dozen or so"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ss := oneSentence(text)
		ms := findQuantities(d, ss)
		checkSpans(t, "findQuantities", text, ms)
		if h := RoundingHalf(text); h < 0 || math.IsNaN(h) || math.IsInf(h, 0) {
			t.Fatalf("RoundingHalf(%q) = %v", text, h)
		}
		for _, m := range ms {
			q, ok := ParseQuantity(m.Value)
			if !ok {
				t.Fatalf("findQuantities(%q): value %q of %q does not parse", text, m.Value, d.Slice(m.Span))
			}
			b := q.Base()
			if math.IsNaN(b.Lo) || math.IsNaN(b.Hi) || b.Lo > b.Hi || !Comparable(q, b) {
				t.Fatalf("findQuantities(%q): %q has base %+v", text, m.Value, b)
			}
		}
	})
}

func FuzzParseQuantity(f *testing.F) {
	for _, s := range []string{"6", ">=20", "~24-99", "5-7 %", "1200000000 USD", "<0.5", "0-", "~"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		q, ok := ParseQuantity(v)
		if !ok {
			return
		}
		if q.Lo > q.Hi || math.IsNaN(q.Lo) || math.IsNaN(q.Hi) {
			t.Fatalf("ParseQuantity(%q) = %+v: empty interval", v, q)
		}
		s := q.String()
		q2, ok := ParseQuantity(s)
		if !ok || !cmp.Equal(q, q2) {
			t.Fatalf("ParseQuantity(%q) = %+v; its String %q parses to %+v, %v", v, q, s, q2, ok)
		}
	})
}

var benchText = strings.Repeat("At least 20 people were killed and about 300 injured when the "+
	"$1.2 billion dam failed on Dec. 3, officials of the Ministry of Water said in Nairobi. "+
	"President Ada Okafor sent four Kenyan rescue teams; 25 percent of homes lost power. ", 200)

// benchDocument returns benchText as a document with a sentence per
// ". ", as segment would give it.
func benchDocument() (*compare.Document, []compare.Sentence) {
	d := compare.NewDocument("bench.txt", []byte(benchText))
	var ss []compare.Sentence
	start := 0
	for i := 0; i < len(benchText); i++ {
		if benchText[i] == '.' && (i+1 == len(benchText) || benchText[i+1] == ' ') && !strings.HasSuffix(benchText[:i], "Dec") {
			ss = append(ss, compare.Sentence{Span: compare.Span{Start: start, End: i + 1}})
			start = i + 2
		}
	}
	return d, ss
}

func BenchmarkQuantities(b *testing.B) {
	d, ss := benchDocument()
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		findQuantities(d, ss)
	}
}

func TestCountedNounEndsAtAVerbAndJoinsHyphens(t *testing.T) {
	for text, want := range map[string]string{
		"A 6.1 earthquake struck the region.":   "earthquake",
		"Three storms hit the coast this year.": "storm",
		"Two ships sank near the harbour.":      "ship",
		// a word joined to the next by a hyphen is one word
		"Nine crop-dusting planes flew over the valley.": "plane",
		"The shop took 3,000 pre-orders for the kettle.": "pre-order",
		"About 40 pro-reform deputies walked out.":       "deputy",
	} {
		ms := quantitiesOf(text)
		if len(ms) != 1 || ms[0].Type != want {
			t.Errorf("findQuantities(%q) = %+v, want one mention counting %q", text, ms, want)
		}
	}
}

func TestApproximationFromBelow(t *testing.T) {
	for text, want := range map[string]string{
		"Nearly 80 percent of the votes were counted.": "~<80 %",
		"Almost 300 people were rescued.":              "~<300",
		"Just under 40 boats came back.":               "<40",
		"About 80 percent of the votes were counted.":  "~80 %",
	} {
		ms := quantitiesOf(text)
		if len(ms) != 1 || ms[0].Value != want {
			t.Errorf("findQuantities(%q) = %+v, want one mention valued %q", text, ms, want)
			continue
		}
		q, ok := ParseQuantity(ms[0].Value)
		if !ok || q.String() != want {
			t.Errorf("ParseQuantity(%q) = %+v, %v; want it to read back as %q", want, q, ok, want)
		}
	}
}

func TestLeadingBound(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"about seven hours", "~"},
		{"Nearly two days", "~<"},
		{"just over a week", ">"},
		{"more than three hours", ">"},
		{"up to six hours", "<="},
		{"some 40 minutes", "~"},
		{"seven hours", ""},
		{"about", ""},
		{"", ""},
	} {
		if got := LeadingBound(tt.text); got != tt.want {
			t.Errorf("LeadingBound(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
