package timeline

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// bruteMerge is mergeEvents without the index: every cluster of the type is
// considered. The index must never change the result.
func bruteMerge(exts []Extraction, entityOf [][]int, ents []Entity) []Event {
	var clusters []*cluster
	for xi, x := range exts {
		for mi := range x.Events {
			m := &x.Events[mi]
			mb := &member{doc: xi, m: m, parts: entityIDs(m.Participants, entityOf[xi], ents),
				places: entityIDs(m.Places, entityOf[xi], ents), docDate: x.Document.Date,
				sentence: m.Sentence, headline: m.Headline}
			best, bestScore := -1, 0
			for ci, c := range clusters {
				if s := c.accepts(mb); s > bestScore {
					best, bestScore = ci, s
				}
			}
			if best < 0 {
				best = len(clusters)
				clusters = append(clusters, &cluster{typ: m.Type})
			}
			clusters[best].members = append(clusters[best].members, mb)
		}
	}
	out := []Event{}
	for _, c := range clusters {
		out = append(out, c.event(exts))
	}
	return out
}

// randomExtractions makes a corpus where many mentions share types,
// entities and nearby dates, so that merges happen often.
func randomExtractions(r *rand.Rand, docs int) []Extraction {
	types := []string{"coup", "election", "protest"}
	names := []string{"Bolivia", "La Paz", "Evo Morales", "MAS", "Chile"}
	var exts []Extraction
	for d := 0; d < docs; d++ {
		ref := Day{2019, 1 + r.IntN(12), 1 + r.IntN(28)}
		if r.IntN(6) == 0 {
			ref = Day{}
		}
		x := Extraction{Document: Document{ID: fmt.Sprint("d", d), Date: ref}}
		for i := 0; i < 4; i++ {
			x.Entities = append(x.Entities, EntityMention{Text: names[r.IntN(len(names))], Type: Place})
		}
		for i := 0; i < 1+r.IntN(4); i++ {
			m := EventMention{Type: types[r.IntN(len(types))], Modality: Asserted, Sentence: Span{i * 10, i*10 + 5}, Confidence: 0.9}
			switch r.IntN(5) {
			case 0: // undated
			case 1:
				y := 2018 + r.IntN(3)
				m.Date = &Date{EDTF: fmt.Sprint(y), Start: Day{y, 1, 1}, End: Day{y, 12, 31}, Precision: Year}
			case 2:
				m.Date = &Date{EDTF: "18XX", Start: Day{1800, 1, 1}, End: Day{1899, 12, 31}, Precision: Century}
			default:
				day := Day{2018 + r.IntN(3), 1 + r.IntN(12), 1 + r.IntN(3)}
				m.Date = &Date{EDTF: day.String(), Start: day, End: day, Precision: DayPrec}
			}
			for k := 0; k < r.IntN(3); k++ {
				m.Places = append(m.Places, r.IntN(4))
			}
			if r.IntN(3) == 0 {
				m.Casualties.Killed = r.IntN(3)
			}
			x.Events = append(x.Events, m)
		}
		exts = append(exts, x)
	}
	return exts
}

func TestMergeIndexMatchesBruteForce(t *testing.T) {
	for seed := uint64(1); seed <= 30; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		exts := randomExtractions(r, 40)
		ents, entityOf := resolveEntities(exts)
		assignEntityIDs(ents)
		got := mergeEvents(exts, entityOf, ents)
		want := bruteMerge(exts, entityOf, ents)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: indexed merge gives %d events, brute force %d", seed, len(got), len(want))
		}
		if len(got) == countMentions(exts) {
			t.Fatalf("seed %d: nothing merged; the test corpus is too sparse to mean anything", seed)
		}
	}
}

func countMentions(exts []Extraction) int {
	n := 0
	for _, x := range exts {
		n += len(x.Events)
	}
	return n
}

func BenchmarkMergeLargeCorpus(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	exts := randomExtractions(r, 5000)
	ents, entityOf := resolveEntities(exts)
	assignEntityIDs(ents)
	b.ReportAllocs()
	for b.Loop() {
		mergeEvents(exts, entityOf, ents)
	}
}
