package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"

	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/ingest"
	"github.com/claimdiff/claimdiff/compare/segment"
	"github.com/claimdiff/claimdiff/compare/syntax"
	"github.com/spf13/cobra"
)

type parseOptions struct{ InputFormat, Format, Output string }

func newParseCmd() *cobra.Command {
	var o parseOptions
	cmd := &cobra.Command{
		Use:   "parse [flags] path...",
		Short: "Tag, lemmatise and parse sentences (Universal Dependencies)",
		Long: `parse shows how claimdiff reads sentences: each word's part of speech
(UPOS, and the Penn tag XPOS, which tells a verb's tense), lemma, head and dependency relation, from the parser trained on the
Universal Dependencies English Web Treebank that claimdiff embeds.

From text (--input-format text, the default) it splits articles into
sentences and words as compare does. From CoNLL-U (--input-format conllu) it
keeps the given sentences, word IDs and forms exactly and fills in UPOS,
XPOS, LEMMA, HEAD and DEPREL.

Formats: conllu (the default), json, and text, which draws each tree for a
person debugging a claim.`,
		Example: `  claimdiff parse --format text testdata/haiti-quake/day-after.txt
  claimdiff parse --input-format conllu ../shared/ud/en_ewt-ud-dev.conllu`,
		Args: inputArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runParse(cmd.Context(), o, args, cmd.InOrStdin(), cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.InputFormat, "input-format", "text", "input format: text or conllu")
	f.StringVar(&o.Format, "format", "conllu", "output format: conllu, json or text")
	f.StringVarP(&o.Output, "output", "o", "", "write the result to `file` instead of standard output")
	completeValues(cmd, "input-format", "text", "conllu")
	completeValues(cmd, "format", "conllu", "json", "text")
	return cmd
}

// parsedSentence is one sentence ready to print in any format.
type parsedSentence struct {
	doc, path string
	index     int                  // from 1 within its document
	text      string               // the sentence as written
	tree      *syntax.TreeSentence // words with forms and analysis
	offsets   [][2]int             // byte offsets of each word, from text input
	tokens    [][2]int             // multiword tokens: first and last word ID
	space     []bool               // whether a space follows each word
}

func runParse(ctx context.Context, o parseOptions, paths []string, stdin io.Reader, stdout io.Writer) error {
	var print func(io.Writer, []parsedSentence) error
	switch o.Format {
	case "conllu":
		print = printCoNLLU
	case "json":
		print = printParseJSON
	case "text":
		print = printParseText
	default:
		return fmt.Errorf("--format: unknown format %q (want conllu, json or text)", o.Format)
	}
	if o.Output != "" {
		if err := checkDestination(o.Output); err != nil {
			return err
		}
	}
	var ss []parsedSentence
	var err error
	switch o.InputFormat {
	case "text":
		ss, err = parseText(ctx, paths, stdin)
	case "conllu":
		ss, err = parseCoNLLU(paths, stdin)
	default:
		return fmt.Errorf("--input-format: unknown format %q (want text or conllu)", o.InputFormat)
	}
	if err != nil {
		return err
	}
	if o.Output != "" {
		inputs := make([]*compare.Document, len(paths))
		for i, p := range paths {
			inputs[i] = &compare.Document{Path: p}
		}
		if err := checkNotInput(o.Output, inputs); err != nil {
			return err
		}
	}
	return writeOutput(o.Output, stdout, func(w io.Writer) error { return print(w, ss) })
}

func parseText(ctx context.Context, paths []string, stdin io.Reader) ([]parsedSentence, error) {
	docs, err := ingest.Read(ctx, paths, ingest.Options{Stdin: stdin})
	if err != nil {
		return nil, err
	}
	if _, err := syntax.Default(); err != nil {
		return nil, err
	}
	var out []parsedSentence
	for _, d := range docs {
		ss := segment.Sentences(d)
		syntax.Parse(d, ss)
		for i, s := range ss {
			out = append(out, sentenceOf(d, i+1, s))
		}
	}
	return out, nil
}

// sentenceOf turns a parsed sentence of a document into CoNLL-U words; a
// token split into words of which none is a hyphen (a clitic: "do" and
// "n't" of "don't") becomes a multiword token.
func sentenceOf(d *compare.Document, index int, s compare.Sentence) parsedSentence {
	p := parsedSentence{doc: d.ID, path: d.Path, index: index, text: oneLine(d.Slice(s.Span)), tree: &syntax.TreeSentence{}}
	tok := 0
	for i, w := range s.Words {
		for tok < len(s.Tokens) && s.Tokens[tok].End <= w.Span.Start {
			tok++
		}
		p.tree.Words = append(p.tree.Words, syntax.TreeWord{ID: i + 1, Form: d.Slice(w.Span), Lemma: w.Lemma,
			UPOS: w.UPOS, XPOS: w.XPOS, Head: w.Head + 1, Deprel: w.Rel})
		p.offsets = append(p.offsets, [2]int{w.Span.Start, w.Span.End})
		p.space = append(p.space, i+1 == len(s.Words) || s.Words[i+1].Span.Start > w.Span.End)
		if tok < len(s.Tokens) && s.Tokens[tok].Start == w.Span.Start && s.Tokens[tok].End > w.Span.End {
			last, hyphen := i, false
			for last+1 < len(s.Words) && s.Words[last+1].Span.End <= s.Tokens[tok].End {
				last++
				hyphen = hyphen || d.Slice(s.Words[last].Span) == "-"
			}
			if !hyphen && last > i {
				p.tokens = append(p.tokens, [2]int{i + 1, last + 1})
			}
		}
	}
	return p
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// maxCoNLLUBytes bounds a CoNLL-U input as ingest bounds text inputs.
const maxCoNLLUBytes = ingest.DefaultMaxBytes

func parseCoNLLU(paths []string, stdin io.Reader) ([]parsedSentence, error) {
	m, err := syntax.Default()
	if err != nil {
		return nil, err
	}
	var out []parsedSentence
	for _, path := range paths {
		ts, err := readCoNLLU(path, stdin)
		if err != nil {
			return nil, err
		}
		for i := range ts {
			m.AnalyzeTree(&ts[i])
			p := parsedSentence{path: path, index: i + 1, tree: &ts[i]}
			for _, l := range ts[i].Lines {
				if t, ok := strings.CutPrefix(l, "# text = "); ok {
					p.text = t
				}
			}
			for _, w := range ts[i].Words {
				p.space = append(p.space, !strings.Contains(w.Misc, "SpaceAfter=No"))
			}
			if p.text == "" { // no "# text" comment
				p.text = textOf(&ts[i])
			}
			out = append(out, p)
		}
	}
	return out, nil
}

// textOf rebuilds a CoNLL-U sentence's text from its tokens: a multiword
// token's form stands for its words, and SpaceAfter=No joins a token to
// the next.
func textOf(s *syntax.TreeSentence) string {
	tokens := map[int][2]string{} // first word ID → form and MISC of the token
	last := map[int]int{}         // first word ID → last
	for _, l := range s.Lines {
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			continue
		}
		from, to, ok := strings.Cut(f[0], "-")
		if !ok {
			continue
		}
		a, err1 := strconv.Atoi(from)
		b, err2 := strconv.Atoi(to)
		if err1 == nil && err2 == nil && a <= b {
			tokens[a], last[a] = [2]string{f[1], f[9]}, b
		}
	}
	var b strings.Builder
	for i := 0; i < len(s.Words); i++ {
		form, misc := s.Words[i].Form, s.Words[i].Misc
		if t, ok := tokens[i+1]; ok {
			form, misc = t[0], t[1]
			i = last[i+1] - 1
		}
		b.WriteString(form)
		if !strings.Contains(misc, "SpaceAfter=No") {
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

// readCoNLLU reads the sentences of one CoNLL-U input, "-" for stdin,
// refusing a folder and more than maxCoNLLUBytes.
func readCoNLLU(path string, stdin io.Reader) ([]syntax.TreeSentence, error) {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return nil, fmt.Errorf("read %s: is a directory (give CoNLL-U files)", path)
		}
		r = f
	}
	lr := &io.LimitedReader{R: r, N: maxCoNLLUBytes + 1}
	ts, err := syntax.ReadCoNLLU(lr, path)
	if err != nil {
		return nil, err
	}
	if lr.N <= 0 {
		return nil, fmt.Errorf("read %s: larger than %d MiB", path, maxCoNLLUBytes>>20)
	}
	return ts, nil
}

func printCoNLLU(w io.Writer, ss []parsedSentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range ss {
		if s.offsets == nil { // from CoNLL-U: its own lines
			if err := syntax.WriteCoNLLU(bw, s.tree); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(bw, "# sent_id = %s-s%d\n# text = %s\n", s.doc, s.index, s.text)
		t := &syntax.TreeSentence{Words: s.tree.Words}
		inToken := make([]bool, len(t.Words)+1)
		for _, r := range s.tokens {
			for j := r[0]; j <= r[1]; j++ {
				inToken[j] = true
			}
		}
		for i := range t.Words {
			misc := []string{fmt.Sprintf("TokenRange=%d:%d", s.offsets[i][0], s.offsets[i][1])}
			if !s.space[i] && !inToken[i+1] {
				misc = append(misc, "SpaceAfter=No")
			}
			t.Words[i].Misc = strings.Join(misc, "|")
		}
		tok := 0
		for i := range t.Words {
			if tok < len(s.tokens) && s.tokens[tok][0] == i+1 {
				r := s.tokens[tok]
				form := ""
				for j := r[0]; j <= r[1]; j++ {
					form += t.Words[j-1].Form
				}
				misc := "_"
				if !s.space[r[1]-1] {
					misc = "SpaceAfter=No"
				}
				fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", r[0], r[1], form, misc)
				tok++
			}
			bw.WriteString(syntax.FormatWord(&t.Words[i]))
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// The JSON form of parse's output: documents, sentences, words.
type (
	jsonParse struct {
		Schema    string              `json:"schema"`
		Sentences []jsonParseSentence `json:"sentences"`
	}
	jsonParseSentence struct {
		Document string          `json:"document,omitempty"`
		Path     string          `json:"path"`
		Index    int             `json:"index"`
		Text     string          `json:"text,omitempty"`
		Words    []jsonParseWord `json:"words"`
	}
	jsonParseWord struct {
		ID     int    `json:"id"`
		Form   string `json:"form"`
		Lemma  string `json:"lemma"`
		UPOS   string `json:"upos"`
		Head   int    `json:"head"`
		Deprel string `json:"deprel"`
		Start  *int   `json:"start,omitempty"`
		End    *int   `json:"end,omitempty"`
	}
)

func printParseJSON(w io.Writer, ss []parsedSentence) error {
	out := jsonParse{Schema: "claimdiff/parse/v1", Sentences: make([]jsonParseSentence, 0, len(ss))}
	for _, s := range ss {
		js := jsonParseSentence{Document: s.doc, Path: s.path, Index: s.index, Text: s.text,
			Words: make([]jsonParseWord, 0, len(s.tree.Words))}
		for i, tw := range s.tree.Words {
			jw := jsonParseWord{ID: tw.ID, Form: tw.Form, Lemma: tw.Lemma, UPOS: tw.UPOS, Head: tw.Head, Deprel: tw.Deprel}
			if s.offsets != nil {
				jw.Start, jw.End = &s.offsets[i][0], &s.offsets[i][1]
			}
			js.Words = append(js.Words, jw)
		}
		out.Sentences = append(out.Sentences, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// maxTreeIndent bounds the indentation of the text tree, in bytes.
const maxTreeIndent = 30 * len("│   ")

// printParseText draws each sentence's tree with box-drawing lines, the
// head above its dependents and dependents in sentence order:
//
//	left VERB root
//	├── Kim PROPN nsubj
//	└── . PUNCT punct
func printParseText(w io.Writer, ss []parsedSentence) error {
	bw := bufio.NewWriter(w)
	for k, s := range ss {
		if k > 0 {
			bw.WriteByte('\n')
		}
		name := s.doc
		if name == "" {
			name = s.path
		}
		fmt.Fprintf(bw, "# %s sentence %d: %s\n", name, s.index, s.text)
		words := s.tree.Words
		kids := make([][]int, len(words)+1) // by head ID; 0 is the root
		for i, tw := range words {
			h := tw.Head
			if h < 0 || h > len(words) {
				h = 0
			}
			kids[h] = append(kids[h], i+1)
		}
		// An explicit stack, not recursion: a long chain of heads must not
		// overflow the goroutine stack.
		type item struct {
			id     int
			prefix string
			last   bool
			top    bool
		}
		var stack []item
		for i := len(kids[0]) - 1; i >= 0; i-- {
			stack = append(stack, item{id: kids[0][i], top: true})
		}
		seen := make([]bool, len(words)+1)
		for len(stack) > 0 {
			it := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[it.id] {
				continue
			}
			seen[it.id] = true
			tw := words[it.id-1]
			branch, more := "", ""
			if !it.top {
				branch, more = "├── ", "│   "
				if it.last {
					branch, more = "└── ", "    "
				}
			}
			fmt.Fprintf(bw, "%s%s%s %s %s", it.prefix, branch, tw.Form, tw.UPOS, tw.Deprel)
			if tw.Lemma != "" && tw.Lemma != tw.Form {
				fmt.Fprintf(bw, " (%s)", tw.Lemma)
			}
			bw.WriteByte('\n')
			ks := kids[it.id]
			prefix := it.prefix + more
			if len(prefix) > maxTreeIndent { // deep trees stop indenting, so output stays linear
				prefix = it.prefix
			}
			for i := len(ks) - 1; i >= 0; i-- {
				stack = append(stack, item{id: ks[i], prefix: prefix, last: i == len(ks)-1})
			}
		}
	}
	return bw.Flush()
}
