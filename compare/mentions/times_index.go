package mentions

import (
	"encoding/binary"
	"strings"
)

// Every word a time form looks up is indexed once, when the sentence is
// cut into tokens: the token carries a set of class bits (which word lists
// hold it, which forms may start at it), so the scanner rejects most
// positions with one bit test and the forms test bits instead of probing
// maps.

// Class bits of a token. The low tmFormCount bits say which forms may
// start at it (the order of parsers); the others which word list holds it.
const (
	tmFormCount = 16

	tmcStart    uint64 = 1 << (tmFormCount + iota) // in tmStartWords
	tmcLeadMod                                     // in tmLeadModifiers
	tmcLeadPair                                    // a key of tmLeadModifierPairs
	tmcThe                                         // "the"
	// word lists the forms test, so that a word in none costs no map probe
	tmcOrdinal
	tmcUnit
	tmcDurLead
	tmcVague
	tmcSmall
	tmcTens
	tmcDayPart
	tmcSeason
	tmcCalUnit
	tmcRef
	tmcSetAdverb
	tmcSpokenDecade // bit 31; bits 32 to 47 are tmAfterThe's
)

const (
	tmcCountLead uint64 = 1 << (48 + iota)
	tmcCountNoun
	tmcZone
	tmcFuture
	tmcPast
	tmcNotVerb
	tmcMonth
	tmcWeekday
	tmcApostrophe  // punctuation read as "'"
	tmcNumber      // a run of digits
	tmcQuarterWord // "quarter", "half", "period": the unit of quarter
)

// Words some forms need further on in the sentence: a duration or a
// century needs a unit, a date a month, a quarter its word, a set one of
// its words. A form whose word does not follow is not tried.
// A word's own tma… bits are also kept in its class, from bit
// tmAheadShift up.
const (
	tmaUnit = 1 << iota
	tmaMonth
	tmaQuarter
	tmaSet
	tmaAll = 1<<iota - 1

	tmAheadShift = 59
)

// tmAheadOf returns the tma… bits of a word of class cls.
func tmAheadOf(cls uint64) uint64 {
	var a uint64
	if cls&tmcUnit != 0 {
		a |= tmaUnit
	}
	if cls&tmcMonth != 0 {
		a |= tmaMonth
	}
	if cls&tmcQuarterWord != 0 {
		a |= tmaQuarter
	}
	if cls&(tmcWeekday|tmcMonth|tmcSeason|tmcDayPart|tmcUnit|tmcSetAdverb) != 0 {
		a |= tmaSet
	}
	return a << tmAheadShift
}

// tmMarkAhead sets the ahead bits of toks, a sentence.
func tmMarkAhead(toks []tmTok) {
	var ahead byte
	for k := len(toks) - 1; k >= 0; k-- {
		ahead |= byte(toks[k].cls >> tmAheadShift)
		toks[k].ahead = ahead
	}
}

// tmAheadForms maps ahead bits to the forms they leave possible.
var tmAheadForms = func() (t [tmaAll + 1]uint64) {
	const date, century, quarter, duration, set = 1 << 1, 1 << 6, 1 << 10, 1 << 12, 1 << 13
	for a := range t {
		forms := uint64(tmAllForms)
		if a&tmaUnit == 0 {
			forms &^= duration | century
		}
		if a&tmaMonth == 0 {
			forms &^= date
		}
		if a&tmaQuarter == 0 {
			forms &^= quarter
		}
		if a&tmaSet == 0 {
			forms &^= set
		}
		t[a] = forms | ^uint64(tmAllForms)
	}
	return t
}()

// has reports whether token k's word is in the list of class bit b.
func (c *timeScanner) has(k int, b uint64) bool { return c.cls(k)&b != 0 }

// tmGet looks token k's word up in m, whose words carry class bit b: a
// word without the bit is not probed for.
func tmGet[V any](c *timeScanner, k int, b uint64, m map[string]V) (V, bool) {
	if c.cls(k)&b == 0 {
		var zero V
		return zero, false
	}
	v, ok := m[c.w(k)]
	return v, ok
}

// tmAfterTheShift places, above the word-list bits, the forms that may go
// on after "the" with this word: "the" starts eleven forms, and the word
// after it rules most of them out.
const tmAfterTheShift = 32

// tmAllForms lets every form try a token: punctuation, which the scanner
// reaches only from inside a form.
const tmAllForms = 1<<tmFormCount - 1

// tmAnyAfterThe lets every form go on after "the".
const tmAnyAfterThe = tmAllForms << tmAfterTheShift

// tmFormStarts lists, for each form in the order of parsers, the words it
// can start at. Numbers (tmNumberClass) and punctuation (tmPunctClass) have
// their own.
var tmFormStarts = [tmFormCount]string{
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

// tmAfterThe lists, for each form that may start at "the", the words that
// may follow it there; for a number after "the" see tmNumberClass.
var tmAfterThe = [tmFormCount]string{
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

// tmNumberClass returns the forms that can start at a run of n digits,
// and those that can go on with it after "the": a clock time, a day or a
// century has at most two digits, a year two or four ("1990-95"), a
// decade two or four ("'80s"), a quarter's year four; any count of units
// is a duration; a numeric date starts with two or four.
func tmNumberClass(n int) uint64 {
	const (
		clock, date, numeric, year, decade, century, quarter, duration = 1 << 0, 1 << 1, 1 << 2, 1 << 4, 1 << 5, 1 << 6, 1 << 10, 1 << 12
	)
	switch {
	case n <= 1:
		return tmcNumber | clock | date | numeric | century | duration | (date|century|duration)<<tmAfterTheShift
	case n == 2:
		return tmcNumber | clock | date | numeric | year | decade | century | duration | (date|decade|century|duration)<<tmAfterTheShift
	case n == 4:
		return tmcNumber | numeric | year | decade | quarter | duration | (decade|quarter|duration)<<tmAfterTheShift
	}
	return tmcNumber | duration | duration<<tmAfterTheShift
}

// numberFollow returns the forms that the token after the number at i
// leaves possible: a clock time goes on with minutes or a.m., a day with
// "th", "of" or a month, a numeric date with its separator, a decade with
// "s", a century with "th".
func (c *timeScanner) numberFollow(i int) uint64 {
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
	if c.has(i+1, tmcMonth) {
		forms |= date
	}
	return forms
}

// tmApostropheForms: only a decade ("the '80s") starts at an apostrophe;
// other punctuation lets every form try.
const tmApostropheForms uint64 = 1<<5 | tmAnyAfterThe | tmcApostrophe

// tmWordEntry is one slot of the open-addressing word index.
type tmWordEntry struct {
	key string
	cls uint64
}

const tmIndexBits = 11

var tmIndex [1 << tmIndexBits]tmWordEntry

// tmShapes[len][first letter] has bit (last letter) set when some
// indexed word has that length, first and last letter: most words of a
// text are ruled out without hashing them.
var tmShapes [tmMaxIndexedLen + 1][26]uint32

// tmMaxIndexedLen bounds the length of indexed words ("approximately").
const tmMaxIndexedLen = 15

// tmMayBeIndexed reports whether a word of n ASCII letters, first and
// last in either case, may be in the index.
func tmMayBeIndexed(n int, first, last byte) bool {
	return n <= tmMaxIndexedLen && tmShapes[n][(first|0x20)-'a']>>((last|0x20)-'a')&1 != 0
}

// tmHash mixes a word's length and its first, middle and last bytes: the
// words of the index differ there, and a rare collision costs a probe.
func tmHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return (uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24) * 0x9E3779B1
}

// tmWordClass returns the class bits of the lower-case word w.
func tmWordClass(w string) uint64 {
	if len(w) > tmMaxIndexedLen {
		return 0
	}
	const mask = 1<<tmIndexBits - 1
	for p := tmHash(w) >> (32 - tmIndexBits); ; p = (p + 1) & mask {
		e := &tmIndex[p]
		if e.key == w {
			return e.cls
		}
		if e.key == "" {
			return 0
		}
	}
}

func init() {
	cls := map[string]uint64{}
	add := func(w string, bit uint64) { cls[w] |= bit }
	for w := range tmStartWords {
		add(w, tmcStart)
	}
	for w := range tmLeadModifiers {
		add(w, tmcLeadMod)
	}
	for w := range tmLeadModifierPairs {
		add(w, tmcLeadPair)
	}
	for bit, ws := range map[uint64][]string{
		tmcOrdinal: tmKeys(tmOrdinalWords), tmcUnit: tmKeys(tmUnitWords), tmcDurLead: tmTrue(tmDurationLeads),
		tmcVague: tmTrue(tmVagueNumbers), tmcSmall: tmKeys(tmSmallNumbers), tmcTens: tmKeys(tmTensNumbers),
		tmcDayPart: tmKeys(tmDayParts), tmcSeason: tmKeys(tmSeasonWords), tmcCalUnit: tmKeys(tmCalendarUnits),
		tmcRef: tmKeys(tmRefWords), tmcSetAdverb: tmKeys(tmSetAdverbs), tmcSpokenDecade: tmKeys(tmSpokenDecades),
		tmcCountLead: tmTrue(tmCountLeads), tmcCountNoun: tmTrue(tmCountNouns), tmcZone: tmTrue(tmZoneWords),
		tmcFuture: tmTrue(tmFutureCues), tmcPast: tmTrue(tmPastCues), tmcNotVerb: tmTrue(tmNotVerbs),
		tmcMonth: tmKeys(tmMonthWords), tmcWeekday: tmKeys(tmWeekdayWords),
		tmcQuarterWord: {"quarter", "half", "period"},
	} {
		for _, w := range ws {
			if tmIsLowerWord(w) { // "no." is never one token
				add(w, bit)
			}
		}
	}
	lists := map[string][]string{}
	keys := func(name string, ws []string) { lists[name] = ws }
	keys("@weekday", tmKeys(tmWeekdayWords))
	var plural []string
	for w := range tmWeekdayWords {
		plural = append(plural, w+"s")
	}
	keys("@weekdays", plural)
	keys("@month", tmKeys(tmMonthWords))
	keys("@ordinal", tmKeys(tmOrdinalWords))
	keys("@season", tmKeys(tmSeasonWords))
	keys("@durlead", tmKeys(tmDurationLeads))
	keys("@vague", tmKeys(tmVagueNumbers))
	keys("@small", tmKeys(tmSmallNumbers))
	keys("@tens", tmKeys(tmTensNumbers))
	keys("@setadverb", tmKeys(tmSetAdverbs))
	keys("@ref", tmKeys(tmRefWords))
	keys("@spokendecade", tmKeys(tmSpokenDecades))
	keys("@daypart", tmKeys(tmDayParts))
	keys("@unit", tmKeys(tmUnitWords))
	addLists := func(table [tmFormCount]string, shift int) {
		for f, starts := range table {
			for _, w := range strings.Fields(starts) {
				ws := []string{w}
				if w[0] == '@' {
					ws = lists[w]
					if ws == nil {
						panic("tmFormStarts: no list " + w)
					}
				}
				for _, w := range ws {
					add(w, 1<<(f+shift))
				}
			}
		}
	}
	addLists(tmFormStarts, 0)
	addLists(tmAfterThe, tmAfterTheShift)
	add("the", tmcThe)
	for w, c := range cls {
		c |= tmAheadOf(c)
		if len(w) > tmMaxIndexedLen {
			panic("tmIndex: word longer than tmMaxIndexedLen: " + w)
		}
		if first, last := w[0]-'a', w[len(w)-1]-'a'; first < 26 && last < 26 {
			tmShapes[len(w)][first] |= 1 << last
		} else {
			panic("tmIndex: word not of lower-case letters: " + w)
		}
		const mask = 1<<tmIndexBits - 1
		p := tmHash(w) >> (32 - tmIndexBits)
		for tmIndex[p].key != "" {
			p = (p + 1) & mask
		}
		tmIndex[p] = tmWordEntry{w, c}
	}
}

// tmTrue returns the words m maps to true.
func tmTrue(m map[string]bool) []string {
	var ws []string
	for w, ok := range m {
		if ok {
			ws = append(ws, w)
		}
	}
	return ws
}

func tmIsLowerWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return w != ""
}

func tmKeys[V any](m map[string]V) []string {
	ws := make([]string, 0, len(m))
	for w := range m {
		ws = append(ws, w)
	}
	return ws
}

// tmLower returns text with ASCII letters in lower case, the only ones
// the time words need, as one string whose words the tokens slice.
func tmLower(text []byte) string {
	var sb strings.Builder
	sb.Grow(len(text)) // one allocation, not zeroed
	var chunk [512]byte
	for len(text) > 0 {
		n := copy(chunk[:], text)
		k := 0
		for ; k+8 <= n; k += 8 {
			// eight bytes at a time: a byte gets 0x20 when it is in A-Z
			x := binary.LittleEndian.Uint64(chunk[k:])
			low := x & 0x7f7f7f7f7f7f7f7f
			geA := low + 0x3f3f3f3f3f3f3f3f // high bit set from 'A' (0x41) up
			gtZ := low + 0x2525252525252525 // high bit set above 'Z' (0x5a)
			upper := (geA ^ gtZ) & ^x & 0x8080808080808080
			binary.LittleEndian.PutUint64(chunk[k:], x|upper>>2)
		}
		for ; k < n; k++ {
			if c := chunk[k]; 'A' <= c && c <= 'Z' {
				chunk[k] = c + 'a' - 'A'
			}
		}
		sb.Write(chunk[:n])
		text = text[n:]
	}
	return sb.String()
}
