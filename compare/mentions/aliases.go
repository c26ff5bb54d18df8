package mentions

// Aliases maps variants of names to the canonical name a user chose, as
// given in an alias file ("Pyongyang" and "DPRK" for "North Korea").
type Aliases struct {
	byKey map[string]string // NameKey of a variant or canonical name → canonical name
}

// NewAliases returns the aliases of canon, which maps each canonical name to
// its variants.
func NewAliases(canon map[string][]string) Aliases {
	a := Aliases{byKey: map[string]string{}}
	for c, vs := range canon {
		a.byKey[NameKey(c)] = c
		for _, v := range vs {
			a.byKey[NameKey(v)] = c
		}
	}
	return a
}

// Canonical returns the canonical name of name, and whether it has one.
func (a Aliases) Canonical(name string) (string, bool) {
	c, ok := a.byKey[NameKey(name)]
	return c, ok
}
