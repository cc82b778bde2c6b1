package timeline

import (
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
}

// WriteCSV writes one row per event (see EventRow for the columns), RFC 4180
// with CRLF line ends, UTF-8. Cells are made spreadsheet-safe with
// NeutralizeCell unless opt.Raw is set.
func WriteCSV(w io.Writer, tl *Timeline, opt CSVOptions) error {
	tl = normalized(tl)
	names := entityNames(tl)
	rows := make([]EventRow, 0, len(tl.Events))
	for i := range tl.Events {
		rows = append(rows, eventRow(&tl.Events[i], names))
	}
	return writeRows(w, rows, opt, "events")
}

func eventRow(ev *Event, names map[string]string) EventRow {
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

// WriteEntitiesCSV writes one row per entity (see EntityRow).
func WriteEntitiesCSV(w io.Writer, tl *Timeline, opt CSVOptions) error {
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
	return writeRows(w, rows, opt, "entities")
}

// WriteMentionsCSV writes one row per event source (see MentionRow).
func WriteMentionsCSV(w io.Writer, tl *Timeline, opt CSVOptions) error {
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
				r.DocTitle = d.Title
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
	return writeRows(w, rows, opt, "mentions")
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

// writeRows writes rows (a slice of one of the row structs) through gocsv
// over encoding/csv, applying the options to every cell.
func writeRows[T any](w io.Writer, rows []T, opt CSVOptions, what string) error {
	if opt.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return fmt.Errorf("timeline: write %s CSV: %w", what, err)
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	sw := &cellWriter{w: gocsv.NewSafeCSVWriter(cw), raw: opt.Raw}
	if err := gocsv.MarshalCSV(rows, sw); err != nil {
		return fmt.Errorf("timeline: write %s CSV: %w", what, err)
	}
	return nil
}

// cellWriter cleans every cell before handing the row to the CSV writer.
type cellWriter struct {
	w          *gocsv.SafeCSVWriter
	raw        bool
	pastHeader bool // the header row (first row) has been written
}

func (c *cellWriter) Write(row []string) error {
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

func (c *cellWriter) Flush()       { c.w.Flush() }
func (c *cellWriter) Error() error { return c.w.Error() }

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

func documentIndex(tl *Timeline) map[string]DocumentInfo {
	m := make(map[string]DocumentInfo, len(tl.Documents))
	for _, d := range tl.Documents {
		if _, ok := m[d.ID]; !ok {
			m[d.ID] = d
		}
	}
	return m
}
