package report

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// style is a set of terminal attributes for a run of text.
type style uint8

const (
	bold style = 1 << iota
	red
	green
	yellow
	faint
)

// sgr returns the ANSI Select Graphic Rendition sequence for st (ECMA-48
// 8.3.117: 1 bold, 2 faint, 31 red, 32 green, 33 yellow).
func (st style) sgr() string {
	var codes []string
	for _, a := range []struct {
		s    style
		code int
	}{{bold, 1}, {faint, 2}, {red, 31}, {green, 32}, {yellow, 33}} {
		if st&a.s != 0 {
			codes = append(codes, strconv.Itoa(a.code))
		}
	}
	return "\x1b[" + strings.Join(codes, ";") + "m"
}

const sgrReset = "\x1b[0m"

// cell is one rune of output with its style; lines are built from cells
// so that wrapping measures what the reader sees, not escape sequences.
type cell struct {
	r  rune
	st style
}

// line is one logical line of output before wrapping.
type line struct{ cells []cell }

// lit appends s as it is: layout written by this package.
func (l *line) lit(st style, s string) *line {
	for _, r := range s {
		l.cells = append(l.cells, cell{r, st})
	}
	return l
}

// text appends s, which comes from a document or a stage: runs of white
// space (line breaks inside a sentence) become one space, and control
// characters become U+FFFD so that an article cannot send escape
// sequences to the terminal.
func (l *line) text(st style, s string) *line {
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			if n := len(l.cells); n > 0 && l.cells[n-1].r == ' ' {
				continue
			}
			r = ' '
		case unicode.IsControl(r) || r == utf8.RuneError:
			r = utf8.RuneError
		}
		l.cells = append(l.cells, cell{r, st})
	}
	return l
}

// termWriter streams the output of a text printer to its io.Writer;
// printers check everything before the first line. Write errors stay in
// buf and come out of flush.
type termWriter struct {
	buf *bufio.Writer
	opt Options
}

func newTermWriter(w io.Writer, opt Options) *termWriter {
	return &termWriter{buf: bufio.NewWriterSize(w, 64<<10), opt: opt}
}

func (tw *termWriter) blank() { tw.buf.WriteByte('\n') }

// emit writes l after the prefix first, wrapped to opt.Width when it is
// positive, continuation lines starting with hang. A word longer than the
// width gets a line of its own rather than being cut. Widths count runes;
// wide East Asian characters count as one.
func (tw *termWriter) emit(first, hang string, l *line) {
	cells := trimCells(l.cells)
	if tw.opt.Width <= 0 {
		tw.buf.WriteString(first)
		tw.cells(cells)
		tw.buf.WriteByte('\n')
		return
	}
	prefix := first
	col := utf8.RuneCountInString(prefix)
	var cur []cell
	for i := 0; i < len(cells); {
		// One step takes the spaces before a word and the word.
		j := i
		for j < len(cells) && cells[j].r == ' ' {
			j++
		}
		k := j
		for k < len(cells) && cells[k].r != ' ' {
			k++
		}
		if len(cur) > 0 && col+(k-i) > tw.opt.Width {
			tw.buf.WriteString(prefix)
			tw.cells(cur)
			tw.buf.WriteByte('\n')
			prefix, cur = hang, nil
			col = utf8.RuneCountInString(prefix)
			i = j // spaces at a break are dropped
		}
		cur = append(cur, cells[i:k]...)
		col += k - i
		i = k
	}
	tw.buf.WriteString(prefix)
	tw.cells(cur)
	tw.buf.WriteByte('\n')
}

// cells writes cs, each run of one style wrapped in its escape sequences
// when colour is on; without colour, styles are dropped.
func (tw *termWriter) cells(cs []cell) {
	for i := 0; i < len(cs); {
		j := i
		for j < len(cs) && cs[j].st == cs[i].st {
			j++
		}
		on := tw.opt.Color && cs[i].st != 0
		if on {
			tw.buf.WriteString(cs[i].st.sgr())
		}
		for _, c := range cs[i:j] {
			tw.buf.WriteRune(c.r)
		}
		if on {
			tw.buf.WriteString(sgrReset)
		}
		i = j
	}
}

func trimCells(cs []cell) []cell {
	for len(cs) > 0 && cs[0].r == ' ' {
		cs = cs[1:]
	}
	for len(cs) > 0 && cs[len(cs)-1].r == ' ' {
		cs = cs[:len(cs)-1]
	}
	return cs
}

// String returns the text of l without styles.
func (l *line) String() string {
	var b strings.Builder
	for _, c := range l.cells {
		b.WriteRune(c.r)
	}
	return b.String()
}
