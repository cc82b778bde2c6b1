package event_test

import (
	"bufio"
	"flag"

	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/extract"
	"github.com/timelinekit/timelinekit/timeline"
)

var verbose = flag.Bool("gold.v", false, "print every system event of the gold test")

// goldRow is one line of testdata/gold-bolivia.tsv.
type goldRow struct {
	doc, typ  string
	dates     []string // EDTF readings; "-" for undated
	modality  string
	required  bool
	cue, note string
	line      int
}

// goldTypes are the types the gold list covers.
var goldTypes = map[string]bool{"coup": true, "election": true, "referendum": true, "resignation": true, "revolution": true, "massacre": true}

// tsvRecord is one data line of a gold list: its fields and line number.
type tsvRecord struct {
	line int
	c    []string
}

// readTSV reads a gold list: tab-separated lines of ncols fields whose
// fifth field is "required" or "optional"; blank lines and # comments are
// skipped. Errors name file:line.
func readTSV(t *testing.T, path string, ncols int) []tsvRecord {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []tsvRecord
	sc := bufio.NewScanner(f)
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != ncols {
			t.Fatalf("%s:%d: want %d tab-separated columns, got %d", path, ln, ncols, len(c))
		}
		if c[4] != "required" && c[4] != "optional" {
			t.Fatalf("%s:%d: status %q", path, ln, c[4])
		}
		recs = append(recs, tsvRecord{line: ln, c: c})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

func readGold(t *testing.T, path string) []goldRow {
	t.Helper()
	var rows []goldRow
	for _, rec := range readTSV(t, path, 7) {
		c, ln := rec.c, rec.line
		if !goldTypes[c[1]] {
			t.Fatalf("%s:%d: type %q out of scope", path, ln, c[1])
		}
		rows = append(rows, goldRow{doc: c[0], typ: c[1], dates: strings.Split(c[2], "|"), modality: c[3],
			required: c[4] == "required", cue: c[5], note: c[6], line: ln})
	}
	return rows
}

func edtf(m timeline.EventMention) string {
	if m.Date == nil {
		return "-"
	}
	return m.Date.EDTF
}

func (g goldRow) dateOK(d string) bool {
	for _, x := range g.dates {
		if x == d {
			return true
		}
	}
	return false
}

// TestGoldBolivia runs the whole extraction (segment, temporal, entity,
// event) on the 19 sample articles and scores the events of the six core
// types against the hand-written gold list: recall over the required rows,
// precision over all system mentions of those types (a mention is correct
// when a gold row of its document has its type and date). It fails when
// precision or recall falls below 0.9.
func TestGoldBolivia(t *testing.T) {
	p, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	docs := readDevDocs(t, filepath.Join("..", "..", "data", "samples", "bolivia-teasers.jsonl"))
	gold := readGold(t, filepath.Join("testdata", "gold-bolivia.tsv"))
	byDoc := map[string][]timeline.EventMention{}
	texts := map[string]string{}
	var ids []string
	for _, d := range docs {
		x, err := p.Extract(d)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		ids = append(ids, d.ID)
		texts[d.ID] = d.Text
		for _, m := range x.Events {
			if goldTypes[m.Type] {
				byDoc[d.ID] = append(byDoc[d.ID], m)
			}
			if *verbose {
				t.Logf("%s %s@%s/%s %q conf=%.2f killed=%d headline=%q", d.ID, m.Type, edtf(m), m.Modality, m.TrigText, m.Confidence, m.Casualties.Killed, m.Headline)
			}
		}
	}
	sort.Strings(ids)
	// recall
	found, required, modOK := 0, 0, 0
	for _, g := range gold {
		if !g.required {
			continue
		}
		required++
		hit := false
		for _, m := range byDoc[g.doc] {
			sent := texts[g.doc][m.Sentence.Start:m.Sentence.End]
			if m.Type == g.typ && g.dateOK(edtf(m)) && (g.cue == "-" || strings.Contains(sent, g.cue)) {
				hit = true
				if string(m.Modality) == g.modality {
					modOK++
				}
				break
			}
		}
		if hit {
			found++
		} else {
			t.Logf("MISSED gold line %d: %s %s@%s (%s)", g.line, g.doc, g.typ, strings.Join(g.dates, "|"), g.cue)
		}
	}
	// precision
	correct, total := 0, 0
	for _, id := range ids {
		for _, m := range byDoc[id] {
			total++
			ok := false
			for _, g := range gold {
				if g.doc == id && g.typ == m.Type && g.dateOK(edtf(m)) {
					ok = true
					break
				}
			}
			if ok {
				correct++
			} else {
				sent := texts[id][m.Sentence.Start:m.Sentence.End]
				t.Logf("FALSE %s %s@%s/%s trigger %q in %q", id, m.Type, edtf(m), m.Modality, m.TrigText, sent)
			}
		}
	}
	prec, rec := ratio(correct, total), ratio(found, required)
	t.Logf("gold: recall %d/%d = %.3f, precision %d/%d = %.3f, modality right on %d/%d found", found, required, rec, correct, total, prec, modOK, found)
	if prec < 0.9 || rec < 0.9 {
		t.Errorf("precision %.3f recall %.3f: want both >= 0.9", prec, rec)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestGoldBoliviaMerged builds the timeline of the sample and checks the
// cross-document merge: the 20 October 2019 election reported by two
// articles is one event with both sources; the Sacaba and Senkata massacres
// stay apart; the 2024 coup does not absorb the undated 2019 coup mentions.
func TestGoldBoliviaMerged(t *testing.T) {
	p, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var exts []timeline.Extraction
	for _, d := range readDevDocs(t, filepath.Join("..", "..", "data", "samples", "bolivia-teasers.jsonl")) {
		x, err := p.Extract(d)
		if err != nil {
			t.Fatal(err)
		}
		exts = append(exts, x)
	}
	tl := timeline.Build(exts)
	var elections20Oct, massacres04 int
	for _, e := range tl.Events {
		var docs []string
		for _, s := range e.Sources {
			docs = append(docs, s.Doc)
		}
		d := "-"
		if e.Date != nil {
			d = e.Date.EDTF
		}
		if *verbose {
			t.Logf("%s %-12s %-22s %-9s %.2f killed=%d %q places=%v parts=%v %v", e.ID, e.Type, d, e.Modality, e.Confidence, e.Casualties.Killed, e.Headline, e.Places, e.Participants, docs)
		}
		if e.Type == "election" && d == "2019-10-20" {
			elections20Oct++
			if !containsAll(docs, "bolivia-07", "bolivia-08") {
				t.Errorf("20 October 2019 election sources %v, want bolivia-07 and bolivia-08", docs)
			}
		}
		if e.Type == "massacre" && containsAll(docs, "bolivia-04") {
			massacres04++
		}
		if e.Type == "coup" && d == "2024-06-26" {
			for _, doc := range docs {
				if doc != "bolivia-01" {
					t.Errorf("2024 coup has a source in %s", doc)
				}
			}
		}
	}
	if elections20Oct != 1 {
		t.Errorf("%d events for the 20 October 2019 election, want 1", elections20Oct)
	}
	if massacres04 != 2 {
		t.Errorf("bolivia-04's two massacres make %d events, want 2", massacres04)
	}
}

func containsAll(list []string, want ...string) bool {
	for _, w := range want {
		ok := false
		for _, v := range list {
			if v == w {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
