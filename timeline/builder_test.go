package timeline

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"
)

// allOutputs writes tl in every format.
func allOutputs(t *testing.T, tl *Timeline) map[string][]byte {
	t.Helper()
	writers := map[string]func(io.Writer, *Timeline) error{
		"json":           WriteJSON,
		"csv":            func(w io.Writer, tl *Timeline) error { return WriteCSV(w, tl, CSVOptions{}) },
		"html":           func(w io.Writer, tl *Timeline) error { return WriteHTML(w, tl, HTMLOptions{}) },
		"entities":       func(w io.Writer, tl *Timeline) error { return WriteEntitiesCSV(w, tl, CSVOptions{}) },
		"mentions":       func(w io.Writer, tl *Timeline) error { return WriteMentionsCSV(w, tl, CSVOptions{}) },
		"timelinejs":     WriteTimelineJS,
		"timelinejs-csv": WriteTimelineJSCSV,
	}
	out := map[string][]byte{}
	for name, w := range writers {
		var b bytes.Buffer
		if err := w(&b, tl); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = b.Bytes()
	}
	return out
}

// textExtractions gives the random corpus evidence sentences, headlines
// and dates with texts, so that every field goes through the spill.
func textExtractions(r *rand.Rand, docs int) []Extraction {
	exts := randomExtractions(r, docs)
	for i := range exts {
		x := &exts[i]
		x.Document.Title = fmt.Sprintf("Report %d, \"quoted\" & <tagged>", i)
		x.Document.URL = fmt.Sprintf("https://example.org/%d", i)
		x.Document.Source = fmt.Sprintf("corpus.jsonl:%d", i+1)
		for j := range x.Events {
			m := &x.Events[j]
			m.Evidence = fmt.Sprintf("Sentence %d of report %d: the %s in Añez's town.", j, i, m.Type)
			m.Headline = fmt.Sprintf("%s number %d", m.Type, r.IntN(5))
			m.Trigger = Span{m.Sentence.Start + 1, m.Sentence.Start + 3}
			if m.Date != nil {
				d := *m.Date
				d.Text, d.TIMEX = "on "+d.EDTF, d.EDTF
				m.Date = &d
				m.DateSpan = &Span{m.Sentence.Start + 2, m.Sentence.Start + 4}
			}
			m.Participants = []int{r.IntN(4)}
		}
		if r.IntN(4) == 0 {
			x.Entities[0].Type = Person
			x.Entities[0].Text = "Evo"
		}
	}
	return exts
}

func TestDiskBuildMatchesMemoryBuild(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs int
		seed uint64
	}{
		{"empty", 0, 1},
		{"one document", 1, 2},
		{"small corpus", 60, 3},
		{"larger corpus", 400, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			exts := textExtractions(rand.New(rand.NewPCG(tc.seed, 9)), tc.docs)
			mem := Build(exts)
			want := allOutputs(t, mem)

			dir := t.TempDir()
			b := NewBuilder(BuildOptions{TempDir: dir})
			for i := range exts {
				if err := b.Add(&exts[i]); err != nil {
					t.Fatal(err)
				}
			}
			disk, err := b.Finish()
			if err != nil {
				t.Fatal(err)
			}
			if len(disk.Events) != 0 {
				t.Fatalf("disk-backed timeline holds %d events in memory", len(disk.Events))
			}
			if disk.NumEvents() != len(mem.Events) || disk.NumDated() != mem.NumDated() {
				t.Fatalf("disk build: %d events (%d dated), memory build %d (%d)", disk.NumEvents(), disk.NumDated(), len(mem.Events), mem.NumDated())
			}
			got := allOutputs(t, disk)
			for name := range want {
				if !bytes.Equal(got[name], want[name]) {
					t.Errorf("%s differs between the disk-backed and the in-memory build", name)
				}
			}
			if err := disk.Close(); err != nil {
				t.Fatal(err)
			}
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Errorf("working files left after Close: %v", left)
			}
		})
	}
}

func TestBuildMatchesMemoryOrder(t *testing.T) {
	// The events come out chronologically and, on ties, in the order of
	// their first mention: the same as a stable sort of the merged events.
	exts := textExtractions(rand.New(rand.NewPCG(5, 5)), 200)
	tl := Build(exts)
	docIndex := map[string]int{}
	for i, x := range exts {
		if _, ok := docIndex[x.Document.ID]; !ok {
			docIndex[x.Document.ID] = i
		}
	}
	for i := 1; i < len(tl.Events); i++ {
		if Less(&tl.Events[i], &tl.Events[i-1], docIndex) {
			t.Fatalf("%s sorts before %s", tl.Events[i].ID, tl.Events[i-1].ID)
		}
		if want := eventID(i + 1); tl.Events[i].ID != want {
			t.Fatalf("event %d has id %s, want %s", i, tl.Events[i].ID, want)
		}
	}
}

func TestDiscardRemovesWorkingFiles(t *testing.T) {
	dir := t.TempDir()
	b := NewBuilder(BuildOptions{TempDir: dir})
	exts := textExtractions(rand.New(rand.NewPCG(6, 6)), 20)
	for i := range exts {
		if err := b.Add(&exts[i]); err != nil {
			t.Fatal(err)
		}
	}
	if left, _ := os.ReadDir(dir); len(left) == 0 {
		t.Fatal("the build wrote no working files; the test means nothing")
	}
	b.Discard()
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("working files left after Discard: %v", left)
	}
	if err := b.Add(&exts[0]); err == nil {
		t.Error("Add after Discard: no error")
	}
}

func TestBuilderBadTempDir(t *testing.T) {
	b := NewBuilder(BuildOptions{TempDir: "/nonexistent/timelinekit"})
	x := Extraction{Document: Document{ID: "a"}, Events: []EventMention{{Type: "coup"}}}
	if err := b.Add(&x); err == nil || !strings.Contains(err.Error(), "temporary") {
		t.Fatalf("Add with a missing temporary directory: %v", err)
	}
	if _, err := b.Finish(); err == nil {
		t.Fatal("Finish after a failed Add: no error")
	}
}

func TestOverviewLeftOutForHugeTimelines(t *testing.T) {
	var events []Event
	for i := range ovMaxMarks + 1 {
		d := DayFromDays(int64(i))
		events = append(events, Event{ID: eventID(i + 1), Type: "protest", Headline: "March",
			Date: &Date{EDTF: d.String(), Start: d, End: d, Precision: DayPrec}})
	}
	var b bytes.Buffer
	if err := WriteHTML(&b, &Timeline{Events: events}, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if strings.Contains(page, `class="mark"`) || !strings.Contains(page, "No overview chart") {
		t.Errorf("a timeline of %d dated events: want no chart and a note saying why", len(events))
	}
	if n := strings.Count(page, `<li class="card"`); n != len(events) {
		t.Errorf("%d cards, want %d", n, len(events))
	}
	b.Reset()
	if err := WriteHTML(&b, &Timeline{Events: events[:ovMaxMarks]}, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), `class="mark"`); n != ovMaxMarks {
		t.Errorf("%d marks for %d dated events", n, ovMaxMarks)
	}
}

func TestEventCodecRoundTrip(t *testing.T) {
	for _, ev := range []Event{
		{},
		{ID: "ev0001", Type: "coup", Headline: "Coup in \x00 Bolivia", Modality: Attempted,
			Date:         &Date{EDTF: "-0489", TIMEX: "-0489", Start: Day{-489, 1, 1}, End: Day{-489, 12, 31}, Precision: Year, Text: "490 BC", Basis: Explicit, Approximate: true},
			Participants: []string{"person-a", ""}, Places: []string{}, Casualties: Casualties{Killed: 3, Injured: -1},
			Confidence: 0.25, Sources: []Source{{Doc: "d", Text: "t", Start: 1, End: 9, Trigger: Span{2, 3}, DateSpan: &Span{4, 5}}, {}}},
		{Type: "x", Date: &Date{EDTF: "XXXX-11-10", YearUnknown: true}, Sources: []Source{}},
	} {
		var e encoder
		e.event(&ev)
		var got Event
		d := decoder{b: e.b}
		d.event(&got)
		if d.err != nil || len(d.b) != 0 {
			t.Fatalf("decode: %v, %d bytes left", d.err, len(d.b))
		}
		if !reflect.DeepEqual(got, ev) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, ev)
		}
	}
}

func FuzzEventDecoder(f *testing.F) {
	var e encoder
	e.event(&Event{ID: "ev1", Type: "coup", Date: &Date{EDTF: "2019"}, Sources: []Source{{Doc: "d"}}})
	f.Add(e.b)
	f.Add([]byte{})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		var ev Event
		d := decoder{b: b}
		d.event(&ev) // must not panic or allocate without bound
		if d.err != nil {
			return
		}
		var e encoder
		e.event(&ev)
		var again Event
		d2 := decoder{b: e.b}
		d2.event(&again)
		if d2.err != nil || !reflect.DeepEqual(ev, again) {
			t.Fatalf("a decoded event does not survive a second round trip: %v", d2.err)
		}
	})
}
