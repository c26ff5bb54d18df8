package mentions

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/segment"
)

// nm is a name as the tests write it: the words, the Type, the Value.
type nm struct{ Text, Type, Value string }

func namesOf(text string) []nm {
	d, ss := oneSentence(text)
	var got []nm
	for _, m := range findNames(d, ss) {
		if m.Kind != compare.Name {
			got = append(got, nm{"bad kind " + m.Kind.String(), "", ""})
		}
		got = append(got, nm{d.Slice(m.Span), m.Type, m.Value})
	}
	return got
}

func TestFindNames(t *testing.T) {
	tests := []struct {
		text string
		want []nm
	}{
		{"The generals met at Peking on Thursday.", []nm{{"Peking", "PLACE", "Beijing"}}},
		{"The generals met in Dunmore on Thursday.", []nm{{"Dunmore", "PLACE", "Dunmore"}}},
		// Typed by WordNet: a city, a body under a name of several words.
		{"The generals met at Monrovia on Thursday.", []nm{{"Monrovia", "PLACE", "Monrovia"}}},
		{"Monrovia was calm.", []nm{{"Monrovia", "PLACE", "Monrovia"}}},
		{"Staff of the World Bank left.", []nm{{"World Bank", "ORG", "World Bank"}}},
		// A whole name WordNet knows wins over a surname among its words.
		{"Shares rose in Hong Kong on Monday.", []nm{{"Hong Kong", "PLACE", "Hong Kong"}}},
		// WordNet knows "Rice" first as a grain: the name stays untyped.
		{"The generals met Rice on Thursday.", []nm{{"Rice", "NAME", "Rice"}}},
		{"Kim Jong-un inspected the unit.", []nm{{"Kim Jong-un", "PERSON", "Kim Jong-un"}}},
		{"It was approved by President Roh Moo-hyun last year.", []nm{{"Roh Moo-hyun", "PERSON", "Roh Moo-hyun"}}},
		{"Mr. Lee declined to comment.", []nm{{"Lee", "PERSON", "Lee"}}},
		{"A spokesman for the Ministry of Unification said so.", []nm{{"Ministry of Unification", "ORG", "Ministry of Unification"}}},
		{"The Bank of Japan held rates.", []nm{{"Bank of Japan", "ORG", "Bank of Japan"}}},
		{"The Ministry of Trade and Industry objected.", []nm{{"Ministry of Trade and Industry", "ORG", "Ministry of Trade and Industry"}}},
		{"Four South Koreans were freed.", []nm{{"South Koreans", "PLACE", "South Korea"}}},
		{"North Korean troops moved.", []nm{{"North Korean", "PLACE", "North Korea"}}},
		{"Chinese diplomats and Israeli envoys met.", []nm{{"Chinese", "PLACE", "China"}, {"Israeli", "PLACE", "Israel"}}},
		{"South Korean Foreign Minister Yun Byung-se flew in.", []nm{
			{"South Korean", "PLACE", "South Korea"}, {"Yun Byung-se", "PERSON", "Yun Byung-se"}}},
		// Titles of police and fire officers, and the portfolio before
		// them, are no part of the name.
		{"It was confirmed by Deputy Commissioner Ivo Tamm on Friday.", []nm{{"Ivo Tamm", "PERSON", "Ivo Tamm"}}},
		{"The blaze was out, said Fire Officer Brannock.", []nm{{"Brannock", "PERSON", "Brannock"}}},
		{"Talks resumed in Seoul on Monday in December.", []nm{{"Seoul", "PLACE", "Seoul"}}},
		{"Reporters gathered in Kaesong.", []nm{{"Kaesong", "PLACE", "Kaesong"}}},
		{"The U.S. and the DPRK disagreed.", []nm{{"U.S.", "PLACE", "United States"}, {"DPRK", "PLACE", "North Korea"}}},
		{"Seoul's defense ministry issued a statement.", []nm{{"Seoul", "PLACE", "Seoul"}}},
		{"Officials at the Defense Ministry confirmed it.", []nm{{"Defense Ministry", "ORG", "Defense Ministry"}}},
		{"He joined Seoul National University in 1990.", []nm{{"Seoul National University", "ORG", "Seoul National University"}}},
		{"George W. Bush spoke in Texas.", []nm{{"George W. Bush", "PERSON", "George W. Bush"}, {"Texas", "PLACE", "Texas"}}},
		{"Secretary of State Jane Doe arrived.", []nm{{"Jane Doe", "PERSON", "Jane Doe"}}},
		// A portfolio before "Minister" or "Secretary" is part of the title.
		{"Unification Minister Park Ji-won flew in.", []nm{{"Park Ji-won", "PERSON", "Park Ji-won"}}},
		{"The talks were led by Fisheries Minister Ann Leary.", []nm{{"Ann Leary", "PERSON", "Ann Leary"}}},
		{"He said Transport Secretary Tom Hale resigned.", []nm{{"Tom Hale", "PERSON", "Tom Hale"}}},
		{"He said UN Secretary Ann Leary spoke.", []nm{{"UN", "ORG", "United Nations"}, {"Ann Leary", "PERSON", "Ann Leary"}}},
		{"He said Harbours Ministry Secretary Tom Hale spoke.", []nm{{"Harbours Ministry", "ORG", "Harbours Ministry"}, {"Tom Hale", "PERSON", "Tom Hale"}}},
		{"The talks were led by Kenyan Minister Tom Hale.", []nm{{"Kenyan", "PLACE", "Kenya"}, {"Tom Hale", "PERSON", "Tom Hale"}}},
		// Not before another title: a firm's name stays a name.
		{"He said Brightwater President Ann Leary spoke.", []nm{{"Brightwater", "NAME", "Brightwater"}, {"Ann Leary", "PERSON", "Ann Leary"}}},
		// A firm's name before a lower-case "company" takes it as its head.
		{"The fire broke out at the Northfield Paper company on Monday.", []nm{{"Northfield Paper company", "ORG", "Northfield Paper Company"}}},
		{"Shares of the Brightwater firm fell.", []nm{{"Brightwater firm", "ORG", "Brightwater Firm"}}},
		{"A Beijing company paid the fine.", []nm{{"Beijing", "PLACE", "Beijing"}}},
		{"Northfield Paper, a company in Maine, shut.", []nm{{"Northfield Paper", "NAME", "Northfield Paper"}, {"Maine", "PLACE", "Maine"}}},
		{"Omar al-Rashidi met the envoy.", []nm{{"Omar al-Rashidi", "PERSON", "Omar al-Rashidi"}}},
		{"The President said nothing.", nil},
		// A time zone is a word of a clock time, never a name.
		{"The gates shut at dusk (1630 GMT) on Friday.", nil},
		{"On Tuesday the talks ended.", nil},
		{"I think it will rain.", nil},
		{"According to Yonhap, the talks failed.", []nm{{"Yonhap", "ORG", "Yonhap"}}},
		{"Seoul-based analysts disagreed.", []nm{{"Seoul", "PLACE", "Seoul"}}},
		{"The Democratic People's Republic of Korea protested.", []nm{
			{"Democratic People's Republic of Korea", "ORG", "North Korea"}}}, // an actor: its government
		{"The South Korean Yonhap agency reported it.", []nm{{"South Korean", "PLACE", "South Korea"}, {"Yonhap", "ORG", "Yonhap"}}},
		{"Veterans of the Korean War marched.", []nm{{"Korean War", "EVENT", "Korean War"}}},
		{"Two-star generals met.", nil},
		{"Kim Jong Il died.", []nm{{"Kim Jong Il", "PERSON", "Kim Jong Il"}}},
		{"They met at Bombay Thursday.", []nm{{"Bombay", "PLACE", "Mumbai"}}},
		// Headlines.
		{"BREAKING: NORTH KOREA AGREES TO TALKS", []nm{{"NORTH KOREA", "ORG", "North Korea"}}},
	}
	for _, tt := range tests {
		got := namesOf(tt.text)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("findNames(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestFindNamesSentenceStart checks that a capitalised ordinary word at
// the start of a sentence is not a name when the text also writes it in
// lower case.
func TestFindNamesSentenceStart(t *testing.T) {
	text := "Negotiators met again. The negotiators left."
	d := compare.NewDocument("t.txt", []byte(text))
	ss := []compare.Sentence{{Span: compare.Span{Start: 0, End: 22}}, {Span: compare.Span{Start: 23, End: len(text)}}}
	if ms := findNames(d, ss); len(ms) != 0 {
		t.Errorf("findNames(%q) = %v, want none", text, ms)
	}
}

// TestFindNamesHeadline checks that a title-case headline yields the
// names in it, not its ordinary words, which the body writes in lower case.
func TestFindNamesHeadline(t *testing.T) {
	head := "North Korea Agrees To Hold Military Talks With Seoul"
	text := head + "\nThe two sides will hold military talks next week."
	d := compare.NewDocument("t.txt", []byte(text))
	ss := []compare.Sentence{{Span: compare.Span{Start: 0, End: len(head)}},
		{Span: compare.Span{Start: len(head) + 1, End: len(text)}}}
	var got []nm
	for _, m := range findNames(d, ss) {
		got = append(got, nm{d.Slice(m.Span), m.Type, m.Value})
	}
	want := []nm{{"North Korea", "ORG", "North Korea"}, {"Seoul", "PLACE", "Seoul"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findNames(%q) mismatch (-want +got):\n%s", text, diff)
	}
}

// TestFindNamesTitleCase checks that a headline in title case, whose
// short function words stay in lower case, is read as a headline: its
// capitalised verbs and nouns are no names unless the text knows them.
func TestFindNamesTitleCase(t *testing.T) {
	for _, tt := range []struct {
		head string
		want []nm
	}{
		{"Acme Mills to Pay Up to $2 Million to Settle Claims of Unpaid Wages",
			[]nm{{"Acme Mills", "NAME", "Acme Mills"}}},
		// a lower-case verb: a sentence, whose capitals are names
		{"Acme Mills has 5 Regional Sales Managers and 2 Directors",
			[]nm{{"Acme Mills", "NAME", "Acme Mills"}, {"Regional Sales Managers", "NAME", "Regional Sales Managers"}, {"Directors", "NAME", "Directors"}}},
	} {
		text := tt.head + "\nA court approved the deal at Acme Mills on Monday."
		d := compare.NewDocument("t.txt", []byte(text))
		ss := []compare.Sentence{{Span: compare.Span{Start: 0, End: len(tt.head)}},
			{Span: compare.Span{Start: len(tt.head) + 1, End: len(text)}}}
		var got []nm
		for _, m := range findNames(d, ss) {
			if m.Span.End <= len(tt.head) {
				got = append(got, nm{d.Slice(m.Span), m.Type, m.Value})
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("findNames(%q) mismatch (-want +got):\n%s", tt.head, diff)
		}
	}
}

func TestSameNameAcrossRomanisations(t *testing.T) {
	// A letter or two apart in a long word: one name in two spellings.
	for _, p := range [][2]string{{"Panmunjom", "Panmunjeom"}, {"Pyeongchang", "Pyongchang"}, {"Gaddafi", "Gadhafi"}} {
		if !SameName(p[0], p[1]) {
			t.Errorf("SameName(%q, %q) = false, want true", p[0], p[1])
		}
	}
	// Short syllables a vowel apart may be two people.
	for _, p := range [][2]string{{"Park Min-ho", "Park Min-hee"}, {"Park Min-ho", "Park Min Su"}} {
		if SameName(p[0], p[1]) {
			t.Errorf("SameName(%q, %q) = true, want false", p[0], p[1])
		}
	}
}

func TestNameKey(t *testing.T) {
	same := [][2]string{
		{"Kim Jong-un", "Kim Jong Un"},
		{"Kim Jong-un", "kim jong-un"},
		{"U.S.", "US"},
		{"Zürich", "Zurich"},
		{"The Hague", "Hague"},
	}
	for _, p := range same {
		if a, b := NameKey(p[0]), NameKey(p[1]); a != b {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q, want equal", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{
		// Romanisations differ in their keys; SameName joins long ones.
		{"Panmunjom", "Panmunjeom"},
		{"Kim Jong-un", "Kim Jong Il"},
		{"Kim Jong-un", "Kim Jong-il"},
		{"Iran", "Iraq"},
		{"Park Geun-hye", "Park Chung-hee"},
	}
	for _, p := range differ {
		if a, b := NameKey(p[0]), NameKey(p[1]); a == b {
			t.Errorf("NameKey(%q) = NameKey(%q) = %q, want different", p[0], p[1], a)
		}
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Panmunjom", "Panmunjeom", true},
		{"Kim Jong-un", "Kim Jong Un", true},
		{"Gwangju", "Kwangju", true},
		{"Yeonpyeong Island", "Yeongpyeong Island", true},
		{"Pyeongchang", "Pyongchang", true},
		{"Kim Jong-un", "Kim Jong Il", false},
		{"Kim Jong Un", "Kim Jong Il", false},
		{"Kim Jong-un", "Kim Jong-il", false},
		{"Kim Dae-jung", "Kim Dae-jun", false},
		{"Kim Jong-un", "Kim", false},
		{"Iran", "Iraq", false},
		{"Austria", "Australia", false},
		{"Jason Lee", "Mason Lee", false},
		{"", "", true},
		{"Seoul", "", false},
	}
	for _, tt := range tests {
		if got := SameName(tt.a, tt.b); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameName(tt.b, tt.a); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func FuzzNames(f *testing.F) {
	for _, s := range []string{"Kim Jong-un met Mr. Lee at Panmunjom.", "U.S.", "Bank of", "al-",
		"People's Republic of", "ZÜRICH Ä", "Korea's", "Mr.", "A. B. C.", "of the", "'s"} {
		f.Add(s)
	}
	for _, s := range []string{"North and South Korea. The North's envoy", "Kim Jong Il. Mr. Kim said",
		"Pyongyang warned. the South and North", "North, South Korean", "the North and",
		"Khaled Al-Masri left. said al-Masri's", "al-M", "x al-Y-z", "Ana de la", "De Villepin. de"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := compare.NewDocument("t.txt", []byte(text))
		ss := segment.Sentences(d) // several sentences, for the document-level rules
		ms := findNames(d, ss)
		checkSpans(t, "findNames", text, ms)
		for _, m := range ms {
			if m.Value == "" {
				t.Fatalf("findNames(%q): empty value for %q", text, d.Slice(m.Span))
			}
		}
	})
}

func FuzzNameKey(f *testing.F) {
	for _, s := range []string{"Kim Jong-un", "Panmunjeom", "U.S.", "Zürich", "the"} {
		f.Add(s, "Kim Jong Il")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if !SameName(a, a) {
			t.Fatalf("SameName(%q, itself) = false", a)
		}
		if SameName(a, b) != SameName(b, a) {
			t.Fatalf("SameName(%q, %q) is not symmetric", a, b)
		}
	})
}

func BenchmarkNames(b *testing.B) {
	d, ss := benchDocument()
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		findNames(d, ss)
	}
}

// TestDataFiles: every line of the embedded name lists is well formed, so
// that a typo in one cannot type names silently.
func TestDataFiles(t *testing.T) {
	for _, line := range dataLines(gazetteerFile) {
		typ, names, ok := strings.Cut(line, " ")
		if !ok || typ != typePlace && typ != typeOrg && typ != "AGENCY" || strings.TrimSpace(names) == "" {
			t.Errorf("data/gazetteer.txt: %q is not TYPE Name|Variant...", line)
		}
	}
	for file, text := range map[string]string{"demonyms": demonymsFile, "capitals": capitalsFile} {
		for _, line := range dataLines(text) {
			k, v, ok := strings.Cut(line, ":")
			if !ok || strings.TrimSpace(k) == "" || strings.TrimSpace(v) == "" {
				t.Errorf("data/%s.txt: %q is not key:value", file, line)
			}
		}
	}
	for _, names := range countryList() {
		for _, n := range names {
			if strings.TrimSpace(n) == "" || n != strings.TrimSpace(n) {
				t.Errorf("data/countries.txt: empty or padded name in %v", names)
			}
		}
	}
}

// TestAPersonWordOpeningASentenceIsNoName: a word for a person, capitalised
// only because it opens the sentence, says who the named is and is no
// part of the name.
func TestAPersonWordOpeningASentenceIsNoName(t *testing.T) {
	for text, want := range map[string]nm{
		"Incumbent Anselm Rook won a second term.":   {"Anselm Rook", "PERSON", "Anselm Rook"},
		"Veteran Ada Holm finished third in Velden.": {"Ada Holm", "PERSON", "Ada Holm"},
	} {
		got := namesOf(text)
		if len(got) == 0 || got[0] != want {
			t.Errorf("findNames(%q) = %v, want first %v", text, got, want)
		}
	}
}
