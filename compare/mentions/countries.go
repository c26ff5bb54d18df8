package mentions

import (
	_ "embed"
	"strings"
)

// countriesFile lists the sovereign states by their common English names,
// with the variants spelling cannot join.
//
//go:embed data/countries.txt
var countriesFile string

// countryList returns the canonical name of each country and its variants.
func countryList() [][]string {
	var out [][]string
	for _, line := range dataLines(countriesFile) {
		out = append(out, strings.Split(line, "|"))
	}
	return out
}
