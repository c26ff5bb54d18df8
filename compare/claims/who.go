package claims

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/memo"
	"github.com/claimdiff/claimdiff/compare/internal/wordlist"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// Who claims: the person or body a sentence names in a role.

// roleWords are lower-case words that, before a name, give the role it
// holds ("spokesman Ali Hassan", "the chief judge, Ana Ruiz").
var roleWords = wordlist.Roles

// RoleAsked opens the question of a who claim whose sentence gives the
// person's role ("Who is the judge?"), which Post and align read back.
const RoleAsked = "Who is the "

// Post returns the office, in lower case, that who claim c names its
// person in, when a story has one holder of it ("judge" of its trial,
// "referee" of its match), or "": two reports that each name one holder
// of such an office, and not the same one, contradict each other. A
// story has many spokesmen and lawyers, and as many presidents or
// captains as countries or teams.
func Post(c *compare.Claim) string {
	if c.Key != "who" {
		return ""
	}
	role, ok := strings.CutPrefix(c.Question, RoleAsked)
	if !ok {
		return ""
	}
	role = strings.ToLower(strings.TrimSuffix(role, "?"))
	// "the presiding judge" is the trial's judge.
	words := strings.Fields(role)
	if len(words) == 0 {
		return ""
	}
	if head := words[len(words)-1]; wordlist.SolePosts[head] {
		return head
	} else if headsOfBodies.Get(head, headOfBody) {
		// The head of a body ("the museum director", "the dockers'
		// leader"), whatever the body; SamePost says whether two
		// name one office.
		return role
	}
	return ""
}

// headOfBody reports whether a role's word is a kind of leader in
// WordNet but not of a state's office (a president, a minister, a
// governor, an envoy): a story names one of those for each country or
// province it touches, so two reports that name one each need not
// contradict each other.
func headOfBody(head string) bool {
	if !lexicon.IsA(head, lexicon.Noun, "leader") {
		return false
	}
	for _, k := range politicalKinds {
		if lexicon.IsA(head, lexicon.Noun, k) {
			return false
		}
	}
	return true
}

// headsOfBodies remembers headOfBody's answers: Post is asked of every
// who claim, and again of each pair align weighs.
var headsOfBodies memo.Strings[bool]

// politicalKinds are WordNet's kinds of the holders of a state's offices.
var politicalKinds = []string{"politician", "head of state", "government minister", "representative"}

// SamePost reports whether two posts (Post) are one office: the same
// sole post, or heads of one body, called by words of one sense or one
// the kind of the other ("harbour director", "harbour chief"), whose
// qualifiers match, or one of which has none ("the director" of a
// story's "museum director"); but never two unqualified heads (a story
// has as many chairmen as boards) nor a deputy's post and the one it
// deputises for.
func SamePost(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b && wordlist.SolePosts[a] {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	qa, qb := qualifiers(wa), qualifiers(wb)
	if len(qa) == 0 && len(qb) == 0 || !sameHead(wa[len(wa)-1], wb[len(wb)-1]) {
		return false
	}
	if len(qa) > 0 && len(qb) > 0 {
		return slices.Equal(qa, qb)
	}
	for _, q := range append(qa, qb...) {
		if wordlist.LesserPosts[q] {
			return false
		}
	}
	return true
}

// qualifiers returns the words of a post that say which office of its
// kind it is, sorted: those that are no role words themselves.
func qualifiers(words []string) []string {
	var q []string
	for _, w := range words[:len(words)-1] {
		if w = strings.Trim(w, ",."); !roleWords[w] {
			q = append(q, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		}
	}
	slices.Sort(q)
	return q
}

// sameHead reports whether two words for the head of a body name one
// office: their first senses are one, or one's is a kind of the other's.
func sameHead(a, b string) bool {
	if a == b {
		return true
	}
	sa, sb := lexicon.Synsets(a, lexicon.Noun), lexicon.Synsets(b, lexicon.Noun)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	return sa[0] == sb[0] || sa[0].IsA(sb[0]) || sb[0].IsA(sa[0])
}

// whoClaim makes a claim that a person or organisation is named, with the
// role the sentence gives it: two documents agree on it when they name the
// same one. Naming different people contradicts only for a post of one
// holder (Post, SamePost).
func (x *extractor) whoClaim(st *sent, mi int) (compare.Claim, bool) {
	m := st.ms[mi]
	i := wordOf(st, mi)
	if i < 0 {
		return compare.Claim{}, false // a second mention within one token ("1975-1990")
	}
	role := x.role(st, i)
	// A name of unknown kind is a person's when a role introduces it.
	if m.Type != "PERSON" && m.Type != "ORG" && !(m.Type == "NAME" && role != "") {
		return compare.Claim{}, false
	}
	if mentions.IsCountry(m.Value) {
		return compare.Claim{}, false // a government by its country's name: a place claim's business
	}
	q := fmt.Sprintf("Who is named? (%s)", m.Value)
	if role != "" {
		q = RoleAsked + role + "?"
	}
	c := x.claim(st, compare.Name, "who", q, m.Value, x.d.Slice(m.Span), m.Span, i)
	c.Subject = "" // the name is the value
	return c, true
}

// maxQualifiers is how many words before a role's own words role takes
// as saying which office of the kind it is.
const maxQualifiers = 2

// role returns the role words just before word i ("Port Authority spokesman",
// "Defense Minister"), up to three words, or "".
func (x *extractor) role(st *sent, i int) string {
	j := i - 1
	if j >= 0 && st.words[j].lower == "," {
		j-- // "the chief judge, Ana Ruiz"
	}
	end := j + 1
	found := false
	for ; j >= 0 && j > i-5; j-- {
		w := st.words[j]
		if roleWords[w.lemma] || roleWords[w.lower] {
			found = true
			continue
		}
		if found || !hasLetter(w.lower) || stopwords[w.lower] {
			break
		}
	}
	if !found {
		return ""
	}
	// The words that say which office of its kind ("Transport
	// Minister", "opposition leader", "former finance minister"):
	// nouns and adjectives just before the role words, not a name.
	for q := 0; q < maxQualifiers && j >= 0; q++ {
		w := st.words[j]
		if w.mention >= 0 || !hasLetter(w.lower) || stopwords[w.lower] || w.upos != "NOUN" && w.upos != "ADJ" && w.upos != "PROPN" {
			break
		}
		j--
	}
	var parts []string
	for k := j + 1; k < end; k++ {
		parts = append(parts, string(x.text[st.words[k].span.Start:st.words[k].span.End]))
	}
	return strings.Join(parts, " ")
}
