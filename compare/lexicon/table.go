package lexicon

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/klauspost/compress/gzip"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/compare/internal/wordtab"
)

//go:generate go run ./internal/genwordnet -dict /usr/share/wordnet -out data/wordnet.bin.gz

// wordnetTable is written by internal/genwordnet from WordNet 3.0 (see
// data/LICENSE-wordnet); its layout is described there.
//
//go:embed data/wordnet.bin.gz
var wordnetTable []byte

// magic must match internal/genwordnet's.
const magic = "claimdiff-wordnet-3.0 v1\n"

// Pointer kinds as written by internal/genwordnet.
const (
	ptrHypernym byte = 1 + iota
	ptrInstanceHypernym
	ptrMemberHolonym
	ptrPartHolonym
	ptrSubstanceHolonym
	ptrAntonym
	ptrDerivation
	ptrSimilar
	ptrPertainym
)

type pointer struct {
	target   uint32 // synset index
	kind     byte
	src, dst byte // word numbers from 1; 0 for the whole synset
}

// table is WordNet in memory: flat arrays indexed by lemma and synset
// numbers, so that a lookup is a table probe and some slicing.
type table struct {
	lemmaText string   // every lemma, one after the other
	lemmaOff  []uint32 // lemma i is lemmaText[lemmaOff[i]:lemmaOff[i+1]]
	// lemmaID finds a lemma's number from its text. Morphy asks it of
	// every form it tries, from a cache the parser has left cold: a
	// wordtab.Table reads one slot where a Go map reads three places.
	lemmaID *wordtab.Table[uint32]

	senseOff []uint32 // senses of lemma l in part of speech p: senses[senseOff[4l+p]:senseOff[4l+p+1]]
	senses   []uint32 // synset indexes, most frequent sense first

	synPos    []byte   // 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite
	synLex    []byte   // lexicographer file number
	synOffset []uint32 // offset in data.pos: WordNet 3.0's own synset identity
	wordOff   []uint32 // words of synset s: words[wordOff[s]:wordOff[s+1]]
	words     []uint32 // lemma indexes
	ptrOff    []uint32 // pointers of synset s: ptrs[ptrOff[s]:ptrOff[s+1]]
	ptrs      []pointer

	exc      [4]*wordtab.Table[uint32] // inflected form → index into excOff
	excOff   []uint32                  // bases of exception e: excBases[excOff[e]:excOff[e+1]]
	excBases []uint32                  // lemma indexes

	classes []ClassSet // per synset, through its hypernyms
}

var (
	loadOnce sync.Once
	loaded   *table
)

// Load decodes the embedded table now rather than at the first look-up,
// so that a caller can do it beside other work: a program that also loads
// the parser model pays the longer of the two loads, not their sum.
func Load() { tbl() }

// tbl returns the table, decoding it on first use. The embedded table is
// part of the build, so failing to decode it is a programmer's error.
func tbl() *table {
	loadOnce.Do(func() {
		t, err := decode(wordnetTable)
		if err != nil {
			panic("lexicon: embedded WordNet table: " + err.Error())
		}
		if err := t.resolveClasses(classesFile); err != nil {
			panic("lexicon: " + err.Error())
		}
		loaded = t
	})
	return loaded
}

// reader reads the table's varints, remembering the first error.
type reader struct {
	b   []byte
	err error
}

var errTruncated = errors.New("table ends early")

func (r *reader) num() uint32 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 || v > 1<<32-1 {
		r.err = errTruncated
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return uint32(v)
}

func (r *reader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		r.err = errTruncated
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) str() []byte {
	n := r.num()
	if r.err != nil || int(n) > len(r.b) {
		r.err = errTruncated
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

// count reads a count and checks it against what is left, so that a
// corrupt table cannot ask for a huge allocation.
func (r *reader) count(minBytes int) int {
	n := int(r.num())
	if r.err == nil && n*minBytes > len(r.b) {
		r.err = fmt.Errorf("count %d exceeds the %d bytes left", n, len(r.b))
	}
	if r.err != nil {
		return 0
	}
	return n
}

// gunzip decompresses gz into a buffer sized once, by the length gzip
// records at its end (a hint: a wrong one only costs growing).
func gunzip(gz []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	size := 0
	if len(gz) >= 4 {
		size = min(int(binary.LittleEndian.Uint32(gz[len(gz)-4:])), 64<<20)
	}
	raw := make([]byte, 0, size+1) // +1: EOF is seen without growing
	for {
		if len(raw) == cap(raw) {
			raw = slices.Grow(raw, cap(raw))
		}
		n, err := zr.Read(raw[len(raw):cap(raw)])
		raw = raw[:len(raw)+n]
		if err == io.EOF {
			return raw, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func decode(gz []byte) (*table, error) {
	raw, err := gunzip(gz)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("not a claimdiff WordNet table")
	}
	r := &reader{b: raw[len(magic):]}
	t := &table{}

	nl := r.count(2)
	var sb strings.Builder
	sb.Grow(12 * nl) // lemmas average under 12 bytes
	t.lemmaOff = make([]uint32, 1, nl+1)
	for range nl {
		sb.Write(r.str())
		t.lemmaOff = append(t.lemmaOff, uint32(sb.Len()))
	}
	t.lemmaText = sb.String()
	t.lemmaID = wordtab.New[uint32](nl)
	for i := nl - 1; i >= 0; i-- { // of a lemma listed twice, the last
		t.lemmaID.Add(t.lemma(uint32(i)), uint32(i))
	}

	ns := r.count(5)
	t.synPos = make([]byte, ns)
	t.synLex = make([]byte, ns)
	t.synOffset = make([]uint32, ns)
	t.wordOff = make([]uint32, 1, ns+1)
	t.ptrOff = make([]uint32, 1, ns+1)
	// Synsets average under two words and two pointers: sized once,
	// the arrays are not copied as they grow.
	t.words = make([]uint32, 0, 2*ns)
	t.ptrs = make([]pointer, 0, 2*ns)
	var prev uint32
	for i := range ns {
		t.synPos[i] = r.byte()
		t.synLex[i] = r.byte()
		if i > 0 && filePOS(t.synPos[i]) != filePOS(t.synPos[i-1]) {
			prev = 0
		}
		prev += r.num()
		t.synOffset[i] = prev
		for range r.count(1) {
			w := r.num()
			if int(w) >= nl {
				r.err = fmt.Errorf("synset %d names lemma %d of %d", i, w, nl)
			}
			t.words = append(t.words, w)
		}
		t.wordOff = append(t.wordOff, uint32(len(t.words)))
		for range r.count(4) {
			p := pointer{kind: r.byte(), target: r.num(), src: r.byte(), dst: r.byte()}
			if int(p.target) >= ns {
				r.err = fmt.Errorf("synset %d points at synset %d of %d", i, p.target, ns)
			}
			t.ptrs = append(t.ptrs, p)
		}
		t.ptrOff = append(t.ptrOff, uint32(len(t.ptrs)))
	}

	// Senses arrive grouped by part of speech; the table wants them by
	// lemma, so count first and place second.
	type entry struct{ lemma, pos, start, n uint32 }
	entries := make([]entry, 0, nl+nl/4)
	all := make([]uint32, 0, nl+nl/2)
	for p := range 4 {
		for range r.count(2) {
			e := entry{lemma: r.num(), pos: uint32(p), start: uint32(len(all))}
			for range r.count(1) {
				s := r.num()
				if int(s) >= ns {
					r.err = fmt.Errorf("sense names synset %d of %d", s, ns)
				}
				all = append(all, s)
			}
			e.n = uint32(len(all)) - e.start
			if int(e.lemma) >= nl {
				r.err = fmt.Errorf("sense names lemma %d of %d", e.lemma, nl)
				break
			}
			entries = append(entries, e)
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	t.senseOff = make([]uint32, 4*nl+1)
	for _, e := range entries {
		t.senseOff[4*e.lemma+e.pos+1] = e.n
	}
	for i := 1; i < len(t.senseOff); i++ {
		t.senseOff[i] += t.senseOff[i-1]
	}
	t.senses = make([]uint32, len(all))
	for _, e := range entries {
		copy(t.senses[t.senseOff[4*e.lemma+e.pos]:], all[e.start:e.start+e.n])
	}

	var forms strings.Builder
	type exc struct {
		pos        int
		start, end int
	}
	var excs []exc
	t.excOff = []uint32{0}
	for p := range 4 {
		for range r.count(2) {
			f := r.str()
			excs = append(excs, exc{pos: p, start: forms.Len(), end: forms.Len() + len(f)})
			forms.Write(f)
			for range r.count(1) {
				b := r.num()
				if int(b) >= nl {
					r.err = fmt.Errorf("exception names lemma %d of %d", b, nl)
				}
				t.excBases = append(t.excBases, b)
			}
			t.excOff = append(t.excOff, uint32(len(t.excBases)))
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%d bytes left after the table", len(r.b))
	}
	text := forms.String()
	var perPOS [4]int
	for _, e := range excs {
		perPOS[e.pos]++
	}
	for p := range t.exc {
		t.exc[p] = wordtab.New[uint32](perPOS[p])
	}
	for i := len(excs) - 1; i >= 0; i-- { // of a form listed twice, the last
		e := excs[i]
		t.exc[e.pos].Add(text[e.start:e.end], uint32(i))
	}
	return t, nil
}

// filePOS folds adjective satellites into adjectives, as data.adj does.
func filePOS(p byte) byte {
	if p == 5 {
		return 3
	}
	return p
}

func (t *table) lemma(i uint32) string {
	return t.lemmaText[t.lemmaOff[i]:t.lemmaOff[i+1]]
}

func (t *table) sensesOf(lemma uint32, p POS) []uint32 {
	k := 4*lemma + uint32(p) - 1
	return t.senses[t.senseOff[k]:t.senseOff[k+1]]
}

func (t *table) pointers(s uint32) []pointer {
	return t.ptrs[t.ptrOff[s]:t.ptrOff[s+1]]
}

func (t *table) wordsOf(s uint32) []uint32 {
	return t.words[t.wordOff[s]:t.wordOff[s+1]]
}
