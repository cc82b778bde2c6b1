//go:build !nohtml

package main

import (
	"github.com/timelinekit/timelinekit/internal/corpus"
	"github.com/timelinekit/timelinekit/internal/corpus/htmlpage"
)

// htmlReader returns the reader for HTML inputs (.html/.htm files, and stdin
// that starts like HTML): main text by go-trafilatura, original publication
// date by go-htmldate (dates before 1995 accepted when the page states
// them; none later than now), title, author and URL from the metadata. It is
// called only for HTML inputs.
func htmlReader() corpus.HTMLFunc {
	return htmlpage.New(htmlpage.Options{}).Document
}
