package judge

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/claims"
	"github.com/claimdiff/claimdiff/compare/mentions"
)

// update reports whether two differing claims, a and b, are one value
// revised by a later source rather than two sources disagreeing, and if
// so the reason naming the change, the dates and the newer source.
//
// Three patterns of news make an update. A running figure (a toll "rose
// to" a number, a count "so far") is revised by a later report, and a
// tally kept from a start (claims.IsRunningTotal) grows in one. A plan or
// expectation ("is expected to sign on Friday") is overtaken by a later
// report of what happened, or by a later report of another plan. Either way the newer document must be
// published on a later day: two reports of the same day that differ
// disagree (see also sameDayDisagree).
func (j *Judge) update(a, b compare.Claim) (string, bool) {
	da, db := j.byID[a.Doc], j.byID[b.Doc]
	if da == nil || db == nil {
		return "", false
	}
	ta, oka := publishedTime(da)
	tb, okb := publishedTime(db)
	precision := da.PublishedDate.Precision()
	if !oka || !okb || precision != db.PublishedDate.Precision() || ta.Equal(tb) {
		return "", false
	}
	if tb.Before(ta) {
		a, b, da, db, ta, tb = b, a, db, da, tb, ta
	}
	// A date guessed from a page capture cannot order two reports.
	for _, d := range []*compare.Document{da, db} {
		if len(d.Warnings) > 0 && d.PublishedFrom != compare.FromFlag {
			return "", false
		}
	}
	between := datesBetween(ta, tb, precision)
	switch {
	case planned(a) && !planned(b):
		return fmt.Sprintf("expected %s, then %s, between %s (%s newer)",
			display(a), display(b), between, b.Doc), true
	case planned(a) && planned(b) && a.Kind == compare.Time:
		// A later report of a plan that moved: "will resume on Monday",
		// then "will resume on Wednesday".
		return fmt.Sprintf("planned for %s, then for %s, between %s (%s newer)",
			display(a), display(b), between, b.Doc), true
	case a.Kind == compare.Quantity && (running(da, a) || running(db, b) || claims.IsRunningTotal(a.Key) && claims.IsRunningTotal(b.Key) && grew(a, b)):
		return fmt.Sprintf("%s from %s to %s between %s (%s newer)",
			direction(a, b), plain(a), plain(b), between, b.Doc), true
	}
	return "", false
}

// planned reports whether c states what was expected or planned rather
// than what happened.
func planned(c compare.Claim) bool {
	return c.Modality == compare.Expected || claims.IsPlanned(c.Key)
}

// running reports whether c's sentence in d gives its figure as a count
// still moving ("rose to", "so far").
func running(d *compare.Document, c compare.Claim) bool {
	return runningCue(d.Slice(c.Sentence)) != ""
}

// grew reports whether b's figure is no smaller than a's at either end:
// how a tally kept from a start ("have died since the war began") moves,
// however it is bounded ("more than 410", then "more than 450").
func grew(a, b compare.Claim) bool {
	qa, oka := mentions.ParseQuantity(a.Value)
	qb, okb := mentions.ParseQuantity(b.Value)
	return oka && okb && qb.Lo >= qa.Lo && qb.Hi >= qa.Hi
}

// direction says how a figure moved from a to b.
func direction(a, b compare.Claim) string {
	qa, oka := mentions.ParseQuantity(a.Value)
	qb, okb := mentions.ParseQuantity(b.Value)
	switch {
	case !oka || !okb:
		return "revised"
	case qb.Lo > qa.Hi:
		return "rose"
	case qb.Hi < qa.Lo:
		return "fell"
	}
	return "revised"
}

// plain is a claim's value as written, without its normal form.
func plain(c compare.Claim) string {
	if c.Display != "" {
		return c.Display
	}
	return c.Value
}

// datesBetween writes two publication dates known to precision p the
// short way a person would: "3 and 5 May 2005", "28 Nov and 3 Dec 2005",
// "Dec 2004 and Mar 2006".
func datesBetween(a, b time.Time, p compare.Precision) string {
	switch p {
	case compare.DateYear:
		return fmt.Sprintf("%d and %d", a.Year(), b.Year())
	case compare.DateMonth:
		if a.Year() == b.Year() {
			return fmt.Sprintf("%s and %s", a.Format("Jan"), b.Format("Jan 2006"))
		}
		return fmt.Sprintf("%s and %s", a.Format("Jan 2006"), b.Format("Jan 2006"))
	}
	switch {
	case a.Year() == b.Year() && a.Month() == b.Month():
		return fmt.Sprintf("%d and %s", a.Day(), b.Format("2 Jan 2006"))
	case a.Year() == b.Year():
		return fmt.Sprintf("%s and %s", a.Format("2 Jan"), b.Format("2 Jan 2006"))
	}
	return fmt.Sprintf("%s and %s", a.Format("2 Jan 2006"), b.Format("2 Jan 2006"))
}

// sameDayDisagree reports whether two documents published on the same
// day give differing values in cs: then the difference is not only a
// revision over time, and the verdict stays a conflict.
func (j *Judge) sameDayDisagree(cs []compare.Claim) bool {
	first := map[string]compare.Claim{}
	var docs []string
	for _, c := range cs {
		if _, ok := first[c.Doc]; !ok {
			first[c.Doc] = c
			docs = append(docs, c.Doc)
		}
	}
	for x := range docs {
		for y := x + 1; y < len(docs); y++ {
			dx, dy := j.byID[docs[x]], j.byID[docs[y]]
			if dx == nil || dy == nil || dx.PublishedDate.IsZero() || dx.PublishedDate != dy.PublishedDate {
				continue
			}
			if _, differs := differ(first[docs[x]], first[docs[y]]); differs {
				return true
			}
		}
	}
	return false
}

// withoutMayBeUpdate drops the qualifiers that say a figure may be an
// update, once the verdict says it is.
func withoutMayBeUpdate(qs []string) []string {
	return slices.DeleteFunc(qs, func(q string) bool { return strings.HasSuffix(q, mayBeUpdate) })
}
