package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/timelinekit/timelinekit/extract"
	"github.com/timelinekit/timelinekit/extract/temporal"
	"github.com/timelinekit/timelinekit/internal/atomicfile"
	"github.com/timelinekit/timelinekit/internal/corpus"
	"github.com/timelinekit/timelinekit/internal/progress"
	"github.com/timelinekit/timelinekit/timeline"
)

// pipelineFlags are the flags shared by the commands that extract.
type pipelineFlags struct {
	refDate    string
	domain     string
	jobs       int
	gazetteers multiFlag
	lexicons   multiFlag
	prose      bool
}

func (f *pipelineFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.refDate, "ref-date", "", "reference `date` (YYYY-MM-DD) for documents that carry none")
	fs.StringVar(&f.domain, "domain", "auto", "anchor relative dates on the document date (news), the previous date (narrative), or decide per document (auto)")
	fs.IntVar(&f.jobs, "jobs", runtime.NumCPU(), "number of documents processed in parallel")
	fs.Var(&f.gazetteers, "gazetteer", "add gazetteer entries from `FILE` (repeatable)")
	fs.Var(&f.lexicons, "events", "add or override event types and triggers from `FILE` (repeatable)")
	fs.BoolVar(&f.prose, "prose", false, "also run the prose NER tagger on names no gazetteer or cue explains (slower)")
}

// options validates the flags and turns them into corpus and pipeline options.
func (f *pipelineFlags) options(e *env) (corpus.Options, []extract.Option, error) {
	copt := corpus.Options{Stdin: e.stdin, HTML: htmlReader()}
	if f.jobs < 1 {
		return copt, nil, fmt.Errorf("--jobs: want 1 or more, not %d", f.jobs)
	}
	if f.refDate != "" {
		d, err := timeline.ParseDay(f.refDate)
		if err != nil {
			return copt, nil, fmt.Errorf("--ref-date: %v", err)
		}
		copt.RefDate = d
	}
	var popts []extract.Option
	if f.prose {
		popts = append(popts, extract.WithProse(true))
	}
	switch d := temporal.Domain(f.domain); d {
	case temporal.News, temporal.Narrative, temporal.Auto:
		popts = append(popts, extract.WithDomain(d))
	default:
		return copt, nil, fmt.Errorf("--domain: want news, narrative or auto, not %q", f.domain)
	}
	for _, path := range f.gazetteers {
		b, err := os.ReadFile(path)
		if err != nil {
			return copt, nil, fmt.Errorf("--gazetteer: %v", err)
		}
		popts = append(popts, extract.WithGazetteer(bytes.NewReader(b), path))
	}
	for _, path := range f.lexicons {
		b, err := os.ReadFile(path)
		if err != nil {
			return copt, nil, fmt.Errorf("--events: %v", err)
		}
		popts = append(popts, extract.WithEventLexicon(bytes.NewReader(b), path))
	}
	return copt, popts, nil
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// outputs maps each --format name to its file name and writer.
var formats = []struct {
	name, file string
	write      func(w io.Writer, tl *timeline.Timeline, o writeOpts) error
}{
	{"csv", "timeline.csv", func(w io.Writer, tl *timeline.Timeline, o writeOpts) error {
		return timeline.WriteCSV(w, tl, timeline.CSVOptions{BOM: o.bom, Raw: o.raw})
	}},
	{"json", "timeline.json", func(w io.Writer, tl *timeline.Timeline, o writeOpts) error { return timeline.WriteJSON(w, tl) }},
	{"html", "timeline.html", func(w io.Writer, tl *timeline.Timeline, o writeOpts) error {
		return timeline.WriteHTML(w, tl, timeline.HTMLOptions{Title: o.title})
	}},
	{"entities-csv", "entities.csv", func(w io.Writer, tl *timeline.Timeline, o writeOpts) error {
		return timeline.WriteEntitiesCSV(w, tl, timeline.CSVOptions{BOM: o.bom, Raw: o.raw})
	}},
	{"mentions-csv", "mentions.csv", func(w io.Writer, tl *timeline.Timeline, o writeOpts) error {
		return timeline.WriteMentionsCSV(w, tl, timeline.CSVOptions{BOM: o.bom, Raw: o.raw})
	}},
	{"timelinejs", "timelinejs.json", func(w io.Writer, tl *timeline.Timeline, o writeOpts) error {
		return timeline.WriteTimelineJSWith(w, tl, timeline.TimelineJSOptions{Title: o.title})
	}},
	{"timelinejs-csv", "timelinejs.csv", func(w io.Writer, tl *timeline.Timeline, o writeOpts) error {
		return timeline.WriteTimelineJSCSVWith(w, tl, timeline.TimelineJSOptions{Title: o.title})
	}},
}

type writeOpts struct {
	bom   bool
	raw   bool
	title string
}

// outputFlags are the flags of the commands that write a timeline (build,
// merge).
type outputFlags struct {
	dir    string
	format string
	tmpdir string
	wo     writeOpts
}

func (o *outputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&o.dir, "o", "timeline-out", "write every output format into `DIR`")
	fs.StringVar(&o.format, "format", "", "write only this `format` to stdout: "+formatNames())
	fs.BoolVar(&o.wo.bom, "bom", false, "start CSV files with a UTF-8 byte order mark (for Excel)")
	fs.BoolVar(&o.wo.raw, "raw-csv", false, "do not neutralise CSV cells that a spreadsheet would run as formulas (for pandas/R only)")
	fs.StringVar(&o.wo.title, "title", "", "title of the HTML page and of the TimelineJS title slide")
	fs.StringVar(&o.tmpdir, "tmpdir", "", "keep the build's working files (about the size of the JSON output) in `DIR` (default: the system's temporary directory)")
}

// builder returns the disk-backed timeline builder the flags ask for; on a
// terminal it shows the progress of the merge.
func (o *outputFlags) builder(e *env) *timeline.Builder {
	dir := o.tmpdir
	if dir == "" {
		dir = os.TempDir()
	}
	opt := timeline.BuildOptions{TempDir: dir}
	if progress.IsTerminal(e.stderr) {
		var ph *progress.Phase
		opt.Progress = func(merged, total int) {
			if ph == nil {
				ph = progress.NewPhase(e.stderr, true, "merging events", "mentions", total)
			}
			ph.Update(merged)
			if merged == total {
				ph.Finish()
			}
		}
	}
	return timeline.NewBuilder(opt)
}

// check reports a usage error in the output flags.
func (o *outputFlags) check(fs *flag.FlagSet) error {
	if o.format != "" && findFormat(o.format) < 0 {
		return fmt.Errorf("--format: want one of %s, not %q", formatNames(), o.format)
	}
	if o.format != "" && flagSet(fs, "o") {
		return fmt.Errorf("--format writes to stdout and -o to a directory; give one of them")
	}
	return nil
}

// write writes the timeline as the flags ask (one format to stdout, or
// every format into the directory, unless nothing could be read and an
// earlier timeline there must be kept) and returns the exit status so far.
func (o *outputFlags) write(e *env, cmd string, tl *timeline.Timeline, stats corpus.Stats) int {
	if o.format != "" {
		f := formats[findFormat(o.format)]
		bw := bufio.NewWriterSize(e.stdout, 64<<10)
		err := f.write(bw, tl, o.wo)
		if err == nil {
			err = bw.Flush()
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "timeline %s: writing %s: %v\n", cmd, f.name, err)
			return exitAborted
		}
	} else if keepOld(e, cmd, stats, o.dir) {
		return exitFailed
	} else if err := o.writeAll(e, tl); err != nil {
		fmt.Fprintf(e.stderr, "timeline %s: %v\n", cmd, err)
		return exitAborted
	}
	summary(e, cmd, stats, tl, o.format == "", o.dir)
	return exitOK
}

func formatNames() string {
	var names []string
	for _, f := range formats {
		names = append(names, f.name)
	}
	return strings.Join(names, ", ")
}

func runBuild(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("timeline build", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var pf pipelineFlags
	pf.register(fs)
	var of outputFlags
	of.register(fs)
	fs.Usage = func() {
		fmt.Fprint(e.stderr, "usage: timeline build [flags] INPUT...\n\n"+
			"Reads articles and writes the timeline into DIR (-o) as timeline.csv,\n"+
			"timeline.json, timeline.html, entities.csv, mentions.csv, timelinejs.json\n"+
			"and timelinejs.csv, or one of them to stdout (--format).\n\n"+
			inputHelp+"\n"+exitHelp+"\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return parseExit(err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	copt, popts, err := pf.options(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "timeline build: %v\n", err)
		return exitUsage
	}
	if err := of.check(fs); err != nil {
		fmt.Fprintf(e.stderr, "timeline build: %v\n", err)
		return exitUsage
	}
	if of.format == "" {
		// A second run must not read the first one's outputs, whether -o
		// is a directory below the inputs or an input directory itself.
		copt.Exclude = []string{of.dir}
		for _, f := range formats {
			copt.Exclude = append(copt.Exclude, filepath.Join(of.dir, f.file))
		}
	}
	b := of.builder(e)
	stats, ok := streamExtractions(ctx, e, fs.Args(), copt, popts, pf.jobs, "build", func(x timeline.Extraction) error {
		return b.Add(&x)
	})
	if stats.Read < 0 {
		b.Discard()
		return exitUsage // a --gazetteer or --events file is bad (reported with file:line)
	}
	if ctx.Err() != nil {
		// Interrupted: a partial timeline must not replace a complete one.
		b.Discard()
		fmt.Fprintln(e.stderr, "timeline build: interrupted; nothing written")
		return exitAborted
	}
	tl, err := b.Finish()
	if err != nil {
		fmt.Fprintf(e.stderr, "timeline build: %v; nothing written\n", err)
		return exitAborted
	}
	defer tl.Close()
	if code := of.write(e, "build", tl, stats); code != exitOK {
		return code
	}
	if !ok {
		return exitFailed
	}
	return exitOK
}

// inputHelp and exitHelp are the parts of the commands' usage texts that
// describe inputs and exit statuses.
const (
	inputHelp = "INPUT is a plain-text file (.txt, .md, or any file named explicitly), an HTML\npage (.html, .htm), a .jsonl or .csv collection (columns id, date, title,\nurl, author, text), any of these gzip-compressed (.gz), a directory (walked\nin sorted order, hidden files and the -o output left out), or - for stdin.\n"
	exitHelp  = "Exit status: 0 all read, 1 some input failed (the rest was processed),\n2 usage error, 3 nothing could be written.\n"
)

// flagSet reports whether the flag was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// parseExit is the exit status after a flag parsing error: 0 for -h, which
// asked for the usage text, 2 otherwise.
func parseExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

func findFormat(name string) int {
	for i, f := range formats {
		if f.name == name {
			return i
		}
	}
	return -1
}

// streamExtractions reads the inputs and extracts every document on a
// worker pool, reporting each problem once on stderr (above the progress
// line when stderr is a terminal), and calls emit with each document's
// extraction in input order. It returns the reading statistics (a Read of
// -1 means the pipeline could not be built) and whether everything
// succeeded. Repairs that keep a document (invalid UTF-8, a bad date, a
// duplicate id) are reported but do not count as failures.
func streamExtractions(ctx context.Context, e *env, inputs []string, copt corpus.Options, popts []extract.Option, jobs int, cmd string, emit func(timeline.Extraction) error) (corpus.Stats, bool) {
	p, err := extract.New(popts...)
	if err != nil {
		fmt.Fprintf(e.stderr, "timeline %s: %v\n", cmd, err)
		return corpus.Stats{Read: -1}, false
	}
	total, _ := corpus.Size(inputs)
	bar := progress.New(e.stderr, progress.Options{Terminal: progress.IsTerminal(e.stderr), Total: total})
	failed := 0
	report := func(err error) {
		if !corpus.IsWarning(err) {
			var ce *corpus.Error
			if !errors.As(err, &ce) || !errors.Is(err, corpus.ErrUnsupported) && !errors.Is(err, corpus.ErrBinary) {
				failed++
			}
		}
		bar.Println("timeline " + cmd + ": " + err.Error())
	}
	done := 0
	var emitErr error
	batch := p.NewBatch(ctx, jobs, func(r extract.Result) error {
		if r.Err != nil {
			report(r.Err)
			return nil
		}
		done++
		if err := emit(r.Extraction); err != nil {
			emitErr = err
			return err
		}
		return nil
	})
	copt.Progress = func(st corpus.Stats) { bar.Update(st.Read, st.Bytes) }
	stats, rerr := corpus.Read(ctx, inputs, copt, func(d timeline.Document) error {
		return batch.Submit(ctx, d)
	}, report)
	werr := batch.Wait()
	bar.Finish()
	stats.Failed = failed
	ok := failed == 0 && rerr == nil && werr == nil
	if rerr != nil && !errors.Is(rerr, context.Canceled) && rerr != emitErr {
		fmt.Fprintf(e.stderr, "timeline %s: %v\n", cmd, rerr)
	}
	// An error of emit is the caller's to report (once).
	if werr != nil && (emitErr == nil || !errors.Is(werr, emitErr)) {
		fmt.Fprintf(e.stderr, "timeline %s: %v\n", cmd, werr)
	}
	if ctx.Err() != nil {
		fmt.Fprintf(e.stderr, "timeline %s: %v\n", cmd, ctx.Err())
		ok = false
	}
	return stats, ok
}

// writeAll writes every format into the output directory, showing on a
// terminal how many files are done.
func (o *outputFlags) writeAll(e *env, tl *timeline.Timeline) error {
	ph := progress.NewPhase(e.stderr, progress.IsTerminal(e.stderr), "writing "+o.dir, "files", len(formats))
	var mu sync.Mutex
	n := 0
	ph.Update(0)
	err := writeAll(o.dir, tl, o.wo, func() {
		mu.Lock()
		n++
		ph.Update(n)
		mu.Unlock()
	})
	ph.Finish()
	return err
}

// writeAll writes every format into dir, each file atomically, several at
// a time (the writers only read the timeline), calling done after each
// file. The first error in format order is returned.
func writeAll(dir string, tl *timeline.Timeline, wo writeOpts, done func()) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	errs := make([]error, len(formats))
	sem := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	for i, f := range formats {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			path := filepath.Join(dir, f.file)
			err := atomicfile.Write(path, 0o644, func(w io.Writer) error {
				bw := bufio.NewWriterSize(w, 64<<10)
				if err := f.write(bw, tl, wo); err != nil {
					return err
				}
				return bw.Flush()
			})
			if err != nil {
				errs[i] = fmt.Errorf("writing %s: %v", path, err)
			}
			done()
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// keepOld reports (and says so) when nothing was read and something failed,
// e.g. a mistyped file name: the outputs of an earlier run in dir are then
// left as they are instead of being replaced by an empty timeline.
func keepOld(e *env, cmd string, st corpus.Stats, dir string) bool {
	if st.Read > 0 || st.Failed == 0 {
		return false
	}
	fmt.Fprintf(e.stderr, "timeline %s: 0 documents read, %d failed, %d skipped; nothing written, %s left as it was\n",
		cmd, st.Failed, st.Skipped, dir)
	return true
}

func summary(e *env, cmd string, st corpus.Stats, tl *timeline.Timeline, wroteFiles bool, dir string) {
	fmt.Fprintf(e.stderr, "timeline %s: %d documents read, %d failed, %d skipped; %d events (%d dated), %d entities",
		cmd, st.Read, st.Failed, st.Skipped, tl.NumEvents(), tl.NumDated(), len(tl.Entities))
	if wroteFiles {
		fmt.Fprintf(e.stderr, "; written to %s", dir)
	}
	fmt.Fprintln(e.stderr)
}
