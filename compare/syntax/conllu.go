package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// TreeSentence is one sentence of a CoNLL-U file: its comment lines, its
// lines as read (so that multiword tokens and empty nodes are printed back
// unchanged) and its syntactic words, those with an integer ID.
type TreeSentence struct {
	Lines    []string // every line of the sentence, comments included, as read
	Words    []TreeWord
	wordLine []int // index into Lines of each word
}

// TreeWord is one word line of a CoNLL-U sentence.
type TreeWord struct {
	ID                      int
	Form, Lemma, UPOS, XPOS string
	Feats                   string
	Head                    int // 0 for the root
	Deprel, Deps, Misc      string
}

// maxCoNLLULine bounds one line of a CoNLL-U file, so that a file without
// newlines cannot grow a buffer without limit.
const maxCoNLLULine = 1 << 20

// ReadCoNLLU reads the sentences of a CoNLL-U file. name is used in errors.
// Words must have ten tab-separated fields and IDs counting from 1; HEAD may
// be "_" (unknown) in input that is to be parsed.
func ReadCoNLLU(r io.Reader, name string) ([]TreeSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxCoNLLULine)
	var out []TreeSentence
	var cur TreeSentence
	line := 0
	flush := func() {
		if len(cur.Lines) > 0 {
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = TreeSentence{}
		}
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(text, "#") {
			cur.Lines = append(cur.Lines, text)
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("%s:%d: a word line has %d tab-separated fields, want 10", name, line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			cur.Lines = append(cur.Lines, text) // a multiword token or an empty node
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Words)+1 {
			return nil, fmt.Errorf("%s:%d: word ID %q, want %d", name, line, f[0], len(cur.Words)+1)
		}
		head := -1
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil || head < 0 {
				return nil, fmt.Errorf("%s:%d: HEAD %q is not a word ID", name, line, f[6])
			}
		}
		cur.wordLine = append(cur.wordLine, len(cur.Lines))
		cur.Lines = append(cur.Lines, text)
		cur.Words = append(cur.Words, TreeWord{ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
			Feats: f[5], Head: head, Deprel: f[7], Deps: f[8], Misc: f[9]})
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return nil, fmt.Errorf("%s:%d: line longer than %d bytes", name, line+1, maxCoNLLULine)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	flush()
	for i, s := range out {
		for _, w := range s.Words {
			if w.Head > len(s.Words) {
				return nil, fmt.Errorf("%s: sentence %d: word %d has HEAD %d beyond the sentence's %d words", name, i+1, w.ID, w.Head, len(s.Words))
			}
		}
	}
	return out, nil
}

// WriteCoNLLU prints s in CoNLL-U: its lines as read, with each word's
// line rebuilt from s.Words, and a blank line after it.
func WriteCoNLLU(w io.Writer, s *TreeSentence) error {
	bw := bufio.NewWriter(w)
	wi := 0
	for i, l := range s.Lines {
		if wi < len(s.wordLine) && s.wordLine[wi] == i {
			writeWord(bw, &s.Words[wi])
			wi++
			continue
		}
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	for ; wi < len(s.Words); wi++ { // words built without lines
		writeWord(bw, &s.Words[wi])
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// FormatWord returns w as a CoNLL-U word line, without its newline.
func FormatWord(w *TreeWord) string {
	var b strings.Builder
	bw := bufio.NewWriter(&b)
	writeWord(bw, w)
	bw.Flush()
	return strings.TrimSuffix(b.String(), "\n")
}

func writeWord(bw *bufio.Writer, w *TreeWord) {
	head := "_"
	if w.Head >= 0 {
		head = strconv.Itoa(w.Head)
	}
	for i, f := range [...]string{strconv.Itoa(w.ID), w.Form, w.Lemma, w.UPOS, w.XPOS, w.Feats, head, w.Deprel, w.Deps, w.Misc} {
		if i > 0 {
			bw.WriteByte('\t')
		}
		if f == "" {
			f = "_"
		}
		bw.WriteString(f)
	}
	bw.WriteByte('\n')
}
