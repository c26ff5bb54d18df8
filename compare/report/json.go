package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/claimdiff/claimdiff/compare"
)

// Schema names written in the "schema" field; they match the $id of
// docs/schema/report.v1.json and docs/schema/extract.v1.json.
const (
	reportSchema  = "claimdiff/report/v1"
	extractSchema = "claimdiff/extract/v1"
)

// The wire types below map docs/schema/report.v1.json and
// docs/schema/extract.v1.json field by field. They are private so that the
// domain types can change without changing the contract. Slices are made
// non-nil before encoding: the schemas want arrays, never null.

type jsonReport struct {
	Schema     string          `json:"schema"`
	Documents  []jsonDocument  `json:"documents"`
	Alignments []jsonAlignment `json:"alignments"`
	Stats      jsonStats       `json:"stats"`
}

type jsonDocument struct {
	ID            string   `json:"id"`
	Path          string   `json:"path"`
	Title         string   `json:"title,omitempty"`
	Source        string   `json:"source,omitempty"`
	Published     string   `json:"published,omitempty"`
	PublishedFrom string   `json:"published_from,omitempty"`
	Warnings      []string `json:"warnings,omitempty"` // additive to v1
	// TextFrom is "html" when offsets refer to text extracted from an HTML
	// page; additive to v1.
	TextFrom string `json:"text_from,omitempty"`
}

type jsonAlignment struct {
	ID         string      `json:"id"`
	Key        string      `json:"key"`
	Question   string      `json:"question"`
	Kind       string      `json:"kind"`
	Verdict    string      `json:"verdict"`
	Reason     string      `json:"reason"`
	Qualifiers []string    `json:"qualifiers"`
	Confidence *float64    `json:"confidence,omitempty"` // alignments of several documents only
	Claims     []jsonClaim `json:"claims"`
}

type jsonClaim struct {
	Document    string   `json:"document"`
	Text        string   `json:"text"`     // the evidence words
	Sentence    string   `json:"sentence"` // exactly as in the document
	Span        jsonSpan `json:"span"`     // of the evidence
	Value       string   `json:"value"`
	Display     string   `json:"display"`
	Polarity    string   `json:"polarity"`
	Modality    string   `json:"modality"`
	Attribution string   `json:"attribution,omitempty"`
}

type jsonSpan struct {
	Start  int `json:"start"`
	End    int `json:"end"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

type jsonStats struct {
	Documents  int `json:"documents"`
	Claims     int `json:"claims"`
	Alignments int `json:"alignments"`
	Agree      int `json:"agree"`
	Conflict   int `json:"conflict"`
	Update     int `json:"update"`
	Unique     int `json:"unique"`
}

type jsonExtract struct {
	Schema    string                `json:"schema"`
	Documents []jsonExtractDocument `json:"documents"`
}

type jsonExtractDocument struct {
	jsonDocument
	Mentions  []jsonMention      `json:"mentions"`
	Claims    []jsonExtractClaim `json:"claims"`
	Sentences []jsonSentence     `json:"sentences,omitempty"`
}

// jsonSentence is a parsed sentence (extract --syntax): its span and its
// words, each with the CoNLL-U fields the parser fills in; head counts
// words from 1 within the sentence, 0 for the root.
type jsonSentence struct {
	Start int        `json:"start"`
	End   int        `json:"end"`
	Words []jsonWord `json:"words"`
}

type jsonWord struct {
	ID     int    `json:"id"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	UPOS   string `json:"upos"`
	Lemma  string `json:"lemma"`
	Head   int    `json:"head"`
	Deprel string `json:"deprel"`
}

type jsonMention struct {
	Kind  string `json:"kind"`
	Type  string `json:"type,omitempty"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
}

// jsonExtractClaim is the report's claim plus key, question and kind, as
// extract.v1.json says.
type jsonExtractClaim struct {
	Key      string `json:"key"`
	Question string `json:"question"`
	Kind     string `json:"kind"`
	jsonClaim
}

// JSON writes r as docs/schema/report.v1.json describes it, indented by two
// spaces and ending in a newline. It checks every claim first, then
// streams the report to w an alignment at a time.
func JSON(w io.Writer, r *compare.Report, _ Options) error {
	ix := indexDocs(r.Documents)
	if err := checkAll(ix, r); err != nil {
		return fmt.Errorf("json report: %w", err)
	}
	indexLines(r.Documents)
	j := newJSONWriter(w)
	j.raw("{")
	j.field(0, true, "schema", reportSchema)
	j.key(0, false, "documents")
	j.array(1, len(r.Documents), func(i int) any { return wireDocument(r.Documents[i]) })
	j.key(0, false, "alignments")
	j.array(1, len(r.Alignments), func(i int) any {
		a := &r.Alignments[i]
		ja := jsonAlignment{
			ID:         a.ID,
			Key:        a.Key,
			Question:   a.Question,
			Kind:       a.Kind.String(),
			Verdict:    a.Verdict.Outcome.String(),
			Reason:     a.Verdict.Reason,
			Qualifiers: append([]string{}, a.Verdict.Qualifiers...),
			Claims:     make([]jsonClaim, 0, len(a.Claims)),
		}
		if severalDocs(a) && a.Verdict.Confidence > 0 { // 0: never judged
			ja.Confidence = &a.Verdict.Confidence
		}
		for k := range a.Claims {
			c := &a.Claims[k]
			ja.Claims = append(ja.Claims, wireClaim(ix[c.Doc], c))
		}
		return ja
	})
	if len(r.Warnings) > 0 {
		j.field(0, false, "warnings", r.Warnings)
	}
	j.field(0, false, "stats", jsonStats(count(r)))
	j.raw("\n}")
	return j.close()
}

// ExtractJSON writes xs as docs/schema/extract.v1.json describes them, indented
// by two spaces and ending in a newline. It checks every span first, then
// streams the documents to w one at a time.
func ExtractJSON(w io.Writer, xs []compare.Extraction, _ Options) error {
	if err := checkExtractions(xs); err != nil {
		return fmt.Errorf("json extract: %w", err)
	}
	docs := make([]*compare.Document, len(xs))
	for i, x := range xs {
		docs[i] = x.Document
	}
	indexLines(docs)
	j := newJSONWriter(w)
	j.raw("{")
	j.field(0, true, "schema", extractSchema)
	j.key(0, false, "documents")
	j.array(1, len(xs), func(i int) any { return wireExtraction(xs[i]) })
	j.raw("\n}")
	return j.close()
}

// indexLines has each document index its lines, which Position does on
// first use, before elements are encoded on several goroutines.
func indexLines(docs []*compare.Document) {
	for _, d := range docs {
		d.Position(0)
	}
}

// wireExtraction expects x's spans to have been checked.
func wireExtraction(x compare.Extraction) jsonExtractDocument {
	d := x.Document
	jd := jsonExtractDocument{
		jsonDocument: wireDocument(d),
		Mentions:     make([]jsonMention, 0, len(x.Mentions)),
		Claims:       make([]jsonExtractClaim, 0, len(x.Claims)),
	}
	for _, m := range x.Mentions {
		jd.Mentions = append(jd.Mentions, jsonMention{
			Kind:  m.Kind.String(),
			Type:  m.Type,
			Text:  d.Slice(m.Span),
			Start: m.Span.Start,
			End:   m.Span.End,
			Value: m.Value,
		})
	}
	for i := range x.Claims {
		c := &x.Claims[i]
		jc := wireClaim(d, c)
		jc.Document = d.ID // claims of an extraction belong to its document
		jd.Claims = append(jd.Claims, jsonExtractClaim{
			Key:       c.Key,
			Question:  c.Question,
			Kind:      c.Kind.String(),
			jsonClaim: jc,
		})
	}
	for _, sn := range x.Sentences {
		js := jsonSentence{Start: sn.Span.Start, End: sn.Span.End, Words: make([]jsonWord, 0, len(sn.Words))}
		for i, wd := range sn.Words {
			js.Words = append(js.Words, jsonWord{ID: i + 1, Text: d.Slice(wd.Span), Start: wd.Span.Start, End: wd.Span.End,
				UPOS: wd.UPOS, Lemma: wd.Lemma, Head: wd.Head + 1, Deprel: wd.Rel})
		}
		jd.Sentences = append(jd.Sentences, js)
	}
	return jd
}

func wireDocument(d *compare.Document) jsonDocument {
	return jsonDocument{
		ID:            d.ID,
		Path:          d.Path,
		Title:         d.Title,
		Source:        d.Source,
		Published:     d.Published,
		PublishedFrom: d.PublishedFrom,
		Warnings:      d.Warnings,
		TextFrom:      d.TextFrom,
	}
}

// wireClaim expects c's spans to have been checked against d.
func wireClaim(d *compare.Document, c *compare.Claim) jsonClaim {
	line, col := d.Position(c.Evidence.Start)
	return jsonClaim{
		Document:    c.Doc,
		Text:        d.Slice(c.Evidence),
		Sentence:    d.Slice(c.Sentence),
		Span:        jsonSpan{Start: c.Evidence.Start, End: c.Evidence.End, Line: line, Column: col},
		Value:       c.Value,
		Display:     c.Display,
		Polarity:    c.Polarity.String(),
		Modality:    c.Modality.String(),
		Attribution: c.Attribution,
	}
}

// writeJSON encodes v whole and writes it to w: json.Encoder encodes the
// whole value before its one write, so an error never leaves half a
// document on w.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Quotes are read by people too; "<" is no danger in a JSON file.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode json: %w", err)
	}
	return nil
}
