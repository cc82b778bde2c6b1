// Package timeml reads and writes TimeML documents (the format of TimeBank,
// AQUAINT and the TempEval-3 data) and scores TIMEX3 annotations with the
// TempEval-3 Task A rules.
//
// A document is read into its document creation time (the TIMEX3 inside
// <DCT>), the content of <TEXT> with every tag removed and XML entities
// decoded, and the elements (TIMEX3, EVENT, SIGNAL ...) found inside TEXT
// with their spans in that text. Offsets are byte offsets into the decoded,
// tag-free text, the same offsets the project's tagger produces, and the
// document keeps a mapping back to the original bytes so that writing it
// again changes nothing but the TIMEX3 tags.
package timeml

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

// Error is an error in a TimeML file, or in scoring one, with its position.
type Error struct {
	File string
	Line int // 1-based; 0 when the error has no single position
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.File == "":
		return "timeml: " + e.Msg
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// Attr is one attribute of a tag, its value with entities decoded.
type Attr struct {
	Name, Value string
}

// Element is one element inside <TEXT>.
type Element struct {
	Name  string
	Attrs []Attr
	// Span is the element's content in Document.Text.
	timeline.Span
	// Open and Close are the byte ranges of the start and end tags in
	// Document.Raw; for a self-closing tag both are the tag itself.
	Open, Close timeline.Span
	SelfClosing bool
	// Children counts the elements directly inside this one.
	Children int
}

// Attr returns the value of the named attribute, or "".
func (e *Element) Attr(name string) string {
	for _, a := range e.Attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}

// Document is a parsed TimeML document.
type Document struct {
	// Name is the file name used in errors and to pair gold and system files.
	Name string
	// Raw is the file as read; Document never modifies it.
	Raw []byte
	// DCT is the TIMEX3 element inside <DCT>, nil when there is none. Its
	// Span is zero: the DCT lies outside TEXT.
	DCT *Element
	// Ref is the DCT value as a day when it starts with YYYY-MM-DD; zero
	// otherwise.
	Ref timeline.Day
	// Text is the content of <TEXT> with every tag removed and entities
	// decoded.
	Text string
	// Elements are the elements inside TEXT in the order of their start tags.
	Elements []Element

	// TextRaw is the byte range of TEXT's content in Raw.
	TextRaw timeline.Span
	// rawStart[i] and rawEnd[i] give the byte range in Raw that produced
	// byte i of Text (an entity such as &amp; produces one byte from five).
	rawStart, rawEnd []int
	// cdata are the contents of CDATA sections inside TEXT, in Raw.
	cdata []timeline.Span
}

// ReadFile reads and parses the TimeML file at path; the document is named
// by path.
func ReadFile(path string) (*Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, b)
}

// Timexes returns the TIMEX3 elements inside TEXT that the TempEval-3 rules
// count: not self-closing and with no element inside. Their spans are in
// d.Text; Mod is the mod attribute.
func (d *Document) Timexes() []timeline.Timex {
	var out []timeline.Timex
	for i := range d.Elements {
		e := &d.Elements[i]
		if e.Name != "TIMEX3" || e.SelfClosing || e.Children > 0 {
			continue
		}
		out = append(out, timeline.Timex{
			Span:  e.Span,
			Text:  d.Text[e.Start:e.End],
			Type:  e.Attr("type"),
			Value: e.Attr("value"),
			Mod:   e.Attr("mod"),
		})
	}
	return out
}

// Spans returns the spans of the elements named name inside TEXT.
func (d *Document) Spans(name string) []timeline.Span {
	var out []timeline.Span
	for _, e := range d.Elements {
		if e.Name == name {
			out = append(out, e.Span)
		}
	}
	return out
}

// LineOf returns the 1-based line of byte offset off in Raw.
func (d *Document) LineOf(off int) int {
	off = min(max(off, 0), len(d.Raw))
	return bytes.Count(d.Raw[:off], []byte{'\n'}) + 1
}

// TextLine returns the 1-based line in Raw of byte offset off in Text.
func (d *Document) TextLine(off int) int {
	if off >= len(d.rawStart) {
		return d.LineOf(d.TextRaw.End)
	}
	return d.LineOf(d.rawStart[off])
}

// parser state.
type parser struct {
	d   *Document
	src []byte
	pos int

	text  []byte
	stack []int // indexes into d.Elements of open elements inside TEXT

	inText   bool
	textSeen bool
	dctDepth int // >0 while inside <DCT>
}

func (p *parser) errAt(off int, format string, args ...any) *Error {
	return &Error{File: p.d.Name, Line: p.d.LineOf(off), Msg: fmt.Sprintf(format, args...)}
}

// Parse parses a TimeML document. name is used in errors. The document
// must have exactly one <TEXT> element, and the tags inside it must nest.
// Outside TEXT only tags are recognised; their nesting is not checked.
func Parse(name string, src []byte) (*Document, error) {
	d := &Document{Name: name, Raw: src}
	p := &parser{d: d, src: src}
	if err := p.run(); err != nil {
		return nil, err
	}
	d.Text = string(p.text)
	if d.DCT != nil {
		v := d.DCT.Attr("value")
		if len(v) >= 10 {
			if day, err := timeline.ParseDay(v[:10]); err == nil {
				d.Ref = day
			}
		}
	}
	return d, nil
}

func (p *parser) run() error {
	src := p.src
	for p.pos < len(src) {
		lt := bytes.IndexByte(src[p.pos:], '<')
		if lt < 0 {
			if p.inText {
				p.chars(p.pos, len(src))
			}
			p.pos = len(src)
			break
		}
		if p.inText {
			p.chars(p.pos, p.pos+lt)
		}
		p.pos += lt
		if err := p.markup(); err != nil {
			return err
		}
	}
	if p.inText {
		return p.errAt(len(src), "<TEXT> is not closed")
	}
	if !p.textSeen {
		return &Error{File: p.d.Name, Msg: "no <TEXT> element"}
	}
	return nil
}

// markup handles the markup starting at p.pos (which is '<').
func (p *parser) markup() error {
	src, start := p.src, p.pos
	rest := src[start:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		end := bytes.Index(rest[4:], []byte("-->"))
		if end < 0 {
			return p.errAt(start, "comment is not closed")
		}
		p.pos = start + 4 + end + 3
		return nil
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		end := bytes.Index(rest[9:], []byte("]]>"))
		if end < 0 {
			return p.errAt(start, "CDATA section is not closed")
		}
		if p.inText {
			p.d.cdata = append(p.d.cdata, timeline.Span{Start: start + 9, End: start + 9 + end})
			for i := start + 9; i < start+9+end; i++ {
				p.emit(src[i], i, i+1)
			}
		}
		p.pos = start + 9 + end + 3
		return nil
	case bytes.HasPrefix(rest, []byte("<?")):
		end := bytes.Index(rest[2:], []byte("?>"))
		if end < 0 {
			return p.errAt(start, "processing instruction is not closed")
		}
		p.pos = start + 2 + end + 2
		return nil
	case bytes.HasPrefix(rest, []byte("<!")):
		end := bytes.IndexByte(rest, '>')
		if end < 0 {
			return p.errAt(start, "declaration is not closed")
		}
		if p.inText {
			return p.errAt(start, "declaration inside <TEXT>")
		}
		p.pos = start + end + 1
		return nil
	}
	t, err := p.tag()
	if err != nil {
		return err
	}
	return p.handle(t, start)
}

type tag struct {
	name        string
	attrs       []Attr
	closing     bool
	selfClosing bool
	end         int // offset just after '>'
}

func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c == '.' || c == ':' || c >= 0x80 ||
		c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// tag parses the tag at p.pos and advances past it.
func (p *parser) tag() (tag, error) {
	src, start := p.src, p.pos
	i := start + 1
	var t tag
	if i < len(src) && src[i] == '/' {
		t.closing = true
		i++
	}
	n := i
	for i < len(src) && isNameByte(src[i]) {
		i++
	}
	if i == n {
		return t, p.errAt(start, "'<' does not start a tag (write &lt; in text)")
	}
	t.name = string(src[n:i])
	for {
		for i < len(src) && isSpace(src[i]) {
			i++
		}
		if i >= len(src) {
			return t, p.errAt(start, "tag <%s is not closed", t.name)
		}
		switch c := src[i]; {
		case c == '>':
			t.end = i + 1
			p.pos = t.end
			return t, nil
		case c == '/' && !t.closing && i+1 < len(src) && src[i+1] == '>':
			t.selfClosing = true
			t.end = i + 2
			p.pos = t.end
			return t, nil
		case t.closing || !isNameByte(c):
			return t, p.errAt(i, "unexpected %q in tag <%s", rune(c), t.name)
		}
		a := i
		for i < len(src) && isNameByte(src[i]) {
			i++
		}
		an := string(src[a:i])
		for i < len(src) && isSpace(src[i]) {
			i++
		}
		if i >= len(src) || src[i] != '=' {
			return t, p.errAt(i, "attribute %s of <%s> has no value", an, t.name)
		}
		i++
		for i < len(src) && isSpace(src[i]) {
			i++
		}
		if i >= len(src) || (src[i] != '"' && src[i] != '\'') {
			return t, p.errAt(i, "attribute %s of <%s> is not quoted", an, t.name)
		}
		q := src[i]
		vEnd := bytes.IndexByte(src[i+1:], q)
		if vEnd < 0 {
			return t, p.errAt(i, "attribute %s of <%s> is not closed", an, t.name)
		}
		raw := src[i+1 : i+1+vEnd]
		if bytes.IndexByte(raw, '<') >= 0 {
			return t, p.errAt(i, "'<' in attribute %s of <%s>", an, t.name)
		}
		t.attrs = append(t.attrs, Attr{Name: an, Value: decodeString(raw)})
		i += 1 + vEnd + 1
	}
}

func (p *parser) handle(t tag, start int) error {
	d := p.d
	span := timeline.Span{Start: start, End: t.end}
	if !p.inText {
		switch {
		case t.name == "TEXT" && !t.closing:
			if p.textSeen {
				return p.errAt(start, "second <TEXT> element")
			}
			p.inText, p.textSeen = !t.selfClosing, true
			d.TextRaw = timeline.Span{Start: t.end, End: t.end}
			if end := bytes.Index(p.src[t.end:], []byte("</TEXT>")); end > 0 {
				p.text = slices.Grow(p.text, end)
				d.rawStart = slices.Grow(d.rawStart, end)
				d.rawEnd = slices.Grow(d.rawEnd, end)
			}
		case t.name == "TEXT":
			return p.errAt(start, "</TEXT> without <TEXT>")
		case t.name == "DCT" && !t.selfClosing:
			if t.closing {
				p.dctDepth = max(p.dctDepth-1, 0)
			} else {
				p.dctDepth++
			}
		case t.name == "TIMEX3" && !t.closing && p.dctDepth > 0 && d.DCT == nil:
			d.DCT = &Element{Name: t.name, Attrs: t.attrs, Open: span, Close: span, SelfClosing: t.selfClosing}
		case t.name == "TIMEX3" && t.closing && d.DCT != nil && d.DCT.Close == d.DCT.Open && !d.DCT.SelfClosing:
			d.DCT.Close = span
		}
		return nil
	}
	pos := len(p.text)
	if t.closing {
		if len(p.stack) == 0 {
			if t.name != "TEXT" {
				return p.errAt(start, "</%s> without a start tag", t.name)
			}
			p.inText = false
			d.TextRaw.End = start
			return nil
		}
		top := &d.Elements[p.stack[len(p.stack)-1]]
		if top.Name != t.name {
			return p.errAt(start, "</%s> closes <%s> (opened on line %d)", t.name, top.Name, d.LineOf(top.Open.Start))
		}
		top.End = pos
		top.Close = span
		p.stack = p.stack[:len(p.stack)-1]
		return nil
	}
	if len(p.stack) > 0 {
		d.Elements[p.stack[len(p.stack)-1]].Children++
	}
	e := Element{Name: t.name, Attrs: t.attrs, Span: timeline.Span{Start: pos, End: pos}, Open: span, SelfClosing: t.selfClosing}
	if t.selfClosing {
		e.Close = span
		d.Elements = append(d.Elements, e)
		return nil
	}
	if t.name == "TEXT" {
		return p.errAt(start, "<TEXT> inside <TEXT>")
	}
	d.Elements = append(d.Elements, e)
	p.stack = append(p.stack, len(d.Elements)-1)
	return nil
}

func (p *parser) emit(c byte, rs, re int) {
	p.text = append(p.text, c)
	p.d.rawStart = append(p.d.rawStart, rs)
	p.d.rawEnd = append(p.d.rawEnd, re)
}

// chars appends the character data src[from:to] to the text,
// decoding entities. An '&' that does not start a known entity is kept as
// it is (TimeML files in the wild contain bare ampersands).
func (p *parser) chars(from, to int) {
	src := p.src
	for i := from; i < to; {
		c := src[i]
		if c == '&' {
			if r, n := entity(src[i:to]); n > 0 {
				var buf [utf8.UTFMax]byte
				k := utf8.EncodeRune(buf[:], r)
				for j := 0; j < k; j++ {
					p.emit(buf[j], i, i+n)
				}
				i += n
				continue
			}
		}
		p.emit(c, i, i+1)
		i++
	}
}

var namedEntities = map[string]rune{"amp": '&', "lt": '<', "gt": '>', "quot": '"', "apos": '\''}

// entity decodes the entity at the start of b, returning the rune and the
// number of bytes it used, or n == 0 when b does not start with one.
func entity(b []byte) (r rune, n int) {
	semi := bytes.IndexByte(b, ';')
	if len(b) < 3 || b[0] != '&' || semi < 2 || semi > 12 {
		return 0, 0
	}
	body := string(b[1:semi])
	if body[0] == '#' {
		var v uint64
		var err error
		if len(body) > 1 && (body[1] == 'x' || body[1] == 'X') {
			v, err = strconv.ParseUint(body[2:], 16, 32)
		} else {
			v, err = strconv.ParseUint(body[1:], 10, 32)
		}
		if err != nil || v == 0 || v > utf8.MaxRune || !utf8.ValidRune(rune(v)) {
			return 0, 0
		}
		return rune(v), semi + 1
	}
	if r, ok := namedEntities[body]; ok {
		return r, semi + 1
	}
	return 0, 0
}

func decodeString(b []byte) string {
	if bytes.IndexByte(b, '&') < 0 {
		return string(b)
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		if b[i] == '&' {
			if r, n := entity(b[i:]); n > 0 {
				sb.WriteRune(r)
				i += n
				continue
			}
		}
		sb.WriteByte(b[i])
		i++
	}
	return sb.String()
}
