package entity

import (
	"os"
	"testing"

	"github.com/timelinekit/timelinekit/extract/segment"
)

func TestDebugProseRuns(t *testing.T) {
	if os.Getenv("ENTITY_DEBUG") == "" {
		t.Skip()
	}
	docs := readSamples(t, "../../data/samples/bolivia-teasers.jsonl")
	r, _ := New()
	for _, doc := range docs {
		d := &docState{r: r, text: doc.Text, countries: map[string]bool{}}
		d.groupOf = map[string]int{}
		for _, s := range segment.Sentences(doc.Text) {
			toks := tokenize(d.text, s.Start, s.End)
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
		d.useDocKnowledge()
		for _, ru := range d.runs {
			if ru.kind == kindNone && !ru.dropped {
				t.Logf("%s prose: %q initial=%v", doc.ID, d.spanText(ru), ru.initial)
			}
		}
	}
}
