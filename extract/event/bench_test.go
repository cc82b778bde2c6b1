package event

import (
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// BenchmarkExtractLong measures a long document (800 sentences) with many
// time expressions and entities, where per-sentence work must not grow with
// the document.
func BenchmarkExtractLong(b *testing.B) {
	unit := "On 10 May 2021 the army staged a coup in Norland, killing 12 protesters. The president did not resign, and calls for new elections grew. "
	text := strings.Repeat(unit, 400)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	in := mkInput(b, "2021-05-20", text, nil, nil)
	d := mkDate(b, "2021-05-10", "10 May 2021")
	for off := 0; ; {
		i := strings.Index(text[off:], "10 May 2021")
		if i < 0 {
			break
		}
		i += off
		in.Timexes = append(in.Timexes, timeline.Timex{Span: timeline.Span{Start: i, End: i + 11}, Text: "10 May 2021", Type: timeline.TimexDate, Date: d})
		off = i + 11
	}
	for off := 0; ; {
		i := strings.Index(text[off:], "Norland")
		if i < 0 {
			break
		}
		i += off
		in.Entities = append(in.Entities, timeline.EntityMention{Span: timeline.Span{Start: i, End: i + 7}, Text: "Norland", Type: timeline.Place})
		off = i + 7
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		x.Extract(in)
	}
}
