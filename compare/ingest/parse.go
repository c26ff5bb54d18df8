package ingest

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

var bom = []byte("\uFEFF")

// sniffLen is how much of an input the binary check looks at, as git
// and grep do.
const sniffLen = 8 << 10

// Parse makes a Document of data read from path: metadata, body and
// boilerplate. It fails on binary data, invalid UTF-8, empty input, input
// larger than opt.MaxBytes and malformed front matter; the error is a
// *compare.InputError naming path and, when known, the line and column.
func Parse(path string, data []byte, opt Options) (*compare.Document, error) {
	if opt.Published != "" {
		if err := checkDate(opt.Published); err != nil {
			return nil, err
		}
	}
	if max := opt.maxBytes(); int64(len(data)) > max {
		return nil, inputError(path, tooLarge(max))
	}
	if err := check(path, data); err != nil {
		return nil, err
	}
	if isHTML(path) {
		return parseHTML(path, data, opt)
	}
	return parseText(path, data, opt, nil)
}

// parseText makes a Document of text: the input as read, or the text
// extracted from a page, whose metadata page then gives.
func parseText(path string, data []byte, opt Options, page *pageMeta) (*compare.Document, error) {
	d := compare.NewDocument(path, data)
	if page != nil {
		d.TextFrom = "html"
		d.Title, d.Source = page.title, page.site
		if page.published != "" {
			d.Published, d.PublishedFrom = page.published, compare.FromHTMLMeta
		}
	}
	clean := bytes.Clone(data)
	start := 0
	if bytes.HasPrefix(data, bom) {
		blank(clean, 0, len(bom))
		start = len(bom)
	}

	fm, err := frontMatter(path, data, start)
	if err != nil {
		return nil, err
	}
	if fm != nil {
		if fm.warning != "" {
			d.Warnings = append(d.Warnings, fm.warning)
		}
		blank(clean, fm.start, fm.end)
		d.Body = compare.Span{Start: fm.end, End: len(data)}
		d.Title, d.Source = cmp.Or(fm.title, d.Title), cmp.Or(fm.source, d.Source)
		if fm.published != "" {
			d.Published, d.PublishedFrom = fm.published, compare.FromFrontMatter
		}
	}

	if fm != nil || isMarkdown(path) {
		heading := blankMarkdown(clean, d.Body.Start)
		if d.Title == "" {
			d.Title = heading
		}
	}

	// A date the user gave for this file beats what the file says; the
	// header line is then not read for a date, nor doubted.
	if date, ok := opt.dateOf(path); ok {
		d.Published, d.PublishedFrom = date, compare.FromConfig
	}
	scanLines(d, clean)

	if opt.Published != "" {
		d.Published, d.PublishedFrom = opt.Published, compare.FromFlag
	}
	// The date is parsed here, once, for every later stage. Each source
	// above gives a checked date or none, so there is no error to report.
	_ = d.SetPublished(d.Published)
	if !bytes.Equal(clean, data) {
		d.Clean = clean
	}
	return d, nil
}

func isMarkdown(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// blank replaces text[i:j] by spaces, keeping newlines so that line
// numbers survive.
func blank(text []byte, i, j int) {
	for k := i; k < j; k++ {
		if text[k] != '\n' {
			text[k] = ' '
		}
	}
}

// check rejects what is not text: binary data, invalid UTF-8, nothing
// but white space.
func check(path string, data []byte) error {
	if enc := utf16or32(data); enc != "" {
		// iconv reads the byte order mark of "UTF-16" and drops it.
		return inputError(path, &reason{enc + " text (by its byte order mark): convert it to UTF-8, such as with iconv -f " + enc[:6] + " -t UTF-8", ErrNotUTF8})
	}
	sniff := data[:min(len(data), sniffLen)]
	if bytes.IndexByte(sniff, 0) >= 0 || controlShare(sniff) > 0.1 {
		return inputError(path, ErrBinary)
	}
	if !utf8.Valid(data) {
		i := InvalidUTF8At(data)
		line := bytes.Count(data[:i], []byte("\n")) + 1
		col := i - (bytes.LastIndexByte(data[:i], '\n') + 1) + 1
		return &compare.InputError{Path: path, Line: line, Col: col, Err: ErrInvalidUTF8}
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, bom))) == 0 {
		return inputError(path, ErrEmpty)
	}
	return nil
}

// utf16or32 names the encoding a UTF-16 or UTF-32 byte order mark at the
// start of data announces, or returns "". Such text is refused rather
// than decoded: offsets in a report index the file as read, and a
// decoded text's offsets would not.
func utf16or32(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		return "UTF-32LE"
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return "UTF-32BE"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return "UTF-16LE"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "UTF-16BE"
	}
	return ""
}

// controlShare is the share of bytes in b that are control characters
// other than the white space text files hold.
func controlShare(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	n := 0
	for _, c := range b {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) || c == 0x7f {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

// InvalidUTF8At returns the offset of the first byte of b that is not
// valid UTF-8, or len(b) when all of it is.
func InvalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// checkDate accepts YYYY, YYYY-MM and YYYY-MM-DD naming a real day.
func checkDate(s string) error {
	if _, ok := normalDate(s); !ok {
		return fmt.Errorf("published date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	return nil
}

var errNotClosed = errors.New("front matter not closed: want a line ---")

// dateOf returns the date Options.Dates gives path: under the path as
// given, cleaned, or absolute (a configuration file names its inputs
// relative to itself, which the caller resolves to absolute paths).
func (o Options) dateOf(path string) (string, bool) {
	if len(o.Dates) == 0 || path == "-" {
		return "", false
	}
	if d, ok := o.Dates[path]; ok {
		return d, true
	}
	if d, ok := o.Dates[filepath.Clean(path)]; ok {
		return d, true
	}
	if abs, err := filepath.Abs(path); err == nil {
		if d, ok := o.Dates[abs]; ok {
			return d, true
		}
	}
	return "", false
}

// checkDates checks every date of Options.Dates, naming its path.
func (o Options) checkDates() error {
	for _, p := range slices.Sorted(maps.Keys(o.Dates)) {
		if err := checkDate(o.Dates[p]); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	return nil
}
