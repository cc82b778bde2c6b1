package timeline

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"html"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./timeline -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run with -update after checking the diff)\n%s", path, firstDiff(string(want), string(got)))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n want: " + w + "\n  got: " + g
		}
	}
	return ""
}

func TestWritersGolden(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		write func(io.Writer, *Timeline) error
	}{
		{"json", "fixture.json.golden", WriteJSON},
		{"csv", "fixture.csv.golden", func(w io.Writer, tl *Timeline) error { return WriteCSV(w, tl, CSVOptions{}) }},
		{"entities-csv", "fixture.entities.csv.golden", func(w io.Writer, tl *Timeline) error { return WriteEntitiesCSV(w, tl, CSVOptions{}) }},
		{"mentions-csv", "fixture.mentions.csv.golden", func(w io.Writer, tl *Timeline) error { return WriteMentionsCSV(w, tl, CSVOptions{}) }},
		{"html", "fixture.html.golden", func(w io.Writer, tl *Timeline) error { return WriteHTML(w, tl, HTMLOptions{Title: "Fixture timeline"}) }},
		{"timelinejs", "fixture.timelinejs.json.golden", WriteTimelineJS},
		{"timelinejs-csv", "fixture.timelinejs.csv.golden", WriteTimelineJSCSV},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := tc.write(&a, fixtureTimeline()); err != nil {
				t.Fatal(err)
			}
			if err := tc.write(&b, fixtureTimeline()); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatal("output is not deterministic")
			}
			golden(t, tc.file, a.Bytes())
		})
	}
}

// TestWritersEmpty checks that every writer accepts an empty and a nil
// timeline.
func TestWritersEmpty(t *testing.T) {
	writers := map[string]func(io.Writer, *Timeline) error{
		"json":           WriteJSON,
		"csv":            func(w io.Writer, tl *Timeline) error { return WriteCSV(w, tl, CSVOptions{}) },
		"entities":       func(w io.Writer, tl *Timeline) error { return WriteEntitiesCSV(w, tl, CSVOptions{}) },
		"mentions":       func(w io.Writer, tl *Timeline) error { return WriteMentionsCSV(w, tl, CSVOptions{}) },
		"html":           func(w io.Writer, tl *Timeline) error { return WriteHTML(w, tl, HTMLOptions{}) },
		"timelinejs":     WriteTimelineJS,
		"timelinejs-csv": WriteTimelineJSCSV,
	}
	for name, write := range writers {
		for _, tl := range []*Timeline{nil, {}, {Version: Version, Documents: []DocumentInfo{}, Entities: []Entity{}, Events: []Event{}}} {
			var buf bytes.Buffer
			if err := write(&buf, tl); err != nil {
				t.Errorf("%s: %v", name, err)
			}
			if buf.Len() == 0 {
				t.Errorf("%s: empty output", name)
			}
		}
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, nil); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"version\": 1,\n  \"documents\": [],\n  \"entities\": [],\n  \"events\": []\n}\n"
	if buf.String() != want {
		t.Errorf("empty JSON = %q, want %q", buf.String(), want)
	}
}

func TestJSONSchema(t *testing.T) {
	var schemaDoc any
	if err := json.Unmarshal(SchemaV1, &schemaDoc); err != nil {
		t.Fatalf("schema/timeline-v1.schema.json: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("timeline-v1.schema.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("timeline-v1.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	validate := func(t *testing.T, b []byte) error {
		t.Helper()
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		return sch.Validate(v)
	}
	tests := []struct {
		name string
		tl   *Timeline
	}{
		{"fixture", fixtureTimeline()},
		{"nil", nil},
		{"nil lists", &Timeline{Events: []Event{{ID: "ev1", Type: "coup", Modality: "", Confidence: 2}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteJSON(&buf, tc.tl); err != nil {
				t.Fatal(err)
			}
			if err := validate(t, buf.Bytes()); err != nil {
				t.Errorf("output does not match the schema: %v", err)
			}
		})
	}
	// The schema must also reject what breaks the contract, or the test
	// above proves nothing.
	bad := map[string]string{
		"null events":   `{"version":1,"documents":[],"entities":[],"events":null}`,
		"wrong version": `{"version":2,"documents":[],"entities":[],"events":[]}`,
		"bad day":       `{"version":1,"documents":[{"id":"d","title":"","date":"2019-13-01","source":""}],"entities":[],"events":[]}`,
		"extra field":   `{"version":1,"documents":[],"entities":[],"events":[],"x":1}`,
		"bad type":      `{"version":1,"documents":[],"entities":[{"id":"a","name":"A","type":"THING","aliases":[],"mentions":1}],"events":[]}`,
	}
	for name, doc := range bad {
		if validate(t, []byte(doc)) == nil {
			t.Errorf("schema accepts %s", name)
		}
	}
}

// TestJSONRoundTrip checks that the JSON reads back into the same timeline.
func TestJSONRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, fixtureTimeline()); err != nil {
		t.Fatal(err)
	}
	var back Timeline
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	if err := WriteJSON(&buf2, &back); err != nil {
		t.Fatal(err)
	}
	if buf.String() != buf2.String() {
		t.Errorf("JSON does not round-trip:\n%s", firstDiff(buf.String(), buf2.String()))
	}
}

func TestNeutralizeCell(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain", "Evo Morales", "Evo Morales"},
		{"equals", "=1+1", "'=1+1"},
		{"plus", "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
		{"minus", "-2+3", "'-2+3"},
		{"at", "@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"tab", "\t=1", "'\t=1"},
		{"cr", "\r=1", "'\r=1"},
		{"space then equals", "  =HYPERLINK(\"x\")", "'  =HYPERLINK(\"x\")"},
		{"newline then at", "\n@x", "'\n@x"},
		{"negative number", "-3", "-3"},
		{"signed decimal", "+1.5", "+1.5"},
		{"bce edtf", "-0489", "-0489"},
		{"bce day", "-0489-01-01", "'-0489-01-01"},
		{"hex float is not a number", "-0x1p-2", "'-0x1p-2"},
		{"equals inside", "a=b", "a=b"},
		{"only spaces", "   ", "   "},
		{"lone minus", "-", "'-"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NeutralizeCell(tc.in); got != tc.want {
				t.Errorf("NeutralizeCell(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestCSVFormulaNeutralized checks that no cell of any CSV writer can start a
// formula, and that Raw turns the guard off.
func TestCSVFormulaNeutralized(t *testing.T) {
	writers := map[string]func(io.Writer, *Timeline, CSVOptions) error{
		"events": WriteCSV, "entities": WriteEntitiesCSV, "mentions": WriteMentionsCSV,
	}
	for name, write := range writers {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := write(&buf, fixtureTimeline(), CSVOptions{}); err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			for i, rec := range recs {
				for j, cell := range rec {
					if dangerous(cell) {
						t.Errorf("row %d col %d: %q can run as a formula", i, j, cell)
					}
				}
			}
		})
	}
	var raw bytes.Buffer
	if err := WriteEntitiesCSV(&raw, fixtureTimeline(), CSVOptions{Raw: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(raw.String(), "=1+1; @SUM(A1)") {
		t.Errorf("Raw output lost the raw aliases:\n%s", raw.String())
	}
}

func dangerous(cell string) bool {
	t := strings.TrimLeft(cell, " \t\r\n")
	if cell == "" || t == "" {
		return false
	}
	if cell[0] == '\t' || cell[0] == '\r' {
		return true
	}
	return strings.ContainsRune("=+-@", rune(t[0])) && !plainNumber(cell)
}

// TestCSVRoundTrip writes the events CSV and reads it back with
// encoding/csv: every cell must equal the row the writer built, apart from
// the neutralising quote.
func TestCSVRoundTrip(t *testing.T) {
	tl := fixtureTimeline()
	for _, bom := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, tl, CSVOptions{BOM: bom}); err != nil {
			t.Fatal(err)
		}
		data := buf.Bytes()
		if bom {
			if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
				t.Fatal("BOM missing")
			}
			data = data[3:]
		} else if bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
			t.Fatal("unexpected BOM")
		}
		if !bytes.Contains(data, []byte("\r\n")) {
			t.Error("records are not CRLF-terminated (RFC 4180)")
		}
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		header := strings.Join(recs[0], ",")
		if want := "id,date,start,end,precision,approximate,year_unknown,date_text,basis,type,modality,headline,text,participants,places,killed,injured,confidence,documents,evidence"; header != want {
			t.Errorf("header = %s\nwant %s", header, want)
		}
		if len(recs)-1 != len(tl.Events) {
			t.Fatalf("%d rows, want %d", len(recs)-1, len(tl.Events))
		}
		names := entityNames(tl)
		for i, rec := range recs[1:] {
			want := rowCells(eventRow(new(arena), &tl.Events[i], names))
			for j := range want {
				got := rec[j]
				if got != want[j] && got != "'"+normalizeNewlines(want[j]) && got != normalizeNewlines(want[j]) {
					t.Errorf("row %d %s: got %q, want %q", i+1, recs[0][j], got, want[j])
				}
			}
		}
		// Spot checks of values users rely on.
		row := recs[len(recs)-1]
		if row[11] != hostile {
			t.Errorf("hostile headline changed: %q", row[11])
		}
		if row[12] != "'+An attack <b>"+hostile+"</b>\twith\nnew lines." {
			t.Errorf("text cell = %q", row[12])
		}
	}
}

func rowCells(r EventRow) []string {
	return []string{r.ID, r.Date, r.Start, r.End, r.Precision, r.Approximate, r.YearUnknown, r.DateText, r.Basis,
		r.Type, r.Modality, r.Headline, r.Text, r.Participants, r.Places, r.Killed, r.Injured, r.Confidence,
		r.Documents, r.Evidence}
}

// TestHTMLEscaping checks that hostile text in every field renders as text.
func TestHTMLEscaping(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, fixtureTimeline(), HTMLOptions{Title: hostile}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{`<script>alert`, `" onmouseover=`, `<b>`, `javascript:`, `<img`} {
		if strings.Contains(out, bad) {
			i := strings.Index(out, bad)
			t.Errorf("output contains %q unescaped: ...%s...", bad, out[max(0, i-80):min(len(out), i+80)])
		}
	}
	if n := strings.Count(out, "<script"); n != 1 {
		t.Errorf("%d <script> elements, want exactly the page's own", n)
	}
	if !strings.Contains(out, html.EscapeString(`<script>alert("x")</script>`)) &&
		!strings.Contains(out, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
		t.Error("hostile text is not shown as text")
	}
	for _, want := range []string{
		`<mark class="trigger">revolution</mark>`,
		`<mark class="date">9 April 1952</mark>`,
		`10 November (year unknown)`,
		`c. December 2009`,
		`490 BC`,
		`1960s`,
		`10 November 2019, 16:50`,
		`1–10 August 2019`,
		`id="undated"`,
		`id="year-unknown"`,
		`href="https://example.org/history?a=1&amp;b=2"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestHighlight(t *testing.T) {
	s := "On 9 April 1952 the revolution began."
	tests := []struct {
		name    string
		src     Source
		want    string
		nMarked int
	}{
		{"both", Source{Text: s, Start: 100, End: 100 + len(s), Trigger: Span{120, 130}, DateSpan: &Span{103, 115}}, "On [9 April 1952] the [revolution] began.", 2},
		{"no date", Source{Text: s, Start: 100, End: 100 + len(s), Trigger: Span{120, 130}}, "On 9 April 1952 the [revolution] began.", 1},
		{"trigger out of range", Source{Text: s, Start: 100, End: 100 + len(s), Trigger: Span{10, 20}}, s, 0},
		{"trigger past end", Source{Text: s, Start: 100, End: 100 + len(s), Trigger: Span{130, 500}}, s, 0},
		{"negative", Source{Text: s, Start: 100, End: 100 + len(s), Trigger: Span{-5, -1}}, s, 0},
		{"overlap keeps date", Source{Text: s, Start: 100, End: 100 + len(s), Trigger: Span{110, 125}, DateSpan: &Span{103, 115}}, "On [9 April 1952] the revolution began.", 1},
		{"mid rune", Source{Text: "Añez resigned", Start: 0, End: 14, Trigger: Span{2, 5}}, "Añez resigned", 0},
		{"length mismatch", Source{Text: s, Start: 100, End: 101, Trigger: Span{100, 101}}, s, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := highlight(tc.src)
			var b strings.Builder
			n := 0
			for _, sg := range segs {
				if sg.Class != "" {
					n++
					b.WriteString("[" + sg.Text + "]")
				} else {
					b.WriteString(sg.Text)
				}
			}
			if b.String() != tc.want || n != tc.nMarked {
				t.Errorf("got %q (%d marks), want %q (%d)", b.String(), n, tc.want, tc.nMarked)
			}
		})
	}
}

func TestDisplayDate(t *testing.T) {
	tests := []struct {
		name string
		d    *Date
		want string
	}{
		{"nil", nil, "undated"},
		{"day", &Date{EDTF: "1952-04-09", Start: day(1952, 4, 9), End: day(1952, 4, 9), Precision: DayPrec}, "9 April 1952"},
		{"month", &Date{EDTF: "2019-08", Start: day(2019, 8, 1), End: day(2019, 8, 31), Precision: Month}, "August 2019"},
		{"year", &Date{EDTF: "1967", Start: day(1967, 1, 1), End: day(1967, 12, 31), Precision: Year}, "1967"},
		{"approx year", &Date{EDTF: "2009~", Start: day(2009, 1, 1), End: day(2009, 12, 31), Precision: Year, Approximate: true}, "c. 2009"},
		{"approx edtf only", &Date{EDTF: "2009~", Start: day(2009, 1, 1), End: day(2009, 12, 31), Precision: Year}, "c. 2009"},
		{"uncertain", &Date{EDTF: "2009?", Start: day(2009, 1, 1), End: day(2009, 12, 31), Precision: Year}, "2009 (uncertain)"},
		{"early year", &Date{EDTF: "2009-01/2009-04", Start: day(2009, 1, 1), End: day(2009, 4, 30), Precision: Year}, "January – April 2009"},
		{"early year approx", &Date{EDTF: "2009-01/2009-04~", Start: day(2009, 1, 1), End: day(2009, 4, 30), Precision: Year, Approximate: true}, "c. January – April 2009"},
		{"late bce year", &Date{EDTF: "-0043-09/-0043-12", Start: day(-43, 9, 1), End: day(-43, 12, 31), Precision: Year}, "September – December 44 BC"},
		{"year interval", &Date{EDTF: "1967/1969", Start: day(1967, 1, 1), End: day(1969, 12, 31), Precision: Year}, "1967–1969"},
		{"days interval, month precision", &Date{EDTF: "2019-08-01/2019-08-10", Start: day(2019, 8, 1), End: day(2019, 8, 10), Precision: Month}, "1–10 August 2019"},
		{"decade", &Date{EDTF: "196X", Start: day(1960, 1, 1), End: day(1969, 12, 31), Precision: Decade}, "1960s"},
		{"century", &Date{EDTF: "19XX", Start: day(1900, 1, 1), End: day(1999, 12, 31), Precision: Century}, "1900s"},
		{"bce year", &Date{EDTF: "-0489", Start: day(-489, 1, 1), End: day(-489, 12, 31), Precision: Year}, "490 BC"},
		{"year zero", &Date{EDTF: "0000", Start: day(0, 1, 1), End: day(0, 12, 31), Precision: Year}, "1 BC"},
		{"early ad", &Date{EDTF: "0033", Start: day(33, 1, 1), End: day(33, 12, 31), Precision: Year}, "AD 33"},
		{"bce day", &Date{EDTF: "-0043-03-15", Start: day(-43, 3, 15), End: day(-43, 3, 15), Precision: DayPrec}, "15 March 44 BC"},
		{"minute", &Date{EDTF: "2019-11-10T16:50", Start: day(2019, 11, 10), End: day(2019, 11, 10), Precision: Minute}, "10 November 2019, 16:50"},
		{"interval same month", &Date{EDTF: "2019-08-01/2019-08-10", Start: day(2019, 8, 1), End: day(2019, 8, 10), Precision: DayPrec}, "1–10 August 2019"},
		{"interval across months", &Date{EDTF: "2019-08-25/2019-09-03", Start: day(2019, 8, 25), End: day(2019, 9, 3), Precision: DayPrec}, "25 August – 3 September 2019"},
		{"interval years", &Date{EDTF: "1967/1969", Start: day(1967, 1, 1), End: day(1969, 12, 31), Precision: Year}, "1967–1969"},
		{"season", &Date{EDTF: "2019-21", TIMEX: "2019-SP", Start: day(2019, 3, 1), End: day(2019, 5, 31), Precision: Season}, "Spring 2019"},
		{"quarter", &Date{EDTF: "2019-33", TIMEX: "2019-Q1", Start: day(2019, 1, 1), End: day(2019, 3, 31), Precision: Quarter}, "Q1 2019"},
		{"week", &Date{EDTF: "2019-W45", Start: day(2019, 11, 4), End: day(2019, 11, 10), Precision: Week}, "week of 4 November 2019"},
		{"year unknown day", &Date{EDTF: "XXXX-11-10", Precision: DayPrec, YearUnknown: true}, "10 November (year unknown)"},
		{"year unknown month", &Date{EDTF: "XXXX-11", Precision: Month, YearUnknown: true}, "November (year unknown)"},
		{"year unknown other", &Date{EDTF: "XXXX-WXX-5", Text: "Friday", YearUnknown: true}, "Friday (year unknown)"},
		{"year unknown nothing", &Date{}, "year unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := DisplayDate(tc.d); got != tc.want {
				t.Errorf("DisplayDate = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDayNumber(t *testing.T) {
	for _, d := range []Day{{1970, 1, 1}, {2000, 2, 29}, {-489, 1, 1}, {0, 3, 1}, {-1, 12, 31}, {1, 1, 1}, {9999, 12, 31}} {
		if got := DayFromDays(d.Days()); got != d {
			t.Errorf("DayFromDays(%v.Days()) = %v", d, got)
		}
	}
	if n := (Day{1970, 1, 1}).Days(); n != 0 {
		t.Errorf("epoch = %d", n)
	}
	if n := (Day{2019, 11, 10}).Days() - (Day{2019, 10, 20}).Days(); n != 21 {
		t.Errorf("20 Oct to 10 Nov = %d days", n)
	}
}

// TestCSVLineBreaks checks the bytes that readers which keep a cell's line
// breaks as written (Python's csv module, pandas) see: records end with
// CRLF, line breaks inside cells stay LF, whatever the input used.
func TestCSVLineBreaks(t *testing.T) {
	text := "First line,\nsecond \"quoted\" line\r\nthird line\rfourth"
	tl := &Timeline{Version: Version,
		Documents: []DocumentInfo{{ID: "d", Title: "Two\r\nlines"}},
		Events:    []Event{{ID: "ev1", Type: "coup", Headline: "h", Sources: []Source{{Doc: "d", Text: text, Trigger: Span{0, 5}}}}},
	}
	tests := []struct {
		name  string
		write func(w io.Writer, tl *Timeline, o CSVOptions) error
		rows  int
	}{
		{"events", WriteCSV, 2},
		{"mentions", WriteMentionsCSV, 2},
		{"entities", WriteEntitiesCSV, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.write(&buf, tl, CSVOptions{}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if n := strings.Count(out, "\r\n"); n != tc.rows || !strings.HasSuffix(out, "\r\n") {
				t.Errorf("%d CRLF, want one per record (%d):\n%q", n, tc.rows, out)
			}
			if strings.Count(out, "\r") != tc.rows {
				t.Errorf("a CR inside a cell:\n%q", out)
			}
			if tc.name != "entities" && !strings.Contains(out, "\"First line,\nsecond \"\"quoted\"\" line\nthird line\nfourth\"") {
				t.Errorf("cell line breaks are not LF:\n%q", out)
			}
		})
	}
}
