package main

import (
	"bytes"
	"io"
)

// holdBack is how much of a report standard output holds before it
// streams: a printer checks the whole report before it writes, so a
// report that fails does so before this much is written, and what is
// held is then dropped; a larger report streams instead of being held
// whole in memory.
const holdBack = 4 << 20

// heldWriter holds what is written to it until it has more than holdBack
// bytes or flush is called, and from then on writes through to w.
type heldWriter struct {
	w       io.Writer
	buf     bytes.Buffer
	through bool
}

func (h *heldWriter) Write(p []byte) (int, error) {
	if h.through {
		return h.w.Write(p)
	}
	h.buf.Write(p)
	if h.buf.Len() > holdBack {
		if err := h.flush(); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// flush writes what is held and lets later writes through.
func (h *heldWriter) flush() error {
	h.through = true
	_, err := h.w.Write(h.buf.Bytes())
	h.buf = bytes.Buffer{}
	return err
}
