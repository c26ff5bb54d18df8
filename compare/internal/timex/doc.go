// Package timex does arithmetic on TIMEX3 values, the normalised form in
// which package mentions writes time expressions.
//
// A DATE or TIME value names a stretch of the calendar. Parse turns it into
// the half-open Interval it covers, so that a judge can say that "2007"
// contains "2007-12" and that "2004" and "2007-12" are disjoint:
//
//	y, _ := timex.Parse("2007")
//	m, _ := timex.Parse("2007-12")
//	y.Contains(m) // true
//
// Values understood by Parse: "20" (century), "199" (decade), "2007",
// "2007-H1" (half), "2007-Q1" (quarter), "2007-SP" (season: SP, SU, FA,
// WI), "2007-12", "2007-W09" (ISO week), "2007-W09-WE" (its weekend),
// "2007-12-25", "2007-12-25TMO" (part of day: MO, AF, EV, NI, DT) and
// "2007-12-25T10", "2007-12-25T10:00", "2007-12-25T10:00:30". Values with X
// digits, reference words (PAST_REF, PRESENT_REF, FUTURE_REF) and durations
// are not intervals: Parse returns false for them.
//
// Granularity names the unit of a value ("year", "month", "day"...) so that
// a reason can be worded at the precision the writer used. ParseDuration
// reads DURATION values such as "P2Y", "P3D" and "PT10H".
//
// Seasons are meteorological (spring is March to May; winter runs from
// December into the next year's February), since TIMEX3 leaves them open
// and news writers mean the months.
package timex
