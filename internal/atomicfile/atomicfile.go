// Package atomicfile writes files atomically: the data goes to a temporary
// file in the target's directory, which is synced and then renamed over the
// target. Readers see the old file or the new one, never a half-written
// one, and a crash leaves at worst a stray temporary file (named
// ".NAME.tmp-*") beside the target.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// File is a file being written; it replaces its target on Commit.
type File struct {
	tmp    *os.File
	path   string
	perm   fs.FileMode
	done   bool
	werr   error
	closed bool
}

// Create starts writing path. The file gets mode perm, or the mode of the
// file it replaces when there is one.
func Create(path string, perm fs.FileMode) (*File, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return nil, fmt.Errorf("%s: not a regular file", path)
		}
		perm = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		// Name the file asked for, not the temporary one.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &File{tmp: tmp, path: path, perm: perm}, nil
}

// Name returns the target path.
func (f *File) Name() string { return f.path }

// Write writes to the temporary file.
func (f *File) Write(p []byte) (int, error) {
	if f.done {
		return 0, fmt.Errorf("%s: write after commit or abort", f.path)
	}
	n, err := f.tmp.Write(p)
	if err != nil && f.werr == nil {
		f.werr = err
	}
	return n, err
}

// Commit syncs the temporary file to disk, closes it and renames it over
// the target, then syncs the directory so the rename survives a crash. If
// any step fails, the target is left as it was and the temporary file is
// removed.
func (f *File) Commit() error {
	if f.done {
		return fmt.Errorf("%s: already committed or aborted", f.path)
	}
	f.done = true
	err := f.werr
	if err == nil {
		err = f.tmp.Sync()
	}
	if cerr := f.tmp.Close(); err == nil {
		err = cerr
	}
	f.closed = true
	if err == nil {
		err = os.Chmod(f.tmp.Name(), f.perm)
	}
	if err == nil {
		err = os.Rename(f.tmp.Name(), f.path)
	}
	if err != nil {
		os.Remove(f.tmp.Name())
		return fmt.Errorf("writing %s: %w", f.path, err)
	}
	syncDir(filepath.Dir(f.path))
	return nil
}

// Abort discards the temporary file and leaves the target as it was. It
// does nothing after Commit, so it can be deferred.
func (f *File) Abort() error {
	if f.done {
		return nil
	}
	f.done = true
	var err error
	if !f.closed {
		err = f.tmp.Close()
	}
	if rerr := os.Remove(f.tmp.Name()); err == nil && !errors.Is(rerr, fs.ErrNotExist) {
		err = rerr
	}
	return err
}

// syncDir makes a rename in dir durable. Some systems cannot sync a
// directory; the rename has happened either way, so errors are ignored.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}

// Write writes path atomically with what fn writes to a buffered writer.
// If fn fails, the target is left as it was.
func Write(path string, perm fs.FileMode, fn func(w io.Writer) error) error {
	f, err := Create(path, perm)
	if err != nil {
		return err
	}
	defer f.Abort()
	bw := bufio.NewWriterSize(f, 64<<10)
	if err := fn(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return f.Commit()
}

// WriteFile writes data to path atomically.
func WriteFile(path string, data []byte, perm fs.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
