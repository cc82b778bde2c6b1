package entity

import (
	"testing"

	"github.com/timelinekit/timelinekit/extract/segment"
	"github.com/timelinekit/timelinekit/timeline"
)

// BenchmarkRecognize measures recognition speed (default options) on the
// sample articles (sentence splitting excluded); the MB/s column is bytes of
// article text.
func BenchmarkRecognize(b *testing.B) {
	docs := readSamples(b, "../../data/samples/bolivia-teasers.jsonl")
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	sents := make([][]timeline.Span, len(docs))
	size := 0
	for i, d := range docs {
		sents[i] = segment.Sentences(d.Text)
		size += len(d.Text)
	}
	sharedProseModel() // load the models before timing
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			r.Recognize(d.Text, sents[i])
		}
	}
}

// BenchmarkProseWholeDocument is the baseline: prose NER over each whole
// document with a shared model.
func BenchmarkProseWholeDocument(b *testing.B) {
	docs := readSamples(b, "../../data/samples/bolivia-teasers.jsonl")
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	proseTag("warm up", 0, 7)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			proseTag(d.Text, 0, len(d.Text))
		}
	}
}

// BenchmarkRecognizeWithProse measures recognition with prose on the
// residual runs.
func BenchmarkRecognizeWithProse(b *testing.B) {
	docs := readSamples(b, "../../data/samples/bolivia-teasers.jsonl")
	r, err := New(WithProse(true))
	if err != nil {
		b.Fatal(err)
	}
	sents := make([][]timeline.Span, len(docs))
	size := 0
	for i, d := range docs {
		sents[i] = segment.Sentences(d.Text)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			r.Recognize(d.Text, sents[i])
		}
	}
}
