package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/timelinekit/timelinekit/extract"
	"github.com/timelinekit/timelinekit/internal/corpus"
	"github.com/timelinekit/timelinekit/internal/progress"
	"github.com/timelinekit/timelinekit/timeline"
)

// runMerge builds the timeline from extraction files written by `timeline
// extract` and writes it like `timeline build`: extracting shards and
// merging them gives the timeline one build over all inputs would give.
func runMerge(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("timeline merge", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	outDir := fs.String("o", "timeline-out", "write every output format into `DIR`")
	format := fs.String("format", "", "write only this `format` to stdout: "+formatNames())
	var wo writeOpts
	fs.BoolVar(&wo.bom, "bom", false, "start CSV files with a UTF-8 byte order mark (for Excel)")
	fs.BoolVar(&wo.raw, "raw-csv", false, "do not neutralise CSV cells that a spreadsheet would run as formulas (for pandas/R only)")
	fs.StringVar(&wo.title, "title", "", "title of the HTML page and of the TimelineJS title slide")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: timeline merge [flags] FILE...\n\n"+
			"Builds the timeline from files written by timeline extract (- for stdin,\n"+
			".gz accepted), in order, and writes it like timeline build.\n\n"+
			exitHelp+"\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return parseExit(err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	if *format != "" && findFormat(*format) < 0 {
		fmt.Fprintf(e.stderr, "timeline merge: --format: want one of %s, not %q\n", formatNames(), *format)
		return exitUsage
	}
	if *format != "" && flagSet(fs, "o") {
		fmt.Fprintln(e.stderr, "timeline merge: --format writes to stdout and -o to a directory; give one of them")
		return exitUsage
	}
	total, _ := corpus.Size(fs.Args())
	bar := progress.New(e.stderr, progress.Options{Terminal: progress.IsTerminal(e.stderr), Total: total})
	exts := []timeline.Extraction{}
	opt := corpus.Options{Stdin: e.stdin, Progress: func(st corpus.Stats) { bar.Update(st.Read, st.Bytes) }}
	stats, err := corpus.ReadExtractions(ctx, fs.Args(), opt, func(x timeline.Extraction) error {
		exts = append(exts, extract.Compact(x))
		return nil
	}, func(err error) { bar.Println("timeline merge:", err) })
	bar.Finish()
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "timeline merge: %v; nothing written\n", err)
		return exitAborted
	}
	tl := timeline.Build(exts)
	if *format != "" {
		f := formats[findFormat(*format)]
		if err := f.write(e.stdout, tl, wo); err != nil {
			fmt.Fprintf(e.stderr, "timeline merge: writing %s: %v\n", f.name, err)
			return exitAborted
		}
	} else if keepOld(e, "merge", stats, *outDir) {
		return exitFailed
	} else if err := writeAll(*outDir, tl, wo); err != nil {
		fmt.Fprintf(e.stderr, "timeline merge: %v\n", err)
		return exitAborted
	}
	summary(e, "merge", stats, tl, *format == "", *outDir)
	if stats.Failed > 0 {
		return exitFailed
	}
	return exitOK
}
