package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/internal/synthcorpus"
	"github.com/timelinekit/timelinekit/timeline"
)

// result is what one Read call produced.
type result struct {
	docs    []timeline.Document
	reports []error
	stats   Stats
	err     error
}

func (res result) ids() []string {
	var ids []string
	for _, d := range res.docs {
		ids = append(ids, d.ID)
	}
	return ids
}

// reportStrings returns the reports as "file:line: msg" with dir removed.
func (res result) reportStrings(dir string) []string {
	var out []string
	for _, e := range res.reports {
		out = append(out, strings.ReplaceAll(e.Error(), dir+string(filepath.Separator), ""))
	}
	return out
}

func read(t *testing.T, inputs []string, opt Options) result {
	t.Helper()
	var res result
	res.stats, res.err = Read(context.Background(), inputs, opt,
		func(d timeline.Document) error { res.docs = append(res.docs, d); return nil },
		func(err error) {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Errorf("report %v is not a *corpus.Error", err)
			}
			res.reports = append(res.reports, err)
		})
	for _, d := range res.docs {
		checkDoc(t, d)
	}
	return res
}

// checkDoc checks what every emitted document must satisfy.
func checkDoc(t testing.TB, d timeline.Document) {
	t.Helper()
	for name, s := range map[string]string{"id": d.ID, "title": d.Title, "url": d.URL, "author": d.Author, "source": d.Source, "text": d.Text} {
		if !utf8.ValidString(s) {
			t.Errorf("doc %q: %s is not valid UTF-8", d.ID, name)
		}
	}
	if d.ID == "" {
		t.Errorf("doc from %q has no id", d.Source)
	}
	if strings.ContainsRune(d.Text, '\r') {
		t.Errorf("doc %q: text keeps a CR", d.ID)
	}
	if strings.HasPrefix(d.Text, "\uFEFF") {
		t.Errorf("doc %q: text keeps a BOM", d.ID)
	}
	if !d.Date.IsZero() && !d.Date.Valid() {
		t.Errorf("doc %q: invalid date %+v", d.ID, d.Date)
	}
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var ref = timeline.Day{Year: 2020, Month: 1, Day: 2}

func TestTextFiles(t *testing.T) {
	tests := []struct {
		name     string
		body     string
		wantText string
		wantRep  []string
		failed   bool
	}{
		{name: "plain", body: "The coup came on 9 April 1952.\n", wantText: "The coup came on 9 April 1952.\n"},
		{name: "empty", body: "", wantText: ""},
		{name: "bom", body: "\xEF\xBB\xBFHello", wantText: "Hello"},
		{name: "mixed line endings", body: "a\r\nb\rc\nd\r\r\n", wantText: "a\nb\nc\nd\n\n"},
		// No valid multi-byte sequence: an old Windows-1252 / Latin-1 file.
		{name: "windows-1252", body: "caf\xE9 in S\xE3o Paulo, \x93quoted\x94 \x80 5 \x81", wantText: "café in São Paulo, “quoted” € 5 \uFFFD",
			wantRep: []string{"doc.txt: not UTF-8: read as Windows-1252 (Latin-1)"}},
		// UTF-8 with damage: repaired, not reinterpreted.
		{name: "invalid utf8", body: "café and caf\xE9 \xFF\xFEmore", wantText: "café and caf\uFFFD \uFFFD\uFFFDmore",
			wantRep: []string{"doc.txt: invalid UTF-8 replaced with U+FFFD"}},
		{name: "truncated rune at end", body: "ok \xE2\x82", wantText: "ok \uFFFD\uFFFD",
			wantRep: []string{"doc.txt: invalid UTF-8 replaced with U+FFFD"}},
		{name: "utf16 le", body: "\xFF\xFEH\x00i\x00\r\x00\n\x00=\xD8\x00\xDE", wantText: "Hi\n\U0001F600"},
		{name: "utf16 be", body: "\xFE\xFF\x00H\x00i", wantText: "Hi"},
		// Named explicitly, a binary file fails (in a directory it is
		// skipped: TestDirectory).
		{name: "nul bytes", body: "PK\x03\x04\x00\x00binary", failed: true,
			wantRep: []string{"doc.txt: " + ErrBinaryInput.Error()}},
		{name: "control chars", body: strings.Repeat("\x01\x02\x03abcdefg", 20), failed: true,
			wantRep: []string{"doc.txt: " + ErrBinaryInput.Error()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"doc.txt": tt.body})
			res := read(t, []string{filepath.Join(dir, "doc.txt")}, Options{RefDate: ref})
			if res.err != nil {
				t.Fatal(res.err)
			}
			if got := res.reportStrings(dir); !reflect.DeepEqual(got, tt.wantRep) {
				t.Errorf("reports = %q, want %q", got, tt.wantRep)
			}
			if tt.failed {
				if len(res.docs) != 0 || res.stats.Failed != 1 || res.stats.Skipped != 0 {
					t.Errorf("got %d docs, stats %+v; want failed", len(res.docs), res.stats)
				}
				return
			}
			if len(res.docs) != 1 {
				t.Fatalf("got %d docs, want 1", len(res.docs))
			}
			d := res.docs[0]
			want := timeline.Document{ID: "doc", Date: ref, Source: filepath.Join(dir, "doc.txt"), Text: tt.wantText}
			if !reflect.DeepEqual(d, want) {
				t.Errorf("doc = %+v, want %+v", d, want)
			}
			if res.stats.Bytes != int64(len(tt.body)) {
				t.Errorf("bytes = %d, want %d", res.stats.Bytes, len(tt.body))
			}
		})
	}
}

func TestJSONL(t *testing.T) {
	body := strings.Join([]string{
		`{"id": "a", "date": "2019-11-10", "title": " T ", "url": "http://x", "author": "A", "text": "one"}`,
		``,
		`{"id": "b", "text": "two", "extra": {"nested": [1, 2]}, "tags": ["x"]}`,
		`{"id": "c", "text": "thr`, // truncated
		`not json at all`,
		`{"text": "no id"}`,
		`{"id": "d", "date": "2019-02-30", "text": "bad date"}`,
		`{"id": 42, "text": "numeric id"}`,
		`{"id": "e", "title": "no text"}`,
		`["an", "array"]`,
		`{"id": "f", "text": 7}`,
		"{\"id\": \"g\", \"text\": \"caf\xE9\"}",
		`{"id": "h", "date": "2019-11-10T16:50:00-04:00", "text": "a\r\nb"}`,
		`{"id": "a", "text": "same id again"}`,
		"{\"id\": \"i\", \"text\": \"crlf line\"}\r",
		`{"id": "j", "date": "", "text": ""}`,
		`{"id": "k", "date": 20191110, "title": ["not", "a", "title"], "author": null, "url": 7, "text": "lenient"}`,
	}, "\n")
	dir := writeFiles(t, map[string]string{"c.jsonl": "\xEF\xBB\xBF" + body})
	res := read(t, []string{filepath.Join(dir, "c.jsonl")}, Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	wantIDs := []string{"a", "b", "c.jsonl:6", "d", "42", "g", "h", "a~2", "i", "j", "k"}
	if got := res.ids(); !reflect.DeepEqual(got, wantIDs) {
		t.Errorf("ids = %q, want %q", got, wantIDs)
	}
	wantRep := []string{
		"c.jsonl:4: malformed row: invalid JSON at byte 24: unexpected end of JSON input",
		"c.jsonl:5: malformed row: want a JSON object",
		`c.jsonl:7: bad date: date "2019-02-30": no such day; document kept without a date`,
		"c.jsonl:9: no text field",
		"c.jsonl:10: malformed row: want a JSON object",
		`c.jsonl:11: malformed row: field "text": want string, got JSON number`,
		"c.jsonl:12: invalid UTF-8 replaced with U+FFFD",
		`c.jsonl:14: duplicate document id "a" renamed "a~2"`,
		`c.jsonl:17: ignored field: field "title" is not a string; ignored`,
		`c.jsonl:17: bad date: date "20191110": want YYYY-MM-DD; document kept without a date`,
	}
	if got := res.reportStrings(dir); !reflect.DeepEqual(got, wantRep) {
		t.Errorf("reports =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantRep, "\n"))
	}
	if want := (Stats{Read: 11, Failed: 5, Bytes: int64(len(body) + 3)}); res.stats != want {
		t.Errorf("stats = %+v, want %+v", res.stats, want)
	}
	byID := map[string]timeline.Document{}
	for _, d := range res.docs {
		byID[d.ID] = d
	}
	if d := byID["a"]; d.Title != "T" || d.URL != "http://x" || d.Author != "A" || d.Date != (timeline.Day{Year: 2019, Month: 11, Day: 10}) || d.Source != filepath.Join(dir, "c.jsonl")+":1" {
		t.Errorf("doc a = %+v", d)
	}
	if d := byID["d"]; !d.Date.IsZero() || d.Text != "bad date" {
		t.Errorf("doc d = %+v, want kept without date", d)
	}
	if d := byID["g"]; d.Text != "caf\uFFFD" {
		t.Errorf("doc g text = %q", d.Text)
	}
	if d := byID["k"]; d.URL != "7" || d.Title != "" || !d.Date.IsZero() || d.Text != "lenient" {
		t.Errorf("doc k = %+v", d)
	}
	if d := byID["h"]; d.Text != "a\nb" || d.Date != (timeline.Day{Year: 2019, Month: 11, Day: 10}) {
		t.Errorf("doc h = %+v", d)
	}
}

func TestBadDateKeepsRefDate(t *testing.T) {
	dir := writeFiles(t, map[string]string{"c.jsonl": `{"id":"x","date":"2019-13-01","text":"t"}`})
	res := read(t, []string{filepath.Join(dir, "c.jsonl")}, Options{RefDate: ref})
	if len(res.docs) != 1 || res.docs[0].Date != ref {
		t.Fatalf("docs = %+v, want one with the ref date", res.docs)
	}
	if len(res.reports) != 1 || !errors.Is(res.reports[0], ErrBadDate) || !IsWarning(res.reports[0]) {
		t.Errorf("reports = %v", res.reports)
	}
}

func TestCSV(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		wantIDs []string
		wantRep []string
		failed  int
	}{
		{name: "any column order, unknown columns",
			body:    "text,Extra,ID,date\none,x,a,2019-11-10\n\"two, with \"\"quotes\"\"\",y,b,\n",
			wantIDs: []string{"a", "b"}},
		{name: "bom and crlf", body: "\xEF\xBB\xBFid,text\r\na,\"x\r\ny\"\r\n", wantIDs: []string{"a"}},
		{name: "semicolons (European spreadsheets)", body: "\xEF\xBB\xBFid;date;text\r\na;2020-01-01;\"one; two, three\"\r\nb;;four\r\n", wantIDs: []string{"a", "b"}},
		{name: "tabs", body: "id\ttext\na\tone, two\n", wantIDs: []string{"a"}},
		{name: "windows-1252 (Excel on Windows)", body: "id;text\r\ncaf\xE9;S\xE3o Paulo \x80\r\n", wantIDs: []string{"café"},
			wantRep: []string{"c.csv: not UTF-8: read as Windows-1252 (Latin-1)"}},
		{name: "utf-8 with one bad byte stays utf-8", body: "id,text\ncafé,S\xE3o Paulo\n", wantIDs: []string{"café"},
			wantRep: []string{"c.csv:2: invalid UTF-8 replaced with U+FFFD"}},
		{name: "commas win when the header says text", body: "id,text,notes;more\na,one;two,x\n", wantIDs: []string{"a"}},
		{name: "semicolon header without text column", body: "id;body\na;one\n", failed: 1,
			wantRep: []string{`c.csv:1: header has no "text" column (columns: id;body)`}},
		{name: "wrong field count", body: "id,text\na,one\nb\nc,three,extra\nd,four\n",
			wantIDs: []string{"a", "d"}, failed: 2,
			wantRep: []string{"c.csv:3: malformed row: 1 field, the header has 2 (an unquoted comma, or a missing one?)",
				"c.csv:4: malformed row: 3 fields, the header has 2 (an unquoted comma, or a missing one?)"}},
		{name: "wrong field count in a multi-line record", body: "id,text\na,\"one\ntwo\",extra\nb,three\n",
			wantIDs: []string{"b"}, failed: 1,
			wantRep: []string{"c.csv:2: malformed row: 3 fields, the header has 2 (an unquoted comma, or a missing one?)"}},
		{name: "bare quote", body: "id,text\na,one\nb,tw\"o\nc,three\n",
			wantIDs: []string{"a", "c"}, failed: 1,
			wantRep: []string{`c.csv:3: malformed row: column 5: bare " in non-quoted-field`}},
		{name: "no text column", body: "id,body\na,one\n", failed: 1,
			wantRep: []string{`c.csv:1: header has no "text" column (columns: id, body)`}},
		{name: "empty", body: ""},
		{name: "header only", body: "id,text\n"},
		{name: "missing id and bad date", body: "text,date\nhello,2019-02-30\n",
			wantIDs: []string{"c.csv:2"},
			wantRep: []string{`c.csv:2: bad date: date "2019-02-30": no such day; document kept without a date`}},
		{name: "latin-1 cell, no utf-8 at all", body: "id,text\na,caf\xE9\n", wantIDs: []string{"a"},
			wantRep: []string{"c.csv: not UTF-8: read as Windows-1252 (Latin-1)"}},
		{name: "unclosed quote swallows rows", body: "id,text\na,\"unterminated\nb,fine\nc,\"ok\"\nd,after\n",
			wantIDs: []string{"d"}, failed: 1,
			wantRep: []string{`c.csv:2: malformed row: line 4, column 3: extraneous or missing " in quoted-field (a quoted cell opened on line 2 is not closed where expected; the rows up to line 4 are lost with it)`}},
		{name: "multi-line record keeps start line", body: "id,text\na,\"x\ny\"\nb,\"\"z\n",
			wantIDs: []string{"a"}, failed: 1,
			wantRep: []string{`c.csv:4: malformed row: column 4: extraneous or missing " in quoted-field`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"c.csv": tt.body})
			res := read(t, []string{filepath.Join(dir, "c.csv")}, Options{})
			if res.err != nil {
				t.Fatal(res.err)
			}
			if got := res.ids(); !reflect.DeepEqual(got, tt.wantIDs) {
				t.Errorf("ids = %q, want %q", got, tt.wantIDs)
			}
			if got := res.reportStrings(dir); !reflect.DeepEqual(got, tt.wantRep) {
				t.Errorf("reports = %q, want %q", got, tt.wantRep)
			}
			if res.stats.Failed != tt.failed {
				t.Errorf("failed = %d, want %d", res.stats.Failed, tt.failed)
			}
		})
	}
}

func TestDirectory(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":              "bee",
		"a.txt":              "ay",
		"sub/a.txt":          "sub ay",
		"sub/z.md":           "zed",
		"c.jsonl":            `{"id":"a","text":"dup"}` + "\n",
		"d.csv":              "id,text\nrow,cell\n",
		".hidden.txt":        "no",
		".git/config":        "no",
		"image.png":          "\x89PNG\r\n\x1a\n\x00\x00",
		"README":             "readme",
		"sub/deeper/bin.txt": "\x00\x01\x02",
	})
	res := read(t, []string{dir}, Options{})
	if res.err != nil {
		t.Fatal(res.err)
	}
	want := []string{"README", "a", "b", "a~2", "row", "sub/a", "sub/z"}
	if got := res.ids(); !reflect.DeepEqual(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
	wantRep := []string{
		`c.jsonl:1: duplicate document id "a" renamed "a~2"`,
		filepath.Join("sub", "deeper", "bin.txt") + ": binary file skipped",
		// unsupported types come last, once per extension
		"image.png: unsupported file type skipped (.png); name it .txt to read it as text",
	}
	if got := res.reportStrings(dir); !reflect.DeepEqual(got, wantRep) {
		t.Errorf("reports = %q, want %q", got, wantRep)
	}
	if res.stats.Read != 7 || res.stats.Skipped != 2 || res.stats.Failed != 0 {
		t.Errorf("stats = %+v", res.stats)
	}
	// The same run again gives the same documents: order does not depend on
	// anything but the inputs.
	again := read(t, []string{dir}, Options{})
	if !reflect.DeepEqual(again.docs, res.docs) {
		t.Error("second read differs")
	}
}

// A saved web page brings dozens of assets: they are counted as skipped and
// reported once per extension, not once per file.
func TestDirectoryOfSavedPages(t *testing.T) {
	files := map[string]string{"a.txt": "The coup took place on 4 May 1961."}
	for i := range 12 {
		files[fmt.Sprintf("page_files/s%02d.js", i)] = "x"
		files[fmt.Sprintf("page_files/i%02d.PNG", i)] = "x"
	}
	files["page_files/style.css"] = "x"
	dir := writeFiles(t, files)
	res := read(t, []string{dir}, Options{})
	want := []string{
		filepath.Join("page_files", "i00.PNG") + ": unsupported file type skipped: 12 .png files in " + dir + " (this one and 11 more)",
		filepath.Join("page_files", "s00.js") + ": unsupported file type skipped: 12 .js files in " + dir + " (this one and 11 more)",
		filepath.Join("page_files", "style.css") + ": unsupported file type skipped (.css); name it .txt to read it as text",
	}
	if got := res.reportStrings(dir); !reflect.DeepEqual(got, want) {
		t.Errorf("reports =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if res.stats.Skipped != 25 || res.stats.Read != 1 || res.stats.Failed != 0 {
		t.Errorf("stats = %+v, want 25 skipped, 1 read", res.stats)
	}
}

func TestMissingInput(t *testing.T) {
	dir := writeFiles(t, map[string]string{"ok.txt": "fine"})
	res := read(t, []string{filepath.Join(dir, "nope.txt"), filepath.Join(dir, "ok.txt")}, Options{})
	if got := res.ids(); !reflect.DeepEqual(got, []string{"ok"}) {
		t.Errorf("ids = %q", got)
	}
	if got := res.reportStrings(dir); len(got) != 1 || !strings.HasPrefix(got[0], "nope.txt: stat: ") {
		t.Errorf("reports = %q", got)
	}
	if res.stats.Failed != 1 {
		t.Errorf("stats = %+v", res.stats)
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantIDs []string
		text    string
	}{
		{name: "text", in: "Plain text {not json}", wantIDs: []string{"stdin"}, text: "Plain text {not json}"},
		{name: "brace text", in: "{{Infobox}} text", wantIDs: []string{"stdin"}, text: "{{Infobox}} text"},
		{name: "jsonl", in: "\n {\"id\":\"x\",\"text\":\"t\"}\n{\"id\":\"y\",\"text\":\"u\"}", wantIDs: []string{"x", "y"}, text: "t"},
		{name: "empty", in: "", wantIDs: []string{"stdin"}, text: ""},
		{name: "csv", in: "\xEF\xBB\xBFid,date,text\r\na,2020-01-01,\"one, two\"\r\n", wantIDs: []string{"a"}, text: "one, two"},
		{name: "csv with semicolons", in: "ID;Title;Text\na;t;one\n", wantIDs: []string{"a"}, text: "one"},
		{name: "prose starting like a list", in: "Text, images and sound: a history.\nMore.", wantIDs: []string{"stdin"}, text: "Text, images and sound: a history.\nMore."},
		{name: "one column", in: "text\nhello\n", wantIDs: []string{"stdin"}, text: "text\nhello\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := read(t, []string{"-", "-"}, Options{Stdin: strings.NewReader(tt.in)})
			if got := res.ids(); !reflect.DeepEqual(got, tt.wantIDs) {
				t.Fatalf("ids = %q, want %q", got, tt.wantIDs)
			}
			if res.docs[0].Text != tt.text {
				t.Errorf("text = %q, want %q", res.docs[0].Text, tt.text)
			}
			if len(res.reports) != 1 || !strings.Contains(res.reports[0].Error(), "named twice") {
				t.Errorf("reports = %v, want one about the second -", res.reports)
			}
		})
	}
}

func TestGzipJSONL(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	io.WriteString(zw, `{"id":"z","text":"zipped"}`+"\n")
	zw.Close()
	var long bytes.Buffer
	zw = gzip.NewWriter(&long)
	for i := range 200 {
		fmt.Fprintf(zw, `{"id":"t%d","text":"%s"}`+"\n", i, strings.Repeat("long text ", 20+i%7))
	}
	zw.Close()
	truncated := long.String()[:long.Len()/2]
	dir := writeFiles(t, map[string]string{
		"c.jsonl.gz":    buf.String(),
		"bad.jsonl.gz":  "this is not gzip data at all",
		"cut.jsonl.gz":  truncated,
		"tiny.jsonl.gz": "gz?",
	})
	res := read(t, []string{dir}, Options{})
	if got := res.ids(); len(got) < 10 || got[0] != "z" || got[1] != "t0" {
		t.Errorf("ids = %q", got)
	}
	reps := res.reportStrings(dir)
	want := []string{"bad.jsonl.gz: not a valid gzip file: gzip: invalid header"}
	if len(reps) != 3 || reps[0] != want[0] || !strings.HasPrefix(reps[2], "tiny.jsonl.gz: not a valid gzip file: ") ||
		!strings.HasPrefix(reps[1], "cut.jsonl.gz:") || !strings.Contains(reps[1], ": file ends early (truncated or corrupt; the rest is lost)") {
		t.Errorf("reports = %q; want one report per bad file, the truncated one with its line", reps)
	}
	if res.stats.Failed != 3 {
		t.Errorf("stats = %+v, want 3 failed", res.stats)
	}
}

// bigLine generates one JSONL line whose text is n bytes long.
type bigLine struct {
	n, off int
}

func (b *bigLine) Read(p []byte) (int, error) {
	const head, tail = `{"id":"big","text":"`, "\"}\n"
	total := len(head) + b.n + len(tail)
	if b.off >= total {
		return 0, io.EOF
	}
	i := 0
	for i < len(p) && b.off < total {
		switch {
		case b.off < len(head):
			p[i] = head[b.off]
		case b.off < len(head)+b.n:
			p[i] = "abcdefghi "[b.off%10]
		default:
			p[i] = tail[b.off-len(head)-b.n]
		}
		i++
		b.off++
	}
	return i, nil
}

func TestHugeLine(t *testing.T) {
	n := 100 << 20 // the size the issue asks for
	if testing.Short() || raceEnabled {
		n = 4 << 20 // reading is sequential: nothing for the race detector in 100 MB
	}
	var got timeline.Document
	st, err := Read(context.Background(), []string{"-"}, Options{Stdin: &bigLine{n: n}},
		func(d timeline.Document) error { got = d; return nil },
		func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != 1 || got.ID != "big" || len(got.Text) != n {
		t.Errorf("stats %+v, id %q, text length %d; want one doc of %d bytes", st, got.ID, len(got.Text), n)
	}
}

func TestStops(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "a", "b.txt": "b"})
	stop := errors.New("stop")
	n := 0
	st, err := Read(context.Background(), []string{dir}, Options{},
		func(timeline.Document) error { n++; return stop }, nil)
	if err != stop || n != 1 || st.Read != 0 {
		t.Errorf("emit error: err %v, %d calls, stats %+v", err, n, st)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Read(ctx, []string{dir}, Options{}, func(timeline.Document) error { return nil }, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
}

func TestErrorFormat(t *testing.T) {
	base := errors.New("boom")
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{"with line", &Error{File: "a.jsonl", Line: 3, Err: base}, "a.jsonl:3: boom"},
		{"no line", &Error{File: "a.txt", Err: base}, "a.txt: boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
			if !errors.Is(tt.err, base) {
				t.Error("Unwrap lost the cause")
			}
		})
	}
}

func ExampleRead() {
	in := strings.NewReader(`{"id":"a","date":"1952-04-09","text":"The revolution began."}` + "\n" + `{"id":"b","text":"ok"`)
	st, _ := Read(context.Background(), []string{"-"}, Options{Stdin: in},
		func(d timeline.Document) error {
			fmt.Println(d.ID, d.Date, d.Source, d.Text)
			return nil
		},
		func(err error) { fmt.Println("error:", err) })
	fmt.Printf("read %d, failed %d\n", st.Read, st.Failed)
	// Output:
	// a 1952-04-09 stdin:1 The revolution began.
	// error: stdin:2: malformed row: invalid JSON at byte 21: unexpected end of JSON input
	// read 1, failed 1
}

func BenchmarkReadJSONL(b *testing.B) {
	var buf bytes.Buffer
	synthcorpus.WriteJSONL(&buf, synthcorpus.Options{Seed: 1, Bytes: 8 << 20})
	data := buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		_, err := Read(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(data)},
			func(timeline.Document) error { return nil }, func(error) {})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// A run's output directory inside the input directory is not read back: a
// second build of a folder must not take the first one's timeline.csv and
// timeline.html for articles. Named explicitly, such files are read.
func TestExcludeOutputs(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":                      "ay",
		"timeline-out/timeline.csv":  "id,text\nev0001,coup\n",
		"timeline-out/timeline.html": "<html><body><p>coup</p></body></html>",
		"sub/b.txt":                  "bee",
		"shard.jsonl":                `{"id":"x","text":"old"}` + "\n",
	})
	tests := []struct {
		name    string
		inputs  []string
		exclude []string
		want    []string
	}{
		// (timeline.html is skipped here: these Options read no HTML.)
		{"nothing excluded", []string{dir}, nil, []string{"a", "x", "sub/b", "ev0001"}},
		{"output directory", []string{dir}, []string{filepath.Join(dir, "timeline-out")}, []string{"a", "x", "sub/b"}},
		{"output file", []string{dir}, []string{filepath.Join(dir, "shard.jsonl"), filepath.Join(dir, "timeline-out")}, []string{"a", "sub/b"}},
		{"relative input path", []string{filepath.Join(dir, "sub", "..")}, []string{filepath.Join(dir, "timeline-out")}, []string{"a", "x", "sub/b"}},
		{"named explicitly", []string{filepath.Join(dir, "timeline-out", "timeline.csv")}, []string{filepath.Join(dir, "timeline-out")}, []string{"ev0001"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := read(t, tc.inputs, Options{Exclude: tc.exclude})
			if res.err != nil {
				t.Fatal(res.err)
			}
			if got := res.ids(); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ids = %q, want %q", got, tc.want)
			}
			if res.stats.Failed != 0 || tc.exclude != nil && res.stats.Skipped != 0 {
				t.Errorf("stats = %+v, want nothing skipped or failed", res.stats)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want "" for an error
	}{
		{"2019-11-10", "2019-11-10"},
		{" 2019-11-10 ", "2019-11-10"},
		{"2019-11-10T16:50:00Z", "2019-11-10"},
		{"2019-11-10T23:50:00-04:00", "2019-11-10"}, // the date as written
		{"2019-11-10 16:50", "2019-11-10"},
		{"Mon, 11 Nov 2019 14:30:00 GMT", "2019-11-11"}, // RSS pubDate
		{"Mon, 11 Nov 2019 14:30:00 +0100", "2019-11-11"},
		{"Sun, 3 Mar 2019 09:05:00 -0500", "2019-03-03"},
		{"11 Nov 2019 14:30:00 GMT", "2019-11-11"},
		{"Mon, 11 Nov 2019", "2019-11-11"},
		{"11 Nov 2019", "2019-11-11"},
		{"Fri, 30 Feb 2019 10:00:00 GMT", ""},
		{"01/02/2020", ""}, // day or month first? not guessed
		{"2019-02-30", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := parseDate(tc.in)
			switch {
			case tc.want == "" && err == nil:
				t.Errorf("parseDate(%q) = %v, want an error", tc.in, d)
			case tc.want != "" && (err != nil || d.String() != tc.want):
				t.Errorf("parseDate(%q) = %v, %v; want %s", tc.in, d, err, tc.want)
			}
		})
	}
}
