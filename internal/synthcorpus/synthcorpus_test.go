package synthcorpus

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/internal/corpus"
	"github.com/timelinekit/timelinekit/timeline"
)

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if _, _, err := WriteJSONL(&a, Options{Seed: 7, Bytes: 200 << 10}); err != nil {
		t.Fatal(err)
	}
	WriteJSONL(&b, Options{Seed: 7, Bytes: 200 << 10})
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("same seed, different corpus")
	}
	var c bytes.Buffer
	WriteJSONL(&c, Options{Seed: 8, Bytes: 200 << 10})
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("different seeds, same corpus")
	}
}

// TestReadable checks the corpus is what the readers accept, without a
// single problem, and that it is varied.
func TestReadable(t *testing.T) {
	var buf bytes.Buffer
	docs, n, err := WriteJSONL(&buf, Options{Seed: 1, Bytes: 1 << 20})
	if err != nil || n < 1<<20 || int64(buf.Len()) != n {
		t.Fatalf("wrote %d docs, %d bytes (buffer %d): %v", docs, n, buf.Len(), err)
	}
	var got []timeline.Document
	st, err := corpus.Read(context.Background(), []string{"-"}, corpus.Options{Stdin: &buf},
		func(d timeline.Document) error { got = append(got, d); return nil },
		func(err error) { t.Error(err) })
	if err != nil || st.Read != docs || len(got) != docs {
		t.Fatalf("read %+v (%v), want %d documents", st, err, docs)
	}
	dated, texts := 0, map[string]bool{}
	phrases := map[string]int{}
	for _, d := range got {
		if !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, utf8.RuneError) || d.Text == "" || d.Title == "" {
			t.Errorf("doc %s: bad text or title", d.ID)
		}
		if !d.Date.IsZero() {
			dated++
		}
		texts[d.Text] = true
		if strings.Contains(d.Text, " of on ") || strings.Contains(d.Text, "{") {
			t.Errorf("doc %s: broken template: %q", d.ID, d.Text)
		}
		for _, p := range []string{"yesterday", "years later", " BC", "of the following year", "massacre", "coup", "referendum", "resigned", "strike", "arrested"} {
			if strings.Contains(d.Text, p) {
				phrases[p]++
			}
		}
	}
	if len(texts) != docs {
		t.Errorf("%d distinct texts of %d", len(texts), docs)
	}
	if dated == 0 || dated == docs {
		t.Errorf("%d of %d dated: want a mix", dated, docs)
	}
	for _, p := range []string{"yesterday", "years later", " BC", "of the following year", "massacre", "coup", "referendum", "resigned", "strike", "arrested"} {
		if phrases[p] == 0 {
			t.Errorf("no document says %q", p)
		}
	}
	avg := n / int64(docs)
	if avg < 1000 || avg > 10000 {
		t.Errorf("average document %d bytes", avg)
	}
}

func BenchmarkNext(b *testing.B) {
	b.ReportAllocs()
	g := New(1)
	for b.Loop() {
		g.Next()
	}
}
