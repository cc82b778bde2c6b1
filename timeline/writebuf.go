package timeline

import (
	"io"
	"math"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// sink buffers a writer's output and hands it to the destination in large
// writes, so that the writers stream: the memory they use does not grow with
// the size of the timeline. The first write error sticks and ends the work.
type sink struct {
	w   io.Writer
	buf []byte
	err error
}

// sinkSize is the size at which a sink passes its buffer on.
const sinkSize = 32 << 10

func newSink(w io.Writer) *sink {
	return &sink{w: w, buf: make([]byte, 0, sinkSize+sinkSize/2)}
}

// maybeFlush writes the buffer out once it is full enough.
func (s *sink) maybeFlush() {
	if len(s.buf) >= sinkSize {
		s.flush()
	}
}

// flush writes the buffer out and returns the first error so far.
func (s *sink) flush() error {
	if s.err == nil && len(s.buf) > 0 {
		_, s.err = s.w.Write(s.buf)
	}
	s.buf = s.buf[:0]
	return s.err
}

// Write makes the sink an io.Writer (for html/template), buffering p.
func (s *sink) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	s.buf = append(s.buf, p...)
	s.maybeFlush()
	return len(p), s.err
}

func (s *sink) str(v string) { s.buf = append(s.buf, v...) }

func (s *sink) int(n int) { s.buf = strconv.AppendInt(s.buf, int64(n), 10) }

// appendDay appends d.String() without allocating in the common case.
func appendDay(b []byte, d Day) []byte {
	if d.IsZero() {
		return b
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return append(b, d.String()...)
	}
	y := d.Year
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+d.Month/10), byte('0'+d.Month%10), '-')
	return append(b, byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// appendJSONString appends s as a JSON string exactly as encoding/json
// writes it: invalid UTF-8 becomes \ufffd, U+2028 and U+2029 are escaped,
// control characters use the short escapes where JSON has them, and with
// escapeHTML '<', '>' and '&' become \u003c, \u003e and \u0026.
func appendJSONString(b []byte, s string, escapeHTML bool) []byte {
	const hexDigits = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!escapeHTML || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendJSONFloat appends a finite f as encoding/json writes a float64:
// like ES6's number to string conversion.
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 -> e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// docMeta is what the writers show of a source document, computed once per
// document rather than once per event.
type docMeta struct {
	Title  string
	URL    string // safeURL of the document's URL
	Date   string // YYYY-MM-DD or ""
	Author string
	// urlAttr caches URL as WriteHTML writes it in an attribute.
	urlAttr string
}

func newDocMeta(d *DocumentInfo) *docMeta {
	return &docMeta{Title: d.Title, URL: safeURL(d.URL), Date: d.Date.String(), Author: d.Author}
}

// docMetaIndex finds what the writers show of a source's document: made
// from the document the build attached to the source, else from the first
// document of the timeline with the source's id (indexed, with the results
// kept, only when some source needs it).
type docMetaIndex struct {
	tl   *Timeline
	byID map[string]*docMeta
}

func docMetas(tl *Timeline) *docMetaIndex { return &docMetaIndex{tl: tl} }

func (x *docMetaIndex) of(s *Source) *docMeta {
	if s.doc != nil {
		return newDocMeta(s.doc)
	}
	if x.byID == nil {
		x.byID = make(map[string]*docMeta, len(x.tl.Documents))
		for i := range x.tl.Documents {
			d := &x.tl.Documents[i]
			if _, ok := x.byID[d.ID]; !ok {
				x.byID[d.ID] = newDocMeta(d)
			}
		}
	}
	return x.byID[s.Doc]
}

// hlMark is a highlighted piece of an evidence sentence: bytes [a, b) of
// the sentence, a trigger or a date.
type hlMark struct {
	a, b int
	date bool
}

// highlights returns the date and trigger pieces of the evidence sentence
// of s in sentence order, without allocating; highlight gives the same
// pieces as segments.
func highlights(s *Source) (ms [2]hlMark, n int) {
	if s.DateSpan != nil {
		if a, b, ok := relSpan(*s, *s.DateSpan); ok {
			ms[0] = hlMark{a, b, true}
			n = 1
		}
	}
	if a, b, ok := relSpan(*s, s.Trigger); ok {
		if n == 0 || b <= ms[0].a || a >= ms[0].b {
			ms[n] = hlMark{a, b, false}
			n++
		}
	}
	if n == 2 && ms[1].a < ms[0].a {
		ms[0], ms[1] = ms[1], ms[0]
	}
	return ms, n
}

// appendHTMLEscape appends s escaped as html.EscapeString does: <, >, &,
// ' and " become &lt;, &gt;, &amp;, &#39; and &#34;.
func appendHTMLEscape(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '"':
			esc = "&#34;"
		default:
			continue
		}
		b = append(b, s[start:i]...)
		b = append(b, esc...)
		start = i + 1
	}
	return append(b, s[start:]...)
}

// unsafeString views b as a string without copying; the string must not be
// used after b changes.
func unsafeString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}
