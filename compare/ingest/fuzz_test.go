package ingest

import (
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	seeds := []string{
		"Dam Opens\nMarch 2, 2006\nThe dam opened.\n",
		"DAILY PLANET\n\n07/08/2023 09:14:52 pm\n\nMake DP Your Homepage\n\nRoof Repaired\n\nIt was fixed in 2008.\n",
		"---\ntitle: Dam\ndate: 2006-03-02\n---\n# Dam *Opens*\n\n- [link](http://x.org) `code` <b>x</b>\n",
		"```\nfenced\n", "<!-- open comment\n", "| a | b |\n|---|---|\n", "\uFEFF# Café\r\n> quote\r\n",
		"Like Us on Instagram\n(Photo : Wire) caption\n© 2006\n",
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
	para := "Union and port negotiators met at a hotel by the harbour on Thursday, the agency said. " +
		"Such talks last took place in March 2011, officials said.\n\n"
	text := []byte("Negotiators Meet by the Harbour\nCAPITAL, Aug 4, 2017 (Wire)\n\n" + strings.Repeat(para, 200) + "Like Us on Instagram\n")
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
