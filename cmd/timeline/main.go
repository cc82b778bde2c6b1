// Command timeline reads articles and histories and writes one chronological
// timeline of the events they describe, as CSV, JSON and HTML.
//
// Usage:
//
//	timeline build [flags] INPUT...     articles in, timeline out
//	timeline tag [flags] FILE...        time expressions (plain text or --timeml)
//	timeline eval timeml GOLD SYS       TempEval-3 Task A scores
//	timeline extract [flags] INPUT...   per-document extractions as JSONL
//	timeline merge [flags] FILE...      build a timeline from extraction JSONL
//
// Run "timeline COMMAND -h" for the flags of each command.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
)

// softMemoryLimit is the heap size the garbage collector aims to stay
// under (unless GOMEMLIMIT says otherwise): the build's live data is
// bounded, and without a limit the collector lets the heap grow to twice
// it between collections.
const softMemoryLimit = 300 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1 // some input failed; the rest was processed
	exitUsage   = 2
	exitAborted = 3 // nothing useful could be written
)

// env is what a command runs with: its streams. Commands never touch os.Std*.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "build":
		return runBuild(ctx, e, rest)
	case "tag":
		return runTag(ctx, e, rest)
	case "eval":
		return runEval(ctx, e, rest)
	case "extract":
		return runExtract(ctx, e, rest)
	case "merge":
		return runMerge(ctx, e, rest)
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return exitOK
	}
	fmt.Fprintf(stderr, "timeline: unknown command %q\n", cmd)
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage: timeline COMMAND [flags] ARGS...

commands:
  build    INPUT...          read articles, write timeline.csv, timeline.json, timeline.html
  tag      FILE...           print time expressions (JSON lines), or tag TimeML with --timeml
  eval     timeml GOLD SYS   score TimeML TIMEX3 tags with the TempEval-3 Task A rules
  extract  INPUT...          write per-document extractions as JSONL (for sharded runs)
  merge    FILE...           build the timeline from extraction JSONL files

INPUT is a plain-text file (.txt, .md, or any file named explicitly), an HTML
page (.html, .htm), a .jsonl or .csv collection (columns id, date, title,
url, author, text), any of these gzip-compressed (.gz), a directory (walked
in sorted order, hidden files and the -o output left out), or - for stdin.

Run "timeline COMMAND -h" for the flags of a command.
`)
}
