package timeline

import (
	"fmt"
	"strings"
	"testing"
)

// mention builds an EntityMention from "TYPE:text[=canonical][+alias+alias]".
func mention(spec string) EntityMention {
	typ, rest, _ := strings.Cut(spec, ":")
	parts := strings.Split(rest, "+")
	text, canon, _ := strings.Cut(parts[0], "=")
	return EntityMention{Text: text, Type: EntityType(typ), Canonical: canon, Aliases: parts[1:]}
}

func formatEntities(ents []Entity) string {
	var out []string
	for _, e := range ents {
		out = append(out, fmt.Sprintf("%s %s [%s] %d", e.Type, e.Name, strings.Join(e.Aliases, "|"), e.Mentions))
	}
	return strings.Join(out, "; ")
}

func TestResolveEntities(t *testing.T) {
	tests := []struct {
		name string
		docs [][]string
		want string
		// wantOf is the entity index of each mention, documents joined by "/".
		wantOf string
	}{
		{
			name:   "person partial names",
			docs:   [][]string{{"PERSON:Evo Morales", "PERSON:Morales"}, {"PERSON:Evo"}, {"PERSON:Morales"}},
			want:   "PERSON Evo Morales [Morales|Evo] 4",
			wantOf: "0 0/0/0",
		},
		{
			name: "acronym links chain across documents",
			docs: [][]string{
				{"ORG:MAS=Movement for Socialism+Movement for Socialism", "ORG:Movement for Socialism+MAS", "PLACE:Bolivia"},
				{"ORG:Movement Towards Socialism+MAS", "ORG:MAS=Movement Towards Socialism+Movement Towards Socialism"},
				{"ORG:Movimiento al Socialismo=Movement for Socialism+Movement for Socialism+MAS"},
			},
			want:   "ORG Movement for Socialism [MAS|Movement Towards Socialism|Movimiento al Socialismo] 5; PLACE Bolivia [] 1",
			wantOf: "0 0 1/0 0/0",
		},
		{
			name:   "accents and case",
			docs:   [][]string{{"PERSON:Anez"}, {"PERSON:Añez", "PERSON:AÑEZ"}},
			want:   "PERSON Añez [Anez|AÑEZ] 3",
			wantOf: "0/0 0",
		},
		{
			name:   "same name, different types stay apart",
			docs:   [][]string{{"PLACE:Santa Cruz", "ORG:Santa Cruz"}},
			want:   "PLACE Santa Cruz [] 1; ORG Santa Cruz [] 1",
			wantOf: "0 1",
		},
		{
			name:   "ambiguous surname is not merged",
			docs:   [][]string{{"PERSON:Evo Morales"}, {"PERSON:Juan Morales"}, {"PERSON:Morales"}},
			want:   "PERSON Evo Morales [] 1; PERSON Juan Morales [] 1; PERSON Morales [] 1",
			wantOf: "0/1/2",
		},
		{
			name:   "fullest form wins over frequent short form",
			docs:   [][]string{{"PERSON:Áñez", "PERSON:Áñez"}, {"PERSON:Jeanine Áñez"}},
			want:   "PERSON Jeanine Áñez [Áñez] 3",
			wantOf: "0 0/0",
		},
		{
			name:   "order of first appearance",
			docs:   [][]string{{"PLACE:La Paz", "PERSON:Quintana"}, {"PERSON:Quintana", "PLACE:La Paz", "ORG:OAS"}},
			want:   "PLACE La Paz [] 2; PERSON Quintana [] 2; ORG OAS [] 1",
			wantOf: "0 1/1 0 2",
		},
		{
			name: "surnames resolved in their documents do not join namesakes",
			docs: [][]string{
				{"PERSON:Marie Morales", "PERSON:Morales=Marie Morales"},
				{"PERSON:Juan Morales", "PERSON:Morales=Juan Morales"},
				{"PERSON:Evo Morales", "PERSON:Morales=Evo Morales"},
			},
			want:   "PERSON Marie Morales [Morales] 2; PERSON Juan Morales [Morales] 2; PERSON Evo Morales [Morales] 2",
			wantOf: "0 0/1 1/2 2",
		},
		{
			name:   "a gazetteer's full name the texts never write names the entity",
			docs:   [][]string{{"PERSON:Lechín=Juan Lechín Oquendo", "PERSON:Lechín=Juan Lechín Oquendo"}, {"PERSON:Lechín=Juan Lechín Oquendo"}},
			want:   "PERSON Juan Lechín Oquendo [Lechín] 3",
			wantOf: "0 0/0",
		},
		{
			name:   "a frequent partial name does not name its resolved full name",
			docs:   [][]string{{"PERSON:Evo Morales", "PERSON:Morales=Evo Morales", "PERSON:Morales=Evo Morales", "PERSON:Morales=Evo Morales"}},
			want:   "PERSON Evo Morales [Morales] 4",
			wantOf: "0 0 0 0",
		},
		{
			name:   "no mentions",
			docs:   [][]string{{}, {}},
			want:   "",
			wantOf: "/",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exts := make([]Extraction, len(tt.docs))
			for i, d := range tt.docs {
				for _, spec := range d {
					exts[i].Entities = append(exts[i].Entities, mention(spec))
				}
			}
			ents, of := resolveEntities(exts)
			if got := formatEntities(ents); got != tt.want {
				t.Errorf("entities\n got: %s\nwant: %s", got, tt.want)
			}
			var docs []string
			for _, o := range of {
				docs = append(docs, strings.Trim(fmt.Sprint(o), "[]"))
			}
			if got := strings.Join(docs, "/"); got != tt.wantOf {
				t.Errorf("entity indexes: got %s, want %s", got, tt.wantOf)
			}
			// Deterministic: the same input gives the same output.
			again, _ := resolveEntities(exts)
			if formatEntities(again) != formatEntities(ents) {
				t.Error("second run differs")
			}
		})
	}
}
