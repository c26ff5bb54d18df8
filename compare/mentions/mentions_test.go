package mentions

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

func TestFindTimeWinsOverlap(t *testing.T) {
	text := "The two sides last met two years ago at Geneva on Thursday."
	d := compare.NewDocument("t.txt", []byte(text))
	d.SetPublished("2010-05-06")
	ms := Find(d, []compare.Sentence{{Span: compare.Span{Start: 0, End: len(text)}}})
	var times int
	for _, m := range ms {
		if m.Kind == compare.Time {
			times++
			continue
		}
		for _, o := range ms {
			if o.Kind == compare.Time && o.Span.Overlaps(m.Span) {
				t.Errorf("Find(%q): %v mention %q overlaps time %q", text, m.Kind, d.Slice(m.Span), d.Slice(o.Span))
			}
		}
	}
	if times < 2 {
		t.Errorf("Find(%q) found %d times, want 2 (two years ago, Thursday)", text, times)
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Span.Start < ms[i-1].Span.Start {
			t.Errorf("Find(%q) not in document order at %d", text, i)
		}
	}
}

func TestOverlapsAny(t *testing.T) {
	ms := []compare.Mention{{Span: compare.Span{Start: 5, End: 10}}, {Span: compare.Span{Start: 20, End: 25}}}
	for _, tt := range []struct {
		s    compare.Span
		want bool
	}{
		{compare.Span{Start: 0, End: 5}, false},
		{compare.Span{Start: 0, End: 6}, true},
		{compare.Span{Start: 9, End: 12}, true},
		{compare.Span{Start: 10, End: 20}, false},
		{compare.Span{Start: 24, End: 30}, true},
		{compare.Span{Start: 25, End: 30}, false},
	} {
		if got := overlapsAny(ms, tt.s); got != tt.want {
			t.Errorf("overlapsAny(%v) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
