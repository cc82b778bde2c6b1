package main

import (
	"bytes"
	"context"
	"encoding/json"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/extract"
	"github.com/timelinekit/timelinekit/internal/corpus"
	"github.com/timelinekit/timelinekit/internal/corpus/htmlpage"
	"github.com/timelinekit/timelinekit/timeline"
)

var fuzzPipeline = sync.OnceValues(func() (*extract.Pipeline, error) { return extract.New() })

// FuzzPipeline runs arbitrary standard input (read as JSONL, HTML or plain
// text, as the CLI decides) through the whole pipeline: reading,
// extraction, build and every writer. Nothing may panic, every event's
// evidence must lie in its document, and the JSON must read back.
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2019-11-10","text":"Evo Morales resigned on 10 November at 4.50pm after the army asked him to."}` + "\n" +
			`{"id":"a","date":"2019-02-30","text":"The coup of 9 April 1952 \xff failed.\r\nTwo years later, elections were held."}`,
		"<!DOCTYPE html><html><head><meta property=\"article:published_time\" content=\"1985-09-02\"><title>Strike</title></head><body><p>Miners began a strike yesterday in Oruro.</p></body></html>",
		"In 490 BC the Athenians won at Marathon. In the 1960s, a massacre took place; the general resigned last Sunday.",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := fuzzPipeline()
		if err != nil {
			t.Fatal(err)
		}
		texts := map[string]string{}
		var exts []timeline.Extraction
		opt := corpus.Options{Stdin: bytes.NewReader(data), HTML: htmlpage.New(htmlpage.Options{}).Document}
		_, err = corpus.Read(context.Background(), []string{"-"}, opt, func(d timeline.Document) error {
			x, err := p.Extract(d)
			if err != nil {
				return nil // reported in the CLI; the batch goes on
			}
			texts[d.ID] = d.Text
			exts = append(exts, extract.Compact(x))
			return nil
		}, func(error) {})
		if err != nil {
			t.Fatal(err)
		}
		tl := timeline.Build(exts)
		for _, ev := range tl.Events {
			if ev.Date.Known() && (!ev.Date.Start.Valid() || !ev.Date.End.Valid() || ev.Date.End.Compare(ev.Date.Start) < 0) {
				t.Errorf("event %s: bad date range %+v", ev.ID, ev.Date)
			}
			for _, s := range ev.Sources {
				text, ok := texts[s.Doc]
				if !ok {
					t.Errorf("event %s: source doc %q unknown", ev.ID, s.Doc)
					continue
				}
				if s.Start < 0 || s.Start > s.End || s.End > len(text) || text[s.Start:s.End] != s.Text || !utf8.ValidString(s.Text) {
					t.Errorf("event %s: evidence [%d,%d) %q does not match its document", ev.ID, s.Start, s.End, s.Text)
				}
			}
		}
		for _, fm := range formats {
			var buf bytes.Buffer
			if err := fm.write(&buf, tl, writeOpts{}); err != nil {
				t.Fatalf("%s: %v", fm.name, err)
			}
			if fm.name == "json" {
				var back timeline.Timeline
				if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
					t.Fatalf("json output does not read back: %v", err)
				}
			}
		}
	})
}
