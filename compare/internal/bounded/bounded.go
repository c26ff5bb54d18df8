// Package bounded reads files no larger than a limit: a device such as
// /dev/zero never ends, and a file read whole must not take the memory of
// the machine. In: a path and a limit in bytes. Out: the bytes, or an
// error saying "is a directory" or "larger than 1 MiB".
//
//	data, err := bounded.ReadFile(".claimdiff.yaml", 1<<20)
package bounded

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrTooLarge is wrapped by the error for a file over the limit.
var ErrTooLarge = errors.New("too large")

// ReadFile reads the file at path, refusing a folder and more than max
// bytes; it never reads more than max+1.
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, errors.New("is a directory")
	}
	return Read(f, max)
}

// Read reads r to its end, or fails once it has given more than max bytes.
func Read(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, &sizeError{max}
	}
	return data, nil
}

// sizeError says "larger than 1 MiB" and is ErrTooLarge.
type sizeError struct{ max int64 }

func (e *sizeError) Error() string { return "larger than " + Size(e.max) }
func (e *sizeError) Unwrap() error { return ErrTooLarge }

// Size prints n in the largest binary unit that divides it: "32 MiB".
func Size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
