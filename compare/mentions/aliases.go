package mentions

import (
	"maps"
	"slices"
)

// Aliases maps variants of names to the canonical name a user chose, as
// given in an alias file ("Pyongyang" and "DPRK" for "North Korea"). A
// user's alias wins over the built-in rules: over the gazetteer's
// canonical names and over SameName's spelling closeness.
type Aliases struct {
	byKey map[string]string // NameKey of a variant or canonical name → canonical name
}

// NewAliases returns the aliases of canon, which maps each canonical name to
// its variants. Each variant is also known by the gazetteer's canonical
// name for it, since that is what a mention's Value holds: with "DPRK"
// listed, the Value "North Korea" of a mention of "DPRK" finds the user's
// name too. A name the user lists explicitly always beats one found
// through the gazetteer; a name listed under two canonical names goes to
// the first of them in sorted order, so that the result is deterministic.
func NewAliases(canon map[string][]string) Aliases {
	a := Aliases{byKey: map[string]string{}}
	cs := slices.Sorted(maps.Keys(canon))
	explicit := map[string]bool{}
	set := func(k, c string, user bool) {
		if _, ok := a.byKey[k]; ok && (explicit[k] || !user) {
			return
		}
		a.byKey[k] = c
		explicit[k] = explicit[k] || user
	}
	for _, c := range cs {
		set(NameKey(c), c, true)
		for _, v := range canon[c] {
			set(NameKey(v), c, true)
		}
	}
	for _, c := range cs {
		for _, v := range append([]string{c}, canon[c]...) {
			if p, ok := gazetteer[NameKey(v)]; ok {
				set(NameKey(p.name), c, false)
			}
		}
	}
	return a
}

// Canonical returns the canonical name of name, and whether it has one.
func (a Aliases) Canonical(name string) (string, bool) {
	c, ok := a.byKey[NameKey(name)]
	return c, ok
}

// Key returns the NameKey of name's canonical name when it has one, else
// of name itself: what claims should key and align a name on.
func (a Aliases) Key(name string) string {
	if c, ok := a.Canonical(name); ok {
		return NameKey(c)
	}
	return NameKey(name)
}

// SameName is SameName after the aliases: two names with canonical names
// are the same exactly when those are equal, even when their spellings
// are close ("Park Min-ho" and "Park Min-hoo" listed apart) or far
// ("Pyongyang" and "DPRK" listed together); otherwise the canonical name,
// if any, is compared by the built-in rules.
func (a Aliases) SameName(x, y string) bool {
	cx, okx := a.Canonical(x)
	cy, oky := a.Canonical(y)
	switch {
	case okx && oky:
		return cx == cy
	case okx:
		x = cx
	case oky:
		y = cy
	}
	return SameName(x, y)
}
