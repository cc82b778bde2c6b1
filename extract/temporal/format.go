package temporal

import (
	"strconv"

	"github.com/timelinekit/timelinekit/timeline"
)

// cal is a resolved calendar reading, ready to be written as TIMEX3 and EDTF.
type cal struct {
	gran      uint8
	yearKnown bool
	year      int // astronomical
	month     int // 0 unknown
	day       int // 0 unknown
	season    uint8
	quarter   int8
	half      int8
	daypart   uint8
	hour      int
	minute    int
	decade    int // 196 for the 1960s (years 1960-1969)
	century   int // 18 for 1800-1899; negative centuries for BC
	basis     timeline.Basis
	mod       string
	approx    bool
}

func pad2(b []byte, n int) []byte {
	if n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// timexYear writes a year as TIMEX3: 1998, BC0490 (490 BC), XXXX.
func timexYear(b []byte, c *cal) []byte {
	if !c.yearKnown {
		return append(b, "XXXX"...)
	}
	y := c.year
	if y <= 0 {
		b = append(b, "BC"...)
		y = 1 - y
	}
	return appendYear4(b, y)
}

func appendYear4(b []byte, y int) []byte {
	switch {
	case y < 10:
		b = append(b, "000"...)
	case y < 100:
		b = append(b, "00"...)
	case y < 1000:
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(y), 10)
}

// edtfYear writes an astronomical year as EDTF: 1998, -0489, XXXX.
func edtfYear(b []byte, c *cal) []byte {
	if !c.yearKnown {
		return append(b, "XXXX"...)
	}
	y := c.year
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	return appendYear4(b, y)
}

func monthOrX(b []byte, n int) []byte {
	if n == 0 {
		return append(b, "XX"...)
	}
	return pad2(b, n)
}

// value writes the TIMEX3 value of c.
func (c *cal) value() string {
	b := make([]byte, 0, 24)
	switch c.gran {
	case gCentury:
		if c.century < 0 {
			// the 4th century BC (400-301 BC) is BC03, as 20th century is 19
			b = append(b, "BC"...)
			b = pad2(b, -c.century-1)
		} else {
			b = pad2(b, c.century)
		}
		return string(b)
	case gDecade:
		if c.decade < 0 {
			b = append(b, "BC"...)
			if -c.decade < 100 {
				b = append(b, '0')
			}
			return string(strconv.AppendInt(b, int64(-c.decade), 10))
		}
		b = strconv.AppendInt(b, int64(c.decade), 10)
		for len(b) < 3 {
			b = append([]byte{'0'}, b...)
		}
		return string(b)
	}
	b = timexYear(b, c)
	switch c.gran {
	case gYear:
	case gHalf:
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64(c.half), 10)
	case gSeason:
		b = append(b, '-')
		b = append(b, seasonNames[c.season]...)
	case gQuarter:
		b = append(b, "-Q"...)
		if c.quarter == 0 {
			b = append(b, 'X')
		} else {
			b = strconv.AppendInt(b, int64(c.quarter), 10)
		}
	case gMonth:
		b = append(b, '-')
		b = monthOrX(b, c.month)
	case gWeek, gWeekend:
		if c.yearKnown && c.month != 0 && c.day != 0 {
			y, w := isoWeek(timeline.Day{Year: c.year, Month: c.month, Day: c.day})
			b = timexYear(b[:0], &cal{yearKnown: true, year: y})
			b = append(b, "-W"...)
			b = pad2(b, w)
		} else {
			b = append(b, "-WXX"...)
		}
		if c.gran == gWeekend {
			b = append(b, "-WE"...)
		}
	case gDay, gDaypart, gTime:
		b = append(b, '-')
		b = monthOrX(b, c.month)
		b = append(b, '-')
		b = monthOrX(b, c.day)
		if c.gran == gDaypart {
			b = append(b, 'T')
			b = append(b, daypartNames[c.daypart]...)
		} else if c.gran == gTime {
			b = append(b, 'T')
			b = pad2(b, c.hour)
			b = append(b, ':')
			b = pad2(b, c.minute)
		}
	}
	return string(b)
}

// bounds returns the first and last day c covers (zero when unknown).
func (c *cal) bounds() (timeline.Day, timeline.Day) {
	switch c.gran {
	case gCentury:
		y0 := c.century * 100
		if c.century < 0 {
			// 5th century BC: 500-401 BC, astronomical -499..-400
			y0 = c.century*100 + 1
		}
		return timeline.Day{Year: y0, Month: 1, Day: 1}, timeline.Day{Year: y0 + 99, Month: 12, Day: 31}
	case gDecade:
		y0 := c.decade * 10
		if c.decade < 0 {
			// the 470s BC: 479-470 BC, astronomical -478..-469
			y0 = 1 + c.decade*10 - 9
		}
		return timeline.Day{Year: y0, Month: 1, Day: 1}, timeline.Day{Year: y0 + 9, Month: 12, Day: 31}
	}
	if !c.yearKnown {
		return timeline.Day{}, timeline.Day{}
	}
	y := c.year
	switch c.gran {
	case gYear:
		return timeline.Day{Year: y, Month: 1, Day: 1}, timeline.Day{Year: y, Month: 12, Day: 31}
	case gHalf:
		m0 := 1 + 6*(int(c.half)-1)
		return timeline.Day{Year: y, Month: m0, Day: 1}, lastDay(y, m0+5)
	case gQuarter:
		if c.quarter == 0 {
			return timeline.Day{Year: y, Month: 1, Day: 1}, timeline.Day{Year: y, Month: 12, Day: 31}
		}
		m0 := 1 + 3*(int(c.quarter)-1)
		return timeline.Day{Year: y, Month: m0, Day: 1}, lastDay(y, m0+2)
	case gSeason:
		switch c.season {
		case 1:
			return timeline.Day{Year: y, Month: 3, Day: 1}, lastDay(y, 5)
		case 2:
			return timeline.Day{Year: y, Month: 6, Day: 1}, lastDay(y, 8)
		case 3:
			return timeline.Day{Year: y, Month: 9, Day: 1}, lastDay(y, 11)
		default:
			return timeline.Day{Year: y, Month: 12, Day: 1}, lastDay(y+1, 2)
		}
	}
	if c.month == 0 {
		return timeline.Day{Year: y, Month: 1, Day: 1}, timeline.Day{Year: y, Month: 12, Day: 31}
	}
	if c.gran == gMonth || c.day == 0 {
		return timeline.Day{Year: y, Month: c.month, Day: 1}, lastDay(y, c.month)
	}
	d := timeline.Day{Year: y, Month: c.month, Day: c.day}
	switch c.gran {
	case gWeek:
		mo := mondayOf(d)
		return mo, addDays(mo, 6)
	case gWeekend:
		mo := mondayOf(d)
		return addDays(mo, 5), addDays(mo, 6)
	}
	return d, d
}

var precOf = [...]timeline.Precision{
	gCentury: timeline.Century, gDecade: timeline.Decade, gYear: timeline.Year, gHalf: timeline.Quarter,
	gSeason: timeline.Season, gQuarter: timeline.Quarter, gMonth: timeline.Month, gWeek: timeline.Week,
	gWeekend: timeline.Week, gDay: timeline.DayPrec, gDaypart: timeline.DayPrec, gTime: timeline.Minute,
}

// modRange narrows [s, e] for START/MID/END modifiers of years, months,
// decades and centuries and returns the EDTF interval, or "" when the
// modifier does not apply.
func modInterval(c *cal, s, e timeline.Day) (string, timeline.Day, timeline.Day) {
	if c.mod != "START" && c.mod != "MID" && c.mod != "END" {
		return "", s, e
	}
	switch c.gran {
	case gMonth:
		if c.month == 0 || !c.yearKnown {
			return "", s, e
		}
		dim := timeline.DaysIn(s.Year, s.Month)
		switch c.mod {
		case "START":
			s.Day, e.Day = 1, 10
		case "MID":
			s.Day, e.Day = 11, 20
		default:
			s.Day, e.Day = 21, dim
		}
		return dayString(s) + "/" + dayString(e), s, e
	case gYear:
		if !c.yearKnown {
			return "", s, e
		}
		var m0, m1 int
		switch c.mod {
		case "START":
			m0, m1 = 1, 4
		case "MID":
			m0, m1 = 5, 8
		default:
			m0, m1 = 9, 12
		}
		s = timeline.Day{Year: s.Year, Month: m0, Day: 1}
		e = lastDay(s.Year, m1)
		ys := string(edtfYear(nil, c))
		return ys + "-" + string(pad2(nil, m0)) + "/" + ys + "-" + string(pad2(nil, m1)), s, e
	case gDecade, gCentury:
		span := e.Year - s.Year + 1
		var a, b int
		switch c.mod {
		case "START":
			a, b = 0, span*3/10-1
		case "MID":
			a, b = span*3/10, span*7/10-1
		default:
			a, b = span*7/10, span-1
		}
		s2 := timeline.Day{Year: s.Year + a, Month: 1, Day: 1}
		e2 := timeline.Day{Year: s.Year + b, Month: 12, Day: 31}
		return formatYear(s2.Year) + "/" + formatYear(e2.Year), s2, e2
	}
	return "", s, e
}

// date builds the timeline.Date of c.
func (c *cal) date(text string) *timeline.Date {
	d := &timeline.Date{TIMEX: c.value(), Text: text, Basis: c.basis, Approximate: c.approx}
	if int(c.gran) < len(precOf) {
		d.Precision = precOf[c.gran]
	}
	if c.gran == gDay && c.day == 0 && c.yearKnown {
		// an unspecified day (1943-07-XX) is only as precise as what is
		// known; an unresolved "Friday" (XXXX-XX-XX) still names one day
		d.Precision = timeline.Month
		if c.month == 0 {
			d.Precision = timeline.Year
		}
	}
	s, e := c.bounds()
	known := c.yearKnown || c.gran == gDecade || c.gran == gCentury
	d.YearUnknown = !known
	if !known {
		d.Basis = timeline.Unresolved
	}
	var edtf string
	if known {
		if iv, s2, e2 := modInterval(c, s, e); iv != "" {
			edtf, s, e = iv, s2, e2
		}
	}
	if edtf == "" {
		edtf = c.edtf(s, e)
	}
	if c.approx && edtf != "" && !containsByte(edtf, '/') {
		edtf += "~"
	}
	d.EDTF = edtf
	if known {
		d.Start, d.End = s, e
	}
	return d
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// edtf writes c as EDTF.
func (c *cal) edtf(s, e timeline.Day) string {
	b := make([]byte, 0, 24)
	switch c.gran {
	case gCentury:
		y := c.century
		if y < 0 {
			// BC centuries as an interval of astronomical years
			return formatYear(s.Year) + "/" + formatYear(e.Year)
		}
		b = pad2(b, y)
		return string(b) + "XX"
	case gDecade:
		if c.decade < 0 {
			return formatYear(s.Year) + "/" + formatYear(e.Year)
		}
		b = strconv.AppendInt(b, int64(c.decade), 10)
		for len(b) < 3 {
			b = append([]byte{'0'}, b...)
		}
		return string(b) + "X"
	}
	b = edtfYear(b, c)
	switch c.gran {
	case gYear:
		return string(b)
	case gSeason:
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(20+int(c.season)), 10)
		return string(b)
	case gMonth:
		b = append(b, '-')
		return string(monthOrX(b, c.month))
	case gHalf, gQuarter:
		if !c.yearKnown || s.IsZero() || e.IsZero() || c.quarter == 0 && c.gran == gQuarter {
			return string(b)
		}
		return monthString(s) + "/" + monthString(e)
	case gWeek, gWeekend:
		if !c.yearKnown || c.month == 0 || c.day == 0 {
			return string(b)
		}
		return dayString(s) + "/" + dayString(e)
	}
	b = append(b, '-')
	b = monthOrX(b, c.month)
	b = append(b, '-')
	b = monthOrX(b, c.day)
	if c.gran == gTime {
		b = append(b, 'T')
		b = pad2(b, c.hour)
		b = append(b, ':')
		b = pad2(b, c.minute)
	}
	return string(b)
}

// durationValue writes a TIMEX3 duration: P3D, PT2H, PXY, PT5H30M.
func durationValue(unit uint8, n int, unit2 uint8, n2 int) string {
	b := make([]byte, 0, 12)
	b = append(b, 'P')
	code := "Y"
	mult := 1
	timeUnit := false
	switch unit {
	case uYear:
	case uMonth:
		code = "M"
	case uWeek:
		code = "W"
	case uDay:
		code = "D"
	case uHour:
		code, timeUnit = "H", true
	case uMinute:
		code, timeUnit = "M", true
	case uSecond:
		code, timeUnit = "S", true
	case uQuarter:
		// TimeBank writes quarters in their own unit: P2Q, PXQ, every
		// quarter P1Q
		code = "Q"
	case uDecade:
		code, mult = "Y", 10
		if n < 0 {
			code = "DE"
		}
	case uCentury:
		code, mult = "Y", 100
		if n < 0 {
			code = "CE"
		}
	case uMillennium:
		code, mult = "Y", 1000
		if n < 0 {
			code = "ML"
		}
	case uWeekend:
		code, mult = "D", 2
		if n < 0 {
			code = "WE"
		}
	case uFortnight:
		code, mult = "W", 2
	}
	if timeUnit {
		b = append(b, 'T')
	}
	if n < 0 {
		b = append(b, 'X')
	} else {
		b = strconv.AppendInt(b, int64(n*mult), 10)
	}
	b = append(b, code...)
	if n2 > 0 && n >= 0 {
		switch unit2 {
		case uMinute, uMonth: // PT5H30M, P2Y6M
			b = strconv.AppendInt(b, int64(n2), 10)
			b = append(b, 'M')
		case uSecond: // PT1M30S
			b = strconv.AppendInt(b, int64(n2), 10)
			b = append(b, 'S')
		case uHour: // P1DT12H
			b = append(b, 'T')
			b = strconv.AppendInt(b, int64(n2), 10)
			b = append(b, 'H')
		}
	}
	return string(b)
}

// formatYear is timeline.FormatYear without fmt: 1952, -0489.
func formatYear(y int) string {
	return string(edtfYear(make([]byte, 0, 6), &cal{yearKnown: true, year: y}))
}

// monthString writes YYYY-MM.
func monthString(d timeline.Day) string {
	b := edtfYear(make([]byte, 0, 8), &cal{yearKnown: true, year: d.Year})
	b = append(b, '-')
	return string(pad2(b, d.Month))
}

// dayString is timeline.Day.String without fmt: YYYY-MM-DD.
func dayString(d timeline.Day) string {
	b := edtfYear(make([]byte, 0, 11), &cal{yearKnown: true, year: d.Year})
	b = append(b, '-')
	b = pad2(b, d.Month)
	b = append(b, '-')
	return string(pad2(b, d.Day))
}
