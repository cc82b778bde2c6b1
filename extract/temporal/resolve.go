package temporal

import (
	"github.com/timelinekit/timelinekit/timeline"
	"strconv"
	"strings"
)

// anchorDate is the narrative reference: the last date the text mentioned.
type anchorDate struct {
	set   bool
	year  int // astronomical
	month int // 0 unknown
	day   int // 0 unknown
}

// resolver turns matches into Timexes in document order.
type resolver struct {
	ref       timeline.Day
	narrative bool
	text      string
	anchor    anchorDate
	// anchorPos is where the expression that set anchor starts; pos is
	// where the expression being resolved starts.
	anchorPos, pos int
	// lastQ is the last quarter the text named ("the third quarter"), the
	// subject of a financial report; lastQPos is where it ended.
	lastQ    anchorDate
	lastQPos int
	quoted   bool // resolving deixis quoted in a narrative
	// dayAnchor is, in news, the last day told by deixis ("on Monday"),
	// the reference of day anaphora ("the next day"); dayOnly says the
	// expression being resolved counts days.
	dayAnchor anchorDate
	dayOnly   bool
	// prev is the narrative date before the last jump of an explicit date
	// (more than a season away): a year-less date that fits it and not the
	// jump shows the jump was an aside ("In November 2008, protesters staged
	// a similar ...").
	prev anchorDate
}

// dayNum is a rough day count for comparing narrative dates.
func dayNum(y, m, d int) int {
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return y*372 + (m-1)*31 + d
}

// asideJump returns the year of a year-less month (and day) when it lies
// before the narrative date in that date's year but shortly after the
// date before the last jump.
func (r *resolver) asideJump(mo, d int) (int, bool) {
	a, p := r.anchor, r.prev
	if !p.set || !a.set || a.month == 0 || p.month == 0 || mo == 0 {
		return 0, false
	}
	if mo > a.month || mo == a.month && (d == 0 || a.day == 0 || d >= a.day) {
		return 0, false // not before the narrative date
	}
	for _, y := range [...]int{p.year, p.year + 1} {
		if n := dayNum(y, mo, d) - dayNum(p.year, p.month, p.day); n >= 0 && n <= asideSpan {
			return y, true
		}
	}
	return 0, false
}

// asideSpan is how many days after the narrative date before a jump a
// year-less date may lie to be read as resuming the story.
const asideSpan = 120

// jumpSpan is how many days an explicit date must lie from the narrative
// date to count as a jump.
const jumpSpan = 90

// base returns the reference an expression anchored by a resolves against.
func (r *resolver) base(a uint8) (anchorDate, timeline.Basis, bool) {
	if r.quoted && a != aNarrative {
		return anchorDate{}, timeline.Unresolved, false
	}
	refA := anchorDate{set: !r.ref.IsZero(), year: r.ref.Year, month: r.ref.Month, day: r.ref.Day}
	switch a {
	case aDocument:
		if refA.set {
			return refA, timeline.DocumentDate, true
		}
	case aNarrative:
		if r.dayOnly && r.dayAnchor.set {
			return r.dayAnchor, timeline.Narrative, true
		}
		if r.anchor.set {
			return r.anchor, timeline.Narrative, true
		}
		if refA.set {
			return refA, timeline.DocumentDate, true
		}
	default: // deictic
		if r.narrative && r.anchor.set {
			return r.anchor, timeline.Narrative, true
		}
		if refA.set {
			return refA, timeline.DocumentDate, true
		}
		// News without a document date: "yesterday" or "6 December"
		// borrows the last mentioned date only within its paragraph
		// (the same story); across paragraphs it stays unresolved, as a
		// collection of undated reports must not lend one story's year
		// to the next.
		if r.anchor.set && !r.paragraphBreak() {
			return r.anchor, timeline.Narrative, true
		}
	}
	return anchorDate{}, timeline.Unresolved, false
}

// yearBase returns the reference for a date that lacks only its year.
func (r *resolver) yearBase(a uint8) (anchorDate, timeline.Basis, bool) {
	if a == aNarrative || r.narrative {
		return r.base(aNarrative)
	}
	return r.base(aDeictic)
}

func (r *resolver) resolve(x *raw) (timeline.Timex, bool) {
	if x.narrStart > 0 && r.narrative {
		x.s, x.narrStart = x.narrStart, 0
	}
	r.pos = x.s
	s := &x.sem
	if s.narrOnly && !r.narrative {
		return timeline.Timex{}, false
	}
	if x.part && r.narrative {
		if x.evEnd > 0 {
			x.e = x.evEnd
		}
		tx := timeline.Timex{Span: timeline.Span{Start: x.s, End: x.e}, Text: r.text[x.s:x.e]}
		tx.Type, tx.Value = timeline.TimexDuration, durationValue(x.partUnit, x.partN, 0, 0)
		if x.sem.kind != kDuration {
			tx.Type = timeline.TimexDate // "the last week of August": DATE P1W
		}
		return tx, true
	}
	if x.evEnd > 0 && !x.part && r.narrative {
		// "two days after the fall of Girona": the narrative date moved
		x.e = x.evEnd
		u := s.unit
		if x.evN == 0 {
			u = uDay // an apposition to the date just given: that day
		}
		x.sem = sem{kind: kRel, unit: u, n: x.evN, anchor: aNarrative}
		if x.newYear && r.anchor.set {
			// "eight days before the new year": from the coming 1 January
			y := r.anchor.year
			if r.anchor.month != 1 || r.anchor.day > 1 {
				y++
			}
			saved, tmp := r.anchor, anchorDate{set: true, year: y, month: 1, day: 1}
			r.anchor = tmp
			x.newYear = false
			tx, ok := r.resolve(x)
			if r.anchor == tmp {
				r.anchor = saved
				if ok && tx.Date.Known() && tx.Date.Precision == timeline.DayPrec && !x.aside {
					// the story moves on to the end of the year
					d := tx.Date.Start
					r.anchor, r.anchorPos = anchorDate{set: true, year: d.Year, month: d.Month, day: d.Day}, r.pos
				}
			}
			return tx, ok
		}
	}
	tx := timeline.Timex{Span: timeline.Span{Start: x.s, End: x.e}, Text: r.text[x.s:x.e], Mod: s.mod}
	switch s.kind {
	case kRef:
		tx.Type, tx.Value = timeline.TimexDate, s.ref
		if s.timeType {
			tx.Type = timeline.TimexTime
		}
		return tx, true
	case kDuration:
		tx.Type, tx.Value = timeline.TimexDuration, durationValue(s.unit, s.n, s.unit2, s.n2)
		if r.narrative && s.n > 0 && s.unit2 == 0 && (s.unit == uDecade || s.unit == uCentury) {
			// the history convention counts decades and centuries: P1DE, P2CE
			tx.Value = "P" + strconv.Itoa(s.n) + [...]string{uDecade: "DE", uCentury: "CE"}[s.unit]
		}
		return tx, true
	case kSet:
		tx.Type = timeline.TimexSet
		switch {
		case s.weekday != 0:
			tx.Value = "XXXX-WXX-" + string(rune('0'+s.weekday))
		case s.daypart != 0:
			tx.Value = "XXXX-XX-XXT" + daypartNames[s.daypart]
		case s.month != 0:
			tx.Value = "XXXX-" + string(rune('0'+s.month/10)) + string(rune('0'+s.month%10))
		case s.season != 0:
			tx.Value = "XXXX-" + seasonNames[s.season]
		case r.narrative && s.n == 1 && (s.unit == uDay || s.unit == uWeek || s.unit == uMonth || s.unit == uYear):
			// the history convention writes frequencies as calendar
			// patterns: daily XXXX-XX-XX, weekly XXXX-WXX
			tx.Value = [...]string{uDay: "XXXX-XX-XX", uWeek: "XXXX-WXX", uMonth: "XXXX-XX", uYear: "XXXX"}[s.unit]
		default:
			tx.Value = durationValue(s.unit, s.n, 0, 0)
		}
		return tx, true
	}
	if s.kind == kRel && (s.unit == uHour || s.unit == uMinute || s.unit == uSecond) && !s.hasTime {
		// "two hours later": no calendar reading finer than the day here
		n := abs(s.n)
		if s.approx && s.mod == "" {
			n = -1 // "a few hours later"
		}
		tx.Type, tx.Value = timeline.TimexDuration, durationValue(s.unit, n, 0, 0)
		return tx, true
	}
	if x.quote && r.narrative && s.kind == kRel && s.unit == uDay && s.n == 0 && !s.hasTime && s.daypart == 0 {
		// a historical speaker's "today"
		tx.Type, tx.Value = timeline.TimexDate, "PRESENT_REF"
		return tx, true
	}
	r.dayOnly = s.kind == kRel && s.unit == uDay || s.kind == kNamed && s.weekday != 0
	c, ok := r.calendar(x)
	r.dayOnly = false
	if !ok {
		return tx, false
	}
	c.mod, c.approx = s.mod, s.approx
	if s.night && r.narrative {
		s.daypart = 4
	}
	if s.daypart != 0 && (c.gran == gDay) {
		c.gran, c.daypart = gDaypart, s.daypart
	}
	if s.hasTime && (c.gran == gDay || c.gran == gDaypart) {
		c.gran, c.hour, c.minute = gTime, s.hour, s.minute
	}
	if c.month != 0 && c.day != 0 {
		y := c.year
		if !c.yearKnown {
			y = 2000 // a leap year: 29 February may exist
		}
		if c.day > timeline.DaysIn(y, c.month) {
			return tx, false
		}
	}
	tx.Type = timeline.TimexDate
	if c.gran == gTime || c.gran == gDaypart {
		tx.Type = timeline.TimexTime
	}
	if s.timeType {
		tx.Type = timeline.TimexTime
	}
	tx.Date = c.date(tx.Text)
	tx.Value = tx.Date.TIMEX
	if c.gran == gQuarter && c.yearKnown && !s.curQ && !s.finYear && !(x.tense >= 0 && r.unfinishedQuarter(&c)) {
		r.lastQ = anchorDate{set: true, year: c.year, month: int(c.quarter)}
		r.lastQPos = x.e
	}
	r.update(x, &c)
	return tx, true
}

// update moves the narrative anchor after a resolved date.
func (r *resolver) update(x *raw, c *cal) {
	if !c.yearKnown || x.sem.endMonth != 0 {
		return // a range start told back from its end does not move the narrative
	}
	if r.anchor.set && (x.aside || x.tense > 0 && c.basis == timeline.Explicit || x.until) {
		return // asides, plans and range ends do not move the narrative
	}
	if x.sem.kind == kRel && (x.sem.n < 0 || x.sem.mod != "") {
		return // "a year earlier", "over a year later" look aside
	}
	if c.basis != timeline.Explicit && (c.gran == gSeason || c.gran == gQuarter || c.gran == gHalf) {
		return // "the winter" is too coarse to move the narrative
	}
	if (x.sem.kind == kRel || x.sem.kind == kNamed) && x.sem.anchor != aNarrative {
		// "two years ago" in a quotation does not move the narrative; but
		// in news a day told by its weekday or as "yesterday" is the day
		// the story then follows ("arrested on Monday. The next day ...")
		if r.narrative || !(c.gran == gDay || c.gran == gDaypart || c.gran == gTime) || x.quote || x.sem.n > 1 || x.sem.n < -1 {
			return
		}
		// only for counts of days ("later that year" still means the
		// year the story told)
		r.dayAnchor = anchorDate{set: true, year: c.year, month: c.month, day: c.day}
		return
	}
	switch c.gran {
	case gYear, gHalf, gSeason, gQuarter, gMonth, gWeek, gWeekend, gDay, gDaypart, gTime:
	default:
		return
	}
	if c.basis == timeline.Explicit && r.anchor.set && c.gran == gYear && abs(c.year-r.anchor.year) > 25 {
		return // a distant year-only mention is an aside
	}
	a := anchorDate{set: true, year: c.year}
	switch c.gran {
	case gMonth:
		a.month = c.month
	case gDay, gDaypart, gTime, gWeek, gWeekend:
		a.month, a.day = c.month, c.day
	case gSeason:
		a.month = [...]int{0, 3, 6, 9, 12}[c.season]
	case gQuarter:
		a.month = 3*int(c.quarter) - 2
	}
	// A year-only mention of the anchor's own year keeps the finer anchor.
	if c.gran == gYear && r.anchor.set && r.anchor.year == c.year {
		return
	}
	r.prev = anchorDate{}
	if c.basis == timeline.Explicit && r.anchor.set && r.anchor.month != 0 && a.month != 0 {
		if n := dayNum(a.year, a.month, a.day) - dayNum(r.anchor.year, r.anchor.month, r.anchor.day); n > jumpSpan || n < -jumpSpan {
			r.prev = r.anchor
		}
	}
	r.anchor = a
	r.anchorPos = r.pos
	r.dayAnchor = anchorDate{}
}

// paragraphBreak reports whether a blank line separates the expression
// being resolved from the prose paragraph that set the narrative anchor. A
// heading ("East Germany, 1989") is no break: it dates the section below.
func (r *resolver) paragraphBreak() bool {
	if r.anchorPos >= r.pos || r.pos > len(r.text) {
		return false
	}
	end := blankLine(r.text, r.anchorPos, r.pos)
	if end < 0 {
		return false
	}
	para := strings.TrimRight(r.text[r.anchorPos:end], " \t\r\n")
	if para == "" {
		return false
	}
	switch para[len(para)-1] {
	case '.', '!', '?', '"', ')':
		return true
	}
	return strings.HasSuffix(para, "”") || strings.HasSuffix(para, "’")
}

// blankLine returns the offset of the first blank line in text[from:to],
// or -1.
func blankLine(text string, from, to int) int {
	for i := from; i < to; i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < to && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < to && text[j] == '\n' {
			return i
		}
	}
	return -1
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// calendar resolves a date-like match.
func (r *resolver) calendar(x *raw) (cal, bool) {
	s := &x.sem
	// Deixis in a quotation of a historical speaker: their "now" is not
	// the document's; keep the calendar shape and leave the year open.
	r.quoted = x.quote && r.narrative
	defer func() { r.quoted = false }()
	switch s.kind {
	case kDate:
		return r.absolute(x), true
	case kRel:
		if s.curQ || s.finYear && r.lastQ.set && x.s-r.lastQPos < 3000 {
			return r.reportQuarter(x)
		}
		return r.relative(x)
	case kNamed:
		return r.named(x)
	}
	return cal{}, false
}

// holidayDay computes the day of a movable holiday in year y.
func holidayDay(s *sem, y, d int) int {
	if s.hrule != 1 {
		return d
	}
	// US Thanksgiving: the fourth Thursday of November
	wd := weekday(timeline.Day{Year: y, Month: 11, Day: 1})
	return 1 + floorMod(4-wd, 7) + 21
}

func (r *resolver) absolute(x *raw) (c cal) {
	s := &x.sem
	c = cal{gran: s.gran, month: s.month, day: s.day, season: s.season, quarter: s.quarter, half: s.half, basis: timeline.Explicit}
	switch s.gran {
	case gDecade:
		c.decade = s.decade
		return c
	case gCentury:
		c.century = s.century
		if s.bc {
			c.century = -s.century
		}
		return c
	case gDaypart:
		c.daypart, c.basis = s.daypart, timeline.Unresolved
		return c
	}
	if s.hasYear {
		c.yearKnown, c.year = true, s.year
		if s.bc {
			c.year = 1 - s.year
		}
		if s.twoDig {
			if b, _, ok := r.yearBase(s.anchor); ok && b.year > 0 {
				// '89 is the year ending in 89 nearest before (or just after)
				// the reference: 1789 in a history of 1790, 1999 in 1998
				c.year = b.year/100*100 + s.year%100
				if c.year > b.year+10 {
					c.year -= 100
				} else if c.year < b.year-89 {
					c.year += 100
				}
			}
		}
		c.day = holidayDay(s, c.year, c.day)
		return c
	}
	defer func() { c.day = holidayDay(s, c.year, c.day) }()
	b, basis, ok := r.yearBase(s.anchor)
	if !ok {
		c.basis = timeline.Unresolved
		return c
	}
	c.yearKnown, c.year, c.basis = true, b.year+int(s.yearOff), basis
	if s.gran == gDay && s.month == 0 {
		// "the 20th": the month of the reference
		if b.month == 0 {
			return c // the month is unknown: 1456-XX-14
		}
		c.month = b.month
		return c
	}
	if basis == timeline.Narrative && (s.gran == gMonth || s.gran == gDay) && b.month != 0 && b.month-s.month >= forwardGap && s.anchor != aNarrative {
		c.year++ // narratives move forward: "In January" after December 1941 is 1942
	} else if basis == timeline.Narrative && (s.gran == gMonth || s.gran == gDay) && s.anchor != aNarrative && s.yearOff == 0 {
		if y, ok := r.asideJump(s.month, s.day); ok {
			c.year = y
		}
	}
	if basis == timeline.Narrative && s.gran == gMonth && s.endMonth != 0 && s.endMonth < s.month && s.anchor != aNarrative && s.yearOff == 0 {
		// "from October to March": the range ends in the year its end
		// month would take, and starts the year before
		y := b.year
		if b.month != 0 && b.month-s.endMonth >= forwardGap {
			y++
		}
		c.year = y - 1
	}
	if basis == timeline.Narrative && s.gran == gSeason && s.season == 4 && (b.month == 0 || b.month >= 3) {
		c.year++ // the winter after a date in the year is the one ending next year
	}
	if s.weekday != 0 && s.gran == gDay {
		if y, ok := weekdayYear(b.year, s.month, s.day, s.weekday); ok {
			c.year, c.basis = y, timeline.Weekday
			return c
		}
	}
	if basis == timeline.DocumentDate && b.month != 0 && !s.fixedYear {
		// Tense decides whether a year-less date lies before or after the
		// document date; without tense the nearest reading wins.
		m0 := s.month
		switch s.gran {
		case gSeason:
			m0 = [...]int{0, 4, 7, 10, 1}[s.season]
		case gQuarter:
			m0 = 3*int(s.quarter) - 1
			if x.tense >= 0 && m0 > b.month+1 {
				// financial quarters mentioned without year are the last ones reported
				c.year--
			}
			return c
		case gHalf:
			return c
		}
		if m0 == 0 {
			return c
		}
		d0 := s.day
		if d0 == 0 {
			d0 = 15
		}
		diff := (m0-b.month)*31 + (d0 - b.day) // rough days from the reference
		switch {
		case x.tense < 0 && diff > 60:
			c.year--
		case x.tense > 0 && diff < -60:
			c.year++
		case x.tense == 0 && diff > noTenseSpan:
			c.year--
		case x.tense == 0 && diff < -noTenseSpan:
			c.year++
		}
	}
	return c
}

// reportQuarter resolves "the quarter", "the year-ago period" and, near a
// named quarter, "a year earlier": the reported quarter shifted by n.
func (r *resolver) reportQuarter(x *raw) (cal, bool) {
	s := &x.sem
	c := cal{gran: gQuarter, basis: timeline.Narrative}
	var y, q int
	switch {
	case r.lastQ.set:
		y, q = r.lastQ.year, r.lastQ.month
	case !r.ref.IsZero():
		// the last quarter completed before the document date
		y, q = r.ref.Year, (r.ref.Month-1)/3
		if q == 0 {
			y, q = y-1, 4
		}
		c.basis = timeline.DocumentDate
	default:
		c.basis = timeline.Unresolved
		return c, true
	}
	if s.hasYear {
		y = s.year
		c.basis = timeline.Explicit
	}
	n := s.n
	if s.finYear {
		n = -4
	}
	t := y*4 + q - 1 + n
	c.yearKnown, c.year, c.quarter = true, floorDiv(t, 4), int8(floorMod(t, 4)+1)
	return c, true
}

// unfinishedQuarter reports whether quarter c ends after the document date:
// "a fourth-quarter charge" in a report dated November is an outlook, not
// the quarter the report is about (unless told in the past tense: a fiscal
// "fourth quarter ended Aug. 26").
func (r *resolver) unfinishedQuarter(c *cal) bool {
	if r.ref.IsZero() || r.narrative {
		return false
	}
	return c.year*4+int(c.quarter) > r.ref.Year*4+(r.ref.Month-1)/3
}

// noTenseSpan is how many days (roughly) a year-less date without tense may
// lie from the document date before the other year is read.
const noTenseSpan = 190

// forwardGap is how many months a year-less month may lie before the
// narrative date before it is read as next year's.
const forwardGap = 11

// weekdayYear finds the year nearest y in which month/day falls on weekday wd.
func weekdayYear(y, mo, d, wd int) (int, bool) {
	for k := 0; k <= 6; k++ {
		for _, cand := range [2]int{y - k, y + k} {
			if d > timeline.DaysIn(cand, mo) {
				continue
			}
			if weekday(timeline.Day{Year: cand, Month: mo, Day: d}) == wd {
				return cand, true
			}
			if k == 0 {
				break
			}
		}
	}
	return 0, false
}

func (r *resolver) relative(x *raw) (cal, bool) {
	s := &x.sem
	b, basis, ok := r.base(s.anchor)
	c := cal{basis: basis}
	g := gDay
	switch s.unit {
	case uYear:
		g = gYear
	case uMonth:
		g = gMonth
	case uWeek:
		g = gWeek
	case uWeekend:
		g = gWeekend
	case uQuarter:
		g = gQuarter
	case uDecade:
		g = gDecade
	case uCentury:
		g = gCentury
	case uHour, uMinute, uSecond, uFortnight, uMillennium:
		return cal{}, false
	}
	if s.n < 0 && x.sem.approx {
		return cal{}, false
	}
	c.gran = g
	if !ok {
		c.basis = timeline.Unresolved
		if g == gDecade || g == gCentury {
			return cal{}, false
		}
		return c, true
	}
	n := s.n
	if n < -100000 || n > 100000 {
		return cal{}, false
	}
	c.yearKnown, c.year = true, b.year
	if s.yearShift && s.mod == "" && (g == gDecade || g == gCentury) {
		// "a decade earlier": the year ten years away
		g, c.gran = gYear, gYear
		if s.unit == uCentury {
			n *= 100
		} else {
			n *= 10
		}
	}
	switch g {
	case gYear:
		c.year += n
		if s.tenseYear && x.tense < 0 {
			c.year--
		}
	case gDecade:
		c.decade = floorDiv(b.year, 10) + n
		if b.year <= 0 {
			// BC decades count down: the decade after the 480s BC is the 470s BC
			c.decade = -((1-b.year)/10 - n)
		}
	case gCentury:
		c.century = floorDiv(b.year, 100) + n
	case gQuarter:
		if b.month == 0 {
			c.gran = gYear
			return c, true
		}
		q := (b.month-1)/3 + n
		c.year += floorDiv(q, 4)
		c.quarter = int8(floorMod(q, 4) + 1)
	case gMonth:
		if b.month == 0 {
			return c, true
		}
		d := addMonths(timeline.Day{Year: b.year, Month: b.month, Day: 1}, n)
		c.year, c.month = d.Year, d.Month
	case gWeek, gWeekend, gDay:
		if b.month == 0 || b.day == 0 {
			if n != 0 {
				return c, true // "four days later" after a month: year known only
			}
			c.month = b.month
			return c, true
		}
		d := timeline.Day{Year: b.year, Month: b.month, Day: b.day}
		switch {
		case g == gDay:
			d = addDays(d, n)
		case g == gWeekend && n == 0 && x.tense <= 0 && weekday(d) < 6:
			// "over the weekend" told on a weekday is the one just past
			d = addDays(d, -7)
		default:
			d = addDays(d, 7*n)
		}
		c.year, c.month, c.day = d.Year, d.Month, d.Day
	}
	if s.within && c.gran == gMonth {
		c.gran, c.day = gDay, 0 // "later that month": 1943-07-XX
	}
	return c, true
}

func (r *resolver) named(x *raw) (cal, bool) {
	s := &x.sem
	b, basis, ok := r.base(s.anchor)
	c := cal{basis: basis}
	switch {
	case s.weekday != 0:
		c.gran = gDay
	case s.month != 0:
		c.gran, c.month = gMonth, s.month
	case s.season != 0:
		c.gran, c.season = gSeason, s.season
	case s.quarter != 0:
		c.gran, c.quarter = gQuarter, s.quarter
	default:
		return cal{}, false
	}
	if !ok {
		c.basis = timeline.Unresolved
		return c, true
	}
	c.yearKnown, c.year = true, b.year
	dir := int(s.dir)
	if dir == 2 {
		switch {
		case x.tense > 0:
			dir = 1
		case basis == timeline.Narrative:
			dir = 1 // narratives are told in the past and move forward
		default:
			dir = -1
		}
		if s.weekday != 0 && b.day != 0 {
			d := timeline.Day{Year: b.year, Month: b.month, Day: b.day}
			diff := s.weekday - weekday(d)
			if dir > 0 {
				diff = floorMod(diff, 7)
			} else {
				diff = -floorMod(-diff, 7)
			}
			d = addDays(d, diff)
			c.year, c.month, c.day = d.Year, d.Month, d.Day
			return c, true
		}
	}
	switch {
	case s.quarter != 0:
		if dir != 2 {
			c.year += dir
		}
	case s.weekday != 0:
		if b.day == 0 {
			return c, true
		}
		d := timeline.Day{Year: b.year, Month: b.month, Day: b.day}
		wd := weekday(d)
		var diff int
		switch dir {
		case -1:
			diff = -floorMod(wd-s.weekday-1, 7) - 1
		case 1:
			diff = floorMod(s.weekday-wd-1, 7) + 1
		default:
			diff = s.weekday - wd
		}
		d = addDays(d, diff)
		c.year, c.month, c.day = d.Year, d.Month, d.Day
	case s.month != 0:
		if b.month == 0 {
			c.year += dir
			return c, true
		}
		switch dir {
		case -1:
			if s.month >= b.month {
				c.year--
			}
		case 1:
			if s.month <= b.month {
				c.year++
			}
		}
	case s.season != 0:
		start := [...]int{0, 3, 6, 9, 12}[s.season]
		if b.month == 0 {
			c.year += dir
			return c, true
		}
		switch dir {
		case -1:
			if start+2 >= b.month && !(s.season == 4 && b.month <= 2) {
				c.year--
			}
			if s.season == 4 && b.month <= 2 {
				c.year -= 2
			}
		case 1:
			if start <= b.month {
				c.year++
			}
		default:
			if s.season == 4 && b.month <= 2 {
				c.year--
			}
		}
	}
	return c, true
}
