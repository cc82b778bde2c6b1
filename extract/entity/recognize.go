package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinekit/timelinekit/timeline"
)

// run is a capitalised word sequence of a sentence: a candidate mention.
type run struct {
	sent      int // sentence index
	a, b      int // token range in the sentence
	initial   bool
	title     bool   // a title precedes the name
	country   string // country name from a demonym before the name
	kind      kind   // kindNone while unresolved
	canonical string
	placeCty  string // country of a place
	group     int    // acronym group, -1 if none
	weakPlace *gazEntry
	// contextPlace marks a one-word run after a place preposition: a place
	// unless the document knows the name otherwise.
	contextPlace bool
	weakGaz      *gazetteer
	dropped      bool
	commonWord   bool // dropped as a common word that a gazetteer gives as a town
	ruler        bool // a name joined to its land: "William of Orange", "James VI of Scotland"
	gazTown      bool // a town or region only because a gazetteer knows the name, without place context
}

// acroGroup links the forms of an acronym definition.
type acroGroup struct {
	forms []string // display forms, canonical (first long form) first
	kind  kind
}

type docState struct {
	r         *Recognizer
	text      string
	sents     [][]token
	runs      []*run
	countries map[string]bool // codes of the countries the document names
	groups    []*acroGroup
	groupOf   map[string]int // folded form -> group
}

// Connectors that join the capitalised words of one name.
var romanceConnectors = map[string]bool{
	"de": true, "del": true, "la": true, "las": true, "los": true, "el": true, "al": true,
	"da": true, "do": true, "dos": true, "das": true, "di": true, "du": true, "des": true,
	"von": true, "van": true, "der": true, "den": true,
}

var englishConnectors = map[string]bool{"of": true, "for": true, "the": true, "on": true, "and": true, "&": true}

// anyOrgWord reports whether an organisation head or start word is among toks.
func anyOrgWord(c *cues, toks []token) bool {
	for _, t := range toks {
		if t.cap && (c.orgWord[t.key] || c.orgStart[t.key]) {
			return true
		}
	}
	return false
}

// adjectiveLike reports whether a capitalised word has the ending of an
// adjective of people or doctrine ("Flemish", "Islamist", "Kurdish").
func adjectiveLike(key string) bool {
	return hasAnySuffix(key, "ish", "ist", "ian", "ean", "ese", "ic")
}

// groupWord reports whether a one-word name is a people or a following
// ("Americans", "Ionians", "Nationalists"), which "who" and "died" also
// follow.
func groupWord(toks []token) bool {
	return len(toks) == 1 && hasAnySuffix(toks[0].key, "ans", "ists", "ites", "ese")
}

// isAge reports whether a word is a plausible age in years.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n >= 1 && n <= 120
}

// personVerbs after a name make it a person: organisations do not die or
// marry.
var personVerbs = map[string]bool{
	"died": true, "resigned": true, "married": true, "retired": true, "was born": true,
	"was assassinated": true, "was executed": true, "was sworn": true, "was murdered": true,
	"was arrested": true, "was exiled": true, "was crowned": true, "was elected": true,
}

// typeByPersonVerb makes a person of an unresolved name followed by a
// verb only people take ("died", "was born", "was sworn in").
func (d *docState) typeByPersonVerb() {
	for _, ru := range d.runs {
		if ru.kind != kindNone || ru.dropped {
			continue
		}
		sent := d.sents[ru.sent]
		toks := d.toks(ru)
		if ru.b >= len(sent) || sent[ru.b].broken || toks[len(toks)-1].poss || toks[0].upper {
			continue
		}
		// Peoples and followers ("Americans", "Nationalists") are not persons.
		if ru.b-ru.a == 1 && (d.r.isCommonWord(toks[0].key) || ru.initial && d.commonWord(toks[0].key)) || groupWord(toks) {
			continue
		}
		v := sent[ru.b].key
		if v == "was" && ru.b+1 < len(sent) && !sent[ru.b+1].broken {
			v += " " + sent[ru.b+1].key
		}
		if personVerbs[v] {
			ru.kind = kindPerson
		}
	}
}

// capsAhead counts the capitalised words from toks[k] on, up to a break.
func capsAhead(toks []token, k int) int {
	n := 0
	for i := k; i < len(toks) && toks[i].cap && (i == k || !toks[i].broken); i++ {
		n++
		if toks[i].poss {
			break
		}
	}
	return n
}

// nameWords counts the capitalised words of toks that are not stop words.
func nameWords(c *cues, toks []token) int {
	n := 0
	for _, t := range toks {
		if t.cap && !c.stop[t.text] {
			n++
		}
	}
	return n
}

// possInName reports whether the possessive before toks[j] is inside an
// organisation's name: a common or plural noun before a capitalised run
// that ends in a head noun ("Convention People's Party", "the Workers'
// Party", "the Ombudsman's Office"), not a name's ("Britain's Labour Party").
func (d *docState) possInName(toks []token, j int) bool {
	p := toks[j-1]
	if !toks[j].cap || !orgWordAhead(d.r.cues, toks, j) {
		return false
	}
	if d.r.isCommonWord(p.key) || p.key == "people" {
		return true
	}
	// A plural possessive ("Metalworkers'"): the apostrophe follows the s.
	if strings.HasSuffix(p.text, "s") && p.end < len(d.text) {
		r, size := utf8.DecodeRuneInString(d.text[p.end:])
		return isApostrophe(r) && !strings.HasPrefix(d.text[p.end+size:], "s")
	}
	return false
}

// gazetteerEnd reports whether toks end in a gazetteer name of two or
// more words ("Central Java").
func (d *docState) gazetteerEnd(toks []token) bool {
	for k := len(toks) - 2; k >= 0 && k >= len(toks)-4; k-- {
		if _, es := d.r.lookup(spanKey(toks[k:])); es != nil {
			return true
		}
	}
	return false
}

// commonPairBeforeOrgNoun reports whether the common nouns (or titles) at l and r,
// joined by "and", end a capitalised name followed by a lowercase
// organisation noun: "the Law and Justice party", "the Peace and Freedom
// movement".
func (d *docState) commonPairBeforeOrgNoun(toks []token, l, r int) bool {
	for _, k := range []int{l, r} {
		if _, es := d.r.lookup(toks[k].key); es != nil && !es[0].common || !d.r.isCommonNoun(toks[k].key) && !d.r.cues.title[toks[k].key] && (es == nil || !es[0].common) {
			return false // "the Britain and France team": two names
		}
	}
	k := r + 1
	for k < len(toks) && toks[k].cap && !toks[k].broken {
		k++
	}
	return k < len(toks) && !toks[k].broken && !toks[k].cap && d.r.cues.orgNoun[toks[k].key]
}

// orgWordAhead reports whether the capitalised words from toks[k] on end
// in an organisation head noun.
func orgWordAhead(c *cues, toks []token, k int) bool {
	last := ""
	for ; k < len(toks) && toks[k].cap && (last == "" || !toks[k].broken); k++ {
		last = toks[k].key
		if toks[k].poss {
			break
		}
	}
	return c.orgWord[last]
}

// Prepositions after which a capitalised name is likely a place.
var placePrepositions = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "near": true, "outside": true, "around": true,
	"across": true, "towards": true, "toward": true, "into": true, "through": true, "throughout": true,
	"reaching": true, "reached": true, "entered": true, "visited": true,
}

func (d *docState) run(sentences []timeline.Span) {
	d.groupOf = map[string]int{}
	all := make([]token, 0, len(d.text)/6+1)
	for _, s := range sentences {
		if s.Start < 0 || s.End > len(d.text) || s.Start >= s.End {
			continue
		}
		n := len(all)
		all = appendTokens(all, d.text, s.Start, s.End)
		toks := all[n:len(all):len(all)]
		d.sents = append(d.sents, toks)
		d.noteCountries(toks)
		d.buildRuns(len(d.sents)-1, toks)
	}
	for si, toks := range d.sents {
		d.findAcronyms(si, toks)
	}
	for _, ru := range d.runs {
		d.classify(ru)
	}
	d.typeGroups()
	d.typeByNeighbours()
	d.useDocKnowledge()
	if d.r.prose {
		d.tagWithProse()
	}
	d.useDocKnowledge()
	for _, ru := range d.runs {
		if ru.kind == kindNone && !ru.dropped && ru.contextPlace {
			ru.kind = kindPlace
			if ru.weakPlace != nil {
				ru.canonical = ru.weakPlace.name
				ru.placeCty = d.r.countryName(ru.weakGaz.country(ru.weakPlace, d.countries))
			}
		}
	}
	d.useDocKnowledge()
	d.typeByPersonVerb()
	d.typeSpeakers()
	d.resolvePersons()
}

// speechVerbs follow the one who speaks: "Codelco said", "Petroecuador
// announced".
var speechVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "announces": true, "reported": true, "reports": true,
	"stated": true, "told": true, "added": true, "warned": true, "confirmed": true, "denied": true,
}

// typeSpeakers makes an organisation of a one-word name that nothing else
// explains and that speaks ("Codelco said"): news introduces a person by
// full name or title before using the bare surname, so an unknown single
// name that makes statements is more often a company or agency.
func (d *docState) typeSpeakers() {
	personTok := map[string]bool{}
	for _, ru := range d.runs {
		if ru.kind == kindPerson {
			for _, t := range d.toks(ru) {
				personTok[t.key] = true
			}
		}
	}
	for _, ru := range d.runs {
		if ru.kind != kindNone || ru.dropped || ru.b-ru.a != 1 {
			continue
		}
		sent := d.sents[ru.sent]
		t := sent[ru.a]
		if t.upper || t.poss || personTok[t.key] || d.r.isCommonWord(t.key) || ru.b >= len(sent) || sent[ru.b].broken || !speechVerbs[sent[ru.b].key] {
			continue
		}
		ru.kind = kindOrg
	}
}

// noteCountries records the countries named or implied (by demonyms) in a
// sentence.
func (d *docState) noteCountries(toks []token) {
	for i, t := range toks {
		if !t.cap {
			continue
		}
		h := hashKey(t.key)
		for n := 1; n <= 4 && i+n <= len(toks); n++ {
			if n > 1 {
				h = hashMore(h, toks[i+n-1].key)
			}
			prefix := false
			for _, g := range d.r.gaz {
				for _, e := range g.getHash(h) {
					if (e.sub == "COUNTRY" || e.kind == kindDemonym) && e.countries != "" {
						d.countries[e.firstCountry()] = true
					}
				}
				if _, ok := g.prefix[h]; ok {
					prefix = true
				}
			}
			if !prefix {
				break
			}
		}
	}
}

func (d *docState) toks(ru *run) []token { return d.sents[ru.sent][ru.a:ru.b] }

func (d *docState) spanText(ru *run) string {
	t := d.toks(ru)
	return d.text[t[0].start:t[len(t)-1].end]
}

// buildRuns finds the capitalised runs of a sentence and strips function
// words, titles and demonyms from their start.
func (d *docState) buildRuns(si int, toks []token) {
	c := d.r.cues
	n := len(toks)
	i := 0
	for i < n {
		if !toks[i].cap {
			i++
			continue
		}
		j := i + 1
		// Organisation head nouns and titles take English connectors:
		// "Ministry of Health", "Secretary of State James Baker".
		hasOrgWord := c.orgWord[toks[i].key] || c.title[toks[i].key]
		joined := false
		for j < n && !toks[j].broken && (!toks[j-1].poss || d.possInName(toks, j)) {
			if toks[j].cap {
				hasOrgWord = hasOrgWord || c.orgWord[toks[j].key] || c.title[toks[j].key]
				j++
				continue
			}
			k := j
			english, and := false, false
			for k < n && k-j < 2 && !toks[k].cap && !toks[k].broken &&
				(romanceConnectors[toks[k].key] || englishConnectors[toks[k].key]) {
				english = english || englishConnectors[toks[k].key]
				and = and || toks[k].key == "and"
				k++
			}
			if k == j+1 && k < n && toks[j].key == "of" && !hasOrgWord {
				if a, e := d.rulerOf(toks, i, j, k); e > 0 {
					d.runs = append(d.runs, &run{sent: si, a: a, b: e, group: -1, initial: a == 0, ruler: true})
					j, joined = e, true
					break
				}
			}
			if k > j && k < n && toks[k].cap && !toks[k].broken {
				// English connectors join only inside organisation names:
				// after a head noun ("Ministry of Health"), or "and" before
				// one ("Securities and Exchange Commission").
				if english && !hasOrgWord && !(and && k-j == 1 && (orgWordAhead(c, toks, k) || d.commonPairBeforeOrgNoun(toks, j-1, k))) {
					break
				}
				// "and" inside a name joins common words ("Securities and
				// Exchange Commission", "Ministry of Health and Sports"),
				// not two names ("Barclays and Lloyds Banking Group",
				// "Central Java and East Java", "the X Congress and the Y
				// Congress").
				left := nameWords(c, toks[i:j])
				// "Charles I and Parliament": a ruler's regnal number ends a
				// person's name
				if and && j-1 > i && regnal(toks[j-1].text) && !toks[j-2].upper {
					break
				}
				if and && (k-j > 1 || left >= 2 && (!d.r.isCommonNoun(toks[j-1].key) || c.orgWord[toks[j-1].key] && !d.r.isCommonNoun(toks[k].key)) ||
					left == 1 && !d.r.isCommonNoun(toks[j-1].key) && capsAhead(toks, k) >= 3 || d.gazetteerEnd(toks[i:j])) {
					break
				}
				j = k + 1
				continue
			}
			break
		}
		if !joined {
			d.addRun(si, toks, i, j)
		}
		i = j
	}
}

// rulerOf returns the start and end of a name joined to its land by "of" at toks[j]
// ("William of Orange", "Catherine of Aragon", "James VI of Scotland"), or
// 0. The name is one given name (capitalised, no common word, title,
// organisation word or known place) or a name and a regnal number; the
// land is one capitalised word or a gazetteer name, with no capitalised
// word after it. Such a name is a person's, not a place's. It returns 0, 0
// when there is none.
func (d *docState) rulerOf(toks []token, i, j, k int) (int, int) {
	c := d.r.cues
	p := j - 1
	if p > i && regnal(toks[p].text) {
		p--
	}
	for q := i; q < p; q++ {
		if !c.stop[toks[q].text] {
			return 0, 0 // only a month or other stop word may come before: "In August Peter III of Aragon"
		}
	}
	left := j - p
	if left == 2 && !regnal(toks[p+1].text) || !toks[k].cap || toks[k].broken {
		return 0, 0
	}
	t := toks[p]
	if t.upper || t.poss || c.stop[t.text] || c.title[t.key] || c.orgWord[t.key] || c.orgStart[t.key] || d.r.isCommonWord(t.key) ||
		strings.ContainsAny(t.text, "0123456789") || placeStarts[t.key] {
		return 0, 0
	}
	if _, es := d.r.lookup(t.key); left == 1 && es != nil && es[0].kind != kindPerson {
		return 0, 0 // (a regnal number makes any name a ruler's)
	}
	e := k + 1
	if g := d.gazetteerPrefix(toks[k:]); g > 1 {
		e = k + g
	} else if _, es := d.r.lookup(toks[k].key); (es == nil || es[0].kind != kindPlace) && (d.r.isCommonWord(toks[k].key) || toks[k].upper) {
		return 0, 0
	}
	if e < len(toks) && toks[e].cap && !toks[e].broken {
		return 0, 0
	}
	return p, e
}

func (d *docState) addRun(si int, toks []token, a, b int) {
	c := d.r.cues
	ru := &run{sent: si, a: a, b: b, group: -1}
	// A gazetteer name covers the whole run ("The Hague").
	if _, es := d.r.lookup(spanKey(toks[a:b])); es != nil {
		ru.initial = a == 0
		// a lowercase title before a name of two words or more makes it a
		// person's even when a town bears it: "the priest Miguel Hidalgo";
		// so does a kin word after a possessive: "his wife Elena"
		if (b-a >= 2 || a >= 2 && (toks[a-2].key == "his" || toks[a-2].key == "her" || toks[a-2].key == "their")) &&
			a > 0 && !toks[a-1].cap && !toks[a].broken && c.title[toks[a-1].key] {
			ru.title = true
		}
		d.runs = append(d.runs, ru)
		return
	}
	for a < b && c.stop[toks[a].text] && !d.gazetteerStart(toks[a:b]) && !d.compassPlace(toks[a:b]) && !(firstNameStops[toks[a].text] && b-a >= 3) {
		a++
	}
	// So does an organisation head noun ("Bolivian Workers Central").
	if b-a >= 2 && c.orgWord[toks[b-1].key] {
		ru.a, ru.initial = a, a == 0
		d.runs = append(d.runs, ru)
		return
	}
	// A title inside the run starts the person's name: "Tourism Minister
	// Andrew Thomson", "Chief Justice William Rehnquist".
	for p := b - 2; p > a; p-- {
		if m := d.titleAt(toks, p, b); m > 0 && p+m < b && toks[p].cap {
			a = p
			break
		}
	}
	for a < b {
		if c.stop[toks[a].text] && !d.gazetteerStart(toks[a:b]) && !d.compassPlace(toks[a:b]) && !(firstNameStops[toks[a].text] && b-a >= 3) {
			a++
			continue
		}
		// A common word opening the sentence is not part of the name:
		// "Certainly Saddam Hussein ..." (but "Nelson Mandela" is one).
		if a == 0 && (a+2 < b || strings.HasSuffix(toks[a].key, "ly") && a+1 < b) && d.r.isCommonWord(toks[a].key) && !d.gazetteerStart(toks[a:b]) && !c.orgWord[toks[a].key] && !c.orgStart[toks[a].key] && d.titleAt(toks, a, b) == 0 {
			a++
			continue
		}
		// (not before an organisation: "General Confederation of Labour")
		if m := d.titleAt(toks, a, b); m > 0 && a+m < b && !c.orgStart[toks[a+m].key] {
			a += m
			ru.title = true
			// "President of the United States Woodrow Wilson": the rest of
			// the title, up to the name, goes too.
			k := a
			for k < b && !toks[k].cap {
				k++
			}
			if k > a {
				g := d.gazetteerPrefix(toks[k:b])
				if g > 0 && k+g < b {
					k += g
				} else if g > 0 && k+g == b && toks[a].key == "of" {
					// "the Mayor of London": the title's place, no person
					ru.title = false
				}
				a = k
			}
			continue
		}
		if a+1 < b {
			if _, es := d.r.lookup(toks[a].key); es != nil && es[0].kind == kindDemonym && !d.colonialName(toks[a+1:b]) {
				ru.country = d.r.countryName(es[0].firstCountry())
				a++
				continue
			}
			// An adjective of doctrine before a name: "Communist Ho Chi
			// Minh", "Socialist leader ..." (organisations ending in a head
			// noun were kept whole above).
			if hasAnySuffix(toks[a].key, "ist") && !toks[a].upper && toks[a+1].cap && !anyOrgWord(c, toks[a+1:b]) {
				a++
				continue
			}
		}
		break
	}
	// Nor do leading connectors.
	for a < b && !toks[a].cap {
		a++
	}
	if a >= b {
		return
	}
	// Trailing connectors or stop words ("Santa Cruz de") are not part of a name.
	for b > a && (!toks[b-1].cap || c.stop[toks[b-1].text] && !(b-a >= 2 && regnal(toks[b-1].text) && !toks[b-2].upper)) {
		b--
	}
	if a >= b {
		return
	}
	// A demonym ends an adjectival phrase ("Latin American"): not a name.
	if _, es := d.r.lookup(toks[b-1].key); es != nil && es[0].kind == kindDemonym && !c.orgWord[toks[b-1].key] {
		return
	}
	// "President Ngo Dinh Diem of the State of Vietnam": after a title,
	// "of" ends the person's name; the rest is a name of its own.
	if ru.title {
		for p := a + 1; p < b-1; p++ {
			if !toks[p].cap && (toks[p].key == "of" || toks[p].key == "for") {
				q := p + 1
				for q < b && !toks[q].cap {
					q++
				}
				if q < b {
					d.addRun(si, toks, q, b)
				}
				b = p
				break
			}
		}
	}
	ru.a, ru.b = a, b
	ru.initial = a == 0
	if !ru.title {
		// A lowercase title before the name: "Bolivian president Evo Morales".
		for m := 1; m <= c.titleMax && a-m >= 0; m++ {
			if toks[a-m+1].broken && m > 1 || toks[a].broken {
				break
			}
			if c.title[spanKey(toks[a-m:a])] {
				ru.title = true
				if a-m-1 >= 0 && !toks[a-m].broken {
					if _, es := d.r.lookup(toks[a-m-1].key); es != nil && es[0].kind == kindDemonym {
						ru.country = d.r.countryName(es[0].firstCountry())
					}
				}
				break
			}
		}
	}
	d.runs = append(d.runs, ru)
}

// colonialName reports whether the words after a demonym make a place
// with it: a compass word and a known place ("German East Africa",
// "French West Africa", "Dutch East Indies"), the name of a colony or
// zone of a power.
func (d *docState) colonialName(toks []token) bool {
	if len(toks) < 2 || !compass[toks[0].key] {
		return false
	}
	_, es := d.r.lookup(spanKey(toks[1:]))
	return len(es) > 0 && es[0].kind == kindPlace || d.r.cues.placeStart[toks[1].key] || toks[len(toks)-1].key == "indies"
}

// titleAt returns the length in tokens of the longest title at toks[a:b].
func (d *docState) titleAt(toks []token, a, b int) int {
	c := d.r.cues
	for m := min(c.titleMax, b-a); m > 0; m-- {
		if c.title[spanKey(toks[a:a+m])] {
			return m
		}
	}
	return 0
}

// findAcronyms links acronyms to their long forms:
// "Long Form (ACR)", "Long Form party (ACR)", "ACR (Long Form)",
// "Long Form (Other Long Form, ACR)" and "Long Form, ACR" when the
// letters match.
func (d *docState) findAcronyms(si int, toks []token) {
	var runs []*run
	for _, ru := range d.runs {
		if ru.sent == si {
			runs = append(runs, ru)
		}
	}
	isAcr := func(ru *run) bool {
		return ru.b-ru.a == 1 && d.sents[si][ru.a].upper && utf8.RuneCountInString(d.sents[si][ru.a].text) <= 8
	}
	for ri, ru := range runs {
		end := toks[ru.b-1].end
		rest := d.text[end:]
		// skip one lowercase head noun ("party")
		after := strings.TrimLeft(rest, " ")
		if ru.b < len(toks) && !toks[ru.b].cap && d.r.cues.orgNoun[toks[ru.b].key] && strings.HasPrefix(after, toks[ru.b].text) {
			after = strings.TrimLeft(after[len(toks[ru.b].text):], " ")
		}
		if strings.HasPrefix(after, "(") {
			open := len(d.text) - len(after)
			close := strings.IndexByte(after, ')')
			if close < 0 {
				continue
			}
			inner := []*run{}
			for _, r2 := range runs[ri+1:] {
				if toks[r2.a].start > open && toks[r2.b-1].end <= open+close {
					inner = append(inner, r2)
				}
			}
			innerWords := 0
			for _, t := range toks {
				if t.start > open && t.end <= open+close && t.key != "the" {
					innerWords++
				}
			}
			switch {
			case len(inner) == 1 && isAcr(inner[0]) && innerWords == 1 && ru.b-ru.a >= 2:
				d.link(ru, inner[0])
			case len(inner) == 1 && isAcr(ru) && inner[0].b-inner[0].a >= 2 && innerWords == inner[0].b-inner[0].a:
				d.link(inner[0], ru)
			case len(inner) == 2 && inner[0].b-inner[0].a >= 2 && isAcr(inner[1]) &&
				strings.Contains(d.text[toks[inner[0].b-1].end:toks[inner[1].a].start], ","):
				if ru.b-ru.a >= 2 {
					d.link(ru, inner[0], inner[1])
				} else {
					d.link(inner[0], inner[1])
				}
			}
			continue
		}
		// "Movimiento al Socialismo, MAS"
		if ru.b-ru.a >= 2 && strings.HasPrefix(after, ",") && ri+1 < len(runs) && isAcr(runs[ri+1]) &&
			strings.TrimSpace(d.text[end:toks[runs[ri+1].a].start]) == "," &&
			initialsMatch(toks[ru.a:ru.b], toks[runs[ri+1].a].text) {
			d.link(ru, runs[ri+1])
		}
	}
}

// initialsMatch reports whether acr spells the initials of the words of a
// name, with or without its connectors.
func initialsMatch(toks []token, acr string) bool {
	var all, content strings.Builder
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.text)
		all.WriteRune(unicode.ToUpper(r))
		if t.cap {
			content.WriteRune(r)
		}
	}
	acr = strings.ToUpper(acr)
	return acr == all.String() || acr == strings.ToUpper(content.String())
}

// link puts runs into one acronym group; the first is the canonical form.
func (d *docState) link(runs ...*run) {
	g := -1
	for _, ru := range runs {
		if gi, ok := d.groupOf[spanKey(d.toks(ru))]; ok {
			g = gi
			break
		}
	}
	if g < 0 {
		g = len(d.groups)
		d.groups = append(d.groups, &acroGroup{})
	}
	grp := d.groups[g]
	for _, ru := range runs {
		key := spanKey(d.toks(ru))
		if _, ok := d.groupOf[key]; !ok {
			d.groupOf[key] = g
			grp.forms = append(grp.forms, d.spanText(ru))
		}
	}
}

// contextBefore returns the folded words before token a in its sentence
// (up to n, nearest last), stopping at punctuation.
func (d *docState) wordsBefore(ru *run, n int) []string {
	toks := d.sents[ru.sent]
	var out []string
	for i := ru.a - 1; i >= 0 && len(out) < n; i-- {
		if toks[i+1].broken {
			break
		}
		out = append([]string{toks[i].key}, out...)
	}
	return out
}

// placeContext reports whether the words around a run mark it as a place.
func (d *docState) placeContext(ru *run) bool {
	c := d.r.cues
	toks := d.sents[ru.sent]
	before := d.wordsBefore(ru, 3)
	if len(before) > 0 && placePrepositions[before[len(before)-1]] && !toks[ru.a-1].cap {
		return true
	}
	for m := 1; m <= len(before); m++ {
		if c.placeOf[strings.Join(before[len(before)-m:], " ")] {
			return true
		}
	}
	return d.placeNounAfter(ru)
}

// namedFacility reports whether a run of a person's shape names a place
// after "the" and before a place noun: "the Rabaa al-Adawiya mosque", "the
// Jomo Kenyatta airport" (a place named after a person).
func (d *docState) namedFacility(ru *run) bool {
	before := d.wordsBefore(ru, 1)
	return len(before) == 1 && before[0] == "the" && d.placeNounAfter(ru)
}

// placeNounAfter reports whether a place noun follows a run: "the
// Chiquitania region", or a facility after one more word: "the Senkata gas
// plant".
func (d *docState) placeNounAfter(ru *run) bool {
	c := d.r.cues
	toks := d.sents[ru.sent]
	i := ru.b
	if i >= len(toks) || toks[i].broken || toks[i].cap || toks[i-1].poss {
		return false
	}
	// "the Flemish coast": an adjective, not a name.
	if ru.b-ru.a == 1 && adjectiveLike(toks[ru.a].key) {
		return false
	}
	if c.placeWord[toks[i].key] || c.facility[toks[i].key] {
		return true
	}
	return i+1 < len(toks) && !toks[i+1].broken && !toks[i+1].cap && c.facility[toks[i+1].key]
}

// classify applies the gazetteer and cue rules to a run.
func (d *docState) classify(ru *run) {
	c := d.r.cues
	toks := d.toks(ru)
	sent := d.sents[ru.sent]
	key := spanKey(toks)
	if g, ok := d.groupOf[key]; ok {
		ru.group = g
	}
	n := len(toks)
	single := n == 1
	if ru.ruler {
		ru.kind = kindPerson
		return
	}
	if len(toks) >= 3 && d.colonialName(toks[1:]) {
		if _, es := d.r.lookup(toks[0].key); es != nil && es[0].kind == kindDemonym {
			ru.kind = kindPlace // "the Dutch East Indies"
			return
		}
	}
	// Stop words ("March", "May") are never names on their own, whatever
	// town carries the name.
	if single && c.stop[toks[0].text] {
		ru.dropped = true
		return
	}
	// A dateline: "HARARE, Nov 22 —", "FRANKFURT (Reuters) —".
	if d.dateline(ru) {
		ru.kind = kindPlace
		if g, es := d.r.lookup(key); es != nil && es[0].kind == kindPlace {
			ru.canonical = es[0].name
			ru.placeCty = d.r.countryName(g.country(es[0], d.countries))
		}
		return
	}
	// A body named by one word: "dissolved Congress", "the Treasury said".
	if single && c.orgAlone[toks[0].key] && !ru.title {
		ru.kind = kindOrg
		return
	}
	// Gazetteer.
	rejectedCommon := false
	if g, es := d.r.lookup(key); es != nil {
		for _, e := range es {
			switch e.kind {
			case kindDemonym:
				ru.dropped = true
				return
			case kindPerson, kindOrg:
				ru.kind = e.kind
				ru.canonical = e.name
				return
			case kindPlace:
				if ru.title {
					continue
				}
				strong := d.placeContext(ru)
				if e.common && (!strong || ru.initial) {
					rejectedCommon = true
					continue
				}
				// Towns named after people ("Emiliano Zapata", "Venustiano
				// Carranza"): without place context, the person.
				if e.sub == "CITY" && !e.capital && !e.major && !single && !d.placeBefore(ru) && !d.strongPlacePreposition(ru) && d.personShape(toks) {
					continue
				}
				townOnly := e.sub == "CITY" && !e.capital && !e.major && single
				if townOnly && d.possessivePerson(ru) {
					continue
				}
				if townOnly && !strong && !d.inDocCountry(e) {
					ru.weakPlace, ru.weakGaz = e, g
					continue
				}
				ru.kind = kindPlace
				ru.canonical = e.name
				ru.placeCty = d.r.countryName(g.country(e, d.countries))
				ru.gazTown = (e.sub == "CITY" || e.sub == "REGION") && !strong
				return
			}
		}
	}
	// Events, laws and documents: "Korean War", "Treaty of Versailles",
	// "Operation Desert Storm".
	if n >= 2 && (c.eventWord[toks[n-1].key] || c.eventWord[toks[0].key] && !toks[1].cap && toks[1].key != "and" || c.eventStart[toks[0].key]) {
		ru.dropped = true
		return
	}
	// Organisation and place head nouns.
	if n >= 2 && c.placeHead[toks[n-1].key] && !c.orgWord[toks[n-1].key] && !ru.title {
		ru.kind = kindPlace
		return
	}
	if n >= 2 {
		if c.orgWord[toks[n-1].key] {
			ru.kind = kindOrg
			return
		}
		for i := 1; i < n; i++ {
			if !toks[i].cap && englishConnectors[toks[i].key] && c.orgWord[toks[i-1].key] {
				ru.kind = kindOrg
				return
			}
		}
		for m := min(2, n-1); m >= 1; m-- {
			if c.orgStart[spanKey(toks[:m])] {
				ru.kind = kindOrg
				return
			}
		}
		// "River Liffey", "Plaza San Martín", "Fort Sumter".
		if c.placeStart[toks[0].key] {
			ru.kind = kindPlace
			return
		}
		// "East Java", "West Africa": a compass word before a place.
		if compass[toks[0].key] {
			if _, es := d.r.lookup(spanKey(toks[1:])); len(es) > 0 && es[0].kind == kindPlace {
				ru.kind = kindPlace
				return
			}
		}
	}
	// "analysts at Goldman Sachs", "shares in Dangote Cement", "members
	// of the Irish Volunteers".
	if !ru.title && d.orgBefore(ru) && !(single && d.r.isCommonWord(toks[0].key)) {
		ru.kind = kindOrg
		return
	}
	// "Hezbollah fighters", "Dangote shares".
	if single && !ru.initial && !toks[0].poss && ru.b < len(sent) && !sent[ru.b].broken && !sent[ru.b].cap && c.orgAfter[sent[ru.b].key] && !d.r.isCommonWord(toks[0].key) && !adjectiveLike(toks[0].key) {
		ru.kind = kindOrg
		return
	}
	if rejectedCommon && !ru.title {
		// A common word without place context ("Reading the report").
		ru.dropped, ru.commonWord = true, true
		return
	}
	if ru.title && !(single && toks[0].upper) || single && !toks[0].upper && d.possessivePerson(ru) {
		ru.kind = kindPerson
		return
	}
	// A lowercase organisation noun after a name or acronym: "the MAS
	// party" (but not after one capitalised adjective: "the Marxist tendency").
	// A possessive name owns the noun: "Batista's army".
	oneWordName := single && !d.r.isCommonWord(toks[0].key) && !hasAnySuffix(toks[0].key, "ist", "ists", "an", "ans", "ese", "ic")
	if (n >= 2 || toks[0].upper || oneWordName) && !toks[n-1].poss && ru.b < len(sent) && !sent[ru.b].broken && !sent[ru.b].cap && c.orgNoun[sent[ru.b].key] {
		ru.kind = kindOrg
		return
	}
	if d.placeContext(ru) && !d.personLike(ru) && !(single && toks[0].upper) {
		switch {
		case single:
			// "in Sacaba": decided after the document's other mentions
			// are known ("from Netanyahu" may be a person).
			ru.contextPlace = d.strongPlacePreposition(ru)
		case d.personShape(toks) && !d.placeBefore(ru) && !d.namedFacility(ru):
			ru.kind = kindPerson
			return
		default:
			ru.kind = kindPlace
			return
		}
	}
	// Apposition: "Lucha de Clases, the Bolivian section of the IMT".
	if k := d.apposition(ru); k != kindNone {
		ru.kind = k
		return
	}
	// An unknown all-capital word is an acronym, most often of an
	// organisation, unless it is a longer word in capitals ("PROFILE";
	// short ones are acronyms even when they spell a word: "MAS").
	if single && toks[0].upper && !c.stop[toks[0].text] && utf8.RuneCountInString(toks[0].text) <= 8 &&
		!(len(toks[0].key) >= 5 && d.r.isCommonWord(toks[0].key)) {
		ru.kind = kindOrg
		return
	}
	// Plural demonyms ("Americans", "Iraqis") and titles alone ("the
	// Pope") are not names.
	if single && !toks[0].upper {
		if strings.HasSuffix(toks[0].key, "s") {
			if _, es := d.r.lookup(strings.TrimSuffix(toks[0].key, "s")); len(es) > 0 && es[0].kind == kindDemonym {
				ru.dropped = true
				return
			}
		}
		if c.title[toks[0].key] || c.eventWord[toks[0].key] {
			ru.dropped = true
			return
		}
	}
	// Followers of a doctrine and the doctrine itself ("Marxists",
	// "Peronism") are not named entities.
	if single && hasAnySuffix(toks[0].key, "ist", "ists", "ism", "isms", "ite", "ites") && !toks[0].upper {
		ru.dropped = true
		return
	}
	// A name before a lowercase event noun names the event ("the Mau Mau
	// uprising"), not a person.
	if ru.b < len(sent) && !sent[ru.b].broken && !sent[ru.b].cap && c.eventWord[sent[ru.b].key] {
		return
	}
	if d.personShape(toks) {
		ru.kind = kindPerson
	}
}

// compassPlace reports whether toks are a compass word and a gazetteer
// place: "East Java", "Northern Syria".
func (d *docState) compassPlace(toks []token) bool {
	if len(toks) < 2 || !compass[toks[0].key] {
		return false
	}
	_, es := d.r.lookup(spanKey(toks[1:]))
	return len(es) > 0 && es[0].kind == kindPlace
}

// dateline reports whether a run is the upper-case place name that opens
// a news story, followed by a comma, a parenthesis or a dash: "HARARE,
// Nov 22 —", "FRANKFURT (Reuters) —", "NAIROBI —".
func (d *docState) dateline(ru *run) bool {
	if ru.sent != 0 || ru.a != 0 {
		return false
	}
	toks := d.toks(ru)
	letters := 0
	for _, t := range toks {
		if !t.upper {
			return false
		}
		letters += len(t.key)
	}
	if letters < 4 {
		return false
	}
	rest := strings.TrimLeft(d.text[toks[len(toks)-1].end:], " ")
	for _, p := range []string{",", "(", "—", "–", "-"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// regnal reports whether w is a roman numeral that follows a ruler's
// name: "Nicholas II", "Louis XIV".
func regnal(w string) bool {
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("IVXL", rune(w[i])) {
			return false
		}
	}
	return true
}

// firstNameStops are stop words (month abbreviations) that are also
// first names: kept at the start of a run of three or more words ("Jan
// Pieterszoon Coen"), where a date would be followed by a number.
var firstNameStops = map[string]bool{"Jan": true}

// compass words start region names ("East Java", "West Africa").
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"upper": true, "lower": true, "greater": true,
}

// orgBefore reports whether an ORGBEFORE phrase ("analysts at", "members
// of") ends right before a run, "the" allowed between.
func (d *docState) orgBefore(ru *run) bool {
	before := d.wordsBefore(ru, 4)
	if len(before) > 0 && before[len(before)-1] == "the" {
		before = before[:len(before)-1]
	}
	for m := 1; m <= 3 && m <= len(before); m++ {
		if d.r.cues.orgBefore[strings.Join(before[len(before)-m:], " ")] {
			return true
		}
	}
	return false
}

// placeBeforePrepositions precede places but hardly ever a person's full
// name ("in", "toward"); "at" and "from" do ("analysts at Goldman Sachs",
// "a letter from Evo Morales").
var placeBeforePrepositions = map[string]bool{
	"in": true, "near": true, "outside": true, "inside": true, "around": true, "across": true,
	"throughout": true, "toward": true, "towards": true, "into": true,
}

// placeBefore reports whether a run follows a placeBeforePreposition or a
// PLACEOF phrase ("the town of").
func (d *docState) placeBefore(ru *run) bool {
	before := d.wordsBefore(ru, 3)
	if len(before) > 0 && placeBeforePrepositions[before[len(before)-1]] {
		return true
	}
	for m := 1; m <= len(before); m++ {
		if d.r.cues.placeOf[strings.Join(before[len(before)-m:], " ")] {
			return true
		}
	}
	return false
}

// placeStarts are first words of place names, never of a person's name.
var placeStarts = map[string]bool{
	"el": true, "la": true, "los": true, "las": true, "le": true, "les": true, "il": true, "the": true,
	"san": true, "santa": true, "santo": true, "sao": true, "saint": true, "st": true, "sainte": true,
	"fort": true, "port": true, "puerto": true, "mount": true, "mont": true, "lake": true, "cape": true,
	"new": true, "north": true, "south": true, "east": true, "west": true, "upper": true, "lower": true,
	"great": true, "greater": true, "central": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "villa": true, "ciudad": true, "rio": true, "cerro": true, "isla": true, "lago": true,
}

// personShape reports whether an unresolved run has the shape of a
// person's name: two to four title-case words, with name particles (de,
// del, van ...) only inside, not starting like a place name, and naming no
// country, division or capital.
func (d *docState) personShape(toks []token) bool {
	n := len(toks)
	if n < 2 || n > 5 || placeStarts[toks[0].key] {
		return false
	}
	words, common := 0, 0
	for i, t := range toks {
		if !t.cap {
			if i == 0 || i == n-1 || !romanceConnectors[t.key] {
				return false
			}
			continue
		}
		if i > 0 && i < n-1 && len(t.text) == 1 {
			continue // a middle initial: "Richard A. Gilleland"
		}
		if i >= 1 && i == n-1 && regnal(t.text) {
			words++
			continue // "Louis Napoleon III", "Mehmed II"
		}
		if t.upper || strings.ContainsAny(t.text, "0123456789") || d.r.cues.stop[t.text] && !(i == 0 && firstNameStops[t.text]) {
			return false
		}
		// Hyphenated names ("Kai-shek", "al-Hakim", "Jean-Luc"), but not
		// a name joined to a place ("Militante-Bolivia").
		if h := strings.LastIndexByte(t.text, '-'); h > 0 {
			if _, es := d.r.lookup(strings.ToLower(timeline.FoldAccents(t.text[h+1:]))); es != nil {
				return false
			}
		}
		if d.r.isCommonWord(t.key) {
			common++
			// A common noun or adjective heading the run: "Fisher
			// Scientific", "Continental Baking", "Investment Partnership".
			if i == n-1 && hasAnySuffix(t.key, "ic", "al", "ing", "ive", "ship", "ment", "tion", "sion", "ary", "ory", "ics", "ies", "ity", "ance", "ence", "ism", "ist", "ists") {
				return false
			}
		}
		if _, es := d.r.lookup(t.key); es != nil {
			for _, e := range es {
				// Divisions and capitals also serve as first names
				// ("Nelson", "Georgia"): only a last word counts.
				if e.sub == "COUNTRY" || e.kind == kindDemonym || e.kind == kindOrg || i == n-1 && (e.sub == "REGION" || e.capital) {
					return false
				}
			}
		}
		words++
	}
	// Mostly common words: "Air Force", "National Guard".
	return words >= 2 && words <= 4 && 2*common <= words && common < words
}

// personLike reports whether a run looks like a person's name for the
// place-preposition rule: "from Evo Morales" is not a place.
func (d *docState) personLike(ru *run) bool {
	return ru.title
}

func (d *docState) inDocCountry(e *gazEntry) bool {
	for _, c := range e.countryList() {
		if d.countries[c] {
			return true
		}
	}
	return false
}

// apposition reads ", the [words] HEAD" after a run, where HEAD is an
// organisation noun or a title.
func (d *docState) apposition(ru *run) kind {
	sent := d.sents[ru.sent]
	i := ru.b
	if i >= len(sent) || !sent[i].broken || strings.TrimSpace(d.text[sent[i-1].end:sent[i].start]) != "," {
		return kindNone
	}
	// "Tendai Moyo, 45, ..." and "Tendai Moyo, who ...": a person.
	if k := sent[i].key; (k == "who" || k == "whom" || isAge(k) && i+1 < len(sent) && sent[i+1].broken) && !groupWord(d.toks(ru)) {
		return kindPerson
	}
	// "Viet Minh, founded by ...", "Acme, headquartered in ...".
	if k := sent[i].key; k == "founded" || k == "formed" || k == "headquartered" {
		return kindOrg
	}
	// "BaFin, Germany's financial regulator".
	if k := sent[i].key; k != "the" && k != "a" && k != "an" && !(sent[i].cap && sent[i].poss) {
		return kindNone
	}
	for j := i + 1; j < len(sent) && j <= i+4; j++ {
		if j > i+1 && sent[j].broken {
			break
		}
		// A possessor is not the head: "the company's founder".
		if sent[j].poss {
			continue
		}
		if d.r.cues.orgNoun[sent[j].key] {
			return kindOrg
		}
		if d.r.cues.title[sent[j].key] && !sent[j].cap {
			return kindPerson
		}
		// "the Bastille, a royal fortress", "Sacaba, a town near ...".
		if !sent[j].cap && (d.r.cues.placeWord[sent[j].key] || d.r.cues.facility[sent[j].key]) {
			return kindPlace
		}
	}
	return kindNone
}

// typeByNeighbours types unresolved runs from the runs next to them in
// the same sentence: a second name after "known as" ("Mustafa Kemal, later
// known as Atatürk") has the type of the first, and an unknown name
// coordinated with an organisation is one ("Barclays and Lloyds Banking
// Group", "Continental Baking and Fisher Scientific").
func (d *docState) typeByNeighbours() {
	for i, ru := range d.runs {
		if ru.kind == kindPlace && !ru.dropped && i > 0 && d.runs[i-1].sent == ru.sent && d.runs[i-1].kind == kindPerson &&
			!d.runs[i-1].dropped && d.aliasBetween(d.runs[i-1], ru) {
			// a person's nickname that a gazetteer knows as a town:
			// "Ramiro Vega, known as El Tigre"
			ru.kind, ru.canonical, ru.placeCty = kindPerson, "", ""
			continue
		}
		if ru.kind == kindPlace && !ru.dropped && d.aliasOfTitle(ru) {
			// "the rebel leader, known as El Tigre"
			ru.kind, ru.canonical, ru.placeCty = kindPerson, "", ""
			continue
		}
		if ru.kind != kindNone || ru.dropped {
			continue
		}
		var prev, next *run
		if i > 0 && d.runs[i-1].sent == ru.sent {
			prev = d.runs[i-1]
		}
		if i+1 < len(d.runs) && d.runs[i+1].sent == ru.sent {
			next = d.runs[i+1]
		}
		if prev != nil && prev.kind != kindNone && d.aliasBetween(prev, ru) {
			ru.kind = prev.kind
			continue
		}
		if ru.initial && d.r.isCommonWord(d.sents[ru.sent][ru.a].key) {
			continue
		}
		for _, o := range []*run{prev, next} {
			if o != nil && o.kind == kindOrg && o.group < 0 && d.coordinated(ru, o) {
				ru.kind = kindOrg
				break
			}
		}
	}
}

// aliasOfTitle reports whether a run follows an ALIAS phrase after a
// lowercase title or person noun: "the rebel leader, known as El Tigre".
func (d *docState) aliasOfTitle(ru *run) bool {
	toks := d.sents[ru.sent]
	if ru.a == 0 || toks[ru.a-1].cap || !d.r.cues.aliasEnd[toks[ru.a-1].key] {
		return false // no alias phrase right before (a cheap test first)
	}
	// the words before the run, commas left out
	var ks []int
	for k := ru.a - 1; k >= 0 && len(ks) < 7; k-- {
		if toks[k].key != "," {
			ks = append([]int{k}, ks...)
		}
	}
	join := func(ks []int) string {
		w := make([]string, len(ks))
		for i, k := range ks {
			w[i] = toks[k].key
		}
		return strings.Join(w, " ")
	}
	for n := 1; n <= 3 && n <= len(ks); n++ {
		if !d.r.cues.alias[join(ks[len(ks)-n:])] {
			continue
		}
		rest := ks[:len(ks)-n]
		for len(rest) > 0 && (toks[rest[len(rest)-1]].key == "later" || toks[rest[len(rest)-1]].key == "also") {
			rest = rest[:len(rest)-1]
		}
		// a lowercase title: one before a name is the name's own
		if len(rest) > 0 {
			t := toks[rest[len(rest)-1]]
			return !t.cap && d.r.cues.title[t.key]
		}
	}
	return false
}

// gap returns the text between two runs of a sentence, in order.
func (d *docState) gap(a, b *run) string {
	if b.a < a.a {
		a, b = b, a
	}
	return d.text[d.sents[a.sent][a.b-1].end:d.sents[b.sent][b.a].start]
}

// aliasBetween reports whether an ALIAS phrase ("known as", "nicknamed")
// joins two runs, with at most a comma and one adverb before it.
func (d *docState) aliasBetween(prev, ru *run) bool {
	g := strings.ToLower(strings.TrimSpace(strings.Trim(strings.TrimSpace(d.gap(prev, ru)), ",")))
	g = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(g), ","))
	if d.r.cues.alias[g] {
		return true
	}
	_, rest, ok := strings.Cut(g, " ")
	return ok && d.r.cues.alias[rest]
}

// coordinated reports whether two runs are joined by "and", "or" or "&".
func (d *docState) coordinated(a, b *run) bool {
	switch strings.TrimSpace(d.gap(a, b)) {
	case "and", "or", "&":
		return true
	}
	return false
}

// typeGroups gives each acronym group the type of its typed forms (ORG
// when none is typed) and spreads it to all the group's runs.
func (d *docState) typeGroups() {
	for _, ru := range d.runs {
		if ru.group >= 0 && ru.kind != kindNone && d.groups[ru.group].kind == kindNone {
			d.groups[ru.group].kind = ru.kind
		}
	}
	for _, g := range d.groups {
		if g.kind == kindNone {
			g.kind = kindOrg
		}
	}
	for _, ru := range d.runs {
		if ru.group >= 0 {
			g := d.groups[ru.group]
			ru.kind = g.kind
			ru.dropped = false
			ru.canonical = g.forms[0]
		}
	}
}

// articleSurname returns the name after an Arabic article joined by a
// hyphen ("al-assad" -> "assad", "el-sisi" -> "sisi"), or "".
func articleSurname(key string) string {
	for _, a := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-", "ar-", "ez-", "es-", "et-", "er-", "en-", "adh-", "ath-"} {
		if rest, ok := strings.CutPrefix(key, a); ok && len(rest) >= 3 && !strings.Contains(rest, "-") {
			return rest
		}
	}
	return ""
}

// useDocKnowledge resolves runs from names resolved elsewhere in the
// document: the same name, or part of a person's name.
func (d *docState) useDocKnowledge() {
	known := map[string]kind{}
	canon := map[string]string{}
	part := map[string]string{}    // token of a person's name -> full name ("" if ambiguous)
	orgPart := map[string]string{} // head noun of an organisation's name -> full name ("" if ambiguous)
	for _, ru := range d.runs {
		if ru.kind == kindNone {
			continue
		}
		toks := d.toks(ru)
		key := spanKey(toks)
		if _, ok := known[key]; !ok {
			known[key] = ru.kind
			canon[key] = ru.canonical
		}
		// "the League" after "the League of Nations".
		if ru.kind == kindOrg && len(toks) >= 2 {
			full := d.spanText(ru)
			if ru.canonical != "" {
				full = ru.canonical
			}
			for _, t := range toks {
				if t.cap && (d.r.cues.orgWord[t.key] || d.r.cues.orgStart[t.key]) {
					if old, ok := orgPart[t.key]; ok && old != full {
						orgPart[t.key] = ""
					} else {
						orgPart[t.key] = full
					}
				}
			}
		}
		if ru.kind == kindPerson && len(toks) >= 2 {
			full := d.spanText(ru)
			for _, t := range toks {
				if !t.cap {
					continue
				}
				keys := []string{t.key}
				if p := articleSurname(t.key); p != "" {
					keys = append(keys, p) // "Assad" for "al-Assad"
				}
				for _, k := range keys {
					if old, ok := part[k]; ok && old != full {
						part[k] = ""
					} else {
						part[k] = full
					}
				}
			}
		}
	}
	for _, ru := range d.runs {
		// "Sucre became president" after "Antonio José de Sucre": the
		// surname, not the town, when nothing marks a place.
		if ru.kind == kindPlace && ru.gazTown && ru.b-ru.a == 1 && !ru.title {
			if full := part[spanKey(d.toks(ru))]; full != "" && !d.placeContext(ru) {
				ru.kind, ru.canonical, ru.placeCty = kindPerson, full, ""
			}
			continue
		}
		if ru.kind != kindNone || ru.dropped && !ru.commonWord {
			continue
		}
		toks := d.toks(ru)
		key := spanKey(toks)
		if ru.dropped {
			// "the Union" after "the Union of Tessan Farmers".
			if full := orgPart[key]; full != "" && !ru.initial {
				ru.kind, ru.canonical, ru.dropped = kindOrg, full, false
			}
			continue
		}
		if ru.initial && d.commonWord(key) {
			continue
		}
		if k, ok := known[key]; ok {
			ru.kind = k
			ru.canonical = canon[key]
			ru.dropped = false
			continue
		}
		if len(toks) == 1 {
			if full := part[key]; full != "" {
				ru.kind = kindPerson
				ru.canonical = full
			} else if full := orgPart[key]; full != "" {
				ru.kind = kindOrg
				ru.canonical = full
			}
		}
	}
}

// resolvePersons sets the canonical name of a person mentioned by part of
// a fuller name used in the same document ("Morales" -> "Evo Morales").
func (d *docState) resolvePersons() {
	var full []*run
	for _, ru := range d.runs {
		if ru.kind == kindPerson && ru.b-ru.a >= 2 {
			full = append(full, ru)
		}
	}
	for _, ru := range d.runs {
		if ru.kind != kindPerson || ru.canonical != "" {
			continue
		}
		toks := d.toks(ru)
		var match string
		for _, f := range full {
			if f == ru {
				continue
			}
			ft := d.toks(f)
			if len(ft) > len(toks) && containsTokens(ft, toks) {
				name := d.spanText(f)
				if match != "" && match != name {
					match = ""
					break
				}
				match = name
			}
		}
		ru.canonical = match
	}
}

func containsTokens(long, short []token) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		ok := true
		for j := range short {
			if long[i+j].key != short[j].key {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// mentions returns the resolved runs as mentions in document order.
func (d *docState) mentions() []timeline.EntityMention {
	var out []timeline.EntityMention
	for _, ru := range d.runs {
		if ru.kind == kindNone || ru.dropped && ru.group < 0 {
			continue
		}
		toks := d.toks(ru)
		m := timeline.EntityMention{
			Span: timeline.Span{Start: toks[0].start, End: toks[len(toks)-1].end},
			Type: ru.kind.entityType(),
		}
		m.Text = d.text[m.Start:m.End]
		if ru.canonical != "" && ru.canonical != m.Text {
			m.Canonical = ru.canonical
		}
		if ru.group >= 0 {
			for _, f := range d.groups[ru.group].forms {
				if f != m.Text {
					m.Aliases = append(m.Aliases, f)
				}
			}
		}
		switch {
		case ru.kind == kindPlace:
			m.Country = ru.placeCty
		case ru.country != "":
			m.Country = ru.country
		}
		out = append(out, m)
	}
	sortMentions(out)
	return out
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, suf := range suffixes {
		if len(s) > len(suf)+2 && strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// possessivePerson reports whether a run is followed by a possessive and a
// noun that belongs to persons ("Castillo's government").
//
// So is "the government of Añez", "the resignation of Morales".
func (d *docState) possessivePerson(ru *run) bool {
	sent := d.sents[ru.sent]
	if sent[ru.b-1].poss && ru.b < len(sent) && d.r.cues.personPoss[sent[ru.b].key] {
		return true
	}
	before := d.wordsBefore(ru, 2)
	return len(before) == 2 && before[1] == "of" && d.r.cues.personPoss[before[0]]
}

// commonWord reports whether a gazetteer flags key as a common word.
func (d *docState) commonWord(key string) bool {
	_, es := d.r.lookup(key)
	for _, e := range es {
		if e.common {
			return true
		}
	}
	return false
}

// gazetteerStart reports whether the first two words of toks begin or make
// a gazetteer name ("New York", "New York Stock Exchange").
func (d *docState) gazetteerStart(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	h := hashMore(hashKey(toks[0].key), toks[1].key)
	for _, g := range d.r.gaz {
		if _, ok := g.prefix[h]; ok {
			return true
		}
		if _, ok := g.names[h]; ok {
			return true
		}
	}
	return false
}

// peopleNouns name people by where they come from: "refugees from X".
var peopleNouns = map[string]bool{
	"people": true, "protesters": true, "refugees": true, "troops": true, "workers": true, "residents": true,
	"migrants": true, "delegates": true, "villagers": true, "soldiers": true, "pilgrims": true,
	"immigrants": true, "students": true, "farmers": true, "miners": true, "man": true, "woman": true,
	"men": true, "women": true, "family": true, "families": true, "native": true, "natives": true,
	"settlers": true, "fighters": true, "voters": true, "deputies": true, "delegation": true,
}

// strongPlacePrepositions rarely precede a person's name.
var strongPlacePrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "around": true, "across": true,
	"throughout": true, "inside": true, "reaching": true, "entered": true,
}

// strongPlacePreposition reports whether a run follows a preposition that
// rarely precedes a person's name, or a place phrase ("department of").
func (d *docState) strongPlacePreposition(ru *run) bool {
	before := d.wordsBefore(ru, 3)
	if len(before) > 0 && strongPlacePrepositions[before[len(before)-1]] {
		return true
	}
	// "a fisherman from Zambales", "refugees from Darfur".
	if n := len(before); n >= 2 && before[n-1] == "from" && (peopleNouns[before[n-2]] || d.r.cues.title[before[n-2]]) {
		return true
	}
	for m := 1; m <= len(before); m++ {
		if d.r.cues.placeOf[strings.Join(before[len(before)-m:], " ")] {
			return true
		}
	}
	return d.placeNounAfter(ru)
}

// gazetteerPrefix returns the length in words of the longest gazetteer
// name that starts toks, or 0.
func (d *docState) gazetteerPrefix(toks []token) int {
	best := 0
	var h uint64
	for i, t := range toks {
		if i == 0 {
			h = hashKey(t.key)
		} else {
			h = hashMore(h, t.key)
		}
		prefix := false
		for _, g := range d.r.gaz {
			if _, ok := g.names[h]; ok && best < i+1 {
				best = i + 1
			}
			if _, ok := g.prefix[h]; ok {
				prefix = true
			}
		}
		if !prefix {
			break
		}
	}
	return best
}
