package timeline

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
)

// bruteMerge is mergeMembers without the index: every cluster of the type
// is considered. The index must never change the result.
func bruteMerge(members []member) []*cluster {
	var clusters []*cluster
	for i := range members {
		mb := &members[i]
		best, bestScore := -1, 0
		for ci, c := range clusters {
			if s := c.accepts(mb); s > bestScore {
				best, bestScore = ci, s
			}
		}
		if best < 0 {
			best = len(clusters)
			clusters = append(clusters, &cluster{})
		}
		clusters[best].members = append(clusters[best].members, mb)
	}
	return clusters
}

// membersByType adds the extractions to an in-memory Builder and returns
// the merge input of each event type, as Finish would read it.
func membersByType(t testing.TB, exts []Extraction) map[string][]member {
	b := NewBuilder(BuildOptions{})
	for i := range exts {
		if err := b.Add(&exts[i]); err != nil {
			t.Fatal(err)
		}
	}
	_, entityOfNode := b.alias.resolve()
	ids := make([]int32, len(entityOfNode))
	for n, e := range entityOfNode {
		ids[n] = int32(e)
	}
	out := map[string][]member{}
	for typ, sp := range b.types {
		ms, err := b.loadMembers(sp, ids)
		if err != nil {
			t.Fatal(err)
		}
		out[typ] = ms
	}
	return out
}

// clusterSeqs lists each cluster's mentions by sequence number.
func clusterSeqs(cs []*cluster) [][]int64 {
	var out [][]int64
	for _, c := range cs {
		var l []int64
		for _, mb := range c.members {
			l = append(l, mb.seq)
		}
		out = append(out, l)
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
				dd := 1 + r.IntN(3) // mostly the same few days, so that mentions meet
				if r.IntN(3) == 0 {
					dd = 1 + r.IntN(28)
				}
				day := Day{2018 + r.IntN(3), 1 + r.IntN(12), dd}
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
		byType := membersByType(t, exts)
		types := make([]string, 0, len(byType))
		for typ := range byType {
			types = append(types, typ)
		}
		sort.Strings(types)
		merged := 0
		for _, typ := range types {
			ms := byType[typ]
			got := clusterSeqs(mergeMembers(ms))
			want := clusterSeqs(bruteMerge(ms))
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d, %s: indexed merge gives %d events, brute force %d", seed, typ, len(got), len(want))
			}
			merged += len(ms) - len(got)
		}
		if merged == 0 {
			t.Fatalf("seed %d: nothing merged; the test corpus is too sparse to mean anything", seed)
		}
	}
}

func BenchmarkMergeLargeCorpus(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	exts := randomExtractions(r, 5000)
	byType := membersByType(b, exts)
	b.ReportAllocs()
	for b.Loop() {
		for _, ms := range byType {
			mergeMembers(ms)
		}
	}
}
