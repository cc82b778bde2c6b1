package timeline

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Day is one day of the proleptic Gregorian calendar with astronomical year
// numbering: year 0 is 1 BC, year -489 is 490 BC. The zero Day (month 0) means
// "no day" and is written as JSON null.
type Day struct {
	Year  int
	Month int // 1-12; 0 for the zero Day
	Day   int // 1-31
}

// IsZero reports whether d is the zero Day.
func (d Day) IsZero() bool { return d.Month == 0 }

// Valid reports whether d names a real calendar day.
func (d Day) Valid() bool {
	return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= DaysIn(d.Year, d.Month)
}

// String formats d as YYYY-MM-DD, with a sign and at least four digits of
// year for negative years ("-0489-01-01"), and "" for the zero Day.
func (d Day) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%s-%02d-%02d", FormatYear(d.Year), d.Month, d.Day)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Day) Compare(e Day) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(d.Month, e.Month)
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// ParseDay parses YYYY-MM-DD (optionally with a leading minus sign for
// astronomical years before year 1) and checks that the day exists.
func ParseDay(s string) (Day, error) {
	neg := strings.HasPrefix(s, "-")
	t := strings.TrimPrefix(s, "-")
	parts := strings.Split(t, "-")
	if len(parts) != 3 || len(parts[0]) < 4 || len(parts[1]) != 2 || len(parts[2]) != 2 {
		return Day{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || strings.ContainsAny(p, "+-") {
			return Day{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
		}
		n[i] = v
	}
	if neg {
		n[0] = -n[0]
	}
	d := Day{n[0], n[1], n[2]}
	if !d.Valid() {
		return Day{}, fmt.Errorf("date %q: no such day", s)
	}
	return d, nil
}

// MarshalJSON writes d as "YYYY-MM-DD", or null for the zero Day.
func (d Day) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads what MarshalJSON writes; "" and null give the zero Day.
func (d *Day) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == nil || *s == "" {
		*d = Day{}
		return nil
	}
	v, err := ParseDay(*s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// IsLeap reports whether astronomical year y is a Gregorian leap year.
func IsLeap(y int) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

// DaysIn returns the number of days in month m (1-12) of year y.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if IsLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	}
	return 0
}

// FormatYear writes an astronomical year with at least four digits and a
// leading minus sign when negative: 1952 -> "1952", -489 -> "-0489".
func FormatYear(y int) string {
	if y < 0 {
		return fmt.Sprintf("-%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}

// Precision is how fine a date is.
type Precision string

// Precisions from coarsest to finest.
const (
	Millennium Precision = "millennium"
	Century    Precision = "century"
	Decade     Precision = "decade"
	Year       Precision = "year"
	Season     Precision = "season"
	Quarter    Precision = "quarter"
	Month      Precision = "month"
	Week       Precision = "week"
	DayPrec    Precision = "day"
	Hour       Precision = "hour"
	Minute     Precision = "minute"
	Second     Precision = "second"
)

// Rank orders precisions: larger is finer. Unknown precisions rank 0.
func (p Precision) Rank() int {
	switch p {
	case Millennium:
		return 1
	case Century:
		return 2
	case Decade:
		return 3
	case Year:
		return 4
	case Season:
		return 5
	case Quarter:
		return 6
	case Month:
		return 7
	case Week:
		return 8
	case DayPrec:
		return 9
	case Hour:
		return 10
	case Minute:
		return 11
	case Second:
		return 12
	}
	return 0
}

// Basis records how a date was resolved.
type Basis string

// Bases of a resolved date.
const (
	// Explicit: the text gives the date in full ("9 April 1952").
	Explicit Basis = "explicit"
	// DocumentDate: resolved against the document's (publication) date
	// ("yesterday", "last Sunday", "10 November" in a 2019 article).
	DocumentDate Basis = "document"
	// Narrative: resolved against the previous date in the text ("two years later").
	Narrative Basis = "narrative"
	// Weekday: the weekday fixes the year ("Friday, September 12" near 2008).
	Weekday Basis = "weekday"
	// Unresolved: no reference was available; the year (or more) is unknown.
	Unresolved Basis = "unresolved"
)

// Date is a normalised date: a calendar range with a precision, written as
// EDTF and as a TIMEX3 value, with the text it came from and how it was
// resolved. Start and End are the first and last day the date covers; both
// are zero when the year is unknown.
type Date struct {
	EDTF        string    `json:"edtf"`
	TIMEX       string    `json:"timex"`
	Start       Day       `json:"start"`
	End         Day       `json:"end"`
	Precision   Precision `json:"precision"`
	Text        string    `json:"text"`
	Basis       Basis     `json:"basis"`
	Approximate bool      `json:"approximate,omitempty"`
	YearUnknown bool      `json:"year_unknown,omitempty"`
}

// Known reports whether the date has a calendar range (its year is known).
func (d *Date) Known() bool { return d != nil && !d.Start.IsZero() }

// Days returns the number of days from 1970-01-01 to d in the
// proleptic Gregorian calendar (negative before), for any astronomical year.
func (d Day) Days() int64 {
	y, m, dd := int64(d.Year), int64(d.Month), int64(d.Day)
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + dd - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// DayFromDays is the inverse of Day.Days.
func DayFromDays(z int64) Day {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Day{Year: int(y), Month: int(m), Day: int(d)}
}
