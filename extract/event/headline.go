package event

import (
	"slices"
	"strings"

	"github.com/timelinekit/timelinekit/timeline"
	"unicode"
	"unicode/utf8"
)

const maxHeadlineWords = 12

var (
	pronounStart = map[string]bool{
		"it": true, "this": true, "that": true, "they": true, "he": true, "she": true, "we": true,
		"there": true, "which": true, "who": true, "these": true, "those": true, "i": true, "you": true,
	}
	// words a headline does not end (or start) with
	dangling = map[string]bool{
		"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true, "to": true,
		"for": true, "with": true, "by": true, "and": true, "or": true, "but": true, "as": true,
		"from": true, "that": true, "which": true, "who": true, "his": true, "her": true, "their": true,
		"its": true, "our": true, "into": true, "against": true, "after": true, "before": true,
		"during": true, "since": true, "near": true, "when": true, "while": true, "was": true, "were": true,
		"is": true, "are": true, "be": true, "been": true, "has": true, "have": true, "had": true,
		"yesterday": true, "today": true, "then": true, "also": true, "so": true, "than": true,
		"not": true, "yet": true, "only": true, "even": true, "both": true, "this": true, "these": true,
		"here": true, "there": true, "now": true, "originally": true, "within": true, "over": true,
		"about": true, "under": true, "amid": true, "until": true, "because": true, "said": true,
		"held": true, "scheduled": true, "dated": true, "recent": true, "hours": true, "minutes": true,
		"days": true, "weeks": true, "months": true, "years": true, "day": true, "week": true,
		"month": true, "year": true, "hour": true, "few": true, "several": true, "some": true,
	}
)

// headline builds a short headline for m from its sentence: the trigger's
// clause without dates and asides when it is short and has a subject,
// otherwise the trigger's noun phrase with the place attached to it.
func (x *Extractor) headline(s *sentence, m *mention, in Input) string {
	text := in.Doc.Text
	toks := s.toks
	cl := s.clause[m.ta]
	keep := make([]bool, len(toks))
	for k := range toks {
		keep[k] = s.clause[k] == cl && (s.paren[k] == 0 || s.paren[k] == s.paren[m.ta]) &&
			toks[k].text != "(" && toks[k].text != ")"
	}
	// drop dates with the preposition and commas around them
	for _, t := range s.timexes {
		if t.xa <= m.ta && t.xb > m.ta || in.Timexes[t.idx].Type == timeline.TimexDuration {
			continue // "after eighteen days of protests" keeps its duration
		}
		for k := t.xa; k < t.xb; k++ {
			keep[k] = false
		}
		for k := t.xa - 1; k >= 0 && (toks[k].norm == "on" || toks[k].norm == "in" || toks[k].norm == "at" || toks[k].norm == "since" || toks[k].norm == "of" || toks[k].norm == ","); k-- {
			keep[k] = false
			if toks[k].norm != "," {
				break
			}
		}
		if t.xb < len(toks) && toks[t.xb].norm == "," {
			keep[t.xb] = false
		}
	}
	idx := keptTokens(keep)
	capStart := len(idx) > 0 && toks[idx[0]].isCap()
	idx, dropped := x.clauseCore(s, m, idx)
	idx = dropStray(toks, idx, m.ta)
	idx = trimIdx(toks, idx)
	words, before := 0, 0
	for _, k := range idx {
		if toks[k].word {
			words++
			if k < m.ta {
				before++
			}
		}
	}
	if len(idx) > 0 && words <= maxHeadlineWords && words >= 3 && before <= maxSubjectWords && !pronounStart[toks[idx[0]].norm] &&
		(m.trig.pos != posNoun || !dateGapBefore(s, idx, m)) &&
		(capStart || dropped || toks[idx[0]].isCap() || leadsSentence(s, idx[0])) && idx[0] < m.ta && (m.trig.pos != posNoun || verbBetween(toks, idx[0], m.ta)) {
		// who did what: a named subject, a verb, the event
		if h := joinTokens(text, toks, idx); h != "" {
			return h
		}
	}
	label := m.Type
	if ti := x.lex.types[m.Type]; ti != nil {
		label = ti.Label
	}
	if m.anaphor {
		// "(yet) another one": the type names the event
		return x.withPlace(label, m, in)
	}
	if m.trig.kind == formPlural && !m.trig.pluralOne && oneOf(toks, m.ta) {
		// "one of the deepest revolutions": one event of the kind
		return x.withPlace(label, m, in)
	}
	if m.trig.pos != posNoun {
		if vp := verbPhrase(s, m); vp != nil {
			if h := joinTokens(text, toks, vp); h != "" {
				return x.withPlaceIn(h, m, in)
			}
		}
	}
	np := x.nounPhrase(s, m, in)
	if len(np) == m.tb-m.ta && m.trig.pos != posNoun {
		h := x.withPlace(label, m, in)
		if ti := x.lex.types[m.Type]; h == label && ti != nil && (ti.Single || ti.Person) {
			// "President Isabel Perón, who was placed under arrest":
			// the relative clause's antecedent is whom it happened to
			if who := relativeAntecedent(s, m, in); who >= 0 {
				return label + " of " + in.Entities[who].Name()
			}
		}
		return h
	}
	h := joinTokens(text, toks, np)
	if h2 := x.withPlaceIn(h, m, in); h2 != h {
		return h2
	}
	if len(np) == m.tb-m.ta && m.trig.pos == posNoun {
		// a bare noun ("Coup", "Rally"): say whom or where from the
		// roles or the document, or else what the sentence says of it
		// within a few words ("Jammeh seized power in a coup")
		if h2 := x.withPlace(h, m, in); h2 != h {
			return h2
		}
		if c := x.nounClause(s, m); c != nil {
			if hc := joinClause(text, s, c); len(strings.Fields(hc)) > len(strings.Fields(h)) {
				return hc
			}
		}
	}
	return h
}

// passiveTrigger reports whether m's trigger is a passive ("was shot",
// "were attacked"): its subject is the victim.
func passiveTrigger(m *mention, in Input) bool {
	w := strings.Fields(strings.ToLower(m.TrigText))
	if len(w) > 1 && (w[0] == "was" || w[0] == "were") {
		return true
	}
	before := strings.Fields(strings.ToLower(in.Doc.Text[m.Sentence.Start:m.Trigger.Start]))
	if n := len(before); n > 0 {
		return before[n-1] == "was" || before[n-1] == "were" || before[n-1] == "been"
	}
	return false
}

// relativeAntecedent returns the person entity a non-restrictive relative
// clause holding m's trigger is attached to ("Perón, who was placed under
// arrest"), or -1.
func relativeAntecedent(s *sentence, m *mention, in Input) int {
	cl := s.clause[m.ta]
	if !s.relative[cl] {
		return -1
	}
	k := m.ta
	for k > 0 && s.clause[k-1] == cl {
		k--
	}
	// k is the clause's first token ("who"); a comma before it, and the
	// person's name right before the comma
	if k < 2 || s.toks[k].norm != "who" && s.toks[k-1].norm != "who" {
		return -1
	}
	c := k - 1
	if s.toks[c].norm == "who" {
		c--
	}
	if c < 1 || s.toks[c].text != "," {
		return -1
	}
	for _, e := range s.ents {
		if e.eb == c && in.Entities[e.idx].Type == timeline.Person {
			return e.idx
		}
	}
	return -1
}

// withPlaceIn adds the place the event is in to a headline that does not
// name it: "Protests in Santa Cruz", "Attack on peasants in Pando".
func (x *Extractor) withPlaceIn(h string, m *mention, in Input) string {
	if m.placeIn >= 0 && !overlaps(in.Entities[m.placeIn].Span, m.Trigger) &&
		!strings.Contains(h, in.Entities[m.placeIn].Name()) && len(strings.Fields(h)) < maxHeadlineWords-2 {
		return h + " in " + in.Entities[m.placeIn].Name()
	}
	return h
}

// maxSubjectWords is how many words a clause headline may have before its
// trigger.
const maxSubjectWords = 8

// cutWords end a clause headline after the trigger: what follows them is
// circumstance, not the event ("resigned after weeks of protests", "walk
// out for a second day", "announced his resignation hours after").
var cutWords = map[string]bool{
	",": true, ";": true, ":": true, "and": true, "but": true, "after": true, "before": true, "following": true,
	"because": true, "as": true, "amid": true, "when": true, "while": true, "despite": true, "until": true,
	"for": true, "demanding": true, "saying": true, "accusing": true, "calling": true, "hours": true,
	"since": true, "over": true, "—": true, "minutes": true, "days": true, "weeks": true, "months": true, "years": true,
	"–": true, "(": true, "which": true, "who": true, "where": true, "unless": true, "if": true,
}

// clausePreps open a leading phrase that a comma closes ("In Argentina,
// the armed forces ...", "After weeks of protests, the army ...").
var clausePreps = map[string]bool{
	"in": true, "on": true, "at": true, "after": true, "before": true, "during": true, "following": true,
	"within": true, "by": true, "amid": true, "despite": true, "since": true, "under": true, "with": true,
	"for": true, "from": true, "until": true, "as": true, "a": true, "the": true,
}

// clauseCore trims the kept tokens of a clause headline: a leading phrase
// closed by a comma, a reporting prefix ("Unions said ..."), and what
// follows the event after a cut word or a few words. dropped reports
// whether the start was cut, so that the headline may begin in lower case.
func (x *Extractor) clauseCore(s *sentence, m *mention, idx []int) (out []int, dropped bool) {
	toks := s.toks
	for len(idx) > 0 && !toks[idx[0]].word && idx[0] < m.ta {
		idx = idx[1:]
		dropped = true
	}
	if len(idx) > 0 && (clausePreps[toks[idx[0]].norm] || strings.HasSuffix(toks[idx[0]].norm, "ing") && !toks[idx[0]].isCap() ||
		idx[0] > 0 && s.inTimex(idx[0]-1)) {
		last := -1
		for n, k := range idx {
			if k >= m.ta {
				break
			}
			if toks[k].text == "," {
				last = n
			}
		}
		if last >= 0 && last+1 < len(idx) {
			idx, dropped = idx[last+1:], true
		}
	}
	// "Unions said more than a million people marched": the reported event
	for n, k := range idx {
		if k >= m.ta {
			break
		}
		if announceVerbs[toks[k].norm] && m.trig.pos != posNoun && n+2 < len(idx) && idx[n+2] < m.ta {
			rest := idx[n+1:]
			if toks[rest[0]].norm == "that" && len(rest) > 1 {
				rest = rest[1:]
			}
			if !pronounStart[toks[rest[0]].norm] {
				idx, dropped = rest, true
			}
			break
		}
	}
	for n, k := range idx {
		if k < m.tb {
			continue
		}
		cut := cutWords[toks[k].norm] || !toks[k].word && toks[k].text != "-" && toks[k].text != "'"
		if k-m.tb >= 8 && !cut {
			return nil, dropped // too long to cut cleanly
		}
		if cut {
			// "resigned a day after", "elections within 90 days": the
			// measure of time goes with the cut
			for n > 0 && idx[n-1] >= m.tb && (toks[idx[n-1]].num || numberWord(toks[idx[n-1]].norm) > 0 || dangling[toks[idx[n-1]].norm]) {
				n--
			}
			return idx[:n], dropped
		}
	}
	return idx, dropped
}

// withPlace writes "Label in Place" (or "Label of Person" for one-person
// events such as resignations) from the event's roles; without a place of
// its own, the event takes the document's main place ("Coup in Thailand").
func (x *Extractor) withPlace(label string, m *mention, in Input) string {
	h := label
	if len(m.Participants) > 0 {
		if ti := x.lex.types[m.Type]; ti != nil && (ti.Single || ti.Person) {
			for _, p := range m.Participants {
				if in.Entities[p].Type == timeline.Person {
					h += " of " + in.Entities[p].Name()
					break
				}
			}
		}
	}
	if h == label && m.Type == "attack" && m.trig.pos != posNoun && passiveTrigger(m, in) {
		// "René Schneider was shot": the attack on its victim
		for _, p := range m.Participants {
			if in.Entities[p].Type == timeline.Person && !slices.Contains(m.Agents, p) {
				h += " on " + in.Entities[p].Name()
				break
			}
		}
	}
	switch {
	case m.placeIn >= 0 && !overlaps(in.Entities[m.placeIn].Span, m.Trigger):
		h += " in " + in.Entities[m.placeIn].Name()
	case m.placeIn >= 0:
	case len(m.Places) > 0 && m.Places[0] != m.fromPlace && !overlaps(in.Entities[m.Places[0]].Span, m.Trigger):
		h += " in " + in.Entities[m.Places[0]].Name()
	case len(m.Places) == 0 && m.docPlace >= 0:
		h += " in " + in.Entities[m.docPlace].Name()
	}
	return h
}

// mainPlace returns the entity index of the document's main place: the
// place named most often, when it is named at least twice and more often
// than any other; -1 when there is none.
func mainPlace(in Input) int {
	count := map[string]int{}
	first := map[string]int{}
	for i, e := range in.Entities {
		if e.Type != timeline.Place {
			continue
		}
		n := e.Name()
		if _, ok := first[n]; !ok {
			first[n] = i
		}
		count[n]++
	}
	best, bestN, tie := -1, 0, false
	for n, c := range count {
		switch {
		case c > bestN || c == bestN && first[n] < best:
			tie = c == bestN
			best, bestN = first[n], c
		case c == bestN:
			tie = true
		}
	}
	if best < 0 || bestN < 2 || tie {
		return -1
	}
	return best
}

// commonVerbs are frequent verbs without the -ed ending that take an event
// as object ("won the election", "led a coup").
var commonVerbs = map[string]bool{
	"won": true, "lost": true, "led": true, "held": true, "began": true, "got": true,
	"made": true, "saw": true, "took": true, "gave": true, "ran": true, "fought": true,
	"witnessed": true, "suffered": true, "calls": true, "call": true, "demand": true, "demands": true,
}

// verbBetween reports whether a verb-looking word lies in [a, b).
func verbBetween(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		w := toks[k].norm
		if commonVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !toks[k].isCap() {
			return true
		}
	}
	return false
}

// trimIdx drops dangling words and punctuation at both ends of idx.
func trimIdx(toks []token, idx []int) []int {
	for len(idx) > 0 && (dangling[toks[idx[0]].norm] || !toks[idx[0]].word && !toks[idx[0]].num) {
		idx = idx[1:]
	}
	for len(idx) > 0 && (dangling[toks[idx[len(idx)-1]].norm] || !toks[idx[len(idx)-1]].word) {
		idx = idx[:len(idx)-1]
	}
	return idx
}

// cutAtComma ends the headline at the first comma after the trigger.
func cutAtComma(toks []token, idx []int, tb int) []int {
	for n, k := range idx {
		if k >= tb && (toks[k].text == "," || toks[k].text == ";") {
			return idx[:n]
		}
	}
	return idx
}

// classifying adjectives a headline keeps before its noun ("general
// election", "military coup"); evaluative ones ("reactionary") go.
var classifying = map[string]bool{
	"general": true, "presidential": true, "parliamentary": true, "legislative": true, "municipal": true,
	"local": true, "regional": true, "national": true, "constitutional": true, "military": true,
	"civil": true, "police": true, "army": true, "student": true, "hunger": true, "mass": true,
	"popular": true, "peasant": true, "miners'": true, "workers'": true, "palace": true, "failed": true,
	"attempted": true, "new": true, "early": true, "snap": true, "first": true, "second": true,
	"armed": true, "naval": true, "air": true, "nationwide": true, "indefinite": true, "peaceful": true,
}

// keptTokens returns the indexes of the kept tokens.
// dropStray removes from a clause headline what is not part of the
// trigger's clause: handles and hashtags ("@user", "#tag"), and everything
// before a sentence start the segmenter missed: a full stop, or a
// capitalised function word right after a bracket or quote ("=LINK(...)
// The army seized power", "5 killed. @user says ...").
func dropStray(toks []token, idx []int, ta int) []int {
	handle := func(k int) bool { // "user" in "@user"
		return k > 0 && k < len(toks) && toks[k].word && (toks[k-1].text == "@" || toks[k-1].text == "#") && toks[k-1].end == toks[k].start
	}
	out := idx[:0] // idx is ours: filter in place
	for _, k := range idx {
		if handle(k) || (toks[k].text == "@" || toks[k].text == "#") && handle(k+1) {
			continue
		}
		out = append(out, k)
	}
	start := 0
	for n := 1; n < len(out); n++ {
		k := out[n]
		if k >= ta {
			break
		}
		p := toks[out[n-1]].text
		if p == "." || p == "!" || p == "?" || p == "=" {
			start = n
			continue
		}
		if k > 0 && toks[k].isCap() && (dangling[toks[k].norm] || pronounStart[toks[k].norm]) {
			if q := toks[k-1].text; handle(k-1) || q == ")" || q == "]" || q == "\"" || q == "”" || q == "»" {
				start = n
			}
		}
	}
	return out[start:]
}

func keptTokens(keep []bool) []int {
	var idx []int
	for k, ok := range keep {
		if ok {
			idx = append(idx, k)
		}
	}
	return idx
}

// nounPhrase returns the tokens of the trigger's noun phrase with the
// proper names right after it ("Sacaba massacre", "coup in Bolivia").
func (x *Extractor) nounPhrase(s *sentence, m *mention, in Input) []int {
	toks := s.toks
	a := m.ta
	possessive := m.ta > 0 && toks[m.ta-1].isCap() && strings.HasSuffix(toks[m.ta-1].norm, "'s") && !s.inTimex(m.ta-1)
	if possessive {
		a = m.ta - 1 // "Allende's overthrow"
		for a > 0 && toks[a-1].isCap() && toks[a-1].word && a > m.ta-4 {
			a--
		}
	}
	for k := a - 1; !possessive && k >= 0 && k >= m.ta-4; k-- {
		t := toks[k]
		if !t.word || determiners[t.norm] || npStop[t.norm] || dangling[t.norm] || s.inTimex(k) || verbalPrev[t.norm] {
			break
		}
		if strings.HasSuffix(t.norm, "'s") || !t.isCap() && !classifying[t.norm] {
			break
		}
		a = k
	}
	b := m.tb
	if b+1 < len(toks) && placePreps[toks[b].norm] && toks[b].norm != "of" || b+1 < len(toks) && toks[b].norm == "of" && toks[b+1].isCap() {
		k := b + 1
		if k < len(toks) && toks[k].norm == "the" {
			k++
		}
		c := k
		for c < len(toks) && c < k+4 && toks[c].word && toks[c].isCap() && !s.inTimex(c) {
			c++
		}
		if c > k {
			b = c
		}
	}
	if b == m.tb && b+1 < len(toks) && (toks[b].norm == "on" || toks[b].norm == "against") && !s.inTimex(b+1) {
		// what the event is about or aimed at: "referendum on a new
		// constitution", "attack on peasants"
		k := b + 1
		for k < len(toks) && k < b+5 && toks[k].word && !s.inTimex(k) && !clauseWords[toks[k].norm] &&
			!(npStop[toks[k].norm] && k > b+1) && !verbalPrev[toks[k].norm] {
			k++
		}
		if k > b+1 && !determiners[toks[k-1].norm] {
			b = k
		}
	}
	if ti := x.lex.types[m.Type]; b == m.tb && ti != nil && ti.Incident && m.trig.pos == posNoun && b+2 < len(toks) && toks[b].norm == "of" {
		// the victims of an incident: "massacre of students", "killing
		// of unarmed protesters"
		k := b + 1
		for k < len(toks) && k < b+3 && toks[k].word && !toks[k].num && !toks[k].isCap() && !s.inTimex(k) &&
			!dangling[toks[k].norm] && !determiners[toks[k].norm] && !npStop[toks[k].norm] {
			k++
		}
		if k > b+1 && len(toks[k-1].norm) > 3 && strings.HasSuffix(toks[k-1].norm, "s") && !strings.HasSuffix(toks[k-1].norm, "ss") {
			b = k
		}
	}
	var idx []int
	for k := a; k < b; k++ {
		idx = append(idx, k)
	}
	return idx
}

// joinTokens writes the tokens at idx with their original spacing, trims
// dangling words at both ends and capitalises the first letter.
func joinTokens(text string, toks []token, idx []int) string {
	for len(idx) > 0 && (dangling[toks[idx[0]].norm] || !toks[idx[0]].word && !toks[idx[0]].num) {
		idx = idx[1:]
	}
	for len(idx) > 0 && (dangling[toks[idx[len(idx)-1]].norm] || !toks[idx[len(idx)-1]].word && toks[idx[len(idx)-1]].text != "”" && toks[idx[len(idx)-1]].text != "\"") {
		idx = idx[:len(idx)-1]
	}
	if len(idx) == 0 {
		return ""
	}
	var b strings.Builder
	for n, k := range idx {
		if n > 0 {
			p := idx[n-1]
			if k == p+1 {
				b.WriteString(text[toks[p].end:toks[k].start])
			} else if toks[k].word || toks[k].text == "(" {
				b.WriteByte(' ')
			}
		}
		b.WriteString(toks[k].text)
	}
	h := strings.Join(strings.Fields(b.String()), " ")
	h = strings.ReplaceAll(h, " ,", ",")
	r, size := utf8.DecodeRuneInString(h)
	return string(unicode.ToUpper(r)) + h[size:]
}

// oneOf reports whether "one of" precedes the noun phrase ending at ta.
func oneOf(toks []token, ta int) bool {
	for k := ta - 1; k >= 1 && k >= ta-7; k-- {
		if toks[k].norm == "of" && toks[k-1].norm == "one" {
			return true
		}
	}
	return false
}

func overlaps(a, b timeline.Span) bool { return a.Start < b.End && b.Start < a.End }

// dateGapBefore reports whether a dropped date lies between the start of a
// clause headline and its noun trigger with no verb after it: "Elections
// were held [in 1990, two years after] a referendum" would join two events.
func dateGapBefore(s *sentence, idx []int, m *mention) bool {
	for _, t := range s.timexes {
		if t.xa > idx[0] && t.xb <= m.ta && !verbBetween(s.toks, t.xb, m.ta) {
			return true
		}
	}
	return false
}

// leadsSentence reports whether token k begins its sentence once a leading
// date phrase is dropped ("In August 2013 security forces killed ...").
func leadsSentence(s *sentence, k int) bool {
	for i := 0; i < k; i++ {
		t := s.toks[i]
		if s.inTimex(i) || !t.word || t.norm == "in" || t.norm == "on" || t.norm == "at" || t.norm == "by" || t.norm == "the" || t.norm == "a" {
			continue
		}
		return false
	}
	return k > 0
}

// subjectSkip are words between a subject and its verb ("was", "had
// been", "formally").
var subjectSkip = map[string]bool{
	"was": true, "were": true, "had": true, "has": true, "have": true, "been": true, "being": true,
	"is": true, "are": true, "also": true, "himself": true, "herself": true, "themselves": true, "itself": true,
	"then": true, "later": true, "finally": true, "eventually": true, "reportedly": true, "allegedly": true,
}

// verbPhrase returns the tokens of "subject verb object" around a verb
// trigger ("Air force jets bombed the building", "Protesters set fire to
// parliament"), or nil when the subject cannot be told.
func verbPhrase(s *sentence, m *mention) []int {
	toks := s.toks
	cl := s.clause[m.ta]
	k := m.ta - 1
	for k >= 0 && s.clause[k] == cl && (subjectSkip[toks[k].norm] || strings.HasSuffix(toks[k].norm, "ly") && !toks[k].isCap()) {
		k--
	}
	if k > 0 && toks[k].text == "," && s.clause[k] != cl {
		// "The general, who had led a coup in 1962, seized power": hop
		// over the relative clause to the subject
		for k >= 0 && s.clause[k] != cl {
			k--
		}
		if k >= 0 && toks[k].text == "," {
			k--
		}
	}
	end := k + 1 // the subject ends before the skipped words
	a := end
	for k >= 0 && s.clause[k] == cl && end-k <= 7 {
		t := toks[k]
		if determiners[t.norm] && k > 0 && toks[k-1].norm == "of" && a < end {
			k-- // "supporters of his rival": go on to the head
			continue
		}
		if (t.norm == "in" || t.norm == "at" || t.norm == "from" || t.norm == "across" || t.norm == "near") && a < end && k > 0 && toks[k-1].word && !determiners[toks[k-1].norm] {
			k-- // "schoolchildren in Soweto marched": the PP is no subject
			continue
		}
		if !t.word || npStop[t.norm] && t.norm != "of" || determiners[t.norm] || clauseWords[t.norm] ||
			s.inTimex(k) || dangling[t.norm] && t.norm != "of" || announceVerbs[t.norm] {
			break
		}
		a = k
		k--
	}
	for a < end && (toks[a].norm == "of" || strings.HasSuffix(toks[a].norm, "ing")) {
		a++ // no subject starts with a preposition or a participle
	}
	if a == end || pronounStart[toks[a].norm] || k >= 0 && s.clause[k] == cl && (toks[k].norm == "and" || toks[k].norm == "or") && !(k > 0 && toks[k-1].text == ",") {
		return nil // none, or one conjunct of a coordination
	}
	if k >= 0 && determiners[toks[k].norm] && k > 0 && (toks[k-1].norm == "and" || toks[k-1].norm == "or") {
		return nil // "He and his wife were captured"
	}
	var idx []int
	for i := a; i < m.tb; i++ {
		if s.clause[i] == cl && (i+1 >= len(toks) || toks[i].text != "," || s.clause[i+1] == cl) {
			idx = append(idx, i) // not the relative clause hopped over
		}
	}
	// the object: a short noun phrase, or a passive's agent ("by Jack Ruby")
	for i := m.tb; i < len(toks) && i < m.tb+6 && s.clause[i] == cl; i++ {
		t := toks[i]
		if !t.word || s.inTimex(i) || cutWords[t.norm] || clauseWords[t.norm] ||
			npStop[t.norm] && !(t.norm == "of" || t.norm == "by" || t.norm == "to") && i > m.tb {
			break
		}
		if npStop[t.norm] && t.norm != "to" && t.norm != "by" {
			break
		}
		idx = append(idx, i)
	}
	return idx
}
