package claims

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// existsClaims read "the first N to V ..." (true) and "no N has/have/had
// (yet/ever) V ..." and "no N was/were V ..." (false).
func (x *extractor) existsClaims(st *sent, cs []compare.Claim) []compare.Claim {
	for i, w := range st.words {
		switch w.lower {
		case "first":
			// the first [adjective] N to V
			for n := i + 1; n <= i+2 && n+2 < len(st.words); n++ {
				if st.words[n+1].lower == "to" && isContent(st.words[n]) && isContent(st.words[n+2]) {
					noun := st.words[n].lemma
					if c, ok := x.existsClaim(st, noun, n+2, true, fmt.Sprintf("Was there a %s to %%s?", noun), i); ok {
						cs = append(cs, c)
					}
					break
				}
			}
		case "no":
			// no [other] N has (yet) V; not "no longer", "no more"
			for n := i + 1; n <= i+2 && n+1 < len(st.words) && !notNoun[st.words[i+1].lower]; n++ {
				aux := st.words[n+1].lower
				if !isContent(st.words[n]) || !existsAux[aux] {
					continue
				}
				v := n + 2
				for v < len(st.words) && (st.words[v].lower == "yet" || st.words[v].lower == "ever") {
					v++
				}
				verb := v
				if verb < len(st.words) && st.words[verb].lower == "been" {
					verb++ // "no leaks have been found": asked as "been found"
				}
				if verb < len(st.words) && isContent(st.words[verb]) {
					noun := st.words[n].lemma
					q := map[string]string{"has": "Has", "have": "Has", "had": "Had", "was": "Was", "were": "Was"}[aux]
					if c, ok := x.existsClaim(st, noun, v, false, fmt.Sprintf("%s any %s %%s?", q, noun), i); ok {
						cs = append(cs, c)
					}
				}
				break
			}
		}
	}
	return cs
}

var existsAux = set("has have had was were")

// notNoun follow "no" without making it a determiner of a kind.
var notNoun = set("longer more less sooner doubt matter way")

func isContent(w word) bool {
	return w.mention < 0 && len(w.lemma) >= 3 && !stopwords[w.lower] && hasLetter(w.lower)
}

// existsClaim makes the claim whose action starts at word v and runs to
// the end of its clause, at most maxAction words.
func (x *extractor) existsClaim(st *sent, noun string, v int, yes bool, question string, from int) (compare.Claim, bool) {
	end := v
	var did []string
	for k := v; k < len(st.words) && k < v+maxAction; k++ {
		w := st.words[k]
		if w.lower == "been" {
			continue
		}
		if w.lower == "," || w.lower == ";" || w.lower == "and" || clauseWords[w.lower] && w.lower != "to" {
			break
		}
		if isContent(w) && !generic[w.lemma] {
			did = append(did, stem(w.lemma))
		}
		if isContent(w) || w.mention >= 0 {
			end = k // never end on "in the"
		}
	}
	if len(did) == 0 {
		return compare.Claim{}, false
	}
	action := strings.Join(strings.Fields(x.d.Slice(compare.Span{Start: st.words[v].span.Start, End: st.words[end].span.End})), " ")
	value := "false"
	if yes {
		value = "true"
	}
	ev := compare.Span{Start: st.words[from].span.Start, End: st.words[end].span.End}
	return compare.Claim{
		Doc: x.d.ID, Key: kindKey("exists", noun), Kind: compare.PolarityKind,
		Question: fmt.Sprintf(question, action), Value: value, Display: answer(yes),
		Polarity: polarityOf(yes), Modality: st.modality, Attribution: st.attrib,
		Sentence: st.s.Span, Evidence: ev, Terms: st.terms, Near: did,
	}, true
}

// maxAction is the most words of what was done that an exists claim reads.
const maxAction = 8
