package timeline

import (
	"fmt"
	"strings"
	"testing"
)

// evs builds events with the given dates (EDTF-like "YYYY" or
// "YYYY-MM-DD").
func evs(dates ...string) []Event {
	var out []Event
	for i, s := range dates {
		var d *Date
		if len(s) == 4 {
			var y int
			fmt.Sscan(s, &y)
			d = &Date{EDTF: s, Start: Day{y, 1, 1}, End: Day{y, 12, 31}, Precision: Year}
		} else {
			day, err := ParseDay(s)
			if err != nil {
				panic(err)
			}
			d = &Date{EDTF: s, Start: day, End: day, Precision: DayPrec}
		}
		out = append(out, Event{ID: fmt.Sprintf("ev%d", i+1), Type: "coup", Date: d})
	}
	return out
}

// triplets returns three consecutive days every step years.
func triplets(from, to, step int) []string {
	var s []string
	for y := from; y <= to; y += step {
		for d := 1; d <= 3; d++ {
			s = append(s, fmt.Sprintf("%04d-03-%02d", y, d))
		}
	}
	return s
}

func segLabels(o *overview) string {
	var parts []string
	for _, s := range o.Segments {
		parts = append(parts, fmt.Sprintf("%s..%s(%d)", DayFromDays(int64(s.T0)), DayFromDays(int64(s.T1)), s.N))
	}
	return strings.Join(parts, " | ")
}

func TestOverviewSegments(t *testing.T) {
	years := func(from, to int) []string {
		var s []string
		for y := from; y <= to; y++ {
			s = append(s, fmt.Sprint(y))
		}
		return s
	}
	weeks := func(first string, n int) []string {
		d, _ := ParseDay(first)
		var s []string
		for i := 0; i < n; i++ {
			s = append(s, DayFromDays(d.Days()+int64(7*i)).String())
		}
		return s
	}
	tests := []struct {
		name  string
		dates []string
		segs  int
	}{
		{"one event", []string{"1952-04-09"}, 1},
		{"evenly spread years stay one scale", years(1900, 1950), 1},
		{"weeks stay one scale", weeks("2019-10-01", 10), 1},
		{"decades apart are broken", []string{"1952", "1967", "2016", "2019-10-20", "2019-11-10"}, 4},
		{"weeks after decades get their own segment", append(years(1930, 1950), weeks("2019-10-01", 12)...), 2},
		{"evenly spread centuries stay one scale", []string{"1000", "1100", "1200", "1300", "1400", "1500", "1600", "1700", "1800", "1900", "2000"}, 1},
		{"no more than the maximum", triplets(1000, 2000, 100), ovMaxSeg},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := buildOverview(overviewPoints(evs(tc.dates...)), map[string]string{"coup": "#b2182b"})
			if len(o.Segments) != tc.segs {
				t.Errorf("%d segments, want %d: %s", len(o.Segments), tc.segs, segLabels(o))
			}
			// Marks must be ordered as their dates and stay in the plot.
			var last float64
			for i, m := range o.Lanes[0].Marks {
				if m.X < ovLabelW || m.X > ovRight {
					t.Errorf("mark %s at x=%.1f outside the plot", m.ID, m.X)
				}
				if i > 0 && m.X < last {
					t.Errorf("mark %s at x=%.1f left of the previous one (%.1f)", m.ID, m.X, last)
				}
				last = m.X
			}
			if o.Placed != len(tc.dates) {
				t.Errorf("placed %d of %d", o.Placed, len(tc.dates))
			}
		})
	}
	if o := buildOverview(nil, nil); o != nil {
		t.Error("overview of no events should be nil")
	}
}

// A date of one day is a point, whatever the scale: on a segment of a few
// days it must not get a bar as wide as the day; longer spans get one.
func TestOverviewBarsOnlyForSpans(t *testing.T) {
	month := Event{ID: "m", Type: "protest", Date: &Date{EDTF: "2023-03", Start: Day{2023, 3, 1}, End: Day{2023, 3, 31}, Precision: Month}}
	tests := []struct {
		name    string
		events  []Event
		wantBar map[string]bool
	}{
		{"two consecutive days", evs("2023-03-12", "2023-03-13"), map[string]bool{"ev1": false, "ev2": false}},
		{"one day alone", evs("2023-03-12"), map[string]bool{"ev1": false}},
		{"a month among days", append(evs("2023-03-12", "2023-03-13"), month), map[string]bool{"ev1": false, "ev2": false, "m": true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := buildOverview(overviewPoints(tc.events), map[string]string{})
			got := map[string]bool{}
			for _, l := range o.Lanes {
				for _, m := range l.Marks {
					got[m.ID] = m.Bar
				}
			}
			for id, want := range tc.wantBar {
				if got[id] != want {
					t.Errorf("%s: bar = %v, want %v", id, got[id], want)
				}
			}
		})
	}
}
