package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"github.com/timelinekit/timelinekit/extract/temporal"
	"github.com/timelinekit/timelinekit/internal/timeml"
	"github.com/timelinekit/timelinekit/timeline"
)

const evalUsage = `usage: timeline eval timeml [flags] GOLD_DIR SYS_DIR
       timeline eval timeml --tag [flags] GOLD_DIR...

Scores the TIMEX3 tags of the TimeML files (*.tml) in SYS_DIR against those
in GOLD_DIR with the TempEval-3 Task A rules: files pair by name, only TEXT
counts, and its tag-free text must be the same in both files.

With --tag, each GOLD_DIR is tagged by the project's tagger (its TIMEX3 tags
removed, the DCT as reference date) into a temporary directory, which is
then scored against GOLD_DIR; each directory's figures follow a "== DIR"
line, and with several directories all together follow "== total".

Output: one "name value" line per figure, percentages with 2 decimals:
relaxed_matches, strict_matches, strict_P/R/F1, relaxed_P/R/F1, type_acc,
value_acc, type_F1, value_F1, then documents, gold_timexes, system_timexes.

flags:
`

func runEval(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] != "timeml" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			fmt.Fprint(e.stdout, evalUsage)
			return exitOK
		}
		fmt.Fprint(e.stderr, "timeline eval: want \"timeml\" as the first argument (the only scorer so far)\n\n"+evalUsage)
		return exitUsage
	}
	fl := flag.NewFlagSet("eval timeml", flag.ContinueOnError)
	fl.SetOutput(e.stderr)
	tag := fl.Bool("tag", false, "tag each GOLD_DIR with the project's tagger, then score it")
	domain := fl.String("domain", "auto", "with --tag: how relative dates anchor: news, narrative or auto")
	keep := fl.String("keep", "", "with --tag: write the tagged files under `DIR` (one sub-directory per GOLD_DIR) and keep them")
	errFile := fl.String("errors", "", "write every discrepancy (missed, spurious, extent, type, value) as tab-separated lines to `FILE`")
	fl.Usage = func() {
		fmt.Fprint(fl.Output(), evalUsage)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	dirs := fl.Args()
	if !*tag {
		if len(dirs) != 2 {
			fmt.Fprintln(e.stderr, "timeline eval timeml: want GOLD_DIR and SYS_DIR (or --tag GOLD_DIR...)")
			return exitUsage
		}
		for i, d := range dirs {
			if err := checkDir(d); err != nil {
				fmt.Fprintf(e.stderr, "timeline eval timeml: %s directory: %v\n", [2]string{"gold", "system"}[i], err)
				return exitAborted
			}
		}
		res, err := timeml.ScoreDirs(dirs[0], dirs[1])
		if err != nil {
			fmt.Fprintf(e.stderr, "timeline eval timeml: %v\n", err)
			return exitAborted
		}
		for _, x := range res.Extra {
			fmt.Fprintf(e.stderr, "timeline eval timeml: %s: no gold file of that name; not scored\n", x)
		}
		writeCounts(e, res.Total)
		if *errFile != "" {
			if err := writeDiffs(*errFile, res.Docs); err != nil {
				fmt.Fprintf(e.stderr, "timeline eval timeml: %v\n", err)
				return exitFailed
			}
		}
		return exitOK
	}
	d, err := parseDomain(*domain)
	if err != nil {
		fmt.Fprintf(e.stderr, "timeline eval timeml: %v\n", err)
		return exitUsage
	}
	if len(dirs) == 0 {
		fmt.Fprintln(e.stderr, "timeline eval timeml --tag: want at least one GOLD_DIR")
		return exitUsage
	}
	for _, g := range dirs {
		if err := checkDir(g); err != nil {
			fmt.Fprintf(e.stderr, "timeline eval timeml: gold directory: %v\n", err)
			return exitAborted
		}
	}
	return evalTagged(ctx, e, dirs, d, *keep, *errFile)
}

func writeCounts(e *env, c timeml.Counts) {
	_ = c.WriteScores(e.stdout)
	_ = c.WriteCounts(e.stdout)
}

// checkDir reports a clear error when d is not an existing directory.
func checkDir(d string) error {
	fi, err := os.Stat(d)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such directory", d)
	case err != nil:
		return err
	case !fi.IsDir():
		return fmt.Errorf("%s: not a directory", d)
	}
	return nil
}

// evalTagged tags every gold directory into a scratch directory and scores
// it.
func evalTagged(ctx context.Context, e *env, golds []string, d temporal.Domain, keep, errFile string) int {
	tg, err := temporal.New()
	if err != nil {
		fmt.Fprintf(e.stderr, "timeline eval timeml: %v\n", err)
		return exitAborted
	}
	root := keep
	if root == "" {
		root, err = os.MkdirTemp("", "timeline-eval-")
		if err != nil {
			fmt.Fprintf(e.stderr, "timeline eval timeml: %v\n", err)
			return exitAborted
		}
		defer os.RemoveAll(root)
	}
	var total timeml.Counts
	var docs []*timeml.Alignment
	for i, g := range golds {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(e.stderr, "timeline eval timeml: %v\n", err)
			return exitAborted
		}
		out := filepath.Join(root, fmt.Sprintf("%02d-%s", i+1, filepath.Base(filepath.Clean(g))))
		if err := os.MkdirAll(out, 0o755); err != nil {
			fmt.Fprintf(e.stderr, "timeline eval timeml: %v\n", err)
			return exitAborted
		}
		fc, err := tagDir(ctx, tg, d, g, out)
		if err != nil {
			fmt.Fprintf(e.stderr, "timeline eval timeml: %v\n", err)
			return exitAborted
		}
		if fc.cut+fc.dropped > 0 {
			fmt.Fprintf(e.stderr, "timeline eval timeml: %s: of %d tagged timexes the TimeML writer cut %d (at EVENT/SIGNAL tags or spaces) and dropped %d (overlapping or empty)\n", g, fc.tagged, fc.cut, fc.dropped)
		}
		res, err := timeml.ScoreDirs(g, out)
		if err != nil {
			fmt.Fprintf(e.stderr, "timeline eval timeml: %v\n", err)
			return exitAborted
		}
		fmt.Fprintf(e.stdout, "== %s\n", g)
		writeCounts(e, res.Total)
		total.Add(res.Total)
		docs = append(docs, res.Docs...)
	}
	if len(golds) > 1 {
		fmt.Fprintln(e.stdout, "== total")
		writeCounts(e, total)
	}
	if keep != "" {
		fmt.Fprintf(e.stderr, "timeline eval timeml: tagged files kept in %s\n", keep)
	}
	if errFile != "" {
		if err := writeDiffs(errFile, docs); err != nil {
			fmt.Fprintf(e.stderr, "timeline eval timeml: %v\n", err)
			return exitFailed
		}
	}
	return exitOK
}

// writeDiffs writes the discrepancies of docs as tab-separated values with
// a header row.
func writeDiffs(path string, docs []*timeml.Alignment) error {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Comma = '\t'
	_ = w.Write([]string{"file", "line", "kind", "gold_text", "gold_type", "gold_value", "sys_text", "sys_type", "sys_value", "context"})
	tx := func(t *timeline.Timex) []string {
		if t == nil {
			return []string{"", "", ""}
		}
		return []string{t.Text, t.Type, t.Value}
	}
	for _, a := range docs {
		for _, d := range a.Diffs() {
			row := append([]string{a.Name, strconv.Itoa(d.Line), d.Kind}, tx(d.Gold)...)
			row = append(row, tx(d.Sys)...)
			_ = w.Write(append(row, d.Context))
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
