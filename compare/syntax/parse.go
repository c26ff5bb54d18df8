package syntax

import "github.com/claimdiff/claimdiff/compare"

// Parse fills in each sentence's Words: its tokens split into syntactic
// words (see Words), tagged, lemmatised and parsed by the embedded model.
// It reads d.Plain(), as segment does, so markup never reaches the parser.
func Parse(d *compare.Document, ss []compare.Sentence) {
	m := mustDefault()
	text := d.Plain()
	var forms []string
	var a Analysis
	for i := range ss {
		spans := Words(text, ss[i].Tokens)
		n := len(spans)
		forms = grow(forms, n)
		for j, sp := range spans {
			forms[j] = string(text[sp.Start:sp.End])
		}
		a.UPOS, a.XPOS, a.Lemma, a.Rel, a.Head = grow(a.UPOS, n), grow(a.XPOS, n), grow(a.Lemma, n), grow(a.Rel, n), grow(a.Head, n)
		m.AnalyzeInto(forms, &a)
		ws := make([]compare.Word, n)
		for j := range ws {
			ws[j] = compare.Word{Span: spans[j], UPOS: a.UPOS[j], XPOS: a.XPOS[j], Lemma: a.Lemma[j], Head: a.Head[j], Rel: a.Rel[j]}
		}
		ss[i].Words = ws
	}
}

// mustDefault returns the embedded model; it can fail only if the binary
// was built with a damaged model file, which TestDefaultModel catches.
func mustDefault() *Model {
	m, err := Default()
	if err != nil {
		panic(err)
	}
	return m
}
