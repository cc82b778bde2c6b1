package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/internal/timeml"
	"github.com/timelinekit/timelinekit/timeline"
)

func TestEvalVectors(t *testing.T) {
	corpora, ok := timeml.FindCorpora()
	if !ok {
		t.Skipf("shared research data (shared/corpora/timeml next to the repository, or $%s) not found; skipping", timeml.SharedEnv)
	}
	dir := filepath.Join(corpora, "scorer-vectors")
	want, err := os.ReadFile(filepath.Join(dir, "expected-scores.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, sys := range []string{"system-1", "system-2", "system-3"} {
		code, stdout, stderr := runCLI(t, "", "eval", "timeml", filepath.Join(dir, "gold"), filepath.Join(dir, sys))
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", sys, code, stderr)
		}
		// The scores, then the counts behind them.
		lines := strings.SplitAfter(stdout, "\n")
		if len(lines) < 15 || !strings.HasPrefix(lines[12], "documents        12") {
			t.Fatalf("%s: unexpected output:\n%s", sys, stdout)
		}
		got.WriteString("== " + sys + "\n" + strings.Join(lines[:12], ""))
	}
	if got.String() != strings.TrimRight(string(want), "\n")+"\n" {
		t.Errorf("got:\n%s\nwant:\n%s", got.String(), want)
	}
}

// writeSystem writes a system directory for the fixtures: each document
// with the timexes edit returns instead of its gold ones.
func writeSystem(t *testing.T, edit func(text string, gold []timeline.Timex) []timeline.Timex) string {
	t.Helper()
	out := t.TempDir()
	ins, _ := filepath.Glob(filepath.Join(fixtures, "*.tml"))
	for _, in := range ins {
		d, err := timeml.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, filepath.Base(in)), d.Render(edit(d.Text, d.Timexes())), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestEvalFixtures(t *testing.T) {
	tests := []struct {
		name string
		edit func(string, []timeline.Timex) []timeline.Timex
		want []string
	}{
		{
			name: "gold",
			edit: func(_ string, g []timeline.Timex) []timeline.Timex { return g },
			want: []string{"relaxed_F1       100.00", "value_F1         100.00", "gold_timexes     5", "system_timexes   5"},
		},
		{
			name: "nothing",
			edit: func(string, []timeline.Timex) []timeline.Timex { return nil },
			want: []string{"relaxed_R        0.00", "value_F1         0.00", "system_timexes   0"},
		},
		{
			// every value wrong, every span one word shorter or equal:
			// relaxed F1 100, value accuracy 0.
			name: "wrong values",
			edit: func(_ string, g []timeline.Timex) []timeline.Timex {
				for i := range g {
					g[i].Value = "XXXX"
				}
				return g
			},
			want: []string{"relaxed_F1       100.00", "type_acc         100.00", "value_acc        0.00", "value_F1         0.00"},
		},
		{
			// drop the first timex of each file: 3 of 5 found.
			name: "misses",
			edit: func(_ string, g []timeline.Timex) []timeline.Timex { return g[1:] },
			want: []string{"relaxed_matches  3", "relaxed_P        100.00", "relaxed_R        60.00", "relaxed_F1       75.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sys := writeSystem(t, tc.edit)
			code, stdout, stderr := runCLI(t, "", "eval", "timeml", fixtures, sys)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stdout, w+"\n") {
					t.Errorf("output lacks %q:\n%s", w, stdout)
				}
			}
		})
	}
}

func TestEvalTag(t *testing.T) {
	keep := filepath.Join(t.TempDir(), "kept")
	code, stdout, stderr := runCLI(t, "", "eval", "timeml", "--tag", "--keep", keep, fixtures, fixtures)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, w := range []string{"== " + fixtures + "\n", "== total\n", "gold_timexes     10\n", "documents        4\n"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("output lacks %q:\n%s", w, stdout)
		}
	}
	// The kept directories score the same again.
	ents, err := os.ReadDir(keep)
	if err != nil || len(ents) != 2 {
		t.Fatalf("kept dirs: %v %v", ents, err)
	}
	code, again, stderr := runCLI(t, "", "eval", "timeml", fixtures, filepath.Join(keep, ents[0].Name()))
	if code != exitOK || !strings.HasPrefix(stdout, "== "+fixtures+"\n"+again) {
		t.Errorf("rescoring kept output: exit %d %s\n%s\nvs\n%s", code, stderr, again, stdout)
	}
}

func TestEvalErrors(t *testing.T) {
	mismatch := t.TempDir()
	b, err := os.ReadFile(filepath.Join(fixtures, "fixture1.tml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"fixture1.tml", "fixture2.tml"} {
		if err := os.WriteFile(filepath.Join(mismatch, n), []byte(strings.Replace(string(b), "council", "committee", 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	missing := filepath.Join(t.TempDir(), "missing")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no scorer", []string{"eval"}, exitUsage, `want "timeml"`},
		{"other scorer", []string{"eval", "events", "a", "b"}, exitUsage, `want "timeml"`},
		{"one dir", []string{"eval", "timeml", fixtures}, exitUsage, "GOLD_DIR and SYS_DIR"},
		{"missing gold", []string{"eval", "timeml", missing, fixtures}, exitAborted, "gold directory: " + missing + ": no such directory"},
		{"missing system", []string{"eval", "timeml", fixtures, missing}, exitAborted, "system directory: " + missing + ": no such directory"},
		{"gold is a file", []string{"eval", "timeml", filepath.Join(fixtures, "fixture1.tml"), fixtures}, exitAborted, "not a directory"},
		{"text differs", []string{"eval", "timeml", fixtures, mismatch}, exitAborted, filepath.Join(mismatch, "fixture1.tml") + ":6: TEXT differs"},
		{"tag missing gold", []string{"eval", "timeml", "--tag", missing}, exitAborted, "no such directory"},
		{"tag no dirs", []string{"eval", "timeml", "--tag"}, exitUsage, "at least one GOLD_DIR"},
		{"tag bad domain", []string{"eval", "timeml", "--tag", "--domain", "x", fixtures}, exitUsage, "--domain"},
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

func TestEvalErrorsFile(t *testing.T) {
	// One wrong value in each file: two "value" rows.
	sys := writeSystem(t, func(_ string, g []timeline.Timex) []timeline.Timex {
		g[0].Value = "XXXX"
		return g
	})
	path := filepath.Join(t.TempDir(), "errors.tsv")
	code, _, stderr := runCLI(t, "", "eval", "timeml", "--errors", path, fixtures, sys)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "file\tline\tkind\t") ||
		!strings.Contains(lines[1], "fixture1.tml\t6\tvalue\tTuesday\tDATE\t2003-03-18\tTuesday\tDATE\tXXXX\t") {
		t.Errorf("errors file:\n%s", b)
	}
}
