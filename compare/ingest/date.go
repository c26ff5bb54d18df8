package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/compare"
)

// A date line is a line that holds nothing but a date, as news pages and
// wire copy print under or above a headline. Its parts, all optional but
// the date:
//
//	label      Published: / Posted on / Updated / Date:
//	dateline   capitalised place names, each followed by a comma
//	           ("OSLO, ", "TROMSO, Troms, ")
//	weekday    "Thursday, "
//	date       09 June 2019 | June 9, 2019 | Aug 4, 2017 | Sept. 21, 2018 |
//	           2019-06-09 | 07/08/2023 (month/day unless the first number
//	           is over 12, then day/month)
//	time       09:14:52 pm, 10:00 GMT
//	agency     "(NTB)", which names the source
const (
	monthPat   = `(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	weekdayPat = `(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|sday|nesday|rsday|urday)?\.?`
	placeWord  = `[A-Z][A-Za-z.'-]*`
	placePat   = placeWord + `(?: ` + placeWord + `){0,3}`
	timePat    = `\d{1,2}[:.]\d{2}(?::(?P<sec>\d{2}))?(?:\s*(?i:[ap]\.?m\.?))?(?:\s+(?:GMT|UTC|[A-Z]{2,4}))?`
)

var dateLineRe = regexp.MustCompile(`^(?:(?i:published|posted|updated|last updated|date|dated)(?i: on)?:?\s+)?` +
	`(?P<place>(?:` + placePat + `,\s+){0,3})` +
	`(?:` + weekdayPat + `,?\s+)?` +
	`(?:` +
	`(?P<d1>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<m1>` + monthPat + `),?\s+(?P<y1>\d{4})` +
	`|(?P<m2>` + monthPat + `)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})` +
	`|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})` +
	`|(?P<n1>\d{1,2})/(?P<n2>\d{1,2})/(?P<y4>\d{4})` +
	`)` +
	`(?:\s+\d{4})?` + // a stray repeat of the year: "Aug 4, 2017 2017"
	`(?:,?\s+(?i:at\s+)?` + timePat + `)?` +
	`(?:,?\s+` + agencyPat + `)?` +
	`(?:\s*(?:--|—|–|-))?$`)

// A wire dateline opens with the town the report was filed from, in
// capitals, perhaps followed by regions ("PORT ELLIS, Vantar"), and may
// name an agency in brackets.
const (
	townPat    = `(?P<town>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})`
	regionsPat = `(?:, [A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}){0,2}`
	agencyPat  = `\((?P<agency>[A-Za-z][A-Za-z.&' -]{0,38})\)`
)

// leadDatelineRe matches the dateline that opens the first paragraph of
// wire copy: places in capitals, a date whose year may be missing, an
// agency, a dash, then the story ("LISBON, Mar 4 (Reuters) - A ferry…").
var leadDatelineRe = regexp.MustCompile(`^(?P<place>` + townPat + regionsPat + `),\s+` +
	`(?:` + weekdayPat + `,?\s+)?` +
	`(?:(?P<m>` + monthPat + `)\s+(?P<d>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<m2>` + monthPat + `))` +
	`(?:,?\s+(?P<y>\d{4})(?:\s+\d{4})?)?` + // a year, perhaps repeated by mistake
	`(?:,?\s+` + agencyPat + `)?` +
	`\s*(?:--|—|–|-|:)\s+\S`)

// leadPlaceRe matches a dateline that gives only where the report was
// filed, in capitals, perhaps with a region and an agency, then a dash
// ("HALDEN — Rescuers…", "PORT ELLIS, Vantar (AP) — A ferry…"). The dash
// is one a dateline ends with, set off by spaces when a hyphen, and the
// story after it opens as a sentence does.
var leadPlaceRe = regexp.MustCompile(`^` + townPat + regionsPat +
	`(?:\s+` + agencyPat + `)?` +
	`(?:\s*(?:--|—|–)|\s+-)\s+(?P<story>["“]?[A-Z0-9])`)

// leadDateline reads the dateline that opens a paragraph of wire copy.
// A dateline without a year takes it from year: the latest year the text
// mentions, the story's context. It returns the date, the dateline as
// written, whether the year came from the context, and false when the
// line opens with no dateline or no year can be had.
func leadDateline(s string, year int) (date, written string, guessed, ok bool) {
	m := leadDatelineRe.FindStringSubmatch(s)
	if m == nil {
		return "", "", false, false
	}
	get := func(name string) string { return m[leadDatelineRe.SubexpIndex(name)] }
	mon, day := get("m"), get("d")
	if mon == "" {
		mon, day = get("m2"), get("d2")
	}
	y := atoi(get("y"))
	if y == 0 {
		if year == 0 {
			return "", "", false, false
		}
		y, guessed = year, true
	}
	date, ok = ymd(y, monthNum(mon), atoi(day))
	written = strings.TrimRight(strings.TrimRight(m[0][:len(m[0])-1], " \t"), "-—–:")
	return date, strings.TrimSpace(written), guessed, ok
}

var weekdayRe = regexp.MustCompile(`^` + weekdayPat + `,\s+$`)

var months = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// dateLine is what a date line says.
type dateLine struct {
	date    string // YYYY-MM-DD
	agency  string // "NTB" from "(NTB)"
	seconds bool   // a clock time with seconds: a capture or print stamp
	bare    bool   // no place nor agency: page furniture, not a wire dateline
}

// parseDateLine reads s, a whole line trimmed of spaces, as a date line.
func parseDateLine(s string) (dateLine, bool) {
	if !mayBeDateLine(s) {
		// Most lines are spared the regular expression, which is slow to
		// fail on a long line.
		return dateLine{}, false
	}
	m := dateLineRe.FindStringSubmatch(s)
	if m == nil {
		return dateLine{}, false
	}
	date, ok := dateOfMatch(m)
	if !ok {
		return dateLine{}, false
	}
	place := m[dateLineRe.SubexpIndex("place")]
	agency := strings.TrimSpace(m[dateLineRe.SubexpIndex("agency")])
	if agency != "" && agency == strings.ToLower(agency) { // "(xinhua)"
		agency = strings.ToUpper(agency[:1]) + agency[1:]
	}
	return dateLine{
		date:    date,
		agency:  agency,
		seconds: m[dateLineRe.SubexpIndex("sec")] != "",
		bare:    agency == "" && (place == "" || weekdayRe.MatchString(place)),
	}, true
}

// segmentSeparators split the items of a byline or a page's meta line
// ("By Ann Lee | Staff Writer | March 4, 2031", "News · 3 min read · Jan
// 12, 2031").
var segmentSeparators = []string{" | ", " · ", " • "}

// maxBylineWords is the most words of a name after "by" on a date line.
const maxBylineWords = 4

// maxSegment is the longest item of a meta line: a name, a section, a
// reading time or a date, never a sentence.
const maxSegment = 48

// segmentDateLine reads s as a meta line whose items are short and one of
// which is a date line, into *dl. The date is the page's, not a wire
// dateline's (bare).
func segmentDateLine(s string, dl *dateLine) bool {
	// "Posted on November 14, 2031 by admin": the poster's name after the
	// date.
	if i := strings.LastIndex(s, " by "); i > 0 && len(strings.Fields(s[i+4:])) <= maxBylineWords {
		if v, ok := parseDateLine(strings.TrimSpace(s[:i])); ok {
			*dl = v
			dl.bare = true
			return true
		}
	}
	for _, sep := range segmentSeparators {
		if !strings.Contains(s, sep) {
			continue
		}
		items := strings.Split(s, sep)
		found := false
		for _, it := range items {
			it = strings.TrimSpace(it)
			if len(it) > maxSegment {
				return false
			}
			if v, ok := parseDateLine(it); ok && !found {
				*dl, found = v, true
				dl.bare = true
			}
		}
		return found
	}
	return false
}

// maxDateLineTail bounds what dateLineRe allows after the year, white
// space aside: the month and day of an ISO date ("-12-31"), or a stray
// repeat of the year (which ends in digits too), then at most ",at" and a
// time ("12:34:56p.m.GMT", 19 bytes), ",(" an agency of at most 39
// letters and ")", and a dash (3 bytes in UTF-8): 70 bytes.
const maxDateLineTail = 80

// mayBeDateLine reports whether dateLineRe may match s: every form of its
// date has a year of four digits, which only a short tail may follow.
// So s needs a run of four ASCII digits or more (as \d matches them), and
// after the last such run at most maxDateLineTail bytes other than white
// space.
func mayBeDateLine(s string) bool {
	run, tail, seen := 0, 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if run++; run >= 4 {
				seen, tail = true, 0
				continue
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r': // \s
			run = 0
			continue
		default:
			run = 0
		}
		tail++
	}
	return seen && tail <= maxDateLineTail
}

// dateOfMatch turns a match of dateLineRe into YYYY-MM-DD, false when
// the day does not exist.
func dateOfMatch(m []string) (string, bool) {
	g := func(name string) string { return m[dateLineRe.SubexpIndex(name)] }
	var y, mo, d int
	switch {
	case g("y1") != "":
		y, mo, d = atoi(g("y1")), monthNum(g("m1")), atoi(g("d1"))
	case g("y2") != "":
		y, mo, d = atoi(g("y2")), monthNum(g("m2")), atoi(g("d2"))
	case g("y3") != "":
		y, mo, d = atoi(g("y3")), atoi(g("m3")), atoi(g("d3"))
	default:
		// 05/06/2024 is month/day as in American pages, unless the first
		// number cannot be a month.
		y, mo, d = atoi(g("y4")), atoi(g("n1")), atoi(g("n2"))
		if mo > 12 {
			mo, d = d, mo
		}
	}
	return ymd(y, mo, d)
}

func ymd(y, m, d int) (string, bool) {
	if m < 1 || m > 12 || d < 1 || y < 1 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 April rolls over
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

func monthNum(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return months[s[:3]]
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// normalDate accepts exactly YYYY, YYYY-MM or YYYY-MM-DD naming a real
// month or day, and returns it unchanged: the form compare.ParseDate reads.
func normalDate(s string) (string, bool) {
	_, err := compare.ParseDate(s)
	return s, s != "" && err == nil
}
