package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timelinekit/timelinekit/internal/corpus/htmlpage"
	"github.com/timelinekit/timelinekit/timeline"
)

var htmlReader = htmlpage.New(htmlpage.Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}).Document

func TestHTML(t *testing.T) {
	dated, err := os.ReadFile(filepath.Join("htmlpage", "testdata", "opengraph.html"))
	if err != nil {
		t.Fatal(err)
	}
	undated := "<!DOCTYPE html><html><head><title>Notes</title></head><body><p>Short note.</p></body></html>"
	dir := writeFiles(t, map[string]string{
		"news/floods.html": string(dated),
		"news/notes.HTM":   undated,
		"news/big.html":    "<html>\x00\x00</html>",
	})
	res := read(t, []string{dir, "-"}, Options{RefDate: ref, HTML: htmlReader, Stdin: strings.NewReader(undated)})
	if res.err != nil {
		t.Fatal(res.err)
	}
	if got, want := res.ids(), []string{"news/floods", "news/notes", "stdin"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("ids = %q, want %q", got, want)
	}
	if got := res.reportStrings(dir); !reflect.DeepEqual(got, []string{filepath.Join("news", "big.html") + ": binary file skipped"}) {
		t.Errorf("reports = %q", got)
	}
	f := res.docs[0]
	if f.Date != (timeline.Day{Year: 2019, Month: 10, Day: 21}) || f.Title != "Floods close the northern highway" ||
		f.Source != filepath.Join(dir, "news", "floods.html") || !strings.Contains(f.Text, "Heavy rain") {
		t.Errorf("floods = %+v", f)
	}
	if n := res.docs[1]; n.Date != ref || n.Title != "Notes" {
		t.Errorf("notes = %+v, want the ref date", n)
	}
	if s := res.docs[2]; s.Source != "stdin" || !strings.Contains(s.Text, "Short note.") {
		t.Errorf("stdin = %+v", s)
	}
}

// A page without article text is kept (empty) with a warning saying why it
// gives no events.
func TestHTMLWithoutText(t *testing.T) {
	tests := []struct {
		name, page string
		warn       bool
	}{
		{"navigation only", `<html><head><title>Index</title></head><body><nav><a href="/">Home</a> <a href="/a">A</a></nav></body></html>`, true},
		{"script only", `<html><head><title>App</title></head><body><div id="app"></div><script>render()</script></body></html>`, true},
		{"article", `<html><head><title>Strike</title></head><body><article><p>Dockers went on strike on Monday, paralysing the port for the whole week, union leaders said.</p></article></body></html>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"p.html": tc.page})
			res := read(t, []string{filepath.Join(dir, "p.html")}, Options{HTML: htmlReader})
			if len(res.docs) != 1 || res.stats.Failed != 0 {
				t.Fatalf("docs %d, stats %+v", len(res.docs), res.stats)
			}
			var want []string
			if tc.warn {
				want = []string{"p.html: " + ErrNoText.Error()}
			}
			if got := res.reportStrings(dir); !reflect.DeepEqual(got, want) {
				t.Errorf("reports = %q, want %q", got, want)
			}
			for _, err := range res.reports {
				if !IsWarning(err) {
					t.Errorf("%v is not a warning", err)
				}
			}
		})
	}
}

func TestHTMLDisabled(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.html": "<html><body><p>x</p></body></html>"})
	res := read(t, []string{dir}, Options{})
	if len(res.docs) != 0 || res.stats.Skipped != 1 || len(res.reports) != 1 {
		t.Errorf("docs %d, stats %+v, reports %v", len(res.docs), res.stats, res.reports)
	}
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		`<html><head><meta property="article:published_time" content="2019-02-30"><title>t` + "\xff" + `</title></head><body><p>text</p></body></html>`,
		"<!doctype html><p>a\r\nb</p>",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzKind(t, kindHTML, data, Options{RefDate: ref, HTML: htmlReader})
	})
}
