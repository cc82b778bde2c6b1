package timeline

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

func TestTimelineJSCSVLayout(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTimelineJSCSV(&buf, fixtureTimeline()); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
	if got := strings.Join(recs[0], ","); got != want {
		t.Fatalf("header\n%s\nwant\n%s", got, want)
	}
	integer := regexp.MustCompile(`^(-?[1-9][0-9]*)?$`)
	titles := 0
	rows := map[string][]string{} // by display date
	for i, r := range recs[1:] {
		if len(r) != 18 {
			t.Fatalf("row %d has %d cells", i+1, len(r))
		}
		for _, c := range []int{0, 1, 2, 4, 5, 6} {
			if !integer.MatchString(r[c]) {
				t.Errorf("row %d %s = %q, want a plain integer", i+1, recs[0][c], r[c])
			}
		}
		switch r[15] {
		case "title":
			titles++
		case "":
		default:
			t.Errorf("row %d Type = %q; TimelineJS accepts only title or era, and our type belongs in Group", i+1, r[15])
		}
		rows[r[8]] = r
	}
	if titles != 1 {
		t.Errorf("%d title rows, want 1", titles)
	}
	// 10 events: 8 with a known year, plus the title row.
	if len(recs) != 1+1+8 {
		t.Errorf("%d rows, want 10 (header, title, 8 dated events)", len(recs))
	}
	tests := []struct {
		display                 string
		year, month, day, time  string
		endYear, endMonth, endD string
		group                   string
	}{
		{"490 BC", "-490", "", "", "", "", "", "", "battle"},
		{"9 April 1952", "1952", "4", "9", "", "", "", "", "revolution"},
		{"1960s", "1960", "", "", "", "1969", "", "", "protest"},
		{"1967", "1967", "", "", "", "", "", "", "massacre"},
		{"c. December 2009", "2009", "12", "", "", "", "", "", "election"},
		{"1–10 August 2019", "2019", "8", "1", "", "2019", "8", "10", "protest"},
		{"10 November 2019, 16:50", "2019", "11", "10", "16:50", "", "", "", "resignation"},
	}
	for _, tc := range tests {
		r, ok := rows[tc.display]
		if !ok {
			t.Errorf("no row with Display Date %q", tc.display)
			continue
		}
		got := []string{r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[16]}
		want := []string{tc.year, tc.month, tc.day, tc.time, tc.endYear, tc.endMonth, tc.endD, tc.group}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: got %q, want %q", tc.display, got, want)
		}
	}
	for display := range rows {
		if strings.Contains(display, "unknown") || display == "undated" {
			t.Errorf("row for %q: TimelineJS cannot place it", display)
		}
	}
}

func TestTimelineJSJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, fixtureTimeline()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Title  map[string]any   `json:"title"`
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title == nil || len(doc.Events) != 8 {
		t.Fatalf("title %v, %d events; want a title and 8 events", doc.Title, len(doc.Events))
	}
	for _, ev := range doc.Events {
		sd, ok := ev["start_date"].(map[string]any)
		if !ok {
			t.Errorf("%v: no start_date", ev["unique_id"])
			continue
		}
		if _, ok := sd["year"].(float64); !ok {
			t.Errorf("%v: start_date.year %v is not a number", ev["unique_id"], sd["year"])
		}
		text := ev["text"].(map[string]any)
		for _, f := range []string{"headline", "text"} {
			s, _ := text[f].(string)
			if strings.Contains(s, "<script") || strings.Contains(s, `" onmouseover`) || strings.Contains(s, "<b>") || strings.Contains(s, "<img") {
				t.Errorf("%v: text.%s carries markup from the input: %q", ev["unique_id"], f, s)
			}
		}
		if ev["group"] == "" || ev["display_date"] == "" {
			t.Errorf("%v: group %v, display_date %v", ev["unique_id"], ev["group"], ev["display_date"])
		}
	}
	// Midnight keeps its hour and minute.
	d := &Date{EDTF: "2019-11-10T00:00", Start: Day{2019, 11, 10}, End: Day{2019, 11, 10}, Precision: Minute}
	s, _, _, _ := tljsDates(d)
	b, _ := json.Marshal(s)
	if string(b) != `{"year":2019,"month":11,"day":10,"hour":0,"minute":0}` {
		t.Errorf("midnight = %s", b)
	}
}

// The title slide takes the user's title, escaped for TimelineJS (which
// renders headlines as HTML) and, in the sheet, neutralised.
func TestTimelineJSTitle(t *testing.T) {
	tests := []struct {
		name, title       string
		wantJSON, wantCSV string
	}{
		{"default", "", "Timeline", ",Timeline,"},
		{"plain", "Coups in Ruritania, 1936-1974", "Coups in Ruritania, 1936-1974", `,"Coups in Ruritania, 1936-1974",`},
		{"markup", `<b>Coups</b> & "putsches"`, "&lt;b&gt;Coups&lt;/b&gt; &amp; &#34;putsches&#34;", `,&lt;b&gt;Coups&lt;/b&gt; &amp; &#34;putsches&#34;,`},
		{"formula", `=IMPORTXML("http://x")`, "=IMPORTXML(&#34;http://x&#34;)", `,'=IMPORTXML(&#34;http://x&#34;),`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var js, sheet bytes.Buffer
			o := TimelineJSOptions{Title: tc.title}
			if err := WriteTimelineJSWith(&js, fixtureTimeline(), o); err != nil {
				t.Fatal(err)
			}
			if err := WriteTimelineJSCSVWith(&sheet, fixtureTimeline(), o); err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Title struct {
					Text struct{ Headline string } `json:"text"`
				} `json:"title"`
			}
			if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Title.Text.Headline != tc.wantJSON {
				t.Errorf("title headline = %q, want %q", doc.Title.Text.Headline, tc.wantJSON)
			}
			if !strings.Contains(strings.SplitN(sheet.String(), "\n", 3)[1], tc.wantCSV) {
				t.Errorf("title row lacks %s:\n%.300s", tc.wantCSV, sheet.String())
			}
		})
	}
}
