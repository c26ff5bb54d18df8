package ingest

import (
	"bytes"
	"regexp"
	"strings"
)

// Markdown is blanked line by line, not parsed to a tree: the aim is that
// no markup reaches the stages that read Clean, while every byte of prose
// keeps its offset. Block markers (heading #s, list bullets and numbers,
// blockquote >, table pipes and rules) and inline syntax (emphasis, code
// backticks, link brackets and targets, images, autolinks, bare URLs,
// HTML tags and comments) become spaces; fenced code blocks and reference
// link definitions are blanked whole.
var (
	fenceRe      = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})")
	refDefRe     = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+`)
	quoteRe      = regexp.MustCompile(`^ {0,3}(?:>\s?)+`)
	headingRe    = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+|$)`)
	closingHash  = regexp.MustCompile(`[ \t]+#+[ \t]*$`)
	ruleRe       = regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+)[ \t]*$`)
	bulletRe     = regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?`)
	tableDelimRe = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$`)
	codeSpanRe   = regexp.MustCompile("(`+)[^`]+?(`+)")
	imageRe      = regexp.MustCompile(`!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])`)
	linkRe       = regexp.MustCompile(`(\[)[^\]]*(\]\([^)]*\)|\]\[[^\]]*\])`)
	autolinkRe   = regexp.MustCompile(`<(?:https?|ftp|mailto):[^>\s]*>|<[^@>\s]+@[^>\s]+>`)
	urlRe        = regexp.MustCompile(`\b(?:https?|ftp)://[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"]`)
	htmlTagRe    = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	emphasisRe   = regexp.MustCompile(`\*+|_+|~~`)
	escapeRe     = regexp.MustCompile("\\\\[\\\\`*_{}\\[\\]()#+\\-.!|>~]")
	commentOpen  = []byte("<!--")
	commentClose = []byte("-->")
)

// blankMarkdown blanks the Markdown syntax of clean from offset from on,
// and returns the text of the first level-one heading.
func blankMarkdown(clean []byte, from int) (title string) {
	blankComments(clean, from)
	var fence string // the open fence's marker, "" outside a code block
	for i := from; i < len(clean); {
		line, next := lineAt(clean, i)
		end := i + len(line)
		if fence != "" {
			if m := fenceRe.FindSubmatch(line); m != nil && m[1][0] == fence[0] && len(m[1]) >= len(fence) &&
				len(bytes.TrimSpace(line[len(m[0]):])) == 0 {
				fence = ""
			}
			blank(clean, i, end)
			i = next
			continue
		}
		if m := fenceRe.FindSubmatch(line); m != nil {
			fence = string(m[1])
			blank(clean, i, end)
			i = next
			continue
		}
		if refDefRe.Match(line) || ruleRe.Match(line) || tableDelimRe.Match(line) {
			blank(clean, i, end)
			i = next
			continue
		}
		h := blankLine(line)
		if h && title == "" {
			title = strings.TrimSpace(string(line))
		}
		i = next
	}
	return title
}

// blankComments blanks HTML comments, which may span lines.
func blankComments(clean []byte, from int) {
	for i := from; i < len(clean); {
		j := bytes.Index(clean[i:], commentOpen)
		if j < 0 {
			return
		}
		start := i + j
		k := bytes.Index(clean[start+len(commentOpen):], commentClose)
		end := len(clean)
		if k >= 0 {
			end = start + len(commentOpen) + k + len(commentClose)
		}
		blank(clean, start, end)
		i = end
	}
}

// blankLine blanks the markup of one line in place and reports whether
// it was a level-one heading.
func blankLine(line []byte) (h1 bool) {
	// Block markers, outermost first: "> - ## text".
	if m := quoteRe.FindIndex(line); m != nil {
		blank(line, m[0], m[1])
	}
	if m := headingRe.FindSubmatchIndex(line); m != nil {
		h1 = m[3]-m[2] == 1
		blank(line, m[0], m[1])
		if c := closingHash.FindIndex(line); c != nil {
			blank(line, c[0], c[1])
		}
	} else if m := bulletRe.FindIndex(line); m != nil {
		blank(line, m[0], m[1])
	}

	// work is the line with code span contents hidden, so that the inline
	// rules below leave code alone; both are blanked at the same places.
	// Each rule runs only when its trigger byte is on the line: most lines
	// of an article are prose with no markup at all.
	work := bytes.Clone(line)
	has := func(chars string) bool { return bytes.ContainsAny(work, chars) }
	if !has("`\\[<:*_~|") {
		return h1
	}
	for _, m := range codeSpanRe.FindAllSubmatchIndex(work, -1) {
		if m[3]-m[2] != m[5]-m[4] {
			continue // unbalanced backticks are text
		}
		blank(line, m[2], m[3])
		blank(line, m[4], m[5])
		blank(work, m[0], m[1])
		for k := m[3]; k < m[4]; k++ {
			work[k] = 'x'
		}
	}
	both := func(i, j int) {
		blank(line, i, j)
		blank(work, i, j)
	}
	for _, m := range escapeRe.FindAllIndex(work, -1) {
		both(m[0], m[0]+1)
		work[m[0]+1] = 'x' // the escaped character is text
	}
	for _, m := range imageRe.FindAllIndex(work, -1) {
		both(m[0], m[1])
	}
	for _, m := range linkRe.FindAllSubmatchIndex(work, -1) {
		both(m[2], m[3])
		both(m[4], m[5])
	}
	for _, re := range []*regexp.Regexp{autolinkRe, htmlTagRe, urlRe} {
		if re == urlRe && !bytes.Contains(work, []byte("://")) {
			continue
		}
		for _, m := range re.FindAllIndex(work, -1) {
			both(m[0], m[1])
		}
	}
	for _, m := range emphasisRe.FindAllIndex(work, -1) {
		if isEmphasis(work, m[0], m[1]) {
			both(m[0], m[1])
		}
	}
	if bytes.Count(work, []byte("|")) >= 2 || bytes.HasPrefix(bytes.TrimSpace(work), []byte("|")) {
		// A table row: the bars that open and close it are markup; those
		// between cells stay, so that a row reads as a label and its value
		// ("| Homes lost | 300 |") and cells do not run together.
		first := bytes.IndexFunc(work, func(r rune) bool { return r != ' ' && r != '\t' })
		last := bytes.LastIndexFunc(work, func(r rune) bool { return r != ' ' && r != '\t' && r != '\n' && r != '\r' })
		for k, c := range work {
			if c == '|' && (k == first || k == last) {
				both(k, k+1)
			}
		}
	}
	return h1
}

// isEmphasis reports whether the run work[i:j] of *, _ or ~ marks
// emphasis: it touches text on one side only or on both sides as "*"
// inside a word does, but an underscore between letters (snake_case)
// and a star between spaces (2 * 3) are text.
func isEmphasis(work []byte, i, j int) bool {
	before := i > 0 && !isSpaceOrPunct(work[i-1])
	after := j < len(work) && !isSpaceOrPunct(work[j])
	spaceBefore := i == 0 || work[i-1] == ' ' || work[i-1] == '\t'
	spaceAfter := j == len(work) || work[j] == ' ' || work[j] == '\t'
	if spaceBefore && spaceAfter {
		return false
	}
	if work[i] == '_' && before && after {
		return false
	}
	return true
}

func isSpaceOrPunct(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || strings.IndexByte(".,;:!?()[]{}'\"-", c) >= 0
}
