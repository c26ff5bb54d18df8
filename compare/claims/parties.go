package claims

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// PartySep separates the parties in a parties claim's value.
const PartySep = "; "

// Parties returns the parties of a parties claim's value.
func Parties(value string) []string { return strings.Split(value, PartySep) }

// partiesClaims read "EVENT between A, B and C": who the event was
// between. The list is of names only, joined by commas and "and"; the
// event is named within three words before "between" ("the agreement
// reached between", "talks among").
func (x *extractor) partiesClaims(st *sent, cs []compare.Claim) []compare.Claim {
	for i, w := range st.words {
		if w.lower != "between" && w.lower != "among" {
			continue
		}
		evAt := -1
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if st.words[k].ev != nil {
				evAt = k
				break
			}
		}
		if evAt < 0 {
			continue
		}
		names, end := partyList(st, i+1)
		if len(names) < 2 {
			continue
		}
		var values []string
		for _, m := range names {
			values = append(values, m.Value)
		}
		ev := st.words[evAt].ev
		verb := "was"
		if strings.HasSuffix(ev.noun, "s") {
			verb = "were" // "the talks", "the clashes"
		}
		c := x.claim(st, compare.Name, kindKey("parties", ev.name), "Between whom "+verb+" the "+ev.noun+"?",
			strings.Join(values, PartySep), x.d.Slice(compare.Span{Start: st.words[i+1].span.Start, End: end}),
			compare.Span{Start: st.words[evAt].span.Start, End: end}, evAt)
		c.Subject = ""
		cs = append(cs, c)
	}
	return cs
}

// partyList reads names from word i on, joined by ",", "and" and "the",
// with an abbreviation in brackets after a name ("the Palestinian
// National Authority (PNA)"). It returns the names, in sorted order of
// value with repeats dropped, and the end of the last one.
func partyList(st *sent, i int) ([]compare.Mention, int) {
	var names []compare.Mention
	end := 0
	for k := i; k < len(st.words); k++ {
		w := st.words[k]
		switch {
		case w.mention >= 0 && st.ms[w.mention].Kind == compare.Name:
			m := st.ms[w.mention]
			if len(names) == 0 || names[len(names)-1].Span != m.Span {
				if w.lower != "(" && !(k > 0 && st.words[k-1].lower == "(") {
					names = append(names, m)
				}
			}
			end = w.span.End
		case w.lower == "," || w.lower == "and" || w.lower == "the":
		case w.lower == "(" || w.lower == ")":
		default:
			k = len(st.words)
		}
	}
	slices.SortFunc(names, func(a, b compare.Mention) int { return strings.Compare(a.Value, b.Value) })
	names = slices.CompactFunc(names, func(a, b compare.Mention) bool { return mentions.SameName(a.Value, b.Value) })
	return names, end
}
