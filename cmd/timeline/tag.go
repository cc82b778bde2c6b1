package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/timelinekit/timelinekit/internal/atomicfile"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/timelinekit/timelinekit/extract/temporal"
	"github.com/timelinekit/timelinekit/internal/timeml"
	"github.com/timelinekit/timelinekit/timeline"
)

const tagUsage = `usage: timeline tag [--ref-date YYYY-MM-DD] [--domain D] FILE...|-
       timeline tag --timeml [-o DIR] [--domain D] IN.tml...

Finds the time expressions of plain-text files (- for stdin) and prints one
JSON object per expression and line, in document order:

  doc         the file name ("-" for stdin)
  start, end  byte offsets of the expression in the file, end exclusive
  text        the expression as written
  type        TIMEX3 type: DATE, TIME, DURATION or SET
  value       TIMEX3 value: 1952-04-09, 1998-W07, XXXX-11-10, P3D, PAST_REF ...
  mod         TIMEX3 mod (EARLY, APPROX ...), omitted when none
  edtf        the date in EDTF (1952-04-09, 196X, -0489, 2009-12~ ...)
  start_date  first calendar day the date covers (YYYY-MM-DD)
  end_date    last calendar day the date covers
  precision   day, month, year, decade ...
  basis       how it was resolved: explicit, document, narrative, weekday,
              unresolved
  approximate, year_unknown   true when so (omitted otherwise)

edtf to year_unknown are omitted for durations, sets and references such as
PRESENT_REF, and start_date/end_date when the year is unknown. Without
--ref-date, relative and year-less dates get year-unknown values.

With --timeml, each TimeML file is tagged (its TIMEX3 tags inside TEXT are
removed first; the DCT is the reference date) and written with the
project's TIMEX3 tags, everything else unchanged, to DIR under the same file
name; with one file and no -o, to stdout.

flags:
`

func runTag(ctx context.Context, e *env, args []string) int {
	fl := flag.NewFlagSet("tag", flag.ContinueOnError)
	fl.SetOutput(e.stderr)
	tml := fl.Bool("timeml", false, "read and write TimeML")
	outDir := fl.String("o", "", "with --timeml: write the tagged files to `DIR`")
	refDate := fl.String("ref-date", "", "reference (document) date `YYYY-MM-DD` for plain text; with --timeml, used when a file has no DCT date")
	domain := fl.String("domain", "auto", "how relative dates anchor: news (document date), narrative (previous date) or auto")
	fl.Usage = func() {
		fmt.Fprint(fl.Output(), tagUsage)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	d, err := parseDomain(*domain)
	if err != nil {
		fmt.Fprintf(e.stderr, "timeline tag: %v\n", err)
		return exitUsage
	}
	var ref timeline.Day
	if *refDate != "" {
		if ref, err = timeline.ParseDay(*refDate); err != nil {
			fmt.Fprintf(e.stderr, "timeline tag: --ref-date: %v\n", err)
			return exitUsage
		}
	}
	files := fl.Args()
	if len(files) == 0 {
		fmt.Fprintln(e.stderr, "timeline tag: no input files (use - for stdin)")
		return exitUsage
	}
	if *outDir != "" && !*tml {
		fmt.Fprintln(e.stderr, "timeline tag: -o needs --timeml (plain-text results go to stdout)")
		return exitUsage
	}
	tg, err := temporal.New()
	if err != nil {
		fmt.Fprintf(e.stderr, "timeline tag: %v\n", err)
		return exitAborted
	}
	if *tml {
		return tagTimeML(ctx, e, tg, files, *outDir, temporal.Context{Ref: ref, Domain: d})
	}
	return tagPlain(ctx, e, tg, files, temporal.Context{Ref: ref, Domain: d})
}

func parseDomain(s string) (temporal.Domain, error) {
	switch d := temporal.Domain(s); d {
	case temporal.News, temporal.Narrative, temporal.Auto:
		return d, nil
	}
	return "", fmt.Errorf("--domain %q: want news, narrative or auto", s)
}

// tagLine is one line of the plain-text output; the keys are documented in
// tagUsage.
type tagLine struct {
	Doc         string `json:"doc"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Text        string `json:"text"`
	Type        string `json:"type"`
	Value       string `json:"value"`
	Mod         string `json:"mod,omitempty"`
	EDTF        string `json:"edtf,omitempty"`
	StartDate   string `json:"start_date,omitempty"`
	EndDate     string `json:"end_date,omitempty"`
	Precision   string `json:"precision,omitempty"`
	Basis       string `json:"basis,omitempty"`
	Approximate bool   `json:"approximate,omitempty"`
	YearUnknown bool   `json:"year_unknown,omitempty"`
}

func newTagLine(doc string, t timeline.Timex) tagLine {
	l := tagLine{Doc: doc, Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value, Mod: t.Mod}
	if dt := t.Date; dt != nil {
		l.EDTF, l.Precision, l.Basis = dt.EDTF, string(dt.Precision), string(dt.Basis)
		l.StartDate, l.EndDate = dt.Start.String(), dt.End.String()
		l.Approximate, l.YearUnknown = dt.Approximate, dt.YearUnknown
	}
	return l
}

func tagPlain(ctx context.Context, e *env, tg *temporal.Tagger, files []string, c temporal.Context) int {
	bw := bufio.NewWriter(e.stdout)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	code := exitOK
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(e.stderr, "timeline tag: %v\n", err)
			return exitAborted
		}
		var b []byte
		var err error
		if f == "-" {
			b, err = io.ReadAll(e.stdin)
		} else {
			b, err = os.ReadFile(f)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "timeline tag: %v\n", err)
			code = exitFailed
			continue
		}
		if bytes.IndexByte(b[:min(len(b), 8<<10)], 0) >= 0 {
			// A PDF, a word-processor file, an image: its "dates" would be noise.
			fmt.Fprintf(e.stderr, "timeline tag: %s: binary file, not read (want plain text)\n", f)
			code = exitFailed
			continue
		}
		for _, t := range tg.Tag(string(b), c) {
			if err := enc.Encode(newTagLine(f, t)); err != nil {
				fmt.Fprintf(e.stderr, "timeline tag: %v\n", err)
				return exitAborted
			}
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "timeline tag: %v\n", err)
		return exitAborted
	}
	return code
}

func tagTimeML(ctx context.Context, e *env, tg *temporal.Tagger, files []string, outDir string, c temporal.Context) int {
	if outDir == "" && len(files) > 1 {
		fmt.Fprintln(e.stderr, "timeline tag --timeml: several files need -o DIR")
		return exitUsage
	}
	if outDir != "" {
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			fmt.Fprintf(e.stderr, "timeline tag: %v\n", err)
			return exitAborted
		}
	}
	code, done := exitOK, 0
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(e.stderr, "timeline tag: %v\n", err)
			return exitAborted
		}
		var err error
		if outDir == "" {
			err = tagTimeMLTo(e, tg, f, "", c)
		} else {
			err = tagTimeMLTo(e, tg, f, filepath.Join(outDir, filepath.Base(f)), c)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "timeline tag: %v\n", err)
			code = exitFailed
			continue
		}
		done++
	}
	if done == 0 {
		return exitAborted
	}
	return code
}

// tagTimeMLTo tags one TimeML file and writes it to out ("" for stdout).
func tagTimeMLTo(e *env, tg *temporal.Tagger, in, out string, c temporal.Context) error {
	var doc *timeml.Document
	var err error
	if in == "-" {
		var b []byte
		if b, err = io.ReadAll(e.stdin); err == nil {
			doc, err = timeml.Parse("-", b)
		}
	} else {
		doc, err = timeml.ReadFile(in)
	}
	if err != nil {
		return err
	}
	if !doc.Ref.IsZero() {
		c.Ref = doc.Ref
	}
	b := doc.Render(tg.Tag(doc.Text, c))
	if out == "" {
		_, err = e.stdout.Write(b)
		return err
	}
	if in == "-" {
		return errors.New("stdin (-) with -o: give file names instead")
	}
	if si, err := os.Stat(in); err == nil {
		if so, err := os.Stat(out); err == nil && os.SameFile(si, so) {
			return fmt.Errorf("%s: output would overwrite the input", out)
		}
	}
	return atomicfile.WriteFile(out, b, 0o644)
}

// fitCounts counts how many timexes the TimeML writer changed: cut at
// element tags or spaces, or dropped (overlapping, empty or outside the text).
type fitCounts struct{ tagged, cut, dropped int }

func (f *fitCounts) add(doc *timeml.Document, tx []timeline.Timex) {
	fit := doc.Fit(tx)
	f.tagged += len(tx)
	f.dropped += len(tx) - len(fit)
	spans := make(map[timeline.Span]bool, len(tx))
	for _, t := range tx {
		spans[t.Span] = true
	}
	for _, t := range fit {
		if !spans[t.Span] {
			f.cut++
		}
	}
}

// tagDir tags every *.tml file of in into out under the same names.
func tagDir(ctx context.Context, tg *temporal.Tagger, d temporal.Domain, in, out string) (fitCounts, error) {
	var fc fitCounts
	ents, err := os.ReadDir(in)
	if err != nil {
		return fc, err
	}
	n := 0
	for _, ent := range ents {
		if !ent.Type().IsRegular() || !strings.HasSuffix(ent.Name(), ".tml") {
			continue
		}
		if err := ctx.Err(); err != nil {
			return fc, err
		}
		doc, err := timeml.ReadFile(filepath.Join(in, ent.Name()))
		if err != nil {
			return fc, err
		}
		tx := tg.Tag(doc.Text, temporal.Context{Ref: doc.Ref, Domain: d})
		fc.add(doc, tx)
		if err := os.WriteFile(filepath.Join(out, ent.Name()), doc.Render(tx), 0o644); err != nil {
			return fc, err
		}
		n++
	}
	if n == 0 {
		return fc, fmt.Errorf("%s: no .tml files", in)
	}
	return fc, nil
}
