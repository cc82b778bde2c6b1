package main

import (
	"context"
	"flag"
	"fmt"

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
	var of outputFlags
	of.register(fs)
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
	if err := of.check(fs); err != nil {
		fmt.Fprintf(e.stderr, "timeline merge: %v\n", err)
		return exitUsage
	}
	total, _ := corpus.Size(fs.Args())
	bar := progress.New(e.stderr, progress.Options{Terminal: progress.IsTerminal(e.stderr), Total: total})
	b := of.builder(e)
	opt := corpus.Options{Stdin: e.stdin, Progress: func(st corpus.Stats) { bar.Update(st.Read, st.Bytes) }}
	stats, err := corpus.ReadExtractions(ctx, fs.Args(), opt, func(x timeline.Extraction) error {
		return b.Add(&x)
	}, func(err error) { bar.Println("timeline merge:", err) })
	bar.Finish()
	if err == nil {
		err = ctx.Err()
	}
	tl, ferr := b.Finish()
	if err == nil {
		err = ferr
	}
	if err != nil {
		tl.Close()
		fmt.Fprintf(e.stderr, "timeline merge: %v; nothing written\n", err)
		return exitAborted
	}
	defer tl.Close()
	if code := of.write(e, "merge", tl, stats); code != exitOK {
		return code
	}
	if stats.Failed > 0 {
		return exitFailed
	}
	return exitOK
}
