package eval

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/claimdiff/claimdiff/compare/internal/bounded"
	"github.com/claimdiff/claimdiff/compare/internal/nesting"
)

// MaxFileBytes bounds every file eval reads: the largest of the gold
// data (SICK's pairs) takes a few MiB, and a device such as /dev/zero
// never ends.
const MaxFileBytes = 64 << 20

// readFile reads path, refusing a folder and more than MaxFileBytes.
func readFile(path string) ([]byte, error) {
	data, err := bounded.ReadFile(path, MaxFileBytes)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		err = fmt.Errorf("%s: %w", path, err)
	}
	return data, err
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
