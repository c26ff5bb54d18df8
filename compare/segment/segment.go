package segment

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

// Sentences returns the sentences of d's body in order, each with its
// tokens. Boilerplate lines are still segmented; callers skip them.
//
// It reads d.Plain() inside d.Body; every span indexes d.Text. Sentences
// and tokens never begin or end with white space, and a sentence never
// crosses a blank line. Runs of punctuation with no letter or digit (such
// as a "* * *" separator) are not sentences.
func Sentences(d *compare.Document) []compare.Sentence {
	p := d.Plain()
	n := min(len(p), len(d.Text))
	lo, hi := max(d.Body.Start, 0), min(d.Body.End, n)
	for lo < hi && !utf8.RuneStart(p[lo]) {
		lo++
	}
	if lo >= hi {
		return nil
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	s := splitter{p: p[:hi], raw: d.Text[:hi]}
	// A guess at the counts, so that appends rarely grow: English news
	// runs about one token per five bytes and one sentence per 150. The
	// spans become the sentences' tokens; the rest is scratch, reused
	// from document to document.
	s.spans = make([]compare.Span, 0, (hi-lo)/4+8)
	s.sents = slices.Grow(sc.sents[:0], (hi-lo)/150+2)
	s.lines = slices.Grow(sc.lines[:0], 16)
	s.toks = slices.Grow(sc.toks[:0], min(256, (hi-lo)/4+8))
	s.run(lo, hi)
	sc.sents, sc.lines, sc.toks = s.sents, s.lines, s.toks
	out := make([]compare.Sentence, len(s.sents))
	for i, r := range s.sents {
		toks := s.spans[r.a:r.b:r.b]
		out[i] = compare.Sentence{
			Span:      compare.Span{Start: toks[0].Start, End: toks[len(toks)-1].End},
			Tokens:    toks,
			Paragraph: r.para,
		}
	}
	return out
}

// splitter holds the state of one call of Sentences; its slices are
// reused from block to block.
type splitter struct {
	p     []byte  // the plain text, up to the body's end
	raw   []byte  // the text as read, for list markers that Plain blanks
	lines []line  // non-blank lines of the current block
	toks  []token // tokens of the current segment
	spans []compare.Span
	sents []sentRef
	para  int // paragraph number of the next segment with a sentence
}

// scratch is a splitter's memory that no sentence keeps, reused through
// scratchPool; none of it points into a document.
type scratch struct {
	lines []line
	toks  []token
	sents []sentRef
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// sentRef is a sentence as the range [a, b) of splitter.spans.
type sentRef struct{ a, b, para int }

// line is one line of a block, measured for the line-break heuristics.
type line struct {
	start        int  // the line's first byte
	first, end   int  // first non-space byte and end of the last non-space rune
	width        int  // runes from the line's start to end
	firstWord    int  // runes of the first space-delimited word
	firstRune    rune // rune at first
	last, before rune // last non-space rune and the one before it
	upper, lower int  // counts of upper- and lower-case letters
}

func (s *splitter) run(lo, hi int) {
	p := s.p
	for i := lo; i < hi; {
		j := i
		for j < hi && p[j] != '\n' && p[j] != '\r' {
			j++
		}
		if l, ok := s.measure(i, j); ok {
			s.lines = append(s.lines, l)
		} else {
			s.flushBlock()
		}
		if j < hi && p[j] == '\r' {
			j++
		}
		if j < hi && p[j] == '\n' {
			j++
		}
		i = j
	}
	s.flushBlock()
}

// measure describes the line [start, end); ok is false for a blank line.
func (s *splitter) measure(start, end int) (l line, ok bool) {
	p := s.p
	l.start, l.first = start, -1
	width, inFirst := 0, true
	for k := start; k < end; {
		r, n := decode(p, k)
		width++
		if r == ' ' || isSpace(r) {
			if l.first >= 0 {
				inFirst = false
			}
			k += n
			continue
		}
		if l.first < 0 {
			l.first, l.firstRune = k, r
		}
		if inFirst {
			l.firstWord++
		}
		l.end, l.width = k+n, width
		l.before, l.last = l.last, r
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r && r <= 'z' {
				l.lower++
			} else if 'A' <= r && r <= 'Z' {
				l.upper++
			}
		case unicode.IsLower(r):
			l.lower++
		case unicode.IsUpper(r):
			l.upper++
		}
		k += n
	}
	return l, l.first >= 0
}

// flushBlock segments the block of lines gathered since the last blank
// line: first into segments at hard line breaks, then each segment into
// sentences at punctuation.
func (s *splitter) flushBlock() {
	if len(s.lines) == 0 {
		return
	}
	width := 0
	for _, l := range s.lines {
		width = max(width, l.width)
	}
	from := 0
	for k := 0; k+1 < len(s.lines); k++ {
		if s.hardBreak(k, width) {
			s.segment(s.lines[from].first, s.lines[k].end)
			from = k + 1
		}
	}
	s.segment(s.lines[from].first, s.lines[len(s.lines)-1].end)
	s.lines = s.lines[:0]
}

// hardBreak reports whether the break after line k of the block ends a
// sentence whatever the punctuation says: a headline or dateline above
// text, a list item. Hard-wrapped prose must not break, so a line that
// ends without terminal punctuation breaks only when the next line could
// not continue it: it starts a list item or a dateline, the line is in
// capitals, or the next line's first word would have fitted on the line
// (greedy wrapping would have put it there; width is the block's widest
// line, a lower bound of the wrap width).
func (s *splitter) hardBreak(k, width int) bool {
	cur, next := &s.lines[k], &s.lines[k+1]
	switch s.bullet(next) {
	case bulletAlways:
		return true
	case bulletListed:
		if cur.last == ':' || s.bullet(cur) == bulletListed {
			return true
		}
	}
	if s.isLabelLine(cur) && s.isLabelLine(next) {
		return true // "Deaths: 12" over "Injured: 40": a table of labels
	}
	if isTableRow(cur) || isTableRow(next) {
		return true // "| Deaths | 12 |": each row of a table is its own
	}
	if cur.endsTerminal() || isContinuing(cur.last) {
		return false
	}
	if cur.upper >= 2 && cur.lower == 0 && !(next.upper >= 2 && next.lower == 0) {
		return true
	}
	if unicode.IsLower(next.firstRune) {
		return false
	}
	if s.isDateline(next) {
		return true
	}
	if s.endsWithFunctionWord(cur) {
		return false
	}
	return cur.width+1+next.firstWord <= width
}

// isTableRow reports whether l is a row of a table drawn with bars: it
// opens and closes with one ("| Deaths | 12 |").
func isTableRow(l *line) bool {
	return l.firstRune == '|' && l.last == '|' && l.end > l.first+1
}

// maxLabelWords is the most words a label of a "Label: value" line has.
const maxLabelWords = 4

// isLabelLine reports whether l reads "Label: value": a capitalised label
// of a few words, a colon, and a value on the same line.
func (s *splitter) isLabelLine(l *line) bool {
	p := s.p
	i := l.first
	if i >= l.end || !unicode.IsUpper(l.firstRune) {
		return false
	}
	words := 1
	for ; i < l.end && p[i] != ':'; i++ {
		switch p[i] {
		case ' ':
			words++
		case '.', ',', ';', '!', '?':
			return false
		}
	}
	if i+1 >= l.end || words > maxLabelWords || p[i+1] != ' ' {
		return false
	}
	for j := i + 1; j < l.end; j++ {
		if p[j] != ' ' && p[j] != '\t' {
			return true
		}
	}
	return false
}

func (l *line) endsTerminal() bool {
	return isTerminal(l.last) || isCloser(l.last) && isTerminal(l.before)
}

// isContinuing reports whether a line ending in r must go on.
func isContinuing(r rune) bool {
	switch r {
	case ',', ';', ':', '-', '–', '—', '(', '[', '&':
		return true
	}
	return false
}

const (
	bulletNone   = iota
	bulletAlways // a bullet character that is never prose: •
	bulletListed // "- ", "* ", "1. ", "2) ": a list item only in a list
)

// bullet classifies the list marker that starts l. It reads the text as
// read, since Plain may have blanked a Markdown marker.
func (s *splitter) bullet(l *line) int {
	p, i := s.raw, l.start
	for i < l.end && (p[i] == ' ' || p[i] == '\t') {
		i++
	}
	if i >= l.end {
		return bulletNone
	}
	r, n := decode(p, i)
	spaceAt := func(j int) bool { return j < l.end && (p[j] == ' ' || p[j] == '\t') }
	switch r {
	case '•', '‣', '◦', '▪', '●':
		return bulletAlways
	case '-', '*', '+', '–', '—':
		if spaceAt(i + n) {
			return bulletListed
		}
		return bulletNone
	}
	j := i
	for j < l.end && j-i < 3 && '0' <= p[j] && p[j] <= '9' {
		j++
	}
	if j > i && j < l.end && (p[j] == '.' || p[j] == ')') && spaceAt(j+1) {
		return bulletListed
	}
	return bulletNone
}

// isDateline reports whether l starts as a news dateline does: a place in
// capitals followed by a comma, a bracket or a dash ("OSLO, Aug 4",
// "NEW YORK (AP) -").
func (s *splitter) isDateline(l *line) bool {
	p := s.p
	caps, i := 0, l.first
	for i < l.end {
		r, n := decode(p, i)
		if unicode.IsUpper(r) {
			caps++
			i += n
			continue
		}
		if r == ' ' && i+1 < l.end {
			if r2, _ := decode(p, i+1); unicode.IsUpper(r2) {
				i++
				continue
			}
		}
		break
	}
	if caps < 2 || i >= l.end {
		return false
	}
	if p[i] == ',' {
		return true
	}
	if p[i] != ' ' || i+1 >= l.end {
		return false
	}
	r, _ := decode(p, i+1)
	return r == '(' || r == '-' || r == '–' || r == '—'
}

// endsWithFunctionWord reports whether l ends with a word such as "the"
// or "of", which no headline or deliberate line break ends with.
func (s *splitter) endsWithFunctionWord(l *line) bool {
	i := l.end
	for i > l.first && 'a' <= s.p[i-1] && s.p[i-1] <= 'z' {
		i--
	}
	if i > l.first && !isSpace(rune(s.p[i-1])) {
		return false
	}
	return functionWords[string(s.p[i:l.end])]
}

// segment tokenizes [lo, hi) and splits it into sentences.
func (s *splitter) segment(lo, hi int) {
	s.toks = s.toks[:0]
	s.tokenize(lo, hi)
	if s.split() {
		s.para++
	}
}

// split cuts s.toks into sentences and reports whether it emitted any.
func (s *splitter) split() bool {
	toks := s.toks
	emitted, start := false, 0
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		var rule breakRule
		switch t.kind {
		case tStop:
			rule = breakStrong
		case tEllipsis:
			rule = breakStarter
		case tAbbrev:
			rule = t.rule
		default:
			continue
		}
		// Closing quotes and brackets, and more stops ("?!"), belong to
		// the sentence; a closing quote makes any stop a full one.
		j, bracket := i+1, false
	absorb:
		for ; j < len(toks) && toks[j].start == toks[j-1].end; j++ {
			switch toks[j].kind {
			case tStop:
				rule = breakStrong
			case tEllipsis:
			case tClose, tQuote:
				rule = breakStrong
				bracket = bracket || toks[j].first == ')' || toks[j].first == ']'
			default:
				break absorb
			}
		}
		if j == len(toks) {
			break
		}
		i = j - 1
		if bracket && s.opensInside(start, i) {
			// "Gen. (ret.) Hines": the stop ends a bracket opened inside
			// the sentence, which goes on after it.
			continue
		}
		gap := toks[j].start > toks[j-1].end
		if !gap && !isWideStop(t.first) {
			continue
		}
		var cut bool
		switch rule {
		case breakStrong:
			cut = s.startsSentence(j) && !s.isListNumber(start, i) && !s.isSpacedDecimal(start, i)
		case breakStarter:
			cut = s.clearStarter(j)
		case breakCapital:
			cut = toks[j].kind == tWord && unicode.IsUpper(toks[j].first) || s.clearStarter(j)
		case breakClock:
			cut = s.clearStarter(j) || toks[j].kind == tWord && unicode.IsUpper(toks[j].first) && !s.goesOnWithTime(j)
		}
		if cut {
			emitted = s.emit(start, j) || emitted
			start = j
		}
	}
	if start < len(toks) {
		emitted = s.emit(start, len(toks)) || emitted
	}
	return emitted
}

// opensInside reports whether the bracket that closes at toks[i] (or
// just before it) opened after toks[start], inside the sentence.
//
// The look back stops MaxSentenceBytes before toks[i]: a bracket opened
// further back is in a sentence cut anyway, and an unbounded look back
// from every stop costs the square of a paragraph of "a.)" runs.
func (s *splitter) opensInside(start, i int) bool {
	depth := 0
	from := s.toks[i].start - MaxSentenceBytes
	for k := i; k >= start && s.toks[k].start >= from; k-- {
		switch s.toks[k].first {
		case ')', ']':
			if s.toks[k].kind == tClose {
				depth++
			}
		case '(', '[':
			if s.toks[k].kind == tOpen {
				depth--
				if depth == 0 {
					return k > start
				}
			}
		}
	}
	return false
}

// MaxSentenceBytes bounds a sentence. Every claim quotes its sentence and
// later stages work sentence by sentence, so one endless sentence (a list
// of thousands of figures joined by commas) would make the cost and the
// report grow with the square of its length. Longer runs are cut, at the
// last comma, semicolon or colon of the second half of the limit when
// there is one. News sentences are shorter: on the evaluation articles
// fewer than one in a hundred is longer than 1 KiB, and cutting those
// changes none of the evaluation figures.
const MaxSentenceBytes = 1024

// emit records toks[a:b] as sentences, no longer than MaxSentenceBytes
// each unless one token is, and reports whether it emitted any.
func (s *splitter) emit(a, b int) bool {
	emitted := false
	for a < b {
		c := s.cut(a, b)
		emitted = s.emitOne(a, c) || emitted
		a = c
	}
	return emitted
}

// cut returns the end of the sentence that starts at toks[a], at most b:
// b itself if toks[a:b] fits MaxSentenceBytes.
func (s *splitter) cut(a, b int) int {
	toks := s.toks
	limit := toks[a].start + MaxSentenceBytes
	if toks[b-1].end <= limit {
		return b
	}
	k := a + 1 // at least one token, however long
	for k < b && toks[k].end <= limit {
		k++
	}
	for j := k - 1; j > a && toks[j].start-toks[a].start > MaxSentenceBytes/2; j-- {
		if t := &toks[j]; t.kind == tPunct && (t.first == ',' || t.first == ';' || t.first == ':') {
			return j + 1
		}
	}
	return k
}

// emitOne records toks[a:b] as a sentence unless it has no word.
func (s *splitter) emitOne(a, b int) bool {
	word := false
	for _, t := range s.toks[a:b] {
		if t.kind == tWord || t.kind == tAbbrev {
			word = true
			break
		}
	}
	if !word {
		return false
	}
	first := len(s.spans)
	for _, t := range s.toks[a:b] {
		s.spans = append(s.spans, compare.Span{Start: t.start, End: t.end})
	}
	s.sents = append(s.sents, sentRef{first, len(s.spans), s.para})
	return true
}

// startsSentence reports whether toks[j] may begin a sentence after a
// full stop: anything but a lower-case word or punctuation that continues.
func (s *splitter) startsSentence(j int) bool {
	t := &s.toks[j]
	switch t.kind {
	case tWord, tAbbrev:
		return !unicode.IsLower(t.first)
	case tOpen, tQuote:
		return true
	case tPunct:
		switch t.first {
		case ',', ';', ':', '%', '&', '/', '-':
			return false
		}
		return true
	}
	return false
}

// clearStarter reports whether toks[j] begins a sentence beyond doubt: a
// capitalised function word ("The", "But", "In"), or a capitalised word
// after an opening quote. It decides after abbreviations that may end a
// sentence, where a capital alone proves nothing ("U.S. Army").
func (s *splitter) clearStarter(j int) bool {
	toks := s.toks
	quoted := false
	for ; j < len(toks) && (toks[j].kind == tOpen || toks[j].kind == tQuote); j++ {
		quoted = true
	}
	if j == len(toks) || toks[j].kind != tWord {
		return false
	}
	if quoted {
		return unicode.IsUpper(toks[j].first)
	}
	return starters[string(s.p[toks[j].start:toks[j].end])]
}

// goesOnWithTime reports whether the word toks[j] may go on with a clock
// time before it, inside its sentence: a weekday, a month or a time zone
// ("9 a.m. Monday", "10 p.m. December 31", "6 p.m. EST", "8 a.m. Eastern
// time"). Any other capitalised word after "a.m." opens a sentence.
func (s *splitter) goesOnWithTime(j int) bool {
	w := string(s.p[s.toks[j].start:s.toks[j].end])
	if len(w) <= 4 && strings.ToUpper(w) == w {
		return true // "EST", "GMT", "CET"
	}
	return timeFollowers[strings.ToLower(w)]
}

// isListNumber reports whether the sentence toks[a:i+1] is only a list
// number such as "3." or "12.", which does not end a sentence.
func (s *splitter) isListNumber(a, i int) bool {
	if i != a+1 || s.toks[i].first != '.' || s.toks[a].kind != tWord {
		return false
	}
	w := s.p[s.toks[a].start:s.toks[a].end]
	if len(w) > 3 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isSpacedDecimal reports whether the stop toks[i] is the point of a
// decimal that de-tokenised text split with a space: "61. 3 percent",
// "1. 5 km". Wire style (AP, Reuters) begins no sentence with a figure
// other than a year, so one to three digits, the point, one space, one to
// three digits and a percent sign, percent word or unit are one number.
// Both halves must fit the decimal: after "in 2005." a figure starts a
// sentence, as it may outside wire style, and the break stays.
func (s *splitter) isSpacedDecimal(start, i int) bool {
	toks := s.toks
	if i < start+1 || i+2 >= len(toks) || toks[i].end-toks[i].start != 1 || toks[i].first != '.' {
		return false
	}
	whole, frac, unit := &toks[i-1], &toks[i+1], &toks[i+2]
	if whole.end != toks[i].start || frac.start != toks[i].end+1 || s.p[toks[i].end] != ' ' ||
		!s.isSmallNumber(whole) || !s.isSmallNumber(frac) {
		return false
	}
	if unit.kind == tPunct {
		return unit.first == '%'
	}
	w := strings.ToLower(string(s.p[unit.start:unit.end]))
	if w == "per" && i+3 < len(toks) {
		return strings.EqualFold(string(s.p[toks[i+3].start:toks[i+3].end]), "cent")
	}
	return unit.kind == tWord && decimalUnits[w]
}

// isSmallNumber reports whether t is one to three ASCII digits.
func (s *splitter) isSmallNumber(t *token) bool {
	if t.kind != tWord || t.end-t.start > 3 {
		return false
	}
	for _, c := range s.p[t.start:t.end] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
