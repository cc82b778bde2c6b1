package corpus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// csvColumns are the columns read from a CSV collection; others are ignored.
var csvColumns = []string{"id", "date", "title", "url", "author", "text"}

// csv reads a CSV collection: a header row naming the columns (any order,
// case-insensitive; "text" required), then one document per record. The
// separator is a comma, or a semicolon or tab when the header says so. Every
// record must have as many fields as the header.
func (r *reader) csv(br *bufio.Reader, name string) error {
	cr := csv.NewReader(br)
	cr.Comma = sniffComma(br)
	cr.ReuseRecord = true
	header, err := cr.Read()
	header = append([]string(nil), header...) // ReuseRecord: later reads overwrite it
	if err == io.EOF {
		return nil // empty file: no documents
	}
	if err != nil {
		r.fail(name, csvLine(err, 1), fmt.Errorf("header: %w", csvErr(err)))
		return nil
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	if _, ok := col["text"]; !ok {
		r.fail(name, 1, fmt.Errorf("header has no %q column (columns: %s)", "text", strings.Join(header, ", ")))
		return nil
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				r.fail(name, 0, readErr(err)) // I/O error: the rest is unreadable
				return nil
			}
			if errors.Is(err, csv.ErrFieldCount) {
				// The record is returned with the error: say what is wrong.
				n := fmt.Sprintf("%d fields", len(rec))
				if len(rec) == 1 {
					n = "1 field"
				}
				err = fmt.Errorf("%s, the header has %d (an unquoted comma, or a missing one?)", n, len(header))
				r.fail(name, csvLine(pe, 0), fmt.Errorf("%w: %v", ErrMalformed, err))
				continue
			}
			r.fail(name, csvLine(err, 0), fmt.Errorf("%w: %v", ErrMalformed, csvErr(err)))
			continue
		}
		line, _ := cr.FieldPos(0)
		var rw row
		for _, c := range csvColumns {
			i, ok := col[c]
			if !ok {
				continue
			}
			v := rec[i]
			switch c {
			case "id":
				rw.id, rw.hasID = v, true
			case "date":
				rw.date = v
			case "title":
				rw.title = v
			case "url":
				rw.url = v
			case "author":
				rw.author = v
			case "text":
				rw.text, rw.hasText = v, true
			}
		}
		if err := r.row(rw, name, line, false); err != nil {
			return err
		}
	}
}

// sniffComma tells the field separator from the header line: a comma,
// unless the header only names a "text" column when split at semicolons
// (spreadsheets in many European locales save "CSV" so) or tabs (TSV).
func sniffComma(br *bufio.Reader) rune {
	head, _ := br.Peek(br.Size())
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	for _, comma := range []rune{',', ';', '\t'} {
		cr := csv.NewReader(bytes.NewReader(head))
		cr.Comma = comma
		cr.LazyQuotes = true
		rec, err := cr.Read()
		if err != nil {
			continue
		}
		for _, h := range rec {
			if strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")), "text") {
				return comma
			}
		}
	}
	return ','
}

// csvLine returns the line where a CSV record with an error starts.
func csvLine(err error, def int) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.StartLine
	}
	return def
}

// csvErr words a CSV parse error without repeating its position.
func csvErr(err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return err
	}
	if pe.Line != pe.StartLine {
		if errors.Is(pe.Err, csv.ErrQuote) {
			// The usual cause: a stray quote opened a cell that runs on
			// over the following rows, which are lost with it.
			return fmt.Errorf("line %d, column %d: %w (a quoted cell opened on line %d is not closed where expected; the rows up to line %d are lost with it)",
				pe.Line, pe.Column, pe.Err, pe.StartLine, pe.Line)
		}
		return fmt.Errorf("line %d, column %d: %w", pe.Line, pe.Column, pe.Err)
	}
	return fmt.Errorf("column %d: %w", pe.Column, pe.Err)
}
