package lexicon_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/compare/lexicon"
)

// Two reports of one event use different words; the lexicon sees that
// both are about deaths and that the soldiers belong to the army.
func Example() {
	verb := lexicon.Lemma("slew", lexicon.Verb)
	fmt.Println(verb, lexicon.Classes(verb, lexicon.Verb))
	fmt.Println(lexicon.Classes("fatalities", lexicon.Noun).Has(lexicon.Death))
	fmt.Println(lexicon.Derived("died", lexicon.Verb, lexicon.Noun)[0])
	fmt.Println(lexicon.IsA("massacre", lexicon.Noun, "killing"))
	fmt.Println(lexicon.PartOf("soldiers", "army"))
	fmt.Println(lexicon.Classes("bank", lexicon.Noun).Has(lexicon.Vehicle))
	// Output:
	// slay {death}
	// true
	// death
	// true
	// true
	// false
}

func ExampleLemma() {
	fmt.Println(lexicon.Lemma("went", lexicon.Verb))
	fmt.Println(lexicon.Lemma("meetings", lexicon.Noun))
	fmt.Println(lexicon.Lemma("Police Officers", lexicon.Noun))
	// Output:
	// go
	// meeting
	// police officer
}
