package lexicon

import (
	"bytes"
	"compress/gzip"
	"testing"
)

func mustGunzip(t testing.TB, b []byte) []byte {
	t.Helper()
	raw, err := gunzip(b)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return z.Bytes()
}
