package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/timelinekit/timelinekit/timeline"
)

// ReadExtractions reads files of per-document extractions, one JSON
// timeline.Extraction per line, as `timeline extract` writes them ("-" is
// stdin), and calls emit for each in file order. Document ids are made
// unique across all files the way Read does, so merging the shards of a
// corpus gives the ids one run over the whole corpus would give. A line
// that is not a valid extraction is reported with file:line and counted as
// failed; reading goes on. Lines may be of any length. Stats.Read counts
// extractions, Stats.Bytes the bytes read (compressed size for gzip
// files, which are recognised by their first bytes). A file whose first
// line is no JSON object is reported once and skipped. Of opt, only Stdin and Progress
// are used.
func ReadExtractions(ctx context.Context, files []string, opt Options, emit func(timeline.Extraction) error, report func(error)) (Stats, error) {
	if report == nil {
		report = func(error) {}
	}
	x := &xreader{ctx: ctx, emit: emit, report: report, progress: opt.Progress}
	for _, f := range files {
		if err := x.file(f, opt.Stdin); err != nil {
			return x.stats, err
		}
	}
	return x.stats, nil
}

type xreader struct {
	ctx       context.Context
	emit      func(timeline.Extraction) error
	report    func(error)
	stats     Stats
	ids       IDSet
	stdinUsed bool
	progress  func(Stats)
}

func (x *xreader) fail(file string, line int, err error) {
	x.stats.Failed++
	x.report(&Error{File: file, Line: line, Err: err})
}

func (x *xreader) file(path string, stdin io.Reader) error {
	name := path
	var src io.Reader
	if path == "-" {
		name = stdinName
		if x.stdinUsed || stdin == nil {
			x.fail(name, 0, fmt.Errorf("standard input not available (named twice, or none)"))
			return nil
		}
		x.stdinUsed = true
		src = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			x.fail(name, 0, unwrapPath(err))
			return nil
		}
		defer f.Close()
		src = f
	}
	// Shards may be gzip-compressed (shard.jsonl.gz): told by the magic
	// bytes, whatever the name.
	zbr := bufio.NewReader(&countingReader{r: src, n: &x.stats.Bytes})
	var plain io.Reader = zbr
	if head, _ := zbr.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(zbr)
		if err != nil {
			x.fail(name, 0, err)
			return nil
		}
		defer zr.Close()
		plain = zr
	}
	br, err := decodeStream(plain)
	if err != nil {
		x.fail(name, 0, err)
		return nil
	}
	first := true
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if t := bytes.TrimSpace(bytes.TrimPrefix(b, bomUTF8)); len(t) > 0 {
			if first && t[0] != '{' {
				// A text, CSV or HTML file given to merge by mistake: one
				// report, not one per line.
				x.fail(name, line, fmt.Errorf("%w: not an extraction file (timeline extract writes one JSON object per line); file skipped", ErrMalformed))
				return nil
			}
			first = false
			if ferr := x.line(b, name, line); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			x.fail(name, line, err)
			return nil
		}
	}
}

func (x *xreader) line(b []byte, name string, line int) error {
	if err := x.ctx.Err(); err != nil {
		return err
	}
	b = bytes.TrimSpace(bytes.TrimPrefix(b, bomUTF8))
	if b[0] != '{' {
		x.fail(name, line, fmt.Errorf("%w: want a JSON object (an extraction)", ErrMalformed))
		return nil
	}
	var ext timeline.Extraction
	if err := json.Unmarshal(b, &ext); err != nil {
		x.fail(name, line, fmt.Errorf("%w: %v", ErrMalformed, jsonErr(err)))
		return nil
	}
	if ext.Document.ID == "" {
		x.fail(name, line, fmt.Errorf("%w: extraction without document id", ErrMalformed))
		return nil
	}
	if u, renamed := x.ids.Unique(ext.Document.ID); renamed {
		x.report(&Error{File: name, Line: line, Err: fmt.Errorf("%w %q renamed %q", ErrDuplicateID, ext.Document.ID, u)})
		ext.Document.ID = u
	}
	if err := x.emit(ext); err != nil {
		return err
	}
	x.stats.Read++
	if x.progress != nil {
		x.progress(x.stats)
	}
	return nil
}
