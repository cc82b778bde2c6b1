package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/timelinekit/timelinekit/extract"
	"github.com/timelinekit/timelinekit/internal/atomicfile"
	"github.com/timelinekit/timelinekit/timeline"
)

// runExtract writes one JSON line per document (a timeline.Extraction), in
// input order, for `timeline merge` to build a timeline from later: a large
// archive can be extracted in shards on several machines and merged.
func runExtract(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("timeline extract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var pf pipelineFlags
	pf.register(fs)
	out := fs.String("o", "-", "write the extractions to `FILE` (atomically), or - for stdout")
	full := fs.Bool("full", false, "keep each document's text, paragraphs, sentences and time expressions (merge does not need them)")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: timeline extract [flags] INPUT...\n\n"+
			"Writes one JSON line per document (its extraction) for timeline merge.\n\n"+
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
		fmt.Fprintf(e.stderr, "timeline extract: %v\n", err)
		return exitUsage
	}

	if *out != "-" {
		copt.Exclude = []string{*out} // an old shard in the input directory is no article
	}

	// Output: stdout, or a temporary file renamed into place at the end so
	// an interrupted run never leaves a truncated shard.
	var dst io.Writer = e.stdout
	var af *atomicfile.File
	if fi, err := os.Stat(*out); *out != "-" && err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		// A device or a named pipe (/dev/null, a FIFO to another tool):
		// nothing to replace atomically, write to it directly.
		f, err := os.OpenFile(*out, os.O_WRONLY, 0)
		if err != nil {
			fmt.Fprintf(e.stderr, "timeline extract: %v\n", err)
			return exitAborted
		}
		defer f.Close()
		dst = f
	} else if *out != "-" {
		if af, err = atomicfile.Create(*out, 0o644); err != nil {
			fmt.Fprintf(e.stderr, "timeline extract: %v\n", err)
			return exitAborted
		}
		defer af.Abort()
		dst = af
	}
	bw := bufio.NewWriterSize(dst, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var werr error
	stats, ok := streamExtractions(ctx, e, fs.Args(), copt, popts, pf.jobs, "extract", func(x timeline.Extraction) error {
		if !*full {
			x = extract.Compact(x)
		}
		if err := enc.Encode(x); err != nil {
			werr = err
			return err // stops the batch: the output is broken
		}
		return nil
	})
	if stats.Read < 0 {
		return exitUsage // a --gazetteer or --events file is bad (reported with file:line)
	}
	if werr == nil {
		werr = bw.Flush()
	}
	if werr != nil {
		fmt.Fprintf(e.stderr, "timeline extract: writing %s: %v\n", *out, werr)
		return exitAborted
	}
	if ctx.Err() != nil {
		if af != nil {
			fmt.Fprintf(e.stderr, "timeline extract: interrupted; %s not written\n", *out)
		}
		return exitAborted
	}
	where := ""
	if af != nil {
		if err := af.Commit(); err != nil {
			fmt.Fprintf(e.stderr, "timeline extract: %v\n", err)
			return exitAborted
		}
		where = "; written to " + *out
	}
	fmt.Fprintf(e.stderr, "timeline extract: %d documents read, %d failed, %d skipped%s\n",
		stats.Read, stats.Failed, stats.Skipped, where)
	if !ok {
		return exitFailed
	}
	return exitOK
}
