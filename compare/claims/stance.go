package claims

import (
	"fmt"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// A stance is a position a person or body takes that a later report may
// reverse with an antonym rather than a negation: "Mofaz is running for
// the leadership" and "Mofaz pulled out of the race"; "the union accepted
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
// subject takes the stance (true) or its opposite (false).
func (x *extractor) stanceClaims(st *sent) []compare.Claim {
	var cs []compare.Claim
	for i, w := range st.words {
		if w.mention >= 0 {
			continue
		}
		s, yes, end := stanceAt(st, i)
		if s == nil {
			continue
		}
		if negated(st, i) {
			yes = !yes
		}
		value := "false"
		if yes {
			value = "true"
		}
		ev := compare.Span{Start: w.span.Start, End: st.words[end].span.End}
		for _, m := range x.stanceSubjects(st, i) {
			key := mentions.NameKey(m.Value)
			cs = append(cs, compare.Claim{
				Doc: x.d.ID, Key: "stance/" + s.name, Kind: compare.PolarityKind,
				Question: x.stanceQuestion(s, m.Value, st, end),
				Value:    value, Display: x.d.Slice(ev),
				Polarity: polarityOf(yes), Modality: st.modality, Attribution: st.attrib,
				Sentence: st.s.Span, Evidence: ev, Subject: key, Terms: st.terms,
			})
		}
	}
	return cs
}

// stanceQuestion asks the stance's question of subject; an acceptance
// names what is accepted when an event word follows the verb closely
// ("rejected on Wednesday a US-brokered agreement": the agreement).
func (x *extractor) stanceQuestion(s *stance, subject string, st *sent, end int) string {
	if s != acceptance {
		return fmt.Sprintf(s.question, subject)
	}
	what := "it"
	for k := end + 1; k < len(st.words) && k <= end+8; k++ {
		if l := st.words[k].lower; l == "," || l == ";" {
			break
		}
		if ev := st.words[k].ev; ev != nil && !changeEvents[ev.name] {
			what = "the " + ev.noun
			break
		}
	}
	return fmt.Sprintf(s.question, subject, what)
}

func polarityOf(yes bool) compare.Polarity {
	if yes {
		return compare.Positive
	}
	return compare.Negative
}

// subjectPronouns stand for the person or body named before them.
var subjectPronouns = set("he she they it")

// stanceSubjects returns the people and bodies that are the subject of the
// verb at i: the names before it in its clause ("Netanyahu and Mofaz are
// vying"), or, for a pronoun subject ("Mofaz said that he had decided to
// pull out"), the first person or body named earlier in the sentence; for
// "we" in a quote, the bodies the speaker was introduced as speaking for
// ("al-Zahar, leader of Hamas" ... "we only accept it," said al-Zahar).
func (x *extractor) stanceSubjects(st *sent, i int) []compare.Mention {
	var out []compare.Mention
	seen := map[int]bool{}
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		w := st.words[k]
		if w.lower == ";" || w.lower == "that" || w.lower == "which" || w.lower == "who" || reportingVerbs[w.lower] {
			break
		}
		if w.lower == "we" && len(out) == 0 {
			if st.attrib == "" {
				return nil
			}
			return x.affiliation[mentions.NameKey(st.attrib)]
		}
		if subjectPronouns[w.lower] && len(out) == 0 {
			for j := 0; j < k; j++ {
				if m := st.words[j].mention; m >= 0 && isActor(st.ms[m]) {
					return []compare.Mention{st.ms[m]}
				}
			}
			return nil
		}
		if w.mention >= 0 && !seen[w.mention] && isActor(st.ms[w.mention]) {
			seen[w.mention] = true
			out = append(out, st.ms[w.mention])
		}
	}
	return out
}

// learnAffiliations records the bodies a person is introduced as acting
// for: "X, leader of the Islamic Resistance Movement (Hamas)" and "Hamas
// spokesman X".
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
