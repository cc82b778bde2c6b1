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
	// Progress, when set, is called by Finish after each event type is
	// merged, with the event mentions merged so far and in all.
	Progress func(merged, total int)
}

// Builder builds a timeline from extractions added one at a time (see
// Build for what the build does). The result is the same, byte for byte,
// whether or not it is disk-backed.
type Builder struct {
	opt      BuildOptions
	docs     *spill // the documents' metadata, in order
	nDocs    int
	firstDoc map[string]docRef // document id -> the first document with it
	alias    *aliasIndex
	types    map[string]*spill // event type -> its mentions
	spills   []*spill          // every open spill, to remove on failure
	seq      int64
	nDated   int
	// entityIDs maps entity indexes to ids once the corpus is read.
	entityIDs []string
	enc       encoder
	err       error
	finished  bool
}

// docRef locates a document's metadata in the documents spill.
type docRef struct {
	idx int
	off int64
	n   int
}

// NewBuilder returns an empty Builder.
func NewBuilder(opt BuildOptions) *Builder {
	return &Builder{opt: opt, firstDoc: map[string]docRef{}, alias: newAliasIndex(), types: map[string]*spill{}}
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
	if b.docs == nil {
		var err error
		if b.docs, err = newSpill(b.opt.TempDir, "timeline-documents-*"); err != nil {
			b.err = err
			return err
		}
		b.spills = append(b.spills, b.docs)
	}
	xi := b.nDocs
	d := &x.Document
	info := DocumentInfo{ID: d.ID, Title: d.Title, Date: d.Date, Source: d.Source, URL: d.URL, Author: d.Author}
	b.enc.b = b.enc.b[:0]
	b.enc.document(&info)
	off, n := b.docs.add(b.enc.b)
	b.nDocs++
	// The writers show, for every source, the first document with the
	// source's id.
	first, ok := b.firstDoc[d.ID]
	if !ok {
		first = docRef{idx: xi, off: off, n: n}
		b.firstDoc[strings.Clone(d.ID)] = first
	} else {
		if b.err = b.docs.flush(); b.err != nil {
			return b.err
		}
		rec, err := b.docs.readAt(first.off, first.n, nil)
		if err != nil {
			b.err = err
			return err
		}
		dd := decoder{b: rec}
		info = dd.document()
		if dd.err != nil {
			b.err = dd.err
			return b.err
		}
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
		encodeMention(&b.enc, xi, first.idx, b.seq, &info, d, m, nodes)
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
	ids := make([]int32, len(entityOfNode)) // node -> entity index
	for n, e := range entityOfNode {
		ids[n] = int32(e)
	}
	b.entityIDs = make([]string, len(ents))
	for i := range ents {
		b.entityIDs[i] = ents[i].ID
	}
	typeNames := make([]string, 0, len(b.types))
	for t := range b.types {
		typeNames = append(typeNames, t)
	}
	sort.Strings(typeNames)
	var runs []*spill
	total, merged := 0, 0
	if b.opt.Progress != nil {
		b.opt.Progress(0, int(b.seq))
	}
	for _, t := range typeNames {
		sp := b.types[t]
		run, n, err := b.mergeType(t, sp, ids)
		if err != nil {
			return nil, err
		}
		merged += sp.n
		sp.close()
		runs = append(runs, run)
		total += n
		if b.opt.Progress != nil {
			b.opt.Progress(merged, int(b.seq))
		}
	}
	b.types = nil
	store, err := b.mergeRuns(runs, total)
	if err != nil {
		return nil, err
	}
	if b.docs == nil {
		if b.docs, err = newSpill(b.opt.TempDir, "timeline-documents-*"); err != nil {
			store.close()
			return nil, err
		}
	}
	if err := b.docs.flush(); err != nil {
		return nil, err
	}
	b.spills = nil
	return &Timeline{Version: Version, Documents: []DocumentInfo{}, Entities: ents, Events: []Event{},
		store: store, nStore: total, nDated: b.nDated, docs: b.docs, nDocs: b.nDocs}, nil
}

// mergeType merges the mentions of one event type into events and writes
// them, sorted, to a new spill (a sorted run). It returns the run and its
// number of events.
func (b *Builder) mergeType(typ string, sp *spill, ids []int32) (*spill, int, error) {
	members, err := b.loadMembers(sp, ids)
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
		ev, nbuf, err := clusters[ci].event(b, typ, sp, buf)
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
func (b *Builder) loadMembers(sp *spill, ids []int32) ([]member, error) {
	if err := sp.flush(); err != nil {
		return nil, err
	}
	members := make([]member, sp.n)
	edtfs := map[string]string{}
	i := 0
	sc := sp.scanner()
	var off int64
	for {
		rec, err := sc.next()
		if errors.Is(err, io.EOF) {
			return members[:i], nil
		}
		if err != nil {
			return nil, err
		}
		if i >= len(members) {
			return nil, errCorrupt
		}
		hdr := int64(uvarintLen(uint64(len(rec))))
		mb := &members[i]
		if err := decodeMember(rec, ids, edtfs, mb); err != nil {
			return nil, err
		}
		mb.off, mb.n = off+hdr, int32(len(rec))
		off += hdr + int64(len(rec))
		i++
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
func encodeMention(e *encoder, doc, firstDoc int, seq int64, info *DocumentInfo, d *Document, m *EventMention, nodes []int32) {
	e.int(doc)
	e.int(firstDoc)
	e.day(d.Date)
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
	e.document(info)
}

// decodeMember reads a mention record without its texts into mb;
// entityOf maps alias nodes to entity indexes (-1: none), and edtfs interns
// the date values (a corpus repeats the same few thousand).
func decodeMember(rec []byte, entityOf []int32, edtfs map[string]string, mb *member) error {
	d := decoder{b: rec}
	mb.doc = int32(d.int())
	mb.firstDoc = int32(d.int())
	mb.docDate = d.day()
	mb.seq = int64(d.int())
	mb.modality = d.modality()
	if d.bool() {
		dt := &mb.date
		dt.present = true
		dt.edtf = d.interned(edtfs)
		d.skipStr() // TIMEX value
		dt.start = d.day()
		dt.end = d.day()
		dt.prec = int8(Precision(d.bytes()).Rank())
		d.skipStr() // text
		dt.basis = int8(basisRank(Basis(d.bytes())))
		d.bool() // approximate
		d.bool() // year unknown
	}
	if d.bool() {
		mb.hasDateSpan = true
		mb.dateSpan = d.span()
	}
	mb.killed = int32(d.int())
	mb.injured = int32(d.int())
	mb.conf = d.float()
	mb.sentence = d.span()
	mb.trigger = d.span()
	mb.headWords = int16(min(d.int(), 1<<14))
	np := d.count()
	parts := make([]int32, 0, np)
	for range np {
		node := d.int()
		if node < 0 || node >= len(entityOf) {
			d.fail()
			break
		}
		if e := entityOf[node]; e >= 0 && !slices.Contains(parts, e) {
			parts = append(parts, e)
		}
	}
	nq := d.count()
	var places []int32
	for range nq {
		node := d.int()
		if node < 0 || node >= len(entityOf) {
			d.fail()
			break
		}
		if e := entityOf[node]; e >= 0 && !slices.Contains(places, e) {
			places = append(places, e)
		}
	}
	mb.parts, mb.places = parts, places
	return d.err
}

// mentionTexts reads the texts of a mention record (headline, evidence,
// document) and its full date.
func mentionTexts(rec []byte) (date *Date, headline, evidence string, doc DocumentInfo, err error) {
	d := decoder{b: rec}
	d.int()
	d.int()
	d.day()
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
	doc = d.document()
	return date, headline, evidence, doc, d.err
}
