package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
)

// Model is a trained tagger, lemmatiser and dependency parser. It is safe
// for concurrent use.
type Model struct {
	tags   *tagset
	tagger *tagger
	lemma  *lemmatizer
	parser *parser
	pool   sync.Pool // *scratch
}

// modelData is the model trained on UD English EWT by
// `go run ./compare/syntax/internal/trainmodel` (see doc.go).
//
//go:embed data/model.bin.gz
var modelData []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, read on first use.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = ReadModel(bytes.NewReader(modelData))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded parser model: %w", defaultErr)
		}
	})
	return defaultModel, defaultErr
}

const modelMagic = "claimdiff-syntax-2\n"

// WriteTo writes m compressed; ReadModel reads it back.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	e := &encoder{w: bw}
	e.str(modelMagic)
	e.strs(m.tags.names)
	e.perceptron(m.tagger.first)
	e.perceptron(m.tagger.second)
	e.perceptron(m.parser.p)
	e.strs(m.parser.labels)
	// The lemma tables are written as "form\ttag" → lemma and
	// "tag\tsuffix" → rule, sorted by those strings.
	known := map[string]string{}
	for k, l := range m.lemma.known {
		known[k.word+"\t"+k.tag] = l
	}
	e.strMap(known)
	rules := map[string]rule{}
	for k, r := range m.lemma.rules {
		rules[k.tag+"\t"+k.word] = r
	}
	keys := slices.Sorted(mapKeys(rules))
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.uvarint(uint64(rules[k].strip))
		e.str(rules[k].add)
	}
	if e.err != nil {
		return 0, e.err
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return 0, zw.Close()
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	d := &decoder{r: bufio.NewReader(zr)}
	if d.str() != modelMagic {
		return nil, errors.New("not a claimdiff syntax model")
	}
	m := &Model{tagger: &tagger{}, lemma: &lemmatizer{known: map[tagged]string{}, rules: map[tagged]rule{}}, parser: &parser{}}
	m.tags = newTagset(d.strs())
	m.tagger.first = d.perceptron()
	m.tagger.second = d.perceptron()
	m.parser.p = d.perceptron()
	m.parser.labels = d.strs()
	for k, l := range d.strMap() {
		w, t, _ := strings.Cut(k, "\t")
		m.lemma.known[tagged{w, t}] = l
	}
	n := d.uvarint()
	for i := uint64(0); i < n && d.err == nil; i++ {
		t, suffix, _ := strings.Cut(d.str(), "\t")
		strip := int(d.uvarint())
		m.lemma.rules[tagged{suffix, t}] = rule{strip: strip, add: d.str()}
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(m.parser.labels) == 0 || m.parser.p.classes != 1+2*len(m.parser.labels) {
		return nil, errors.New("parser labels do not match its classes")
	}
	if n := len(m.tags.names); n == 0 || m.tagger.first.classes != n || m.tagger.second.classes != n {
		return nil, errors.New("tagset does not match the tagger's classes")
	}
	return m, nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func sign(x int) int {
	if x < 0 {
		return -1
	}
	return 1
}

func mapKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uvarint(x uint64) {
	if e.err == nil {
		_, e.err = e.w.Write(e.buf[:binary.PutUvarint(e.buf[:], x)])
	}
}

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *encoder) strs(ss []string) {
	e.uvarint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) strMap(m map[string]string) {
	keys := slices.Sorted(mapKeys(m))
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(m[k])
	}
}

// perceptron writes the features in key order, keys as deltas, so the
// file is the same for the same model and compresses well.
func (e *encoder) perceptron(p *perceptron) {
	e.uvarint(uint64(p.classes))
	e.uvarint(uint64(math.Float32bits(p.scale)))
	if p.keys == nil && p.n > 0 {
		e.err = errors.New("a model read from a file cannot be written again")
		return
	}
	keys := slices.Sorted(slices.Values(p.keys))
	e.uvarint(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		e.uvarint(k - prev)
		prev = k
		ws := p.lookup(k)
		e.uvarint(uint64(len(ws)))
		for _, w := range ws {
			e.uvarint(uint64(w.class))
			e.uvarint(uint64(int64(w.w)<<1 ^ int64(w.w)>>63)) // zig-zag: small negatives stay short
		}
	}
}

type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = fmt.Errorf("truncated model: %w", err)
	}
	return x
}

func (d *decoder) str() string {
	n := d.uvarint()
	if d.err != nil || n > 1<<20 {
		if d.err == nil {
			d.err = errors.New("corrupt model: string too long")
		}
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = fmt.Errorf("truncated model: %w", err)
	}
	return string(b)
}

func (d *decoder) strs() []string {
	n := d.uvarint()
	var out []string
	for i := uint64(0); i < n && d.err == nil; i++ {
		out = append(out, d.str())
	}
	return out
}

func (d *decoder) strMap() map[string]string {
	n := d.uvarint()
	m := make(map[string]string, min(n, 1<<20))
	for i := uint64(0); i < n && d.err == nil; i++ {
		k := d.str()
		m[k] = d.str()
	}
	return m
}

func (d *decoder) perceptron() *perceptron {
	classes := int(d.uvarint())
	scale := math.Float32frombits(uint32(d.uvarint()))
	n := int(d.uvarint())
	if d.err != nil || classes > 255 || n > 1<<26 {
		if d.err == nil {
			d.err = errors.New("corrupt model: bad perceptron header")
		}
		return &perceptron{slots: make([]slot, 1)}
	}
	// Weights are stored with up to 16 bits and held with 8: read them
	// all, then scale them into int8 by the largest.
	keys := make([]uint64, 0, min(n, 1<<20))
	ends := make([]int, 0, min(n, 1<<20)) // where each feature's weights end
	var cls []uint8
	var raw []int16
	prev := uint64(0)
	maxAbs := 1
	for i := 0; i < n && d.err == nil; i++ {
		prev += d.uvarint()
		m := int(d.uvarint())
		if m > classes {
			d.err = errors.New("corrupt model: too many weights")
			break
		}
		for j := 0; j < m; j++ {
			cls = append(cls, uint8(d.uvarint()))
			z := d.uvarint()
			w := int16(int64(z>>1) ^ -int64(z&1))
			raw = append(raw, w)
			maxAbs = max(maxAbs, abs(int(w)))
		}
		keys = append(keys, prev)
		ends = append(ends, len(raw))
	}
	b := newBuilder(classes, len(keys), scale*float32(maxAbs)/127)
	b.p.weights = make([]weight, 0, len(raw))
	var ws []weight
	start := 0
	for i, k := range keys {
		ws = ws[:0]
		for j := start; j < ends[i]; j++ {
			q := (int(raw[j])*127 + maxAbs/2*sign(int(raw[j]))) / maxAbs
			if q != 0 {
				ws = append(ws, weight{cls[j], int8(q)})
			}
		}
		start = ends[i]
		b.add(k, ws)
	}
	if b.dropped > 0 && d.err == nil {
		d.err = errors.New("corrupt model: too many weights")
	}
	return b.p
}
