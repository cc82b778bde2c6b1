package event

import (
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// TestVictimsKilled covers killings told from the victims' side: a plural
// passive or a counted "died" is an attack of its own, unless a violent
// event told just before (or in the sentence) owns the casualties, the
// killing is "in the violence" of an event told elsewhere, or it is an
// accident. Vague quantities leave the count at 0; a number is counted.
func TestVictimsKilled(t *testing.T) {
	tests := []struct {
		name, text string
		txs        []tx
		want       string
		killed     int // casualties of the first event
		injured    int
	}{
		{"vague plural passive", "In March 1921 hundreds of sailors were killed.",
			[]tx{{"March 1921", "1921-03"}}, "attack@1921-03/asserted", 0, 0},
		{"dozens were wounded", "On 3 May 1999 dozens were wounded outside the ministry.",
			[]tx{{"3 May 1999", "1999-05-03"}}, "attack@1999-05-03/asserted", 0, 0},
		{"a given number is counted", "On 9 June 1931 forty miners were killed by company guards.",
			[]tx{{"9 June 1931", "1931-06-09"}}, "attack@1931-06-09/asserted", 40, 0},
		{"a plural subject without a count", "In 1918 the tsar and his children were shot in a cellar.",
			[]tx{{"1918", "1918"}}, "attack@1918/asserted", 0, 0},
		{"scores died beside troops", "Troops beat the strikers, and scores of them died.", nil, "attack@-/asserted", 0, 0},
		{"a count that died of hunger is no attack", "Thousands died of hunger that winter.", nil, "", 0, 0},
		{"the casualties of the event just before", "Police opened fire on the march in 1972. Dozens were killed.",
			[]tx{{"1972", "1972"}}, "massacre@1972/asserted", 0, 0},
		{"a number goes to the event just before", "Soldiers attacked the village in 1983. Thirty people were killed.",
			[]tx{{"1983", "1983"}}, "attack@1983/asserted", 30, 0},
		{"in the violence of an event told elsewhere", "About 1,100 people were killed in the violence.", nil, "", 0, 0},
		{"during the unrest", "Hundreds were killed during the unrest that followed.", nil, "", 0, 0},
		{"protesters killed are victims, not a protest", "On 7 June 2001 hundreds of protesters were killed.",
			[]tx{{"7 June 2001", "2001-06-07"}}, "attack@2001-06-07/asserted", 0, 0},
		{"an event of the sentence owns the count", "Protests spread to 80 cities, and 35 people had been killed.", nil, "protest@-/asserted", 35, 0},
		{"a violent event earlier in the paragraph owns them", "Troops invaded in 1940. Thousands fled. Many cities burned. Hundreds of soldiers were killed.",
			[]tx{{"1940", "1940"}}, "invasion@1940/asserted", 0, 0},
		{"victims of the event of the sentence before", "Protests erupted in 2019. Thirty people died in clashes with the police.",
			[]tx{{"2019", "2019"}}, "protest@2019/asserted", 0, 0},
		{"a road accident", "Two people were killed when their car hit a tree.", nil, "", 0, 0},
		{"a car bomb is no accident", "Twelve people were killed when a car bomb exploded.", nil, "attack@-/asserted", 12, 0},
		{"a killing with a date of its own is its own event", "Fighting spread on 16 April 2023. At least 56 civilians were killed on 15 April 2023.",
			[]tx{{"16 April 2023", "2023-04-16"}, {"15 April 2023", "2023-04-15"}}, "war@2023-04-16/asserted attack@2023-04-15/asserted", 0, 0},
		{"an accident", "Twelve people were killed when the bus overturned.", nil, "", 0, 0},
		{"a singular victim is no attack of this rule", "A guard was killed.", nil, "", 0, 0},
		{"shot down is an attack already", "Two planes were shot down over the border.", nil, "attack@-/asserted", 0, 0},
		{"in clashes is an event of its own", "Dozens were wounded in clashes with police.", nil, "attack@-/asserted", 0, 0},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.Extract(mkInput(t, "", tc.text, tc.txs, nil))
			if got := summaries(ms); got != tc.want {
				t.Fatalf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
			if len(ms) > 0 && (ms[0].Casualties.Killed != tc.killed || ms[0].Casualties.Injured != tc.injured) {
				t.Errorf("%q: casualties %+v, want killed %d injured %d", tc.text, ms[0].Casualties, tc.killed, tc.injured)
			}
		})
	}
}

// TestShootingTriggers covers shootings told by their victims: "shot" with
// a crowd or civilians as object, and a person who "was shot".
func TestShootingTriggers(t *testing.T) {
	tests := []struct {
		name, text string
		ens        []en
		want       string
	}{
		{"shot protesters", "Soldiers shot protesters outside the mint.", nil, "attack@-/asserted"},
		{"shot at civilians is still the shooting", "Snipers shot civilians from the rooftops.", nil, "attack@-/asserted"},
		{"shot a film is no attack", "The crew shot a film in the old town.", nil, ""},
		{"a person was shot", "The mayor of the town, Ana Ruiz, was shot outside her home.",
			[]en{{"Ana Ruiz", timeline.Person}}, "attack@-/asserted"},
		{"a person was shot dead near a political word", "The president was shot dead in his car.", nil, "assassination@-/asserted"},
		{"a scene was shot is no attack", "The last scene was shot in Lisbon.", []en{{"Lisbon", timeline.Place}}, ""},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := summaries(x.Extract(mkInput(t, "", tc.text, nil, tc.ens))); got != tc.want {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
