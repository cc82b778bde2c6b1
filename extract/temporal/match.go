package temporal

// Kinds of meaning a matched expression can have.
const (
	kDate     uint8 = iota + 1 // calendar fields, possibly without a year
	kRel                       // a unit offset from an anchor ("last year", "two days later")
	kNamed                     // a named month/season/weekday/quarter relative to an anchor ("last April")
	kRef                       // PRESENT_REF, PAST_REF, FUTURE_REF
	kDuration                  // P3D
	kSet                       // every week
)

// Granularities of a kDate.
const (
	gNone uint8 = iota
	gCentury
	gDecade
	gYear
	gHalf
	gSeason
	gQuarter
	gMonth
	gWeek
	gWeekend
	gDay
	gDaypart
	gTime
)

// Anchors of relative expressions.
const (
	aDeictic   uint8 = iota + 1 // the document date in news, the narrative date otherwise
	aNarrative                  // always the last mentioned date ("the following year")
	aDocument                   // always the document date ("today")
)

// sem is the meaning of a matched expression before resolution.
type sem struct {
	kind    uint8
	gran    uint8
	anchor  uint8
	unit    uint8
	hasYear bool
	bc      bool
	twoDig  bool // year written with two digits
	yearOf  bool // year given by "of the year"/"fiscal" context
	season  uint8
	daypart uint8
	quarter int8
	half    int8
	dir     int8 // kNamed: -1 last, 0 this, +1 next, 2 infer
	hasTime bool
	approx  bool
	year    int
	month   int
	day     int
	weekday int
	hour    int
	minute  int
	decade  int // 196 for the 1960s
	century int // 19 for the 1900s
	n       int // kRel offset, kDuration/kSet count; -1 unknown
	n2      int // second component of a duration (minutes of "5 1/2 hours")
	unit2   uint8
	ref     string
	mod     string
	// narrOnly marks readings that only the narrative (history) annotation
	// convention tags: "former", "future" as adjectives, "night".
	narrOnly bool
	// curQ: "the quarter", "the year-ago period": the quarter the text is
	// reporting on (the last one mentioned), shifted by n quarters.
	curQ bool
	// finYear: "a year earlier" may mean the same quarter a year before in
	// financial reports.
	finYear bool
	hrule   uint8 // movable holiday (1: US Thanksgiving)
	// timeType: TIMEX3 type TIME although the value is a date or reference
	timeType bool
	yearOff  int8 // "of the following year": years after the narrative year
	// fixedYear: the year is given relative to the anchor ("June last
	// year"); tense does not move it.
	fixedYear bool
	// tenseYear: "year-end" is last year's when told in the past tense
	tenseYear bool
	// within: "later that month" names an unknown day within the period
	within bool
	// night: "Friday night": TNI in narratives, the day in news
	night bool
	// yearShift: "a decade ago", "two centuries later": an exact count of
	// decades or centuries moves by years (an approximate one, "almost two
	// decades earlier", names the decade)
	yearShift bool
	// startPrev: the expression starts at the token before the match
	// ("then current", "as recently as late 2009")
	startPrev bool
	// endMonth: the year-less month that ends a range this month starts
	// ("from October to March")
	endMonth int
}

// matcher holds the tokens of one segment.
type matcher struct {
	text string
	toks []token
}

func (m *matcher) tok(i int) *token {
	if i < 0 || i >= len(m.toks) {
		return nil
	}
	return &m.toks[i]
}

// adj reports whether tokens i and i+1 touch (no space between).
func (m *matcher) adj(i int) bool {
	return i >= 0 && i+1 < len(m.toks) && m.toks[i].e == m.toks[i+1].s
}

func (m *matcher) punct(i int, b byte) bool {
	t := m.tok(i)
	return t != nil && t.kind == tPunct && t.b == b
}

func (m *matcher) lex(i int) *lexEntry {
	t := m.tok(i)
	if t == nil {
		return nil
	}
	return t.lex
}

func (m *matcher) fn(i int, f uint8) bool {
	l := m.lex(i)
	return l != nil && l.fn == f
}

func (m *matcher) word(i int) string {
	t := m.tok(i)
	if t == nil || t.kind != tWord {
		return ""
	}
	return m.text[t.s:t.e]
}

// is reports whether token i is the word w (lower case ASCII), ignoring case.
func (m *matcher) is(i int, w string) bool {
	t := m.tok(i)
	if t == nil || t.kind != tWord || t.e-t.s != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if m.text[t.s+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

func (m *matcher) capital(i int) bool {
	t := m.tok(i)
	return t != nil && t.kind == tWord && t.b >= 'A' && t.b <= 'Z'
}

func (m *matcher) allCaps(i int) bool {
	t := m.tok(i)
	if t == nil || t.kind != tWord {
		return false
	}
	for k := t.s; k < t.e; k++ {
		if c := m.text[k]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// skipDot skips an abbreviation period directly after token i.
func (m *matcher) skipDot(i int) int {
	if m.punct(i+1, '.') && m.adj(i) {
		return i + 1
	}
	return i
}

// dayNum reads a day of month at i: "9", "09", "9th", "ninth". It returns the
// index after the last token used.
func (m *matcher) dayNum(i int) (int, int, bool) {
	t := m.tok(i)
	if t == nil {
		return 0, 0, false
	}
	if t.kind == tNum && t.nd <= 2 && t.num >= 1 && t.num <= 31 {
		j := i + 1
		if m.adj(i) && (m.is(j, "st") || m.is(j, "nd") || m.is(j, "rd") || m.is(j, "th")) {
			j++
		} else if nt := m.tok(j); nt != nil && m.adj(i) && nt.kind == tWord {
			return 0, 0, false
		}
		return t.num, j, true
	}
	if t.lex != nil && t.lex.ord > 0 && t.lex.ord <= 31 {
		return int(t.lex.ord), i + 1, true
	}
	return 0, 0, false
}

// year4 reads a year written with 3 or 4 digits at i (no grouping comma).
func (m *matcher) yearNum(i int) (int, bool) {
	t := m.tok(i)
	if t == nil || t.kind != tNum || t.nd < 3 || t.nd > 4 || t.b == '0' {
		return 0, false
	}
	// "1,000", "1.5", "1990-91" handled by callers; reject digit groups.
	if m.punct(i+1, ',') && m.adj(i) {
		if nt := m.tok(i + 2); nt != nil && nt.kind == tNum && m.adj(i+1) {
			return 0, false
		}
	}
	if m.punct(i+1, '.') && m.adj(i) {
		if nt := m.tok(i + 2); nt != nil && nt.kind == tNum && m.adj(i+1) {
			return 0, false
		}
	}
	if i > 0 && m.adj(i-1) && (m.punct(i-1, ',') || m.punct(i-1, '.')) {
		if pt := m.tok(i - 2); pt != nil && pt.kind == tNum && m.adj(i-2) {
			return 0, false
		}
	}
	return t.num, true
}

// numPhrase reads a count at i: "3", "three", "twenty-five", "a", "a few",
// "several", "a couple of". n is -1 for a vague count.
func (m *matcher) numPhrase(i int) (n, j int, ok bool) {
	t := m.tok(i)
	if t == nil {
		return 0, 0, false
	}
	if t.kind == tNum {
		if t.nd > 6 || (m.adj(i-1) && (m.punct(i-1, '$') || m.punct(i-1, '.') || m.punct(i-1, ','))) {
			return 0, 0, false
		}
		if m.adj(i) && (m.punct(i+1, ',') || m.punct(i+1, '.')) && m.tok(i+2) != nil && m.tok(i+2).kind == tNum && m.adj(i+1) {
			// 1,000 or 1.5
			if m.punct(i+1, '.') {
				return 0, 0, false
			}
			n = t.num
			j = i + 1
			for m.punct(j, ',') && m.adj(j-1) && m.adj(j) && m.tok(j+1).kind == tNum && m.tok(j+1).nd == 3 {
				n = n*1000 + m.tok(j+1).num
				j += 2
			}
			return n, j, true
		}
		// "5 1/2"
		return t.num, i + 1, true
	}
	l := t.lex
	if l == nil {
		return 0, 0, false
	}
	if m.is(i, "a") || m.is(i, "an") {
		if nl := m.lex(i + 1); nl != nil && nl.vague {
			j = i + 2
			if m.is(i+1, "couple") && m.fn(j, fOf) {
				return 2, j + 1, true // "a couple of years": P2Y
			}
			return -1, j, true
		}
		switch {
		case m.is(i+1, "hundred"):
			return 100, i + 2, true // "a hundred years"
		case m.is(i+1, "thousand"):
			return 1000, i + 2, true
		case m.is(i+1, "dozen"):
			return 12, i + 2, true
		}
		return 1, i + 1, true
	}
	if l.vague {
		if m.is(i, "couple") && m.fn(i+1, fOf) {
			return 2, i + 2, true // "the next couple of years"
		}
		if m.is(i, "some") || m.is(i, "many") {
			return -1, i + 1, true
		}
		return -1, i + 1, true
	}
	if l.isNum && !m.is(i, "half") {
		n = l.num
		j = i + 1
		// twenty-five, twenty five
		if n >= 20 && n < 100 && n%10 == 0 {
			k := j
			if m.punct(k, '-') && m.adj(k-1) && m.adj(k) {
				k++
			}
			if nl := m.lex(k); nl != nil && nl.isNum && nl.num > 0 && nl.num < 10 && !m.is(k, "a") && !m.is(k, "an") {
				n += nl.num
				j = k + 1
			}
		}
		if m.is(j, "hundred") && n < 100 {
			n *= 100
			j++
		}
		if m.is(j, "thousand") && n < 1000 {
			n *= 1000
			j++
		}
		return n, j, true
	}
	return 0, 0, false
}

// tryAt parses the longest time expression starting at token i.
func (m *matcher) tryAt(i int) (int, sem, bool) {
	t := &m.toks[i]
	if t.kind == tPunct {
		if t.b == '\'' {
			return m.core(i)
		}
		return 0, sem{}, false
	}
	if t.kind == tWord && t.lex == nil {
		return 0, sem{}, false
	}
	// "at least 30 days", "at least the past 18 months"
	if m.is(i, "at") && m.is(i+1, "least") {
		if j, s, ok := m.core(i + 2); ok && (s.kind == kDuration || s.kind == kRel && s.n != 0) {
			if s.mod == "" {
				s.mod = "EQUAL_OR_MORE"
			}
			return j, s, true
		}
		return 0, sem{}, false
	}
	// "some 19 days", "some eight years": an approximate count
	if m.is(i, "some") {
		if nt := m.tok(i + 1); nt != nil && (nt.kind == tNum || nt.lex != nil && nt.lex.isNum && !m.is(i+1, "a") && !m.is(i+1, "an")) {
			if j, s, ok := m.core(i + 1); ok && s.kind == kDuration && s.n > 0 {
				if s.mod == "" {
					s.mod = "APPROX"
				}
				return j, s, true
			}
		}
	}
	// Approximation and comparison: "about three years", "more than a decade".
	if t.kind == tWord && t.lex.approx != "" {
		mod := t.lex.approx
		k := i + 1
		switch {
		case m.is(i, "more") || m.is(i, "less"):
			if !m.fn(k, fThan) {
				return 0, sem{}, false
			}
			k++
		case m.is(i, "least"):
			return 0, sem{}, false
		case m.is(i, "up"):
			if !m.fn(k, fTo) {
				return 0, sem{}, false
			}
			k++
		case m.is(i, "c") || m.is(i, "ca"):
			if !m.punct(k, '.') {
				return 0, sem{}, false
			}
			k++
		}
		if m.is(i-1, "at") && m.is(i, "least") {
			mod = "EQUAL_OR_MORE"
		}
		nt := m.tok(k)
		if nt == nil {
			return 0, sem{}, false
		}
		around := m.is(i, "around") && nt.lex != nil && nt.lex.month != 0 && m.capital(k)
		if m.is(i, "over") || m.is(i, "under") || m.is(i, "around") || m.is(i, "about") {
			// only before a count or a year, never as a preposition before
			// "the"; "around" also before a month ("around Nov. 1")
			if nt.kind != tNum && (nt.lex == nil || !nt.lex.isNum && !nt.lex.vague) && !around {
				return 0, sem{}, false
			}
		}
		if m.is(i, "over") && !m.overMeansMore(i) {
			return 0, sem{}, false // "evolved over three years": a preposition
		}
		j, s, ok := m.core(k)
		if !ok {
			return 0, sem{}, false
		}
		if s.kind == kDuration || s.kind == kRel || (s.kind == kDate && (s.gran <= gYear || around && s.gran <= gDay)) {
			if s.mod == "" {
				s.mod = mod
			}
			if mod == "APPROX" {
				s.approx = true
			}
			return j, s, true
		}
		return 0, sem{}, false
	}
	return m.core(i)
}

// overMeansMore reports whether "over" at i means "more than" ("for over a
// year", "took over a month") rather than "during" after a verb or noun
// ("evolved over three years", "sorties over 42 days").
func (m *matcher) overMeansMore(i int) bool {
	p := m.tok(i - 1)
	if p == nil || p.kind == tPunct {
		return true
	}
	for _, w := range [...]string{"for", "just", "took", "take", "takes", "lasted", "last", "lasts", "spent", "of", "in", "where", "after", "within", "than", "by", "at", "and", "or", "well", "slightly", "still", "is", "was", "be", "been", "are", "were"} {
		if m.is(i-1, w) {
			return true
		}
	}
	return false
}
