package timeline

// Test fixture shared by the writer tests: a hand-built timeline whose dates
// cover day, minute, month, year, decade, BCE, interval, approximate,
// year-unknown and undated cases, and whose text is hostile (markup, event
// handler attributes, spreadsheet formulas, control characters).

const hostile = `<script>alert("x")</script>" onmouseover="alert(1)`

// src builds a source whose sentence starts at byte offset off in the
// document; trigger and date are located by searching the sentence.
func src(doc string, off int, sentence, trigger, date string) Source {
	s := Source{Doc: doc, Text: sentence, Start: off, End: off + len(sentence)}
	if i := indexOf(sentence, trigger); i >= 0 {
		s.Trigger = Span{off + i, off + i + len(trigger)}
	}
	if date != "" {
		if i := indexOf(sentence, date); i >= 0 {
			s.DateSpan = &Span{off + i, off + i + len(date)}
		}
	}
	return s
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func day(y, m, d int) Day { return Day{y, m, d} }

func fixtureTimeline() *Timeline {
	return &Timeline{
		Version: Version,
		Documents: []DocumentInfo{
			{ID: "doc-1", Title: "A history of the republic", Date: day(2019, 11, 12), Source: "corpus.jsonl:1", URL: "https://example.org/history?a=1&b=2", Author: "R. Vega"},
			{ID: "doc-2", Title: hostile, Date: Day{}, Source: "hostile.txt", URL: `javascript:alert(1)`, Author: hostile},
			{ID: "doc-3", Title: "=HYPERLINK(\"http://evil\")", Source: "notes.txt"},
		},
		Entities: []Entity{
			{ID: "person-evo-morales", Name: "Evo Morales", Type: Person, Aliases: []string{"Morales"}, Mentions: 4},
			{ID: "org-mnr", Name: "Revolutionary Nationalist Movement", Type: Org, Aliases: []string{"MNR"}, Mentions: 2},
			{ID: "place-la-paz", Name: "La Paz", Type: Place, Aliases: nil, Mentions: 3},
			{ID: "person-hostile", Name: hostile, Type: Person, Aliases: []string{"=1+1", "@SUM(A1)"}, Mentions: 1},
			{ID: "place-cordoba", Name: "Córdoba", Type: Place, Aliases: []string{}, Mentions: 1},
		},
		Events: []Event{
			{
				ID: "ev0001", Type: "battle", Headline: "Battle of Marathon", Modality: Asserted,
				Date:   &Date{EDTF: "-0489", TIMEX: "BC0490", Start: day(-489, 1, 1), End: day(-489, 12, 31), Precision: Year, Text: "490 BC", Basis: Explicit},
				Places: []string{}, Participants: []string{},
				Confidence: 0.7,
				Sources:    []Source{src("doc-1", 0, "The battle of Marathon was fought in 490 BC.", "battle", "490 BC")},
			},
			{
				ID: "ev0002", Type: "revolution", Headline: "Revolution in La Paz", Modality: Asserted,
				Date:         &Date{EDTF: "1952-04-09", TIMEX: "1952-04-09", Start: day(1952, 4, 9), End: day(1952, 4, 9), Precision: DayPrec, Text: "9 April 1952", Basis: Explicit},
				Participants: []string{"org-mnr"}, Places: []string{"place-la-paz"},
				Casualties: Casualties{Killed: 490, Injured: 0}, Confidence: 0.9,
				Sources: []Source{src("doc-1", 46, "On 9 April 1952 the MNR revolution began in La Paz.", "revolution", "9 April 1952")},
			},
			{
				ID: "ev0003", Type: "protest", Headline: "Protests in the 1960s", Modality: Asserted,
				Date:         &Date{EDTF: "196X", TIMEX: "196", Start: day(1960, 1, 1), End: day(1969, 12, 31), Precision: Decade, Text: "the 1960s", Basis: Explicit},
				Participants: []string{}, Places: []string{"place-cordoba"},
				Confidence: 0.5,
				Sources:    []Source{src("doc-1", 98, "Students protested throughout the 1960s in Córdoba.", "protested", "the 1960s")},
			},
			{
				ID: "ev0004", Type: "massacre", Headline: `Massacre of miners <img src=x onerror="alert(2)">`, Modality: Asserted,
				Date:         &Date{EDTF: "1967", TIMEX: "1967", Start: day(1967, 1, 1), End: day(1967, 12, 31), Precision: Year, Text: "1967", Basis: Explicit},
				Participants: []string{}, Places: []string{},
				Casualties: Casualties{Killed: 20, Injured: 70}, Confidence: 0.8,
				Sources: []Source{src("doc-1", 151, "The 1967 massacre killed 20 miners.", "massacre", "1967")},
			},
			{
				ID: "ev0005", Type: "election", Headline: "Elections around 2009", Modality: Asserted,
				Date:         &Date{EDTF: "2009-12~", TIMEX: "2009-12", Start: day(2009, 12, 1), End: day(2009, 12, 31), Precision: Month, Text: "around December 2009", Basis: Explicit, Approximate: true},
				Participants: []string{"person-evo-morales"}, Places: []string{},
				Confidence: 0.6,
				Sources:    []Source{src("doc-1", 188, "Elections were held around December 2009.", "Elections", "around December 2009")},
			},
			{
				ID: "ev0006", Type: "protest", Headline: "Protests in early August", Modality: Planned,
				Date:         &Date{EDTF: "2019-08-01/2019-08-10", TIMEX: "2019-08", Start: day(2019, 8, 1), End: day(2019, 8, 10), Precision: DayPrec, Text: "early August", Basis: DocumentDate},
				Participants: []string{"person-hostile"}, Places: []string{"place-la-paz"},
				Confidence: 0.4,
				Sources:    []Source{src("doc-1", 324, "Unions called for protests in early August.", "protests", "early August")},
			},
			{
				ID: "ev0007", Type: "election", Headline: "General election", Modality: Asserted,
				Date:         &Date{EDTF: "2019-10-20", TIMEX: "2019-10-20", Start: day(2019, 10, 20), End: day(2019, 10, 20), Precision: DayPrec, Text: "20 October", Basis: DocumentDate},
				Participants: []string{"person-evo-morales"}, Places: []string{},
				Confidence: 0.9,
				Sources:    []Source{src("doc-1", 231, "The general election on 20 October was disputed.", "election", "20 October")},
			},
			{
				ID: "ev0008", Type: "resignation", Headline: "Morales resigns", Modality: Asserted,
				Date:         &Date{EDTF: "2019-11-10T16:50", TIMEX: "2019-11-10T16:50", Start: day(2019, 11, 10), End: day(2019, 11, 10), Precision: Minute, Text: "10 November at 4.50pm", Basis: DocumentDate},
				Participants: []string{"person-evo-morales"}, Places: []string{"place-la-paz"},
				Confidence: 1,
				Sources: []Source{
					src("doc-1", 281, "Morales resigned on 10 November at 4.50pm.", "resigned", "10 November at 4.50pm"),
					src("doc-3", 0, "=Morales resigned on 10 November.", "resigned", "10 November"),
					src("doc-1", 400, "The resignation of Morales came on 10 November.", "resignation", "10 November"),
				},
			},
			{
				ID: "ev0009", Type: "coup", Headline: "Coup on 10 November (year unknown)", Modality: Attempted,
				Date:         &Date{EDTF: "XXXX-11-10", TIMEX: "XXXX-11-10", Precision: DayPrec, Text: "10 November", Basis: Unresolved, YearUnknown: true},
				Participants: []string{}, Places: []string{},
				Confidence: 0.5,
				Sources:    []Source{src("doc-2", 0, "A failed coup on 10 November.", "coup", "10 November")},
			},
			{
				ID: "ev0010", Type: "attack", Headline: hostile, Modality: Hypothetical,
				Date:         nil,
				Participants: []string{"person-hostile"}, Places: []string{},
				Casualties: Casualties{Killed: 0, Injured: 3}, Confidence: 0.3,
				Sources: []Source{
					src("doc-2", 40, "+An attack <b>"+hostile+"</b>\twith\r\nnew lines.", "attack", ""),
					// Offsets out of range and mid-rune: must be ignored, not crash.
					{Doc: "doc-2", Text: "Ataque en Córdoba.", Start: 500, End: 519, Trigger: Span{400, 900}, DateSpan: &Span{512, 514}},
				},
			},
		},
	}
}
