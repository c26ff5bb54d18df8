package mentions

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
	"github.com/claimdiff/claimdiff/compare/lexicon"
)

// This file resolves names against the rest of their document, in
// document order: what a reader knows only from earlier sentences.
//
//   - "the North" (South, East, West) stands for the most recent "North X"
//     named before it, once the pair is set up: "South X" was named too, or
//     the gazetteer knows it. Before that it stays an unresolved NAME.
//   - A capital that is the subject of a verb of saying or acting
//     ("Ottawa warned", "Hanoi has rejected") stands for its country's
//     government: Value the country, Type ORG. Anywhere else ("in Hanoi",
//     "Hanoi's streets", "talks with Hanoi") it is a place. A country in
//     that position is a government too (Type ORG, same Value).
//   - A lone surname ("Park", "Mr. Park", "Okafor") after a full name with
//     that surname takes the most recent such full name, so two people
//     who share a surname are never merged: after "Park Min Su" and then
//     "Park Min-ho", "Mr. Park" is Park Min-ho.
//   - A lone word of unknown kind ("Vance") anywhere in the document is
//     the one full name of unknown kind whose surname it is ("Ilse
//     Vance"), when only one has it and its first word may be a given
//     name.
//   - A full name becomes a PERSON when a title or a verb of saying shows
//     that it, or its surname alone, is a person ("Ms. Okafor" after
//     "Ada N. Okafor"; "Jane Roe said").
//   - Particles do not stand in the way: "al-Masri", "Al-Masri" and
//     "Masri" are short forms of "Khaled Al-Masri", "De Lucca" of
//     "Marco de Lucca". A full name with a particle takes its
//     short forms even while it is only a NAME, since such a surname is
//     rarely a word of anything else; an article name ("al-Masri") is a
//     PERSON by a verb of saying as a full name is.

// compass are the words that, after "the", stand for half of a pair.
var compass = map[string]string{"north": "North", "south": "South", "east": "East", "west": "West"}

var opposite = map[string]string{"North": "South", "South": "North", "East": "West", "West": "East"}

// capitals maps a capital's canonical name to its country's.
var capitals = func() map[string]string {
	m := map[string]string{}
	for _, line := range dataLines(capitalsFile) {
		k, v, _ := strings.Cut(line, ":")
		m[k] = v
	}
	return m
}()

//go:embed data/capitals.txt
var capitalsFile string

// countries are the places that may act as governments: the sovereign
// states of data/countries.txt, and the countries of capitals and demonyms.
var countries = func() map[string]bool {
	m := map[string]bool{}
	for _, names := range countryList() {
		m[names[0]] = true
	}
	for _, c := range capitals {
		m[c] = true
	}
	for _, c := range demonyms {
		m[c] = true
	}
	delete(m, "Europe")
	return m
}()

// actVerbs are verb forms that make the name before them an actor:
// speech, decision, response. Only inflected forms, so that "Seoul
// talks" (a noun) does not count.
var actVerbs = wordSet(`said says told tells warned warns responded responds replied replies
	accused accuses rejected rejects denied denies demanded demands insisted insists agreed
	agrees refused refuses announced announces threatened threatens claimed claims urged urges
	called calls proposed proposes offered offers vowed vows pledged pledges protested
	protests condemned condemns criticized criticizes criticised criticises welcomed welcomes
	confirmed confirms dismissed dismisses blamed blames wants wanted planned plans decided
	decides ordered orders launched launches fired fires tested tests sent sends asked asks
	requested requests suggested suggests believes believed fears feared sought seeks
	imposed imposes approved approves recognized recognizes acknowledged acknowledges
	maintained maintains argued argues noted notes stressed stresses added declared declares
	reiterated reiterates signaled signalled signals retaliated retaliates signed signs
	negotiated hosted hosts boycotted withdrew withdraws recalled recalls expelled expels
	summoned summons accepted accepts agreed hopes hoped expects expected insisted promised
	promises issued issues sanctioned`)

// auxiliaries may stand between an actor and its verb: "Hanoi has
// rejected", "Ottawa also warned".
var auxiliaries = wordSet(`has have had will would could may might should must also again
	later then quickly repeatedly reportedly has not did does`)

// speechVerbs after a name, or "said" before it, make it a person.
var speechVerbs = wordSet(`said says told tells added adds explained explains wrote writes
	noted notes argued argues asked asks recalled recalls insisted insists`)

// givenNames are common given names, so that "John Smith" is a PERSON
// without a title.
var givenNames = wordlist.GivenNames

// resolveNames applies the document-level rules above to ms, the sorted
// name mentions of text; toks are all the document's tokens in order.
func resolveNames(ms []compare.Mention, toks []token, text string) {
	// Full names whose surname alone appears with a title, or with a verb
	// of saying, are people.
	titled := map[string]bool{}
	spoke := map[string]bool{} // short forms that speak: "Masri said"
	for i := range ms {
		m := &ms[i]
		if m.Type == typeName && !fullName(m.Value) && speakerOf(toks, m.Span) && actorOf(toks, m.Span, speechVerbs) {
			spoke[bareKey(m.Value)] = true
		}
		if m.Type == typeName && (strings.Contains(m.Value, " ") ||
			isArticleName(m.Value) && speakerOf(toks, m.Span)) && actorOf(toks, m.Span, speechVerbs) {
			m.Type = typePerson
		}
		if m.Type == typePerson && !fullName(m.Value) {
			titled[bareKey(m.Value)] = true
		}
	}
	if len(titled) > 0 || len(spoke) > 0 {
		for i := range ms {
			m := &ms[i]
			if m.Type != typeName || !fullName(m.Value) {
				continue
			}
			// A bare surname that speaks is a person only under a particle
			// name: "Reuters said" does not make "Thomson Reuters" one.
			if k := bareKey(Surname(m.Value)); titled[k] || spoke[k] && particleSurname(m.Value) {
				m.Type = typePerson
			}
		}
	}

	// A full name of unknown kind lends itself to its surname alone,
	// before or after it ("Vance wins" over "Ilse Vance took 60
	// percent"), when no other full name of the document has that
	// surname: without a title or a verb of saying nothing says which
	// came first.
	named := map[string]string{} // bareKey of a surname → the one full NAME with it, "" if several
	for i := range ms {
		if m := &ms[i]; m.Type == typeName && fullName(m.Value) && !particleSurname(m.Value) && givenFirst(m.Value, opensSentence(toks, text, m.Span.Start)) {
			k := bareKey(Surname(m.Value))
			if v, ok := named[k]; ok && v != m.Value {
				named[k] = ""
			} else {
				named[k] = m.Value
			}
		}
	}

	halves := map[string]map[string]bool{} // X → compass words named with it
	lastHalf := map[string]string{}        // compass word → latest "North X"
	people := map[string]string{}          // bareKey of a surname → latest full name
	particled := map[string]string{}       // the same for NAMEs with a particle
	resolvedHalf := -1                     // index of the last "the North" resolved
	for i := range ms {
		m := &ms[i]
		surface := text[m.Span.Start:m.Span.End]
		switch {
		case m.Value == surface && compass[strings.ToLower(surface)] == surface:
			if i+1 < len(ms) && coordinated(toks, m.Span, ms[i+1], surface) {
				// "East and West Germany": the half named in full lends its X.
				_, x, _ := strings.Cut(ms[i+1].Value, " ")
				m.Value, m.Type = surface+" "+x, ms[i+1].Type
				break
			}
			p := prevWord(toks, m.Span.Start)
			if p == "and" && i > 0 && resolvedHalf == i-1 {
				// "the East and West": the other half of the same pair.
				_, x, _ := strings.Cut(ms[i-1].Value, " ")
				m.Value, m.Type = surface+" "+x, typePlace
				break
			}
			if p != "the" && !possessive(toks, m.Span) {
				break
			}
			if v, ok := lastHalf[surface]; ok {
				x := v[len(surface)+1:]
				_, known := gazetteer[NameKey(opposite[surface]+" "+x)]
				if halves[x][opposite[surface]] || known {
					m.Value, m.Type = v, typePlace
					resolvedHalf = i
				}
			}
		case m.Type == typePerson && fullName(m.Value):
			people[bareKey(Surname(m.Value))] = m.Value
		case m.Type == typeName && fullName(m.Value):
			if particleSurname(m.Value) {
				particled[bareKey(Surname(m.Value))] = m.Value
			}
		case m.Type == typePerson || m.Type == typeName:
			k := bareKey(m.Value)
			if full, ok := people[k]; ok {
				m.Value, m.Type = full, typePerson
			} else if full, ok := particled[k]; ok {
				m.Value = full
			} else if full := named[k]; full != "" && m.Type == typeName && !strings.Contains(m.Value, " ") {
				m.Value = full
			} else if m.Type == typePerson && strings.Contains(m.Value, " ") {
				people[k] = m.Value // "De Villepin said": the name until a full one comes
			}
		}
		if w, x, ok := strings.Cut(m.Value, " "); ok && opposite[w] != "" && m.Type == typePlace {
			if halves[x] == nil {
				halves[x] = map[string]bool{}
			}
			halves[x][w] = true
			lastHalf[w] = m.Value
		}
		if (countries[m.Value] || capitals[m.Value] != "") && m.Type == typePlace && actorOf(toks, m.Span, actVerbs) {
			if c, ok := capitals[m.Value]; ok {
				m.Value = c
			}
			m.Type = typeOrg
		} else if m.Type == typePlace && !strings.Contains(m.Value, " ") && actorOf(toks, m.Span, speechVerbs) {
			// A one-word name WordNet knows first as a town, that speaks, is
			// a body named after one: "Toyota said", a club, a firm.
			if _, listed := gazetteer[NameKey(m.Value)]; !listed {
				m.Type = typeOrg
			}
		}
	}
}

// Surname returns the family name of a full name: the first word of an
// East Asian name ("Park" of "Park Min Su", "Wang" of "Wang Li"),
// else the last ("Okafor" of "Ada N. Okafor").
func Surname(full string) string {
	ws := strings.Fields(full)
	last := ws[len(ws)-1]
	if surnames[strings.ToLower(ws[0])] || hyphenatedGiven(last) {
		return ws[0]
	}
	return last
}

// givenFirst reports whether a name of two or three words opens with
// what may be a given name: a known one, any capitalised word within a
// sentence, or at its start (first) a word WordNet does not know
// ("Ilse") or knows only as a named place or person ("Florence"), not
// "Senior" of "Senior Fenmark officials".
func givenFirst(name string, first bool) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	w := strings.ToLower(ws[0])
	if givenNames[w] || !first {
		return true
	}
	for _, pos := range []lexicon.POS{lexicon.Noun, lexicon.Verb, lexicon.Adj, lexicon.Adv} {
		for _, s := range lexicon.Synsets(w, pos) {
			if !s.IsInstance() {
				return false
			}
		}
	}
	return true
}

// opensSentence reports whether the word at byte start opens a line or
// follows the end of a sentence or an opening quote, where any word is
// capitalised.
func opensSentence(toks []token, text string, start int) bool {
	i, _ := slices.BinarySearchFunc(toks, start, func(t token, s int) int { return t.start - s })
	if i == 0 {
		return true
	}
	p := toks[i-1]
	return strings.ContainsRune(text[p.end:start], '\n') || strings.Contains(`.!?:"“`, p.text)
}

// fullName reports whether name has a given name besides its surname:
// not "Masri", "al-Masri" or "De Villepin".
func fullName(name string) bool {
	return strings.Contains(bareName(name), " ")
}

// bareName strips from name the particles that lead a surname: "de
// Villepin" → "Villepin", "Al-Masri" → "Masri", "van der Berg" → "Berg".
// A capitalised "Al" or "El" before a space stays: "Al Gore".
func bareName(name string) string {
	for {
		w, rest, ok := strings.Cut(name, " ")
		if !ok || !isParticle(w) || w == "Al" || w == "El" {
			break
		}
		name = rest
	}
	if isArticleName(name) {
		_, name, _ = strings.Cut(name, "-")
	}
	return name
}

// isParticle reports whether w is a particle in either case: "de", "De".
func isParticle(w string) bool { return inFolded(particles, w) }

// inFolded reports whether set, of short lower-case ASCII words, holds w
// in lower case, without the allocation of strings.ToLower: it runs for
// every name.
func inFolded(set map[string]bool, w string) bool {
	var b [5]byte
	if len(w) > len(b) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b[:len(w)])]
}

// bareKey is the NameKey of a name without its leading particles, so
// that "al-Masri", "Al-Masri" and "Masri" share one.
func bareKey(name string) string { return NameKey(bareName(name)) }

// particleSurname reports whether the surname of a full name has a
// particle: "Khaled Al-Masri", "Carlos da Silva".
func particleSurname(full string) bool {
	i := strings.LastIndexByte(full, ' ')
	if isArticleName(full[i+1:]) {
		return true
	}
	j := strings.LastIndexByte(full[:max(i, 0)], ' ')
	return j >= 0 && particles[full[j+1:i]]
}

// speakerOf reports whether the name at span is a speaker: not "said
// al-Qaeda was", where the name begins what was said, but "said al-Masri."
// or a name before its verb.
func speakerOf(toks []token, span compare.Span) bool {
	if prevWord(toks, span.Start) != "said" && prevWord(toks, span.Start) != "says" {
		return true
	}
	i, _ := slices.BinarySearchFunc(toks, span.End, func(t token, end int) int { return t.start - end })
	return i >= len(toks) || toks[i].kind == tSym
}

// hyphenatedGiven reports whether w is a given name of two syllables
// joined by a hyphen, the second in lower case ("Min-ho", "Kai-shek",
// "Ying-jeou"): the way Korean, Taiwanese and older Chinese romanisations
// write a given name that follows the family name.
func hyphenatedGiven(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// possessive reports whether the name at span is written with "'s":
// the word token runs on past the name's end.
func possessive(toks []token, span compare.Span) bool {
	i, _ := slices.BinarySearchFunc(toks, span.End, func(t token, end int) int { return t.start - end })
	return i > 0 && toks[i-1].end > span.End
}

// coordinated reports whether the compass word at span is the first half
// of "East and West Germany" or "East, West German": "and", "or" or a
// comma, then next, which names the opposite half in full.
func coordinated(toks []token, span compare.Span, next compare.Mention, half string) bool {
	w, _, ok := strings.Cut(next.Value, " ")
	if !ok || w != opposite[half] || next.Type != typePlace {
		return false
	}
	i, _ := slices.BinarySearchFunc(toks, span.End, func(t token, end int) int { return t.start - end })
	if i+1 >= len(toks) || toks[i+1].start != next.Span.Start {
		return false
	}
	switch toks[i].low {
	case "and", "or", ",", "&", "/":
		return true
	}
	return false
}

// actorOf reports whether the name at span is the subject of one of
// verbs: a verb follows it, perhaps after an auxiliary or adverb, and no
// preposition governs it. "said" before a name also makes it an actor
// ("…, said Jane Roe") when verbs are the speech verbs.
func actorOf(toks []token, span compare.Span, verbs map[string]bool) bool {
	if possessive(toks, span) {
		return false // "Seoul's": a possessive modifies, it does not act
	}
	i, _ := slices.BinarySearchFunc(toks, span.End, func(t token, end int) int { return t.start - end })
	if p := prevWord(toks, span.Start); placePreps[p] || otherPreps[p] {
		return false
	} else if p == "said" || p == "says" {
		return true
	}
	for k := i; k < len(toks) && k < i+3; k++ {
		w := toks[k].low
		if verbs[w] {
			return true
		}
		if !auxiliaries[w] {
			return false
		}
	}
	return false
}

var otherPreps = wordSet(`at to from of via for into with by on toward towards between through
	against about over under`)

// prevWord returns, in lower case, the word before offset start, or "".
func prevWord(toks []token, start int) string {
	i, _ := slices.BinarySearchFunc(toks, start, func(t token, s int) int { return t.start - s })
	if i == 0 {
		return ""
	}
	return toks[i-1].low
}
