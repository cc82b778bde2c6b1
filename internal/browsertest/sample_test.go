package browsertest

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/timelinekit/timelinekit/extract"
	"github.com/timelinekit/timelinekit/timeline"
)

// samplePath is the bundled sample corpus, relative to this package.
var samplePath = filepath.Join("..", "..", "data", "samples", "bolivia-teasers.jsonl")

// sampleTimeline runs the extraction pipeline and the build step on the
// bundled sample corpus, as `timeline build` does.
func sampleTimeline(t *testing.T) *timeline.Timeline {
	t.Helper()
	f, err := os.Open(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var exts []timeline.Extraction
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for line := 1; sc.Scan(); line++ {
		var d timeline.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s:%d: %v", samplePath, line, err)
		}
		x, err := p.Extract(d)
		if err != nil {
			t.Fatalf("%s:%d: %v", samplePath, line, err)
		}
		exts = append(exts, x)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return timeline.Build(exts)
}
