// Package synthcorpus generates a synthetic corpus for benchmarks: news
// reports and narrative histories built from varied templates, with dated
// events (coups, elections, referendums, resignations, massacres, attacks,
// protests, strikes, arrests, revolutions and more), people, organisations
// and places, and dates written in many forms (full dates, month and year,
// years, decades, weekdays, "yesterday", "two years later").
//
// The output depends only on the seed: the same seed gives the same bytes.
// The texts are generated, not taken from any corpus, so they can be
// shipped and regenerated freely. They are for measuring speed and memory,
// not accuracy: the templates are regular and the facts invented.
package synthcorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

// Generator makes articles. It is not safe for concurrent use.
type Generator struct {
	rng *rand.Rand
	n   int
}

// New returns a Generator seeded with seed.
func New(seed uint64) *Generator {
	return &Generator{rng: rand.New(rand.NewPCG(seed, 0x5eed))}
}

// story is the state of one article being written.
type story struct {
	g       *Generator
	c       country
	pub     time.Time // publication date; zero for undated histories
	cur     time.Time // the date the narrative stands at
	people  []string
	party   [2]string
	sb      strings.Builder
	paraLen int
}

func (g *Generator) pick(xs []string) string { return xs[g.rng.IntN(len(xs))] }
func (g *Generator) chance(p float64) bool   { return g.rng.Float64() < p }

func (g *Generator) person() string {
	return g.pick(firstNames) + " " + g.pick(lastNames)
}

// Next returns the next article. IDs are "synth-000001", "synth-000002"...
func (g *Generator) Next() timeline.Document {
	g.n++
	s := &story{g: g, c: countries[g.rng.IntN(len(countries))]}
	for range 3 + g.rng.IntN(3) {
		s.people = append(s.people, g.person())
	}
	p := partyWords[g.rng.IntN(len(partyWords))]
	s.party = p
	doc := timeline.Document{ID: fmt.Sprintf("synth-%06d", g.n)}
	switch k := g.rng.IntN(10); {
	case k < 6:
		doc.Title = s.news()
	case k < 9:
		doc.Title = s.history()
	default:
		doc.Title = s.keyDates()
	}
	doc.Text = strings.TrimSpace(s.sb.String()) + "\n"
	if !s.pub.IsZero() {
		doc.Date = timeline.Day{Year: s.pub.Year(), Month: int(s.pub.Month()), Day: s.pub.Day()}
		doc.URL = fmt.Sprintf("https://news.example.org/%d/%02d/%s", s.pub.Year(), s.pub.Month(), slug(doc.Title))
		doc.Author = g.person()
	}
	return doc
}

func slug(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			sb.WriteRune(r)
		case r == ' ' || r == '-':
			if !strings.HasSuffix(sb.String(), "-") {
				sb.WriteByte('-')
			}
		}
	}
	return strings.Trim(sb.String(), "-")
}

// fill replaces the placeholders of a template.
func (s *story) fill(t string) string {
	g := s.g
	r := strings.NewReplacer(
		"{country}", s.c.name, "{demonym}", s.c.demonym, "{capital}", s.c.capital,
		"{town}", g.pick(s.c.towns), "{town2}", g.pick(s.c.towns),
		"{person}", g.pick(s.people), "{person2}", g.pick(s.people),
		"{role}", g.pick(roles), "{party}", s.party[0], "{acronym}", s.party[1],
		"{union}", g.pick(unions), "{currency}", s.c.currency,
		"{n}", fmt.Sprint(3+g.rng.IntN(60)), "{m}", fmt.Sprint(10+g.rng.IntN(300)),
		"{big}", progressCount(1000*(2+g.rng.IntN(98))), "{pct}", fmt.Sprint(30+g.rng.IntN(45)),
		"{words}", g.pick(numberWords),
	)
	return r.Replace(t)
}

func progressCount(n int) string {
	s := fmt.Sprint(n)
	if len(s) > 3 {
		return s[:len(s)-3] + "," + s[len(s)-3:]
	}
	return s
}

// sentence adds a sentence to the current paragraph, starting a new
// paragraph now and then.
func (s *story) sentence(text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	text = capitalize(text)
	if s.paraLen > 0 {
		s.sb.WriteByte(' ')
	}
	s.sb.WriteString(text)
	s.paraLen++
	if s.paraLen >= 2+s.g.rng.IntN(4) {
		s.sb.WriteString("\n\n")
		s.paraLen = 0
	}
}

func (s *story) filler() { s.sentence(s.fill(s.g.pick(fillers))) }

// event writes one event sentence of a random type with the date phrase d.
func (s *story) event(d string) string {
	typ := eventTypes[s.g.rng.IntN(len(eventTypes))]
	t := s.g.pick(eventTemplates[typ])
	t = strings.ReplaceAll(t, "{bdate}", strings.TrimPrefix(d, "on "))
	s.sentence(s.fill(strings.ReplaceAll(t, "{date}", d)))
	return typ
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// news writes a report published on a recent date, with events a few days
// before it told relative to the publication date.
func (s *story) news() string {
	g := s.g
	s.pub = time.Date(1990+g.rng.IntN(36), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28), 0, 0, 0, 0, time.UTC)
	first := ""
	for i := range 4 + g.rng.IntN(9) {
		back := g.rng.IntN(8)
		when := s.pub.AddDate(0, 0, -back)
		typ := s.event(s.newsDate(when, back))
		if i == 0 {
			first = typ
		}
		for range 1 + g.rng.IntN(3) {
			s.filler()
		}
		if g.chance(0.4) {
			s.background()
		}
	}
	return s.fill(g.pick(headlines[first]))
}

// newsDate writes a date back days before publication, as a reporter would.
func (s *story) newsDate(d time.Time, back int) string {
	g := s.g
	switch {
	case back == 0 && g.chance(0.5):
		return g.pick([]string{"today", "this morning", "on " + d.Weekday().String()})
	case back == 1 && g.chance(0.6):
		return g.pick([]string{"yesterday", "yesterday evening", "on " + d.Weekday().String()})
	case back >= 2 && g.chance(0.5):
		return g.pick([]string{"on " + d.Weekday().String(), "last " + d.Weekday().String()})
	case g.chance(0.3):
		return fmt.Sprintf("on %d %s at %d.%02d%s", d.Day(), d.Month(), 1+g.rng.IntN(12), 5*g.rng.IntN(12), g.pick([]string{"am", "pm"}))
	}
	return "on " + s.fullDate(d, false)
}

// fullDate writes d in one of the usual forms; withYear false may leave the
// year out ("10 November"), as news reports do for the current year.
func (s *story) fullDate(d time.Time, withYear bool) string {
	g := s.g
	day, mon, yr := d.Day(), d.Month().String(), d.Year()
	if !withYear && g.chance(0.5) {
		return g.pick([]string{fmt.Sprintf("%d %s", day, mon), fmt.Sprintf("%s %d", mon, day)})
	}
	switch g.rng.IntN(6) {
	case 0:
		return fmt.Sprintf("%s %d, %d", mon, day, yr)
	case 1:
		return fmt.Sprintf("%s, %d %s %d", d.Weekday(), day, mon, yr)
	case 2:
		return fmt.Sprintf("the %s of %s %d", ordinal(day), mon, yr)
	}
	return fmt.Sprintf("%d %s %d", day, mon, yr)
}

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return fmt.Sprint(n) + suf
}

// background mentions an older event with an explicit year, as reports do.
func (s *story) background() {
	g := s.g
	y := s.pub.Year() - 1 - g.rng.IntN(60)
	s.sentence(s.fill(strings.ReplaceAll(g.pick(backgrounds), "{year}", fmt.Sprint(y))))
}

// history writes a narrative that moves forward through the years, each
// date anchored on the previous one or given in full.
func (s *story) history() string {
	g := s.g
	s.cur = time.Date(1800+g.rng.IntN(200), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28), 0, 0, 0, 0, time.UTC)
	start := s.cur
	if g.chance(0.3) { // a modern publication date for some histories
		s.pub = time.Date(2000+g.rng.IntN(25), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28), 0, 0, 0, 0, time.UTC)
	}
	if g.chance(0.15) {
		s.sentence(fmt.Sprintf("The region has been fought over since at least %d BC, and its towns changed hands many times.", 100+g.rng.IntN(900)))
	}
	s.event("on " + s.fullDate(s.cur, true))
	for range 6 + g.rng.IntN(11) {
		s.event(s.advance())
		for range g.rng.IntN(3) {
			s.filler()
		}
	}
	if g.chance(0.5) {
		s.sentence(fmt.Sprintf("Historians still debate the legacy of the %ds.", s.cur.Year()/10*10))
	}
	return fmt.Sprintf("%s, %d–%d: %s", s.c.name, start.Year(), s.cur.Year(), g.pick(historyTitles))
}

// advance moves the narrative date forward and writes how.
func (s *story) advance() string {
	g := s.g
	switch g.rng.IntN(7) {
	case 0:
		n := 1 + g.rng.IntN(5)
		s.cur = s.cur.AddDate(n, 0, 0)
		return fmt.Sprintf("%s years later", numberWords[max(n-2, 0)])
	case 1:
		s.cur = time.Date(s.cur.Year()+1, time.Month(1+g.rng.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
		return fmt.Sprintf("in %s of the following year", s.cur.Month())
	case 2:
		n := 2 + g.rng.IntN(9)
		s.cur = s.cur.AddDate(0, n, 0)
		return fmt.Sprintf("%s months later", numberWords[n-2])
	case 3:
		s.cur = s.cur.AddDate(g.rng.IntN(4), 1+g.rng.IntN(6), 0)
		return fmt.Sprintf("in %s %d", s.cur.Month(), s.cur.Year())
	case 4:
		s.cur = s.cur.AddDate(1+g.rng.IntN(10), 0, 0)
		return fmt.Sprintf("in %d", s.cur.Year())
	case 5:
		s.cur = s.cur.AddDate(0, 0, 1+g.rng.IntN(20))
		return fmt.Sprintf("on %d %s", s.cur.Day(), s.cur.Month())
	}
	s.cur = s.cur.AddDate(g.rng.IntN(3), g.rng.IntN(12), g.rng.IntN(28))
	return "on " + s.fullDate(s.cur, true)
}

// keyDates writes an explainer with a list of dated entries.
func (s *story) keyDates() string {
	g := s.g
	s.pub = time.Date(2005+g.rng.IntN(20), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28), 0, 0, 0, 0, time.UTC)
	s.sentence(s.fill("The crisis in {country} did not begin this year. These are the key dates."))
	s.sb.WriteString("\n\n")
	s.paraLen = 0
	d := time.Date(s.pub.Year()-30+g.rng.IntN(10), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28), 0, 0, 0, 0, time.UTC)
	for range 5 + g.rng.IntN(8) {
		d = d.AddDate(g.rng.IntN(4), g.rng.IntN(12), g.rng.IntN(28))
		if d.After(s.pub) {
			break
		}
		typ := eventTypes[g.rng.IntN(len(eventTypes))]
		t := strings.NewReplacer("{date}", "", "of {bdate}", "", "{bdate}", "").Replace(g.pick(eventTemplates[typ]))
		line := strings.Join(strings.Fields(s.fill(t)), " ")
		line = strings.ReplaceAll(line, " ,", ",")
		fmt.Fprintf(&s.sb, "%s – %s\n", capitalize(s.fullDate(d, true)), capitalize(line))
	}
	s.sb.WriteString("\n")
	s.filler()
	return s.fill("Timeline: {country} in crisis")
}

// Options configure WriteJSONL.
type Options struct {
	Seed  uint64
	Bytes int64 // stop once at least this many bytes are written
}

// WriteJSONL writes articles as JSON lines (id, date, title, url, author,
// text) until opt.Bytes have been written. It returns the documents and
// bytes written.
func WriteJSONL(w io.Writer, opt Options) (docs int, n int64, err error) {
	g := New(opt.Seed)
	bw := bufio.NewWriterSize(w, 1<<16)
	type rec struct {
		ID     string `json:"id"`
		Date   string `json:"date,omitempty"`
		Title  string `json:"title"`
		URL    string `json:"url,omitempty"`
		Author string `json:"author,omitempty"`
		Text   string `json:"text"`
	}
	for n < opt.Bytes {
		d := g.Next()
		b, err := json.Marshal(rec{d.ID, d.Date.String(), d.Title, d.URL, d.Author, d.Text})
		if err != nil {
			return docs, n, err
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return docs, n, err
		}
		docs++
		n += int64(len(b))
	}
	return docs, n, bw.Flush()
}
