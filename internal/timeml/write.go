package timeml

import (
	"bytes"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

// Fit returns the timexes as Write inserts them, in document order, with
// Text set from d.Text. A timex is dropped when its span lies outside the
// text or holds no letter or digit; leading and trailing spaces are
// trimmed; of overlapping timexes the one that starts first (the longer
// one on a tie) is kept.
//
// The other elements of TEXT (EVENT, SIGNAL ...) stay, so a timex must not
// cross their tags: when a start or end tag of an element falls strictly
// inside a timex, the timex is cut at every such tag and only one piece is
// kept — the one lying in the fewest elements that the timex only partly
// covers (text outside EVENT tags, in practice), then the one with the most
// letters and digits, then the first. Gold annotations never put an EVENT
// and a TIMEX3 over the same words, so the piece outside the EVENT is the
// one to compare. Tags that coincide with a timex's edges are fine: the
// TIMEX3 goes innermost, so it never contains another tag.
func (d *Document) Fit(tx []timeline.Timex) []timeline.Timex {
	// Boundaries of the elements that stay.
	var bounds []int
	var kept []timeline.Span
	for _, e := range d.Elements {
		if e.Name == "TIMEX3" {
			continue
		}
		bounds = append(bounds, e.Start, e.End)
		kept = append(kept, e.Span)
	}
	sort.Ints(bounds)
	var out []timeline.Timex
	for _, t := range tx {
		if t.Start < 0 || t.End > len(d.Text) || t.Start >= t.End {
			continue
		}
		sp, ok := d.fitSpan(t.Span, bounds, kept)
		if !ok {
			continue
		}
		t.Span = sp
		t.Text = d.Text[sp.Start:sp.End]
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	w := 0
	for _, t := range out {
		if w > 0 && t.Start < out[w-1].End {
			continue
		}
		out[w] = t
		w++
	}
	return out[:w]
}

// fitSpan cuts s at the element boundaries strictly inside it and picks a
// piece (see Fit).
func (d *Document) fitSpan(s timeline.Span, bounds []int, kept []timeline.Span) (timeline.Span, bool) {
	cuts := []int{s.Start}
	i := sort.SearchInts(bounds, s.Start+1)
	for ; i < len(bounds) && bounds[i] < s.End; i++ {
		if bounds[i] != cuts[len(cuts)-1] {
			cuts = append(cuts, bounds[i])
		}
	}
	cuts = append(cuts, s.End)
	best, bestDepth, bestAlnum := timeline.Span{}, 0, 0
	found := false
	for k := 0; k+1 < len(cuts); k++ {
		p, ok := d.trim(timeline.Span{Start: cuts[k], End: cuts[k+1]})
		if !ok {
			continue
		}
		depth := 0
		if len(cuts) > 2 {
			for _, e := range kept {
				if e.Contains(p) && !e.Contains(s) {
					depth++
				}
			}
		}
		n := alnumCount(d.Text[p.Start:p.End])
		if !found || depth < bestDepth || depth == bestDepth && n > bestAlnum {
			best, bestDepth, bestAlnum, found = p, depth, n, true
		}
	}
	return best, found
}

// trim removes spaces from both ends of s; ok is false when what remains
// has no letter or digit.
func (d *Document) trim(s timeline.Span) (timeline.Span, bool) {
	t := d.Text[s.Start:s.End]
	l := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
	r := len(strings.TrimRightFunc(t, unicode.IsSpace))
	if l >= r || alnumCount(t[l:r]) == 0 {
		return timeline.Span{}, false
	}
	return timeline.Span{Start: s.Start + l, End: s.Start + r}, true
}

func alnumCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

type edit struct {
	pos, del int // delete Raw[pos:pos+del] ...
	ins      string
	order    int // ... after inserting ins; edits at one pos sort by order
}

// Write writes the document with every TIMEX3 tag inside TEXT removed and
// the timexes tx (offsets into d.Text, as the tagger gives them) inserted
// as <TIMEX3 tid="tN" type=".." value=".." [mod=".."]>...</TIMEX3>, after
// Fit. Everything else, inside and outside TEXT, is written byte for byte
// as read; links (TLINK ...) that refer to removed TIMEX3 ids are left as
// they are. tids count from t1, skipping the DCT's tid.
func (d *Document) Write(w io.Writer, tx []timeline.Timex) error {
	_, err := w.Write(d.Render(tx))
	return err
}

// Render returns what Write writes.
func (d *Document) Render(tx []timeline.Timex) []byte {
	var edits []edit
	for _, e := range d.Elements {
		if e.Name != "TIMEX3" {
			continue
		}
		edits = append(edits, edit{pos: e.Open.Start, del: e.Open.Len(), order: 2})
		if !e.SelfClosing {
			edits = append(edits, edit{pos: e.Close.Start, del: e.Close.Len(), order: 2})
		}
	}
	dctID := ""
	if d.DCT != nil {
		dctID = d.DCT.Attr("tid")
	}
	n := 0
	for _, t := range d.Fit(tx) {
		n++
		id := "t" + strconv.Itoa(n)
		if id == dctID {
			n++
			id = "t" + strconv.Itoa(n)
		}
		var b strings.Builder
		b.WriteString(`<TIMEX3 tid="`)
		b.WriteString(id)
		b.WriteString(`" type="`)
		escapeAttr(&b, t.Type)
		b.WriteString(`" value="`)
		escapeAttr(&b, t.Value)
		if t.Mod != "" {
			b.WriteString(`" mod="`)
			escapeAttr(&b, t.Mod)
		}
		b.WriteString(`">`)
		edits = append(edits,
			d.insert(d.rawStart[t.Start], b.String(), 1),
			d.insert(d.rawEnd[t.End-1], "</TIMEX3>", 0))
	}
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].pos != edits[j].pos {
			return edits[i].pos < edits[j].pos
		}
		return edits[i].order < edits[j].order
	})
	var out bytes.Buffer
	out.Grow(len(d.Raw) + 64*len(tx))
	at := 0
	for _, e := range edits {
		if e.pos < at { // cannot happen for a parsed document; be safe
			continue
		}
		out.Write(d.Raw[at:e.pos])
		out.WriteString(e.ins)
		at = e.pos + e.del
	}
	out.Write(d.Raw[at:])
	return out.Bytes()
}

// insert returns the edit inserting tag at pos in Raw; inside a CDATA
// section the tag is put between the section's end and a new section.
func (d *Document) insert(pos int, tag string, order int) edit {
	for _, c := range d.cdata {
		if c.Start <= pos && pos <= c.End {
			tag = "]]>" + tag + "<![CDATA["
			break
		}
	}
	return edit{pos: pos, ins: tag, order: order}
}

func escapeAttr(b *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\n', '\r', '\t':
			b.WriteString("&#" + strconv.Itoa(int(r)) + ";")
		default:
			if r == utf8.RuneError || r < 0x20 {
				b.WriteRune(utf8.RuneError)
				continue
			}
			b.WriteRune(r)
		}
	}
}
