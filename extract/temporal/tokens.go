package temporal

// Token kinds.
const (
	tWord uint8 = iota + 1
	tNum
	tPunct
)

// token is one word, digit run or other non-space character of the text.
type token struct {
	s, e int // byte offsets
	lex  *lexEntry
	num  int // value of a digit run (up to 9 digits)
	kind uint8
	nd   uint8 // digits in a digit run
	b    byte  // the byte of a punctuation token, or the first letter of a word
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

// tokenize appends the tokens of text[start:end] to toks. Only words found in
// the lexicon get a lexEntry.
func tokenize(toks []token, text string, start, end int, lx lexicon) []token {
	var buf [16]byte
	i := start
	for i < end {
		c := text[i]
		switch {
		case isSpace(c):
			i++
		case isDigit(c):
			j := i
			n := 0
			for j < end && isDigit(text[j]) {
				if j-i < 9 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			nd := j - i
			if nd > 255 {
				nd = 255
			}
			toks = append(toks, token{s: i, e: j, kind: tNum, num: n, nd: uint8(nd), b: c})
			i = j
		case isLetter(c):
			j := i
			for j < end && isLetter(text[j]) {
				j++
			}
			t := token{s: i, e: j, kind: tWord, b: c}
			if n := j - i; n <= len(buf) {
				ok := true
				for k := 0; k < n; k++ {
					b := text[i+k]
					if b >= 0x80 {
						ok = false
						break
					}
					buf[k] = b | 0x20
				}
				if ok {
					t.lex = lx[string(buf[:n])]
				}
			}
			toks = append(toks, t)
			i = j
		default:
			toks = append(toks, token{s: i, e: i + 1, kind: tPunct, b: c})
			i++
		}
	}
	return toks
}
