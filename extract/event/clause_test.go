package event

import (
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// TestNounClauseHeadlines covers the headline of an event noun that would
// otherwise be a bare label: the verb and subject that take it as object,
// the predicate it is the subject of, or its modifier; a noun with nothing
// to say around it keeps its label.
func TestNounClauseHeadlines(t *testing.T) {
	tests := []struct {
		name, text string
		txs        []tx
		want       string
	}{
		{"object of a verb with its subject", "Ortega, who seized power in a 1979 coup, ruled for a decade.",
			[]tx{{"1979", "1979"}}, "Ortega seized power in a coup"},
		{"subject of a verb", "The protests spread to the mining towns.", nil, "Protests spread to the mining towns"},
		{"a bare predicate says too little", "The wildfires started on 2 August.", []tx{{"2 August", "2019-08-02"}}, "Wildfires"},
		{"passive predicate keeps its participle", "Elections were finally held.", nil, "Elections were finally held"},
		{"a participle phrase before the predicate", "Elections planned for the spring were cancelled without notice.", nil,
			"Elections were cancelled without notice"},
		{"a modifier after the noun", "It began with protests over the price of bread.", nil, "Protests over the price of bread"},
		{"a participle modifier with a name kept whole", "They fled after a coup led by Colonel Amadou Sangare.", nil,
			"Coup led by Colonel Amadou Sangare"},
		{"a date in the modifier is dropped", "Riots in the port over the following days left many homeless.", []tx{{"the following days", ""}},
			"Riots in the port"},
		{"a pronoun subject is no headline", "He seized power in a coup.", nil, "Coup"},
		{"a verb in the subject is no subject", "The chaos that followed led to civil war.", nil, "Civil war"},
		{"a subject after a subordinator", "He ruled until the revolution of 1917 forced him into exile.",
			[]tx{{"1917", "1917"}}, "Revolution forced him into exile"},
		{"a quantity before the noun", "Hundreds of thousands of protesters poured into the streets.", nil,
			"Hundreds of thousands of protesters poured into the streets"},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.Extract(mkInput(t, "", tc.text, tc.txs, nil))
			if len(ms) == 0 {
				t.Fatalf("%q: no event", tc.text)
			}
			if ms[0].Headline != tc.want {
				t.Errorf("%q: headline %q, want %q", tc.text, ms[0].Headline, tc.want)
			}
		})
	}
}

// TestRelativeAntecedentHeadline checks that a verb in a relative clause
// without a subject of its own names the person the clause is attached to
// rather than a bare label.
func TestRelativeAntecedentHeadline(t *testing.T) {
	tests := []struct {
		name, text string
		ens        []en
		want       string // headline of the last event
	}{
		{"who was placed under arrest", "On Monday the army deposed President Ana Ruiz, who was placed under arrest.",
			[]en{{"Ana Ruiz", timeline.Person}}, "Arrest of Ana Ruiz"},
		{"no person before the comma", "The army deposed the cabinet, which was placed under arrest.", nil, "Arrest"},
		{"a coup is not named after its leader", "Ana Ruiz, who had taken power in a coup, ruled for years.",
			[]en{{"Ana Ruiz", timeline.Person}}, "Coup"},
		{"a passive attack names its victim", "The general, Ana Ruiz, was shot outside her home.",
			[]en{{"Ana Ruiz", timeline.Person}}, "Attack on Ana Ruiz"},
		{"an attacker is no victim", "Colonel Ana Ruiz stormed the parliament.",
			[]en{{"Colonel Ana Ruiz", timeline.Person}}, "Colonel Ana Ruiz stormed the parliament"},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.Extract(mkInput(t, "", tc.text, nil, tc.ens))
			if len(ms) == 0 {
				t.Fatalf("%q: no event", tc.text)
			}
			if h := ms[len(ms)-1].Headline; h != tc.want {
				t.Errorf("%q: headline %q, want %q", tc.text, h, tc.want)
			}
		})
	}
}

// TestCoordinatedParticipants checks that a verb coordinated by "and"
// with no participant of its own shares those of the verb before it.
func TestCoordinatedParticipants(t *testing.T) {
	text := "The general, Ana Ruiz, was shot outside her home and died three days later."
	in := mkInput(t, "", text, nil, []en{{"Ana Ruiz", timeline.Person}})
	ms := newTestExtractor(t).Extract(in)
	if len(ms) != 2 {
		t.Fatalf("got %s", summaries(ms))
	}
	for _, m := range ms {
		if len(m.Participants) != 1 || in.Entities[m.Participants[0]].Text != "Ana Ruiz" {
			t.Errorf("%s (%q): participants %v, want Ana Ruiz", summary(m), m.TrigText, m.Participants)
		}
	}
}
