// Package htmlpage turns a saved HTML article into a document: its main text
// without menus, adverts and reader comments (go-trafilatura), its original
// publication date (go-htmldate, through trafilatura), and the title,
// author and URL from the page's metadata (schema.org JSON-LD, Open Graph,
// <meta> tags, the canonical link).
//
// It lives apart from package corpus because the libraries are heavy: their
// package initialisation alone takes about 150 ms and 60 MB (go-dateparser's
// locale tables), and extraction costs milliseconds per page. Package corpus
// calls it only for HTML inputs, through corpus.Options.HTML, so programs and
// tests that read only text, JSONL or CSV need not link it.
package htmlpage

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/go-shiori/dom"
	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/timelinekit/timelinekit/timeline"
)

// Options configure an Extractor.
type Options struct {
	// Now is the latest publication date accepted, and the reference for
	// relative dates on the page ("2 days ago"). Zero means the time New is
	// called; set it for output that does not depend on the clock.
	Now time.Time
	// MinDate is the earliest publication date accepted. Zero means
	// DefaultMinDate: the libraries' own default (1995) would drop the
	// dates of digitised older articles that state them in their metadata.
	MinDate time.Time
	// Fallback also runs go-readability and go-domdistiller and keeps the
	// best text: better on unusual layouts, about twice as slow.
	Fallback bool
	// Extensive lets go-htmldate search the free text of the page for a
	// date when the metadata and the usual date elements give none. Off by
	// default: in a history article the first date in the text is usually
	// an event, not the publication date.
	Extensive bool
}

// DefaultMinDate is the earliest publication date accepted by default.
var DefaultMinDate = time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)

// Extractor extracts documents from HTML pages. It is safe for concurrent
// use.
type Extractor struct {
	opts trafilatura.Options
}

// New returns an Extractor configured by o.
func New(o Options) *Extractor {
	now := o.Now
	if now.IsZero() {
		now = time.Now()
	}
	min := o.MinDate
	if min.IsZero() {
		min = DefaultMinDate
	}
	dateOpts := &htmldate.Options{
		// The original publication date, not the last-modified one.
		UseOriginalDate:     true,
		MinDate:             min,
		MaxDate:             now,
		SkipExtensiveSearch: !o.Extensive,
		// Prefer metadata (datePublished, article:published_time) over a
		// date in the URL, which may be an archive or update path.
		DeferUrlExtractor: true,
		DateParserConfig:  &dps.Configuration{CurrentTime: now},
	}
	return &Extractor{opts: trafilatura.Options{
		EnableFallback:  o.Fallback,
		ExcludeComments: true,
		HtmlDateOptions: dateOpts,
	}}
}

// Document extracts the document of one HTML page: Title, Author, URL, Date
// (zero when the page gives none) and Text, paragraphs separated by blank
// lines. ID and Source are left to the caller. A page without main text
// gives a document with its title and an empty text, not an error.
func (e *Extractor) Document(page []byte) (timeline.Document, error) {
	// dom.Parse detects the page's character set and normalises to NFC.
	root, err := dom.Parse(bytes.NewReader(page))
	if err != nil {
		return timeline.Document{}, fmt.Errorf("parsing HTML: %w", err)
	}
	return e.document(root)
}

func (e *Extractor) document(root *html.Node) (doc timeline.Document, err error) {
	defer func() {
		// The libraries are large and run on untrusted pages; a bug in
		// them must cost one document, not the batch.
		if p := recover(); p != nil {
			doc, err = timeline.Document{}, fmt.Errorf("HTML extraction failed: %v", p)
		}
	}()
	res, xerr := trafilatura.ExtractDocument(root, e.opts)
	if xerr != nil || res == nil {
		// No main text: keep what the metadata says.
		return metadataOnly(root), nil
	}
	m := res.Metadata
	doc = timeline.Document{
		Title:  clean(m.Title),
		Author: clean(m.Author),
		URL:    strings.TrimSpace(m.URL),
		Text:   blockText(res.ContentNode),
	}
	if !m.Date.IsZero() {
		y, mo, d := m.Date.Date()
		doc.Date = timeline.Day{Year: y, Month: int(mo), Day: d}
	}
	return doc, nil
}

// metadataOnly reads the title of a page whose text could not be extracted.
func metadataOnly(root *html.Node) timeline.Document {
	var title string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if title != "" {
			return
		}
		if n.Type == html.ElementNode && n.Data == "title" {
			title = clean(textOf(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return timeline.Document{Title: title}
}

// clean collapses white space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// blocks are the elements whose text forms its own paragraph.
var blocks = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "blockquote": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"pre": true, "table": true, "tr": true, "figure": true, "figcaption": true, "header": true, "footer": true,
	"address": true, "hr": true, "body": true,
}

// blockText writes the text of the extracted content with a blank line
// between block elements (the paragraph separator of the segmenter) and
// white space inside a paragraph collapsed, except in <pre>.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.TrimSpace(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				cur.WriteString(n.Data)
			} else {
				writeCollapsed(&cur, n.Data)
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "br":
				cur.WriteByte('\n')
				return
			case "td", "th":
				if cur.Len() > 0 {
					cur.WriteString(" | ")
				}
			}
		}
		block := n.Type == html.ElementNode && blocks[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre || (n.Type == html.ElementNode && n.Data == "pre"))
		}
		if block {
			flush()
		}
	}
	walk(n, false)
	flush()
	return strings.Join(paras, "\n\n")
}

// writeCollapsed writes s with each run of white space as one space.
func writeCollapsed(sb *strings.Builder, s string) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		if s != "" && sb.Len() > 0 && !endsSpace(sb) {
			sb.WriteByte(' ')
		}
		return
	}
	if isSpace(s[0]) && sb.Len() > 0 && !endsSpace(sb) {
		sb.WriteByte(' ')
	}
	for i, f := range fields {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(f)
	}
	if isSpace(s[len(s)-1]) {
		sb.WriteByte(' ')
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func endsSpace(sb *strings.Builder) bool {
	s := sb.String()
	return len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n')
}
