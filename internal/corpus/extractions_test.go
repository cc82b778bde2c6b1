package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

func readX(t *testing.T, files []string, stdin string) ([]timeline.Extraction, []string, Stats) {
	t.Helper()
	var xs []timeline.Extraction
	var reps []string
	st, err := ReadExtractions(context.Background(), files, Options{Stdin: strings.NewReader(stdin)},
		func(x timeline.Extraction) error { xs = append(xs, x); return nil },
		func(err error) { reps = append(reps, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	return xs, reps, st
}

func TestReadExtractions(t *testing.T) {
	shard1 := `{"document":{"id":"a","date":"2019-11-10","text":""},"events":[{"type":"coup","trigger":{"start":0,"end":4},"sentence":{"start":0,"end":9},"modality":"asserted","headline":"h","confidence":0.5,"casualties":{"killed":0,"injured":0}}]}
{"document":{"id":"b","date":null}}
`
	shard2 := "\xEF\xBB\xBF" + `{"document":{"id":"a"}}` + "\r\n" +
		`{"document":{"id":"c","date":"2019-02-30"}}` + "\n" +
		`not json` + "\n" +
		`{"document":{"title":"no id"}}` + "\n\n" +
		`{"document":{"id":"d"},"entities":[{"start":0,"end":3,"text":"Evo","type":"PERSON"}]}`
	dir := writeFiles(t, map[string]string{"s1.jsonl": shard1, "s2.jsonl": shard2})
	xs, reps, st := readX(t, []string{filepath.Join(dir, "s1.jsonl"), filepath.Join(dir, "s2.jsonl"), filepath.Join(dir, "nope.jsonl")}, "")
	var ids []string
	for _, x := range xs {
		ids = append(ids, x.Document.ID)
	}
	if want := []string{"a", "b", "a~2", "d"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids = %q, want %q", ids, want)
	}
	for i := range reps {
		reps[i] = strings.ReplaceAll(reps[i], dir+string(filepath.Separator), "")
	}
	want := []string{
		`s2.jsonl:1: duplicate document id "a" renamed "a~2"`,
		`s2.jsonl:2: malformed row: date "2019-02-30": no such day`,
		"s2.jsonl:3: malformed row: want a JSON object (an extraction)",
		"s2.jsonl:4: malformed row: extraction without document id",
		"nope.jsonl: open: no such file or directory",
	}
	if !reflect.DeepEqual(reps, want) {
		t.Errorf("reports =\n%s\nwant\n%s", strings.Join(reps, "\n"), strings.Join(want, "\n"))
	}
	if st.Read != 4 || st.Failed != 4 || st.Bytes != int64(len(shard1)+len(shard2)) {
		t.Errorf("stats = %+v", st)
	}
	if len(xs[0].Events) != 1 || xs[0].Events[0].Type != "coup" || xs[0].Document.Date != (timeline.Day{Year: 2019, Month: 11, Day: 10}) {
		t.Errorf("first extraction = %+v", xs[0])
	}
}

func TestReadExtractionsStdinAndStop(t *testing.T) {
	xs, reps, _ := readX(t, []string{"-", "-"}, `{"document":{"id":"x"}}`)
	if len(xs) != 1 || len(reps) != 1 {
		t.Errorf("got %d extractions, reports %q", len(xs), reps)
	}
	stop := errors.New("stop")
	_, err := ReadExtractions(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader("{\"document\":{\"id\":\"x\"}}\n{\"document\":{\"id\":\"y\"}}")},
		func(timeline.Extraction) error { return stop }, nil)
	if err != stop {
		t.Errorf("err = %v, want the emit error", err)
	}
}

func TestSize(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "12345", "sub/b.jsonl": "123", ".hidden.txt": "123456789", "x.png": "1234567"})
	if n, known := Size([]string{dir}); n != 8 || !known {
		t.Errorf("Size(dir) = %d, %v; want 8, true", n, known)
	}
	if n, known := Size([]string{filepath.Join(dir, "a.txt"), "-"}); n != 5 || known {
		t.Errorf("Size(file, -) = %d, %v; want 5, false", n, known)
	}
}

// FuzzExtractions reads arbitrary extraction files and builds a timeline
// from them: neither may panic, and the result must be a valid timeline.
func FuzzExtractions(f *testing.F) {
	f.Add([]byte(`{"document":{"id":"a","text":"Coup."},"sentences":[{"start":0,"end":5}],"entities":[{"start":0,"end":4,"text":"Coup","type":"ORG"}],"events":[{"type":"coup","trigger":{"start":0,"end":4},"sentence":{"start":0,"end":5},"participants":[0,7,-1],"places":[3],"date":{"edtf":"1952","start":"1952-01-01","end":"1952-12-31","precision":"year"}}]}`))
	f.Add([]byte("{\"document\":{\"id\":\"a\"}}\n{\"document\":{\"id\":\"a\"},\"events\":[{\"sentence\":{\"start\":9,\"end\":2}}]}\n[]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var xs []timeline.Extraction
		_, err := ReadExtractions(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(data)},
			func(x timeline.Extraction) error { xs = append(xs, x); return nil }, func(error) {})
		if err != nil {
			t.Fatal(err)
		}
		tl := timeline.Build(xs)
		if tl == nil || len(tl.Documents) != len(xs) {
			t.Fatalf("built %v from %d extractions", tl, len(xs))
		}
		if _, err := json.Marshal(tl); err != nil {
			t.Fatalf("timeline does not marshal: %v", err)
		}
	})
}

func TestReadExtractionsFiles(t *testing.T) {
	shard := `{"document":{"id":"a"}}` + "\n" + `{"document":{"id":"b"}}` + "\n"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(shard))
	zw.Close()
	tests := []struct {
		name    string
		body    string
		wantIDs []string
		wantRep []string
	}{
		{"plain", shard, []string{"a", "b"}, nil},
		{"gzip", gz.String(), []string{"a", "b"}, nil},
		{"text file", "The coup took place on 4 May 1961.\nTwo years later the general resigned.\n\nA third line.\n", nil,
			[]string{"f:1: malformed row: not an extraction file (timeline extract writes one JSON object per line); file skipped"}},
		{"CSV file", "id,text\na,coup\n", nil,
			[]string{"f:1: malformed row: not an extraction file (timeline extract writes one JSON object per line); file skipped"}},
		{"bad line after good ones", shard + "oops\n", []string{"a", "b"},
			[]string{"f:3: malformed row: want a JSON object (an extraction)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"f": tc.body})
			xs, reps, st := readX(t, []string{filepath.Join(dir, "f")}, "")
			var ids []string
			for _, x := range xs {
				ids = append(ids, x.Document.ID)
			}
			for i := range reps {
				reps[i] = strings.ReplaceAll(reps[i], dir+string(filepath.Separator), "")
			}
			if !reflect.DeepEqual(ids, tc.wantIDs) || !reflect.DeepEqual(reps, tc.wantRep) {
				t.Errorf("ids = %q, reports = %q; want %q, %q", ids, reps, tc.wantIDs, tc.wantRep)
			}
			if st.Failed != len(tc.wantRep) || st.Bytes != int64(len(tc.body)) {
				t.Errorf("stats = %+v", st)
			}
		})
	}
}
