// Package compare holds the domain types of claimdiff: documents, spans,
// sentences, mentions, claims, alignments and the report that ties them
// together. Every stage under compare/ imports these types; the stages are
// run in order by package pipeline.
//
// A Document keeps its text exactly as read, so that every Span is a byte
// range of the real input and can be turned into a line and column:
//
//	d := compare.NewDocument("a.txt", []byte("One.\nTwo."))
//	line, col := d.Position(5) // 2, 1
package compare
