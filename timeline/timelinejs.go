package timeline

import (
	"bytes"
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
	tl = normalized(tl)
	out := &TLJSTimeline{Events: []TLJSSlide{}}
	names := entityNames(tl)
	docs := documentIndex(tl)
	skipped := 0
	for i := range tl.Events {
		ev := &tl.Events[i]
		start, end, ok := tljsDates(ev.Date)
		if !ok {
			skipped++
			continue
		}
		out.Events = append(out.Events, TLJSSlide{
			StartDate:   start,
			EndDate:     end,
			DisplayDate: DisplayDate(ev.Date),
			Text:        TLJSText{Headline: html.EscapeString(headlineOf(ev)), Text: slideHTML(ev, names, docs)},
			Group:       ev.Type,
			UniqueID:    ev.ID,
		})
	}
	out.Title = &TLJSSlide{Text: TLJSText{Headline: "Timeline", Text: html.EscapeString(titleText(tl, len(out.Events), skipped))}}
	return out
}

// WriteTimelineJS writes tl as TimelineJS JSON (see TimelineJS).
func WriteTimelineJS(w io.Writer, tl *Timeline) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(TimelineJS(tl)); err != nil {
		return fmt.Errorf("timeline: write TimelineJS: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("timeline: write TimelineJS: %w", err)
	}
	return nil
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
// of its grain) end date, or ok=false when the date has no known year.
func tljsDates(d *Date) (start, end *TLJSDate, ok bool) {
	if !d.Known() {
		return nil, nil, false
	}
	g := grain(d.Precision)
	if d.Precision == "" {
		g = 2
	}
	mk := func(day Day, withTime bool) *TLJSDate {
		t := &TLJSDate{Year: tljsYear(day.Year)}
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
		e := mk(d.End, false)
		if e.Year != start.Year || e.Month != start.Month || e.Day != start.Day {
			end = e
		}
	}
	return start, end, true
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

// slideHTML writes the body of a slide: modality, who and where,
// casualties, then every evidence sentence with its trigger and date
// marked, and its source document.
func slideHTML(ev *Event, names map[string]string, docs map[string]DocumentInfo) string {
	var b strings.Builder
	if ev.Modality != "" && ev.Modality != Asserted {
		fmt.Fprintf(&b, "<p><em>%s</em></p>", html.EscapeString(string(ev.Modality)))
	}
	if len(ev.Participants) > 0 {
		fmt.Fprintf(&b, "<p><strong>Who:</strong> %s</p>", html.EscapeString(strings.Join(strings.Split(joinNames(ev.Participants, names), ListSep), ", ")))
	}
	if len(ev.Places) > 0 {
		fmt.Fprintf(&b, "<p><strong>Where:</strong> %s</p>", html.EscapeString(strings.Join(strings.Split(joinNames(ev.Places, names), ListSep), ", ")))
	}
	if c := ev.Casualties; c.Killed > 0 || c.Injured > 0 {
		var parts []string
		if c.Killed > 0 {
			parts = append(parts, strconv.Itoa(c.Killed)+" killed")
		}
		if c.Injured > 0 {
			parts = append(parts, strconv.Itoa(c.Injured)+" injured")
		}
		fmt.Fprintf(&b, "<p><strong>Casualties:</strong> %s</p>", strings.Join(parts, ", "))
	}
	for _, s := range ev.Sources {
		b.WriteString("<p>\u201c")
		for _, seg := range highlight(s) {
			if seg.Class != "" {
				fmt.Fprintf(&b, "<mark>%s</mark>", html.EscapeString(seg.Text))
			} else {
				b.WriteString(html.EscapeString(seg.Text))
			}
		}
		b.WriteString("\u201d</p>")
		d := docs[s.Doc]
		title := d.Title
		if title == "" {
			title = s.Doc
		}
		b.WriteString("<p>Source: ")
		if u := safeURL(d.URL); u != "" {
			fmt.Fprintf(&b, `<a href="%s" target="_blank" rel="noopener noreferrer">%s</a>`, html.EscapeString(u), html.EscapeString(title))
		} else {
			b.WriteString(html.EscapeString(title))
		}
		fmt.Fprintf(&b, " [%s]</p>", html.EscapeString(s.Doc))
	}
	return b.String()
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
	doc := TimelineJS(tl)
	rows := []TLJSRow{{Type: "title", Headline: doc.Title.Text.Headline, Text: doc.Title.Text.Text}}
	for _, s := range doc.Events {
		r := TLJSRow{
			DisplayDate: s.DisplayDate,
			Headline:    s.Text.Headline,
			Text:        s.Text.Text,
			Group:       s.Group,
		}
		r.Year, r.Month, r.Day, r.Time = sheetDate(s.StartDate)
		r.EndYear, r.EndMonth, r.EndDay, r.EndTime = sheetDate(s.EndDate)
		rows = append(rows, r)
	}
	return writeRows(w, rows, CSVOptions{}, "TimelineJS")
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
