package compare

import "fmt"

// Sentence is a sentence of a Document with its tokens, all as byte spans.
type Sentence struct {
	Span   Span
	Tokens []Span
	// Paragraph numbers the paragraph (block of lines between blank lines)
	// the sentence starts in, from 0; a headline line is its own paragraph.
	Paragraph int
	// Words are the sentence's syntactic words with their tags, lemmas and
	// dependency tree (package syntax); nil before parsing.
	Words []Word
}

// Word is one syntactic word of a sentence in the sense of Universal
// Dependencies: a token or a part of one ("do" and "n't" of "don't").
type Word struct {
	Span Span
	UPOS string // universal part of speech: "NOUN", "VERB", "PROPN"…
	// XPOS is the Penn Treebank tag, which tells what UPOS does not:
	// the tense of a verb ("VBD" past, "VBZ" present) and a modal ("MD").
	XPOS  string
	Lemma string // "kill" for "killed"
	// Head is the index in Sentence.Words of the word this one depends
	// on, -1 for the root of the sentence.
	Head int
	// Rel is the dependency relation to the head, a UD relation with its
	// English subtype: "nsubj", "obl:tmod", "acl:relcl", "root".
	Rel string
}

// Mention is a time expression, quantity or name found in a document.
type Mention struct {
	Kind Kind
	// Type is the TIMEX3 type of a time (DATE, TIME, DURATION, SET); for
	// quantities the counted noun or unit; for names PERSON, PLACE, ORG,
	// EVENT ("Korean War") or NAME when unknown.
	Type  string
	Span  Span
	Value string // normalised: "2007-12", "P2Y", "6", "Geneva"
}

// Claim is what a sentence asserts about something, anchored on a value.
type Claim struct {
	Doc      string // a Document.ID
	Key      string // what align groups on
	Question string // Key as a person would ask it
	Kind     Kind

	Value   string // normalised, as Mention.Value
	Display string // as a person would write it

	Polarity    Polarity
	Modality    Modality
	Attribution string // "Reuters" for "according to Reuters"

	Sentence Span // the whole evidence sentence
	Evidence Span // the words that carry the value

	// Subject is the canonical name the claim is about, when the sentence
	// names one next to the value ("Lind" in "Lind had 38.5 percent");
	// claims with different subjects never align.
	Subject string
	// Terms are the content lemmas and name keys of the evidence sentence,
	// sorted: what alignment measures the closeness of two claims on.
	Terms []string
	// Near are the terms of the few words around the value, sorted: what
	// tells apart several values of one sentence ("15 cups of flour, 16
	// cups of sugar").
	Near []string
	// OtherPlaces are the place terms of Terms that name where another
	// event of the sentence happened ("after his return from Paris"),
	// sorted: no place of the claim's own event.
	OtherPlaces []string
	// Period is the period a figure is given for when its own frame names
	// one, normalised as a time ("2029" of "40,000 tonnes of wheat in
	// 2029"): figures of two periods are two figures.
	Period string
}

// Alignment groups claims of different documents about the same thing.
type Alignment struct {
	ID, Key, Question string
	Kind              Kind
	Claims            []Claim
	Verdict           Verdict
}

// Verdict is the judgement on one alignment.
type Verdict struct {
	Outcome    Outcome
	Reason     string   // one sentence naming the values
	Qualifiers []string // "published 8 years apart"
	// Confidence is how sure the verdict is, from 0 to 1, given how the
	// claims were aligned and how firmly and exactly they are stated;
	// 0 for a claim only one document makes.
	Confidence float64
}

// Report is the result of comparing documents.
type Report struct {
	Documents  []*Document
	Alignments []Alignment
	// Warnings are about the documents taken together, such as two that
	// share no story and so were not compared.
	Warnings []string
}

// Doc returns the document with the given ID, or nil.
func (r *Report) Doc(id string) *Document {
	for _, d := range r.Documents {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// Count returns the number of alignments with outcome o.
func (r *Report) Count(o Outcome) int {
	n := 0
	for _, a := range r.Alignments {
		if a.Verdict.Outcome == o {
			n++
		}
	}
	return n
}

// Kind is the kind of a mention or claim.
type Kind int

const (
	Time Kind = iota
	Quantity
	Name
	PolarityKind // a claim whose value is whether something happened
)

// Polarity says whether a claim is asserted to hold or not to hold.
type Polarity int

const (
	Positive Polarity = iota
	Negative
)

// Modality says how firmly a document makes a claim.
type Modality int

const (
	Asserted Modality = iota
	Reported          // "X said", "according to Y"
	Hedged            // "reportedly", "was thought to"
	Expected          // "is due to", "is planned for"
	Denied            // "denied that"
)

// Outcome is the verdict on an alignment.
type Outcome int

const (
	Unique Outcome = iota // said by one document only
	Agree
	Conflict
	Update // a later source revises a running figure or overtakes a plan
)

var (
	kindWords     = []string{"time", "quantity", "name", "polarity"}
	polarityWords = []string{"positive", "negative"}
	modalityWords = []string{"asserted", "reported", "hedged", "expected", "denied"}
	outcomeWords  = []string{"unique", "agree", "conflict", "update"}
)

func (k Kind) String() string     { return word(kindWords, int(k)) }
func (p Polarity) String() string { return word(polarityWords, int(p)) }
func (m Modality) String() string { return word(modalityWords, int(m)) }
func (o Outcome) String() string  { return word(outcomeWords, int(o)) }

func word(words []string, i int) string {
	if i < 0 || i >= len(words) {
		return fmt.Sprintf("invalid(%d)", i)
	}
	return words[i]
}

// MarshalText writes the schema's word for k.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// MarshalText writes the schema's word for p.
func (p Polarity) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// MarshalText writes the schema's word for m.
func (m Modality) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// MarshalText writes the schema's word for o.
func (o Outcome) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// ParseOutcome returns the Outcome named by s ("agree", "conflict",
// "update", "unique").
func ParseOutcome(s string) (Outcome, error) {
	for i, w := range outcomeWords {
		if w == s {
			return Outcome(i), nil
		}
	}
	return 0, fmt.Errorf("unknown verdict %q (want agree, conflict, update or unique)", s)
}

// Extraction is what claimdiff reads out of one document before any
// comparison: its mentions and claims, in document order.
type Extraction struct {
	Document *Document
	// Sentences are the document's sentences with their parses.
	Sentences []Sentence
	Mentions  []Mention
	Claims    []Claim
}
