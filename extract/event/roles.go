package event

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/timelinekit/timelinekit/timeline"
)

// maxPlaceDist is how far (in tokens) a place not attached by a preposition
// may be from its event.
const maxPlaceDist = 8

// placeHeads are nouns naming a kind of place: "the department of Pando".
var placeHeads = map[string]bool{
	"department": true, "province": true, "region": true, "city": true, "town": true, "state": true,
	"village": true, "district": true, "country": true, "capital": true, "municipality": true,
	"county": true, "island": true, "republic": true, "valley": true, "port": true, "outskirts": true,
}

var inAt = map[string]bool{"in": true, "at": true, "near": true}

// precededByIn reports whether "in", "at" or "near" comes right before the
// noun phrase whose head is at k ("in the department").
func precededByIn(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if inAt[toks[j].norm] {
			return true
		}
		if !determiners[toks[j].norm] && !isAdjLike(toks[j]) {
			return false
		}
	}
	return false
}

// placePreps attach a place to an event; "from" attaches one only when no
// negation comes between ("the fires did not spread from Brazil" are no
// fires in Brazil), and never as the place the event is in.
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "around": true, "across": true, "of": true, "throughout": true}

// roles returns the participants (people and organisations) and places of
// m: the entity mentions of its clause that are nearer to it than to any
// other event of the sentence, places attached by in/at/near first.
func (x *Extractor) roles(s *sentence, m *mention, all []*mention, in Input) (parts, places []int) {
	cl := s.clause[m.ta]
	var attached, other []int
	for _, e := range s.ents {
		em := in.Entities[e.idx]
		if s.clause[e.ea] != cl || s.paren[e.ea] != 0 && s.paren[e.ea] != s.paren[m.ta] {
			continue
		}
		if e.ea >= m.ta && e.eb <= m.tb {
			continue
		}
		// nearer to another event of the sentence: its role, not ours
		d := tokDist(e.ea, e.eb, m.ta, m.tb)
		mine := true
		for _, o := range all {
			if o != m && e.ea >= m.tb && o.ta >= e.eb {
				continue // a phrase after the event is its own, not the next event's
			}
			if o != m && o.sent == m.sent && tokDist(e.ea, e.eb, o.ta, o.tb) < d {
				mine = false
				break
			}
		}
		if !mine {
			continue
		}
		// the subject of a reporting verb is not a participant: "Jorge
		// Martin provides an update on the coup"
		if e.eb <= m.ta && x.reportBetween(s, e.eb, m.ta) {
			continue
		}
		if em.Type == timeline.Place {
			prep := ""
			if e.ea > 0 {
				prep = s.toks[e.ea-1].norm
			}
			switch {
			case e.eb == m.ta || e.eb+1 == m.ta && !s.toks[m.ta-1].word:
				attached = append(attached, e.idx) // "the Sacaba massacre"
				if m.placeIn < 0 {
					m.placeIn = e.idx
				}
			case (strings.HasSuffix(s.toks[e.eb-1].norm, "'s") || e.eb < len(s.toks) && s.toks[e.eb].norm == "'s") && clauseStart(s, e.ea) && e.eb <= m.ta:
				// "Thailand's army chief seized power": the subject's country
				attached = append(attached, e.idx)
			case prep == "from" && negatedBetween(s.toks, m.tb, e.ea):
				continue // "the wildfires did not spread from Brazil"
			case prep == "from":
				attached = append(attached, e.idx) // "started east from San José"
				if m.fromPlace < 0 {
					m.fromPlace = e.idx
				}
			case prep == "of" && e.ea-1 == m.tb:
				attached = append(attached, e.idx) // "the massacre of Senkata"
			case prep == "of" && e.ea >= 2 && placeHeads[s.toks[e.ea-2].norm] && precededByIn(s.toks, e.ea-2):
				attached = append(attached, e.idx) // "in the department of Pando"
				if m.placeIn < 0 {
					m.placeIn = e.idx
				}
			case placePreps[prep] && prep != "of":
				attached = append(attached, e.idx)
				if m.placeIn < 0 && (prep == "in" || prep == "at" || prep == "near" || prep == "outside") {
					m.placeIn = e.idx
				}
			case d <= maxPlaceDist:
				other = append(other, e.idx)
			}
			continue
		}
		parts = append(parts, e.idx)
	}
	places = append(attached, other...)
	if p := whereAntecedent(s, m, cl, in); p >= 0 && !slices.Contains(places, p) {
		places = append([]int{p}, places...)
		m.placeIn = p
	}
	if len(places) == 0 {
		if p := cityAnaphor(s, m, cl, in); p >= 0 {
			places = append(places, p)
		}
	}
	return parts, places
}

// whereAntecedent returns the place an event in a where-clause happens
// at: the place named right before ", where" ("met the king at
// Smithfield, where he was stabbed"), or -1.
func whereAntecedent(s *sentence, m *mention, cl int, in Input) int {
	toks := s.toks
	k0 := m.ta
	for k0 > 0 && s.clause[k0-1] == cl {
		k0--
	}
	comma := -1
	switch {
	case toks[k0].norm == "where" && k0 > 0 && toks[k0-1].text == ",":
		comma = k0 - 1
	case toks[k0].text == "," && k0+1 < m.ta && toks[k0+1].norm == "where":
		comma = k0
	default:
		return -1
	}
	for _, e := range s.ents {
		if e.eb == comma && in.Entities[e.idx].Type == timeline.Place {
			return e.idx
		}
	}
	return -1
}

// cityNouns name a settlement a definite noun phrase can refer back to.
var cityNouns = map[string]bool{"city": true, "town": true, "village": true, "port": true}

// cityAnaphor returns the place "the city" (town, village, port) in the
// event's clause refers to: the nearest place named before it in the
// sentence ("the Presidential Palace in Saigon, and the city fell";
// "the uprising in Gwangju began when students in the city protested"),
// or -1.
func cityAnaphor(s *sentence, m *mention, cl int, in Input) int {
	toks := s.toks
	at := -1
	for k := 1; k < len(toks); k++ {
		if s.clause[k] == cl && cityNouns[toks[k].norm] && tokDist(k, k+1, m.ta, m.tb) <= 4 {
			// "the city", "the South Korean city"
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if toks[j].norm == "the" {
					at = j
					break
				}
				if !toks[j].word {
					break
				}
			}
			if at >= 0 {
				break
			}
		}
	}
	if at < 0 {
		return -1
	}
	best := -1
	for _, e := range s.ents {
		if e.eb <= at && in.Entities[e.idx].Type == timeline.Place {
			best = e.idx
		}
	}
	return best
}

// negatedBetween reports whether a negation lies in toks[a:b].
func negatedBetween(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		switch toks[k].norm {
		case "not", "never", "no", "didn't", "don't", "doesn't", "wasn't", "weren't", "nor":
			return true
		}
	}
	return false
}

func (x *Extractor) reportBetween(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if x.reportAt(s, k) {
			return true
		}
	}
	return false
}

func tokDist(a, b, c, d int) int {
	if b <= c {
		return c - b
	}
	if d <= a {
		return a - d
	}
	return 0
}

// --- casualties

var (
	killWords = map[string]bool{
		"killed": true, "dead": true, "died": true, "murdered": true, "massacred": true, "slain": true,
		"executed": true, "deaths": true, "fatalities": true, "lives": true, "perished": true, "shot": false,
	}
	injureWords = map[string]bool{"injured": true, "wounded": true, "hurt": true, "injuries": true, "maimed": true}
	killVerbs   = map[string]bool{"killing": true, "killed": true, "leaving": true, "left": true, "murdering": true, "claiming": true}
	injureVerbs = map[string]bool{"injuring": true, "wounding": true, "injured": true, "wounded": true}
	// words allowed between a number and "killed": "nine peasants were killed"
	casualtyGap = map[string]bool{
		"were": true, "was": true, "have": true, "had": true, "has": true, "been": true, "being": true,
		"people": true, "persons": true, "of": true, "them": true, "reportedly": true, "later": true,
	}
	tollPreps = map[string]bool{"at": true, "to": true, "of": true, "reached": true, "is": true, "was": true, "stood": true, "stands": true, "rose": true, "climbed": true, "risen": true, "currently": true, "now": true, "has": true, "had": true, "reaching": true}
)

var smallNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// numberWord reads a number written as digits ("30", "1,200") or words
// ("nine", "twenty-five"); 0 when w is no number.
func numberWord(w string) int {
	if w == "" {
		return 0
	}
	if unicode.IsDigit(rune(w[0])) {
		n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
		if err != nil || n <= 0 || n > 10000000 {
			return 0
		}
		return n
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		x, y := smallNumbers[a], smallNumbers[b]
		if x >= 20 && x%10 == 0 && y > 0 && y < 10 {
			return x + y
		}
		return 0
	}
	return smallNumbers[w]
}

// countsIn returns the killed and injured counts a sentence states, with the
// token index where each count was found (-1 when none).
func countsIn(toks []token, skip func(int) bool) (c timeline.Casualties, kAt, iAt int) {
	kAt, iAt = -1, -1
	set := func(killed bool, n, at int) {
		if killed && n > c.Killed {
			c.Killed, kAt = n, at
		}
		if !killed && n > c.Injured {
			c.Injured, iAt = n, at
		}
	}
	for i, t := range toks {
		n := numberWord(t.norm)
		if n == 0 || skip != nil && skip(i) {
			continue
		}
		if i > 0 && (toks[i-1].norm == "a" || toks[i-1].norm == "one") && t.norm == "dozen" {
			n = 12
		}
		// a number that is part of a date or a fraction is no count
		if i+1 < len(toks) && (toks[i+1].text == "/" || toks[i+1].text == "%" || toks[i+1].norm == "percent") {
			continue
		}
		// NUM [noun/adjectives] [were] killed
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			w := toks[k].norm
			if killWords[w] {
				if w == "lives" && !(k > 0 && (toks[k-1].norm == "their" || toks[k-1].norm == "lost")) {
					break
				}
				set(true, n, i)
				break
			}
			if injureWords[w] {
				set(false, n, i)
				break
			}
			if !toks[k].word || !(casualtyGap[w] || k <= i+2 && !toks[k].isCap()) {
				break
			}
		}
		// "the death toll (from the massacre) rose to 30"
		if i > 0 && (tollPreps[toks[i-1].norm] || toks[i-1].norm == "least") && tollBefore(toks, i) {
			set(true, n, i)
			continue
		}
		// killing NUM / left NUM dead / death toll ... NUM
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			w := toks[k].norm
			if killVerbs[w] {
				if (w == "left" || w == "leaving") && !(i+1 < len(toks) && (killWords[toks[i+1].norm] || i+2 < len(toks) && killWords[toks[i+2].norm])) {
					break
				}
				set(true, n, i)
				break
			}
			if injureVerbs[w] && k == i-1 {
				set(false, n, i)
				break
			}
			if w == "toll" {
				set(true, n, i)
				break
			}
			if !(tollPreps[w] || w == "at" || w == "least" || w == "some" || w == "about" || w == "around" || w == "nearly" || w == "almost" || w == "over" || w == "more" || w == "than") {
				break
			}
		}
	}
	return c, kAt, iAt
}

// casualties attaches the counts of each sentence to its violent event
// nearest to the count, or, in a sentence without one, to the last violent
// event of the two sentences before it ("... the attack. 9 people had
// been killed").
func (x *Extractor) casualties(ms []*mention, sents []*sentence, text string) {
	bySent := mentionsBySentence(ms, len(sents))
	for si, s := range sents {
		c, kAt, iAt := countsIn(s.toks, s.inTimex)
		if c.Killed == 0 && c.Injured == 0 {
			continue
		}
		var target *mention
		var local []*mention
		for _, m := range bySent[si] {
			if x.lex.types[m.Type] != nil && x.lex.types[m.Type].Violent {
				local = append(local, m)
			}
		}
		at := kAt
		if at < 0 {
			at = iAt
		}
		if len(local) == 0 {
			// "the army staged a coup, killing 12": any event of the sentence
			local = append(local, bySent[si]...)
		}
		if len(local) > 0 {
			target = local[0]
			for _, m := range local[1:] {
				if tokDist(at, at+1, m.ta, m.tb) < tokDist(at, at+1, target.ta, target.tb) {
					target = m
				}
			}
		} else {
			for p := max(0, si-2); p < si; p++ {
				for _, m := range bySent[p] {
					if x.lex.types[m.Type] != nil && x.lex.types[m.Type].Violent && sents[p].para == s.para {
						target = m
					}
				}
			}
		}
		if target == nil {
			continue
		}
		if c.Killed > target.Casualties.Killed {
			target.Casualties.Killed = c.Killed
		}
		if c.Injured > target.Casualties.Injured {
			target.Casualties.Injured = c.Injured
		}
	}
}

func sameParagraph(text string, a, b timeline.Span) bool {
	if a.End > b.Start {
		return false
	}
	return !strings.Contains(text[a.End:b.Start], "\n\n")
}

// tollBefore reports whether "toll" occurs in the sentence before token i.
func tollBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].norm == "toll" || toks[k].norm == "tolls" {
			return true
		}
	}
	return false
}

// agents returns the participants of m that carried it out: the subject of
// an active verb trigger ("Soldiers detained Ana Ruiz"), the "by" phrase of
// a passive ("was shot by Jack Ruby") or of an event noun ("a coup led by
// General Ortiz", "the attack by the Front").
func agents(s *sentence, m *mention, in Input) []int {
	toks := s.toks
	passive := m.ta > 0 && (toks[m.ta-1].norm == "was" || toks[m.ta-1].norm == "were" || toks[m.ta-1].norm == "been" ||
		toks[m.ta-1].norm == "being") || toks[m.ta].norm == "was" || toks[m.ta].norm == "were"
	var out []int
	for _, p := range m.Participants {
		var e *sentEnt
		for i := range s.ents {
			if s.ents[i].idx == p {
				e = &s.ents[i]
			}
		}
		if e == nil {
			continue
		}
		switch {
		case e.ea >= m.tb && byBefore(toks, m.tb, e.ea):
			out = append(out, p) // "shot and killed by Jack Ruby", "a coup led by Ortiz"
		case m.trig.pos != posNoun && !passive && e.eb <= m.ta && subjectOf(toks, e.eb, m.ta):
			out = append(out, p) // "General Ortiz seized power"
		case m.trig.pos == posNoun && e.eb < m.ta && agentVerbBetween(toks, e.eb, m.ta):
			out = append(out, p) // "General Ortiz staged a coup"
		}
	}
	return out
}

// agentVerbs make their subject the agent of the event noun they govern.
var agentVerbs = map[string]bool{
	"led": true, "leads": true, "staged": true, "stages": true, "launched": true, "launches": true,
	"mounted": true, "organised": true, "organized": true, "plotted": true, "attempted": true,
	"called": true, "calls": true, "seized": true, "seizes": true, "carried": true, "ordered": true,
	"orders": true, "declared": true, "declares": true, "began": true, "started": true, "waged": true,
	"announced": true, "announces": true, "tendered": true, "won": true, "wins": true,
}

// agentVerbBetween reports whether an agent verb governs the noun at b with
// its subject ending at a: "Ortiz staged a coup", "Ortiz seized power in a
// coup".
func agentVerbBetween(toks []token, a, b int) bool {
	if b-a > 7 {
		return false
	}
	for k := a; k < b; k++ {
		if clauseWords[toks[k].norm] || toks[k].text == "," {
			return false
		}
		if agentVerbs[toks[k].norm] {
			return subjectOf(toks, a, k)
		}
	}
	return false
}

// byBefore reports whether "by" (or "led by", "carried out by") opens the
// phrase from a to the entity at b.
func byBefore(toks []token, a, b int) bool {
	if b-a > 4 || b == 0 {
		return false
	}
	return toks[b-1].norm == "by"
}

// subjectOf reports whether the words between a subject ending at a and a
// verb at b leave it the subject: nothing, auxiliaries, adverbs, or a title
// ("President Ortiz formally resigned", "Ortiz, the army chief, seized").
func subjectOf(toks []token, a, b int) bool {
	if b-a > 6 {
		return false
	}
	for k := a; k < b; k++ {
		w := toks[k].norm
		if npStop[w] && !subjectSkip[w] || clauseWords[w] {
			return false
		}
	}
	return true
}

// clauseStart reports whether token k begins its clause (after a dateline,
// a date phrase or punctuation).
func clauseStart(s *sentence, k int) bool {
	for i := k - 1; i >= 0 && s.clause[i] == s.clause[k]; i-- {
		if s.toks[i].word && !s.inTimex(i) && s.toks[i].norm != "in" && s.toks[i].norm != "on" {
			return false
		}
	}
	return true
}
