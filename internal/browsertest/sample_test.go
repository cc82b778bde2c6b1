package browsertest

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// repoRoot is the module root, relative to this package.
var repoRoot = filepath.Join("..", "..")

// samplePath is the bundled sample corpus, relative to the module root.
const samplePath = "data/samples/bolivia-teasers.jsonl"

// output is what a browser test opens: the timeline (for the expected
// results) and the files the writers made from it.
type output struct {
	tl         *timeline.Timeline
	html       string // path of timeline.html
	timelineJS []byte // TimelineJS JSON
}

// sampleOutput builds the CLI and runs the README's first command,
// `timeline build -o DIR data/samples/bolivia-teasers.jsonl`, so that the
// browser tests open exactly the files a user gets.
func sampleOutput(t *testing.T) output {
	t.Helper()
	dir := t.TempDir()
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goTool); err != nil {
		goTool = "go"
	}
	bin := filepath.Join(dir, "timeline")
	build := exec.Command(goTool, "build", "-o", bin, "./cmd/timeline")
	build.Dir = repoRoot
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/timeline: %v\n%s", err, out)
	}
	outDir := filepath.Join(dir, "out")
	run := exec.Command(bin, "build", "-o", outDir, samplePath)
	run.Dir = repoRoot
	if out, err := run.CombinedOutput(); err != nil {
		t.Fatalf("timeline build -o DIR %s: %v\n%s", samplePath, err, out)
	}
	b, err := os.ReadFile(filepath.Join(outDir, "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatalf("timeline.json: %v", err)
	}
	js, err := os.ReadFile(filepath.Join(outDir, "timelinejs.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) < 2 {
		t.Fatalf("the pipeline finds %d events in %s; the sample test needs at least 2", len(tl.Events), samplePath)
	}
	return output{tl: &tl, html: filepath.Join(outDir, "timeline.html"), timelineJS: js}
}

// fixtureOutput renders the writers' hand-built fixture (every kind of
// date, hostile text), read from its golden JSON.
func fixtureOutput(t *testing.T) output {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "timeline", "testdata", "fixture.json.golden"))
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "timeline.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := timeline.WriteHTML(f, &tl, timeline.HTMLOptions{Title: "Browser test fixture"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	var js jsonBuffer
	if err := timeline.WriteTimelineJS(&js, &tl); err != nil {
		t.Fatal(err)
	}
	return output{tl: &tl, html: path, timelineJS: js}
}

type jsonBuffer []byte

func (b *jsonBuffer) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }

// outputs are the inputs of the browser tests.
var outputs = []struct {
	name string
	get  func(t *testing.T) output
}{
	{"fixture", fixtureOutput},
	{"sample", sampleOutput},
}
