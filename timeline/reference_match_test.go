package timeline

import (
	"bytes"
	"io"
	"testing"
)

// refPairs pairs each writer with its reference implementation.
var refPairs = []struct {
	name      string
	fast, ref func(io.Writer, *Timeline) error
}{
	{"json", WriteJSON, refWriteJSON},
	{"csv", func(w io.Writer, tl *Timeline) error { return WriteCSV(w, tl, CSVOptions{}) }, refCSV(refWriteCSV, CSVOptions{})},
	{"csv-bom-raw", func(w io.Writer, tl *Timeline) error { return WriteCSV(w, tl, CSVOptions{BOM: true, Raw: true}) }, refCSV(refWriteCSV, CSVOptions{BOM: true, Raw: true})},
	{"entities-csv", func(w io.Writer, tl *Timeline) error { return WriteEntitiesCSV(w, tl, CSVOptions{}) }, refCSV(refWriteEntitiesCSV, CSVOptions{})},
	{"mentions-csv", func(w io.Writer, tl *Timeline) error { return WriteMentionsCSV(w, tl, CSVOptions{}) }, refCSV(refWriteMentionsCSV, CSVOptions{})},
	{"html", func(w io.Writer, tl *Timeline) error { return WriteHTML(w, tl, HTMLOptions{}) }, func(w io.Writer, tl *Timeline) error { return refWriteHTML(w, tl, HTMLOptions{}) }},
	{"html-title", func(w io.Writer, tl *Timeline) error { return WriteHTML(w, tl, HTMLOptions{Title: hostile + "+&'"}) }, func(w io.Writer, tl *Timeline) error { return refWriteHTML(w, tl, HTMLOptions{Title: hostile + "+&'"}) }},
	{"timelinejs", WriteTimelineJS, refWriteTimelineJS},
	{"timelinejs-csv", WriteTimelineJSCSV, refWriteTimelineJSCSV},
}

// compareWithReference runs every writer and its reference on tl and
// reports the first difference.
func compareWithReference(t *testing.T, tl *Timeline) {
	t.Helper()
	for _, p := range refPairs {
		var got, want bytes.Buffer
		if err := p.fast(&got, tl); err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		if err := p.ref(&want, tl); err != nil {
			t.Fatalf("%s reference: %v", p.name, err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("%s differs from the reference:\n%s", p.name, firstDiff(want.String(), got.String()))
		}
	}
}

func TestWritersMatchReference(t *testing.T) {
	many := benchTimeline(3)
	many.Entities = append(many.Entities, Entity{ID: "org-x y", Name: "X & Y", Type: Org})
	many.Events[0].Participants = []string{"org-x y", "missing id"}
	many.Events[1].ID = "ev 2/é?#"
	many.Events[2].Type = "custom type"
	many.Events[3].Type = "zz-other"
	many.Events[4].Confidence = 1e-9
	many.Events[5].Modality = ""
	tests := []struct {
		name string
		tl   *Timeline
	}{
		{"fixture", fixtureTimeline()},
		{"repeated", many},
		{"empty", &Timeline{}},
		{"nil", nil},
		{"only-undated", &Timeline{Events: []Event{{ID: "e1", Type: "coup"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { compareWithReference(t, tt.tl) })
	}
}

// failAfter accepts n bytes, then fails every write.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, io.ErrShortWrite
	}
	f.n -= len(p)
	return len(p), nil
}

// TestWritersReportWriteErrors checks that every writer returns the error
// of its destination, at the start, in the middle and at the end.
func TestWritersReportWriteErrors(t *testing.T) {
	tl := benchTimeline(50)
	for _, p := range refPairs {
		var full bytes.Buffer
		if err := p.fast(&full, tl); err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{0, full.Len() / 2, full.Len() - 1} {
			if err := p.fast(&failAfter{n}, tl); err == nil {
				t.Errorf("%s: no error when the writer fails after %d of %d bytes", p.name, n, full.Len())
			}
		}
	}
}

// BenchmarkReferenceWriters runs the reference writers on the input of
// BenchmarkWriters, to compare the two under the same machine load.
func BenchmarkReferenceWriters(b *testing.B) {
	tl := benchTimeline(1000)
	for _, p := range refPairs {
		if p.name == "csv-bom-raw" || p.name == "html-title" {
			continue
		}
		b.Run(p.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := p.ref(io.Discard, tl); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
