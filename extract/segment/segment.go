// Package segment splits text into paragraphs and sentences, keeping byte
// offsets into the original text.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

// Paragraphs returns the spans of the paragraphs of text: runs of non-blank
// lines separated by one or more blank lines. Leading and trailing
// whitespace is excluded from each span.
func Paragraphs(text string) []timeline.Span {
	var out []timeline.Span
	start := -1 // start of the current paragraph, -1 when between paragraphs
	lastNonSpace := 0
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		line := text[lineStart:lineEnd]
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				out = append(out, timeline.Span{Start: start, End: lastNonSpace})
				start = -1
			}
		} else {
			if start < 0 {
				start = lineStart + (len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace)))
			}
			lastNonSpace = lineStart + len(strings.TrimRightFunc(line, unicode.IsSpace))
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, timeline.Span{Start: start, End: lastNonSpace})
	}
	return out
}

// Sentences returns the sentence spans of text, paragraph by paragraph.
// A sentence ends at '.', '!' or '?' (with any closing quotes or brackets)
// followed by white space and a plausible sentence start, unless the period
// ends a known abbreviation, an initial or a number; a line break inside a
// paragraph also ends a sentence when the line does not end in the middle
// of one (headings, list items).
func Sentences(text string) []timeline.Span {
	var out []timeline.Span
	for _, p := range Paragraphs(text) {
		out = appendSentences(out, text, p)
	}
	return out
}

func appendSentences(out []timeline.Span, text string, p timeline.Span) []timeline.Span {
	start := p.Start
	emit := func(end int) {
		s := trimSpan(text, timeline.Span{Start: start, End: end})
		if s.Len() > 0 {
			out = append(out, s)
		}
	}
	i := p.Start
	for i < p.End {
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		switch {
		case r == '\n':
			// A line break ends a sentence when the line is complete
			// (ends with terminal punctuation) or the next line starts
			// like a new sentence and this one does not end mid-phrase.
			prev := lastRuneBefore(text, start, i)
			if prev != 0 && (isTerminal(prev) || !isContinuation(prev) && startsSentence(text, i+1, p.End)) {
				emit(i)
				start = i + 1
			}
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + size
			// absorb runs of terminal punctuation and closing quotes/brackets
			for j < p.End {
				r2, s2 := utf8.DecodeRuneInString(text[j:p.End])
				if r2 == '.' || r2 == '!' || r2 == '?' || isCloser(r2) {
					j += s2
					continue
				}
				break
			}
			if j >= p.End {
				i = j
				continue
			}
			next, _ := utf8.DecodeRuneInString(text[j:p.End])
			if !unicode.IsSpace(next) {
				i = j
				continue
			}
			if r == '.' && !periodEnds(text, start, i, j, p.End) {
				i = j
				continue
			}
			if !startsSentence(text, j, p.End) {
				i = j
				continue
			}
			emit(j)
			start = j
			i = j
			continue
		}
		i += size
	}
	emit(p.End)
	return out
}

func trimSpan(text string, s timeline.Span) timeline.Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= size
	}
	return s
}

func lastRuneBefore(text string, from, i int) rune {
	t := strings.TrimRightFunc(text[from:i], unicode.IsSpace)
	if t == "" {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r
}

func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':'
}

// isContinuation reports whether a line ending in r is plainly unfinished.
func isContinuation(r rune) bool {
	return r == ',' || r == ';' || r == '-' || r == '(' || r == '–' || r == '—'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '’', '”', '»':
		return true
	}
	return false
}

// startsSentence reports whether the text from i (after skipping spaces)
// looks like the start of a sentence: an upper-case letter, a digit, or an
// opening quote or bracket.
func startsSentence(text string, i, end int) bool {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r):
			return true
		case r == '"', r == '\'', r == '(', r == '[', r == '“', r == '‘', r == '«', r == '¿', r == '¡':
			return true
		}
		return false
	}
	return false
}

// periodEnds reports whether the period at text[i] ends a sentence rather
// than an abbreviation or an initial.
func periodEnds(text string, from, i, next, end int) bool {
	// the word before the period
	j := i
	for j > from {
		r, size := utf8.DecodeLastRuneInString(text[from:j])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		j -= size
	}
	word := text[j:i]
	if word == "" {
		return true
	}
	// a single letter ("J. Smith", "U.S.") or dotted initials
	if utf8.RuneCountInString(strings.ReplaceAll(word, ".", "")) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) {
			return false
		}
	}
	if strings.Contains(word, ".") { // "U.S", "a.m", "e.g"
		w := strings.ToLower(strings.ReplaceAll(word, ".", ""))
		if len(w) <= 4 {
			// "U.S." at a sentence end is common; let the following word decide
			return w == "us" || w == "uk" || w == "am" || w == "pm"
		}
	}
	lw := strings.ToLower(word)
	if numberAbbreviations[lw] {
		t := strings.TrimLeftFunc(text[next:end], unicode.IsSpace)
		r, _ := utf8.DecodeRuneInString(t)
		return !unicode.IsDigit(r)
	}
	return !abbreviations[lw]
}

// numberAbbreviations are abbreviations only when a number follows ("No. 5").
var numberAbbreviations = map[string]bool{
	"no": true, "nos": true, "vol": true, "pp": true, "p": true, "ch": true, "fig": true, "art": true,
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpt": true, "maj": true, "adm": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "rev": true, "hon": true, "fr": true, "messrs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"approx": true,
	"inc":    true, "corp": true, "ltd": true, "co": true, "bros": true, "dept": true, "univ": true, "assn": true,
	"vs": true, "etc": true, "cf": true, "ca": true, "c": true, "viz": true, "al": true,
	"mt": true, "ft": true, "ave": true, "blvd": true, "rd": true,
}
