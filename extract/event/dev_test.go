package event_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/extract"
	"github.com/timelinekit/timelinekit/timeline"
)

// devRow is one line of testdata/dev/gold.tsv.
type devRow struct {
	doc                      string
	types, dates, modalities []string
	required                 bool
	cue                      string
	places                   []string
	line                     int
}

// devUnscored are the types the development gold list does not annotate.
var devUnscored = map[string]bool{"death": true, "agreement": true, "treaty": true}

func readDevGold(t *testing.T, path string) []devRow {
	t.Helper()
	var rows []devRow
	for _, rec := range readTSV(t, path, 8) {
		c, ln := rec.c, rec.line
		r := devRow{doc: c[0], types: strings.Split(c[1], "|"), dates: strings.Split(c[2], "|"),
			modalities: strings.Split(c[3], "|"), required: c[4] == "required", cue: c[5], line: ln}
		if c[6] != "-" {
			r.places = strings.Split(c[6], "|")
		}
		for _, ty := range r.types {
			if devUnscored[ty] {
				t.Fatalf("%s:%d: type %q is not scored", path, ln, ty)
			}
		}
		rows = append(rows, r)
	}
	return rows
}

func readDevDocs(t *testing.T, path string) []timeline.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []timeline.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		d := timeline.Document{ID: r.ID, Text: r.Text}
		if r.Date != "" {
			day, err := timeline.ParseDay(r.Date)
			if err != nil {
				t.Fatal(err)
			}
			d.Date = day
		}
		docs = append(docs, d)
	}
	return docs
}

func in(list []string, s string) bool {
	for _, x := range list {
		if x == s || x == "*" {
			return true
		}
	}
	return false
}

// devScore holds the figures of the development set.
type devScore struct {
	required, found, dated, modal, placed, withPlace int
	correct, total                                   int
}

func (s devScore) recall() float64      { return ratio(s.found, s.required) }
func (s devScore) strictRec() float64   { return ratio(s.dated, s.required) }
func (s devScore) dateAcc() float64     { return ratio(s.dated, s.found) }
func (s devScore) precision() float64   { return ratio(s.correct, s.total) }
func (s devScore) placeAcc() float64    { return ratio(s.placed, s.withPlace) }
func (s devScore) modalityAcc() float64 { return ratio(s.modal, s.found) }

// TestDevSet runs the whole extraction (segment, temporal, entity, event)
// on the development texts of testdata/dev and scores the events against
// the hand-written gold list:
//   - recall: required rows matched by a system mention of an accepted type
//     whose sentence contains the cue (each mention matches one row);
//   - date accuracy: the share of those whose date is one the row accepts;
//   - precision: system mentions of scored types that match a row of their
//     document by type and date; mentions matching only optional rows are
//     left out;
//   - place accuracy: found rows naming a place whose mention has it among
//     its places or in its headline.
//
// The thresholds are set just under the measured figures so that a
// regression fails the test.
func TestDevSet(t *testing.T) {
	sc := scoreSet(t, "dev")
	const minRecall, minDate, minPrecision = 0.95, 0.92, 0.92
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("dev set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut scores the texts of testdata/heldout the same way. They were
// written and annotated after the development rules; their first
// measurement (recall 0.914, date accuracy 0.688, precision 0.667) is the
// honest estimate for unseen texts. Rules written since then from their
// errors make them no longer unseen; the thresholds sit under the current
// figures to catch regressions.
func TestHeldOut(t *testing.T) {
	sc := scoreSet(t, "heldout")
	const minRecall, minDate, minPrecision = 0.97, 0.92, 0.95
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut2 scores the second held-out set, written and annotated after
// the rules drawn from the first two sets; its first measurement (recall
// 0.816, date accuracy 0.742, precision 0.735, modality 0.935, place 1.000)
// is the estimate for unseen texts; rules drawn from its errors since then
// make it no longer unseen, and the thresholds guard the current figures.
func TestHeldOut2(t *testing.T) {
	sc := scoreSet(t, "heldout2")
	const minRecall, minDate, minPrecision = 0.93, 0.86, 0.90
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("second held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut3 scores the third held-out set, written and annotated after
// every rule drawn from the sets above; its first measurement (recall
// 0.889, date accuracy 0.781, precision 0.812, modality 1.000, place 0.833)
// is the estimate for unseen texts; rules drawn from its errors since then
// make it no longer unseen, and the thresholds guard the current figures.
func TestHeldOut3(t *testing.T) {
	sc := scoreSet(t, "heldout3")
	const minRecall, minDate, minPrecision = 0.97, 0.92, 0.93
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("third held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut4 scores the fourth held-out set, written and annotated after
// every rule drawn from the sets above; its first measurement (recall
// 0.949, date accuracy 0.865, precision 0.842, modality 0.946, place 0.692)
// is the estimate for unseen texts; rules drawn from its errors since then
// make it no longer unseen, and the thresholds guard the current figures.
func TestHeldOut4(t *testing.T) {
	sc := scoreSet(t, "heldout4")
	const minRecall, minDate, minPrecision = 0.95, 0.92, 0.92
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("fourth held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut5 scores the fifth held-out set, written and annotated after
// every rule drawn from the sets above; its first measurement (recall
// 0.900, date accuracy 0.778, precision 0.742, modality 1.000, place 1.000)
// is the estimate for unseen texts; rules drawn from its errors since then
// make it no longer unseen, and the thresholds guard the current figures.
func TestHeldOut5(t *testing.T) {
	sc := scoreSet(t, "heldout5")
	const minRecall, minDate, minPrecision = 0.90, 0.90, 0.88
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("fifth held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut6 scores the sixth held-out set, written and annotated after
// every rule drawn from the sets above; its first measurement (recall
// 0.852, date accuracy 0.913, precision 0.923, modality 1.000, place 1.000)
// is the final estimate for unseen texts. Three general rules were written
// from its errors after that measurement (bombard, "is captured", the main
// clause after a leading when-clause); the thresholds guard the current
// figures.
func TestHeldOut6(t *testing.T) {
	sc := scoreSet(t, "heldout6")
	const minRecall, minDate, minPrecision = 0.90, 0.93, 0.93
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("sixth held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut7 scores the seventh held-out set, written and annotated at
// the start of the events4 round before the system was run on it; its
// first measurement (recall 0.679, date accuracy 0.842, precision 0.857,
// modality 1.000, place 0.875) is the estimate for unseen texts of that
// time. The capture verbs, victims' killings and relative dates asked for
// in the round, and general rules drawn from its errors since (coordinated
// dates, the present tense of teaching timelines, shootings, "the city")
// make it no longer unseen; the thresholds guard the current figures.
func TestHeldOut7(t *testing.T) {
	sc := scoreSet(t, "heldout7")
	const minRecall, minDate, minPrecision = 0.92, 0.95, 0.95
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("seventh held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut8 scores the eighth held-out set, written and annotated in the
// middle of the events4 round, after the rules drawn from heldout7; its
// first measurement (recall 0.700, date accuracy 0.857, precision 0.765,
// modality 1.000, place 1.000; 20 required rows) is the estimate for
// unseen texts. General rules were then written from its errors (armies
// entering or taking a place, fighting and offensives, statues toppled,
// "within days", killings with a date of their own), so it is no longer
// unseen; the thresholds guard the current figures.
func TestHeldOut8(t *testing.T) {
	sc := scoreSet(t, "heldout8")
	const minRecall, minDate, minPrecision = 0.83, 0.92, 0.87
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("eighth held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut9 scores the ninth held-out set, written and annotated at the
// start of the events5 round in styles the earlier sets lack (obituary,
// court report, disaster, regional paper, medieval history, bulleted
// timeline) before the system was run on it; its first measurement
// (recall 0.731, date accuracy 0.684, precision 0.640, modality 0.947,
// place 0.900; 26 required rows) is the estimate for unseen texts of that
// time. General rules were then drawn from its errors (bulleted entries,
// the subject of a passive capture, where-clauses, killings after a
// capture, court reasons ...), so it is no longer unseen; the thresholds
// guard the current figures.
func TestHeldOut9(t *testing.T) {
	sc := scoreSet(t, "heldout9")
	const minRecall, minDate, minPrecision = 0.95, 0.93, 0.93
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("ninth held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut10 scores the tenth held-out set, written and annotated with
// heldout9 and kept blind: no rule was drawn from it. Measured at the start
// of the events5 round (recall 0.583, date accuracy 0.643, precision
// 0.529) and once at its end (recall 15/24 = 0.625, date accuracy 13/15 =
// 0.867, precision 13/18 = 0.722, modality 1.000, place 1.000): the end
// figure is the blind estimate for unseen texts; the thresholds sit just
// under it.
//
// The events6 round's brief named gaps seen in it (coronations, self-coups,
// landfalls), so it is no longer blind; the thresholds guard its figures
// after that round (recall 21/24 = 0.875, date accuracy 18/21 = 0.857,
// precision 18/23 = 0.783; the two misdated mentions left need the
// tagger: "8–10 January 2011" is tagged as "January 2011" only, and "the
// following month" is not tagged).
func TestHeldOut10(t *testing.T) {
	sc := scoreSet(t, "heldout10")
	const minRecall, minDate, minPrecision = 0.85, 0.84, 0.76
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("tenth held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOut11 scores the eleventh held-out set, written and annotated at
// the start of the events6 round (a royal history, a colonial rebellion, a
// sports scandal, a human-rights report, East Timor, a Kazakh wire story,
// a revision timeline) before the system was run on it; its first
// measurement (recall 21/30 = 0.700, date accuracy 15/21 = 0.714,
// precision 15/21 = 0.714, modality 0.952, place 0.909) is the estimate
// for unseen texts of that time. General rules were then drawn from its
// errors (coronations, executions, mass killings, list entries opened by
// a bare year, "the day before", reported tallies, "after weeks of"), so
// it is no longer unseen; the thresholds guard its end figures (recall
// 29/30 = 0.967, date accuracy 28/29 = 0.966, precision 28/29 = 0.966).
func TestHeldOut11(t *testing.T) {
	sc := scoreSet(t, "heldout11")
	const minRecall, minDate, minPrecision = 0.95, 0.95, 0.95
	t.Logf("eleventh held-out set: recall %d/%d = %.3f, date accuracy %d/%d = %.3f, precision %d/%d = %.3f, modality %.3f, place %.3f",
		sc.found, sc.required, sc.recall(), sc.dated, sc.found, sc.dateAcc(), sc.correct, sc.total, sc.precision(), sc.modalityAcc(), sc.placeAcc())
	if sc.recall() < minRecall || sc.dateAcc() < minDate || sc.precision() < minPrecision {
		t.Errorf("eleventh held-out set: recall %.3f (min %.2f), date accuracy %.3f (min %.2f), precision %.3f (min %.2f)",
			sc.recall(), minRecall, sc.dateAcc(), minDate, sc.precision(), minPrecision)
	}
}

// TestHeldOutPooled logs the figures of all held-out sets pooled.
func TestHeldOutPooled(t *testing.T) {
	var all devScore
	for _, dir := range []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11"} {
		sc := scoreSet(t, dir)
		all.required += sc.required
		all.found += sc.found
		all.dated += sc.dated
		all.modal += sc.modal
		all.placed += sc.placed
		all.withPlace += sc.withPlace
		all.correct += sc.correct
		all.total += sc.total
	}
	t.Logf("pooled held-out: recall %d/%d = %.3f, date accuracy %d/%d = %.3f, precision %d/%d = %.3f, modality %.3f, place %.3f",
		all.found, all.required, all.recall(), all.dated, all.found, all.dateAcc(), all.correct, all.total, all.precision(),
		all.modalityAcc(), all.placeAcc())
}

// scoreSet runs the pipeline on testdata/DIR/docs.jsonl and scores it
// against testdata/DIR/gold.tsv.
func scoreSet(t *testing.T, dir string) devScore {
	t.Helper()
	p, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	docs := readDevDocs(t, filepath.Join("testdata", dir, "docs.jsonl"))
	gold := readDevGold(t, filepath.Join("testdata", dir, "gold.tsv"))
	var sc devScore
	for _, d := range docs {
		x, err := p.Extract(d)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		var ms []timeline.EventMention
		for _, m := range x.Events {
			if !devUnscored[m.Type] {
				ms = append(ms, m)
			}
			if *verbose {
				t.Logf("%s %s@%s/%s %q headline=%q places=%v", d.ID, m.Type, edtf(m), m.Modality, m.TrigText, m.Headline, names(x, m.Places))
			}
		}
		var rows []devRow
		for _, g := range gold {
			if g.doc == d.ID {
				rows = append(rows, g)
			}
		}
		used := make([]bool, len(ms))
		// recall: rows in order; a row prefers a mention with the right date
		for _, g := range rows {
			if !g.required {
				continue
			}
			sc.required++
			best := -1
			for i, m := range ms {
				sent := d.Text[m.Sentence.Start:m.Sentence.End]
				if used[i] || !in(g.types, m.Type) || g.cue != "-" && !strings.Contains(sent, g.cue) {
					continue
				}
				if best < 0 || !in(g.dates, edtf(ms[best])) && in(g.dates, edtf(m)) {
					best = i
				}
			}
			if best < 0 {
				t.Logf("MISSED %s:%d %s %s@%s (%s)", d.ID, g.line, strings.Join(g.types, "|"), strings.Join(g.dates, "|"), strings.Join(g.modalities, "|"), g.cue)
				continue
			}
			used[best] = true
			m := ms[best]
			sc.found++
			if in(g.dates, edtf(m)) {
				sc.dated++
			} else {
				t.Logf("DATE %s:%d %s: got %s, want %s (%q)", d.ID, g.line, m.Type, edtf(m), strings.Join(g.dates, "|"), m.TrigText)
			}
			if in(g.modalities, string(m.Modality)) {
				sc.modal++
			} else {
				t.Logf("MODALITY %s:%d %s %q: got %s, want %s", d.ID, g.line, m.Type, m.TrigText, m.Modality, strings.Join(g.modalities, "|"))
			}
			if len(g.places) > 0 {
				sc.withPlace++
				got := names(x, m.Places)
				ok := false
				for _, pl := range g.places {
					if in(got, pl) || strings.Contains(m.Headline, pl) {
						ok = true
					}
				}
				if ok {
					sc.placed++
				} else {
					t.Logf("PLACE %s:%d %s %q: got %v headline %q, want %s", d.ID, g.line, m.Type, m.TrigText, got, m.Headline, strings.Join(g.places, "|"))
				}
			}
		}
		// precision
		for _, m := range ms {
			req, opt := false, false
			for _, g := range rows {
				if in(g.types, m.Type) && in(g.dates, edtf(m)) {
					if g.required {
						req = true
					} else {
						opt = true
					}
				}
			}
			switch {
			case req:
				sc.total++
				sc.correct++
			case opt:
			default:
				sc.total++
				t.Logf("FALSE %s %s@%s/%s %q in %q", d.ID, m.Type, edtf(m), m.Modality, m.TrigText, d.Text[m.Sentence.Start:m.Sentence.End])
			}
		}
	}
	t.Logf("%s: recall %d/%d = %.3f, date accuracy %d/%d = %.3f (strict recall %.3f), precision %d/%d = %.3f, modality %d/%d = %.3f, place %d/%d = %.3f",
		dir, sc.found, sc.required, sc.recall(), sc.dated, sc.found, sc.dateAcc(), sc.strictRec(), sc.correct, sc.total, sc.precision(),
		sc.modal, sc.found, sc.modalityAcc(), sc.placed, sc.withPlace, sc.placeAcc())
	return sc
}

// names returns the names of the entity mentions at idx.
func names(x timeline.Extraction, idx []int) []string {
	var out []string
	for _, i := range idx {
		if i >= 0 && i < len(x.Entities) {
			out = append(out, x.Entities[i].Name())
		}
	}
	return out
}
