package ingest

import (
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	seeds := []string{
		"Dam Opens\nMarch 2, 2006\nThe dam opened.\n",
		"DAILY PLANET\n\n05/05/2024 05:36:25 am\n\nMake DP Your Homepage\n\nRoof Repaired\n\nIt was fixed in 2008.\n",
		"---\ntitle: Dam\ndate: 2006-03-02\n---\n# Dam *Opens*\n\n- [link](http://x.org) `code` <b>x</b>\n",
		"```\nfenced\n", "<!-- open comment\n", "| a | b |\n|---|---|\n", "\uFEFF# Café\r\n> quote\r\n",
		"Like Us on Facebook\n(Photo : Wire) caption\n© 2006\n",
		"---\n- a\n---\n", "x\x00y", "\xff",
	}
	for _, s := range seeds {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		path := "in.txt"
		if md {
			path = "in.md"
		}
		d, err := Parse(path, data, Options{})
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("Parse(%q) error has several lines: %q", data, err)
			}
			return
		}
		if string(d.Text) != string(data) {
			t.Fatalf("Parse(%q) changed Text", data)
		}
		checkInvariants(t, d)
	})
}

func BenchmarkParse(b *testing.B) {
	para := "North and South Korean generals met at a truce village on Thursday, the agency said. " +
		"Similar talks were last held in December 2007, officials said.\n\n"
	text := []byte("Generals Meet at Truce Village\nCAPITAL, Dec 3, 2005 (Wire)\n\n" + strings.Repeat(para, 200) + "Like Us on Facebook\n")
	for _, path := range []string{"a.txt", "a.md"} {
		b.Run(path, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(path, text, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
