package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cli runs the command in-process.
func cli(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// shards splits the sample corpus into two JSONL files, and writes a text
// file and an HTML page.
func shards(t *testing.T) (dir, a, b, txt, page string) {
	t.Helper()
	data, err := os.ReadFile("../../data/samples/bolivia-teasers.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(string(data)), "\n")
	if len(lines) < 4 {
		t.Fatalf("sample has %d lines", len(lines))
	}
	dir = t.TempDir()
	a, b, txt = filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl"), filepath.Join(dir, "note.txt")
	page = filepath.Join(dir, "page.html")
	half := len(lines) / 2
	os.WriteFile(a, []byte(strings.Join(lines[:half], "")), 0o644)
	os.WriteFile(b, []byte(strings.Join(lines[half:], "")), 0o644)
	os.WriteFile(txt, []byte("On 9 April 1952 armed miners and workers rose up in La Paz.\r\nThe revolution lasted three days.\n"), 0o644)
	os.WriteFile(page, []byte(`<!DOCTYPE html><html><head><title>Miners strike</title>
<meta property="article:published_time" content="1985-09-02">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "1985-09-02", "author": {"name": "R. Vega"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Miners strike</h1><p>Tin miners in Oruro began an indefinite strike yesterday against the closure of the state mines, the federation said.</p>
<p>The government declared a state of siege and arrested the union leaders in La Paz on Friday.</p></article>
<div class="comments"><p>Comment: great article!</p></div></body></html>`), 0o644)
	return dir, a, b, txt, page
}

// TestExtractMergeEqualsBuild runs extract on two shards and merge on the
// results, and checks the timeline is the one build gives over all inputs,
// byte for byte, in every format.
func TestExtractMergeEqualsBuild(t *testing.T) {
	dir, a, b, txt, page := shards(t)
	tests := []struct {
		name           string
		shard1, shard2 []string
	}{
		{"two shards", []string{a}, []string{b, txt, page}},
		{"same documents in both shards (ids renamed alike)", []string{a, txt}, []string{a}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x1, x2 := filepath.Join(dir, "x1.jsonl"), filepath.Join(dir, "x2.jsonl")
			for _, s := range []struct {
				out    string
				inputs []string
			}{{x1, tt.shard1}, {x2, tt.shard2}} {
				args := append([]string{"extract", "--jobs", "2", "-o", s.out}, s.inputs...)
				if code, _, stderr := cli(t, "", args...); code != exitOK {
					t.Fatalf("extract %v: exit %d\n%s", s.inputs, code, stderr)
				}
			}
			all := append(append([]string{}, tt.shard1...), tt.shard2...)
			for _, f := range formats {
				code, built, stderr := cli(t, "", append([]string{"build", "--jobs", "3", "--format", f.name}, all...)...)
				if code != exitOK {
					t.Fatalf("build: exit %d\n%s", code, stderr)
				}
				code, merged, stderr := cli(t, "", "merge", "--format", f.name, x1, x2)
				if code != exitOK {
					t.Fatalf("merge: exit %d\n%s", code, stderr)
				}
				if merged != built {
					t.Errorf("%s: merge of the shards differs from build over all inputs", f.name)
				}
				if f.name == "json" && (!strings.Contains(merged, `"id": "bolivia-01"`) || len(tt.shard2) > 2 && !strings.Contains(merged, `"title": "Miners strike"`)) {
					t.Errorf("merged timeline lacks the documents:\n%.500s", merged)
				}
			}
		})
	}
}

func TestExtractOutput(t *testing.T) {
	_, a, _, txt, _ := shards(t)
	code, out, stderr := cli(t, "", "extract", a, txt)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	data, _ := os.ReadFile(a)
	if want := strings.Count(string(data), "\n") + 1; len(lines) != want {
		t.Errorf("%d lines, want one per document (%d)", len(lines), want)
	}
	if !strings.HasPrefix(lines[0], `{"document":{"id":"bolivia-01"`) || !strings.Contains(lines[len(lines)-1], `"id":"note"`) {
		t.Errorf("lines out of order:\n%.200s\n...\n%.200s", lines[0], lines[len(lines)-1])
	}
	if strings.Contains(out, `"text":"On 9 April`) {
		t.Error("compact output keeps the document text")
	}
	_, full, _ := cli(t, "", "extract", "--full", txt)
	if !strings.Contains(full, `"text":"On 9 April 1952 armed miners and workers rose up in La Paz.\nThe revolution`) {
		t.Errorf("--full lacks the normalised text:\n%.300s", full)
	}
	if !strings.Contains(stderr, "documents read, 0 failed, 0 skipped") {
		t.Errorf("no summary on stderr:\n%s", stderr)
	}
}

func TestExtractMergeBadInput(t *testing.T) {
	dir, a, _, _, _ := shards(t)
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"id\":\"ok\",\"text\":\"fine\"}\n{\"id\":\"broken\",\"text\":\n"), 0o644)
	x := filepath.Join(dir, "x.jsonl")
	os.WriteFile(x, []byte("old shard"), 0o644)
	code, _, stderr := cli(t, "", "extract", "-o", x, bad, filepath.Join(dir, "missing.txt"))
	if code != exitFailed {
		t.Errorf("extract with bad input: exit %d, want %d", code, exitFailed)
	}
	for _, want := range []string{"bad.jsonl:2: malformed row", "missing.txt: stat", "1 documents read, 2 failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if b, _ := os.ReadFile(x); !strings.Contains(string(b), `"id":"ok"`) {
		t.Errorf("the good document was not written: %q", b)
	}

	// merge: a corrupt line is reported with file:line, the rest is merged.
	good := filepath.Join(dir, "good.jsonl")
	if code, _, stderr := cli(t, "", "extract", "-o", good, a); code != exitOK {
		t.Fatalf("extract: %d\n%s", code, stderr)
	}
	corrupt := filepath.Join(dir, "corrupt.jsonl")
	os.WriteFile(corrupt, []byte("{\"document\":{\"id\":\"z\"}}\n{\"document\":\n"), 0o644)
	out := filepath.Join(dir, "out")
	code, _, stderr = cli(t, "", "merge", "-o", out, good, corrupt)
	if code != exitFailed || !strings.Contains(stderr, "corrupt.jsonl:2: malformed row") {
		t.Errorf("merge: exit %d, stderr:\n%s", code, stderr)
	}
	if b, err := os.ReadFile(filepath.Join(out, "timeline.json")); err != nil || !strings.Contains(string(b), `"id": "z"`) {
		t.Errorf("timeline.json not written with the good extractions: %v", err)
	}
	if entries, _ := os.ReadDir(out); len(entries) != len(formats) {
		t.Errorf("output dir holds %d files, want %d (no temporary files)", len(entries), len(formats))
	}
}

func TestExtractMergeUsage(t *testing.T) {
	for _, args := range [][]string{{"extract"}, {"merge"}, {"merge", "--format", "pdf", "x"}, {"extract", "--domain", "poetry", "x"}} {
		if code, _, _ := cli(t, "", args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// TestExtractInterrupted: a cancelled run writes nothing, keeping the old file.
func TestExtractInterrupted(t *testing.T) {
	_, a, _, _, _ := shards(t)
	x := filepath.Join(t.TempDir(), "x.jsonl")
	os.WriteFile(x, []byte("old"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	if code := run(ctx, []string{"extract", "-o", x, a}, nil, &out, &errb); code != exitAborted {
		t.Errorf("exit %d, want %d\n%s", code, exitAborted, errb.String())
	}
	if b, _ := os.ReadFile(x); string(b) != "old" {
		t.Errorf("interrupted extract replaced the file: %.100q", b)
	}
}

func TestExtractToDevice(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Skip("no", os.DevNull)
	}
	_, _, _, txt, _ := shards(t)
	if code, _, stderr := cli(t, "", "extract", "-o", os.DevNull, txt); code != exitOK {
		t.Errorf("extract -o %s: exit %d\n%s", os.DevNull, code, stderr)
	}
}

// merge takes the CSV flags of build and reads gzip-compressed shards, and
// gives the bytes build gives with the same flags.
func TestMergeFlagsAndGzipShards(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "hostile.csv")
	writeFile(t, in, "id,date,title,text\n"+
		"h1,2021-02-01,\"=HYPERLINK(\"\"x\"\")\",\"=HYPERLINK(\"\"http://evil.example\"\") The military seized power in a coup on 1 February 2021.\"\n")
	shard := filepath.Join(dir, "shard.jsonl")
	if code, _, stderr := cli(t, "", "extract", "-o", shard, in); code != exitOK {
		t.Fatalf("extract: exit %d\n%s", code, stderr)
	}
	plain, err := os.ReadFile(shard)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(plain)
	zw.Close()
	gzShard := filepath.Join(dir, "shard.jsonl.gz")
	writeFile(t, gzShard, gz.String())
	tests := []struct {
		name   string
		flags  []string
		shard  string
		format string
		want   string // in the output
	}{
		{"neutralised by default", nil, shard, "csv", "'=HYPERLINK"},
		{"raw csv", []string{"--raw-csv"}, shard, "csv", "\"=HYPERLINK"},
		{"raw mentions csv", []string{"--raw-csv"}, shard, "mentions-csv", "\"=HYPERLINK"},
		{"bom", []string{"--bom"}, shard, "csv", "\uFEFFid,"},
		{"gzip shard", nil, gzShard, "json", `"h1"`},
		{"title on the TimelineJS slide", []string{"--title", "Coups in Ruritania"}, shard, "timelinejs", `"headline": "Coups in Ruritania"`},
		{"title in the TimelineJS sheet", []string{"--title", "Coups in Ruritania"}, shard, "timelinejs-csv", ",Coups in Ruritania,"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, built, stderr := cli(t, "", append(append([]string{"build", "--format", tc.format}, tc.flags...), in)...)
			if code != exitOK {
				t.Fatalf("build: exit %d\n%s", code, stderr)
			}
			code, merged, stderr := cli(t, "", append(append([]string{"merge", "--format", tc.format}, tc.flags...), tc.shard)...)
			if code != exitOK {
				t.Fatalf("merge: exit %d\n%s", code, stderr)
			}
			if merged != built {
				t.Errorf("merge output differs from build:\nmerge:\n%s\nbuild:\n%s", merged, built)
			}
			if !strings.Contains(merged, tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, merged)
			}
		})
	}
}

// An interrupted build or merge writes nothing: the previous timeline stays
// instead of being replaced by a partial one (extract: TestExtractInterrupted).
func TestInterruptedRunsKeepOldOutputs(t *testing.T) {
	_, a, _, _, _ := shards(t)
	dir := t.TempDir()
	shard := filepath.Join(dir, "x.jsonl")
	if code, _, stderr := cli(t, "", "extract", "-o", shard, a); code != exitOK {
		t.Fatalf("extract: exit %d\n%s", code, stderr)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"build", []string{"build", "-o", filepath.Join(dir, "out"), a}},
		{"merge", []string{"merge", "-o", filepath.Join(dir, "out"), shard}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			old := filepath.Join(dir, "out", "timeline.csv")
			writeFile(t, old, "old")
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			var out, errb bytes.Buffer
			if code := run(ctx, tc.args, nil, &out, &errb); code != exitAborted {
				t.Errorf("exit %d, want %d\n%s", code, exitAborted, errb.String())
			}
			if b, _ := os.ReadFile(old); string(b) != "old" {
				t.Errorf("interrupted %s replaced the timeline: %.100q", tc.name, b)
			}
			if !strings.Contains(errb.String(), "nothing written") || strings.Contains(errb.String(), "written to") {
				t.Errorf("stderr does not say nothing was written:\n%s", errb.String())
			}
		})
	}
}
