package claims

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Last claims: when an event last happened before the one reported
// ("the first X since T", "last held in T", "the first X in N years").

// previousOccurrence finds the constructions that say when an event last
// happened before the one reported: "the first X since T", "X were last
// held in T", "the first X in N years".
func (x *extractor) previousOccurrence(st *sent, cs []compare.Claim) []compare.Claim {
	for i, w := range st.words {
		if w.mention >= 0 {
			continue
		}
		switch w.lower {
		case "first":
			if c, ok := x.firstSince(st, i); ok {
				cs = append(cs, c)
			} else if c, ok := x.firstIn(st, i); ok {
				cs = append(cs, c)
			}
		case "last", "previous", "previously":
			if c, ok := x.lastHeld(st, i); ok {
				cs = append(cs, c)
			}
		}
	}
	return cs
}

// eventAfter returns the first event word (or, failing that, the head noun
// before stopWord) among the few words after "first".
func eventAfter(st *sent, i int, stop string) (int, string, *event) {
	if h := st.words[i].head; h > i && h <= i+5 && st.words[h].upos == "NOUN" && st.words[h].mention < 0 {
		// The noun "first" qualifies, by the tree, with the words that
		// qualify it before the stop word: "the first stoppage at the
		// port since 2024" is of the stoppage.
		for j := h + 1; j < len(st.words) && j <= i+8; j++ {
			if st.words[j].lower == stop {
				return h, st.words[h].lemma, st.words[h].ev
			}
		}
	}
	for j := i + 1; j < len(st.words) && j <= i+5; j++ {
		w := st.words[j]
		if w.lower == stop {
			if j == i+1 {
				return -1, "", nil
			}
			h := st.words[j-1]
			return j - 1, h.lemma, h.ev
		}
		if w.ev != nil && j+1 < len(st.words) && st.words[j+1].lower == stop {
			return j, w.lemma, w.ev
		}
		if !hasLetter(w.lower) || w.mention >= 0 {
			return -1, "", nil
		}
	}
	return -1, "", nil
}

func (x *extractor) firstSince(st *sent, i int) (compare.Claim, bool) {
	j, head, ev := eventAfter(st, i, "since")
	if j < 0 {
		return compare.Claim{}, false
	}
	m, ok := nextDate(st, j+2, len(st.words))
	if !ok {
		return compare.Claim{}, false
	}
	key, q := x.lastKey(st, head, ev, j)
	return x.claim(st, compare.Time, key, q, m.Value, x.d.Slice(m.Span),
		cover(st.words[i].span, m.Span), j), true
}

// nextDate returns the first time mention among words [from, to) when it is
// a date or time of day, and marks it used by the construction; a duration
// or set first means there is none.
func nextDate(st *sent, from, to int) (compare.Mention, bool) {
	for k := from; k < to && k < len(st.words); k++ {
		w := st.words[k]
		if w.mention < 0 || st.ms[w.mention].Kind != compare.Time {
			continue
		}
		m := st.ms[w.mention]
		if m.Type != "DATE" && m.Type != "TIME" {
			return compare.Mention{}, false
		}
		st.used[w.mention] = true
		return m, true
	}
	return compare.Mention{}, false
}

func (x *extractor) firstIn(st *sent, i int) (compare.Claim, bool) {
	j, head, ev := eventAfter(st, i, "in")
	if j < 0 || j+2 >= len(st.words) {
		return compare.Claim{}, false
	}
	w := st.words[j+2]
	if w.mention < 0 || st.ms[w.mention].Type != "DURATION" {
		return compare.Claim{}, false
	}
	m := st.ms[w.mention]
	value, ok := before(x.d.PublishedDate, m.Value)
	if !ok {
		return compare.Claim{}, false
	}
	st.used[w.mention] = true
	key, q := x.lastKey(st, head, ev, j)
	display := fmt.Sprintf("%s (%s before %s)", value, x.d.Slice(m.Span), x.d.Published)
	return x.claim(st, compare.Time, key, q, value, display, cover(st.words[i].span, m.Span), j), true
}

func (x *extractor) lastHeld(st *sent, i int) (compare.Claim, bool) {
	// The event is named within three words before or after "last".
	evAt := -1
	for d := 1; d <= 3 && evAt < 0; d++ {
		for _, j := range []int{i - d, i + d} {
			if j >= 0 && j < len(st.words) && st.words[j].ev != nil && !lightVerbs[st.words[j].lemma] {
				evAt = j
				break
			}
		}
	}
	if evAt < 0 {
		return compare.Claim{}, false
	}
	m, ok := nextDate(st, i+1, i+7)
	if !ok {
		return compare.Claim{}, false
	}
	h := st.words[evAt]
	key, q := x.lastKey(st, h.lemma, h.ev, evAt)
	return x.claim(st, compare.Time, key, q, m.Value, x.d.Slice(m.Span),
		cover(st.words[min(i, evAt)].span, m.Span), evAt), true
}

// lastKey is the key and question of a claim about the previous occurrence
// of the event named at word j; "similar talks" borrows the modifiers of
// the talks named before.
func (x *extractor) lastKey(st *sent, head string, ev *event, j int) (string, string) {
	if ev == nil && (head == "time" || head == "occasion") {
		// "for the first time since 2011": the time is the event of the
		// verb it hangs on ("raises its rate"), or, without one, of the
		// nearest event word.
		if k := predicateOf(st, j); k >= 0 && st.words[k].ev != nil {
			ev = st.words[k].ev
		} else if _, e := nearestEvent(st, j, 10); e != nil {
			ev = e
		}
	}
	name, noun := head, head
	if ev != nil {
		name, noun = ev.name, ev.noun
	}
	if isChange(ev) || ev == nil && (head == "change" || changeNounSense.Get(head, changeOfNoun) != nil) {
		// "the first rise since 2004" and "the first change since 2004"
		// ask one question: when the figure last moved.
		name, noun = "change", "change"
	}
	mod := ""
	if j > 0 {
		prev := st.words[j-1].lower
		switch {
		case referring[prev] && ev != nil:
			mod = x.antecedent[ev.name]
		case strings.Contains(prev, "-") && hasLetter(prev):
			mod = prev
		}
	}
	if mod != "" {
		noun = mod + " " + noun
	}
	return kindKey("last", name), fmt.Sprintf("When did the previous %s take place?", noun)
}

// before returns the date a duration before the publication date, at the
// duration's granularity: P2Y before 2006-03-02 is 2004.
func before(published compare.Date, duration string) (string, bool) {
	if published.IsZero() || len(duration) < 3 || duration[0] != 'P' || duration[1] == 'T' {
		return "", false
	}
	n, err := strconv.Atoi(duration[1 : len(duration)-1])
	if err != nil || n <= 0 {
		return "", false
	}
	t := published.Time()
	switch duration[len(duration)-1] {
	case 'Y':
		return strconv.Itoa(published.Year() - n), true
	case 'M':
		if published.Precision() < compare.DateMonth {
			return "", false
		}
		return t.AddDate(0, -n, 0).Format("2006-01"), true
	case 'W':
		if published.Precision() < compare.DateDay {
			return "", false
		}
		return t.AddDate(0, 0, -7*n).Format("2006-01-02"), true
	case 'D':
		if published.Precision() < compare.DateDay {
			return "", false
		}
		return t.AddDate(0, 0, -n).Format("2006-01-02"), true
	}
	return "", false
}
