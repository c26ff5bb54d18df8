package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"", nil},
		{"Two boats sank.", []string{"Two", " ", "boats", " ", "sank", "."}},
		{"It's a well-known U.S. port", []string{"It's", " ", "a", " ", "well-known", " ", "U.S", ".", " ", "port"}},
		{"1,200.5 tonnes, 3 ships", []string{"1,200.5", " ", "tonnes", ",", " ", "3", " ", "ships"}},
		{"  spaced\n\tout ", []string{"  ", "spaced", "\n\t", "out", " "}},
		{"Zürich—Genève", []string{"Zürich", "—", "Genève"}},
		{"-start end-", []string{"-", "start", " ", "end", "-"}},
	} {
		var got []string
		for _, w := range words(tt.text) {
			got = append(got, tt.text[w.start:w.end])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("words(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// mark writes s with the ranges rs bracketed, for readable test cases.
func markRanges(s string, rs []byteRange) string {
	var b strings.Builder
	last := 0
	for _, r := range rs {
		b.WriteString(s[last:r.start] + "[" + s[r.start:r.end] + "]")
		last = r.end
	}
	b.WriteString(s[last:])
	return b.String()
}

func TestChangedWords(t *testing.T) {
	for _, tt := range []struct {
		a, b         string
		wantA, wantB string
	}{
		{"Nine people died.", "Nine people died.", "Nine people died.", "Nine people died."},
		{"Nine people died on Friday.", "Eleven people died on Friday.",
			"[Nine] people died on Friday.", "[Eleven] people died on Friday."},
		// Adjacent changed words become one change.
		{"The old stone bridge fell.", "The new steel bridge fell.",
			"The [old stone] bridge fell.", "The [new steel] bridge fell."},
		// A line break matches a space.
		{"The dam\nheld firm.", "The dam held firm overnight.",
			"The dam\nheld firm.", "The dam held firm [overnight]."},
		{"Rain fell.", "", "[Rain fell.]", ""},
		{"", "Rain fell.", "", "[Rain fell.]"},
		{"Police said two men were arrested.", "Two men were arrested, police said.",
			"[Police said two] men were arrested.", "[Two] men were arrested[, police said]."},
	} {
		inA, inB := changedWords(tt.a, tt.b)
		if got := markRanges(tt.a, inA); got != tt.wantA {
			t.Errorf("changedWords(%q, %q) first = %q, want %q", tt.a, tt.b, got, tt.wantA)
		}
		if got := markRanges(tt.b, inB); got != tt.wantB {
			t.Errorf("changedWords(%q, %q) second = %q, want %q", tt.a, tt.b, got, tt.wantB)
		}
	}
}

func TestChangedWordsTooLong(t *testing.T) {
	long := strings.Repeat("word ", maxDiffWords)
	inA, inB := changedWords(long, long+"more")
	if inA != nil || inB != nil {
		t.Errorf("changedWords(%d words, …) = %v, %v, want nil, nil", 2*maxDiffWords, inA, inB)
	}
}

func TestWordRune(t *testing.T) {
	seen := make(map[rune]bool)
	for _, i := range []int{0, 1, 6399, 6400, 6401, 70000, 6400 + 0x10FFFD - 0xF0000} {
		r, ok := wordRune(i)
		if !ok || !utf8.ValidRune(r) || seen[r] {
			t.Errorf("wordRune(%d) = %U, %v; want a new valid rune", i, r, ok)
		}
		seen[r] = true
	}
	if _, ok := wordRune(6401 + 0x10FFFD - 0xF0000); ok {
		t.Errorf("wordRune(past the private use areas) = ok, want not ok")
	}
}

// checkRanges reports what is wrong with ranges of s: out of bounds, out
// of order, empty, off rune boundaries, or with white space at an edge.
func checkRanges(s string, rs []byteRange) string {
	// Boundaries as utf8.DecodeRuneInString steps, which also steps over
	// invalid bytes one at a time.
	boundary := map[int]bool{len(s): true}
	for i := 0; i < len(s); {
		boundary[i] = true
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	last := -1
	for _, r := range rs {
		switch {
		case r.start < 0 || r.end > len(s) || r.start >= r.end:
			return "out of bounds or empty"
		case r.start <= last:
			return "out of order"
		case !boundary[r.start] || !boundary[r.end]:
			return "off a rune boundary"
		case strings.TrimSpace(s[r.start:r.end]) != s[r.start:r.end]:
			return "white space at an edge"
		}
		last = r.end
	}
	return ""
}

func FuzzChangedWords(f *testing.F) {
	f.Add("Nine people died on Friday.", "Eleven people died on Friday.")
	f.Add("The dam\nheld firm.", "")
	f.Add("Zürich—Genève, 1,200.5 t", "Genève—Zürich, 1,200.5 t")
	f.Add("\xff\xfe bad", "bad \xff")
	f.Fuzz(func(t *testing.T, a, b string) {
		// Words cover the text exactly, in order.
		var joined strings.Builder
		for _, w := range words(a) {
			joined.WriteString(a[w.start:w.end])
		}
		if joined.String() != a {
			t.Fatalf("words(%q) joined = %q", a, joined.String())
		}
		inA, inB := changedWords(a, b)
		if msg := checkRanges(a, inA); msg != "" {
			t.Errorf("changedWords(%q, %q) first ranges %v: %s", a, b, inA, msg)
		}
		if msg := checkRanges(b, inB); msg != "" {
			t.Errorf("changedWords(%q, %q) second ranges %v: %s", a, b, inB, msg)
		}
		// What is left unmarked is common to both, word for word.
		if utf8.ValidString(a) && utf8.ValidString(b) {
			if ka, kb := kept(a, inA), kept(b, inB); ka != kb {
				t.Errorf("changedWords(%q, %q) leaves %q and %q", a, b, ka, kb)
			}
		}
	})
}

// kept returns the words of s outside rs, joined by single spaces.
func kept(s string, rs []byteRange) string {
	var ws []string
	for _, w := range words(s) {
		word := s[w.start:w.end]
		if strings.TrimSpace(word) == "" || inRanges(rs, w.start, w.end) {
			continue
		}
		ws = append(ws, word)
	}
	return strings.Join(ws, " ")
}

func BenchmarkChangedWords(b *testing.B) {
	a := strings.Repeat("Lifeboat crews rescued 40 passengers from the stranded vessel, the harbour master said. ", 4)
	c := strings.Repeat("According to the coast guard, at least 46 passengers were rescued from the stranded vessel. ", 4)
	b.SetBytes(int64(len(a) + len(c)))
	b.ReportAllocs()
	for b.Loop() {
		changedWords(a, c)
	}
}
