// Package temporal finds time expressions in text and normalises them to
// TIMEX3 values and calendar ranges (timeline.Date).
package temporal

import "github.com/timelinekit/timelinekit/timeline"

// Domain selects how relative expressions are anchored.
type Domain string

// Domains.
const (
	// News anchors relative expressions on the document date.
	News Domain = "news"
	// Narrative anchors them on the last date mentioned in the text.
	Narrative Domain = "narrative"
	// Auto decides per document from the text.
	Auto Domain = "auto"
)

// Context is what the tagger knows about a document besides its text.
type Context struct {
	// Ref is the document (reference) date; zero when unknown, in which case
	// relative and year-less expressions get year-unknown values.
	Ref    timeline.Day
	Domain Domain
}

// Option configures a Tagger.
type Option func(*Tagger) error

// Tagger finds and normalises time expressions. It is safe for concurrent use.
type Tagger struct{}

// New returns a Tagger.
func New(opts ...Option) (*Tagger, error) {
	t := &Tagger{}
	for _, o := range opts {
		if err := o(t); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// Tag returns the time expressions of text in document order, with byte
// offsets into text.
func (t *Tagger) Tag(text string, c Context) []timeline.Timex {
	return nil
}
