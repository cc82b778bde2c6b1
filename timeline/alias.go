package timeline

import (
	"slices"
	"strings"
	"unicode"
)

// resolveEntities groups the entity mentions of all extractions into
// corpus-wide entities. It returns the entities (without ids) and, for each
// extraction, the entity index of each of its mentions.
//
// Mentions of one type are the same entity when their names match after
// folding case and accents ("Añez" = "Anez"), when the extractor linked
// them within a document (Canonical and Aliases: "MAS" = "Movement for
// Socialism"; the links chain across documents, so "Movement Towards
// Socialism" joins too), or, for persons, when a partial name ("Morales",
// "Evo") is contained in exactly one fuller name of the corpus ("Evo
// Morales"). A person's partial name that the extractor resolved within its
// document joins that full name only, never a namesake elsewhere. An entity is named by its fullest common form: a full name
// over an acronym, then more words, then more mentions, then first
// appearance; its aliases are its other forms in order of appearance.
// Entities are listed in order of first appearance.
func resolveEntities(exts []Extraction) ([]Entity, [][]int) {
	ai := newAliasIndex()
	refs := make([][]int32, len(exts))
	for xi := range exts {
		refs[xi] = ai.add(exts[xi].Entities)
	}
	ents, entityOfNode := ai.resolve()
	entityOf := make([][]int, len(exts))
	for xi := range exts {
		entityOf[xi] = make([]int, len(refs[xi]))
		for mi, n := range refs[xi] {
			entityOf[xi][mi] = entityOfNode[n]
		}
	}
	return ents, entityOf
}

// aliasIndex collects entity mentions document by document for
// resolveEntities. Its memory grows with the number of distinct names, not
// with the number of mentions.
type aliasIndex struct {
	uf    unionFind
	nodes map[string]int // type + folded name -> node
	forms []aliasForm    // node -> display information
	order int
}

func newAliasIndex() *aliasIndex { return &aliasIndex{nodes: map[string]int{}} }

func (ai *aliasIndex) node(typ EntityType, name string) int {
	folded := foldName(name)
	key := string(typ) + "\x00" + folded
	if n, ok := ai.nodes[key]; ok {
		return n
	}
	n := ai.uf.add()
	ai.nodes[key] = n
	ai.forms = append(ai.forms, aliasForm{typ: EntityType(strings.Clone(string(typ))), folded: strings.Clone(folded), surfaces: map[string]int{}, seenAt: map[string]int{}})
	return n
}

// add records one document's mentions and returns the node of each; the
// nodes become entities with resolve.
func (ai *aliasIndex) add(mentions []EntityMention) []int32 {
	refs := make([]int32, len(mentions))
	for mi, m := range mentions {
		// A person's partial name resolved within its document
		// ("Morales" -> "Marie Morales") belongs to that full name
		// only: the bare surname must not join other documents'
		// people of the same surname.
		n := -1
		if m.Type == Person && m.Canonical != "" && foldName(m.Canonical) != foldName(m.Text) {
			n = ai.node(m.Type, m.Canonical)
		} else {
			n = ai.node(m.Type, m.Text)
		}
		f := &ai.forms[n]
		f.mentions++
		ai.order++
		if f.first == 0 {
			f.first = ai.order
		}
		if _, ok := f.seenAt[m.Text]; !ok {
			// the text may be a piece of a whole document: keep a copy
			text := strings.Clone(m.Text)
			f.surfaces[text] = 0
			f.seenAt[text] = ai.order
		}
		f.surfaces[m.Text]++
		refs[mi] = int32(n)
		for i := -1; i < len(m.Aliases); i++ {
			other := m.Canonical
			if i >= 0 {
				other = m.Aliases[i]
			}
			if strings.TrimSpace(other) == "" {
				continue
			}
			o := ai.node(m.Type, other)
			if ai.forms[o].first == 0 {
				ai.order++
				ai.forms[o].first = ai.order
			}
			if _, ok := ai.forms[o].surfaces[other]; !ok {
				// the linked name's own spelling, a candidate for the
				// entity's name even when the texts never write it
				other = strings.Clone(other)
				ai.forms[o].surfaces[other] = 0
				ai.forms[o].seenAt[other] = ai.order
			}
			ai.uf.union(n, o)
		}
	}
	return refs
}

// resolve groups the nodes into entities (without ids) and returns them
// with the entity index of every node.
func (ai *aliasIndex) resolve() ([]Entity, []int) {
	uf, forms := &ai.uf, ai.forms
	linkPartialPersons(uf, forms)

	// Group the nodes; groups are ordered by the first appearance of any
	// of their mentioned forms.
	groupOf := map[int]int{} // root -> entity index
	var groups [][]int
	type firstSeen struct{ node, first int }
	var seen []firstSeen
	for n, f := range forms {
		if f.mentions > 0 {
			seen = append(seen, firstSeen{n, f.first})
		}
	}
	sortBy(seen, func(a, b firstSeen) bool { return a.first < b.first })
	for _, s := range seen {
		root := uf.find(s.node)
		if _, ok := groupOf[root]; !ok {
			groupOf[root] = len(groups)
			groups = append(groups, nil)
		}
	}
	entityOfNode := make([]int, len(forms))
	for n := range forms {
		g, ok := groupOf[uf.find(n)]
		if !ok {
			g = -1
		} else {
			groups[g] = append(groups[g], n)
		}
		entityOfNode[n] = g
	}
	ents := make([]Entity, len(groups))
	for gi, members := range groups {
		sortBy(members, func(a, b int) bool { return forms[a].first < forms[b].first })
		best := members[0]
		for _, n := range members[1:] {
			if forms[n].betterName(forms[best]) {
				best = n
			}
		}
		e := Entity{Type: forms[best].typ, Name: forms[best].display(), Aliases: []string{}}
		for _, n := range members {
			e.Mentions += forms[n].mentions
			for _, s := range forms[n].surfaceOrder() {
				if s != e.Name && !contains(e.Aliases, s) {
					e.Aliases = append(e.Aliases, s)
				}
			}
		}
		ents[gi] = e
	}
	return ents, entityOfNode
}

// aliasForm is one folded name and the surface forms seen for it.
type aliasForm struct {
	typ      EntityType
	folded   string
	surfaces map[string]int // surface form -> mentions
	seenAt   map[string]int // surface form -> order of first appearance
	mentions int
	first    int // order of first appearance, from 1
}

func (f aliasForm) words() int { return len(strings.Fields(f.folded)) }

// acronym reports whether the form is a single all-capital word.
func (f aliasForm) acronym() bool {
	d := f.display()
	return !strings.Contains(d, " ") && strings.ToUpper(d) == d
}

// betterName reports whether f names an entity better than g.
func (f aliasForm) betterName(g aliasForm) bool {
	if f.acronym() != g.acronym() {
		return !f.acronym()
	}
	if f.words() != g.words() {
		return f.words() > g.words()
	}
	if f.mentions != g.mentions {
		return f.mentions > g.mentions
	}
	return f.first < g.first
}

// display returns the surface form to show: a spelling of the form's own
// name first (a person's partial name resolved to a full name is recorded
// under the full name: "Lechín" under a gazetteer's "Juan Lechín Oquendo"),
// then the most frequent, preferring accented spellings ("Añez" over
// "Anez") and then title case.
func (f aliasForm) display() string {
	best, bestOwn := "", false
	for _, s := range f.surfaceOrder() {
		own := foldName(s) == f.folded
		if best == "" || own && !bestOwn || own == bestOwn && displayRank(s, f.surfaces[s]) > displayRank(best, f.surfaces[best]) {
			best, bestOwn = s, own
		}
	}
	return best
}

func displayRank(s string, n int) int {
	r := n * 4
	if FoldAccents(s) != s {
		r += 1000
	}
	if s != strings.ToLower(s) {
		r++
	}
	if s != strings.ToUpper(s) {
		r += 2
	}
	return r
}

// surfaceOrder returns the surface forms in order of first appearance.
func (f aliasForm) surfaceOrder() []string {
	out := make([]string, 0, len(f.surfaces))
	for s := range f.surfaces {
		out = append(out, s)
	}
	sortBy(out, func(a, b string) bool {
		if f.seenAt[a] != f.seenAt[b] {
			return f.seenAt[a] < f.seenAt[b]
		}
		return a < b
	})
	return out
}

// linkPartialPersons joins a person's partial name to the one fuller name
// of the corpus that contains it as a word sequence.
func linkPartialPersons(uf *unionFind, forms []aliasForm) {
	byWord := map[string][]int{} // word -> fuller person names containing it
	for n, f := range forms {
		if f.typ == Person && f.words() >= 2 {
			for _, w := range strings.Fields(f.folded) {
				if l := byWord[w]; len(l) == 0 || l[len(l)-1] != n {
					byWord[w] = append(l, n)
				}
			}
		}
	}
	type join struct{ a, b int }
	var joins []join
	for n, f := range forms {
		if f.typ != Person {
			continue
		}
		w := strings.Fields(f.folded)
		if len(w) == 0 {
			continue
		}
		target := -1
		for _, m := range byWord[w[0]] {
			if m == n || uf.find(m) == uf.find(n) {
				continue
			}
			mw := strings.Fields(forms[m].folded)
			if len(mw) <= len(w) || !containsWords(mw, w) {
				continue
			}
			if target >= 0 && uf.find(target) != uf.find(m) {
				target = -2 // ambiguous
				break
			}
			target = m
		}
		if target >= 0 {
			joins = append(joins, join{n, target})
		}
	}
	for _, j := range joins {
		uf.union(j.a, j.b)
	}
}

func containsWords(long, short []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		ok := true
		for j := range short {
			if long[i+j] != short[j] {
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

// foldName folds case, accents, punctuation and spacing of a name.
func foldName(s string) string {
	s = strings.ToLower(FoldAccents(s))
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

type unionFind struct{ parent []int }

func (u *unionFind) add() int {
	u.parent = append(u.parent, len(u.parent))
	return len(u.parent) - 1
}

func (u *unionFind) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

// union joins the sets of a and b; the smaller index becomes the root, so
// results do not depend on the order of unions.
func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
}

// sortBy sorts s stably by less.
func sortBy[T any](s []T, less func(a, b T) bool) {
	slices.SortStableFunc(s, func(a, b T) int {
		switch {
		case less(a, b):
			return -1
		case less(b, a):
			return 1
		}
		return 0
	})
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
