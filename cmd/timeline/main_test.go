package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const sample = "../../data/samples/bolivia-teasers.jsonl"

func buildJSON(t *testing.T, args ...string) (*timeline.Timeline, string) {
	t.Helper()
	code, out, stderr := runCLI(t, "", append([]string{"build", "--format", "json"}, args...)...)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("output is not valid JSON: %v\n%s", err, out)
	}
	return &tl, stderr
}

// findEvent returns the events of the given type whose date EDTF is edtf.
func findEvent(tl *timeline.Timeline, typ, edtf string) []timeline.Event {
	var got []timeline.Event
	for _, ev := range tl.Events {
		if ev.Type == typ && ev.Date != nil && ev.Date.EDTF == edtf {
			got = append(got, ev)
		}
	}
	return got
}

func TestSampleCorpusKeyEvents(t *testing.T) {
	tl, _ := buildJSON(t, sample)
	if len(tl.Documents) != 19 {
		t.Errorf("documents = %d, want 19", len(tl.Documents))
	}
	tests := []struct {
		name, typ, edtf, doc, evidence string
	}{
		{"Morales resignation", "resignation", "2019-11-10T16:50", "bolivia-06", "announced his resignation"},
		{"general election", "election", "2019-10-20", "bolivia-07", "general election, on 20 October"},
		{"constitutional referendum", "referendum", "2016-02-21", "bolivia-08", "21 February 2016 constitutional referendum"},
		{"1952 revolution", "revolution", "1952-04-09", "bolivia-11", "On April 9, 1952"},
		{"1967 massacre stays a year", "massacre", "1967", "bolivia-12", "1967 San Juan massacre"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := findEvent(tl, tc.typ, tc.edtf)
			if tc.name == "Morales resignation" && len(evs) == 0 {
				// minute precision is a bonus; the day is required
				evs = findEvent(tl, tc.typ, "2019-11-10")
			}
			if len(evs) == 0 {
				t.Fatalf("no %s event dated %s; events:\n%s", tc.typ, tc.edtf, listEvents(tl))
			}
			found := false
			for _, ev := range evs {
				for _, s := range ev.Sources {
					if s.Doc == tc.doc && strings.Contains(s.Text, tc.evidence) {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("%s %s: no source from %s with evidence %q: %+v", tc.typ, tc.edtf, tc.doc, tc.evidence, evs)
			}
		})
	}
	for _, ev := range findEvent(tl, "massacre", "1967") {
		if ev.Date.Precision != timeline.Year || ev.Date.Start.String() != "1967-01-01" || ev.Date.End.String() != "1967-12-31" {
			t.Errorf("1967 massacre date = %+v, want year precision 1967-01-01..1967-12-31", ev.Date)
		}
	}
}

func listEvents(tl *timeline.Timeline) string {
	var b strings.Builder
	for _, ev := range tl.Events {
		d := "undated"
		if ev.Date != nil {
			d = ev.Date.EDTF
		}
		doc := ""
		if len(ev.Sources) > 0 {
			doc = ev.Sources[0].Doc
		}
		b.WriteString("  " + d + " " + ev.Type + " " + doc + ": " + ev.Headline + "\n")
	}
	return b.String()
}

// The seed text has no publication dates: year-less dates must stay
// year-unknown, and "Page 1 of 4" is no date.
func TestSeedTextWithoutReferenceDate(t *testing.T) {
	seed := "../../../shared/seed/bolivia-teasers.txt"
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("%s not present: %v", seed, err)
	}
	code, out, stderr := runCLI(t, "", "tag", seed)
	if code != exitOK {
		t.Fatalf("tag exit %d: %s", code, stderr)
	}
	sawYearUnknown := false
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		text, _ := m["text"].(string)
		value, _ := m["value"].(string)
		if strings.Contains(text, "1 of 4") || text == "1" || text == "4" {
			t.Errorf("%q tagged as a date (%s)", text, value)
		}
		switch strings.TrimPrefix(strings.TrimPrefix(text, "the "), "On ") {
		case "10 November", "20 October", "18 November", "December 6th", "2 August", "October 21", "September 13", "Friday, September 12":
			if !strings.HasPrefix(value, "XXXX-") {
				t.Errorf("%q got value %q, want year unknown XXXX-MM-DD", text, value)
			}
			sawYearUnknown = true
		}
		if strings.HasPrefix(text, "Yesterday") || strings.EqualFold(text, "yesterday") {
			if value != "" && strings.ContainsAny(value[:1], "0123456789") {
				t.Errorf("yesterday resolved to %q without a reference date", value)
			}
		}
	}
	if !sawYearUnknown {
		t.Errorf("no year-unknown date found in the seed text:\n%s", out)
	}

	// The whole pipeline on the seed text: year-less events are marked year-unknown.
	tl, _ := buildJSON(t, seed)
	for _, ev := range tl.Events {
		if ev.Date != nil && ev.Date.YearUnknown && ev.Date.Known() {
			t.Errorf("event %s: year unknown but has a calendar range %v", ev.ID, ev.Date)
		}
		if ev.Date != nil && strings.Contains(ev.Date.Text, "1 of 4") {
			t.Errorf("event %s dated by %q", ev.ID, ev.Date.Text)
		}
	}
}

func TestBadInputIsReportedAndTheRestProcessed(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	bad := filepath.Join(dir, "bad.jsonl")
	writeFile(t, good, `{"id":"a","date":"2019-11-11","text":"On 10 November, Evo Morales announced his resignation."}`+"\n")
	writeFile(t, bad, `{"id":"b","date":"2019-11-11","text":"fine"}`+"\n"+`{"id":"c", "text": broken`+"\n")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"build", "--format", "json", good, bad}, strings.NewReader(""), &out, &errb)
	if code != exitFailed {
		t.Errorf("exit = %d, want %d (something failed)", code, exitFailed)
	}
	if !strings.Contains(errb.String(), "bad.jsonl:2") {
		t.Errorf("stderr does not name bad.jsonl:2:\n%s", errb.String())
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(out.Bytes(), &tl); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	if len(tl.Documents) != 2 {
		t.Errorf("documents = %d, want 2 (a and b)", len(tl.Documents))
	}
}

func TestEmptyInputGivesEmptyTimeline(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.jsonl")
	writeFile(t, empty, "")
	out := filepath.Join(dir, "out")
	code, _, stderr := runCLI(t, "", "build", "-o", out, empty)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(out, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	if tl.Version != 1 || len(tl.Events) != 0 || tl.Events == nil {
		t.Errorf("got %s, want version 1 with an empty events array", b)
	}
	for _, f := range []string{"timeline.csv", "timeline.html"} {
		if st, err := os.Stat(filepath.Join(out, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s missing or empty: %v", f, err)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	gaz, lex := filepath.Join(dir, "gaz.tsv"), filepath.Join(dir, "ev.lex")
	writeFile(t, gaz, "PLACE\tRuritania\nRuritania\tPLACE\n")
	writeFile(t, lex, "???\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no command", nil, "usage"},
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"no input", []string{"build"}, "usage"},
		{"bad ref date", []string{"build", "--ref-date", "2019-02-30", "x.txt"}, "ref-date"},
		{"bad domain", []string{"build", "--domain", "poetry", "x.txt"}, "domain"},
		{"bad format", []string{"build", "--format", "pdf", "x.txt"}, "format"},
		{"no jobs", []string{"build", "--jobs", "0", "x.txt"}, "--jobs: want 1 or more, not 0"},
		{"format and -o", []string{"build", "--format", "csv", "-o", "out", "x.txt"}, "give one of them"},
		{"merge format and -o", []string{"merge", "-o", "out", "--format", "json", "x.jsonl"}, "give one of them"},
		{"negative jobs", []string{"extract", "--jobs", "-2", "x.txt"}, "--jobs: want 1 or more, not -2"},
		{"missing gazetteer", []string{"build", "--gazetteer", filepath.Join(dir, "nope.tsv"), "x.txt"}, "nope.tsv"},
		{"bad gazetteer line", []string{"build", "--gazetteer", gaz, "x.txt"}, "gaz.tsv:2: "},
		{"bad events line", []string{"extract", "--events", lex, "x.txt"}, "ev.lex:1: "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tc.args...)
			if code != exitUsage {
				t.Errorf("exit = %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q does not mention %q", stderr, tc.want)
			}
		})
	}
}

func TestMissingFileIsNamed(t *testing.T) {
	code, _, stderr := runCLI(t, "", "build", "--format", "json", "does-not-exist.txt")
	if code == exitOK {
		t.Errorf("exit 0 for a missing input")
	}
	if !strings.Contains(stderr, "does-not-exist.txt") {
		t.Errorf("stderr does not name the file: %s", stderr)
	}
}

func TestStdinInput(t *testing.T) {
	code, out, stderr := runCLI(t, "Evo Morales announced his resignation on 10 November 2019.", "build", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, `"resignation"`) {
		t.Errorf("no resignation event from stdin:\n%s", out)
	}
}

// TestGoldenSample pins the three main outputs on the sample corpus; run
// with -update after an intended change and review the diff.
func TestGoldenSample(t *testing.T) {
	for _, f := range []string{"csv", "json", "html"} {
		t.Run(f, func(t *testing.T) {
			code, out, stderr := runCLI(t, "", "build", "--format", f, sample)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			golden := filepath.Join("testdata", "sample."+f+".golden")
			if *update {
				writeFile(t, golden, out)
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("%s output differs from %s; run go test ./cmd/timeline -update and review the diff", f, golden)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	_, a, _ := runCLI(t, "", "build", "--format", "json", "--jobs", "1", sample)
	_, b, _ := runCLI(t, "", "build", "--format", "json", "--jobs", "4", sample)
	if a != b {
		t.Error("output depends on the number of workers")
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Running a command twice over a folder that holds its own output must give
// the same result: the outputs of the first run are not read as articles.
func TestRerunDoesNotReadOwnOutputs(t *testing.T) {
	tests := []struct {
		name string
		args func(dir string) []string
		out  func(dir string) string // the file whose bytes must not change
	}{
		{"build default output", func(dir string) []string { return []string{"build", "-o", filepath.Join(dir, "timeline-out"), dir} },
			func(dir string) string { return filepath.Join(dir, "timeline-out", "timeline.json") }},
		{"build named output", func(dir string) []string { return []string{"build", "-o", filepath.Join(dir, "site"), dir} },
			func(dir string) string { return filepath.Join(dir, "site", "timeline.csv") }},
		{"extract shard", func(dir string) []string { return []string{"extract", "-o", filepath.Join(dir, "shard.jsonl"), dir} },
			func(dir string) string { return filepath.Join(dir, "shard.jsonl") }},
		{"build into the input directory", func(dir string) []string { return []string{"build", "-o", dir, dir} },
			func(dir string) string { return filepath.Join(dir, "timeline.csv") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "history.txt"), "The army seized power in a coup on 4 May 1961. Two years later the general resigned.\n")
			var first string
			for run := 1; run <= 2; run++ {
				code, _, stderr := runCLI(t, "", tc.args(dir)...)
				if code != exitOK {
					t.Fatalf("run %d: exit %d:\n%s", run, code, stderr)
				}
				if strings.Contains(stderr, "skipped") && !strings.Contains(stderr, "0 skipped") {
					t.Errorf("run %d reports a skipped file:\n%s", run, stderr)
				}
				b, err := os.ReadFile(tc.out(dir))
				if err != nil {
					t.Fatal(err)
				}
				if run == 1 {
					first = string(b)
				} else if string(b) != first {
					t.Errorf("the second run read the first one's output:\nfirst:\n%s\nsecond:\n%s", first, b)
				}
			}
		})
	}
}

// -h asks for the usage text: it is printed and the exit status is 0, the
// same for every command; the texts name every kind of input.
func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"-h"}, []string{"usage: timeline COMMAND", "HTML", ".gz", ".jsonl", "stdin"}},
		{[]string{"build", "-h"}, []string{"usage: timeline build", "HTML", ".gz", ".csv", "Exit status", "-raw-csv", "-ref-date"}},
		{[]string{"extract", "-h"}, []string{"usage: timeline extract", "HTML", ".gz", "Exit status", "-full"}},
		{[]string{"merge", "-h"}, []string{"usage: timeline merge", "Exit status", "-raw-csv", "-format"}},
		{[]string{"tag", "-h"}, []string{"usage: timeline tag"}},
		{[]string{"eval", "-h"}, []string{"usage: timeline eval"}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, stderr := runCLI(t, "", tc.args...)
			if code != exitOK {
				t.Errorf("exit = %d, want 0", code)
			}
			for _, w := range tc.want {
				if !strings.Contains(out+stderr, w) {
					t.Errorf("usage text lacks %q:\n%s%s", w, out, stderr)
				}
			}
		})
	}
}

// The exit status says whether everything named was read: a binary file
// named on the command line (a PDF given by mistake) fails, the same file
// met in a directory walk is skipped.
func TestInputExitStatus(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "folder", "history.txt"), "The army seized power in a coup on 4 May 1961.\n")
	writeFile(t, filepath.Join(dir, "folder", "scan.pdf"), "%PDF-1.4\n\x00\x01\x02\x03binary")
	writeFile(t, filepath.Join(dir, "folder", "notes.txt"), "\x00\x01\x02\x03binary")
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	tests := []struct {
		name   string
		args   []string
		stdin  string
		want   int
		stderr string
	}{
		{"directory with binary files", []string{filepath.Join(dir, "folder")}, "", exitOK, "2 skipped"},
		{"binary file named", []string{filepath.Join(dir, "folder", "notes.txt")}, "", exitFailed, "notes.txt: binary file, not read"},
		{"pdf named", []string{filepath.Join(dir, "folder", "history.txt"), filepath.Join(dir, "folder", "scan.pdf")}, "", exitFailed, "1 documents read, 1 failed"},
		{"binary stdin", []string{"-"}, "\x00\x01\x02binary", exitFailed, "stdin: binary file, not read"},
		{"empty file", []string{filepath.Join(dir, "empty.txt")}, "", exitOK, "1 documents read, 0 failed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.stdin, append([]string{"build", "--format", "csv"}, tc.args...)...)
			if code != tc.want {
				t.Errorf("exit = %d, want %d\n%s", code, tc.want, stderr)
			}
			if !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, stderr)
			}
		})
	}
}

// A run that reads nothing because every input failed (a mistyped name)
// leaves the previous outputs in place; an empty input still gives an empty
// timeline.
func TestFailedRunKeepsOldOutputs(t *testing.T) {
	tests := []struct {
		name      string
		args      func(dir string) []string
		want      int
		unchanged bool
	}{
		{"build, missing file", func(dir string) []string {
			return []string{"build", "-o", filepath.Join(dir, "out"), filepath.Join(dir, "histroy.txt")}
		}, exitFailed, true},
		{"build, only a binary file", func(dir string) []string {
			return []string{"build", "-o", filepath.Join(dir, "out"), filepath.Join(dir, "scan.pdf")}
		}, exitFailed, true},
		{"merge, missing shard", func(dir string) []string {
			return []string{"merge", "-o", filepath.Join(dir, "out"), filepath.Join(dir, "shard.jsonl")}
		}, exitFailed, true},
		{"build, empty file", func(dir string) []string {
			return []string{"build", "-o", filepath.Join(dir, "out"), filepath.Join(dir, "empty.txt")}
		}, exitOK, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "history.txt"), "The army seized power in a coup on 4 May 1961.\n")
			writeFile(t, filepath.Join(dir, "scan.pdf"), "%PDF-1.4\n\x00\x01\x02\x03")
			writeFile(t, filepath.Join(dir, "empty.txt"), "")
			out := filepath.Join(dir, "out", "timeline.csv")
			if code, _, stderr := runCLI(t, "", "build", "-o", filepath.Join(dir, "out"), filepath.Join(dir, "history.txt")); code != exitOK {
				t.Fatalf("first build: exit %d\n%s", code, stderr)
			}
			before, _ := os.ReadFile(out)
			code, _, stderr := runCLI(t, "", tc.args(dir)...)
			if code != tc.want {
				t.Errorf("exit = %d, want %d\n%s", code, tc.want, stderr)
			}
			after, _ := os.ReadFile(out)
			if got := string(after) == string(before); got != tc.unchanged {
				t.Errorf("timeline.csv unchanged = %v, want %v:\n%s\nstderr:\n%s", got, tc.unchanged, after, stderr)
			}
			if tc.unchanged && !strings.Contains(stderr, "nothing written") {
				t.Errorf("stderr does not say nothing was written:\n%s", stderr)
			}
		})
	}
}

// The author read from a row or a page's metadata reaches the timeline's
// documents (JSON) and the source line of every card (HTML).
func TestAuthorCarriedThrough(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.csv":   "id,date,author,text\ncsv1,2021-02-01,Ana Ruiz,The military seized power in a coup on 1 February 2021.\n",
		"b.jsonl": `{"id":"jsonl1","date":"2019-11-11","author":"J. Doe","text":"Evo Morales announced his resignation on 10 November 2019."}` + "\n",
		"c.html": `<!DOCTYPE html><html><head><title>Miners strike</title><meta name="author" content="Rosa Vega">
<meta property="article:published_time" content="1985-09-02"></head><body><article><h1>Miners strike</h1>
<p>Tin miners in Oruro began an indefinite strike on 1 September 1985, the federation said.</p></article></body></html>`,
	}
	for name, body := range files {
		writeFile(t, filepath.Join(dir, name), body)
	}
	tests := []struct{ file, doc, author string }{
		{"a.csv", "csv1", "Ana Ruiz"},
		{"b.jsonl", "jsonl1", "J. Doe"},
		{"c.html", "c", "Rosa Vega"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			tl, _ := buildJSON(t, filepath.Join(dir, tc.file))
			if len(tl.Documents) != 1 || tl.Documents[0].ID != tc.doc || tl.Documents[0].Author != tc.author {
				t.Errorf("documents = %+v, want %s by %s", tl.Documents, tc.doc, tc.author)
			}
			code, page, stderr := runCLI(t, "", "build", "--format", "html", filepath.Join(dir, tc.file))
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if !strings.Contains(page, ", by "+tc.author+",") {
				t.Errorf("no card names the author %q", tc.author)
			}
		})
	}
}

// tag on plain text: a binary file is reported and fails, the other files
// are still tagged.
func TestTagPlainBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	writeFile(t, good, "The coup took place on 4 May 1961.")
	bin := filepath.Join(dir, "scan.pdf")
	writeFile(t, bin, "%PDF-1.4\n\x00\x00 4 May 1961 \x00")
	tests := []struct {
		name     string
		files    []string
		want     int
		stdout   string
		stderr   string
		noStdout string
	}{
		{"text", []string{good}, exitOK, `"value":"1961-05-04"`, "", ""},
		{"binary", []string{bin, good}, exitFailed, `"doc":"` + good, "scan.pdf: binary file, not read", `"doc":"` + bin},
		{"missing", []string{filepath.Join(dir, "nope.txt"), good}, exitFailed, `"doc":"` + good, "nope.txt", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, "", append([]string{"tag"}, tc.files...)...)
			if code != tc.want {
				t.Errorf("exit = %d, want %d\n%s", code, tc.want, stderr)
			}
			if !strings.Contains(out, tc.stdout) || tc.noStdout != "" && strings.Contains(out, tc.noStdout) {
				t.Errorf("stdout = %s", out)
			}
			if !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr lacks %q: %s", tc.stderr, stderr)
			}
		})
	}
}

// mentions.csv names the file and line of each event's source row, to find
// the row behind an event.
func TestMentionsNameSourceRow(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ file, body, want string }{
		{"a.csv", "id,date,text\nx,2021-01-01,\"multi\nline\"\ny,2021-02-01,The military seized power in a coup on 1 February 2021.\n", "a.csv:4"},
		{"b.jsonl", "{\"id\":\"x\",\"text\":\"\"}\n\n{\"id\":\"y\",\"text\":\"Morales resigned on 10 November 2019.\"}\n", "b.jsonl:3"},
		{"c.txt", "Morales resigned on 10 November 2019.\n", "c.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			writeFile(t, path, tc.body)
			code, out, stderr := runCLI(t, "", "build", "--format", "mentions-csv", path)
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(rows) != 2 {
				t.Fatalf("rows %q, %v", rows, err)
			}
			if h, got := rows[0][len(rows[0])-1], rows[1][len(rows[1])-1]; h != "doc_source" || got != filepath.Join(dir, tc.want) {
				t.Errorf("last column %s = %q, want %q", h, got, filepath.Join(dir, tc.want))
			}
		})
	}
}

func TestBuildWorkingFilesRemoved(t *testing.T) {
	for _, cmd := range []string{"build", "merge"} {
		t.Run(cmd, func(t *testing.T) {
			tmp := t.TempDir()
			input := "../../data/samples/bolivia-teasers.jsonl"
			if cmd == "merge" {
				input = filepath.Join(t.TempDir(), "x.jsonl")
				var out, errb bytes.Buffer
				if code := run(context.Background(), []string{"extract", "-o", input, "../../data/samples/bolivia-teasers.jsonl"}, strings.NewReader(""), &out, &errb); code != exitOK {
					t.Fatalf("extract: exit %d: %s", code, errb.String())
				}
			}
			var out, errb bytes.Buffer
			code := run(context.Background(), []string{cmd, "--tmpdir", tmp, "--format", "json", input}, strings.NewReader(""), &out, &errb)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			var tl timeline.Timeline
			if err := json.Unmarshal(out.Bytes(), &tl); err != nil || len(tl.Events) == 0 {
				t.Fatalf("output: %d events, %v", len(tl.Events), err)
			}
			if left, _ := os.ReadDir(tmp); len(left) != 0 {
				t.Errorf("working files left in --tmpdir: %v", left)
			}
		})
	}
}

func TestBuildBadTmpdir(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"build", "--tmpdir", filepath.Join(t.TempDir(), "missing"), "--format", "json", "../../data/samples/bolivia-teasers.jsonl"}, strings.NewReader(""), &out, &errb)
	if code != exitAborted || !strings.Contains(errb.String(), "temporary") {
		t.Fatalf("exit %d, stderr %q: want %d and the temporary directory named", code, errb.String(), exitAborted)
	}
	if n := strings.Count(errb.String(), "temporary build file"); n != 1 {
		t.Errorf("the problem is reported %d times, want once: %q", n, errb.String())
	}
}
