package temporal

import "strings"

var fail = sem{}

// core parses an expression at i without leading approximation words.
func (m *matcher) core(i int) (int, sem, bool) {
	j, s, ok := m.core0(i)
	if !ok {
		return 0, fail, false
	}
	j, s, ok = m.suffix(j, s)
	if ok && s.kind == kRel && s.curQ {
		// "the quarter a year ago", "the corresponding period last year":
		// the reported quarter of the year before
		k := j
		if (m.is(k, "a") || m.is(k, "an")) && m.is(k+1, "year") && (m.is(k+2, "ago") || m.is(k+2, "earlier")) {
			k += 3
		} else if m.is(k, "last") && m.is(k+1, "year") && !m.punct(k+2, '\'') {
			k += 2
		}
		if k > j {
			if s.n == 0 {
				s.n = -4
			}
			j = k
		}
	}
	if ok && s.kind == kDate && s.hasYear && s.mod == "" && (m.is(j, "or") && (m.is(j+1, "later") || m.is(j+1, "after") || m.is(j+1, "earlier") || m.is(j+1, "before")) || m.fn(j, fAnd) && (m.is(j+1, "beyond") || m.is(j+1, "after") || m.is(j+1, "later"))) &&
		(m.tok(j+2) == nil || m.tok(j+2).kind == tPunct && m.tok(j+2).b != '\'' && m.tok(j+2).b != '-') {
		// "1994 or later", "1990 and beyond"
		s.mod = "ON_OR_AFTER"
		if m.is(j+1, "earlier") || m.is(j+1, "before") {
			s.mod = "ON_OR_BEFORE"
		}
		j += 2
	}
	if ok && m.is(j, "or") && m.is(j+1, "so") && s.kind != kSet && s.kind != kRef {
		// "the next year or so", "1990 or so": an approximation
		if s.mod == "" {
			s.mod = "APPROX"
		}
		j += 2
	}
	return j, s, ok
}

func (m *matcher) core0(i int) (int, sem, bool) {
	t := m.tok(i)
	if t == nil {
		return 0, fail, false
	}
	switch t.kind {
	case tNum:
		return m.number(i)
	case tPunct:
		if t.b == '\'' && m.adj(i) {
			// '60s, '44
			nt := m.tok(i + 1)
			if nt != nil && nt.kind == tNum && nt.nd == 2 {
				if m.adj(i+1) && m.is(i+2, "s") {
					return i + 3, sem{kind: kDate, gran: gDecade, decade: 190 + nt.num/10}, true
				}
				// "the class of '99", "the Club of '89": a year whose century
				// the reference date gives
				if at := m.tok(i + 2); !m.adj(i-1) && (!m.adj(i+1) || at == nil || at.kind == tPunct && at.b != '\'' && at.b != '-') {
					return i + 2, sem{kind: kDate, gran: gYear, year: 1900 + nt.num, hasYear: true, twoDig: true}, true
				}
			}
		}
		return 0, fail, false
	}
	l := t.lex
	if l == nil {
		return 0, fail, false
	}
	if l.fn == fThe {
		return m.afterThe(i)
	}
	if l.month != 0 {
		if j, s, ok := m.month(i); ok {
			return j, s, true
		}
	}
	if l.weekday != 0 {
		if j, s, ok := m.weekdayAt(i); ok {
			return j, s, true
		}
	}
	if l.season != 0 {
		if j, s, ok := m.seasonAt(i, false); ok {
			return j, s, true
		}
	}
	if (l.deictic == dRecently || m.is(i, "early") || m.is(i, "late")) && m.is(i-1, "as") && m.is(i+1, "as") {
		// "as recently as late 2009", "as late as 1781": the date named
		if j, s, ok := m.core(i + 2); ok && s.kind == kDate && s.hasYear {
			s.startPrev = true
			return j, s, true
		}
		if y, ok := m.yearNum(i + 2); ok && m.tok(i+2).nd == 4 && !(m.lex(i+3) != nil && (m.lex(i+3).count || m.lex(i+3).unit != 0)) {
			return i + 3, sem{kind: kDate, gran: gYear, year: y, hasYear: true, startPrev: true}, true
		}
	}
	if l.deictic != 0 {
		if j, s, ok := m.deictic(i); ok {
			return j, s, true
		}
	}
	if l.rel != 0 {
		if j, s, ok := m.relAt(i, false); ok {
			return j, s, true
		}
	}
	if l.pos != 0 {
		if j, s, ok := m.posAt(i); ok {
			return j, s, true
		}
	}
	if (l.shift == sEarlier || l.shift == sLater) && m.fn(i+1, fIn) && m.fn(i+2, fThe) {
		// "later in the year", "earlier in the month"
		if ul := m.lex(i + 3); ul != nil && !ul.plural && (ul.unit == uYear || ul.unit == uMonth || ul.unit == uWeek || ul.unit == uDay) {
			mod := "END"
			if l.shift == sEarlier {
				mod = "START"
			}
			return i + 4, sem{kind: kRel, unit: ul.unit, anchor: aNarrative, mod: mod}, true
		}
	}
	if (l.shift == sEarlier || l.shift == sLater) && m.fn(i+1, fIn) && !m.fn(i+2, fThe) {
		// "later in 1792", "earlier in March"
		if j, s, ok := m.core0(i + 2); ok && s.kind == kDate && s.gran >= gYear && s.gran <= gMonth && (s.hasYear || s.gran == gMonth) {
			return j, s, true
		}
	}
	if (l.shift == sEarlier || l.shift == sLater) && m.fn(i+1, fIn) && m.fn(i+2, fThe) {
		// "later in the summer"
		if sl := m.lex(i + 3); sl != nil && sl.season != 0 {
			if j, s, ok := m.seasonAt(i+3, true); ok {
				return j, s, true
			}
		}
	}
	if l.shift == sEarlier || l.shift == sLater {
		// "earlier this year", "later this month"
		if rl := m.lex(i + 1); rl != nil && (rl.rel == rThis || rl.rel == rLast || rl.rel == rNext || rl.rel == rThat) {
			if j, s, ok := m.relAt(i+1, false); ok && (s.kind == kRel || s.kind == kNamed || s.kind == kDate && s.anchor == aNarrative) {
				if l.shift == sEarlier {
					s.mod = "START"
				} else {
					s.mod = "END"
				}
				if rl.rel == rThat && s.kind == kRel {
					s.within = true // "later that month": some day in it
				}
				return j, s, true
			}
		}
	}
	if l.set != 0 {
		return i + 1, sem{kind: kSet, unit: l.set, n: 1}, true
	}
	if l.fn == fFiscal {
		if y, ok := m.yearNum(i + 1); ok && m.tok(i+1).nd == 4 {
			return i + 2, sem{kind: kDate, gran: gYear, year: y, hasYear: true}, true
		}
	}
	if l.fn == fEvery || l.fn == fEach {
		return m.every(i)
	}
	if l.fn == fThese && m.is(i+1, "days") && !m.fn(i+2, fOf) {
		return i + 2, sem{kind: kRef, ref: "PRESENT_REF"}, true // "these days"
	}
	if l.fn == fPer {
		// "33 deaths per day": histories tag the rate's unit as a duration
		if ul := m.lex(i + 1); ul != nil && ul.unit != 0 && !ul.plural && ul.unit != uWeekend {
			return i + 2, sem{kind: kDuration, unit: ul.unit, n: 1, narrOnly: true}, true
		}
	}
	if l.era == 2 && m.allCaps(i) {
		k := m.skipDot(i) + 1
		if y, ok := m.yearNum(k); ok || m.tok(k) != nil && m.tok(k).kind == tNum && m.tok(k).nd <= 2 {
			if !ok {
				y = m.tok(k).num
			}
			return k + 1, sem{kind: kDate, gran: gYear, year: y, hasYear: true}, true
		}
	}
	if (l.hmonth != 0 || l.hrule != 0) && m.capital(i) {
		return m.holiday(i)
	}
	if l.unit == uMonth && !l.plural && !m.fn(i-1, fThe) && m.adj(i) && (m.punct(i+1, '-') && m.is(i+2, "end") || m.punct(i+1, '\'') && m.is(i+2, "s") && m.is(i+3, "end")) {
		// "by month's end", "month-end": the end of the month
		j := i + 3
		if m.punct(i+1, '\'') {
			j = i + 4
		}
		if !m.fn(j, fOf) {
			return j, sem{kind: kRel, unit: uMonth, n: 0, anchor: aDeictic, mod: "END"}, true
		}
	}
	if l.unit == uYear && !l.plural {
		// "by year-end", "by year end", "by year's end": the end of this year,
		// or of last year when told in the past ("since year-end")
		k := i + 1
		if m.punct(k, '-') && m.adj(i) && m.adj(k) || m.punct(k, '\'') && m.adj(i) && m.is(k+1, "s") {
			k++
			if m.is(k, "s") {
				k++
			}
		}
		if m.is(k, "end") && !m.fn(i-1, fThe) && !m.fn(k+1, fOf) {
			return k + 1, sem{kind: kRel, unit: uYear, n: 0, anchor: aDeictic, mod: "END", tenseYear: true}, true
		}
		if k, ok := m.yearAgo(i); ok {
			if j, s, ok := m.quarterNoun(k, -4); ok {
				return j, s, true
			}
			return k, sem{kind: kRel, unit: uYear, n: -1, anchor: aNarrative, finYear: true}, true
		}
	}
	if l.fn == fFormer && !m.capital(i) && !(m.fn(i-1, fThe) && m.pronounFormer(i)) {
		return i + 1, sem{kind: kRef, ref: "PAST_REF", narrOnly: true}, true
	}
	if l.deictic == dFuture && !m.capital(i) && !m.is(i-1, "near") {
		return i + 1, sem{kind: kRef, ref: "FUTURE_REF", narrOnly: true}, true
	}
	if l.daypart != 0 && !m.is(i, "overnight") && !m.capital(i) && !m.fn(i-1, fThe) {
		return i + 1, sem{kind: kDate, gran: gDaypart, daypart: l.daypart, narrOnly: true}, true
	}
	if l.fn == fNoon || l.fn == fMidnight {
		s := sem{kind: kRel, unit: uDay, anchor: aDeictic, gran: gTime, hasTime: true}
		if l.fn == fMidnight {
			s.hour = 24
		} else {
			s.hour = 12
		}
		return i + 1, s, true
	}
	if l.isNum || l.vague || l.ord != 0 {
		return m.countAt(i)
	}
	if l.unit != 0 && !l.plural && l.unit != uQuarter && l.unit != uWeekend && m.punct(i+1, '-') && m.adj(i) && m.adj(i+1) && m.is(i+2, "long") {
		return i + 3, sem{kind: kDuration, unit: l.unit, n: 1}, true // "a month-long siege"
	}
	if l.unit != 0 && l.plural && l.unit != uQuarter && l.unit != uSecond && !m.capital(i) {
		// "for years", "within weeks", "after months of talks"
		if p := m.word(i - 1); p != "" && (m.is(i-1, "for") || m.is(i-1, "within") || m.is(i-1, "after") || m.is(i-1, "over") || m.is(i-1, "took") || m.is(i-1, "lasted")) {
			if nl := m.lex(i + 1); nl == nil || nl.shift == 0 {
				j := i + 1
				if ol := m.lex(i + 2); (m.is(i+1, "or") || m.is(i+1, "and")) && ol != nil && ol.unit != 0 && ol.plural {
					j = i + 3 // "within weeks or months"
				}
				return j, sem{kind: kDuration, unit: l.unit, n: -1}, true
			}
		}
		// "for the first time in years."
		if m.fn(i-1, fIn) && m.tok(i+1) != nil && m.tok(i+1).kind == tPunct && m.tok(i+1).b != '\'' && m.tok(i+1).b != '-' && l.unit >= uYear && l.unit <= uDecade {
			return i + 1, sem{kind: kDuration, unit: l.unit, n: -1}, true
		}
		// "follows months of talks", "damaged by years of conflict"
		if m.fn(i+1, fOf) && !m.possessor(i-1) && m.tok(i-1) != nil && m.tok(i-1).kind == tWord && m.lex(i+2) == nil && m.tok(i+2) != nil && m.tok(i+2).kind == tWord {
			return i + 1, sem{kind: kDuration, unit: l.unit, n: -1}, true
		}
	}
	return 0, fail, false
}

// suffix extends a parsed expression: "Friday morning", "10 November at 4.50pm".
func (m *matcher) suffix(j int, s sem) (int, sem, bool) {
	if s.kind == kRel && s.hasTime && s.unit == uDay && s.n == 0 && s.daypart == 0 {
		// "10 p.m. Wednesday", "noon Thursday", "9 a.m. today"
		j2 := j
		if m.punct(j2, ',') {
			j2++
		}
		if l := m.lex(j2); l != nil && l.month != 0 {
			if k, ds, ok := m.month(j2); ok && ds.gran == gDay {
				ds.hasTime, ds.hour, ds.minute, ds.gran = true, s.hour, s.minute, gDay
				return k, ds, true
			}
		}
		if l := m.lex(j); l != nil && (l.weekday != 0 || l.deictic == dToday || l.deictic == dYesterday || l.deictic == dTomorrow) {
			if k, ds, ok := m.core0(j); ok && (ds.kind == kNamed && ds.weekday != 0 || ds.kind == kRel && ds.unit == uDay) && ds.daypart == 0 {
				ds.hasTime, ds.hour, ds.minute = true, s.hour, s.minute
				return k, ds, true
			}
		}
	}
	// "June last year", "January this year"
	if s.kind == kDate && !s.hasYear && (s.gran == gMonth || s.gran == gDay) {
		if rl := m.lex(j); rl != nil && (rl.rel == rLast || rl.rel == rThis || rl.rel == rNext) && m.is(j+1, "year") {
			s.anchor, s.fixedYear = aDocument, true
			s.yearOff = [...]int8{rLast: -1, rThis: 0, rNext: 1}[rl.rel]
			return j + 2, s, true
		}
	}
	// "August of that year", "July 25 of the following year"
	if s.kind == kDate && !s.hasYear && (s.gran == gMonth || s.gran == gDay || s.gran == gSeason) && m.fn(j, fOf) {
		if rl := m.lex(j + 1); rl != nil && (rl.rel == rThat || rl.fn == fThe) {
			if k, rs, ok := m.relAt(j+2, rl.fn == fThe); ok && rs.kind == kRel && rs.unit == uYear && rl.rel != rThat || rl.rel == rThat && m.is(j+2, "year") {
				if rl.rel == rThat {
					k, rs = j+3, sem{n: 0}
				}
				s.anchor, s.yearOff = aNarrative, int8(rs.n)
				return k, s, true
			}
		}
	}
	dayish := (s.kind == kDate && s.gran == gDay) || (s.kind == kRel && s.unit == uDay && s.gran == 0 && !s.hasTime) ||
		(s.kind == kNamed && s.weekday != 0 && s.daypart == 0)
	if !dayish {
		return j, s, true
	}
	if l := m.lex(j); l != nil && l.daypart != 0 && !m.capital(j) {
		// "Friday morning"; "Friday night" is in the expression but
		// stays a day (news usage)
		if l.daypart != 4 {
			s.daypart = l.daypart
		} else {
			s.night = true // histories write TNI
		}
		return j + 1, s, true
	}
	if t := m.tok(j); t != nil && t.kind == tNum && s.kind == kDate {
		// "May 8 1:00AM"
		if k, ts, ok := m.clock(j); ok && ts.hasTime && m.tok(j+1) != nil && !m.punct(j+1, '.') {
			s.hasTime, s.hour, s.minute = true, ts.hour, ts.minute
			return k, s, true
		}
	}
	if m.fn(j, fAt) {
		if k, ts, ok := m.number(j + 1); ok && ts.hasTime && ts.kind == kRel {
			s.hasTime, s.hour, s.minute = true, ts.hour, ts.minute
			return k, s, true
		}
		if l := m.lex(j + 1); l != nil && (l.fn == fNoon || l.fn == fMidnight) {
			s.hasTime, s.hour = true, 12
			if l.fn == fMidnight {
				s.hour = 24
			}
			return j + 2, s, true
		}
	}
	return j, s, true
}

// afterThe parses expressions that conventionally include their "the".
func (m *matcher) afterThe(i int) (int, sem, bool) {
	k := i + 1
	t := m.tok(k)
	if t == nil {
		return 0, fail, false
	}
	if t.kind == tPunct && t.b == '\'' {
		if j, s, ok := m.core0(k); ok && s.gran == gDecade {
			return j, s, true
		}
		return 0, fail, false
	}
	if t.kind == tNum {
		if y, ok := m.yearNum(k); ok && t.nd == 4 {
			k2 := k + 1
			if m.fn(k2, fFiscal) {
				k2++
			}
			if j, s, ok := m.quarterNoun(k2, 0); ok {
				s.year, s.hasYear = y, true
				if s.kind == kDate {
					s.anchor = 0
				}
				return j, s, true
			}
		}
		j, s, ok := m.number(k)
		if !ok {
			if d, j, ok := m.dayNum(k); ok && j == k+2 && m.dayEnd(j) {
				// "the 20th": a day of the month the story is in
				return j, sem{kind: kDate, gran: gDay, day: d, anchor: aNarrative}, true
			}
			return 0, fail, false
		}
		if s.kind == kDuration && m.punct(j-2, '-') && m.adj(j-2) && m.lex(j-1) != nil && m.lex(j-1).unit != 0 {
			return 0, fail, false // "the 30-day rate": the article is the noun's
		}
		if s.kind == kDuration && s.n > 1 && m.lex(j-1) != nil && m.lex(j-1).unit != 0 && !m.lex(j-1).plural {
			return 0, fail, false // "the two day rally": a singular unit after a count is an adjective
		}
		if s.kind == kDuration && m.capital(j-1) {
			return 0, fail, false // "the 4 Years of Hope": the article is the name's
		}
		if (s.kind == kDate && (s.gran == gDecade || s.gran == gCentury)) || s.kind == kDuration {
			return j, s, true
		}
		if s.kind == kDate && s.gran == gDay && m.tok(k).nd <= 2 {
			return j, s, true // the 9th of April, the 20 September
		}
		return 0, fail, false
	}
	switch {
	case m.is(k, "time") && m.is(k+1, "being"):
		return k + 2, sem{kind: kRef, ref: "PRESENT_REF", timeType: true, narrOnly: true}, true // "for the time being" (histories)
	case m.is(k, "near") || m.is(k, "short"):
		if m.lex(k+1) != nil && m.lex(k+1).deictic == dFuture || m.is(k+1, "term") {
			return k + 2, sem{kind: kRef, ref: "FUTURE_REF"}, true
		}
		return 0, fail, false
	case m.is(k, "full") || m.is(k, "whole") || m.is(k, "entire"):
		if ul := m.lex(k + 1); ul != nil && ul.unit == uYear && !ul.plural {
			return k + 2, sem{kind: kRel, unit: uYear, anchor: aDeictic}, true
		}
		return 0, fail, false
	}
	l := t.lex
	if l == nil {
		return 0, fail, false
	}
	if dl := m.lex(k + 1); l.pos != 0 && !m.is(k, "end") && dl != nil && dl.daypart != 0 {
		// "the early morning hours of 30 April", "the late evening of 4 May"
		k2 := k + 2
		if m.is(k2, "hours") {
			k2++
		}
		if m.fn(k2, fOf) {
			if j, s, ok := m.core0(k2 + 1); ok && (s.kind == kDate && s.gran == gDay || s.kind == kNamed && s.weekday != 0) {
				s.daypart = dl.daypart
				return j, s, true
			}
		}
	}
	switch {
	case l.pos != 0:
		if j, s, ok := m.posAt(k); ok {
			return j, s, true
		}
		return 0, fail, false
	case l.season != 0:
		if m.fn(k+1, fSeasonal) || m.capital(k+1) && !m.fn(k+1, fOf) && !m.allCaps(k+1) || m.allCaps(k+1) && m.tok(k+1).e-m.tok(k+1).s > 1 {
			// "the Spring Offensive", "the summer KPA invasion": the article
			// is the noun's; the season alone is the expression
			return 0, fail, false
		}
		return m.seasonAt(k, true)
	case l.decade != 0:
		return k + 1, sem{kind: kDate, gran: gDecade, decade: 190 + int(l.decade)}, true
	case l.deictic == dFuture || l.deictic == dPast || l.deictic == dPresent:
		if l.deictic == dPast && m.lex(k+1) != nil && (m.lex(k+1).isNum || m.lex(k+1).unit != 0 || m.lex(k+1).vague) || l.deictic == dPast && m.tok(k+1) != nil && m.tok(k+1).kind == tNum {
			return m.relAt(k, true)
		}
		ref := "FUTURE_REF"
		if l.deictic == dPast {
			ref = "PAST_REF"
		} else if l.deictic == dPresent {
			ref = "PRESENT_REF"
		}
		return k + 1, sem{kind: kRef, ref: ref}, true
	case l.rel == rLast && m.is(k+1, "half"):
		// "the last half of 1989"
		return m.periodOf(k+2, sem{kind: kDate, gran: gHalf, half: 2})
	case l.rel != 0:
		return m.relAt(k, true)
	case l.unit == uWeekend && !l.plural:
		return k + 1, sem{kind: kRel, unit: uWeekend, anchor: aDeictic, n: 0, gran: gWeekend}, true
	case l.daypart != 0 && (m.fn(k+1, fOf) || m.is(k+1, "hours") && m.fn(k+2, fOf)):
		// the night of April 18, 1775; the morning hours of 30 April
		k2 := k + 2
		if m.is(k+1, "hours") {
			k2++
		}
		if j, s, ok := m.core0(k2); ok && (s.kind == kDate && s.gran == gDay || s.kind == kNamed && s.weekday != 0) {
			s.daypart = l.daypart
			return j, s, true
		}
		return 0, fail, false
	case l.fn == fLatest || l.fn == fComparable || l.unit == uYear && !l.plural && m.punct(k+1, '-'):
		k2 := k
		if l.fn != 0 {
			k2++
		}
		off := 0
		if m.fn(k2, fFiscal) {
			k2++
		}
		if k3, ok := m.yearAgo(k2); ok {
			k2, off = k3, -4
		}
		if l.fn == fComparable && off == 0 {
			off = -4
		}
		if j, s, ok := m.quarterNoun(k2, off); ok {
			return j, s, true
		}
		if l.fn == fLatest {
			if j, s, ok := m.countAt(k2); ok && s.kind == kDuration {
				return j, s, true
			}
		}
		return 0, fail, false
	case l.unit == uQuarter && !l.plural && !(m.punct(k+1, '-') && m.adj(k) && m.is(k+2, "to")):
		// "the quarter" (not "the quarter-to-quarter comparison")
		return k + 1, sem{kind: kRel, unit: uQuarter, curQ: true}, true
	case l.unit == uDay && !l.plural && m.lex(k+1) != nil && (m.lex(k+1).shift == sBefore || m.lex(k+1).shift == sAfter) && (m.tok(k+2) == nil || m.tok(k+2).kind == tPunct && m.tok(k+2).b != '\'' && m.tok(k+2).b != '-'):
		// "the day before,", "the day after.": the neighbouring day
		n := 1
		if m.lex(k+1).shift == sBefore {
			n = -1
		}
		return k + 2, sem{kind: kRel, unit: uDay, n: n, anchor: aNarrative}, true
	case (m.is(k, "early") || m.is(k, "earlier") || m.is(k, "latter") || m.is(k, "later") || m.is(k, "last") || m.is(k, "first")) && m.is(k+1, "part") && m.fn(k+2, fOf):
		// "the latter part of the year", "the early part of 1944"
		mod := "START"
		if m.is(k, "latter") || m.is(k, "later") || m.is(k, "last") {
			mod = "END"
		}
		if m.fn(k+3, fThe) {
			if ul := m.lex(k + 4); ul != nil && !ul.plural && (ul.unit == uYear || ul.unit == uMonth || ul.unit == uWeek || ul.unit == uDecade || ul.unit == uCentury) {
				return k + 5, sem{kind: kRel, unit: ul.unit, anchor: aNarrative, mod: mod}, true
			}
		}
		if j, s, ok := m.core(k + 3); ok && (s.kind == kDate || s.kind == kRel || s.kind == kNamed) {
			if s.mod == "" {
				s.mod = mod
			}
			return j, s, true
		}
		return 0, fail, false
	case l.unit != 0 && !l.plural && l.unit != uWeekend && m.is(k+1, "following") && m.postposed(k+1):
		// "the day following": the next one
		return k + 2, sem{kind: kRel, unit: l.unit, n: 1, anchor: aNarrative}, true
	case l.unit == uYear && !l.plural && (m.is(k+1, "ended") || m.is(k+1, "ending")):
		// "the year ended Sept. 30": a fiscal year, a stretch of time
		return k + 1, sem{kind: kDuration, unit: uYear, n: 1}, true
	case l.unit != 0 && l.plural && m.is(k+1, "ahead"):
		return k + 2, sem{kind: kDuration, unit: l.unit, n: -1}, true
	case l.fn == fFiscal:
		if ul := m.lex(k + 1); ul != nil && ul.unit == uYear && !ul.plural {
			return k + 2, sem{kind: kDuration, unit: uYear, n: 1}, true
		}
		if j, s, ok := m.countAt(k + 1); ok && s.kind == kDate {
			return j, s, true
		}
		return 0, fail, false
	case l.isNum || l.vague || l.ord != 0:
		j, s, ok := m.countAt(k)
		if !ok || m.is(k, "a") || m.is(k, "an") {
			return 0, fail, false
		}
		if s.kind == kDuration && m.capital(k) && m.capital(j-1) {
			return 0, fail, false // "the Seven Years' War": the article is the name's
		}
		if s.kind == kDuration && m.punct(j-2, '-') && m.adj(j-2) && m.lex(j-1) != nil && m.lex(j-1).unit != 0 {
			return 0, fail, false // "the eight-year war": the article is the noun's
		}
		if s.kind == kDuration && s.n > 1 && m.lex(j-1) != nil && m.lex(j-1).unit != 0 && !m.lex(j-1).plural {
			return 0, fail, false // "the two day rally": a singular unit after a count is an adjective
		}
		if s.kind == kDate && s.gran == gQuarter && m.punct(k+1, '-') {
			return 0, fail, false // "the third-quarter results": the adjective has no "the"
		}
		if s.kind == kDuration || (s.kind == kDate && (s.gran == gQuarter || s.gran == gHalf || s.gran == gCentury || s.gran == gDecade || s.gran == gDay)) {
			return j, s, true
		}
		return 0, fail, false
	case l.unit == uYear && l.plural && m.tok(k+1) != nil && m.tok(k+1).kind == tNum:
		// "the years 1751-1777": the stretch, both years counted
		if y1, ok := m.yearNum(k + 1); ok && m.punct(k+2, '-') && m.adj(k+1) && m.adj(k+2) {
			if y2, ok := m.yearNum(k + 3); ok && y2 > y1 && y2-y1 < 200 {
				return k + 4, sem{kind: kDuration, unit: uYear, n: y2 - y1 + 1}, true
			}
		}
		return 0, fail, false
	case l.unit == uYear && !l.plural:
		// the year 1944
		if y, ok := m.yearNum(k + 1); ok {
			return k + 2, sem{kind: kDate, gran: gYear, year: y, hasYear: true}, true
		}
		if n, j, ok := m.numPhrase(k + 1); ok && n >= 1000 && n < 3000 && m.tok(k+1).kind == tWord {
			return j, sem{kind: kDate, gran: gYear, year: n, hasYear: true}, true
		}
		if j, s, ok := m.countAt(k + 1); ok && s.kind == kDate && s.gran == gYear {
			return j, s, true
		}
	}
	return 0, fail, false
}

// posAt parses "early 1990", "mid-November", "late last year",
// "end of 1944", "beginning of the war"(no), at a pos word.
func (m *matcher) posAt(i int) (int, sem, bool) {
	l := m.lex(i)
	mod := [...]string{"", "START", "MID", "END"}[l.pos]
	k := i + 1
	switch {
	case m.is(i, "early") || m.is(i, "mid") || m.is(i, "late") || m.is(i, "middle") && m.punct(k, '-'):
		if m.punct(k, '-') && m.adj(i) {
			k++
		} else if m.fn(k, fIn) && m.fn(k+1, fThe) {
			// "late in the year"
			if ul := m.lex(k + 2); ul != nil && !ul.plural && (ul.unit == uYear || ul.unit == uMonth || ul.unit == uWeek || ul.unit == uDay) {
				return k + 3, sem{kind: kRel, unit: ul.unit, anchor: aNarrative, mod: mod}, true
			}
			return 0, fail, false
		} else if m.fn(k, fIn) {
			// "early in 1914", "late in the war" (no)
			if j, s, ok := m.core0(k + 1); ok && s.kind == kDate && (s.hasYear && s.gran <= gMonth || s.gran == gSeason) {
				s.mod = mod
				return j, s, true
			}
			return 0, fail, false
		}
	default:
		if !m.fn(k, fOf) {
			return 0, fail, false
		}
		k++
		if m.fn(k, fThe) {
			// "the end of the year", "the beginning of the month"
			if ul := m.lex(k + 1); ul != nil && !ul.plural && (ul.unit == uYear || ul.unit == uMonth || ul.unit == uWeek || ul.unit == uDecade || ul.unit == uCentury) {
				return k + 2, sem{kind: kRel, unit: ul.unit, anchor: aDeictic, n: 0, mod: mod}, true
			}
			j, s, ok := m.afterThe(k)
			if ok && (s.kind == kDate || s.kind == kRel || s.kind == kNamed) {
				s.mod = mod
				return j, s, true
			}
			return 0, fail, false
		}
	}
	if dl := m.lex(k); m.is(i, "mid") && dl != nil && dl.daypart >= 1 && dl.daypart <= 3 {
		// "mid-afternoon yesterday", "by mid morning": a part of a day
		if j, ds, ok := m.core0(k + 1); ok && (ds.kind == kNamed && ds.weekday != 0 || ds.kind == kRel && ds.unit == uDay && !ds.hasTime) && ds.daypart == 0 {
			ds.daypart = dl.daypart
			return j, ds, true
		}
		return k + 1, sem{kind: kRel, unit: uDay, n: 0, anchor: aDocument, daypart: dl.daypart}, true
	}
	j, s, ok := m.core0(k)
	if !ok {
		return 0, fail, false
	}
	switch s.kind {
	case kDate:
		if s.gran > gMonth && s.gran != gSeason {
			if s.gran == gDay && m.is(i, "late") && s.hour == 0 {
				break
			}
			return 0, fail, false
		}
	case kRel, kNamed:
	default:
		return 0, fail, false
	}
	s.mod = mod
	return j, s, true
}

// month parses expressions starting with a month name.
func (m *matcher) month(i int) (int, sem, bool) {
	mo := int(m.lex(i).month)
	t := m.tok(i)
	n := t.e - t.s
	if !m.capital(i) {
		return 0, fail, false
	}
	abbr := n <= 4 && !m.is(i, "june") && !m.is(i, "july") && !m.is(i, "may")
	k := i + 1
	if abbr {
		if m.punct(k, '.') && m.adj(i) {
			k++
		} else if m.allCaps(i) && n == 3 {
			// JAN 12
		} else if nt := m.tok(k); nt == nil || nt.kind != tNum {
			return 0, fail, false
		}
	}
	s := sem{kind: kDate, gran: gMonth, month: mo}
	// Month Day[,] [Year]
	if d, j, ok := m.dayNum(k); ok && m.tok(k).kind == tNum && !(m.punct(j, ':') && m.adj(j-1) && m.adj(j)) {
		if d > 31 {
			return 0, fail, false
		}
		s.gran, s.day = gDay, d
		// ranges "June 9-11": keep the first day
		k2 := j
		if m.punct(k2, ',') {
			k2++
		} else if m.fn(k2, fOf) && m.tok(k2+1) != nil && m.tok(k2+1).nd == 4 {
			k2++ // "June 20 of 1792"
		}
		if y, bc, j2, ok := m.yearAfter(k2, m.punct(j, ',')); ok {
			s.year, s.bc, s.hasYear = y, bc, true
			return j2, s, true
		}
		return j, s, true
	}
	// Month [,|of] Year
	k2 := k
	comma := false
	if m.punct(k2, ',') {
		k2++
		comma = true
	} else if m.fn(k2, fOf) {
		k2++
		comma = true
	}
	if y, bc, j2, ok := m.yearAfter(k2, comma); ok {
		s.year, s.bc, s.hasYear = y, bc, true
		return j2, s, true
	}
	// "the 9th of April" handled elsewhere; month alone
	if m.is(i, "may") || m.is(i, "march") {
		// modal / verb guards: need a date-like left context
		if !m.monthContext(i) {
			return 0, fail, false
		}
	}
	if abbr && !(m.punct(i+1, '.')) {
		return 0, fail, false
	}
	return k, s, true
}

// monthContext reports whether the words before a lone month name make it a
// month ("in May", "early March", "last May").
func (m *matcher) monthContext(i int) bool {
	if m.punct(i+1, '-') && m.adj(i) && m.lex(i+2) != nil && m.lex(i+2).month != 0 && m.capital(i+2) {
		return true // "May-August 1950"
	}
	if (m.is(i-1, "a") || m.is(i-1, "an")) && m.capital(i) && !m.allCaps(i) && m.tok(i+1) != nil && m.tok(i+1).kind == tWord && !m.capital(i+1) && m.lex(i+1) == nil {
		return true // "a March operation"
	}
	switch w := m.word(i - 1); len(w) {
	case 2:
		if m.is(i-1, "by") {
			return true
		}
	case 5:
		if m.is(i-1, "since") || m.is(i-1, "after") {
			return true
		}
	case 6:
		if m.is(i-1, "during") || m.is(i-1, "before") {
			return true
		}
	}
	p := m.lex(i - 1)
	if p == nil {
		if m.punct(i-1, '-') && m.adj(i-1) {
			return m.is(i-2, "mid")
		}
		return false
	}
	if p.pos != 0 || p.rel != 0 || p.month != 0 {
		return true
	}
	switch p.fn {
	case fIn, fOf, fFrom, fUntil, fTo, fThrough, fBetween, fAnd:
		return !m.is(i+1, "be") && !m.is(i+1, "have")
	}
	w := m.word(i - 1)
	switch len(w) {
	case 2:
		return m.is(i-1, "by")
	case 5:
		return m.is(i-1, "since") || m.is(i-1, "after")
	case 6:
		return m.is(i-1, "during") || m.is(i-1, "before")
	}
	return false
}

// yearAfter reads a year at k following a month or day ("1952", "44 BC").
// loose allows a bare two/three-digit year before an era.
func (m *matcher) yearAfter(k int, _ bool) (int, bool, int, bool) {
	t := m.tok(k)
	if t != nil && t.kind == tWord && t.lex != nil && t.lex.isNum {
		// "January nineteen ninety-seven"
		if j, s, ok := m.countAt(k); ok && s.kind == kDate && s.gran == gYear {
			return s.year, false, j, true
		}
		return 0, false, 0, false
	}
	if t == nil || t.kind != tNum || t.nd > 4 {
		return 0, false, 0, false
	}
	if m.adj(k) && m.tok(k+1) != nil && (m.tok(k+1).kind == tWord || m.punct(k+1, ':') && m.adj(k+1)) {
		if j, bc, ok := m.era(k + 1); ok {
			return t.num, bc, j, true
		}
		return 0, false, 0, false
	}
	if j, bc, ok := m.era(k + 1); ok {
		return t.num, bc, j, true
	}
	if t.nd == 4 {
		if _, ok := m.yearNum(k); ok {
			return t.num, false, k + 1, true
		}
	}
	if t.nd == 3 && t.num >= 100 && m.noNounAfter(k) && m.dayBefore(k) {
		if _, ok := m.yearNum(k); ok {
			return t.num, false, k + 1, true // "25 December 800"
		}
	}
	return 0, false, 0, false
}

// era reads "BC", "B.C.", "BCE", "AD", "A.D." at k.
func (m *matcher) era(k int) (int, bool, bool) {
	l := m.lex(k)
	if l != nil && l.era != 0 && m.allCaps(k) {
		return k + 1, l.era == 1, true
	}
	// B.C. / A.D. / B.C.E.
	if m.is(k, "b") && m.punct(k+1, '.') && m.is(k+2, "c") && m.allCaps(k) {
		j := k + 3
		if m.punct(j, '.') {
			j++
		}
		if m.is(j, "e") && m.allCaps(j) {
			j++
			if m.punct(j, '.') {
				j++
			}
		}
		return j, true, true
	}
	if m.is(k, "a") && m.allCaps(k) && m.punct(k+1, '.') && m.adj(k) && m.is(k+2, "d") && m.allCaps(k+2) {
		j := k + 3
		if m.punct(j, '.') {
			j++
		}
		return j, false, true
	}
	return 0, false, false
}

// weekdayAt parses "Friday", "Friday, September 12", "Friday morning".
func (m *matcher) weekdayAt(i int) (int, sem, bool) {
	t := m.tok(i)
	wd := int(m.lex(i).weekday)
	full := t.e-t.s >= 6
	k := i + 1
	if !full {
		if !m.capital(i) || !m.punct(k, '.') && !m.punct(k, ',') {
			return 0, fail, false
		}
		if m.punct(k, '.') {
			k++
		}
	} else if !m.capital(i) && !m.allCaps(i) {
		return 0, fail, false
	}
	k2 := k
	if m.punct(k2, ',') {
		k2++
	}
	if ml := m.lex(k2); ml != nil && ml.month != 0 {
		if j, s, ok := m.month(k2); ok && s.gran == gDay {
			s.weekday = wd
			return j, s, true
		}
	}
	if d, j, ok := m.dayNum(k2); ok {
		if ml := m.lex(j); ml != nil && ml.month != 0 || m.fn(j, fOf) && m.lex(j+1) != nil && m.lex(j+1).month != 0 {
			if j2, s, ok := m.number(k2); ok && s.gran == gDay && s.day == d {
				s.weekday = wd
				return j2, s, true
			}
		}
	}
	if !full {
		return 0, fail, false
	}
	return k, sem{kind: kNamed, weekday: wd, dir: 2, anchor: aDeictic}, true
}

// seasonAt parses "summer", "summer 1944", "the summer of 1944".
func (m *matcher) seasonAt(i int, the bool) (int, sem, bool) {
	se := m.lex(i).season
	s := sem{kind: kDate, gran: gSeason, season: se}
	k := i + 1
	k2 := k
	if m.fn(k2, fOf) {
		k2++
	}
	if y, bc, j, ok := m.yearAfter(k2, true); ok {
		s.year, s.bc, s.hasYear = y, bc, true
		return j, s, true
	}
	if m.fn(k, fOf) {
		return 0, fail, false // "the fall of Paris"
	}
	if m.fn(k, fSeasonal) {
		// "a spring offensive", "the fall campaign"
		return k, s, true
	}
	if (m.is(i, "fall") || m.is(i, "spring")) && !(m.capital(i) && i > 0 && !m.punct(i-1, '.') && !m.punct(i-1, '"')) {
		if !the && !m.fn(i-1, fIn) && !m.fn(i-1, fOf) {
			return 0, fail, false
		}
		if m.is(i, "spring") && m.fn(i-1, fOf) && !the {
			return 0, fail, false
		}
	}
	if nl := m.lex(k); nl != nil && (nl.unit != 0 || nl.season != 0) {
		return 0, fail, false // "summer months", "winter offensive" (no)
	}
	return k, s, true
}

// deictic parses today, yesterday, now, recently...
func (m *matcher) deictic(i int) (int, sem, bool) {
	l := m.lex(i)
	switch l.deictic {
	case dToday, dTomorrow:
		if m.genericDay(i) {
			return 0, fail, false
		}
		if m.capital(i) && !m.allCaps(i) && m.capital(i-1) && !m.adj(i-1) {
			return 0, fail, false // "USA Today", "VOA Today": a name
		}
	}
	switch l.deictic {
	case dToday:
		return i + 1, sem{kind: kRel, unit: uDay, n: 0, anchor: aDocument}, true
	case dYesterday:
		return i + 1, sem{kind: kRel, unit: uDay, n: -1, anchor: aDeictic}, true
	case dTomorrow:
		return i + 1, sem{kind: kRel, unit: uDay, n: 1, anchor: aDeictic}, true
	case dTonight:
		return i + 1, sem{kind: kRel, unit: uDay, n: 0, anchor: aDocument, daypart: 4}, true
	case dNow, dCurrently:
		return i + 1, sem{kind: kRef, ref: "PRESENT_REF"}, true
	case dRecently, dPreviously:
		return i + 1, sem{kind: kRef, ref: "PAST_REF"}, true
	case dSoon:
		return i + 1, sem{kind: kRef, ref: "FUTURE_REF"}, true
	case dPresent:
		if m.fn(i-1, fAt) {
			return i + 1, sem{kind: kRef, ref: "PRESENT_REF"}, true
		}
		if m.punct(i+1, '-') && m.adj(i) && m.adj(i+1) && m.is(i+2, "day") {
			return i + 3, sem{kind: kRef, ref: "PRESENT_REF"}, true // "present-day Belize"
		}
	case dFuture:
		if m.is(i-1, "near") || m.is(i-1, "foreseeable") {
			return 0, fail, false
		}
	}
	return 0, fail, false
}

// relAt parses "last year", "next Friday", "the past two weeks", "that
// October", "the following day" at a relative determiner. the says whether
// "the" preceded.
func (m *matcher) relAt(i int, the bool) (int, sem, bool) {
	j, s, ok := m.relAt0(i, the)
	if ok && the && s.kind == kRel && s.n != 0 && !s.curQ && m.is(i-2, "for") {
		// "for the next year", "for the past decade": a stretch of time
		if l := m.lex(i); l != nil && (l.rel == rNext || l.rel == rLast || l.rel == rComing || l.deictic == dPast) {
			return j, sem{kind: kDuration, unit: s.unit, n: 1}, true
		}
	}
	return j, s, ok
}

func (m *matcher) relAt0(i int, the bool) (int, sem, bool) {
	l := m.lex(i)
	if l == nil {
		return 0, sem{}, false
	}
	r := l.rel
	if r == rThis && m.is(i+1, "past") {
		// "this past spring" is the last one
		if nl := m.lex(i + 2); nl != nil && (nl.season != 0 || nl.weekday != 0 && m.capital(i+2) || nl.month != 0 && m.capital(i+2)) {
			return i + 3, sem{kind: kNamed, season: nl.season, weekday: int(nl.weekday), month: int(nl.month), dir: -1, anchor: aDeictic}, true
		}
	}
	if r == rThis && m.is(i+1, "coming") {
		if j, s, ok := m.relAt0(i+1, false); ok {
			return j, s, ok // "this coming Sunday"
		}
	}
	if l.deictic == dPast {
		r = rPast
	}
	k := i + 1
	if m.fn(k, fFiscal) && m.lex(k+1) != nil && m.lex(k+1).unit == uYear && !m.lex(k+1).plural && (r == rThis || r == rLast || r == rNext || r == rPrevious || r == rFollowing) {
		k++ // "the current fiscal year", "next fiscal year"
	}
	nl := m.lex(k)
	nt := m.tok(k)
	if nt == nil {
		return 0, fail, false
	}
	anchor := aDeictic
	off := 0
	switch r {
	case rLast, rPast, rPrevious:
		off = -1
	case rNext, rComing, rFollowing:
		off = 1
	}
	if r == rPrevious || r == rFollowing || r == rSame || r == rThat {
		anchor = aNarrative
	}
	if r == rNext && the {
		anchor = aNarrative
	}
	if r == rThat && !m.is(i, "that") {
		return 0, fail, false
	}
	if r == rThat && m.lex(k) != nil && m.lex(k).rel == rSame {
		return m.relAt(k, true) // "that same day"
	}
	// a count: "the past two weeks", "the next few days", "last five years"
	if nt.kind == tNum || nl != nil && (nl.isNum && !m.is(k, "a") && !m.is(k, "an") || nl.vague) {
		if r == rLast || r == rPast || r == rNext || r == rComing || r == rFollowing || r == rPrevious || r == rRecent {
			n, j, ok := m.numPhrase(k)
			if ok {
				if ul := m.lex(j); ul != nil && ul.unit != 0 {
					s := sem{kind: kDuration, unit: ul.unit, n: n}
					return j + 1, s, true
				}
			}
		}
		return 0, fail, false
	}
	if nl == nil || nl.unit == 0 && nl.month == 0 && nl.weekday == 0 && nl.season == 0 && nl.daypart == 0 && nl.fn != fTime {
		if !the && m.is(i, "current") {
			if m.is(i-1, "then") {
				return k, sem{kind: kRef, ref: "PAST_REF", startPrev: true}, true // "the then current price"
			}
			return k, sem{kind: kRef, ref: "PRESENT_REF"}, true
		}
		if !the && m.is(i, "recent") {
			return k, sem{kind: kRef, ref: "PAST_REF"}, true
		}

		return 0, fail, false
	}
	switch {
	case nl.unit != 0 && m.capital(i) && m.capital(k) && !m.allCaps(k) && i > 0 && !m.punct(i-1, '.'):
		return 0, fail, false // a title: ABC's "This Week"
	case nl.unit != 0:
		u := nl.unit
		if nl.plural {
			if r == rRecent && u == uYear || r == rPast && !the {
				return k + 1, sem{kind: kRef, ref: "PAST_REF"}, true // "in recent years", "in past years"
			}
			if r == rComing && !the {
				return k + 1, sem{kind: kRef, ref: "FUTURE_REF"}, true // "in coming months"
			}
			if r == rRecent || r == rPast || r == rComing || r == rLast || r == rNext || r == rFollowing {
				return k + 1, sem{kind: kDuration, unit: u, n: -1}, true
			}
			return 0, fail, false
		}
		if r == rRecent {
			return 0, fail, false
		}
		if r == rPast && !the {
			return k + 1, sem{kind: kDuration, unit: u, n: 1}, true
		}
		if r == rPast && u != uYear {
			return k + 1, sem{kind: kDuration, unit: u, n: 1}, true
		}
		if r == rThat && (u == uHour || u == uMinute || u == uSecond) {
			return 0, fail, false
		}
		if u == uYear && m.punct(k+1, '\'') && m.is(k+2, "s") && (r == rThis || r == rLast || r == rNext) {
			// this year's third quarter, last year's quarter
			if j, qs, ok := m.quarterNoun(k+3, 4*off); ok {
				if qs.kind == kDate {
					return j, sem{kind: kNamed, quarter: qs.quarter, dir: int8(off), anchor: anchor}, true
				}
				return j, qs, true
			}
		}
		s := sem{kind: kRel, unit: u, n: off, anchor: anchor}
		if u == uWeekend {
			s.gran = gWeekend
		}
		return k + 1, s, true
	case nl.month != 0:
		if !m.capital(k) {
			return 0, fail, false
		}
		if r == rThat || r == rSame {
			return k + 1, sem{kind: kDate, gran: gMonth, month: int(nl.month), anchor: aNarrative}, true
		}
		if r == rRecent || r == rPast || r == rComing || r == rPrevious || r == rFollowing {
			return 0, fail, false
		}
		j := k + 1
		if nt.e-nt.s <= 4 && !m.is(k, "june") && !m.is(k, "july") && !m.is(k, "may") {
			j = m.skipDot(k) + 1
		}
		return j, sem{kind: kNamed, month: int(nl.month), dir: int8(off), anchor: anchor}, true
	case nl.weekday != 0:
		if r == rRecent || r == rPast || r == rComing || r == rSame || (r == rPrevious || r == rFollowing) && !the {
			return 0, fail, false
		}
		if nt.e-nt.s < 6 {
			return 0, fail, false // "that Sun"
		}
		s := sem{kind: kNamed, weekday: int(nl.weekday), dir: int8(off), anchor: anchor}
		if r == rThat {
			s.dir = 2
		}
		return k + 1, s, true
	case nl.season != 0:
		if r == rRecent || r == rPast || r == rComing {
			return 0, fail, false
		}
		if r == rThat || r == rSame {
			return k + 1, sem{kind: kDate, gran: gSeason, season: nl.season, anchor: aNarrative}, true
		}
		return k + 1, sem{kind: kNamed, season: nl.season, dir: int8(off), anchor: anchor}, true
	case nl.daypart != 0:
		if r == rThis || r == rThat || r == rSame || r == rFollowing || r == rNext || r == rPrevious || r == rLast {
			a := aDocument
			n := 0
			if r != rThis {
				a = aNarrative
			}
			if r == rFollowing || r == rNext {
				n = 1
			}
			if r == rPrevious || r == rLast {
				n = -1
			}
			return k + 1, sem{kind: kRel, unit: uDay, n: n, anchor: a, daypart: nl.daypart}, true
		}
	case nl.fn == fTime && !m.is(k, "times") && !m.fn(k+1, fOf):
		// the history convention: "this time", "at the same time", "that time"
		switch r {
		case rThis:
			if !m.timePrep(i - 1) {
				return 0, fail, false // "again, this time to Numidia": an occasion
			}
			return k + 1, sem{kind: kRef, ref: "PRESENT_REF", narrOnly: true, timeType: true}, true
		case rSame, rThat:
			return k + 1, sem{kind: kRel, unit: uDay, anchor: aNarrative, narrOnly: true, timeType: true}, true
		}
	}
	return 0, fail, false
}

// every parses "every week", "each year", "every Sunday", "every two years".
func (m *matcher) every(i int) (int, sem, bool) {
	k := i + 1
	n := 1
	if c, j, ok := m.numPhrase(k); ok && c > 0 && !m.is(k, "a") {
		n, k = c, j
	}
	l := m.lex(k)
	if l == nil {
		return 0, fail, false
	}
	if l.unit != 0 && (!l.plural || n > 1) {
		return k + 1, sem{kind: kSet, unit: l.unit, n: n}, true
	}
	if l.weekday != 0 && m.capital(k) {
		return k + 1, sem{kind: kSet, weekday: int(l.weekday)}, true
	}
	if l.daypart != 0 && n == 1 {
		return k + 1, sem{kind: kSet, unit: uDay, n: 1, daypart: l.daypart}, true
	}
	if n == 1 && m.capital(k) && (l.month != 0 && (m.tok(k).e-m.tok(k).s >= 5 || m.is(k, "may") || m.is(k, "june") || m.is(k, "july")) || l.season != 0) {
		// "each July", "every Summer": XXXX-07, XXXX-SU
		return k + 1, sem{kind: kSet, month: int(l.month), season: l.season}, true
	}
	if n == 1 && l.season != 0 {
		return k + 1, sem{kind: kSet, season: l.season}, true // "every spring"
	}
	return 0, fail, false
}

// countAt parses count-based expressions at a number word, ordinal or
// vague count: "three years", "two days ago", "the first quarter".
func (m *matcher) countAt(i int) (int, sem, bool) {
	l := m.lex(i)
	if l == nil {
		return 0, fail, false
	}
	if l.ord != 0 && l.ord > 0 {
		k := i + 1
		if m.punct(k, '-') && m.adj(i) {
			k++
		}
		if m.fn(k, fFiscal) {
			k++
		}
		if _, ok := m.coordCenturies(k); ok {
			return m.coordCentury(k, int(l.ord)) // "the 14th and 15th centuries"
		}
		ul := m.lex(k)
		if ul != nil && ul.plural && ul.unit == uCentury && m.coordBefore(i) {
			return m.centuryEnd(k+1, int(l.ord)) // the "15th centuries" of "the 14th and 15th centuries"
		}
		if ul != nil && !ul.plural {
			switch ul.unit {
			case uQuarter:
				if l.ord <= 4 {
					return m.periodOf(k+1, sem{kind: kDate, gran: gQuarter, quarter: l.ord})
				}
			case uCentury:
				return m.centuryEnd(k+1, int(l.ord))
			}
			if m.is(k, "half") && l.ord <= 2 {
				return m.periodOf(k+1, sem{kind: kDate, gran: gHalf, half: l.ord})
			}
		}
		if m.is(k, "half") && l.ord <= 2 {
			return m.periodOf(k+1, sem{kind: kDate, gran: gHalf, half: l.ord})
		}
		// "the first nine months"
		if n, j, ok := m.numPhrase(k); ok && n > 1 {
			if ul := m.lex(j); ul != nil && ul.unit != 0 && ul.plural {
				return j + 1, sem{kind: kDuration, unit: ul.unit, n: n}, true
			}
		}
		// "the 9th of April"
		if l.ord <= 31 && m.fn(k, fOf) && m.lex(k+1) != nil && m.lex(k+1).month != 0 && m.capital(k+1) {
			return m.dayMonth(i, int(l.ord), k)
		}
		return 0, fail, false
	}
	n, j, ok := m.numPhrase(i)
	if !ok {
		return 0, fail, false
	}
	// spelled years: "nineteen ninety-six", "nineteen eighty"
	if n >= 11 && n <= 20 && j == i+1 {
		if l2 := m.lex(j); l2 != nil && l2.isNum && l2.num >= 20 && l2.num < 100 {
			if n2, j2, ok := m.numPhrase(j); ok && n2 < 100 {
				if ul := m.lex(j2); ul == nil || ul.unit == 0 {
					return j2, sem{kind: kDate, gran: gYear, year: n*100 + n2, hasYear: true}, true
				}
			}
		}
	}
	if k, s, ok := m.unitAfterCount(i, n, j); ok {
		return k, s, true
	}
	return 0, fail, false
}

// unitAfterCount parses the unit after a count read from i to j.
func (m *matcher) unitAfterCount(i, n, j int) (int, sem, bool) {
	k := j
	if n > 1 && (m.is(k, "or") || m.fn(k, fTo)) && !m.is(i, "a") && !m.is(i, "an") {
		// "ten or fifteen years": the first count takes the unit of the
		// second and is an expression of its own; "two to three weeks" is
		// one range, valued by its lower bound
		if n2, j2, ok := m.numPhrase(k + 1); ok && n2 > n {
			if ul := m.lex(j2); ul != nil && ul.unit != 0 && ul.plural && !m.punct(j2+1, '-') {
				if sl := m.lex(j2 + 1); sl == nil || sl.shift == 0 {
					if m.is(k, "or") {
						return j, sem{kind: kDuration, unit: ul.unit, n: n}, true
					}
					return j2 + 1, sem{kind: kDuration, unit: ul.unit, n: n}, true
				}
			}
		}
	}
	if m.is(k, "more") || m.is(k, "additional") || m.is(k, "further") || m.is(k, "extra") || m.is(k, "full") || m.is(k, "trading") || m.is(k, "business") {
		// "20 more years", "an additional year", "eight trading days"
		if ul := m.lex(k + 1); ul != nil && ul.unit != 0 && !m.punct(k+2, '-') {
			k++
		}
	} else if n > 1 && m.countAdjective(k) {
		// "two bloody weeks", "ten brutal months", "three consecutive days"
		if ul := m.lex(k + 1); ul != nil && ul.unit != 0 && ul.plural && !m.punct(k+2, '-') {
			k++
		}
	}
	adjHyphen := false
	if m.punct(k, '-') && m.adj(k-1) && m.adj(k) {
		k++
		adjHyphen = true
	}
	ul := m.lex(k)
	if ul == nil || ul.unit == 0 {
		// "5 1/2 hours"
		return 0, fail, false
	}
	if adjHyphen && (m.is(i, "a") || m.is(i, "an")) && j > i+1 {
		return 0, fail, false // "a several-year tenure": the article is the noun's
	}
	if (m.is(i, "a") || m.is(i, "an")) && j == i+1 && m.punct(k+1, '-') && m.adj(k) && m.is(k+2, "long") {
		return 0, fail, false // "a month-long siege": the adjective is the expression
	}
	if ul.unit == uWeekend || ul.unit == uQuarter && !ul.plural && n != 1 {
		return 0, fail, false
	}
	if ul.unit == uQuarter && m.is(i, "some") {
		return 0, fail, false // "argued in some quarters": places
	}
	if ul.unit == uQuarter && (adjHyphen || m.fn(k+1, fOf)) {
		return 0, fail, false // "three-quarters of its food"
	}
	if (m.is(i, "a") || m.is(i, "an")) && n == 1 {
		if ul.plural || ul.unit == uSecond || ul.unit == uQuarter {
			return 0, fail, false
		}
		if _, ok := m.yearAgo(k); ok {
			return 0, fail, false // "a year-earlier loss": the adjective is the expression
		}
		// "a day" after a number: "twice a day", "$5 a year" are rates
		sh := m.lex(k + 1)
		if p := m.tok(i - 1); p != nil && (sh == nil || sh.shift == 0) && (p.kind == tNum || m.is(i-1, "twice") || m.is(i-1, "once") || m.is(i-1, "times") || m.is(i-1, "share") || p.lex != nil && (p.lex.isNum || p.lex.count)) {
			if p.kind == tNum || p.lex != nil && p.lex.count {
				// "attacks averaging 30 a day": histories tag the rate's unit
				return k + 1, sem{kind: kDuration, unit: ul.unit, n: 1, narrOnly: true}, true
			}
			return 0, fail, false
		}
	}
	s := sem{kind: kDuration, unit: ul.unit, n: n}
	j = k + 1
	if m.punct(j, '-') && m.adj(j-1) && m.adj(j) && m.is(j+1, "long") {
		j += 2 // "a 10-day-long strike"
	} else if m.is(j, "long") && !m.is(j+1, "as") && !m.is(j+1, "before") && !m.is(j+1, "after") && !m.is(j+1, "ago") {
		j++ // "the nine day long battle", "two years long"
	}
	if m.is(j, "or") && m.is(j+1, "so") && !adjHyphen {
		// "a week or so ago", "ten days or so"
		s.mod, s.approx = "APPROX", true
		j += 2
	}
	// ages: "6-year-old", "52 years old"; histories tag an age written
	// out ("all males who were 18 years old")
	if m.is(j, "old") && !adjHyphen && n > 0 {
		s.narrOnly = true
		return j + 1, s, true
	}
	if m.is(j, "old") || m.punct(j, '-') && m.is(j+1, "old") {
		return 0, fail, false
	}
	// fractions: "5 1/2 hours" handled by number(); "an hour and a half"
	if sl := m.lex(j); sl != nil && sl.shift != 0 && !adjHyphen {
		if n < 0 {
			// a vague count: "a few days later", "several years ago"
			switch sl.shift {
			case sAgo, sEarlier:
				return j + 1, sem{kind: kRef, ref: "PAST_REF"}, true
			case sLater, sHence, sAfterwards:
				return j + 1, sem{kind: kRef, ref: "FUTURE_REF"}, true
			}
		}
		switch sl.shift {
		case sAgo, sHence:
			off := n
			if sl.shift == sAgo {
				off = -n
			}
			return j + 1, sem{kind: kRel, unit: ul.unit, n: off, anchor: aDeictic, mod: s.mod, approx: n < 0, finYear: n == 1 && ul.unit == uYear, yearShift: true}, true
		case sBefore, sAfter:
			// "two years before," with no event after it
			if nt := m.tok(j + 1); nt == nil || nt.kind == tPunct && nt.b != '\'' && nt.b != '"' {
				off := n
				if sl.shift == sBefore {
					off = -n
				}
				return j + 1, sem{kind: kRel, unit: ul.unit, n: off, anchor: aNarrative, approx: n < 0, yearShift: true}, true
			}
		case sLater, sEarlier, sAfterwards:
			off := n
			if sl.shift == sEarlier {
				off = -n
			}
			return j + 1, sem{kind: kRel, unit: ul.unit, n: off, anchor: aNarrative, mod: s.mod, approx: n < 0, finYear: n == 1 && ul.unit == uYear && sl.shift == sEarlier, yearShift: true}, true
		}
	}
	if m.is(j, "following") && !adjHyphen && m.postposed(j) {
		// "the two days following,", "for several days following"; not
		// "two days following the vote"
		if n < 0 {
			return j + 1, s, true
		}
		return j + 1, sem{kind: kRel, unit: ul.unit, n: n, anchor: aNarrative, yearShift: true}, true
	}
	if m.is(j, "from") && m.is(j+1, "now") {
		return j + 2, sem{kind: kRel, unit: ul.unit, n: n, anchor: aDeictic}, true
	}
	// "a minute and a half": PT1M30S
	if n > 0 && !ul.plural && m.is(j, "and") && (m.is(j+1, "a") || m.is(j+1, "an")) && m.is(j+2, "half") {
		if u2, n2, ok := halfUnit(ul.unit); ok {
			s.unit2, s.n2 = u2, n2
			j += 3
		}
	}
	return j, s, true
}

// halfUnit gives half of unit u in the next smaller unit, for the units a
// TIMEX3 duration can combine: half a year is 6 months, half a day 12 hours.
func halfUnit(u uint8) (uint8, int, bool) {
	switch u {
	case uYear:
		return uMonth, 6, true
	case uDay:
		return uHour, 12, true
	case uHour:
		return uMinute, 30, true
	case uMinute:
		return uSecond, 30, true
	}
	return 0, 0, false
}

// periodOf reads an optional year after a quarter or half: "of 1998",
// "1998", "of the year", "fiscal 1998".
func (m *matcher) periodOf(k int, s sem) (int, sem, bool) {
	k2 := k
	if m.fn(k2, fOf) {
		k2++
	}
	if m.fn(k2, fFiscal) {
		k2++
	}
	if y, ok := m.yearNum(k2); ok && m.tok(k2).nd == 4 {
		s.year, s.hasYear = y, true
		return k2 + 1, s, true
	}
	if s.gran == gHalf && m.fn(k, fOf) && m.fn(k+1, fThe) {
		// "the last half of the '80s": the decade, its start or end
		if j, ds, ok := m.afterThe(k + 1); ok && ds.kind == kDate && ds.gran == gDecade {
			ds.mod = "START"
			if s.half == 2 {
				ds.mod = "END"
			}
			return j, ds, true
		}
	}
	if m.fn(k, fOf) {
		// "the first half of the year", "the third quarter of this year";
		// "the second half of the game" is no time
		k2 := k + 1
		if m.fn(k2, fFiscal) {
			k2++
		}
		if rl := m.lex(k2); rl != nil && (rl.fn == fThe || rl.rel == rThis || rl.rel == rLast || rl.rel == rNext) {
			if ul := m.lex(k2 + 1); ul != nil && ul.unit == uYear && !ul.plural {
				s.anchor = aDeictic
				s.yearOff = [...]int8{rLast: -1, rThis: 0, rNext: 1}[rl.rel]
				s.fixedYear = rl.rel != 0
				return k2 + 2, s, true
			}
		}
		if t := m.tok(k2); t != nil && t.kind == tWord && (t.lex == nil || t.lex.fn == fThe) {
			return 0, fail, false
		}
	}
	s.anchor = aDeictic
	return k, s, true
}

// centuryEnd reads "century [BC]" after an ordinal n.
func (m *matcher) centuryEnd(k int, n int) (int, sem, bool) {
	if n < 1 || n > 30 {
		return 0, fail, false
	}
	s := sem{kind: kDate, gran: gCentury, century: n - 1}
	if j, bc, ok := m.era(k); ok {
		if bc {
			s.bc = true
			s.century = n
		}
		return j, s, true
	}
	return k, s, true
}

// dayMonth parses "9 April [1952]" / "9th of April" with the day read from
// i and the month at k (or "of" at k).
func (m *matcher) dayMonth(i, d, k int) (int, sem, bool) {
	if m.fn(k, fOf) {
		k++
	}
	ml := m.lex(k)
	if ml == nil || ml.month == 0 || !m.capital(k) {
		return 0, fail, false
	}
	tk := m.tok(k)
	abbr := tk.e-tk.s <= 4 && !m.is(k, "june") && !m.is(k, "july") && !m.is(k, "may")
	j := k + 1
	if abbr {
		if !m.punct(j, '.') {
			// "9 Mar 1952"
			if nt := m.tok(j); nt == nil || nt.kind != tNum {
				if !m.allCaps(k) && !m.punct(j, ',') {
					return 0, fail, false
				}
			}
		} else {
			j++
		}
	}
	mo := int(ml.month)
	if d > 31 {
		return 0, fail, false
	}
	s := sem{kind: kDate, gran: gDay, month: mo, day: d}
	k2 := j
	comma := false
	if m.punct(k2, ',') {
		k2++
		comma = true
	}
	if y, bc, j2, ok := m.yearAfter(k2, comma); ok {
		s.year, s.bc, s.hasYear = y, bc, true
		return j2, s, true
	}
	return j, s, true
}

// yearAgo reads "year-ago" / "year-earlier" at k and returns the index after.
func (m *matcher) yearAgo(k int) (int, bool) {
	if m.is(k, "year") && m.punct(k+1, '-') && m.adj(k) && m.adj(k+1) && (m.is(k+2, "ago") || m.is(k+2, "earlier")) {
		return k + 3, true
	}
	return 0, false
}

// quarterNoun reads "quarter", "period", "third quarter", "fiscal quarter"
// at k: the quarter a financial report is about.
func (m *matcher) quarterNoun(k, off int) (int, sem, bool) {
	if m.fn(k, fFiscal) {
		k++
	}
	l := m.lex(k)
	if l == nil {
		return 0, fail, false
	}
	if l.unit == uQuarter && !l.plural || l.fn == fPeriod {
		return k + 1, sem{kind: kRel, unit: uQuarter, curQ: true, n: off, anchor: aNarrative}, true
	}
	if l.ord >= 1 && l.ord <= 4 {
		k2 := k + 1
		if m.punct(k2, '-') && m.adj(k) {
			k2++
		}
		if ql := m.lex(k2); ql != nil && ql.unit == uQuarter && !ql.plural {
			return k2 + 1, sem{kind: kDate, gran: gQuarter, quarter: l.ord, anchor: aDeictic}, true
		}
	}
	return 0, fail, false
}

// holiday parses "Christmas", "Christmas Day", "Thanksgiving Day 1999".
func (m *matcher) holiday(i int) (int, sem, bool) {
	l := m.lex(i)
	s := sem{kind: kDate, gran: gDay, month: int(l.hmonth), day: int(l.hday), hrule: l.hrule}
	if l.hrule == 1 {
		s.month = 11
	}
	j := i + 1
	if m.is(j, "day") && m.capital(j) {
		j++
	} else if m.is(j, "eve") && m.capital(j) && l.hrule == 0 {
		s.day--
		j++
	}
	if y, bc, j2, ok := m.yearAfter(j, true); ok {
		s.year, s.bc, s.hasYear = y, bc, true
		return j2, s, true
	}
	return j, s, true
}

// genericDay reports whether "today" or "tomorrow" at i names an era, not a
// day: "today's world", "by today's standards", "the people of tomorrow".
func (m *matcher) genericDay(i int) bool {
	if m.punct(i+1, '\'') && m.adj(i) && m.is(i+2, "s") {
		switch strings.ToLower(m.word(i + 3)) {
		case "world", "society", "standards", "terms", "dollars", "prices", "money", "youth", "generation", "children",
			"economy", "culture", "technology", "kids", "teenagers", "consumers", "leaders", "workplace":
			return true
		}
		return false
	}
	if m.fn(i-1, fOf) && !m.fn(i-2, fThe) && !m.is(i-2, "as") {
		nt := m.tok(i + 1)
		return nt == nil || nt.kind == tPunct && nt.b != '\''
	}
	return false
}

// timePrep reports whether token i is a preposition that takes a time
// ("during this time", "by this time").
func (m *matcher) timePrep(i int) bool {
	for _, w := range [...]string{"at", "by", "during", "from", "around", "until", "till", "since", "before", "after", "of", "in", "for", "throughout", "about", "near", "to"} {
		if m.is(i, w) {
			return true
		}
	}
	return false
}

// pronounFormer reports whether "the former" at i stands for a noun
// mentioned before ("the former an option", "the former was"), which names
// no time.
func (m *matcher) pronounFormer(i int) bool {
	nt := m.tok(i + 1)
	if nt == nil || nt.kind == tPunct {
		return true
	}
	for _, w := range [...]string{"a", "an", "the", "was", "were", "is", "are", "had", "has", "would", "will", "could", "did", "and", "or", "but", "being", "as", "to"} {
		if m.is(i+1, w) {
			return true
		}
	}
	return false
}

// possessor reports whether token i determines the noun after it ("the",
// "his", "these"), so that a bare plural after it is no stretch of time by
// itself.
func (m *matcher) possessor(i int) bool {
	for _, w := range [...]string{"the", "these", "those", "his", "her", "its", "their", "our", "my", "your", "whose", "which", "what", "of", "in", "on", "at", "to", "or", "and"} {
		if m.is(i, w) {
			return true
		}
	}
	return false
}

// dayBefore reports whether a full day precedes the number at k ("25
// December 800", "December 25, 800", "Christmas Day 800"), which makes a
// three-digit number after it a year.
func (m *matcher) dayBefore(k int) bool {
	p := k - 1
	if m.punct(p, ',') {
		p--
	}
	if t := m.tok(p); t != nil && t.kind == tNum && t.nd <= 2 {
		return m.lex(p-1) != nil && m.lex(p-1).month != 0
	}
	if l := m.lex(p); l != nil && l.month != 0 {
		t := m.tok(p - 1)
		return t != nil && t.kind == tNum && t.nd <= 2
	}
	return m.is(p, "day") && m.capital(p)
}

// postposed reports whether "following" at j ends its phrase ("the day
// following saw ...", "for two days following,") rather than governing
// a noun phrase ("the day following the vote").
func (m *matcher) postposed(j int) bool {
	nt := m.tok(j + 1)
	if nt == nil || nt.kind == tPunct {
		return nt == nil || nt.b != '\''
	}
	if nt.kind == tNum || m.capital(j+1) || nt.lex != nil && (nt.lex.fn == fThe || nt.lex.isNum || nt.lex.month != 0 || nt.lex.weekday != 0 || nt.lex.rel != 0 || nt.lex.deictic != 0) {
		return false
	}
	switch m.word(j + 1) {
	case "his", "her", "its", "their", "this", "that", "these", "those", "our", "my", "your", "each", "every", "which", "whose":
		return false
	}
	return true
}

// dayEnd reports whether the ordinal day ("the 20th") ends at j: a clause
// boundary or a verb or subject follows, not a noun it would number ("the
// 20th Division") nor a coordinated ordinal ("the 14th and 15th centuries").
func (m *matcher) dayEnd(j int) bool {
	t := m.tok(j)
	if t == nil {
		return true
	}
	if t.kind == tPunct {
		return t.b == ',' || t.b == '.' || t.b == ';' || t.b == ':' || t.b == ')'
	}
	switch strings.ToLower(m.word(j)) {
	case "was", "were", "had", "saw", "he", "she", "they", "it", "the", "when", "as":
		return true
	}
	return false
}

// coordCenturies reports whether "and 15th centuries" (or "to the 8th
// century", "or") follows an ordinal, at k: the ordinal is a century too.
// It returns the index after the century word.
func (m *matcher) coordCenturies(k int) (int, bool) {
	if !m.fn(k, fAnd) && !m.fn(k, fTo) && !m.is(k, "or") && !m.fn(k, fThrough) {
		return 0, false
	}
	j := k + 1
	if m.fn(j, fThe) {
		j++
	}
	if t := m.tok(j); t != nil && t.kind == tNum && t.nd <= 2 && m.adj(j) {
		j += 2 // "15th"
	} else if l := m.lex(j); l != nil && l.ord > 0 {
		j++
	} else {
		return 0, false
	}
	if m.punct(j, '-') {
		j++
	}
	l := m.lex(j)
	if l == nil || l.unit != uCentury {
		return 0, false
	}
	return j + 1, true
}

// coordCentury reads the ordinal n at an "and 15th centuries" at k as a
// century, BC when the pair is ("the 14th and 15th centuries BC").
func (m *matcher) coordCentury(k, n int) (int, sem, bool) {
	e, _ := m.coordCenturies(k)
	j, s, ok := m.centuryEnd(k, n)
	if ok {
		if _, bc, era := m.era(e); era && bc {
			s.bc, s.century = true, n
		}
	}
	return j, s, ok
}

// coordBefore reports whether an ordinal at i follows "14th and" (or "to",
// "or"): a plural century after it is its own century.
func (m *matcher) coordBefore(i int) bool {
	if m.fn(i-1, fThe) {
		i--
	}
	if !m.fn(i-1, fAnd) && !m.fn(i-1, fTo) && !m.is(i-1, "or") && !m.fn(i-1, fThrough) {
		return false
	}
	if l := m.lex(i - 2); l != nil && l.ord > 0 {
		return true
	}
	return (m.is(i-2, "th") || m.is(i-2, "st") || m.is(i-2, "nd") || m.is(i-2, "rd")) && m.tok(i-3) != nil && m.tok(i-3).kind == tNum
}

// countAdjective reports whether token k is an adjective that may stand
// between a count and its unit ("two bloody weeks").
func (m *matcher) countAdjective(k int) bool {
	switch m.word(k) {
	case "long", "short", "hard", "tough", "whole", "entire", "bloody", "brutal", "difficult", "consecutive",
		"straight", "successive", "grueling", "gruelling", "agonizing", "tense", "turbulent", "quiet", "peaceful",
		"crucial", "critical", "bitter", "fateful", "calendar":
		return true
	}
	return false
}
