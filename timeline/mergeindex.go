package timeline

import "sort"

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
	clusters map[mergeKey][]int // cluster numbers, ascending
}

type mergeKey struct {
	kind  byte // 'd' document, 's' same day, 'y' entity+year, 'w' entity wide date, 'u' entity+year of an undated report, 'n' entity undated without report date, 'a' entity any
	typ   string
	ent   string
	n     int
	start Day
	end   Day
}

// maxYearSpan is the widest date (in years) filed year by year; wider dates
// (centuries, "from 1800 to 1900") are filed once as wide.
const maxYearSpan = 20

func newMergeIndex() *mergeIndex { return &mergeIndex{clusters: map[mergeKey][]int{}} }

func (x *mergeIndex) add(k mergeKey, c int) {
	l := x.clusters[k]
	if n := len(l); n > 0 && l[n-1] == c {
		return
	}
	x.clusters[k] = append(l, c)
}

func spanYears(d *Date) (y1, y2 int, narrow bool) {
	y1, y2 = d.Start.Year, d.End.Year
	return y1, y2, y2-y1 <= maxYearSpan
}

func dayPrecise(d *Date) bool { return d.Known() && d.Precision.Rank() >= DayPrec.Rank() }

// file records that cluster c now has member mb.
func (x *mergeIndex) file(mb *member, c int) {
	t := mb.typ
	x.add(mergeKey{kind: 'd', typ: t, n: mb.doc}, c)
	d := mb.date
	if dayPrecise(d) {
		x.add(mergeKey{kind: 's', typ: t, start: d.Start, end: d.End}, c)
	}
	for _, e := range entitiesOf(mb) {
		x.add(mergeKey{kind: 'a', typ: t, ent: e}, c)
		switch {
		case d.Known():
			y1, y2, narrow := spanYears(d)
			if !narrow {
				x.add(mergeKey{kind: 'w', typ: t, ent: e}, c)
				continue
			}
			for y := y1; y <= y2; y++ {
				x.add(mergeKey{kind: 'y', typ: t, ent: e, n: y}, c)
			}
		case mb.docDate.IsZero():
			x.add(mergeKey{kind: 'n', typ: t, ent: e}, c)
		default:
			x.add(mergeKey{kind: 'u', typ: t, ent: e, n: mb.docDate.Year}, c)
		}
	}
}

// candidates returns, in ascending order, the clusters that could accept mb.
func (x *mergeIndex) candidates(mb *member, buf []int) []int {
	buf = buf[:0]
	t := mb.typ
	get := func(k mergeKey) { buf = append(buf, x.clusters[k]...) }
	get(mergeKey{kind: 'd', typ: t, n: mb.doc})
	d := mb.date
	if dayPrecise(d) {
		get(mergeKey{kind: 's', typ: t, start: d.Start, end: d.End})
	}
	for _, e := range entitiesOf(mb) {
		switch {
		case d.Known():
			y1, y2, narrow := spanYears(d)
			if !narrow {
				get(mergeKey{kind: 'a', typ: t, ent: e})
				continue
			}
			get(mergeKey{kind: 'w', typ: t, ent: e})
			get(mergeKey{kind: 'n', typ: t, ent: e})
			for y := y1; y <= y2; y++ {
				get(mergeKey{kind: 'y', typ: t, ent: e, n: y})
			}
			for y := y1; y <= y2+1; y++ {
				get(mergeKey{kind: 'u', typ: t, ent: e, n: y})
			}
		case mb.docDate.IsZero():
			get(mergeKey{kind: 'a', typ: t, ent: e})
		default:
			y := mb.docDate.Year
			get(mergeKey{kind: 'w', typ: t, ent: e})
			get(mergeKey{kind: 'n', typ: t, ent: e})
			get(mergeKey{kind: 'y', typ: t, ent: e, n: y - 1})
			get(mergeKey{kind: 'y', typ: t, ent: e, n: y})
			for k := y - 1; k <= y+1; k++ {
				get(mergeKey{kind: 'u', typ: t, ent: e, n: k})
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

func entitiesOf(mb *member) []string {
	if len(mb.places) == 0 {
		return mb.parts
	}
	if len(mb.parts) == 0 {
		return mb.places
	}
	all := make([]string, 0, len(mb.parts)+len(mb.places))
	all = append(all, mb.parts...)
	for _, p := range mb.places {
		if !contains(all, p) {
			all = append(all, p)
		}
	}
	return all
}
