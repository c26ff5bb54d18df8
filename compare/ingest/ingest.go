package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/compare/internal/bounded"
)

// Options control reading.
type Options struct {
	// Published, when set (YYYY, YYYY-MM or YYYY-MM-DD), is the publication
	// date of every input (PublishedFrom "flag").
	Published string
	// Dates are publication dates of single inputs, by path as given
	// (PublishedFrom "config"); Published overrides them.
	Dates map[string]string
	// Stdin is read for the path "-".
	Stdin io.Reader
	// MaxBytes bounds one input's size; 0 means DefaultMaxBytes.
	MaxBytes int64
	// FollowSymlinks reads a symbolic link inside an input folder that
	// leads out of it. By default such a link is skipped: in a checkout
	// it may point at any file of the machine, whose words would then be
	// quoted in a report.
	FollowSymlinks bool
}

// DefaultMaxBytes is the largest input read when Options.MaxBytes is 0.
const DefaultMaxBytes = 32 << 20

// Errors an *compare.InputError may wrap, for errors.Is. A missing file
// wraps fs.ErrNotExist.
var (
	ErrBinary      = errors.New("binary file")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrNotUTF8     = errors.New("not UTF-8") // UTF-16 or UTF-32, by its byte order mark
	ErrEmpty       = errors.New("empty")
	ErrTooLarge    = errors.New("too large")
	ErrNoDocuments = errors.New("no .txt, .md or .html files")
)

// reason is an error whose message says more than the sentinel it wraps
// ("larger than 32 MiB" for ErrTooLarge).
type reason struct {
	msg string
	err error
}

func (r *reason) Error() string { return r.msg }
func (r *reason) Unwrap() error { return r.err }

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func tooLarge(max int64) error {
	return &reason{"larger than " + bounded.Size(max), ErrTooLarge}
}

// Read reads every input named by paths (folders expand to the .txt, .md
// and .html files inside, in sorted order), sorts the documents by path and numbers
// them d1, d2… Errors name the input; errors of several inputs are joined,
// sorted by path. An input that cannot be read does not stop the others:
// with the error come the documents that were read, as a compiler goes
// on past a bad file to report on the rest. After a bad date in opt or a
// cancelled ctx no document is returned.
func Read(ctx context.Context, paths []string, opt Options) ([]*compare.Document, error) {
	if opt.Published != "" {
		if err := checkDate(opt.Published); err != nil {
			return nil, err
		}
	}
	if err := opt.checkDates(); err != nil {
		return nil, err
	}
	files, errs := expand(ctx, paths, opt.FollowSymlinks)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	docs := make([]*compare.Document, len(files))
	fileErrs := make([]error, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, path := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			if ctx.Err() != nil {
				return
			}
			docs[i], fileErrs[i] = readOne(path, opt)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	for i, err := range fileErrs {
		if err != nil {
			errs = append(errs, pathError{files[i], err})
		}
	}
	var err error
	if len(errs) > 0 {
		slices.SortStableFunc(errs, func(a, b pathError) int { return strings.Compare(a.path, b.path) })
		joined := make([]error, len(errs))
		for i, e := range errs {
			joined[i] = e.err
		}
		err = errors.Join(joined...)
		docs = slices.DeleteFunc(docs, func(d *compare.Document) bool { return d == nil })
	}

	slices.SortFunc(docs, func(a, b *compare.Document) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return bytes.Compare(a.Text, b.Text)
	})
	for i, d := range docs {
		d.ID = fmt.Sprintf("d%d", i+1)
	}
	return docs, err
}

type pathError struct {
	path string
	err  error
}

// expand turns the paths as typed into the files to read: folders become
// the .txt and .md files inside, and a file named twice (also through a
// folder, or as "a.txt" and "./a.txt") is read once, under the smallest
// of its spellings so that the result does not depend on argument order.
func expand(ctx context.Context, paths []string, follow bool) ([]string, []pathError) {
	byClean := map[string]string{}
	add := func(p string) {
		key := p
		if p != "-" {
			key = filepath.Clean(p)
		}
		if old, ok := byClean[key]; !ok || p < old {
			byClean[key] = p
		}
	}
	var errs []pathError
	for _, p := range paths {
		if ctx.Err() != nil {
			return nil, nil
		}
		if p == "-" {
			add(p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			add(p) // readOne reports a missing file
			continue
		}
		found, err := walk(ctx, p, follow)
		if err != nil {
			errs = append(errs, pathError{p, inputError(p, err)})
			continue
		}
		for _, f := range found {
			add(f)
		}
	}
	files := make([]string, 0, len(byClean))
	for _, p := range byClean {
		files = append(files, p)
	}
	slices.Sort(files)
	return sameFilesOnce(files), errs
}

// sameFilesOnce drops from files (sorted) every later name of a file
// already named: a link, or the same file through another folder. Files
// are grouped by size and time first, so that only likely twins are
// compared.
func sameFilesOnce(files []string) []string {
	type sig struct {
		size int64
		mod  int64
	}
	seen := map[sig][]os.FileInfo{}
	return slices.DeleteFunc(files, func(p string) bool {
		if p == "-" {
			return false
		}
		fi, err := os.Stat(p)
		if err != nil || fi.IsDir() {
			return false // readOne names the problem
		}
		k := sig{fi.Size(), fi.ModTime().UnixNano()}
		for _, other := range seen[k] {
			if os.SameFile(fi, other) {
				return true
			}
		}
		seen[k] = append(seen[k], fi)
		return false
	})
}

// walk lists the .txt, .md and .html files under dir, recursively, skipping
// hidden folders (.git and the like), in sorted order.
func walk(ctx context.Context, dir string, follow bool) ([]string, error) {
	var found []string
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, err
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".txt", ".md", ".html", ".htm":
			if d.Type()&fs.ModeSymlink != 0 && !follow && !linksWithin(realDir, p) {
				return nil
			}
			found = append(found, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		return nil, ErrNoDocuments
	}
	return found, nil
}

// linksWithin reports whether the symbolic link p leads to a file inside
// the folder realDir (a real path). A broken link counts as inside, so
// that reading it names the problem.
func linksWithin(realDir, p string) bool {
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		return true
	}
	rel, err := filepath.Rel(realDir, target)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// readOne reads one file, or standard input for "-", never more than
// MaxBytes+1 bytes of it, and parses it.
func readOne(path string, opt Options) (*compare.Document, error) {
	max := opt.maxBytes()
	var r io.Reader
	if path == "-" {
		if opt.Stdin == nil {
			return nil, inputError(path, errors.New("no standard input"))
		}
		r = opt.Stdin
	} else {
		f, err := os.Open(path) // read-only: inputs are never written
		if err != nil {
			return nil, inputError(path, err)
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return nil, inputError(path, err)
		}
		if info.IsDir() {
			return nil, inputError(path, errors.New("is a directory"))
		}
		// A regular file's size is known: refuse before reading a byte.
		// Pipes and devices have no size and are bounded by the reader.
		if info.Mode().IsRegular() && info.Size() > max {
			return nil, inputError(path, tooLarge(max))
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, inputError(path, err)
	}
	if int64(len(data)) > max {
		return nil, inputError(path, tooLarge(max))
	}
	return Parse(path, data, opt)
}

// inputError names path; an *fs.PathError gives up its own path and
// operation, which would repeat the name ("open a.txt: no such file").
func inputError(path string, err error) error {
	var ie *compare.InputError
	if errors.As(err, &ie) {
		return ie
	}
	if pe, ok := err.(*fs.PathError); ok {
		err = pe.Err
	}
	return &compare.InputError{Path: path, Err: err}
}
