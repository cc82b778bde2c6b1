package timeml

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// sharedDir returns the named directory of the shared TimeML corpora, or
// skips the test when the shared research data is absent.
func sharedDir(t testing.TB, name string) string {
	t.Helper()
	d, ok := FindCorpora()
	if !ok {
		t.Skipf("shared research data (shared/corpora/timeml next to the repository, or $%s) not found; skipping", SharedEnv)
	}
	d = filepath.Join(d, name)
	if !isDir(d) {
		t.Skipf("%s not found; skipping", d)
	}
	return d
}

// readExpected splits expected-scores.txt into its "== name" blocks.
func readExpected(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	var name string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(line, "== "); ok {
			name = n
			continue
		}
		if name != "" && strings.TrimSpace(line) != "" {
			out[name] += line + "\n"
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestScoreVectors(t *testing.T) {
	dir := sharedDir(t, "scorer-vectors")
	want := readExpected(t, filepath.Join(dir, "expected-scores.txt"))
	if len(want) == 0 {
		t.Fatal("expected-scores.txt has no blocks")
	}
	for _, sys := range []string{"system-1", "system-2", "system-3"} {
		t.Run(sys, func(t *testing.T) {
			w, ok := want[sys]
			if !ok {
				t.Fatalf("expected-scores.txt has no block for %s", sys)
			}
			res, err := ScoreDirs(filepath.Join(dir, "gold"), filepath.Join(dir, sys))
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := res.Total.WriteScores(&b); err != nil {
				t.Fatal(err)
			}
			if b.String() != w {
				t.Errorf("scores differ\n got:\n%s\nwant:\n%s", b.String(), w)
			}
		})
	}
}

func TestScoreVectorsGoldAgainstItself(t *testing.T) {
	dir := sharedDir(t, "scorer-vectors")
	g := filepath.Join(dir, "gold")
	res, err := ScoreDirs(g, g)
	if err != nil {
		t.Fatal(err)
	}
	c := res.Total
	if c.Gold == 0 || c.Relaxed != c.Gold || c.Strict != c.Gold || c.Value != c.Gold || c.Type != c.Gold || c.Sys != c.Gold {
		t.Errorf("gold vs gold: %+v, want every count equal to gold", c)
	}
}

// tml builds a small TimeML document around text, which may contain tags.
func tml(text string) []byte {
	return []byte(`<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">2001-05-04</TIMEX3></DCT>
<TEXT>` + text + `</TEXT>
</TimeML>
`)
}

func mustParse(t *testing.T, name, text string) *Document {
	t.Helper()
	d, err := Parse(name, tml(text))
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return d
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"words", "on Friday morning", []string{"on", "Friday", "morning"}},
		{"abbrev", "U.S. troops", []string{"U", ".", "S", ".", "troops"}},
		{"date", "1998-08-07,", []string{"1998", "-", "08", "-", "07", ","}},
		{"time", "10:35 a.m.", []string{"10", ":", "35", "a", ".", "m", "."}},
		{"mixed alnum", "1990s 3rd", []string{"1990s", "3rd"}},
		{"unicode", "Añez, ½ día", []string{"Añez", ",", "½", "día"}},
		{"quotes", "``It''", []string{"`", "`", "It", "'", "'"}},
		{"spaces only", " \n\t ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tk := range Tokenize(tc.in) {
				got = append(got, tc.in[tk.Start:tk.End])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestCompare covers the alignment rules on small documents written for
// the purpose; the gold and system texts are the same once tags go.
func TestCompare(t *testing.T) {
	const (
		d1 = `type="DATE" value="2001-05-04"`
		d2 = `type="DATE" value="2001-05"`
		du = `type="DURATION" value="P3D"`
	)
	tests := []struct {
		name      string
		gold, sys string
		want      Counts
		pairs     []Pair
	}{
		{
			name:  "exact",
			gold:  `It fell <TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3>.`,
			sys:   `It fell <TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3>.`,
			want:  Counts{Docs: 1, Gold: 1, Sys: 1, Relaxed: 1, Strict: 1, Type: 1, Value: 1},
			pairs: []Pair{{0, 0}},
		},
		{
			name:  "system longer, same start",
			gold:  `It fell <TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3> night.`,
			sys:   `It fell <TIMEX3 tid="t1" ` + d2 + `>Friday night</TIMEX3>.`,
			want:  Counts{Docs: 1, Gold: 1, Sys: 1, Relaxed: 1, Type: 1},
			pairs: []Pair{{0, 0}},
		},
		{
			name:  "system starts inside gold",
			gold:  `It fell <TIMEX3 tid="t1" ` + d1 + `>last Friday</TIMEX3>.`,
			sys:   `It fell last <TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3>.`,
			want:  Counts{Docs: 1, Gold: 1, Sys: 1, Relaxed: 1, Type: 1, Value: 1},
			pairs: []Pair{{0, 0}},
		},
		{
			name:  "adjacent system timex pairs with open gold",
			gold:  `It fell <TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3> morning.`,
			sys:   `It fell Friday <TIMEX3 tid="t1" ` + d1 + `>morning</TIMEX3>.`,
			want:  Counts{Docs: 1, Gold: 1, Sys: 1, Relaxed: 1, Type: 1, Value: 1},
			pairs: []Pair{{0, 0}},
		},
		{
			name: "plain token closes the open timex",
			gold: `It fell <TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3> at <TIMEX3 tid="t2" ` + d1 + `>noon</TIMEX3>.`,
			sys:  `It fell Friday at <TIMEX3 tid="t1" ` + d1 + `>noon</TIMEX3>.`,
			// "at" closes gold Friday; sys noon pairs with gold noon
			// (both begin there, gold first).
			want:  Counts{Docs: 1, Gold: 2, Sys: 1, Relaxed: 1, Strict: 1, Type: 1, Value: 1},
			pairs: []Pair{{1, 0}},
		},
		{
			name: "open across gold EVENT",
			gold: `<TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3> <EVENT eid="e1">talks</EVENT> <TIMEX3 tid="t2" ` + du + `>three days</TIMEX3>`,
			sys:  `Friday talks <TIMEX3 tid="t1" ` + du + `>three days</TIMEX3>`,
			// gold Friday stays open across the EVENT; sys begins on
			// "three" where gold Friday is open: gold side first means
			// gold t2 (beginning there too) opens and pairs with the
			// system timex, since it replaced Friday as gold's open one.
			want:  Counts{Docs: 1, Gold: 2, Sys: 1, Relaxed: 1, Strict: 1, Type: 1, Value: 1},
			pairs: []Pair{{1, 0}},
		},
		{
			name:  "open across EVENT pairs with later system timex",
			gold:  `<TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3> <EVENT eid="e1">talks</EVENT> ended.`,
			sys:   `Friday <TIMEX3 tid="t1" ` + d1 + `>talks</TIMEX3> ended.`,
			want:  Counts{Docs: 1, Gold: 1, Sys: 1, Relaxed: 1, Type: 1, Value: 1},
			pairs: []Pair{{0, 0}},
		},
		{
			name:  "EVENT then plain token closes",
			gold:  `<TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3> <EVENT eid="e1">talks</EVENT> ended <TIMEX3 tid="t2" ` + d1 + `>now</TIMEX3>.`,
			sys:   `Friday talks ended <TIMEX3 tid="t1" ` + d1 + `>now</TIMEX3>.`,
			want:  Counts{Docs: 1, Gold: 2, Sys: 1, Relaxed: 1, Strict: 1, Type: 1, Value: 1},
			pairs: []Pair{{1, 0}},
		},
		{
			name:  "one to one: second system timex in one gold stays unpaired",
			gold:  `in <TIMEX3 tid="t1" ` + d2 + `>May 2001</TIMEX3>.`,
			sys:   `in <TIMEX3 tid="t1" ` + d2 + `>May</TIMEX3> <TIMEX3 tid="t2" type="DATE" value="2001">2001</TIMEX3>.`,
			want:  Counts{Docs: 1, Gold: 1, Sys: 2, Relaxed: 1, Type: 1, Value: 1},
			pairs: []Pair{{0, 0}},
		},
		{
			name:  "gold timex beginning inside an unpaired system timex",
			gold:  `in May <TIMEX3 tid="t1" type="DATE" value="2001">2001</TIMEX3>.`,
			sys:   `in <TIMEX3 tid="t1" ` + d2 + `>May 2001</TIMEX3>.`,
			want:  Counts{Docs: 1, Gold: 1, Sys: 1, Relaxed: 1, Type: 1},
			pairs: []Pair{{0, 0}},
		},
		{
			name:  "timex inside a token counts by overlap",
			gold:  `the <TIMEX3 tid="t1" type="DATE" value="199">1990s</TIMEX3>.`,
			sys:   `the <TIMEX3 tid="t1" type="DATE" value="1990">1990</TIMEX3>s.`,
			want:  Counts{Docs: 1, Gold: 1, Sys: 1, Relaxed: 1, Type: 1},
			pairs: []Pair{{0, 0}},
		},
		{
			name: "self-closing and nested TIMEX3 do not count",
			gold: `on <TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3><TIMEX3 tid="t9" ` + d1 + `/>.`,
			sys:  `on <TIMEX3 tid="t1" ` + d1 + `><SIGNAL sid="s1">Friday</SIGNAL></TIMEX3>.`,
			want: Counts{Docs: 1, Gold: 1, Sys: 0},
		},
		{
			name: "whitespace-only timex has no token",
			gold: `a<TIMEX3 tid="t1" ` + d1 + `> </TIMEX3>b`,
			sys:  `a b`,
			want: Counts{Docs: 1, Gold: 1},
		},
		{
			name:  "entity in text",
			gold:  `Q&amp;A on <TIMEX3 tid="t1" ` + d1 + `>Friday</TIMEX3>`,
			sys:   `Q&#38;A on <TIMEX3 tid="t1" ` + d2 + `>Friday</TIMEX3>`,
			want:  Counts{Docs: 1, Gold: 1, Sys: 1, Relaxed: 1, Strict: 1, Type: 1},
			pairs: []Pair{{0, 0}},
		},
		{
			name: "nothing",
			gold: `no dates here`,
			sys:  `no dates here`,
			want: Counts{Docs: 1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := mustParse(t, "gold.tml", tc.gold)
			s := mustParse(t, "sys.tml", tc.sys)
			a, err := Compare(g, s)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Counts(); got != tc.want {
				t.Errorf("counts = %+v, want %+v", got, tc.want)
			}
			if !reflect.DeepEqual(a.Pairs, tc.pairs) {
				t.Errorf("pairs = %v, want %v", a.Pairs, tc.pairs)
			}
		})
	}
}

func TestCompareTextMismatch(t *testing.T) {
	g := mustParse(t, "gold.tml", "one\ntwo three")
	s := mustParse(t, "sys.tml", "one\ntwo thre")
	_, err := Compare(g, s)
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("err = %v, want *Error", err)
	}
	if e.File != "sys.tml" || e.Line != 6 {
		t.Errorf("error at %s:%d, want sys.tml:6 (%v)", e.File, e.Line, e)
	}
}

func TestScores(t *testing.T) {
	tests := []struct {
		name string
		c    Counts
		want string
	}{
		{"zero", Counts{}, "relaxed_F1       0.00"},
		{"half", Counts{Gold: 4, Sys: 2, Relaxed: 2, Strict: 1, Type: 2, Value: 1}, "value_F1         33.33"},
		{"round", Counts{Gold: 3, Sys: 3, Relaxed: 2, Strict: 2, Type: 2, Value: 2}, "strict_F1        66.67"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.c.WriteScores(&b); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tc.want+"\n") {
				t.Errorf("scores lack %q:\n%s", tc.want, b.String())
			}
		})
	}
}

func TestScoreDirsErrors(t *testing.T) {
	gold, sys := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(gold, "a.tml"), tml("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ScoreDirs(gold, sys); err == nil || !strings.Contains(err.Error(), "a.tml") {
		t.Errorf("missing system file: err = %v, want one naming a.tml", err)
	}
	for _, n := range []string{"a.tml", "b.tml"} {
		if err := os.WriteFile(filepath.Join(sys, n), tml("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := ScoreDirs(gold, sys)
	if err != nil || len(res.Extra) != 1 || res.Extra[0] != filepath.Join(sys, "b.tml") {
		t.Errorf("extra system file: %v, %v", res, err)
	}
	if _, err := ScoreDirs(filepath.Join(gold, "nope"), sys); err == nil {
		t.Error("missing gold dir: no error")
	}
	if _, err := ScoreDirs(t.TempDir(), gold); err == nil {
		t.Error("empty gold dir: no error")
	}
}

// TestReadCorpora reads every shared corpus file and scores it against
// itself: every timex must pair with itself, and every document must have
// a DCT date.
func TestReadCorpora(t *testing.T) {
	for _, sub := range []string{"tbaq/TimeBank", "tbaq/AQUAINT", "wikiwars-train"} {
		t.Run(sub, func(t *testing.T) {
			dir := sharedDir(t, sub)
			res, err := ScoreDirs(dir, dir)
			if err != nil {
				t.Fatal(err)
			}
			c := res.Total
			if c.Gold == 0 || c.Relaxed != c.Gold || c.Strict != c.Gold || c.Value != c.Gold {
				t.Errorf("self-score %+v, want all counts equal", c)
			}
			names, _ := tmlFiles(dir)
			for _, n := range names {
				d, err := ReadFile(filepath.Join(dir, n))
				if err != nil {
					t.Fatal(err)
				}
				if d.Ref.IsZero() {
					t.Errorf("%s: no DCT date", n)
				}
			}
			t.Logf("%s: %d documents, %d timexes", sub, c.Docs, c.Gold)
		})
	}
}

func TestDiffs(t *testing.T) {
	g := mustParse(t, "g.tml", `in <TIMEX3 tid="t1" type="DATE" value="2001-05">May 2001</TIMEX3>, for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>, now`)
	s := mustParse(t, "s.tml", `in <TIMEX3 tid="t1" type="DATE" value="2001-05-04">May</TIMEX3> 2001, for three days, <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3>`)
	a, err := Compare(g, s)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range a.Diffs() {
		got = append(got, d.Kind)
	}
	want := []string{Extent, WrongValue, Missed, Spurious}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kinds = %v, want %v", got, want)
	}
	if d := a.Diffs()[2]; d.Line != 5 || d.Context != "in May 2001, for [three days], now" {
		t.Errorf("missed diff at line %d, context %q", d.Line, d.Context)
	}
}

func ExampleCompare() {
	gold, _ := Parse("gold.tml", []byte(`<TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="2001-05-04">last Friday</TIMEX3>.</TEXT>`))
	sys, _ := Parse("sys.tml", []byte(`<TEXT>It fell last <TIMEX3 tid="t1" type="DATE" value="2001-05-11">Friday</TIMEX3>.</TEXT>`))
	a, err := Compare(gold, sys)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := a.Counts()
	fmt.Printf("relaxed %d, strict %d, value %d\n", c.Relaxed, c.Strict, c.Value)
	for _, d := range a.Diffs() {
		fmt.Println(d.Kind, d.Context)
	}
	// Output:
	// relaxed 1, strict 0, value 0
	// extent It fell [last Friday].
	// value It fell [last Friday].
}
