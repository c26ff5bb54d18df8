package syntax

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	// zstd rather than the standard library's gzip: the model is read at
	// every start, and zstd decodes it in a fifth of gzip's time (22 ms
	// against 102 ms here) from a file 8% smaller. klauspost/compress is
	// the maintained Go implementation, used by the Go ecosystem at large.
	"github.com/klauspost/compress/zstd"
)

// Model is a trained tagger, lemmatiser and dependency parser. It is safe
// for concurrent use.
type Model struct {
	tags   *tagset
	tagger *tagger
	lemma  *lemmatizer
	parser *parser
	pool   sync.Pool // *scratch
	seen   sentenceCache
}

// modelData is the model trained on UD English EWT by
// `go run ./compare/syntax/internal/trainmodel` (see doc.go).
//
//go:embed data/model.bin.zst
var modelData []byte

// maxModelRaw bounds a model's decompressed size, so that a damaged or
// hostile file cannot take unbounded memory.
const maxModelRaw = 256 << 20

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

// WriteTo writes m compressed (zstd); ReadModel reads it back. The same
// model gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var raw bytes.Buffer
	bw := bufio.NewWriter(&raw)
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
	keys := slices.Sorted(maps.Keys(rules))
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
	return writeZstd(w, raw.Bytes())
}

func writeZstd(w io.Writer, raw []byte) (int64, error) {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return 0, err
	}
	n, err := w.Write(enc.EncodeAll(raw, nil))
	return int64(n), err
}

// decompress reads a whole compressed model into memory.
func decompress(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxModelRaw))
	if err != nil {
		return nil, err
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(maxModelRaw))
	if err != nil {
		return nil, err
	}
	defer dec.Close()
	return dec.DecodeAll(data, nil)
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	raw, err := decompress(r)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	d := &decoder{b: raw}
	if d.str() != modelMagic {
		return nil, errors.New("not a claimdiff syntax model")
	}
	m := &Model{tagger: &tagger{}, lemma: &lemmatizer{known: map[tagged]string{}, rules: map[tagged]rule{}}}
	m.tags = newTagset(d.strs())
	m.tagger.first = d.perceptron()
	m.tagger.second = d.perceptron()
	m.parser = newParser(d.perceptron(), d.strs())
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
	if m.parser.root < 0 || m.parser.p.classes != 1+2*len(m.parser.labels) {
		return nil, errors.New("parser labels lack \"root\" or do not match its classes")
	}
	if n := len(m.tags.names); n == 0 || m.tagger.first.classes != n || m.tagger.second.classes != n {
		return nil, errors.New("tagset does not match the tagger's classes")
	}
	return m, nil
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
	keys := slices.Sorted(maps.Keys(m))
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

// decoder reads a decompressed model from memory.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errors.New("truncated or corrupt model")
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) str() string {
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		if d.err == nil {
			d.err = errors.New("truncated model: string past the end")
		}
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
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
		return &perceptron{slots: make([]slot, 1), weights: zeroWeight(0)}
	}
	b := newBuilder(classes, n, scale)
	// Most features hold a few weights: size the array once for the
	// average, so that it seldom grows.
	b.p.weights = zeroWeight(n * 4)
	b.dense = true
	var ws []weight
	prev := uint64(0)
	for i := 0; i < n && d.err == nil; i++ {
		prev += d.uvarint()
		m := int(d.uvarint())
		if m > classes {
			d.err = errors.New("corrupt model: too many weights")
			break
		}
		ws = ws[:0]
		for j := 0; j < m; j++ {
			c := d.uvarint()
			z := d.uvarint()
			w := int64(z>>1) ^ -int64(z&1)
			if c >= uint64(classes) || w < math.MinInt8 || w > math.MaxInt8 {
				d.err = errors.New("corrupt model: weight out of range")
				break
			}
			ws = append(ws, weight{uint8(c), int8(w)})
		}
		b.add(prev, ws)
	}
	if b.dropped > 0 && d.err == nil {
		d.err = errors.New("corrupt model: too many weights")
	}
	return b.p
}
