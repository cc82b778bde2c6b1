package timeline

import "slices"

// maxUndatedGap is how far (in days) an event may lie before the report
// that mentions it without a date for the two to be merged: news names
// recent events without dates ("the coup", "the recent elections") but
// dates older ones, so an undated "the recent elections" in an October 2020
// article is not the election of October 2019.
const maxUndatedGap = 92

// member is one event mention taking part in the merge: what the merge
// compares, without the mention's texts, which wait in the build's spill
// (off, n) until the event is written.
//
// A large corpus has millions of mentions of a type, so the fields are
// kept small: entities are entity indexes, the date keeps only what the
// merge compares.
type member struct {
	parts, places []int32 // entity indexes
	modality      Modality
	date          mdate
	seq           int64 // position of the mention in the corpus
	off           int64 // the mention's record in its type's spill
	conf          float64
	docDate       Day
	sentence      Span
	trigger       Span
	dateSpan      Span
	doc           int32 // document index
	firstDoc      int32 // index of the first document with the same id
	n             int32
	killed        int32
	injured       int32
	headWords     int16
	hasDateSpan   bool
}

// mdate is what the merge compares of a mention's date.
type mdate struct {
	edtf       string
	start, end Day
	prec       int8 // Precision.Rank()
	basis      int8 // basisRank
	present    bool // the mention has a date (its year may be unknown)
}

func newMdate(d *Date) mdate {
	if d == nil {
		return mdate{}
	}
	return mdate{edtf: d.EDTF, start: d.Start, end: d.End, prec: int8(d.Precision.Rank()), basis: int8(basisRank(d.Basis)), present: true}
}

// known reports whether the date has a calendar range (see Date.Known).
func (d *mdate) known() bool { return d.present && !d.start.IsZero() }

// rank is the date's rank in the timeline order: 0 known, 1 year
// unknown, 2 none.
func (d *mdate) rank() int {
	switch {
	case d.known():
		return 0
	case d.present:
		return 1
	}
	return 2
}

// cluster is a group of mentions reporting the same event (of one type).
type cluster struct {
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
			clusters = append(clusters, &cluster{})
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
	if a.doc == b.doc && a.hasDateSpan && b.hasDateSpan && a.dateSpan == b.dateSpan &&
		a.date.known() && b.date.known() && a.date.edtf == b.date.edtf {
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
	da, db := &a.date, &b.date
	switch {
	case da.known() && db.known():
		if !datesCompatible(da, db) {
			return 0
		}
		same := da.start == db.start && da.end == db.end
		switch {
		case shared > 0:
			return 2 + shared
		case same && !placesConflict && int(da.prec) >= DayPrec.Rank():
			return 2 // same type on the same day, places not in conflict
		case same && !placesConflict && a.doc == b.doc:
			return 1
		}
		return 0
	case da.known() || db.known():
		dated, undated := a, b
		if !da.known() {
			dated, undated = b, a
		}
		if !recentFor(&dated.date, undated.docDate) {
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
		if da.present && db.present && da.edtf != db.edtf {
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
func datesCompatible(a, b *mdate) bool {
	contains := func(x, y *mdate) bool { return x.start.Compare(y.start) <= 0 && x.end.Compare(y.end) >= 0 }
	return contains(a, b) || contains(b, a)
}

// recentFor reports whether an event dated d can be what an undated
// mention in a document of date ref refers to: not after the document and
// not more than maxUndatedGap days before it. With no document date any
// date fits.
func recentFor(d *mdate, ref Day) bool {
	if ref.IsZero() {
		return true
	}
	if d.start.Compare(ref) > 0 {
		return false
	}
	return absDays(d.end, ref) <= maxUndatedGap || d.end.Compare(ref) >= 0
}

func sharedCount(a, b []int32) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
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
		if mb.date.known() && (best == nil || betterDate(mb, best)) {
			best = mb
		}
	}
	if best != nil {
		return best
	}
	for _, mb := range c.members {
		if mb.date.present {
			return mb
		}
	}
	return nil
}

// key returns the cluster's event's place in the timeline order.
func (c *cluster) key(b *Builder) eventKey {
	k := eventKey{rank: 2}
	if bd := c.bestDate(); bd != nil {
		d := &bd.date
		k.rank = d.rank()
		k.start, k.end, k.prec, k.edtf = d.start, d.end, int(d.prec), d.edtf
	}
	first := c.members[0] // the first source of the event
	k.doc = int(first.firstDoc)
	k.pos = first.sentence.Start
	k.seq = first.seq
	return k
}

// event builds the timeline event of a cluster: the best date, the best
// headline, every participant, place and source. It reads the members'
// texts from sp, using buf as scratch space.
func (c *cluster) event(b *Builder, typ string, sp *spill, buf []byte) (Event, []byte, error) {
	first := c.members[0]
	ev := Event{
		Type:         typ,
		Modality:     first.modality,
		Participants: []string{},
		Places:       []string{},
	}
	bestDate := c.bestDate()
	var bestHead *member
	noMiss := 1.0
	var srcDocs []int32 // firstDoc of each source
	for _, mb := range c.members {
		if bestHead == nil || betterHeadline(mb, bestHead) {
			bestHead = mb
		}
		if modalityRank(mb.modality) > modalityRank(ev.Modality) {
			ev.Modality = mb.modality
		}
		for _, e := range mb.parts {
			if id := b.entityIDs[e]; !contains(ev.Participants, id) {
				ev.Participants = append(ev.Participants, id)
			}
		}
		for _, e := range mb.places {
			if id := b.entityIDs[e]; !contains(ev.Places, id) {
				ev.Places = append(ev.Places, id)
			}
		}
		ev.Casualties.Killed = max(ev.Casualties.Killed, int(mb.killed))
		ev.Casualties.Injured = max(ev.Casualties.Injured, int(mb.injured))
		noMiss *= 1 - min(max(mb.conf, 0), 1)
		dup := false
		for i, s := range ev.Sources {
			if srcDocs[i] == mb.firstDoc && s.Start == mb.sentence.Start && s.End == mb.sentence.End {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		rec, err := sp.readAt(mb.off, int(mb.n), buf)
		if err != nil {
			return ev, buf, err
		}
		buf = rec[:0]
		_, _, text, doc, err := mentionTexts(rec)
		if err != nil {
			return ev, buf, err
		}
		srcDocs = append(srcDocs, mb.firstDoc)
		ev.Sources = append(ev.Sources, Source{
			doc:      &doc,
			Doc:      doc.ID,
			Start:    mb.sentence.Start,
			End:      mb.sentence.End,
			Trigger:  mb.trigger,
			DateSpan: mb.dateSpanPtr(),
			Text:     text,
		})
	}
	for _, mb := range []*member{bestDate, bestHead} {
		if mb == nil {
			continue
		}
		rec, err := sp.readAt(mb.off, int(mb.n), buf)
		if err != nil {
			return ev, buf, err
		}
		buf = rec[:0]
		date, headline, _, _, err := mentionTexts(rec)
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

func (mb *member) dateSpanPtr() *Span {
	if !mb.hasDateSpan {
		return nil
	}
	s := mb.dateSpan
	return &s
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
	da, db := &a.date, &b.date
	if da.prec != db.prec {
		return da.prec > db.prec
	}
	if da.basis != db.basis {
		return da.basis > db.basis
	}
	if a.hasDateSpan != b.hasDateSpan {
		return a.hasDateSpan
	}
	return absDays(da.start, da.end) < absDays(db.start, db.end)
}

// betterHeadline prefers a headline of 2 to 12 words, then one from the
// sentence that states the date, then the more confident mention, then the one with more words (more informative).
func betterHeadline(a, b *member) bool {
	wa, wb := int(a.headWords), int(b.headWords)
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
	return mb.hasDateSpan && mb.sentence.Contains(mb.dateSpan)
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
