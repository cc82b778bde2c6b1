package timeline

// maxUndatedGap is how far (in days) an event may lie before the report
// that mentions it without a date for the two to be merged: news names
// recent events without dates ("the coup", "the recent elections") but
// dates older ones, so an undated "the recent elections" in an October 2020
// article is not the election of October 2019.
const maxUndatedGap = 92

// member is one event mention taking part in the merge: what the merge
// compares, without the mention's texts, which wait in the build's spill
// (off, n) until the event is written.
type member struct {
	typ       string
	doc       int   // document index
	seq       int64 // position of the mention in the corpus
	off       int64 // the mention's record in its type's spill
	n         int
	modality  Modality
	date      *Date // without its TIMEX value and text
	dateSpan  *Span
	killed    int
	injured   int
	conf      float64
	docDate   Day
	sentence  Span
	trigger   Span
	headWords int
	parts     []string // entity ids
	places    []string
}

// cluster is a group of mentions reporting the same event.
type cluster struct {
	typ     string
	members []*member
}

// mergeMembers groups the mentions of one event type, in corpus order,
// into events.
//
// Mentions that report the same event become one Event with every source:
// they have the same type, compatible modalities (realis, planned, or
// irrealis), compatible dates (equal or one containing the other; an undated
// mention joins only when it shares an entity and the event is not more than
// three months older than its report), and share a participant or a place (or the
// same exact day, when their places do not conflict). Different events of
// the same type on different days stay apart. The result depends only on
// the order of the mentions.
func mergeMembers(members []member) []*cluster {
	var clusters []*cluster
	index := newMergeIndex()
	var buf []int
	for i := range members {
		mb := &members[i]
		best := -1
		bestScore := 0
		buf = index.candidates(mb, buf)
		for _, ci := range buf {
			if s := clusters[ci].accepts(mb); s > bestScore {
				best, bestScore = ci, s
			}
		}
		if best < 0 {
			best = len(clusters)
			clusters = append(clusters, &cluster{typ: mb.typ})
		}
		clusters[best].members = append(clusters[best].members, mb)
		index.file(mb, best)
	}
	return clusters
}

// realis classes of modalities: mentions of different classes never merge.
func modalityClass(m Modality) int {
	switch m {
	case Asserted, Attempted, "":
		return 0
	case Planned:
		return 1
	}
	return 2
}

// accepts scores how well mb fits the cluster: 0 when it must not join.
// A mention must be compatible with every mention of its own document in
// the cluster (and then joins), else with at least one mention of each
// other document: a
// second report of an event (a follow-up, a syndicated copy) joins when it
// matches what that report said somewhere, even if the first report also
// made references it cannot match on their own ("the massacre", "he should
// step down"), while no chain of pairwise matches can pull two
// incompatible reports together.
func (c *cluster) accepts(mb *member) int {
	if c.typ != mb.typ {
		return 0
	}
	// Mentions of the same article already in the cluster vouch for the
	// other reports: a mention that fits all of them joins.
	own, ownScore := false, 0
	for _, o := range c.members {
		if o.doc != mb.doc {
			continue
		}
		own = true
		s := compatible(o, mb)
		if s == 0 {
			return 0
		}
		ownScore = max(ownScore, s)
	}
	if own {
		return ownScore
	}
	score := 0
	for i := 0; i < len(c.members); {
		doc := c.members[i].doc
		best, vetoed := 0, false
		j := i
		for ; j < len(c.members) && c.members[j].doc == doc; j++ {
			s := compatible(c.members[j], mb)
			if s == 0 && doc == mb.doc {
				vetoed = true
			}
			if s > best {
				best = s
			}
		}
		if vetoed || best == 0 {
			return 0
		}
		if best > score {
			score = best
		}
		i = j
	}
	return score
}

// compatible scores whether two mentions can report the same event; 0 when
// they cannot.
func compatible(a, b *member) int {
	if a.doc == b.doc && a.dateSpan != nil && b.dateSpan != nil && *a.dateSpan == *b.dateSpan &&
		a.date.Known() && b.date.Known() && a.date.EDTF == b.date.EDTF {
		// linked to the very same date expression of one article: the
		// extractor found the same event ("announced his resignation ...
		// he should step down")
		return 3
	}
	if modalityClass(a.modality) != modalityClass(b.modality) {
		return 0
	}
	shared := sharedCount(a.parts, b.parts) + sharedCount(a.places, b.places)
	placesConflict := len(a.places) > 0 && len(b.places) > 0 && sharedCount(a.places, b.places) == 0
	// within one document, counts that differ mark different events
	// ("nine were killed ... another massacre, in which eight were killed")
	if a.doc == b.doc && a.killed > 0 && b.killed > 0 && a.killed != b.killed {
		return 0
	}
	da, db := a.date, b.date
	switch {
	case da.Known() && db.Known():
		if !datesCompatible(da, db) {
			return 0
		}
		same := da.Start == db.Start && da.End == db.End
		switch {
		case shared > 0:
			return 2 + shared
		case same && !placesConflict && da.Precision.Rank() >= DayPrec.Rank():
			return 2 // same type on the same day, places not in conflict
		case same && !placesConflict && a.doc == b.doc:
			return 1
		}
		return 0
	case da.Known() || db.Known():
		dated, undated := a, b
		if !da.Known() {
			dated, undated = b, a
		}
		if !recentFor(dated.date, undated.docDate) {
			return 0
		}
		if shared > 0 {
			return 1 + shared
		}
		if dated.doc == undated.doc && !placesConflict && len(undated.parts)+len(undated.places) == 0 {
			return 1 // "the day of the coup" in the article that dates the coup
		}
		return 0
	default: // neither has a known date
		if da != nil && db != nil && da.EDTF != db.EDTF {
			return 0 // two different year-unknown dates
		}
		if a.doc != b.doc && !a.docDate.IsZero() && !b.docDate.IsZero() && absDays(a.docDate, b.docDate) > maxUndatedGap {
			return 0
		}
		if shared > 0 {
			return 1 + shared
		}
		if a.doc == b.doc && !placesConflict && (len(a.parts)+len(a.places) == 0 || len(b.parts)+len(b.places) == 0) {
			return 1
		}
	}
	return 0
}

// datesCompatible reports whether two known dates can name the same event:
// equal, or one range containing the other.
func datesCompatible(a, b *Date) bool {
	contains := func(x, y *Date) bool { return x.Start.Compare(y.Start) <= 0 && x.End.Compare(y.End) >= 0 }
	return contains(a, b) || contains(b, a)
}

// recentFor reports whether an event dated d can be what an undated
// mention in a document of date ref refers to: not after the document and
// not more than maxUndatedGap days before it. With no document date any
// date fits.
func recentFor(d *Date, ref Day) bool {
	if ref.IsZero() {
		return true
	}
	if d.Start.Compare(ref) > 0 {
		return false
	}
	return absDays(d.End, ref) <= maxUndatedGap || d.End.Compare(ref) >= 0
}

func sharedCount(a, b []string) int {
	n := 0
	for _, x := range a {
		if contains(b, x) {
			n++
		}
	}
	return n
}

func absDays(a, b Day) int {
	n := int(a.Days() - b.Days())
	if n < 0 {
		return -n
	}
	return n
}

// bestDate returns the member whose date the event takes: the best known
// date (finest precision, explicit over resolved, expressed in the text over
// inherited), else the first year-unknown date; nil when no member has one.
func (c *cluster) bestDate() *member {
	var best *member
	for _, mb := range c.members {
		if mb.date.Known() && (best == nil || betterDate(mb, best)) {
			best = mb
		}
	}
	if best != nil {
		return best
	}
	for _, mb := range c.members {
		if mb.date != nil {
			return mb
		}
	}
	return nil
}

// key returns the cluster's event's place in the timeline order.
func (c *cluster) key(b *Builder) eventKey {
	k := eventKey{rank: 2}
	if bd := c.bestDate(); bd != nil {
		d := bd.date
		k.rank = dateRank(d)
		k.start, k.end, k.prec, k.edtf = d.Start, d.End, d.Precision.Rank(), d.EDTF
	}
	first := c.members[0] // the first source of the event
	k.doc = b.firstDoc[b.docs[first.doc].ID]
	k.pos = first.sentence.Start
	k.seq = first.seq
	return k
}

// event builds the timeline event of a cluster: the best date, the best
// headline, every participant, place and source. It reads the members'
// texts from sp, using buf as scratch space.
func (c *cluster) event(b *Builder, sp *spill, buf []byte) (Event, []byte, error) {
	first := c.members[0]
	ev := Event{
		Type:         c.typ,
		Modality:     first.modality,
		Participants: []string{},
		Places:       []string{},
	}
	bestDate := c.bestDate()
	var bestHead *member
	noMiss := 1.0
	for _, mb := range c.members {
		if bestHead == nil || betterHeadline(mb, bestHead) {
			bestHead = mb
		}
		if modalityRank(mb.modality) > modalityRank(ev.Modality) {
			ev.Modality = mb.modality
		}
		for _, id := range mb.parts {
			if !contains(ev.Participants, id) {
				ev.Participants = append(ev.Participants, id)
			}
		}
		for _, id := range mb.places {
			if !contains(ev.Places, id) {
				ev.Places = append(ev.Places, id)
			}
		}
		ev.Casualties.Killed = max(ev.Casualties.Killed, mb.killed)
		ev.Casualties.Injured = max(ev.Casualties.Injured, mb.injured)
		noMiss *= 1 - min(max(mb.conf, 0), 1)
		dup := false
		for _, s := range ev.Sources {
			if s.Doc == b.docs[mb.doc].ID && s.Start == mb.sentence.Start && s.End == mb.sentence.End {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		rec, err := sp.readAt(mb.off, mb.n, buf)
		if err != nil {
			return ev, buf, err
		}
		buf = rec[:0]
		_, _, text, err := mentionTexts(rec)
		if err != nil {
			return ev, buf, err
		}
		ev.Sources = append(ev.Sources, Source{
			Doc:      b.docs[mb.doc].ID,
			Start:    mb.sentence.Start,
			End:      mb.sentence.End,
			Trigger:  mb.trigger,
			DateSpan: mb.dateSpan,
			Text:     text,
		})
	}
	for _, mb := range []*member{bestDate, bestHead} {
		if mb == nil {
			continue
		}
		rec, err := sp.readAt(mb.off, mb.n, buf)
		if err != nil {
			return ev, buf, err
		}
		buf = rec[:0]
		date, headline, _, err := mentionTexts(rec)
		if err != nil {
			return ev, buf, err
		}
		if mb == bestDate {
			ev.Date = date
		}
		if mb == bestHead {
			ev.Headline = headline
		}
	}
	conf := 1 - noMiss
	if conf > 0.99 && len(c.members) > 1 {
		conf = 0.99
	}
	if len(c.members) == 1 {
		conf = first.conf
	}
	ev.Confidence = float64(int(conf*100+0.5)) / 100
	return ev, buf, nil
}

// modalityRank orders modalities for a merged event: a source that says the
// coup failed is more specific than one that just names the coup.
func modalityRank(m Modality) int {
	switch m {
	case Attempted:
		return 4
	case Asserted:
		return 3
	case Planned:
		return 2
	case Negated:
		return 1
	}
	return 0
}

func basisRank(b Basis) int {
	switch b {
	case Explicit:
		return 3
	case DocumentDate, Weekday:
		return 2
	case Narrative:
		return 1
	}
	return 0
}

// betterDate reports whether a's date beats b's: finer precision, then an
// explicit basis, then a date expressed in the mention's own text, then
// the narrower range.
func betterDate(a, b *member) bool {
	da, db := a.date, b.date
	if pa, pb := da.Precision.Rank(), db.Precision.Rank(); pa != pb {
		return pa > pb
	}
	if ra, rb := basisRank(da.Basis), basisRank(db.Basis); ra != rb {
		return ra > rb
	}
	if (a.dateSpan != nil) != (b.dateSpan != nil) {
		return a.dateSpan != nil
	}
	return absDays(da.Start, da.End) < absDays(db.Start, db.End)
}

// betterHeadline prefers a headline of 2 to 12 words, then one from the
// sentence that states the date, then the more confident mention, then the one with more words (more informative).
func betterHeadline(a, b *member) bool {
	wa, wb := a.headWords, b.headWords
	oka, okb := wa >= 2 && wa <= 12, wb >= 2 && wb <= 12
	if oka != okb {
		return oka
	}
	// the sentence that states the date is the one that reports the event
	if da, db := ownDate(a), ownDate(b); da != db {
		return da
	}
	if a.conf != b.conf {
		return a.conf > b.conf
	}
	return wa > wb
}

// ownDate reports whether the mention's date is expressed in its sentence.
func ownDate(mb *member) bool {
	d := mb.dateSpan
	return d != nil && mb.sentence.Contains(*d)
}

func entityIDs(idx []int, entityOf []int, ents []Entity) []string {
	ids := []string{}
	for _, i := range idx {
		if i < 0 || i >= len(entityOf) {
			continue
		}
		id := ents[entityOf[i]].ID
		if !contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// evidence returns the event's sentence text: the recorded evidence, or the
// sentence span of the document text when it is in range.
func evidence(text string, m EventMention) string {
	if m.Evidence != "" {
		return m.Evidence
	}
	s := m.Sentence
	if s.Start >= 0 && s.Start <= s.End && s.End <= len(text) {
		return text[s.Start:s.End]
	}
	return ""
}
