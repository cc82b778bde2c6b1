package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

// token is a word of a sentence.
type token struct {
	start, end int    // byte span of the word in the text, possessive excluded
	text       string // the word
	key        string // folded, lowercase
	cap        bool   // starts with an upper-case letter
	upper      bool   // two or more letters, all upper case
	poss       bool   // followed by a possessive ('s, ’s or a bare apostrophe)
	broken     bool   // separated from the previous word by punctuation or a glued-title split
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// onlySpaceOrApostrophe reports whether s holds nothing but white space
// and apostrophes.
func onlySpaceOrApostrophe(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' && !isApostrophe(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize returns the words of text[from:to]. Words are runs of letters,
// digits and marks, joined by inner hyphens and apostrophes. A possessive
// ending is cut off and marked; "pro-MAS" yields "MAS"; a word glued to
// the next one ("ChungaraDomitila", a title run into a text) is split.
func tokenize(text string, from, to int) []token {
	return appendTokens(make([]token, 0, (to-from)/6+1), text, from, to)
}

// appendTokens appends the words of text[from:to] to out.
func appendTokens(out []token, text string, from, to int) []token {
	first := len(out)
	prevEnd := from
	i := from
	for i < to {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		j := i + size
		for j < to {
			r, size := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += size
				continue
			}
			if r == '-' || isApostrophe(r) {
				if k := j + size; k < to {
					if r2, _ := utf8.DecodeRuneInString(text[k:]); isWordRune(r2) {
						j = k
						continue
					}
				}
			}
			break
		}
		end := j
		poss := false
		word := text[start:end]
		for _, suf := range []string{"'s", "’s", "'S", "’S"} {
			if strings.HasSuffix(word, suf) && len(word) > len(suf) {
				end -= len(suf)
				poss = true
				break
			}
		}
		if !poss && end < to {
			if r, _ := utf8.DecodeRuneInString(text[end:]); isApostrophe(r) && strings.HasSuffix(word, "s") {
				poss = true
			}
		}
		// "pro-MAS", "anti-Morales": keep the name after a lowercase prefix.
		if h := strings.IndexByte(text[start:end], '-'); h > 0 {
			pre := text[start : start+h]
			if r, _ := utf8.DecodeRuneInString(text[start+h+1:]); strings.ToLower(pre) == pre && unicode.IsUpper(r) {
				start += h + 1
			}
		}
		broken := len(out) == first || !onlySpaceOrApostrophe(text[prevEnd:start])
		out = appendGlued(out, text, start, end, broken)
		out[len(out)-1].poss = poss
		prevEnd = j
		i = j
	}
	return out
}

func newToken(text string, start, end int, broken, poss bool) token {
	w := text[start:end]
	t := token{start: start, end: end, text: w, poss: poss, broken: broken}
	t.key = strings.ToLower(timeline.FoldAccents(w))
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r)
	letters, upper := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	t.upper = letters >= 2 && upper == letters
	return t
}

// appendGlued appends the word text[start:end] as one token, or as
// several when it is split at a lower-to-upper case change where both sides
// look like names of four or more letters ("ChungaraDomitila"); shorter
// prefixes ("McDonald", "MacArthur", "DeVries") are left alone.
func appendGlued(out []token, text string, start, end int, broken bool) []token {
	w := text[start:end]
	r0, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r0) && !strings.ContainsAny(w, "-'’") {
		left := start
		prev := rune(0)
		letters := 0
		for i, r := range w {
			if letters >= 4 && unicode.IsLower(prev) && unicode.IsUpper(r) && remainingLetters(w[i:]) >= 4 {
				out = append(out, newToken(text, left, start+i, broken, false))
				broken = true
				left = start + i
				letters = 0
			}
			letters++
			prev = r
		}
		start = left
	}
	return append(out, newToken(text, start, end, broken, false))
}

func remainingLetters(s string) int {
	n := 0
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			break
		}
		if !unicode.IsLetter(r) {
			return 0
		}
		n++
	}
	return n
}
