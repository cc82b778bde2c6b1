// Package event finds typed events in text and links each to its date,
// participants and places.
package event

import (
	"io"

	"github.com/timelinekit/timelinekit/timeline"
)

// Option configures an Extractor.
type Option func(*Extractor) error

// WithLexicon adds or overrides event types and triggers read from r; name
// is used in error messages (file:line).
func WithLexicon(r io.Reader, name string) Option {
	return func(*Extractor) error { return nil }
}

// Extractor finds events. It is safe for concurrent use.
type Extractor struct{}

// New returns an Extractor with the embedded lexicon and any added with options.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{}
	for _, o := range opts {
		if err := o(x); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// Input is one document's text with the output of the earlier stages.
type Input struct {
	Doc       *timeline.Document
	Sentences []timeline.Span
	Timexes   []timeline.Timex
	Entities  []timeline.EntityMention
}

// Extract returns the events of the document in document order.
func (x *Extractor) Extract(in Input) []timeline.EventMention {
	return nil
}
