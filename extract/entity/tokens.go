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
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize returns the words of text[from:to]. Words are runs of letters,
// digits and marks, joined by inner hyphens and apostrophes. A possessive
// ending is cut off and marked; "pro-MAS" yields "MAS"; a word glued to
// the next one ("ChungaraDomitila", a title run into a text) is split.
func tokenize(text string, from, to int) []token {
	var out []token
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
		broken := strings.Trim(text[prevEnd:start], " \t\r\n'’") != "" || len(out) == 0
		for _, part := range splitGlued(text, start, end) {
			out = append(out, newToken(text, part.Start, part.End, broken, false))
			broken = true
		}
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

// splitGlued splits a word at a lower-to-upper case change when both sides
// look like names of four or more letters ("ChungaraDomitila"); shorter
// prefixes ("McDonald", "MacArthur", "DeVries") are left alone.
func splitGlued(text string, start, end int) []timeline.Span {
	w := text[start:end]
	r0, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r0) || strings.ContainsAny(w, "-'’") {
		return []timeline.Span{{Start: start, End: end}}
	}
	var out []timeline.Span
	left := start
	prev := rune(0)
	letters := 0
	for i, r := range w {
		if letters >= 4 && unicode.IsLower(prev) && unicode.IsUpper(r) && remainingLetters(w[i:]) >= 4 {
			out = append(out, timeline.Span{Start: left, End: start + i})
			left = start + i
			letters = 0
		}
		letters++
		prev = r
	}
	return append(out, timeline.Span{Start: left, End: end})
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
