// Package segment splits a Document's text into sentences and tokens, as
// byte spans of the text as read.
package segment

import "github.com/claimdiff/claimdiff/compare"

// Sentences returns the sentences of d's body in order, each with its
// tokens. Boilerplate lines are still segmented; callers skip them.
func Sentences(d *compare.Document) []compare.Sentence {
	panic("TODO")
}
