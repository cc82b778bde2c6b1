package event

import (
	"sort"
	"strings"

	"github.com/timelinekit/timelinekit/timeline"
)

var (
	// words after which a noun-looking trigger is used as a verb
	verbalPrev = map[string]bool{
		"to": true, "will": true, "would": true, "could": true, "can": true, "should": true,
		"must": true, "may": true, "might": true, "shall": true, "did": true, "didn't": true,
		"i": true, "we": true, "they": true, "you": true, "he": true, "she": true,
		"not": true, "cannot": true,
	}
	determiners = map[string]bool{
		"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
		"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
		"another": true, "each": true, "every": true, "no": true, "any": true, "some": true,
	}
	definiteDet = map[string]bool{
		"the": true, "this": true, "that": true, "these": true, "those": true,
		"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	}
	// quantifiers that make a plural generic ("many coups", "the number of coups")
	genericQ = map[string]bool{
		"many": true, "several": true, "most": true, "all": true, "countless": true, "numerous": true,
		"frequent": true, "various": true, "few": true, "more": true, "fewer": true,
	}
	genericOf = map[string]bool{"number": true, "history": true, "series": true, "wave": true, "string": true, "spate": true,
		"dozens": true, "hundreds": true, "scores": true, "lots": true, "plenty": true, "succession": true, "handful": true}
	// prepositions and verbs-ish words that end a noun phrase when scanning left
	npStop = map[string]bool{
		"of": true, "in": true, "on": true, "at": true, "for": true, "with": true, "by": true,
		"against": true, "from": true, "to": true, "into": true, "during": true, "after": true,
		"before": true, "since": true, "and": true, "or": true, "is": true, "are": true, "was": true,
		"were": true, "be": true, "been": true, "has": true, "have": true, "had": true,
	}
)

// findTriggers finds the event triggers of one sentence.
func (x *Extractor) findTriggers(si int, s *sentence, in Input) []*mention {
	var out []*mention
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		var (
			best *trigger
			m    *mention
			j    int
		)
		// the preferred trigger at i that its context accepts: "shot
		// dead" is an assassination when a political word is near, an
		// attack otherwise
		cands := x.triggersAt(s, i)
		if len(cands) > 1 && cands[0].pos == posNoun && i > 0 && i <= 3 && verbReadingFirst(toks, i, cands[0], cands) {
			// "Workers strike over pay": the headline's verb first, the
			// noun when the verb is refused
			sort.SliceStable(cands, func(a, b int) bool { return cands[a].pos != posNoun && cands[b].pos == posNoun })
		}
		for _, c := range cands {
			j = i + len(c.words)
			if c.pos == posNoun && j < len(toks) {
				if nt := x.bestTrigger(s, j); nt != nil && nt.pos == posNoun && nt.typ != c.typ {
					break // "a shooting war", "a protest rally": the head is the event
				}
			}
			m = &mention{sent: si, ta: i, tb: j, trig: c}
			if x.acceptTrigger(s, m, in) {
				best = c
				break
			}
		}
		if best == nil {
			continue
		}
		if best.kind != formPlural && best.pos == posNoun && i > 0 && everyWord[toks[i-1].norm] {
			continue // "every election since independence": any, not one
		}
		if best.kind == formPlural && best.pluralOne && strongGeneric(s, i, j) {
			continue // "regular elections", "elections are usually held"
		}
		if best.kind == formPlural && !best.pluralOne && x.genericPlural(s, i) {
			// "the number of coups in history ... yet another one": the
			// anaphor is the event.
			a, b, ok := anotherOne(toks, j)
			if !ok {
				continue
			}
			m.ta, m.tb = a, b
			m.another, m.anaphor = true, true
		}
		m.Type = best.typ
		m.Trigger = timeline.Span{Start: toks[m.ta].start, End: toks[m.tb-1].end}
		m.TrigText = in.Doc.Text[m.Trigger.Start:m.Trigger.End]
		m.Sentence = s.span
		m.definite, m.another = npDeterminer(toks, m.ta, m.another)
		out = append(out, m)
		i = j - 1
	}
	// participants' nouns ("protesters") stand for an event only when the
	// sentence names none of their type
	kept := out[:0]
	for _, m := range out {
		dup := false
		if m.trig.people {
			for _, o := range out {
				if o != m && o.Type == m.Type && !o.trig.people {
					dup = true
				}
			}
		}
		if !dup {
			kept = append(kept, m)
		}
	}
	out = kept
	k, typ := x.killingAt(s, out)
	victims := false
	if k < 0 {
		k, typ = x.victimsKilledAt(s, out), "attack"
		victims = k >= 0
	}
	if k >= 0 {
		m := &mention{sent: si, ta: k, tb: k + 1, trig: killTrigger(s.toks[k].norm, typ), victims: victims}
		m.Type = m.trig.typ
		m.Trigger = timeline.Span{Start: toks[k].start, End: toks[k].end}
		m.TrigText = in.Doc.Text[m.Trigger.Start:m.Trigger.End]
		m.Sentence = s.span
		out = append(out, m)
		sort.SliceStable(out, func(a, b int) bool { return out[a].ta < out[b].ta })
	}
	return out
}

// victimsKilledAt returns the token of a killing told from its victims'
// side in a sentence with no violent event, or -1: a plural passive
// ("Hundreds of protesters were killed", "dozens were wounded", "members
// of the family were shot") or a counted subject of "died" beside a word
// of force or violence ("scores of civilians died" after "troops beat").
// A sentence with an event of its own (other than participants' nouns
// such as "protesters") gives its casualties to that event.
// It is an attack of its own; whether the count goes to an earlier event
// instead is decided by the caller (dropVictimsOfEarlier). No count is
// invented: "hundreds" leaves Killed at 0 (unknown), only a number given
// in the text is counted.
//
// Not a killing of its own: "in the violence" and other definite nouns
// of violence after it (the casualties of an event told elsewhere), and
// accidents ("were killed when the bus overturned").
func (x *Extractor) victimsKilledAt(s *sentence, found []*mention) int {
	if x.lex.types["attack"] == nil {
		return -1
	}
	for _, m := range found {
		if !m.trig.people {
			return -1 // the sentence's event owns the casualties ("protests spread, and 35 had been killed")
		}
	}
	toks := s.toks
	if !x.violenceNear(toks) {
		for _, t := range toks {
			if x.lex.senses["accident"][t.norm] {
				return -1 // "were killed when their car hit a tree"
			}
		}
	}
	for k := 1; k < len(toks); k++ {
		w := toks[k].norm
		if !victimWords[w] || s.inTimex(k) {
			continue
		}
		ok := false
		switch p := toks[k-1].norm; {
		case w == "died" || w == "perished":
			ok = countedSubject(toks, k) && x.violenceNear(toks)
		case p == "were" || p == "are" && countedSubject(toks, k-1):
			// ("are": the present tense of timelines, "dozens of
			// protesters are killed in Kasserine")
			ok = w != "shot" || k+1 >= len(toks) || toks[k+1].norm != "down"
		case p == "been" && k >= 2 && (toks[k-2].norm == "have" || toks[k-2].norm == "had"):
			ok = countedSubject(toks, k-2)
		}
		if ok && !x.violenceNounAfter(toks, k+1) {
			return k
		}
	}
	return -1
}

// victimWords are the participles and verbs that tell victims of violence.
var victimWords = map[string]bool{
	"killed": true, "massacred": true, "slaughtered": true, "wounded": true, "shot": true,
	"butchered": true, "died": true, "perished": true,
}

// countedSubject reports whether a count or a vague quantity ("hundreds",
// "scores of civilians", "at least 30 people") comes within the few words
// before the verb at k.
func countedSubject(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := toks[j].norm
		if numberWord(w) > 1 || manyWord[w] {
			return true
		}
		if !toks[j].word || npStop[w] && w != "of" {
			return false
		}
	}
	return false
}

// violenceNear reports whether the sentence has a word of force or
// violence (sense "violencectx" and the military words).
func (x *Extractor) violenceNear(toks []token) bool {
	for _, t := range toks {
		if x.lex.senses["violencectx"][t.norm] || x.lex.senses["military"][t.norm] {
			return true
		}
	}
	return false
}

// violenceNounAfter reports whether a definite noun of violence follows
// within a few words: "were killed in the fighting", "during the unrest".
func (x *Extractor) violenceNounAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		w := toks[j].norm
		if x.lex.senses["violencenoun"][w] {
			for i := j - 1; i >= k; i-- {
				if definiteDet[toks[i].norm] {
					return true
				}
			}
			return false
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// killTrigger is the trigger of an attack told only by its victims:
// "security forces killed hundreds of protesters", "..., killing 30".
func killTrigger(w, typ string) *trigger {
	kind := formPast
	if strings.HasSuffix(w, "ing") {
		kind = formIng
	}
	return &trigger{typ: typ, pos: posVerb, weight: 0.6, words: []string{w}, kind: kind}
}

// killingAt returns the token of an active "killed"/"killing" followed by a
// count in a sentence with no violent event, or -1: the killing is then an
// attack of its own; followed by a political office ("killed the prime
// minister") it is an assassination.
func (x *Extractor) killingAt(s *sentence, found []*mention) (int, string) {
	if x.lex.types["attack"] == nil {
		return -1, ""
	}
	coupOnly := false
	for _, m := range found {
		if vt := x.lex.types[m.Type]; vt != nil && vt.Violent && !battleType[m.Type] {
			if m.Type != "coup" {
				return -1, ""
			}
			coupOnly = true
		}
	}
	toks := s.toks
	for k := 1; k+1 < len(toks); k++ {
		w := toks[k].norm
		if w != "killed" && w != "killing" && w != "massacring" && w != "murdered" && w != "murdering" || s.inTimex(k) {
			continue
		}
		if p := toks[k-1].norm; p == "was" || p == "were" || p == "been" || p == "being" || p == "be" || p == "people" {
			continue // the victims' side: casualties of another event
		}
		n := k + 1
		for n < len(toks) && n < k+3 && (toks[n].norm == "some" || toks[n].norm == "at" || toks[n].norm == "least" ||
			toks[n].norm == "about" || toks[n].norm == "more" || toks[n].norm == "than" || toks[n].norm == "nearly" ||
			toks[n].norm == "around" || toks[n].norm == "over" || toks[n].norm == "up" || toks[n].norm == "to") {
			n++
		}
		if n < len(toks) && (numberWord(toks[n].norm) > 1 || manyWord[toks[n].norm]) {
			if x.lex.types["massacre"] != nil && massCount(toks, n) && x.unarmedAfter(toks, n+1) {
				// "soldiers killed more than 400 people", "killed
				// thousands of civilians": a mass killing, even after a
				// coup ("since the coup, troops have killed 1,500 people")
				return k, "massacre"
			}
			if coupOnly {
				return -1, "" // the casualties of the coup
			}
			return k, "attack"
		}
		if coupOnly {
			continue
		}
		if x.lex.types["assassination"] != nil && k+1 < len(toks) && toks[k+1].norm == "the" && k+2 < len(toks) &&
			x.lex.senses["political"][toks[k+2].norm] && toks[k+2].norm != "government" && toks[k+2].norm != "regime" {
			return k, "assassination"
		}
	}
	return -1, ""
}

// massCount reports whether the count at toks[n] is a mass one: a hundred
// or more, or "hundreds", "thousands", "tens of thousands", "millions".
func massCount(toks []token, n int) bool {
	switch w := toks[n].norm; w {
	case "hundreds", "thousands", "millions", "tens":
		return true
	default:
		return numberWord(w) >= 100
	}
}

// unarmedAfter reports whether the noun phrase of a count starting at
// toks[i] names unarmed people ("400 people", "hundreds of civilians",
// "thousands of protesters"): their killing is a massacre; fighters or no
// noun ("killing hundreds") leave it an attack.
func (x *Extractor) unarmedAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		w := toks[k].norm
		if x.lex.senses["victims"][w] || x.lex.senses["slain"][w] {
			return true
		}
		if w != "of" && w != "thousands" && w != "unarmed" && w != "innocent" && w != "local" && w != "more" {
			break
		}
	}
	return false
}

// battleType are the types of fighting over territory: a count killed
// beside one ("retook the city, killing hundreds") is an attack on its own
// victims, not the battle's casualties alone.
var battleType = map[string]bool{"invasion": true, "war": true}

var manyWord = map[string]bool{"hundreds": true, "thousands": true, "dozens": true, "scores": true, "tens": true, "millions": true}

// triggersAt returns the triggers matching at token i whose part of speech
// fits the context, longest first, then by weight.
func (x *Extractor) triggersAt(s *sentence, i int) []*trigger {
	var out []*trigger
	for _, t := range x.lex.triggers[s.toks[i].norm] {
		if matchAt(s.toks, i, t.words) && posFits(s.toks, i, t) {
			out = append(out, t)
		}
	}
	if len(out) > 1 {
		sort.SliceStable(out, func(a, b int) bool {
			if len(out[a].words) != len(out[b].words) {
				return len(out[a].words) > len(out[b].words)
			}
			return out[a].weight > out[b].weight
		})
	}
	return out
}

// bestTrigger returns the longest trigger matching at token i whose part of
// speech fits the context.
func (x *Extractor) bestTrigger(s *sentence, i int) *trigger {
	toks := s.toks
	var best *trigger
	for _, t := range x.lex.triggers[toks[i].norm] {
		if !matchAt(toks, i, t.words) {
			continue
		}
		if !posFits(toks, i, t) {
			continue
		}
		if best == nil || len(t.words) > len(best.words) ||
			len(t.words) == len(best.words) && t.weight > best.weight {
			best = t
		}
	}
	return best
}

// posFits checks that a one-word trigger is used as its part of speech: a
// noun not right after "to", a modal or a subject pronoun; a verb not right
// after a determiner.
func posFits(toks []token, i int, t *trigger) bool {
	if len(t.words) > 1 {
		return true
	}
	if i == 0 {
		// a sentence does not begin with a bare verb: "Rebels tried ..."
		return t.pos != posVerb || t.kind != formBase && t.kind != formVerb
	}
	prev := toks[i-1].norm
	switch t.pos {
	case posNoun:
		return !verbalPrev[prev]
	case posVerb:
		if determiners[prev] {
			return false
		}
		// a base or -s form is a verb only after "to", a modal, "did" or a
		// pronoun; elsewhere it is the noun ("a car bomb", "mortar shells")
		if (t.kind == formBase || t.kind == formVerb) && !verbalPrev[prev] && !headlineVerb(toks, i, t) {
			return false
		}
		return true
	}
	return true
}

// acceptTrigger applies the context rules of the lexicon.
func (x *Extractor) acceptTrigger(s *sentence, m *mention, in Input) bool {
	toks := s.toks
	t := m.trig
	i, j := m.ta, m.tb
	for k := i; k < j; k++ {
		if s.inTimex(k) {
			return false // "March" the month
		}
	}
	first := toks[i]
	if t.lower && first.isCap() && !(i == 0 && j < len(toks) && toks[j].word && !toks[j].isCap()) &&
		!(t.pos == posNoun && i > 1 && toks[i-1].isCap() && toks[i-1].word && !toks[i-1].num && !s.inTimex(i-1) && toks[i-2].norm == "the") {
		// a capital opening the sentence before a lower-case word is no
		// name: "Independence was won in 1821" (not "Independence Day");
		// nor is the head of a named event: "the Salt March"
		return false
	}
	if t.pos == posVerb && first.isCap() && i > 0 {
		return false // "Shell eased 1 to 416": a name, not a verb
	}
	if t.intrans && j < len(toks) && !intransOK(toks[j]) && !s.inTimex(j) {
		return false // "demonstrated the need", "rallied support"
	}
	if t.capital && !first.isCap() {
		return false
	}
	if t.people && i > 0 && (toks[i-1].num || numberWord(toks[i-1].norm) > 0 || patientOf(toks, i)) {
		return false // "killing 12 protesters", "killed dozens of demonstrators": victims, not a protest
	}
	// inside a person or organisation name ("Hands Off Venezuela Campaign")
	for _, e := range s.ents {
		if i >= e.ea && j <= e.eb && in.Entities[e.idx].Type != timeline.Place {
			return false
		}
	}
	// stop phrases overlapping the trigger
	for a := i - 6; a <= i; a++ {
		if a < 0 {
			continue
		}
		for _, st := range x.lex.stops[toks[a].norm] {
			// a stop phrase that the trigger covers is the trigger itself
			// ("struck a deal" as an agreement)
			if a+len(st) > i && matchAt(toks, a, st) && (a < i || a+len(st) > j) {
				return false
			}
		}
	}
	if t.pos != posNoun && t.kind == formPast && j < len(toks) && x.lex.heads[toks[j].norm] &&
		!(i > 0 && !toks[i-1].isCap() && toks[i-1].word && !determiners[toks[i-1].norm] && subjectNoun(toks[i-1]) &&
			j+1 < len(toks) && toks[j+1].word && !toks[j+1].isCap() && strings.HasSuffix(toks[j+1].norm, "s") && !finiteAux[toks[j+1].norm]) {
		// a participle as adjective: "elected officials" (but a verb after
		// its subject when the head word modifies a plural noun:
		// "supporters stormed government buildings")
		return false
	}
	if first.isCap() && i > 0 && t.pos == posNoun && partOfName(toks, i, j) {
		return false // "Revolution Square", "Plaza of the Revolution"
	}
	if t.pos == posNoun {
		// modifier of another noun: "election campaign manager"
		if j < len(toks) && x.lex.heads[toks[j].norm] {
			return false
		}
		if j+1 < len(toks) && toks[j].word && !x.lex.heads[toks[j].norm] && x.lex.heads[toks[j+1].norm] &&
			!determiners[toks[j].norm] && !npStop[toks[j].norm] && !toks[j].isCap() {
			// "election campaign manager": a two-noun compound before the head
			return false
		}
		// metaphor: "attack on democracy"
		if vt := x.lex.types[t.typ]; vt != nil && j < len(toks) &&
			(vt.Violent && (toks[j].norm == "on" || toks[j].norm == "against" || toks[j].norm == "upon") ||
				t.typ == "protest" && toks[j].norm == "of") {
			for k := j + 1; k < len(toks) && k <= j+3; k++ {
				if x.lex.abstract[toks[k].norm] {
					return false
				}
				if !determiners[toks[k].norm] && toks[k].norm != "our" && !isAdjLike(toks[k]) {
					break
				}
			}
		}
	}
	if len(t.notSense) > 0 || len(t.needSense) > 0 {
		cl := s.clause[i]
		found := func(sense string) bool {
			if entitySense[sense] {
				for _, e := range s.ents {
					if s.clause[e.ea] == cl && string(in.Entities[e.idx].Type) == sense {
						return true
					}
				}
				if sense == "PERSON" {
					// "where he was stabbed": a personal pronoun is a person
					for k, tk := range toks {
						if s.clause[k] == cl && (tk.norm == "he" || tk.norm == "she") {
							return true
						}
					}
				}
				return false
			}
			set := x.lex.senses[sense]
			for k, tk := range toks {
				if s.clause[k] == cl && (set[tk.norm] || strings.HasSuffix(tk.norm, "'s") && set[strings.TrimSuffix(tk.norm, "'s")]) {
					return true
				}
			}
			// "The rebels reached the town. They took it": a pronoun
			// subject stands for the people of the sentence before
			if a, b := subjectSpan(s, i); b == a+1 && pronounSubj[toks[a].norm] {
				// (or of an earlier clause of the sentence: "the rebels
				// reached Homs, and on 8 December they entered Damascus")
				return x.spanHas(s, 0, a, []string{sense}, in) || s.prev != nil && x.spanHas(s.prev, 0, len(s.prev.toks), []string{sense}, in)
			}
			return false
		}
		for _, n := range t.notSense {
			if found(n) {
				return false
			}
		}
		for _, n := range t.needSense {
			if !found(n) {
				return false
			}
		}
	}
	if len(t.objSense) > 0 && !x.objectFits(s, j, t.objSense, in) {
		return false
	}
	if len(t.notSubj) > 0 || len(t.subj) > 0 {
		a, b := subjectSpan(s, i)
		if len(t.notSubj) > 0 && a < b && x.spanHas(s, a, b, t.notSubj, in) {
			return false
		}
		if len(t.subj) > 0 && !(a < b && x.spanHas(s, a, b, t.subj, in)) {
			return false
		}
	}
	return true
}

// subjectSpan returns the tokens [a,b) of the subject of the verb phrase
// starting at i: the noun phrase right before it ("the city [was
// captured]"), or, after "and" ("Ceaușescu flees the capital and is
// captured"), the noun phrase that opens the clause, past a leading date,
// dash or preposition.
func subjectSpan(s *sentence, i int) (a, b int) {
	toks := s.toks
	if i == 0 {
		return 0, 0
	}
	if toks[i-1].norm == "and" || toks[i-1].norm == "then" {
		k := i - 1
		for k > 0 && s.clause[k-1] == s.clause[i] {
			k--
		}
		for k < i && (s.inTimex(k) || !toks[k].word || toks[k].norm == "on" || toks[k].norm == "in" || toks[k].norm == "by") {
			k++
		}
		a = k
		for k < i && k < a+5 && toks[k].word && !npStop[toks[k].norm] && (k == a || !isVerbLike(toks[k])) {
			k++
		}
		return a, k
	}
	b = i
	a = i
	for a > 0 && a > b-5 && toks[a-1].word && !toks[a-1].num && !s.inTimex(a-1) && !npStop[toks[a-1].norm] && !clauseWords[toks[a-1].norm] {
		a--
	}
	return a, b
}

// isVerbLike guesses that a lower-case word after a subject's first word is
// its verb: a past or -s form.
func isVerbLike(t token) bool {
	if t.isCap() {
		return false
	}
	return strings.HasSuffix(t.norm, "ed") || strings.HasSuffix(t.norm, "s") && !strings.HasSuffix(t.norm, "ss")
}

// spanHas reports whether tokens [a,b) hold a word of one of the senses or
// an entity of one of the entity senses.
func (x *Extractor) spanHas(s *sentence, a, b int, senses []string, in Input) bool {
	for _, sense := range senses {
		if entitySense[sense] {
			for _, e := range s.ents {
				if e.ea < b && e.eb > a && string(in.Entities[e.idx].Type) == sense {
					return true
				}
			}
			continue
		}
		for k := a; k < b; k++ {
			if x.lex.senses[sense][s.toks[k].norm] {
				return true
			}
		}
	}
	return false
}

// pronounSubj are subject pronouns that stand for a group named before.
var pronounSubj = map[string]bool{"they": true, "it": true}

// spatialPreps open a place phrase, never an object.
var spatialPreps = map[string]bool{
	"near": true, "outside": true, "inside": true, "across": true, "through": true, "around": true,
	"behind": true, "along": true, "toward": true, "towards": true, "beside": true, "beyond": true,
}

// timeAdverbs (and prepositions outside npStop) end an object's noun
// phrase: "fell to the militants overnight", "shot protesters outside the
// mint".
var timeAdverbs = map[string]bool{
	"overnight": true, "yesterday": true, "today": true, "tonight": true, "again": true, "later": true,
	"earlier": true, "soon": true, "then": true, "once": true, "twice": true, "without": true,
	"outside": true, "inside": true, "near": true, "across": true, "through": true, "around": true,
	"behind": true, "along": true, "toward": true, "towards": true, "beside": true, "over": true,
	"under": true, "while": true, "as": true, "when": true, "who": true, "which": true, "that": true,
}

// objectFits reports whether the noun phrase right after token j-1 (the
// trigger's object: "captured [the city]", "fell to [the army of Mehmed]")
// holds a word of one of the senses or starts with an entity of one of
// the entity senses.
func (x *Extractor) objectFits(s *sentence, j int, senses []string, in Input) bool {
	toks := s.toks
	if j < len(toks) && spatialPreps[toks[j].norm] {
		return false // a passive with a place after it: "was captured near the border"
	}
	if j < len(toks) && (toks[j].norm == "it" || toks[j].norm == "them") {
		// "lost the town but recaptured it": the place named before
		if x.spanHas(s, 0, j, senses, in) {
			return true
		}
		return s.prev != nil && x.spanHas(s.prev, 0, len(s.prev.toks), senses, in)
	}
	// a count before the object's noun: "the killing of [six] protesters",
	// "of [at least 15] people"
	for k := j; k < len(toks) && k < j+4; k++ {
		if w := toks[k].norm; !(toks[k].num || numberWord(w) > 0 || w == "at" || w == "least" || w == "more" || w == "than" || w == "some" || w == "about") {
			if k > j && (toks[k-1].num || numberWord(toks[k-1].norm) > 0) {
				j = k
			}
			break
		}
	}
	// the object's head: the last word of its first chunk ("the town [of
	// Kindu]", "the city council", "the mood [of the town]"); a possessive
	// is no head ("the city's most wanted man")
	end := j
	for end < len(toks) && end < j+5 && toks[end].word && !toks[end].num && !npStop[toks[end].norm] &&
		!(end > j && (strings.HasSuffix(toks[end].norm, "ly") || timeAdverbs[toks[end].norm])) {
		end++
	}
	head := end - 1
	for _, sense := range senses {
		if entitySense[sense] {
			for _, e := range s.ents {
				if e.ea >= j && e.ea <= j+2 && e.ea <= head && string(in.Entities[e.idx].Type) == sense {
					return true
				}
			}
			continue
		}
		if head >= j && x.lex.senses[sense][toks[head].norm] {
			return true
		}
	}
	return false
}

// subjectVerbs follow an event noun as its predicate ("fighting erupted",
// "the offensive stalled"): the noun is no transitive verb there.
var subjectVerbs = map[string]bool{
	"erupted": true, "continued": true, "raged": true, "intensified": true, "resumed": true, "escalated": true,
	"ended": true, "subsided": true, "stalled": true, "spreads": true, "continues": true, "rages": true,
}

// intransOK reports whether the token after an intransitive verb trigger
// leaves it intransitive: punctuation, a preposition, a conjunction, an
// adverb.
func intransOK(t token) bool {
	if !t.word {
		return true
	}
	w := t.norm
	if npStop[w] || w == "through" || w == "toward" || w == "towards" || w == "outside" || w == "across" ||
		w == "along" || w == "past" || w == "near" || w == "around" || w == "but" || w == "as" ||
		w == "while" || w == "when" || w == "until" || w == "peacefully" || w == "again" || w == "today" ||
		w == "yesterday" || w == "there" || w == "here" || w == "behind" || w == "under" || w == "over" || w == "between" ||
		predicatePast[w] || subjectVerbs[w] {
		return true
	}
	return strings.HasSuffix(w, "ly")
}

func isAdjLike(t token) bool {
	return t.word && !t.isCap() && len(t.norm) > 2
}

// genericPlural reports whether the plural noun at i is generic ("military
// coups in history", "the number of coups", "many massacres") rather than
// naming particular events ("the coups of 1964 and 1971", "one of the
// revolutions").
func (x *Extractor) genericPlural(s *sentence, i int) bool {
	toks := s.toks
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].norm
		switch {
		case genericQ[w] && k == i-1:
			return true
		case genericQ[w] && w != "most" && w != "more" && w != "fewer":
			return true
		case w == "and" || w == "or" || w == ",":
			continue // coordinated adjectives: "the deepest and most radical revolutions"
		case (toks[k].num || numberWord(w) >= 5) && k >= i-3 && !x.dateNear(s, i):
			return true // "more than forty coups": a count, not one event
		case determiners[w] || toks[k].num || numberWord(w) > 0 || w == "recent" || w == "last" || w == "both":
			return false
		case npStop[w]:
			if w == "of" && k > 0 && genericOf[toks[k-1].norm] && (!groupOf[toks[k-1].norm] || !clauseHasDate(s, i)) {
				return true // "the number of coups in history"; not "a series of demonstrations in February 1986"
			}
			return x.genericContext(s, i)
		case !toks[k].word:
			return x.genericContext(s, i)
		}
	}
	return x.genericContext(s, i)
}

// genericContext reports whether the words around a bare plural make it
// generic: a sentence about what usually happens ("Revolutions often begin
// with small protests") or what follows it ("coups are common").
func (x *Extractor) genericContext(s *sentence, i int) bool {
	if frequencySentence(s.toks) && !x.dateNear(s, i) {
		return true
	}
	return genericAfter(s.toks, i+1)
}

// groupOf words name a particular group of events when a date goes with
// them ("a series of demonstrations in February 1986").
var groupOf = map[string]bool{"series": true, "wave": true, "string": true, "spate": true, "succession": true}

// clauseHasDate reports whether the clause of token i has a time
// expression.
func clauseHasDate(s *sentence, i int) bool {
	for _, t := range s.timexes {
		if s.clause[t.xa] == s.clause[i] {
			return true
		}
	}
	return false
}

// everyWord before a singular event noun makes it any event of the kind.
var everyWord = map[string]bool{"every": true, "each": true, "any": true}

// frequencyWords say how often things happen.
var frequencyWords = map[string]bool{
	"often": true, "usually": true, "rarely": true, "seldom": true, "frequently": true, "sometimes": true,
	"typically": true, "generally": true, "normally": true, "commonly": true, "regularly": true,
	"routinely": true, "tend": true, "tends": true, "occasionally": true,
}

func frequencySentence(toks []token) bool {
	for _, t := range toks {
		if frequencyWords[t.norm] {
			return true
		}
	}
	return false
}

// strongGeneric reports whether a plural that usually names one event
// ("the elections") is generic here: "regular elections", "such
// elections", "elections are usually held in May".
func strongGeneric(s *sentence, i, j int) bool {
	if i > 0 {
		switch s.toks[i-1].norm {
		case "regular", "such", "periodic", "frequent", "repeated", "many", "several", "numerous", "countless", "free", "fair":
			if s.toks[i-1].norm == "free" || s.toks[i-1].norm == "fair" {
				return i > 1 && s.toks[i-2].norm == "and" // "free and fair elections" as a principle
			}
			return true
		}
	}
	for k := j; k < len(s.toks) && k < j+4; k++ {
		if frequencyWords[s.toks[k].norm] {
			return true
		}
	}
	return false
}

// aggregateVerbs say a plural is counted, not told: "arrests rose".
var aggregateVerbs = map[string]bool{
	"rose": true, "risen": true, "increased": true, "fell": true, "doubled": true, "tripled": true,
	"declined": true, "dropped": true, "decreased": true,
}

// genericAfter reports whether the words after a bare plural make it
// generic: "coups in history", "coups are common".
func genericAfter(toks []token, j int) bool {
	if j+1 < len(toks) && (toks[j].norm == "and" || toks[j].norm == "or") && strings.HasSuffix(toks[j+1].norm, "s") {
		j += 2 // "strikes and protests were common"
	}
	for k := j; k < len(toks) && k < j+4; k++ {
		if frequencyWords[toks[k].norm] || aggregateVerbs[toks[k].norm] {
			return true // "revolutions often begin", "arrests of journalists rose"
		}
		if !toks[k].word {
			break
		}
	}
	switch {
	case matchAt(toks, j, []string{"in", "history"}), matchAt(toks, j, []string{"throughout", "history"}),
		matchAt(toks, j, []string{"in", "the", "history"}), matchAt(toks, j, []string{"in", "general"}):
		return true
	case j+1 < len(toks) && (toks[j].norm == "are" || toks[j].norm == "were" || toks[j].norm == "became" ||
		toks[j].norm == "become" || toks[j].norm == "remained" || toks[j].norm == "remain"):
		k := j + 1
		if k+1 < len(toks) && degreeAdverb(toks[k].norm) {
			k++ // "coups were especially frequent"
		}
		return genericPredicate[toks[k].norm]
	}
	return false
}

// dateNear reports whether a time expression directly modifies the noun at
// i ("coups of 1964 and 1971", "the 1971 coups").
func (x *Extractor) dateNear(s *sentence, i int) bool {
	for _, t := range s.timexes {
		if t.xb <= i && i-t.xb <= 2 || t.xa > i && t.xa-i <= 2 {
			return true
		}
	}
	return false
}

// anotherOne finds "(yet) another one", "one more", "the latest one" after
// token j: the anaphor that picks one event out of a generic plural.
func anotherOne(toks []token, j int) (int, int, bool) {
	for k := j; k < len(toks); k++ {
		switch {
		case matchAt(toks, k, []string{"another", "one"}):
			return k, k + 2, true
		case matchAt(toks, k, []string{"one", "more"}):
			return k, k + 2, true
		case matchAt(toks, k, []string{"latest", "one"}), matchAt(toks, k, []string{"new", "one"}):
			return k, k + 2, true
		}
	}
	return 0, 0, false
}

// npDeterminer reports whether the noun phrase ending at token i is definite
// and whether it introduces another event ("another massacre").
func npDeterminer(toks []token, i int, another bool) (definite, anoth bool) {
	if another {
		return false, true
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k].norm
		if w == "another" || w == "new" && k == i-1 {
			return false, true
		}
		if definiteDet[w] || toks[k].text == "’s" || toks[k].text == "'s" {
			return true, false
		}
		if determiners[w] || npStop[w] || !toks[k].word {
			return false, false
		}
	}
	return false, false
}

// nameHeads are capitalised nouns that make a capitalised trigger part of a
// name: "Revolution Square", "Independence Day", "Plaza of the Revolution".
var nameHeads = map[string]bool{
	"square": true, "plaza": true, "street": true, "avenue": true, "road": true, "park": true,
	"day": true, "hall": true, "museum": true, "party": true, "army": true, "council": true,
	"front": true, "movement": true, "guard": true, "guards": true, "committee": true,
	"monument": true, "bridge": true, "airport": true, "station": true, "stadium": true,
	"palace": true, "memorial": true, "boulevard": true, "order": true, "medal": true,
	"prize": true, "house": true, "building": true, "library": true, "school": true,
	"university": true, "institute": true, "foundation": true, "centre": true, "center": true,
}

// partOfName reports whether the capitalised trigger at [i,j) is part of a
// name: followed by a capitalised name head, or after "<Name head> of (the)".
func partOfName(toks []token, i, j int) bool {
	if j < len(toks) && toks[j].isCap() && nameHeads[toks[j].norm] {
		return true
	}
	k := i - 1
	if k >= 0 && toks[k].norm == "the" {
		k--
	}
	if k >= 1 && toks[k].norm == "of" && toks[k-1].isCap() && nameHeads[toks[k-1].norm] {
		return true
	}
	return false
}

// genericPredicate are adjectives that say how often a kind of event
// happens: "coups are common", "strikes were rare".
var genericPredicate = map[string]bool{
	"common": true, "rare": true, "frequent": true, "endemic": true, "usually": true, "often": true,
	"commonplace": true, "widespread": true, "routine": true, "uncommon": true, "infrequent": true,
	"typical": true, "unusual": true, "seldom": true, "always": true, "never": true, "recurrent": true,
}

// degreeAdverb reports whether w grades an adjective ("especially", "very").
func degreeAdverb(w string) bool {
	switch w {
	case "very", "so", "quite", "more", "less", "most", "too", "fairly", "rather", "still", "also", "not":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// pluralWord reports whether a word looks like a plural noun; a
// capitalised one only when capOK (a sentence's first word, not a name
// such as "Ramos").
func pluralWord(t token, capOK bool) bool {
	w := t.norm
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && (capOK || !t.isCap())
}

// pluralHeadOpens reports whether the words before the verb at i form a
// subject whose head is a plural noun opening the sentence or a list
// entry, with a modifier between ("Rebel columns under Che Guevara
// capture", "Exiles trained by the CIA invade"): a teaching timeline's
// present tense.
func pluralHeadOpens(toks []token, i int) bool {
	head := -1
	st := i - 1
	for st > 0 && i-st < 7 && toks[st-1].word && !toks[st-1].num {
		st--
	}
	if st > 0 && toks[st-1].text != "–" && toks[st-1].text != "—" && toks[st-1].text != "-" && toks[st-1].text != ":" {
		return false
	}
	for k := st; k < i; k++ {
		w := toks[k].norm
		if clauseWords[w] || announceVerbs[w] {
			return false
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") && !(k+1 < i && toks[k+1].norm == "by") {
			return false // a finite verb before: no subject of this one
		}
		if head < 0 && pluralWord(toks[k], k == st && k+1 < i && !toks[k+1].isCap()) {
			head = k
		}
	}
	return head >= 0 && head <= st+2
}

// collectiveSubjects take a base-form verb in headlines ("Police arrest
// opposition leader").
var collectiveSubjects = map[string]bool{"police": true, "people": true, "military": true, "authorities": true, "troops": true}

// patientVerbs make the people they act on victims or captives.
var patientVerbs = map[string]bool{
	"killed": true, "killing": true, "detained": true, "detaining": true, "arrested": true, "arresting": true,
	"shot": true, "shooting": true, "wounded": true, "wounding": true, "injured": true, "injuring": true,
	"attacked": true, "attacking": true, "dispersed": true, "dispersing": true, "beat": true, "beating": true,
	"massacred": true, "jailed": true,
	// present tense of timelines and headlines, and gunfire: "the army
	// opens fire on demonstrators", "police fired on protesters"
	"kills": true, "detains": true, "arrests": true, "shoots": true, "wounds": true, "attacks": true,
	"disperses": true, "beats": true, "massacres": true, "jails": true,
	"fire": true, "fired": true, "fires": true, "firing": true,
	// the base form of timelines' present tense: "police shoot dead a
	// protester", "troops kill two students"
	"kill": true, "shoot": true, "arrest": true, "detain": true, "wound": true, "disperse": true,
}

// subjectNoun reports whether a lowercase word can end a subject noun
// phrase before a verb: a plural noun ("supporters", "troops"), not an
// adverb or a preposition.
func subjectNoun(t token) bool {
	w := t.norm
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") && !npStop[w] && !clauseWords[w]
}

// patientOf reports whether the people noun at i is the object of a verb of
// violence or arrest a few words before it ("killed dozens of
// demonstrators", "fired at protesters").
func patientOf(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if patientVerbs[toks[k].norm] {
			// "refused to fire on protesters", "did not fire": nobody was
			// fired on, the people are still protesters
			return k == 0 || !(toks[k-1].norm == "to" || toks[k-1].norm == "not" || toks[k-1].norm == "never")
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// headlineVerb reports whether a base or -s form at i is a present-tense
// verb after its subject, as in headlines and news leads: "Workers protest
// in the capital", "Police arrest opposition leader", "Junta arrests
// journalist". The subject is the word before (a plural or collective noun
// for the base form) and an object or a place follows.
func headlineVerb(toks []token, i int, t *trigger) bool {
	p := toks[i-1]
	if !p.word || p.num || determiners[p.norm] || npStop[p.norm] || clauseWords[p.norm] || strings.HasSuffix(p.norm, "'s") {
		return false
	}
	if t.kind == formBase {
		w := p.norm
		if !pluralWord(p, true) && !collectiveSubjects[w] && !pluralHeadOpens(toks, i) {
			return false
		}
	}
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	switch {
	case determiners[n.norm], n.isCap() && n.word:
		return true
	case t.kind == formVerb && (n.norm == "and" || !n.word && n.text != "-" || n.norm == "as" || n.norm == "after" || n.norm == "amid"):
		return p.isCap() // "Díaz resigns and goes into exile"
	case n.norm == "in" || n.norm == "at" || n.norm == "on" || n.norm == "over" || n.norm == "against" ||
		n.norm == "outside" || n.norm == "across" || n.norm == "near" || n.norm == "for":
		return true
	case n.word && !n.num && !strings.HasSuffix(n.norm, "ed") && !determiners[n.norm] && !npStop[n.norm] && i+2 < len(toks) &&
		toks[i+2].word && !strings.HasSuffix(toks[i+2].norm, "ed"):
		return true // "arrest opposition leader": a bare object
	}
	return false
}

// verbReadingFirst reports whether a noun trigger near the start of a
// sentence is better read as the verb after its subject: the same words
// exist as a verb trigger, the words before are the subject alone, and the
// verb reading fits ("Workers strike over pay", "Students protest fees").
func verbReadingFirst(toks []token, i int, noun *trigger, cands []*trigger) bool {
	for k := 0; k < i-1; k++ {
		if !toks[k].isCap() {
			return false
		}
	}
	for _, c := range cands {
		if c.pos != posNoun && equalWords(c.words, noun.words) && (c.kind == formBase || c.kind == formVerb) && headlineVerb(toks, i, c) {
			return true
		}
	}
	return false
}
