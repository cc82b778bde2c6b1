package timeline

import (
	"slices"
	"sort"
)

// The merge compares a new mention only with the clusters that could accept
// it. A cluster can accept a mention only if one of its members is
// compatible with it, and compatible (see merge.go) needs one of: the same
// document; the same exact day; or a shared participant or place together
// with dates that overlap (or, for an undated mention, an event at most
// maxUndatedGap days before its report). mergeIndex files each cluster
// under keys for those three conditions, with years standing in for the
// date condition, so that a lookup returns every cluster that could score
// above zero and, in practice, few others. Without it the merge is
// quadratic in the number of mentions of a type.
type mergeIndex struct {
	clusters map[mergeKey][]int32 // cluster numbers, ascending
}

// mergeKey is kept small: a type has millions of keys in a large corpus.
// A same-day key holds the day numbers of its date's first and last day
// (distinct malformed days may share a number, which only adds candidates).
type mergeKey struct {
	kind byte // 'd' document, 's' same day or range, 'm' entity+month of a one-day date, 'y' entity+year of a longer date, 'w' entity wide date, 'u' entity+year of an undated report, 'n' entity undated without report date, 'a' entity any
	ent  int32
	n    int64
	m    int64
}

// maxYearSpan is the widest date (in years) filed year by year; wider dates
// (centuries, "from 1800 to 1900") are filed once as wide.
const maxYearSpan = 20

func newMergeIndex() *mergeIndex { return &mergeIndex{clusters: map[mergeKey][]int32{}} }

func (x *mergeIndex) add(k mergeKey, c int) {
	l := x.clusters[k]
	if n := len(l); n > 0 && l[n-1] == int32(c) {
		return
	}
	x.clusters[k] = append(l, int32(c))
}

func spanYears(d *mdate) (y1, y2 int, narrow bool) {
	y1, y2 = d.start.Year, d.end.Year
	return y1, y2, y2-y1 <= maxYearSpan
}

func dayPrecise(d *mdate) bool { return d.known() && int(d.prec) >= DayPrec.Rank() }

// oneDay reports whether a known date covers a single day.
func oneDay(d *mdate) bool { return d.known() && d.start == d.end }

// file records that cluster c now has member mb.
func (x *mergeIndex) file(mb *member, c int) {
	x.add(mergeKey{kind: 'd', n: int64(mb.doc)}, c)
	d := &mb.date
	if dayPrecise(d) || oneDay(d) {
		x.add(mergeKey{kind: 's', n: d.start.Days(), m: d.end.Days()}, c)
	}
	for _, e := range entitiesOf(mb) {
		x.add(mergeKey{kind: 'a', ent: e}, c)
		switch {
		case oneDay(d):
			// One day: a mention dated the same day finds it under 's';
			// a longer date around it, or an undated report of the next
			// months, under its month.
			x.add(mergeKey{kind: 'm', ent: e, n: monthOf(d.start.Days())}, c)
		case d.known():
			y1, y2, narrow := spanYears(d)
			if !narrow {
				x.add(mergeKey{kind: 'w', ent: e}, c)
				continue
			}
			for y := y1; y <= y2; y++ {
				x.add(mergeKey{kind: 'y', ent: e, n: int64(y)}, c)
			}
		case mb.docDate.IsZero():
			x.add(mergeKey{kind: 'n', ent: e}, c)
		default:
			x.add(mergeKey{kind: 'u', ent: e, n: int64(mb.docDate.Year)}, c)
		}
	}
}

// candidates returns, in ascending order, the clusters that could accept mb.
func (x *mergeIndex) candidates(mb *member, buf []int) []int {
	buf = buf[:0]
	get := func(k mergeKey) {
		for _, c := range x.clusters[k] {
			buf = append(buf, int(c))
		}
	}
	get(mergeKey{kind: 'd', n: int64(mb.doc)})
	d := &mb.date
	if dayPrecise(d) || oneDay(d) {
		get(mergeKey{kind: 's', n: d.start.Days(), m: d.end.Days()})
	}
	for _, e := range entitiesOf(mb) {
		switch {
		case d.known():
			y1, y2, narrow := spanYears(d)
			if !narrow {
				get(mergeKey{kind: 'a', ent: e})
				continue
			}
			get(mergeKey{kind: 'w', ent: e})
			get(mergeKey{kind: 'n', ent: e})
			for y := y1; y <= y2; y++ {
				get(mergeKey{kind: 'y', ent: e, n: int64(y)})
			}
			if !oneDay(d) {
				// the one-day dates inside it (a one-day date contains
				// no other date but itself, found under 's')
				for m := monthOf(d.start.Days()); m <= monthOf(d.end.Days()); m++ {
					get(mergeKey{kind: 'm', ent: e, n: m})
				}
			}
			for y := y1; y <= y2+1; y++ {
				get(mergeKey{kind: 'u', ent: e, n: int64(y)})
			}
		case mb.docDate.IsZero():
			get(mergeKey{kind: 'a', ent: e})
		default:
			y := mb.docDate.Year
			get(mergeKey{kind: 'w', ent: e})
			get(mergeKey{kind: 'n', ent: e})
			get(mergeKey{kind: 'y', ent: e, n: int64(y - 1)})
			get(mergeKey{kind: 'y', ent: e, n: int64(y)})
			// one-day dates at most maxUndatedGap days before the report
			ref := mb.docDate.Days()
			for m := monthOf(ref - maxUndatedGap); m <= monthOf(ref); m++ {
				get(mergeKey{kind: 'm', ent: e, n: m})
			}
			for k := y - 1; k <= y+1; k++ {
				get(mergeKey{kind: 'u', ent: e, n: int64(k)})
			}
		}
	}
	if len(buf) < 2 {
		return buf
	}
	sort.Ints(buf)
	out := buf[:1]
	for _, c := range buf[1:] {
		if c != out[len(out)-1] {
			out = append(out, c)
		}
	}
	return out
}

// monthOf numbers the month of a day number; consecutive months have
// consecutive numbers.
func monthOf(days int64) int64 {
	d := DayFromDays(days)
	return int64(d.Year)*12 + int64(d.Month) - 1
}

func entitiesOf(mb *member) []int32 {
	if len(mb.places) == 0 {
		return mb.parts
	}
	if len(mb.parts) == 0 {
		return mb.places
	}
	all := make([]int32, 0, len(mb.parts)+len(mb.places))
	all = append(all, mb.parts...)
	for _, p := range mb.places {
		if !slices.Contains(all, p) {
			all = append(all, p)
		}
	}
	return all
}
