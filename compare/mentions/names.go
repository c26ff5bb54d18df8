package mentions

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
	"golang.org/x/text/unicode/norm"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/times"
)

// Name types of Mention.Type.
const (
	typePerson = "PERSON"
	typePlace  = "PLACE"
	typeOrg    = "ORG"
	typeName   = "NAME"
	// typeEvent is a named event ("Korean War", "Olympic Games"): neither
	// a place where something happened nor an actor.
	typeEvent = "EVENT"
)

// NameKey folds spelling variants of a name to one key: case, spaces,
// hyphens and dots ("Park Min-ho", "Park Min Ho", "U.S."/"US"),
// diacritics and a leading "the". Spellings of one name in two
// romanisations ("Chongju", "Cheongju") are left to the comparison of
// names a letter or two apart (PreparedName.Same), not folded here.
func NameKey(name string) string { return string(appendKey(nil, name)) }

// appendKey appends the NameKey of name to dst without the allocations
// of nameTokens, for lookups in findNames.
func appendKey(dst []byte, name string) []byte {
	if !isASCII(name) {
		name = stripMarks(name)
	}
	start, tokStart, ntok, firstEnd, firstIsThe := len(dst), len(dst), 0, 0, false
	endTok := func() {
		if len(dst) > tokStart {
			if ntok++; ntok == 1 {
				firstEnd, firstIsThe = len(dst), string(dst[tokStart:]) == "the"
			}
		}
		tokStart = len(dst)
	}
	for i, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
			// "U.S." and "O'Brien" are one token; a dot after a word ends it.
			if r == '.' && len(dst)-tokStart > 1 && !strings.Contains(name[i+1:], ".") {
				endTok()
			}
		default:
			endTok()
		}
	}
	endTok()
	if firstIsThe && ntok > 1 {
		dst = append(dst[:start], dst[firstEnd:]...)
	}
	return dst
}

// nameTokens splits a name into lower-case tokens at spaces,
// hyphens and other punctuation, as appendKey does.
func nameTokens(name string) []string {
	if !isASCII(name) {
		name = stripMarks(name)
	}
	var toks []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, string(cur))
			cur = cur[:0]
		}
	}
	for i, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = utf8.AppendRune(cur, unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
			if r == '.' && len(cur) > 1 && !strings.Contains(name[i+1:], ".") {
				flush()
			}
		default:
			flush()
		}
	}
	flush()
	return toks
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// stripMarks removes combining marks after canonical decomposition:
// "Zürich" → "Zurich".
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dmp has no time limit, so that a busy machine cannot change an answer;
// spellingVariant only gives it short tokens.
var dmp = func() *diffmatchpatch.DiffMatchPatch {
	d := diffmatchpatch.New()
	d.DiffTimeout = 0
	return d
}()

// SameName reports whether a and b name the same thing: their keys are
// equal, or they have the same number of tokens and every pair of tokens
// that differs is a close spelling (Levenshtein distance 1 for tokens of
// six or more letters, 2 from nine). A whole token that differs, such as
// Su and Ho in Park Min Su and Park Min Ho, is never a spelling variant.
func SameName(a, b string) bool {
	ka, kb := NameKey(a), NameKey(b)
	if ka == kb {
		return true
	}
	return PreparedName{ka, hyphenSplit(nameTokens(a))}.Same(PreparedName{kb, hyphenSplit(nameTokens(b))})
}

// hyphenSplit drops a leading "the" so that token lists line up.
func hyphenSplit(ts []string) []string {
	if len(ts) > 1 && ts[0] == "the" {
		return ts[1:]
	}
	return ts
}

func spellingVariant(x, y string) bool {
	n := min(utf8.RuneCountInString(x), utf8.RuneCountInString(y))
	if n < 6 || n > 64 {
		return false
	}
	k := 1
	if n >= 9 {
		k = 2
	}
	if !withinEdits(x, y, k) {
		return false // the diff below would measure more than k too
	}
	d := dmp.DiffLevenshtein(dmp.DiffMain(x, y, false))
	return d <= 1 || n >= 9 && d <= 2
}

// place is a gazetteer entry: a canonical name and its type.
type place struct{ name, typ string }

// gazetteer maps NameKey of a name or alias to its entry: the countries
// and the names WordNet cannot type or join (data/gazetteer.txt).
var gazetteer = func() map[string]place {
	m := map[string]place{}
	add := func(typ string, names []string) {
		for _, n := range names {
			m[NameKey(n)] = place{names[0], typ}
		}
	}
	for _, names := range countryList() {
		add(typePlace, names)
	}
	for _, line := range dataLines(gazetteerFile) {
		typ, names, _ := strings.Cut(line, " ")
		if typ == "AGENCY" {
			typ = typeOrg
			for _, n := range strings.Split(names, "|") {
				agencies[NameKey(n)] = true
			}
		}
		add(typ, strings.Split(names, "|"))
	}
	return m
}()

// agencies holds the NameKeys of the news agencies of the gazetteer.
var agencies = map[string]bool{}

// IsNewsAgency reports whether key, a NameKey, is that of a news agency
// ("xinhua"): a name that says who reported a story, not what it is
// about.
func IsNewsAgency(key string) bool { return agencies[key] }

//go:embed data/gazetteer.txt
var gazetteerFile string

//go:embed data/demonyms.txt
var demonymsFile string

// dataLines returns the lines of a data file that are neither blank nor
// comments, trimmed.
func dataLines(file string) []string {
	var out []string
	for _, line := range strings.Split(file, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

// demonyms maps a lower-case demonym to the place it stands for.
var demonyms = func() map[string]string {
	m := map[string]string{}
	for _, line := range dataLines(demonymsFile) {
		k, v, _ := strings.Cut(line, ":")
		m[k] = v
	}
	return m
}()

var wordSet = wordlist.Of

var (
	// titles come before a person's name and are not part of it: the
	// roles a person holds and courtesy titles.
	titles = wordlist.Union(wordlist.Roles, wordlist.Courtesy)
	// titleModifiers come before a title: "Foreign Minister", "Vice
	// Chairman". A portfolio before "Minister" or "Secretary" is any
	// common noun (titleModifier).
	titleModifiers = wordSet(`prime vice deputy foreign chief former acting first senior
		supreme state army navy air party top`)
	// portfolioTitles take a portfolio before them: "Health Minister",
	// "Fire Officer", "Police Chief".
	portfolioTitles = wordSet(`minister ministers secretary chief officer commissioner inspector superintendent`)
	// abbrevs take their full stop: "Mr.", "Gen.", "St.".
	abbrevs = wordSet(`mr mrs ms dr gen lt col maj capt sgt adm cmdr prof sen rep gov st rev
		pres jr sr co corp inc ltd mt ft`)
	orgHeads = wordSet(`ministry agency party bank university committee council association
		corporation corp inc company co group army navy command forces union organization
		organisation institute office department commission assembly congress parliament
		times news post press network service court government federation league fund
		foundation academy bureau board school college police force guard guards ltd`)
	placeHeads = wordSet(`river mountain mountains mount sea island islands peninsula province
		county city strait bay lake ocean valley zone street square village district region
		state gulf border`)
	// ofHeads may be followed by "of"/"for" inside a name: "Bank of Japan".
	ofHeads = wordSet(`ministry bank department university republic secretary sea gulf bay
		cape isle strait kingdom institute academy office bureau council committee commission
		court house chamber association federation organization organisation union school
		college museum church board city province islands minister states`)
	// particles stand, in lower case, between the parts of a personal
	// name: "Walid bin Talal", "Pieter van der Berg", "Carlos da Silva".
	particles = wordSet(`al bin ibn van von de da du del della der den di dos das la le el ul`)
	// articles are the Arabic article as romanised before a hyphen:
	// "al-Masri", "el-Baradei", "ash-Shami". Only with the hyphen and a
	// capital after it do they belong to a name, so that "an" and "as"
	// keep their English use.
	articles = wordSet(`al el ad as an ash`)
	// patronyms between a given name and a father's name make a person:
	// "Omar ibn Rashid".
	patronyms = wordSet(`bin ibn`)
	// personTitles are the lower-case titles that make the name after
	// them a person ("spokesman al-Masri"); not "major" or "general",
	// which are adjectives before a name too ("a major al-Nusra base").
	personTitles = func() map[string]bool {
		m := map[string]bool{}
		for w := range titles {
			m[w] = true
		}
		for _, w := range [...]string{"major", "general", "chair", "judge"} {
			delete(m, w)
		}
		return m
	}()
	weekdays = wordlist.Words(wordlist.Weekdays)
	// noise are all-caps words of headlines and page furniture.
	noise = wordSet(`breaking update updated exclusive photo photos video watch live opinion
		analysis editorial news advertisement share tweet email print comments read more
		ok tv usd eur gbp jpy krw cny inr rub chf aud cad hkd`)
	// nameStops are capitalised words that start sentences and headlines
	// but are not names.
	nameStops = func() map[string]bool {
		m := wordSet(`however meanwhile according also many most some all both each
			several other another such officials despite although though because unlike
			like instead while yet still even only just there here these those this that
			what who why how where which when whether if please mr mrs ms celsius fahrenheit`)
		addKeys(m, stopWords)
		addKeys(m, unitWords)
		addKeys(m, tensWords)
		return m
	}()
	// surnames are common East Asian family names, written first:
	// "Park Min Su", "Wang Li".
	surnames   = wordlist.FamilyFirst
	placePreps = wordSet(`in near outside inside across`)
	// eventHeads end the names of events.
	eventHeads = wordSet(`war wars games olympics olympiad summit conference crisis revolution
		cup championship championships festival election elections accords accord treaty
		armistice uprising offensive massacre incident campaign expo`)
	// hyphenTails end a capitalised word without joining a name:
	// "Hanoi-based", "U.S.-led".
	hyphenTails = wordSet(`era run led born made style wide like free type bound old based`)
)

// wordUse says how a document writes a word.
type wordUse uint8

const (
	inLower wordUse = 1 << iota // somewhere in lower case
	midCap                      // capitalised somewhere other than a sentence's first word
)

// nameTok is one word of a candidate name.
type nameTok struct {
	start, end int
	text, low  string
	conn       bool // a connector inside a name: "of", "and", "al"
}

func findNames(d *compare.Document, ss []compare.Sentence) []compare.Mention {
	return namesIn(d, tokenizeSentences(d, ss))
}

// sentenceTokens are the tokens of a document's sentences, tokenised
// once for quantities and names: sentence i's are all[bounds[i]:bounds[i+1]].
type sentenceTokens struct {
	text   string // the document's plain text
	all    []token
	bounds []int
}

func tokenizeSentences(d *compare.Document, ss []compare.Sentence) *sentenceTokens {
	return tokenizeInto(new(sentenceTokens), d, ss)
}

// tokenizeInto is tokenizeSentences into ts, reusing its memory.
func tokenizeInto(ts *sentenceTokens, d *compare.Document, ss []compare.Sentence) *sentenceTokens {
	text := string(d.Plain())
	all := slices.Grow(ts.all[:0], len(text)/5) // about one token per five bytes of prose
	bounds := slices.Grow(ts.bounds[:0], len(ss)+1)
	for _, s := range ss {
		bounds = append(bounds, len(all))
		start, end := max(s.Span.Start, 0), min(s.Span.End, len(text))
		if start < end {
			all = tokenize(text, start, end, all)
		}
	}
	bounds = append(bounds, len(all))
	*ts = sentenceTokens{text, all, bounds}
	return ts
}

// tokensPool holds sentenceTokens between documents: a document's tokens
// are its mentions' largest scratch memory, done with once they are found.
var tokensPool = sync.Pool{New: func() any { return new(sentenceTokens) }}

// release clears ts, so that the pool keeps no text alive, and returns it
// to the pool.
func (ts *sentenceTokens) release() {
	clear(ts.all)
	*ts = sentenceTokens{all: ts.all[:0], bounds: ts.bounds[:0]}
	tokensPool.Put(ts)
}

// sentences is the number of sentences.
func (ts *sentenceTokens) sentences() int { return len(ts.bounds) - 1 }

// sentence returns the tokens of sentence i.
func (ts *sentenceTokens) sentence(i int) []token { return ts.all[ts.bounds[i]:ts.bounds[i+1]] }

// namesIn returns the names of d's sentences, tokenised as ts.
func namesIn(d *compare.Document, ts *sentenceTokens) []compare.Mention {
	text, all, bounds := ts.text, ts.all, ts.bounds
	// How the text writes its words: sized for them at once, as a
	// document's distinct words are about half its tokens.
	lex := make(map[string]wordUse, len(all)/2)
	for _, t := range all {
		if t.kind == tWord && t.low == t.text {
			lex[t.low] |= inLower
		}
	}
	for i := 0; i+1 < len(bounds); i++ {
		first := true
		for _, t := range all[bounds[i]:bounds[i+1]] {
			if t.kind != tWord {
				continue
			}
			if !first && t.low != t.text {
				lex[t.low] |= midCap
			}
			first = false
		}
	}
	// Headlines come second: in them a run of capitalised words is a name
	// only if the gazetteer or the rest of the text knows it.
	var ms []compare.Mention
	for i := 0; i+1 < len(bounds); i++ {
		ms = appendNames(ms, all[bounds[i]:bounds[i+1]], lex, nil)
	}
	known := map[string]bool{}
	for _, m := range ms {
		known[NameKey(m.Value)] = true
		known[NameKey(string(d.Plain()[m.Span.Start:m.Span.End]))] = true
	}
	for i := 0; i+1 < len(bounds); i++ {
		ms = appendNames(ms, all[bounds[i]:bounds[i+1]], lex, known)
	}
	slices.SortStableFunc(ms, func(a, b compare.Mention) int { return a.Span.Start - b.Span.Start })
	resolveNames(ms, all, text)
	return ms
}

// titleLower are the words title case leaves in lower case: articles,
// conjunctions and short prepositions ("Mill to Pay $5 Million in Back
// Wages"). Verbs, however short, are capitalised ("Is", "Has").
var titleLower = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("a an the and or but nor for of to in on at by from with as vs via per into onto off out up") {
		m[w] = true
	}
	return m
}()

// appendNames finds the names of one sentence: of a body sentence when
// known is nil, else of a headline.
func appendNames(ms []compare.Mention, toks []token, lex map[string]wordUse, known map[string]bool) []compare.Mention {
	var words, caps, upper, lowerContent int
	first := -1
	for i, t := range toks {
		if t.kind != tWord {
			continue
		}
		if first < 0 {
			first = i
		}
		words++
		if isCap(t.text) {
			caps++
		} else if !titleLower[t.low] {
			lowerContent++
		}
		if isAllCaps(t.text) {
			upper++
		}
	}
	// A headline in capitals, or in title case, which leaves only its
	// short function words in lower case ("Mill to Pay $5 Million to
	// Settle Claims of Unpaid Wages"): capitals say nothing there.
	headline := words >= 3 && upper*10 >= words*6 || words >= 4 && caps*10 >= words*8 ||
		words >= 4 && caps >= 3 && lowerContent == 0 && first >= 0 && isCap(toks[first].text)
	if headline != (known != nil) {
		return ms
	}
	var buf []nameTok
	for i := 0; i < len(toks); {
		if toks[i].kind != tWord || !isCap(toks[i].text) && !articleAt(toks, i) {
			i++
			continue
		}
		var next int
		buf, next = candidate(toks, i, buf[:0])
		if len(buf) > 0 {
			if headline {
				ms = emitHeadline(ms, buf, known)
			} else {
				prev := ""
				if i > 0 {
					prev = toks[i-1].low
				}
				n := len(ms)
				ms = emitNames(ms, buf, i == first, prev, lex)
				ms = firmNamed(ms, n, toks, next)
			}
		}
		i = max(next, i+1)
	}
	return ms
}

// firmHeads are the nouns that follow a firm's name in lower case: "the
// Acme company".
var firmHeads = wordSet(`company corporation firm`)

// firmNamed gives the name that ends before toks[next], the last of
// ms[from:], the word for a firm that follows it in lower case ("the
// Northfield Paper company"): the word is the name's head, and says it
// names an organisation. Names already typed (places, people) keep
// theirs: "the Beijing company" is a company of Beijing.
func firmNamed(ms []compare.Mention, from int, toks []token, next int) []compare.Mention {
	if len(ms) == from || next >= len(toks) {
		return ms
	}
	t := toks[next]
	m := &ms[len(ms)-1]
	if t.kind != tWord || t.text != t.low || !firmHeads[t.low] || m.Type != typeName || next == 0 || toks[next-1].end != m.Span.End {
		return ms
	}
	m.Type = typeOrg
	m.Value += " " + strings.ToUpper(t.low[:1]) + t.low[1:]
	m.Span.End = t.end
	return ms
}

// candidate reads a maximal run of capitalised words at toks[i], with
// hyphenated parts ("Min-ho"), initials and dotted abbreviations
// ("Ada N. Okafor", "U.S.", "Mr."), and connectors inside known patterns
// ("Bank of Canada", "Ministry of Fisheries and Oceans", "Omar al-Rashid",
// "Pieter van der Berg"). It starts at a lower-case word only for an
// Arabic article: "al-Masri".
func candidate(toks []token, i int, out []nameTok) ([]nameTok, int) {
	n := len(toks)
	j := i
	usedOf := false
	if !isCap(toks[i].text) { // appendNames starts here only at an article: "al-Masri"
		nt, k, poss := articleWord(toks, i)
		if out = append(out, nt); poss {
			return out, k
		}
		j = k
	}
	for j < n {
		t := toks[j]
		if t.kind == tWord && isCap(t.text) {
			if len(out) > 0 && (weekdays[t.low] || months[t.low] && j+1 < n && toks[j+1].kind == tNum) {
				break // "Hanoi Thursday", "Oslo Aug 4"
			}
			nt, k := nameWord(toks, j)
			j = k
			if base, ok := cutPossessive(nt); ok {
				if base.low == "people" && j < n && isCap(toks[j].text) {
					out = append(out, nt) // "Democratic People's Republic"
					continue
				}
				out = append(out, base)
				break
			}
			out = append(out, nt)
			continue
		}
		if t.kind != tWord || len(out) == 0 || j+1 >= n {
			break
		}
		last := out[len(out)-1].low
		nx := toks[j+1]
		switch {
		case (t.low == "of" || t.low == "for") && ofHeads[last]:
			k := j + 1
			if nx.low == "the" && k+1 < n {
				k++
			}
			if toks[k].kind == tWord && isCap(toks[k].text) && !stopWords[toks[k].low] {
				out = append(out, nameTok{t.start, t.end, t.text, t.low, true})
				if k > j+1 {
					out = append(out, nameTok{nx.start, nx.end, nx.text, nx.low, true})
				}
				usedOf = true
				j = k
				continue
			}
		case t.low == "and" && usedOf && nx.kind == tWord && isCap(nx.text) && !orgHeads[nx.low] && !stopWords[nx.low]:
			out = append(out, nameTok{t.start, t.end, t.text, t.low, true})
			j++
			continue
		case hyphenCap(toks, j) && (particles[t.low] || articles[t.low]): // "ul-Haq", "ad-Din"
			nt, k, poss := articleWord(toks, j)
			out = append(out, nt)
			j = k
			if poss {
				break
			}
			continue
		case particles[t.low]:
			// One or two particles before a capitalised part: "da Silva",
			// "van der Berg"; "de facto" has none.
			k := j + 1
			if k+1 < n && particles[toks[k].low] && toks[k].kind == tWord && !isCap(toks[k].text) {
				k++
			}
			if toks[k].kind != tWord || !isCap(toks[k].text) {
				break
			}
			for ; j < k; j++ {
				out = append(out, nameTok{toks[j].start, toks[j].end, toks[j].text, toks[j].low, true})
			}
			continue
		}
		break
	}
	for len(out) > 0 && out[len(out)-1].conn {
		out = out[:len(out)-1]
	}
	return out, j
}

// articleAt reports whether toks[j] is an Arabic article joined by a
// hyphen to a capitalised part: "al-Masri", "El-Baradei". Not a word
// that runs on into it with a hyphen, as "Jaish-al-Adl" does: nameWord
// reads that whole.
func articleAt(toks []token, j int) bool {
	return hyphenCap(toks, j) && articles[toks[j].low]
}

// hyphenCap reports whether toks[j] is joined by a hyphen to a
// capitalised word after it, and not to a word before it.
func hyphenCap(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j+1].text != "-" {
		return false
	}
	t, h, w := toks[j], toks[j+1], toks[j+2]
	return adjacent(t, h) && adjacent(h, w) && w.kind == tWord && isCap(w.text) &&
		(j == 0 || !adjacent(toks[j-1], t))
}

// articleWord reads the article name at toks[j] (articleAt holds) as one
// word, "al-Masri", and says whether it ended with "'s".
func articleWord(toks []token, j int) (nameTok, int, bool) {
	w, k := nameWord(toks, j+2)
	t := toks[j]
	nt := nameTok{t.start, w.end, t.text + "-" + w.text, t.low + "-" + w.low, false}
	nt, poss := cutPossessive(nt)
	return nt, k, poss
}

// isArticleName reports whether a word is an article name: "al-Masri",
// "Al-Masri".
func isArticleName(w string) bool {
	a, rest, ok := strings.Cut(w, "-")
	return ok && isCap(rest) && inFolded(articles, a)
}

// cutPossessive strips "'s" from a word: "Korea's" → "Korea".
func cutPossessive(nt nameTok) (nameTok, bool) {
	for _, suf := range [...]string{"'s", "’s"} {
		if strings.HasSuffix(nt.low, suf) && len(nt.low) > len(suf) {
			nt.end -= len(suf)
			nt.text, nt.low = nt.text[:len(nt.text)-len(suf)], nt.low[:len(nt.low)-len(suf)]
			return nt, true
		}
	}
	return nt, false
}

// nameWord reads one word of a name at toks[j] with its hyphenated parts
// and, for abbreviations and initials, its full stop.
func nameWord(toks []token, j int) (nameTok, int) {
	n := len(toks)
	t := toks[j]
	nt := nameTok{t.start, t.end, t.text, t.low, false}
	k := j + 1
	// Initials and dotted abbreviations: "W.", "U.S.", "Mr.".
	if k < n && toks[k].text == "." && adjacent(t, toks[k]) &&
		(abbrevs[t.low] || utf8.RuneCountInString(t.text) == 1) {
		k++
		for k+1 < n && toks[k].kind == tWord && utf8.RuneCountInString(toks[k].text) == 1 &&
			adjacent(toks[k-1], toks[k]) && toks[k+1].text == "." && adjacent(toks[k], toks[k+1]) {
			k += 2
		}
		nt.end = toks[k-1].end
	} else {
		// Hyphenated parts: "Min-ho", "Al-Qaeda"; not "Hanoi-based".
		for k+1 < n && toks[k].text == "-" && adjacent(toks[k-1], toks[k]) && adjacent(toks[k], toks[k+1]) &&
			toks[k+1].kind == tWord {
			p := toks[k+1].low
			if !isCap(toks[k+1].text) && (len(p) > 4 || hyphenTails[p] || strings.HasSuffix(p, "ed")) {
				break
			}
			k += 2
			nt.end = toks[k-1].end
		}
	}
	return nameTok{nt.start, nt.end, "", "", false}.fill(toks, j, k), k
}

// fill sets text and low from the tokens j..k it covers.
func (nt nameTok) fill(toks []token, j, k int) nameTok {
	if k == j+1 {
		nt.text, nt.low = toks[j].text, toks[j].low
		return nt
	}
	var b, l strings.Builder
	for _, t := range toks[j:k] {
		b.WriteString(t.text)
		l.WriteString(t.low)
	}
	nt.text, nt.low = b.String(), l.String()
	return nt
}

// emitNames turns a candidate into zero or more mentions: it drops
// sentence-initial function words, splits before an inner title
// ("Chilean Foreign Minister Rojas"), strips titles, and in headlines
// keeps only what does not read as an ordinary word.
func emitNames(ms []compare.Mention, c []nameTok, atStart bool, prev string, lex map[string]wordUse) []compare.Mention {
	// Sentence-initial "The", "On", "But".
	for len(c) > 0 && (nameStops[c[0].low] || nameStops[firstPart(c[0].low)]) &&
		(atStart || len(c) == 1 || c[0].low == "the") &&
		!(len(c) > 1 && titles[strings.TrimSuffix(c[0].low, ".")]) { // "Mr. Kim" at the start
		prev = c[0].low // "In Seoul": the preposition still governs the name
		c = c[1:]
		atStart = false
	}
	if len(c) == 0 {
		return ms
	}
	// A leading demonym before a known name is a name of its own: "Chilean
	// Codelco", but not "Korean War" or "Chilean Defense Ministry".
	for k := min(2, len(c)-1); k > 0; k-- {
		if _, ok := demonyms[strings.ToLower(join(c[:k]))]; !ok {
			continue
		}
		if _, ok := gazetteer[NameKey(join(c[k:]))]; ok {
			ms = emitName(ms, c[:k], atStart, prev, lex)
			c, atStart, prev = c[k:], false, ""
			break
		}
	}
	// Split before an inner title run.
	for p := 1; p < len(c); p++ {
		if isTitle(c, p) {
			q := p
			for q > 0 && titleModifier(c, q-1) {
				q--
			}
			if q > 0 {
				ms = emitName(ms, c[:q], atStart, prev, lex)
				return emitName(ms, c[q:], false, "", lex)
			}
			break
		}
	}
	return emitName(ms, c, atStart, prev, lex)
}

// Quarters maps the abbreviations of the quarters of a place, written in
// capitals ("NE China"), to the words they stand for. The single letters
// are left out: "N. Korea" and "S. Africa" are countries' names.
var Quarters = map[string]string{"NE": "northeast", "NW": "northwest", "SE": "southeast", "SW": "southwest"}

// firstPart returns w up to its first hyphen: "two" for "two-star".
func firstPart(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 {
		return w[:i]
	}
	return w
}

// titleModifier reports whether c[p] qualifies the title after it.
func titleModifier(c []nameTok, p int) bool {
	w := strings.TrimSuffix(c[p].low, ".")
	if titleModifiers[w] {
		return true
	}
	// A portfolio ("Health Minister", "Unification Minister"): a word
	// WordNet knows as a common noun, not first as a named individual,
	// nor a body's head or initials ("Highways Ministry Secretary", "UN
	// Secretary"), nor a people's name ("Malaysian Minister").
	if p+1 >= len(c) || !portfolioTitles[c[p+1].low] || orgHeads[w] || isAllCaps(c[p].text) {
		return false
	}
	if _, people := demonyms[w]; people {
		return false
	}
	return len(lexicon.Synsets(w, lexicon.Noun)) > 0 && lexicon.NameClasses(w) == 0
}

// isTitle reports whether c[p] is a title before a name.
func isTitle(c []nameTok, p int) bool {
	w := strings.TrimSuffix(c[p].low, ".")
	if !titles[w] || p+1 >= len(c) {
		return false
	}
	if w == "general" || w == "secretary" {
		return !orgHeads[c[p+1].low] && c[p+1].low != "assembly" && c[p+1].low != "motors"
	}
	return true
}

// emitHeadline keeps, from a candidate in a headline, the longest runs
// of words that the gazetteer, the demonyms or the body of the text
// (known) name.
func emitHeadline(ms []compare.Mention, c []nameTok, known map[string]bool) []compare.Mention {
	for len(c) > 0 {
		found := 0
		for k := min(len(c), 5); k > 0; k-- {
			if _, ok := lookup(c[:k]); ok || known[NameKey(join(c[:k]))] && !nameStops[c[0].low] || namedIn(join(c[:k])) != typeName {
				found = k
				break
			}
		}
		if found == 0 {
			c = c[1:]
			continue
		}
		ms = emitName(ms, c[:found], false, "", nil)
		c = c[found:]
	}
	return ms
}

// lookup finds the words of c in the gazetteer or the demonyms.
func lookup(c []nameTok) (place, bool) {
	var buf [64]byte
	key := buf[:0]
	for _, t := range c {
		key = appendKey(key, t.text)
	}
	if p, ok := gazetteer[string(key)]; ok {
		return p, true
	}
	raw := join(c)
	low := strings.ToLower(raw)
	if pl, ok := demonyms[low]; ok {
		return place{pl, typePlace}, true
	}
	if pl, ok := demonyms[strings.TrimSuffix(low, "s")]; ok && strings.HasSuffix(low, "s") {
		return place{pl, typePlace}, true
	}
	return place{}, false
}

func join(c []nameTok) string {
	if len(c) == 1 {
		return c[0].text
	}
	var b strings.Builder
	for i, t := range c {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// emitName appends the mention for one name, after titles are stripped.
func emitName(ms []compare.Mention, c []nameTok, atStart bool, prev string, lex map[string]wordUse) []compare.Mention {
	typ := ""
	// Strip leading titles: "Prime Minister", "Mr.", "Secretary of State".
	for p := 0; p < len(c); p++ {
		w := strings.TrimSuffix(c[p].low, ".")
		if titleModifier(c, p) && p+1 < len(c) && titles[strings.TrimSuffix(c[p+1].low, ".")] {
			continue
		}
		if titles[w] && (p+1 < len(c) || len(c) == 1) {
			if w == "secretary" && p+2 < len(c) && c[p+1].low == "of" {
				p += 2 // "Secretary of State"
			}
			if p+1 >= len(c) {
				return ms // a title alone
			}
			if isTitle(c, p) || p > 0 || w != "general" && w != "secretary" {
				typ = typePerson
				c = c[p+1:]
				p = -1
				atStart = false
				continue
			}
		}
		break
	}
	if atStart && len(c) >= 3 && !givenNames[c[0].low] && !surnames[c[0].low] && lex[c[0].low]&midCap == 0 &&
		lexicon.IsA(c[0].low, lexicon.Noun, "person") {
		// "Incumbent Anselm Rook", "Veteran Ada Holm": a word for a
		// person that opens the sentence, capitalised only there, says
		// who they are; it is no part of the name.
		c = c[1:]
		typ = typePerson
		atStart = false
	}
	if len(c) == 0 {
		return ms
	}
	if len(c) == 1 {
		w := c[0].low
		if months[w] || weekdays[w] || nameStops[w] || len(c[0].text) == 1 ||
			isAllCaps(c[0].text) && (noise[w] || times.IsZone(w)) {
			return ms
		}
	}
	if weekdays[c[0].low] && len(c) > 1 {
		c = c[1:]
	}
	if Quarters[c[0].text] != "" && len(c) > 1 {
		// "NE China": the part of the country, abbreviated as headlines
		// do, qualifies the name; it is no part of it.
		c = c[1:]
	}
	value := join(c)
	pl, known := lookup(c)
	if atStart && !known && len(c) == 1 {
		if t := namedIn(value); t != typeName {
			known, pl = true, place{value, t} // "Seoul rejected it"
		}
	}
	if atStart && len(c) == 1 && !known && !isArticleName(c[0].text) && (lex[c[0].low]&inLower != 0 || commonShape(c[0].low) ||
		lex[c[0].low]&midCap == 0 && !surnames[c[0].low] && !givenNames[c[0].low] && compass[c[0].low] == "") {
		// "Officials said", "Finally,", "Aid went": ordinary words, or a
		// word the text never capitalises where it need not.
		return ms
	}
	if known {
		value = pl.name
		if typ == "" {
			typ = pl.typ
		}
	}
	if typ == "" && personTitles[prev] && hasParticle(c) {
		typ = typePerson // "spokesman al-Masri"
	}
	if typ == "" && len(c) > 1 {
		// A place or body WordNet knows by its whole name comes before
		// the guesses from its words: "Hong Kong" is no Mr. Hong.
		if t := namedIn(value); t != typeName {
			typ = t
		}
	}
	if typ == "" {
		typ = guessType(c, prev)
	}
	if typ == typeName {
		typ = namedIn(value)
	}
	return append(ms, compare.Mention{Kind: compare.Name, Type: typ,
		Span: compare.Span{Start: c[0].start, End: c[len(c)-1].end}, Value: value})
}

// namedIn types a name by what WordNet knows it first as: a place
// ("Monrovia", "the Gaza Strip") or a body ("the Red Cross"); else it
// stays a NAME. People are left to titles and given names, since WordNet
// knows some famous surnames first as persons that news names others by.
func namedIn(name string) string {
	return nameTypes.Get(name, func(name string) string {
		switch cs := lexicon.NameClasses(name); {
		case cs.Has(lexicon.Place):
			return typePlace
		case cs.Has(lexicon.Organisation):
			return typeOrg
		}
		return typeName
	})
}

// nameTypes remembers namedIn's answers: the same names come again and
// again.
var nameTypes memo.Strings[string]

// hasParticle reports whether c has an article name or a particle.
func hasParticle(c []nameTok) bool {
	for _, t := range c {
		if t.conn && particles[t.low] || isArticleName(t.text) {
			return true
		}
	}
	return false
}

// commonShape reports whether a capitalised word at the start of a
// sentence looks like an ordinary word by its ending: a plural
// ("Reporters"), an adverb ("Earlier"), a participle ("Speaking").
func commonShape(w string) bool {
	n := len(w)
	return n > 3 && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") ||
		strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// guessType guesses a name's type from its head word, its shape and the
// preposition before it.
func guessType(c []nameTok, prev string) string {
	head := strings.TrimSuffix(c[len(c)-1].low, ".")
	firstW := c[0].low
	for _, t := range c {
		if t.conn && (t.low == "of" || t.low == "for") {
			head = c[0].low // "Bank of Japan": the head comes first
			break
		}
	}
	switch {
	case eventHeads[head] && len(c) > 1 || eventHeads[head] && isCap(c[0].text) && head == "olympics":
		return typeEvent
	case orgHeads[head]:
		return typeOrg
	case placeHeads[head] || firstW == "mount" || firstW == "lake" || firstW == "cape" || firstW == "st.":
		return typePlace
	}
	// A romanised Korean given name: "Min-ho", "Ji-woo".
	last := c[len(c)-1].text
	if i := strings.IndexByte(last, '-'); len(c) > 1 && i > 0 && i+1 < len(last) && unicode.IsLower(rune(last[i+1])) {
		return typePerson
	}
	if len(c) > 1 && len(c) <= 4 && (surnames[c[0].low] || givenNames[c[0].low]) {
		return typePerson
	}
	for _, t := range c[1:] {
		if t.conn && patronyms[t.low] {
			return typePerson // "Omar ibn Rashid"
		}
	}
	if len(c) == 1 && isAllCaps(c[0].text) {
		return typeOrg
	}
	if placePreps[prev] {
		return typePlace
	}
	return typeName
}
