package timeline

import (
	"fmt"
	"io"
	"testing"
)

// benchTimeline repeats the fixture's events n times with fresh ids.
func benchTimeline(n int) *Timeline {
	fx := fixtureTimeline()
	tl := &Timeline{Version: Version, Documents: fx.Documents, Entities: fx.Entities}
	for i := 0; i < n; i++ {
		for _, ev := range fx.Events {
			ev.ID = fmt.Sprintf("ev%05d", len(tl.Events)+1)
			tl.Events = append(tl.Events, ev)
		}
	}
	return tl
}

// benchWriters lists the seven writers with the options the CLI uses by
// default.
var benchWriters = []struct {
	name  string
	write func(io.Writer, *Timeline) error
}{
	{"JSON", WriteJSON},
	{"CSV", func(w io.Writer, tl *Timeline) error { return WriteCSV(w, tl, CSVOptions{}) }},
	{"EntitiesCSV", func(w io.Writer, tl *Timeline) error { return WriteEntitiesCSV(w, tl, CSVOptions{}) }},
	{"MentionsCSV", func(w io.Writer, tl *Timeline) error { return WriteMentionsCSV(w, tl, CSVOptions{}) }},
	{"HTML", func(w io.Writer, tl *Timeline) error { return WriteHTML(w, tl, HTMLOptions{}) }},
	{"TimelineJS", WriteTimelineJS},
	{"TimelineJSCSV", WriteTimelineJSCSV},
}

// BenchmarkWriters runs each writer on 10,000 events (the fixture's ten
// events repeated), writing to io.Discard:
//
//	go test ./timeline -run '^$' -bench BenchmarkWriters -benchtime 10x
//
// On the project's 2-core machine (shared, so figures vary by up to 2x)
// all seven writers took about 1.0-1.3 s and allocated 439 MB per run with
// html/template per card, encoding/json over the whole timeline and gocsv
// reflection per row (BenchmarkReferenceWriters still measures that code);
// streamed and hand-escaped they take 85-140 ms and allocate 16 MB.
func BenchmarkWriters(b *testing.B) {
	tl := benchTimeline(1000) // 10,000 events
	for _, wr := range benchWriters {
		b.Run(wr.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := wr.write(io.Discard, tl); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("All", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, wr := range benchWriters {
				if err := wr.write(io.Discard, tl); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
