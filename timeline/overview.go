package timeline

import (
	"fmt"
	"math"
	"sort"
	"strconv"
)

// Layout constants of the overview SVG (user units of its viewBox).
const (
	ovWidth     = 960.0
	ovLabelW    = 120.0 // left column for type names
	ovRight     = 950.0
	ovTop       = 34.0 // room for segment captions
	ovLaneGap   = 6.0
	ovSubRow    = 13.0
	ovMarkR     = 5.0
	ovBreakGap  = 16.0 // space between axis segments
	ovMaxSeg    = 8
	ovAxisSpace = 34.0
)

type ovSegment struct {
	T0, T1     float64 // time range (day numbers) covered
	X0, X1     float64 // pixel range
	Pad        float64
	N          int
	Caption    string
	Ticks      []ovTick
	BreakAfter bool
	BreakX     float64
}

type ovTick struct {
	X     float64
	Label string
}

type ovLane struct {
	Type   string
	Color  string
	Y      float64 // top
	H      float64
	LabelY float64
	Marks  []ovMark
}

type ovMark struct {
	ID       string
	X, Y     float64
	Hollow   bool
	Bar      bool
	BarX0    float64
	BarW     float64
	Color    string
	Fill     string
	typeName string
	t        float64
	// its label (tooltip, accessible name) is the display date and headline
	dateText, headline string
}

// overview is the view model of the inline SVG.
type overview struct {
	Width, Height float64
	AxisY         float64
	Segments      []ovSegment
	Lanes         []ovLane
	Placed        int // events drawn
}

// ViewBox returns the SVG viewBox attribute.
func (o *overview) ViewBox() string {
	return "0 0 " + num(o.Width) + " " + num(o.Height)
}

func num(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64) }

type ovPoint struct {
	id, typ            string
	hollow             bool
	dateText, headline string
	t                  float64
	t0, t1             float64
}

// ovMaxMarks is the most events the overview draws: a timeline with more
// dated events than this gets no overview (the page still lists every
// event), since an SVG of hundreds of thousands of marks helps no reader
// and freezes the browser.
const ovMaxMarks = 5000

// ovPointOf returns the overview point of a dated event.
func ovPointOf(ev *Event) (ovPoint, bool) {
	if !ev.Date.Known() {
		return ovPoint{}, false
	}
	a := float64(ev.Date.Start.Days())
	b := a
	if !ev.Date.End.IsZero() {
		b = float64(ev.Date.End.Days())
	}
	if b < a {
		b = a
	}
	return ovPoint{id: ev.ID, typ: ev.Type, hollow: ev.Date.Precision.Rank() < DayPrec.Rank() || ev.Date.Approximate,
		dateText: DisplayDate(ev.Date), headline: ev.Headline, t: (a + b) / 2, t0: a, t1: b}, true
}

// overviewPoints returns the points of the dated events.
func overviewPoints(events []Event) []ovPoint {
	var pts []ovPoint
	for i := range events {
		if p, ok := ovPointOf(&events[i]); ok {
			pts = append(pts, p)
		}
	}
	return pts
}

// buildOverview lays out the dated events of tl on a broken time axis:
// clusters of events separated by long empty stretches get their own
// linear segment, so that an axis running from the 1950s to a few weeks of
// 2019 shows both the decades and the weeks. It returns nil when no event
// has a known date.
func buildOverview(pts []ovPoint, colors map[string]string) *overview {
	if len(pts) == 0 || len(pts) > ovMaxMarks {
		return nil
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].t < pts[j].t })
	segs := splitSegments(pts)
	layoutSegments(segs)

	// Lanes: one per event type, in order of first appearance on the axis.
	laneOf := map[string]int{}
	var lanes []ovLane
	for _, p := range pts {
		if _, ok := laneOf[p.typ]; !ok {
			laneOf[p.typ] = len(lanes)
			lanes = append(lanes, ovLane{Type: p.typ, Color: colors[p.typ]})
		}
	}
	sort.SliceStable(lanes, func(i, j int) bool { return lanes[i].Type < lanes[j].Type })
	for i := range lanes {
		laneOf[lanes[i].Type] = i
	}
	perLane := make([]int, len(lanes))
	for _, p := range pts {
		perLane[laneOf[p.typ]]++
	}
	for i := range lanes {
		lanes[i].Marks = make([]ovMark, 0, perLane[i])
	}
	for _, p := range pts {
		s := segmentOf(segs, p.t)
		m := ovMark{
			ID:       p.id,
			X:        s.x(p.t),
			Hollow:   p.hollow,
			dateText: p.dateText,
			headline: p.headline,
			Color:    colors[p.typ],
			typeName: p.typ,
			t:        p.t,
		}
		m.Fill = m.Color
		if m.Hollow {
			m.Fill = "#ffffff"
		}
		// A bar shows the span of a date that covers more than one day;
		// a single day is a point even on a scale of a few days.
		x0, x1 := math.Max(s.X0, s.xFree(p.t0)), math.Min(s.X1, s.xFree(p.t1+1))
		if p.t1 > p.t0 && x1-x0 > 2*ovMarkR+2 {
			m.Bar, m.BarX0, m.BarW = true, x0, x1-x0
		}
		l := &lanes[laneOf[p.typ]]
		l.Marks = append(l.Marks, m)
	}
	// Stack marks that would overlap into sub-rows.
	y := ovTop
	for i := range lanes {
		l := &lanes[i]
		var rowEnd []float64
		rows := make([]int, len(l.Marks))
		for j, m := range l.Marks {
			r := 0
			for r < len(rowEnd) && m.X-rowEnd[r] < 2*ovMarkR+1 {
				r++
			}
			if r == len(rowEnd) {
				if r < 4 {
					rowEnd = append(rowEnd, math.Inf(-1))
				} else {
					r = j % 4
				}
			}
			rowEnd[r] = m.X
			rows[j] = r
		}
		l.Y = y
		l.H = float64(len(rowEnd))*ovSubRow + ovLaneGap
		l.LabelY = y + l.H/2 + 4
		for j := range l.Marks {
			l.Marks[j].Y = y + ovLaneGap/2 + ovSubRow/2 + float64(rows[j])*ovSubRow
		}
		y += l.H
	}
	o := &overview{Width: ovWidth, AxisY: y + 4, Segments: segs, Lanes: lanes, Placed: len(pts)}
	o.Height = o.AxisY + ovAxisSpace
	return o
}

// splitSegments groups the sorted points into at most ovMaxSeg clusters,
// each drawn on its own linear scale. It repeatedly cuts the cluster at the
// gap that is largest relative to a threshold, for gaps longer than half a
// year that exceed either a quarter of the cluster's span (a long empty
// stretch) or four times the span of a dense group of at least three events
// beside it (weeks of events after decades would otherwise collapse into one
// column).
func splitSegments(pts []ovPoint) []ovSegment {
	type cluster struct{ lo, hi int } // indexes into pts, inclusive
	const minGap, minDense, denseN = 183.0, 30.0, 3
	cl := []cluster{{0, len(pts) - 1}}
	for len(cl) < ovMaxSeg {
		best, bestAt, bestScore := -1, 0, 1.0
		for ci, c := range cl {
			span := pts[c.hi].t - pts[c.lo].t
			for k := c.lo; k < c.hi; k++ {
				g := pts[k+1].t - pts[k].t
				if g < minGap {
					continue
				}
				threshold := span / 4
				if k-c.lo+1 >= denseN {
					threshold = math.Min(threshold, 4*math.Max(minDense, pts[k].t-pts[c.lo].t))
				}
				if c.hi-k >= denseN {
					threshold = math.Min(threshold, 4*math.Max(minDense, pts[c.hi].t-pts[k+1].t))
				}
				if score := g / threshold; score > bestScore {
					best, bestAt, bestScore = ci, k, score
				}
			}
		}
		if best < 0 {
			break
		}
		c := cl[best]
		cl = append(cl[:best], append([]cluster{{c.lo, bestAt}, {bestAt + 1, c.hi}}, cl[best+1:]...)...)
	}
	segs := make([]ovSegment, len(cl))
	for i, c := range cl {
		segs[i] = ovSegment{T0: pts[c.lo].t, T1: pts[c.hi].t, N: c.hi - c.lo + 1}
	}
	return segs
}

// layoutSegments gives each segment a share of the width: a fixed minimum
// plus a part proportional to its number of events, then picks its ticks.
func layoutSegments(segs []ovSegment) {
	const minW = 56.0
	avail := ovRight - ovLabelW - float64(len(segs)-1)*ovBreakGap
	extra := avail - minW*float64(len(segs))
	weight := 0
	for _, s := range segs {
		if s.T1 > s.T0 {
			weight += s.N
		}
	}
	x := ovLabelW
	for i := range segs {
		s := &segs[i]
		w := minW
		if s.T1 > s.T0 && weight > 0 {
			w += extra * float64(s.N) / float64(weight)
		} else if weight == 0 {
			w = avail / float64(len(segs))
		}
		s.X0, s.X1 = x, x+w
		s.Pad = math.Min(12, w/4)
		x += w + ovBreakGap
		if i < len(segs)-1 {
			s.BreakAfter = true
			s.BreakX = s.X1 + ovBreakGap/2
		}
		s.ticks()
	}
}

func segmentOf(segs []ovSegment, t float64) *ovSegment {
	for i := range segs {
		if t <= segs[i].T1 {
			return &segs[i]
		}
	}
	return &segs[len(segs)-1]
}

// x maps time t (day number) into the segment's pixel range.
func (s *ovSegment) x(t float64) float64 {
	if s.T1 <= s.T0 {
		return (s.X0 + s.X1) / 2
	}
	f := (t - s.T0) / (s.T1 - s.T0)
	f = math.Max(0, math.Min(1, f))
	return s.X0 + s.Pad + f*(s.X1-s.X0-2*s.Pad)
}

// xFree maps t like x but without clamping to the segment, so that a
// date's span can reach into the segment's padding before it is clipped.
func (s *ovSegment) xFree(t float64) float64 {
	if s.T1 <= s.T0 {
		return (s.X0 + s.X1) / 2
	}
	return s.X0 + s.Pad + (t-s.T0)/(s.T1-s.T0)*(s.X1-s.X0-2*s.Pad)
}

var shortMonths = [...]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// ticks chooses labelled ticks for the segment: decades, years, months or
// days depending on its span, thinned to fit its width.
func (s *ovSegment) ticks() {
	a, b := DayFromDays(int64(math.Floor(s.T0))), DayFromDays(int64(math.Floor(s.T1)))
	if s.T1 <= s.T0 {
		s.Ticks = []ovTick{{X: s.x(s.T0), Label: YearText(a.Year)}}
		return
	}
	span := s.T1 - s.T0
	maxTicks := int((s.X1 - s.X0) / 60)
	if maxTicks < 2 {
		maxTicks = 2
	}
	var cand []ovTick
	add := func(d Day, label string) {
		t := float64(d.Days())
		if t >= s.T0 && t <= s.T1 {
			cand = append(cand, ovTick{X: s.x(t), Label: label})
		}
	}
	switch {
	case span >= 2*365:
		years := b.Year - a.Year + 1
		step := 1
		for _, st := range []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000} {
			step = st
			if years/st <= maxTicks {
				break
			}
		}
		y0 := a.Year + 1
		y0 += ((step - y0%step) % step)
		for y := y0; y <= b.Year; y += step {
			add(Day{y, 1, 1}, YearText(y))
		}
	case span >= 60:
		s.Caption = yearRange(a.Year, b.Year)
		months := (b.Year-a.Year)*12 + b.Month - a.Month + 1
		step := 1
		for _, st := range []int{1, 2, 3, 6, 12} {
			step = st
			if months/st <= maxTicks {
				break
			}
		}
		for i := 1; i <= months; i++ {
			m := a.Month + i
			y := a.Year + (m-1)/12
			m = (m-1)%12 + 1
			if (m-1)%step == 0 {
				add(Day{y, m, 1}, shortMonths[m])
			}
		}
	default:
		s.Caption = yearRange(a.Year, b.Year)
		days := int(span) + 1
		step := 1
		for _, st := range []int{1, 2, 7, 14, 28} {
			step = st
			if days/st <= maxTicks {
				break
			}
		}
		for z := int64(math.Ceil(s.T0)); float64(z) <= s.T1; z++ {
			d := DayFromDays(z)
			if step >= 28 && d.Day != 1 || step < 28 && (z-int64(math.Ceil(s.T0)))%int64(step) != 0 {
				continue
			}
			add(d, fmt.Sprintf("%d %s", d.Day, shortMonths[d.Month]))
		}
	}
	if len(cand) == 0 {
		cand = []ovTick{{X: s.x(s.T0), Label: YearText(a.Year)}}
	}
	s.Ticks = cand
}

func yearRange(a, b int) string {
	if a == b {
		return YearText(a)
	}
	return YearText(a) + "–" + YearText(b)
}

// typeColors assigns each event type a colour with at least 3:1 contrast
// against white: a fixed colour for the built-in types, and for any other
// type (in name order) the next palette colour not yet in use, so that the
// colours depend only on the set of types.
func typeColors(types []string) map[string]string {
	m := map[string]string{}
	used := map[string]bool{}
	var others []string
	for _, typ := range types {
		if _, ok := m[typ]; ok {
			continue
		}
		if c, ok := builtinColors[typ]; ok {
			m[typ] = c
			used[c] = true
			continue
		}
		m[typ] = ""
		others = append(others, typ)
	}
	sort.Strings(others)
	next := 0
	for _, typ := range others {
		c := fallbackColors[next%len(fallbackColors)]
		for k := 0; k < len(fallbackColors) && used[c]; k++ {
			next++
			c = fallbackColors[next%len(fallbackColors)]
		}
		next++
		m[typ] = c
		used[c] = true
	}
	return m
}

var builtinColors = map[string]string{
	"coup":          "#b2182b",
	"election":      "#2166ac",
	"referendum":    "#7b3294",
	"resignation":   "#8c510a",
	"massacre":      "#5c0a1f",
	"attack":        "#d6301d",
	"protest":       "#1b7837",
	"strike":        "#9a6a00",
	"arrest":        "#525252",
	"revolution":    "#c51b7d",
	"assassination": "#1a1a1a",
	"inauguration":  "#01665e",
	"agreement":     "#2d7f86",
	"disaster":      "#6b6b00",
}

var fallbackColors = []string{"#e7298a", "#7570b3", "#d95f02", "#1b9e77", "#a6761d", "#0b3d91", "#8e0152", "#666666"}
