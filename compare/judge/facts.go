package judge

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
)

// OneEntryPerFact makes the judged alignments as a reader needs them: one
// entry per question among those of several documents, with every
// source's value.
//
// Alignments of several documents that share a key are merged when they
// are one fact cut in two: they share a document that gives the same
// values in both, and no document gives different values in them (a
// rising toll aligned 68 with 134 and 134 with 169); or they share a
// document and nothing tells them apart (see unspecified). The merged alignment
// is judged again over all its values. Those left sharing a key are
// different facts of one kind (the seats of two parties): each gets a key
// and, where the question is the same, a question told apart by the words
// near its values or its subject.
//
// A time conflict in the very sentences of an update is when each
// figure was given ("rose to 120 on Saturday", "rose to 185 on Monday"):
// the update says it, and it is dropped.
//
// A polarity agreement of two documents in sentences whose values
// another alignment finds in conflict would contradict it ("three killed"
// and "five killed" agree that someone was killed): it is dropped.
func (j *Judge) OneEntryPerFact(as []compare.Alignment) []compare.Alignment {
	as = j.mergeFacts(as)
	as = dropCoveredPolarity(as)
	as = dropRevisionTimes(as)
	j.distinctKeys(as)
	return as
}

// deniesAny reports whether a claim of a says its clause does not hold.
func deniesAny(a *compare.Alignment) bool {
	return slices.ContainsFunc(a.Claims, func(c compare.Claim) bool { return c.Polarity == compare.Negative })
}

func multiDoc(a *compare.Alignment) bool { return fromSeveralDocs(a.Claims) }

// valuesByDoc returns, for each document of a, its sorted distinct values.
func valuesByDoc(a *compare.Alignment) map[string][]string {
	m := map[string][]string{}
	for _, c := range a.Claims {
		if !slices.Contains(m[c.Doc], c.Value) {
			m[c.Doc] = append(m[c.Doc], c.Value)
		}
	}
	for _, vs := range m {
		slices.Sort(vs)
	}
	return m
}

// oneFact reports whether two alignments of one key, by their values per
// document, are parts of one fact.
func oneFact(va, vb map[string][]string) bool {
	bridged := false
	for d, xs := range va {
		ys, ok := vb[d]
		if !ok {
			continue
		}
		if !slices.Equal(xs, ys) {
			return false
		}
		bridged = true
	}
	return bridged
}

func (j *Judge) mergeFacts(as []compare.Alignment) []compare.Alignment {
	// Alignments that nothing tells apart are one question only when
	// their documents tell one story: otherwise a document in both would
	// chain the tolls of unrelated events into one.
	// The judge's relation (KeepApart) says it, else one read here.
	apart := j.apart
	oneStory := func(x, y *compare.Alignment) bool {
		if apart == nil {
			apart = Relate(as).Apart
		}
		// Each document against the other's first, as keptApart looks:
		// linear in the documents.
		tells := func(a string, ds []string) bool {
			return !slices.ContainsFunc(ds, func(d string) bool { return apart(a, d) })
		}
		dx, dy := docsOf(x), docsOf(y)
		return tells(dx[0], dy) && tells(dy[0], dx)
	}
	// Candidates share a key and a document: an index on both keeps the
	// cost near linear when a key has thousands of alignments.
	type keyDoc struct{ key, doc string }
	byKeyDoc := map[keyDoc][]int{}
	values := make([]map[string][]string, len(as))
	for i := range as {
		if m := claims.KindOf(as[i].Key).Match; !multiDoc(&as[i]) || m == claims.MatchName || m == claims.MatchClause && deniesAny(&as[i]) {
			// A place or a name is a fact by its value: a document names
			// several (the mine, its town, its province), each its own.
			// A clause's value (it holds or not) names no fact: clauses
			// that documents affirm alike are one entry, but a denial is
			// of the clause it was set against, never of every clause
			// its document affirms.
			continue
		}
		values[i] = valuesByDoc(&as[i])
		for _, d := range slices.Sorted(maps.Keys(values[i])) {
			kd := keyDoc{as[i].Key, d}
			byKeyDoc[kd] = append(byKeyDoc[kd], i)
		}
	}
	// into[i] is the alignment i was merged into, or i.
	into := make([]int, len(as))
	for i := range into {
		into[i] = i
	}
	root := func(i int) int {
		for into[i] != i {
			i = into[i]
		}
		return i
	}
	merged := map[int]bool{}
	near := map[int][]string{} // nearTerms of a root, until it grows
	nearOf := func(i int) func() []string {
		return func() []string {
			if n, ok := near[i]; ok {
				return n
			}
			near[i] = nearTerms(&as[i])
			return near[i]
		}
	}
	for i := range as {
		if values[i] == nil {
			continue
		}
		checked := map[int]bool{} // an alignment sharing several documents with i is looked at once
		for _, d := range slices.Sorted(maps.Keys(values[i])) {
			for _, o := range byKeyDoc[keyDoc{as[i].Key, d}] {
				if o <= i || checked[o] {
					continue
				}
				checked[o] = true
				ri, ro := root(i), root(o)
				if ri == ro || !oneFact(values[ri], values[ro]) && (!unspecified(&as[ri], &as[ro], nearOf(ri), nearOf(ro)) || sameDocuments(values[ri], values[ro]) || !oneStory(&as[ri], &as[ro])) || j.keptApart(&as[ri], &as[ro]) {
					continue
				}
				// The later joins the earlier, so that the order of the
				// report follows the first claims.
				if ro < ri {
					ri, ro = ro, ri
				}
				as[ri].Claims = append(as[ri].Claims, as[ro].Claims...)
				for doc, vs := range values[ro] {
					if _, ok := values[ri][doc]; !ok {
						values[ri][doc] = vs
					}
				}
				into[ro] = ri
				merged[ri] = true
				delete(near, ri)
			}
		}
	}
	out := as[:0]
	for i := range as {
		if root(i) != i {
			continue
		}
		if merged[i] {
			a := &as[i]
			slices.SortStableFunc(a.Claims, func(p, q compare.Claim) int {
				return cmp.Or(docCompare(p.Doc, q.Doc), cmp.Compare(p.Evidence.Start, q.Evidence.Start))
			})
			a.Claims = slices.CompactFunc(a.Claims, func(p, q compare.Claim) bool {
				return p.Doc == q.Doc && p.Evidence == q.Evidence && p.Value == q.Value
			})
			a.Verdict = j.Verdict(*a)
		}
		out = append(out, as[i])
	}
	return out
}

// unspecified reports whether two alignments of one key that share a
// document are one question although that document gives a value in
// each: nothing tells them apart. Neither names a subject, one has no
// word near its values common to all its documents, and the other's
// common words name no one ("Labour" would make it Labour's figure). A
// report giving its own estimate of a toll and the government's figure
// answers one question twice, and the other reports' figures belong with
// both.
func unspecified(a, b *compare.Alignment, na, nb func() []string) bool {
	if claims.KindOf(a.Key).Match == claims.MatchSubject {
		// An age or a stance is a person's: a report giving two speaks
		// of two people, whoever they are.
		return false
	}
	for _, x := range []*compare.Alignment{a, b} {
		for _, c := range x.Claims {
			if c.Subject != "" {
				return false
			}
		}
	}
	ta, tb := na(), nb()
	if len(ta) > 0 && len(tb) > 0 {
		return false
	}
	for _, ts := range [][]string{ta, tb} {
		for _, t := range ts {
			if strings.HasPrefix(t, "@") || strings.HasPrefix(t, "#") {
				return false
			}
		}
	}
	return true
}

// sameDocuments reports whether two alignments hold the same documents:
// when every document answers in both ("60 mph, then 40 mph"; "45 by 42
// inches"), the two are facts each stated by all, not one question that
// one document answers twice.
func sameDocuments(va, vb map[string][]string) bool {
	if len(va) != len(vb) {
		return false
	}
	for d := range va {
		if _, ok := vb[d]; !ok {
			return false
		}
	}
	return true
}

// docCompare orders document IDs as numbered: d2 before d10.
func docCompare(a, b string) int {
	return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
}

// dropCoveredPolarity drops polarity agreements two of whose documents'
// sentences are sentences of one conflict or update of values.
func dropCoveredPolarity(as []compare.Alignment) []compare.Alignment {
	in := sentencesOf(as, func(a *compare.Alignment) bool {
		return a.Kind != compare.PolarityKind && multiDoc(a) && Disagree(a.Verdict.Outcome)
	})
	out := as[:0]
	for _, a := range as {
		if a.Kind == compare.PolarityKind && a.Verdict.Outcome == compare.Agree && sharedByTwoDocs(&a, in) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// sentencesOf maps each evidence sentence of the alignments that keep
// accepts to their positions in as.
func sentencesOf(as []compare.Alignment, keep func(*compare.Alignment) bool) map[sentenceOf][]int {
	in := map[sentenceOf][]int{}
	for i := range as {
		if !keep(&as[i]) {
			continue
		}
		for _, c := range as[i].Claims {
			s := sentenceOf{c.Doc, c.Sentence}
			if l := in[s]; len(l) == 0 || l[len(l)-1] != i {
				in[s] = append(in[s], i)
			}
		}
	}
	return in
}

// sharedByTwoDocs reports whether sentences of a from two documents are
// sentences of one alignment of in.
func sharedByTwoDocs(a *compare.Alignment, in map[sentenceOf][]int) bool {
	firstDoc := map[int]string{} // alignment of in: a document of a found in it
	for _, c := range a.Claims {
		for _, i := range in[sentenceOf{c.Doc, c.Sentence}] {
			d, ok := firstDoc[i]
			if !ok {
				firstDoc[i] = c.Doc
			} else if d != c.Doc {
				return true
			}
		}
	}
	return false
}

type sentenceOf struct {
	doc  string
	span compare.Span
}

// dropRevisionTimes drops time conflicts all of whose sentences are
// those of one update.
func dropRevisionTimes(as []compare.Alignment) []compare.Alignment {
	in := sentencesOf(as, func(a *compare.Alignment) bool { return a.Verdict.Outcome == compare.Update })
	if len(in) == 0 {
		return as
	}
	out := as[:0]
	for _, a := range as {
		if a.Kind == compare.Time && a.Verdict.Outcome == compare.Conflict && withinOne(&a, in) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// withinOne reports whether every sentence of a is a sentence of one and
// the same alignment of in.
func withinOne(a *compare.Alignment, in map[sentenceOf][]int) bool {
	var common []int
	for n, c := range a.Claims {
		l := in[sentenceOf{c.Doc, c.Sentence}]
		if n == 0 {
			common = slices.Clone(l)
			continue
		}
		common = slices.DeleteFunc(common, func(i int) bool { return !slices.Contains(l, i) })
		if len(common) == 0 {
			return false
		}
	}
	return len(common) > 0
}

// distinctKeys gives every alignment of several documents a key no other
// such alignment has, telling facts of one kind apart by their subject,
// the name they give or the words near their values.
func (j *Judge) distinctKeys(as []compare.Alignment) {
	byKey := map[string][]int{}
	for i := range as {
		if multiDoc(&as[i]) {
			byKey[as[i].Key] = append(byKey[as[i].Key], i)
		}
	}
	used := map[string]bool{}
	for k := range byKey {
		used[k] = true
	}
	for _, key := range slices.Sorted(maps.Keys(byKey)) {
		idx := byKey[key]
		if len(idx) < 2 {
			continue
		}
		// A conflict or update, what a reader acts on, keeps the plain key.
		slices.SortStableFunc(idx, func(x, y int) int {
			return cmp.Compare(rankDisagree(as[x].Verdict.Outcome), rankDisagree(as[y].Verdict.Outcome))
		})
		sameQuestion := true
		for _, i := range idx[1:] {
			sameQuestion = sameQuestion && as[i].Question == as[idx[0]].Question
		}
		// A near term tells an alignment apart when no other of its key
		// has it.
		near := make([][]string, len(idx))
		count := map[string]int{}
		for n, i := range idx {
			near[n] = nearTerms(&as[i])
			for _, t := range near[n] {
				count[t]++
			}
		}
		for n, i := range idx {
			a := &as[i]
			tag, words := j.discriminator(a, near[n], count)
			if n > 0 { // the first keeps its key
				k := key + "/" + tag
				// An ordinal is the last resort.
				for m := n + 1; tag == "" || used[k]; m++ {
					k = key + "/" + tag + "#" + strconv.Itoa(m)
					if !used[k] {
						break
					}
				}
				used[k] = true
				a.Key = k
			}
			if sameQuestion && words != "" {
				a.Question = strings.TrimSuffix(a.Question, "?") + " (" + words + ")?"
			}
		}
	}
}

// discriminator returns what tells a apart from the other alignments of
// its key, whose near terms (sorted) are counted in count: a key part and words
// for a reader.
func (j *Judge) discriminator(a *compare.Alignment, near []string, count map[string]int) (string, string) {
	if s := commonSubject(a); s != "" {
		return keyPart(s), j.asWritten(s, a)
	}
	if a.Kind == compare.Name {
		// The answer itself tells the entries apart; put in the question
		// it would give the answer away.
		return keyPart(a.Claims[0].Value), ""
	}
	var ts []string
	for _, t := range near {
		if count[t] == 1 && len(ts) < 2 {
			ts = append(ts, t)
		}
	}
	// Only names read well in a question ("How many seats (Labour)?");
	// other words near a value ("put", "estimate") tell the key apart
	// but would make the question odd.
	var words []string
	for _, t := range ts {
		if strings.HasPrefix(t, "@") || strings.HasPrefix(t, "#") {
			words = append(words, j.wordOf(t, a))
		}
	}
	return keyPart(strings.Join(ts, "-")), strings.Join(words, ", ")
}

// commonSubject is the subject all of a's claims share, or "".
func commonSubject(a *compare.Alignment) string {
	s := a.Claims[0].Subject
	for _, c := range a.Claims[1:] {
		if c.Subject != s {
			return ""
		}
	}
	return s
}

// nearTerms are the terms near the values that every document of a
// uses in one of its claims, sorted. An alignment may hold thousands of
// claims: the candidates are the first document's terms, and each other
// document marks those it holds in a bit set, so that no set of terms is
// built per document.
func nearTerms(a *compare.Alignment) []string {
	first := a.Claims[0].Doc
	var cand []string
	for _, c := range a.Claims {
		if c.Doc == first {
			cand = append(cand, c.Near...)
		}
	}
	if len(cand) == 0 {
		return nil
	}
	slices.Sort(cand)
	cand = slices.Compact(cand)
	if len(cand) > 64 {
		return nearTermsBySets(a, cand)
	}
	held := map[string]uint64{} // by other document: the candidates it holds
	for _, c := range a.Claims {
		if c.Doc == first {
			continue
		}
		m := held[c.Doc]
		for _, t := range c.Near {
			if i, ok := slices.BinarySearch(cand, t); ok {
				m |= 1 << i
			}
		}
		held[c.Doc] = m
	}
	all := ^uint64(0)
	for _, m := range held {
		all &= m
	}
	out := cand[:0]
	for i, t := range cand {
		if all&(1<<i) != 0 {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// nearTermsBySets is nearTerms for a first document with more candidate
// terms than a bit set holds: each other document's terms are sorted and
// intersected with them.
func nearTermsBySets(a *compare.Alignment, cand []string) []string {
	first := a.Claims[0].Doc
	perDoc := map[string][]string{}
	for _, c := range a.Claims {
		if c.Doc != first {
			perDoc[c.Doc] = append(perDoc[c.Doc], c.Near...)
		}
	}
	out := cand
	// The intersection is the same in any order of documents.
	for _, ts := range perDoc {
		slices.Sort(ts)
		out = intersectSorted(out, slices.Compact(ts))
		if len(out) == 0 {
			return nil
		}
	}
	return out
}

// intersectSorted returns the strings of sorted xs also in sorted ys,
// reusing xs.
func intersectSorted(xs, ys []string) []string {
	out := xs[:0]
	for i, k := 0, 0; i < len(xs) && k < len(ys); {
		switch c := strings.Compare(xs[i], ys[k]); {
		case c < 0:
			i++
		case c > 0:
			k++
		default:
			out = append(out, xs[i])
			i++
			k++
		}
	}
	return out
}

// readable turns a term into words: "@saddam hussein" to "saddam hussein",
// a place term to its name.
func readable(t string) string {
	t = strings.TrimPrefix(t, "@")
	if strings.HasPrefix(t, "#") {
		parts := strings.Split(t[1:], "|") // compass|key|c
		if len(parts) > 1 {
			t = strings.TrimSpace(parts[0] + " " + parts[1])
		}
	}
	return t
}

// keyPart makes s fit in a key: lower case, words joined by "-".
func keyPart(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.NewReplacer("/", " ", "#", " ", "|", " ", "@", " ").Replace(s))), "-")
}

// Disagree reports whether o says that sources differ: a conflict or an
// update.
func Disagree(o compare.Outcome) bool { return o == compare.Conflict || o == compare.Update }

// wordOf returns the word of a's evidence sentences that term t (a stem,
// a name or place term) stands for, as written there.
func (j *Judge) wordOf(t string, a *compare.Alignment) string {
	t = readable(t)
	for _, c := range a.Claims {
		d := j.byID[c.Doc]
		if d == nil {
			continue
		}
		for _, w := range strings.FieldsFunc(d.Slice(c.Sentence), notLetter) {
			if strings.HasPrefix(strings.ToLower(w), t) {
				return w
			}
		}
	}
	return t
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

func rankDisagree(o compare.Outcome) int {
	if Disagree(o) {
		return 0
	}
	return 1
}

// asWritten returns name as a's evidence sentences write it ("Labour" for
// the subject "labour"), or name itself.
func (j *Judge) asWritten(name string, a *compare.Alignment) string {
	for _, c := range a.Claims {
		d := j.byID[c.Doc]
		if d == nil {
			continue
		}
		text := d.Slice(c.Sentence)
		if i := strings.Index(strings.ToLower(text), strings.ToLower(name)); i >= 0 && len(text[i:]) >= len(name) {
			if w := text[i : i+len(name)]; strings.EqualFold(w, name) {
				return w
			}
		}
	}
	return name
}
