// Package corpus reads the inputs of the toolkit (plain-text files,
// directories of them, JSONL and CSV document collections, HTML articles and
// standard input, each optionally gzip-compressed) and turns them into a
// stream of timeline.Documents. HTML pages go through Options.HTML (see
// package htmlpage), so the heavy HTML libraries stay out of the path of
// every other input.
//
// Reading is sequential and deterministic: documents are emitted in input
// order (directories in sorted order, rows in file order), one at a time, so
// memory stays flat however large the corpus is. Bad input never stops the
// batch: every problem with a file, a row or a field is reported once, as an
// *Error naming the file and line, and reading goes on with the next
// document.
//
// What happens to bad input:
//   - invalid UTF-8 is repaired (each bad byte becomes U+FFFD) and reported;
//     offsets computed later refer to the repaired text, which is the
//     Document's Text;
//   - a UTF-8 byte order mark is stripped; a UTF-16 one makes the file be
//     decoded from UTF-16;
//   - CRLF and lone CR line endings become LF;
//   - binary files (NUL bytes, or many control characters, near the start)
//     found in a directory are skipped and reported; named explicitly (or
//     on stdin) they fail;
//   - an empty file is an empty document (a plain-text file) or no documents
//     (a JSONL or CSV file); neither is an error;
//   - a malformed JSONL or CSV row is reported with its line and counted as
//     failed; the rest of the file is read;
//   - unknown JSONL fields and CSV columns are ignored; a JSONL metadata
//     field of another type than string is read as its JSON text when it
//     is a number ("id": 42) and dropped with a warning when it is an
//     object or array; a text that is not a string fails the row;
//   - an impossible date in a row ("2019-02-30") is reported with its line and
//     the document is kept as if it had no date: it gets Options.RefDate, or
//     no date when that is zero. Keeping the text matters more than the
//     date, and a guessed "nearest" day would be invented data;
//   - a document id seen before gets a suffix ("a" then "a~2", "a~3") and the
//     renaming is reported.
package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"

	"github.com/timelinekit/timelinekit/timeline"
)

// Options configure Read.
type Options struct {
	// RefDate is the date given to documents that carry none; zero for none.
	RefDate timeline.Day
	// Stdin is read for the input "-".
	Stdin io.Reader
	// HTML reads HTML pages (.html, .htm, .xhtml files, and stdin that
	// starts like HTML). When nil, HTML inputs are skipped and reported.
	// Use htmlpage.New(...).Document: it is kept out of this package
	// because its libraries are heavy.
	HTML HTMLFunc
	// Exclude lists files and directories that directory walks leave out
	// without a report: the output directory of a run, so that building a
	// folder twice does not read the first run's timeline.csv and
	// timeline.html as articles. Inputs named explicitly are always read.
	Exclude []string
	// Progress, when set, is called after each document with the counts
	// so far. It runs on the reading goroutine: keep it cheap.
	Progress func(Stats)
}

// Stats counts what Read did.
type Stats struct {
	Read    int   // documents emitted
	Failed  int   // documents, rows or files that could not be read
	Skipped int   // files skipped on purpose (binary, unsupported type)
	Bytes   int64 // input bytes consumed (compressed size for .gz files)
}

// Error is a problem with one input, located by file and line (1-based; 0
// when the problem concerns the whole file).
type Error struct {
	File string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	return e.File + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Kinds of problems, for errors.Is. Reports wrap one of these when they have
// a kind; malformed rows wrap the JSON or CSV error instead (and ErrMalformed).
var (
	// ErrBinary: a file in a directory looks binary and was skipped.
	ErrBinary = errors.New("binary file skipped")
	// ErrBinaryInput: an input named explicitly (or stdin) looks binary; it
	// is not read and counts as failed, since the user meant it to be read.
	ErrBinaryInput = errors.New("binary file, not read (want text, HTML, JSONL or CSV; convert PDF or word-processor files to text first)")
	// ErrUnsupported: a file in a directory whose type is not read.
	ErrUnsupported = errors.New("unsupported file type skipped")
	// ErrLegacyEncoding: a plain-text file was not UTF-8 but Windows-1252
	// (Latin-1) and was decoded as such (document kept).
	ErrLegacyEncoding = errors.New("not UTF-8: read as Windows-1252 (Latin-1)")
	// ErrInvalidUTF8: invalid UTF-8 was replaced with U+FFFD (document kept).
	ErrInvalidUTF8 = errors.New("invalid UTF-8 replaced with U+FFFD")
	// ErrBadDate: a date field could not be read (document kept without it).
	ErrBadDate = errors.New("bad date")
	// ErrDuplicateID: a document id was seen before and was renamed.
	ErrDuplicateID = errors.New("duplicate document id")
	// ErrMalformed: a row could not be parsed (document lost, counted failed).
	ErrMalformed = errors.New("malformed row")
	// ErrIgnoredField: a metadata field of the wrong JSON type was dropped
	// (document kept).
	ErrIgnoredField = errors.New("ignored field")
	// ErrNoText: an HTML page has no article text (an index page, a page
	// built by JavaScript); the document is kept, empty.
	ErrNoText = errors.New("no article text found in the page (an index page, or text loaded by JavaScript?)")
	// ErrMissingText: a row has no text field (counted failed).
	ErrMissingText = errors.New("no text field")
)

// IsWarning reports whether a reported error left the document readable
// (repaired UTF-8, dropped date, renamed id): the batch need not be marked
// as failed for it.
func IsWarning(err error) bool {
	return errors.Is(err, ErrInvalidUTF8) || errors.Is(err, ErrLegacyEncoding) || errors.Is(err, ErrBadDate) || errors.Is(err, ErrDuplicateID) ||
		errors.Is(err, ErrIgnoredField) || errors.Is(err, ErrNoText)
}

// Read reads every input in order and calls emit for each document. Inputs
// are file paths, directory paths or "-" for opt.Stdin. Every per-document
// or per-file problem goes to report (once each, as an *Error) and reading
// continues. Read returns early only when ctx is done or emit returns an
// error; it returns that error.
func Read(ctx context.Context, inputs []string, opt Options, emit func(timeline.Document) error, report func(error)) (Stats, error) {
	if report == nil {
		report = func(error) {}
	}
	r := &reader{ctx: ctx, opt: opt, emit: emit, report: report}
	for _, p := range opt.Exclude {
		if abs, err := filepath.Abs(p); err == nil {
			if r.exclude == nil {
				r.exclude = map[string]bool{}
			}
			r.exclude[abs] = true
		}
	}
	for _, in := range inputs {
		if err := r.input(in); err != nil {
			return r.stats, err
		}
	}
	return r.stats, nil
}

// reader is the state of one Read call.
type reader struct {
	ctx       context.Context
	opt       Options
	emit      func(timeline.Document) error
	report    func(error)
	stats     Stats
	ids       IDSet
	stdinUsed bool
	exclude   map[string]bool // absolute, cleaned paths of Options.Exclude
	walking   bool            // reading the files of a directory, not inputs named by the user
}

func (r *reader) problem(file string, line int, err error) {
	r.report(&Error{File: file, Line: line, Err: err})
}

func (r *reader) fail(file string, line int, err error) {
	r.stats.Failed++
	r.problem(file, line, err)
}

func (r *reader) skip(file string, err error) {
	r.stats.Skipped++
	r.problem(file, 0, err)
}

// doc makes the id unique, emits d and reports progress. file and line
// locate d for reports.
func (r *reader) doc(d timeline.Document, file string, line int) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	d.ID = r.uniqueID(d.ID, file, line)
	if err := r.emit(d); err != nil {
		return err
	}
	r.stats.Read++
	if r.opt.Progress != nil {
		r.opt.Progress(r.stats)
	}
	return nil
}

func (r *reader) uniqueID(id, file string, line int) string {
	u, renamed := r.ids.Unique(id)
	if renamed {
		r.problem(file, line, fmt.Errorf("%w %q renamed %q", ErrDuplicateID, id, u))
	}
	return u
}

// IDSet makes document ids unique in a run, the way Read does: the first
// "a" stays "a", later ones become "a~2", "a~3"... skipping ids already
// taken. The zero IDSet is ready to use.
type IDSet struct {
	seen map[string]struct{}
}

// Unique returns id, or a new id if id was seen before (renamed true), and
// records it.
func (s *IDSet) Unique(id string) (unique string, renamed bool) {
	if s.seen == nil {
		s.seen = make(map[string]struct{})
	}
	if _, seen := s.seen[id]; !seen {
		s.seen[id] = struct{}{}
		return id, false
	}
	for n := 2; ; n++ {
		c := id + "~" + strconv.Itoa(n)
		if _, seen := s.seen[c]; !seen {
			s.seen[c] = struct{}{}
			return c, true
		}
	}
}
