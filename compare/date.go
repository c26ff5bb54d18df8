package compare

import (
	"fmt"
	"time"
)

// Precision says how much of a Date is known.
type Precision int8

// Precisions of a Date, coarsest first.
const (
	DateUnknown Precision = iota
	DateYear
	DateMonth
	DateDay
)

// Date is a publication date known to a year, a month or a day, parsed
// once from Document.Published so that no stage reads the string again.
// The zero Date is unknown.
type Date struct {
	year, month, day int // month and day are 0 when not known
	precision        Precision
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD, as Document.Published
// holds them; "" is the unknown Date. A month or day out of range (2006-13,
// 2006-02-30) is an error.
func ParseDate(s string) (Date, error) {
	digits := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	bad := fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	var d Date
	switch len(s) {
	case 0:
		return Date{}, nil
	case len("2006"), len("2006-01"), len("2006-01-02"):
	default:
		return Date{}, bad
	}
	y, ok := digits(s[:4])
	if !ok {
		return Date{}, bad
	}
	d.year, d.precision = y, DateYear
	if len(s) >= len("2006-01") {
		m, ok := digits(s[5:7])
		if !ok || s[4] != '-' || m < 1 || m > 12 {
			return Date{}, bad
		}
		d.month, d.precision = m, DateMonth
	}
	if len(s) == len("2006-01-02") {
		day, ok := digits(s[8:10])
		if !ok || s[7] != '-' || day < 1 || time.Date(y, time.Month(d.month), day, 0, 0, 0, 0, time.UTC).Day() != day {
			return Date{}, bad
		}
		d.day, d.precision = day, DateDay
	}
	return d, nil
}

// Precision says how much of d is known.
func (d Date) Precision() Precision { return d.precision }

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d.precision == DateUnknown }

// Equal reports whether d and e are the same date known to the same
// precision ("2006-03" is not "2006-03-01").
func (d Date) Equal(e Date) bool { return d == e }

// Year, Month and Day return the parts of d; a part not known is 0.
func (d Date) Year() int  { return d.year }
func (d Date) Month() int { return d.month }
func (d Date) Day() int   { return d.day }

// Time returns the start of d in UTC: the first day of its year or month
// when that is all d knows. The zero Date gives the zero Time.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.year, time.Month(max(d.month, 1)), max(d.day, 1), 0, 0, 0, 0, time.UTC)
}

// String writes d as ParseDate reads it: "2006", "2006-03", "2006-03-02",
// or "" when unknown.
func (d Date) String() string {
	switch d.precision {
	case DateYear:
		return fmt.Sprintf("%04d", d.year)
	case DateMonth:
		return fmt.Sprintf("%04d-%02d", d.year, d.month)
	case DateDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
	}
	return ""
}
