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
		// Dotted abbreviations: "U.S.", "U.N.", "N.Y." (single letters and
		// periods) are one word, final period included.
		if k := dottedEnd(text, i, to); k > 0 {
			out = appendDotted(out, text, first, prevEnd, i, k)
			prevEnd, i = k, k
			continue
		}
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
		// "pro-MAS", "anti-Morales": keep the name after a lowercase prefix,
		// unless the prefix is a name particle ("al-Hakim", "bin-Laden").
		particle := false
		if h := strings.IndexByte(text[start:end], '-'); h > 0 {
			pre := text[start : start+h]
			if r, _ := utf8.DecodeRuneInString(text[start+h+1:]); strings.ToLower(pre) == pre && unicode.IsUpper(r) {
				if hyphenParticles[pre] {
					particle = true
				} else {
					start += h + 1
				}
			}
		}
		// "New York-based": a lowercase English last part after a hyphen
		// is not part of the name (but "Chiang Kai-shek" is one).
		if h := strings.LastIndexByte(text[start:end], '-'); h > 0 {
			post := text[start+h+1 : end]
			if r, _ := utf8.DecodeRuneInString(text[start:]); unicode.IsUpper(r) && strings.ToLower(post) == post && !poss && isHyphenSuffix(post) {
				end = start + h
			}
		}
		broken := len(out) == first || !joinsWords(out, first, text[prevEnd:start])
		out = appendGlued(out, text, start, end, broken)
		out[len(out)-1].poss = poss
		if particle {
			out[len(out)-1].cap = true
		}
		prevEnd = j
		i = j
	}
	return out
}

// hyphenParticles are lowercase name particles joined to a name by a
// hyphen: "al-Hakim", "el-Sisi", "bin-Talal".
var hyphenParticles = map[string]bool{
	"al": true, "el": true, "ad": true, "ed": true, "as": true, "ash": true, "at": true, "az": true,
	"ar": true, "an": true, "ibn": true, "bin": true, "ben": true, "bint": true, "abu": true, "abd": true,
	"um": true, "umm": true, "ould": true,
	// the article's assimilated forms in transliterations: "Deir ez-Zor",
	// "Ras es-Sawda", "Khan er-Rahim"
	"ez": true, "es": true, "et": true, "er": true, "en": true, "adh": true, "ath": true, "ul": true,
}

// hyphenWords are lowercase English words that follow a name after a
// hyphen without being part of it ("Paris-born", "US-led", "Moscow-style").
var hyphenWords = map[string]bool{
	"born": true, "run": true, "made": true, "style": true, "era": true, "type": true, "wide": true,
	"like": true, "bound": true, "friendly": true, "centric": true, "owned": true, "held": true,
	"led": true, "bred": true, "built": true, "linked": true, "backed": true, "based": true,
	"inspired": true, "only": true, "free": true, "specific": true, "focused": true, "class": true,
	"level": true, "sized": true, "area": true, "region": true, "border": true, "registered": true,
	"and": true, "or": true, "the": true, "who": true, "was": true, "its": true, "his": true, "her": true,
	"but": true, "not": true, "now": true, "then": true, "that": true, "this": true, "with": true,
	"from": true, "into": true, "as": true, "a": true, "an": true, "to": true, "in": true, "on": true,
}

// isHyphenSuffix reports whether the lowercase part after a hyphen is an
// English word rather than the end of a name: a listed word, or any of five
// letters or more ("Paris-based", "Ongjin-which"); shorter unknown parts
// stay ("Chiang Kai-shek").
func isHyphenSuffix(post string) bool {
	return hyphenWords[post] || len(post) > 4
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

// abbreviations end with a period that does not break a name ("Mr.
// Fournier", "St. Louis", "Goldman Sachs & Co.").
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Ste": true, "Mt": true, "Ft": true,
	"Gen": true, "Col": true, "Lt": true, "Capt": true, "Cmdr": true, "Sgt": true, "Maj": true, "Adm": true,
	"Prof": true, "Rev": true, "Sen": true, "Rep": true, "Gov": true, "Pres": true, "Sr": true, "Sra": true,
	"Jr": true, "Hon": true, "Fr": true,
}

// joinsWords reports whether the gap between the last token of out and the
// next word keeps them in one name: white space and apostrophes, or a
// period after a title abbreviation or a one-letter initial.
func joinsWords(out []token, first int, gap string) bool {
	if onlySpaceOrApostrophe(gap) {
		return true
	}
	if len(out) == first || !strings.HasPrefix(gap, ".") || !onlySpaceOrApostrophe(gap[1:]) {
		return false
	}
	prev := out[len(out)-1].text
	return abbreviations[prev] || len(prev) == 1 && prev[0] >= 'A' && prev[0] <= 'Z'
}

// dottedEnd returns the end of a dotted abbreviation of two or more
// letters starting at i ("U.S.", "U.S.A."), or 0.
func dottedEnd(text string, i, to int) int {
	n := 0
	j := i
	for j+1 < to && isASCIILetter(text[j]) && text[j+1] == '.' {
		n++
		j += 2
	}
	if n < 2 || j < to && isASCIILetter(text[j]) {
		return 0
	}
	return j
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// appendDotted appends the abbreviation text[start:end] as one token.
func appendDotted(out []token, text string, first, prevEnd, start, end int) []token {
	broken := len(out) == first || !joinsWords(out, first, text[prevEnd:start])
	t := newToken(text, start, end, broken, false)
	t.upper = strings.ToUpper(t.text) == t.text
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); isApostrophe(r) && strings.HasPrefix(text[end+utf8.RuneLen(r):], "s") {
			t.poss = true
		}
	}
	return append(out, t)
}
