package report

import (
	"bytes"
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
// spaces and ending in a newline.
func JSON(w io.Writer, r *compare.Report, _ Options) error {
	ix := indexDocs(r.Documents)
	out := jsonReport{
		Schema:     reportSchema,
		Documents:  make([]jsonDocument, 0, len(r.Documents)),
		Alignments: make([]jsonAlignment, 0, len(r.Alignments)),
	}
	for _, d := range r.Documents {
		out.Documents = append(out.Documents, wireDocument(d))
	}
	for i := range r.Alignments {
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
		for j := range a.Claims {
			c := &a.Claims[j]
			d, err := ix.claimDoc(a, c)
			if err != nil {
				return fmt.Errorf("json report: %w", err)
			}
			ja.Claims = append(ja.Claims, wireClaim(d, c))
		}
		out.Alignments = append(out.Alignments, ja)
	}
	s := count(r)
	out.Stats = jsonStats(s)
	return writeJSON(w, out)
}

// ExtractJSON writes xs as docs/schema/extract.v1.json describes them, indented
// by two spaces and ending in a newline.
func ExtractJSON(w io.Writer, xs []compare.Extraction, _ Options) error {
	out := jsonExtract{Schema: extractSchema, Documents: make([]jsonExtractDocument, 0, len(xs))}
	for _, x := range xs {
		d := x.Document
		if d == nil {
			return fmt.Errorf("json extract: extraction without a document")
		}
		jd := jsonExtractDocument{
			jsonDocument: wireDocument(d),
			Mentions:     make([]jsonMention, 0, len(x.Mentions)),
			Claims:       make([]jsonExtractClaim, 0, len(x.Claims)),
		}
		for _, m := range x.Mentions {
			if err := checkSpan(d, m.Span); err != nil {
				return fmt.Errorf("json extract: mention in %s: %w", d.ID, err)
			}
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
			if err := checkClaim(d, c); err != nil {
				return fmt.Errorf("json extract: %w", err)
			}
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
			if err := checkSpan(d, sn.Span); err != nil {
				return fmt.Errorf("json extract: sentence in %s: %w", d.ID, err)
			}
			js := jsonSentence{Start: sn.Span.Start, End: sn.Span.End, Words: make([]jsonWord, 0, len(sn.Words))}
			for i, wd := range sn.Words {
				if err := checkSpan(d, wd.Span); err != nil {
					return fmt.Errorf("json extract: word in %s: %w", d.ID, err)
				}
				js.Words = append(js.Words, jsonWord{ID: i + 1, Text: d.Slice(wd.Span), Start: wd.Span.Start, End: wd.Span.End,
					UPOS: wd.UPOS, Lemma: wd.Lemma, Head: wd.Head + 1, Deprel: wd.Rel})
			}
			jd.Sentences = append(jd.Sentences, js)
		}
		out.Documents = append(out.Documents, jd)
	}
	return writeJSON(w, out)
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

// writeJSON encodes v into a buffer first so that an error never leaves
// half a document on w.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// Quotes are read by people too; "<" is no danger in a JSON file.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode json: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
