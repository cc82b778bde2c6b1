package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/internal/timeml"
	"github.com/timelinekit/timelinekit/timeline"
)

// runCLI runs the command line and returns the exit status and streams.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

var fixtures = filepath.Join("testdata", "timeml")

func TestTagTimeMLDir(t *testing.T) {
	out := t.TempDir()
	ins, _ := filepath.Glob(filepath.Join(fixtures, "*.tml"))
	if len(ins) < 2 {
		t.Fatal("fixtures missing")
	}
	code, _, stderr := runCLI(t, "", append([]string{"tag", "--timeml", "-o", out, "--domain", "news"}, ins...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, in := range ins {
		gold, err := timeml.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(out, filepath.Base(in)))
		if err != nil {
			t.Fatal(err)
		}
		sys, err := timeml.Parse(in, b)
		if err != nil {
			t.Fatalf("output of %s does not parse: %v", in, err)
		}
		if sys.Text != gold.Text {
			t.Errorf("%s: TEXT changed", in)
		}
		// Nothing of the gold TIMEX3 tags is left in TEXT, and the rest of
		// the file is unchanged.
		if bytes.Contains(b, []byte(`temporalFunction="false" functionInDocument="NONE"`)) {
			t.Errorf("%s: gold TIMEX3 left in output", in)
		}
		for _, x := range sys.Timexes() {
			switch x.Type {
			case timeline.TimexDate, timeline.TimexTime, timeline.TimexDuration, timeline.TimexSet:
			default:
				t.Errorf("%s: timex %q has type %q", in, x.Text, x.Type)
			}
		}
		if i := bytes.Index(gold.Raw, []byte("</TEXT>")); !bytes.HasSuffix(b, gold.Raw[i:]) {
			t.Errorf("%s: content after TEXT changed", in)
		}
		if i := bytes.Index(gold.Raw, []byte("<TEXT>")); !bytes.HasPrefix(b, gold.Raw[:i]) {
			t.Errorf("%s: content before TEXT changed", in)
		}
	}
	// The output is a valid system directory for the scorer.
	code, stdout, stderr := runCLI(t, "", "eval", "timeml", fixtures, out)
	if code != exitOK || !strings.Contains(stdout, "gold_timexes     5\n") {
		t.Errorf("eval of tagged output: exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestTagTimeMLStdout(t *testing.T) {
	in := filepath.Join(fixtures, "fixture2.tml")
	code, stdout, stderr := runCLI(t, "", "tag", "--timeml", in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	d, err := timeml.Parse("stdout", []byte(stdout))
	if err != nil {
		t.Fatal(err)
	}
	gold, _ := timeml.ReadFile(in)
	if d.Text != gold.Text || d.Ref != gold.Ref {
		t.Errorf("stdout document differs from input: %q", stdout)
	}
}

func TestTagTimeMLStdin(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(fixtures, "fixture1.tml"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, string(b), "tag", "--timeml", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	d, err := timeml.Parse("stdout", []byte(stdout))
	if err != nil {
		t.Fatal(err)
	}
	if gold, _ := timeml.Parse("stdin", b); d.Text != gold.Text {
		t.Errorf("TEXT changed")
	}
}

func TestTagErrors(t *testing.T) {
	in := filepath.Join(fixtures, "fixture1.tml")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no files", []string{"tag"}, exitUsage, "no input files"},
		{"bad domain", []string{"tag", "--domain", "poetry", "x"}, exitUsage, "--domain"},
		{"bad ref date", []string{"tag", "--ref-date", "2003-02-30", "x"}, exitUsage, "no such day"},
		{"-o without --timeml", []string{"tag", "-o", t.TempDir(), in}, exitUsage, "needs --timeml"},
		{"several files to stdout", []string{"tag", "--timeml", in, in}, exitUsage, "need -o"},
		{"missing plain file", []string{"tag", filepath.Join(fixtures, "nope.txt")}, exitFailed, "nope.txt"},
		{"missing timeml file", []string{"tag", "--timeml", filepath.Join(fixtures, "nope.tml")}, exitAborted, "nope.tml"},
		{"overwrite input", []string{"tag", "--timeml", "-o", fixtures, in}, exitAborted, "overwrite the input"},
		{"unknown flag", []string{"tag", "--bogus", in}, exitUsage, "bogus"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.msg) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.msg)
			}
		})
	}
}

func TestTagTimeMLBadFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.tml")
	if err := os.WriteFile(bad, []byte("<TimeML>\n<TEXT>\n<EVENT>x</TEXT>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(fixtures, "fixture2.tml")
	code, _, stderr := runCLI(t, "", "tag", "--timeml", "-o", filepath.Join(dir, "out"), bad, good)
	if code != exitFailed || !strings.Contains(stderr, bad+":3:") {
		t.Errorf("exit %d, stderr %q; want %d and a file:line error", code, stderr, exitFailed)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "fixture2.tml")); err != nil {
		t.Errorf("good file not written after a bad one: %v", err)
	}
}

func TestTagPlain(t *testing.T) {
	in := filepath.Join("testdata", "plain.txt")
	text, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"tag", "--ref-date", "2009-12-19", in},
		{"tag", "--domain", "narrative", "-"},
	} {
		code, stdout, stderr := runCLI(t, string(text), args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
			if line == "" {
				continue
			}
			var l tagLine
			if err := json.Unmarshal([]byte(line), &l); err != nil {
				t.Fatalf("%v: bad JSON line %q: %v", args, line, err)
			}
			if l.Doc != args[len(args)-1] || l.Start < 0 || l.End > len(text) || string(text[l.Start:l.End]) != l.Text {
				t.Errorf("%v: line %q does not point at its text", args, line)
			}
		}
	}
}

func TestTagLineJSON(t *testing.T) {
	d := &timeline.Date{EDTF: "1854-10", TIMEX: "1854-10", Start: timeline.Day{Year: 1854, Month: 10, Day: 1},
		End: timeline.Day{Year: 1854, Month: 10, Day: 31}, Precision: timeline.Month, Basis: timeline.Explicit}
	tests := []struct {
		name string
		tx   timeline.Timex
		want string
	}{
		{"date", timeline.Timex{Span: timeline.Span{Start: 19, End: 31}, Text: "October 1854", Type: "DATE", Value: "1854-10", Date: d},
			`{"doc":"a.txt","start":19,"end":31,"text":"October 1854","type":"DATE","value":"1854-10","edtf":"1854-10","start_date":"1854-10-01","end_date":"1854-10-31","precision":"month","basis":"explicit"}`},
		{"duration", timeline.Timex{Span: timeline.Span{Start: 0, End: 10}, Text: "three days", Type: "DURATION", Value: "P3D", Mod: "APPROX"},
			`{"doc":"a.txt","start":0,"end":10,"text":"three days","type":"DURATION","value":"P3D","mod":"APPROX"}`},
		{"year unknown", timeline.Timex{Span: timeline.Span{Start: 0, End: 6}, Text: "May 10", Type: "DATE", Value: "XXXX-05-10",
			Date: &timeline.Date{EDTF: "XXXX-05-10", Precision: timeline.DayPrec, Basis: timeline.Unresolved, YearUnknown: true}},
			`{"doc":"a.txt","start":0,"end":6,"text":"May 10","type":"DATE","value":"XXXX-05-10","edtf":"XXXX-05-10","precision":"day","basis":"unresolved","year_unknown":true}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(newTagLine("a.txt", tc.tx))
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.want {
				t.Errorf("got  %s\nwant %s", b, tc.want)
			}
		})
	}
}
