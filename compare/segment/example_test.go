package segment_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/segment"
)

func ExampleSentences() {
	d := compare.NewDocument("a.txt", []byte("Talks end\nSEOUL, Dec. 3, 2005\n\nMr. Kim left the U.S. at 9 a.m. Monday. He flew home."))
	for _, s := range segment.Sentences(d) {
		fmt.Println(s.Paragraph, d.Slice(s.Span))
	}
	// Output:
	// 0 Talks end
	// 1 SEOUL, Dec. 3, 2005
	// 2 Mr. Kim left the U.S. at 9 a.m. Monday.
	// 2 He flew home.
}
