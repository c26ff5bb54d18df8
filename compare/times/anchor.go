package times

import (
	"fmt"
	"strconv"
	"time"

	"github.com/claimdiff/claimdiff/compare"
)

// anchor is a point of reference with the precision it is known to.
type anchor struct {
	t    time.Time
	gran int // granNone… granDay
}

const (
	granNone = iota
	granYear
	granMonth
	granDay
)

// publishedAnchor is the publication date as the first reference, with
// the precision ingest found it to.
func publishedAnchor(p compare.Date) anchor {
	switch p.Precision() {
	case compare.DateYear:
		return anchor{p.Time(), granYear}
	case compare.DateMonth:
		return anchor{p.Time(), granMonth}
	case compare.DateDay:
		return anchor{p.Time(), granDay}
	}
	return anchor{}
}

// moveReference follows the narrative: a day, month or quarter named in
// the text becomes the reference for the words that point back to it.
func (c *scanner) moveReference(f found) {
	v := f.val
	if f.noRef {
		return
	}
	if isDay(v) {
		c.lastDay = v[:10]
	}
	switch {
	case f.day:
		if t, ok := parseDay(v[:10], true); ok {
			c.ref = anchor{t, granDay}
			c.refMonth = c.ref
			c.refAt = c.at + 1
		}
	case f.typ == "DATE" && len(v) == 7 && v[4] == '-' && v[5] != 'Q' && v[5] != 'W' && v[5] != 'H':
		if t, ok := parseDay(v, false); ok {
			c.refMonth = anchor{t, granMonth}
		}
	case f.typ == "DATE" && len(v) == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4':
		c.lastQuarter, c.quarterAt = v, c.at
	}
}

// yearBefore is the period a year before: the same quarter when a quarter
// is under discussion, else the year.
func (c *scanner) yearBefore() string {
	if c.quarterInView() {
		y, _ := strconv.Atoi(c.lastQuarter[:4])
		return fmt.Sprintf("%04d%s", y-1, c.lastQuarter[4:])
	}
	return shiftValue(c.dct, "Y", -1)
}

// quarterWindow is how far, in bytes, a named quarter stays the subject
// of the text: a few paragraphs.
var quarterWindow = 800

// quarterInView reports whether a quarter was named close enough before
// the expression being read to be what "a year earlier" compares with.
func (c *scanner) quarterInView() bool {
	return c.lastQuarter != "" && c.at-c.quarterAt <= quarterWindow
}
