package syntax

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
)

// A tag cache keeps a trained tagger and the jack-knifed tags of a
// treebank, so that trying parser settings does not retrain the taggers
// (most of the training time). It is keyed by the tagger's options; the
// caller must drop it when the tagger's code changes.

func tagCachePath(dir string, opt TrainOptions) string {
	return fmt.Sprintf("%s/tags-e%d-f%d-s%d.bin.zst", dir, opt.TaggerEpochs, opt.Folds, opt.Seed)
}

func writeTagCache(path string, ts *tagset, tg *tagger, trainTags, devTags [][]int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	var raw bytes.Buffer
	bw := bufio.NewWriter(&raw)
	e := &encoder{w: bw}
	e.strs(ts.names)
	e.perceptron(tg.first)
	e.perceptron(tg.second)
	for _, tags := range [][][]int{trainTags, devTags} {
		e.uvarint(uint64(len(tags)))
		for _, s := range tags {
			e.uvarint(uint64(len(s)))
			for _, t := range s {
				e.uvarint(uint64(t))
			}
		}
	}
	if e.err != nil {
		f.Close()
		return e.err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if _, err := writeZstd(f, raw.Bytes()); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readTagCache(path string) (*tagset, *tagger, [][]int, [][]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	defer f.Close()
	d, closeDec, err := newDecoder(f)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	defer closeDec()
	ts := newTagset(d.strs())
	tg := &tagger{first: d.perceptron(), second: d.perceptron()}
	var out [2][][]int
	for k := range out {
		n := d.uvarint()
		for i := uint64(0); i < n && d.err == nil; i++ {
			m := d.uvarint()
			s := make([]int, 0, min(m, 1<<16))
			for j := uint64(0); j < m && d.err == nil; j++ {
				s = append(s, int(d.uvarint()))
			}
			out[k] = append(out[k], s)
		}
	}
	return ts, tg, out[0], out[1], d.err
}
