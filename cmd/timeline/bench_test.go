package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/timelinekit/timelinekit/internal/synthcorpus"
)

// BenchmarkBuild measures the whole job a user runs: read a JSONL corpus
// of varied generated articles, extract dates, entities and events on all
// cores, build the timeline and write every output format, in bytes of
// article text per second. `make bench-corpus` measures the same on 50 MB
// with the real binary and reports peak memory too.
func BenchmarkBuild(b *testing.B) {
	dir := b.TempDir()
	in := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(in)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	g := synthcorpus.New(1)
	var size int64
	for size < 2<<20 {
		d := g.Next()
		size += int64(len(d.Text))
		line, err := json.Marshal(map[string]any{"id": d.ID, "date": d.Date.String(), "title": d.Title, "url": d.URL, "text": d.Text})
		if err != nil {
			b.Fatal(err)
		}
		w.Write(append(line, '\n'))
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	out := filepath.Join(dir, "out")
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if code := run(context.Background(), []string{"build", "-o", out, in}, nil, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
