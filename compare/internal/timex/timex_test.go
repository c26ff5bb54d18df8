package timex

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestParse(t *testing.T) {
	tests := []struct {
		value string
		want  Interval
		gran  string
	}{
		{"2007", Interval{day(2007, 1, 1), day(2008, 1, 1)}, "year"},
		{"2007-12", Interval{day(2007, 12, 1), day(2008, 1, 1)}, "month"},
		{"2006-03-02", Interval{day(2006, 3, 2), day(2006, 3, 3)}, "day"},
		{"2006-03-02T10:00", Interval{day(2006, 3, 2).Add(10 * time.Hour), day(2006, 3, 2).Add(10*time.Hour + time.Minute)}, "minute"},
		{"2006-03-02T10", Interval{day(2006, 3, 2).Add(10 * time.Hour), day(2006, 3, 2).Add(11 * time.Hour)}, "hour"},
		{"2006-03-02TNI", Interval{day(2006, 3, 2).Add(21 * time.Hour), day(2006, 3, 3).Add(6 * time.Hour)}, "part-of-day"},
		{"199", Interval{day(1990, 1, 1), day(2000, 1, 1)}, "decade"},
		{"20", Interval{day(2000, 1, 1), day(2100, 1, 1)}, "century"},
		{"2006-W09", Interval{day(2006, 2, 27), day(2006, 3, 6)}, "week"},
		{"2006-W09-WE", Interval{day(2006, 3, 4), day(2006, 3, 6)}, "weekend"},
		{"2009-W53", Interval{day(2009, 12, 28), day(2010, 1, 4)}, "week"},
		{"2006-Q1", Interval{day(2006, 1, 1), day(2006, 4, 1)}, "quarter"},
		{"2006-H2", Interval{day(2006, 7, 1), day(2007, 1, 1)}, "half"},
		{"2006-SP", Interval{day(2006, 3, 1), day(2006, 6, 1)}, "season"},
		{"2006-WI", Interval{day(2006, 12, 1), day(2007, 3, 1)}, "season"},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.value)
		if !ok {
			t.Errorf("Parse(%q) failed", tt.value)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.value, diff)
		}
		if g := Granularity(tt.value); g != tt.gran {
			t.Errorf("Granularity(%q) = %q, want %q", tt.value, g, tt.gran)
		}
	}
	for _, v := range []string{"", "P2Y", "PAST_REF", "XXXX-XX-XX", "2006-13", "2006-02-30", "2006-Q5", "2006-W54", "2009-W00", "19x", "2006-03-02T25:00", "abcd", "2006-03-02T10:61"} {
		if _, ok := Parse(v); ok {
			t.Errorf("Parse(%q) succeeded, want failure", v)
		}
	}
}

func TestContains(t *testing.T) {
	y, _ := Parse("2007")
	m, _ := Parse("2007-12")
	o, _ := Parse("2004")
	if !y.Contains(m) || m.Contains(y) {
		t.Errorf("Contains: 2007 and 2007-12 wrong: %v %v", y.Contains(m), m.Contains(y))
	}
	if o.Overlaps(m) || !y.Overlaps(m) {
		t.Errorf("Overlaps: 2004/2007-12 %v, 2007/2007-12 %v", o.Overlaps(m), y.Overlaps(m))
	}
}

func TestGranularityWords(t *testing.T) {
	for v, want := range map[string]string{"PAST_REF": "reference", "P2Y": "duration", "PXY": "", "XXXX": ""} {
		if g := Granularity(v); g != want {
			t.Errorf("Granularity(%q) = %q, want %q", v, g, want)
		}
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		v    string
		want Duration
	}{
		{"P2Y", Duration{Years: 2}},
		{"P6M", Duration{Months: 6}},
		{"P3W", Duration{Days: 21}},
		{"P1DE", Duration{Years: 10}},
		{"P1Q", Duration{Months: 3}},
		{"PT10H", Duration{Seconds: 36000}},
		{"PT1M30S", Duration{Seconds: 90}},
		{"P1Y6M", Duration{Years: 1, Months: 6}},
		{"P1DT12H", Duration{Days: 1, Seconds: 43200}},
		{"P1.5Y", Duration{Years: 1.5}},
	}
	for _, tt := range tests {
		got, ok := ParseDuration(tt.v)
		if !ok {
			t.Errorf("ParseDuration(%q) failed", tt.v)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseDuration(%q) mismatch (-want +got):\n%s", tt.v, diff)
		}
	}
	for _, v := range []string{"", "P", "PXY", "2006", "PT", "P2", "P2H", "PT2Y", "P2YT"} {
		if _, ok := ParseDuration(v); ok {
			t.Errorf("ParseDuration(%q) succeeded, want failure", v)
		}
	}
	if d, _ := ParseDuration("P2Y"); d.Approx() < 730*24*time.Hour {
		t.Errorf("ParseDuration(P2Y).Approx() = %v, want about two years", d.Approx())
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2007", "2006-W09-WE", "2006-03-02T10:00", "P1Y6M", "199", ">=PT5H"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if iv, ok := Parse(v); ok && !iv.Start.Before(iv.End) {
			t.Fatalf("Parse(%q) = %v: empty interval", v, iv)
		}
		d, ok := ParseDuration(v)
		if _, bd, bok := ParseBoundedDuration(v); ok && (!bok || bd != d) {
			t.Fatalf("ParseBoundedDuration(%q) = %v, %v; ParseDuration gives %v", v, bd, bok, d)
		}
		Granularity(v)
	})
}

func TestIsClock(t *testing.T) {
	for v, want := range map[string]bool{
		"2031-04-11T05:10": true, "2031-04-11T05": true, "2031-04-11T05:10:30": true,
		"2031-04-11TNI": false, "2031-04-11": false, "2031-04": false, "P2D": false, "": false,
	} {
		if got := IsClock(v); got != want {
			t.Errorf("IsClock(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestParseBoundedDuration(t *testing.T) {
	for _, tt := range []struct {
		v, bound string
		hours    float64
		ok       bool
	}{
		{"PT5H", "", 5, true},
		{">PT5H", ">", 5, true},
		{">=P2D", ">=", 48, true},
		{"<=PT90M", "<=", 1.5, true},
		{"<PT30M", "<", 0.5, true},
		{"~PT5H", "", 0, false},
		{">", "", 0, false},
		{"2031-04-12", "", 0, false},
	} {
		bound, d, ok := ParseBoundedDuration(tt.v)
		if ok != tt.ok || ok && (bound != tt.bound || d.Approx().Hours() != tt.hours) {
			t.Errorf("ParseBoundedDuration(%q) = %q, %v h, %v; want %q, %v h, %v", tt.v, bound, d.Approx().Hours(), ok, tt.bound, tt.hours, tt.ok)
		}
	}
}
