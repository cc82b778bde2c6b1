package event

import (
	"fmt"
	"strconv"

	"github.com/timelinekit/timelinekit/timeline"
)

// relOffset is an offset phrase before "after" or "before" that places
// events of a sentence relative to another event of it: "three days after
// she resigned", "the day before the coup", "two weeks after the election".
type relOffset struct {
	oa, k  int  // offset tokens [oa, k); k is "after" or "before"
	ea, eb int  // the anchor's region: tokens after k up to the clause's end
	n      int  // count of units
	unit   byte // 'D', 'W', 'M' or 'Y'
	sign   int  // +1 after, -1 before
}

// unitWords are the singular units of "the day before", "a week after".
var unitWords = map[string]byte{"day": 'D', "week": 'W', "month": 'M', "year": 'Y'}

// relOffsets finds the offset phrases of a sentence. The count comes from
// a duration time expression ending right before "after"/"before" ("Three
// days", value P3D) or from "the/a/one day|week|month|year". A duration
// after "for", "within" or "until" is a length, not an offset ("protests
// went on for two weeks after the vote").
func relOffsets(s *sentence, in Input) []relOffset {
	var out []relOffset
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		w := toks[k].norm
		if w != "after" && w != "before" {
			continue
		}
		r := relOffset{k: k, sign: 1}
		if w == "before" {
			r.sign = -1
		}
		found := false
		for _, st := range s.timexes {
			if st.xb != k {
				continue
			}
			tx := in.Timexes[st.idx]
			if tx.Type != timeline.TimexDuration {
				continue
			}
			if n, u, ok := parseDuration(tx.Value); ok {
				r.oa, r.n, r.unit, found = st.xa, n, u, true
			}
		}
		if !found && k >= 2 {
			if u, ok := unitWords[toks[k-1].norm]; ok {
				if d := toks[k-2].norm; d == "the" || d == "a" || d == "one" {
					r.oa, r.n, r.unit, found = k-2, 1, u, true
				}
			}
		}
		if !found {
			continue
		}
		if r.oa > 0 {
			if p := toks[r.oa-1].norm; p == "for" || p == "within" || p == "until" || p == "over" || p == "lasted" || p == "during" {
				continue
			}
		}
		r.ea, r.eb = k+1, k+1
		for r.eb < len(toks) && r.eb < k+13 && toks[r.eb].text != "," && toks[r.eb].text != ";" &&
			toks[r.eb].text != "." && toks[r.eb].text != ":" && toks[r.eb].text != "—" {
			r.eb++
		}
		out = append(out, r)
	}
	return out
}

// parseDuration reads a TIMEX3 duration of whole days, weeks, months or
// years ("P3D", "P2W"); durations of hours and vague ones ("PXD") are not
// offsets that fix a day.
func parseDuration(v string) (int, byte, bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, 0, false
	}
	u := v[len(v)-1]
	if u != 'D' && u != 'W' && u != 'M' && u != 'Y' {
		return 0, 0, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n <= 0 || n > 1000 {
		return 0, 0, false
	}
	return n, u, true
}

// offsetDate moves d by sign×n units. Days and weeks need a date of a day
// (a month moved by three days is no date); months and years give a date
// no finer than their unit ("three months after 5 August 2024" is
// November 2024). It returns nil when the offset cannot be computed.
func offsetDate(d *timeline.Date, n int, unit byte, sign int) *timeline.Date {
	if !d.Known() || d.YearUnknown {
		return nil
	}
	p := d.Precision.Rank()
	switch unit {
	case 'D', 'W':
		if p < timeline.DayPrec.Rank() {
			return nil
		}
		days := int64(n)
		if unit == 'W' {
			days *= 7
		}
		day := timeline.DayFromDays(d.Start.Days() + int64(sign)*days)
		return &timeline.Date{EDTF: day.String(), TIMEX: day.String(), Start: day, End: day, Precision: timeline.DayPrec, Basis: timeline.Narrative}
	case 'M':
		if p < timeline.Month.Rank() {
			return nil
		}
		m := d.Start.Year*12 + d.Start.Month - 1 + sign*n
		y, mo := m/12, m%12+1
		if m < 0 {
			y, mo = (m-11)/12, (m%12+12)%12+1
		}
		v := fmt.Sprintf("%s-%02d", timeline.FormatYear(y), mo)
		return &timeline.Date{EDTF: v, TIMEX: v, Start: timeline.Day{Year: y, Month: mo, Day: 1},
			End: timeline.Day{Year: y, Month: mo, Day: timeline.DaysIn(y, mo)}, Precision: timeline.Month, Basis: timeline.Narrative}
	case 'Y':
		if p < timeline.Year.Rank() {
			return nil
		}
		y := d.Start.Year + sign*n
		v := timeline.FormatYear(y)
		return &timeline.Date{EDTF: v, TIMEX: v, Start: timeline.Day{Year: y, Month: 1, Day: 1},
			End: timeline.Day{Year: y, Month: 12, Day: 31}, Precision: timeline.Year, Basis: timeline.Narrative}
	}
	return nil
}

// anchorRelative dates the events of a sentence placed relative to another
// event of it:
//   - forward: "Three days after she resigned, Yunus was sworn in" dates
//     the swearing-in by the resignation's date plus three days, unless it
//     has a date of its own in the sentence;
//   - backward: "Mnangagwa returned on Wednesday, a day after Mugabe
//     resigned" dates the resignation by the sentence's own date minus a
//     day, when the resignation has no date of its own;
//   - when neither the anchor nor the sentence has a date, events dated
//     only by the narrative or the report lose that date: the text says
//     they came some time after another event, not when.
//
// Computed dates have basis narrative.
func (x *Extractor) anchorRelative(ms []*mention, sents []*sentence, in Input) {
	bySent := mentionsBySentence(ms, len(sents))
	for si, s := range sents {
		if len(bySent[si]) == 0 {
			continue
		}
		for _, r := range relOffsets(s, in) {
			var anchor *mention
			var mains []*mention
			for _, m := range bySent[si] {
				switch {
				case m.ta >= r.ea && m.ta < r.eb:
					if anchor == nil {
						anchor = m
					}
				case m.ta >= r.oa && m.ta < r.eb:
				default:
					mains = append(mains, m)
				}
			}
			if anchor == nil {
				x.anchorBare(s, si, r, bySent, in)
				continue
			}
			text := in.Doc.Text[s.toks[r.oa].start:anchor.Trigger.End]
			span := timeline.Span{Start: s.toks[r.oa].start, End: anchor.Trigger.End}
			if anchor.Date.Known() && !x.dateFromOutside(s, anchor, r) {
				d := offsetDate(anchor.Date, r.n, r.unit, r.sign)
				for _, m := range mains {
					if ownDate(s, m) {
						continue
					}
					if d == nil {
						if m.inherited || m.Date != nil && m.Date.Basis == timeline.DocumentDate {
							m.Date, m.DateSpan, m.inherited = nil, nil, false
						}
						continue
					}
					c := *d
					c.Text = text
					sp := span
					m.Date, m.DateSpan, m.inherited, m.strong = &c, &sp, true, false
				}
				continue
			}
			// backward: the sentence's own date
			ref, refSpan := x.sentenceOwnDate(s, mains, r, in)
			if ref != nil {
				if refSpan != nil {
					// the main clause's own date, which the anchor held
					for _, m := range mains {
						if !ownDate(s, m) {
							c, sp := *ref, *refSpan
							m.Date, m.DateSpan, m.inherited = &c, &sp, false
						}
					}
				}
				if d := offsetDate(ref, r.n, r.unit, -r.sign); d != nil {
					d.Text = text
					sp := span
					anchor.Date, anchor.DateSpan, anchor.inherited, anchor.strong = d, &sp, true, false
				}
				continue
			}
			anchor.Date, anchor.DateSpan = nil, nil
			for _, m := range mains {
				if !ownDate(s, m) && (m.inherited || m.Date != nil && m.Date.Basis == timeline.DocumentDate) {
					m.Date, m.DateSpan, m.inherited = nil, nil, false
				}
			}
		}
	}
}

// ownDate reports whether m's date comes from a time expression of its own
// sentence rather than the narrative.
func ownDate(s *sentence, m *mention) bool {
	return m.Date != nil && m.DateSpan != nil && !m.inherited &&
		m.DateSpan.Start >= s.span.Start && m.DateSpan.End <= s.span.End
}

// dateFromOutside reports whether the anchor's date is a time expression of
// its sentence outside the anchor's region: the main clause's date, which
// the anchor does not share ("returned on Wednesday, a day after Mugabe
// resigned").
func (x *Extractor) dateFromOutside(s *sentence, anchor *mention, r relOffset) bool {
	if anchor.DateSpan == nil || anchor.DateSpan.Start < s.span.Start || anchor.DateSpan.End > s.span.End {
		return false // a date from another sentence or mention of the event
	}
	a, b := s.toks[r.ea].start, s.toks[r.eb-1].end
	return anchor.DateSpan.Start < a || anchor.DateSpan.End > b
}

// sentenceOwnDate returns the date the sentence gives its main clause: the
// date a main event holds from a time expression of the sentence, or a
// calendar date outside the offset phrase and the anchor's region (then
// with its span, for the main events to take).
func (x *Extractor) sentenceOwnDate(s *sentence, mains []*mention, r relOffset, in Input) (*timeline.Date, *timeline.Span) {
	for _, m := range mains {
		if ownDate(s, m) && m.Date.Known() {
			return m.Date, nil
		}
	}
	for _, st := range s.timexes {
		if st.xa >= r.oa && st.xa < r.eb {
			continue
		}
		tx := in.Timexes[st.idx]
		if tx.Date.Known() && !tx.Date.YearUnknown && (tx.Type == timeline.TimexDate || tx.Type == timeline.TimexTime) &&
			!dateline(s, &st) {
			sp := tx.Span
			return tx.Date, &sp
		}
	}
	return nil, nil
}

// bareFollow are the words that may follow an offset phrase with no anchor
// of its own ("executed the day before, after a trial", "the day after
// in Paris"): the phrase then counts from the event told just before.
var bareFollow = map[string]bool{",": true, ";": true, ".": true, ":": true, "after": true, "at": true, "in": true,
	"on": true, "when": true, "with": true, "by": true, "and": true, "—": true, "–": true, ")": true}

// anchorBare dates the events of a clause with a definite offset phrase
// and no anchor after it ("Gordon had been executed the day before", "the
// town fell the week after"): the offset counts from the date of the
// event told just before it, in the sentence or the one before. Events
// with a date of their own keep it.
func (x *Extractor) anchorBare(s *sentence, si int, r relOffset, bySent [][]*mention, in Input) {
	toks := s.toks
	if toks[r.oa].norm != "the" || r.k+1 < len(toks) && !bareFollow[toks[r.k+1].norm] {
		return
	}
	var mains []*mention
	var ref *mention
	for _, m := range bySent[si] {
		switch {
		case m.ta < r.oa && s.clause[m.ta] == s.clause[r.oa] && !ownDate(s, m):
			mains = append(mains, m)
		case m.ta < r.oa && m.Date.Known():
			ref = m
		}
	}
	if len(mains) == 0 {
		return
	}
	if ref == nil && si > 0 {
		for _, m := range bySent[si-1] {
			if m.Date.Known() {
				ref = m
			}
		}
	}
	if ref == nil {
		return
	}
	d := offsetDate(ref.Date, r.n, r.unit, r.sign)
	if d == nil {
		return
	}
	end := toks[r.k].end
	d.Text = in.Doc.Text[toks[r.oa].start:end]
	for _, m := range mains {
		c := *d
		sp := timeline.Span{Start: toks[r.oa].start, End: end}
		m.Date, m.DateSpan, m.inherited, m.strong = &c, &sp, true, false
	}
}
