package timeline

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/url"
	"strconv"
	"strings"
)

// TimelineJS export. TimelineJS (Knight Lab) renders headline and text as
// HTML, so every piece of our text is HTML-escaped here and only links with
// an http or https URL are made. Events whose year is unknown and undated
// events cannot be placed on TimelineJS's axis (its year is mandatory); they
// are left out of both TimelineJS formats and counted on the title slide.

// TLJSDate is a TimelineJS date: fields finer than the date's precision are
// omitted. Years are historical: 490 BC is -490 (TimelineJS shows it as
// "490 BCE"), 1 BC is -1; there is no year 0.
type TLJSDate struct {
	Year   int `json:"year"`
	Month  int `json:"month,omitempty"`
	Day    int `json:"day,omitempty"`
	Hour   int `json:"hour,omitempty"`
	Minute int `json:"minute,omitempty"`
	// hasTime marks Hour/Minute as meaningful even when zero (midnight).
	hasTime bool
}

// TLJSText is the text of a TimelineJS slide (HTML).
type TLJSText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// TLJSSlide is one TimelineJS slide.
type TLJSSlide struct {
	StartDate   *TLJSDate `json:"start_date,omitempty"`
	EndDate     *TLJSDate `json:"end_date,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	Text        TLJSText  `json:"text"`
	Group       string    `json:"group,omitempty"`
	UniqueID    string    `json:"unique_id,omitempty"`
}

// TLJSTimeline is the TimelineJS JSON document.
type TLJSTimeline struct {
	Title  *TLJSSlide  `json:"title,omitempty"`
	Events []TLJSSlide `json:"events"`
}

// TimelineJS builds the TimelineJS document for tl: a title slide and one
// slide per event with a known year, in timeline order.
func TimelineJS(tl *Timeline) *TLJSTimeline {
	if tl == nil {
		tl = &Timeline{}
	}
	out := &TLJSTimeline{Events: []TLJSSlide{}}
	sw := newSlideWriter(tl)
	skipped := 0
	tl.EachEvent(func(ev *Event) error {
		start, end, hasEnd, ok := tljsDates(ev.Date)
		if !ok {
			skipped++
			return nil
		}
		slide := TLJSSlide{
			StartDate:   &start,
			DisplayDate: DisplayDate(ev.Date),
			Text:        TLJSText{Headline: html.EscapeString(headlineOf(ev)), Text: string(sw.slideHTML(nil, ev))},
			Group:       ev.Type,
			UniqueID:    ev.ID,
		}
		if hasEnd {
			slide.EndDate = &end
		}
		out.Events = append(out.Events, slide)
		return nil
	})
	out.Title = &TLJSSlide{Text: TLJSText{Headline: "Timeline", Text: html.EscapeString(titleText(tl, len(out.Events), skipped))}}
	return out
}

// WriteTimelineJS writes tl as TimelineJS JSON (see TimelineJS): exactly
// what encoding/json writes for TimelineJS(tl) with two-space indent, but
// streamed slide by slide.
func WriteTimelineJS(w io.Writer, tl *Timeline) error {
	return WriteTimelineJSWith(w, tl, TimelineJSOptions{})
}

// TimelineJSOptions configure the TimelineJS writers.
type TimelineJSOptions struct {
	// Title is the headline of the title slide (plain text; escaped for
	// TimelineJS, which renders it as HTML); "Timeline" when empty.
	Title string
}

func (o TimelineJSOptions) headline() string {
	if o.Title == "" {
		return "Timeline"
	}
	return html.EscapeString(o.Title)
}

// WriteTimelineJSWith is WriteTimelineJS with options.
func WriteTimelineJSWith(w io.Writer, tl *Timeline, o TimelineJSOptions) error {
	if tl == nil {
		tl = &Timeline{}
	}
	shown, err := tl.numDated()
	if err != nil {
		return fmt.Errorf("timeline: write TimelineJS: %w", err)
	}
	s := newSink(w)
	sw := newSlideWriter(tl)
	s.str("{\n  \"title\": {\n    \"text\": {\n      \"headline\": ")
	s.buf = appendJSONString(s.buf, o.headline(), true)
	s.str(",\n      \"text\": ")
	s.buf = appendJSONString(s.buf, html.EscapeString(titleText(tl, shown, tl.NumEvents()-shown)), true)
	s.str("\n    }\n  },\n  \"events\": ")
	if shown == 0 {
		s.str("[]")
	} else {
		s.str("[")
		first := true
		var scratch []byte
		err := tl.EachEvent(func(ev *Event) error {
			start, end, hasEnd, ok := tljsDates(ev.Date)
			if !ok {
				return nil
			}
			if !first {
				s.str(",")
			}
			first = false
			s.str("\n    {")
			s.tljsDate("\n      \"start_date\": ", start)
			if hasEnd {
				s.tljsDate(",\n      \"end_date\": ", end)
			}
			if dd := DisplayDate(ev.Date); dd != "" {
				s.str(",\n      \"display_date\": ")
				s.buf = appendJSONString(s.buf, dd, true)
			}
			scratch = appendHTMLEscape(scratch[:0], headlineOf(ev))
			s.str(",\n      \"text\": {\n        \"headline\": ")
			s.buf = appendJSONBytes(s.buf, scratch)
			scratch = sw.slideHTML(scratch[:0], ev)
			s.str(",\n        \"text\": ")
			s.buf = appendJSONBytes(s.buf, scratch)
			s.str("\n      }")
			if ev.Type != "" {
				s.str(",\n      \"group\": ")
				s.buf = appendJSONString(s.buf, ev.Type, true)
			}
			if ev.ID != "" {
				s.str(",\n      \"unique_id\": ")
				s.buf = appendJSONString(s.buf, ev.ID, true)
			}
			s.str("\n    }")
			s.maybeFlush()
			return s.err
		})
		if err != nil {
			return fmt.Errorf("timeline: write TimelineJS: %w", err)
		}
		s.str("\n  ]")
	}
	s.str("\n}\n")
	if err := s.flush(); err != nil {
		return fmt.Errorf("timeline: write TimelineJS: %w", err)
	}
	return nil
}

// appendJSONBytes appends b as a JSON string with HTML escaping.
func appendJSONBytes(dst, b []byte) []byte {
	return appendJSONString(dst, unsafeString(b), true)
}

// tljsDate appends lead and d as encoding/json writes it (see
// TLJSDate.MarshalJSON) inside a slide.
func (s *sink) tljsDate(lead string, d TLJSDate) {
	s.str(lead)
	s.str("{\n        \"year\": ")
	s.int(d.Year)
	if d.Month != 0 {
		s.str(",\n        \"month\": ")
		s.int(d.Month)
	}
	if d.Day != 0 {
		s.str(",\n        \"day\": ")
		s.int(d.Day)
	}
	if d.hasTime || d.Hour != 0 {
		s.str(",\n        \"hour\": ")
		s.int(d.Hour)
	}
	if d.hasTime || d.Minute != 0 {
		s.str(",\n        \"minute\": ")
		s.int(d.Minute)
	}
	s.str("\n      }")
}

func headlineOf(ev *Event) string {
	if ev.Headline != "" {
		return ev.Headline
	}
	return ev.Type
}

func titleText(tl *Timeline, shown, skipped int) string {
	s := fmt.Sprintf("%d events from %d documents.", shown, len(tl.Documents))
	if skipped > 0 {
		s += fmt.Sprintf(" %d more without a known year are not shown here (see the CSV or JSON).", skipped)
	}
	return s
}

// tljsYear converts an astronomical year to TimelineJS's historical one.
func tljsYear(y int) int {
	if y <= 0 {
		return y - 1
	}
	return y
}

// grain is how much of a date TimelineJS gets: 0 year, 1 month, 2 day,
// 3 time.
func grain(p Precision) int {
	switch {
	case p.Rank() >= Hour.Rank():
		return 3
	case p.Rank() >= Week.Rank():
		return 2
	case p.Rank() >= Season.Rank():
		return 1
	}
	return 0
}

// tljsDates returns the start and (when the date covers more than one unit
// of its grain, hasEnd) end date, or ok=false when the date has no known
// year.
func tljsDates(d *Date) (start, end TLJSDate, hasEnd, ok bool) {
	if !d.Known() {
		return start, end, false, false
	}
	g := grain(d.Precision)
	if d.Precision == "" {
		g = 2
	}
	mk := func(day Day, withTime bool) TLJSDate {
		t := TLJSDate{Year: tljsYear(day.Year)}
		if g >= 1 {
			t.Month = day.Month
		}
		if g >= 2 {
			t.Day = day.Day
		}
		if g >= 3 && withTime {
			if c := clockOf(d.EDTF); c != "" {
				t.Hour, _ = strconv.Atoi(c[:2])
				t.Minute, _ = strconv.Atoi(c[3:])
				t.hasTime = true
			}
		}
		return t
	}
	start = mk(d.Start, true)
	if !d.End.IsZero() {
		end = mk(d.End, false)
		hasEnd = end.Year != start.Year || end.Month != start.Month || end.Day != start.Day
	}
	return start, end, hasEnd, true
}

// MarshalJSON writes the date, keeping hour and minute when the time is
// midnight.
func (t TLJSDate) MarshalJSON() ([]byte, error) {
	type plain TLJSDate
	if !t.hasTime {
		return json.Marshal(plain(t))
	}
	return json.Marshal(struct {
		Year   int `json:"year"`
		Month  int `json:"month,omitempty"`
		Day    int `json:"day,omitempty"`
		Hour   int `json:"hour"`
		Minute int `json:"minute"`
	}{t.Year, t.Month, t.Day, t.Hour, t.Minute})
}

// slideWriter renders slide bodies with the entity names and documents of
// one timeline looked up once.
type slideWriter struct {
	names map[string]string
	docs  map[string]*docMeta
}

func newSlideWriter(tl *Timeline) *slideWriter {
	return &slideWriter{names: entityNames(tl), docs: docMetas(tl)}
}

// slideHTML appends the body of a slide to b: modality, who and where,
// casualties, then every evidence sentence with its trigger and date
// marked, and its source document. All text is HTML-escaped.
func (sw *slideWriter) slideHTML(b []byte, ev *Event) []byte {
	if ev.Modality != "" && ev.Modality != Asserted {
		b = append(b, "<p><em>"...)
		b = appendHTMLEscape(b, string(ev.Modality))
		b = append(b, "</em></p>"...)
	}
	if len(ev.Participants) > 0 {
		b = append(b, "<p><strong>Who:</strong> "...)
		b = sw.appendNames(b, ev.Participants)
		b = append(b, "</p>"...)
	}
	if len(ev.Places) > 0 {
		b = append(b, "<p><strong>Where:</strong> "...)
		b = sw.appendNames(b, ev.Places)
		b = append(b, "</p>"...)
	}
	if c := ev.Casualties; c.Killed > 0 || c.Injured > 0 {
		b = append(b, "<p><strong>Casualties:</strong> "...)
		if c.Killed > 0 {
			b = strconv.AppendInt(b, int64(c.Killed), 10)
			b = append(b, " killed"...)
		}
		if c.Injured > 0 {
			if c.Killed > 0 {
				b = append(b, ", "...)
			}
			b = strconv.AppendInt(b, int64(c.Injured), 10)
			b = append(b, " injured"...)
		}
		b = append(b, "</p>"...)
	}
	for i := range ev.Sources {
		s := &ev.Sources[i]
		b = append(b, "<p>\u201c"...)
		ms, n := highlights(s)
		pos := 0
		for _, m := range ms[:n] {
			b = appendHTMLEscape(b, s.Text[pos:m.a])
			b = append(b, "<mark>"...)
			b = appendHTMLEscape(b, s.Text[m.a:m.b])
			b = append(b, "</mark>"...)
			pos = m.b
		}
		b = appendHTMLEscape(b, s.Text[pos:])
		b = append(b, "\u201d</p><p>Source: "...)
		var title, u string
		if d := sw.docs[s.Doc]; d != nil {
			title, u = d.Title, d.URL
		}
		if title == "" {
			title = s.Doc
		}
		if u != "" {
			b = append(b, `<a href="`...)
			b = appendHTMLEscape(b, u)
			b = append(b, `" target="_blank" rel="noopener noreferrer">`...)
			b = appendHTMLEscape(b, title)
			b = append(b, "</a>"...)
		} else {
			b = appendHTMLEscape(b, title)
		}
		b = append(b, " ["...)
		b = appendHTMLEscape(b, s.Doc)
		b = append(b, "]</p>"...)
	}
	return b
}

// appendNames appends the escaped names of the entities ids, separated by
// ", " (a "; " inside a name also becomes ", ", as the slide always did).
func (sw *slideWriter) appendNames(b []byte, ids []string) []byte {
	for i, id := range ids {
		if i > 0 {
			b = append(b, ", "...)
		}
		n, ok := sw.names[id]
		if !ok {
			n = id
		}
		if strings.Contains(n, ListSep) {
			n = strings.ReplaceAll(n, ListSep, ", ")
		}
		b = appendHTMLEscape(b, n)
	}
	return b
}

// safeURL returns u when it is an absolute http or https URL, else "".
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// TLJSRow is one row of TimelineJS's Google-sheet layout; the csv tags are
// its 18 column headers, in its order.
type TLJSRow struct {
	Year           string `csv:"Year"`
	Month          string `csv:"Month"`
	Day            string `csv:"Day"`
	Time           string `csv:"Time"`
	EndYear        string `csv:"End Year"`
	EndMonth       string `csv:"End Month"`
	EndDay         string `csv:"End Day"`
	EndTime        string `csv:"End Time"`
	DisplayDate    string `csv:"Display Date"`
	Headline       string `csv:"Headline"`
	Text           string `csv:"Text"`
	Media          string `csv:"Media"`
	MediaCredit    string `csv:"Media Credit"`
	MediaCaption   string `csv:"Media Caption"`
	MediaThumbnail string `csv:"Media Thumbnail"`
	Type           string `csv:"Type"`
	Group          string `csv:"Group"`
	Background     string `csv:"Background"`
}

// WriteTimelineJSCSV writes tl in TimelineJS's 18-column spreadsheet layout:
// a title row (Type "title") then one row per event with a known year.
// Year, Month and Day are plain integers (historical years, negative for
// BC); Display Date spells the date out honestly ("c. 2009", "1960s");
// Group is our event type and Type stays empty. Text cells are HTML-escaped
// (TimelineJS renders them as HTML) and neutralised against spreadsheet
// formulas.
func WriteTimelineJSCSV(w io.Writer, tl *Timeline) error {
	return WriteTimelineJSCSVWith(w, tl, TimelineJSOptions{})
}

// WriteTimelineJSCSVWith is WriteTimelineJSCSV with options.
func WriteTimelineJSCSVWith(w io.Writer, tl *Timeline, o TimelineJSOptions) error {
	if tl == nil {
		tl = &Timeline{}
	}
	shown, err := tl.numDated()
	if err != nil {
		return fmt.Errorf("timeline: write TimelineJS CSV: %w", err)
	}
	rw, err := newRowWriter[TLJSRow](w, CSVOptions{}, "TimelineJS")
	if err != nil {
		return err
	}
	rw.write(&TLJSRow{Type: "title", Headline: o.headline(), Text: html.EscapeString(titleText(tl, shown, tl.NumEvents()-shown))})
	sw := newSlideWriter(tl)
	var scratch []byte
	err = tl.EachEvent(func(ev *Event) error {
		start, end, hasEnd, ok := tljsDates(ev.Date)
		if !ok {
			return nil
		}
		scratch = sw.slideHTML(scratch[:0], ev)
		r := TLJSRow{
			DisplayDate: DisplayDate(ev.Date),
			Headline:    html.EscapeString(headlineOf(ev)),
			Text:        string(scratch),
			Group:       ev.Type,
		}
		r.Year, r.Month, r.Day, r.Time = sheetDate(&start)
		if hasEnd {
			r.EndYear, r.EndMonth, r.EndDay, r.EndTime = sheetDate(&end)
		}
		rw.write(&r)
		return rw.err()
	})
	if err != nil {
		return fmt.Errorf("timeline: write TimelineJS CSV: %w", err)
	}
	return rw.close()
}

func sheetDate(d *TLJSDate) (y, m, day, t string) {
	if d == nil {
		return
	}
	y = strconv.Itoa(d.Year)
	if d.Month > 0 {
		m = strconv.Itoa(d.Month)
	}
	if d.Day > 0 {
		day = strconv.Itoa(d.Day)
	}
	if d.hasTime {
		t = fmt.Sprintf("%02d:%02d", d.Hour, d.Minute)
	}
	return
}
