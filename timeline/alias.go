package timeline

import "strings"

// resolveEntities groups the entity mentions of all extractions into
// corpus-wide entities. It returns the entities (without ids) and, for each
// extraction, the entity index of each of its mentions.
//
// This first version groups mentions by type and case- and accent-folded
// name only.
func resolveEntities(exts []Extraction) ([]Entity, [][]int) {
	var ents []Entity
	index := map[string]int{}
	entityOf := make([][]int, len(exts))
	for xi, x := range exts {
		entityOf[xi] = make([]int, len(x.Entities))
		for mi, m := range x.Entities {
			key := string(m.Type) + "\x00" + strings.ToLower(FoldAccents(m.Name()))
			ei, ok := index[key]
			if !ok {
				ei = len(ents)
				index[key] = ei
				ents = append(ents, Entity{Name: m.Name(), Type: m.Type, Aliases: []string{}})
			}
			ents[ei].Mentions++
			if m.Text != ents[ei].Name && !contains(ents[ei].Aliases, m.Text) {
				ents[ei].Aliases = append(ents[ei].Aliases, m.Text)
			}
			entityOf[xi][mi] = ei
		}
	}
	return ents, entityOf
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
