package compare

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		precision Precision
		y, m, d   int
		start     string // Time() as YYYY-MM-DD
	}{
		{"", DateUnknown, 0, 0, 0, ""},
		{"2006", DateYear, 2006, 0, 0, "2006-01-01"},
		{"2006-03", DateMonth, 2006, 3, 0, "2006-03-01"},
		{"2006-03-02", DateDay, 2006, 3, 2, "2006-03-02"},
		{"2004-02-29", DateDay, 2004, 2, 29, "2004-02-29"},
		{"0000", DateYear, 0, 0, 0, "0000-01-01"},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if got.Precision() != tt.precision || got.Year() != tt.y || got.Month() != tt.m || got.Day() != tt.d {
			t.Errorf("ParseDate(%q) = %d %d-%d-%d, want %d %d-%d-%d", tt.in,
				got.Precision(), got.Year(), got.Month(), got.Day(), tt.precision, tt.y, tt.m, tt.d)
		}
		if again, _ := ParseDate(tt.in); !got.Equal(again) {
			t.Errorf("ParseDate(%q) twice: %v and %v are not Equal", tt.in, got, again)
		}
		if tt.in != "" && got.Equal(Date{}) {
			t.Errorf("ParseDate(%q) is Equal to the unknown Date", tt.in)
		}
		if s := got.String(); s != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, s)
		}
		start := ""
		if !got.Time().IsZero() {
			start = got.Time().Format(time.DateOnly)
		}
		if start != tt.start || got.IsZero() != (tt.in == "") {
			t.Errorf("ParseDate(%q).Time() = %q, IsZero %v; want %q", tt.in, start, got.IsZero(), tt.start)
		}
	}
	for _, bad := range []string{"06", "20O6", "2006-3", "2006-13", "2006-00", "2006/03", "2006-03-2",
		"2006-02-29", "2006-04-31", "2006-03-00", "2006-03-02T10:00", " 2006", "+006", "2006-+3"} {
		if d, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", bad, d)
		}
	}
}

// TestSetPublished checks that a string that is no date is kept for
// display while the date stays unknown.
func TestSetPublished(t *testing.T) {
	d := NewDocument("a.txt", []byte("text"))
	if err := d.SetPublished("2006-03-02"); err != nil || d.Published != "2006-03-02" || d.PublishedDate.Day() != 2 {
		t.Fatalf("SetPublished(2006-03-02): %v, %q %v", err, d.Published, d.PublishedDate)
	}
	if err := d.SetPublished("March 2006"); err == nil || d.Published != "March 2006" || !d.PublishedDate.IsZero() {
		t.Fatalf("SetPublished(March 2006): %v, %q %v", err, d.Published, d.PublishedDate)
	}
}

// FuzzParseDate checks ParseDate against time.Parse, which reads the same
// three layouts, and that a date writes back as it was read.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"", "2006", "2006-03", "2006-03-02", "2006-02-30", "2006-13", "2006-3-02", "٢٠٠٦"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		var want time.Time
		wantOK := s == ""
		for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
			if len(s) == len(layout) {
				var perr error
				want, perr = time.Parse(layout, s)
				// time.Parse takes a sign or space in places; a date here is digits only.
				wantOK = perr == nil && digitsAndDashes(s)
			}
		}
		if (err == nil) != wantOK {
			t.Fatalf("ParseDate(%q) error %v; time.Parse agrees: %v", s, err, wantOK)
		}
		if err != nil || s == "" {
			return
		}
		if d.String() != s || !d.Time().Equal(want) {
			t.Fatalf("ParseDate(%q) = %q at %v, want %v", s, d.String(), d.Time(), want)
		}
	})
}

func digitsAndDashes(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && !(s[i] == '-' && (i == 4 || i == 7)) {
			return false
		}
	}
	return true
}

// TestDateEqualPrecision checks that a month is not its first day,
// though both start at the same time.
func TestDateEqualPrecision(t *testing.T) {
	month, _ := ParseDate("2006-03")
	day, _ := ParseDate("2006-03-01")
	if month.Equal(day) || !month.Time().Equal(day.Time()) {
		t.Errorf("2006-03 Equal 2006-03-01: %v; same start: %v", month.Equal(day), month.Time().Equal(day.Time()))
	}
}
