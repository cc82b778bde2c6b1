package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/timelinekit/timelinekit/data"
	"github.com/timelinekit/timelinekit/timeline"
)

// Units of time, as used in lexicon entries and TIMEX3 values.
const (
	uNone uint8 = iota
	uYear
	uMonth
	uWeek
	uDay
	uHour
	uMinute
	uSecond
	uQuarter
	uDecade
	uCentury
	uMillennium
	uWeekend
	uFortnight
)

var unitCodes = map[string]uint8{
	"Y": uYear, "M": uMonth, "W": uWeek, "D": uDay, "H": uHour, "MIN": uMinute, "S": uSecond,
	"Q": uQuarter, "DE": uDecade, "CE": uCentury, "ML": uMillennium, "WE": uWeekend, "FN": uFortnight,
}

// Relative determiners.
const (
	rNone uint8 = iota
	rLast
	rThis
	rNext
	rPast
	rComing
	rPrevious
	rFollowing
	rSame
	rThat
	rRecent
)

var relCodes = map[string]uint8{
	"last": rLast, "this": rThis, "next": rNext, "past": rPast, "coming": rComing, "previous": rPrevious,
	"following": rFollowing, "same": rSame, "that": rThat, "recent": rRecent,
}

// Positions within a period (TIMEX3 mod).
const (
	pNone uint8 = iota
	pStart
	pMid
	pEnd
)

var posCodes = map[string]uint8{"START": pStart, "MID": pMid, "END": pEnd}

// Shifts ("two years ago").
const (
	sNone uint8 = iota
	sAgo
	sLater
	sEarlier
	sBefore
	sAfter
	sHence
	sAfterwards
	sSince
)

var shiftCodes = map[string]uint8{
	"ago": sAgo, "later": sLater, "earlier": sEarlier, "before": sBefore, "after": sAfter, "hence": sHence,
	"afterwards": sAfterwards, "afterward": sAfterwards, "since": sSince,
}

// Deictic words.
const (
	dNone uint8 = iota
	dToday
	dYesterday
	dTomorrow
	dTonight
	dNow
	dCurrently
	dRecently
	dPreviously
	dSoon
	dFuture
	dPresent
	dPast
)

var deicticCodes = map[string]uint8{
	"today": dToday, "yesterday": dYesterday, "tomorrow": dTomorrow, "tonight": dTonight, "now": dNow,
	"currently": dCurrently, "nowadays": dCurrently, "recently": dRecently, "lately": dRecently,
	"previously": dPreviously, "formerly": dPreviously, "soon": dSoon, "future": dFuture,
	"present": dPresent, "past": dPast,
}

// Grammar marker words.
const (
	fNone uint8 = iota
	fThe
	fOf
	fEvery
	fEach
	fPer
	fFiscal
	fThan
	fTo
	fThrough
	fAnd
	fAt
	fNoon
	fMidnight
	fOclock
	fPeriod
	fTime
	fFormer
	fOther
	fFrom
	fBetween
	fUntil
	fIn
	fOn
	fLatest
	fComparable
	fSeasonal
	fThese
)

var funcCodes = map[string]uint8{
	"the": fThe, "of": fOf, "every": fEvery, "each": fEach, "per": fPer, "fiscal": fFiscal, "than": fThan,
	"to": fTo, "through": fThrough, "and": fAnd, "at": fAt, "noon": fNoon, "midnight": fMidnight,
	"o'clock": fOclock, "period": fPeriod, "time": fTime, "former": fFormer, "other": fOther,
	"from": fFrom, "between": fBetween, "until": fUntil, "till": fUntil, "in": fIn, "on": fOn,
	"latest": fLatest, "comparable": fComparable, "corresponding": fComparable,
	"seasonal": fSeasonal, "these": fThese,
}

var approxCodes = map[string]string{
	"APPROX": "APPROX", "LESS_THAN": "LESS_THAN", "MORE_THAN": "MORE_THAN",
	"EQUAL_OR_LESS": "EQUAL_OR_LESS", "EQUAL_OR_MORE": "EQUAL_OR_MORE",
}

var seasonCodes = map[string]uint8{"SP": 1, "SU": 2, "FA": 3, "WI": 4}
var seasonNames = [...]string{"", "SP", "SU", "FA", "WI"}

var daypartCodes = map[string]uint8{"MO": 1, "AF": 2, "EV": 3, "NI": 4, "DT": 5}
var daypartNames = [...]string{"", "MO", "AF", "EV", "NI", "DT"}

// lexEntry is everything the lexicon says about one word.
type lexEntry struct {
	month   int8
	weekday int8
	ord     int8
	decade  int8
	unit    uint8
	plural  bool
	isNum   bool
	vague   bool
	tense   int8 // -1 a past-tense cue, +1 a future cue
	count   bool // a count noun: a number before it is no year
	label   bool // a label word: a number after it is no year
	season  uint8
	daypart uint8
	deictic uint8
	rel     uint8
	pos     uint8
	shift   uint8
	set     uint8
	era     uint8 // 1 BC, 2 AD
	fn      uint8
	approx  string
	num     int
	// holiday: a fixed month and day, or hrule for movable feasts
	hmonth, hday int8
	hrule        uint8
	// cueOnly: the word only informs other matches (tense, count, label,
	// a noun after a season) and never starts an expression
	cueOnly bool
}

// setCueOnly marks entries that cannot start an expression.
func (e *lexEntry) setCueOnly() {
	e.cueOnly = e.month == 0 && e.weekday == 0 && e.ord == 0 && e.decade == 0 && e.unit == 0 &&
		!e.isNum && !e.vague && e.season == 0 && e.daypart == 0 && e.deictic == 0 && e.rel == 0 &&
		e.pos == 0 && e.shift == 0 && e.set == 0 && e.era == 0 && (e.fn == 0 || e.fn == fSeasonal) &&
		e.approx == "" && e.hmonth == 0 && e.hday == 0 && e.hrule == 0
}

// LexiconError is a malformed lexicon line.
type LexiconError struct {
	File string
	Line int
	Msg  string
}

func (e *LexiconError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

type lexicon map[string]*lexEntry

var (
	defaultLexOnce sync.Once
	defaultLex     lexicon
	defaultLexErr  error
)

func builtinLexicon() (lexicon, error) {
	defaultLexOnce.Do(func() {
		defaultLex, defaultLexErr = parseLexicon("data/temporal.txt", data.TemporalLexicon)
	})
	return defaultLex, defaultLexErr
}

// parseLexicon reads the lexicon format described in data/temporal.txt.
func parseLexicon(file, src string) (lexicon, error) {
	lx := make(lexicon, 400)
	for i, line := range strings.Split(src, "\n") {
		ln := i + 1
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		bad := func(format string, a ...any) error {
			return &LexiconError{File: file, Line: ln, Msg: fmt.Sprintf(format, a...)}
		}
		if len(f) < 3 || len(f) > 4 {
			return nil, bad("want CATEGORY WORD VALUE [FLAG], got %d fields", len(f))
		}
		cat, word, val := f[0], f[1], f[2]
		if word != strings.ToLower(word) {
			return nil, bad("word %q is not lower case", word)
		}
		if len(f) == 4 && !(cat == "unit" && f[3] == "pl") {
			return nil, bad("unknown flag %q for %s", f[3], cat)
		}
		e := lx[word]
		if e == nil {
			e = &lexEntry{}
			lx[word] = e
		}
		intIn := func(lo, hi int) (int, error) {
			n, err := strconv.Atoi(val)
			if err != nil || n < lo || n > hi {
				return 0, bad("%s value %q: want an integer in %d..%d", cat, val, lo, hi)
			}
			return n, nil
		}
		code := func(m map[string]uint8) (uint8, error) {
			c, ok := m[val]
			if !ok {
				return 0, bad("%s value %q unknown", cat, val)
			}
			return c, nil
		}
		var err error
		var n int
		var c uint8
		dup := false
		switch cat {
		case "month":
			n, err = intIn(1, 12)
			dup = e.month != 0
			e.month = int8(n)
		case "weekday":
			n, err = intIn(1, 7)
			dup = e.weekday != 0
			e.weekday = int8(n)
		case "num":
			n, err = intIn(0, 1000000)
			dup = e.isNum
			e.num, e.isNum = n, true
		case "ord":
			n, err = intIn(-1, 100)
			dup = e.ord != 0
			e.ord = int8(n)
		case "decade":
			n, err = intIn(0, 9)
			dup = e.decade != 0
			e.decade = int8(n)
		case "unit":
			c, err = code(unitCodes)
			dup = e.unit != 0
			e.unit, e.plural = c, len(f) == 4
		case "season":
			c, err = code(seasonCodes)
			dup = e.season != 0
			e.season = c
		case "daypart":
			c, err = code(daypartCodes)
			dup = e.daypart != 0
			e.daypart = c
		case "deictic":
			c, err = code(deicticCodes)
			dup = e.deictic != 0
			e.deictic = c
		case "rel":
			c, err = code(relCodes)
			dup = e.rel != 0
			e.rel = c
		case "pos":
			c, err = code(posCodes)
			dup = e.pos != 0
			e.pos = c
		case "shift":
			c, err = code(shiftCodes)
			dup = e.shift != 0
			e.shift = c
		case "set":
			c, err = code(unitCodes)
			dup = e.set != 0
			e.set = c
		case "era":
			switch val {
			case "BC":
				c = 1
			case "AD":
				c = 2
			default:
				err = bad("era value %q: want BC or AD", val)
			}
			dup = e.era != 0
			e.era = c
		case "vague":
			if val != "X" {
				err = bad("vague value %q: want X", val)
			}
			dup = e.vague
			e.vague = true
		case "approx":
			s, ok := approxCodes[val]
			if !ok {
				err = bad("approx value %q unknown", val)
			}
			dup = e.approx != ""
			e.approx = s
		case "holiday":
			dup = e.hmonth != 0 || e.hrule != 0
			if val == "US-THANKSGIVING" {
				e.hrule = 1
				break
			}
			var mo, d int
			if _, serr := fmt.Sscanf(val, "%d-%d", &mo, &d); serr != nil || mo < 1 || mo > 12 || d < 1 || d > timeline.DaysIn(2000, mo) {
				err = bad("holiday value %q: want MM-DD or US-THANKSGIVING", val)
			}
			e.hmonth, e.hday = int8(mo), int8(d)
		case "tense":
			dup = e.tense != 0
			switch val {
			case "PAST":
				e.tense = -1
			case "FUTURE":
				e.tense = 1
			default:
				err = bad("tense value %q: want PAST or FUTURE", val)
			}
		case "count", "label":
			if val != cat {
				err = bad("%s value %q: want %s", cat, val, cat)
			}
			if cat == "count" {
				dup = e.count
				e.count = true
			} else {
				dup = e.label
				e.label = true
			}
		case "func":
			c, err = code(funcCodes)
			dup = e.fn != 0
			e.fn = c
		default:
			return nil, bad("unknown category %q", cat)
		}
		if err != nil {
			return nil, err
		}
		if dup {
			return nil, bad("duplicate %s entry for %q", cat, word)
		}
	}
	for _, e := range lx {
		e.setCueOnly()
	}
	return lx, nil
}
