package timeline

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"
	"testing"
)

// FuzzWriters feeds arbitrary text and offsets to every writer: none may
// fail or panic, the JSON must parse, the CSV must read back with the same
// cells (apart from newline normalisation and the neutralising quote), and
// the HTML must contain no markup from the input.
func FuzzWriters(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, headline, sentence, name, url, edtf string, ts, te, ds, de int) {
		tl := fuzzTimeline(headline, sentence, name, url, edtf, ts, te, ds, de)
		writers := map[string]func(io.Writer, *Timeline) error{
			"json":           WriteJSON,
			"csv":            func(w io.Writer, tl *Timeline) error { return WriteCSV(w, tl, CSVOptions{}) },
			"entities":       func(w io.Writer, tl *Timeline) error { return WriteEntitiesCSV(w, tl, CSVOptions{}) },
			"mentions":       func(w io.Writer, tl *Timeline) error { return WriteMentionsCSV(w, tl, CSVOptions{}) },
			"html":           func(w io.Writer, tl *Timeline) error { return WriteHTML(w, tl, HTMLOptions{Title: name}) },
			"timelinejs":     WriteTimelineJS,
			"timelinejs-csv": WriteTimelineJSCSV,
		}
		out := map[string][]byte{}
		for k, w := range writers {
			var buf bytes.Buffer
			if err := w(&buf, tl); err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			out[k] = buf.Bytes()
		}
		for _, k := range []string{"json", "timelinejs"} {
			if !json.Valid(out[k]) {
				t.Fatalf("%s: invalid JSON", k)
			}
		}
		recs, err := csv.NewReader(bytes.NewReader(out["csv"])).ReadAll()
		if err != nil {
			t.Fatalf("csv: %v", err)
		}
		if len(recs) != 4 {
			t.Fatalf("csv: %d records, want 4", len(recs))
		}
		if got, want := recs[1][11], NeutralizeCell(normalizeNewlines(headline)); got != want {
			t.Fatalf("csv headline %q, want %q", got, want)
		}
		for _, rec := range recs[1:] {
			for _, cell := range rec {
				if dangerous(cell) {
					t.Fatalf("csv cell %q can run as a formula", cell)
				}
			}
		}
		h := string(out["html"])
		if n := strings.Count(h, "<script"); n != 1 {
			t.Fatalf("html: %d <script elements", n)
		}
		if strings.Contains(strings.ToLower(h), `href="javascript:`) {
			t.Fatal("html: javascript: URL")
		}
	})
}

// fuzzTimeline builds a small timeline from fuzzed text and offsets.
func fuzzTimeline(headline, sentence, name, url, edtf string, ts, te, ds, de int) *Timeline {
	// The offsets double as a possibly malformed calendar day and range.
	start, end := Day{1000 + ds%3000, te % 20, ts % 40}, Day{2000, de % 20, 1}
	if start.Month == 0 {
		start.Month = 1
	}
	ds2 := Span{ds, de}
	return &Timeline{
		Version:   Version,
		Documents: []DocumentInfo{{ID: "d1", Title: name, URL: url}},
		Entities:  []Entity{{ID: "person-x", Name: name, Type: Person, Aliases: []string{headline}, Mentions: 1}},
		Events: []Event{{
			ID: "ev1", Type: "coup", Headline: headline, Modality: Asserted,
			Date:         &Date{EDTF: edtf, Start: start, End: end, Precision: Precision(name), Text: sentence},
			Participants: []string{"person-x"}, Places: []string{"unknown-id"},
			Sources: []Source{{Doc: "d1", Text: sentence, Start: 0, End: len(sentence), Trigger: Span{ts, te}, DateSpan: &ds2}},
		}, {
			ID: "ev2", Type: headline, Headline: sentence, Date: &Date{EDTF: edtf, Text: name, YearUnknown: true},
		}, {
			ID: "ev3", Type: name,
		}},
	}
}

// FuzzWritersMatchReference checks that the fast writers give exactly the
// bytes of the reference implementations on fuzzed text and offsets.
func FuzzWritersMatchReference(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, headline, sentence, name, url, edtf string, ts, te, ds, de int) {
		compareWithReference(t, fuzzTimeline(headline, sentence, name, url, edtf, ts, te, ds, de))
	})
}

func addSeeds(f *testing.F) {
	f.Add("Coup in La Paz", "On 9 April 1952 the revolution began.", "Evo Morales", "https://example.org/a", "1952-04-09", 3, 10, 5, 9)
	f.Add("x", "y", "z", "", "2019-13", 0, 1, 0, 1)
	f.Add("x", "y", "month", "", "2019-08", 3, 14, 7, 2)
	f.Add("x", "y", "decade", "", "196X", 3, 1, 960, 12)
	f.Add("x", "y", "minute", "", "2019-11-10T16:50", 10, 11, 1019, 11)
	f.Add("x", "y", "season", "", "2019-21", 1, 3, 19, 5)
	f.Add(hostile, "=1+1\r\n@SUM(A1)\t<b>x</b>", "-2+3", "javascript:alert(1)", "XXXX-11-10", -4, 1<<20, 2, 1)
	f.Add("", "", "", "", "", 0, 0, 0, 0)
	f.Add("\xff\xfe", "Añez\u2028</script>", "\"", " ", "-0489", 1, 2, 1, 2)
}
