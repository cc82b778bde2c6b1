package event

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/timelinekit/timelinekit/timeline"
)

// LexiconError is an error in a lexicon file, with its position.
type LexiconError struct {
	File string
	Line int
	Msg  string
}

func (e *LexiconError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// TypeInfo describes an event type of the lexicon.
type TypeInfo struct {
	Name    string
	Label   string
	CAMEO   string
	ACLED   string
	Violent bool
	// Single: an event that happens once to its participants (a
	// resignation, an assassination); its mentions in one document are
	// the same event, whatever their modality.
	Single bool
	// Person: headlines name the person it happens to ("Arrest of X").
	Person bool
	// Incident: a short violent incident; "the massacre" may name an
	// incident of another such type told before ("soldiers fired on the
	// crowd ... the massacre").
	Incident bool
}

// Part-of-speech of a trigger.
const (
	posNoun   = "noun"
	posVerb   = "verb"
	posPhrase = "phrase"
)

// form kinds of a generated trigger form
const (
	formBase = iota
	formPlural
	formVerb // any inflected verb form
	formIng
	formPast
)

// trigger is one surface form (token sequence) that signals an event.
type trigger struct {
	typ        string
	pos        string
	weight     float64
	words      []string // normalised tokens
	kind       int
	pluralOne  bool
	capital    bool
	lower      bool
	notSense   []string // no sense may be present
	needSense  []string // every sense must be present
	objSense   []string // one sense must be in the object right after the trigger
	notSubj    []string // no sense may be in the subject before the trigger
	subj       []string // one sense must be in the subject before the trigger
	intrans    bool
	people     bool // names the participants: no event after a count
	file       string
	line       int
	inflectIdx int // index of the inflected word in words
}

// cue is one modality cue phrase.
type cue struct {
	mod   timeline.Modality
	after bool
	words []string
}

// lexicon is the compiled event lexicon.
type lexicon struct {
	types    map[string]*TypeInfo
	triggers map[string][]*trigger // by first word
	stops    map[string][][]string // by first word
	heads    map[string]bool
	abstract map[string]bool
	senses   map[string]map[string]bool
	cues     map[string][]cue      // by first word
	maxCue   int                   // longest cue, in words
	reports  map[string][][]string // by first word
}

func newLexicon() *lexicon {
	return &lexicon{
		types:    map[string]*TypeInfo{},
		triggers: map[string][]*trigger{},
		stops:    map[string][][]string{},
		heads:    map[string]bool{},
		abstract: map[string]bool{},
		senses:   map[string]map[string]bool{},
		reports:  map[string][][]string{},
		cues:     map[string][]cue{},
	}
}

// parse reads lexicon directives from r into lx; name is used in errors.
func (lx *lexicon) parse(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if err := lx.parseLine(line); err != nil {
			return &LexiconError{File: name, Line: ln, Msg: err.Error()}
		}
	}
	if err := sc.Err(); err != nil {
		return &LexiconError{File: name, Line: ln, Msg: err.Error()}
	}
	return nil
}

func (lx *lexicon) parseLine(line string) error {
	head, rest, hasColon := strings.Cut(line, ":")
	fields := strings.Fields(head)
	if len(fields) == 0 {
		return fmt.Errorf("missing directive before ':'")
	}
	if fields[0] == "type" {
		if hasColon {
			// allow ':' inside values? no: keep the format strict.
			return fmt.Errorf("type line must not contain ':'")
		}
		return lx.parseType(fields[1:])
	}
	if !hasColon {
		return fmt.Errorf("want 'DIRECTIVE ... : PHRASE | ...', got %q", line)
	}
	phrases, err := splitPhrases(rest)
	if err != nil {
		return err
	}
	switch fields[0] {
	case "stop", "report":
		if len(fields) != 1 {
			return fmt.Errorf("%s takes no arguments before ':'", fields[0])
		}
		for _, p := range phrases {
			forms, _, err := expand(p, "")
			if err != nil {
				return err
			}
			for _, f := range forms {
				if fields[0] == "stop" {
					lx.stops[f.words[0]] = append(lx.stops[f.words[0]], f.words)
				} else {
					lx.reports[f.words[0]] = append(lx.reports[f.words[0]], f.words)
				}
			}
		}
		return nil
	case "head", "abstract":
		if len(fields) != 1 {
			return fmt.Errorf("%s takes no arguments before ':'", fields[0])
		}
		for _, p := range phrases {
			if strings.ContainsAny(p, " {}") {
				return fmt.Errorf("%s: %q: want single words", fields[0], p)
			}
			if fields[0] == "head" {
				lx.heads[normWord(p)] = true
			} else {
				lx.abstract[normWord(p)] = true
			}
		}
		return nil
	case "sense":
		if len(fields) != 2 {
			return fmt.Errorf("want 'sense NAME : WORD | ...'")
		}
		set := lx.senses[fields[1]]
		if set == nil {
			set = map[string]bool{}
			lx.senses[fields[1]] = set
		}
		for _, p := range phrases {
			if strings.ContainsAny(p, " {}") {
				return fmt.Errorf("sense %s: %q: want single words", fields[1], p)
			}
			set[normWord(p)] = true
		}
		return nil
	case "drop":
		if len(fields) != 1 {
			return fmt.Errorf("drop takes no arguments before ':'")
		}
		for _, p := range phrases {
			forms, _, err := expand(p, "")
			if err != nil {
				return err
			}
			for _, f := range forms {
				lx.removeTrigger(f.words, "")
			}
		}
		return nil
	case "cue":
		if len(fields) != 3 {
			return fmt.Errorf("want 'cue MODALITY before|after : PHRASE | ...'")
		}
		mod := timeline.Modality(fields[1])
		switch mod {
		case timeline.Attempted, timeline.Planned, timeline.Negated, timeline.Hypothetical:
		default:
			return fmt.Errorf("unknown modality %q (want attempted, planned, negated or hypothetical)", fields[1])
		}
		var after bool
		switch fields[2] {
		case "before":
		case "after":
			after = true
		default:
			return fmt.Errorf("cue position %q: want before or after", fields[2])
		}
		for _, p := range phrases {
			forms, _, err := expand(p, "")
			if err != nil {
				return err
			}
			for _, f := range forms {
				lx.cues[f.words[0]] = append(lx.cues[f.words[0]], cue{mod: mod, after: after, words: f.words})
				lx.maxCue = max(lx.maxCue, len(f.words))
			}
		}
		return nil
	}
	// trigger line: TYPE POS WEIGHT [FLAGS]
	typ := fields[0]
	if _, ok := lx.types[typ]; !ok {
		return fmt.Errorf("unknown event type %q (declare it with a 'type' line first)", typ)
	}
	if len(fields) < 3 {
		return fmt.Errorf("want 'TYPE POS WEIGHT [FLAG...] : PHRASE | ...'")
	}
	pos := fields[1]
	if pos != posNoun && pos != posVerb && pos != posPhrase {
		return fmt.Errorf("part of speech %q: want noun, verb or phrase", pos)
	}
	w, err := strconv.ParseFloat(fields[2], 64)
	if err != nil || w <= 0 || w > 1 {
		return fmt.Errorf("weight %q: want a number in (0,1]", fields[2])
	}
	proto := trigger{typ: typ, pos: pos, weight: w}
	for _, f := range fields[3:] {
		switch {
		case f == "plural-one":
			proto.pluralOne = true
		case f == "capital":
			proto.capital = true
		case f == "lower":
			proto.lower = true
		case f == "intransitive":
			proto.intrans = true
		case f == "people":
			proto.people = true
		case strings.HasPrefix(f, "not="):
			proto.notSense = append(proto.notSense, f[4:])
		case strings.HasPrefix(f, "need="):
			proto.needSense = append(proto.needSense, f[5:])
		case strings.HasPrefix(f, "obj="):
			proto.objSense = append(proto.objSense, f[4:])
		case strings.HasPrefix(f, "notsubj="):
			proto.notSubj = append(proto.notSubj, f[8:])
		case strings.HasPrefix(f, "subj="):
			proto.subj = append(proto.subj, f[5:])
		default:
			return fmt.Errorf("unknown flag %q", f)
		}
	}
	for _, s := range append(append(append(append([]string(nil), proto.notSense...), proto.needSense...), proto.objSense...), append(proto.notSubj, proto.subj...)...) {
		if s == "" {
			return fmt.Errorf("empty sense in a not=, need=, obj=, subj= or notsubj= flag")
		}
		if lx.senses[s] == nil && !entitySense[s] {
			return fmt.Errorf("unknown sense %q (declare it with a 'sense' line first)", s)
		}
	}
	for _, p := range phrases {
		forms, idx, err := expand(p, pos)
		if err != nil {
			return err
		}
		for _, f := range forms {
			t := proto
			t.words = f.words
			t.kind = f.kind
			t.inflectIdx = idx
			if len(t.needSense) == 0 && len(t.objSense) == 0 && len(t.subj) == 0 && len(t.notSubj) == 0 {
				lx.removeTrigger(t.words, t.pos)
			} else {
				lx.removeConditional(&t)
			}
			lx.triggers[t.words[0]] = append(lx.triggers[t.words[0]], &t)
		}
	}
	return nil
}

// entitySense names the built-in senses satisfied by an entity mention.
var entitySense = map[string]bool{"PERSON": true, "ORG": true, "PLACE": true}

// removeTrigger forgets the triggers with these words and part of speech
// (any part of speech when pos is "").
// removeConditional forgets the triggers of n's type with its words and
// conditions: a trigger with need=, obj=, subj= or notsubj= flags
// overrides its own type's reading only, so that
// "shot dead" can be an assassination near a political word and an attack
// elsewhere.
func (lx *lexicon) removeConditional(n *trigger) {
	list := lx.triggers[n.words[0]]
	var out []*trigger
	for _, t := range list {
		if !equalWords(t.words, n.words) || t.pos != n.pos || t.typ != n.typ || !equalWords(t.needSense, n.needSense) ||
			!equalWords(t.objSense, n.objSense) || !equalWords(t.subj, n.subj) || !equalWords(t.notSubj, n.notSubj) {
			out = append(out, t)
		}
	}
	lx.triggers[n.words[0]] = out
}

func (lx *lexicon) removeTrigger(words []string, pos string) {
	list := lx.triggers[words[0]]
	var out []*trigger
	for _, t := range list {
		if !equalWords(t.words, words) || pos != "" && t.pos != pos {
			out = append(out, t)
		}
	}
	lx.triggers[words[0]] = out
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (lx *lexicon) parseType(fields []string) error {
	if len(fields) == 0 {
		return fmt.Errorf("want 'type NAME [violent] [single] [person] [incident] [cameo=CODE] [acled=TEXT] [label=TEXT]'")
	}
	name := fields[0]
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '_' || r >= '0' && r <= '9') {
			return fmt.Errorf("type name %q: want lower-case letters, digits, '-' or '_'", name)
		}
	}
	ti := lx.types[name]
	if ti == nil {
		ti = &TypeInfo{Name: name, Label: strings.ToUpper(name[:1]) + name[1:]}
		lx.types[name] = ti
	}
	for _, f := range fields[1:] {
		if f == "violent" {
			ti.Violent = true
			continue
		}
		if f == "single" {
			ti.Single = true
			continue
		}
		if f == "person" {
			ti.Person = true
			continue
		}
		if f == "incident" {
			ti.Incident = true
			continue
		}
		k, v, ok := strings.Cut(f, "=")
		if !ok || v == "" {
			return fmt.Errorf("attribute %q: want key=value", f)
		}
		v = strings.ReplaceAll(v, "_", " ")
		if v == "-" {
			v = ""
		}
		switch k {
		case "cameo":
			ti.CAMEO = v
		case "acled":
			ti.ACLED = v
		case "label":
			ti.Label = v
		default:
			return fmt.Errorf("unknown attribute %q (want cameo, acled or label)", k)
		}
	}
	return nil
}

func splitPhrases(s string) ([]string, error) {
	var out []string
	for _, p := range strings.Split(s, "|") {
		p = strings.TrimSpace(p)
		if p == "" {
			return nil, fmt.Errorf("empty phrase in %q", strings.TrimSpace(s))
		}
		out = append(out, p)
	}
	return out, nil
}

type form struct {
	words []string
	kind  int
}

// expand turns a phrase with an optional {inflected} word into its surface
// forms. pos selects the default inflection ("" for none).
func expand(p, pos string) ([]form, int, error) {
	open := strings.Count(p, "{")
	if open != strings.Count(p, "}") || open > 1 {
		return nil, 0, fmt.Errorf("phrase %q: want at most one {word} with matching braces", p)
	}
	var words []string
	idx := -1
	var alts []string
	for _, w := range strings.Fields(p) {
		if strings.HasPrefix(w, "{") {
			if !strings.HasSuffix(w, "}") {
				return nil, 0, fmt.Errorf("phrase %q: braces must enclose one word", p)
			}
			inner := w[1 : len(w)-1]
			if inner == "" || strings.Contains(inner, "//") || strings.HasPrefix(inner, "/") || strings.HasSuffix(inner, "/") {
				return nil, 0, fmt.Errorf("phrase %q: empty form in braces", p)
			}
			alts = strings.Split(inner, "/")
			idx = len(words)
			words = append(words, alts[0])
			continue
		}
		if strings.ContainsAny(w, "{}") {
			return nil, 0, fmt.Errorf("phrase %q: braces must enclose one word", p)
		}
		words = append(words, w)
	}
	// normalise through the tokenizer so the phrase matches tokens
	var norm []string
	for _, w := range words {
		toks := tokenize(w, 0)
		if len(toks) != 1 {
			return nil, 0, fmt.Errorf("phrase %q: %q is not one word", p, w)
		}
		norm = append(norm, toks[0].norm)
	}
	if len(norm) == 0 {
		return nil, 0, fmt.Errorf("empty phrase")
	}
	if idx < 0 {
		switch pos {
		case posNoun:
			idx = len(norm) - 1
		case posVerb:
			idx = 0
		default:
			return []form{{words: norm, kind: formBase}}, -1, nil
		}
	}
	var variants []form
	if len(alts) > 1 {
		for i, a := range alts {
			k := formBase
			switch {
			case i == 0 && pos != posNoun && len(a) > 4 && strings.HasSuffix(a, "ed"):
				k = formPast // "{fired/firing} on" lists no base form
			case i == 0:
			case pos == posNoun:
				k = formPlural
			case strings.HasSuffix(a, "ing"):
				k = formIng
			case a == plural(alts[0]):
				k = formVerb // third person: also a plural noun
			default:
				k = formPast
			}
			variants = append(variants, form{words: []string{normWord(a)}, kind: k})
		}
	} else {
		base := norm[idx]
		variants = append(variants, form{words: []string{base}, kind: formBase})
		switch pos {
		case posNoun:
			variants = append(variants, form{words: []string{plural(base)}, kind: formPlural})
		case posVerb, posPhrase:
			s, ed, ing := verbForms(base)
			variants = append(variants, form{words: []string{s}, kind: formVerb},
				form{words: []string{ed}, kind: formPast}, form{words: []string{ing}, kind: formIng})
		default: // context phrases: any form
			s, ed, ing := verbForms(base)
			variants = append(variants, form{words: []string{plural(base)}, kind: formPlural},
				form{words: []string{s}, kind: formVerb},
				form{words: []string{ed}, kind: formPast}, form{words: []string{ing}, kind: formIng})
		}
	}
	seen := map[string]bool{}
	var out []form
	for _, v := range variants {
		w := append([]string(nil), norm...)
		w[idx] = v.words[0]
		key := strings.Join(w, " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, form{words: w, kind: v.kind})
	}
	return out, idx, nil
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func plural(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"),
		strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"):
		return w + "es"
	case n >= 2 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// verbForms returns the -s, -ed and -ing forms of a regular verb.
func verbForms(w string) (s, ed, ing string) {
	n := len(w)
	s = plural(w)
	switch {
	case strings.HasSuffix(w, "ee"):
		return s, w + "d", w + "ing"
	case strings.HasSuffix(w, "e"):
		return s, w + "d", w[:n-1] + "ing"
	case n >= 2 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return s, w[:n-1] + "ied", w + "ing"
	case n <= 4 && n >= 3 && !isVowel(w[n-1]) && strings.IndexByte("wxy", w[n-1]) < 0 &&
		isVowel(w[n-2]) && !isVowel(w[n-3]):
		d := w + w[n-1:]
		return s, d + "ed", d + "ing"
	}
	return s, w + "ed", w + "ing"
}

// typeNames returns the type names in sorted order.
func (lx *lexicon) typeNames() []string {
	var out []string
	for n := range lx.types {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
