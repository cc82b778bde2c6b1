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
	"time"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

// row is one document of a JSONL or CSV collection before checks.
type row struct {
	id, date, title, url, author, text string
	hasID, hasText                     bool
}

// jsonRecord is one JSONL line. Text must be a string; the other fields are
// read leniently (see metaField); unknown fields are ignored.
type jsonRecord struct {
	ID     json.RawMessage `json:"id"`
	Date   json.RawMessage `json:"date"`
	Title  json.RawMessage `json:"title"`
	URL    json.RawMessage `json:"url"`
	Author json.RawMessage `json:"author"`
	Text   *string         `json:"text"`
}

// metaField reads a metadata field: a string as is, a number or boolean as
// its JSON text, null or absent as "". Objects and arrays are not
// metadata: the field is dropped with a warning, the document kept.
func (r *reader) metaField(raw json.RawMessage, field, name string, line int) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s
	}
	switch raw[0] {
	case '{', '[':
		r.problem(name, line, fmt.Errorf("%w: field %q is not a string; ignored", ErrIgnoredField, field))
		return ""
	}
	return string(raw)
}

// jsonl reads one JSON object per line. Lines may be of any length: br
// grows its line as needed. Blank lines are skipped.
func (r *reader) jsonl(br *bufio.Reader, name string) error {
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			// A truncated .gz, a read error: the line is cut short. One
			// report for it, not a JSON error and then the read error.
			r.fail(name, line, readErr(err))
			return nil
		}
		if len(b) > 0 {
			if ferr := r.jsonLine(b, name, line); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readErr words an error met while reading a file: the common one is a
// compressed file that ends early.
func readErr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("file ends early (truncated or corrupt; the rest is lost): %w", err)
	}
	return err
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
		title:  r.metaField(rec.Title, "title", name, line),
		url:    r.metaField(rec.URL, "url", name, line),
		author: r.metaField(rec.Author, "author", name, line),
		date:   r.metaField(rec.Date, "date", name, line),
		id:     r.metaField(rec.ID, "id", name, line),
		text:   deref(rec.Text), hasText: rec.Text != nil,
	}
	rw.hasID = rw.id != ""
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
// converted to UTC), and the RFC 1123/822 dates of RSS feeds and mail
// ("Mon, 11 Nov 2019 14:30:00 GMT", also without the weekday). Numeric
// dates such as 01/02/2020 stay errors: day and month cannot be told apart.
func parseDate(s string) (timeline.Day, error) {
	s = strings.TrimSpace(s)
	if len(s) > 0 && (s[0] < '0' || s[0] > '9' || len(s) > 2 && s[1] == ' ' || len(s) > 3 && s[2] == ' ') {
		for _, layout := range rfcDateLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return timeline.Day{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, nil
			}
		}
	}
	if i := strings.IndexAny(s, "Tt "); i >= 10 {
		s = s[:i]
	}
	return timeline.ParseDay(s)
}

// rfcDateLayouts are the RFC 1123/822 forms parseDate accepts; the date as
// written is used, whatever the zone.
var rfcDateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006", "2 Jan 2006",
}
