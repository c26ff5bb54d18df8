package ingest

import (
	"strings"
	"testing"
)

func TestIsBoilerplate(t *testing.T) {
	yes := []string{
		// share, like and follow buttons
		"Like Us on Instagram",
		"Follow us on Twitter",
		"Share this",
		"Share this article",
		"Tweet",
		"Share | Tweet | Email",
		"Facebook · Twitter · LinkedIn",
		"12 comments",
		// homepage prompts
		"Make DP Your Homepage",
		"Make The Valley Post your home page",
		// newsletters and mailing lists
		"Sign up for our daily newsletter",
		"Join the ValleyPost.org mailing list",
		"Subscribe",
		"Subscribe now!",
		"Subscribe to our newsletter for weekly updates",
		"Enter your email address",
		// donation appeals, also glued to a banner
		"RIVERFUND - Make a one-time donation to help flood victims!",
		"Donate now",
		"Become a member",
		// photo credits
		"(Photo : Newswire) Rescue workers carry supplies across the broken bridge after the night's flood, which cut the valley road.",
		"Photo: AP",
		"Image credit: Valley Post",
		"Photo courtesy of the town council",
		// page furniture
		"Advertisement",
		"ADVERTISEMENT",
		"Related: Flood warnings issued for the valley",
		"Read more",
		"Read more: How the dam was built",
		"Click here to read the full report",
		"Skip to main content",
		"We use cookies to improve your experience.",
		"Accept all cookies",
		// copyright
		"© 2006 Valley Post",
		"Copyright 2006 Valley Post. All rights reserved.",
		// wire advisories
		"ATTENTION - ADDS quotes, background ///",
		"reax ///",
	}
	for _, s := range yes {
		if !isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = false, want true", s)
		}
	}
	no := []string{
		"Share prices fell sharply on Tuesday.",
		"Police said they would follow the suspects across the border.",
		"The minister said the shares would be sold next year.",
		"Residents were told to subscribe to the new water plan by Friday.",
		"The company said the photo was taken in March.",
		"Related talks were held in the capital in 2004.",
		"He said he would like to meet the president.",
		"Click-through rates rose by 5 percent, the agency said.",
		"The copyright dispute went to court in 2004.",
		"Make no mistake, the election will be close, he said.",
		"A donation of 5 million dollars was made to the hospital.",
		"Read the full text of the agreement, the spokesman told reporters on Monday.",
		"Advertising revenue fell by a third.",
		"Tweets by the minister drew criticism.",
		"The union walked out of the talks three years ago, angry at the port's use of agency crews, and the sides have not met since then.",
		"Like many towns in the valley, Riverton was flooded.",
	}
	for _, s := range no {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true, want false", s)
		}
	}
}

func TestIsBanner(t *testing.T) {
	tests := []struct {
		s      string
		banner bool
		name   string
	}{
		{"DAILY PLANET", true, "Daily Planet"},
		{"THE VALLEY POST", true, "The Valley Post"},
		{"BBC NEWS", true, "BBC News"},
		{"= (MAP) =", true, ""},
		{"QUAKE KILLS HUNDREDS IN MOUNTAIN REGION", false, ""},
		{"Daily Planet", false, ""},
		{"OSLO, Aug 4, 2017", false, ""},
		{"A", false, ""},
	}
	for _, tt := range tests {
		if got := isBanner(tt.s); got != tt.banner {
			t.Errorf("isBanner(%q) = %v, want %v", tt.s, got, tt.banner)
		}
		if !tt.banner {
			continue
		}
		name := ""
		if siteName.MatchString(tt.s) {
			name = titleCase(tt.s)
		}
		if name != tt.name {
			t.Errorf("site name of banner %q = %q, want %q", tt.s, name, tt.name)
		}
	}
}

func TestParseNoFalseBoilerplate(t *testing.T) {
	text := "Share prices fall\nCITY, Aug 4, 2017\n\nShare prices fell on Monday.\n\nTraders said they would follow the market.\n\nSubscribers to the bond issue were paid in 2017.\n"
	d, err := Parse("a.txt", []byte(text), Options{})
	if err != nil {
		t.Fatalf("Parse(%q) error: %v", text, err)
	}
	if len(d.Boilerplate) != 1 || d.Slice(d.Boilerplate[0]) != "CITY, Aug 4, 2017" {
		var got []string
		for _, b := range d.Boilerplate {
			got = append(got, d.Slice(b))
		}
		t.Errorf("Parse(%q) boilerplate = %q, want only the date line", text, got)
	}
}

// FuzzPhraseWords checks that every line phrases matches holds one of
// phraseWords, so that looking for them first never misses a line.
func FuzzPhraseWords(f *testing.F) {
	for _, s := range []string{"Like us on Instagram", "Make VP Your Homepage", "SIGN UP FOR OUR daily newsletter",
		"Photo credit: AP", "© 2021 Wire", "(C) 2019 All Rights Reserved", "ATTENTION - ADDS quotes ///",
		"We use cookies", "Give today", "Become a Patron", "Enter your e-mail", "Join the Herald mailing list",
		"Subscribe to our podcast", "Share this article", "picture courtesy", "Copyright 2007 The Paper",
		"ſhare on twitter", "The Kelvin \u212a line", "Ministers agreed on Tuesday to raise the rate"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		one := strings.Join(strings.Fields(s), " ")
		if phrases.MatchString(one) && !mayBePhrase(one) {
			t.Errorf("phrases matches %q, which holds none of phraseWords", one)
		}
	})
}

// FuzzMayBeDateLine checks that every line dateLineRe matches passes
// mayBeDateLine, so that trying it first never misses a date line; the
// seeds carry the longest tails the pattern allows after the year.
func FuzzMayBeDateLine(f *testing.F) {
	for _, s := range []string{"Published: June 9, 2019", "OSLO, Troms, Thursday, 09 June 2019 09:14:52 pm GMT (NTB)",
		"Posted on 2019-06-09 at 10:00 p.m. UTC (Harbour Watch News Agency Ltd. & Co) --",
		"Aug 4, 2017 2017, at 12:34:56 p.m. GMT, (Abcdefghijklmnopqrstuvwxyzabcdefghijklm) —",
		"07/08/2023  10.05", "Dated Sept. 21st, 2018 -", "The talks, held in 2007, ended without a deal on the border"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if dateLineRe.MatchString(s) && !mayBeDateLine(s) {
			t.Errorf("dateLineRe matches %q, which mayBeDateLine refuses", s)
		}
	})
}

func TestMayBeDateLineRefuses(t *testing.T) {
	for _, s := range []string{"Talks resumed on Monday", "The talks, first held in 2007, ended on Friday without a deal on the border, on the ferry service between the two ports or on the fishing rights both sides claim"} {
		if mayBeDateLine(s) {
			t.Errorf("mayBeDateLine(%q) = true, want false: no year, or too much after it", s)
		}
	}
}

// FuzzMayHaveSeparator checks that every line separatorRe matches in
// passes mayHaveSeparator, so that skipping the expression never misses
// a separator; the seeds hold each kind.
func FuzzMayHaveSeparator(f *testing.F) {
	for _, s := range []string{"Share | Tweet", "Home • News", "a·b", "Email - Print", "Like / Follow", "Share\t\tTweet",
		"Save  Copy link", "Home\r\nNews", "Talks end – a deal", "x — y", "A\fB", "Ministers agreed on Tuesday",
		"one\vtwo", "Seoul\u00a0\u00a0talks", "e-mail", "\xffbad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if separatorRe.MatchString(s) && !mayHaveSeparator(s) {
			t.Errorf("separatorRe matches in %q, which mayHaveSeparator refuses", s)
		}
	})
}

// FuzzFieldsExceed checks fieldsExceed against counting strings.Fields.
func FuzzFieldsExceed(f *testing.F) {
	for _, s := range []string{"", "one", " two  words ", "a\u00a0b\u0085c\td", "\xffbad utf-8 \xfe", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16"} {
		f.Add(s, 15)
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 0 {
			return // a count of words is never negative
		}
		if got, want := fieldsExceed(s, n), len(strings.Fields(s)) > n; got != want {
			t.Errorf("fieldsExceed(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}

// FuzzWholeFirstWords checks that every line whole matches passes
// mayBeWhole, so that looking up its first word never misses a line; the
// seeds open with each of whole's patterns.
func FuzzWholeFirstWords(f *testing.F) {
	for _, s := range []string{"Share this article", "Tweet", "RETWEET", "Email", "E-mail", "Print this page", "Pin it",
		"Like", "Follow on Instagram", "Comment", "12 Comments", "3 likes", "Save", "Copy link", "WhatsApp", "Facebook",
		"Twitter", "LinkedIn", "Reddit", "Subscribe now", "Sign up for free", "Log in", "Sign in", "Register today",
		"Advertisement", "Advertising", "Sponsored content", "Ad", "Related stories: the talks", "Read more: the vote",
		"Continue reading", "More on this story", "See also: the trial", "Click here to read the report", "Skip to main content",
		"Back to top", "Top of page", "Go to top", "Photograph: Reuters", "Photos: AP", "Image credit: AFP", "Picture: Getty",
		"Credit: NTB", "ſhare", "li\u212ae", "The talks ended", "Advertisements"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if whole.MatchString(s) && !mayBeWhole(s) {
			t.Errorf("whole matches %q, whose first word is none of wholeFirstWords", s)
		}
	})
}
