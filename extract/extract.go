// Package extract runs the extraction stages over documents: sentences
// (extract/segment), time expressions (extract/temporal), entities
// (extract/entity) and events (extract/event), producing one
// timeline.Extraction per document. Batches run on a bounded worker pool and
// come out in input order.
package extract

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/timelinekit/timelinekit/extract/entity"
	"github.com/timelinekit/timelinekit/extract/event"
	"github.com/timelinekit/timelinekit/extract/segment"
	"github.com/timelinekit/timelinekit/extract/temporal"
	"github.com/timelinekit/timelinekit/timeline"
)

// Pipeline extracts timelines' raw material from documents. It is safe for
// concurrent use once built.
type Pipeline struct {
	domain   temporal.Domain
	tagger   *temporal.Tagger
	entities *entity.Recognizer
	events   *event.Extractor

	entityOpts []entity.Option
	eventOpts  []event.Option
}

// Option configures a Pipeline.
type Option func(*Pipeline)

// WithDomain sets how relative dates are anchored (news, narrative, auto).
func WithDomain(d temporal.Domain) Option {
	return func(p *Pipeline) { p.domain = d }
}

// WithGazetteer adds gazetteer entries read from r (name is for errors).
func WithGazetteer(r io.Reader, name string) Option {
	return func(p *Pipeline) { p.entityOpts = append(p.entityOpts, entity.WithGazetteer(r, name)) }
}

// WithProse turns on the prose named-entity tagger for capitalised names
// that no gazetteer entry, cue or other mention explains (off by default:
// slower, and less precise on the texts measured; see extract/entity).
func WithProse(on bool) Option {
	return func(p *Pipeline) { p.entityOpts = append(p.entityOpts, entity.WithProse(on)) }
}

// WithEventLexicon adds or overrides event types and triggers read from r.
func WithEventLexicon(r io.Reader, name string) Option {
	return func(p *Pipeline) { p.eventOpts = append(p.eventOpts, event.WithLexicon(r, name)) }
}

// New builds a pipeline with the embedded rules and lexicons plus any given
// with options. Errors in user files name the file and line.
func New(opts ...Option) (*Pipeline, error) {
	p := &Pipeline{domain: temporal.Auto}
	for _, o := range opts {
		o(p)
	}
	var err error
	if p.tagger, err = temporal.New(); err != nil {
		return nil, err
	}
	if p.entities, err = entity.New(p.entityOpts...); err != nil {
		return nil, err
	}
	if p.events, err = event.New(p.eventOpts...); err != nil {
		return nil, err
	}
	p.entityOpts, p.eventOpts = nil, nil
	return p, nil
}

// Extract runs every stage on one document.
func (p *Pipeline) Extract(doc timeline.Document) (x timeline.Extraction, err error) {
	defer func() {
		// A stage failing on odd input must cost one document, not the batch.
		if r := recover(); r != nil {
			x = timeline.Extraction{Document: doc}
			err = fmt.Errorf("%s: internal error while extracting: %v", docName(doc), r)
		}
	}()
	text := doc.Text
	x = timeline.Extraction{
		Document:   doc,
		Paragraphs: segment.Paragraphs(text),
		Sentences:  segment.Sentences(text),
	}
	x.Timexes = p.tagger.Tag(text, temporal.Context{Ref: doc.Date, Domain: p.domain})
	x.Entities = p.entities.Recognize(text, x.Sentences)
	x.Events = p.events.Extract(event.Input{Doc: &x.Document, Sentences: x.Sentences, Timexes: x.Timexes, Entities: x.Entities})
	for i := range x.Events {
		s := x.Events[i].Sentence
		if s.Start >= 0 && s.Start <= s.End && s.End <= len(text) {
			x.Events[i].Evidence = text[s.Start:s.End]
		}
	}
	if x.Paragraphs == nil {
		x.Paragraphs = []timeline.Span{}
	}
	if x.Sentences == nil {
		x.Sentences = []timeline.Span{}
	}
	if x.Timexes == nil {
		x.Timexes = []timeline.Timex{}
	}
	if x.Entities == nil {
		x.Entities = []timeline.EntityMention{}
	}
	if x.Events == nil {
		x.Events = []timeline.EventMention{}
	}
	return x, nil
}

func docName(d timeline.Document) string {
	if d.Source != "" {
		return d.Source
	}
	return d.ID
}

// Compact drops what building a timeline does not need from an extraction
// (the document text, sentences, time expressions), so that a batch keeps
// only a small record per document. Event evidence is kept.
func Compact(x timeline.Extraction) timeline.Extraction {
	x.Document.Text = ""
	x.Paragraphs, x.Sentences, x.Timexes = nil, nil, nil
	// The strings kept are substrings of the document text: copy them so
	// the text itself can be freed.
	ents := make([]timeline.EntityMention, len(x.Entities))
	for i, m := range x.Entities {
		m.Text = strings.Clone(m.Text)
		ents[i] = m
	}
	x.Entities = ents
	evs := make([]timeline.EventMention, len(x.Events))
	for i, ev := range x.Events {
		ev.Evidence = strings.Clone(ev.Evidence)
		ev.TrigText = strings.Clone(ev.TrigText)
		ev.Headline = strings.Clone(ev.Headline)
		if ev.Date != nil {
			d := *ev.Date
			d.Text = strings.Clone(d.Text)
			ev.Date = &d
		}
		evs[i] = ev
	}
	x.Events = evs
	return x
}

// Result is the outcome of extracting one document in a batch.
type Result struct {
	Seq        int
	Extraction timeline.Extraction
	Err        error
}

// Batch runs a pipeline over a stream of documents on a bounded pool of
// workers and delivers the results in submission order, whatever the
// scheduling. At most a small multiple of the worker count of documents are
// in flight, so memory does not grow with the corpus.
type Batch struct {
	p       *Pipeline
	in      chan job
	out     chan Result
	slots   chan struct{}
	seq     int
	done    chan struct{}
	emitErr error
	wg      sync.WaitGroup
	cancel  context.CancelFunc
}

type job struct {
	seq int
	doc timeline.Document
}

// NewBatch starts jobs workers (runtime.NumCPU() when jobs < 1). emit is
// called from one goroutine, in submission order; if it returns an error
// the batch stops and Wait returns that error.
func (p *Pipeline) NewBatch(ctx context.Context, jobs int, emit func(Result) error) *Batch {
	if jobs < 1 {
		jobs = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	b := &Batch{
		p:      p,
		in:     make(chan job),
		out:    make(chan Result, jobs),
		slots:  make(chan struct{}, 2*jobs),
		done:   make(chan struct{}),
		cancel: cancel,
	}
	for range jobs {
		b.wg.Add(1)
		go b.work(ctx)
	}
	go func() { b.wg.Wait(); close(b.out) }()
	go b.collect(emit)
	return b
}

func (b *Batch) work(ctx context.Context) {
	defer b.wg.Done()
	for j := range b.in {
		r := Result{Seq: j.seq}
		if err := ctx.Err(); err != nil {
			r.Extraction, r.Err = timeline.Extraction{Document: j.doc}, err
		} else {
			r.Extraction, r.Err = b.p.Extract(j.doc)
		}
		b.out <- r
	}
}

func (b *Batch) collect(emit func(Result) error) {
	defer close(b.done)
	pending := map[int]Result{}
	next := 0
	for r := range b.out {
		pending[r.Seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if b.emitErr == nil {
				if err := emit(r); err != nil {
					b.emitErr = err
					b.cancel()
				}
			}
			<-b.slots
		}
	}
}

// Submit queues a document; it blocks while too many are in flight.
func (b *Batch) Submit(ctx context.Context, doc timeline.Document) error {
	select {
	case b.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	b.in <- job{seq: b.seq, doc: doc}
	b.seq++
	return nil
}

// Wait closes the batch to new documents, waits for every result to be
// emitted and returns the first error emit returned.
func (b *Batch) Wait() error {
	close(b.in)
	<-b.done
	b.cancel()
	return b.emitErr
}
