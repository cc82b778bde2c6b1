package timeline

import (
	"fmt"
	"strings"
)

// Build turns per-document extractions into one timeline: entity mentions
// are resolved to corpus-wide entities, event mentions that report the same
// event are merged, and events are sorted chronologically (see Less).
// The result depends only on the extractions and their order, never on
// scheduling. Build works in memory; a Builder with a TempDir builds large
// corpora in bounded memory.
func Build(exts []Extraction) *Timeline {
	b := NewBuilder(BuildOptions{})
	for i := range exts {
		b.Add(&exts[i]) // in memory nothing can fail
	}
	tl, err := b.Finish()
	if err != nil {
		// Only a bug can get here: the in-memory records are written and
		// read by this package alone.
		return &Timeline{Version: Version, Documents: []DocumentInfo{}, Entities: []Entity{}, Events: []Event{}}
	}
	events := make([]Event, 0, tl.NumEvents())
	if err := tl.EachEvent(func(ev *Event) error { events = append(events, *ev); return nil }); err == nil {
		tl.Events = events
	}
	tl.store, tl.nStore = nil, 0
	return tl
}

// Less orders events chronologically: dated events by the start of their
// range, then finer precision first, then year-unknown dates (by their
// EDTF month and day), then undated events; ties keep document order
// (document index, then offset of the first source).
func Less(a, b *Event, docIndex map[string]int) bool {
	ra, rb := dateRank(a.Date), dateRank(b.Date)
	if ra != rb {
		return ra < rb
	}
	switch ra {
	case 0:
		if c := a.Date.Start.Compare(b.Date.Start); c != 0 {
			return c < 0
		}
		if pa, pb := a.Date.Precision.Rank(), b.Date.Precision.Rank(); pa != pb {
			return pa > pb
		}
		if c := a.Date.End.Compare(b.Date.End); c != 0 {
			return c < 0
		}
	case 1:
		if a.Date.EDTF != b.Date.EDTF {
			return a.Date.EDTF < b.Date.EDTF
		}
	}
	da, db := firstSource(a, docIndex), firstSource(b, docIndex)
	if da[0] != db[0] {
		return da[0] < db[0]
	}
	return da[1] < db[1]
}

func dateRank(d *Date) int {
	switch {
	case d.Known():
		return 0
	case d != nil:
		return 1
	}
	return 2
}

func firstSource(e *Event, docIndex map[string]int) [2]int {
	if len(e.Sources) == 0 {
		return [2]int{1 << 30, 0}
	}
	s := e.Sources[0]
	i, ok := docIndex[s.Doc]
	if !ok {
		i = 1 << 30
	}
	return [2]int{i, s.Start}
}

// assignEntityIDs gives each entity a readable, stable id derived from its
// type and name ("person-evo-morales"), made unique with a numeric suffix.
func assignEntityIDs(ents []Entity) {
	seen := make(map[string]int, len(ents))
	for i := range ents {
		id := strings.ToLower(string(ents[i].Type)) + "-" + Slug(ents[i].Name)
		seen[id]++
		if n := seen[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		ents[i].ID = id
	}
}

// Slug lower-cases s, folds common Latin accents and joins the runs of
// letters and digits with hyphens: "Añez" -> "anez".
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range FoldAccents(strings.ToLower(s)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// FoldAccents replaces accented Latin letters with their base letters.
func FoldAccents(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := accentFold[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

var accentFold = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ā': "a", 'ą': "a",
	'Á': "A", 'À': "A", 'Â': "A", 'Ä': "A", 'Ã': "A", 'Å': "A", 'Ā': "A",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ě': "e",
	'É': "E", 'È': "E", 'Ê': "E", 'Ë': "E",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ī': "i", 'Í': "I", 'Ì': "I", 'Î': "I", 'Ï': "I",
	'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'ō': "o", 'ő': "o",
	'Ó': "O", 'Ò': "O", 'Ô': "O", 'Ö': "O", 'Õ': "O", 'Ø': "O",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u",
	'Ú': "U", 'Ù': "U", 'Û': "U", 'Ü': "U",
	'ñ': "n", 'Ñ': "N", 'ń': "n", 'ň': "n", 'ç': "c", 'Ç': "C", 'ć': "c", 'č': "c", 'Č': "C",
	'ś': "s", 'š': "s", 'Š': "S", 'ş': "s", 'ž': "z", 'Ž': "Z", 'ź': "z", 'ż': "z", 'ł': "l", 'Ł': "L",
	'ý': "y", 'ÿ': "y", 'ř': "r", 'ď': "d", 'ť': "t", 'ğ': "g", 'ß': "ss", 'æ': "ae", 'œ': "oe",
}
