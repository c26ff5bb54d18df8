//go:build amd64 && !purego

package syntax

import "golang.org/x/sys/cpu"

// useVector is set where sumDenseRows has vector code: AVX2 adds sixteen
// classes' weights in one instruction.
var useVector = cpu.X86.HasAVX2

// vectorLanes is the length in words of the dense runs sumDenseRows
// reads: seven 16-byte blocks, 112 classes, which the tagger's and the
// parser's 102 and 103 classes fit.
const vectorLanes = 14

// sumDenseRows adds to sums, for each offset in starts, the 112 bytes
// of the dense runs at that many bytes past base, each byte a 16-bit
// field. base must hold a whole run at every offset, and no more than
// maxDenseSums runs may be added before sums is read.
//
//go:noescape
func sumDenseRows(base *uint64, starts []uint32, sums *[vectorLanes * 8]uint16)
