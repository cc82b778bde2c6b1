package event

import "github.com/timelinekit/timelinekit/timeline"

// conditional markers that make a whole clause hypothetical
var conditional = map[string]bool{"if": true, "unless": true, "whether": true}

// cueWindow is how many tokens a modality cue may be from its trigger.
const cueWindow = 4

// modality decides the modality of m from the cues of the lexicon: a
// conditional clause makes it hypothetical; otherwise the nearest cue before
// the trigger (or after it in the same clause: "the coup failed") wins.
func (x *Extractor) modality(s *sentence, m *mention) timeline.Modality {
	toks := s.toks
	cl := s.clause[m.ta]
	// a conditional clause: "if the army intervenes"
	for k := m.ta - 1; k >= 0 && s.clause[k] == cl; k-- {
		if conditional[toks[k].norm] {
			return timeline.Hypothetical
		}
	}
	if m.trig.people {
		// "refused to fire on protesters": the cues govern what is done
		// to the participants, not their protest
		return timeline.Asserted
	}
	best := timeline.Asserted
	bestDist := 1 << 30
	var bestCue []string
	consider := func(c cue, d int) {
		if d < bestDist || d == bestDist && rank(c.mod) > rank(best) {
			best, bestDist, bestCue = c.mod, d, c.words
		}
	}
	// cues before the trigger, ending at most cueWindow tokens before it
	for a := max(0, m.ta-cueWindow-x.lex.maxCue); a < m.ta; a++ {
		if s.inTimex(a) || s.clause[a] != cl && !conditional[toks[a].norm] {
			continue
		}
		for _, c := range x.lex.cues[toks[a].norm] {
			if c.mod == timeline.Negated && a > 0 && toks[a].isCap() && toks[a-1].word {
				continue // "vote No in a plebiscite": a ballot option
			}
			end := a + len(c.words)
			if c.after || end > m.ta || m.ta-end > cueWindow || !matchAt(toks, a, c.words) {
				continue
			}
			d := m.ta - end
			if c.mod == timeline.Negated && notUntil(toks, end, m.ta) {
				continue // "not signed until the treaty": a time, not a denial
			}
			if len(c.words) == 1 && c.words[0] == "to" && (d != 0 || m.trig.pos == posNoun || !intentBefore(toks, a)) {
				continue // infinitive "to": only right before a verb trigger, after a verb of intent
			}
			if c.mod == timeline.Planned && m.trig.pos != posNoun && m.trig.kind == formPast && d > 0 {
				continue // a past form is asserted
			}
			consider(c, d)
		}
	}
	// cues after the trigger in the same stretch of its clause ("the coup
	// failed"), over an appositive ("The election, originally scheduled
	// for May, was postponed")
	skip := 0
	if m.tb < len(toks) && toks[m.tb].text == "," {
		for k := m.tb + 1; k < len(toks) && k <= m.tb+8; k++ {
			if toks[k].text == "," {
				skip = k - m.tb
				break
			}
		}
	}
	for a := m.ta + 1; a <= m.tb+cueWindow+skip && a < len(toks); a++ {
		if skip > 0 && a > m.tb && a <= m.tb+skip {
			continue
		}
		if a > m.tb+skip && !toks[a-1].word && !(skip > 0 && a-1 == m.tb+skip) {
			break // "the craze died, Coleco failed": another clause
		}
		if s.clause[a] != cl || s.inTimex(a) {
			continue
		}
		for _, c := range x.lex.cues[toks[a].norm] {
			if !c.after || !matchAt(toks, a, c.words) {
				continue
			}
			if c.mod == timeline.Attempted && a >= 2 && toks[a-1].norm == "an" && toks[a-2].norm == "in" {
				continue // "set fire to parliament in an attempt to stop him": a purpose
			}
			consider(c, max(0, a-m.tb-skip))
		}
	}
	if best == timeline.Asserted && m.trig.kind != formPast && futureUntil(toks, m.ta) {
		// "will stay in office until a congress elects his successor":
		// a present verb in a clause of time after a future main clause
		return timeline.Planned
	}
	if best == timeline.Hypothetical && len(bestCue) == 1 && bestCue[0] == "would" && reportedFuture(toks, m.ta) {
		// "said he would step down in November": the future of the
		// past, announced, not imagined
		return timeline.Planned
	}
	return best
}

// futureUntil reports whether the trigger at i heads or ends a clause of
// time ("until", "before", "once", "when" within five words before it)
// whose main clause before it speaks of the future ("will", "shall").
func futureUntil(toks []token, i int) bool {
	u := -1
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if w := toks[k].norm; w == "until" || w == "till" || w == "before" || w == "once" || w == "when" {
			u = k
			break
		}
		if !toks[k].word {
			return false
		}
	}
	if u < 0 {
		return false
	}
	for k := u - 1; k >= 0; k-- {
		switch w := toks[k].norm; {
		case w == "will" || w == "shall" || w == "'ll":
			return true
		case !toks[k].word && toks[k].text != ",":
			return false
		}
	}
	return false
}

// announceVerbs introduce reported speech whose "would" is a future.
var announceVerbs = map[string]bool{
	"said": true, "says": true, "saying": true, "announced": true, "announcing": true, "promised": true,
	"promising": true, "vowed": true, "vowing": true, "warned": true, "warning": true, "told": true,
	"insisted": true, "added": true, "confirmed": true, "pledged": true, "declared": true, "stated": true,
	"indicated": true, "signalled": true, "signaled": true, "agreed": true, "decided": true, "expected": true,
	"hinted": true, "revealed": true, "reported": true,
}

// reportedFuture reports whether an announcing verb comes before token i in
// its sentence with no conditional word between them.
func reportedFuture(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := toks[k].norm
		if conditional[w] || w == "if" || w == "only" || w == "otherwise" {
			return false
		}
		if announceVerbs[w] {
			return true
		}
	}
	return false
}

// realisTo are verbs whose infinitive happened: "was forced to resign".
var realisTo = map[string]bool{
	"forced": true, "compelled": true, "obliged": true, "had": true, "managed": true, "able": true,
	"made": true, "pressured": true, "pushed": true,
}

// motionVerbs take an infinitive of purpose that happened with them:
// "poured into the streets to protest".
var motionVerbs = map[string]bool{
	"poured": true, "gathered": true, "marched": true, "came": true, "went": true, "took": true,
	"flocked": true, "assembled": true, "converged": true, "streamed": true, "turned": true,
	"returned": true, "massed": true, "thronged": true, "crowded": true, "filled": true,
}

// intentBefore reports whether the infinitive "to" at a states an intent
// ("voted to strike", "a deal to elect") rather than what happened: after
// a verb of compulsion ("was forced to resign") or as the purpose of a
// movement ("poured into the streets to protest").
func intentBefore(toks []token, a int) bool {
	if a == 0 {
		return true
	}
	for k := a - 1; k >= 0 && k >= a-5; k-- {
		if realisTo[toks[k].norm] {
			return false // "forced Tsar Nicholas II to abdicate"
		}
		if !toks[k].word {
			break
		}
	}
	for k := a - 1; k >= 0 && k >= a-7; k-- {
		if motionVerbs[toks[k].norm] {
			return false
		}
		if !toks[k].word {
			break
		}
	}
	return true
}

func rank(m timeline.Modality) int {
	switch m {
	case timeline.Negated:
		return 4
	case timeline.Hypothetical:
		return 3
	case timeline.Attempted:
		return 2
	case timeline.Planned:
		return 1
	}
	return 0
}

// notUntil reports whether "until" or "till" lies in toks[a:b].
func notUntil(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].norm == "until" || toks[k].norm == "till" {
			return true
		}
	}
	return false
}
