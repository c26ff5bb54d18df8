package syntax

import (
	"slices"
	"strings"
)

// lemmatizer gives a word's lemma from its form and UPOS tag: a word seen
// in training takes the lemma it had most often with that tag; another
// takes the suffix rule that the training words ending like it follow
// most often ("-ies" → "-y" for a plural noun, "-ed" → "" for a past
// verb), the longest matching suffix deciding.
type lemmatizer struct {
	known map[tagged]string // lower-cased form and UPOS → lemma
	rules map[tagged]rule   // UPOS and suffix → rule
}

// tagged is a word or suffix with a UPOS tag, a map key that costs no
// allocation to build.
type tagged struct{ word, tag string }

// rule rewrites a word's end: drop strip bytes, add add.
type rule struct {
	strip int
	add   string
}

const maxRuleSuffix = 5

func (lz *lemmatizer) lemma(form, lower string, t string) string {
	if l, ok := lz.known[tagged{lower, t}]; ok {
		if t == "PROPN" && l == lower {
			return form
		}
		return l
	}
	switch t {
	case "PROPN":
		return form
	case "NUM", "PUNCT", "SYM", "X", "INTJ":
		return lower
	}
	for k := min(maxRuleSuffix, len(lower)-1); k >= 1; k-- {
		if r, ok := lz.rules[tagged{lower[len(lower)-k:], t}]; ok && r.strip < len(lower) {
			return lower[:len(lower)-r.strip] + r.add
		}
	}
	return lower
}

// trainLemmatizer learns the table and the suffix rules from a treebank.
func trainLemmatizer(ss []TreeSentence) *lemmatizer {
	known := map[tagged]map[string]int{}
	ruleCounts := map[tagged]map[rule]int{}
	for _, s := range ss {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" {
				continue
			}
			lower := strings.ToLower(normalize(w.Form))
			lemma := w.Lemma
			if w.UPOS != "PROPN" {
				lemma = strings.ToLower(lemma)
			} else if strings.EqualFold(lemma, w.Form) {
				lemma = lower
			}
			k := tagged{lower, w.UPOS}
			if known[k] == nil {
				known[k] = map[string]int{}
			}
			known[k][lemma]++
			r, ok := ruleFor(lower, strings.ToLower(w.Lemma))
			if !ok {
				continue
			}
			for n := 1; n <= maxRuleSuffix && n < len(lower); n++ {
				rk := tagged{lower[len(lower)-n:], w.UPOS}
				if ruleCounts[rk] == nil {
					ruleCounts[rk] = map[rule]int{}
				}
				ruleCounts[rk][r]++
			}
		}
	}
	lz := &lemmatizer{known: map[tagged]string{}, rules: map[tagged]rule{}}
	for k, m := range known {
		lz.known[k] = mostFrequent(m, func(a, b string) int { return strings.Compare(a, b) })
	}
	for k, m := range ruleCounts {
		total := 0
		for _, c := range m {
			total += c
		}
		r := mostFrequent(m, func(a, b rule) int {
			if a.strip != b.strip {
				return a.strip - b.strip
			}
			return strings.Compare(a.add, b.add)
		})
		// A rule seen once on a short suffix is noise; keep rules that
		// hold for most of the words they cover.
		if total >= 2 && m[r]*10 >= total*6 {
			lz.rules[k] = r
		}
	}
	return lz
}

// ruleFor returns the rewrite from form to lemma, if the lemma shares a
// prefix with the form (not "went" → "go").
func ruleFor(form, lemma string) (rule, bool) {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	if p == 0 || len(form)-p > 4 {
		return rule{}, false
	}
	return rule{strip: len(form) - p, add: lemma[p:]}, true
}

func mostFrequent[K comparable](m map[K]int, cmp func(a, b K) int) K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return cmp(a, b)
	})
	return keys[0]
}
