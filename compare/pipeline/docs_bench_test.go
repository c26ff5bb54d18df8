package pipeline

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// docsPage writes the i-th page of a made-up project's documentation: a
// heading, prose with a requirement and a port, a settings table, a code
// block and links; every 97th page is stale.
func docsPage(i int) string {
	node := 20
	if i%97 == 0 {
		node = 18
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Topic %d\n\nThis page explains part %d of the tool. It needs Node.js %d or later and", i, i, node)
	fmt.Fprintf(&b, " serves its dashboard on http://localhost:%d by default.\n\n", 8000+i%3)
	b.WriteString("## Settings\n\n| Option | Meaning | Default |\n|---|---|---|\n")
	for k := range 6 {
		fmt.Fprintf(&b, "| `option_%d_%d` | what option %d does | %d |\n", i%50, k, k, 10*k+i%7)
	}
	fmt.Fprintf(&b, "\nSet `TOOL_PAGE_%d_DIR` in the environment to move the cache.\n\n", i%40)
	b.WriteString("```sh\nnpm install tool\nexport TOOL_HOME=/opt/tool\n```\n\n")
	for p := range 8 {
		fmt.Fprintf(&b, "Paragraph %d says more about the topic, with words that carry no fact at all, as most of a page does.\n\n", p)
	}
	b.WriteString("See https://github.com/example/tool and https://tool.readthedocs.io/en/latest/ for more.\n")
	return b.String()
}

// BenchmarkCompareDocs measures docs mode on a project folder of n
// Markdown pages and a package.json (the target: 2,000 pages in under
// 10 seconds).
func BenchmarkCompareDocs(b *testing.B) {
	for _, n := range []int{20, 200, 2000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			files := map[string]string{"package.json": `{"name": "tool", "engines": {"node": ">=20"}}`}
			for i := range n {
				files[fmt.Sprintf("docs/s%02d/page%04d.md", i%20, i)] = docsPage(i)
			}
			b.SetBytes(writeTree(b, dir, files))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Compare(context.Background(), []string{dir}, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
