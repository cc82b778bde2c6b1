package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

// token is one word, number or punctuation mark of a text.
type token struct {
	start, end int
	text       string // as written
	norm       string // lower-cased, accents folded, curly apostrophes straightened
	word       bool   // letters (possibly with digits, apostrophes, hyphens)
	num        bool   // starts with a digit
}

// tokenize splits s into tokens with byte offsets relative to base.
// Letters and digits run together with inner apostrophes, hyphens, periods
// and commas between digits ("d'état", "month-long", "100,000", "4.50pm").
func tokenize(s string, base int) []token {
	out := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			out = append(out, mkToken(s, base, i, i+size))
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += s2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',' {
				// joiner: only between two word runes (digits for . and ,)
				if j+s2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+s2:])
					prev, _ := utf8.DecodeLastRuneInString(s[i:j])
					ok := isWordRune(r3)
					if r2 == '.' || r2 == ',' {
						ok = unicode.IsDigit(prev) && unicode.IsDigit(r3)
					}
					if ok {
						j += s2
						continue
					}
				}
			}
			break
		}
		out = append(out, mkToken(s, base, i, j))
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func mkToken(s string, base, i, j int) token {
	t := token{start: base + i, end: base + j, text: s[i:j]}
	t.norm = normWord(t.text)
	r, _ := utf8.DecodeRuneInString(t.text)
	t.word = isWordRune(r)
	t.num = unicode.IsDigit(r)
	return t
}

func normWord(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return s // already lower-case ASCII: no copy
	}
	s = strings.ReplaceAll(s, "’", "'")
	return strings.ToLower(timeline.FoldAccents(s))
}

// isCap reports whether the token starts with an upper-case letter.
func (t token) isCap() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// bulletMark are the marks that open a list item.
var bulletMark = map[string]bool{"*": true, "•": true, "-": true, "–": true, "—": true, "·": true, "▪": true, "◦": true, "‣": true}
