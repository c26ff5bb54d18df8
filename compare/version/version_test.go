package version

import "testing"

func TestParseConstraint(t *testing.T) {
	tests := []struct {
		in, want string
		floor    string
	}{
		{">=3.10", ">=3.10", "3.10"},
		{">=3.8,<4", ">=3.8,<4", "3.8"},
		{"^18.2", ">=18.2", "18.2"},
		{"~=3.9", ">=3.9", "3.9"},
		{"18+", ">=18", "18"},
		{"18 or later", ">=18", "18"},
		{"1.65 and up", ">=1.65", "1.65"},
		{"3.8 to 3.11", ">=3.8,<=3.11", "3.8"},
		{"v22.12.0", "==22.12.0", "22.12.0"},
		{"==3.9.*", "==3.9", "3.9"},
		{">=16 <21", ">=16,<21", "16"},
		{"14.x || >=16", ">=14", "14"},
		{">3", ">3", "3"},
	}
	for _, tt := range tests {
		c, err := ParseConstraint(tt.in)
		if err != nil {
			t.Errorf("ParseConstraint(%q): %v", tt.in, err)
			continue
		}
		if got := c.String(); got != tt.want {
			t.Errorf("ParseConstraint(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if f, _ := c.Floor(); f.String() != tt.floor {
			t.Errorf("ParseConstraint(%q).Floor() = %s, want %s", tt.in, f, tt.floor)
		}
	}
	for _, bad := range []string{"", "*", "latest", "3.a", ">= soon", "1.2.3.4.5", "18, 20, 22"} {
		if c, err := ParseConstraint(bad); err == nil {
			t.Errorf("ParseConstraint(%q) = %s, want an error", bad, c)
		}
	}
}

func TestAllows(t *testing.T) {
	tests := []struct {
		c, v string
		want bool
	}{
		{">=18", "18.19.0", true},
		{">=18", "16", false},
		{">=22.12", "22.12.0", true},
		{">=3.8,<=3.11", "3.11.4", true},
		{">=3.8,<=3.11", "3.12", false},
		{">=3.8,<4", "4.0", false},
		{"3", "3.15.0", true},
		{"3", "4.0.0", false},
	}
	for _, tt := range tests {
		c, err := ParseConstraint(tt.c)
		if err != nil {
			t.Fatal(err)
		}
		v, err := Parse(tt.v)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Allows(v); got != tt.want {
			t.Errorf("ParseConstraint(%q).Allows(%s) = %v, want %v", tt.c, tt.v, got, tt.want)
		}
	}
}

func TestSamePrefix(t *testing.T) {
	v := func(s string) Version { x, _ := Parse(s); return x }
	if !SamePrefix(v("22"), v("22.12")) || SamePrefix(v("1.65"), v("1.73")) || SamePrefix(v("3.8"), v("3.9")) {
		t.Error("SamePrefix mismatch")
	}
}

func FuzzParseConstraint(f *testing.F) {
	for _, s := range []string{">=3.10", "18+", "3.8 to 3.11", "^1.2 || 2.x", "v1.2.3-rc1", "!=3.0", "<4,>=3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseConstraint(s)
		if err != nil {
			return
		}
		// What is printed reads back as the same range.
		back, err := ParseConstraint(c.String())
		if c.String() == "*" {
			return
		}
		if err != nil {
			t.Fatalf("ParseConstraint(%q) = %q, which does not read back: %v", s, c, err)
		}
		if back.String() != c.String() {
			t.Fatalf("ParseConstraint(%q) = %q, read back as %q", s, c, back)
		}
	})
}
