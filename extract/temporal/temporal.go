// Package temporal finds time expressions in text and normalises them to
// TIMEX3 values and calendar ranges (timeline.Date).
//
// The tagger is a single pass over the text: a tokenizer splits it into
// words, digit runs and punctuation, looks every word up once in the
// embedded lexicon (data/temporal.txt), and only tokens that are digits or
// lexicon words start the hand-written grammar. Matches are then resolved in
// document order against the document date (news) or the last date the text
// mentioned (narrative).
package temporal

import (
	"strings"
	"sync"

	"github.com/timelinekit/timelinekit/timeline"
)

// Domain selects how relative expressions are anchored.
type Domain string

// Domains.
const (
	// News anchors relative expressions on the document date.
	News Domain = "news"
	// Narrative anchors them on the last date mentioned in the text.
	Narrative Domain = "narrative"
	// Auto decides per document from the text.
	Auto Domain = "auto"
)

// Context is what the tagger knows about a document besides its text.
type Context struct {
	// Ref is the document (reference) date; zero when unknown, in which case
	// relative and year-less expressions get year-unknown values.
	Ref    timeline.Day
	Domain Domain
}

// Option configures a Tagger.
type Option func(*Tagger) error

// WithLexicon replaces the embedded lexicon by src (in the format of
// data/temporal.txt); name is used in error messages.
func WithLexicon(name, src string) Option {
	return func(t *Tagger) error {
		lx, err := parseLexicon(name, src)
		if err != nil {
			return err
		}
		t.lex = lx
		return nil
	}
}

// WithDefaultDomain sets the domain used when a Context leaves it empty
// (Auto unless set).
func WithDefaultDomain(d Domain) Option {
	return func(t *Tagger) error {
		switch d {
		case News, Narrative, Auto:
			t.domain = d
			return nil
		}
		return &DomainError{Domain: string(d)}
	}
}

// DomainError reports an unknown domain name.
type DomainError struct{ Domain string }

func (e *DomainError) Error() string {
	return "temporal: unknown domain " + "\"" + e.Domain + "\" (want news, narrative or auto)"
}

// ParseDomain returns the Domain named s.
func ParseDomain(s string) (Domain, error) {
	switch Domain(s) {
	case News, Narrative, Auto:
		return Domain(s), nil
	}
	return "", &DomainError{Domain: s}
}

// Tagger finds and normalises time expressions. It is safe for concurrent use.
type Tagger struct {
	lex    lexicon
	domain Domain
	pool   sync.Pool
}

// New returns a Tagger.
func New(opts ...Option) (*Tagger, error) {
	t := &Tagger{domain: Auto}
	for _, o := range opts {
		if err := o(t); err != nil {
			return nil, err
		}
	}
	if t.lex == nil {
		lx, err := builtinLexicon()
		if err != nil {
			return nil, err
		}
		t.lex = lx
	}
	return t, nil
}

// raw is a matched expression before resolution.
type raw struct {
	s, e  int
	sem   sem
	tense int8 // -1 past, +1 future, 0 unknown
	aside bool // inside parentheses or after "since": never a narrative anchor
	until bool // after "until" or "had": a range end or a flashback, not the narrative's date
	quote bool // inside a quotation: "today" is the speaker's
	// evEnd, evN: a count "two days" followed by "after"/"before" and an
	// event ("two days after the fall of Girona"): where the event phrase
	// ends and the signed offset. The narrative convention tags the whole
	// phrase as a date, the news convention the count alone.
	evEnd int
	evN   int
	// narrStart: where a focus word before the expression starts ("just
	// seven hours"), which the history convention includes
	narrStart int
	// newYear: the event is "the new year" ("eight days before the new
	// year"): the offset counts from the coming 1 January
	newYear bool
	// part: "the last two weeks of", "the first year of": a stretch at
	// the edge of a period named next. The narrative convention tags it
	// with that period as one expression valued as the stretch
	// (partN, partUnit); merge: the period is the next expression.
	part     bool
	merge    bool
	partN    int
	partUnit uint8
	hidden   bool // merged into the expression before it: resolved for the narrative date only
}

type buffers struct {
	toks []token
	raws []raw
}

// Tag returns the time expressions of text in document order, with byte
// offsets into text.
func (t *Tagger) Tag(text string, c Context) []timeline.Timex {
	bufs, _ := t.pool.Get().(*buffers)
	if bufs == nil {
		bufs = &buffers{toks: make([]token, 0, 256)}
	}
	raws := t.scan(text, bufs)
	dom := c.Domain
	if dom == "" {
		dom = t.domain
	}
	if dom == Auto || dom == "" {
		dom = decideDomain(raws, c.Ref)
	}
	var out []timeline.Timex
	if len(raws) > 0 {
		out = make([]timeline.Timex, 0, len(raws))
		r := resolver{ref: c.Ref, narrative: dom == Narrative, text: text}
		if r.narrative {
			mergeParts(raws)
			borrowAhead(text, raws)
		}
		for i := range raws {
			if tx, ok := r.resolve(&raws[i]); ok && !raws[i].hidden {
				out = append(out, tx)
			}
		}
	}
	bufs.raws = raws[:0]
	t.pool.Put(bufs)
	return out
}

// borrowAhead gives, in narratives, a year-less date the year of an
// explicit date that follows it closely in the same sentence: "their main
// summer offensive against southern Russia in June 1942".
func borrowAhead(text string, raws []raw) {
	for k := 0; k+1 < len(raws); k++ {
		a, b := &raws[k].sem, &raws[k+1].sem
		if a.kind == kRel && a.hasTime && a.unit == uDay && a.n == 0 && a.daypart == 0 && b.kind == kDate && b.hasYear && b.gran == gDay && !b.hasTime {
			// "At 5:34 AM Baghdad time on March 20, 2003": the time of that day
			if gap := text[raws[k].e:raws[k+1].s]; len(gap) <= 30 && !strings.ContainsAny(gap, ".;!?()") {
				h, mi := a.hour, a.minute
				*a = *b
				a.hasTime, a.hour, a.minute = true, h, mi
			}
			continue
		}
		if a.kind != kDate || a.hasYear || b.kind != kDate || !b.hasYear || a.gran < gSeason || a.gran > gDay || a.anchor != 0 || b.twoDig {
			continue
		}
		if b.gran < gYear || b.gran > gDay {
			continue
		}
		gap := text[raws[k].e:raws[k+1].s]
		if len(gap) > 60 || strings.ContainsAny(gap, ".;!?()") || raws[k+1].aside {
			continue
		}
		if g := strings.ToLower(strings.TrimSpace(gap)); strings.HasSuffix(g, " the") || g == "the" {
			continue // "the 2003 invasion", "the May 2007 high": a name for an event
		}
		a.year, a.bc, a.hasYear = b.year, b.bc, true
	}
}

// mergeParts joins, in narratives, "the last week of" with the period that
// follows it ("August"): one expression valued as the stretch. The period
// stays, hidden, to move the narrative date.
func mergeParts(raws []raw) {
	for i := 0; i+1 < len(raws); i++ {
		if raws[i].part && raws[i].merge {
			raws[i].e = raws[i+1].e
			raws[i+1].hidden = true
			i++
		}
	}
}

// scan tokenizes text line by line and collects the matches.
func (t *Tagger) scan(text string, bufs *buffers) []raw {
	raws := bufs.raws[:0]
	toks := bufs.toks
	pos := 0
	for pos < len(text) {
		end := pos
		for end < len(text) && text[end] != '\n' {
			end++
		}
		end = chunkEnd(text, pos, end)
		toks = tokenize(toks[:0], text, pos, end, t.lex)
		m := matcher{text: text, toks: toks}
		for i := 0; i < len(toks); {
			tk := &toks[i]
			if tk.kind == tWord && (tk.lex == nil || tk.lex.cueOnly) || tk.kind == tPunct && tk.b != '\'' {
				i++
				continue
			}
			j, s, ok := m.tryAt(i)
			if !ok || j <= i {
				i++
				continue
			}
			x := raw{s: toks[i].s, e: toks[j-1].e, sem: s, tense: m.tense(i, j), aside: m.aside(i), until: m.fn(i-1, fUntil) || m.clauseHas(i, "had")}
			if s.startPrev {
				x.s = toks[i-1].s
			}
			if s.kind == kDuration || s.kind == kRel && s.n != 0 {
				// "just seven hours", "only two weeks after", "another
				// seven months", "a mere two years later": histories
				// include the focus word
				switch {
				case m.is(i-1, "just") || m.is(i-1, "only") || m.is(i-1, "another"):
					x.narrStart = toks[i-1].s
				case m.is(i-1, "mere") && (m.is(i-2, "a") || m.is(i-2, "an")):
					x.narrStart = toks[i-2].s
				}
			}
			if (s.kind == kRel || s.kind == kNamed) && (s.anchor == aDeictic || s.anchor == aDocument) {
				x.quote = inQuote(text, pos, x.s)
			}
			if n, u, ok := m.edgeOf(i, j, &s); ok {
				x.part, x.partN, x.partUnit = true, n, u
				x.evEnd, x.merge = m.ofPhrase(j)
			} else if s.kind == kDuration {
				if k, n, ok := m.eventOffset(i, j, &s); ok {
					x.evEnd, x.evN = toks[k-1].e, n
					x.newYear = m.is(j+1, "the") && m.is(j+2, "new") && m.is(j+3, "year") && k == j+4 || m.is(j+1, "new") && m.is(j+2, "year") && k == j+3
					j = k
					if len(raws) > 0 && m.punct(i-1, ',') && raws[len(raws)-1].e == toks[i-1].s {
						if p := &raws[len(raws)-1].sem; p.kind == kDate && p.gran == gDay && p.hasYear {
							// "On 27 June 1950, two days after the invasion,": an
							// apposition that restates the date
							x.evN = 0
						}
					}
				}
			}
			raws = append(raws, x)
			i = j
		}
		pos = end + 1
	}
	bufs.toks = toks
	borrowYears(text, raws)
	return raws
}

// eventOffset reads an event phrase after the count [i, j) — "after the
// siege of Boston began", "before the new year" — up to the end of the clause
// and returns the index after it and the signed offset. The phrase must hold
// no other time expression and no number.
func (m *matcher) eventOffset(i, j int, s *sem) (int, int, bool) {
	if s.n <= 0 || s.unit2 != 0 || s.mod != "" || s.approx {
		return 0, 0, false
	}
	switch s.unit {
	case uDay, uWeek, uMonth, uYear:
	default:
		return 0, 0, false
	}
	sl := m.lex(j)
	if sl == nil || sl.shift != sAfter && sl.shift != sBefore {
		return 0, 0, false
	}
	for _, w := range [...]string{"for", "within", "over", "than", "the", "some", "during", "lasted", "took", "spent"} {
		if m.is(i-1, w) {
			return 0, 0, false // a stretch of time: "for two days after the battle"
		}
	}
	k := j + 1
	for ; k < len(m.toks) && k <= j+12; k++ {
		t := m.tok(k)
		if t.kind == tPunct && t.b != '\'' && t.b != '-' || m.is(k, "and") || m.is(k, "or") || m.is(k, "but") {
			break
		}
		if t.kind == tNum {
			return 0, 0, false
		}
		if t.lex != nil {
			if _, _, ok := m.tryAt(k); ok {
				return 0, 0, false
			}
		}
	}
	if k == j+1 || k > j+12 {
		return 0, 0, false
	}
	n := s.n
	if sl.shift == sBefore {
		n = -n
	}
	return k, n, true
}

// edgeOf reads a match [i, j) of the form "the first ten months", "the last
// week" followed by "of", and returns the count and unit of the stretch.
func (m *matcher) edgeOf(i, j int, s *sem) (int, uint8, bool) {
	if !m.fn(j, fOf) {
		return 0, 0, false
	}
	k := i
	if m.is(k, "the") {
		k++
	}
	if !m.is(k, "first") && !m.is(k, "last") {
		return 0, 0, false
	}
	l := m.lex(j - 1)
	if l == nil {
		return 0, 0, false
	}
	switch l.unit {
	case uYear, uMonth, uWeek:
	default:
		return 0, 0, false
	}
	switch {
	case s.kind == kDuration && s.n > 0 && s.unit == l.unit && s.unit2 == 0:
		return s.n, l.unit, true
	case !l.plural && j-1 == k+1:
		return 1, l.unit, true
	}
	return 0, 0, false
}

// ofPhrase reads what follows "of" at j: an event phrase up to the end of
// the clause ("of the war") gives its end offset; a time expression ("of
// 1915", "of August") asks to merge with the next match.
func (m *matcher) ofPhrase(j int) (int, bool) {
	k := j + 1
	for ; k < len(m.toks) && k <= j+10; k++ {
		t := m.tok(k)
		if t.kind == tPunct && t.b != '\'' && t.b != '-' || m.is(k, "and") || m.is(k, "or") || m.is(k, "but") {
			break
		}
		if t.kind == tNum || t.lex != nil && func() bool { _, _, ok := m.tryAt(k); return ok }() {
			return 0, k == j+1
		}
	}
	if k == j+1 || k > j+10 {
		return 0, false
	}
	return m.tok(k - 1).e, false
}

// inQuote reports whether offset at lies inside a quotation that opened on
// the same line (from start): an odd number of straight double quotes, or an
// opening curly quote not yet closed.
func inQuote(text string, start, at int) bool {
	n := 0
	open := false
	for k := start; k < at; k++ {
		switch text[k] {
		case '"':
			n++
		case 0xE2: // U+201C, U+201D
			if k+2 < len(text) && text[k+1] == 0x80 {
				switch text[k+2] {
				case 0x9C:
					open = true
				case 0x9D:
					open = false
				}
			}
		}
	}
	return n%2 == 1 || open
}

// maxChunk bounds the text tokenized at once, so that a huge single-line
// input does not need a token slice of its own size.
const maxChunk = 1 << 16

// chunkEnd returns where to cut a line [pos, end) that is longer than
// maxChunk: after a sentence end (". ") if one comes soon, else at a space.
func chunkEnd(text string, pos, end int) int {
	if end-pos <= maxChunk {
		return end
	}
	cut := pos + maxChunk
	for k := cut; k < end-1 && k < cut+4096; k++ {
		if text[k] == '.' && isSpace(text[k+1]) {
			return k + 1
		}
	}
	for k := cut; k < end; k++ {
		if isSpace(text[k]) {
			return k
		}
	}
	return end
}

// borrowYears gives a year-less date the year of the date that closes its
// range: "14 August-24 August 1914", "between May and July 1945".
func borrowYears(text string, raws []raw) {
	for k := len(raws) - 2; k >= 0; k-- {
		a, b := &raws[k].sem, &raws[k+1].sem
		if a.kind != kDate || a.hasYear || b.kind != kDate || !b.hasYear || a.gran < gSeason || a.gran > gDay || a.anchor != 0 {
			continue
		}
		gap := strings.TrimSpace(text[raws[k].e:raws[k+1].s])
		switch gap {
		case "-", "\u2013", "\u2014", "to", "and", "until", "till", "through", "or", "--":
			if a.weekday != 0 && a.gran == gDay && !b.bc && a.day <= timeline.DaysIn(b.year, a.month) && weekday(timeline.Day{Year: b.year, Month: a.month, Day: a.day}) != a.weekday {
				continue // "Tuesday, Jan. 1 and Dec. 25, 2012": the weekday says another year
			}
			a.year, a.bc, a.hasYear = b.year, b.bc, true
		}
	}
	for k := 0; k+1 < len(raws); k++ {
		a, b := &raws[k].sem, &raws[k+1].sem
		if a.kind == kDate && b.kind == kDate && !a.hasYear && !b.hasYear && a.gran == gMonth && b.gran == gMonth && a.anchor == 0 && b.month < a.month {
			switch strings.TrimSpace(text[raws[k].e:raws[k+1].s]) {
			case "-", "\u2013", "to", "until", "till", "through":
				a.endMonth = b.month // "from October to March"
			}
		}
	}
}

// tense looks around tokens [i, j) in the same sentence for markers of the
// future or the past.
func (m *matcher) tense(i, j int) int8 {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if t := m.tok(k); t.kind == tPunct && (t.b == '.' || t.b == '!' || t.b == '?' || t.b == ';') && k < i-1 {
			break
		}
		if v := m.tenseWord(k); v != 0 {
			return v
		}
	}
	for k := j; k < len(m.toks) && k < j+8; k++ {
		if t := m.tok(k); t.kind == tPunct && (t.b == '.' || t.b == '!' || t.b == '?' || t.b == ';') {
			break
		}
		if v := m.tenseWord(k); v != 0 {
			return v
		}
	}
	return 0
}

func (m *matcher) tenseWord(k int) int8 {
	t := m.tok(k)
	if t.kind != tWord {
		return 0
	}
	if t.lex != nil && t.lex.tense != 0 {
		if t.lex.tense > 0 && (m.is(k-1, "had") || m.is(k-1, "been") && m.is(k-2, "had")) {
			return -1 // "had been scheduled to expire Friday": a plan in the past
		}
		if t.lex.tense < 0 && t.lex.shift == 0 && t.lex.rel == 0 && (m.is(k-1, "be") || m.is(k-1, "being") || m.is(k-1, "is") || m.is(k-1, "are")) {
			return 0 // "will be paid", "is held": the auxiliary tells the tense
		}
		return t.lex.tense
	}
	if t.e-t.s == 2 && m.is(k, "ll") && m.punct(k-1, '\'') {
		return 1 // we'll
	}
	if m.is(k, "as") && (m.is(k-1, "early") || m.is(k-1, "soon")) && m.is(k-2, "as") {
		return 1 // "as early as Tuesday", "as soon as Friday"
	}
	if m.is(k, "effect") && (m.is(k-1, "takes") || m.is(k-1, "take")) {
		return 1 // "the law takes effect Jan. 1"
	}
	if m.is(k, "plan") && m.is(k+1, "to") {
		return 1 // "they plan to meet on Monday" (but not "announced the plan Aug. 21")
	}
	// regular past participles and past tenses
	// (not names: "the United States", "Ahmed")
	if t.e-t.s > 4 && m.text[t.e-2]|0x20 == 'e' && m.text[t.e-1]|0x20 == 'd' && t.lex == nil && !m.capital(k) {
		if m.is(k-1, "be") || m.is(k-1, "being") || m.is(k-1, "is") || m.is(k-1, "are") {
			return 0 // "will be held", "is planned": the auxiliary tells the tense
		}
		if m.determiner(k - 1) {
			return 0 // "an unspecified date", "the proposed merger": an adjective
		}
		return -1
	}
	return 0
}

// clauseHas reports whether one of the words occurs in the few tokens
// before i within the same clause: "lasted until the fall of Budapest in
// February 1945", "forces that had invaded Burma in late 1943".
func (m *matcher) clauseHas(i int, words ...string) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if t := m.tok(k); t.kind == tPunct && t.b != '-' && t.b != '\'' {
			return false
		}
		for _, w := range words {
			if m.is(k, w) {
				return true
			}
		}
	}
	return false
}

// aside reports whether an expression at i should not anchor the narrative:
// it follows "since" or sits inside parentheses.
func (m *matcher) aside(i int) bool {
	if m.is(i-1, "since") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if m.punct(k, ')') {
			return false
		}
		if m.punct(k, '(') {
			return true
		}
	}
	return false
}

// decideDomain picks news or narrative for a document: narratives are
// dominated by explicit years well before the document date, news by
// deictic expressions (yesterday, Friday, last week).
func decideDomain(raws []raw, ref timeline.Day) Domain {
	var years, old, deictic int
	for i := range raws {
		s := &raws[i].sem
		switch s.kind {
		case kDate:
			if s.hasYear {
				years++
				y := s.year
				if s.bc {
					y = 1 - y
				}
				if ref.IsZero() || y < ref.Year-3 {
					old++
				}
			}
		case kRel, kNamed:
			if s.anchor == aDeictic || s.anchor == aDocument {
				deictic++
			}
		}
	}
	if old*2 >= years && (old >= 8 && old >= 2*deictic || old >= 3 && deictic == 0) || years >= 12 && years >= 6*deictic {
		return Narrative
	}
	return News
}

// determiner reports whether token k opens a noun phrase, so that a
// participle after it is an adjective ("the proposed merger").
func (m *matcher) determiner(k int) bool {
	switch len(m.word(k)) {
	case 1, 2, 3, 4, 5, 6:
	default:
		return false
	}
	for _, w := range [...]string{"a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "still", "newly"} {
		if m.is(k, w) {
			return true
		}
	}
	return false
}
