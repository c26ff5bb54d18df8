// Package times finds time expressions in English text and gives each
// its TIMEX3 type and value, as TimeML writes them: DATE ("2007-12",
// "2014-10-15", "2006-Q3", "199" for the 1990s, "PRESENT_REF"), TIME
// ("2014-10-15T10:00", "2014-10-14TNI" for last night), DURATION ("P2Y",
// "PT10H") and SET ("XXXX-WXX-2" for every Tuesday, "P1Y" for annually).
//
// Relative expressions are anchored on the publication date: "yesterday",
// "last month", "two years ago" and a bare "Friday" (the latest Friday up
// to publication, or the next one when its verb looks ahead: "will meet on
// Friday"). The date is known to a year, a month or a day; what it does
// not tell is written X ("XXXX-WXX" for "next week" with no date). The
// text moves the anchor as it goes: a day it names is what "the next day"
// follows, a month what "the following month" follows, a quarter what "a
// year earlier" compares with, and a clock time takes the nearest day
// named in its sentence, else one the sentence before named.
//
// Expressions are found by a hand-written scanner over word tokens rather
// than by regular expressions: a value depends on the words around a match
// (tense, a date earlier in the text), and each form has to compute its
// value from its parts anyway.
package times
