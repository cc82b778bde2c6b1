// Package event finds typed events in text and links each to its date,
// participants and places.
//
// Triggers (nouns, verbs and phrases such as "coup", "was overthrown",
// "stepped down", "went to the polls") come from a lexicon in data/
// (data/events.lex), which users may extend or override with WithLexicon.
// Context rules keep non-events out ("coup de grâce", "election campaign
// manager", "strike a deal", "attack on democracy", generic plurals such as
// "coups in history", "strikes were common", "regular elections"). Each
// event gets a modality, the date that belongs to it (not merely the nearest
// one: dates governed by publication verbs, inside asides, or attached to
// another event are skipped), participants (with the agents among them),
// places, casualty counts, a short headline and a confidence.
//
// Dates beyond the trigger's own sentence follow the way texts tell them: a
// past-tense event without a date continues the narrative's date ("Police
// detained 40 demonstrators" after "marched on Friday"); a present-tense
// news lead or headline takes the report's date ("Workers walk out");
// "the massacre" takes the date and place of the incident told before it;
// a date list ("staged coups in 1979 and 1981") makes one event per date.
// An event placed relative to another one of its sentence ("three days
// after she resigned", "the day before the coup") is dated by the other's
// date and the offset, or dates it backwards; with neither dated it stays
// undated.
//
// Killings told only by their victims ("hundreds of protesters were
// killed", "troops fired, killing 30") are attacks of their own unless an
// event told with them owns the casualties. Counts are kept only when the
// text gives a number: "hundreds" leaves the count at 0 (unknown) rather
// than inventing a lower bound.
package event

import (
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/timelinekit/timelinekit/data"
	"github.com/timelinekit/timelinekit/extract/segment"
	"github.com/timelinekit/timelinekit/timeline"
)

// Option configures an Extractor.
type Option func(*Extractor) error

// WithLexicon adds or overrides event types and triggers read from r; name
// is used in error messages (file:line). The format is that of the embedded
// lexicon, data/events.lex.
func WithLexicon(r io.Reader, name string) Option {
	return func(x *Extractor) error { return x.lex.parse(r, name) }
}

// Extractor finds events. It is safe for concurrent use.
type Extractor struct {
	lex *lexicon
}

var (
	defaultOnce sync.Once
	defaultErr  error
)

// New returns an Extractor with the embedded lexicon and any added with options.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{lex: newLexicon()}
	if err := x.lex.parse(strings.NewReader(data.EventLexicon), "data/events.lex"); err != nil {
		return nil, err
	}
	for _, o := range opts {
		if err := o(x); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// Types returns the event types the extractor knows, sorted by name.
func (x *Extractor) Types() []TypeInfo {
	var out []TypeInfo
	for _, n := range x.lex.typeNames() {
		out = append(out, *x.lex.types[n])
	}
	return out
}

// Input is one document's text with the output of the earlier stages.
// When Sentences is nil the text is segmented with extract/segment.
type Input struct {
	Doc       *timeline.Document
	Sentences []timeline.Span
	Timexes   []timeline.Timex
	Entities  []timeline.EntityMention
}

// mention is an event mention under construction.
type mention struct {
	timeline.EventMention
	sent      int // sentence index
	ta, tb    int // trigger token range in the sentence
	trig      *trigger
	definite  bool     // the noun phrase is definite ("the coup")
	another   bool     // "another massacre": a different event from earlier ones
	anaphor   bool     // the trigger is "(yet) another one" standing for a generic plural
	victims   bool     // a killing told by its victims ("dozens were killed"): no event when a violent one comes just before
	strong    bool     // the date is attached to the trigger syntactically
	inherited bool     // the date comes from another mention or the narrative
	from      *mention // the mention the date was inherited from, if any
	dateTok   int      // token index just after the linked time expression in the sentence; 0 if none
	docPlace  int      // entity index of the document's main place; -1 if none
	fromPlace int      // entity index of a place the event only comes "from"; -1 if none
	placeIn   int      // entity index of a place the event is "in" (in/at/near/premodifier); -1 if none
	dateScore float64
}

// sentence is one tokenised sentence with its clause structure.
type sentence struct {
	span     timeline.Span
	para     int // paragraph number in the document
	toks     []token
	clause   []int        // clause id per token
	reduced  map[int]bool // clauses opened by a participle ("a report questioning ...")
	relative map[int]bool // non-restrictive relative clauses ("Perón, who was placed under arrest")
	paren    []int        // innermost aside id per token, 0 outside
	timexes  []sentTimex
	ents     []sentEnt
	prev     *sentence // the sentence before in the same paragraph, or nil
}

type sentTimex struct {
	idx    int // index in Input.Timexes
	xa, xb int // token range
}

type sentEnt struct {
	idx    int // index in Input.Entities
	ea, eb int
}

// Extract returns the events of the document in document order.
func (x *Extractor) Extract(in Input) []timeline.EventMention {
	if in.Doc == nil {
		return nil
	}
	text := in.Doc.Text
	spans := in.Sentences
	if spans == nil {
		spans = segment.Sentences(text)
	}
	in.Timexes = leadingYears(text, spans, in.Timexes)
	sents := make([]*sentence, 0, len(spans))
	tIdx, eIdx := startOrder(len(in.Timexes), func(i int) (int, int) { return in.Timexes[i].Start, in.Timexes[i].End }),
		startOrder(len(in.Entities), func(i int) (int, int) { return in.Entities[i].Start, in.Entities[i].End })
	para, prevEnd := 0, -1
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			continue
		}
		if prevEnd >= 0 && prevEnd <= sp.Start && strings.Contains(text[prevEnd:sp.Start], "\n\n") {
			para++
		}
		prevEnd = sp.End
		s := x.buildSentence(text, sp, in, tIdx, eIdx)
		s.para = para
		if n := len(sents); n > 0 && sents[n-1].para == para {
			s.prev = sents[n-1]
		}
		sents = append(sents, s)
	}
	var ms []*mention
	for si, s := range sents {
		ms = append(ms, x.sameEventInClause(s, x.findTriggers(si, s, in))...)
	}
	ms = x.dropVictimsOfEarlier(ms, sents, in)
	bySent := mentionsBySentence(ms, len(sents))
	for _, m := range ms {
		s := sents[m.sent]
		m.Modality = x.modality(s, m)
		if m.Modality == timeline.Hypothetical && in.Doc.Date.IsZero() && futureInPast(s, m) {
			// a history's "would": "he would resign two years later, in
			// 1968" tells what happened next
			m.Modality = timeline.Asserted
		}
		x.linkDate(s, m, bySent[m.sent], in)
		m.placeIn, m.fromPlace = -1, -1
		m.Participants, m.Places = x.roles(s, m, bySent[m.sent], in)
		m.Agents = agents(s, m, in)
	}
	shareCoordinatedPlaces(ms)
	shareCoordinatedParticipants(ms, sents)
	ms = x.splitCoordinated(ms, sents, in)
	x.inheritDates(ms, sents, in)
	x.carryDates(ms, sents, in)
	x.anchorRelative(ms, sents, in)
	for _, m := range ms {
		// "a day after he announced the overthrow ... before the coup":
		// a copy follows its source when a relative anchor moved it
		if f := m.from; m.inherited && f != nil && f.Date.Known() && m.Date.Known() && m.Date.EDTF != f.Date.EDTF {
			d := *f.Date
			m.Date = &d
		}
	}
	x.casualties(ms, sents, text)
	out := make([]timeline.EventMention, 0, len(ms))
	docPlace := -2
	for _, m := range ms {
		if docPlace == -2 {
			docPlace = mainPlace(in)
		}
		m.docPlace = docPlace
		s := sents[m.sent]
		if m.Modality == timeline.Asserted && m.Date.Known() && !in.Doc.Date.IsZero() &&
			m.Date.Start.Compare(in.Doc.Date) > 0 && m.trig.kind != formPast &&
			(m.Date.Basis == timeline.Explicit || futureClause(s, m.ta) ||
				m.Date.Basis == timeline.DocumentDate && m.Date.Precision.Rank() <= timeline.Month.Rank()) {
			// "the November election" in a July article
			m.Modality = timeline.Planned
		}
		m.Headline = x.headline(s, m, in)
		m.Confidence = confidence(m)
		out = append(out, m.EventMention)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Trigger.Start < out[j].Trigger.Start })
	return out
}

// shareCoordinatedParticipants gives a verb coordinated by "and" with the
// verb before it, and with no participant of its own, the participants of
// that verb: "René Schneider was shot ... and died three days later".
func shareCoordinatedParticipants(ms []*mention, sents []*sentence) {
	for i, m := range ms {
		if m.trig.pos == posNoun || len(m.Participants) > 0 || m.ta == 0 {
			continue
		}
		toks := sents[m.sent].toks
		and := m.ta - 1
		if toks[and].norm != "and" && and > 0 && strings.HasSuffix(toks[and].norm, "ly") {
			and--
		}
		if toks[and].norm != "and" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := ms[j]
			if o.sent != m.sent || o.tb > and {
				continue
			}
			if o.trig.pos != posNoun && len(o.Participants) > 0 {
				m.Participants = append([]int(nil), o.Participants...)
			}
			break
		}
	}
}

// dropVictimsOfEarlier drops the killings told by their victims
// ("Dozens were killed.") when a violent event is told before in the same
// paragraph, or any event in the sentence just before ("Protests erupted.
// Thirty people died in clashes."): they are its casualties (casualties
// attaches a count to a violent one at most two sentences back).
func (x *Extractor) dropVictimsOfEarlier(ms []*mention, sents []*sentence, in Input) []*mention {
	out := ms[:0]
	for i, m := range ms {
		if m.victims && !hasCalendarDate(sents[m.sent], in) {
			// a killing with a date of its own ("56 civilians were
			// killed on Saturday") is told as an event of its own
			// The casualties belong to an earlier incident (an attack, a
			// massacre) or disaster, or to the events of the sentence
			// just before; a killing after a coup, a capture or a war
			// ("Constantinople fell ... Thousands were killed in the
			// looting that followed") is an event of its own.
			earlier := false
			for _, o := range ms[:i] {
				vt := x.lex.types[o.Type]
				if vt == nil || o.sent >= m.sent || sents[o.sent].para != sents[m.sent].para {
					continue
				}
				if vt.Incident || o.Type == "disaster" || o.sent == m.sent-1 && !vt.Violent && !vt.Single ||
					vt.Violent && x.combatantVictims(sents[m.sent], m, in) {
					// ("Troops invaded. Hundreds of soldiers were killed":
					// fighters killed are the war's casualties)
					earlier = true
				}
			}
			if earlier {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// combatantVictims reports whether the victims told before a killing's
// trigger are fighters: soldiers, troops, rebels.
func (x *Extractor) combatantVictims(s *sentence, m *mention, in Input) bool {
	return x.spanHas(s, 0, m.ta, []string{"military", "forces"}, in)
}

func confidence(m *mention) float64 {
	c := 0.55 + 0.4*m.trig.weight
	switch {
	case m.strong:
		c += 0.05
	case m.DateSpan == nil && m.Date != nil:
		c -= 0.05 // inherited
	}
	if m.Modality != timeline.Asserted {
		c -= 0.05
	}
	if c > 1 {
		c = 1
	}
	if c < 0.05 {
		c = 0.05
	}
	return float64(int(c*100+0.5)) / 100
}

// clause-opening words: a date or role does not cross them.
var clauseWords = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true,
	"while": true, "because": true, "although": true, "though": true, "but": true, "if": true,
	"unless": true, "whereas": true, "when": true, "whether": true, "whilst": true,
}

// mentionsBySentence lists the mentions of each sentence.
func mentionsBySentence(ms []*mention, n int) [][]*mention {
	out := make([][]*mention, n)
	for _, m := range ms {
		out[m.sent] = append(out[m.sent], m)
	}
	return out
}

// startOrder returns the indexes 0..n-1 sorted by the start (then end) of
// the spans that span returns.
func startOrder(n int, span func(int) (int, int)) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		sa, _ := span(idx[a])
		sb, _ := span(idx[b])
		return sa < sb
	})
	return idx
}

// overlapping returns the indexes (in order, from the start-sorted order)
// of the spans that overlap sp.
func overlapping(order []int, sp timeline.Span, span func(int) (int, int)) []int {
	lo := sort.Search(len(order), func(k int) bool { s, _ := span(order[k]); return s >= sp.Start })
	// spans that start before the sentence and reach into it
	for lo > 0 {
		if _, e := span(order[lo-1]); e > sp.Start {
			lo--
			continue
		}
		break
	}
	var out []int
	for k := lo; k < len(order); k++ {
		s, e := span(order[k])
		if s >= sp.End {
			break
		}
		if e > sp.Start {
			out = append(out, order[k])
		}
	}
	return out
}

func (x *Extractor) buildSentence(text string, sp timeline.Span, in Input, tIdx, eIdx []int) *sentence {
	s := &sentence{span: sp, toks: tokenize(text[sp.Start:sp.End], sp.Start)}
	if len(s.toks) > 1 && bulletMark[s.toks[0].text] {
		// a list item "* 16 December – Crowds gather": the mark is no word
		// of the sentence, so the entry's leading date still opens it
		s.toks = s.toks[1:]
	}
	n := len(s.toks)
	s.clause = make([]int, n)
	s.paren = make([]int, n)
	cl, maxCl := 0, 0
	newClause := func() {
		maxCl++
		cl = maxCl
	}
	var stack, saved []int // open asides and the clause each interrupted
	next := 1
	dashOpen := 0
	// a relative clause ("the president, who had been elected in 1976,
	// resigned") ends at the next comma, where the clause it interrupts
	// resumes
	relSaved, relClause, relDepth := -1, -1, 0
	open := func() {
		stack = append(stack, next)
		saved = append(saved, cl)
		next++
		newClause()
	}
	closeAside := func(i int) {
		s.paren[i] = stack[len(stack)-1]
		s.clause[i] = cl
		cl = saved[len(saved)-1]
		stack, saved = stack[:len(stack)-1], saved[:len(saved)-1]
	}
	for i, t := range s.toks {
		switch t.text {
		case "(", "[":
			open()
		case ")", "]":
			if len(stack) > 0 {
				closeAside(i)
				if len(stack) < relDepth {
					relSaved, relClause, relDepth = -1, -1, 0
				}
				continue
			}
		case "—", "–":
			if dashOpen == 0 {
				dashOpen = next
				open()
			} else if len(stack) > 0 && stack[len(stack)-1] == dashOpen {
				dashOpen = 0
				closeAside(i)
				continue
			}
		case ";", ":":
			newClause()
		case ",":
			if relClause >= 0 && cl == relClause && len(stack) == relDepth {
				s.clause[i] = cl
				cl, relSaved, relClause = relSaved, -1, -1
				continue
			}
			// ", and on 31 August the government signed": a new clause;
			// ", and Marseille" in a list is not
			if i+2 < len(s.toks) && (s.toks[i+1].norm == "and" || s.toks[i+1].norm == "but") &&
				(clauseOpeners[s.toks[i+2].norm] || s.toks[i+1].norm == "but" || namedSubject(s.toks, i+2)) {
				newClause()
			}
		default:
			if clauseWords[t.norm] && i > 0 && !adverbialIng(s.toks, i) && !(t.norm == "that" && npStop[s.toks[i-1].norm]) {
				prev := cl
				newClause()
				if relativeWords[t.norm] && relClause < 0 {
					relSaved, relClause, relDepth = prev, cl, len(stack)
					if s.toks[i-1].text == "," {
						if s.relative == nil {
							s.relative = map[int]bool{}
						}
						s.relative[cl] = true
					}
				}
			} else if reducedRelative(s.toks, i) {
				newClause()
				if s.reduced == nil {
					s.reduced = map[int]bool{}
				}
				s.reduced[cl] = true
			}
		}
		s.clause[i] = cl
		if len(stack) > 0 {
			s.paren[i] = stack[len(stack)-1]
		}
	}
	for _, ti := range overlapping(tIdx, sp, func(i int) (int, int) { return in.Timexes[i].Start, in.Timexes[i].End }) {
		tx := in.Timexes[ti]
		a, b := tokRange(s.toks, tx.Span)
		if a < b {
			s.timexes = append(s.timexes, sentTimex{idx: ti, xa: a, xb: b})
		}
	}
	for _, ei := range overlapping(eIdx, sp, func(i int) (int, int) { return in.Entities[i].Start, in.Entities[i].End }) {
		e := in.Entities[ei]
		a, b := tokRange(s.toks, e.Span)
		if a < b {
			s.ents = append(s.ents, sentEnt{idx: ei, ea: a, eb: b})
		}
	}
	return s
}

// tokRange returns the range of tokens overlapping sp.
func tokRange(toks []token, sp timeline.Span) (int, int) {
	a, b := -1, -1
	for i, t := range toks {
		if t.end > sp.Start && t.start < sp.End {
			if a < 0 {
				a = i
			}
			b = i + 1
		}
	}
	if a < 0 {
		return 0, 0
	}
	return a, b
}

func (s *sentence) inTimex(i int) bool {
	for _, t := range s.timexes {
		if i >= t.xa && i < t.xb {
			return true
		}
	}
	return false
}

// matchAt reports whether words match the tokens from i.
func matchAt(toks []token, i int, words []string) bool {
	if i < 0 || i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].norm != w {
			return false
		}
	}
	return true
}

// notParticiple lists -ing words that are prepositions or common nouns.
var notParticiple = map[string]bool{
	"during": true, "including": true, "following": true, "according": true, "regarding": true,
	"concerning": true, "notwithstanding": true, "morning": true, "evening": true, "nothing": true,
	"something": true, "anything": true, "everything": true, "king": true, "spring": true,
	"building": true, "meeting": true, "beginning": true, "ending": true, "being": true,
}

// reducedRelative reports whether token i is a participle opening a reduced
// relative clause: a lower-case -ing word after a noun and before a
// determiner or preposition ("a report questioning the validity of ...",
// "snipers firing on workers").
func reducedRelative(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	t := toks[i]
	if !strings.HasSuffix(t.norm, "ing") || len(t.norm) < 6 || t.isCap() || notParticiple[t.norm] {
		return false
	}
	p := toks[i-1]
	if !p.word || determiners[p.norm] || npStop[p.norm] || verbalPrev[p.norm] || p.norm == "is" || p.norm == "are" {
		return false
	}
	n := toks[i+1].norm
	return determiners[n] || n == "on" || n == "at" || n == "into" || n == "against"
}

// sameEventInClause keeps one mention of each type per stretch of a clause:
// "the elections last Sunday were to elect the president" is one election.
func (x *Extractor) sameEventInClause(s *sentence, ms []*mention) []*mention {
	const window = 6
	var out []*mention
	for _, m := range ms {
		dup := false
		for _, o := range out {
			// "the elections ... were to elect": a purpose infinitive
			// restates the noun's event
			purpose := o.trig.pos == posNoun && m.trig.pos == posVerb && m.ta > 0 && s.toks[m.ta-1].norm == "to"
			if o.Type == m.Type && s.clause[o.ta] == s.clause[m.ta] && m.ta-o.tb <= window &&
				(purpose || x.modality(s, o) == x.modality(s, m)) && !datedApart(s, o, m) {
				dup = true
				if m.trig.weight > o.trig.weight {
					*o = *m
				}
				break
			}
		}
		if !dup {
			out = append(out, m)
		}
	}
	return out
}

// datedApart reports whether two verb mentions are coordinated by "and"
// with a time expression between them: each tells its own event
// ("acceded to the throne on 6 February 1952 and was crowned on 2 June
// 1953").
func datedApart(s *sentence, o, m *mention) bool {
	if o.trig.pos == posNoun || m.trig.pos == posNoun {
		return false
	}
	timex, and := false, false
	for _, st := range s.timexes {
		if st.xa >= o.tb && st.xb <= m.ta {
			timex = true
		}
	}
	for k := o.tb; k < m.ta; k++ {
		if s.toks[k].norm == "and" {
			and = true
		}
	}
	return timex && and
}

var futureWords = map[string]bool{
	"will": true, "shall": true, "scheduled": true, "upcoming": true, "forthcoming": true,
	"next": true, "due": true, "expected": true, "planned": true, "coming": true,
}

// futureClause reports whether the clause of token i speaks of the future.
func futureClause(s *sentence, i int) bool {
	for k, t := range s.toks {
		if s.clause[k] == s.clause[i] && futureWords[t.norm] {
			return true
		}
	}
	return false
}

// futureInPast reports whether the trigger follows "would" (with adverbs
// between) in a sentence without a condition, with a date or a "later" in
// its clause: the narrative future of the past.
func futureInPast(s *sentence, m *mention) bool {
	toks := s.toks
	k := m.ta - 1
	for k >= 0 && (toks[k].norm == "later" || toks[k].norm == "eventually" || toks[k].norm == "soon" || toks[k].norm == "also") {
		k--
	}
	if k < 0 || toks[k].norm != "would" {
		return false
	}
	for _, t := range toks {
		if conditional[t.norm] || t.norm == "if" {
			return false
		}
	}
	cl := s.clause[m.ta]
	for i, t := range toks {
		if s.clause[i] != cl {
			continue
		}
		if t.norm == "later" || t.norm == "eventually" || t.norm == "afterwards" || s.inTimex(i) {
			return true
		}
	}
	return false
}

// shareCoordinatedPlaces gives an event without a place the places of the
// event coordinated right after it: "strikes and bread riots in Petrograd".
func shareCoordinatedPlaces(ms []*mention) {
	for i, m := range ms {
		if len(m.Places) > 0 || i+1 >= len(ms) {
			continue
		}
		o := ms[i+1]
		if o.sent != m.sent || o.ta <= m.tb || o.ta-m.tb > 3 || len(o.Places) == 0 {
			continue
		}
		m.Places = append([]int(nil), o.Places...)
		if m.placeIn < 0 {
			m.placeIn = o.placeIn
		}
	}
}

// relativeWords open relative clauses.
var relativeWords = map[string]bool{"who": true, "which": true, "whom": true, "whose": true, "where": true}

// namedSubject reports whether a name at i is the subject of a verb right
// after it: ", and Václav Havel was elected".
func namedSubject(toks []token, i int) bool {
	k := i
	for k < len(toks) && k < i+4 && toks[k].isCap() && toks[k].word {
		k++
	}
	if k == i || k >= len(toks) {
		return false
	}
	w := toks[k].norm
	return finiteAux[w] || irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !toks[k].isCap()
}

// clauseOpeners begin a new clause after ", and": a preposition, a
// determiner or a pronoun subject.
var clauseOpeners = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "after": true, "before": true, "during": true,
	"the": true, "a": true, "an": true, "this": true, "these": true, "his": true, "her": true, "their": true,
	"its": true, "he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "then": true,
	"later": true, "soon": true, "within": true, "two": true, "three": true, "several": true, "many": true,
}

// adverbialIng reports whether "while" or "when" at i opens a reduced
// adverbial clause ("shot dead while riding in a motorcade through Dallas
// on 22 November"), which shares its clause's date and place.
func adverbialIng(toks []token, i int) bool {
	w := toks[i].norm
	if w != "while" && w != "when" || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1].norm
	return strings.HasSuffix(n, "ing") && len(n) > 4 && !notParticiple[n]
}

// leadingYears adds a year time expression for a sentence that opens with
// "In" and a four-digit number the tagger left alone because a plural noun
// follows it ("In 1961 students and workers went on strike"): at the head
// of a sentence after "In" such a number is a year, not a count. A number
// followed by a unit or "of" stays a count. The caller's slice is not
// modified.
func leadingYears(text string, spans []timeline.Span, txs []timeline.Timex) []timeline.Timex {
	added := false
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			continue
		}
		i := sp.Start
		for i < sp.End && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '"' || text[i] == '\'') {
			i++
		}
		a, y := entryYear(text, i, sp.End)
		if a < 0 {
			if i+8 > sp.End || text[i:i+3] != "In " {
				continue
			}
			a = i + 3
			y = fourDigits(text[a : a+4])
			if y < 1000 || y > 2099 || text[a+4] != ' ' || a+5 >= sp.End || text[a+5] < 'a' || text[a+5] > 'z' {
				continue
			}
			rest := text[a+5 : sp.End]
			if j := strings.IndexAny(rest, " ,.;:"); j >= 0 {
				rest = rest[:j]
			}
			if countUnit[rest] {
				continue
			}
		}
		covered := false
		for _, t := range txs {
			if t.Start < a+4 && t.End > a {
				covered = true
				break
			}
		}
		if covered {
			continue
		}
		if !added {
			txs = txs[:len(txs):len(txs)] // copy on append
			added = true
		}
		yr := timeline.FormatYear(y)
		d := &timeline.Date{EDTF: yr, TIMEX: yr, Text: text[a : a+4], Basis: timeline.Explicit, Precision: timeline.Year,
			Start: timeline.Day{Year: y, Month: 1, Day: 1}, End: timeline.Day{Year: y, Month: 12, Day: 31}}
		txs = append(txs, timeline.Timex{Span: timeline.Span{Start: a, End: a + 4}, Text: text[a : a+4], Type: timeline.TimexDate, Value: yr, Date: d})
	}
	if added {
		sort.SliceStable(txs, func(i, j int) bool { return txs[i].Start < txs[j].Start })
	}
	return txs
}

// fourDigits returns the number written by four ASCII digits, or -1.
func fourDigits(s string) int {
	if len(s) != 4 {
		return -1
	}
	y := 0
	for k := 0; k < 4; k++ {
		c := s[k]
		if c < '0' || c > '9' {
			return -1
		}
		y = y*10 + int(c-'0')
	}
	return y
}

// entryYear finds the year that opens a list entry of a dated list or
// revision timeline ("1642 – Civil war breaks out", "• 1688: William lands
// at Torbay"): an optional bullet mark, four digits (1000 to 2099), then a
// dash or colon and a word (not another number). It returns the offset of the year and the
// year, or -1.
func entryYear(text string, i, end int) (int, int) {
	if i < end && (text[i] == '*' || text[i] == '-') {
		i++
	} else if r := text[i:min(end, i+3)]; r == "•" || r == "–" || r == "—" || r == "▪" {
		i += 3
	}
	for i < end && text[i] == ' ' {
		i++
	}
	if i+6 > end {
		return -1, 0
	}
	y := fourDigits(text[i : i+4])
	if y < 1000 || y > 2099 {
		return -1, 0
	}
	r := strings.TrimLeft(text[i+4:min(end, i+12)], " ")
	var after string
	switch {
	case strings.HasPrefix(r, "–"), strings.HasPrefix(r, "—"):
		after = r[3:]
	case strings.HasPrefix(r, ":"), strings.HasPrefix(r, "- "):
		after = r[1:]
	default:
		return -1, 0
	}
	// "1500 – 2000 people": a range of numbers, no entry
	if after = strings.TrimLeft(after, " "); after == "" || after[0] >= '0' && after[0] <= '9' {
		return -1, 0
	}
	return i, y
}

// countUnit are words after a number that make it a count or measure.
var countUnit = map[string]bool{
	"of": true, "percent": true, "per": true, "km": true, "kilometres": true, "kilometers": true, "miles": true,
	"metres": true, "meters": true, "feet": true, "m": true, "kg": true, "tons": true, "tonnes": true, "hectares": true,
	"acres": true, "dollars": true, "euros": true, "pounds": true, "cases": true, "people": true, "men": true, "women": true,
}
