package claims

import (
	"fmt"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// A stance is a position a person or body takes that a later report may
// reverse with an antonym rather than a negation: "Mbeki-Ross is running for
// mayor" and "Mbeki-Ross withdrew from the contest"; "the union accepted
// the offer" and "the union rejected the offer". Each stance verb says
// yes or no to one question about its subject.
type stance struct {
	name     string // key part
	question string // with the subject's name
}

var (
	candidacy  = &stance{"candidacy", "Is %s a candidate?"}
	acceptance = &stance{"acceptance", "Does %s accept %s?"}
)

// stanceVerbs maps a verb lemma, or a verb and its particle, to the stance
// it takes and whether it says yes.
var stanceVerbs = map[[2]string]struct {
	st  *stance
	yes bool
}{
	{"vie", ""}: {candidacy, true}, {"run", "for"}: {candidacy, true}, {"compete", "for"}: {candidacy, true},
	{"stand", "for"}: {candidacy, true},
	{"withdraw", ""}: {candidacy, false}, {"pull", "out"}: {candidacy, false}, {"drop", "out"}: {candidacy, false},
	{"bow", "out"}: {candidacy, false}, {"step", "aside"}: {candidacy, false},
	{"accept", ""}: {acceptance, true}, {"approve", ""}: {acceptance, true}, {"endorse", ""}: {acceptance, true},
	{"welcome", ""}: {acceptance, true}, {"reject", ""}: {acceptance, false}, {"refuse", ""}: {acceptance, false},
	{"oppose", ""}: {acceptance, false}, {"denounce", ""}: {acceptance, false},
}

// stanceAt returns the stance the word at i takes, and the index of its
// last word (the particle, if any).
func stanceAt(st *sent, i int) (*stance, bool, int) {
	if st.words[i].kinds&kStance == 0 {
		return nil, false, i
	}
	l := stem(st.words[i].lemma)
	if i+1 < len(st.words) {
		if v, ok := stanceVerbs[[2]string{l, st.words[i+1].lower}]; ok {
			return v.st, v.yes, i + 1
		}
	}
	if v, ok := stanceVerbs[[2]string{l, ""}]; ok {
		return v.st, v.yes, i
	}
	return nil, false, i
}

// stanceStems are the stems that begin a key of stanceVerbs: a word of
// another stem (most words) asks no more of stanceAt.
var stanceStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range stanceVerbs {
		m[k[0]] = true
	}
	return m
})

func init() {
	// Keys by stem, as stanceAt looks them up: "vying" and "vie" meet.
	m := make(map[[2]string]struct {
		st  *stance
		yes bool
	}, len(stanceVerbs))
	for k, v := range stanceVerbs {
		m[[2]string{stem(k[0]), k[1]}] = v
	}
	stanceVerbs = m
}

// stanceClaims make one claim per subject of each stance verb: that the
// subject takes the stance (true) or its opposite (false). A candidacy
// needs a race or office after its verb ("withdraw troops" is no
// candidacy); an acceptance needs something proposed or agreed ("oppose
// Hun Sen" is no acceptance), which becomes part of the key.
func (x *extractor) stanceClaims(st *sent, cs []compare.Claim) []compare.Claim {
	for i, w := range st.words {
		if w.mention >= 0 {
			continue
		}
		s, yes, end := stanceAt(st, i)
		if s == nil {
			continue
		}
		what, question := "", ""
		switch s {
		case candidacy:
			if !raceAfter(st, end) {
				continue
			}
		case acceptance:
			if what = proposalAfter(st, end); what == "" {
				continue
			}
		}
		if negated(st, i) {
			yes = !yes
		}
		value, shown := "false", answer(yes)
		if yes {
			value = "true"
		}
		if yes && s == acceptance && inPart(st, i, end) {
			// "accept only the first part of the plan": neither yes
			// nor no.
			value, shown = "partial", "partly"
		}
		ev := compare.Span{Start: w.span.Start, End: st.words[end].span.End}
		key := kindKey("stance", s.name)
		if what != "" {
			key += "/" + what
		}
		for _, m := range x.stanceSubjects(st, i) {
			question = fmt.Sprintf(s.question, m.Value)
			if s == acceptance {
				question = fmt.Sprintf(s.question, m.Value, "the "+what)
			}
			cs = append(cs, compare.Claim{
				Doc: x.d.ID, Key: key, Kind: compare.PolarityKind,
				Question: question, Value: value, Display: shown,
				Polarity: polarityOf(yes), Modality: st.modality, Attribution: st.attrib,
				Sentence: st.s.Span, Evidence: ev, Subject: mentions.NameKey(m.Value), Terms: st.terms,
			})
		}
	}
	return cs
}

// firstWordOf returns the first word of the mention that word k is in.
func firstWordOf(st *sent, k int) int {
	for k > 0 && st.words[k-1].mention == st.words[k].mention {
		k--
	}
	return k
}

// raceWords name what a candidate runs for.
var raceWords = set(`race campaign contest election elections primary primaries nomination candidacy
	leadership chairmanship presidency premiership post office seat running bid ticket`)

// raceAfter reports whether a race or office is named within six words
// after word end, in its clause: "quit the contest", "vying for
// the chairmanship".
func raceAfter(st *sent, end int) bool {
	for k := end + 1; k < len(st.words) && k <= end+6; k++ {
		w := st.words[k]
		if w.lower == "," || w.lower == ";" {
			return false
		}
		if raceWords[w.lower] || raceWords[w.lemma] {
			return true
		}
	}
	return false
}

// proposals are what a body accepts or rejects besides the events of the
// lexicon (agreements, talks, votes).
var proposals = set(`plan proposal offer demand request call idea resolution bill law ruling verdict
	decision result outcome terms conditions invitation appeal compromise initiative`)

// proposalAfter returns what is accepted: the event class or proposal
// noun within eight words after word end, in its clause, or "".
func proposalAfter(st *sent, end int) string {
	content := false // a word of the object read: a preposition now ends it
	for k := end + 1; k < len(st.words) && k <= end+8; k++ {
		w := st.words[k]
		switch {
		case w.lower == "," || w.lower == ";" || objectPronouns[w.lower]:
			return "" // "welcoming him": a person, not a proposal
		case w.ev != nil && !isChange(w.ev):
			return w.ev.noun
		case proposals[w.lemma]:
			return w.lemma
		case content && locatives[w.lower] || content && w.lower == "at":
			return "" // "praised the harvest report at a briefing"
		case w.mention >= 0 && st.ms[w.mention].Kind == compare.Time:
		case isContent(w):
			content = true
		}
	}
	return ""
}

// inPart reports whether the acceptance verb at i (ending at end) takes
// only part of what it accepts: "partly" or "in part" beside it, or "part
// of" opening its object.
func inPart(st *sent, i, end int) bool {
	for k := max(i-2, 0); k < len(st.words) && k <= end+4; k++ {
		switch w := st.words[k]; {
		case w.lower == "partly" || w.lower == "partially":
			return true
		case k > end && (w.lemma == "part" || w.lower == "parts") && k+1 < len(st.words) && st.words[k+1].lower == "of":
			return k == end+1 || st.words[k-1].upos == "DET" || st.words[k-1].upos == "ADJ" || st.words[k-1].upos == "NUM"
		case k > end && w.lower == "in" && k+1 < len(st.words) && st.words[k+1].lower == "part":
			return true
		}
	}
	return false
}

// Not "us": "US" lower-cased is the country.
var objectPronouns = set("him her them me")

// subjectPronouns stand for the person or body named before them.
var subjectPronouns = set("he she they it")

// subjectGap are the words that may stand between a verb and the names of
// its subject: auxiliaries, negation, adverbs of time, "and", commas and
// brackets of a list, and the roles before a name ("Defense Minister").
var subjectGap = set(`and or , ( ) the also both have has had is are was were be been will would could should
	may might can must did do does not n't yet now today already still reportedly former`)

// stanceSubjects returns the people and bodies that are the subject of the
// verb at i: the names of the list just before it ("Ortega and Lind
// are vying"), or, for a pronoun subject, the speaker of the sentence
// ("Lind said that she had chosen to withdraw") or else the first
// person or body it names; for "we" in a quote, the bodies the speaker
// was introduced as speaking for ("Ruiz, leader of the union" ... "we only
// accept it," said Ruiz).
func (x *extractor) stanceSubjects(st *sent, i int) []compare.Mention {
	var out []compare.Mention
	seen := map[int]bool{}
	for k := i - 1; k >= 0; k-- {
		w := st.words[k]
		switch {
		case w.mention >= 0:
			m := st.ms[w.mention]
			if m.Kind == compare.Time {
				continue // "refused on Monday", "The tribunal Monday refused"
			}
			if !isActor(m) {
				if j := firstWordOf(st, k); j > 0 && st.words[j-1].lower == "(" {
					continue // "Sendero Luminoso (Shining Path)": a gloss in brackets
				}
				return out
			}
			if !seen[w.mention] {
				seen[w.mention] = true
				out = append(out, m)
			}
		case len(out) == 0 && w.lower == "we":
			if st.attrib == "" {
				return nil
			}
			return x.affiliation[mentions.NameKey(st.attrib)]
		case len(out) == 0 && subjectPronouns[w.lower]:
			if st.attrib != "" {
				return []compare.Mention{{Kind: compare.Name, Type: "PERSON", Value: st.attrib}}
			}
			for j := 0; j < k; j++ {
				if m := st.words[j].mention; m >= 0 && isActor(st.ms[m]) {
					return []compare.Mention{st.ms[m]}
				}
			}
			return nil
		case subjectGap[w.lower] || roleWords[w.lemma] || strings.HasSuffix(w.lower, "ly") || w.lower == "on" && len(out) == 0:
		case len(out) == 0 && (w.lower == "to" || w.ev != nil || intentions[stem(w.lemma)]):
			// "had chosen to withdraw": the subject is that of the verb
			// the infinitive hangs on.
		default:
			return out
		}
	}
	return out
}

// answer is a yes/no claim's value as a person would write it: the
// answer to its question. The clause itself is the claim's evidence.
func answer(yes bool) string {
	if yes {
		return "yes"
	}
	return "no"
}

func polarityOf(yes bool) compare.Polarity {
	if yes {
		return compare.Positive
	}
	return compare.Negative
}

// learnAffiliations records the bodies a person is introduced as acting
// for: "X, head of the Coastal Farmers' Union (CFU)" and "CFU
// spokeswoman X".
func (x *extractor) learnAffiliations(st *sent) {
	for i, w := range st.words {
		if w.mention < 0 || st.ms[w.mention].Type != "PERSON" || (i > 0 && st.words[i-1].mention == w.mention) {
			continue
		}
		person := mentions.NameKey(st.ms[w.mention].Value)
		end := i
		for end+1 < len(st.words) && st.words[end+1].mention == w.mention {
			end++
		}
		var bodies []compare.Mention
		// "X, leader of the Y (Z)"
		if k := end + 1; k+2 < len(st.words) && st.words[k].lower == "," && roleWords[st.words[k+1].lemma] {
			k += 2
			for k < len(st.words) && (st.words[k].lower == "of" || st.words[k].lower == "the" || roleWords[st.words[k].lemma]) {
				k++
			}
			bodies = bodiesAt(st, k)
		}
		// "Y spokesman X"
		if j := i - 1; j >= 1 && roleWords[st.words[j].lemma] {
			if m := st.words[j-1].mention; m >= 0 && isBody(st.ms[m]) {
				bodies = append(bodies, st.ms[m])
			}
		}
		if len(bodies) > 0 {
			if x.affiliation == nil {
				x.affiliation = map[string][]compare.Mention{}
			}
			x.affiliation[person] = bodies
		}
	}
}

// bodiesAt returns the body named at word k and one in brackets after it.
func bodiesAt(st *sent, k int) []compare.Mention {
	var out []compare.Mention
	for ; k < len(st.words); k++ {
		w := st.words[k]
		switch {
		case w.mention >= 0 && isBody(st.ms[w.mention]):
			if len(out) == 0 || out[len(out)-1].Span != st.ms[w.mention].Span {
				out = append(out, st.ms[w.mention])
			}
		case w.lower == "(" || w.lower == ")":
		default:
			return out
		}
	}
	return out
}

// isBody reports whether a name can be of an organisation.
func isBody(m compare.Mention) bool {
	return m.Kind == compare.Name && (m.Type == "ORG" || m.Type == "NAME") && !mentions.IsCountry(m.Value)
}

// isActor reports whether a name is of a person or body that can take a
// stance.
func isActor(m compare.Mention) bool {
	return m.Kind == compare.Name && (m.Type == "PERSON" || isBody(m)) && m.Value != ""
}
