package entity

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/extract/segment"
)

type goldMention struct{ doc, typ, text string }

func readGold(t *testing.T, path string) []goldMention {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldMention
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fs := strings.Split(s, "\t")
		if len(fs) != 3 {
			t.Fatalf("%s:%d: want 3 fields", path, line)
		}
		out = append(out, goldMention{fs[0], fs[1], fs[2]})
	}
	return out
}

type sample struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

func readSamples(t testing.TB, path string) []sample {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []sample
	for i, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var s sample
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatalf("%s:%d: %v", path, i+1, err)
		}
		out = append(out, s)
	}
	return out
}

// TestSampleScore scores the recogniser against the hand-written gold
// mentions of the 19 sample articles: a multiset match on (document,
// type, text). Precision and recall must both reach 0.9.
func TestSampleScore(t *testing.T) {
	t.Run("default", func(t *testing.T) { scoreSample(t, 0.9) })
	// With prose on the residual runs, scored for comparison (no threshold).
	t.Run("with prose", func(t *testing.T) { scoreSample(t, 0, WithProse(true)) })
}

func scoreSample(t *testing.T, threshold float64, opts ...Option) {
	gold := readGold(t, "testdata/bolivia-gold.tsv")
	docs := readSamples(t, "../../data/samples/bolivia-teasers.jsonl")
	r, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	want := map[goldMention]int{}
	for _, g := range gold {
		want[g]++
	}
	got := map[goldMention]int{}
	nGot := 0
	for _, d := range docs {
		for _, m := range r.Recognize(d.Text, segment.Sentences(d.Text)) {
			got[goldMention{d.ID, string(m.Type), m.Text}]++
			nGot++
		}
	}
	tp := 0
	var fp, fn []string
	for k, n := range got {
		hit := min(n, want[k])
		tp += hit
		for i := hit; i < n; i++ {
			fp = append(fp, fmt.Sprintf("%s %s %q", k.doc, k.typ, k.text))
		}
	}
	for k, n := range want {
		for i := min(n, got[k]); i < n; i++ {
			fn = append(fn, fmt.Sprintf("%s %s %q", k.doc, k.typ, k.text))
		}
	}
	sort.Strings(fp)
	sort.Strings(fn)
	p := float64(tp) / float64(max(nGot, 1))
	rc := float64(tp) / float64(len(gold))
	t.Logf("precision %.3f (%d/%d), recall %.3f (%d/%d)", p, tp, nGot, rc, tp, len(gold))
	for _, s := range fp {
		t.Logf("false positive: %s", s)
	}
	for _, s := range fn {
		t.Logf("false negative: %s", s)
	}
	if p < threshold || rc < threshold {
		t.Errorf("precision %.3f, recall %.3f: both must be at least %.2f", p, rc, threshold)
	}
}
