package syntax

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
)

// A perceptron scores classes by summing, over the features of a decision,
// the weights each feature holds for each class. Features are 64-bit
// hashes; a feature keeps weights only for the classes it was trained
// against, which keeps both the table and the scoring loop small.

// weight is one class's weight under a feature, quantised to 8 bits: two
// bytes a weight keep the tables small enough for the caches, for a loss
// under 0.1 point of tagging or parsing accuracy on the treebank's dev set.
type weight struct {
	class uint8
	w     int8
}

// perceptron is a trained, frozen model: an open-addressing table from
// feature hash to the run of weights it holds.
type perceptron struct {
	classes int
	slots   []slot
	n       int      // features held
	weights []weight // from index 1: index 0 holds a zero weight
	// dense holds the runs of the features with the most weights, which
	// are also the features met most often (the bias, a tag alone), as
	// four classes in each word (see denseRun); a slot whose run has
	// length 0 points here.
	dense []uint64
	scale float32 // weight = w * scale
	// keys are the full hashes of the features, in the order added, kept
	// by freeze so that a trained model can be written; nil once read.
	keys []uint64
}

// slot is one entry of the table, eight bytes so that the table stays
// small enough for the processor's caches, where parsing speed is won: a
// 32-bit fingerprint of the feature's hash (its place in the table holds
// other bits of it) and its run of weights.
type slot struct {
	fp  uint32 // 0 marks an empty slot; fingerprint never gives 0
	run uint32 // start<<8 | length into weights; length 0: start*lanes into dense
}

// fingerprint is the part of a feature hash a slot keeps: its low bits,
// where home takes its high ones.
func fingerprint(k uint64) uint32 { return uint32(k) | 1 }

// home is where in a table of mask+1 slots a feature's probe starts: the
// top bits of its hash (already mixed, see mix), so that features taken in
// the order of their hashes, as a model file holds them, fill the table
// from its start to its end (see features.build).
func home(k, mask uint64) uint64 { return k >> (bits.LeadingZeros64(mask) & 63) & mask }

// maxWeights bounds the weights of one table: a run's start has 24 bits.
const maxWeights = 1 << 24

// key makes sure a feature hash is never the empty-slot marker.
func key(h uint64) uint64 { return h | 1 }

// lookup returns the weights of feature h, for writing a trained model;
// a model read from a file, which cannot be written again, keeps some
// runs only in dense form, where lookup does not see them.
func (p *perceptron) lookup(h uint64) []weight {
	k := key(h)
	fp := fingerprint(k)
	mask := uint64(len(p.slots) - 1)
	for i := home(k, mask); ; i = (i + 1) & mask {
		switch s := p.slots[i]; s.fp {
		case fp:
			return p.weights[s.run>>8 : s.run>>8+s.run&0xff]
		case 0:
			return nil
		}
	}
}

// score adds the weights of feats into scores, which it clears first.
//
// The tables are larger than the processor's caches, so scoring waits on
// memory, and on branches it cannot predict (does this feature sit in its
// home slot? is its run dense?). It works in passes so that the loads of
// one pass do not depend on each other and the processor can have many
// in flight, and sorts the features into lists without branching, so
// that each later pass loops over the features it concerns: first every
// feature's home slot; then the probe runs of the features that collided
// there; then the first weight of every sparse run (a feature missing
// from the table reads the zero weight at index 0); then the rest of the
// runs longer than one; then the dense runs, the most weights and the
// features most met, added four classes at a time (see denseRun).
// Scores are integers, so the order of the additions does not change
// them.
func (p *perceptron) score(feats []uint64, scores []int32) {
	clear(scores)
	var buf [maxFeatures]slot
	var walkBuf, tailBuf, denseBuf [maxFeatures]uint16
	slots, walks, tails, dense := buf[:], walkBuf[:], tailBuf[:], denseBuf[:]
	if len(feats) > maxFeatures {
		if len(feats) > 1<<16 {
			panic("syntax: more features in one decision than 16 bits number")
		}
		slots = make([]slot, len(feats))
		walks, tails, dense = make([]uint16, len(feats)), make([]uint16, len(feats)), make([]uint16, len(feats))
	}
	slots = slots[:len(feats)]
	p.homes(feats, slots)
	walks = collisions(feats, slots, walks)
	p.walk(feats, slots, walks)
	tails, dense = p.firstWeights(slots, scores, tails, dense)
	for _, j := range tails {
		s := slots[j]
		addSparse(scores, p.weights[s.run>>8+1:s.run>>8+s.run&0xff])
	}
	p.addDenseRuns(slots, dense, scores)
}

// homes reads the home slot of each feature.
func (p *perceptron) homes(feats []uint64, slots []slot) {
	mask := uint64(len(p.slots) - 1)
	slots = slots[:len(feats)]
	for j, f := range feats {
		slots[j] = p.slots[home(key(f), mask)]
	}
}

// collisions lists the features whose home slot holds another feature,
// and points the run of each feature not at home to the zero weight.
func collisions(feats []uint64, slots []slot, walks []uint16) []uint16 {
	n := 0
	slots = slots[:len(feats)]
	for j, f := range feats {
		s := &slots[j]
		fp := fingerprint(key(f))
		walks[n] = uint16(j)
		n += b2i(s.fp != fp) & b2i(s.fp != 0)
		s.run = pick(s.fp == fp, s.run, 1) // 1: the zero weight
	}
	return walks[:n]
}

// walk looks for the features of walks along their probe runs.
func (p *perceptron) walk(feats []uint64, slots []slot, walks []uint16) {
	mask := uint64(len(p.slots) - 1)
	for _, j := range walks {
		k := key(feats[j])
		fp := fingerprint(k)
		for i := (home(k, mask) + 1) & mask; p.slots[i].fp != 0; i = (i + 1) & mask {
			if p.slots[i].fp == fp {
				slots[j].run = p.slots[i].run
				break
			}
		}
	}
}

// firstWeights adds the first weight of each sparse run, and lists the
// runs longer than one and the dense runs.
func (p *perceptron) firstWeights(slots []slot, scores []int32, tails, dense []uint16) ([]uint16, []uint16) {
	weights := p.weights
	nt, nd := 0, 0
	for j, s := range slots {
		n := s.run & 0xff
		w := weights[pick(n != 0, s.run>>8, 0)]
		scores[w.class] += int32(w.w)
		tails[nt], dense[nd] = uint16(j), uint16(j)
		nt += b2i(n > 1)
		nd += b2i(n == 0)
	}
	return tails[:nt], dense[:nd]
}

// addDenseRuns adds the dense runs of the features of dense.
func (p *perceptron) addDenseRuns(slots []slot, dense []uint16, scores []int32) {
	if len(dense) == 0 {
		return
	}
	lanes := denseLanes(p.classes)
	if useVector && lanes == vectorLanes {
		var startBuf [maxFeatures]uint32
		starts := startBuf[:0]
		if len(dense) > maxFeatures {
			starts = make([]uint32, 0, len(dense))
		}
		for _, j := range dense {
			starts = append(starts, slots[j].run>>8*vectorLanes*8) // in bytes
		}
		for len(starts) > 0 {
			n := min(len(starts), maxDenseSums)
			var sums [vectorLanes * 8]uint16
			sumDenseRows(&p.dense[0], starts[:n], &sums)
			for c := range scores {
				scores[c] += int32(sums[c]) - int32(n*denseBias)
			}
			starts = starts[n:]
		}
		return
	}
	var even, odd [256 / 8]uint64
	evens, odds := even[:lanes], odd[:lanes]
	added := 0 // dense runs in the sums
	for _, j := range dense {
		start := int(slots[j].run>>8) * lanes
		addDense(evens, odds, p.dense[start:start+lanes])
		if added++; added == maxDenseSums {
			unpackDense(scores, evens, odds, added)
			clear(evens)
			clear(odds)
			added = 0
		}
	}
	unpackDense(scores, evens, odds, added)
}

// b2i is 1 for true, 0 for false, which the compiler makes without a
// branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pick is a if c, else b, which the compiler makes without a branch.
func pick(c bool, a, b uint32) uint32 {
	if c {
		return a
	}
	return b
}

// Dense runs. A dense run holds a weight for every class, as w+128 (so
// from 0 to 255) in a byte, eight classes to a 64-bit word. Adding runs
// spreads each word's bytes into the 16-bit fields of two sums, one for
// the even classes and one for the odd, so that one addition adds four
// classes' weights, and no field carries into the next while fewer than
// maxDenseSums runs are added up.
const (
	denseMin     = 24  // weights of the shortest run kept dense
	denseBias    = 128 // added to every weight of a dense run
	maxDenseSums = 65536 / 256
)

// denseLanes is the number of words of a dense run over classes classes:
// whole 16-byte blocks, which the vector code reads one at a time.
func denseLanes(classes int) int { return (classes + 15) / 16 * 2 }

// denseRun appends ws as a dense run over classes classes.
func denseRun(dense []uint64, classes int, ws []weight) []uint64 {
	start := len(dense)
	for range denseLanes(classes) {
		dense = append(dense, denseBias*0x0101_0101_0101_0101)
	}
	for _, w := range ws {
		i, shift := start+int(w.class)/8, 8*(uint(w.class)%8)
		dense[i] = dense[i]&^(0xff<<shift) | uint64(int(w.w)+denseBias)<<shift
	}
	return dense
}

// addSparse adds the weights ws to scores.
func addSparse(scores []int32, ws []weight) {
	for _, w := range ws {
		scores[w.class] += int32(w.w)
	}
}

// addDense adds a dense run to the sums of the even and the odd classes.
func addDense(evens, odds, run []uint64) {
	evens, odds = evens[:len(run)], odds[:len(run)]
	for i, v := range run {
		evens[i] += v & 0x00ff_00ff_00ff_00ff
		odds[i] += v >> 8 & 0x00ff_00ff_00ff_00ff
	}
}

// unpackDense adds to scores the sums of n dense runs, those of the even
// classes and those of the odd.
func unpackDense(scores []int32, evens, odds []uint64, n int) {
	for c := range scores {
		sums := evens
		if c%2 == 1 {
			sums = odds
		}
		field := sums[c/8] >> (16 * (c % 8 / 2)) & 0xffff
		scores[c] += int32(field) - int32(n*denseBias)
	}
}

// maxFeatures is the most features of one decision scored without an
// allocation; the tagger and parser use fewer. Feature numbers in a
// decision fit 16 bits.
const maxFeatures = 160

// trainEntry is one class's weight under a feature while training, with
// what the averaged perceptron needs to average it lazily.
type trainEntry struct {
	class int32
	w     float64
	total float64 // sum of w over the steps before ts
	ts    int64   // step of the last change of w
}

// trainer is a perceptron while it learns (Collins 2002, averaged, with
// lazy averaging: a weight's total is brought up to date only when it
// changes).
type trainer struct {
	classes int
	index   map[uint64]int32
	rows    [][]trainEntry
	seen    []int32 // how many updates touched each feature
	step    int64
}

func newTrainer(classes int) *trainer {
	return &trainer{classes: classes, index: make(map[uint64]int32)}
}

func (t *trainer) score(feats []uint64, scores []float64) {
	clear(scores)
	for _, f := range feats {
		if r, ok := t.index[key(f)]; ok {
			for _, e := range t.rows[r] {
				scores[e.class] += e.w
			}
		}
	}
}

// tick counts one training decision, the unit of averaging.
func (t *trainer) tick() { t.step++ }

// update moves the weights of feats towards class truth and away from guess.
func (t *trainer) update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		k := key(f)
		r, ok := t.index[k]
		if !ok {
			r = int32(len(t.rows))
			t.index[k] = r
			t.rows = append(t.rows, nil)
			t.seen = append(t.seen, 0)
		}
		t.seen[r]++
		t.add(r, truth, 1)
		t.add(r, guess, -1)
	}
}

func (t *trainer) add(r int32, class int, delta float64) {
	row := t.rows[r]
	for i := range row {
		if e := &row[i]; e.class == int32(class) {
			e.total += float64(t.step-e.ts) * e.w
			e.ts = t.step
			e.w += delta
			return
		}
	}
	t.rows[r] = append(row, trainEntry{class: int32(class), w: delta, ts: t.step})
}

// freeze averages the weights and packs them into a perceptron, leaving
// out features updated fewer than minSeen times and weights that round to
// zero. Features are inserted in key order so the table is the same for
// the same training.
func (t *trainer) freeze(minSeen int32) *perceptron {
	type feat struct {
		k uint64
		r int32
	}
	avg := func(e trainEntry) float64 {
		if t.step == 0 {
			return e.w
		}
		return (e.total + float64(t.step-e.ts)*e.w) / float64(t.step)
	}
	var kept []feat
	maxAbs := 0.0
	for k, r := range t.index {
		if t.seen[r] < minSeen {
			continue
		}
		kept = append(kept, feat{k, r})
		for _, e := range t.rows[r] {
			maxAbs = math.Max(maxAbs, math.Abs(avg(e)))
		}
	}
	slices.SortFunc(kept, func(a, b feat) int { return cmp.Compare(a.k, b.k) })
	scale := maxAbs / 127
	if scale == 0 {
		scale = 1
	}
	b := newBuilder(t.classes, len(kept), float32(scale))
	b.keepKeys = true
	var ws []weight
	for _, f := range kept {
		ws = ws[:0]
		for _, e := range t.rows[f.r] {
			q := math.Round(avg(e) / scale)
			if q != 0 {
				ws = append(ws, weight{uint8(e.class), int8(q)})
			}
		}
		b.add(f.k, ws)
	}
	if b.dropped > 0 {
		panic(fmt.Sprintf("syntax: %d features past the table's %d weights: prune harder", b.dropped, maxWeights))
	}
	return b.p
}

type builder struct {
	p        *perceptron
	keepKeys bool
	// dense keeps the runs of denseMin weights or more in dense form, for
	// a model read to be used rather than written (see lookup).
	dense   bool
	dropped int // features past maxWeights
}

func newBuilder(classes, n int, scale float32) *builder {
	// A load of at most two thirds keeps probe runs short (eight slots
	// share a cache line) and the table small.
	size := 1
	for size < n*3/2+1 {
		size <<= 1
	}
	slots := make([]slot, size)
	// Fresh memory is mapped at its first touch, and add reads a slot
	// before it writes it, which maps each page twice (first to the zero
	// page): clearing writes first.
	clear(slots)
	return &builder{p: &perceptron{classes: classes, slots: slots, weights: zeroWeight(0), scale: scale}}
}

// zeroWeight returns the start of a perceptron's weights, with room for
// n more: a weight of zero for class 0, which score reads for a feature
// the table does not hold so that every feature has a run.
func zeroWeight(n int) []weight {
	return append(make([]weight, 0, 1+n), weight{})
}

func (b *builder) add(k uint64, ws []weight) {
	if len(ws) == 0 {
		return
	}
	p := b.p
	if len(p.weights)+len(ws) > maxWeights {
		b.dropped++
		return
	}
	mask := uint64(len(p.slots) - 1)
	i := home(k, mask)
	for p.slots[i].fp != 0 {
		i = (i + 1) & mask
	}
	if b.dense && len(ws) >= denseMin {
		p.slots[i] = slot{fp: fingerprint(k), run: uint32(len(p.dense)/denseLanes(p.classes)) << 8}
		p.dense = denseRun(p.dense, p.classes, ws)
	} else {
		p.slots[i] = slot{fp: fingerprint(k), run: uint32(len(p.weights))<<8 | uint32(len(ws))}
		p.weights = append(p.weights, ws...)
	}
	if b.keepKeys {
		p.keys = append(p.keys, k)
	}
	p.n++
}
