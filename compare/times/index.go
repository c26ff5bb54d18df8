package times

import "strings"

// Every word a time form looks up is indexed once, when the sentence is
// cut into tokens: the token carries a set of class bits (which word lists
// hold it, which forms may start at it), so the scanner rejects most
// positions with one bit test and the forms test bits instead of probing
// maps.

// Class bits of a token. The low formCount bits say which forms may
// start at it (the order of parsers); the others which word list holds it.
const (
	formCount = 16

	clsStart    uint64 = 1 << (formCount + iota) // in startWords
	clsLeadMod                                   // in leadModifiers
	clsLeadPair                                  // a key of leadModifierPairs
	clsThe                                       // "the"
	// word lists the forms test, so that a word in none costs no map probe
	clsOrdinal
	clsUnit
	clsDurLead
	clsVague
	clsSmall
	clsTens
	clsDayPart
	clsSeason
	clsCalUnit
	clsRef
	clsSetAdverb
	clsSpokenDecade // bit 31; bits 32 to 47 are afterThe's
)

const (
	clsCountLead uint64 = 1 << (48 + iota)
	clsCountNoun
	clsZone
	clsFuture
	clsPast
	clsNotVerb
	clsMonth
	clsWeekday
	clsApostrophe  // punctuation read as "'"
	clsNumber      // a run of digits
	clsQuarterWord // "quarter", "half", "period": the unit of quarter
)

// Words some forms need further on in the sentence: a duration or a
// century needs a unit, a date a month, a quarter its word, a set one of
// its words. A form whose word does not follow is not tried.
// A word's own ahead… bits are also kept in its class, from bit
// aheadShift up.
const (
	aheadUnit = 1 << iota
	aheadMonth
	aheadQuarter
	aheadSet
	aheadAll = 1<<iota - 1

	aheadShift = 59
)

// aheadOf returns the ahead… bits of a word of class cls.
func aheadOf(cls uint64) uint64 {
	var a uint64
	if cls&clsUnit != 0 {
		a |= aheadUnit
	}
	if cls&clsMonth != 0 {
		a |= aheadMonth
	}
	if cls&clsQuarterWord != 0 {
		a |= aheadQuarter
	}
	if cls&(clsWeekday|clsMonth|clsSeason|clsDayPart|clsUnit|clsSetAdverb) != 0 {
		a |= aheadSet
	}
	return a << aheadShift
}

// markAhead sets the ahead bits of toks, a sentence.
func markAhead(toks []token) {
	var ahead byte
	for k := len(toks) - 1; k >= 0; k-- {
		ahead |= byte(toks[k].cls >> aheadShift)
		toks[k].ahead = ahead
	}
}

// aheadForms maps ahead bits to the forms they leave possible.
var aheadForms = func() (t [aheadAll + 1]uint64) {
	const date, century, quarter, duration, set = 1 << 1, 1 << 6, 1 << 10, 1 << 12, 1 << 13
	for a := range t {
		forms := uint64(allForms)
		if a&aheadUnit == 0 {
			forms &^= duration | century
		}
		if a&aheadMonth == 0 {
			forms &^= date
		}
		if a&aheadQuarter == 0 {
			forms &^= quarter
		}
		if a&aheadSet == 0 {
			forms &^= set
		}
		t[a] = forms | ^uint64(allForms)
	}
	return t
}()

// has reports whether token k's word is in the list of class bit b.
func (c *scanner) has(k int, b uint64) bool { return c.cls(k)&b != 0 }

// lookup looks token k's word up in m, whose words carry class bit b: a
// word without the bit is not probed for.
func lookup[V any](c *scanner, k int, b uint64, m map[string]V) (V, bool) {
	if c.cls(k)&b == 0 {
		var zero V
		return zero, false
	}
	v, ok := m[c.w(k)]
	return v, ok
}

// afterTheShift places, above the word-list bits, the forms that may go
// on after "the" with this word: "the" starts eleven forms, and the word
// after it rules most of them out.
const afterTheShift = 32

// allForms lets every form try a token: punctuation, which the scanner
// reaches only from inside a form.
const allForms = 1<<formCount - 1

// anyAfterThe lets every form go on after "the".
const anyAfterThe = allForms << afterTheShift

// formStarts lists, for each form in the order of parsers, the words it
// can start at. Numbers (numberClass) and punctuation (punctClass) have
// their own.
var formStarts = [formCount]string{
	/* clockTime */ `noon midday midnight`,
	/* explicitDate */ `@weekday @month @ordinal the`,
	/* numericDate */ ``,
	/* monthExpr */ `@month`,
	/* yearExpr */ `the fiscal calendar nineteen eighteen twenty two`,
	/* decade */ `the early late mid middle`,
	/* century */ `the @ordinal twenty`,
	/* weekdayExpr */ `@weekday @weekdays`,
	/* deictic */ `yesterday today tomorrow tonight this last the that`,
	/* relative */ `the this current present last past next coming previous preceding following year`,
	/* quarter */ `the its their that this last next fiscal calendar comparable same flat final latest recent previous current year @ordinal`,
	/* season */ `the early late mid @season`,
	/* duration */ `the its their future a an half couple dozens hundreds thousands @durlead @vague @small @tens`,
	/* set */ `@setadverb a per every each`,
	/* reference */ `right just these at the more until a as @ref`,
	/* boundary */ `early late mid earlier later middle the`,
}

// afterThe lists, for each form that may start at "the", the words that
// may follow it there; for a number after "the" see numberClass.
var afterThe = [formCount]string{
	/* explicitDate */ 1: `@ordinal`,
	/* yearExpr */ 4: `year`,
	/* decade */ 5: `early late mid middle @spokendecade`,
	/* century */ 6: `@ordinal twenty`,
	/* deictic */ 8: `@daypart next following previous day same`,
	/* relative */ 9: `this current present last past next coming previous preceding following year weekend full fiscal week`,
	/* quarter */ 10: `fiscal calendar comparable same flat final latest recent last previous current this year @ordinal quarter half period`,
	/* season */ 11: `early late mid @season`,
	/* duration */ 12: `a an half couple dozens hundreds thousands more additional further
		trading business working calendar fiscal school straight consecutive full long @durlead @vague @small @tens @unit`,
	/* reference */ 14: `past future present moment near short long medium`,
	/* boundary */ 15: `end beginning start middle turn close first second last latter`,
}

// numberClass returns the forms that can start at a run of n digits,
// and those that can go on with it after "the": a clock time, a day or a
// century has at most two digits (a clock four, followed by its zone), a
// year two or four ("1990-95"), a
// decade two or four ("'80s"), a quarter's year four; any count of units
// is a duration; a numeric date starts with two or four.
func numberClass(n int) uint64 {
	const (
		clock, date, numeric, year, decade, century, quarter, duration = 1 << 0, 1 << 1, 1 << 2, 1 << 4, 1 << 5, 1 << 6, 1 << 10, 1 << 12
	)
	switch {
	case n <= 1:
		return clsNumber | clock | date | numeric | century | duration | (date|century|duration)<<afterTheShift
	case n == 2:
		return clsNumber | clock | date | numeric | year | decade | century | duration | (date|decade|century|duration)<<afterTheShift
	case n == 4:
		// A clock of four digits ("0630 GMT") only with its zone
		// (numberFollow).
		return clsNumber | clock | numeric | year | decade | quarter | duration | (decade|quarter|duration)<<afterTheShift
	}
	return clsNumber | duration | duration<<afterTheShift
}

// numberFollow returns the forms that the token after the number at i
// leaves possible: a clock time goes on with minutes or a.m., a day with
// "th", "of" or a month, a numeric date with its separator, a decade with
// "s", a century with "th".
func (c *scanner) numberFollow(i int) uint64 {
	const clock, date, numeric, decade, century = 1 << 0, 1 << 1, 1 << 2, 1 << 5, 1 << 6
	forms := ^uint64(clock | date | numeric | decade | century)
	adj := c.adj(i + 1)
	switch c.w(i + 1) {
	case ":", ".":
		forms |= clock
		if adj {
			forms |= numeric
		}
	case "am", "pm", "a", "p", "o":
		forms |= clock
	case "in", "at":
		// "9 in the evening", "2 at night"
		if part, _ := c.partOfDay(i + 1); part != "" {
			forms |= clock
		}
	case "st", "nd", "rd", "th":
		forms |= date
		if adj {
			forms |= century
		}
	case "of":
		forms |= date
	case "/", "-":
		if adj {
			forms |= numeric
		}
	case "'", "s":
		if adj {
			forms |= decade
		}
	}
	if c.has(i+1, clsMonth) {
		forms |= date
	}
	if c.has(i+1, clsZone) || c.w(i+1) == "local" {
		forms |= clock // "0630 GMT", "1415 local time"
	}
	return forms
}

// apostropheForms: only a decade ("the '80s") starts at an apostrophe;
// other punctuation lets every form try.
const apostropheForms uint64 = 1<<5 | anyAfterThe | clsApostrophe

// wordEntry is one slot of the open-addressing word index.
type wordEntry struct {
	key string
	cls uint64
}

const indexBits = 11

var wordIndex [1 << indexBits]wordEntry

// shapes[len][first letter] has bit (last letter) set when some
// indexed word has that length, first and last letter: most words of a
// text are ruled out without hashing them.
var shapes [maxIndexedLen + 1][26]uint32

// maxIndexedLen bounds the length of indexed words ("approximately").
const maxIndexedLen = 15

// mayBeIndexed reports whether a word of n ASCII letters, first and
// last in either case, may be in the index.
func mayBeIndexed(n int, first, last byte) bool {
	return n <= maxIndexedLen && shapes[n][(first|0x20)-'a']>>((last|0x20)-'a')&1 != 0
}

// hashWord mixes a word's length and its first, middle and last bytes: the
// words of the index differ there, and a rare collision costs a probe.
func hashWord(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return (uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24) * 0x9E3779B1
}

// wordClass returns the class bits of the lower-case word w.
func wordClass(w string) uint64 {
	if len(w) > maxIndexedLen {
		return 0
	}
	const mask = 1<<indexBits - 1
	for p := hashWord(w) >> (32 - indexBits); ; p = (p + 1) & mask {
		e := &wordIndex[p]
		if e.key == w {
			return e.cls
		}
		if e.key == "" {
			return 0
		}
	}
}

// startWords holds every word that can begin a time expression; the
// scanner skips the others without trying the forms. The word index
// (wordIndex) is built from it.
var startWords = buildStartWords()

func buildStartWords() map[string]bool {
	words := map[string]bool{}
	for _, m := range []map[string]int{monthWords, weekdayWords, smallNumbers, tensNumbers, ordinalWords, spokenDecades} {
		for w := range m {
			words[w] = true
		}
	}
	for _, m := range []map[string]string{unitWords, dayParts, seasonWords, setAdverbs, refWords, calendarUnits} {
		for w := range m {
			words[w] = true
		}
	}
	for _, m := range []map[string]bool{vagueNumbers, leadModifiers, durationLeads} {
		for w := range m {
			words[w] = true
		}
	}
	for w := range leadModifierPairs {
		words[w] = true
	}
	for w := range weekdayWords {
		words[w+"s"] = true
	}
	for _, w := range strings.Fields(`the a an this last next coming past previous preceding following
		current present year yesterday today tomorrow tonight that its their every each per early late
		mid middle earlier later noon midday midnight fiscal calendar right just these at more until as
		half couple dozens hundreds thousands future`) {
		words[w] = true
	}
	return words
}

func init() {
	cls := map[string]uint64{}
	add := func(w string, bit uint64) { cls[w] |= bit }
	for w := range startWords {
		add(w, clsStart)
	}
	for w := range leadModifiers {
		add(w, clsLeadMod)
	}
	for w := range leadModifierPairs {
		add(w, clsLeadPair)
	}
	for bit, ws := range map[uint64][]string{
		clsOrdinal: mapKeys(ordinalWords), clsUnit: mapKeys(unitWords), clsDurLead: trueKeys(durationLeads),
		clsVague: trueKeys(vagueNumbers), clsSmall: mapKeys(smallNumbers), clsTens: mapKeys(tensNumbers),
		clsDayPart: mapKeys(dayParts), clsSeason: mapKeys(seasonWords), clsCalUnit: mapKeys(calendarUnits),
		clsRef: mapKeys(refWords), clsSetAdverb: mapKeys(setAdverbs), clsSpokenDecade: mapKeys(spokenDecades),
		clsCountLead: trueKeys(countLeads), clsCountNoun: trueKeys(countNouns), clsZone: trueKeys(zoneWords),
		clsFuture: trueKeys(futureCues), clsPast: trueKeys(pastCues), clsNotVerb: trueKeys(notVerbs),
		clsMonth: mapKeys(monthWords), clsWeekday: mapKeys(weekdayWords),
		clsQuarterWord: {"quarter", "half", "period"},
	} {
		for _, w := range ws {
			if isLowerWord(w) { // "no." is never one token
				add(w, bit)
			}
		}
	}
	lists := map[string][]string{}
	keys := func(name string, ws []string) { lists[name] = ws }
	keys("@weekday", mapKeys(weekdayWords))
	var plural []string
	for w := range weekdayWords {
		plural = append(plural, w+"s")
	}
	keys("@weekdays", plural)
	keys("@month", mapKeys(monthWords))
	keys("@ordinal", mapKeys(ordinalWords))
	keys("@season", mapKeys(seasonWords))
	keys("@durlead", mapKeys(durationLeads))
	keys("@vague", mapKeys(vagueNumbers))
	keys("@small", mapKeys(smallNumbers))
	keys("@tens", mapKeys(tensNumbers))
	keys("@setadverb", mapKeys(setAdverbs))
	keys("@ref", mapKeys(refWords))
	keys("@spokendecade", mapKeys(spokenDecades))
	keys("@daypart", mapKeys(dayParts))
	keys("@unit", mapKeys(unitWords))
	addLists := func(table [formCount]string, shift int) {
		for f, starts := range table {
			for _, w := range strings.Fields(starts) {
				ws := []string{w}
				if w[0] == '@' {
					ws = lists[w]
					if ws == nil {
						panic("formStarts: no list " + w)
					}
				}
				for _, w := range ws {
					add(w, 1<<(f+shift))
				}
			}
		}
	}
	addLists(formStarts, 0)
	addLists(afterThe, afterTheShift)
	add("the", clsThe)
	for w, c := range cls {
		c |= aheadOf(c)
		if len(w) > maxIndexedLen {
			panic("wordIndex: word longer than maxIndexedLen: " + w)
		}
		if first, last := w[0]-'a', w[len(w)-1]-'a'; first < 26 && last < 26 {
			shapes[len(w)][first] |= 1 << last
		} else {
			panic("wordIndex: word not of lower-case letters: " + w)
		}
		const mask = 1<<indexBits - 1
		p := hashWord(w) >> (32 - indexBits)
		for wordIndex[p].key != "" {
			p = (p + 1) & mask
		}
		wordIndex[p] = wordEntry{w, c}
	}
}

// trueKeys returns the words m maps to true.
func trueKeys(m map[string]bool) []string {
	var ws []string
	for w, ok := range m {
		if ok {
			ws = append(ws, w)
		}
	}
	return ws
}

func isLowerWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return w != ""
}

func mapKeys[V any](m map[string]V) []string {
	ws := make([]string, 0, len(m))
	for w := range m {
		ws = append(ws, w)
	}
	return ws
}
