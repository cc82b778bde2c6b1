package event

import (
	"github.com/timelinekit/timelinekit/timeline"
)

var (
	finiteAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true}
	// a date right after one of these is relative to something else
	relational = map[string]bool{"after": true, "before": true, "until": true, "till": true, "following": true, "by": true, "prior": true}
	// words allowed between a trigger and a date attached to it
	postAttach = map[string]bool{"on": true, "in": true, "of": true, "held": true, "dated": true, "during": true, "since": true, "at": true, ",": true, "which": false}
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
		score, strong, ok := x.attach(s, m, st, all)
		if !ok {
			continue
		}
		if m.Modality != timeline.Asserted && !strong {
			// "calls for new elections" on a dated day: the date is the call's
			continue
		}
		if tx.Type == timeline.TimexTime {
			score -= 0.1
		}
		if best == nil || score > bestScore {
			best, bestScore, bestStr = st, score, strong
		}
	}
	if best == nil {
		return
	}
	tx := in.Timexes[best.idx]
	d := *tx.Date
	m.Date = &d
	sp := tx.Span
	m.DateSpan = &sp
	m.strong = bestStr
	m.dateScore = bestScore
}

// attach scores how well the time expression t attaches to the trigger of m.
func (x *Extractor) attach(s *sentence, m *mention, t *sentTimex, all []*mention) (score float64, strong, ok bool) {
	toks := s.toks
	// an aside the trigger is not in: "(recorded 25 November)"
	if p := s.paren[t.xa]; p != 0 && p != s.paren[m.ta] {
		return 0, false, false
	}
	if x.premodOf(s, t, m.ta) || x.postmodOf(s, t, m.ta, m.tb) || relativeOccurrence(s, m, t) {
		return 3, true, true
	}
	// a date attached to another event belongs to it
	for _, o := range all {
		if o == m || o.sent != m.sent {
			continue
		}
		if x.premodOf(s, t, o.ta) || x.postmodOf(s, t, o.ta, o.tb) {
			return 0, false, false
		}
	}
	// an event inside "after/before ..." is not at the clause's date: "On
	// 10 November, after weeks of protests, Morales resigned"
	if r := relationalBefore(s.toks, m.ta); r >= 0 && (t.xa < r || t.xa >= m.tb) {
		return 0, false, false
	}
	// the date governed by a publication or reporting word: "published 18 November"
	if x.reportBefore(s, t.xa) {
		return 0, false, false
	}
	// "18 November after the massacre", "before 2019"
	if t.xa > 0 && relational[toks[t.xa-1].norm] {
		return 0, false, false
	}
	if t.xb < len(toks) && relational[toks[t.xb].norm] && t.xb < m.ta {
		return 0, false, false
	}
	lo, hi := t.xb, m.ta
	if m.tb <= t.xa {
		lo, hi = m.tb, t.xa
	}
	// a clause boundary or a reporting verb between them
	for k := lo; k < hi; k++ {
		if s.clause[k] != s.clause[lo] {
			return 0, false, false
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
	return 2 - float64(dist)/100, false, true
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
	// the date itself must follow a determiner or start the phrase
	if t.xa > 0 {
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
	for _, m := range ms {
		single := x.lex.types[m.Type] != nil && x.lex.types[m.Type].Single
		if m.Date != nil || m.another || m.Modality != timeline.Asserted && !single {
			continue
		}
		if m.trig.pos == posNoun && !m.definite && !single {
			continue
		}
		var cands []*mention
		for _, o := range ms {
			if o == m || o.Type != m.Type || o.Date == nil || o.DateSpan == nil || o.Modality != timeline.Asserted {
				continue
			}
			// the same event is referred to nearby: same paragraph or a
			// few sentences away
			if abs(o.sent-m.sent) > maxInheritSentences && !sameParagraph(in.Doc.Text, sents[min(o.sent, m.sent)].span, sents[max(o.sent, m.sent)].span) {
				continue
			}
			// one person's resignation is not another's
			if single && len(m.Participants) > 0 && !sharesName(m, o, in) {
				continue
			}
			cands = append(cands, o)
		}
		if len(cands) == 0 {
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
	}
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

// relationalBefore returns the index of an after/before/following/until
// heading the noun phrase of the trigger at ta ("after weeks of protests"),
// or -1.
func relationalBefore(toks []token, ta int) int {
	for k := ta - 1; k >= 0 && k >= ta-5; k-- {
		w := toks[k].norm
		if relational[w] && w != "by" {
			return k
		}
		if !toks[k].word || finiteAux[w] || verbalPrev[w] {
			return -1
		}
	}
	return -1
}
