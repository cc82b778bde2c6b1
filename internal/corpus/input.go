package corpus

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// kind is the format of an input file.
type kind int

const (
	kindUnknown kind = iota
	kindText
	kindJSONL
	kindCSV
	kindHTML
)

// kindOf tells the format of a file from its name, and whether it is
// gzip-compressed (name.jsonl.gz). It also returns the name without the
// compression and format extensions, for document ids.
func kindOf(name string) (k kind, gz bool, stem string) {
	base := filepath.Base(name)
	lower := strings.ToLower(base)
	if strings.HasSuffix(lower, ".gz") {
		gz = true
		base = base[:len(base)-3]
		lower = lower[:len(lower)-3]
	}
	ext := filepath.Ext(lower)
	stem = base[:len(base)-len(ext)]
	switch ext {
	case ".txt", ".text", ".md", ".markdown", ".rst", "":
		k = kindText
	case ".jsonl", ".ndjson":
		k = kindJSONL
	case ".csv", ".tsv":
		k = kindCSV
	case ".html", ".htm", ".xhtml":
		k = kindHTML
	}
	return k, gz, stem
}

// stdinName names standard input in reports and sources.
const stdinName = "stdin"

func (r *reader) input(in string) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if in == "-" {
		return r.stdin()
	}
	fi, err := os.Stat(in)
	if err != nil {
		r.fail(in, 0, unwrapPath(err))
		return nil
	}
	if fi.IsDir() {
		return r.dir(in)
	}
	k, _, stem := kindOf(in)
	if k == kindUnknown {
		k = kindText // named explicitly: read whatever it is as text
	}
	return r.file(in, k, stem)
}

// unwrapPath drops the path from *fs.PathError, which our Error already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// dir walks root in lexical order, skipping hidden files and directories,
// and reads every file whose type it knows. Documents from plain-text files
// get their slash-separated path below root, without extension, as id.
func (r *reader) dir(root string) error {
	absRoot, _ := filepath.Abs(root)
	r.walking = true
	defer func() { r.walking = false }()
	// Files of unsupported types are reported once per extension at the
	// end: a saved web page brings dozens of .js, .css and .png files.
	type unsupported struct {
		ext, first string
		n          int
	}
	var skipped []*unsupported
	defer func() {
		for _, u := range skipped {
			if u.n == 1 {
				r.problem(u.first, 0, fmt.Errorf("%w (%s); name it .txt to read it as text", ErrUnsupported, u.ext))
			} else {
				r.problem(u.first, 0, fmt.Errorf("%w: %d %s files in %s (this one and %d more)", ErrUnsupported, u.n, u.ext, root, u.n-1))
			}
		}
	}()
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			r.fail(path, 0, unwrapPath(err))
			if d != nil && d.IsDir() && path != root {
				return fs.SkipDir
			}
			return nil
		}
		if cerr := r.ctx.Err(); cerr != nil {
			return cerr
		}
		if path != root && (strings.HasPrefix(d.Name(), ".") || r.excluded(absRoot, root, path)) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			fi, err := os.Stat(path) // follows symlinks
			if err != nil {
				r.fail(path, 0, unwrapPath(err))
				return nil
			}
			if !fi.Mode().IsRegular() {
				r.skip(path, fmt.Errorf("%w: not a regular file (directory links are not followed)", ErrUnsupported))
				return nil
			}
		}
		k, _, stem := kindOf(path)
		if k == kindUnknown {
			r.stats.Skipped++
			ext := strings.ToLower(filepath.Ext(path))
			for _, u := range skipped {
				if u.ext == ext {
					u.n++
					return nil
				}
			}
			skipped = append(skipped, &unsupported{ext: ext, first: path, n: 1})
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			rel = filepath.Base(path)
		}
		id := filepath.ToSlash(filepath.Join(filepath.Dir(rel), stem))
		return r.file(path, k, id)
	})
}

// excluded reports whether path, found below root (absRoot absolute), is
// one of Options.Exclude.
func (r *reader) excluded(absRoot, root, path string) bool {
	if len(r.exclude) == 0 || absRoot == "" {
		return false
	}
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return false
	}
	return r.exclude[filepath.Join(absRoot, rel)]
}

// file reads one file of kind k; id is the document id for plain text and
// HTML.
func (r *reader) file(path string, k kind, id string) error {
	f, err := os.Open(path)
	if err != nil {
		r.fail(path, 0, unwrapPath(err))
		return nil
	}
	defer f.Close()
	var src io.Reader = &countingReader{r: f, n: &r.stats.Bytes}
	if _, gz, _ := kindOf(path); gz {
		zr, err := gzip.NewReader(bufio.NewReader(src))
		if err != nil {
			r.fail(path, 0, fmt.Errorf("not a valid gzip file: %w", err))
			return nil
		}
		defer zr.Close()
		src = zr
	}
	return r.stream(src, path, k, id)
}

// stream reads one input of kind k from src; name is its path (or "stdin").
func (r *reader) stream(src io.Reader, name string, k kind, id string) error {
	br, err := decodeStream(src)
	if err != nil {
		r.fail(name, 0, err)
		return nil
	}
	if binary, err := sniffBinary(br); err != nil {
		r.fail(name, 0, err)
		return nil
	} else if binary {
		if r.walking {
			r.skip(name, ErrBinary) // an image or a PDF beside the articles
		} else {
			r.fail(name, 0, ErrBinaryInput) // named by the user: they meant it to be read
		}
		return nil
	}
	switch k {
	case kindJSONL:
		return r.jsonl(br, name)
	case kindCSV:
		if legacyEncoded(br) {
			// Excel on Windows saves "CSV" in Windows-1252.
			r.problem(name, 0, ErrLegacyEncoding)
			br = bufio.NewReaderSize(&cp1252Reader{r: br}, bufSize)
		}
		return r.csv(br, name)
	case kindHTML:
		return r.html(br, name, id)
	}
	return r.text(br, name, id)
}

func (r *reader) stdin() error {
	if r.stdinUsed {
		r.fail(stdinName, 0, errors.New("standard input named twice; read once"))
		return nil
	}
	r.stdinUsed = true
	if r.opt.Stdin == nil {
		r.fail(stdinName, 0, errors.New("no standard input"))
		return nil
	}
	br, err := decodeStream(&countingReader{r: r.opt.Stdin, n: &r.stats.Bytes})
	if err != nil {
		r.fail(stdinName, 0, err)
		return nil
	}
	return r.stream(br, stdinName, sniffKind(br), stdinName)
}

// countingReader adds the bytes it reads to *n.
type countingReader struct {
	r io.Reader
	n *int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}
