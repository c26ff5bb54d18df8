package mentions

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// levenshtein is the textbook edit distance, the reference for withinEdits.
func levenshtein(x, y string) int {
	a, b := []rune(x), []rune(y)
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)]
}

// randomWord draws from few letters, so that close words are common.
func randomWord(r *rand.Rand) string {
	letters := []rune("abcdeé")
	w := make([]rune, r.IntN(12))
	for i := range w {
		w[i] = letters[r.IntN(len(letters))]
	}
	return string(w)
}

func TestWithinEdits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		x := randomWord(r)
		y := []rune(x)
		for range r.IntN(4) { // a few random edits
			if p := r.IntN(len(y) + 1); r.IntN(2) == 0 || p == len(y) {
				y = append(y[:p], append([]rune{'a' + rune(r.IntN(5))}, y[p:]...)...)
			} else {
				y = append(y[:p], y[p+1:]...)
			}
		}
		for k := range 4 {
			if got, want := withinEdits(x, string(y), k), levenshtein(x, string(y)) <= k; got != want {
				t.Fatalf("withinEdits(%q, %q, %d) = %v, want %v", x, string(y), k, got, want)
			}
		}
	}
}

// TestSpellingVariantMatchesDiff: the cheap test in front of the diff
// changes no answer.
func TestSpellingVariantMatchesDiff(t *testing.T) {
	byDiff := func(x, y string) bool {
		n := min(utf8.RuneCountInString(x), utf8.RuneCountInString(y))
		if n < 6 || n > 64 {
			return false
		}
		d := dmp.DiffLevenshtein(dmp.DiffMain(x, y, false))
		return d <= 1 || n >= 9 && d <= 2
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		x, y := randomWord(r)+randomWord(r), randomWord(r)+randomWord(r)
		if r.IntN(2) == 0 {
			y = x[:len(x)/2] + "b" + x[len(x)/2:]
		}
		if got, want := spellingVariant(x, y), byDiff(x, y); got != want {
			t.Fatalf("spellingVariant(%q, %q) = %v, want %v", x, y, got, want)
		}
	}
}

func TestPreparedNameSame(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Panmunjom", "Panmunjeom", true},
		{"Kim Jong Il", "Kim Jong Un", false},
		{"Mahmoud Abbas", "Mahmud Abbas", true},
		{"the United Nations", "United Nations", true},
		{"Halloway", "Brickell", false},
	} {
		if got := PrepareName(tt.a).Same(PrepareName(tt.b)); got != tt.want {
			t.Errorf("PrepareName(%q).Same(PrepareName(%q)) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := SameName(tt.a, tt.b); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
