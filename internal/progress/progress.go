// Package progress draws a one-line progress report on a terminal:
// documents, megabytes, rates and the time left. When its output is not a
// terminal it writes nothing, so logs and pipes stay clean.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// IsTerminal reports whether w is a terminal that can redraw a line (not
// TERM=dumb).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	return term.IsTerminal(int(f.Fd()))
}

// Options configure a Bar.
type Options struct {
	// Terminal enables drawing; when false the Bar writes nothing but the
	// lines given to Println. Use IsTerminal(w).
	Terminal bool
	// Total is the number of bytes expected, for the percentage and the
	// time left; 0 when unknown (standard input).
	Total int64
	// Interval is the least time between redraws (default 200ms).
	Interval time.Duration
	// Now is the clock (default time.Now); tests set it.
	Now func() time.Time
}

// Bar is a progress line. Its methods are safe for concurrent use.
type Bar struct {
	w   io.Writer
	opt Options

	mu    sync.Mutex
	start time.Time
	last  time.Time
	docs  int
	bytes int64
	shown bool // a line is on screen
}

// New returns a Bar writing to w.
func New(w io.Writer, opt Options) *Bar {
	if opt.Interval <= 0 {
		opt.Interval = 200 * time.Millisecond
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return &Bar{w: w, opt: opt, start: opt.Now()}
}

// Update records the documents and bytes done so far and redraws the line
// when the interval has passed.
func (b *Bar) Update(docs int, bytes int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.docs, b.bytes = docs, bytes
	if !b.opt.Terminal {
		return
	}
	now := b.opt.Now()
	if b.shown && now.Sub(b.last) < b.opt.Interval {
		return
	}
	b.last = now
	b.draw(now)
}

// Println prints a message on its own line, above the progress line.
func (b *Bar) Println(a ...any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.shown {
		io.WriteString(b.w, "\r\x1b[K")
	}
	fmt.Fprintln(b.w, a...)
	if b.shown {
		b.draw(b.opt.Now())
	}
}

// Finish draws the final line and ends it.
func (b *Bar) Finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.opt.Terminal {
		return
	}
	b.draw(b.opt.Now())
	io.WriteString(b.w, "\n")
	b.shown = false
}

func (b *Bar) draw(now time.Time) {
	io.WriteString(b.w, "\r"+Line(b.docs, b.bytes, b.opt.Total, now.Sub(b.start))+"\x1b[K")
	b.shown = true
}

// Line formats one progress line: a bar and percentage when total is
// known, documents, megabytes, rates and the time left.
func Line(docs int, bytes, total int64, elapsed time.Duration) string {
	var sb strings.Builder
	const width = 20
	if total > 0 {
		frac := min(float64(bytes)/float64(total), 1)
		fill := int(frac * width)
		sb.WriteString("[" + strings.Repeat("=", fill))
		if fill < width {
			sb.WriteString(">" + strings.Repeat(" ", width-fill-1))
		}
		fmt.Fprintf(&sb, "] %3.0f%%  ", frac*100)
	}
	fmt.Fprintf(&sb, "%s docs  ", Count(docs))
	if total > 0 {
		fmt.Fprintf(&sb, "%.1f/%.1f MB", mb(bytes), mb(total))
	} else {
		fmt.Fprintf(&sb, "%.1f MB", mb(bytes))
	}
	secs := elapsed.Seconds()
	if secs > 0 {
		fmt.Fprintf(&sb, "  %.1f MB/s  %s docs/s", mb(bytes)/secs, Count(int(float64(docs)/secs+0.5)))
		if total > 0 && bytes > 0 && bytes < total {
			left := time.Duration(float64(total-bytes) / (float64(bytes) / secs) * float64(time.Second))
			sb.WriteString("  ETA " + Duration(left))
		}
	}
	return sb.String()
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }

// Count writes n with thousands separators: 1234567 -> "1,234,567".
func Count(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var sb strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteRune(c)
	}
	if neg {
		return "-" + sb.String()
	}
	return sb.String()
}

// Duration writes d as m:ss, or h:mm:ss from an hour on.
func Duration(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// Phase is a progress line for a step counted in items rather than
// documents and bytes ("merging events: 40% 1,234/3,085 mentions"). Like
// Bar it draws only on a terminal.
type Phase struct {
	w        io.Writer
	terminal bool
	label    string
	unit     string
	total    int
	now      func() time.Time
	last     time.Time
	shown    bool
}

// NewPhase returns a Phase of total items named unit ("mentions").
func NewPhase(w io.Writer, terminal bool, label, unit string, total int) *Phase {
	return &Phase{w: w, terminal: terminal, label: label, unit: unit, total: total, now: time.Now}
}

// Update redraws the line with done items, at most five times a second.
func (p *Phase) Update(done int) {
	if !p.terminal {
		return
	}
	now := p.now()
	if p.shown && now.Sub(p.last) < 200*time.Millisecond && done < p.total {
		return
	}
	p.last = now
	io.WriteString(p.w, "\r"+PhaseLine(p.label, p.unit, done, p.total)+"\x1b[K")
	p.shown = true
}

// Finish ends the line.
func (p *Phase) Finish() {
	if p.terminal && p.shown {
		io.WriteString(p.w, "\n")
		p.shown = false
	}
}

// PhaseLine formats one line of a Phase.
func PhaseLine(label, unit string, done, total int) string {
	frac := 1.0
	if total > 0 {
		frac = min(float64(done)/float64(total), 1)
	}
	const width = 20
	fill := int(frac * width)
	bar := "[" + strings.Repeat("=", fill)
	if fill < width {
		bar += ">" + strings.Repeat(" ", width-fill-1)
	}
	return fmt.Sprintf("%s: %s] %3.0f%%  %s/%s %s", label, bar, frac*100, Count(done), Count(total), unit)
}
