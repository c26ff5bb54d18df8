// Package wordlist holds the word lists that WordNet cannot replace
// (titles, report verbs, hedges, units), one copy each, as data files
// embedded in the binary and shared by every package that reads them.
package wordlist

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/*.txt
var files embed.FS

// A Set is a list of lower-case words.
type Set map[string]bool

// The lists, each from data/NAME.txt; the file says what belongs in it.
var (
	Roles        = mustLoad("roles")
	SolePosts    = mustLoad("sole_posts")
	LesserPosts  = mustLoad("lesser_posts")
	Courtesy     = mustLoad("courtesy")
	ReportVerbs  = mustLoad("report_verbs")
	Hedges       = mustLoad("hedges")
	Expectations = mustLoad("expectations")
	Denials      = mustLoad("denials")
	Stopwords    = mustLoad("stopwords")
	Labels       = mustLoad("labels")
	TimeUnits    = mustLoad("time_units")
	GivenNames   = mustLoad("given_names")
	// RiseAdverbs and FallAdverbs say which way an amount they qualify
	// changed a figure.
	RiseAdverbs = mustLoad("rise_adverbs")
	FallAdverbs = mustLoad("fall_adverbs")
	// FamilyFirst are surnames of traditions that write them first.
	FamilyFirst = mustLoad("family_first_surnames")
	// Ordinals maps each ordinal word to the number it names.
	Ordinals = mustLoadNumbered("ordinals")
	// Numbers maps the number words below twenty to their numbers.
	Numbers = mustLoadNumbered("numbers")
	// Tens maps "twenty" … "ninety" to their numbers.
	Tens = mustLoadNumbered("tens")
	// Months maps month names and abbreviations to the month's number.
	Months = mustLoadNumbered("months")
	// Weekdays maps the days of the week to their numbers, Monday 1.
	Weekdays = mustLoadNumbered("weekdays")
)

// Words returns the words of a numbered list as a set.
func Words(m map[string]int) Set {
	s := make(Set, len(m))
	for w := range m {
		s[w] = true
	}
	return s
}

func mustLoadNumbered(name string) map[string]int {
	m, err := loadNumbered(name)
	if err != nil {
		panic(err) // embedded data, checked by TestLists
	}
	return m
}

// loadNumbered reads data/name.txt: a lower-case word and a number a
// line, "#" to the end of a line a comment.
func loadNumbered(name string) (map[string]int, error) {
	m := map[string]int{}
	err := fields(name, func(n int, f []string) error {
		v, err := strconv.Atoi(f[len(f)-1])
		if len(f) != 2 || err != nil || f[0] != strings.ToLower(f[0]) {
			return fmt.Errorf("data/%s.txt:%d: want a lower-case word and a number", name, n)
		}
		m[f[0]] = v
		return nil
	})
	if err == nil && len(m) == 0 {
		err = fmt.Errorf("data/%s.txt: no words", name)
	}
	return m, err
}

// fields calls f with the number and the fields of each line of
// data/name.txt that has any, "#" to the end of a line a comment.
func fields(name string, f func(n int, fs []string) error) error {
	b, err := files.ReadFile("data/" + name + ".txt")
	if err != nil {
		return err
	}
	for n, line := range strings.Split(string(b), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if fs := strings.Fields(line); len(fs) > 0 {
			if err := f(n+1, fs); err != nil {
				return err
			}
		}
	}
	return nil
}

func mustLoad(name string) Set {
	s, err := load(name)
	if err != nil {
		panic(err) // embedded data, checked by TestLists
	}
	return s
}

// load reads data/name.txt: words separated by white space, "#" to the
// end of a line a comment.
func load(name string) (Set, error) {
	s := Set{}
	err := fields(name, func(n int, fs []string) error {
		for _, w := range fs {
			if w != strings.ToLower(w) {
				return fmt.Errorf("data/%s.txt:%d: %q is not lower case", name, n, w)
			}
			s[w] = true
		}
		return nil
	})
	if err == nil && len(s) == 0 {
		err = fmt.Errorf("data/%s.txt: no words", name)
	}
	return s, err
}

// Of returns the set of the words of a string, separated by white
// space: for the short lists a rule states in its own code.
func Of(words string) Set {
	s := Set{}
	for _, w := range strings.Fields(words) {
		s[w] = true
	}
	return s
}

// Union returns a new set of the words of all sets.
func Union(sets ...Set) Set {
	u := Set{}
	for _, s := range sets {
		for w := range s {
			u[w] = true
		}
	}
	return u
}
