package timeline

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/timelinekit/timelinekit/data"
)

// HTMLOptions controls WriteHTML.
type HTMLOptions struct {
	// Title is the page title; "Timeline" when empty.
	Title string
}

// WriteHTML writes tl as one self-contained HTML page: an overview drawn as
// inline SVG (a broken time axis with one mark per event, a row per event
// type, a legend and counts per year), then a card per event grouped by
// year, with year-unknown and undated events in sections of their own. The
// page needs no network, reads without JavaScript, prints cleanly, and with
// JavaScript offers filters by type, entity and date range and a text
// search.
//
// The page skeleton (data/html/timeline.gohtml) is rendered by html/template;
// the parts repeated per event and per entity (overview marks, entity
// options, sections and cards) are written straight to w by htmlWriter,
// which escapes every piece of text exactly as html/template does in the
// same place (TestWritersMatchReference compares the two byte for byte).
// The page streams: memory does not grow with the number of events beyond
// a few words per event.
func WriteHTML(w io.Writer, tl *Timeline, opt HTMLOptions) error {
	t, err := htmlTemplate()
	if err != nil {
		return err
	}
	if tl == nil {
		tl = &Timeline{}
	}
	p, err := buildPage(tl, opt)
	if err != nil {
		return fmt.Errorf("timeline: write HTML: %w", err)
	}
	p.CSS, p.JS, p.ScriptHash = htmlAssets.css, htmlAssets.js, htmlAssets.hash
	hw := &htmlWriter{sink: newSink(w), p: p, tl: tl}
	steps := []func() error{
		func() error { return hw.template(t, "page-start") },
		hw.marks,
		func() error { return hw.template(t, "overview-end") },
		hw.entityOptions,
		func() error { return hw.template(t, "filters-end") },
		hw.sections,
		func() error { return hw.template(t, "page-end") },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("timeline: write HTML: %w", err)
		}
	}
	if err := hw.flush(); err != nil {
		return fmt.Errorf("timeline: write HTML: %w", err)
	}
	return nil
}

var (
	htmlOnce   sync.Once
	htmlTmpl   *template.Template
	htmlErr    error
	htmlAssets struct {
		css  template.CSS
		js   template.JS
		hash string
	}
)

// htmlTemplate parses the embedded template and loads the assets once.
func htmlTemplate() (*template.Template, error) {
	htmlOnce.Do(func() {
		css, err := data.HTML.ReadFile("html/timeline.css")
		if err != nil {
			htmlErr = fmt.Errorf("timeline: HTML assets: %w", err)
			return
		}
		js, err := data.HTML.ReadFile("html/timeline.js")
		if err != nil {
			htmlErr = fmt.Errorf("timeline: HTML assets: %w", err)
			return
		}
		src, err := data.HTML.ReadFile("html/timeline.gohtml")
		if err != nil {
			htmlErr = fmt.Errorf("timeline: HTML assets: %w", err)
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
			htmlErr = fmt.Errorf("data/html/timeline.gohtml: %w", err)
			return
		}
		for _, name := range []string{"page-start", "overview-end", "filters-end", "page-end"} {
			if t.Lookup(name) == nil {
				htmlErr = fmt.Errorf("data/html/timeline.gohtml: no template %q", name)
				return
			}
		}
		sum := sha256.Sum256(js)
		htmlAssets.css = template.CSS(css) // trusted: embedded file
		htmlAssets.js = template.JS(js)    // trusted: embedded file
		htmlAssets.hash = "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
		htmlTmpl = t
	})
	return htmlTmpl, htmlErr
}

// htmlPage is the data of the page skeleton; the per-event parts are
// written from the timeline itself.
type htmlPage struct {
	Title      string
	CSS        template.CSS
	JS         template.JS
	ScriptHash string

	NEvents, NDocuments, NEntities int
	NDated, NYearUnknown, NUndated int

	Overview *overview
	// OverviewOmitted is set when there are too many dated events to draw.
	OverviewOmitted bool
	Types           []typeView
	Years           []yearCount
	Entities        []entityView
	Sections        []sectionView
	MinYear         int
	MaxYear         int
	HasRange        bool

	colors map[string]string
	names  map[string]*Entity
	docs   map[string]*docMeta
	// inOrder is set when the events come section by section; else order
	// lists their indexes section by section: section i holds
	// order[secStart[i]:secStart[i+1]].
	inOrder  bool
	order    []int32
	secStart []int
}

type typeView struct {
	Name  string
	Color string
	Count int
}

type yearCount struct {
	Label  string
	Anchor string
	Count  int
	Width  int // bar length in CSS pixels
}

type entityView struct {
	ID, Name, Type string
	Events         int
}

type sectionView struct {
	ID, Title string
	Class     string
	Note      string
	year      int
	n         int
}

// shownSources is how many sources a card shows before folding the rest.
const shownSources = 2

// segment is a piece of an evidence sentence; Class is "", "trigger" or
// "date".
type segment struct {
	Text  string
	Class string
}

// Section ranks: dated sections come first in year order, then the events
// whose year is unknown, then the undated ones.
const (
	secYear = iota
	secUnknown
	secUndated
)

func sectionOf(ev *Event) (rank, year int) {
	switch {
	case ev.Date.Known():
		return secYear, ev.Date.Start.Year
	case ev.Date != nil:
		return secUnknown, 0
	}
	return secUndated, 0
}

func buildPage(tl *Timeline, opt HTMLOptions) (*htmlPage, error) {
	p := &htmlPage{Title: opt.Title, NEvents: tl.NumEvents(), NDocuments: len(tl.Documents), NEntities: len(tl.Entities)}
	if p.Title == "" {
		p.Title = "Timeline"
	}
	p.names = make(map[string]*Entity, len(tl.Entities))
	for i := range tl.Entities {
		p.names[tl.Entities[i].ID] = &tl.Entities[i] // the last entity with an id wins
	}
	p.docs = docMetas(tl)

	typeCount := map[string]int{}
	var types []string // in order of first appearance
	entCount := map[string]int{}
	yearCounts := map[int]int{}
	var pts []ovPoint
	first := true
	// The cards are written section by section; a built timeline is in
	// section order already, so its events can be streamed as they come.
	p.inOrder = true
	lastRank, lastYear := -1, 0
	err := tl.EachEvent(func(ev *Event) error {
		if typeCount[ev.Type] == 0 {
			types = append(types, ev.Type)
		}
		typeCount[ev.Type]++
		for j, id := range ev.Participants {
			if !containsStr(ev.Participants[:j], id) {
				entCount[id]++
			}
		}
		for j, id := range ev.Places {
			if !containsStr(ev.Participants, id) && !containsStr(ev.Places[:j], id) {
				entCount[id]++
			}
		}
		rank, y0 := sectionOf(ev)
		if rank < lastRank || rank == lastRank && rank == secYear && y0 < lastYear {
			p.inOrder = false
		}
		lastRank, lastYear = rank, y0
		switch rank {
		case secYear:
			y1 := ev.Date.End.Year
			if ev.Date.End.IsZero() {
				y1 = y0
			}
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
			if p.NDated <= ovMaxMarks {
				pt, _ := ovPointOf(ev)
				pts = append(pts, pt)
			} else {
				pts = nil
			}
		case secUnknown:
			p.NYearUnknown++
		default:
			p.NUndated++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	p.colors = typeColors(types)

	// Sections: years in order, then year-unknown, then undated.
	years := make([]int, 0, len(yearCounts))
	for y := range yearCounts {
		years = append(years, y)
	}
	sort.Ints(years)
	secOfYear := make(map[int]int, len(years))
	for _, y := range years {
		secOfYear[y] = len(p.Sections)
		p.Sections = append(p.Sections, sectionView{ID: "y" + strconv.Itoa(y), Title: YearText(y), Class: "year", year: y, n: yearCounts[y]})
	}
	secUnknownAt, secUndatedAt := -1, -1
	if p.NYearUnknown > 0 {
		secUnknownAt = len(p.Sections)
		p.Sections = append(p.Sections, sectionView{ID: "year-unknown", Title: "Year unknown", Class: "unknown",
			Note: "The text gives no year for these events and none could be inferred.", n: p.NYearUnknown})
	}
	if p.NUndated > 0 {
		secUndatedAt = len(p.Sections)
		p.Sections = append(p.Sections, sectionView{ID: "undated", Title: "Undated", Class: "undated",
			Note: "No date was found for these events.", n: p.NUndated})
	}
	p.secStart = make([]int, len(p.Sections)+1)
	for i, s := range p.Sections {
		p.secStart[i+1] = p.secStart[i] + s.n
	}
	if !p.inOrder {
		// Order the events section by section, keeping their order
		// within a section (a counting sort). Only a timeline in memory
		// can be out of order.
		next := append([]int(nil), p.secStart[:len(p.Sections)]...)
		p.order = make([]int32, len(tl.Events))
		for i := range tl.Events {
			var si int
			switch rank, y := sectionOf(&tl.Events[i]); rank {
			case secYear:
				si = secOfYear[y]
			case secUnknown:
				si = secUnknownAt
			default:
				si = secUndatedAt
			}
			p.order[next[si]] = int32(i)
			next[si]++
		}
	}

	for t, n := range typeCount {
		p.Types = append(p.Types, typeView{Name: t, Color: p.colors[t], Count: n})
	}
	sort.Slice(p.Types, func(i, j int) bool { return p.Types[i].Name < p.Types[j].Name })

	maxCount := 0
	for _, s := range p.Sections {
		maxCount = max(maxCount, s.n)
	}
	// Counts per year, then the year-unknown and undated counts, so that
	// the list accounts for every event.
	for _, s := range p.Sections {
		p.Years = append(p.Years, yearCount{Label: s.Title, Anchor: s.ID, Count: s.n, Width: 4 + 76*s.n/maxCount})
	}

	for _, e := range tl.Entities {
		if n := entCount[e.ID]; n > 0 {
			p.Entities = append(p.Entities, entityView{ID: e.ID, Name: e.Name, Type: string(e.Type), Events: n})
		}
	}
	sort.SliceStable(p.Entities, func(i, j int) bool {
		a, b := p.Entities[i], p.Entities[j]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return strings.ToLower(a.Name) < strings.ToLower(b.Name)
	})
	p.Overview = buildOverview(pts, p.colors)
	p.OverviewOmitted = p.NDated > ovMaxMarks
	return p, nil
}

// htmlWriter writes the page: the skeleton through html/template, the
// repeated parts by hand. Every piece of text from the timeline goes
// through exactly one of the escapers below, the one html/template applies
// in that position:
//
//	text   element content and quoted attribute values (also <title>)
//	frag   a URL fragment after "#" (href="#ev0001")
//	url    a whole URL in href or cite
type htmlWriter struct {
	*sink
	p  *htmlPage
	tl *Timeline
}

// template executes the named part of the skeleton into the buffer.
func (hw *htmlWriter) template(t *template.Template, name string) error {
	return t.ExecuteTemplate(hw.sink, name, hw.p)
}

// text appends v escaped as html/template escapes text and attribute
// values: NUL becomes U+FFFD; ", &, ', +, < and > become character
// references. Other bytes, invalid UTF-8 included, pass unchanged.
func (hw *htmlWriter) text(v string) {
	b := hw.buf
	start := 0
	for i := 0; i < len(v); i++ {
		esc := htmlEscapes[v[i]]
		if esc == "" {
			continue
		}
		b = append(b, v[start:i]...)
		b = append(b, esc...)
		start = i + 1
	}
	hw.buf = append(b, v[start:]...)
}

// htmlEscapes maps the bytes html/template escapes in text and attribute
// values to their replacements.
var htmlEscapes = [256]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// frag appends v percent-encoded for a URL fragment, as html/template
// does after "#": everything but ASCII letters, digits and -._~ is
// encoded.
func (hw *htmlWriter) frag(v string) {
	const hexDigits = "0123456789abcdef"
	b := hw.buf
	for i := 0; i < len(v); i++ {
		c := v[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b = append(b, c)
			continue
		}
		b = append(b, '%', hexDigits[c>>4], hexDigits[c&0xF])
	}
	hw.buf = b
}

// url appends the URL v as html/template writes it in href or cite: a
// scheme other than http, https or mailto gives "#ZgotmplZ"; bytes that
// may not appear in a URL are percent-encoded (existing %XX escapes are
// kept); then the result is escaped as an attribute value.
func (hw *htmlWriter) url(v string) {
	if scheme, _, ok := strings.Cut(v, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		hw.str("#ZgotmplZ")
		return
	}
	const hexDigits = "0123456789abcdef"
	start := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			continue
		case strings.IndexByte("!#$&*+,/:;=?@[]-._~", c) >= 0:
			continue
		case c == '%' && i+2 < len(v) && isHexDigit(v[i+1]) && isHexDigit(v[i+2]):
			continue
		}
		hw.text(v[start:i])
		hw.buf = append(hw.buf, '%', hexDigits[c>>4], hexDigits[c&0xF])
		start = i + 1
	}
	hw.text(v[start:])
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// num appends f as the template's num function writes it, escaped.
func (hw *htmlWriter) num(f float64) {
	var tmp [32]byte
	hw.text(unsafeString(strconv.AppendFloat(tmp[:0], math.Round(f*10)/10, 'f', -1, 64)))
}

// marks writes the overview's marks, lane by lane:
//
//	<a class="mark" href="#ID" data-ev="ID" aria-label="LABEL">
//	[<rect class="span" x=.. y=.. width=.. height="4" rx="2" fill="COLOR"/>]
//	<circle cx=.. cy=.. r="5" fill="FILL" stroke="COLOR" stroke-width="2"><title>LABEL</title></circle></a>
//
// (one line per mark; LABEL is the display date and the headline).
func (hw *htmlWriter) marks() error {
	o := hw.p.Overview
	if o == nil {
		return nil
	}
	for li := range o.Lanes {
		for mi := range o.Lanes[li].Marks {
			m := &o.Lanes[li].Marks[mi]
			label := m.dateText
			hw.str("\n<a class=\"mark\" href=\"#")
			hw.frag(m.ID)
			hw.str(`" data-ev="`)
			hw.text(m.ID)
			hw.str(`" aria-label="`)
			hw.text(label)
			hw.str(": ")
			hw.text(m.headline)
			hw.str(`">`)
			if m.Bar {
				hw.str(`<rect class="span" x="`)
				hw.num(m.BarX0)
				hw.str(`" y="`)
				hw.num(m.Y - 2)
				hw.str(`" width="`)
				hw.num(m.BarW)
				hw.str(`" height="4" rx="2" fill="`)
				hw.text(m.Color)
				hw.str(`"/>`)
			}
			hw.str(`<circle cx="`)
			hw.num(m.X)
			hw.str(`" cy="`)
			hw.num(m.Y)
			hw.str(`" r="5" fill="`)
			hw.text(m.Fill)
			hw.str(`" stroke="`)
			hw.text(m.Color)
			hw.str(`" stroke-width="2"><title>`)
			hw.text(label)
			hw.str(": ")
			hw.text(m.headline)
			hw.str("</title></circle></a>")
			hw.maybeFlush()
		}
	}
	return hw.err
}

// entityOptions writes an option of the entity filter per entity named by
// some event: <option value="ID">NAME (TYPE, EVENTS)</option>.
func (hw *htmlWriter) entityOptions() error {
	for _, e := range hw.p.Entities {
		hw.str("\n<option value=\"")
		hw.text(e.ID)
		hw.str(`">`)
		hw.text(e.Name)
		hw.str(" (")
		hw.text(e.Type)
		hw.str(", ")
		hw.int(e.Events)
		hw.str(")</option>")
		hw.maybeFlush()
	}
	return hw.err
}

// sections writes the sections and their cards:
//
//	<section class="year" id="y1952" aria-labelledby="y1952-h">
//	<h2 id="y1952-h">1952</h2>[<p class="note">NOTE</p>]
//	<ol class="cards">CARDS
//	</ol>
//	</section>
func (hw *htmlWriter) sections() error {
	if hw.p.inOrder {
		return hw.sectionsInOrder()
	}
	for si := range hw.p.Sections {
		hw.sectionStart(&hw.p.Sections[si])
		for _, i := range hw.p.order[hw.p.secStart[si]:hw.p.secStart[si+1]] {
			hw.card(&hw.tl.Events[i])
			hw.maybeFlush()
		}
		hw.sectionEnd()
	}
	return hw.err
}

func (hw *htmlWriter) sectionStart(s *sectionView) {
	hw.str("\n<section class=\"")
	hw.text(s.Class)
	hw.str(`" id="`)
	hw.text(s.ID)
	hw.str(`" aria-labelledby="`)
	hw.text(s.ID)
	hw.str("-h\">\n<h2 id=\"")
	hw.text(s.ID)
	hw.str(`-h">`)
	hw.text(s.Title)
	hw.str("</h2>")
	if s.Note != "" {
		hw.str(`<p class="note">`)
		hw.text(s.Note)
		hw.str("</p>")
	}
	hw.str("\n<ol class=\"cards\">")
}

func (hw *htmlWriter) sectionEnd() { hw.str("\n</ol>\n</section>") }

// sectionsInOrder writes the sections of a timeline whose events come
// section by section, streaming them.
func (hw *htmlWriter) sectionsInOrder() error {
	si, left := -1, 0
	err := hw.tl.EachEvent(func(ev *Event) error {
		for left == 0 {
			if si >= 0 {
				hw.sectionEnd()
			}
			si++
			if si >= len(hw.p.Sections) {
				return fmt.Errorf("more events than the sections hold")
			}
			left = hw.p.Sections[si].n
			hw.sectionStart(&hw.p.Sections[si])
		}
		hw.card(ev)
		left--
		hw.maybeFlush()
		return hw.err
	})
	if err != nil {
		return err
	}
	if si >= 0 {
		hw.sectionEnd()
	}
	return hw.err
}

// card writes the card of one event:
//
//	<li class="card" id="ID" data-type="TYPE" data-entities="IDS" data-from="Y0" data-to="Y1" style="border-left-color: COLOR">
//	<article aria-labelledby="ID-h">
//	<p class="meta"><time[ title="EDTF ..." data-edtf="EDTF"]>DATE</time> <span class="type" style="border-color: COLOR">TYPE</span>[ <span class="modality">MODALITY</span>]</p>
//	<h3 id="ID-h">HEADLINE</h3>
//	[<dl class="facts">[<dt>Who</dt><dd>ENTITIES</dd>][<dt>Where</dt><dd>ENTITIES</dd>][<dt>Casualties</dt><dd>N killed, N injured</dd>]
//	</dl>]
//	SOURCE (the first two)
//	[<details class="more-sources"><summary>N more source[s]</summary>
//	SOURCE ...
//	</details>]
//	<p class="id"><a href="#ID">ID</a>[ · confidence 0.90]</p>
//	</article>
//	</li>
func (hw *htmlWriter) card(ev *Event) {
	color := hw.p.colors[ev.Type]
	hw.str("\n<li class=\"card\" id=\"")
	hw.text(ev.ID)
	hw.str(`" data-type="`)
	hw.text(ev.Type)
	hw.str(`" data-entities="`)
	n := 0
	for j, id := range ev.Participants {
		if !containsStr(ev.Participants[:j], id) {
			if n > 0 {
				hw.str(" ")
			}
			hw.text(id)
			n++
		}
	}
	for j, id := range ev.Places {
		if !containsStr(ev.Participants, id) && !containsStr(ev.Places[:j], id) {
			if n > 0 {
				hw.str(" ")
			}
			hw.text(id)
			n++
		}
	}
	hw.str(`" data-from="`)
	known := ev.Date.Known()
	if known {
		y1 := ev.Date.End.Year
		if ev.Date.End.IsZero() {
			y1 = ev.Date.Start.Year
		}
		hw.int(ev.Date.Start.Year)
		hw.str(`" data-to="`)
		hw.int(y1)
	} else {
		hw.str(`" data-to="`)
	}
	hw.str(`" style="border-left-color: `)
	hw.text(color)
	hw.str("\">\n<article aria-labelledby=\"")
	hw.text(ev.ID)
	hw.str("-h\">\n<p class=\"meta\"><time")
	if d := ev.Date; d != nil && d.EDTF != "" {
		hw.str(` title="EDTF `)
		hw.text(d.EDTF)
		if known && d.Text != "" {
			hw.str(", from \u201c")
			hw.text(d.Text)
			hw.str("\u201d")
		}
		hw.str(`" data-edtf="`)
		hw.text(d.EDTF)
		hw.str(`"`)
	}
	hw.str(">")
	hw.text(DisplayDate(ev.Date))
	hw.str(`</time> <span class="type" style="border-color: `)
	hw.text(color)
	hw.str(`">`)
	hw.text(ev.Type)
	hw.str("</span>")
	if ev.Modality != Asserted && ev.Modality != "" {
		hw.str(` <span class="modality">`)
		hw.text(string(ev.Modality))
		hw.str("</span>")
	}
	hw.str("</p>\n<h3 id=\"")
	hw.text(ev.ID)
	hw.str(`-h">`)
	if ev.Headline != "" {
		hw.text(ev.Headline)
	} else {
		hw.text(ev.Type)
	}
	hw.str("</h3>")
	c := ev.Casualties
	if len(ev.Participants) > 0 || len(ev.Places) > 0 || c.Killed != 0 || c.Injured != 0 {
		hw.str("\n<dl class=\"facts\">")
		if len(ev.Participants) > 0 {
			hw.str("<dt>Who</dt><dd>")
			hw.entities(ev.Participants)
			hw.str("</dd>")
		}
		if len(ev.Places) > 0 {
			hw.str("<dt>Where</dt><dd>")
			hw.entities(ev.Places)
			hw.str("</dd>")
		}
		if c.Killed != 0 || c.Injured != 0 {
			hw.str("<dt>Casualties</dt><dd>")
			if c.Killed != 0 {
				hw.int(c.Killed)
				hw.str(" killed")
			}
			if c.Killed != 0 && c.Injured != 0 {
				hw.str(", ")
			}
			if c.Injured != 0 {
				hw.int(c.Injured)
				hw.str(" injured")
			}
			hw.str("</dd>")
		}
		hw.str("\n</dl>")
	}
	for i := range ev.Sources {
		if i == shownSources {
			more := len(ev.Sources) - shownSources
			hw.str("\n<details class=\"more-sources\"><summary>")
			hw.int(more)
			hw.str(" more source")
			if more > 1 {
				hw.str("s")
			}
			hw.str("</summary>")
		}
		hw.str("\n")
		hw.source(&ev.Sources[i])
	}
	if len(ev.Sources) > shownSources {
		hw.str("\n</details>")
	}
	hw.str("\n<p class=\"id\"><a href=\"#")
	hw.frag(ev.ID)
	hw.str(`">`)
	hw.text(ev.ID)
	hw.str("</a>")
	if conf := clamp01(ev.Confidence); conf > 0 {
		hw.str(" · confidence ")
		hw.buf = strconv.AppendFloat(hw.buf, conf, 'f', 2, 64)
	}
	hw.str("</p>\n</article>\n</li>")
}

// entities writes the entities ids as
// <span class="entity" data-entity="ID">NAME</span>, comma-separated.
func (hw *htmlWriter) entities(ids []string) {
	for i, id := range ids {
		if i > 0 {
			hw.str(", ")
		}
		name := id
		if e, ok := hw.p.names[id]; ok {
			id, name = e.ID, e.Name
		}
		hw.str(`<span class="entity" data-entity="`)
		hw.text(id)
		hw.str(`">`)
		hw.text(name)
		hw.str("</span>")
	}
}

// source writes one piece of evidence:
//
//	<blockquote class="evidence"[ cite="URL"]>
//	<p>SENTENCE with <mark class="trigger">..</mark> and <mark class="date">..</mark></p>
//	<footer>Source: <a class="doc" href="URL" rel="noopener noreferrer">TITLE</a> or <cite>TITLE</cite>[, by AUTHOR][, DOC DATE][ <span class="docid">[DOC ID]</span>]</footer>
//	</blockquote>
//
// TITLE is the document's title, or its id when it has none.
func (hw *htmlWriter) source(s *Source) {
	var d docMeta
	if m := hw.p.docs[s.Doc]; m != nil {
		if m.URL != "" && m.urlAttr == "" {
			mark := len(hw.buf)
			hw.url(m.URL)
			m.urlAttr = string(hw.buf[mark:])
			hw.buf = hw.buf[:mark]
		}
		d = *m
	}
	hw.str(`<blockquote class="evidence"`)
	if d.URL != "" {
		hw.str(` cite="`)
		hw.str(d.urlAttr)
		hw.str(`"`)
	}
	hw.str(">\n<p>")
	ms, n := highlights(s)
	pos := 0
	for _, m := range ms[:n] {
		hw.text(s.Text[pos:m.a])
		if m.date {
			hw.str(`<mark class="date">`)
		} else {
			hw.str(`<mark class="trigger">`)
		}
		hw.text(s.Text[m.a:m.b])
		hw.str("</mark>")
		pos = m.b
	}
	hw.text(s.Text[pos:])
	hw.str("</p>\n<footer>Source: ")
	title := d.Title
	if title == "" {
		title = s.Doc
	}
	if d.URL != "" {
		hw.str(`<a class="doc" href="`)
		hw.str(d.urlAttr)
		hw.str(`" rel="noopener noreferrer">`)
		hw.text(title)
		hw.str("</a>")
	} else {
		hw.str("<cite>")
		hw.text(title)
		hw.str("</cite>")
	}
	if d.Author != "" {
		hw.str(", by ")
		hw.text(d.Author)
	}
	if d.Date != "" {
		hw.str(", ")
		hw.text(d.Date)
	}
	if d.Title != "" {
		hw.str(` <span class="docid">[`)
		hw.text(s.Doc)
		hw.str("]</span>")
	}
	hw.str("</footer>\n</blockquote>")
}

// highlight splits the evidence sentence of s into plain, trigger and date
// pieces. Offsets that fall outside the sentence, inside a UTF-8 sequence or
// that overlap an earlier highlight are ignored, so bad offsets never break
// the page.
func highlight(s Source) []segment {
	type mark struct {
		a, b  int
		class string
	}
	var marks []mark
	if s.DateSpan != nil {
		if a, b, ok := relSpan(s, *s.DateSpan); ok {
			marks = append(marks, mark{a, b, "date"})
		}
	}
	if a, b, ok := relSpan(s, s.Trigger); ok {
		if len(marks) == 0 || b <= marks[0].a || a >= marks[0].b {
			marks = append(marks, mark{a, b, "trigger"})
		}
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].a < marks[j].a })
	var out []segment
	pos := 0
	for _, m := range marks {
		if m.a > pos {
			out = append(out, segment{Text: s.Text[pos:m.a]})
		}
		out = append(out, segment{Text: s.Text[m.a:m.b], Class: m.class})
		pos = m.b
	}
	if pos < len(s.Text) {
		out = append(out, segment{Text: s.Text[pos:]})
	}
	return out
}
