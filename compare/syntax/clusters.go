package syntax

import (
	"bufio"
	"bytes"
	_ "embed"
	"github.com/klauspost/compress/gzip"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./internal/genclusters -o data/clusters.txt.gz

// clusterData maps lower-cased words to their GloVe word-class path
// (see internal/genclusters): 16 × 16 × 8 classes.
//
//go:embed data/clusters.txt.gz
var clusterData []byte

const noCluster = 1 << 12 // a path no word has: unknown words

var (
	clusterOnce sync.Once
	clusterMap  map[string]uint16
)

func clusters() map[string]uint16 {
	clusterOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(clusterData))
		if err != nil {
			panic("syntax: embedded word classes: " + err.Error()) // a build error, not input
		}
		m := make(map[string]uint16, 100000)
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			w, p, ok := strings.Cut(line, "\t")
			if !ok {
				continue
			}
			n, err := strconv.Atoi(p)
			if err != nil {
				continue
			}
			m[w] = uint16(n)
		}
		clusterMap = m
	})
	return clusterMap
}

// clusterOf returns the class path of a lower-cased word, or noCluster.
func clusterOf(lower string) uint16 {
	if c, ok := clusters()[lower]; ok {
		return c
	}
	return noCluster
}
