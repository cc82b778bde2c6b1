package timeline

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/gocarina/gocsv"
)

// CSVOptions controls the CSV writers.
type CSVOptions struct {
	// BOM writes a UTF-8 byte order mark first, so that Excel reads the
	// file as UTF-8.
	BOM bool
	// Raw turns off formula neutralisation (see NeutralizeCell). Use it
	// only for files that will never be opened in a spreadsheet.
	Raw bool
}

// ListSep separates the values of a multi-valued CSV cell (participants,
// places, documents, evidence, aliases).
const ListSep = "; "

// EventRow is one row of the events CSV (timeline.csv). The column order is
// the field order and is part of the output contract:
//
//	id            event id (ev0001 ...)
//	date          EDTF (1952-04-09, 1967, 196X, -0489, 2009-12~, XXXX-11-10); empty when undated
//	start, end    first and last calendar day covered, YYYY-MM-DD (astronomical years, -0489-01-01 for 490 BC)
//	precision     day, month, year, decade ...
//	approximate   true when the text hedges the date ("around 2009")
//	year_unknown  true when the text gives no year and none could be inferred
//	date_text     the date as written in the text
//	basis         explicit, document, narrative, weekday or unresolved
//	type          event type (coup, election ...)
//	modality      asserted, attempted, planned, negated or hypothetical
//	headline      short description
//	text          evidence sentence of the first source
//	participants  entity names, "; "-separated
//	places        entity names, "; "-separated
//	killed        people killed (0 when not reported)
//	injured       people injured
//	confidence    0..1
//	documents     ids of the documents that report the event, "; "-separated
//	evidence      every source as doc:start-end (byte offsets of the sentence), "; "-separated
type EventRow struct {
	ID           string `csv:"id"`
	Date         string `csv:"date"`
	Start        string `csv:"start"`
	End          string `csv:"end"`
	Precision    string `csv:"precision"`
	Approximate  string `csv:"approximate"`
	YearUnknown  string `csv:"year_unknown"`
	DateText     string `csv:"date_text"`
	Basis        string `csv:"basis"`
	Type         string `csv:"type"`
	Modality     string `csv:"modality"`
	Headline     string `csv:"headline"`
	Text         string `csv:"text"`
	Participants string `csv:"participants"`
	Places       string `csv:"places"`
	Killed       string `csv:"killed"`
	Injured      string `csv:"injured"`
	Confidence   string `csv:"confidence"`
	Documents    string `csv:"documents"`
	Evidence     string `csv:"evidence"`
}

// EntityRow is one row of the entities CSV: id, name, type, aliases
// ("; "-separated), mentions (count over the corpus) and events (number of
// timeline events that name the entity as participant or place).
type EntityRow struct {
	ID       string `csv:"id"`
	Name     string `csv:"name"`
	Type     string `csv:"type"`
	Aliases  string `csv:"aliases"`
	Mentions string `csv:"mentions"`
	Events   string `csv:"events"`
}

// MentionRow is one row of the mentions CSV, one per event source, for
// auditing: where in which document the event was read. Offsets are byte
// offsets into the document text; trigger and date_text are cut from the
// sentence and are empty when their offsets fall outside it.
type MentionRow struct {
	EventID       string `csv:"event_id"`
	EventType     string `csv:"event_type"`
	Date          string `csv:"date"`
	Doc           string `csv:"doc"`
	DocTitle      string `csv:"doc_title"`
	SentenceStart string `csv:"sentence_start"`
	SentenceEnd   string `csv:"sentence_end"`
	TriggerStart  string `csv:"trigger_start"`
	TriggerEnd    string `csv:"trigger_end"`
	Trigger       string `csv:"trigger"`
	DateStart     string `csv:"date_start"`
	DateEnd       string `csv:"date_end"`
	DateText      string `csv:"date_text"`
	Sentence      string `csv:"sentence"`
	// DocSource is where the document came from (file, with :line for
	// JSONL and CSV rows), to find the row behind an event.
	DocSource string `csv:"doc_source"`
}

// WriteCSV writes one row per event (see EventRow for the columns), RFC 4180
// with CRLF line ends, UTF-8. Cells are made spreadsheet-safe with
// NeutralizeCell unless opt.Raw is set. Rows are written as they are made.
func WriteCSV(w io.Writer, tl *Timeline, opt CSVOptions) error {
	if tl == nil {
		tl = &Timeline{}
	}
	rw, err := newRowWriter[EventRow](w, opt, "events")
	if err != nil {
		return err
	}
	names := entityNames(tl)
	var a arena
	err = tl.EachEvent(func(ev *Event) error {
		r := eventRow(&a, ev, names)
		rw.write(&r)
		return rw.err()
	})
	if err != nil {
		return fmt.Errorf("timeline: write events CSV: %w", err)
	}
	return rw.close()
}

// arena collects the computed cells of one row in a single buffer, so
// that a row costs one allocation instead of one per cell. Cells are
// recorded as offsets and turned into strings by strings once the row is
// complete.
type arena struct {
	b   []byte
	off []int
}

func (a *arena) reset() { a.b, a.off = a.b[:0], a.off[:0] }

// mark records the end of a cell and returns its index.
func (a *arena) mark() int {
	a.off = append(a.off, len(a.b))
	return len(a.off) - 1
}

// strings copies the buffer into one string and returns the cells.
func (a *arena) strings(dst []string) []string {
	s := string(a.b)
	prev := 0
	for _, end := range a.off {
		dst = append(dst, s[prev:end])
		prev = end
	}
	return dst
}

func eventRow(a *arena, ev *Event, names map[string]string) EventRow {
	mod := ev.Modality
	if mod == "" {
		mod = Asserted
	}
	r := EventRow{
		ID:       ev.ID,
		Type:     ev.Type,
		Modality: string(mod),
		Headline: ev.Headline,
	}
	a.reset()
	for i, id := range ev.Participants {
		if i > 0 {
			a.b = append(a.b, ListSep...)
		}
		a.b = appendName(a.b, id, names)
	}
	a.mark()
	for i, id := range ev.Places {
		if i > 0 {
			a.b = append(a.b, ListSep...)
		}
		a.b = appendName(a.b, id, names)
	}
	a.mark()
	a.b = strconv.AppendInt(a.b, int64(ev.Casualties.Killed), 10)
	a.mark()
	a.b = strconv.AppendInt(a.b, int64(ev.Casualties.Injured), 10)
	a.mark()
	a.b = strconv.AppendFloat(a.b, clamp01(ev.Confidence), 'f', -1, 64)
	a.mark()
	for i := range ev.Sources {
		s := &ev.Sources[i]
		dup := false
		for j := range ev.Sources[:i] {
			if ev.Sources[j].Doc == s.Doc {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		if i > 0 {
			a.b = append(a.b, ListSep...)
		}
		a.b = append(a.b, s.Doc...)
	}
	a.mark()
	for i := range ev.Sources {
		s := &ev.Sources[i]
		if i > 0 {
			a.b = append(a.b, ListSep...)
		}
		a.b = append(a.b, s.Doc...)
		a.b = append(a.b, ':')
		a.b = strconv.AppendInt(a.b, int64(s.Start), 10)
		a.b = append(a.b, '-')
		a.b = strconv.AppendInt(a.b, int64(s.End), 10)
	}
	a.mark()
	if d := ev.Date; d != nil {
		a.b = appendDay(a.b, d.Start)
		a.mark()
		a.b = appendDay(a.b, d.End)
		a.mark()
	}
	var cells [9]string
	c := a.strings(cells[:0])
	r.Participants, r.Places, r.Killed, r.Injured, r.Confidence, r.Documents, r.Evidence = c[0], c[1], c[2], c[3], c[4], c[5], c[6]
	if d := ev.Date; d != nil {
		r.Date = d.EDTF
		r.Start, r.End = c[7], c[8]
		r.Precision = string(d.Precision)
		r.Approximate = strconv.FormatBool(d.Approximate)
		r.YearUnknown = strconv.FormatBool(d.YearUnknown || !d.Known())
		r.DateText = d.Text
		r.Basis = string(d.Basis)
	}
	if len(ev.Sources) > 0 {
		r.Text = ev.Sources[0].Text
	}
	return r
}

// appendName appends the name of entity id, or the id when unknown.
func appendName(b []byte, id string, names map[string]string) []byte {
	if n, ok := names[id]; ok {
		return append(b, n...)
	}
	return append(b, id...)
}

// WriteEntitiesCSV writes one row per entity (see EntityRow).
func WriteEntitiesCSV(w io.Writer, tl *Timeline, opt CSVOptions) error {
	if tl == nil {
		tl = &Timeline{}
	}
	rw, err := newRowWriter[EntityRow](w, opt, "entities")
	if err != nil {
		return err
	}
	count := make(map[string]int, len(tl.Entities))
	err = tl.EachEvent(func(ev *Event) error {
		for j, id := range ev.Participants {
			if !containsStr(ev.Participants[:j], id) {
				count[id]++
			}
		}
		for j, id := range ev.Places {
			if !containsStr(ev.Participants, id) && !containsStr(ev.Places[:j], id) {
				count[id]++
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("timeline: write entities CSV: %w", err)
	}
	var a arena
	for i := range tl.Entities {
		e := &tl.Entities[i]
		a.reset()
		for j, al := range e.Aliases {
			if j > 0 {
				a.b = append(a.b, ListSep...)
			}
			a.b = append(a.b, al...)
		}
		a.mark()
		a.b = strconv.AppendInt(a.b, int64(e.Mentions), 10)
		a.mark()
		a.b = strconv.AppendInt(a.b, int64(count[e.ID]), 10)
		a.mark()
		var cells [3]string
		c := a.strings(cells[:0])
		rw.write(&EntityRow{ID: e.ID, Name: e.Name, Type: string(e.Type), Aliases: c[0], Mentions: c[1], Events: c[2]})
	}
	return rw.close()
}

// WriteMentionsCSV writes one row per event source (see MentionRow).
func WriteMentionsCSV(w io.Writer, tl *Timeline, opt CSVOptions) error {
	if tl == nil {
		tl = &Timeline{}
	}
	rw, err := newRowWriter[MentionRow](w, opt, "mentions")
	if err != nil {
		return err
	}
	docs := documentIndex(tl)
	var a arena
	err = tl.EachEvent(func(ev *Event) error {
		for j := range ev.Sources {
			s := &ev.Sources[j]
			a.reset()
			for _, n := range [...]int{s.Start, s.End, s.Trigger.Start, s.Trigger.End} {
				a.b = strconv.AppendInt(a.b, int64(n), 10)
				a.mark()
			}
			if s.DateSpan != nil {
				a.b = strconv.AppendInt(a.b, int64(s.DateSpan.Start), 10)
				a.mark()
				a.b = strconv.AppendInt(a.b, int64(s.DateSpan.End), 10)
				a.mark()
			}
			var cells [6]string
			c := a.strings(cells[:0])
			r := MentionRow{
				EventID:       ev.ID,
				EventType:     ev.Type,
				Doc:           s.Doc,
				SentenceStart: c[0],
				SentenceEnd:   c[1],
				TriggerStart:  c[2],
				TriggerEnd:    c[3],
				Trigger:       cut(*s, s.Trigger),
				Sentence:      s.Text,
			}
			if ev.Date != nil {
				r.Date = ev.Date.EDTF
			}
			if d, ok := docs[s.Doc]; ok {
				r.DocTitle, r.DocSource = d.Title, d.Source
			}
			if s.DateSpan != nil {
				r.DateStart, r.DateEnd = c[4], c[5]
				r.DateText = cut(*s, *s.DateSpan)
			}
			rw.write(&r)
		}
		return rw.err()
	})
	if err != nil {
		return fmt.Errorf("timeline: write mentions CSV: %w", err)
	}
	return rw.close()
}

// cut returns the part of the source sentence that the document span sp
// covers, or "" when sp does not lie within the sentence or does not fall
// on UTF-8 boundaries.
func cut(s Source, sp Span) string {
	a, b, ok := relSpan(s, sp)
	if !ok {
		return ""
	}
	return s.Text[a:b]
}

// relSpan converts the document span sp to offsets in s.Text.
func relSpan(s Source, sp Span) (int, int, bool) {
	a, b := sp.Start-s.Start, sp.End-s.Start
	if a < 0 || b <= a || b > len(s.Text) || s.End-s.Start != len(s.Text) {
		return 0, 0, false
	}
	if !runeStart(s.Text, a) || !runeStart(s.Text, b) {
		return 0, 0, false
	}
	return a, b, true
}

func runeStart(s string, i int) bool {
	return i == len(s) || s[i]&0xC0 != 0x80
}

// csvRow is implemented by the row types: cells appends the row's cells in
// column order (the order of the struct fields, which gocsv maps to the
// header; TestWritersMatchReference checks that the two agree).
type csvRow interface {
	cells(dst []string) []string
}

// rowWriter streams rows of one row type over encoding/csv: gocsv supplies
// the header from the struct tags, and every row goes out as soon as it is
// made, with no reflection per row.
type rowWriter struct {
	cw   *csv.Writer
	raw  bool
	rec  []string
	what string
}

// newRowWriter writes the BOM (when asked) and the header row of T.
func newRowWriter[T any](w io.Writer, opt CSVOptions, what string) (*rowWriter, error) {
	if opt.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return nil, fmt.Errorf("timeline: write %s CSV: %w", what, err)
		}
	}
	var h headerCapture
	if err := gocsv.MarshalCSV([]T{}, &h); err != nil {
		return nil, fmt.Errorf("timeline: write %s CSV: %w", what, err)
	}
	cw := csv.NewWriter(&crlfRecords{w: w})
	rw := &rowWriter{cw: cw, raw: opt.Raw, what: what}
	for i, v := range h.header {
		h.header[i] = normalizeNewlines(v)
	}
	_ = cw.Write(h.header) // errors stick in cw and are reported by close
	return rw, nil
}

// write writes one row, its cells cleaned by normalizeNewlines and, unless
// raw, NeutralizeCell.
func (rw *rowWriter) write(r csvRow) {
	rw.rec = r.cells(rw.rec[:0])
	for i, v := range rw.rec {
		v = normalizeNewlines(v)
		if !rw.raw {
			v = NeutralizeCell(v)
		}
		rw.rec[i] = v
	}
	_ = rw.cw.Write(rw.rec)
}

// err returns the first write error so far.
func (rw *rowWriter) err() error { return rw.cw.Error() }

func (rw *rowWriter) close() error {
	rw.cw.Flush()
	if err := rw.cw.Error(); err != nil {
		return fmt.Errorf("timeline: write %s CSV: %w", rw.what, err)
	}
	return nil
}

// headerCapture is a gocsv.CSVWriter that keeps the header row.
type headerCapture struct{ header []string }

func (h *headerCapture) Write(row []string) error {
	if h.header == nil {
		h.header = append([]string{}, row...)
	}
	return nil
}
func (h *headerCapture) Flush()       {}
func (h *headerCapture) Error() error { return nil }

func (r *EventRow) cells(dst []string) []string {
	return append(dst, r.ID, r.Date, r.Start, r.End, r.Precision, r.Approximate, r.YearUnknown, r.DateText,
		r.Basis, r.Type, r.Modality, r.Headline, r.Text, r.Participants, r.Places, r.Killed, r.Injured,
		r.Confidence, r.Documents, r.Evidence)
}

func (r *EntityRow) cells(dst []string) []string {
	return append(dst, r.ID, r.Name, r.Type, r.Aliases, r.Mentions, r.Events)
}

func (r *MentionRow) cells(dst []string) []string {
	return append(dst, r.EventID, r.EventType, r.Date, r.Doc, r.DocTitle, r.SentenceStart, r.SentenceEnd,
		r.TriggerStart, r.TriggerEnd, r.Trigger, r.DateStart, r.DateEnd, r.DateText, r.Sentence, r.DocSource)
}

func (r *TLJSRow) cells(dst []string) []string {
	return append(dst, r.Year, r.Month, r.Day, r.Time, r.EndYear, r.EndMonth, r.EndDay, r.EndTime,
		r.DisplayDate, r.Headline, r.Text, r.Media, r.MediaCredit, r.MediaCaption, r.MediaThumbnail,
		r.Type, r.Group, r.Background)
}

// crlfRecords ends CSV records with CRLF (RFC 4180) while line breaks
// inside quoted cells stay LF. encoding/csv's UseCRLF would turn those into
// CRLF too, and readers that keep a cell's bytes (Python's csv, pandas)
// would then give back "\r\n" where the text had "\n". It follows the
// quoting of encoding/csv's output: a doubled quote toggles twice.
type crlfRecords struct {
	w       io.Writer
	inQuote bool
	buf     []byte
}

func (c *crlfRecords) Write(p []byte) (int, error) {
	c.buf = c.buf[:0]
	rest := p
	for {
		i := bytes.IndexAny(rest, "\"\n")
		if i < 0 {
			c.buf = append(c.buf, rest...)
			break
		}
		c.buf = append(c.buf, rest[:i]...)
		if rest[i] == '"' {
			c.inQuote = !c.inQuote
		} else if !c.inQuote {
			c.buf = append(c.buf, '\r')
		}
		c.buf = append(c.buf, rest[i])
		rest = rest[i+1:]
	}
	if _, err := c.w.Write(c.buf); err != nil {
		return 0, err
	}
	return len(p), nil
}

// normalizeNewlines turns CRLF and lone CR into LF: encoding/csv cannot
// carry a carriage return through a round trip, and spreadsheets treat all
// three alike.
func normalizeNewlines(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// NeutralizeCell makes a cell safe to open in a spreadsheet: a cell whose
// first character, or first character after leading white space, is
// '=', '+', '-' or '@', or that begins with a tab or carriage return, gets a
// single quote in front so that it is shown as text and never evaluated as a
// formula. Plain numbers ("-3", "+1.5") are left alone: a spreadsheet reads
// them as numbers, not formulas.
func NeutralizeCell(s string) string {
	if s == "" {
		return s
	}
	switch c := s[0]; c {
	case '=', '+', '-', '@', ' ', '\t', '\r', '\n':
	default:
		return s // the common case: nothing to trim, nothing to guard
	}
	switch s[0] {
	case '\t', '\r':
		return "'" + s
	}
	t := strings.TrimLeft(s, " \t\r\n")
	if t == "" {
		return s
	}
	switch t[0] {
	case '=', '+', '-', '@':
		if t == s && plainNumber(s) {
			return s
		}
		return "'" + s
	}
	return s
}

func plainNumber(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	digits, dot := 0, false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
			digits++
		case s[i] == '.' && !dot && digits > 0:
			dot = true
		default:
			return false
		}
	}
	return digits > 0 && s[len(s)-1] != '.'
}

func containsStr(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// entityNames maps entity ids to names.
func entityNames(tl *Timeline) map[string]string {
	m := make(map[string]string, len(tl.Entities))
	for _, e := range tl.Entities {
		m[e.ID] = e.Name
	}
	return m
}

// joinNames joins the names of the entities ids, falling back to the id
// for an unknown entity.
func joinNames(ids []string, names map[string]string) string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if n, ok := names[id]; ok {
			out = append(out, n)
		} else {
			out = append(out, id)
		}
	}
	return strings.Join(out, ListSep)
}

func documentIndex(tl *Timeline) map[string]*DocumentInfo {
	m := make(map[string]*DocumentInfo, len(tl.Documents))
	for i := range tl.Documents {
		if d := &tl.Documents[i]; m[d.ID] == nil {
			m[d.ID] = d
		}
	}
	return m
}
