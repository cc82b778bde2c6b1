package entity

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/timelinekit/timelinekit/timeline"
)

// ParseError reports a malformed line of a gazetteer or cue file.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// kind is what a gazetteer entry names.
type kind uint8

const (
	kindNone kind = iota
	kindPerson
	kindOrg
	kindPlace
	kindDemonym
)

func (k kind) entityType() timeline.EntityType {
	switch k {
	case kindPerson:
		return timeline.Person
	case kindOrg:
		return timeline.Org
	case kindPlace:
		return timeline.Place
	}
	return ""
}

// gazEntry is one name of a gazetteer. Its strings point into the
// gazetteer's source text, so a gazetteer of 100,000 names is a handful of
// heap objects and costs the garbage collector almost nothing.
type gazEntry struct {
	kind      kind
	sub       string // COUNTRY, REGION, CITY, or the user's PERSON/ORG/PLACE
	name      string // canonical name
	countries string // '|'-separated ISO 3166 alpha-2 codes or country names, most likely first
	common    bool   // a common word: needs place context
	capital   bool
	major     bool  // a large town: its name alone is enough
	next      int32 // next entry with the same key, -1 at the end
}

// countryList returns the entry's countries.
func (e *gazEntry) countryList() []string {
	if e.countries == "" {
		return nil
	}
	return strings.Split(e.countries, "|")
}

// firstCountry returns the entry's most likely country.
func (e *gazEntry) firstCountry() string {
	c, _, _ := strings.Cut(e.countries, "|")
	return c
}

// gazetteer maps folded token sequences, by their 64-bit hash, to entries.
type gazetteer struct {
	entries []gazEntry
	names   map[uint64]int32    // key hash -> first entry
	prefix  map[uint64]struct{} // hashes of the proper token prefixes of the keys
	maxLen  int                 // longest key in tokens
	// countryName maps ISO codes to country names.
	countryName map[string]string
}

func newGazetteer() *gazetteer {
	return &gazetteer{names: map[uint64]int32{}, prefix: map[uint64]struct{}{}, countryName: map[string]string{}}
}

// hashKey is the 64-bit FNV-1a hash of a folded key.
func hashKey(key string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return h
}

// hashMore extends the hash of a key by a space and the next word.
func hashMore(h uint64, word string) uint64 {
	h ^= ' '
	h *= 1099511628211
	for i := 0; i < len(word); i++ {
		h ^= uint64(word[i])
		h *= 1099511628211
	}
	return h
}

// get returns the entries of key.
func (g *gazetteer) get(key string) []*gazEntry { return g.getHash(hashKey(key)) }

// getHash returns the entries of the key with hash h.
func (g *gazetteer) getHash(h uint64) []*gazEntry {
	i, ok := g.names[h]
	if !ok {
		return nil
	}
	var out []*gazEntry
	for ; i >= 0; i = g.entries[i].next {
		out = append(out, &g.entries[i])
	}
	return out
}

// entryTypes are the types allowed in entry files; sub-types of PLACE name
// the kind of place.
var entryTypes = map[string]kind{
	"PERSON": kindPerson, "ORG": kindOrg, "PLACE": kindPlace,
	"COUNTRY": kindPlace, "REGION": kindPlace, "CITY": kindPlace,
	"DEMONYM": kindDemonym,
}

// load reads entries in the gazetteer line format:
//
//	TYPE<TAB>NAME[<TAB>ALIASES[<TAB>COUNTRY[<TAB>FLAGS]]]
//
// Blank lines and lines starting with '#' are skipped.
func (g *gazetteer) load(r io.Reader, file string) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return &ParseError{File: file, Line: 0, Msg: err.Error()}
	}
	return g.loadString(string(data), file)
}

func (g *gazetteer) loadString(src, file string) error {
	if n := strings.Count(src, "\n"); len(g.names) == 0 && n > 1000 {
		g.names = make(map[uint64]int32, n)
		g.prefix = make(map[uint64]struct{}, n/2)
		g.entries = make([]gazEntry, 0, n)
	}
	line := 0
	for len(src) > 0 {
		line++
		var text string
		text, src, _ = strings.Cut(src, "\n")
		text = strings.TrimSuffix(text, "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		perr := func(format string, args ...any) error {
			return &ParseError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
		}
		f := strings.Split(text, "\t")
		if len(f) < 2 || len(f) > 5 {
			return perr("want 2 to 5 tab-separated fields (type, name, aliases, country, flags), got %d", len(f))
		}
		k, ok := entryTypes[f[0]]
		if !ok {
			return perr("unknown type %q (want PERSON, ORG, PLACE, COUNTRY, REGION, CITY or DEMONYM)", f[0])
		}
		e := gazEntry{kind: k, sub: f[0], name: f[1], next: -1}
		if err := checkName(f[1]); err != "" {
			return perr("name: %s", err)
		}
		var aliases []string
		if len(f) > 2 && f[2] != "" {
			aliases = strings.Split(f[2], "|")
			for _, a := range aliases {
				if err := checkName(a); err != "" {
					return perr("alias %q: %s", a, err)
				}
			}
		}
		if len(f) > 3 && f[3] != "" {
			for _, c := range strings.Split(f[3], "|") {
				if err := checkName(c); err != "" {
					return perr("country %q: %s", c, err)
				}
			}
			e.countries = f[3]
		}
		if len(f) > 4 && f[4] != "" {
			for _, fl := range strings.Split(f[4], ",") {
				switch fl {
				case "common":
					e.common = true
				case "capital":
					e.capital = true
				case "major":
					e.major = true
				default:
					return perr("unknown flag %q (want common, capital or major)", fl)
				}
			}
		}
		if e.sub == "COUNTRY" && e.countries != "" && !strings.Contains(e.countries, "|") {
			g.countryName[e.countries] = e.name
		}
		if !hasWord(e.name) {
			return perr("name %q has no words", e.name)
		}
		idx := int32(len(g.entries))
		g.entries = append(g.entries, e)
		g.add(e.name, idx)
		for _, a := range aliases {
			g.add(a, idx)
		}
	}
	return nil
}

func checkName(s string) string {
	switch {
	case s == "":
		return "empty"
	case strings.TrimSpace(s) != s:
		return "leading or trailing space"
	case strings.ContainsAny(s, "\t|"):
		return "contains a tab or '|'"
	}
	return ""
}

func (g *gazetteer) add(name string, idx int32) {
	toks := tokenize(name, 0, len(name))
	if len(toks) == 0 {
		return
	}
	var h uint64
	for i, t := range toks {
		if i == 0 {
			h = hashKey(t.key)
		} else {
			g.prefix[h] = struct{}{}
			h = hashMore(h, t.key)
		}
	}
	if first, ok := g.names[h]; ok {
		last := first
		for i := first; i >= 0; i = g.entries[i].next {
			if i == idx {
				return
			}
			last = i
		}
		g.entries[last].next = idx
	} else {
		g.names[h] = idx
	}
	if len(toks) > g.maxLen {
		g.maxLen = len(toks)
	}
}

// keyTokens returns the folded word tokens of a name.
func keyTokens(name string) []string {
	var out []string
	for _, t := range tokenize(name, 0, len(name)) {
		out = append(out, t.key)
	}
	return out
}

// country returns the country (code or name) an entry lies in, preferring
// one of the document's countries.
func (g *gazetteer) country(e *gazEntry, docCountries map[string]bool) string {
	cs := e.countryList()
	if len(cs) == 0 {
		return ""
	}
	for _, c := range cs {
		if docCountries[c] {
			return c
		}
	}
	return cs[0]
}

// cues are the cue words of data/gazetteer-cues.tsv.
type cues struct {
	title      map[string]bool // folded phrases
	titleMax   int
	orgWord    map[string]bool // folded words
	orgStart   map[string]bool // folded phrases
	orgNoun    map[string]bool // folded words
	placeWord  map[string]bool
	placeHead  map[string]bool
	facility   map[string]bool
	eventWord  map[string]bool
	eventStart map[string]bool
	personPoss map[string]bool
	placeOf    map[string]bool // folded phrases
	stop       map[string]bool // exact words
	orgAlone   map[string]bool // folded words: a body named by one word ("Congress")
	orgBefore  map[string]bool // folded phrases before a name that make it an organisation ("shares in")
	orgAfter   map[string]bool // folded words after a name that make it an organisation ("X shares")
	placeStart map[string]bool // folded first words of place names ("River", "Fort")
	alias      map[string]bool // folded phrases before a second name of the same thing ("known as")
	aliasEnd   map[string]bool // last words of the alias phrases ("as")
}

func loadCues(r io.Reader, file string) (*cues, error) {
	c := &cues{title: map[string]bool{}, orgWord: map[string]bool{}, orgStart: map[string]bool{}, orgNoun: map[string]bool{}, placeWord: map[string]bool{}, placeOf: map[string]bool{}, placeHead: map[string]bool{}, facility: map[string]bool{}, eventWord: map[string]bool{}, eventStart: map[string]bool{}, personPoss: map[string]bool{}, stop: map[string]bool{},
		orgAlone: map[string]bool{}, orgBefore: map[string]bool{}, orgAfter: map[string]bool{}, placeStart: map[string]bool{}, alias: map[string]bool{}, aliasEnd: map[string]bool{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 2 {
			return nil, &ParseError{File: file, Line: line, Msg: fmt.Sprintf("want 2 tab-separated fields (type, word), got %d", len(f))}
		}
		if msg := checkName(f[1]); msg != "" {
			return nil, &ParseError{File: file, Line: line, Msg: "word: " + msg}
		}
		key := strings.Join(keyTokens(f[1]), " ")
		switch f[0] {
		case "TITLE":
			c.title[key] = true
			if n := len(keyTokens(f[1])); n > c.titleMax {
				c.titleMax = n
			}
		case "ORGWORD":
			c.orgWord[key] = true
		case "ORGSTART":
			c.orgStart[key] = true
		case "ORGNOUN":
			c.orgNoun[key] = true
		case "PLACEWORD":
			c.placeWord[key] = true
		case "PERSONPOSS":
			c.personPoss[key] = true
		case "EVENTSTART":
			c.eventStart[key] = true
		case "EVENTWORD":
			c.eventWord[key] = true
		case "FACILITY":
			c.facility[key] = true
		case "PLACEHEAD":
			c.placeHead[key] = true
		case "PLACEOF":
			c.placeOf[key] = true
		case "STOP":
			c.stop[f[1]] = true
		case "ORGALONE":
			c.orgAlone[key] = true
		case "ORGBEFORE":
			c.orgBefore[key] = true
		case "ORGAFTER":
			c.orgAfter[key] = true
		case "PLACESTART":
			c.placeStart[key] = true
		case "ALIAS":
			c.alias[key] = true
			c.aliasEnd[key[strings.LastIndexByte(key, ' ')+1:]] = true
		default:
			return nil, &ParseError{File: file, Line: line, Msg: fmt.Sprintf("unknown type %q (want TITLE, ORGWORD, ORGSTART, ORGNOUN, PLACEWORD, FACILITY, PLACEHEAD, PLACEOF, PERSONPOSS, EVENTWORD, EVENTSTART, STOP, ORGALONE, ORGBEFORE, ORGAFTER, PLACESTART or ALIAS)", f[0])}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: file, Line: line + 1, Msg: err.Error()}
	}
	return c, nil
}

// hasWord reports whether s holds a letter or digit.
func hasWord(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}
