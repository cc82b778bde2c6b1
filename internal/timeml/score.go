package timeml

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

// Token is a token of the scorer's tokenisation: a run of letters and
// digits, or a single other non-space character. Offsets are into the text.
type Token = timeline.Span

// Tokenize splits text into PTB-like tokens: maximal runs of letters and
// digits, and every other non-space character on its own.
func Tokenize(text string) []Token {
	var out []Token
	run := -1
	for i, r := range text {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		if alnum {
			if run < 0 {
				run = i
			}
			continue
		}
		if run >= 0 {
			out = append(out, Token{Start: run, End: i})
			run = -1
		}
		if unicode.IsSpace(r) {
			continue
		}
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, size = utf8.DecodeRuneInString(text[i:])
		}
		out = append(out, Token{Start: i, End: i + size})
	}
	if run >= 0 {
		out = append(out, Token{Start: run, End: len(text)})
	}
	return out
}

// Pair is one aligned pair: indexes into the gold and system timexes.
type Pair struct{ Gold, Sys int }

// Alignment is the TempEval-3 alignment of one document's timexes.
type Alignment struct {
	Name      string
	Gold, Sys []timeline.Timex
	Pairs     []Pair
	// Doc is the gold document.
	Doc *Document
}

// Align aligns the gold and system timexes of texts by the TempEval-3 Task
// A rules (see Score). events are the spans of EVENT elements (of both
// files); a timex stays open across tokens inside them. Timexes of one
// side must not overlap each other.
func Align(text string, gold, sys []timeline.Timex, events []timeline.Span) []Pair {
	toks := Tokenize(text)
	sides := [2][]timeline.Timex{gold, sys}
	// covered[s][i]: token i lies in a timex of side s; first[s][k]: the
	// first token of timex k of side s (-1 when it has no token).
	var covered [2][]bool
	var begins [2]map[int][]int
	for s, tx := range sides {
		covered[s] = make([]bool, len(toks))
		begins[s] = map[int][]int{}
		for k, t := range tx {
			first := -1
			// tokens are sorted; find the first one ending after t.Start.
			i := sort.Search(len(toks), func(i int) bool { return toks[i].End > t.Start })
			for ; i < len(toks) && toks[i].Start < t.End; i++ {
				if first < 0 {
					first = i
				}
				covered[s][i] = true
			}
			if first >= 0 {
				begins[s][first] = append(begins[s][first], k)
			}
		}
	}
	inEvent := make([]bool, len(toks))
	for _, e := range events {
		i := sort.Search(len(toks), func(i int) bool { return toks[i].End > e.Start })
		for ; i < len(toks) && toks[i].Start < e.End; i++ {
			inEvent[i] = true
		}
	}
	var partner [2][]int
	for s := range sides {
		partner[s] = make([]int, len(sides[s]))
		for k := range partner[s] {
			partner[s][k] = -1
		}
	}
	open := [2]int{-1, -1}
	var pairs []Pair
	for i := range toks {
		outside := !covered[0][i] && !covered[1][i] && !inEvent[i]
		for s := range sides {
			if outside {
				open[s] = -1
			}
			for _, k := range begins[s][i] {
				open[s] = k
			}
		}
		for s := range sides {
			o := 1 - s
			for _, k := range begins[s][i] {
				if partner[s][k] < 0 && open[o] >= 0 && partner[o][open[o]] < 0 {
					partner[s][k] = open[o]
					partner[o][open[o]] = k
					if s == 0 {
						pairs = append(pairs, Pair{Gold: k, Sys: open[o]})
					} else {
						pairs = append(pairs, Pair{Gold: open[o], Sys: k})
					}
				}
			}
		}
	}
	return pairs
}

// Counts are the raw counts of a TempEval-3 Task A comparison; they add up
// over documents.
type Counts struct {
	Docs    int
	Gold    int // gold timexes
	Sys     int // system timexes
	Relaxed int // aligned pairs
	Strict  int // pairs with identical texts
	Type    int // pairs with identical type
	Value   int // pairs with identical value
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Docs += o.Docs
	c.Gold += o.Gold
	c.Sys += o.Sys
	c.Relaxed += o.Relaxed
	c.Strict += o.Strict
	c.Type += o.Type
	c.Value += o.Value
}

// Counts counts the alignment.
func (a *Alignment) Counts() Counts {
	c := Counts{Docs: 1, Gold: len(a.Gold), Sys: len(a.Sys), Relaxed: len(a.Pairs)}
	for _, p := range a.Pairs {
		g, s := a.Gold[p.Gold], a.Sys[p.Sys]
		if g.Text == s.Text {
			c.Strict++
		}
		if g.Type == s.Type {
			c.Type++
		}
		if g.Value == s.Value {
			c.Value++
		}
	}
	return c
}

// Scores are the TempEval-3 Task A figures, as fractions (0..1).
type Scores struct {
	StrictP, StrictR, StrictF1    float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	TypeAcc, ValueAcc             float64
	TypeF1, ValueF1               float64
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Scores computes the figures from the counts: P = matched system timexes /
// system timexes, R = matched gold / gold, F1 their harmonic mean; type and
// value accuracy are over relaxed matches, and type/value F1 are accuracy x
// relaxed F1. A figure with a zero denominator is 0.
func (c Counts) Scores() Scores {
	var s Scores
	s.StrictP, s.StrictR = ratio(c.Strict, c.Sys), ratio(c.Strict, c.Gold)
	s.StrictF1 = f1(s.StrictP, s.StrictR)
	s.RelaxedP, s.RelaxedR = ratio(c.Relaxed, c.Sys), ratio(c.Relaxed, c.Gold)
	s.RelaxedF1 = f1(s.RelaxedP, s.RelaxedR)
	s.TypeAcc, s.ValueAcc = ratio(c.Type, c.Relaxed), ratio(c.Value, c.Relaxed)
	s.TypeF1, s.ValueF1 = s.TypeAcc*s.RelaxedF1, s.ValueAcc*s.RelaxedF1
	return s
}

// WriteScores writes the figures in the format of the TempEval-3 scorer
// vectors: one "name value" line each, percentages with 2 decimals.
func (c Counts) WriteScores(w io.Writer) error {
	s := c.Scores()
	var b strings.Builder
	line := func(k string, v any) {
		switch v := v.(type) {
		case int:
			fmt.Fprintf(&b, "%-17s%d\n", k, v)
		case float64:
			fmt.Fprintf(&b, "%-17s%.2f\n", k, 100*v)
		}
	}
	line("relaxed_matches", c.Relaxed)
	line("strict_matches", c.Strict)
	line("strict_P", s.StrictP)
	line("strict_R", s.StrictR)
	line("strict_F1", s.StrictF1)
	line("relaxed_P", s.RelaxedP)
	line("relaxed_R", s.RelaxedR)
	line("relaxed_F1", s.RelaxedF1)
	line("type_acc", s.TypeAcc)
	line("value_acc", s.ValueAcc)
	line("type_F1", s.TypeF1)
	line("value_F1", s.ValueF1)
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteCounts writes the counts behind the figures, in the same format.
func (c Counts) WriteCounts(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%-17s%d\n%-17s%d\n%-17s%d\n", "documents", c.Docs, "gold_timexes", c.Gold, "system_timexes", c.Sys)
	return err
}

// Compare aligns the timexes of a gold and a system document. Their TEXT
// contents, with every tag removed, must be identical; otherwise Compare
// returns an *Error naming the system file and the first line that
// differs.
func Compare(gold, sys *Document) (*Alignment, error) {
	if gold.Text != sys.Text {
		i := 0
		for i < len(gold.Text) && i < len(sys.Text) && gold.Text[i] == sys.Text[i] {
			i++
		}
		return nil, &Error{File: sys.Name, Line: sys.TextLine(i),
			Msg: fmt.Sprintf("TEXT differs from gold %s (line %d) once tags are removed", gold.Name, gold.TextLine(i))}
	}
	a := &Alignment{Name: gold.Name, Gold: gold.Timexes(), Sys: sys.Timexes(), Doc: gold}
	events := append(gold.Spans("EVENT"), sys.Spans("EVENT")...)
	sort.Slice(events, func(i, j int) bool { return events[i].Start < events[j].Start })
	a.Pairs = Align(gold.Text, a.Gold, a.Sys, events)
	return a, nil
}

// Result is the comparison of a gold and a system directory.
type Result struct {
	Docs  []*Alignment // in file-name order
	Total Counts
	// Extra lists the system files that have no gold file (not scored).
	Extra []string
}

// ScoreDirs scores the TimeML files (*.tml) of sysDir against those of
// goldDir with the TempEval-3 Task A rules:
//
//   - files pair by name; a gold file without a system file is an error,
//     system files without a gold file are not scored (Result.Extra);
//   - only TEXT counts, and its tag-free content must be identical in both;
//   - timexes are TIMEX3 elements in TEXT that are not self-closing and
//     contain no other element (the DCT lies outside TEXT);
//   - alignment is by tokens (see Align): a timex opens on its first token
//     and pairs, one to one and gold side first, with an unpartnered open
//     timex of the other side; an open timex closes at the next token outside
//     every timex and EVENT, or when another timex of its side begins;
//   - counts are summed over the corpus before dividing.
func ScoreDirs(goldDir, sysDir string) (*Result, error) {
	names, err := tmlFiles(goldDir)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, &Error{File: goldDir, Msg: "no .tml files"}
	}
	if fi, err := os.Stat(sysDir); err != nil {
		return nil, err
	} else if !fi.IsDir() {
		return nil, &Error{File: sysDir, Msg: "not a directory"}
	}
	res := &Result{}
	for _, n := range names {
		g, err := ReadFile(filepath.Join(goldDir, n))
		if err != nil {
			return nil, err
		}
		sp := filepath.Join(sysDir, n)
		if _, err := os.Stat(sp); err != nil {
			return nil, &Error{File: sp, Msg: "no system file for gold " + filepath.Join(goldDir, n)}
		}
		s, err := ReadFile(sp)
		if err != nil {
			return nil, err
		}
		a, err := Compare(g, s)
		if err != nil {
			return nil, err
		}
		res.Docs = append(res.Docs, a)
		res.Total.Add(a.Counts())
	}
	sysNames, err := tmlFiles(sysDir)
	if err != nil {
		return nil, err
	}
	gold := make(map[string]bool, len(names))
	for _, n := range names {
		gold[n] = true
	}
	for _, n := range sysNames {
		if !gold[n] {
			res.Extra = append(res.Extra, filepath.Join(sysDir, n))
		}
	}
	return res, nil
}

// tmlFiles lists the *.tml regular files of dir, sorted.
func tmlFiles(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".tml") {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out, nil
}

// Diff kinds.
const (
	Missed     = "missed"   // gold timex without a partner
	Spurious   = "spurious" // system timex without a partner
	Extent     = "extent"   // pair whose texts differ
	WrongType  = "type"     // pair whose types differ
	WrongValue = "value"    // pair whose values differ
)

// Diff is one discrepancy between gold and system. A pair can give
// several (extent, type, value).
type Diff struct {
	Kind      string
	Gold, Sys *timeline.Timex // nil for spurious and missed respectively
	Line      int             // line in the gold file
	Context   string          // the text around the timex, on one line
}

// Diffs lists the discrepancies of the alignment in text order.
func (a *Alignment) Diffs() []Diff {
	var out []Diff
	gp := make([]int, len(a.Gold))
	sp := make([]int, len(a.Sys))
	for i := range gp {
		gp[i] = -1
	}
	for i := range sp {
		sp[i] = -1
	}
	for _, p := range a.Pairs {
		gp[p.Gold], sp[p.Sys] = p.Sys, p.Gold
	}
	add := func(kind string, g, s *timeline.Timex) {
		at := g
		if at == nil {
			at = s
		}
		d := Diff{Kind: kind, Gold: g, Sys: s}
		if a.Doc != nil {
			d.Line = a.Doc.TextLine(at.Start)
			d.Context = context(a.Doc.Text, at.Span)
		}
		out = append(out, d)
	}
	for i := range a.Gold {
		g := &a.Gold[i]
		if gp[i] < 0 {
			add(Missed, g, nil)
			continue
		}
		s := &a.Sys[gp[i]]
		if g.Text != s.Text {
			add(Extent, g, s)
		}
		if g.Type != s.Type {
			add(WrongType, g, s)
		}
		if g.Value != s.Value {
			add(WrongValue, g, s)
		}
	}
	for i := range a.Sys {
		if sp[i] < 0 {
			add(Spurious, nil, &a.Sys[i])
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return diffStart(out[i]) < diffStart(out[j]) })
	return out
}

func diffStart(d Diff) int {
	if d.Gold != nil {
		return d.Gold.Start
	}
	return d.Sys.Start
}

// context returns about 60 bytes of text on each side of s, with the span
// in [brackets] and line breaks as spaces.
func context(text string, s timeline.Span) string {
	const n = 60
	from, to := max(s.Start-n, 0), min(s.End+n, len(text))
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	c := text[from:s.Start] + "[" + text[s.Start:s.End] + "]" + text[s.End:to]
	return strings.Join(strings.Fields(c), " ")
}
