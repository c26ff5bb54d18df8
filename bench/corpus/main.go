// Command corpus writes a benchmark corpus of N news articles retold from
// the wire stories in ../shared/news, with a fixed seed so that every run
// of the benchmark reads the same bytes (see bench/retell).
//
//	go run ./bench/corpus -n 10000 -seed 1 -out /tmp/news10k
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/claimdiff/claimdiff/bench/retell"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Uint64("seed", 1, "random seed")
	src := flag.String("src", "../shared/news", "folder of source stories (.txt)")
	out := flag.String("out", "", "folder to write the articles to (created; must not exist)")
	flag.Parse()
	if *out == "" || *n < 1 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: corpus -n N [-seed S] [-src DIR] -out DIR")
		os.Exit(2)
	}
	size, err := retell.Write(*n, *seed, *src, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "corpus: %d articles, %d bytes in %s\n", *n, size, *out)
}
