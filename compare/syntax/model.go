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

// maxModelFeatures bounds the features of one perceptron, eight times
// the parser's.
const maxModelFeatures = 1 << 22

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
		// The word classes are read beside the model: the first
		// analysis needs both.
		go clusters()
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

// newDecoder decompresses r as it is read: the model is never whole in
// memory, and the decompression runs beside the decoding. release frees
// the decompressor.
func newDecoder(r io.Reader) (d *decoder, release func(), err error) {
	dec, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(2), zstd.WithDecoderMaxMemory(maxModelRaw))
	if err != nil {
		return nil, nil, err
	}
	return &decoder{r: io.LimitReader(dec, maxModelRaw)}, dec.Close, nil
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	d, closeDec, err := newDecoder(r)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	defer closeDec()
	m, err := d.model()
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	return m, nil
}

func (d *decoder) model() (*Model, error) {
	if d.str() != modelMagic {
		return nil, errors.New("not a claimdiff syntax model")
	}
	m := &Model{tagger: &tagger{}, lemma: &lemmatizer{known: map[tagged]string{}, rules: map[tagged]rule{}}}
	m.tags = newTagset(d.strs())
	m.tagger.first = d.perceptron()
	m.tagger.second = d.perceptron()
	m.parser = newParser(d.perceptron(), d.strs())
	// The known forms go straight into their table, not through a map
	// of strings first.
	n := d.uvarint()
	m.lemma.known = make(map[tagged]string, min(n, 1<<20))
	for i := uint64(0); i < n && d.err == nil; i++ {
		w, t, _ := strings.Cut(d.str(), "\t")
		m.lemma.known[tagged{w, t}] = d.str()
	}
	n = d.uvarint()
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

// decoder reads a decompressed model from b, refilled from r.
type decoder struct {
	r   io.Reader // nil once read to its end
	buf []byte
	b   []byte // what is left of buf to read
	err error
}

// need makes b hold n bytes, or all that is left of the input. The
// buffer grows with what arrives, not with n, which a damaged model can
// make as large as it likes.
func (d *decoder) need(n int) {
	for len(d.b) < n && d.r != nil {
		size := max(cap(d.buf), 64<<10)
		if 2*len(d.b) >= size { // what is left fills half the buffer
			size *= 2
		}
		buf := d.buf[:cap(d.buf)]
		if len(buf) < size {
			buf = make([]byte, size)
		}
		k := copy(buf, d.b)
		m, err := io.ReadAtLeast(d.r, buf[k:], min(n, len(buf))-k)
		d.buf, d.b = buf[:k+m], buf[:k+m]
		if err != nil {
			d.r = nil
			if err != io.EOF && err != io.ErrUnexpectedEOF && d.err == nil {
				d.err = err
			}
		}
	}
}

// uvarint reads a number. Its common case, a number of one byte with the
// buffer full enough, is small enough for the compiler to inline: a model
// is some eight million numbers.
func (d *decoder) uvarint() uint64 {
	if len(d.b) >= binary.MaxVarintLen64 && d.b[0] < 0x80 {
		x := d.b[0]
		d.b = d.b[1:]
		return uint64(x)
	}
	return d.uvarintSlow()
}

func (d *decoder) uvarintSlow() uint64 {
	if len(d.b) < binary.MaxVarintLen64 {
		d.need(binary.MaxVarintLen64)
	}
	if len(d.b) > 0 && d.b[0] < 0x80 {
		x := d.b[0]
		d.b = d.b[1:]
		return uint64(x)
	}
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
	if n <= maxModelRaw {
		d.need(int(n))
	}
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

// perceptron reads a perceptron and builds its table as it goes. The
// features come in the order of their hashes and so of their home slots
// (see home), and the table, larger than the processor's caches, fills
// from its start to its end.
func (d *decoder) perceptron() *perceptron {
	c := d.uvarint()
	scale := math.Float32frombits(uint32(d.uvarint()))
	nf := d.uvarint()
	// The count sizes the table before any feature is read: a count past
	// maxModelFeatures is damage, and must not take the memory.
	if d.err != nil || c > 255 || nf > maxModelFeatures {
		if d.err == nil {
			d.err = errors.New("corrupt model: bad perceptron header")
		}
		return &perceptron{slots: make([]slot, 1), weights: zeroWeight(0)}
	}
	classes, n := int(c), int(nf)
	b := newBuilder(classes, n, scale)
	// Most features hold a few weights: size the array once for the
	// average, so that it seldom grows.
	b.p.weights = zeroWeight(n * 5)
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
