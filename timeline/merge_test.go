package timeline

import (
	"fmt"
	"strings"
	"testing"
)

// fixDate builds a date from an EDTF day ("2019-11-15") or year ("1967").
func fixDate(t testing.TB, edtf string) *Date {
	t.Helper()
	if edtf == "" {
		return nil
	}
	if len(edtf) == 4 {
		var y int
		fmt.Sscanf(edtf, "%d", &y)
		return &Date{EDTF: edtf, Start: Day{y, 1, 1}, End: Day{y, 12, 31}, Precision: Year, Basis: Explicit}
	}
	if len(edtf) == 7 {
		var y, m int
		fmt.Sscanf(edtf, "%d-%d", &y, &m)
		return &Date{EDTF: edtf, Start: Day{y, m, 1}, End: Day{y, m, DaysIn(y, m)}, Precision: Month, Basis: Explicit}
	}
	d, err := ParseDay(edtf)
	if err != nil {
		t.Fatal(err)
	}
	return &Date{EDTF: edtf, Start: d, End: d, Precision: DayPrec, Basis: Explicit}
}

// fixMention describes one event mention of a merge fixture.
type fixMention struct {
	doc      int
	typ      string
	date     string
	modality Modality
	parts    []string // entity names (PERSON)
	places   []string // entity names (PLACE)
	killed   int
	headline string
}

// buildFixture makes extractions from mentions; documents are dated
// docDates[i]. Every mention gets its own sentence.
func buildFixture(t testing.TB, docDates []string, ms []fixMention) []Extraction {
	t.Helper()
	exts := make([]Extraction, len(docDates))
	for i, d := range docDates {
		exts[i].Document = Document{ID: fmt.Sprintf("d%d", i+1)}
		if d != "" {
			day, err := ParseDay(d)
			if err != nil {
				t.Fatal(err)
			}
			exts[i].Document.Date = day
		}
	}
	for _, f := range ms {
		x := &exts[f.doc]
		start := len(x.Document.Text)
		sent := fmt.Sprintf("Sentence about a %s. ", f.typ)
		x.Document.Text += sent
		m := EventMention{
			Type:       f.typ,
			Trigger:    Span{start, start + 5},
			Sentence:   Span{start, start + len(sent) - 1},
			Modality:   f.modality,
			Date:       fixDate(t, f.date),
			Casualties: Casualties{Killed: f.killed},
			Headline:   f.headline,
			Confidence: 0.8,
		}
		if m.Modality == "" {
			m.Modality = Asserted
		}
		if m.Date != nil {
			m.DateSpan = &Span{start, start + 3}
		}
		for _, p := range f.parts {
			m.Participants = append(m.Participants, len(x.Entities))
			x.Entities = append(x.Entities, EntityMention{Text: p, Type: Person})
		}
		for _, p := range f.places {
			m.Places = append(m.Places, len(x.Entities))
			x.Entities = append(x.Entities, EntityMention{Text: p, Type: Place})
		}
		x.Events = append(x.Events, m)
	}
	return exts
}

// groups writes the merged events as "type@date[docs]" in output order.
func groups(evs []Event) string {
	var out []string
	for _, e := range evs {
		d := "-"
		if e.Date != nil {
			d = e.Date.EDTF
		}
		var docs []string
		for _, s := range e.Sources {
			docs = append(docs, s.Doc)
		}
		out = append(out, fmt.Sprintf("%s@%s[%s]", e.Type, d, strings.Join(docs, ",")))
	}
	return strings.Join(out, " ")
}

func TestMergeEvents(t *testing.T) {
	tests := []struct {
		name  string
		dates []string
		ms    []fixMention
		want  string
	}{
		{"same event in two articles",
			[]string{"2019-11-12", "2019-11-13"},
			[]fixMention{
				{doc: 0, typ: "resignation", date: "2019-11-10", parts: []string{"Evo Morales"}},
				{doc: 1, typ: "resignation", date: "2019-11-10", parts: []string{"Evo Morales"}},
			},
			"resignation@2019-11-10[d1,d2]"},
		{"two massacres on different days stay apart",
			[]string{"2019-11-20", "2019-11-21"},
			[]fixMention{
				{doc: 0, typ: "massacre", date: "2019-11-15", places: []string{"Bolivia"}},
				{doc: 1, typ: "massacre", date: "2019-11-19", places: []string{"Bolivia"}},
			},
			"massacre@2019-11-15[d1] massacre@2019-11-19[d2]"},
		{"coarser date contains the finer one; finer wins",
			[]string{"2012-03-16", "2017-06-24"},
			[]fixMention{
				{doc: 0, typ: "massacre", date: "1967", places: []string{"Siglo XX"}},
				{doc: 1, typ: "massacre", date: "1967-06-24", places: []string{"Siglo XX"}},
			},
			"massacre@1967-06-24[d1,d2]"},
		{"undated mention joins a recent dated event it shares a place with",
			[]string{"2019-11-12", "2019-11-26"},
			[]fixMention{
				{doc: 0, typ: "coup", date: "2019-11-10", places: []string{"Bolivia"}},
				{doc: 1, typ: "coup", places: []string{"Bolivia"}},
			},
			"coup@2019-11-10[d1,d2]"},
		{"undated mention does not join an event years after its report",
			[]string{"2019-11-26", "2024-06-27"},
			[]fixMention{
				{doc: 0, typ: "coup", places: []string{"Bolivia"}},
				{doc: 1, typ: "coup", date: "2024-06-26", places: []string{"Bolivia"}},
			},
			"coup@2024-06-26[d2] coup@-[d1]"}, // undated events sort last
		{"undated mention does not join an event long before its report",
			[]string{"2012-03-16", "2019-11-26"},
			[]fixMention{
				{doc: 0, typ: "massacre", date: "1967", places: []string{"Bolivia"}},
				{doc: 1, typ: "massacre", places: []string{"Bolivia"}},
			},
			"massacre@1967[d1] massacre@-[d2]"},
		{"recent elections a year later are another election",
			[]string{"2019-10-24", "2020-10-20"},
			[]fixMention{
				{doc: 0, typ: "election", date: "2019-10-20", places: []string{"Bolivia"}},
				{doc: 1, typ: "election", places: []string{"Bolivia"}},
			},
			"election@2019-10-20[d1] election@-[d2]"},
		{"different types stay apart",
			[]string{"2019-11-12", "2019-11-12"},
			[]fixMention{
				{doc: 0, typ: "coup", date: "2019-11-10", places: []string{"Bolivia"}},
				{doc: 1, typ: "resignation", date: "2019-11-10", places: []string{"Bolivia"}},
			},
			"coup@2019-11-10[d1] resignation@2019-11-10[d2]"},
		{"planned and held elections stay apart",
			[]string{"2019-11-24", "2020-10-20"},
			[]fixMention{
				{doc: 0, typ: "election", modality: Planned, places: []string{"Bolivia"}},
				{doc: 1, typ: "election", date: "2020-10-18", places: []string{"Bolivia"}},
			},
			"election@2020-10-18[d2] election@-[d1]"},
		{"same day, no shared entity, no conflicting place: same event",
			[]string{"2019-10-24", "2019-11-01"},
			[]fixMention{
				{doc: 0, typ: "election", date: "2019-10-20"},
				{doc: 1, typ: "election", date: "2019-10-20", places: []string{"Bolivia"}},
			},
			"election@2019-10-20[d1,d2]"},
		{"same day, conflicting places: two events",
			[]string{"2019-10-24", "2019-10-24"},
			[]fixMention{
				{doc: 0, typ: "protest", date: "2019-10-21", places: []string{"Quito"}},
				{doc: 1, typ: "protest", date: "2019-10-21", places: []string{"Santiago"}},
			},
			"protest@2019-10-21[d1] protest@2019-10-21[d2]"},
		{"different counts in one article: another massacre",
			[]string{"2019-11-24"},
			[]fixMention{
				{doc: 0, typ: "massacre", killed: 9},
				{doc: 0, typ: "massacre", killed: 8},
			},
			"massacre@-[d1] massacre@-[d1]"},
		{"undated reference in the article that dates the event",
			[]string{"2024-06-27"},
			[]fixMention{
				{doc: 0, typ: "coup", date: "2024-06-26"},
				{doc: 0, typ: "coup"},
			},
			"coup@2024-06-26[d1,d1]"}, // two evidence sentences
		{"undated mentions across documents need a shared entity",
			[]string{"2019-11-16", "2019-11-26"},
			[]fixMention{
				{doc: 0, typ: "coup"},
				{doc: 1, typ: "coup", places: []string{"Bolivia"}},
			},
			"coup@-[d1] coup@-[d2]"},
		{"a second report joins despite the first one's undated references",
			[]string{"2012-03-16", "2012-03-17"},
			[]fixMention{
				{doc: 0, typ: "massacre", date: "1967", places: []string{"San Juan"}},
				{doc: 0, typ: "massacre", date: "1967"}, // "the massacre", later in the first report
				{doc: 1, typ: "massacre", date: "1967", places: []string{"San Juan"}},
				{doc: 1, typ: "massacre", date: "1967"},
			},
			"massacre@1967[d1,d1,d2,d2]"},
		{"a report of another event is not pulled in through a doc-mate",
			[]string{"2012-03-16", "2012-03-17"},
			[]fixMention{
				{doc: 0, typ: "massacre", date: "1967", places: []string{"San Juan"}},
				{doc: 1, typ: "massacre", date: "1967", places: []string{"Catavi"}},
				{doc: 1, typ: "massacre", date: "1967"},
			},
			"massacre@1967[d1] massacre@1967[d2,d2]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			exts := buildFixture(t, tc.dates, tc.ms)
			tl := Build(exts)
			if got := groups(tl.Events); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestMergeBestOfSources(t *testing.T) {
	exts := buildFixture(t, []string{"2008-09-13", "2008-09-16", "2008-09-20"}, []fixMention{
		{doc: 0, typ: "massacre", places: []string{"Pando"}, killed: 9, headline: "Attack"},
		{doc: 1, typ: "massacre", date: "2008-09", places: []string{"Pando"}, killed: 30, headline: "Massacre of peasants in Pando", parts: []string{"Leopoldo Fernández"}},
		{doc: 2, typ: "massacre", date: "2008-09-11", places: []string{"Pando", "Porvenir"}, modality: Attempted, headline: "x"},
	})
	tl := Build(exts)
	if len(tl.Events) != 1 {
		t.Fatalf("got %s", groups(tl.Events))
	}
	e := tl.Events[0]
	if e.Date.EDTF != "2008-09-11" {
		t.Errorf("date %s, want the finest", e.Date.EDTF)
	}
	if e.Casualties.Killed != 30 {
		t.Errorf("killed %d, want the largest count", e.Casualties.Killed)
	}
	if e.Headline != "Massacre of peasants in Pando" {
		t.Errorf("headline %q", e.Headline)
	}
	if len(e.Sources) != 3 || len(e.Places) != 2 || len(e.Participants) != 1 {
		t.Errorf("sources %d places %v participants %v", len(e.Sources), e.Places, e.Participants)
	}
	if e.Modality != Attempted {
		t.Errorf("modality %s", e.Modality)
	}
	if e.Confidence <= 0.8 || e.Confidence > 0.99 {
		t.Errorf("confidence %v: want more than one source's, below 1", e.Confidence)
	}
	// deterministic: same input, same output
	again := Build(buildFixture(t, []string{"2008-09-13", "2008-09-16", "2008-09-20"}, []fixMention{
		{doc: 0, typ: "massacre", places: []string{"Pando"}, killed: 9, headline: "Attack"},
		{doc: 1, typ: "massacre", date: "2008-09", places: []string{"Pando"}, killed: 30, headline: "Massacre of peasants in Pando", parts: []string{"Leopoldo Fernández"}},
		{doc: 2, typ: "massacre", date: "2008-09-11", places: []string{"Pando", "Porvenir"}, modality: Attempted, headline: "x"},
	}))
	if groups(again.Events) != groups(tl.Events) || again.Events[0].Headline != e.Headline {
		t.Error("merge is not deterministic")
	}
}

func TestAbsDays(t *testing.T) {
	tests := []struct {
		a, b Day
		want int
	}{
		{Day{2019, 11, 10}, Day{2019, 11, 10}, 0},
		{Day{2019, 12, 31}, Day{2020, 1, 1}, 1},
		{Day{2020, 2, 28}, Day{2020, 3, 1}, 2},
		{Day{2019, 1, 1}, Day{2020, 1, 1}, 365},
		{Day{-1, 12, 31}, Day{0, 1, 1}, 1},
	}
	for _, tc := range tests {
		if got := absDays(tc.a, tc.b); got != tc.want {
			t.Errorf("absDays(%v, %v) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func BenchmarkMergeEvents(b *testing.B) {
	var ms []fixMention
	dates := make([]string, 50)
	for i := range dates {
		dates[i] = fmt.Sprintf("2019-11-%02d", i%28+1)
		for k := 0; k < 10; k++ {
			ms = append(ms, fixMention{doc: i, typ: []string{"coup", "massacre", "election"}[k%3],
				date: fmt.Sprintf("2019-10-%02d", (i+k)%28+1), places: []string{fmt.Sprintf("Town%d", k)}})
		}
	}
	exts := buildFixture(b, dates, ms)
	b.ReportAllocs()
	for b.Loop() {
		Build(exts)
	}
}
