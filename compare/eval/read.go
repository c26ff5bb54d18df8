package eval

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/claimdiff/claimdiff/compare/internal/nesting"
)

// MaxFileBytes bounds every file eval reads: the largest of the gold
// data (SICK's pairs) takes a few MiB, and a device such as /dev/zero
// never ends.
const MaxFileBytes = 64 << 20

// readFile reads path, refusing a folder and more than MaxFileBytes.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileBytes {
		return nil, fmt.Errorf("%s: larger than %d MiB", path, MaxFileBytes>>20)
	}
	return data, nil
}

// checkYAMLNesting refuses YAML nested deeper than nesting.MaxYAML before
// a parser spends the square of its depth on it.
func checkYAMLNesting(path string, data []byte) error {
	if err := nesting.YAML(data, nesting.MaxYAML); err != nil {
		var ne *nesting.Error
		errors.As(err, &ne)
		return fmt.Errorf("%s:%d: %s", path, ne.Line, ne.What)
	}
	return nil
}
