package corpus

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// fuzzKind reads data as a file of kind k and checks every document and
// report.
func fuzzKind(t *testing.T, k kind, data []byte, opt Options) {
	r := &reader{ctx: context.Background(), opt: opt}
	ids := map[string]bool{}
	r.emit = func(d timeline.Document) error {
		checkDoc(t, d)
		if ids[d.ID] {
			t.Errorf("id %q emitted twice", d.ID)
		}
		ids[d.ID] = true
		return nil
	}
	r.report = func(err error) {
		var ce *Error
		if !errors.As(err, &ce) || ce.File != "f" || ce.Line < 0 {
			t.Errorf("bad report %v", err)
		}
	}
	if err := r.stream(bytes.NewReader(data), "f", k, "f"); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if r.stats.Read != len(ids) {
		t.Errorf("stats.Read %d, emitted %d", r.stats.Read, len(ids))
	}
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2019-11-10","text":"x"}` + "\n" + `{"id":"a","text":"y"}`,
		`{"id":1,"date":"2019-02-30","text":"x\r\ny","title":"t","url":"u","author":"a","more":[1]}`,
		"\xEF\xBB\xBF{\"text\":\"caf\xE9\"}\r\n\n[1]\nnull\n{\"text\":\"\\u0000\"}",
		`{"date":"-0489-01-01T00:00","text":""}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzKind(t, kindJSONL, data, Options{RefDate: ref}) })
}

func FuzzCSV(f *testing.F) {
	for _, s := range []string{
		"id,date,text\na,2019-11-10,x\nb,,\"y\r\nz\"\n",
		"text,id\nx\ny,z,w\n\"open\n",
		"\xEF\xBB\xBFTEXT,Date\ncaf\xE9,2019-02-30\n",
		"id,body\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzKind(t, kindCSV, data, Options{RefDate: ref}) })
}

func FuzzText(f *testing.F) {
	for _, s := range []string{
		"plain\r\ntext\r", "\xEF\xBB\xBFbom", "\xFF\xFEH\x00\x00\xD8", "\xFE\xFF\x00", "bad \xC0\xAF utf8", "\x00\x01",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzKind(t, kindText, data, Options{RefDate: ref}) })
}
