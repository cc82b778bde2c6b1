package htmlpage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

var now = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func day(y, m, d int) timeline.Day { return timeline.Day{Year: y, Month: m, Day: d} }

func TestFixtures(t *testing.T) {
	tests := []struct {
		file                  string
		title, author, url    string
		date                  timeline.Day
		contains, notContains []string
	}{
		{file: "jsonld.html", title: "Harbour strike ends after nine days", author: "Marta Quintero",
			url:  "https://herald.example.org/news/harbour-strike-ends",
			date: day(2011, 3, 14), // datePublished, not dateModified (2016)
			contains: []string{"returned to work on Monday", "The strike began on 5 March",
				"nine-day strike over pay and night shifts, the union said"},
			notContains: []string{"Zephyr", "Contact us", "Reader42", "Copyright", "Cookie"}},
		{file: "opengraph.html", title: "Floods close the northern highway", author: "Ines Okafor",
			url:         "https://valley.example.net/2019/floods-close-highway",
			date:        day(2019, 10, 21), // article:published_time, not modified_time
			contains:    []string{"Heavy rain on Sunday night", "reopen on Wednesday"},
			notContains: []string{"Most read", "recipes", "Front page"}},
		{file: "old.html", title: "Three days of fighting in the capital",
			date:     day(1952, 4, 10), // before 1995, stated by the page
			contains: []string{"the army garrison surrendered"}},
		{file: "latin1.html", title: "Café society returns", date: day(2003, 6, 1),
			contains: []string{"The old café on the corner"}},
		{file: "empty.html", title: "Gallery"},
	}
	e := New(Options{Now: now})
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := e.Document(page)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Author != tt.author || d.URL != tt.url || d.Date != tt.date {
				t.Errorf("got title %q author %q url %q date %v\nwant title %q author %q url %q date %v",
					d.Title, d.Author, d.URL, d.Date, tt.title, tt.author, tt.url, tt.date)
			}
			for _, s := range tt.contains {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range tt.notContains {
				if strings.Contains(d.Text, s) {
					t.Errorf("text keeps boilerplate %q:\n%s", s, d.Text)
				}
			}
			if strings.Contains(d.Text, "\n\n\n") || strings.HasPrefix(d.Text, "\n") {
				t.Errorf("paragraphs badly separated: %q", d.Text)
			}
		})
	}
}

// page wraps an article body with the given head elements.
func page(head string) []byte {
	return []byte(`<!DOCTYPE html><html><head><title>Report</title>` + head + `</head><body><article><h1>Report</h1>
<p>The council met on Tuesday evening and voted to rebuild the old stone bridge over the river before the winter floods, after a long debate about the cost of the works and the detour for traffic.</p>
<p>Work will begin in the spring, the mayor said, and the bridge should reopen to traffic within two years if the weather allows the builders to keep to the schedule.</p>
</article></body></html>`)
}

func TestDates(t *testing.T) {
	tests := []struct {
		name string
		head string
		opt  Options
		want timeline.Day
	}{
		{name: "date as written, not shifted to UTC",
			head: `<meta property="article:published_time" content="2019-11-10T23:30:00-04:00">`,
			opt:  Options{Now: now}, want: day(2019, 11, 10)},
		{name: "min date 1995 drops an older date",
			head: `<meta property="article:published_time" content="1952-04-10">`,
			opt:  Options{Now: now, MinDate: time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)}},
		{name: "default min date keeps it",
			head: `<meta property="article:published_time" content="1952-04-10">`,
			opt:  Options{Now: now}, want: day(1952, 4, 10)},
		{name: "future date beyond now is dropped",
			head: `<meta property="article:published_time" content="2030-01-01">`,
			opt:  Options{Now: now}},
		{name: "metadata beats the URL path",
			head: `<link rel="canonical" href="https://x.example.com/archive/2020/01/02/report"><meta property="article:published_time" content="2018-05-06">`,
			opt:  Options{Now: now}, want: day(2018, 5, 6)},
		{name: "original date beats modified",
			head: `<meta itemprop="dateModified" content="2021-01-01"><meta itemprop="datePublished" content="2012-07-08">`,
			opt:  Options{Now: now}, want: day(2012, 7, 8)},
		{name: "no date", opt: Options{Now: now}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := New(tt.opt).Document(page(tt.head))
			if err != nil {
				t.Fatal(err)
			}
			if d.Date != tt.want {
				t.Errorf("date = %v, want %v", d.Date, tt.want)
			}
		})
	}
}

func TestBlockText(t *testing.T) {
	d, err := New(Options{Now: now}).Document(page(""))
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(d.Text, "\n\n")
	if len(paras) != 3 || paras[0] != "Report" || !strings.HasPrefix(paras[1], "The council met") {
		t.Errorf("paragraphs = %q", paras)
	}
}

func FuzzDocument(f *testing.F) {
	for _, s := range []string{
		string(page(`<meta property="article:published_time" content="2019-02-30">`)),
		`<html><body><p>caf` + "\xe9\xff" + `</p><table><tr><td>a<td>b</table><pre> x
 y</pre></body>`,
		`<script type="application/ld+json">{"datePublished": "0000-00-00", "author": [{"name": 3}]}</script>`,
		"", "<", "\x00\x01",
	} {
		f.Add([]byte(s))
	}
	e := New(Options{Now: now})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := e.Document(b)
		if err != nil {
			if strings.HasPrefix(err.Error(), "HTML extraction failed") {
				t.Logf("library panic recovered: %v", err)
			}
			return
		}
		if !d.Date.IsZero() && (!d.Date.Valid() || d.Date.Year < 1000 || d.Date.Year > 2026) {
			t.Errorf("date out of range: %+v", d.Date)
		}
		if utf8.ValidString(string(b)) && !utf8.ValidString(d.Text) {
			t.Errorf("valid input gave invalid UTF-8 text %q", d.Text)
		}
	})
}
