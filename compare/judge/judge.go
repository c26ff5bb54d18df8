// Package judge gives each alignment a verdict: agree, conflict or unique,
// with a one-sentence reason naming the values and qualifiers a careful
// reader needs (sources published years apart, open-ended or hedged
// values).
//
// Times compare as intervals at their granularity: "2007" agrees with
// "December 2007", "2004" and "2007-12" conflict. Quantities compare as
// bounded intervals with a tolerance for approximate values. Names compare
// by canonical form.
//
//	a.Verdict = judge.Verdict(a, docs)
package judge

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
	docsfacts "github.com/claimdiff/claimdiff/compare/docs"
	"github.com/claimdiff/claimdiff/compare/internal/timex"
	"github.com/claimdiff/claimdiff/compare/lexicon"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// Tolerance is the relative margin within which an approximate quantity
// ("about 300") agrees with another value (290).
const Tolerance = 0.1

// Verdict judges alignment a, whose claims come from docs. To judge many
// alignments of the same documents, use a Judge, which indexes them once.
func Verdict(a compare.Alignment, docs []*compare.Document) compare.Verdict {
	return New(docs).Verdict(a)
}

// DocsConfidence is the confidence of a verdict on docs facts.
const DocsConfidence = 0.9

// A Judge gives verdicts on alignments of one set of documents.
type Judge struct {
	byID  map[string]*compare.Document
	paths map[string]string         // document paths by ID, which docs facts name
	apart func(a, b string) bool    // documents never compared (related.go)
	close func(a, b string) bool    // documents that are close reports of one story (related.go)
	parts map[string]map[string]int // by key and document: part of the time line (related.go)
}

// New returns a Judge of alignments whose claims come from docs.
func New(docs []*compare.Document) *Judge {
	byID := make(map[string]*compare.Document, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	paths := make(map[string]string, len(docs))
	for _, d := range docs {
		paths[d.ID] = d.Path
	}
	return &Judge{byID: byID, paths: paths}
}

// Verdict judges alignment a. It may be called from several goroutines.
func (j *Judge) Verdict(a compare.Alignment) compare.Verdict {
	if claims.KindOf(a.Key).Values == claims.ValuesDocsFact {
		v := docsfacts.Verdict(a, j.paths)
		if v.Outcome != compare.Unique {
			// Facts read from manifests, tables and requirement lines
			// are stated firmly and compared as versions and sets.
			v.Confidence = DocsConfidence
		}
		return v
	}
	byID := j.byID
	if !fromSeveralDocs(a.Claims) {
		c := a.Claims[0]
		return compare.Verdict{Outcome: compare.Unique,
			Reason: fmt.Sprintf("Only %s states this (%s).", c.Doc, display(c))}
	}
	// The first pair of claims from different documents that disagree
	// decides; otherwise they all agree.
	if i, k, why, ok := firstConflict(a.Claims); ok {
		ci, cj := a.Claims[i], a.Claims[k]
		v := compare.Verdict{Outcome: compare.Conflict,
			Reason: fmt.Sprintf("%s says %s but %s says %s: %s.", ci.Doc, display(ci), cj.Doc, display(cj), why)}
		v.Qualifiers = qualifiers(ci, cj, byID)
		// Issue 13: a later source revising a figure or overtaking a plan
		// is an update, not a contradiction (update.go).
		if reason, ok := j.update(ci, cj); ok && !j.sameDayDisagree(a.Claims) {
			v.Outcome, v.Reason = compare.Update, sentence(reason)
			v.Qualifiers = withoutMayBeUpdate(v.Qualifiers)
		}
		v.Reason = withOthers(v.Reason, a.Claims, ci.Doc, cj.Doc)
		v.Confidence = j.confidence(a, v.Outcome, ci, cj)
		return v
	}
	first, other := a.Claims[0], otherDoc(a.Claims)
	v := compare.Verdict{Outcome: compare.Agree,
		Reason: fmt.Sprintf("%s says %s and %s says %s: %s.", first.Doc, display(first), other.Doc, display(other), agreeWhy(first, other))}
	v.Qualifiers = modalityQualifiers(a.Claims)
	v.Reason = withOthers(v.Reason, a.Claims, first.Doc, other.Doc)
	v.Confidence = j.confidence(a, v.Outcome, first, other)
	return v
}

func fromSeveralDocs(cs []compare.Claim) bool {
	for _, c := range cs[1:] {
		if c.Doc != cs[0].Doc {
			return true
		}
	}
	return false
}

func otherDoc(cs []compare.Claim) compare.Claim {
	for _, c := range cs[1:] {
		if c.Doc != cs[0].Doc {
			return c
		}
	}
	return cs[0]
}

func display(c compare.Claim) string {
	if c.Display != "" && c.Display != c.Value {
		return fmt.Sprintf("%q (%s)", c.Display, c.Value)
	}
	return fmt.Sprintf("%q", c.Value)
}

// MaxEstimateRatio is how many times the longer of two lengths of time
// may be the shorter when one is an estimate ("about two hours", "an
// hour and three quarters") and still be one length.
const MaxEstimateRatio = 1.2

// lengthRange returns the hours a length of time d, with the bound its
// words set (timex.ParseBoundedDuration), may be: an estimate ("about
// seven hours") within MaxEstimateRatio either way.
func lengthRange(bound string, d timex.Duration, display string) interval {
	h := d.Approx().Hours()
	r := interval{h, h}
	switch bound {
	case ">", ">=":
		r.hi = math.Inf(1)
	case "<", "<=":
		r.lo = 0
	default:
		if claims.EstimatedDuration(display) {
			r = interval{h / MaxEstimateRatio, h * MaxEstimateRatio}
		}
	}
	return r
}

// differ reports whether two claims' values cannot both be true of one
// thing, and why.
func differ(a, b compare.Claim) (string, bool) {
	switch claims.KindOf(a.Key).Values {
	case claims.ValuesPolarity:
		// Negation is judged on clauses; on a value it is too often
		// misread ("never back above $40") to make a conflict by itself.
		if a.Polarity != b.Polarity {
			return "one affirms what the other denies", true
		}
		return "", false
	case claims.ValuesTime:
		ba, da, oka := timex.ParseBoundedDuration(a.Value)
		bb, db, okb := timex.ParseBoundedDuration(b.Value)
		if oka && okb {
			// Lengths of time, in whatever units: "48-hour" and
			// "two-day" are one length; "more than five hours" and
			// "nearly eight hours" may be one, "up to six hours" and
			// "nine hours" are not.
			var same bool
			if ba == "" && bb == "" {
				x, y := min(da.Approx(), db.Approx()), max(da.Approx(), db.Approx())
				same = x == y || (claims.EstimatedDuration(a.Display) || claims.EstimatedDuration(b.Display)) && float64(y) <= MaxEstimateRatio*float64(x)
			} else {
				same = overlaps(lengthRange(ba, da, a.Display), lengthRange(bb, db, b.Display))
			}
			if same {
				return "", false
			}
			return "the lengths of time differ", true
		}
		if clockOnly(a) || clockOnly(b) {
			// "at 4:15 pm" names no day: the day in its value is the
			// publication's guess, so only the hours can disagree.
			ca, cb := clockPart(a.Value), clockPart(b.Value)
			if ca == "" || cb == "" || ca == cb {
				return "", false
			}
			return "the times of day differ", true
		}
		ia, oka := timex.Parse(a.Value)
		ib, okb := timex.Parse(b.Value)
		if oka && okb {
			if ia.Overlaps(ib) {
				return "", false
			}
			return "the times do not overlap", true
		}
		if a.Value == b.Value {
			return "", false
		}
		return "the values differ", true
	case claims.ValuesQuantity:
		qa, oka := mentions.ParseQuantity(a.Value)
		qb, okb := mentions.ParseQuantity(b.Value)
		if !oka || !okb {
			return "the values differ", a.Value != b.Value
		}
		if !mentions.Comparable(qa, qb) {
			return "", false // different dimensions or currencies: no conflict we can assert
		}
		if qa.Unit != qb.Unit {
			// Compare in base units: 5 km and 3.1 miles are one distance.
			// Only then: a conversion makes a figure approximate, and
			// "420 miles" against "more than 420 miles" must stay exact.
			qa, qb = qa.Base(), qb.Base()
		}
		if minimums(qa, qb) {
			// "at least 30 drowned" and "at least 52 drowned": two reports
			// of one toll, each giving the least it knows; that they
			// differ is what a reader needs told, not that both may hold.
			return "the minimums given differ", true
		}
		if isToll(a.Key) && (minimumAndCount(qa, qb) || minimumAndCount(qb, qa)) {
			// "at least 34 were killed" and "41 died": one report's
			// toll and another's, each the most it knows.
			return "the tolls given differ", true
		}
		if bothAbout(qa, qb) {
			// "about 410,000" and "roughly 340,000": two estimates,
			// which agree when their centres are within one margin,
			// not when two margins meet.
			if math.Abs(qa.Lo-qb.Lo) <= Tolerance*max(math.Abs(qa.Lo), math.Abs(qb.Lo)) {
				return "", false
			}
			return "the estimates differ", true
		}
		if overlaps(roundedWiden(qa, a.Display), roundedWiden(qb, b.Display)) {
			return "", false
		}
		return "the amounts do not overlap", true
	case claims.ValuesParties:
		return differentParties(a.Value, b.Value)
	case claims.ValuesName:
		if mentions.SameName(a.Value, b.Value) || claims.KindOf(a.Key).Name == "where" && claims.SamePlace(a.Value, b.Value) {
			return "", false
		}
		return "they name different things", true
	}
	return "the values differ", a.Value != b.Value
}

// clockOnly reports whether a time claim's words name a time of day and
// no day ("4:15 pm", "at midnight", "9 a.m. local time").
func clockOnly(c compare.Claim) bool {
	if c.Kind != compare.Time || !strings.Contains(c.Value, "T") {
		return false
	}
	for _, f := range strings.FieldsFunc(strings.ToLower(c.Display), func(r rune) bool {
		return r == ' ' || r == '(' || r == ')' || r == ','
	}) {
		if f[0] >= '0' && f[0] <= '9' {
			if strings.Contains(f, "/") || strings.Contains(f, "-") || len(f) == 4 && !strings.Contains(f, ":") {
				return false // a date or a year
			}
			continue
		}
		switch strings.Trim(f, ".") {
		case "am", "pm", "a.m", "p.m", "noon", "midnight", "gmt", "utc", "local", "time", "at", "o'clock", "h", "hours":
			continue
		}
		return false
	}
	return true
}

// clockPart returns the time of day of a TIMEX3 value ("17:00" of
// "2005-12-14T17:00"), or "".
func clockPart(v string) string {
	_, t, ok := strings.Cut(v, "T")
	if !ok || t == "" || t[0] < '0' || t[0] > '9' {
		return ""
	}
	return t
}

// differentParties compares two lists of who took part in an event: they
// conflict when one names a party the other lacks.
func differentParties(a, b string) (string, bool) {
	pa, pb := claims.Parties(a), claims.Parties(b)
	var only []string
	for _, lists := range [2][2][]string{{pa, pb}, {pb, pa}} {
		for _, x := range lists[0] {
			if !slices.ContainsFunc(lists[1], func(y string) bool { return mentions.SameName(x, y) }) {
				only = append(only, x)
			}
		}
	}
	if len(only) == 0 {
		return "", false
	}
	return "the parties named differ (" + strings.Join(only, ", ") + ")", true
}

func agreeWhy(a, b compare.Claim) string {
	switch {
	case a.Kind == compare.Name && a.Display != b.Display:
		return "two spellings of one name"
	case a.Value == b.Value:
		return "the same value"
	case a.Kind == compare.Time:
		return "one time lies within the other"
	case a.Kind == compare.Quantity:
		return "the amounts overlap"
	case a.Kind == compare.Name:
		return "two spellings of one name"
	}
	return "compatible values"
}

// minimums reports whether two amounts are both open lower bounds ("at
// least", "more than") of different figures.
func minimums(a, b mentions.Quantity) bool {
	return math.IsInf(a.Hi, 1) && math.IsInf(b.Hi, 1) && a.Lo != b.Lo
}

// isToll reports whether key asks for a toll, a count of the dead or the
// injured, which reports give as the most they know.
func isToll(key string) bool {
	class := claims.EventClass(key)
	return claims.KindOf(key).Name == "quantity" && (class == lexicon.Death.String() || class == lexicon.Injury.String())
}

// minimumAndCount reports whether a is an open lower bound ("at least
// 34") and b a count above it given as exact or about ("41", "some 40"),
// of no unit.
func minimumAndCount(a, b mentions.Quantity) bool {
	return math.IsInf(a.Hi, 1) && a.Unit == "" && b.Unit == "" && b.Lo == b.Hi && b.Lo > a.Lo
}

// bothAbout reports whether a and b are both a single figure given as
// approximate ("about 300", "some 310"), not a range or a bound.
func bothAbout(a, b mentions.Quantity) bool {
	return !a.Exact && !b.Exact && a.Lo == a.Hi && b.Lo == b.Hi && !a.Below && !b.Below
}

type interval struct{ lo, hi float64 }

// widen gives an approximate quantity its tolerance.
func widen(q mentions.Quantity) interval {
	iv := interval{q.Lo, q.Hi}
	if !q.Exact {
		iv.lo -= math.Abs(iv.lo) * Tolerance
		if !q.Below { // "nearly 90" is never above 90
			iv.hi += math.Abs(iv.hi) * Tolerance
		}
	}
	return iv
}

// roundedWiden is widen, and an exact figure written with a scale word
// ("8.2 million", "$2bn") also holds what rounds to it: "over 8.2
// million" may be the same count as "8.2 million".
func roundedWiden(q mentions.Quantity, display string) interval {
	iv := widen(q)
	if q.Exact && q.Lo == q.Hi {
		if h := mentions.RoundingHalf(display); h > 0 && unitsLike(q, h) {
			iv.lo -= h
			iv.hi += h
		}
	}
	return iv
}

// unitsLike reports whether half a rounding unit h is small beside the
// figure q: a scale word that read as one ("5 m" of metres is no
// million), or a single digit ("$5m", rounded to its whole scale if at
// all), leaves the figure as it is.
func unitsLike(q mentions.Quantity, h float64) bool { return h < math.Abs(q.Lo)*Tolerance }

func overlaps(a, b interval) bool { return a.lo <= b.hi && b.lo <= a.hi }

// qualifiers say why a conflict may be an update rather than a
// contradiction, or less than a hard conflict.
func qualifiers(a, b compare.Claim, docs map[string]*compare.Document) []string {
	var qs []string
	if q := apart(docs[a.Doc], docs[b.Doc], a, b); q != "" {
		qs = append(qs, q)
	}
	for _, c := range []compare.Claim{a, b} {
		if q, ok := mentions.ParseQuantity(c.Value); ok && c.Kind == compare.Quantity && (math.IsInf(q.Hi, 1) || math.IsInf(q.Lo, -1)) {
			qs = append(qs, fmt.Sprintf("%s's value %q is open-ended", c.Doc, c.Value))
		}
		if d := docs[c.Doc]; d != nil && c.Kind == compare.Quantity {
			if cue := runningCue(d.Slice(c.Sentence)); cue != "" {
				qs = append(qs, fmt.Sprintf("%s's figure is a running count (%q)", c.Doc, cue)+mayBeUpdate)
			}
		}
	}
	return append(qs, modalityQualifiers([]compare.Claim{a, b})...)
}

// mayBeUpdate ends the qualifier of a running count.
const mayBeUpdate = ": may be an update"

// runningCues say a figure is a count still moving, not a final one.
var runningCues = []string{"so far", "rose to", "risen to", "rises to", "climbed to", "has reached",
	"had reached", "jumped to", "increased to", "as of", "to date"}

// runningCue returns the first running-count cue in sentence, or "".
func runningCue(sentence string) string {
	lower := strings.ToLower(sentence)
	for _, cue := range runningCues {
		if strings.Contains(lower, cue) {
			return cue
		}
	}
	return ""
}

func modalityQualifiers(cs []compare.Claim) []string {
	var qs []string
	for _, c := range cs {
		switch c.Modality {
		case compare.Hedged, compare.Expected, compare.Denied:
			qs = append(qs, fmt.Sprintf("%s's claim is %s", c.Doc, c.Modality))
		}
	}
	return qs
}

// apart says how far apart two documents were published, when that is
// far enough for a value to have changed in between.
func apart(a, b *compare.Document, ca, cb compare.Claim) string {
	if a == nil || b == nil {
		return ""
	}
	ta, oka := publishedTime(a)
	tb, okb := publishedTime(b)
	if !oka || !okb {
		return ""
	}
	if tb.Before(ta) {
		ta, tb = tb, ta
		a, b = b, a
		cb = ca
	}
	days := int(tb.Sub(ta).Hours() / 24)
	newer := fmt.Sprintf("%s newer: %s", b.ID, display(cb))
	var q string
	switch {
	case days >= 2*365:
		q = fmt.Sprintf("published %d years apart (%s)", days/365, newer)
	case days >= 60:
		q = fmt.Sprintf("published %d months apart (%s)", days/30, newer)
	case days == 1:
		q = fmt.Sprintf("published a day apart (%s)", newer)
	case days > 1:
		q = fmt.Sprintf("published %d days apart (%s)", days, newer)
	default:
		return ""
	}
	// A distance computed from a doubtful date must say so.
	for _, d := range []*compare.Document{a, b} {
		if len(d.Warnings) > 0 && d.PublishedFrom != compare.FromFlag {
			q += fmt.Sprintf("; %s's date %s is doubtful", d.ID, d.Published)
		}
	}
	return q
}

// publishedTime is the start of d's publication date, when it has one.
func publishedTime(d *compare.Document) (time.Time, bool) {
	return d.PublishedDate.Time(), !d.PublishedDate.IsZero()
}
