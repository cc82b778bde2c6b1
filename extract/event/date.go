package event

import (
	"strings"

	"github.com/timelinekit/timelinekit/timeline"
)

var (
	finiteAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true}
	// a date right after one of these is relative to something else
	relational = map[string]bool{"after": true, "before": true, "until": true, "till": true, "following": true, "by": true, "prior": true}
	// words allowed between a trigger and a date attached to it
	postAttach = map[string]bool{"on": true, "in": true, "of": true, "held": true, "dated": true, "during": true, "since": true, "at": true, ",": true, "which": false,
		"for": true, "scheduled": true, "set": true, "due": true, "planned": true, "slated": true, "called": true}
)

// linkDate chooses the date of m among the time expressions of its
// sentence: the best syntactic attachment wins, not the nearest expression.
func (x *Extractor) linkDate(s *sentence, m *mention, all []*mention, in Input) {
	var (
		best      *sentTimex
		bestScore float64
		bestStr   bool
	)
	for k := range s.timexes {
		st := &s.timexes[k]
		tx := in.Timexes[st.idx]
		if tx.Date == nil || tx.Type != timeline.TimexDate && tx.Type != timeline.TimexTime {
			continue
		}
		score, strong, ok := x.attach(s, m, st, all, tx.Date.Precision.Rank() >= timeline.DayPrec.Rank())
		if !ok {
			continue
		}
		if m.Modality != timeline.Asserted && m.Modality != timeline.Attempted && !strong {
			// "calls for new elections" on a dated day: the date is the call's
			continue
		}
		if tx.Type == timeline.TimexTime {
			score -= 0.1
		}
		if strings.Contains(tx.Date.EDTF, "X") {
			score -= 1.5 // "Weekly Monday demonstrations": a known date wins
		}
		// at equal distance a noun takes the date of its own modifier
		// after it ("began in May 1992 and ended with a peace agreement
		// signed in Moscow on 27 June 1997")
		if best == nil || score > bestScore || score == bestScore && m.trig.pos == posNoun && st.xa >= m.tb && best.xb <= m.ta {
			best, bestScore, bestStr = st, score, strong
		}
	}
	if best == nil {
		return
	}
	tx := in.Timexes[best.idx]
	d := *tx.Date
	forDay := best.xa > 0 && s.toks[best.xa-1].norm == "for" && bareWeekday(tx.Text)
	if forDay && m.Modality == timeline.Asserted {
		m.Modality = timeline.Planned // "called a general strike for Tuesday"
	}
	if m.Modality == timeline.Asserted && m.trig.kind == formPast && (bareWeekday(tx.Text) || weekendText(tx.Text)) &&
		!in.Doc.Date.IsZero() && d.Start.Compare(in.Doc.Date) > 0 && d.Start.Days()-in.Doc.Date.Days() < 7 {
		// "took to the streets over the weekend" in a Monday paper: the
		// weekend gone
		d = shiftDays(d, -7)
	}
	if m.Modality == timeline.Planned && bareWeekday(tx.Text) && !in.Doc.Date.IsZero() && d.Precision == timeline.DayPrec &&
		d.Start.Compare(in.Doc.Date) < 0 && in.Doc.Date.Days()-d.Start.Days() < 7 {
		// "called for protests on Saturday" in a Monday paper: the
		// coming Saturday, not the one gone
		day := timeline.DayFromDays(d.Start.Days() + 7)
		d.Start, d.End = day, day
		d.EDTF, d.TIMEX = day.String(), day.String()
	}
	m.Date = &d
	sp := tx.Span
	m.DateSpan = &sp
	m.strong = bestStr
	m.dateScore = bestScore
	m.dateTok = best.xb
}

// attach scores how well the time expression t attaches to the trigger of m.
func (x *Extractor) attach(s *sentence, m *mention, t *sentTimex, all []*mention, dayPrec bool) (score float64, strong, ok bool) {
	toks := s.toks
	// a list entry "1913 – Madero is overthrown": the leading date before
	// a dash dates the entry
	if t.xa == 0 && t.xb < len(toks) && (toks[t.xb].text == "–" || toks[t.xb].text == "—" || toks[t.xb].text == "-" || toks[t.xb].text == ":") && m.ta > t.xb {
		return 2.5, true, true
	}
	// a bracketed date right after the trigger dates it: "Soweto uprising
	// (1976)", "the coup (1964)"
	if t.xa == m.tb+1 && m.tb < len(toks) && (toks[m.tb].text == "(" || toks[m.tb].text == "[") && closesBracket(s, t.xb) {
		return 3, true, true
	}
	// an aside the trigger is not in: "(recorded 25 November)"
	if p := s.paren[t.xa]; p != 0 && p != s.paren[m.ta] {
		return 0, false, false
	}
	if x.premodOf(s, t, m.ta) || x.postmodOf(s, t, m.ta, m.tb) || relativeOccurrence(s, m, t) || occurrenceAfter(s, m, t) {
		if sinceCount(s, m, t) {
			return 0, false, false
		}
		return 3, true, true
	}
	// a date attached to another event belongs to it
	for _, o := range all {
		if o == m || o.sent != m.sent {
			continue
		}
		if x.premodOf(s, t, o.ta) || x.postmodOf(s, t, o.ta, o.tb) {
			if inPPOf(s, m, o) || simultaneous(s, o, m) {
				// "detained the leaders in early morning raids on
				// Monday": the raids are the arrests' circumstance
				return 2.5, false, true
			}
			return 0, false, false
		}
	}
	// the crime a court punishes is older than the sentence: "a court on
	// Tuesday sentenced him for the killing of six protesters"
	if t.xb <= m.ta && courtReason(s.toks, m.ta) {
		return 0, false, false
	}
	// an event inside "after/before ..." is not at the clause's date: "On
	// 10 November, after weeks of protests, Morales resigned"
	if r := relationalBefore(s.toks, m.ta); r >= 0 && !(r >= t.xa && r < t.xb) && (t.xa < r || t.xa >= m.tb) && !(r > 0 && shortGap[toks[r-1].norm] && t.xa < r) &&
		!(!dayPrec && toks[r].norm == "after" && lastedUntil(toks, r, m.ta)) {
		// ("after nineteen days of protests he gave way in April 2006":
		// the protests lasted into the month or year of the clause)
		return 0, false, false
	}
	// the date governed by a publication or reporting word: "published 18 November"
	if x.reportBefore(s, t.xa) {
		return 0, false, false
	}
	// "18 November after the massacre", "before 2019"; but "ruled until
	// 1947, when protests forced him out" dates the when clause
	if t.xa > 0 && relational[toks[t.xa-1].norm] && !whenAfterDate(s, t, m) {
		return 0, false, false
	}
	if t.xb < len(toks) && relational[toks[t.xb].norm] && t.xb < m.ta && !commaBetween(toks, t.xb, m.ta) {
		return 0, false, false
	}
	lo, hi := t.xb, m.ta
	if m.tb <= t.xa {
		lo, hi = m.tb, t.xa
	}
	if whenAfterDate(s, t, m) {
		// "began on 25 April 1974, when officers overthrew the regime"
		return 1.5, false, true
	}
	if t.xa >= m.tb && !(m.tb < len(toks) && toks[m.tb].norm == "and") && otherPredicate(toks, m.tb, t.xa) {
		// "was arrested at the scene and died in prison in 1918": the
		// date belongs to the other verb
		return 0, false, false
	}
	if leadingDateOfAnd(s, t, m) {
		// "On 30 April 1975 tanks broke through the gates, and the city
		// fell": the sentence's opening date covers its coordinated clauses
		return 1, false, true
	}
	// a clause boundary or a reporting verb between them; relative
	// clauses and asides that close before the other end do not count
	for k := lo; k < hi; k++ {
		if s.clause[k] != s.clause[lo] {
			if s.clause[hi-1] != s.clause[lo] && s.clause[min(hi, len(toks)-1)] != s.clause[lo] {
				return 0, false, false
			}
			continue
		}
		if x.reportAt(s, k) {
			return 0, false, false
		}
	}
	if s.clause[t.xa] != s.clause[m.ta] {
		return 0, false, false
	}
	// a trigger inside a participle clause does not take the date of the
	// main verb after it: "a report questioning the elections were ... over
	// the weekend"
	if s.reduced[s.clause[m.ta]] && t.xa >= m.tb {
		for k := m.tb; k < t.xa; k++ {
			if finiteAux[toks[k].norm] {
				return 0, false, false
			}
		}
	}
	dist := hi - lo
	if m.trig.pos == posNoun && t.xa >= m.tb && participleModifier(toks, m.tb, t.xa) {
		// "a peace deal signed in the capital on 27 June 1997": the
		// date of the noun's own reduced relative clause
		return 2.4 - float64(dist)/100, false, true
	}
	return 2 - float64(dist)/100, false, true
}

// participleModifier reports whether toks[a:b] is a short reduced relative
// clause after a noun: a past participle and its prepositional phrases
// ("signed in Moscow on", "held in the capital in").
func participleModifier(toks []token, a, b int) bool {
	if b-a < 2 || b-a > 7 {
		return false
	}
	w := toks[a].norm
	if !(len(w) > 4 && strings.HasSuffix(w, "ed") && !edNoun[w]) && w != "held" && w != "won" && w != "made" && w != "fought" {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !toks[k].word || toks[k].norm == "and" || finiteAux[toks[k].norm] {
			return false
		}
	}
	return true
}

// courtVerbs punish or accuse someone "for" an earlier deed.
var courtVerbs = map[string]bool{
	"sentenced": true, "sentences": true, "convicted": true, "convicts": true, "charged": true, "charges": true,
	"tried": true, "acquitted": true, "jailed": true, "indicted": true, "guilty": true, "prosecuted": true,
	"accused": true, "responsible": true, "punished": true, "pardoned": true, "fined": true, "condemned": true,
	"prison": true, "trial": true, "apologised": true, "apologized": true, "compensation": true,
}

// courtReason reports whether the event noun at ta is the reason a court
// or accuser names after "for": "sentenced ... for the killing of".
func courtReason(toks []token, ta int) bool {
	f := -1
	for k := ta - 1; k >= 0 && k >= ta-3; k-- {
		if toks[k].norm == "for" || toks[k].norm == "over" {
			f = k
			break
		}
		if !determiners[toks[k].norm] && !isAdjLike(toks[k]) {
			return false
		}
	}
	if f < 0 {
		return false
	}
	for k := f - 1; k >= 0 && k >= f-12; k-- {
		if courtVerbs[toks[k].norm] {
			return true
		}
		if toks[k].text == ";" {
			return false
		}
	}
	return false
}

// leadingDateOfAnd reports whether t opens the sentence ("On 30 April
// 1975", "In 1961") and m is in a main clause coordinated after ", and",
// or in a where-clause after a comma, with no other date between them.
func leadingDateOfAnd(s *sentence, t *sentTimex, m *mention) bool {
	toks := s.toks
	if !(t.xa == 0 || t.xa == 1 && (toks[0].norm == "on" || toks[0].norm == "in" || toks[0].norm == "by")) || m.ta <= t.xb {
		return false
	}
	cl := s.clause[m.ta]
	k0 := m.ta
	for k0 > 0 && s.clause[k0-1] == cl {
		k0--
	}
	if k0 > 1 && toks[k0-1].text == "," && toks[k0].norm == "where" || k0 > 0 && toks[k0].text == "," && k0+1 < m.ta && toks[k0+1].norm == "where" {
		// "On 15 June he met the king at Smithfield, where he was
		// stabbed": the place's clause happens on the opening date
		for _, o := range s.timexes {
			if o.xa >= t.xb && o.xa < m.ta {
				return false
			}
		}
		return true
	}
	if s.relative[cl] || s.reduced[cl] {
		return false
	}
	and := -1
	for k := k0; k <= k0+1 && k < m.ta; k++ {
		if toks[k].norm == "and" {
			and = k
		}
	}
	if and < 0 && k0 > 0 && toks[k0-1].norm == "and" {
		and = k0 - 1
	}
	if and < 1 || toks[and-1].text != "," {
		return false
	}
	for _, o := range s.timexes {
		if o.xa >= t.xb && o.xa < m.ta {
			return false
		}
	}
	return true
}

// premodOf reports whether time expression t modifies the noun trigger
// starting at token ta from the left: "the 1967 San Juan massacre", "the 21
// February 2016 constitutional referendum", "the December 6th election".
func (x *Extractor) premodOf(s *sentence, t *sentTimex, ta int) bool {
	if t.xb > ta || ta-t.xb > 3 {
		return false
	}
	for k := t.xb; k < ta; k++ {
		tk := s.toks[k]
		if !tk.word || npStop[tk.norm] || determiners[tk.norm] || x.reportAt(s, k) {
			return false
		}
	}
	// the date itself must follow a determiner or start the phrase;
	// a possessive date is a determiner itself ("in Sunday's referendum")
	if t.xa > 0 && !strings.HasSuffix(s.toks[t.xb-1].norm, "'s") {
		p := s.toks[t.xa-1].norm
		if !determiners[p] && p != "'s" && s.toks[t.xa-1].word && !npStop[p] {
			return false
		}
		if npStop[p] && ta-t.xb > 0 {
			// "in 1952 Bolivian workers ...": a date phrase, not a modifier
			return false
		}
		if npStop[p] && ta == t.xb {
			// "in 1952 revolution" is odd; "on April 9, 1952 Bolivia" is not a modifier
			return false
		}
	}
	return true
}

// postmodOf reports whether time expression t follows the trigger [ta,tb)
// closely: "the election, on 20 October", "the elections last Sunday", "the
// coup of 1964", "another one on Wednesday".
func (x *Extractor) postmodOf(s *sentence, t *sentTimex, ta, tb int) bool {
	if t.xa < tb || t.xa-tb > 2 {
		return false
	}
	for k := tb; k < t.xa; k++ {
		if !postAttach[s.toks[k].norm] {
			return false
		}
	}
	return true
}

// reportBefore reports whether a publication or reporting word governs the
// time expression starting at xa: "published 18 November", "recorded on 25
// November", "originally published in 2019".
func (x *Extractor) reportBefore(s *sentence, xa int) bool {
	for k := xa - 1; k >= 0 && k >= xa-3; k-- {
		if x.reportEndsAt(s, k) {
			return true
		}
		w := s.toks[k].norm
		if w != "on" && w != "in" && w != "at" && w != "originally" && w != "first" && w != "," {
			return false
		}
	}
	return false
}

// reportAt reports whether a reporting phrase covers token k.
func (x *Extractor) reportAt(s *sentence, k int) bool {
	for a := k; a >= 0 && a >= k-3; a-- {
		for _, r := range x.lex.reports[s.toks[a].norm] {
			if a+len(r) > k && matchAt(s.toks, a, r) {
				return true
			}
		}
	}
	return false
}

// reportEndsAt reports whether a reporting phrase ends at token k.
func (x *Extractor) reportEndsAt(s *sentence, k int) bool {
	for a := k; a >= 0 && a >= k-3; a-- {
		for _, r := range x.lex.reports[s.toks[a].norm] {
			if a+len(r) == k+1 && matchAt(s.toks, a, r) {
				return true
			}
		}
	}
	return false
}

// inheritDates gives an undated, definite mention ("the day of the coup")
// the date the document gives the same event elsewhere: the date of the
// other mentions of its type, when they agree, or of the one that shares a
// participant or place.
func (x *Extractor) inheritDates(ms []*mention, sents []*sentence, in Input) {
	byType := map[string][]*mention{}
	for _, m := range ms {
		byType[m.Type] = append(byType[m.Type], m)
	}
	bySent := mentionsBySentence(ms, len(sents))
	for _, m := range ms {
		single := x.lex.types[m.Type] != nil && x.lex.types[m.Type].Single
		if m.Date != nil || m.another || m.Modality != timeline.Asserted && !single {
			continue
		}
		if !m.definite && !single {
			continue // an indefinite noun or a verb tells a new event: "after being deposed" is not the coup of 1965
		}
		var cands []*mention
		for _, o := range byType[m.Type] {
			if o == m || o.Date == nil || o.DateSpan == nil || o.Modality != timeline.Asserted {
				continue
			}
			// the same event is referred to nearby: same paragraph or a
			// few sentences away
			if abs(o.sent-m.sent) > maxInheritSentences && (sents[o.sent].para != sents[m.sent].para || abs(o.sent-m.sent) > maxParagraphReach) {
				continue
			}
			// one person's resignation is not another's
			if single && len(m.Participants) > 0 && !sharesName(m, o, in) {
				continue
			}
			cands = append(cands, o)
		}
		if len(cands) == 0 {
			// "the massacre" after "soldiers fired on a rally": a
			// definite violent noun names the violent event before it
			if o := x.violentAntecedent(m, bySent, sents); o != nil {
				d := *o.Date
				m.Date = &d
				if o.DateSpan != nil {
					sp := *o.DateSpan
					m.DateSpan = &sp
				}
				m.inherited = true
				if len(m.Places) == 0 {
					m.Places = append([]int(nil), o.Places...)
					if m.placeIn < 0 {
						m.placeIn = o.placeIn
					}
				}
			}
			continue
		}
		pick := cands[0]
		agree := true
		for _, c := range cands[1:] {
			if c.Date.EDTF != pick.Date.EDTF {
				agree = false
			}
		}
		if !agree {
			pick = nil
			for _, c := range cands {
				if sharesName(m, c, in) {
					pick = c
					break
				}
			}
			if pick == nil {
				continue
			}
		}
		d := *pick.Date
		m.Date = &d
		sp := *pick.DateSpan
		m.DateSpan = &sp
		m.inherited = true
		m.from = pick
	}
}

// violentAntecedent returns the nearest dated asserted incident (a
// massacre, an attack, an assassination) before the definite incident noun m in its paragraph (at most maxInheritSentences
// back), or nil.
func (x *Extractor) violentAntecedent(m *mention, bySent [][]*mention, sents []*sentence) *mention {
	vt := x.lex.types[m.Type]
	if vt == nil || !vt.Incident || m.trig.pos != posNoun || !m.definite || m.another {
		return nil
	}
	var best *mention
	for si := max(0, m.sent-maxInheritSentences); si <= m.sent; si++ {
		if sents[si].para != sents[m.sent].para {
			continue
		}
		for _, o := range bySent[si] {
			if o == m || o.Date == nil || o.Modality != timeline.Asserted || o.sent == m.sent && o.ta >= m.ta {
				continue
			}
			if ot := x.lex.types[o.Type]; ot == nil || !ot.Incident {
				continue
			}
			best = o
		}
	}
	return best
}

func sharesName(a, b *mention, in Input) bool {
	names := map[string]bool{}
	for _, i := range append(append([]int(nil), a.Participants...), a.Places...) {
		names[normWord(in.Entities[i].Name())] = true
	}
	for _, i := range append(append([]int(nil), b.Participants...), b.Places...) {
		if names[normWord(in.Entities[i].Name())] {
			return true
		}
	}
	return false
}

// maxInheritSentences is how many sentences apart a dated mention may be
// from an undated one that takes its date, outside one paragraph.
const maxInheritSentences = 3

// maxParagraphReach bounds "the same paragraph" for texts without
// paragraph breaks, so that the work stays linear in the document.
const maxParagraphReach = 40

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// occurrence verbs say that an event happened: "which took place on 3 May".
var occurrence = [][]string{
	{"took", "place"}, {"happened"}, {"occurred"}, {"began"}, {"started"}, {"broke", "out"},
	{"was", "held"}, {"were", "held"}, {"was", "staged"}, {"was", "carried", "out"}, {"erupted"},
	{"unfolded"}, {"ended"}, {"came"}, {"will", "take", "place"}, {"will", "be", "held"}, {"is", "held"},
	{"take", "place"}, {"be", "held"}, {"held"}, {"staged"}, {"called"}, {"go", "ahead"}, {"went", "ahead"}, {"begin"}, {"begins"}, {"start"}, {"starts"},
}

// relativeOccurrence reports whether t lies in a relative clause on the
// trigger that says when it happened: "the coup, which took place on 3 May".
func relativeOccurrence(s *sentence, m *mention, t *sentTimex) bool {
	toks := s.toks
	k := m.tb
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k >= len(toks) || toks[k].norm != "which" && toks[k].norm != "that" || t.xa <= k || s.clause[t.xa] != s.clause[k] {
		return false
	}
	for a := k + 1; a <= k+2 && a < t.xa; a++ {
		for _, v := range occurrence {
			if matchAt(toks, a, v) {
				return true
			}
		}
	}
	return false
}

// closesBracket reports whether a bracket closes at k, possibly after a
// dash and a second date ("(1791–1804)").
func closesBracket(s *sentence, k int) bool {
	for ; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.text == ")" || t.text == "]" {
			return true
		}
		if !(t.text == "–" || t.text == "-" || t.text == "—" || t.norm == "to" || s.inTimex(k)) {
			return false
		}
	}
	return false
}

// shortGap words before after/before keep an event within the day of the
// clause's date: "hours after soldiers detained the prime minister".
var shortGap = map[string]bool{
	"hours": true, "minutes": true, "moments": true, "shortly": true, "just": true, "soon": true,
	"immediately": true, "hour": true, "minute": true,
}

// occurrenceAfter reports whether the trigger is the subject of an
// occurrence verb that t dates: "a second walkout would take place on
// Tuesday", "the vote will be held on 3 May".
func occurrenceAfter(s *sentence, m *mention, t *sentTimex) bool {
	toks := s.toks
	if m.trig.pos != posNoun || t.xa <= m.tb || s.clause[t.xa] != s.clause[m.tb-1] && !relativeOccurrence(s, m, t) || s.paren[t.xa] != s.paren[m.ta] && !(m.tb < len(toks) && toks[m.tb].text == ",") {
		return false
	}
	k := m.tb
	if k < t.xa && toks[k].text == "," {
		k++
	}
	for n := 0; n < 3 && k < t.xa && occurrenceAux[toks[k].norm]; n++ {
		k++
	}
	for _, v := range occurrence {
		if !matchAt(toks, k, v) {
			continue
		}
		e := k + len(v)
		if e <= t.xa && t.xa-e <= 2 {
			for a := e; a < t.xa; a++ {
				if !postAttach[toks[a].norm] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// auxiliaries between an event noun and its occurrence verb
var occurrenceAux = map[string]bool{
	"would": true, "will": true, "is": true, "was": true, "were": true, "are": true, "has": true,
	"had": true, "have": true, "been": true, "be": true, "to": true, "due": true, "expected": true,
	"set": true, "finally": true, "eventually": true, "also": true, "then": true, "could": true,
}

// simultaneous reports whether the event m is told as happening while o
// does, after it in the sentence: "called a general strike on Monday as
// protesters poured into the streets".
func simultaneous(s *sentence, o, m *mention) bool {
	if o.tb > m.ta || m.ta-o.tb > 15 {
		return false
	}
	for k := o.tb; k < m.ta; k++ {
		if w := s.toks[k].norm; relational[w] {
			return false // "a day after fleeing as protesters stormed"
		}
	}
	for k := o.tb; k < m.ta; k++ {
		if w := s.toks[k].norm; w == "as" || w == "while" || w == "when" || w == "amid" || w == "amidst" {
			return true // ("was crowned on 4 June amid riots")
		}
	}
	// "When the army refused to fire on protesters in February, the Tsar
	// abdicated": the main clause after a leading when-clause
	if len(s.toks) > 0 && (s.toks[0].norm == "when" || s.toks[0].norm == "as" || s.toks[0].norm == "while") {
		for k := o.tb; k < m.ta; k++ {
			if s.toks[k].text == "," {
				return true
			}
		}
	}
	return false
}

// inPPOf reports whether the noun event o lies in a prepositional phrase
// ("in raids", "during the protests", "amid clashes") of the verb event m
// before it, in the same clause.
func inPPOf(s *sentence, m, o *mention) bool {
	if m.trig.pos == posNoun || o.trig.pos != posNoun || o.ta <= m.tb || s.clause[o.ta] != s.clause[m.ta] || o.ta-m.tb > 20 {
		return false
	}
	for k := o.ta - 1; k >= m.tb && k >= o.ta-6; k-- {
		w := s.toks[k].norm
		if w == "in" || w == "during" || w == "amid" || w == "in the course of" {
			return true
		}
		if !s.toks[k].word || npStop[w] {
			return false
		}
	}
	return false
}

// sinceCount reports whether t follows "since" after a counted or
// superlative event: "the twelfth coup since 1932", "the largest protest
// since 2011" are not dated by the year after since.
func sinceCount(s *sentence, m *mention, t *sentTimex) bool {
	if t.xa == 0 || s.toks[t.xa-1].norm != "since" || t.xa < m.tb {
		return false
	}
	for k := m.ta - 1; k >= 0 && k >= m.ta-4; k-- {
		w := s.toks[k].norm
		if ordinalWord[w] || strings.HasSuffix(w, "est") && len(w) > 5 || w == "most" || w == "only" {
			return true
		}
		if determiners[w] || npStop[w] || !s.toks[k].word {
			break
		}
	}
	return false
}

var ordinalWord = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true, "twelfth": true,
	"last": true, "latest": true, "biggest": true, "largest": true, "worst": true, "deadliest": true,
}

// whenAfterDate reports whether the trigger lies in a "when" clause right
// after t: "On 6 April, when the plane was shot down".
func whenAfterDate(s *sentence, t *sentTimex, m *mention) bool {
	k := t.xb
	if k < len(s.toks) && s.toks[k].text == "," {
		k++
	}
	if k >= len(s.toks) || s.toks[k].norm != "when" || m.ta <= k {
		return false
	}
	for a := k + 1; a < m.ta; a++ {
		if s.clause[a] != s.clause[k] && !s.reduced[s.clause[a]] {
			return false
		}
	}
	// "when police opened fire on a crowd protesting against ..."
	return s.clause[m.ta] == s.clause[k] || s.reduced[s.clause[m.ta]]
}

// otherPredicate reports whether a coordinated verb lies between a and b:
// "arrested at the scene and died in prison", "captured, tried and
// executed".
func otherPredicate(toks []token, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if toks[k].norm != "and" && toks[k].text != "," {
			continue
		}
		n := toks[k+1]
		if n.isCap() || !n.word {
			continue
		}
		w := n.norm
		if irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !edNoun[w] {
			return true
		}
	}
	return false
}

// irregularPast are frequent past forms without -ed.
var irregularPast = map[string]bool{
	"died": true, "fled": true, "went": true, "took": true, "led": true, "won": true, "lost": true,
	"became": true, "began": true, "left": true, "fell": true, "made": true, "held": true, "sent": true,
	"spent": true, "gave": true, "ran": true, "fought": true, "met": true, "was": true, "were": true,
	"returned": true, "later": false,
}

// edNoun are -ed words that are no verbs.
var edNoun = map[string]bool{"hundred": true, "hundreds": true, "bed": true, "red": true, "united": true}

// relationalBefore returns the index of an after/before/following/until
// heading the noun phrase of the trigger at ta ("after weeks of protests"),
// or -1.
func relationalBefore(toks []token, ta int) int {
	for k := ta - 1; k >= 0 && k >= ta-5; k-- {
		w := toks[k].norm
		if relational[w] && w != "by" {
			return k
		}
		if finiteAux[w] || w == "been" || w == "being" {
			continue // "after teenagers were arrested"
		}
		if !toks[k].word || verbalPrev[w] {
			return -1
		}
	}
	return -1
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// weekendText reports whether a time expression names a weekend.
func weekendText(text string) bool {
	return strings.Contains(strings.ToLower(text), "weekend")
}

// shiftDays moves a day or day-range date by n days.
func shiftDays(d timeline.Date, n int64) timeline.Date {
	d.Start = timeline.DayFromDays(d.Start.Days() + n)
	d.End = timeline.DayFromDays(d.End.Days() + n)
	if d.Start == d.End {
		d.EDTF = d.Start.String()
	} else {
		d.EDTF = d.Start.String() + "/" + d.End.String()
	}
	d.TIMEX = d.EDTF
	return d
}

// bareWeekday reports whether a time expression is a weekday name alone
// ("Saturday", "on Saturday"), which the date stage resolves to the past in
// news.
func bareWeekday(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 2 && f[0] == "on" {
		f = f[1:]
	}
	return len(f) == 1 && weekdays[f[0]]
}

// carryDates dates asserted events told in the past tense in a sentence
// without a date of its own by the narrative's current date: the date of
// the previous sentence of the same paragraph ("Thousands marched on
// Friday. Police detained 40 demonstrators"). Present-tense events of a
// dated news report without a date take the report's date ("Workers walk
// out for a second day"). Nouns ("the coup", "the recent elections") are
// left to inheritDates: they name events the text may date elsewhere or not
// at all.
func (x *Extractor) carryDates(ms []*mention, sents []*sentence, in Input) {
	bySent := make([][]*mention, len(sents))
	for _, m := range ms {
		bySent[m.sent] = append(bySent[m.sent], m)
	}
	narrative := in.Doc.Date.IsZero()
	for _, m := range ms {
		if m.Date != nil || m.Modality != timeline.Asserted && m.Modality != timeline.Attempted || m.anaphor {
			continue
		}
		s := sents[m.sent]
		if m.trig.pos == posNoun && !(narrative && narrativeNoun(s, m)) {
			continue
		}
		if s.relative[s.clause[m.ta]] && pastTrigger(s, m) && !pluperfect(s, m) {
			// "deposed President Perón, who was placed under arrest": the
			// relative clause tells what happened with the main event
			var d *timeline.Date
			for _, o := range bySent[m.sent] {
				if o != m && o.ta < m.ta && o.Date.Known() && o.Modality == timeline.Asserted && !o.inherited && s.clause[o.ta] != s.clause[m.ta] {
					d = o.Date
				}
			}
			if d != nil {
				c := *d
				c.Basis = timeline.Narrative
				m.Date = &c
				m.inherited = true
				continue
			}
		}
		if d := coordinatedVerbDate(s, m, bySent[m.sent]); d != nil {
			// "took control of the country on Monday and detained the
			// leaders": the second verb of one subject shares the date
			c := *d
			c.Basis = timeline.Narrative
			m.Date = &c
			m.inherited = true
			continue
		}
		if x.hasFreeDate(s, m, bySent[m.sent], in) || relationalBefore(s.toks, m.ta) >= 0 || afterEventClause(s, m, bySent[m.sent]) {
			continue
		}
		switch {
		case pastTrigger(s, m) || m.trig.pos == posNoun:
			if timeShift(s, m) || x.reportedTally(s, m) {
				continue
			}
			// the nearest earlier sentence of the paragraph that tells a
			// date, at most two back
			var d *timeline.Date
			for p := m.sent - 1; p >= 0 && p >= m.sent-2 && sents[p].para == s.para; p-- {
				if d = x.sentenceDate(sents[p], bySent[p], in); d != nil || hasCalendarDate(sents[p], in) {
					break
				}
			}
			if d == nil {
				continue
			}
			c := *d
			c.Basis = timeline.Narrative
			m.Date = &c
			m.inherited = true
		case presentTrigger(s, m) && !in.Doc.Date.IsZero():
			day := in.Doc.Date
			m.Date = &timeline.Date{EDTF: day.String(), TIMEX: day.String(), Start: day, End: day,
				Precision: timeline.DayPrec, Basis: timeline.DocumentDate}
		}
	}
}

// afterEventClause reports whether m's clause opens with a relational
// phrase around another event ("After the strike he was arrested",
// "Following the coup, ..."): m is timed by that event, not by the
// sentence before.
func afterEventClause(s *sentence, m *mention, ms []*mention) bool {
	for _, o := range ms {
		if o != m && o.tb <= m.ta && o.trig.pos == posNoun && s.clause[o.ta] == s.clause[m.ta] {
			if r := relationalBefore(s.toks, o.ta); r >= 0 && s.toks[r].norm != "by" {
				return true
			}
		}
	}
	return false
}

// coordinatedVerbDate returns the date of the verb m is coordinated with
// by "and" right before it ("seized power on Monday and detained the
// president"), when that verb has a date of its own in the sentence and
// both are asserted past verbs; nil otherwise.
func coordinatedVerbDate(s *sentence, m *mention, ms []*mention) *timeline.Date {
	toks := s.toks
	if m.trig.pos == posNoun || m.trig.kind != formPast || m.ta < 2 {
		return nil
	}
	and := m.ta - 1
	if toks[and].norm != "and" {
		return nil
	}
	var prev *mention
	for _, o := range ms {
		if o != m && o.tb <= and && (prev == nil || o.tb > prev.tb) {
			prev = o
		}
	}
	if prev == nil || prev.trig.pos == posNoun || prev.Modality != timeline.Asserted || !prev.Date.Known() || prev.inherited ||
		prev.DateSpan == nil || prev.DateSpan.Start < s.span.Start || prev.DateSpan.End > s.span.End {
		return nil
	}
	for k := prev.tb; k < and; k++ {
		if toks[k].text == "," || toks[k].text == ";" || clauseWords[toks[k].norm] {
			return nil
		}
	}
	return prev.Date
}

// hasFreeDate reports whether the sentence has a time expression that no
// other event of it holds ("the November election" holds its month) and
// that is no dateline before a dash: such a date sets the sentence's own
// time, which the narrative's must not override.
func (x *Extractor) hasFreeDate(s *sentence, m *mention, ms []*mention, in Input) bool {
	for k := range s.timexes {
		t := &s.timexes[k]
		tx := in.Timexes[t.idx]
		if tx.Type != timeline.TimexDate && tx.Type != timeline.TimexTime {
			continue
		}
		if dateline(s, t) || x.reportBefore(s, t.xa) || t.xa >= m.tb && otherPredicate(s.toks, m.tb, t.xa) {
			continue // "the ministry said on Monday", "... and died in 1918"
		}
		held := false
		for _, o := range ms {
			if o != m && o.sent == m.sent && (x.premodOf(s, t, o.ta) || x.postmodOf(s, t, o.ta, o.tb)) {
				held = true
				break
			}
		}
		if !held {
			return true
		}
	}
	return false
}

// narrativeNoun reports whether an event noun in a history without a
// publication date is told as part of the narrative: the subject of a
// past-tense clause ("The coup attempt collapsed after ...", "communal
// massacres in the Punjab claimed ..."), not the complement of another noun
// ("enemies of the revolution").
func narrativeNoun(s *sentence, m *mention) bool {
	toks := s.toks
	if m.ta > 0 && (toks[m.ta-1].norm == "of" || npStop[toks[m.ta-1].norm]) {
		return false
	}
	for k := m.ta - 1; k >= 0 && s.clause[k] == s.clause[m.ta]; k-- {
		if (toks[k].norm == "and" || toks[k].norm == "but") && k > 0 && toks[k-1].text == "," {
			break // ", and communal massacres ...": a new clause's subject
		}
		if npStop[toks[k].norm] || verbBetween(toks, k, k+1) {
			return false // not the subject
		}
	}
	cl := s.clause[m.ta]
	for k := m.tb; k < len(toks) && k < m.tb+8 && s.clause[k] == cl; k++ {
		w := toks[k].norm
		if irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !toks[k].isCap() && !edNoun[w] || pastOnly[w] {
			return true
		}
	}
	return false
}

// pastOnly are past forms that otherwise look like other words.
var pastOnly = map[string]bool{"cost": false, "claimed": true, "spread": false, "hit": false, "struck": true, "broke": true, "swept": true}

// pluperfect reports whether "had" comes just before the trigger: an
// earlier time than the narrative's ("who had been detained").
func pluperfect(s *sentence, m *mention) bool {
	for k := m.ta - 1; k >= 0 && k >= m.ta-3; k-- {
		if s.toks[k].norm == "had" {
			return true
		}
	}
	return false
}

// lastedUntil reports whether the words between "after" at r and a
// trigger at ta give the trigger's length: "after nineteen days of",
// "after months of".
func lastedUntil(toks []token, r, ta int) bool {
	for k := r + 1; k < ta; k++ {
		if toks[k].norm == "of" && k > r+1 && durationUnits[toks[k-1].norm] {
			return true
		}
	}
	return false
}

var durationUnits = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "decades": true}

// reportedTally reports whether m is told in a pluperfect tally that a
// reporting verb governs, with a count of the people it befell ("the
// ministry said 26 people had been killed and 3,000 detained"): a running
// total up to the report, not an event of the day the sentence before
// tells.
func (x *Extractor) reportedTally(s *sentence, m *mention) bool {
	count := false
	for k := m.ta - 1; k >= 0 && k >= m.ta-4; k-- {
		if numberWord(s.toks[k].norm) > 1 || manyWord[s.toks[k].norm] {
			count = true
		}
	}
	if !count {
		return false // "the army said Bashir had been arrested": that day's event
	}
	had := false
	for k := m.ta - 1; k > 0; k-- {
		switch {
		case s.toks[k].norm == "had":
			had = true
		case had && x.reportAt(s, k):
			return true
		case s.toks[k].text == ";" || s.toks[k].text == ".":
			return false
		}
	}
	return false
}

// hasCalendarDate reports whether a sentence has a time expression with a
// calendar reading.
func hasCalendarDate(s *sentence, in Input) bool {
	for _, t := range s.timexes {
		if in.Timexes[t.idx].Date.Known() {
			return true
		}
	}
	return false
}

// dateline reports whether t is the date of a news dateline ("PARIS, March
// 8 —"): near the start of the sentence, right before a dash.
func dateline(s *sentence, t *sentTimex) bool {
	if t.xa > 4 || t.xb >= len(s.toks) {
		return false
	}
	n := s.toks[t.xb].text
	return n == "—" || n == "–" || n == "-" || n == "--"
}

// sentenceDate returns the date a sentence tells its story at: the date of
// its last dated asserted event, or else its last calendar date that no
// publication verb governs and no aside holds.
func (x *Extractor) sentenceDate(s *sentence, ms []*mention, in Input) *timeline.Date {
	var d, main *timeline.Date
	for _, o := range ms {
		if o.Date.Known() && o.Modality == timeline.Asserted && !o.inherited {
			d = o.Date
			if main == nil && relationalBefore(s.toks, o.ta) < 0 && !s.relative[s.clause[o.ta]] && !s.reduced[s.clause[o.ta]] &&
				!(o.DateSpan != nil && strings.HasSuffix(normWord(in.Doc.Text[o.DateSpan.Start:o.DateSpan.End]), "'s")) {
				main = o.Date // the main event, not "minutes after ... Saturday's election"
			}
		}
	}
	if main != nil {
		return main
	}
	if d != nil {
		return d
	}
	for _, t := range s.timexes {
		tx := in.Timexes[t.idx]
		if !tx.Date.Known() || tx.Type != timeline.TimexDate || s.paren[t.xa] != 0 || x.reportBefore(s, t.xa) ||
			t.xa > 0 && relational[s.toks[t.xa-1].norm] {
			continue
		}
		d = tx.Date
	}
	return d
}

// pastTrigger reports whether a verb or phrase trigger is in a past form
// ("detained", "were captured", "had been arrested").
func pastTrigger(s *sentence, m *mention) bool {
	if m.trig.kind == formPast {
		return true
	}
	w := s.toks[m.ta].norm
	if w == "was" || w == "were" {
		return true
	}
	if m.ta > 0 {
		p := s.toks[m.ta-1].norm
		return p == "was" || p == "were" || p == "been" || p == "had"
	}
	return false
}

// presentTrigger reports whether a verb or phrase trigger is in the simple
// present, as in headlines and news leads ("workers walk out", "army
// seizes power").
func presentTrigger(s *sentence, m *mention) bool {
	if m.trig.kind != formBase && m.trig.kind != formVerb {
		return false
	}
	if m.ta == 0 {
		return true
	}
	p := s.toks[m.ta-1].norm
	return !verbalPrev[p] || p == "they" || p == "we" || p == "he" || p == "she"
}

// shiftWords move a sentence away from the narrative's current time.
var shiftWords = map[string]bool{
	"earlier": true, "before": true, "ago": true, "previously": true, "later": true, "afterwards": true,
	"afterward": true, "formerly": true, "once": true, "eventually": true, "since": true, "until": true,
	"following": true, "followed": true, "subsequently": true, "thereafter": true, "subsequent": true,
}

// longUnits are the units after "within" that move away from the day told
// before ("within days"); "within hours" stays on it.
var longUnits = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "a": true, "two": true, "three": true}

// timeShift reports whether the sentence moves away from the time of the
// one before: a time adverb ("Two years earlier, ...") or a pluperfect
// outside reported speech ("Soto had resigned as well").
func timeShift(s *sentence, m *mention) bool {
	for k, t := range s.toks {
		if shiftWords[t.norm] && k < m.tb+6 && !(k > 0 && shortGap[s.toks[k-1].norm]) {
			return true
		}
		if t.norm == "within" && k+1 < len(s.toks) && k < m.tb+6 && longUnits[s.toks[k+1].norm] {
			return true // "captured the city within days"
		}
	}
	for k := m.ta - 1; k >= 0 && k >= m.ta-3; k-- {
		if s.toks[k].norm == "had" {
			return !reportedFuture(s.toks, k)
		}
	}
	return false
}

// splitCoordinated makes one event per date of a coordinated list linked to
// a plural or verbal trigger: "staged coups in 1979 and 1981", "overthrew
// elected governments in 1930, 1955 and 1962", "the elections of 1992 and
// 1996". A singular noun keeps one event ("the election was held in 1951
// and 1952").
func (x *Extractor) splitCoordinated(ms []*mention, sents []*sentence, in Input) []*mention {
	var out []*mention
	for _, m := range ms {
		out = append(out, m)
		if m.Date == nil || m.dateTok == 0 || m.trig.pos == posNoun && m.trig.kind != formPlural {
			continue
		}
		s := sents[m.sent]
		k := m.dateTok
		if m.DateSpan != nil {
			if a, _ := tokRange(s.toks, *m.DateSpan); a > 0 && (s.toks[a-1].norm == "between" || s.toks[a-1].norm == "from") {
				continue // "between 1930 and 1955": one period
			}
		}
		// backwards: "the 1964 and 1971 coups"
		if m.DateSpan != nil {
			a, _ := tokRange(s.toks, *m.DateSpan)
			for a > 0 {
				n := a - 1
				for n > 0 && n > a-3 && (s.toks[n].text == "," || s.toks[n].norm == "and") {
					n--
				}
				if n == a-1 {
					break
				}
				var prev *sentTimex
				for i := range s.timexes {
					if s.timexes[i].xb == n+1 {
						prev = &s.timexes[i]
					}
				}
				if prev == nil || prev.xa > 0 && (s.toks[prev.xa-1].norm == "between" || s.toks[prev.xa-1].norm == "from") {
					break
				}
				tx := in.Timexes[prev.idx]
				if !tx.Date.Known() || tx.Date.Precision != m.Date.Precision {
					break
				}
				out = append(out, m.withDate(tx, prev.xb))
				a = prev.xa
			}
		}
		for k < len(s.toks) {
			n := k
			for n < len(s.toks) && n < k+2 && (s.toks[n].text == "," || s.toks[n].norm == "and") {
				n++
			}
			if n == k {
				break
			}
			var next *sentTimex
			for i := range s.timexes {
				if s.timexes[i].xa == n {
					next = &s.timexes[i]
				}
			}
			if next == nil {
				break
			}
			tx := in.Timexes[next.idx]
			if !tx.Date.Known() || tx.Date.Precision != m.Date.Precision {
				break
			}
			out = append(out, m.withDate(tx, next.xb))
			k = next.xb
		}
	}
	return out
}

// commaBetween reports whether a comma lies in toks[a:b]: the end of an
// after/before phrase ("on Wednesday before a crowd in Caracas, as protests
// swept the country").
func commaBetween(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// withDate returns a copy of m dated by tx, whose expression ends at token
// tok.
func (m *mention) withDate(tx timeline.Timex, tok int) *mention {
	c := *m
	d := *tx.Date
	c.Date = &d
	sp := tx.Span
	c.DateSpan = &sp
	c.dateTok = tok
	return &c
}
