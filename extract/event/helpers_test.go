package event

import (
	"fmt"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/extract/segment"
	"github.com/timelinekit/timelinekit/timeline"
)

// tx marks a time expression in a fixture: the text as it occurs (first
// occurrence after the previous marker) and its EDTF value (a day, month or
// year; "" for a timex without a calendar reading), or a TIMEX3 duration
// value ("P3D").
type tx struct{ text, edtf string }

// en marks an entity mention in a fixture.
type en struct {
	text string
	typ  timeline.EntityType
}

func mkDate(t testing.TB, edtf, text string) *timeline.Date {
	t.Helper()
	d := &timeline.Date{EDTF: edtf, TIMEX: edtf, Text: text, Basis: timeline.Explicit}
	switch len(edtf) {
	case 4:
		var y int
		fmt.Sscanf(edtf, "%d", &y)
		d.Start, d.End, d.Precision = timeline.Day{Year: y, Month: 1, Day: 1}, timeline.Day{Year: y, Month: 12, Day: 31}, timeline.Year
	case 7:
		var y, m int
		fmt.Sscanf(edtf, "%d-%d", &y, &m)
		d.Start, d.End, d.Precision = timeline.Day{Year: y, Month: m, Day: 1}, timeline.Day{Year: y, Month: m, Day: timeline.DaysIn(y, m)}, timeline.Month
	default:
		day, err := timeline.ParseDay(edtf[:10])
		if err != nil {
			t.Fatalf("bad fixture date %q: %v", edtf, err)
		}
		d.Start, d.End, d.Precision = day, day, timeline.DayPrec
		if len(edtf) > 10 {
			d.Precision = timeline.Minute
		}
	}
	return d
}

// mkInput builds an extractor input from a fixture text, its document date
// (YYYY-MM-DD or ""), its time expressions and its entities.
func mkInput(t testing.TB, docDate, text string, txs []tx, ens []en) Input {
	t.Helper()
	doc := &timeline.Document{ID: "t", Text: text}
	if docDate != "" {
		d, err := timeline.ParseDay(docDate)
		if err != nil {
			t.Fatal(err)
		}
		doc.Date = d
	}
	in := Input{Doc: doc, Sentences: segment.Sentences(text)}
	from := 0
	for _, x := range txs {
		i := strings.Index(text[from:], x.text)
		if i < 0 {
			t.Fatalf("fixture timex %q not in text", x.text)
		}
		i += from
		from = i + len(x.text)
		tm := timeline.Timex{Span: timeline.Span{Start: i, End: i + len(x.text)}, Text: x.text, Type: timeline.TimexDate, Value: x.edtf}
		switch {
		case strings.HasPrefix(x.edtf, "P"):
			tm.Type = timeline.TimexDuration // a duration: "P3D"
		case x.edtf != "":
			tm.Date = mkDate(t, x.edtf, x.text)
			if len(x.edtf) > 10 {
				tm.Type = timeline.TimexTime
			}
		}
		in.Timexes = append(in.Timexes, tm)
	}
	for _, e := range ens {
		for off := 0; ; {
			i := strings.Index(text[off:], e.text)
			if i < 0 {
				break
			}
			i += off
			in.Entities = append(in.Entities, timeline.EntityMention{Span: timeline.Span{Start: i, End: i + len(e.text)}, Text: e.text, Type: e.typ})
			off = i + len(e.text)
		}
	}
	sortEntities(in.Entities)
	return in
}

func sortEntities(es []timeline.EntityMention) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].Start < es[j-1].Start; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// summary writes an event as "type@date/modality" for comparisons; date is
// "-" when undated.
func summary(m timeline.EventMention) string {
	d := "-"
	if m.Date != nil {
		d = m.Date.EDTF
	}
	return fmt.Sprintf("%s@%s/%s", m.Type, d, m.Modality)
}

func summaries(ms []timeline.EventMention) string {
	var out []string
	for _, m := range ms {
		out = append(out, summary(m))
	}
	return strings.Join(out, " ")
}
