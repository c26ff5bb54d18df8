package mentions

// IsCountry reports whether name, a canonical name, is a country of the
// gazetteer.
func IsCountry(name string) bool { return countries[name] }
