package eval

import (
	"encoding/json"
	"math/rand/v2"
	"os/exec"
	"strings"
	"testing"
)

// The expected ratios were computed with Python 3.11's
// difflib.SequenceMatcher(None, a, b).ratio() on these strings.
var ratioTests = []struct {
	a, b string
	want float64
}{
	{"", "", 1.0},
	{"abc", "", 0.0},
	{"", "abc", 0.0},
	{"abc", "abc", 1.0},
	{"park min ho", "park min-ho", 0.9090909090909091},
	{"chongju", "cheongju ferry terminal", 0.4666666666666667},
	{"abcd", "bcde", 0.75},
	{"qabxcd", "abycdf", 0.6666666666666666},
	{"private volunteers", "private volunteer", 0.9714285714285714},
	{"the cat sat on the mat", "a dog lay on a rug", 0.35},
	{strings.Repeat("ab", 5), strings.Repeat("ba", 5), 0.9},
	{"aaaa", "aa", 0.6666666666666666},
	{"abab", "baba", 0.75},
	{"north korea", "the north", 0.5},
	{"café", "cafe", 0.75},
	{"日本語", "日本", 0.8},
	// b of 200 elements or more: autojunk drops its popular elements.
	{"the river", "the " + strings.Repeat("river ", 40), 0.07114624505928854},
	{strings.Repeat("x", 10), strings.Repeat("xy", 120), 0.008},
	{"northern rail board", strings.Repeat("the northern rail board raised its fares ", 6), 0.0},
	{strings.Repeat("abc", 70), strings.Repeat("abc", 70), 1.0},
	{strings.Repeat("a", 250), strings.Repeat("a", 250), 1.0},
	{"ab", strings.Repeat("a", 300) + "b", 0.013201320132013201},
}

func TestRatio(t *testing.T) {
	for _, tt := range ratioTests {
		if got := ratio(tt.a, tt.b); got != tt.want {
			t.Errorf("ratio(%.30q, %.30q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestRatioPython compares ratio with Python's difflib on random strings
// over small alphabets, where ties between blocks and popular elements
// are common.
func TestRatioPython(t *testing.T) {
	if testing.Short() {
		t.Skip("runs python3")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		alpha := []rune("ab cdé")[:2+rng.IntN(5)]
		n := rng.IntN(260)
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alpha[rng.IntN(len(alpha))]
		}
		return string(rs)
	}
	var in [][2]string
	for range 200 {
		in = append(in, [2]string{word(), word()})
	}
	data, _ := json.Marshal(in)
	cmd := exec.Command(py, "-c", `import sys, json, difflib
print(json.dumps([difflib.SequenceMatcher(None, a, b).ratio() for a, b in json.load(sys.stdin)]))`)
	cmd.Stdin = strings.NewReader(string(data))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 difflib: %v", err)
	}
	var want []float64
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("python3 output: %v", err)
	}
	for i, p := range in {
		if got := ratio(p[0], p[1]); got != want[i] {
			t.Errorf("ratio(%q, %q) = %v, Python says %v", p[0], p[1], got, want[i])
		}
	}
}

func TestNorm(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"  The  Blue\tHouse\n", "the blue house"},
		{"\u201cSix\u201d killed\u2019s", `"six" killed's`},
		{"a\u00a0b\u2003c\x1fd", "a b c d"}, // Unicode and Python-only spaces
		{"\u0130stanbul", "i\u0307stanbul"},
		{"ΟΔΟΣ ΟΔΟΣ", "οδος οδος"},
		{"ΟΔΟΣ.", "οδος."},
	} {
		if got := norm(tt.in); got != tt.want {
			t.Errorf("norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFirstNumber(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"40 (almost)", "40", true},
		{"0.50-1.50 percent", "0.50", true},
		{"2005-11-18", "2005", true},
		{"about 30 years", "30", true},
		{"12.", "12", true},
		{"v.5.6", "5.6", true},
		{"٣٠ killed", "٣٠", true}, // Arabic-Indic digits are \d to Python
		{"Panmunjom", "", false},
	} {
		got, ok := firstNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("firstNumber(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestContainsNumber(t *testing.T) {
	for _, tt := range []struct {
		s, n string
		want bool
	}{
		{"40 About 40", "40", true},
		{"400 400 dead", "40", false},
		{"1.40 1.40", "40", false}, // after a point: a decimal part
		{"140 and 40", "40", true}, // the second occurrence stands alone
		{"2004", "2004", true},
		{"2004-12", "2004", true},
		{"P2Y two years", "2", true},
		{"12.5", "12", true}, // a point after is allowed, as in corpus.py
		{"", "1", false},
	} {
		if got := containsNumber(tt.s, tt.n); got != tt.want {
			t.Errorf("containsNumber(%q, %q) = %v, want %v", tt.s, tt.n, got, tt.want)
		}
	}
}

// The expected strings are str() of what Python 3.11's yaml.safe_load
// (PyYAML 6.0.3) makes of "v: " + in.
func TestResolvePlain(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		isStr    bool
	}{
		{"1.50", "1.5", false},
		{"yes", "True", false},
		{"No", "False", false},
		{"on", "True", false},
		{"1:30", "90", false},
		{"017", "15", false},
		{"0x1F", "31", false},
		{"0b101", "5", false},
		{"1_000", "1000", false},
		{"~", "None", false},
		{"null", "None", false},
		{"", "None", false},
		{"2005-11-18", "2005-11-18", false},
		{"2005-11-18 10:00:00", "2005-11-18 10:00:00", false},
		{"2005-11-18T10:00:00.5Z", "2005-11-18 10:00:00.500000+00:00", false},
		{"2005-11-18 10:00:00 -05:00", "2005-11-18 10:00:00-05:00", false},
		{"1e3", "1e3", true},
		{"1.0e+3", "1000.0", false},
		{".inf", "inf", false},
		{"-.Inf", "-inf", false},
		{".nan", "nan", false},
		{"+12", "12", false},
		{"-0", "0", false},
		{"190:20:30.15", "685230.15", false},
		{"2005-1-8 1:02:03", "2005-01-08 01:02:03", false},
		{"text", "text", true},
		{"12 dead", "12 dead", true},
		{"3.0", "3.0", false},
	} {
		got, isStr := resolvePlain(tt.in)
		if got != tt.want || isStr != tt.isStr {
			t.Errorf("resolvePlain(%q) = %q, %v, want %q, %v", tt.in, got, isStr, tt.want, tt.isStr)
		}
	}
}

func TestRound3(t *testing.T) {
	for _, tt := range []struct{ in, want float64 }{
		{2.0 / 3, 0.667},
		{0.0005, 0.001}, // 0.0005 is a little above its decimal in binary
		{0.0015, 0.002}, // so is 0.0015
		{0.1235, 0.123}, // but 0.1235 is a little below
		{1, 1},
		{0, 0},
	} {
		if got := round3(tt.in); got != tt.want {
			t.Errorf("round3(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPyFloat(t *testing.T) {
	for _, tt := range []struct {
		in   float64
		want string
	}{{1, "1.0"}, {0, "0.0"}, {0.857, "0.857"}, {1e16, "1e+16"}, {1.5e-05, "1.5e-05"}, {0.0001, "0.0001"}} {
		if got := pyFloat(tt.in); got != tt.want {
			t.Errorf("pyFloat(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNumeric(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"A girl is painting a fence", false},
		{"Two horses are grazing", true},
		{"Someone is peeling a lemon", false}, // "one" inside words
		{"A TEN-year-old boy", true},
		{"often tendon", false},
		{"one", true},
		{"the_one", false}, // underscore is a word character
		{"über-million", true},
		{"a ٣ b", true},
		{"billions", false},
	} {
		if got := numeric(tt.in); got != tt.want {
			t.Errorf("numeric(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
