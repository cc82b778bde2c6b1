// Package timeline holds the core model of the toolkit (documents, dates,
// entities, events and the per-document extractions they are built from), the
// corpus-level build step (entity alias resolution, cross-document event
// merge, chronological sort) and the writers for CSV, JSON and HTML.
//
// It imports neither the NLP libraries nor the extractors: the extract
// packages produce Extraction values and this package turns them into a
// Timeline.
package timeline

import "bytes"

// Document is one input article.
type Document struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Author string `json:"author,omitempty"`
	// Date is the reference (publication) date; zero when unknown.
	Date Day `json:"date"`
	// Source names where the document came from: file path, with line for
	// JSONL/CSV ("corpus.jsonl:3").
	Source string `json:"source,omitempty"`
	Text   string `json:"text"`
}

// Span is a byte range [Start, End) in a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return t.Start >= s.Start && t.End <= s.End }

// Timex types (TIMEX3 type attribute).
const (
	TimexDate     = "DATE"
	TimexTime     = "TIME"
	TimexDuration = "DURATION"
	TimexSet      = "SET"
)

// Timex is one time expression found in a text.
type Timex struct {
	Span
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE, TIME, DURATION or SET
	Value string `json:"value"` // TIMEX3 value: 1952-04-09, XXXX-11-10, P3D, PRESENT_REF ...
	Mod   string `json:"mod,omitempty"`
	// Date is the calendar reading of a DATE or TIME expression; nil for
	// durations, sets and references such as PRESENT_REF.
	Date *Date `json:"date,omitempty"`
}

// EntityType is the kind of a named entity.
type EntityType string

// Entity types.
const (
	Person EntityType = "PERSON"
	Org    EntityType = "ORG"
	Place  EntityType = "PLACE"
)

// EntityMention is one mention of a named entity in a text.
type EntityMention struct {
	Span
	Text string     `json:"text"`
	Type EntityType `json:"type"`
	// Canonical is the name the extractor resolved the mention to within its
	// document ("Movement for Socialism" for "MAS" when the text defines the
	// acronym); empty when the mention text is its own name.
	Canonical string `json:"canonical,omitempty"`
	// Aliases are other names the extractor learned for the same entity
	// inside the document (an acronym and its expansion).
	Aliases []string `json:"aliases,omitempty"`
	// Country is set for places and demonym-derived cues when known.
	Country string `json:"country,omitempty"`
}

// Name returns the canonical name if set, else the mention text.
func (m EntityMention) Name() string {
	if m.Canonical != "" {
		return m.Canonical
	}
	return m.Text
}

// Modality says whether an event is reported as having happened.
type Modality string

// Modalities.
const (
	Asserted     Modality = "asserted"
	Attempted    Modality = "attempted" // attempted or failed
	Planned      Modality = "planned"   // planned, called for, future
	Negated      Modality = "negated"
	Hypothetical Modality = "hypothetical"
)

// Casualties counts people killed and injured.
type Casualties struct {
	Killed  int `json:"killed"`
	Injured int `json:"injured"`
}

// EventMention is one event found in one document.
type EventMention struct {
	Type     string   `json:"type"`
	Trigger  Span     `json:"trigger"`
	TrigText string   `json:"trigger_text"`
	Sentence Span     `json:"sentence"`
	Modality Modality `json:"modality"`
	// Date is the date linked to the event; nil when the text gives none.
	Date *Date `json:"date,omitempty"`
	// DateSpan locates the linked date's expression in the document, when
	// it has one there.
	DateSpan *Span `json:"date_span,omitempty"`
	// Participants and Places index the extraction's Entities.
	Participants []int `json:"participants,omitempty"`
	// Agents are the participants who carried the event out (the subject
	// of an active verb, the "by" phrase of a passive or of an event noun),
	// when the sentence tells; the other participants are the event's
	// patients or of unknown role.
	Agents     []int      `json:"agents,omitempty"`
	Places     []int      `json:"places,omitempty"`
	Casualties Casualties `json:"casualties"`
	Headline   string     `json:"headline"`
	Confidence float64    `json:"confidence"`
	// Evidence is the text of Sentence, kept so that an extraction can be
	// built into a timeline without its document text.
	Evidence string `json:"evidence,omitempty"`
}

// Extraction is everything extracted from one document. It is the unit
// written by `timeline extract` (one JSON line per document) and read by
// `timeline merge`.
type Extraction struct {
	Document   Document        `json:"document"`
	Paragraphs []Span          `json:"paragraphs"`
	Sentences  []Span          `json:"sentences"`
	Timexes    []Timex         `json:"timexes"`
	Entities   []EntityMention `json:"entities"`
	Events     []EventMention  `json:"events"`
}

// Entity is one real-world entity of the timeline, merged across documents.
type Entity struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases"`
	Mentions int        `json:"mentions"`
}

// Source is one piece of evidence for an event.
type Source struct {
	Doc   string `json:"doc"`
	Text  string `json:"text"` // the evidence sentence
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Trigger and DateSpan are byte offsets in the document, for
	// highlighting; DateSpan is nil when the date came from elsewhere.
	Trigger  Span  `json:"trigger"`
	DateSpan *Span `json:"date_span,omitempty"`

	// doc is the source document, attached by the build so that the
	// writers of a disk-backed timeline need no index of all documents;
	// nil: look the document up by Doc.
	doc *DocumentInfo
}

// Event is one entry of the timeline.
type Event struct {
	ID           string     `json:"id"`
	Type         string     `json:"type"`
	Headline     string     `json:"headline"`
	Modality     Modality   `json:"modality"`
	Date         *Date      `json:"date"`
	Participants []string   `json:"participants"`
	Places       []string   `json:"places"`
	Casualties   Casualties `json:"casualties"`
	Confidence   float64    `json:"confidence"`
	Sources      []Source   `json:"sources"`
}

// DocumentInfo describes a source document in the timeline output.
type DocumentInfo struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   Day    `json:"date"`
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`
	Author string `json:"author,omitempty"`
}

// Version is the version of the JSON output contract.
const Version = 1

// Timeline is the built, sorted timeline.
type Timeline struct {
	Version   int            `json:"version"`
	Documents []DocumentInfo `json:"documents"`
	Entities  []Entity       `json:"entities"`
	// Events are the events in timeline order. A disk-backed build (see
	// Builder) leaves Events empty and streams its events from disk
	// instead: read them with EachEvent and NumEvents, which work for both.
	Events []Event `json:"events"`

	store  *spill // the events of a disk-backed build, in order
	nStore int
	docs   *spill // the documents of a disk-backed build, in order
	nDocs  int
	nDated int // of the stored events
}

// NumEvents returns the number of events of the timeline.
func (tl *Timeline) NumEvents() int {
	if tl.store != nil {
		return tl.nStore
	}
	return len(tl.Events)
}

// EachEvent calls fn with each event in order and stops at the first
// error, which it returns. The event is the timeline's own when it is in
// memory and a fresh copy when it is streamed from disk. Several EachEvent
// may run at once.
func (tl *Timeline) EachEvent(fn func(ev *Event) error) error {
	if tl.store == nil {
		for i := range tl.Events {
			if err := fn(&tl.Events[i]); err != nil {
				return err
			}
		}
		return nil
	}
	sc := tl.store.scanner()
	for range tl.nStore {
		rec, err := sc.next()
		if err != nil {
			return err
		}
		// One copy of the record per event holds all its strings.
		var ev Event
		d := decoder{b: bytes.Clone(rec), shared: true}
		d.event(&ev)
		if d.err != nil {
			return d.err
		}
		if err := fn(&ev); err != nil {
			return err
		}
	}
	return nil
}

// NumDocuments returns the number of documents of the timeline.
func (tl *Timeline) NumDocuments() int {
	if tl.docs != nil {
		return tl.nDocs
	}
	return len(tl.Documents)
}

// EachDocument calls fn with each document in order, like EachEvent.
func (tl *Timeline) EachDocument(fn func(d *DocumentInfo) error) error {
	if tl.docs == nil {
		for i := range tl.Documents {
			if err := fn(&tl.Documents[i]); err != nil {
				return err
			}
		}
		return nil
	}
	sc := tl.docs.scanner()
	for range tl.nDocs {
		rec, err := sc.next()
		if err != nil {
			return err
		}
		d := decoder{b: rec}
		doc := d.document()
		if d.err != nil {
			return d.err
		}
		if err := fn(&doc); err != nil {
			return err
		}
	}
	return nil
}

// NumDated returns the number of events with a known date.
func (tl *Timeline) NumDated() int {
	n, _ := tl.numDated()
	return n
}

// numDated counts the events with a known date.
func (tl *Timeline) numDated() (int, error) {
	if tl.store != nil && tl.nDated >= 0 {
		return tl.nDated, nil
	}
	n := 0
	err := tl.EachEvent(func(ev *Event) error {
		if ev.Date.Known() {
			n++
		}
		return nil
	})
	return n, err
}

// Close removes the temporary file of a disk-backed timeline; its events
// cannot be read afterwards. It does nothing for a timeline in memory.
func (tl *Timeline) Close() error {
	if tl == nil {
		return nil
	}
	var err error
	if tl.store != nil {
		err = tl.store.close()
	}
	if tl.docs != nil {
		if derr := tl.docs.close(); err == nil {
			err = derr
		}
	}
	tl.store, tl.nStore, tl.docs, tl.nDocs = nil, 0, nil, 0
	return err
}
