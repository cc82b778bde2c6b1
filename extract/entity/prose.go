package entity

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// The prose model is loaded once and shared: it is only read while tagging.
var (
	proseOnce  sync.Once
	proseModel *prose.Model
	proseErr   error
)

func sharedProseModel() (*prose.Model, error) {
	proseOnce.Do(func() {
		doc, err := prose.NewDocument("", prose.WithSegmentation(false))
		if err != nil {
			proseErr = err
			return
		}
		proseModel = doc.Model
	})
	return proseModel, proseErr
}

// proseWindow is the number of words of context on each side of a run
// given to prose.
const proseWindow = 2

// proseToken is a prose token located in the document.
type proseToken struct {
	start, end int
	tag, label string
}

// proseTag runs prose on text[from:to] and returns its tokens with document
// offsets. Each call tags its own small window, so repeated words in other
// windows do not share tags.
func proseTag(text string, from, to int) []proseToken {
	model, err := sharedProseModel()
	if err != nil {
		return nil
	}
	window := text[from:to]
	doc, err := prose.NewDocument(window, prose.WithSegmentation(false), prose.UsingModel(model))
	if err != nil {
		return nil
	}
	var out []proseToken
	cursor := 0
	for _, t := range doc.Tokens() {
		i := strings.Index(window[cursor:], t.Text)
		if i < 0 {
			continue
		}
		start := cursor + i
		cursor = start + len(t.Text)
		out = append(out, proseToken{start: from + start, end: from + cursor, tag: t.Tag, label: t.Label})
	}
	return out
}

// proseKind maps a prose label (B-PERSON, I-GPE ...) to a kind.
func proseKind(label string) kind {
	_, typ, ok := strings.Cut(label, "-")
	if !ok {
		return kindNone
	}
	switch typ {
	case "PERSON":
		return kindPerson
	case "ORG":
		return kindOrg
	case "GPE", "LOC", "FAC", "FACILITY":
		return kindPlace
	}
	return kindNone
}

// tagWithProse resolves the runs no rule resolved with prose, each in a
// window of its sentence.
func (d *docState) tagWithProse() {
	for _, ru := range d.runs {
		if ru.kind != kindNone || ru.dropped {
			continue
		}
		if ru.initial && ru.b-ru.a == 1 {
			// A lone capitalised word opening a sentence that no rule or
			// other mention explains is far more often a common word
			// ("Traders said") than a name: not worth the tagger.
			continue
		}
		sent := d.sents[ru.sent]
		lo, hi := max(0, ru.a-proseWindow), min(len(sent), ru.b+proseWindow)
		toks := proseTag(d.text, sent[lo].start, sent[hi-1].end)
		start, end := sent[ru.a].start, sent[ru.b-1].end
		k := kindNone
		proper := false
		for _, pt := range toks {
			if pt.end <= start || pt.start >= end {
				continue
			}
			if pt.tag == "NNP" || pt.tag == "NNPS" {
				proper = true
			}
			if k == kindNone {
				k = proseKind(pt.label)
			}
		}
		_ = proper
		ru.kind = k
	}
}
