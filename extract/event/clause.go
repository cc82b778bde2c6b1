package event

import "strings"

// Short-clause headlines for event nouns that would otherwise be a bare
// label ("Coup", "Protests"): the noun with what the sentence says about it
// within a few words.

// maxClauseSide is how many words a short clause takes on each side of its
// noun phrase.
const maxClauseSide = 5

// postmodStart are the words that open a modifier after an event noun that
// a headline keeps: "protests over fuel shortages", "protests led by
// students", "the revolution of 1979" (the date is dropped).
var postmodStart = map[string]bool{
	"over": true, "against": true, "of": true, "led": true, "organised": true, "organized": true,
	"by": true, "on": true, "in": true, "at": true, "demanding": true, "staged": true, "called": true,
}

// clauseStop ends a short clause: what follows is another clause or a
// circumstance.
var clauseStop = map[string]bool{
	"and": true, "but": true, "or": true, "after": true, "before": true, "because": true, "as": true,
	"when": true, "while": true, "until": true, "since": true, "despite": true, "amid": true, "following": true,
	"which": true, "who": true, "whom": true, "where": true, "that": true, "if": true, "unless": true,
	"saying": true, "ending": true, "sparking": true, "leaving": true, "killing": true,
}

// subordinators open a clause whose subject may be an event noun ("until
// the revolution forced him into exile").
var subordinators = map[string]bool{
	"until": true, "when": true, "after": true, "before": true, "because": true, "as": true, "while": true,
	"since": true, "although": true, "though": true, "once": true, "where": true, "that": true, "and": true, "but": true,
}

// predicatePast are frequent past-tense verbs without -ed that follow an
// event noun as its predicate ("the protests began", "riots broke out").
var predicatePast = map[string]bool{
	"began": true, "spread": true, "broke": true, "grew": true, "came": true, "fell": true, "left": true,
	"led": true, "cost": true, "won": true, "lost": true, "took": true, "saw": true, "brought": true,
	"forced": true, "drew": true, "went": true, "swept": true, "shook": true, "rocked": true, "paralysed": true,
	"paralyzed": true, "ran": true, "hit": true, "put": true, "set": true, "kept": true, "held": true,
	"seized": true, "overthrew": true, "gave": true, "made": true,
}

// verbLike reports whether the token reads as a finite past verb.
func verbLike(t token) bool {
	w := t.norm
	if !t.word || t.num || t.isCap() {
		return false
	}
	return predicatePast[w] || commonVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !classifying[w] && !edNoun[w]
}

// nounClause returns the tokens of a short clause around the event noun m,
// or nil: the subject and verb that take it as object ("Jammeh seized
// power in a coup"), the verb it is the subject of ("Protests spread to
// dozens of cities"), or the noun with its modifier ("Protests over the
// death of George Floyd"). Dates and asides are left out; the clause must
// say more than the noun.
func (x *Extractor) nounClause(s *sentence, m *mention) []int {
	toks := s.toks
	cl := s.clause[m.ta]
	in := func(k int) bool {
		return k >= 0 && k < len(toks) && s.clause[k] == cl && s.paren[k] == s.paren[m.ta] && !s.inTimex(k)
	}
	// the noun phrase: determiners and modifiers before the noun
	a0 := m.ta
	for a0 > 0 && m.ta-a0 < 4 && (s.inTimex(a0-1) && s.clause[a0-1] == cl || in(a0-1) && (determiners[toks[a0-1].norm] ||
		classifying[toks[a0-1].norm] || strings.HasSuffix(toks[a0-1].norm, "'s"))) {
		a0-- // "a 1994 coup": the date goes when the headline is joined
	}
	// a quantity before the noun: "hundreds of thousands of protesters"
	for a0 >= 2 && in(a0-1) && toks[a0-1].norm == "of" && in(a0-2) && (manyWord[toks[a0-2].norm] || numberWord(toks[a0-2].norm) > 1) && m.ta-a0 < 8 {
		a0 -= 2
		for a0 > 0 && in(a0-1) && (toks[a0-1].norm == "of" && a0 >= 2 && manyWord[toks[a0-2].norm] || determiners[toks[a0-1].norm]) {
			if toks[a0-1].norm == "of" {
				a0 -= 2
			} else {
				a0--
			}
		}
	}
	// the modifier after the noun, which may be a participle's clause ("a
	// coup led by his comrade"); it ends before a verb
	inMod := func(k int) bool {
		return k >= 0 && k < len(toks) && s.paren[k] == s.paren[m.ta] && !s.inTimex(k)
	}
	b := m.tb
	if b < len(toks) && inMod(b) && postmodStart[toks[b].norm] {
		e := b
		for e < len(toks) && e < b+maxClauseSide+1 && inMod(e) && toks[e].word && !toks[e].num && !clauseStop[toks[e].norm] && (e == b || !verbLike(toks[e])) {
			e++
		}
		for n := 0; n < 3 && e > b && e < len(toks) && inMod(e) && toks[e-1].isCap() && toks[e].isCap() && toks[e].word; n++ {
			e++ // a name is not cut: "Blaise Compaoré"
		}
		for e > b && clauseDangling[toks[e-1].norm] {
			e-- // "led by his [former]": no modifier ends on a dangling word
		}
		if e-b >= 2 {
			b = e
		}
	}
	// the object of a verb: "[Jammeh] seized power in [a coup]"
	if v := governingVerb(toks, a0, in); v >= 0 {
		subj := subjectBefore(toks, v, in, s)
		if len(subj) > 0 {
			idx := append(subj, rangeIdx(v, b)...)
			if n := wordCount(toks, idx); n <= maxHeadlineWords {
				return idx
			}
		}
	}
	// the subject of a verb: "[The protests] began ..."
	atStart := a0 == 0 || !in(a0-1) || toks[a0-1].text == "," || toks[a0-1].text == "—" || toks[a0-1].text == ":" || toks[a0-1].text == "–" ||
		subordinators[toks[a0-1].norm]
	k := b
	np := rangeIdx(a0, b) // the subject: noun phrase and modifier
	if k+1 < len(toks) && (toks[k].norm == "of" || toks[k].norm == "in") && s.inTimex(k+1) {
		// "the revolution of 1979 forced him": the date goes
		for k++; k < len(toks) && s.inTimex(k); k++ {
		}
		b = k
	}
	for k < len(toks) && in(k) && subjectSkip[toks[k].norm] && k < b+2 {
		k++
	}
	if atStart && k == b && k < len(toks) && in(k) && strings.HasSuffix(toks[k].norm, "ed") && verbLike(toks[k]) {
		// a participle's phrase before the predicate: "Elections planned
		// for that autumn were postponed"
		for j := k + 1; j < len(toks) && j < k+7 && (s.inTimex(j) || in(j) && !clauseStop[toks[j].norm]); j++ {
			if (toks[j].norm == "was" || toks[j].norm == "were") && j+1 < len(toks) && in(j+1) && verbLike(toks[j+1]) {
				e := j + 2
				for e < len(toks) && e < j+2+maxClauseSide && in(e) && toks[e].word && !clauseStop[toks[e].norm] && !cutWords[toks[e].norm] {
					e++
				}
				return append(np, rangeIdx(j, e)...)
			}
		}
	}
	if atStart && k < len(toks) && in(k) && verbLike(toks[k]) && !announceVerbs[toks[k].norm] &&
		!(k+1 < len(toks) && toks[k+1].norm == "by" && k == b) {
		e := k + 1
		for e < len(toks) && e < k+1+maxClauseSide && in(e) && toks[e].word && !clauseStop[toks[e].norm] && !cutWords[toks[e].norm] {
			e++
		}
		for e > k+1 && clauseDangling[toks[e-1].norm] {
			e--
		}
		// a bare verb says little ("Wildfires started"), a passive's
		// participle does ("Elections were held")
		passive := false
		for j := b; j < k; j++ {
			passive = passive || toks[j].norm == "was" || toks[j].norm == "were"
		}
		if idx := append(np, rangeIdx(b, e)...); (e > k+1 || passive) && wordCount(toks, idx) <= maxHeadlineWords {
			return idx
		}
	}
	if b > m.tb {
		return rangeIdx(a0, b)
	}
	return nil
}

// governingVerb returns the verb that takes the noun phrase starting at a0
// as its object, directly or through a preposition and one noun ("staged a
// coup", "seized power in a coup", "won the election"), or -1.
func governingVerb(toks []token, a0 int, in func(int) bool) int {
	k := a0 - 1
	if in(k) && verbLike(toks[k]) {
		return k
	}
	if in(k) && (toks[k].norm == "in" || toks[k].norm == "for" || toks[k].norm == "to" || toks[k].norm == "with") {
		k--
		if in(k) && verbLike(toks[k]) {
			return k
		}
		if in(k) && toks[k].word && !toks[k].isCap() && !npStop[toks[k].norm] {
			k--
			if in(k) && verbLike(toks[k]) {
				return k
			}
		}
	}
	return -1
}

// subjectBefore returns the subject of the verb at v: a few words before
// it in its clause, or the antecedent of "who"/"which" before a comma
// ("Jammeh, who seized power"). Nil when there is none or it is a pronoun.
func subjectBefore(toks []token, v int, in func(int) bool, s *sentence) []int {
	k := v - 1
	for k >= 0 && (subjectSkip[toks[k].norm] || strings.HasSuffix(toks[k].norm, "ly") && !toks[k].isCap()) && k > v-3 {
		k--
	}
	if k >= 1 && (toks[k].norm == "who" || toks[k].norm == "which") && toks[k-1].text == "," {
		// the antecedent: capitalised words before the comma
		e := k - 1
		a := e
		for a > 0 && toks[a-1].isCap() && toks[a-1].word && e-a < 3 {
			a--
		}
		if a == e {
			return nil
		}
		return rangeIdx(a, e)
	}
	end := k + 1
	a := end
	for a > 0 && in(a-1) && end-a < 4 && toks[a-1].word && !npStop[toks[a-1].norm] && !clauseWords[toks[a-1].norm] &&
		!announceVerbs[toks[a-1].norm] && !dangling[toks[a-1].norm] || a > 0 && in(a-1) && end-a < 4 && determiners[toks[a-1].norm] && a < end {
		a--
	}
	for a < end && determiners[toks[a].norm] {
		a++
	}
	if a == end || pronounStart[toks[a].norm] || indefiniteSubject[toks[a].norm] {
		return nil
	}
	for k := a; k < end; k++ {
		if verbLike(toks[k]) {
			return nil // "the chaos that followed": no subject of its own
		}
	}
	if a > 0 && in(a-1) && (toks[a-1].norm == "and" || toks[a-1].norm == "or") {
		return nil // one conjunct
	}
	return rangeIdx(a, v)
}

// clauseDangling are the words a short clause does not end with; unlike
// other headlines it may end with a participle ("Elections were held").
var clauseDangling = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "with": true, "by": true, "and": true, "or": true, "but": true, "as": true, "from": true,
	"that": true, "which": true, "who": true, "his": true, "her": true, "their": true, "its": true,
	"into": true, "against": true, "after": true, "before": true, "was": true, "were": true, "is": true,
	"are": true, "had": true, "has": true, "have": true, "been": true, "finally": true, "also": true,
	"over": true, "during": true, "until": true, "since": true, "within": true, "about": true, "under": true,
	"amid": true, "near": true, "across": true, "throughout": true, "towards": true, "toward": true,
}

// joinClause writes a short clause: its tokens without dates, with no
// dangling word at either end, capitalised.
func joinClause(text string, s *sentence, idx []int) string {
	toks := s.toks
	kept := make([]int, 0, len(idx))
	for _, k := range idx {
		if !s.inTimex(k) {
			kept = append(kept, k)
		}
	}
	for len(kept) > 0 && (clauseDangling[toks[kept[0]].norm] || !toks[kept[0]].word) {
		kept = kept[1:]
	}
	for len(kept) > 0 && (clauseDangling[toks[kept[len(kept)-1]].norm] || !toks[kept[len(kept)-1]].word) {
		kept = kept[:len(kept)-1]
	}
	if len(kept) == 0 {
		return ""
	}
	// joinTokens trims its own dangling words; a participle at the end is
	// kept by joining it apart
	last := toks[kept[len(kept)-1]]
	if dangling[last.norm] && len(kept) > 1 {
		h := joinTokens(text, toks, kept[:len(kept)-1])
		if h == "" {
			return ""
		}
		return h + " " + last.text
	}
	return joinTokens(text, toks, kept)
}

// indefiniteSubject are subjects that say nothing in a headline ("Nobody
// expected the coup").
var indefiniteSubject = map[string]bool{
	"nobody": true, "everyone": true, "everybody": true, "someone": true, "somebody": true, "anyone": true,
	"many": true, "few": true, "some": true, "all": true, "most": true, "none": true, "others": true, "one": true,
	"such": true, "what": true, "whoever": true,
}

func rangeIdx(a, b int) []int {
	out := make([]int, 0, b-a)
	for k := a; k < b; k++ {
		out = append(out, k)
	}
	return out
}

func wordCount(toks []token, idx []int) int {
	n := 0
	for _, k := range idx {
		if toks[k].word {
			n++
		}
	}
	return n
}
