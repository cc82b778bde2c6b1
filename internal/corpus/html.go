package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/timelinekit/timelinekit/timeline"
)

// MaxHTMLBytes is the largest HTML page read; larger ones are skipped (the
// extractors hold several copies of the page's tree in memory).
const MaxHTMLBytes = 32 << 20

// minHTMLWords is the number of words of text (besides the title) below
// which a page without a full stop is reported as having no article text
// (menu labels, "Home A B").
const minHTMLWords = 5

// html reads one HTML page through opt.HTML.
func (r *reader) html(br *bufio.Reader, name, id string) error {
	if r.opt.HTML == nil {
		r.skip(name, fmt.Errorf("%w: HTML reading is not enabled (corpus.Options.HTML)", ErrUnsupported))
		return nil
	}
	page, err := io.ReadAll(io.LimitReader(br, MaxHTMLBytes+1))
	if err != nil {
		r.fail(name, 0, readErr(err))
		return nil
	}
	if len(page) > MaxHTMLBytes {
		io.Copy(io.Discard, br) // count the bytes for progress
		r.skip(name, fmt.Errorf("%w: HTML page larger than %d MB", ErrUnsupported, MaxHTMLBytes>>20))
		return nil
	}
	d, err := r.opt.HTML(page)
	page = nil
	if err != nil {
		r.fail(name, 0, err)
		return nil
	}
	var repaired bool
	for _, p := range []*string{&d.ID, &d.Title, &d.URL, &d.Author, &d.Text} {
		var bad bool
		*p, bad = normalizeString(*p)
		repaired = repaired || bad
	}
	if repaired {
		r.problem(name, 0, ErrInvalidUTF8)
	}
	if d.ID == "" {
		d.ID = id
	}
	body := strings.TrimPrefix(strings.TrimSpace(d.Text), d.Title)
	if n := len(strings.Fields(body)); n == 0 || n < minHTMLWords && !strings.ContainsAny(body, ".!?") {
		// An index page, a page built by JavaScript, a paywall: say why
		// the page gives no events.
		r.problem(name, 0, ErrNoText)
	}
	d.Source = name
	switch {
	case d.Date.IsZero():
		d.Date = r.opt.RefDate
	case !d.Date.Valid():
		r.problem(name, 0, fmt.Errorf("%w: %+v; document kept %s", ErrBadDate, d.Date, dateFallback(r.opt.RefDate)))
		d.Date = r.opt.RefDate
	}
	return r.doc(d, name, 0)
}

// HTMLFunc turns one HTML page (raw bytes, any character set) into a
// document with Title, URL, Author, Date (zero when the page gives none) and
// Text; Read fills in ID, Source and the reference date. An error fails the
// page. See package htmlpage for the implementation.
type HTMLFunc func(page []byte) (timeline.Document, error)
