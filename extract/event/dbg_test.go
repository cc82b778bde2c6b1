package event

import "testing"

func TestDbg(t *testing.T) {
	x := newTestExtractor(t)
	for _, txt := range []string{
		"On 3 May the army staged a coup in Eastland, killing 12 protesters.",
	} {
		in := mkInput(t, "", txt, []tx{{"3 May", "2021-05-03"}}, []en{{"Eastland", "PLACE"}})
		for _, m := range x.Extract(in) {
			t.Logf("%s %q %q", summary(m), m.TrigText, m.Headline)
		}
		t.Log("--")
	}
}
