package timeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
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
// search. All text from tl is escaped by html/template.
func WriteHTML(w io.Writer, tl *Timeline, opt HTMLOptions) error {
	t, err := htmlTemplate()
	if err != nil {
		return err
	}
	page := buildPage(normalized(tl), opt)
	page.CSS, page.JS, page.ScriptHash = htmlAssets.css, htmlAssets.js, htmlAssets.hash
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
		sum := sha256.Sum256(js)
		htmlAssets.css = template.CSS(css) // trusted: embedded file
		htmlAssets.js = template.JS(js)    // trusted: embedded file
		htmlAssets.hash = "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
		htmlTmpl = t
	})
	return htmlTmpl, htmlErr
}

type htmlPage struct {
	Title      string
	CSS        template.CSS
	JS         template.JS
	ScriptHash string

	NEvents, NDocuments, NEntities int
	NDated, NYearUnknown, NUndated int

	Overview *overview
	Types    []typeView
	Years    []yearCount
	Entities []entityView
	Sections []sectionView
	MinYear  int
	MaxYear  int
	HasRange bool
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
	Events    []cardView
}

type cardView struct {
	ID, Type, Color       string
	Date, EDTF, DateTitle string
	Modality              string
	Headline              string
	Participants, Places  []entityView
	Killed, Injured       int
	Entities              string
	From, To              string
	Confidence            string
	Sources               []sourceView // shown
	MoreSources           []sourceView // folded away under a disclosure
}

// shownSources is how many sources a card shows before folding the rest.
const shownSources = 2

type sourceView struct {
	Segments []segment
	DocID    string
	Title    string
	URL      string
	DocDate  string
}

// segment is a piece of an evidence sentence; Class is "", "trigger" or
// "date".
type segment struct {
	Text  string
	Class string
}

func buildPage(tl *Timeline, opt HTMLOptions) *htmlPage {
	p := &htmlPage{Title: opt.Title, NEvents: len(tl.Events), NDocuments: len(tl.Documents), NEntities: len(tl.Entities)}
	if p.Title == "" {
		p.Title = "Timeline"
	}
	colors := typeColors(tl.Events)
	names := map[string]Entity{}
	for _, e := range tl.Entities {
		names[e.ID] = e
	}
	docs := documentIndex(tl)

	typeCount := map[string]int{}
	entCount := map[string]int{}
	var sections []sectionView
	secIndex := map[string]int{}
	yearCounts := map[int]int{}
	first := true
	for i := range tl.Events {
		ev := &tl.Events[i]
		typeCount[ev.Type]++
		c := cardView{
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
			dst *[]entityView
		}{{ev.Participants, &c.Participants}, {ev.Places, &c.Places}} {
			for _, id := range list.ids {
				e, ok := names[id]
				if !ok {
					e = Entity{ID: id, Name: id}
				}
				*list.dst = append(*list.dst, entityView{ID: e.ID, Name: e.Name, Type: string(e.Type)})
				if !containsStr(ids, id) {
					ids = append(ids, id)
					entCount[id]++
				}
			}
		}
		c.Entities = strings.Join(ids, " ")
		for _, s := range ev.Sources {
			sv := sourceView{Segments: highlight(s), DocID: s.Doc}
			if d, ok := docs[s.Doc]; ok {
				sv.Title, sv.URL, sv.DocDate = d.Title, safeURL(d.URL), d.Date.String()
			}
			if len(c.Sources) < shownSources {
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
			sections = append(sections, sectionView{ID: key, Title: title, Class: class, Note: note})
		}
		sections[si].Events = append(sections[si].Events, c)
	}
	// Dated sections in year order, then year-unknown, then undated.
	rank := func(s sectionView) int {
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
		p.Types = append(p.Types, typeView{Name: t, Color: colors[t], Count: n})
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
		p.Years = append(p.Years, yearCount{Label: s.Title, Anchor: s.ID, Count: n, Width: 4 + 76*n/maxCount})
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
	p.Overview = buildOverview(tl.Events, colors)
	return p
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
