package segment

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/claimdiff/claimdiff/compare"
)

// sentenceTexts returns the text of each sentence of text.
func sentenceTexts(text string) []string {
	d := compare.NewDocument("t.txt", []byte(text))
	var out []string
	for _, s := range Sentences(d) {
		out = append(out, d.Slice(s.Span))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"empty", "", nil},
		{"only space", " \n\t\r\n  ", nil},
		{"two sentences", "The dog barked. The cat ran away.",
			[]string{"The dog barked.", "The cat ran away."}},
		{"trimmed", "  \n  It rained.  Then it stopped.  \n",
			[]string{"It rained.", "Then it stopped."}},
		{"question and exclamation", "Who won? Nobody knows! Ask again.",
			[]string{"Who won?", "Nobody knows!", "Ask again."}},
		{"stop before lower case", "He paid 5 p. c. of it. the rest waits.",
			[]string{"He paid 5 p. c. of it. the rest waits."}},
		{"stop before digit", "Sales fell in 2019. 40 shops closed.",
			[]string{"Sales fell in 2019.", "40 shops closed."}},
		{"label lines", "Boats lost: 3\nCrew saved: 11\nWind speed: 90 km/h",
			[]string{"Boats lost: 3", "Crew saved: 11", "Wind speed: 90 km/h"}},
		{"table rows", "| Boats lost | 3 |\n| crew saved | 11 |\nThe storm passed.",
			[]string{"| Boats lost | 3 |", "| crew saved | 11 |", "The storm passed."}},
		{"wrapped prose with a colon stays one sentence", "The plan had one aim: keep\nthe harbour open all winter.",
			[]string{"The plan had one aim: keep\nthe harbour open all winter."}},
		{"stop before quote and bracket", `It ended. "Good," she said. (Nobody agreed.) Fine.`,
			[]string{"It ended.", `"Good," she said.`, "(Nobody agreed.)", "Fine."}},
		{"stop inside brackets inside sentence", "The governor, Gen. (ret.) Paul Hines, spoke (briefly.) Nobody asked.",
			[]string{"The governor, Gen. (ret.) Paul Hines, spoke (briefly.) Nobody asked."}},
		{"closing quote after stop", `He said "no." Then he left.`,
			[]string{`He said "no."`, "Then he left."}},
		{"curly closing quote", "She wrote “we agree.” The deal held.",
			[]string{"She wrote “we agree.”", "The deal held."}},
		{"stop inside quote before lower case", `"Stop!" he shouted at the crowd.`,
			[]string{`"Stop!" he shouted at the crowd.`}},
		{"repeated stops", "Really?! Yes.", []string{"Really?!", "Yes."}},
		{"no space after stop", "See example.org for more. Or call.",
			[]string{"See example.org for more.", "Or call."}},
		{"titles", "Mr. Adams met Dr. Lee and Gen. Ortiz. Sen. Park and Prof. Ruiz came too.",
			[]string{"Mr. Adams met Dr. Lee and Gen. Ortiz.", "Sen. Park and Prof. Ruiz came too."}},
		{"more titles", "Lt. Col. Vance thanked Capt. Ito, Sgt. Kahn, Rep. Moore, Gov. Diaz, Pres. Olsen, Rev. Hale, Adm. Pike, Maj. Webb and Cpl. Roy.",
			[]string{"Lt. Col. Vance thanked Capt. Ito, Sgt. Kahn, Rep. Moore, Gov. Diaz, Pres. Olsen, Rev. Hale, Adm. Pike, Maj. Webb and Cpl. Roy."}},
		{"Mrs Ms St Jr Sr", "Mrs. Hill and Ms. Grant visited St. Paul with Tom Hill Jr. and Tom Hill Sr. on Friday.",
			[]string{"Mrs. Hill and Ms. Grant visited St. Paul with Tom Hill Jr. and Tom Hill Sr. on Friday."}},
		{"Jr ends before starter", "The prize went to Carl Ames Jr. He thanked his team.",
			[]string{"The prize went to Carl Ames Jr.", "He thanked his team."}},
		{"months", "It opened on Nov. 28 and closed Dec. 4. Talks resume Jan. 9, Feb. 2 or Sept. 30.",
			[]string{"It opened on Nov. 28 and closed Dec. 4.", "Talks resume Jan. 9, Feb. 2 or Sept. 30."}},
		{"month ends sentence", "The vote moved to Oct. The delay angered many.",
			[]string{"The vote moved to Oct.", "The delay angered many."}},
		{"No. before number", "He wore No. 5 in the final. No. The coach said no.",
			[]string{"He wore No. 5 in the final.", "No.", "The coach said no."}},
		{"vs", "It was Rovers vs. United on Sunday.", []string{"It was Rovers vs. United on Sunday."}},
		{"etc mid sentence", "They sold apples, pears, etc. to tourists.",
			[]string{"They sold apples, pears, etc. to tourists."}},
		{"etc ends sentence", "They sold apples, pears, etc. Prices rose.",
			[]string{"They sold apples, pears, etc.", "Prices rose."}},
		{"company inside sentence", "Acme Inc. Chairman Bo Tan and Widget Corp. shares both fell.",
			[]string{"Acme Inc. Chairman Bo Tan and Widget Corp. shares both fell."}},
		{"company ends sentence", "The buyer was Lumen Ltd. It paid cash.",
			[]string{"The buyer was Lumen Ltd.", "It paid cash."}},
		{"initialism inside", "The U.S. Army and U.N. officials met E.U. envoys in the U.K. capital.",
			[]string{"The U.S. Army and U.N. officials met E.U. envoys in the U.K. capital."}},
		{"initialism ends", "Troops returned to the U.S. They landed at dawn.",
			[]string{"Troops returned to the U.S.", "They landed at dawn."}},
		{"initialism before quote", `He spoke of "the U.S." The crowd cheered.`,
			[]string{`He spoke of "the U.S."`, "The crowd cheered."}},
		{"initials", "J. R. R. Tolkien wrote it and George W. Bush read it.",
			[]string{"J. R. R. Tolkien wrote it and George W. Bush read it."}},
		{"time before weekday and zone", "It starts at 9 a.m. Monday and ends at 5 p.m. EST.",
			[]string{"It starts at 9 a.m. Monday and ends at 5 p.m. EST."}},
		{"time before lower case", "At 7 a.m. police arrived.", []string{"At 7 a.m. police arrived."}},
		{"time before month", "It began at 10 p.m. December 31.", []string{"It began at 10 p.m. December 31."}},
		{"time ends sentence", "The bell rang at 8 a.m. The doors opened.",
			[]string{"The bell rang at 8 a.m.", "The doors opened."}},
		{"time before a common word", "The tram left the depot at 6:10 a.m. Rescuers reached it an hour later.",
			[]string{"The tram left the depot at 6:10 a.m.", "Rescuers reached it an hour later."}},
		{"time before a zone word", "It starts at 8 a.m. Eastern time and ends at 6 p.m. GMT on Friday.",
			[]string{"It starts at 8 a.m. Eastern time and ends at 6 p.m. GMT on Friday."}},
		{"time before a spelled number", "The tram left the depot at 6:10 a.m. Three of its doors jammed.",
			[]string{"The tram left the depot at 6:10 a.m.", "Three of its doors jammed."}},
		{"initialism before a spelled number", "Shipments to the U.S. Dozens of crates were held.",
			[]string{"Shipments to the U.S.", "Dozens of crates were held."}},
		{"decimals", "Growth was 1.2 percent, or 3.5% a year. Debt hit 1,200.5 billion.",
			[]string{"Growth was 1.2 percent, or 3.5% a year.", "Debt hit 1,200.5 billion."}},
		{"split decimal percent", "Ortega won 61. 3 percent of the runoff vote.",
			[]string{"Ortega won 61. 3 percent of the runoff vote."}},
		{"split decimal sign and per cent", "Jobless claims fell to 4. 8% in May, from 5. 25 per cent. Wages rose.",
			[]string{"Jobless claims fell to 4. 8% in May, from 5. 25 per cent.", "Wages rose."}},
		{"split decimal unit", "The trawler sank in 12. 5 metres of water off the cape.",
			[]string{"The trawler sank in 12. 5 metres of water off the cape."}},
		{"figure without unit after stop", "The index rose 5. 20 people were hurt in the crush.",
			[]string{"The index rose 5.", "20 people were hurt in the crush."}},
		// A year is no decimal's whole part: the figure starts a sentence.
		{"year before percent", "The mill shut in 2005. 12 percent of the town left.",
			[]string{"The mill shut in 2005.", "12 percent of the town left."}},
		{"two spaces after stop", "Turnout hit 61.  3 percent of voters stayed home.",
			[]string{"Turnout hit 61.", "3 percent of voters stayed home."}},
		{"long fraction after stop", "The bill passed 212. 2040 km of road will be paved.",
			[]string{"The bill passed 212.", "2040 km of road will be paved."}},
		{"ellipsis inside", "He said the plan ... would fail.", []string{"He said the plan ... would fail."}},
		{"ellipsis before name", "We met ... Anna Berg later.", []string{"We met ... Anna Berg later."}},
		{"ellipsis ends", "He paused... Then he went on. Wait… It works.",
			[]string{"He paused...", "Then he went on.", "Wait…", "It works."}},
		{"list number", "1. Open the box. 2. Read it.", []string{"1. Open the box.", "2. Read it."}},
		{"non-ASCII", "Léogâne was hit. Ærø was not. Ça va.",
			[]string{"Léogâne was hit.", "Ærø was not.", "Ça va."}},
		{"uncased script", "He said 你好. 再见 was next.", []string{"He said 你好.", "再见 was next."}},
		{"wide stop", "今天下雨。明天晴。", []string{"今天下雨。", "明天晴。"}},
		{"punctuation only dropped", "First.\n\n* * *\n\nSecond.", []string{"First.", "Second."}},
		{"blank line ends", "No stop here\n\nNor here", []string{"No stop here", "Nor here"}},
		{"whitespace-only line ends", "Line one\n \t \nLine two", []string{"Line one", "Line two"}},
		{"CRLF", "Dateline Here\r\n\r\nIt rained. It poured.\r\n",
			[]string{"Dateline Here", "It rained.", "It poured."}},
		{"CR alone", "Top\r\rBody text.", []string{"Top", "Body text."}},
		{"headline dateline body", "Flood cuts power to 5,000 homes\nRIVERTON, March 4, 2011\n\nA flood cut power on Friday.",
			[]string{"Flood cuts power to 5,000 homes", "RIVERTON, March 4, 2011", "A flood cut power on Friday."}},
		{"capitals line", "DAILY LEDGER\n12 June 2010\n\nRain fell.",
			[]string{"DAILY LEDGER", "12 June 2010", "Rain fell."}},
		{"dateline with agency", "Bridge reopens\nNEW YORK (Wire) - The bridge reopened.",
			[]string{"Bridge reopens", "NEW YORK (Wire) - The bridge reopened."}},
		{"headline above prose", "Storm Hits Coast\nThe storm reached the coast on Monday and cut power to many towns along the bay.",
			[]string{"Storm Hits Coast", "The storm reached the coast on Monday and cut power to many towns along the bay."}},
		{"wrapped prose", "The committee said on Tuesday that the new bridge over the\nRiver Tay would open in May, two years later than Minister\nAnne Ford had promised when the work began.\nShe declined to comment.",
			[]string{"The committee said on Tuesday that the new bridge over the\nRiver Tay would open in May, two years later than Minister\nAnne Ford had promised when the work began.", "She declined to comment."}},
		{"wrapped before capital", "Officials from both countries met in the border town of\nBrest to discuss trade.",
			[]string{"Officials from both countries met in the border town of\nBrest to discuss trade."}},
		{"wrapped headline", "North, South Hold Talks On\nBorder Dispute\n\nBody.",
			[]string{"North, South Hold Talks On\nBorder Dispute", "Body."}},
		{"list after colon", "Demands:\n- more pay\n- fewer hours",
			[]string{"Demands:", "- more pay", "- fewer hours"}},
		{"dash in wrapped prose", "The truce was signed in a hurry, and\n- as many expected - soon broken.",
			[]string{"The truce was signed in a hurry, and\n- as many expected - soon broken."}},
		{"bullet character", "Key points\n• Rates rose\n• Prices fell",
			[]string{"Key points", "• Rates rose", "• Prices fell"}},
		{"stop then lower case line", "It cost 5 p.\nc. less than planned.", []string{"It cost 5 p.\nc. less than planned."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Kim Jong-un met Seoul's envoy.", []string{"Kim", "Jong-un", "met", "Seoul's", "envoy", "."}},
		{"Seoul’s envoys' cars", []string{"Seoul’s", "envoys", "'", "cars"}},
		{"1,200 troops, 1.2 million, 3.5% growth", []string{"1,200", "troops", ",", "1.2", "million", ",", "3.5", "%", "growth"}},
		{"$40.5bn at 10:30 on 9/11/2001", []string{"$", "40.5bn", "at", "10:30", "on", "9/11/2001"}},
		{"Mr. Roh of the U.S. at 9 a.m. today", []string{"Mr.", "Roh", "of", "the", "U.S.", "at", "9", "a.m.", "today"}},
		{"J. R. R. Tolkien, Ph.D., e.g. this", []string{"J.", "R.", "R.", "Tolkien", ",", "Ph.D.", ",", "e.g.", "this"}},
		{"No. 5 and No more", []string{"No.", "5", "and", "No", "more"}},
		{"Read GlobalSecurity.org now.", []string{"Read", "GlobalSecurity.org", "now", "."}},
		{"“Léogâne,” he said… (Panmunjeom)", []string{"“", "Léogâne", ",", "”", "he", "said", "…", "(", "Panmunjeom", ")"}},
		{"Wait... what?!", []string{"Wait", "...", "what", "?", "!"}},
		{"co\u00adoperate \ufeffnow", []string{"co\u00adoperate", "now"}},
		{"e\u0301te\u0301 naïve", []string{"e\u0301te\u0301", "naïve"}},
	}
	for _, tt := range tests {
		d := compare.NewDocument("t.txt", []byte(tt.text))
		var got []string
		for _, s := range Sentences(d) {
			for _, tok := range s.Tokens {
				got = append(got, d.Slice(tok))
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Sentences(%q) tokens mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "Storm Hits Coast\nPORTVILLE, May 2, 2012\n\nWind rose. Trees fell.\n\n\n\nPower is back.\n"
	type sent struct {
		Text      string
		Paragraph int
	}
	want := []sent{
		{"Storm Hits Coast", 0},
		{"PORTVILLE, May 2, 2012", 1},
		{"Wind rose.", 2},
		{"Trees fell.", 2},
		{"Power is back.", 3},
	}
	d := compare.NewDocument("t.txt", []byte(text))
	var got []sent
	for _, s := range Sentences(d) {
		got = append(got, sent{d.Slice(s.Span), s.Paragraph})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sentences(%q) paragraphs mismatch (-want +got):\n%s", text, diff)
	}
}

// TestBodyAndPlain checks that only the body is read, that Plain decides
// (blanked markup splits nothing) and that spans index Text.
func TestBodyAndPlain(t *testing.T) {
	text := "# Title\n\nIt *rose* 5.2%. Then it fell.\n"
	d := compare.NewDocument("t.md", []byte(text))
	d.Clean = []byte(strings.NewReplacer("#", " ", "*", " ").Replace(text))
	d.Body = compare.Span{Start: strings.Index(text, "It"), End: len(text)}
	want := []compare.Sentence{
		{Span: compare.Span{Start: 9, End: 24}, Paragraph: 0},
		{Span: compare.Span{Start: 25, End: 38}, Paragraph: 0},
	}
	got := Sentences(d)
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(compare.Sentence{}, "Tokens")); diff != "" {
		t.Errorf("Sentences(%q) with body %v mismatch (-want +got):\n%s", text, d.Body, diff)
	}
	if len(got) > 0 {
		var toks []string
		for _, tok := range got[0].Tokens {
			toks = append(toks, d.Slice(tok))
		}
		if diff := cmp.Diff([]string{"It", "rose", "5.2", "%", "."}, toks); diff != "" {
			t.Errorf("Sentences(%q) first tokens mismatch (-want +got):\n%s", text, diff)
		}
	}
}

// TestBlankedListMarkers checks that list items stay apart when Plain
// has blanked their Markdown markers.
func TestBlankedListMarkers(t *testing.T) {
	text := "Notes\n\n- Rates rose\n- Prices fell\n* Wages held\n1. Jobs grew\n"
	d := compare.NewDocument("t.md", []byte(text))
	d.Clean = []byte(strings.NewReplacer("- ", "  ", "* ", "  ", "1. ", "   ").Replace(text))
	var got []string
	for _, s := range Sentences(d) {
		got = append(got, d.Slice(s.Span))
	}
	want := []string{"Notes", "Rates rose", "Prices fell", "Wages held", "Jobs grew"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sentences(%q) with blanked markers mismatch (-want +got):\n%s", text, diff)
	}
}

func TestBadBody(t *testing.T) {
	for _, body := range []compare.Span{{Start: -5, End: 3}, {Start: 2, End: 100}, {Start: 10, End: 2}, {Start: 4, End: 4}} {
		d := compare.NewDocument("t.txt", []byte("One. Two."))
		d.Body = body
		for _, s := range Sentences(d) {
			if s.Span.Start < max(body.Start, 0) || s.Span.End > min(body.End, len(d.Text)) {
				t.Errorf("Sentences with body %v: sentence %v outside it", body, s.Span)
			}
		}
	}
}

// TestTokensNotShared checks that appending to one sentence's tokens does
// not overwrite the next sentence's.
func TestTokensNotShared(t *testing.T) {
	d := compare.NewDocument("t.txt", []byte("One two. Three four."))
	ss := Sentences(d)
	if len(ss) != 2 {
		t.Fatalf("Sentences(%q) = %d sentences, want 2", d.Text, len(ss))
	}
	before := ss[1].Tokens[0]
	_ = append(ss[0].Tokens, compare.Span{Start: 99, End: 100})
	if ss[1].Tokens[0] != before {
		t.Errorf("appending to sentence 0's tokens changed sentence 1's first token to %v", ss[1].Tokens[0])
	}
}

const benchText = `Flood Waters Rise Along the Valley
RIVERTON, March 4, 2011

Heavy rain pushed the Red River over its banks on Friday, forcing about 1,200
people from their homes in three towns, officials said. The water rose 2.5
metres in 12 hours, the fastest rise since records began in 1952.

"We have never seen anything like it," said Mayor Ellen Park. "The levees held
until 4 a.m., and then they simply gave way." Dr. Sam Ortiz of the U.S.
Geological Survey said the peak would pass by Sunday.

Emergency crews from Acme Corp. and the U.N. relief office set up shelters in
schools, churches, etc. Volunteers handed out 3,000 blankets... Many slept in
their cars. The state governor, Gen. (ret.) Paul Hines, declared an emergency
on Nov. 28 last year after a smaller flood; this one is worse.

Roads: Route 9 and Route 12 are closed. Schools will stay shut until Wednesday.
Insurers estimate losses at $40.5 million, or 0.3% of the county's output.
`

func BenchmarkSentences(b *testing.B) {
	text := []byte(strings.Repeat(benchText, 4))
	d := compare.NewDocument("bench.txt", text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(d)
	}
}

// TestLongSentenceCut checks that a run of text with no sentence end is
// cut into sentences of at most MaxSentenceBytes, at a comma when one
// lies in the second half of the limit, and that nothing is lost.
func TestLongSentenceCut(t *testing.T) {
	var b strings.Builder
	b.WriteString("The council approved")
	for i := range 2000 {
		fmt.Fprintf(&b, " item %d costing %d dollars,", i, i)
	}
	b.WriteString(" and nothing else.")
	text := b.String()
	d := compare.NewDocument("long.txt", []byte(text))
	ss := Sentences(d)
	if len(ss) < len(text)/MaxSentenceBytes {
		t.Fatalf("Sentences(%d-byte run) = %d sentences, want at least %d", len(text), len(ss), len(text)/MaxSentenceBytes)
	}
	tokens := 0
	for i, s := range ss {
		if n := s.Span.End - s.Span.Start; n > MaxSentenceBytes {
			t.Errorf("sentence %d is %d bytes, want at most %d", i, n, MaxSentenceBytes)
		}
		if i < len(ss)-1 && !strings.HasSuffix(d.Slice(s.Span), ",") {
			t.Errorf("sentence %d ends %q, want a cut after a comma", i, d.Slice(s.Span)[max(0, len(d.Slice(s.Span))-20):])
		}
		tokens += len(s.Tokens)
	}
	if want := len(strings.Fields(strings.NewReplacer(",", " ,", ".", " .").Replace(text))); tokens != want {
		t.Errorf("Sentences(%d-byte run) kept %d tokens, want %d", len(text), tokens, want)
	}

	// A single token longer than the limit stays whole.
	word := strings.Repeat("x", 3*MaxSentenceBytes)
	if got := sentenceTexts("A " + word + " b."); len(got) != 3 || got[1] != word {
		t.Errorf("Sentences(a %d-byte word) = %d sentences, want it alone between two", len(word), len(got))
	}
}
