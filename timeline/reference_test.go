package timeline

// Reference implementations of the writers as they were before they were
// rewritten for speed: encoding/json over the whole timeline, gocsv
// reflection for every row, html/template for every card. The fast writers
// must produce exactly the same bytes (TestWritersMatchReference,
// FuzzWritersMatchReference). When the output is changed on purpose, change
// the reference (testdata/reference.gohtml for the HTML) in the same commit.

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/gocarina/gocsv"
	"github.com/timelinekit/timelinekit/data"
)

//go:embed testdata/reference.gohtml
var refTemplateFile []byte

func refWriteJSON(w io.Writer, tl *Timeline) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(normalized(tl)); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func refWriteTimelineJS(w io.Writer, tl *Timeline) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(TimelineJS(tl)); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// refWriteHTML writes tl as one self-contained HTML page: an refOverview drawn as
// inline SVG (a broken time axis with one mark per event, a row per event
// type, a legend and counts per year), then a card per event grouped by
// year, with year-unknown and undated events in sections of their own. The
// page needs no network, reads without JavaScript, prints cleanly, and with
// JavaScript offers filters by type, entity and date range and a text
// search. All text from tl is escaped by html/template.
func refWriteHTML(w io.Writer, tl *Timeline, opt HTMLOptions) error {
	t, err := refHTMLTemplate()
	if err != nil {
		return err
	}
	page := refBuildPage(normalized(tl), opt)
	page.CSS, page.JS, page.ScriptHash = refHTMLAssets.css, refHTMLAssets.js, refHTMLAssets.hash
	var buf bytes.Buffer
	if err := t.Execute(&buf, page); err != nil {
		return fmt.Errorf("timeline: write HTML: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("timeline: write HTML: %w", err)
	}
	return nil
}

var (
	refHTMLOnce   sync.Once
	refHTMLTmpl   *template.Template
	refHTMLErr    error
	refHTMLAssets struct {
		css  template.CSS
		js   template.JS
		hash string
	}
)

// refHTMLTemplate parses the embedded template and loads the assets once.
func refHTMLTemplate() (*template.Template, error) {
	refHTMLOnce.Do(func() {
		css, err := data.HTML.ReadFile("html/timeline.css")
		if err != nil {
			refHTMLErr = fmt.Errorf("timeline: HTML assets: %w", err)
			return
		}
		js, err := data.HTML.ReadFile("html/timeline.js")
		if err != nil {
			refHTMLErr = fmt.Errorf("timeline: HTML assets: %w", err)
			return
		}
		src, err := refTemplateFile, error(nil)
		if err != nil {
			refHTMLErr = fmt.Errorf("timeline: HTML assets: %w", err)
			return
		}
		t, err := template.New("timeline.gohtml").Funcs(template.FuncMap{
			"num":     num,
			"tickEnd": func(y float64) float64 { return y + 5 },
			"labelY":  func(y float64) float64 { return y + 18 },
			"breakY":  func(y float64) float64 { return y + 5 },
			"barY":    func(y float64) float64 { return y - 2 },
		}).Parse(string(src))
		if err != nil {
			refHTMLErr = fmt.Errorf("data/html/timeline.gohtml: %w", err)
			return
		}
		sum := sha256.Sum256(js)
		refHTMLAssets.css = template.CSS(css) // trusted: embedded file
		refHTMLAssets.js = template.JS(js)    // trusted: embedded file
		refHTMLAssets.hash = "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
		refHTMLTmpl = t
	})
	return refHTMLTmpl, refHTMLErr
}

type refPage struct {
	Title      string
	CSS        template.CSS
	JS         template.JS
	ScriptHash string

	NEvents, NDocuments, NEntities int
	NDated, NYearUnknown, NUndated int

	Overview *refOverview
	Types    []refTypeView
	Years    []refYearCount
	Entities []refEntityView
	Sections []refSectionView
	MinYear  int
	MaxYear  int
	HasRange bool
}

type refTypeView struct {
	Name  string
	Color string
	Count int
}

type refYearCount struct {
	Label  string
	Anchor string
	Count  int
	Width  int // bar length in CSS pixels
}

type refEntityView struct {
	ID, Name, Type string
	Events         int
}

type refSectionView struct {
	ID, Title string
	Class     string
	Note      string
	Events    []refCardView
}

type refCardView struct {
	ID, Type, Color       string
	Date, EDTF, DateTitle string
	Modality              string
	Headline              string
	Participants, Places  []refEntityView
	Killed, Injured       int
	Entities              string
	From, To              string
	Confidence            string
	Sources               []refSourceView // shown
	MoreSources           []refSourceView // folded away under a disclosure
}

// refShownSources is how many sources a card shows before folding the rest.
const refShownSources = 2

type refSourceView struct {
	Segments []segment
	DocID    string
	Title    string
	URL      string
	Author   string
	DocDate  string
}

func refBuildPage(tl *Timeline, opt HTMLOptions) *refPage {
	p := &refPage{Title: opt.Title, NEvents: len(tl.Events), NDocuments: len(tl.Documents), NEntities: len(tl.Entities)}
	if p.Title == "" {
		p.Title = "Timeline"
	}
	var types []string
	for _, ev := range tl.Events {
		types = append(types, ev.Type)
	}
	colors := typeColors(types)
	names := map[string]Entity{}
	for _, e := range tl.Entities {
		names[e.ID] = e
	}
	docs := documentIndex(tl)

	typeCount := map[string]int{}
	entCount := map[string]int{}
	var sections []refSectionView
	secIndex := map[string]int{}
	yearCounts := map[int]int{}
	first := true
	for i := range tl.Events {
		ev := &tl.Events[i]
		typeCount[ev.Type]++
		c := refCardView{
			ID:       ev.ID,
			Type:     ev.Type,
			Color:    colors[ev.Type],
			Date:     DisplayDate(ev.Date),
			Headline: ev.Headline,
			Killed:   ev.Casualties.Killed,
			Injured:  ev.Casualties.Injured,
		}
		if c.Headline == "" {
			c.Headline = ev.Type
		}
		if ev.Modality != Asserted && ev.Modality != "" {
			c.Modality = string(ev.Modality)
		}
		if ev.Confidence > 0 {
			c.Confidence = strconv.FormatFloat(ev.Confidence, 'f', 2, 64)
		}
		var ids []string
		for _, list := range []struct {
			ids []string
			dst *[]refEntityView
		}{{ev.Participants, &c.Participants}, {ev.Places, &c.Places}} {
			for _, id := range list.ids {
				e, ok := names[id]
				if !ok {
					e = Entity{ID: id, Name: id}
				}
				*list.dst = append(*list.dst, refEntityView{ID: e.ID, Name: e.Name, Type: string(e.Type)})
				if !containsStr(ids, id) {
					ids = append(ids, id)
					entCount[id]++
				}
			}
		}
		c.Entities = strings.Join(ids, " ")
		for _, s := range ev.Sources {
			sv := refSourceView{Segments: highlight(s), DocID: s.Doc}
			if d, ok := docs[s.Doc]; ok {
				sv.Title, sv.URL, sv.Author, sv.DocDate = d.Title, safeURL(d.URL), d.Author, d.Date.String()
			}
			if len(c.Sources) < refShownSources {
				c.Sources = append(c.Sources, sv)
			} else {
				c.MoreSources = append(c.MoreSources, sv)
			}
		}

		var key, title, class, note string
		switch {
		case ev.Date.Known():
			c.EDTF = ev.Date.EDTF
			c.DateTitle = "EDTF " + ev.Date.EDTF
			if ev.Date.Text != "" {
				c.DateTitle += ", from \u201c" + ev.Date.Text + "\u201d"
			}
			y0, y1 := ev.Date.Start.Year, ev.Date.End.Year
			if ev.Date.End.IsZero() {
				y1 = y0
			}
			c.From, c.To = strconv.Itoa(y0), strconv.Itoa(y1)
			if first || y0 < p.MinYear {
				p.MinYear = y0
			}
			if first || y1 > p.MaxYear {
				p.MaxYear = y1
			}
			first = false
			p.HasRange = true
			p.NDated++
			yearCounts[y0]++
			key, title, class = "y"+strconv.Itoa(y0), YearText(y0), "year"
		case ev.Date != nil:
			c.EDTF = ev.Date.EDTF
			c.DateTitle = "EDTF " + ev.Date.EDTF
			p.NYearUnknown++
			key, title, class = "year-unknown", "Year unknown", "unknown"
			note = "The text gives no year for these events and none could be inferred."
		default:
			p.NUndated++
			key, title, class = "undated", "Undated", "undated"
			note = "No date was found for these events."
		}
		si, ok := secIndex[key]
		if !ok {
			si = len(sections)
			secIndex[key] = si
			sections = append(sections, refSectionView{ID: key, Title: title, Class: class, Note: note})
		}
		sections[si].Events = append(sections[si].Events, c)
	}
	// Dated sections in year order, then year-unknown, then undated.
	rank := func(s refSectionView) int {
		switch s.Class {
		case "unknown":
			return 1
		case "undated":
			return 2
		}
		return 0
	}
	sort.SliceStable(sections, func(i, j int) bool {
		ri, rj := rank(sections[i]), rank(sections[j])
		if ri != rj {
			return ri < rj
		}
		if ri == 0 {
			yi, _ := strconv.Atoi(strings.TrimPrefix(sections[i].ID, "y"))
			yj, _ := strconv.Atoi(strings.TrimPrefix(sections[j].ID, "y"))
			return yi < yj
		}
		return false
	})
	p.Sections = sections

	for t, n := range typeCount {
		p.Types = append(p.Types, refTypeView{Name: t, Color: colors[t], Count: n})
	}
	sort.Slice(p.Types, func(i, j int) bool { return p.Types[i].Name < p.Types[j].Name })

	maxCount := 0
	for _, n := range yearCounts {
		maxCount = max(maxCount, n)
	}
	for _, s := range sections {
		maxCount = max(maxCount, len(s.Events))
	}
	// Counts per year, then the year-unknown and undated counts, so that
	// the list accounts for every event.
	for _, s := range sections {
		n := len(s.Events)
		p.Years = append(p.Years, refYearCount{Label: s.Title, Anchor: s.ID, Count: n, Width: 4 + 76*n/maxCount})
	}

	for _, e := range tl.Entities {
		if n := entCount[e.ID]; n > 0 {
			p.Entities = append(p.Entities, refEntityView{ID: e.ID, Name: e.Name, Type: string(e.Type), Events: n})
		}
	}
	sort.SliceStable(p.Entities, func(i, j int) bool {
		a, b := p.Entities[i], p.Entities[j]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return strings.ToLower(a.Name) < strings.ToLower(b.Name)
	})
	p.Overview = refBuildOverview(tl.Events, colors)
	return p
}

type refOvLane struct {
	Type   string
	Color  string
	Y      float64 // top
	H      float64
	LabelY float64
	Marks  []refOvMark
}

type refOvMark struct {
	ID       string
	X, Y     float64
	Hollow   bool
	Bar      bool
	BarX0    float64
	BarW     float64
	Label    string // tooltip / accessible name
	Color    string
	Fill     string
	typeName string
	t        float64
}

// refOverview is the view model of the inline SVG.
type refOverview struct {
	Width, Height float64
	AxisY         float64
	Segments      []ovSegment
	Lanes         []refOvLane
	Placed        int // events drawn
}

// ViewBox returns the SVG viewBox attribute.
func (o *refOverview) ViewBox() string {
	return "0 0 " + num(o.Width) + " " + num(o.Height)
}

// refBuildOverview lays out the dated events of tl on a broken time axis:
// clusters of events separated by long empty stretches get their own
// linear segment, so that an axis running from the 1950s to a few weeks of
// 2019 shows both the decades and the weeks. It returns nil when no event
// has a known date.
func refBuildOverview(events []Event, colors map[string]string) *refOverview {
	var pts []ovPoint
	for i := range events {
		ev := &events[i]
		if !ev.Date.Known() {
			continue
		}
		a := float64(ev.Date.Start.Days())
		b := a
		if !ev.Date.End.IsZero() {
			b = float64(ev.Date.End.Days())
		}
		if b < a {
			b = a
		}
		pts = append(pts, ovPoint{id: ev.ID, typ: ev.Type, hollow: ev.Date.Precision.Rank() < DayPrec.Rank() || ev.Date.Approximate, dateText: DisplayDate(ev.Date), headline: ev.Headline, t: (a + b) / 2, t0: a, t1: b})
	}
	if len(pts) == 0 {
		return nil
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].t < pts[j].t })
	segs := splitSegments(pts)
	layoutSegments(segs)

	// Lanes: one per event type, in order of first appearance on the axis.
	laneOf := map[string]int{}
	var lanes []refOvLane
	for _, p := range pts {
		if _, ok := laneOf[p.typ]; !ok {
			laneOf[p.typ] = len(lanes)
			lanes = append(lanes, refOvLane{Type: p.typ, Color: colors[p.typ]})
		}
	}
	sort.SliceStable(lanes, func(i, j int) bool { return lanes[i].Type < lanes[j].Type })
	for i := range lanes {
		laneOf[lanes[i].Type] = i
	}
	for _, p := range pts {
		s := segmentOf(segs, p.t)
		m := refOvMark{
			ID:       p.id,
			X:        s.x(p.t),
			Hollow:   p.hollow,
			Label:    p.dateText + ": " + p.headline,
			Color:    colors[p.typ],
			typeName: p.typ,
			t:        p.t,
		}
		m.Fill = m.Color
		if m.Hollow {
			m.Fill = "#ffffff"
		}
		// A bar shows the span of a date that covers more than one day;
		// a single day is a point even on a scale of a few days.
		x0, x1 := math.Max(s.X0, s.xFree(p.t0)), math.Min(s.X1, s.xFree(p.t1+1))
		if p.t1 > p.t0 && x1-x0 > 2*ovMarkR+2 {
			m.Bar, m.BarX0, m.BarW = true, x0, x1-x0
		}
		l := &lanes[laneOf[p.typ]]
		l.Marks = append(l.Marks, m)
	}
	// Stack marks that would overlap into sub-rows.
	y := ovTop
	for i := range lanes {
		l := &lanes[i]
		var rowEnd []float64
		rows := make([]int, len(l.Marks))
		for j, m := range l.Marks {
			r := 0
			for r < len(rowEnd) && m.X-rowEnd[r] < 2*ovMarkR+1 {
				r++
			}
			if r == len(rowEnd) {
				if r < 4 {
					rowEnd = append(rowEnd, math.Inf(-1))
				} else {
					r = j % 4
				}
			}
			rowEnd[r] = m.X
			rows[j] = r
		}
		l.Y = y
		l.H = float64(len(rowEnd))*ovSubRow + ovLaneGap
		l.LabelY = y + l.H/2 + 4
		for j := range l.Marks {
			l.Marks[j].Y = y + ovLaneGap/2 + ovSubRow/2 + float64(rows[j])*ovSubRow
		}
		y += l.H
	}
	o := &refOverview{Width: ovWidth, AxisY: y + 4, Segments: segs, Lanes: lanes, Placed: len(pts)}
	o.Height = o.AxisY + ovAxisSpace
	return o
}

// refWriteCSV writes one row per event (see EventRow for the columns), RFC 4180
// with CRLF line ends, UTF-8. Cells are made spreadsheet-safe with
// NeutralizeCell unless opt.Raw is set.
func refWriteCSV(w io.Writer, tl *Timeline, opt CSVOptions) error {
	tl = normalized(tl)
	names := entityNames(tl)
	rows := make([]EventRow, 0, len(tl.Events))
	for i := range tl.Events {
		rows = append(rows, refEventRow(&tl.Events[i], names))
	}
	return refWriteRows(w, rows, opt, "events")
}

func refEventRow(ev *Event, names map[string]string) EventRow {
	r := EventRow{
		ID:           ev.ID,
		Type:         ev.Type,
		Modality:     string(ev.Modality),
		Headline:     ev.Headline,
		Participants: joinNames(ev.Participants, names),
		Places:       joinNames(ev.Places, names),
		Killed:       strconv.Itoa(ev.Casualties.Killed),
		Injured:      strconv.Itoa(ev.Casualties.Injured),
		Confidence:   strconv.FormatFloat(ev.Confidence, 'f', -1, 64),
	}
	if d := ev.Date; d != nil {
		r.Date = d.EDTF
		r.Start = d.Start.String()
		r.End = d.End.String()
		r.Precision = string(d.Precision)
		r.Approximate = strconv.FormatBool(d.Approximate)
		r.YearUnknown = strconv.FormatBool(d.YearUnknown || !d.Known())
		r.DateText = d.Text
		r.Basis = string(d.Basis)
	}
	if len(ev.Sources) > 0 {
		r.Text = ev.Sources[0].Text
	}
	var docs, ev2 []string
	for _, s := range ev.Sources {
		if !containsStr(docs, s.Doc) {
			docs = append(docs, s.Doc)
		}
		ev2 = append(ev2, fmt.Sprintf("%s:%d-%d", s.Doc, s.Start, s.End))
	}
	r.Documents = strings.Join(docs, ListSep)
	r.Evidence = strings.Join(ev2, ListSep)
	return r
}

// refWriteEntitiesCSV writes one row per entity (see EntityRow).
func refWriteEntitiesCSV(w io.Writer, tl *Timeline, opt CSVOptions) error {
	tl = normalized(tl)
	count := map[string]int{}
	for _, ev := range tl.Events {
		seen := map[string]bool{}
		for _, id := range append(append([]string(nil), ev.Participants...), ev.Places...) {
			if !seen[id] {
				seen[id] = true
				count[id]++
			}
		}
	}
	rows := make([]EntityRow, 0, len(tl.Entities))
	for _, e := range tl.Entities {
		rows = append(rows, EntityRow{
			ID:       e.ID,
			Name:     e.Name,
			Type:     string(e.Type),
			Aliases:  strings.Join(e.Aliases, ListSep),
			Mentions: strconv.Itoa(e.Mentions),
			Events:   strconv.Itoa(count[e.ID]),
		})
	}
	return refWriteRows(w, rows, opt, "entities")
}

// refWriteMentionsCSV writes one row per event source (see MentionRow).
func refWriteMentionsCSV(w io.Writer, tl *Timeline, opt CSVOptions) error {
	tl = normalized(tl)
	docs := documentIndex(tl)
	var rows []MentionRow
	for _, ev := range tl.Events {
		for _, s := range ev.Sources {
			r := MentionRow{
				EventID:       ev.ID,
				EventType:     ev.Type,
				Doc:           s.Doc,
				SentenceStart: strconv.Itoa(s.Start),
				SentenceEnd:   strconv.Itoa(s.End),
				TriggerStart:  strconv.Itoa(s.Trigger.Start),
				TriggerEnd:    strconv.Itoa(s.Trigger.End),
				Trigger:       cut(s, s.Trigger),
				Sentence:      s.Text,
			}
			if ev.Date != nil {
				r.Date = ev.Date.EDTF
			}
			if d, ok := docs[s.Doc]; ok {
				r.DocTitle, r.DocSource = d.Title, d.Source
			}
			if s.DateSpan != nil {
				r.DateStart = strconv.Itoa(s.DateSpan.Start)
				r.DateEnd = strconv.Itoa(s.DateSpan.End)
				r.DateText = cut(s, *s.DateSpan)
			}
			rows = append(rows, r)
		}
	}
	if rows == nil {
		rows = []MentionRow{}
	}
	return refWriteRows(w, rows, opt, "mentions")
}

// refWriteRows writes rows (a slice of one of the row structs) through gocsv
// over encoding/csv, applying the options to every cell.
func refWriteRows[T any](w io.Writer, rows []T, opt CSVOptions, what string) error {
	if opt.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return fmt.Errorf("timeline: write %s CSV: %w", what, err)
		}
	}
	cw := csv.NewWriter(&crlfRecords{w: w})
	sw := &refCellWriter{w: gocsv.NewSafeCSVWriter(cw), raw: opt.Raw}
	if err := gocsv.MarshalCSV(rows, sw); err != nil {
		return fmt.Errorf("timeline: write %s CSV: %w", what, err)
	}
	return nil
}

// refCellWriter cleans every cell before handing the row to the CSV writer.
type refCellWriter struct {
	w          *gocsv.SafeCSVWriter
	raw        bool
	pastHeader bool // the header row (first row) has been written
}

func (c *refCellWriter) Write(row []string) error {
	out := make([]string, len(row))
	for i, v := range row {
		v = normalizeNewlines(v)
		if !c.raw && c.pastHeader {
			v = NeutralizeCell(v)
		}
		out[i] = v
	}
	c.pastHeader = true
	return c.w.Write(out)
}

func (c *refCellWriter) Flush()       { c.w.Flush() }
func (c *refCellWriter) Error() error { return c.w.Error() }

// refWriteTimelineJSCSV writes tl in TimelineJS's 18-column spreadsheet layout:
// a title row (Type "title") then one row per event with a known year.
// Year, Month and Day are plain integers (historical years, negative for
// BC); Display Date spells the date out honestly ("c. 2009", "1960s");
// Group is our event type and Type stays empty. Text cells are HTML-escaped
// (TimelineJS renders them as HTML) and neutralised against spreadsheet
// formulas.
func refWriteTimelineJSCSV(w io.Writer, tl *Timeline) error {
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
	return refWriteRows(w, rows, CSVOptions{}, "TimelineJS")
}

// refCSV adapts a reference CSV writer to the common signature.
func refCSV(ref func(io.Writer, *Timeline, CSVOptions) error, opt CSVOptions) func(io.Writer, *Timeline) error {
	return func(w io.Writer, tl *Timeline) error { return ref(w, tl, opt) }
}
