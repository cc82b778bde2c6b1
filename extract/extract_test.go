package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// sampleDocs reads the bundled sample corpus.
func sampleDocs(tb testing.TB) []timeline.Document {
	tb.Helper()
	f, err := os.Open("../data/samples/bolivia-teasers.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []timeline.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d timeline.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestBatchKeepsOrder(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	docs := sampleDocs(t)
	for _, jobs := range []int{1, 2, 7} {
		t.Run(fmt.Sprintf("jobs=%d", jobs), func(t *testing.T) {
			var got []string
			b := p.NewBatch(context.Background(), jobs, func(r Result) error {
				if r.Err != nil {
					t.Errorf("doc %d: %v", r.Seq, r.Err)
				}
				got = append(got, r.Extraction.Document.ID)
				return nil
			})
			var want []string
			for round := 0; round < 3; round++ {
				for _, d := range docs {
					want = append(want, d.ID)
					if err := b.Submit(context.Background(), d); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := b.Wait(); err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("order\n got %v\nwant %v", got, want)
			}
		})
	}
}

func TestBatchStopsOnEmitError(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	stop := fmt.Errorf("disk full")
	n := 0
	b := p.NewBatch(context.Background(), 2, func(r Result) error {
		n++
		return stop
	})
	for _, d := range sampleDocs(t) {
		if err := b.Submit(context.Background(), d); err != nil {
			break
		}
	}
	if err := b.Wait(); err != stop {
		t.Errorf("Wait = %v, want %v", err, stop)
	}
	if n != 1 {
		t.Errorf("emit called %d times after failing, want 1", n)
	}
}

func TestExtractKeepsOffsetsInRange(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range sampleDocs(t) {
		x, err := p.Extract(d)
		if err != nil {
			t.Fatal(err)
		}
		n := len(d.Text)
		for _, s := range x.Sentences {
			if s.Start < 0 || s.End > n || s.Start > s.End {
				t.Errorf("%s: sentence %v out of range", d.ID, s)
			}
		}
		for _, tx := range x.Timexes {
			if tx.Start < 0 || tx.End > n || d.Text[tx.Start:tx.End] != tx.Text {
				t.Errorf("%s: timex %+v does not match the text", d.ID, tx)
			}
		}
		for _, m := range x.Entities {
			if m.Start < 0 || m.End > n || d.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: entity %+v does not match the text", d.ID, m)
			}
		}
		for _, ev := range x.Events {
			if ev.Trigger.Start < 0 || ev.Trigger.End > n || d.Text[ev.Trigger.Start:ev.Trigger.End] != ev.TrigText {
				t.Errorf("%s: event trigger %+v does not match the text", d.ID, ev)
			}
			if ev.Evidence != d.Text[ev.Sentence.Start:ev.Sentence.End] {
				t.Errorf("%s: evidence %q is not the sentence", d.ID, ev.Evidence)
			}
		}
	}
}

// BenchmarkPipeline measures the whole extraction (sentences, dates,
// entities, events) over the sample corpus on all cores, in bytes of
// article text per second.
func BenchmarkPipeline(b *testing.B) {
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	docs := sampleDocs(b)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		batch := p.NewBatch(context.Background(), 0, func(Result) error { return nil })
		for _, d := range docs {
			if err := batch.Submit(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
		if err := batch.Wait(); err != nil {
			b.Fatal(err)
		}
	}
}
