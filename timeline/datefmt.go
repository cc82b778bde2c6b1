package timeline

import (
	"fmt"
	"strconv"
	"strings"
)

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// monthName returns the English name of month m, or "month m" when m is
// out of range (a malformed date must not break a writer).
func monthName(m int) string {
	if m < 1 || m > 12 {
		return "month " + strconv.Itoa(m)
	}
	return monthNames[m]
}

// DisplayDate renders a date the way a reader should see it, honest about
// what is known: "9 April 1952", "April 1952", "1967", "1960s", "c. 2009",
// "490 BC", "10 November (year unknown)", "undated" for nil.
func DisplayDate(d *Date) string {
	if d == nil {
		return "undated"
	}
	if !d.Known() {
		return yearUnknownText(d)
	}
	var s string
	if strings.Contains(d.EDTF, "/") || d.Precision == "" {
		s = rangeText(d.Start, d.End, intervalPrecision(d))
	} else {
		s = knownText(d)
	}
	if d.Approximate || strings.HasSuffix(d.EDTF, "~") || strings.HasSuffix(d.EDTF, "%") {
		s = "c. " + s
	}
	if strings.HasSuffix(d.EDTF, "?") || strings.HasSuffix(d.EDTF, "%") {
		s += " (uncertain)"
	}
	return s
}

func knownText(d *Date) string {
	st := d.Start
	switch d.Precision {
	case DayPrec:
		return dayText(st)
	case Hour, Minute, Second:
		if t := clockOf(d.EDTF); t != "" {
			return dayText(st) + ", " + t
		}
		return dayText(st)
	case Week:
		return "week of " + dayText(st)
	case Month:
		return monthName(st.Month) + " " + YearText(st.Year)
	case Season:
		if n := seasonName(d); n != "" {
			return n + " " + YearText(st.Year)
		}
	case Quarter:
		if i := strings.LastIndex(d.TIMEX, "-Q"); i >= 0 && len(d.TIMEX) == i+3 {
			return d.TIMEX[i+1:] + " " + YearText(st.Year)
		}
	case Year:
		return YearText(st.Year)
	case Decade:
		if st.Year >= 0 {
			return strconv.Itoa(st.Year) + "s"
		}
		return rangeText(d.Start, d.End, Year)
	case Century:
		if st.Year >= 0 && st.Year%100 == 0 {
			return strconv.Itoa(st.Year) + "s"
		}
		return rangeText(d.Start, d.End, Year)
	case Millennium:
		return rangeText(d.Start, d.End, Year)
	}
	return rangeText(d.Start, d.End, d.Precision)
}

// clockOf returns "HH:MM" from an EDTF date-time such as 2019-11-10T16:50.
func clockOf(edtf string) string {
	i := strings.IndexByte(edtf, 'T')
	if i < 0 || len(edtf) < i+6 || edtf[i+3] != ':' {
		return ""
	}
	return edtf[i+1 : i+6]
}

func seasonName(d *Date) string {
	for _, s := range []struct{ timex, edtf, name string }{
		{"-SP", "-21", "Spring"}, {"-SU", "-22", "Summer"}, {"-FA", "-23", "Autumn"}, {"-WI", "-24", "Winter"},
	} {
		if strings.HasSuffix(d.TIMEX, s.timex) || strings.HasSuffix(strings.TrimRight(d.EDTF, "~?%"), s.edtf) {
			return s.name
		}
	}
	return ""
}

// intervalPrecision is the precision an interval is written with: that of
// its EDTF ends when finer than the date's precision ("early 2009",
// 2009-01/2009-04 with year precision, is "January – April 2009", not a
// bare "2009" that hides the narrowing).
func intervalPrecision(d *Date) Precision {
	a, b, ok := strings.Cut(strings.TrimRight(d.EDTF, "~?%"), "/")
	if !ok {
		return d.Precision
	}
	parts := func(s string) int { return strings.Count(strings.TrimPrefix(s, "-"), "-") + 1 }
	p := d.Precision
	switch min(parts(a), parts(b)) {
	case 2:
		if p.Rank() < Month.Rank() {
			p = Month
		}
	case 3:
		if p.Rank() < DayPrec.Rank() {
			p = DayPrec
		}
	}
	return p
}

// rangeText writes the calendar range start..end at the given precision,
// sharing what the two ends have in common: "1–10 August 2019",
// "August – September 2019", "1967–1969".
func rangeText(a, b Day, p Precision) string {
	if b.IsZero() || a == b {
		return dayText(a)
	}
	switch {
	case p.Rank() >= DayPrec.Rank() || p == "" || p == Week:
		switch {
		case a.Year == b.Year && a.Month == b.Month:
			return fmt.Sprintf("%d–%d %s %s", a.Day, b.Day, monthName(a.Month), YearText(a.Year))
		case a.Year == b.Year:
			return fmt.Sprintf("%d %s – %d %s %s", a.Day, monthName(a.Month), b.Day, monthName(b.Month), YearText(a.Year))
		}
		return dayText(a) + " – " + dayText(b)
	case p.Rank() >= Season.Rank():
		if a.Year == b.Year {
			if a.Month == b.Month {
				return monthName(a.Month) + " " + YearText(a.Year)
			}
			return monthName(a.Month) + " – " + monthName(b.Month) + " " + YearText(a.Year)
		}
		return monthName(a.Month) + " " + YearText(a.Year) + " – " + monthName(b.Month) + " " + YearText(b.Year)
	}
	if a.Year == b.Year {
		return YearText(a.Year)
	}
	return YearText(a.Year) + "–" + YearText(b.Year)
}

func dayText(d Day) string {
	if d.Month < 1 || d.Month > 12 {
		return YearText(d.Year)
	}
	return strconv.Itoa(d.Day) + " " + monthNames[d.Month] + " " + YearText(d.Year)
}

// YearText writes an astronomical year for readers: 1952 -> "1952",
// 33 -> "AD 33", 0 -> "1 BC", -489 -> "490 BC".
func YearText(y int) string {
	switch {
	case y <= 0:
		return strconv.Itoa(1-y) + " BC"
	case y < 1000:
		return "AD " + strconv.Itoa(y)
	}
	return strconv.Itoa(y)
}

// yearUnknownText renders a date without a known year from its EDTF
// (XXXX-11-10, XXXX-11) or, failing that, from the text it came from.
func yearUnknownText(d *Date) string {
	e := strings.TrimRight(d.EDTF, "~?%")
	if rest, ok := strings.CutPrefix(e, "XXXX-"); ok {
		parts := strings.Split(rest, "-")
		m, err := strconv.Atoi(parts[0])
		if err == nil && m >= 1 && m <= 12 && len(parts[0]) == 2 {
			switch {
			case len(parts) == 1:
				return monthName(m) + " (year unknown)"
			case len(parts) == 2 && len(parts[1]) >= 2:
				if day, err := strconv.Atoi(parts[1][:2]); err == nil && day >= 1 && day <= 31 {
					return fmt.Sprintf("%d %s (year unknown)", day, monthName(m))
				}
			}
		}
	}
	if t := strings.TrimSpace(d.Text); t != "" {
		return t + " (year unknown)"
	}
	return "year unknown"
}
