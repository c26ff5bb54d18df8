package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/align"
)

// BenchmarkCompare measures the whole pipeline on copies of the example
// articles, to show cost growing close to linearly with the documents.
func BenchmarkCompare(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/haiti-quake/*.txt")
	if len(files) == 0 {
		b.Skip("no example articles under testdata/haiti-quake")
	}
	for _, n := range []int{3, 30, 300} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			var size int64
			for i := range n {
				data, err := os.ReadFile(files[i%len(files)])
				if err != nil {
					b.Fatal(err)
				}
				size += int64(len(data))
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), data, 0o644); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Compare(context.Background(), []string{dir}, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAlign measures alignment alone on the claims of many documents.
func BenchmarkAlign(b *testing.B) {
	xs, err := Extract(context.Background(), []string{"../../testdata/haiti-quake"}, Options{})
	if err != nil || len(xs) == 0 {
		b.Skip("no example articles under testdata/haiti-quake")
	}
	for _, n := range []int{10, 100, 1000} {
		var cs []compare.Claim
		for i := range n {
			for _, c := range xs[i%len(xs)].Claims {
				c.Doc = fmt.Sprintf("d%d", i)
				cs = append(cs, c)
			}
		}
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				align.Group(cs)
			}
		})
	}
}
