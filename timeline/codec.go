package timeline

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
)

// The disk-backed build (see Builder) keeps event mentions and built events
// in temporary files between its passes. They are written in this compact
// binary form, which only this package reads: varints for numbers, a
// length-prefixed string for text, a presence byte for optional values.

// errCorrupt reports a spill record that does not decode: a bug, or a
// temporary file changed under the build.
var errCorrupt = errors.New("timeline: corrupt temporary build record")

type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}
func (e *encoder) float(f float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(f)) }
func (e *encoder) day(d Day)       { e.int(d.Year); e.int(d.Month); e.int(d.Day) }
func (e *encoder) span(s Span)     { e.int(s.Start); e.int(s.End) }

func (e *encoder) spanPtr(s *Span) {
	e.bool(s != nil)
	if s != nil {
		e.span(*s)
	}
}

func (e *encoder) strs(list []string) {
	e.bool(list != nil)
	e.uint(uint64(len(list)))
	for _, s := range list {
		e.str(s)
	}
}

func (e *encoder) date(d *Date) {
	e.bool(d != nil)
	if d == nil {
		return
	}
	e.str(d.EDTF)
	e.str(d.TIMEX)
	e.day(d.Start)
	e.day(d.End)
	e.str(string(d.Precision))
	e.str(d.Text)
	e.str(string(d.Basis))
	e.bool(d.Approximate)
	e.bool(d.YearUnknown)
}

func (e *encoder) document(d *DocumentInfo) {
	e.str(d.ID)
	e.str(d.Title)
	e.day(d.Date)
	e.str(d.Source)
	e.str(d.URL)
	e.str(d.Author)
}

func (d *decoder) document() DocumentInfo {
	return DocumentInfo{ID: d.str(), Title: d.str(), Date: d.day(), Source: d.str(), URL: d.str(), Author: d.str()}
}

func (e *encoder) event(ev *Event) {
	e.str(ev.ID)
	e.str(ev.Type)
	e.str(ev.Headline)
	e.str(string(ev.Modality))
	e.date(ev.Date)
	e.strs(ev.Participants)
	e.strs(ev.Places)
	e.int(ev.Casualties.Killed)
	e.int(ev.Casualties.Injured)
	e.float(ev.Confidence)
	e.bool(ev.Sources != nil)
	e.uint(uint64(len(ev.Sources)))
	for i := range ev.Sources {
		s := &ev.Sources[i]
		e.str(s.Doc)
		e.str(s.Text)
		e.int(s.Start)
		e.int(s.End)
		e.span(s.Trigger)
		e.spanPtr(s.DateSpan)
		e.bool(s.doc != nil)
		if s.doc != nil {
			e.document(s.doc)
		}
	}
}

// decoder reads what encoder wrote; the first failure sticks in err and
// every later read returns a zero value.
type decoder struct {
	b   []byte
	err error
	// shared makes the strings share the record's memory instead of
	// copying each one: set only when the record is a copy nobody changes.
	shared bool
}

func (d *decoder) fail() { d.err, d.b = errCorrupt, nil }

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *decoder) str() string {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	var s string
	if d.shared {
		s = unsafeString(d.b[:n])
	} else {
		s = string(d.b[:n])
	}
	d.b = d.b[n:]
	return s
}

// bytes returns the next string's bytes without copying them (valid as
// long as the record is).
func (d *decoder) bytes() string {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := unsafeString(d.b[:n])
	d.b = d.b[n:]
	return s
}

// interned returns the next string, shared with equal ones through m.
func (d *decoder) interned(m map[string]string) string {
	b := d.bytes()
	if s, ok := m[b]; ok {
		return s
	}
	s := strings.Clone(b)
	m[s] = s
	return s
}

// modality returns the next string as a modality, without allocating for
// the known ones.
func (d *decoder) modality() Modality {
	m := Modality(d.bytes())
	for _, known := range [...]Modality{"", Asserted, Attempted, Planned, Negated, Hypothetical} {
		if m == known {
			return known
		}
	}
	return Modality(strings.Clone(string(m)))
}

// skipStr passes over a string without allocating it.
func (d *decoder) skipStr() {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return
	}
	d.b = d.b[n:]
}

func (d *decoder) bool() bool {
	if len(d.b) == 0 {
		d.fail()
		return false
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v != 0
}

func (d *decoder) float() float64 {
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

func (d *decoder) day() Day   { return Day{Year: d.int(), Month: d.int(), Day: d.int()} }
func (d *decoder) span() Span { return Span{Start: d.int(), End: d.int()} }
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.b)) { // every element takes at least a byte
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) spanPtr() *Span {
	if !d.bool() {
		return nil
	}
	s := d.span()
	return &s
}

func (d *decoder) strs() []string {
	present := d.bool()
	n := d.count()
	if !present {
		return nil
	}
	list := make([]string, n)
	for i := range list {
		list[i] = d.str()
	}
	return list
}

// date decodes a date; with light set it leaves out the texts the merge
// does not look at (TIMEX value and source text).
func (d *decoder) date(light bool) *Date {
	if !d.bool() {
		return nil
	}
	var t Date
	t.EDTF = d.str()
	if light {
		d.skipStr()
	} else {
		t.TIMEX = d.str()
	}
	t.Start = d.day()
	t.End = d.day()
	t.Precision = Precision(d.str())
	if light {
		d.skipStr()
	} else {
		t.Text = d.str()
	}
	t.Basis = Basis(d.str())
	t.Approximate = d.bool()
	t.YearUnknown = d.bool()
	return &t
}

func (d *decoder) event(ev *Event) {
	ev.ID = d.str()
	ev.Type = d.str()
	ev.Headline = d.str()
	ev.Modality = Modality(d.str())
	ev.Date = d.date(false)
	ev.Participants = d.strs()
	ev.Places = d.strs()
	ev.Casualties.Killed = d.int()
	ev.Casualties.Injured = d.int()
	ev.Confidence = d.float()
	present := d.bool()
	n := d.count()
	ev.Sources = nil
	if present {
		ev.Sources = make([]Source, n)
	}
	for i := 0; i < n && d.err == nil; i++ {
		var s Source
		s.Doc = d.str()
		s.Text = d.str()
		s.Start = d.int()
		s.End = d.int()
		s.Trigger = d.span()
		s.DateSpan = d.spanPtr()
		if d.bool() {
			doc := d.document()
			s.doc = &doc
		}
		if present {
			ev.Sources[i] = s
		}
	}
}
