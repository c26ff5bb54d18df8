//go:build !amd64 || purego

package syntax

// useVector is false where sumDenseRows has no vector code.
var useVector = false

const vectorLanes = 14

func sumDenseRows(base *uint64, starts []uint32, sums *[vectorLanes * 8]uint16) {
	panic("syntax: no vector code on this platform")
}
