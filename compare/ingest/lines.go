package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

// headerLines is how many non-blank lines at the top of the body may hold
// the date line, the site banner and the title.
const headerLines = 6

// maxHeadlineWords bounds a title line; longer lines are paragraphs.
const maxHeadlineWords = 20

// doubtfulYears is how many years a bare date may lie after the latest
// year the text mentions before it looks like a later capture of an old
// story.
const doubtfulYears = 10

type line struct {
	start, end int    // bytes of Text, without "\n" or "\r"
	text       string // the line in Clean, trimmed of white space
}

// scanLines reads the body line by line: boilerplate everywhere, and at
// the top the site banner, the date line and the title. It fills d and
// blanks boilerplate in clean.
func scanLines(d *compare.Document, clean []byte) {
	var lines []line
	for i := d.Body.Start; i < len(clean); {
		l, next := lineAt(clean, i)
		end := i + len(l)
		if end > i && clean[end-1] == '\r' {
			end--
		}
		if t := strings.TrimSpace(string(l)); t != "" {
			lines = append(lines, line{i, end, t})
		}
		i = next
	}

	bp := make([]bool, len(lines))
	for k, l := range lines {
		bp[k] = isBoilerplate(l.text)
	}

	// The site banner: an all-caps short line at the very top.
	var banner string
	if len(lines) > 0 && isBanner(lines[0].text) {
		bp[0] = true
		banner = lines[0].text
	}

	// The date line, among the first lines.
	dateAt := -1
	var dl dateLine
	for k := 0; k < len(lines) && k < headerLines; k++ {
		if v, ok := parseDateLine(lines[k].text); ok || segmentDateLine(lines[k].text, &v) {
			dateAt, dl = k, v
			bp[k] = true
			break
		}
	}

	// The title: the headline just above the date line, where wire copy
	// and most pages print it, else the first headline-like line on top.
	if d.Title == "" {
		if dateAt > 0 && !bp[dateAt-1] && isHeadline(lines[dateAt-1].text) {
			d.Title = lines[dateAt-1].text
		} else {
			for k := 0; k < len(lines) && k < headerLines; k++ {
				if bp[k] || strings.IndexFunc(lines[k].text, unicode.IsLetter) < 0 {
					continue // furniture, rules, decorations
				}
				if isHeadline(lines[k].text) {
					d.Title = lines[k].text
				}
				break
			}
		}
	}

	if d.Source == "" {
		switch {
		case dl.agency != "":
			d.Source = dl.agency
		case banner != "" && siteName.MatchString(banner):
			d.Source = titleCase(banner)
		}
	}

	for k, l := range lines {
		if bp[k] {
			d.Boilerplate = append(d.Boilerplate, compare.Span{Start: l.start, End: l.end})
			blank(clean, l.start, l.end)
		}
	}

	// The dateline that opens the story's first paragraph says where and
	// when the report was filed, not where or when anything in it
	// happened: it is blanked, as a date line is, once read.
	lead := leadDatelineAt(lines, bp, clean)

	if dateAt >= 0 && d.PublishedFrom == compare.FromNone {
		d.Published, d.PublishedFrom = dl.date, compare.FromHeader
		d.Warnings = append(d.Warnings, doubts(dl, lines[dateAt].text, clean[d.Body.Start:])...)
	}
	if d.PublishedFrom == compare.FromNone && lead.text != "" {
		// No date line: the dateline that opens the story's first
		// paragraph, whose year wire copy often leaves out.
		year := latestYear(clean[d.Body.Start:])
		if date, written, guessed, ok := leadDateline(lead.text, year); ok {
			d.Published, d.PublishedFrom = date, compare.FromHeader
			if guessed {
				d.Warnings = append(d.Warnings, fmt.Sprintf("date %s from the dateline %q, which gives no year: "+
					"%d is the latest year the text mentions; set --published if you know the date", date, written, year))
			}
		}
	}
	if lead.n > 0 {
		d.Boilerplate = append(d.Boilerplate, compare.Span{Start: lead.start, End: lead.start + lead.n})
		blank(clean, lead.start, lead.start+lead.n)
		d.Filed = compare.Span{Start: lead.start, End: lead.start + lead.town}
	}
}

// leadLine is the first paragraph's opening dateline: its line's text,
// and where the dateline starts in the document and its length (0 for
// none).
type leadLine struct {
	text     string
	start, n int
	town     int // the length of the place it names first
}

// The submatches of the datelines' groups leadDatelineAt reads.
var (
	datelineTown = leadDatelineRe.SubexpIndex("town")
	placeTown    = leadPlaceRe.SubexpIndex("town")
	placeStory   = leadPlaceRe.SubexpIndex("story")
)

// leadDatelineAt finds the dateline that opens the story's first
// paragraph of prose, among the first lines that are not furniture,
// before anything is blanked. A line that ends a sentence before it is
// prose: a later paragraph's opening is a quote or a section's.
func leadDatelineAt(lines []line, bp []bool, clean []byte) leadLine {
	for k := 0; k < len(lines) && k < headerLines+2; k++ {
		if bp[k] {
			continue
		}
		var m []int
		town := 0 // the length of the place the dateline opens with
		if d := leadDatelineRe.FindStringSubmatchIndex(lines[k].text); d != nil {
			m, town = d[:2], d[2*datelineTown+1]
		} else if p := leadPlaceRe.FindStringSubmatchIndex(lines[k].text); p != nil {
			// A dateline of the place alone dates nothing, but is no
			// more part of the story's first sentence than one with a
			// date: a parser takes the place for its subject. As for
			// the dated form, the match ends with the story's first
			// character.
			m, town = []int{0, p[2*placeStory] + 1}, p[2*placeTown+1]
		}
		if m == nil {
			if r, _ := utf8.DecodeLastRuneInString(lines[k].text); strings.ContainsRune(".!?\"”", r) {
				break
			}
			continue
		}
		// The match ends with the story's first character; the text is
		// the line trimmed of white space.
		raw := clean[lines[k].start:lines[k].end]
		start := lines[k].start + len(raw) - len(bytes.TrimLeftFunc(raw, unicode.IsSpace))
		return leadLine{text: lines[k].text, start: start, n: m[1] - 1, town: town}
	}
	return leadLine{}
}

// doubts says why a date taken from a date line may not be the day of
// publication: a clock time with seconds is what a browser or a capture
// tool prints when a page is saved, and a date many years after every
// year the story mentions suggests the page was captured, or republished,
// long after it was written. Only a bare date is held against the years
// in the text: a wire dateline ("OSLO, Aug 4, 2017") is written with
// the story, which may well be about the distant past. The date is still
// used; the reader decides.
func doubts(dl dateLine, text string, clean []byte) []string {
	var w []string
	if dl.seconds {
		w = append(w, fmt.Sprintf("date line %q carries a clock time with seconds, as a page capture or print stamp does; "+
			"%s may be when the page was saved, not published: set --published if you know the date", text, dl.date))
	}
	if !dl.bare {
		return w
	}
	if y, latest := atoi(dl.date[:4]), latestYear(clean); latest > 0 && y-latest >= doubtfulYears {
		w = append(w, fmt.Sprintf("date %s is %d years after the latest year the text mentions (%d): "+
			"set --published if you know the date", dl.date, y-latest, latest))
	}
	return w
}

// isHeadline reports whether s looks like a title: short, starting with
// a capital, a digit or a quote, not a sentence ending in a full stop,
// not a byline.
func isHeadline(s string) bool {
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
		return false // a fragment, such as the tail of a wrapped line
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxHeadlineWords || len(s) > 200 {
		return false
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "...") {
		return false
	}
	if strings.EqualFold(words[0], "by") {
		return false
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isBanner reports whether s is an all-caps short line (at most four
// words, 40 bytes): a site's name or a section or picture tag at the top
// of a page ("VALLEY ECHO", "= (MAP) =").
func isBanner(s string) bool {
	if len(s) > 40 || len(strings.Fields(s)) > 4 {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	_, isDate := parseDateLine(s)
	return !isDate
}

// smallWords stay lower case in a site's name made from a banner; other
// words of up to three letters stay upper case, as acronyms do.
var smallWords = map[string]bool{"A": true, "AN": true, "THE": true, "OF": true, "AND": true,
	"FOR": true, "ON": true, "IN": true, "AT": true, "TO": true}

// titleCase turns a banner into a name: "VALLEY ECHO" → "Valley Echo",
// "BBC NEWS" → "BBC News", "THE TIMES OF INDIA" → "The Times of India".
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		switch {
		case smallWords[w] && i > 0:
			words[i] = strings.ToLower(w)
		case utf8.RuneCountInString(w) <= 3 && !smallWords[w]:
			// an acronym: keep
		default:
			r, n := utf8.DecodeRuneInString(w)
			words[i] = string(r) + strings.ToLower(w[n:])
		}
	}
	return strings.Join(words, " ")
}

// latestYear is the largest year from 1800 to 2099 written in text as
// four digits standing alone, 0 if none. A loop, not a regexp: it reads
// the whole text.
func latestYear(text []byte) int {
	isWord := func(c byte) bool {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
	}
	latest := 0
	for i := 0; i+4 <= len(text); i++ {
		c := text[i]
		if c < '0' || c > '9' || (i > 0 && isWord(text[i-1])) {
			continue
		}
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j-i == 4 && (j == len(text) || !isWord(text[j])) {
			if y := atoi(string(text[i:j])); y >= 1800 && y <= 2099 {
				latest = max(latest, y)
			}
		}
		i = j
	}
	return latest
}
