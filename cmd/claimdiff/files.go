package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/claimdiff/claimdiff/compare"
)

// A fileJob is one file to write: its path as given, the flag that named
// it (for messages) and what to write.
type fileJob struct {
	flag, path string
	print      func(io.Writer) error
}

// wrap names the flag of the job, if any, before err.
func (j fileJob) wrap(err error) error {
	if j.flag == "" {
		return err
	}
	return fmt.Errorf("%s: %w", j.flag, err)
}

// checkDestination checks, before anything is read or written, that path
// can take a report: a regular file or a new one in an existing folder,
// or a device or pipe (written as it is, also through a link such as
// /dev/stdout). A symbolic link to a file, or to nothing, is refused
// rather than followed: in a checkout it may point anywhere, and
// replacing it by a file would lose it.
func checkDestination(path string) error {
	fi, err := os.Lstat(path)
	switch {
	case err == nil && fi.Mode()&fs.ModeSymlink != 0:
		if ti, err := os.Stat(path); err == nil && !ti.Mode().IsRegular() && !ti.IsDir() {
			return nil // a device or pipe: written in place
		}
		target, _ := os.Readlink(path)
		return fmt.Errorf("write %s: is a symbolic link (to %s): claimdiff does not write through links; name the file itself", path, target)
	case err == nil && fi.IsDir():
		return fmt.Errorf("write %s: is a directory", path)
	case err == nil:
		return nil
	case !errors.Is(err, fs.ErrNotExist):
		return writeError(path, err)
	}
	dir := filepath.Dir(path)
	di, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("write %s: folder %s does not exist", path, dir)
	case err != nil:
		return writeError(path, err)
	case !di.IsDir():
		return fmt.Errorf("write %s: %s is not a folder", path, dir)
	}
	return nil
}

// checkNotInput refuses a destination that is one of the documents read,
// under any name: a report never replaces an input.
func checkNotInput(path string, docs []*compare.Document) error {
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return nil // a new file, or a device, is no input
	}
	for _, d := range docs {
		if d.Path == "-" {
			continue
		}
		if di, err := os.Stat(d.Path); err == nil && os.SameFile(fi, di) {
			return fmt.Errorf("write %s: is an input (%s); a report never replaces an input", path, d.Path)
		}
	}
	return nil
}

// temps are the temporary files being written, removed by cleanup when
// a signal stops the run.
var temps = struct {
	sync.Mutex
	names   map[string]bool
	stopped bool // no file may be renamed into place any more
}{names: map[string]bool{}}

// cleanup removes every temporary file and lets none be renamed after.
func cleanup() {
	temps.Lock()
	defer temps.Unlock()
	temps.stopped = true
	for name := range temps.names {
		os.Remove(name)
	}
	temps.names = map[string]bool{}
}

// writeFiles writes all jobs or none: each regular file first to a
// temporary file beside it, then devices and pipes, and only when every
// one succeeded are the temporary files renamed into place (a rename
// within one folder is atomic). On an error every temporary file is
// removed and no regular file is changed.
func writeFiles(jobs []fileJob) (err error) {
	type pending struct {
		job  fileJob
		temp string
	}
	var done []pending
	var direct []fileJob
	defer func() {
		if err != nil {
			for _, p := range done {
				removeTemp(p.temp)
			}
		}
	}()
	for _, j := range jobs {
		if err := checkDestination(j.path); err != nil {
			return j.wrap(err)
		}
		if fi, err := os.Stat(j.path); err == nil && !fi.Mode().IsRegular() {
			direct = append(direct, j)
			continue
		}
		temp, err := writeTemp(j.path, j.print)
		if err != nil {
			return j.wrap(err)
		}
		done = append(done, pending{j, temp})
	}
	for _, j := range direct {
		if err := writeDirect(j.path, j.print); err != nil {
			return j.wrap(err)
		}
	}
	for i, p := range done {
		temps.Lock()
		if temps.stopped {
			temps.Unlock()
			return errors.New("interrupted")
		}
		err := os.Rename(p.temp, p.job.path)
		delete(temps.names, p.temp)
		temps.Unlock()
		if err != nil {
			for _, q := range done[i+1:] {
				removeTemp(q.temp)
			}
			done = nil
			return p.job.wrap(writeError(p.job.path, err))
		}
	}
	return nil
}

// writeTemp writes print's output to a new temporary file beside path
// and returns its name.
func writeTemp(path string, print func(io.Writer) error) (string, error) {
	temps.Lock()
	if temps.stopped {
		temps.Unlock()
		return "", errors.New("interrupted")
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err == nil {
		temps.names[f.Name()] = true
	}
	temps.Unlock()
	if err != nil {
		return "", writeError(path, err)
	}
	fail := func(err error) (string, error) {
		f.Close()
		removeTemp(f.Name())
		return "", writeError(path, err)
	}
	if err := print(f); err != nil {
		return fail(err)
	}
	// CreateTemp makes files only their owner can read; a report is for
	// others too (a CI step uploads it), so give it a plain file's mode,
	// or keep the mode of the file it replaces.
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := f.Chmod(mode); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	return f.Name(), nil
}

func removeTemp(name string) {
	temps.Lock()
	delete(temps.names, name)
	temps.Unlock()
	os.Remove(name)
}

// writeDirect writes to a device or a pipe, which cannot be replaced
// (replacing /dev/null would break the machine) and has nothing to keep.
func writeDirect(path string, print func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return writeError(path, err)
	}
	if err := print(f); err != nil {
		f.Close()
		return writeError(path, err)
	}
	if err := f.Close(); err != nil {
		return writeError(path, err)
	}
	return nil
}
