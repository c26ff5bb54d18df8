package syntax

// Feature hashing: a feature is a template number and up to three values,
// mixed into 64 bits. Strings are hashed once per word (FNV-1a).

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a template and values into a feature hash: one multiply
// by an odd constant after each value, and a final fold of the high bits
// into the low. A word is hashed into some three hundred features, so
// this is kept cheap; the values are themselves hashes or small numbers,
// and the table reads the hash's high bits, which every value reaches.
func mix(t, a, b, c uint64) uint64 {
	h := (t + 1) * 0x9E3779B97F4A7C15
	h = (h ^ a) * 0xBF58476D1CE4E5B9
	h = (h ^ b) * 0x94D049BB133111EB
	h = (h ^ c) * 0x9E3779B97F4A7C15
	return h ^ h>>29
}
