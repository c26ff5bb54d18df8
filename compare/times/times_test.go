package times

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/segment"
	"github.com/google/go-cmp/cmp"
)

type timeWant struct{ Text, Type, Value string }

// timesIn runs Find over text as one sentence published on pub.
func timesIn(pub, text string) (*compare.Document, []compare.Mention) {
	d := compare.NewDocument("t.txt", []byte(text))
	d.SetPublished(pub)
	return d, Find(d, []compare.Sentence{{Span: compare.Span{Start: 0, End: len(text)}}})
}

func TestFindTimes(t *testing.T) {
	tests := []struct {
		pub, text string
		want      []timeWant
	}{
		// absolute dates in their usual orders and styles
		{"2014-10-15", "The talks resumed on March 2, 2006 and again on 2 March 2007.",
			[]timeWant{{"March 2, 2006", "DATE", "2006-03-02"}, {"2 March 2007", "DATE", "2007-03-02"}}},
		{"2006-03-10", "Officials met on Mar. 2 in Seoul.", []timeWant{{"Mar. 2", "DATE", "2006-03-02"}}},
		{"2006-03-10", "The envoy flew home on the 4th of March.", []timeWant{{"the 4th of March", "DATE", "2006-03-04"}}},
		{"2006-03-10", "The memo is dated 2006-03-02.", []timeWant{{"2006-03-02", "DATE", "2006-03-02"}}},
		{"2006-03-10", "A letter dated 02/03/2006 arrived.", []timeWant{{"02/03/2006", "DATE", "2006-02-03"}}},
		{"2006-03-10", "A letter dated 25/12/2005 arrived.", []timeWant{{"25/12/2005", "DATE", "2005-12-25"}}},
		{"2023-09-01", "Saved 07/08/2023 by the archive.", []timeWant{{"07/08/2023", "DATE", "2023-07-08"}}},
		{"2006-03-10", "Voting ends Wednesday, March 15.", []timeWant{{"Wednesday, March 15", "DATE", "2006-03-15"}}},
		{"2006-03-10", "No such day as February 30, 2006 exists.", []timeWant{{"February", "DATE", "2006-02"}}},
		// months
		{"2014-10-15", "The previous talks were held in March 2011.", []timeWant{{"March 2011", "DATE", "2011-03"}}},
		{"2014-10-15", "The ministers will meet again in November.", []timeWant{{"November", "DATE", "2014-11"}}},
		{"2014-02-15", "The plant closed in November.", []timeWant{{"November", "DATE", "2013-11"}}},
		{"2014-10-20", "The chairman stepped down in March.", []timeWant{{"March", "DATE", "2014-03"}}},
		{"2014-10-20", "Payments start in January.", []timeWant{{"January", "DATE", "2015-01"}}},
		{"2014-10-20", "They may march on Sunday.", []timeWant{{"Sunday", "DATE", "2014-10-26"}}},
		{"2014-10-20", "Sales fell in early November last year.", []timeWant{{"early November last year", "DATE", "2013-11"}}},
		{"2014-10-20", "Rents rose in mid-August.", []timeWant{{"mid-August", "DATE", "2014-08"}}},
		// years, decades, centuries
		{"2014-10-15", "Production fell in 2004 after the 1956 treaty and a landmark 2000 summit.",
			[]timeWant{{"2004", "DATE", "2004"}, {"1956", "DATE", "1956"}, {"2000", "DATE", "2000"}}},
		{"2014-10-15", "About 2000 people marched and 1990 soldiers watched.", nil},
		{"2014-10-15", "The fund holds $2000 and 1,2000 units; 1999.5 is no year.", nil},
		{"2014-10-15", "Prices rose through the 1990s and the '80s.", []timeWant{{"the 1990s", "DATE", "199"}, {"the '80s", "DATE", "198"}}},
		{"2014-10-15", "Music of the nineties and the mid-1970s.", []timeWant{{"the nineties", "DATE", "199"}, {"the mid-1970s", "DATE", "197"}}},
		{"2014-10-15", "A castle of the 11th century.", []timeWant{{"the 11th century", "DATE", "10"}}},
		{"1998-02-05", "Ready by the year two thousand, not nineteen ninety-six.",
			[]timeWant{{"the year two thousand", "DATE", "2000"}, {"nineteen ninety-six", "DATE", "1996"}}},
		{"1990-06-01", "Profit in fiscal 1989 fell.", []timeWant{{"fiscal 1989", "DATE", "1989"}}},
		// weekdays, in the past by default and ahead when the verb is
		{"2014-10-15", "The two Koreas held talks on Wednesday.", []timeWant{{"Wednesday", "DATE", "2014-10-15"}}},
		{"2014-10-15", "The team lost on Sunday.", []timeWant{{"Sunday", "DATE", "2014-10-12"}}},
		{"2014-10-15", "The two sides will meet on Friday.", []timeWant{{"Friday", "DATE", "2014-10-17"}}},
		{"2014-10-15", "Officials talked late into Saturday night.", []timeWant{{"Saturday night", "TIME", "2014-10-11TNI"}}},
		{"2014-10-15", "He left last Friday and returns next Monday.",
			[]timeWant{{"last Friday", "DATE", "2014-10-10"}, {"next Monday", "DATE", "2014-10-20"}}},
		// deictic days
		{"2014-10-15", "He left yesterday, returns tomorrow and speaks today and tonight.",
			[]timeWant{{"yesterday", "DATE", "2014-10-14"}, {"tomorrow", "DATE", "2014-10-16"}, {"today", "DATE", "2014-10-15"}, {"tonight", "TIME", "2014-10-15TNI"}}},
		{"2014-10-15", "It rained this morning and last night.", []timeWant{{"this morning", "TIME", "2014-10-15TMO"}, {"last night", "TIME", "2014-10-14TNI"}}},
		// this/last/next + unit
		{"2014-10-15", "Sales fell this week, last month and next year; they rose last week.",
			[]timeWant{{"this week", "DATE", "2014-W42"}, {"last month", "DATE", "2014-09"}, {"next year", "DATE", "2015"}, {"last week", "DATE", "2014-W41"}}},
		{"2014-10-15", "Rates rose in the coming year and this month.", []timeWant{{"the coming year", "DATE", "2015"}, {"this month", "DATE", "2014-10"}}},
		{"2014-10-15", "Earlier this month, and later this year, and early next year.",
			[]timeWant{{"Earlier this month", "DATE", "2014-10"}, {"later this year", "DATE", "2014"}, {"early next year", "DATE", "2015"}}},
		{"2014-10-15", "He visited last April and will return next April.",
			[]timeWant{{"last April", "DATE", "2014-04"}, {"next April", "DATE", "2015-04"}}},
		// N units ago / earlier / later / from now
		{"2006-03-02", "The talks were held two years ago.", []timeWant{{"two years ago", "DATE", "2004"}}},
		{"2006-03-02", "The envoy arrived three days ago and left five months ago.",
			[]timeWant{{"three days ago", "DATE", "2006-02-27"}, {"five months ago", "DATE", "2005-10"}}},
		{"2006-03-02", "A decision is due two weeks from now.", []timeWant{{"two weeks from now", "DATE", "2006-W11"}}},
		{"2006-03-02", "They met on March 1, 2006. Two days later they signed.",
			[]timeWant{{"March 1, 2006", "DATE", "2006-03-01"}, {"Two days later", "DATE", "2006-03-03"}}},
		{"2006-03-02", "That was several years ago.", []timeWant{{"several years ago", "DATE", "PAST_REF"}}},
		// durations, with number words and hyphens
		{"2006-03-02", "A three-day meeting lasted for 10 hours over two years.",
			[]timeWant{{"three-day", "DURATION", "P3D"}, {"10 hours", "DURATION", "PT10H"}, {"over two years", "DURATION", "P2Y"}}},
		{"2006-03-02", "Twenty-one years and thirty five days passed.",
			[]timeWant{{"Twenty-one years", "DURATION", "P21Y"}, {"thirty five days", "DURATION", "P35D"}}},
		{"2006-03-02", "The first talks in two years.", []timeWant{{"two years", "DURATION", "P2Y"}}},
		{"2006-03-02", "Output rose for the past two months and the next few weeks.",
			[]timeWant{{"the past two months", "DURATION", "P2M"}, {"the next few weeks", "DURATION", "PXW"}}},
		{"2006-03-02", "It took nearly a decade and a minute and a half.",
			[]timeWant{{"nearly a decade", "DURATION", "P10Y"}, {"a minute and a half", "DURATION", "PT1M30S"}}},
		{"2006-03-02", "He served at least 18 months of a 30-year term.",
			[]timeWant{{"at least 18 months", "DURATION", "P18M"}, {"30-year", "DURATION", "P30Y"}}},
		{"2006-03-02", "The two-day talks ended.", []timeWant{{"two-day", "DURATION", "P2D"}}},
		// clock times
		{"2014-10-15", "The meeting starts at 10 a.m. today.", []timeWant{{"10 a.m. today", "TIME", "2014-10-15T10:00"}}},
		{"2014-10-15", "The vote ended at 3:45 p.m. Monday.", []timeWant{{"3:45 p.m. Monday", "TIME", "2014-10-13T15:45"}}},
		{"2014-10-15", "Polls close at 8 pm.", []timeWant{{"8 pm", "TIME", "2014-10-15T20:00"}}},
		{"2006-03-02", "The quake struck at 5:30 p.m. EST on March 1, 2006.",
			[]timeWant{{"5:30 p.m. EST", "TIME", "2006-03-01T17:30"}, {"March 1, 2006", "DATE", "2006-03-01"}}},
		{"2006-03-02", "Doors open at noon Saturday.", []timeWant{{"noon Saturday", "TIME", "2006-02-25T12:00"}}},
		// A midnight gone by began the day; one to come ends it.
		{"2014-10-15", "The barge capsized just after midnight.", []timeWant{{"midnight", "TIME", "2014-10-15T00:00"}}},
		{"2014-10-15", "The curfew will start at midnight.", []timeWant{{"midnight", "TIME", "2014-10-15T24:00"}}},
		// the part of the day says which half
		{"2014-10-15", "The pier gave way shortly before 6:50 in the morning.", []timeWant{{"6:50 in the morning", "TIME", "2014-10-15T06:50"}}},
		// the wire's four-digit clock, said by its zone; a year before
		// "local" stays a year
		{"2014-10-15", "The convoy left at 0545 GMT.", []timeWant{{"0545 GMT", "TIME", "2014-10-15T05:45"}}},
		{"2014-10-15", "The ferry docked at 2210 local time.", []timeWant{{"2210 local time", "TIME", "2014-10-15T22:10"}}},
		{"2014-10-15", "Turnout fell in the 2010 local elections.", []timeWant{{"2010", "DATE", "2010"}}},
		// hours and minutes with no "a.m." after an estimate of a time
		{"2014-10-15", "The tram left the rails at about 18:25.", []timeWant{{"about 18:25", "TIME", "2014-10-15T18:25"}}},
		// "to" before a word that is no verb opens no infinitive: no plan
		{"2025-07-22", "A fire that cut power to around 9,000 homes on Sunday is out.", []timeWant{{"Sunday", "DATE", "2025-07-20"}}},
		{"2025-07-22", "Prices fell to below 60 dollars a barrel Friday.", []timeWant{{"Friday", "DATE", "2025-07-18"}}},
		// hours, minutes and seconds are a time taken, not a time of day
		{"2014-10-15", "She won in 2:21:47, ahead of a rival at 2:22:05.", []timeWant{{"2:21:47", "DURATION", "PT2H21M47S"}, {"2:22:05", "DURATION", "PT2H22M5S"}}},
		{"2014-10-15", "He ran the mile in 0:03:58.", []timeWant{{"0:03:58", "DURATION", "PT3M58S"}}},
		{"2014-10-15", "The hall was cleared shortly after 06:40.", []timeWant{{"06:40", "TIME", "2014-10-15T06:40"}}},
		{"2014-10-15", "The alarm sounded at 10 in the evening.", []timeWant{{"10 in the evening", "TIME", "2014-10-15T22:00"}}},
		{"2014-10-15", "Guards saw him at 3 at night.", []timeWant{{"3 at night", "TIME", "2014-10-15T03:00"}}},
		{"2014-10-15", "Guards saw him at 11 at night.", []timeWant{{"11 at night", "TIME", "2014-10-15T23:00"}}},
		{"2014-10-15", "Some 40 in the afternoon session left.", []timeWant{{"the afternoon", "TIME", "2014-10-15TAF"}}},
		// reference words
		{"2014-10-15", "Talks are now under way; he is currently abroad.",
			[]timeWant{{"now", "DATE", "PRESENT_REF"}, {"currently", "DATE", "PRESENT_REF"}}},
		{"2014-10-15", "He recently said that in the past such talks failed.",
			[]timeWant{{"recently", "DATE", "PAST_REF"}, {"the past", "DATE", "PAST_REF"}}},
		{"2014-10-15", "Ties may improve in the near future.", []timeWant{{"the near future", "DATE", "FUTURE_REF"}}},
		// seasons, quarters, halves
		{"2006-03-02", "Exports grew in the spring of 2005 and this summer.",
			[]timeWant{{"the spring of 2005", "DATE", "2005-SP"}, {"this summer", "DATE", "2006-SU"}}},
		{"2006-03-02", "Profit fell in the first quarter and in third-quarter trading.",
			[]timeWant{{"the first quarter", "DATE", "2006-Q1"}, {"third-quarter", "DATE", "2006-Q3"}}},
		{"2006-05-02", "Profit rose in the first quarter from a year earlier.",
			[]timeWant{{"the first quarter", "DATE", "2006-Q1"}, {"a year earlier", "DATE", "2005-Q1"}}},
		{"2006-03-02", "Sales in the fourth quarter of 2004 and the first half of 2005.",
			[]timeWant{{"the fourth quarter of 2004", "DATE", "2004-Q4"}, {"the first half of 2005", "DATE", "2005-H1"}}},
		{"2006-03-02", "He paid a quarter for it.", nil},
		{"2006-03-02", "The fall of the wall.", nil},
		// sets
		{"2006-03-02", "The group meets every Tuesday and reports annually.",
			[]timeWant{{"every Tuesday", "SET", "XXXX-WXX-2"}, {"annually", "SET", "P1Y"}}},
		{"2006-03-02", "Shares are priced daily; a quarterly report follows each month.",
			[]timeWant{{"daily", "SET", "P1D"}, {"each month", "SET", "P1M"}}},
		// the reference time moves with the narrative
		{"2006-03-02", "They met on Monday, March 6, 2006. The next day they signed.",
			[]timeWant{{"Monday, March 6, 2006", "DATE", "2006-03-06"}, {"The next day", "DATE", "2006-03-07"}}},
		{"2006-03-02", "Prices fell in May 2005 and rose the following month.",
			[]timeWant{{"May 2005", "DATE", "2005-05"}, {"the following month", "DATE", "2005-06"}}},
		// no publication date: underspecified values
		{"", "He left yesterday and returns next week, on Friday, in November.",
			[]timeWant{{"yesterday", "DATE", "XXXX-XX-XX"}, {"next week", "DATE", "XXXX-WXX"}, {"Friday", "DATE", "XXXX-WXX-5"}, {"November", "DATE", "XXXX-11"}}},
		{"2006", "The talks were held two years ago and last month.",
			[]timeWant{{"two years ago", "DATE", "2004"}, {"last month", "DATE", "XXXX-XX"}}},
		// later additions, each a rule of its own
		{"2014-10-15", "The hearing is set to restart Monday in Cardiff.", []timeWant{{"Monday", "DATE", "2014-10-20"}}},
		{"2014-10-15", "He went to Seoul on Monday.", []timeWant{{"Monday", "DATE", "2014-10-13"}}},
		{"2014-10-15", "Shares slid in mid-afternoon yesterday.", []timeWant{{"mid-afternoon yesterday", "TIME", "2014-10-14TAF"}}},
		{"2014-10-15", "The project took 2 1/2 years.", []timeWant{{"2 1/2 years", "DURATION", "P2Y6M"}}},
		{"1998-03-01", "It began in March nineteen ninety-seven.", []timeWant{{"March nineteen ninety-seven", "DATE", "1997-03"}}},
		{"1998-04-24", "Sunday, April 26: the court rules.", []timeWant{{"Sunday, April 26", "DATE", "1998-04-26"}}},
		{"2014-10-15", "Sales rose for the year.", []timeWant{{"the year", "DATE", "2014"}}},
		{"2014-11-02", "Profit rose in the third quarter. Revenue in the latest period fell from a year earlier.",
			[]timeWant{{"the third quarter", "DATE", "2014-Q3"}, {"the latest period", "DATE", "2014-Q3"}, {"a year earlier", "DATE", "2013-Q3"}}},
		// ranges: each end of a range of dates is a date of its own, as
		// TimeML tags them; a range of counts is one duration whose count
		// is known only to its unit
		{"2014-10-15", "Output grew from 2004-2006 and fell in 1990-95.",
			[]timeWant{{"2004", "DATE", "2004"}, {"2006", "DATE", "2006"}, {"1990", "DATE", "1990"}, {"95", "DATE", "1995"}}},
		{"2014-10-15", "The 2004-05 season and a 10-15 score.", []timeWant{{"2004", "DATE", "2004"}}},
		{"2014-10-15", "The festival ran from May to July; prices doubled between 1990 and 1995.",
			[]timeWant{{"May", "DATE", "2014-05"}, {"July", "DATE", "2014-07"}, {"1990", "DATE", "1990"}, {"1995", "DATE", "1995"}}},
		{"2014-10-15", "Repairs take two to three weeks, or 12-18 months, or five-to-six days.",
			[]timeWant{{"two to three weeks", "DURATION", "PXW"}, {"12-18 months", "DURATION", "PXM"}, {"five-to-six days", "DURATION", "PXD"}}},
		{"2014-10-15", "He stayed a week or so and was sentenced to two years.",
			[]timeWant{{"a week or so", "DURATION", "P1W"}, {"two years", "DURATION", "P2Y"}}},
		// since/until/by: the preposition stays outside the span; with no
		// tense, until and by look ahead
		{"2014-10-15", "The mill has been closed since March 2009.", []timeWant{{"March 2009", "DATE", "2009-03"}}},
		{"2014-10-15", "The ceasefire holds until Friday.", []timeWant{{"Friday", "DATE", "2014-10-17"}}},
		{"2014-10-15", "Bids are due by Monday.", []timeWant{{"Monday", "DATE", "2014-10-20"}}},
		{"2014-10-15", "The ceasefire held until Friday.", []timeWant{{"Friday", "DATE", "2014-10-10"}}},
		// the week of a day
		{"2014-10-15", "Sales peaked the week of March 5, 2014.", []timeWant{{"the week of March 5, 2014", "DATE", "2014-W10"}}},
		// past/last N units are durations; units with no count after
		// recent/coming/past are the past or future as a whole
		{"2014-10-15", "Rents climbed over the past six years and in the last three weeks.",
			[]timeWant{{"over the past six years", "DURATION", "P6Y"}, {"the last three weeks", "DURATION", "P3W"}}},
		{"2014-10-15", "Crime fell in recent years; tensions rose in recent days; rates will rise in coming months.",
			[]timeWant{{"recent years", "DATE", "PAST_REF"}, {"recent days", "DATE", "PAST_REF"}, {"coming months", "DATE", "FUTURE_REF"}}},
		{"2014-10-15", "Programs of past years and future quarters; the past few years.",
			[]timeWant{{"past years", "DATE", "PAST_REF"}, {"future quarters", "DATE", "FUTURE_REF"}, {"the past few years", "DURATION", "PXY"}}},
		// early/mid/late + period keep the period's value
		{"2014-10-15", "The plant opened in late 2007, closed in mid-2009 and reopened in early March.",
			[]timeWant{{"late 2007", "DATE", "2007"}, {"mid-2009", "DATE", "2009"}, {"early March", "DATE", "2014-03"}}},
		// the following day and week move from the last day named
		{"2014-10-15", "They met on Monday. The following day they signed; the following week it broke down.",
			[]timeWant{{"Monday", "DATE", "2014-10-13"}, {"The following day", "DATE", "2014-10-14"}, {"the following week", "DATE", "2014-W43"}}},
		// last/next/this past season: the nearest one before or after
		{"1989-10-30", "Sales slumped last summer, will rise next spring, and were wet this past spring.",
			[]timeWant{{"last summer", "DATE", "1989-SU"}, {"next spring", "DATE", "1990-SP"}, {"this past spring", "DATE", "1989-SP"}}},
		{"1990-01-15", "Sales slumped last fall and rise this coming Sunday.",
			[]timeWant{{"last fall", "DATE", "1989-FA"}, {"this coming Sunday", "DATE", "1990-01-21"}}},
		// -year, -long and -old compounds are durations
		{"2014-10-15", "The navy ended a 17-year coastal patrol after a two-hour-long meeting.",
			[]timeWant{{"17-year", "DURATION", "P17Y"}, {"two-hour-long", "DURATION", "PT2H"}}},
		// words that are not times
		{"2014-10-15", "A second round of future talks.", nil},
		{"2006-03-02", "May I ask, Mr. March, if Jan will fall?", nil},
		{"2006-03-02", "A former minister.", nil},
	}
	for _, tt := range tests {
		d, ms := timesIn(tt.pub, tt.text)
		var got []timeWant
		for _, m := range ms {
			if m.Kind != compare.Time {
				t.Errorf("Find(%q) gave kind %v", tt.text, m.Kind)
			}
			got = append(got, timeWant{d.Slice(m.Span), m.Type, m.Value})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q) published %q mismatch (-want +got):\n%s", tt.text, tt.pub, diff)
		}
	}
}

// TestFindTimesSentences checks that mentions stay inside their sentence
// and that spans index the document, not the sentence.
func TestFindTimesSentences(t *testing.T) {
	text := "Title line\n\nTalks resumed on Wednesday. They last met in December 2007."
	d := compare.NewDocument("t.txt", []byte(text))
	d.SetPublished("2014-10-15")
	s1 := 12 + len("Talks resumed on Wednesday.")
	ss := []compare.Sentence{{Span: compare.Span{Start: 12, End: s1}}, {Span: compare.Span{Start: s1 + 1, End: len(text)}}}
	var got []timeWant
	for _, m := range Find(d, ss) {
		got = append(got, timeWant{d.Slice(m.Span), m.Type, m.Value})
	}
	want := []timeWant{{"Wednesday", "DATE", "2014-10-15"}, {"December 2007", "DATE", "2007-12"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find(%q) mismatch (-want +got):\n%s", text, diff)
	}
}

// TestClockTakesTheDayBefore: a clock time whose sentence names no day
// takes the day the sentence before named, a weekday too; not one named
// further back, which is often the background's, nor in a text that
// names none.
func TestClockTakesTheDayBefore(t *testing.T) {
	for _, tt := range []struct {
		sentences []string
		want      string
	}{
		{[]string{"The mill flooded on Sunday afternoon.", "Pumps failed at 4:17 p.m."}, "2014-10-12T16:17"},
		{[]string{"The mill flooded on Sunday afternoon.", "Crews were sent.", "Pumps failed at 4:17 p.m."}, "2014-10-15T16:17"},
		{[]string{"The mill flooded.", "Pumps failed at 4:17 p.m."}, "2014-10-15T16:17"},
		{[]string{"The mill flooded on Sunday.", "Pumps failed at 4:17 p.m. on Monday."}, "2014-10-13T16:17"},
	} {
		text := strings.Join(tt.sentences, " ")
		d := compare.NewDocument("t.txt", []byte(text))
		d.SetPublished("2014-10-15")
		var ss []compare.Sentence
		at := 0
		for _, s := range tt.sentences {
			ss = append(ss, compare.Sentence{Span: compare.Span{Start: at, End: at + len(s)}})
			at += len(s) + 1
		}
		got := ""
		for _, m := range Find(d, ss) {
			if m.Type == "TIME" && strings.Contains(d.Slice(m.Span), "4:17") {
				got = m.Value
			}
		}
		if got != tt.want {
			t.Errorf("Find(%q): 4:17 p.m. = %q, want %q", text, got, tt.want)
		}
	}
}

func FuzzTimes(f *testing.F) {
	for _, s := range []string{
		"The talks resumed on March 2, 2006, two years ago, at 9 a.m. Wednesday.",
		"In the third quarter of 1999 — every Tuesday — the 1990s, twenty-one days later.",
		"02/03/2006 2006-03-02 12:30 p.m. PST, Oct. 2 the year two thousand",
		"naïve café 7:15 p.m. \xff\xfe Mar. 3",
		"from 1990-95 to two to three weeks, five-to-six days, 12-18 months",
		"in recent years and coming months, the week of March 5, until Friday",
		"this past spring, this coming Sunday, last winter - 2004-",
	} {
		f.Add(s, "2006-03-02")
	}
	f.Add("yesterday in November", "")
	f.Add("last week", "2006")
	f.Fuzz(func(t *testing.T, text, pub string) {
		d := compare.NewDocument("f.txt", []byte(text))
		d.SetPublished(pub)
		// two sentences split at the middle rune boundary
		mid := 0
		for mid < len(text)/2 {
			_, size := utf8.DecodeRuneInString(text[mid:])
			mid += size
		}
		ss := []compare.Sentence{{Span: compare.Span{Start: 0, End: mid}}, {Span: compare.Span{Start: mid, End: len(text)}}}
		ms := Find(d, ss)
		// rune boundaries as a decoder steps through text, valid or not
		boundary := map[int]bool{len(text): true}
		for i := 0; i < len(text); {
			boundary[i] = true
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
		prev := -1
		for _, m := range ms {
			sp := m.Span
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("Find(%q): span %v out of bounds", text, sp)
			}
			if !(ss[0].Span.Contains(sp) || ss[1].Span.Contains(sp)) {
				t.Fatalf("Find(%q): span %v crosses a sentence", text, sp)
			}
			if !boundary[sp.Start] || !boundary[sp.End] {
				t.Fatalf("Find(%q): span %v not on rune boundaries", text, sp)
			}
			if sp.Start < prev {
				t.Fatalf("Find(%q): span %v out of order", text, sp)
			}
			prev = sp.End
			if m.Value == "" || m.Type == "" {
				t.Fatalf("Find(%q): empty value or type at %v", text, sp)
			}
		}
	})
}

// BenchmarkTimes runs Find over a text of our own, so that a
// benchmark runs even without ../shared.
func BenchmarkTimes(b *testing.B) {
	text := []byte(strings.Repeat("The talks resumed on Wednesday, the first in two years. They last met in March 2011, at 9 a.m.\n", 20))
	d := compare.NewDocument("b.txt", text)
	d.SetPublished("2014-10-15")
	ss := segment.Sentences(d)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(d, ss)
	}
}

// BenchmarkTimeML measures recognition and normalisation (Find) in
// MB/s over the TimeML texts, cut into sentences once beforehand. The
// "tokens" baseline only splits the same sentences into words: the floor
// any scanner over them pays.
func BenchmarkTimeML(b *testing.B) {
	tms := loadTimeML(b)
	type benchDoc struct {
		doc *compare.Document
		ss  []compare.Sentence
	}
	var docs []benchDoc
	size := 0
	for _, tm := range tms {
		d := compare.NewDocument(tm.name, tm.text)
		d.SetPublished(tm.dct)
		docs = append(docs, benchDoc{d, segment.Sentences(d)})
		size += len(tm.text)
	}
	b.Run("Find", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				Find(d.doc, d.ss)
			}
		}
	})
	b.Run("tokens", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		var toks []token
		for b.Loop() {
			for _, d := range docs {
				text := d.doc.Plain()
				lower := lowerASCII(text)
				for _, s := range d.ss {
					toks = tokenize(text, lower, s.Span, toks[:0])
				}
			}
		}
	})
}

// TestTimesFormatting checks the hand-written formatting and parsing of
// values against fmt and time, whose output they stand in for.
func TestTimesFormatting(t *testing.T) {
	for _, y := range []int{-12, 0, 7, 99, 199, 1990, 2006, 12345} {
		for _, m := range []int{-1, 1, 9, 10, 12} {
			for _, d := range []int{-1, 1, 9, 31} {
				var want string
				switch {
				case m < 0:
					want = fmt.Sprintf("%04d", y)
				case d < 0:
					want = fmt.Sprintf("%04d-%02d", y, m)
				default:
					want = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				}
				if m < 0 && d >= 0 {
					continue
				}
				if got := fmtYMD(y, m, d); got != want {
					t.Errorf("fmtYMD(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
			}
		}
	}
	for _, s := range []string{"2006-03-02", "2006-02-29", "2008-02-29", "2006-13-01", "2006-00-10", "2006-04-31",
		"0000-01-01", "20a6-03-02", "2006-3-02", "2006/03/02", "2006-03", "2006-12", "2006-13", "2006-1x", "XXXX-XX"} {
		for _, day := range []bool{true, false} {
			layout := "2006-01"
			if day {
				layout = "2006-01-02"
			}
			want, err := time.Parse(layout, s)
			got, ok := parseDay(s, day)
			if ok != (err == nil) || ok && got != want {
				t.Errorf("parseDay(%q, %v) = %v, %v; time.Parse gives %v, %v", s, day, got, ok, want, err)
			}
		}
	}
	var all []byte
	for b := 0; b < 256; b++ {
		all = append(all, byte(b))
	}
	for shift := 0; shift < 9; shift++ { // every byte at every offset of a word
		text := append(bytes.Repeat([]byte("x"), shift), bytes.Repeat(all, 3)...)
		want := make([]byte, len(text))
		for k, b := range text {
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			want[k] = b
		}
		if got := lowerASCII(text); got != string(want) {
			t.Errorf("lowerASCII(%d bytes at offset %d) differs from lowering byte by byte", len(text), shift)
		}
	}
	// letter runs read eight bytes at a time, ending at every kind of byte
	text := []byte("Quarter.twentieth" + string(all) + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx[`@{Z")
	for k := range all {
		text = append(text, 'a'+byte(k%26), 'A', all[k], 'q', 'Z', 'z')
	}
	for j := 0; j <= len(text); j++ {
		want := j
		for want < len(text) && ('a' <= text[want] && text[want] <= 'z' || 'A' <= text[want] && text[want] <= 'Z') {
			want++
		}
		if got := letterRun(text, j); got != want {
			t.Fatalf("letterRun(text, %d) = %d, want %d (bytes %q)", j, got, want, text[j:min(j+9, len(text))])
		}
	}
}

// TestTimesFormFilters checks the tables that spare the scanner most
// forms (the forms a word may start, those "the" and a number let go on,
// the words a form needs ahead): at every token, core must find what
// trying every form finds. It reads word salad made of the indexed words,
// a few others, numbers and punctuation, and the TimeML texts when they
// are there.
func TestTimesFormFilters(t *testing.T) {
	check := func(sc *scanner, text string) {
		for i := range sc.toks {
			got, gok := sc.core(i)
			want, wok := found{}, false
			for _, p := range parsers {
				if f, ok := p(sc, i); ok && (!wok || f.j > want.j) {
					want, wok = f, true
				}
			}
			if got != want || gok != wok {
				t.Fatalf("core(%d) in %q = %+v %v; all forms give %+v %v", i, text, got, gok, want, wok)
			}
		}
	}
	scan := func(text []byte, pub string, spans []compare.Span) {
		date, _ := compare.ParseDate(pub)
		sc := &scanner{text: text, lower: lowerASCII(text), dct: publishedAnchor(date)}
		sc.ref, sc.refMonth = sc.dct, sc.dct
		for _, sp := range spans {
			sc.toks = tokenize(text, sc.lower, sp, sc.toks[:0])
			check(sc, string(text[sp.Start:sp.End]))
		}
	}
	if files, _ := filepath.Glob(filepath.Join(timemlDir, "*.tml")); len(files) > 0 {
		for _, doc := range loadTimeML(t) {
			d := compare.NewDocument(doc.name, doc.text)
			var spans []compare.Span
			for _, s := range segment.Sentences(d) {
				spans = append(spans, s.Span)
			}
			scan(d.Plain(), doc.dct, spans)
		}
	}
	var words []string
	for _, e := range wordIndex {
		if e.key != "" {
			words = append(words, e.key)
		}
	}
	sort.Strings(words)
	other := strings.Fields(`of and to in on by for from until since ago now later earlier before after hence
		end beginning start turn close moment term date time possible soon near short long medium o clock local
		am pm a.m. p.m. st nd rd th s said was will the The it 1990 12 2 3 30 1 2006 123 12345 - ' , . / : % ( "`)
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 100000; n++ {
		var sb strings.Builder
		for k := 0; k < 8; k++ {
			w := words[rng.IntN(len(words))]
			if rng.IntN(2) == 0 {
				w = other[rng.IntN(len(other))]
			}
			if rng.IntN(3) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			sb.WriteString(w)
			if rng.IntN(4) != 0 {
				sb.WriteByte(' ')
			}
		}
		text := []byte(sb.String())
		scan(text, []string{"2006-03-02", "", "1998"}[n%3], []compare.Span{{Start: 0, End: len(text)}})
	}
}
