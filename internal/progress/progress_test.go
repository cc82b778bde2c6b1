package progress

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// clock is a fake clock advanced by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clock                   { return &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)} }

func TestLine(t *testing.T) {
	tests := []struct {
		name    string
		docs    int
		bytes   int64
		total   int64
		elapsed time.Duration
		want    string
	}{
		{"start", 0, 0, 100 << 20, 0, "[>                   ]   0%  0 docs  0.0/100.0 MB"},
		{"half", 1500, 50 << 20, 100 << 20, 10 * time.Second,
			"[==========>         ]  50%  1,500 docs  50.0/100.0 MB  5.0 MB/s  150 docs/s  ETA 0:10"},
		{"done", 3000, 100 << 20, 100 << 20, 20 * time.Second,
			"[====================] 100%  3,000 docs  100.0/100.0 MB  5.0 MB/s  150 docs/s"},
		{"unknown total", 12, 3 << 20, 0, 2 * time.Second, "12 docs  3.0 MB  1.5 MB/s  6 docs/s"},
		{"long eta", 1, 1 << 20, 10000 << 20, time.Second,
			"[>                   ]   0%  1 docs  1.0/10000.0 MB  1.0 MB/s  1 docs/s  ETA 2:46:39"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.docs, tt.bytes, tt.total, tt.elapsed); got != tt.want {
				t.Errorf("Line() =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestBarTerminal(t *testing.T) {
	var buf bytes.Buffer
	c := newClock()
	b := New(&buf, Options{Terminal: true, Total: 10 << 20, Now: c.now})
	c.advance(time.Second)
	b.Update(10, 1<<20)
	c.advance(50 * time.Millisecond)
	b.Update(11, 2<<20) // within the interval: not drawn
	c.advance(time.Second)
	b.Update(20, 4<<20)
	b.Println("a.jsonl:3: malformed row")
	b.Finish()
	out := buf.String()
	if n := strings.Count(out, "\r["); n != 4 { // two updates, the redraw after Println, Finish
		t.Errorf("drawn %d times, want 4:\n%q", n, out)
	}
	if strings.Contains(out, "11 docs") {
		t.Error("drew an update inside the interval")
	}
	if !strings.Contains(out, "\r\x1b[Ka.jsonl:3: malformed row\n\r[") {
		t.Errorf("message not printed above the bar:\n%q", out)
	}
	if !strings.HasSuffix(out, "\x1b[K\n") {
		t.Errorf("Finish did not end the line: %q", out)
	}
}

func TestBarNotTerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, Options{Total: 100})
	b.Update(1, 50)
	b.Println("warning")
	b.Finish()
	if got := buf.String(); got != "warning\n" {
		t.Errorf("output = %q, want only the message", got)
	}
}

func TestIsTerminal(t *testing.T) {
	var buf bytes.Buffer
	if IsTerminal(&buf) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Error("a regular file is a terminal")
	}
}

func TestCountDuration(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {1234567, "1,234,567"}, {-1234, "-1,234"}} {
		if got := Count(tt.n); got != tt.want {
			t.Errorf("Count(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	if got := Duration(3*time.Hour + 4*time.Minute + 5*time.Second); got != "3:04:05" {
		t.Errorf("Duration = %q", got)
	}
}

func TestPhaseLine(t *testing.T) {
	for _, tc := range []struct {
		name        string
		done, total int
		want        string
	}{
		{"start", 0, 3085, "merging events: [>                   ]   0%  0/3,085 mentions"},
		{"half", 1500, 3000, "merging events: [==========>         ]  50%  1,500/3,000 mentions"},
		{"done", 3085, 3085, "merging events: [====================] 100%  3,085/3,085 mentions"},
		{"nothing to do", 0, 0, "merging events: [====================] 100%  0/0 mentions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := PhaseLine("merging events", "mentions", tc.done, tc.total); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestPhaseDrawsOnlyOnTerminals(t *testing.T) {
	var term, plain strings.Builder
	for _, c := range []struct {
		w        *strings.Builder
		terminal bool
	}{{&term, true}, {&plain, false}} {
		p := NewPhase(c.w, c.terminal, "merging events", "mentions", 10)
		p.Update(5)
		p.Update(10)
		p.Finish()
	}
	if plain.Len() != 0 {
		t.Errorf("not a terminal, wrote %q", plain.String())
	}
	if !strings.Contains(term.String(), "10/10 mentions") || !strings.HasSuffix(term.String(), "\n") {
		t.Errorf("terminal output %q: want the final count and a line end", term.String())
	}
}
