package syntax_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/segment"
	"github.com/claimdiff/claimdiff/compare/syntax"
)

func ExampleParse() {
	d := compare.NewDocument("a.txt", []byte("Police said the fire killed nine people."))
	ss := segment.Sentences(d)
	syntax.Parse(d, ss)
	ws := ss[0].Words
	for _, w := range ws {
		head := "ROOT"
		if w.Head >= 0 {
			head = d.Slice(ws[w.Head].Span)
		}
		fmt.Printf("%-10s %-5s %-6s %s\n", d.Slice(w.Span), w.UPOS, w.Rel, head)
	}
	// Output:
	// Police     NOUN  nsubj  said
	// said       VERB  root   ROOT
	// the        DET   det    fire
	// fire       NOUN  nsubj  killed
	// killed     VERB  ccomp  said
	// nine       NUM   nummod people
	// people     NOUN  obj    killed
	// .          PUNCT punct  said
}
