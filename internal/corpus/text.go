package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

const (
	bufSize    = 64 << 10
	sniffBytes = 8000
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeStream buffers src, strips a UTF-8 byte order mark and, behind a
// UTF-16 one, decodes UTF-16 to UTF-8.
func decodeStream(src io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(src, bufSize)
	head, err := br.Peek(3)
	if err != nil && err != io.EOF {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		br.Discard(3)
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE):
		br.Discard(2)
		big := head[0] == 0xFE
		br = bufio.NewReaderSize(&utf16Reader{r: br, big: big}, bufSize)
	}
	return br, nil
}

// sniffBinary reports whether the start of br looks like binary data: a NUL
// byte, or more than one byte in ten a control character other than the
// usual whitespace and escape.
func sniffBinary(br *bufio.Reader) (bool, error) {
	head, err := br.Peek(sniffBytes)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return false, err
	}
	return looksBinary(head), nil
}

func looksBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range b {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b) || c == 0x7f {
			ctrl++
		}
	}
	return ctrl*10 > len(b)
}

// sniffKind tells what standard input holds: JSONL when it starts with a
// JSON object ("{" then a key or "}"), HTML when it starts with a doctype or
// an html element, plain text otherwise.
func sniffKind(br *bufio.Reader) kind {
	head, _ := br.Peek(4096)
	s := strings.TrimLeft(string(head), " \t\r\n")
	if rest, ok := strings.CutPrefix(s, "{"); ok {
		rest = strings.TrimLeft(rest, " \t\r\n")
		if strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "}") {
			return kindJSONL
		}
		return kindText
	}
	lower := strings.ToLower(s[:min(len(s), 64)])
	if strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html") {
		return kindHTML
	}
	if csvHeader(s) {
		return kindCSV
	}
	return kindText
}

// csvHeader reports whether the first line of s is a CSV header naming a
// "text" column: two or more short column names (letters, digits, _ - and
// spaces) separated by commas, semicolons or tabs. Prose does not look so.
func csvHeader(s string) bool {
	line, _, _ := strings.Cut(s, "\n")
	line = strings.TrimSuffix(line, "\r")
	for _, sep := range []string{",", ";", "\t"} {
		cols := strings.Split(line, sep)
		if len(cols) < 2 {
			continue
		}
		hasText, ok := false, true
		for _, c := range cols {
			c = strings.TrimSpace(strings.Trim(c, `"`))
			if c == "" || len(c) > 40 || strings.TrimFunc(c, func(r rune) bool {
				return r == '_' || r == '-' || r == ' ' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			}) != "" {
				ok = false
				break
			}
			hasText = hasText || strings.EqualFold(c, "text")
		}
		if ok && hasText {
			return true
		}
	}
	return false
}

// normalize returns b as text: a leading byte order mark stripped, CRLF and
// lone CR turned into LF, and each byte of invalid UTF-8 replaced with
// U+FFFD. repaired reports whether there was invalid UTF-8.
func normalize(b []byte) (text string, repaired bool) {
	b = bytes.TrimPrefix(b, bomUTF8)
	if bytes.IndexByte(b, '\r') < 0 && utf8.Valid(b) {
		return string(b), false
	}
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				sb.WriteByte('\n')
				if i+1 < len(b) && b[i+1] == '\n' {
					i++
				}
			} else {
				sb.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
			repaired = true
		} else {
			sb.Write(b[i : i+n])
		}
		i += n
	}
	return sb.String(), repaired
}

// normalizeString is normalize for strings (JSON fields, CSV cells).
func normalizeString(s string) (string, bool) {
	if !strings.ContainsRune(s, '\r') && utf8.ValidString(s) && !strings.HasPrefix(s, "\uFEFF") {
		return s, false
	}
	return normalize([]byte(s))
}

// text reads all of br as one plain-text document.
func (r *reader) text(br *bufio.Reader, name, id string) error {
	data, err := io.ReadAll(br)
	if err != nil {
		r.fail(name, 0, readErr(err))
		return nil
	}
	if legacy := !utf8.Valid(data) && !hasUTF8Sequence(data); legacy {
		// Not one valid multi-byte UTF-8 sequence but bytes above 0x7F: an
		// old Latin-1 / Windows-1252 file, not damaged UTF-8. Decoding it
		// keeps "São Paulo" instead of "S\uFFFDo Paulo".
		data = decodeWindows1252(data)
		r.problem(name, 0, ErrLegacyEncoding)
	}
	text, repaired := normalize(data)
	data = nil
	if repaired {
		r.problem(name, 0, ErrInvalidUTF8)
	}
	return r.doc(timeline.Document{ID: id, Date: r.opt.RefDate, Source: name, Text: text}, name, 0)
}

// hasUTF8Sequence reports whether b holds at least the start of a
// multi-byte UTF-8 sequence: a lead byte followed by a continuation byte
// (a file cut in the middle of a character still counts). Windows-1252
// text puts letters, not bytes 0x80-0xBF, after its accented letters.
func hasUTF8Sequence(b []byte) bool {
	for i := 0; i+1 < len(b); i++ {
		if c := b[i]; c >= 0xC2 && c <= 0xF4 && b[i+1] >= 0x80 && b[i+1] <= 0xBF {
			return true
		}
	}
	return false
}

// legacyEncoded tells from the buffered start of br whether the stream is
// Windows-1252 rather than UTF-8: bytes above 0x7F but not one UTF-8
// sequence among them.
func legacyEncoded(br *bufio.Reader) bool {
	head, _ := br.Peek(br.Size())
	return !utf8.Valid(head) && !hasUTF8Sequence(head)
}

// cp1252Reader decodes a Windows-1252 stream to UTF-8.
type cp1252Reader struct {
	r   io.Reader
	in  [4096]byte
	out []byte
	err error
}

func (c *cp1252Reader) Read(p []byte) (int, error) {
	for len(c.out) == 0 {
		if c.err != nil {
			return 0, c.err
		}
		n, err := c.r.Read(c.in[:])
		c.err = err
		c.out = decodeWindows1252(c.in[:n])
	}
	n := copy(p, c.out)
	c.out = c.out[n:]
	return n, nil
}

// cp1252 maps the bytes 0x80-0x9F of Windows-1252 to runes (0 where the
// code page leaves a byte undefined); the other bytes are Latin-1.
var cp1252 = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// decodeWindows1252 decodes b from Windows-1252 (a superset of Latin-1's
// printable characters) to UTF-8; undefined bytes become U+FFFD.
func decodeWindows1252(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			out = append(out, c)
		case c < 0xA0:
			r := cp1252[c-0x80]
			if r == 0 {
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
		default:
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return out
}

// utf16Reader decodes UTF-16 (after its byte order mark) to UTF-8. Unpaired
// surrogates and a trailing odd byte become U+FFFD.
type utf16Reader struct {
	r     io.Reader
	big   bool
	in    [4096]byte
	carry []byte // undecoded bytes from the last read: an odd byte or a high surrogate
	out   []byte
	err   error
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 {
		if u.err != nil {
			if len(u.carry) > 0 { // odd byte or lone high surrogate at the end
				u.carry = nil
				u.out = utf8.AppendRune(u.out, utf8.RuneError)
				break
			}
			return 0, u.err
		}
		n := copy(u.in[:], u.carry)
		m, err := u.r.Read(u.in[n:])
		u.err = err
		buf := u.in[:n+m]
		units := make([]uint16, 0, len(buf)/2)
		for len(buf) >= 2 {
			var v uint16
			if u.big {
				v = uint16(buf[0])<<8 | uint16(buf[1])
			} else {
				v = uint16(buf[1])<<8 | uint16(buf[0])
			}
			units = append(units, v)
			buf = buf[2:]
		}
		// Keep a trailing high surrogate for the next read unless input ended.
		var keep []byte
		if u.err == nil && len(units) > 0 && utf16.IsSurrogate(rune(units[len(units)-1])) && units[len(units)-1] < 0xDC00 {
			units = units[:len(units)-1]
			keep = append(keep, u.in[n+m-len(buf)-2:n+m-len(buf)]...)
		}
		keep = append(keep, buf...)
		u.carry = keep
		for _, r := range utf16.Decode(units) {
			u.out = utf8.AppendRune(u.out, r)
		}
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	return n, nil
}
