package syntax

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/segment"
)

// benchText is prose written for the benchmark, of the kinds claimdiff
// reads: a news report with numbers, names and reported speech.
const benchText = `The storm that struck the coast on Sunday killed at least 14 people and
left more than 20,000 homes without power, officials said on Monday. The
regional governor, Ana Ruiz, told reporters that rescue teams were still
searching for nine fishermen whose boat did not return. "We have never seen
water rise this fast," she said. According to the weather service, the river
rose 3.2 meters in six hours before it burst its banks near the old bridge.
Schools will stay closed until Thursday, and the army has sent 400 soldiers
to help clear the roads, the defence ministry said in a statement.`

// BenchmarkAnalyze measures tagging and parsing alone, in words per
// second, on sentences already split into words (the pipeline's mode),
// without the cache of sentences seen.
func BenchmarkAnalyze(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	d := compare.NewDocument("b.txt", []byte(benchText))
	var sents [][]string
	words := 0
	for _, s := range segment.Sentences(d) {
		var forms []string
		for _, w := range Words(d.Plain(), s.Tokens) {
			forms = append(forms, d.Slice(w))
		}
		sents = append(sents, forms)
		words += len(forms)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, f := range sents {
			m.analyze(f) // not AnalyzeInto, whose cache would answer every repeat
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkParse measures the pipeline's syntax stage: words, tags,
// lemmas and trees for a document's sentences. The text repeats one
// paragraph, so after the first pass the cache of sentences seen answers:
// this measures the stage around the model.
func BenchmarkParse(b *testing.B) {
	if _, err := Default(); err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(benchText+"\n\n", 20)
	d := compare.NewDocument("b.txt", []byte(text))
	ss := segment.Sentences(d)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(d, ss)
	}
}

// BenchmarkLoad measures reading the embedded model, paid once per run.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadModel(strings.NewReader(string(modelData))); err != nil {
			b.Fatal(err)
		}
	}
}
