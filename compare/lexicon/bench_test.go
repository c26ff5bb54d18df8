package lexicon

import (
	"runtime"
	"testing"
)

// benchWords is a sentence's worth of words as a parser tags them.
var benchWords = []struct {
	word string
	pos  POS
}{
	{"soldiers", Noun}, {"killed", Verb}, {"at", Noun}, {"least", Adj}, {"twelve", Noun},
	{"civilians", Noun}, {"in", Noun}, {"the", Noun}, {"attack", Noun}, {"on", Noun},
	{"Tuesday", Noun}, {"officials", Noun}, {"said", Verb}, {"meetings", Noun},
	{"elected", Verb}, {"went", Verb}, {"biggest", Adj}, {"xyzzy", Noun},
}

// BenchmarkBaseline is one table probe per word: the floor any lookup pays.
func BenchmarkBaseline(b *testing.B) {
	m := tbl().lemmaID
	benchEachWord(b, func(w string, _ POS) { _, _ = m.Get(w) })
}

// benchEachWord runs lookup on every word of benchWords per iteration.
func benchEachWord(b *testing.B, lookup func(string, POS)) {
	tbl()
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range benchWords {
			lookup(w.word, w.pos)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchWords)), "ns/word")
}

func BenchmarkLemma(b *testing.B) {
	benchEachWord(b, func(w string, p POS) { Lemma(w, p) })
}

func BenchmarkClasses(b *testing.B) {
	benchEachWord(b, func(w string, p POS) { Classes(w, p) })
}

func BenchmarkIsA(b *testing.B) {
	tbl()
	b.ReportAllocs()
	for b.Loop() {
		IsA("massacre", Noun, "killing")
		IsA("bank", Noun, "vehicle")
	}
}

func BenchmarkPartOf(b *testing.B) {
	tbl()
	b.ReportAllocs()
	for b.Loop() {
		PartOf("soldiers", "army")
		PartOf("bank", "army")
	}
}

// BenchmarkLoad decodes the embedded table and resolves the classes, as
// the first lookup does; heap-MB is what the table keeps after a GC.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(wordnetTable)))
	var kept *table
	for b.Loop() {
		t, err := decode(wordnetTable)
		if err != nil {
			b.Fatal(err)
		}
		if err := t.resolveClasses(classesFile); err != nil {
			b.Fatal(err)
		}
		kept = t
	}
	var before, after runtime.MemStats
	kept = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	kept, _ = decode(wordnetTable)
	_ = kept.resolveClasses(classesFile)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(kept)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
}
