package docs

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// reStructuredText writes tables in three ways: grid tables drawn with
// "+---+" borders, simple tables under "===  ===" rules, and the
// list-table directive. Each row becomes a line with cells and its
// table's header, as a Markdown table row does, so that the same rules
// read them. A row continued on more lines is read from its first line.

var (
	gridBorder   = regexp.MustCompile(`^\s*\+(?:-+\+){2,}\s*$`)
	gridHeadRule = regexp.MustCompile(`^\s*\+(?:=+\+){2,}\s*$`)
	simpleRule   = regexp.MustCompile(`^\s*=+(?:\s+=+)+\s*$`)
	listTable    = regexp.MustCompile(`^(\s*)\.\.\s+list-table::`)
	headerRows   = regexp.MustCompile(`^\s+:header-rows:\s*(\d+)`)
	listRow      = regexp.MustCompile(`^(\s*)\*\s+-\s+(.*)$`)
	listCell     = regexp.MustCompile(`^(\s*)-\s+(.*)$`)
)

// rstTables marks the rows of the rST tables in ls.
func rstTables(ls []line) {
	for i := 0; i < len(ls); i++ {
		if ls[i].code {
			continue
		}
		switch t := ls[i].text; {
		case gridBorder.MatchString(t) || gridHeadRule.MatchString(t):
			i = gridTable(ls, i)
		case simpleRule.MatchString(t):
			i = simpleTable(ls, i)
		case listTable.MatchString(t):
			i = listTableRows(ls, i)
		}
	}
}

// gridTable reads the grid table whose top border is line i and returns
// the index of its last line. Rows above a "+===+" rule are the header.
func gridTable(ls []line, i int) int {
	j := i + 1
	for j < len(ls) && (strings.HasPrefix(strings.TrimSpace(ls[j].text), "|") || strings.HasPrefix(strings.TrimSpace(ls[j].text), "+")) {
		j++
	}
	last := j - 1
	headEnd := -1
	for k := i; k <= last; k++ {
		if gridHeadRule.MatchString(ls[k].text) {
			headEnd = k
			break
		}
	}
	if headEnd < 0 {
		return last // no header: the columns say nothing of what they hold
	}
	header := gridRowHeader(ls, i+1, headEnd)
	first := true // the next "|" line starts a row
	for k := headEnd + 1; k <= last; k++ {
		t := strings.TrimSpace(ls[k].text)
		if strings.HasPrefix(t, "+") {
			first = true
			continue
		}
		if first {
			ls[k].cells = cells(ls[k].text, ls[k].span.Start)
			ls[k].header = header
			first = false
		}
	}
	return last
}

// gridRowHeader joins the header cells of lines from..to-1 column by
// column, lower case: a header cell may wrap.
func gridRowHeader(ls []line, from, to int) []string {
	var header []string
	for k := from; k < to; k++ {
		if !strings.HasPrefix(strings.TrimSpace(ls[k].text), "|") {
			continue
		}
		for c, cl := range cells(ls[k].text, ls[k].span.Start) {
			t := strings.ToLower(stripMarkup(cl.text))
			if c < len(header) {
				header[c] = strings.TrimSpace(header[c] + " " + t)
			} else {
				header = append(header, t)
			}
		}
	}
	return header
}

// simpleTable reads the simple table whose top rule is line i and returns
// the index of its last line. Columns are where the rule's "=" runs are;
// the last column runs to the end of the line. A header sits between the
// first two rules when there are three.
func simpleTable(ls []line, i int) int {
	cols := ruleColumns(ls[i].text)
	var rules []int
	j := i
	for ; j < len(ls); j++ {
		if simpleRule.MatchString(ls[j].text) {
			rules = append(rules, j)
			if len(rules) == 3 {
				break
			}
			continue
		}
		if strings.TrimSpace(ls[j].text) == "" && len(rules) >= 2 {
			// A blank line after the second rule ends a table without a
			// header only where no third rule follows.
			break
		}
	}
	if len(rules) < 3 {
		if len(rules) == 2 {
			return rules[1]
		}
		return i
	}
	var header []string
	for k := rules[0] + 1; k < rules[1]; k++ {
		for c, cl := range columnCells(ls[k], cols) {
			t := strings.ToLower(stripMarkup(cl.text))
			if c < len(header) {
				header[c] = strings.TrimSpace(header[c] + " " + t)
			} else {
				header = append(header, t)
			}
		}
	}
	for k := rules[1] + 1; k < rules[2]; k++ {
		cs := columnCells(ls[k], cols)
		// A row whose first column is blank continues the row above.
		if len(cs) == 0 || cs[0].text == "" {
			continue
		}
		ls[k].cells = cs
		ls[k].header = header
	}
	return rules[2]
}

// ruleColumns returns the start of each "=" run of a simple table's rule.
func ruleColumns(rule string) []int {
	var cols []int
	for i := 0; i < len(rule); i++ {
		if rule[i] == '=' && (i == 0 || rule[i-1] != '=') {
			cols = append(cols, i)
		}
	}
	return cols
}

// columnCells cuts line l at the columns' starts.
func columnCells(l line, cols []int) []cell {
	if strings.TrimSpace(l.text) == "" {
		return nil
	}
	var out []cell
	for c, start := range cols {
		if start >= len(l.text) {
			out = append(out, cell{span: compare.Span{Start: l.span.End, End: l.span.End}})
			continue
		}
		end := len(l.text)
		if c+1 < len(cols) && cols[c+1] < end {
			end = cols[c+1]
		}
		out = append(out, trimCell(l.text[start:end], l.span.Start+start))
	}
	return out
}

// listTableRows reads a list-table directive at line i ("* - a" starts a
// row, "  - b" adds a cell) and returns the index of its last line. The
// cells of a row are put on the row's first line.
func listTableRows(ls []line, i int) int {
	ind := len(listTable.FindStringSubmatch(ls[i].text)[1])
	heads := 0
	j := i + 1
	var rows [][]cell
	var rowLine []int
	for ; j < len(ls); j++ {
		t := ls[j].text
		if strings.TrimSpace(t) == "" {
			continue
		}
		if len(t)-len(strings.TrimLeft(t, " \t")) <= ind {
			break
		}
		if m := headerRows.FindStringSubmatch(t); m != nil {
			heads, _ = strconv.Atoi(m[1])
			continue
		}
		if m := listRow.FindStringSubmatchIndex(t); m != nil {
			rows = append(rows, []cell{trimCell(t[m[4]:m[5]], ls[j].span.Start+m[4])})
			rowLine = append(rowLine, j)
			continue
		}
		if m := listCell.FindStringSubmatchIndex(t); m != nil && len(rows) > 0 {
			r := len(rows) - 1
			rows[r] = append(rows[r], trimCell(t[m[4]:m[5]], ls[j].span.Start+m[4]))
		}
	}
	if heads < 1 || heads > len(rows) {
		return j - 1
	}
	var header []string
	for _, c := range rows[0] {
		header = append(header, strings.ToLower(stripMarkup(c.text)))
	}
	for r := heads; r < len(rows); r++ {
		k := rowLine[r]
		ls[k].cells, ls[k].header = rows[r], header
	}
	return j - 1
}
