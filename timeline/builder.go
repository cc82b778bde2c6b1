package timeline

import (
	"container/heap"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// BuildOptions configure a Builder.
type BuildOptions struct {
	// TempDir is where a disk-backed build keeps its working files (they
	// are removed by Timeline.Close). With it, memory grows with the
	// number of documents and distinct entity names but not with the text
	// or the number of events: the event mentions wait on disk, are merged
	// one event type at a time, and the built events are sorted on disk and
	// streamed to the writers. Empty: everything stays in memory.
	TempDir string
}

// Builder builds a timeline from extractions added one at a time (see
// Build for what the build does). The result is the same, byte for byte,
// whether or not it is disk-backed.
type Builder struct {
	opt      BuildOptions
	docs     []DocumentInfo
	firstDoc map[string]int // document id -> first document index
	alias    *aliasIndex
	types    map[string]*spill // event type -> its mentions
	spills   []*spill          // every open spill, to remove on failure
	seq      int64
	nDated   int
	enc      encoder
	err      error
	finished bool
}

// NewBuilder returns an empty Builder.
func NewBuilder(opt BuildOptions) *Builder {
	return &Builder{opt: opt, firstDoc: map[string]int{}, alias: newAliasIndex(), types: map[string]*spill{}}
}

// Add adds the next document's extraction; extractions are taken in
// corpus order. Only what the build needs is kept: the document's
// metadata, its entity names, and its event mentions (with their evidence
// sentences; the document text is not needed).
func (b *Builder) Add(x *Extraction) error {
	if b.err != nil {
		return b.err
	}
	if b.finished {
		return fmt.Errorf("timeline: Builder.Add after Finish")
	}
	xi := len(b.docs)
	d := &x.Document
	b.docs = append(b.docs, DocumentInfo{ID: strings.Clone(d.ID), Title: strings.Clone(d.Title), Date: d.Date,
		Source: strings.Clone(d.Source), URL: strings.Clone(d.URL), Author: strings.Clone(d.Author)})
	if _, ok := b.firstDoc[d.ID]; !ok {
		b.firstDoc[b.docs[xi].ID] = xi
	}
	nodes := b.alias.add(x.Entities)
	for mi := range x.Events {
		m := &x.Events[mi]
		sp := b.types[m.Type]
		if sp == nil {
			var err error
			if sp, err = newSpill(b.opt.TempDir, "timeline-mentions-*"); err != nil {
				b.err = err
				return err
			}
			b.types[strings.Clone(m.Type)] = sp
			b.spills = append(b.spills, sp)
		}
		b.enc.b = b.enc.b[:0]
		encodeMention(&b.enc, xi, b.seq, d, m, nodes)
		sp.add(b.enc.b)
		b.seq++
		if sp.err != nil {
			b.err = sp.flush()
			return b.err
		}
	}
	return nil
}

// Finish resolves the entities, merges and sorts the events and returns
// the timeline. A disk-backed timeline streams its events from a temporary
// file: Close it when it has been written.
func (b *Builder) Finish() (*Timeline, error) {
	if b.err != nil {
		b.cleanup()
		return nil, b.err
	}
	b.finished = true
	tl, err := b.finish()
	if err != nil {
		b.cleanup()
		return nil, err
	}
	return tl, nil
}

// Discard removes the working files of a build that will not be finished.
func (b *Builder) Discard() {
	b.finished = true
	b.cleanup()
}

func (b *Builder) cleanup() {
	for _, sp := range b.spills {
		sp.close()
	}
	b.spills = nil
}

func (b *Builder) finish() (*Timeline, error) {
	ents, entityOfNode := b.alias.resolve()
	assignEntityIDs(ents)
	b.alias = nil
	ids := make([]string, len(entityOfNode)) // node -> entity id
	for n, e := range entityOfNode {
		if e >= 0 {
			ids[n] = ents[e].ID
		}
	}
	typeNames := make([]string, 0, len(b.types))
	for t := range b.types {
		typeNames = append(typeNames, t)
	}
	sort.Strings(typeNames)
	var runs []*spill
	total := 0
	for _, t := range typeNames {
		sp := b.types[t]
		run, n, err := b.mergeType(t, sp, ids)
		if err != nil {
			return nil, err
		}
		sp.close()
		runs = append(runs, run)
		total += n
	}
	b.types = nil
	store, err := b.mergeRuns(runs, total)
	if err != nil {
		return nil, err
	}
	b.spills = nil
	tl := &Timeline{Version: Version, Documents: b.docs, Entities: ents, Events: []Event{}, store: store, nStore: total, nDated: b.nDated}
	if tl.Documents == nil {
		tl.Documents = []DocumentInfo{}
	}
	return tl, nil
}

// mergeType merges the mentions of one event type into events and writes
// them, sorted, to a new spill (a sorted run). It returns the run and its
// number of events.
func (b *Builder) mergeType(typ string, sp *spill, ids []string) (*spill, int, error) {
	members, err := b.loadMembers(typ, sp, ids)
	if err != nil {
		return nil, 0, err
	}
	clusters := mergeMembers(members)
	keys := make([]eventKey, len(clusters))
	order := make([]int, len(clusters))
	for i, c := range clusters {
		keys[i] = c.key(b)
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return keys[i].compare(&keys[j]) })

	run, err := newSpill(b.opt.TempDir, "timeline-events-*")
	if err != nil {
		return nil, 0, err
	}
	b.spills = append(b.spills, run)
	var buf []byte
	var enc encoder
	for _, ci := range order {
		ev, nbuf, err := clusters[ci].event(b, sp, buf)
		if err != nil {
			return nil, 0, err
		}
		buf = nbuf
		enc.b = enc.b[:0]
		keys[ci].encode(&enc)
		enc.event(&ev)
		run.add(enc.b)
	}
	if err := run.flush(); err != nil {
		return nil, 0, err
	}
	return run, len(order), nil
}

// loadMembers reads the mentions of one event type back from its spill.
func (b *Builder) loadMembers(typ string, sp *spill, ids []string) ([]member, error) {
	if err := sp.flush(); err != nil {
		return nil, err
	}
	members := make([]member, 0, sp.n)
	sc := sp.scanner()
	var off int64
	for {
		rec, err := sc.next()
		if errors.Is(err, io.EOF) {
			return members, nil
		}
		if err != nil {
			return nil, err
		}
		hdr := int64(uvarintLen(uint64(len(rec))))
		mb, err := decodeMember(rec, ids)
		if err != nil {
			return nil, err
		}
		mb.typ = typ
		mb.off, mb.n = off+hdr, len(rec)
		if mb.doc < 0 || mb.doc >= len(b.docs) {
			return nil, errCorrupt
		}
		mb.docDate = b.docs[mb.doc].Date
		off += hdr + int64(len(rec))
		members = append(members, mb)
	}
}

func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

// eventKey is what the chronological order (see Less) looks at, plus the
// sequence number of the event's first mention, which keeps events that
// Less does not separate in the order the corpus reports them.
type eventKey struct {
	rank       int // 0 dated, 1 year unknown, 2 undated
	start, end Day
	prec       int
	edtf       string
	doc, pos   int // first source: document index and offset
	seq        int64
}

func (k *eventKey) compare(o *eventKey) int {
	if k.rank != o.rank {
		return cmpInt(k.rank, o.rank)
	}
	switch k.rank {
	case 0:
		if c := k.start.Compare(o.start); c != 0 {
			return c
		}
		if k.prec != o.prec {
			return cmpInt(o.prec, k.prec)
		}
		if c := k.end.Compare(o.end); c != 0 {
			return c
		}
	case 1:
		if c := strings.Compare(k.edtf, o.edtf); c != 0 {
			return c
		}
	}
	if k.doc != o.doc {
		return cmpInt(k.doc, o.doc)
	}
	if k.pos != o.pos {
		return cmpInt(k.pos, o.pos)
	}
	switch {
	case k.seq < o.seq:
		return -1
	case k.seq > o.seq:
		return 1
	}
	return 0
}

func (k *eventKey) encode(e *encoder) {
	e.int(k.rank)
	e.day(k.start)
	e.day(k.end)
	e.int(k.prec)
	e.str(k.edtf)
	e.int(k.doc)
	e.int(k.pos)
	e.int(int(k.seq))
}

func (k *eventKey) decode(d *decoder) {
	k.rank = d.int()
	k.start = d.day()
	k.end = d.day()
	k.prec = d.int()
	k.edtf = d.str()
	k.doc = d.int()
	k.pos = d.int()
	k.seq = int64(d.int())
}

// runHead is the next event of a sorted run during the final merge.
type runHead struct {
	sc  *spillScanner
	key eventKey
	rec []byte // the encoded event, after the key
}

type runHeap []*runHead

func (h runHeap) Len() int           { return len(h) }
func (h runHeap) Less(i, j int) bool { return h[i].key.compare(&h[j].key) < 0 }
func (h runHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *runHeap) Push(x any)        { *h = append(*h, x.(*runHead)) }
func (h *runHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// advance reads the run's next event; false at its end.
func (r *runHead) advance() (bool, error) {
	rec, err := r.sc.next()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return false, nil
		}
		return false, err
	}
	d := decoder{b: rec}
	r.key.decode(&d)
	if d.err != nil {
		return false, d.err
	}
	r.rec = d.b
	return true, nil
}

// mergeRuns merges the sorted runs into one spill of events in timeline
// order, numbering them ev0001, ev0002, ... on the way.
func (b *Builder) mergeRuns(runs []*spill, total int) (*spill, error) {
	out, err := newSpill(b.opt.TempDir, "timeline-sorted-*")
	if err != nil {
		return nil, err
	}
	b.spills = append(b.spills, out)
	h := make(runHeap, 0, len(runs))
	for _, r := range runs {
		head := &runHead{sc: r.scanner()}
		ok, err := head.advance()
		if err != nil {
			return nil, err
		}
		if ok {
			h = append(h, head)
		}
	}
	heap.Init(&h)
	var enc encoder
	var ev Event
	for i := 1; h.Len() > 0; i++ {
		head := h[0]
		d := decoder{b: head.rec}
		d.event(&ev)
		if d.err != nil {
			return nil, d.err
		}
		ev.ID = eventID(i)
		if head.key.rank == 0 {
			b.nDated++
		}
		enc.b = enc.b[:0]
		enc.event(&ev)
		out.add(enc.b)
		ok, err := head.advance()
		if err != nil {
			return nil, err
		}
		if ok {
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	for _, r := range runs {
		r.close()
	}
	if err := out.flush(); err != nil {
		return nil, err
	}
	if out.n != total {
		return nil, fmt.Errorf("timeline: build lost events (%d of %d)", out.n, total)
	}
	return out, nil
}

// eventID is the id of the i-th event of the timeline, from 1: ev0001.
func eventID(i int) string { return fmt.Sprintf("ev%04d", i) }

// encodeMention writes what the merge needs of one event mention: the
// entity mentions it names are written as alias nodes (nodes), which
// become entity ids once the whole corpus has been read.
func encodeMention(e *encoder, doc int, seq int64, d *Document, m *EventMention, nodes []int32) {
	e.int(doc)
	e.int(int(seq))
	e.str(string(m.Modality))
	e.date(m.Date)
	e.spanPtr(m.DateSpan)
	e.int(m.Casualties.Killed)
	e.int(m.Casualties.Injured)
	e.float(m.Confidence)
	e.span(m.Sentence)
	e.span(m.Trigger)
	e.int(len(strings.Fields(m.Headline)))
	writeNodes := func(idx []int) {
		n := 0
		for _, i := range idx {
			if i >= 0 && i < len(nodes) {
				n++
			}
		}
		e.uint(uint64(n))
		for _, i := range idx {
			if i >= 0 && i < len(nodes) {
				e.int(int(nodes[i]))
			}
		}
	}
	writeNodes(m.Participants)
	writeNodes(m.Places)
	// the texts last: the merge reads the record without them
	e.str(m.Headline)
	e.str(evidence(d.Text, *m))
}

// decodeMember reads a mention record without its texts; ids maps alias
// nodes to entity ids.
func decodeMember(rec []byte, ids []string) (member, error) {
	d := decoder{b: rec}
	var mb member
	mb.doc = d.int()
	mb.seq = int64(d.int())
	mb.modality = Modality(d.str())
	mb.date = d.date(true)
	mb.dateSpan = d.spanPtr()
	mb.killed = d.int()
	mb.injured = d.int()
	mb.conf = d.float()
	mb.sentence = d.span()
	mb.trigger = d.span()
	mb.headWords = d.int()
	readIDs := func() []string {
		n := d.count()
		list := []string{}
		for range n {
			node := d.int()
			if node < 0 || node >= len(ids) {
				d.fail()
				return list
			}
			if id := ids[node]; id != "" && !contains(list, id) {
				list = append(list, id)
			}
		}
		return list
	}
	mb.parts = readIDs()
	mb.places = readIDs()
	if d.err != nil {
		return mb, d.err
	}
	return mb, nil
}

// mentionTexts reads the texts of a mention record (headline, evidence) and
// its full date.
func mentionTexts(rec []byte) (date *Date, headline, evidence string, err error) {
	d := decoder{b: rec}
	d.int()
	d.int()
	d.skipStr()
	date = d.date(false)
	d.spanPtr()
	d.int()
	d.int()
	d.float()
	d.span()
	d.span()
	d.int()
	for range 2 {
		n := d.count()
		for range n {
			d.int()
		}
	}
	headline = d.str()
	evidence = d.str()
	return date, headline, evidence, d.err
}
