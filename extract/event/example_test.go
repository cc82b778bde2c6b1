package event_test

import (
	"fmt"

	"github.com/timelinekit/timelinekit/extract/event"
	"github.com/timelinekit/timelinekit/extract/segment"
	"github.com/timelinekit/timelinekit/timeline"
)

func Example() {
	text := "On 3 May the army staged a coup in Eastland, killing 12 protesters. The president did not resign."
	doc := &timeline.Document{ID: "example", Date: timeline.Day{Year: 2021, Month: 5, Day: 4}, Text: text}
	day := timeline.Day{Year: 2021, Month: 5, Day: 3}
	x, err := event.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	events := x.Extract(event.Input{
		Doc:       doc,
		Sentences: segment.Sentences(text),
		// normally from extract/temporal and extract/entity
		Timexes: []timeline.Timex{{Span: timeline.Span{Start: 3, End: 8}, Text: "3 May", Type: timeline.TimexDate,
			Value: "2021-05-03", Date: &timeline.Date{EDTF: "2021-05-03", Start: day, End: day, Precision: timeline.DayPrec}}},
		Entities: []timeline.EntityMention{{Span: timeline.Span{Start: 35, End: 43}, Text: "Eastland", Type: timeline.Place}},
	})
	for _, e := range events {
		date := "undated"
		if e.Date != nil {
			date = e.Date.EDTF
		}
		fmt.Printf("%s %s %s killed=%d %q\n", e.Type, date, e.Modality, e.Casualties.Killed, e.Headline)
	}
	// Output:
	// coup 2021-05-03 asserted killed=12 "Army staged a coup in Eastland"
	// resignation undated negated killed=0 "President did not resign"
}
