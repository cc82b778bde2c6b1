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
	best := timeline.Asserted
	bestDist := 1 << 30
	for _, c := range x.lex.cues {
		n := len(c.words)
		if !c.after {
			// cue must end before the trigger, within the window
			for end := m.ta; end >= m.ta-cueWindow && end-n >= 0; end-- {
				a := end - n
				if !matchAt(toks, a, c.words) || s.clause[a] != cl && !conditional[toks[a].norm] || s.inTimex(a) {
					continue
				}
				d := m.ta - end
				if len(c.words) == 1 && c.words[0] == "to" {
					// infinitive "to": only right before a verb trigger
					if d != 0 || m.trig.pos == posNoun {
						continue
					}
				}
				if c.mod == timeline.Planned && m.trig.pos != posNoun && m.trig.kind == formPast && d > 0 {
					continue // "will have resigned" is rare; a past form is asserted
				}
				if d < bestDist || d == bestDist && rank(c.mod) > rank(best) {
					best, bestDist = c.mod, d
				}
			}
			continue
		}
		for a := m.ta + 1; a <= m.tb+cueWindow && a+n <= len(toks); a++ {
			if a > m.tb && !toks[a-1].word {
				break // "the craze died, Coleco failed": another clause
			}
			if !matchAt(toks, a, c.words) || s.clause[a] != cl || s.inTimex(a) {
				continue
			}
			d := a - m.tb
			if d < 0 {
				d = 0
			}
			if d < bestDist || d == bestDist && rank(c.mod) > rank(best) {
				best, bestDist = c.mod, d
			}
		}
	}
	return best
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
