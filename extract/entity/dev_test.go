package entity

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/extract/segment"
)

// devScore is the outcome of scoring the recogniser on the development set.
type devScore struct {
	tp, got, gold    map[string]int // per type, and "all"
	spanTP           int            // mentions right in span, whatever the type
	falsePos, missed []string
}

func (s *devScore) precision(typ string) float64 {
	return float64(s.tp[typ]) / float64(max(s.got[typ], 1))
}

func (s *devScore) recall(typ string) float64 {
	return float64(s.tp[typ]) / float64(max(s.gold[typ], 1))
}

// scoreDev runs segment and the recogniser over dir/*.txt and matches the
// mentions against dir/gold.tsv: a mention matches an
// unused gold line of its document whose text and type alternatives
// ('|'-separated) include its own. Per-type precision counts the system's
// mentions of the type, per-type recall the gold lines whose first type it is.
func scoreDev(t *testing.T, dir string, opts ...Option) *devScore {
	t.Helper()
	gold := readGold(t, filepath.Join(dir, "gold.tsv"))
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no development texts: %v", err)
	}
	r, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	s := &devScore{tp: map[string]int{}, got: map[string]int{}, gold: map[string]int{}}
	byDoc := map[string][]goldMention{}
	for _, g := range gold {
		byDoc[g.doc] = append(byDoc[g.doc], g)
		typ, _, _ := strings.Cut(g.typ, "|")
		s.gold[typ]++
		s.gold["all"]++
	}
	docs := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := strings.TrimSuffix(filepath.Base(f), ".txt")
		docs[doc] = true
		text := string(src)
		used := make([]bool, len(byDoc[doc]))
		spanUsed := make([]bool, len(byDoc[doc]))
		for _, m := range r.Recognize(text, segment.Sentences(text)) {
			typ := string(m.Type)
			s.got[typ]++
			s.got["all"]++
			hit := false
			for i, g := range byDoc[doc] {
				if !used[i] && slices.Contains(strings.Split(g.text, "|"), m.Text) && slices.Contains(strings.Split(g.typ, "|"), typ) {
					used[i], hit = true, true
					s.tp[typ]++
					s.tp["all"]++
					break
				}
			}
			for i, g := range byDoc[doc] {
				if !spanUsed[i] && slices.Contains(strings.Split(g.text, "|"), m.Text) {
					spanUsed[i] = true
					s.spanTP++
					break
				}
			}
			if !hit {
				s.falsePos = append(s.falsePos, fmt.Sprintf("%s %s %q", doc, typ, m.Text))
			}
		}
		for i, g := range byDoc[doc] {
			if !used[i] {
				s.missed = append(s.missed, fmt.Sprintf("%s %s %q", doc, g.typ, g.text))
			}
		}
	}
	for doc := range byDoc {
		if !docs[doc] {
			t.Errorf("gold.tsv names document %q, which has no text", doc)
		}
	}
	// tp counts per system type; recall per gold type needs the gold type of
	// each hit, which is the system type unless the gold line lists several
	// (then it is counted under the system's type, a close approximation).
	sort.Strings(s.falsePos)
	sort.Strings(s.missed)
	return s
}

func (s *devScore) log(t *testing.T) {
	for _, typ := range []string{"PERSON", "ORG", "PLACE", "all"} {
		t.Logf("%-6s precision %.3f (%d/%d) recall %.3f (%d/%d)", typ,
			s.precision(typ), s.tp[typ], s.got[typ], s.recall(typ), s.tp[typ], s.gold[typ])
	}
	t.Logf("span only (any type): precision %.3f recall %.3f",
		float64(s.spanTP)/float64(max(s.got["all"], 1)), float64(s.spanTP)/float64(max(s.gold["all"], 1)))
	for _, f := range s.falsePos {
		t.Logf("false positive: %s", f)
	}
	for _, f := range s.missed {
		t.Logf("missed: %s", f)
	}
}

// TestDevScore scores the recogniser on the development texts of
// testdata/dev, written for the project to test generalisation beyond the
// sample articles, and on texts written the same way to measure it:
// testdata/heldout and testdata/blind (each scored blind once, then looked
// at) and testdata/blind2 (scored once at the end of the round, never used
// to change a rule), heldout7/heldout8 (written in the events4
// round, each first scored before rules were drawn from it), heldout9
// (events5 round, rules drawn from it after its first score),
// heldout10 (events5 round, blind until the events6 round) and heldout11
// (events6 round, rules drawn from it after its first score). The
// thresholds sit a little
// under the measured figures, so that a change that loses accuracy on
// unseen kinds of text fails.
func TestDevScore(t *testing.T) {
	sets := []struct {
		dir        string
		thresholds map[string]float64
	}{
		{"testdata/dev", map[string]float64{"PERSON": 0.93, "ORG": 0.9, "PLACE": 0.93, "all": 0.93}},
		{"testdata/heldout", map[string]float64{"PERSON": 0.9, "ORG": 0.85, "PLACE": 0.9, "all": 0.9}},
		{"testdata/blind", map[string]float64{"PERSON": 0.9, "ORG": 0.85, "PLACE": 0.9, "all": 0.9}},
		{"testdata/blind2", map[string]float64{"PERSON": 0.8, "ORG": 0.8, "PLACE": 0.9, "all": 0.9}},
		// heldout7: written at the start of the events4 round; first
		// measurement all P .979 R .852 (PERSON .952/.870, ORG 1/.714,
		// PLACE 1/.875); then regnal names and Barracks were added
		{"testdata/heldout7", map[string]float64{"PERSON": 0.95, "ORG": 0.7, "PLACE": 0.9, "all": 0.92}},
		// heldout8: written mid-round, first measured near the end: all
		// P .931 R .818; then Arabic-article surnames and Bagh were added
		{"testdata/heldout8", map[string]float64{"PERSON": 0.8, "ORG": 0.7, "PLACE": 0.8, "all": 0.85}},
		// heldout9: written at the start of the events5 round; first
		// measurement all P .944 R .879 (PERSON .944/.850, ORG 1/.667,
		// PLACE .941/.914); then lowercase titles before town names, kin
		// words, region names as surnames, "the Mayor of London", "the
		// Law and Justice party" and towers were added
		{"testdata/heldout9", map[string]float64{"PERSON": 0.95, "ORG": 0.95, "PLACE": 0.93, "all": 0.95}},
		// heldout10: written with heldout9 and kept blind in the events5
		// round (all P .816 R .851: PERSON .588/.909, ORG .750/.750, PLACE
		// .964/.844); the events6 round's brief named gaps seen in it
		// (storm names, "Charles of Anjou", Arabic place names), so it is
		// no longer blind: now all P .894 R .894 (PERSON .733/1.000, ORG
		// .800/1.000, PLACE 1.000/.844)
		{"testdata/heldout10", map[string]float64{"PERSON": 0.7, "ORG": 0.75, "PLACE": 0.82, "all": 0.87}},
		// heldout11: written and annotated at the start of the events6
		// round before any run; first measurement all P .923 R .906
		// (PERSON 1.000/.833, ORG .750/.750, PLACE .893/1.000); then rulers
		// "of" a land, regnal names before "and", storms and Arabic place
		// words were added: all P .981 R .981
		{"testdata/heldout11", map[string]float64{"PERSON": 0.95, "ORG": 0.95, "PLACE": 0.95, "all": 0.95}},
	}
	for _, set := range sets {
		t.Run(filepath.Base(set.dir), func(t *testing.T) {
			s := scoreDev(t, set.dir)
			s.log(t)
			for typ, min := range set.thresholds {
				if p, r := s.precision(typ), s.recall(typ); p < min || r < min {
					t.Errorf("%s: precision %.3f, recall %.3f: both must be at least %.2f", typ, p, r, min)
				}
			}
		})
		t.Run(filepath.Base(set.dir)+" with prose", func(t *testing.T) { scoreDev(t, set.dir, WithProse(true)).log(t) })
	}
}
