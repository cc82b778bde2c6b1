// Package entity finds people, organisations and places in text.
package entity

import (
	"io"

	"github.com/timelinekit/timelinekit/timeline"
)

// Option configures a Recognizer.
type Option func(*Recognizer) error

// WithGazetteer adds the entries read from r; name is used in error
// messages (file:line).
func WithGazetteer(r io.Reader, name string) Option {
	return func(*Recognizer) error { return nil }
}

// Recognizer finds entity mentions. It is safe for concurrent use.
type Recognizer struct{}

// New returns a Recognizer with the embedded gazetteers and any added with options.
func New(opts ...Option) (*Recognizer, error) {
	r := &Recognizer{}
	for _, o := range opts {
		if err := o(r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Recognize returns the entity mentions of text in document order.
// sentences are the sentence spans of text.
func (r *Recognizer) Recognize(text string, sentences []timeline.Span) []timeline.EntityMention {
	return nil
}
