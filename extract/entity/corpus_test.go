package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/extract/segment"
	"github.com/timelinekit/timelinekit/timeline"
)

// TestSampleEntitiesAfterAliasResolution runs the recogniser on the sample
// articles and builds the timeline: each real-world entity of the sample
// must come out once, with its other names as aliases, and no demonym or
// sentence-initial common word may be an entity.
func TestSampleEntitiesAfterAliasResolution(t *testing.T) {
	docs := readSamples(t, "../../data/samples/bolivia-teasers.jsonl")
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var exts []timeline.Extraction
	for _, d := range docs {
		sents := segment.Sentences(d.Text)
		exts = append(exts, timeline.Extraction{
			Document:  timeline.Document{ID: d.ID, Text: d.Text},
			Sentences: sents,
			Entities:  r.Recognize(d.Text, sents),
		})
	}
	tl := timeline.Build(exts)
	find := func(name string) []timeline.Entity {
		var out []timeline.Entity
		for _, e := range tl.Entities {
			if e.Name == name || slices.Contains(e.Aliases, name) {
				out = append(out, e)
			}
		}
		return out
	}
	tests := []struct {
		typ     timeline.EntityType
		names   []string // all must belong to one entity
		canonic string
	}{
		{timeline.Org, []string{"MAS", "Movement for Socialism", "Movement Towards Socialism", "Movimiento al Socialismo"}, ""},
		{timeline.Person, []string{"Evo Morales", "Morales", "Evo"}, "Evo Morales"},
		{timeline.Org, []string{"OAS"}, ""},
		{timeline.Org, []string{"Lucha de Clases"}, "Lucha de Clases"},
		{timeline.Org, []string{"Plurinational Electoral Body"}, "Plurinational Electoral Body"},
		{timeline.Person, []string{"Añez"}, "Añez"},
		{timeline.Place, []string{"La Paz"}, "La Paz"},
		{timeline.Place, []string{"Bolivia"}, "Bolivia"},
	}
	for _, tt := range tests {
		var ids []string
		for _, n := range tt.names {
			es := find(n)
			if len(es) != 1 {
				t.Errorf("%q: in %d entities, want 1", n, len(es))
				continue
			}
			if es[0].Type != tt.typ {
				t.Errorf("%q: type %s, want %s", n, es[0].Type, tt.typ)
			}
			if tt.canonic != "" && es[0].Name != tt.canonic {
				t.Errorf("%q: entity named %q, want %q", n, es[0].Name, tt.canonic)
			}
			ids = append(ids, es[0].ID)
		}
		if len(slices.Compact(slices.Clone(ids))) > 1 {
			t.Errorf("%v: split over entities %v", tt.names, ids)
		}
	}
	for _, e := range tl.Entities {
		for _, bad := range []string{"Bolivian", "Rather", "Below", "Yesterday", "American", "Marxists", "Latin American"} {
			if strings.EqualFold(e.Name, bad) || slices.Contains(e.Aliases, bad) {
				t.Errorf("%q is an entity: %+v", bad, e)
			}
		}
	}
	for _, e := range tl.Entities {
		t.Logf("%s %s %s %v %d", e.ID, e.Type, e.Name, e.Aliases, e.Mentions)
	}
}
