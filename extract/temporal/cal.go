package temporal

import "github.com/timelinekit/timelinekit/timeline"

// jdn returns the Julian day number of a proleptic Gregorian day
// (astronomical years).
func jdn(d timeline.Day) int {
	a := (14 - d.Month) / 12
	y := d.Year + 4800 - a
	m := d.Month + 12*a - 3
	return d.Day + (153*m+2)/5 + 365*y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400) - 32045
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// fromJDN is the inverse of jdn.
func fromJDN(j int) timeline.Day {
	a := j + 32044
	b := floorDiv(4*a+3, 146097)
	c := a - floorDiv(146097*b, 4)
	d := floorDiv(4*c+3, 1461)
	e := c - floorDiv(1461*d, 4)
	m := floorDiv(5*e+2, 153)
	day := e - floorDiv(153*m+2, 5) + 1
	month := m + 3 - 12*floorDiv(m, 10)
	year := 100*b + d - 4800 + floorDiv(m, 10)
	return timeline.Day{Year: year, Month: month, Day: day}
}

// weekday returns 1 (Monday) to 7 (Sunday).
func weekday(d timeline.Day) int { return floorMod(jdn(d), 7) + 1 }

func floorMod(a, b int) int { return a - b*floorDiv(a, b) }

func addDays(d timeline.Day, n int) timeline.Day { return fromJDN(jdn(d) + n) }

// addMonths moves d by n months, clamping the day to the month's length.
func addMonths(d timeline.Day, n int) timeline.Day {
	t := d.Year*12 + (d.Month - 1) + n
	y, m := floorDiv(t, 12), floorMod(t, 12)+1
	day := d.Day
	if dim := timeline.DaysIn(y, m); day > dim {
		day = dim
	}
	return timeline.Day{Year: y, Month: m, Day: day}
}

// isoWeek returns the ISO 8601 week-numbering year and week of d.
func isoWeek(d timeline.Day) (int, int) {
	thu := addDays(d, 4-weekday(d)) // Thursday of the same week
	first := timeline.Day{Year: thu.Year, Month: 1, Day: 1}
	return thu.Year, (jdn(thu)-jdn(first))/7 + 1
}

// mondayOf returns the Monday of d's ISO week.
func mondayOf(d timeline.Day) timeline.Day { return addDays(d, 1-weekday(d)) }

func lastDay(y, m int) timeline.Day {
	return timeline.Day{Year: y, Month: m, Day: timeline.DaysIn(y, m)}
}
