package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

// row is one document of a JSONL or CSV collection before checks.
type row struct {
	id, date, title, url, author, text string
	hasID, hasText                     bool
}

// jsonRecord is one JSONL line. ID may be a string or a number; unknown
// fields are ignored.
type jsonRecord struct {
	ID     json.RawMessage `json:"id"`
	Date   *string         `json:"date"`
	Title  *string         `json:"title"`
	URL    *string         `json:"url"`
	Author *string         `json:"author"`
	Text   *string         `json:"text"`
}

// jsonl reads one JSON object per line. Lines may be of any length: br
// grows its line as needed. Blank lines are skipped.
func (r *reader) jsonl(br *bufio.Reader, name string) error {
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			if ferr := r.jsonLine(b, name, line); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			r.fail(name, line, err)
			return nil
		}
	}
}

func (r *reader) jsonLine(b []byte, name string, line int) error {
	b = bytes.TrimPrefix(b, bomUTF8) // concatenated files keep their marks
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil
	}
	if b[0] != '{' {
		r.fail(name, line, fmt.Errorf("%w: want a JSON object", ErrMalformed))
		return nil
	}
	var rec jsonRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		r.fail(name, line, fmt.Errorf("%w: %v", ErrMalformed, jsonErr(err)))
		return nil
	}
	rw := row{
		title: deref(rec.Title), url: deref(rec.URL), author: deref(rec.Author),
		date: deref(rec.Date), text: deref(rec.Text), hasText: rec.Text != nil,
	}
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		id, err := jsonID(rec.ID)
		if err != nil {
			r.fail(name, line, fmt.Errorf("%w: id: %v", ErrMalformed, err))
			return nil
		}
		rw.id, rw.hasID = id, true
	}
	// encoding/json has already replaced invalid UTF-8 inside strings with
	// U+FFFD; say so once for the row.
	return r.row(rw, name, line, !utf8.Valid(b))
}

// jsonErr shortens encoding/json's messages.
func jsonErr(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, se)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return fmt.Errorf("field %q: want %s, got JSON %s", te.Field, te.Type, te.Value)
	}
	return err
}

// jsonID reads an id given as a JSON string or number.
func jsonID(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", errors.New("want a string or a number")
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// row checks and emits one JSONL or CSV document found at name:line.
// badUTF8 says that the raw row held invalid UTF-8 (already repaired).
func (r *reader) row(rw row, name string, line int, badUTF8 bool) error {
	if !rw.hasText {
		r.fail(name, line, ErrMissingText)
		return nil
	}
	var d timeline.Document
	fields := []struct {
		dst *string
		src string
	}{{&d.ID, rw.id}, {&d.Title, rw.title}, {&d.URL, rw.url}, {&d.Author, rw.author}, {&d.Text, rw.text}}
	for _, f := range fields {
		v, repaired := normalizeString(f.src)
		*f.dst = v
		badUTF8 = badUTF8 || repaired
	}
	if badUTF8 {
		r.problem(name, line, ErrInvalidUTF8)
	}
	for _, p := range []*string{&d.ID, &d.Title, &d.URL, &d.Author} {
		*p = strings.TrimSpace(*p)
	}
	if !rw.hasID || d.ID == "" {
		d.ID = filepath.Base(name) + ":" + strconv.Itoa(line)
	}
	d.Source = name + ":" + strconv.Itoa(line)
	d.Date = r.opt.RefDate
	if ds := strings.TrimSpace(rw.date); ds != "" {
		day, err := parseDate(ds)
		if err != nil {
			r.problem(name, line, fmt.Errorf("%w: %v; document kept %s", ErrBadDate, err, dateFallback(r.opt.RefDate)))
		} else {
			d.Date = day
		}
	}
	return r.doc(d, name, line)
}

func dateFallback(ref timeline.Day) string {
	if ref.IsZero() {
		return "without a date"
	}
	return "with the reference date " + ref.String()
}

// parseDate reads YYYY-MM-DD, also as the start of an RFC 3339 timestamp
// ("2019-11-10T16:50:00Z": the calendar date as written is used, not
// converted to UTC).
func parseDate(s string) (timeline.Day, error) {
	if i := strings.IndexAny(s, "Tt "); i >= 10 {
		s = s[:i]
	}
	return timeline.ParseDay(s)
}
