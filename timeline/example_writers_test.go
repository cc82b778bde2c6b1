package timeline_test

import (
	"fmt"
	"strings"

	"github.com/timelinekit/timelinekit/timeline"
)

func ExampleDisplayDate() {
	for _, d := range []*timeline.Date{
		{EDTF: "1952-04-09", Start: timeline.Day{Year: 1952, Month: 4, Day: 9}, End: timeline.Day{Year: 1952, Month: 4, Day: 9}, Precision: timeline.DayPrec},
		{EDTF: "2009~", Start: timeline.Day{Year: 2009, Month: 1, Day: 1}, End: timeline.Day{Year: 2009, Month: 12, Day: 31}, Precision: timeline.Year, Approximate: true},
		{EDTF: "-0489", Start: timeline.Day{Year: -489, Month: 1, Day: 1}, End: timeline.Day{Year: -489, Month: 12, Day: 31}, Precision: timeline.Year},
		{EDTF: "XXXX-11-10", Precision: timeline.DayPrec, YearUnknown: true},
		nil,
	} {
		fmt.Println(timeline.DisplayDate(d))
	}
	// Output:
	// 9 April 1952
	// c. 2009
	// 490 BC
	// 10 November (year unknown)
	// undated
}

func ExampleNeutralizeCell() {
	fmt.Println(timeline.NeutralizeCell(`=HYPERLINK("http://x")`))
	fmt.Println(timeline.NeutralizeCell("-42"))
	fmt.Println(timeline.NeutralizeCell("Evo Morales"))
	// Output:
	// '=HYPERLINK("http://x")
	// -42
	// Evo Morales
}

func ExampleWriteCSV() {
	d := timeline.Day{Year: 1967, Month: 1, Day: 1}
	tl := &timeline.Timeline{
		Version: timeline.Version,
		Events: []timeline.Event{{
			ID: "ev0001", Type: "massacre", Headline: "=Massacre of miners", Modality: timeline.Asserted,
			Date:       &timeline.Date{EDTF: "1967", Start: d, End: timeline.Day{Year: 1967, Month: 12, Day: 31}, Precision: timeline.Year, Text: "1967", Basis: timeline.Explicit},
			Casualties: timeline.Casualties{Killed: 20},
		}},
	}
	var b strings.Builder
	if err := timeline.WriteCSV(&b, tl, timeline.CSVOptions{}); err != nil {
		fmt.Println(err)
	}
	// Records end in CRLF (RFC 4180); shown here without the CR.
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
	// Output:
	// id,date,start,end,precision,approximate,year_unknown,date_text,basis,type,modality,headline,text,participants,places,killed,injured,confidence,documents,evidence
	// ev0001,1967,1967-01-01,1967-12-31,year,false,false,1967,explicit,massacre,asserted,'=Massacre of miners,,,,20,0,0,,
}
