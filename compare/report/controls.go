package report

import (
	"unicode"
	"unicode/utf8"
)

// replaceControls returns b with every control character (C0, DEL and
// C1) but those in keep replaced by U+FFFD, so that a document's ESC or
// BEL reaches no terminal, CI log or browser: as the text printer does
// rune by rune, for formats printed whole. Invalid UTF-8 becomes U+FFFD
// too.
func replaceControls(b []byte, keep string) []byte {
	clean := true
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 || unicode.IsControl(r) && !containsRune(keep, r) {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 || unicode.IsControl(r) && !containsRune(keep, r) {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}

func containsRune(s string, r rune) bool {
	for _, k := range s {
		if k == r {
			return true
		}
	}
	return false
}
