package temporal

import "strings"

// number parses expressions starting with a digit run at i.
func (m *matcher) number(i int) (int, sem, bool) {
	t := m.tok(i)
	if t == nil || t.kind != tNum {
		return 0, fail, false
	}
	// Never inside money, identifiers or decimal numbers.
	if i > 0 && m.adj(i-1) {
		p := m.tok(i - 1)
		if p.kind == tWord || p.kind == tPunct && (p.b == '$' || p.b == '#' || p.b == '.' || p.b == ',' || p.b == '/' || p.b == ':') {
			return 0, fail, false
		}
		if p.kind == tPunct && p.b == '-' && m.adj(i-2) {
			// F-16, 3-2 are no dates; 1964-1982 and mid-1990s are
			// but "14 August-24 August" and "22-25 April 1951" are
			q := m.tok(i - 2)
			nextMonth := m.lex(i+1) != nil && m.lex(i+1).month != 0
			rangeEnd := q.kind == tNum && q.nd <= 2 && m.lex(i-3) != nil && m.lex(i-3).month != 0
			if _, _, era := m.era(i + 1); era && q.kind == tNum && q.nd >= 3 {
				rangeEnd = true // 490-480 BC
			}
			if q.kind == tNum && q.nd < 4 && !(q.nd <= 2 && nextMonth) && !rangeEnd ||
				q.kind == tWord && (q.lex == nil || q.lex.pos == 0 && q.lex.month == 0) && !m.is(i-2, "pre") && !m.is(i-2, "post") {
				return 0, fail, false
			}
		}
	}
	if p := m.tok(i - 1); p != nil && p.kind == tPunct && (p.b == '$' || p.b == 0xA3) {
		return 0, fail, false
	}
	if p := m.tok(i - 1); p != nil && p.kind == tWord && p.lex != nil && p.lex.label {
		return 0, fail, false
	}
	// ISO 1952-04-09, 1952-04
	if t.nd == 4 && m.punct(i+1, '-') && m.adj(i) && m.adj(i+1) {
		if mt := m.tok(i + 2); mt != nil && mt.kind == tNum && mt.nd == 2 && mt.num >= 1 && mt.num <= 12 {
			if m.punct(i+3, '-') && m.adj(i+2) && m.adj(i+3) {
				if dt := m.tok(i + 4); dt != nil && dt.kind == tNum && dt.nd == 2 && dt.num >= 1 && dt.num <= 31 {
					s := sem{kind: kDate, gran: gDay, year: t.num, month: mt.num, day: dt.num, hasYear: true}
					j := i + 5
					if !m.adj(i + 4) {
						return j, s, true
					}
					// 1952-04-09T14:30
					if m.is(j, "t") && m.adj(j) {
						if k, ts, ok := m.clock(j + 1); ok && ts.hasTime {
							s.hasTime, s.hour, s.minute = true, ts.hour, ts.minute
							return k, s, true
						}
					}
					if m.tok(j).kind == tPunct {
						return j, s, true
					}
				}
			}
		}
	}
	// Slashed 04/09/1952 (US order unless the first number cannot be a month).
	if t.nd <= 2 && m.punct(i+1, '/') && m.adj(i) && m.adj(i+1) {
		b := m.tok(i + 2)
		if b != nil && b.kind == tNum && b.nd <= 2 && m.punct(i+3, '/') && m.adj(i+2) && m.adj(i+3) {
			c := m.tok(i + 4)
			if c != nil && c.kind == tNum && (c.nd == 4 || c.nd == 2) && !(m.adj(i+4) && m.tok(i+5).kind != tPunct) {
				mo, d := t.num, b.num
				if mo > 12 && d <= 12 {
					mo, d = d, mo
				}
				y := c.num
				if c.nd == 2 {
					if y < 30 {
						y += 2000
					} else {
						y += 1900
					}
				}
				if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
					return i + 5, sem{kind: kDate, gran: gDay, year: y, month: mo, day: d, hasYear: true}, true
				}
			}
			return 0, fail, false
		}
		// 1/2 fractions and scores are no dates
		return 0, fail, false
	}
	// Clock times: 4:50, 4.50pm, 4 p.m., 16:50
	if j, s, ok := m.clock(i); ok {
		return j, s, true
	}
	// Short range ends: the "16" of "1915-16".
	if t.nd == 2 && m.punct(i-1, '-') && m.adj(i-1) && m.adj(i-2) && !(m.adj(i) && m.tok(i+1).kind != tPunct) {
		if q := m.tok(i - 2); q.kind == tNum && q.nd == 4 && q.num >= 1000 {
			y := q.num/100*100 + t.num
			if y <= q.num {
				y += 100
			}
			if y-q.num < 20 {
				return i + 1, sem{kind: kDate, gran: gYear, year: y, hasYear: true}, true
			}
		}
	}
	// Range starts before an era: the 499 of "499-493 BC", "from 499 to 493 BC".
	if t.nd >= 2 && t.nd <= 4 {
		k := -1
		if m.punct(i+1, '-') && m.adj(i) && m.adj(i+1) {
			k = i + 2
		} else if m.fn(i+1, fTo) || m.fn(i+1, fAnd) {
			k = i + 2
		}
		if e := m.tok(k); k > 0 && e != nil && e.kind == tNum && e.nd >= 2 && e.nd <= 4 {
			if _, bc, ok := m.era(k + 1); ok && bc && e.num < t.num {
				return i + 1, sem{kind: kDate, gran: gYear, year: t.num, bc: true, hasYear: true}, true
			}
		}
	}
	// Decades: 1960s, 470s BC
	if t.nd == 3 && t.num%10 == 0 && m.adj(i) && m.is(i+1, "s") {
		if j, bc, ok := m.era(i + 2); ok && bc {
			return j, sem{kind: kDate, gran: gDecade, decade: -t.num / 10}, true
		}
	}
	if t.nd == 4 && t.num%10 == 0 && m.adj(i) && m.is(i+1, "s") {
		return i + 2, sem{kind: kDate, gran: gDecade, decade: t.num / 10}, true
	}
	if t.nd == 2 && t.num%10 == 0 && m.adj(i) && m.is(i+1, "s") && (m.fn(i-1, fAnd) || m.fn(i-1, fTo) || m.is(i-1, "or")) && m.is(i-2, "s") {
		// the "70s" of "the 1960s and 70s": the decade in the same century
		if p := m.tok(i - 3); p != nil && p.kind == tNum && p.nd == 4 && m.adj(i-3) {
			return i + 2, sem{kind: kDate, gran: gDecade, decade: p.num/100*10 + t.num/10}, true
		}
	}
	if t.nd == 4 && t.num%10 == 0 && m.adj(i) && m.punct(i+1, '\'') && m.adj(i+1) && m.is(i+2, "s") {
		return i + 3, sem{kind: kDate, gran: gDecade, decade: t.num / 10}, true
	}
	// Day ranges: the first day of "22-25 April 1951", "from 15 to 22
	// February", and the last of "April 13-15", "March 5-9, 1918".
	if _, j1, ok := m.dayNum(i); ok && t.nd <= 2 && t.num >= 1 && t.num <= 31 {
		// also "the 13th to the 19th of October 1950"
		k := -1
		if m.punct(j1, '-') && m.adj(j1-1) && m.adj(j1) {
			k = j1 + 1
		} else if m.fn(j1, fTo) || m.fn(j1, fAnd) || m.fn(j1, fThrough) {
			k = j1 + 1
			if m.fn(k, fThe) {
				k++
			}
		}
		if k > 0 {
			if d2, j2, ok := m.dayNum(k); ok && d2 > t.num {
				if ml := m.lex(j2); ml != nil && ml.month != 0 || m.fn(j2, fOf) {
					if _, s2, ok := m.dayMonth(k, d2, j2); ok {
						s2.day = t.num
						return j1, s2, true
					}
				}
			}
		}
		if m.punct(i-1, '-') && m.adj(i-1) && m.adj(i-2) || (m.fn(i-1, fAnd) || m.fn(i-1, fTo) || m.fn(i-1, fThrough)) && m.noNounAfter(j1-1) {
			// "April 13-15", "May 4 and 5"
			if p := m.tok(i - 2); p != nil && p.kind == tNum && p.nd <= 2 && p.num < t.num {
				if ml := m.lex(i - 3); ml != nil && ml.month != 0 && m.capital(i-3) {
					s := sem{kind: kDate, gran: gDay, month: int(ml.month), day: t.num}
					k2 := j1
					if m.punct(k2, ',') {
						k2++
					}
					if y, bc, j2, ok := m.yearAfter(k2, true); ok {
						s.year, s.bc, s.hasYear = y, bc, true
						return j2, s, true
					}
					return j1, s, true
				}
			}
		}
	}
	// Ordinals: 19th century, 9th of April, 9th April
	if t.nd <= 2 && m.adj(i) && (m.is(i+1, "st") || m.is(i+1, "nd") || m.is(i+1, "rd") || m.is(i+1, "th")) {
		k := i + 2
		if m.punct(k, '-') {
			k++
		}
		if l := m.lex(k); l != nil && l.unit == uCentury && (!l.plural || m.coordBefore(i)) {
			return m.centuryEnd(k+1, t.num)
		}
		if _, ok := m.coordCenturies(k); ok {
			return m.coordCentury(k, t.num) // "the 14th and 15th centuries"
		}
		if m.lex(k) != nil && m.lex(k).unit == uQuarter && t.num >= 1 && t.num <= 4 {
			return m.periodOf(k+1, sem{kind: kDate, gran: gQuarter, quarter: int8(t.num)})
		}
		if t.num >= 1 && t.num <= 31 {
			return m.dayMonth(i, t.num, k)
		}
		return 0, fail, false
	}
	// Day Month [Year]: 9 April 1952
	if t.nd <= 2 && t.num >= 1 && t.num <= 31 {
		if l := m.lex(i + 1); l != nil && l.month != 0 {
			if j, s, ok := m.dayMonth(i, t.num, i+1); ok {
				return j, s, true
			}
		}
	}
	// Years with an era: 490 BC, 44 B.C.
	if t.nd <= 4 && t.num > 0 {
		if j, bc, ok := m.era(i + 1); ok {
			return j, sem{kind: kDate, gran: gYear, year: t.num, bc: bc, hasYear: true}, true
		}
	}
	// Counts with units: 3 days, 14-hour, 5 1/2 hours
	if n, j, ok := m.numPhrase(i); ok {
		if k, s, ok := m.unitAfterCount(i, n, j); ok {
			return k, s, true
		}
		// 5 1/2 hours
		if fa := m.tok(j); fa != nil && fa.kind == tNum && fa.num == 1 && m.punct(j+1, '/') && m.tok(j+2) != nil && m.tok(j+2).num == 2 && m.adj(j) && m.adj(j+1) {
			if ul := m.lex(j + 3); ul != nil && n > 0 {
				if u2, n2, ok := halfUnit(ul.unit); ok {
					return j + 4, sem{kind: kDuration, unit: ul.unit, n: n, unit2: u2, n2: n2}, true
				}
			}
		}
	}
	// Early years of histories: "in 711 the Moors crossed", "until 476,".
	if t.nd == 3 && t.num >= 100 && m.earlyYear(i) {
		return i + 1, sem{kind: kDate, gran: gYear, year: t.num, hasYear: true, narrOnly: true}, true
	}
	// Plain years, "1982 summer".
	if y, ok := m.yearNum(i); ok && t.nd == 4 && m.plausibleYear(i, y) {
		if sl := m.lex(i + 1); sl != nil && sl.season != 0 && !m.capital(i+1) {
			return i + 2, sem{kind: kDate, gran: gSeason, season: sl.season, year: y, hasYear: true}, true
		}
		return i + 1, sem{kind: kDate, gran: gYear, year: y, hasYear: true}, true
	}
	return 0, fail, false
}

// plausibleYear decides whether a bare four-digit number is a year.
func (m *matcher) plausibleYear(i, y int) bool {
	if y < 1000 || y > 2099 {
		return false
	}
	if nt := m.tok(i + 1); nt != nil {
		if nt.kind == tPunct && (nt.b == '%' || nt.b == ':' && m.adj(i) && m.adj(i+1)) {
			return false
		}
		if nt.kind == tWord && nt.lex != nil && (nt.lex.count || nt.lex.unit != 0 && nt.lex.plural) {
			return false
		}
		// "some 2000 protesters", "nearly 1500 dead": a quantity word before
		// and a plural noun after make a count
		if pl := m.lex(i - 1); pl != nil && (pl.approx != "" || pl.vague || pl.fn == fThan) && nt.kind == tWord && !m.capital(i+1) &&
			nt.e-nt.s >= 4 && m.text[nt.e-1] == 's' && m.text[nt.e-2] != 's' {
			return false
		}
	}
	if y >= 1900 {
		return true
	}
	// Older years need a date-like context.
	p := m.lex(i - 1)
	if p != nil && (p.fn == fIn || p.fn == fOf || p.fn == fThe || p.fn == fFrom || p.fn == fUntil || p.fn == fTo || p.fn == fThrough || p.fn == fBetween || p.fn == fAnd || p.pos != 0 || p.season != 0 || p.month != 0 || p.unit == uYear) {
		return true
	}
	if m.is(i-1, "by") || m.is(i-1, "since") || m.is(i-1, "after") || m.is(i-1, "before") || m.is(i-1, "during") || m.is(i-1, "circa") || m.is(i-1, "around") || m.is(i-1, "about") {
		return true
	}
	if m.punct(i-1, '(') || m.punct(i-1, '-') || m.punct(i-1, '.') && m.is(i-2, "c") {
		return true
	}
	nt := m.tok(i + 1)
	if nt == nil || nt.kind == tPunct && (nt.b == ',' || nt.b == '.' || nt.b == ')' || nt.b == ';' || nt.b == '-') {
		return true
	}
	return false
}

// clock parses times of day at i: 4:50, 4:50 p.m., 4.50pm, 4 p.m., 10 o'clock.
func (m *matcher) clock(i int) (int, sem, bool) {
	t := m.tok(i)
	if t == nil || t.kind != tNum {
		return 0, fail, false
	}
	if t.nd > 2 || t.num > 24 {
		return 0, fail, false
	}
	h, mi := t.num, 0
	j := i + 1
	sep := false
	colon := false
	if (m.punct(j, ':') || m.punct(j, '.')) && m.adj(i) && m.adj(j) {
		mt := m.tok(j + 1)
		if mt != nil && mt.kind == tNum && mt.nd == 2 && mt.num < 60 {
			colon = m.punct(j, ':')
			mi = mt.num
			j += 2
			sep = true
			// seconds
			if m.punct(j, ':') && m.adj(j-1) && m.adj(j) && m.tok(j+1) != nil && m.tok(j+1).kind == tNum && m.tok(j+1).nd == 2 {
				j += 2
			}
		}
	}
	k, pm, ok := m.ampm(j)
	if ok {
		if h < 1 || h > 12 {
			return 0, fail, false
		}
		if pm && h < 12 {
			h += 12
		}
		if !pm && h == 12 {
			h = 0
		}
		j = k
	} else if !colon {
		if m.is(j, "o") && m.punct(j+1, '\'') && m.is(j+2, "clock") && h >= 1 && h <= 12 {
			j += 3
		} else {
			return 0, fail, false
		}
	} else if !sep || (m.adj(j-1) && m.tok(j) != nil && m.tok(j).kind == tNum) {
		return 0, fail, false
	}
	if h > 24 || (h == 24 && mi > 0) {
		return 0, fail, false
	}
	if m.adj(j-1) && (m.is(j, "hrs") || m.is(j, "h") || m.is(j, "hours")) && colon {
		j++ // 05:30hrs
	}
	// time zones
	if tz := m.tok(j); tz != nil && tz.kind == tWord && m.allCaps(j) && tz.e-tz.s <= 4 && tz.e-tz.s >= 3 {
		w := m.word(j)
		if w[len(w)-1] == 'T' {
			j++
		}
	}
	return j, sem{kind: kRel, unit: uDay, anchor: aDeictic, gran: gTime, hasTime: true, hour: h, minute: mi}, true
}

// ampm reads am, a.m., pm, p.m. at j.
func (m *matcher) ampm(j int) (int, bool, bool) {
	var pm bool
	switch {
	case m.is(j, "am") || m.is(j, "a"):
		pm = false
	case m.is(j, "pm") || m.is(j, "p"):
		pm = true
	default:
		return 0, false, false
	}
	if m.is(j, "a") || m.is(j, "p") {
		if !(m.punct(j+1, '.') && m.adj(j) && m.is(j+2, "m") && m.adj(j+1)) {
			return 0, false, false
		}
		k := j + 3
		if m.punct(k, '.') && m.adj(k-1) {
			// the final period of "p.m." at a sentence end is the full stop
			nt := m.tok(k + 1)
			if nt != nil && (!m.capital(k+1) || m.allCaps(k+1) || nt.lex != nil && (nt.lex.weekday != 0 || nt.lex.month != 0)) {
				k++
			}
		}
		return k, pm, true
	}
	if m.is(j, "am") && !m.adj(j-1) && m.capital(j) && !m.allCaps(j) {
		return 0, false, false // "I Am"
	}
	return j + 1, pm, true
}

// earlyYear reports whether a three-digit number at i is a year by its
// context: a preposition of time before it ("in", "since", "until", "by";
// not "from" or "between", which bound counts as often) and no noun after
// it ("in 711 the Moors crossed", not "in 300 cases"). Only narratives use
// the reading (the caller marks it).
func (m *matcher) earlyYear(i int) bool {
	if _, ok := m.yearNum(i); !ok {
		return false
	}
	switch {
	case m.fn(i-1, fIn) || m.fn(i-1, fUntil) || m.is(i-1, "since") || m.is(i-1, "by") || m.is(i-1, "circa"):
	default:
		return false
	}
	if m.is(i-1, "by") {
		// "rose by 150": a difference, not a deadline
		switch strings.ToLower(m.word(i - 2)) {
		case "rose", "fell", "rise", "fall", "rising", "falling", "increased", "decreased", "grew", "dropped", "reduced", "cut",
			"declined", "gained", "lost", "up", "down", "climbed", "jumped", "slipped", "outnumbered", "exceeded", "raised", "lowered":
			return false
		}
	}
	return m.noNounAfter(i)
}

// noNounAfter reports whether nothing after the number at i makes it a
// count: the end, punctuation, a name or a function word ("in 711 the
// Moors", not "in 300 cases").
func (m *matcher) noNounAfter(i int) bool {
	nt := m.tok(i + 1)
	switch {
	case nt == nil:
		return true
	case nt.kind == tPunct:
		return nt.b == ',' || nt.b == '.' || nt.b == ';' || nt.b == ':' || nt.b == ')' || nt.b == '-' && m.adj(i)
	case nt.kind == tNum:
		return false
	case m.capital(i + 1):
		return !m.allCaps(i + 1)
	}
	if nl := nt.lex; nl != nil && (nl.fn == fThe || nl.fn == fTo || nl.fn == fAnd || nl.fn == fUntil) {
		return true
	}
	switch m.word(i + 1) {
	case "he", "she", "it", "they", "his", "her", "its", "their", "a", "an", "when", "after", "before", "during", "was", "were", "had":
		return true
	}
	return false
}
