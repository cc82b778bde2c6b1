package event

import (
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// TestCaptureVerbs covers capture and conquest: a city or territory taken
// in a war is an invasion (occupy territory), the army taking the country
// or the government is a coup; the object decides ("captured the general"
// is no conquest, "prices fell to" no fall).
func TestCaptureVerbs(t *testing.T) {
	tests := []struct {
		name, text string
		txs        []tx
		ens        []en
		want       string
	}{
		{"took control of a named city", "Rebel forces took control of Goma on 20 November 2012.",
			[]tx{{"20 November 2012", "2012-11-20"}}, []en{{"Goma", timeline.Place}}, "invasion@2012-11-20/asserted"},
		{"the military took control of the country", "In March 1976 the military took control of the country.",
			[]tx{{"March 1976", "1976-03"}}, nil, "coup@1976-03/asserted"},
		{"seized the capital", "In August 1991 insurgents seized the capital.",
			[]tx{{"August 1991", "1991-08"}}, nil, "invasion@1991-08/asserted"},
		{"captured a named city", "The crusaders captured Jerusalem in 1099.",
			[]tx{{"1099", "1099"}}, []en{{"Jerusalem", timeline.Place}}, "invasion@1099/asserted"},
		{"fell to an army", "Granada fell to the Castilian army in January 1492.",
			[]tx{{"January 1492", "1492-01"}}, []en{{"Granada", timeline.Place}}, "invasion@1492-01/asserted"},
		{"the city fell to rebels", "On 12 May 1948 the port fell to the rebels.",
			[]tx{{"12 May 1948", "1948-05-12"}}, nil, "invasion@1948-05-12/asserted"},
		{"overran the garrison", "In 1954 the Viet Minh overran the garrison at Dien Bien Phu.",
			[]tx{{"1954", "1954"}}, []en{{"Dien Bien Phu", timeline.Place}}, "invasion@1954/asserted"},
		{"the fall of a city", "The fall of Kabul in August 2021 shocked its allies.",
			[]tx{{"August 2021", "2021-08"}}, []en{{"Kabul", timeline.Place}}, "invasion@2021-08/asserted"},
		{"captured a person is no conquest", "Soldiers captured the general in 1995.", []tx{{"1995", "1995"}}, nil, ""},
		{"prices fell to a low", "In Lima prices fell to a record low in 2009.",
			[]tx{{"2009", "2009"}}, []en{{"Lima", timeline.Place}}, ""},
		{"seized weapons is no conquest", "Police seized weapons in Ostia.", nil, []en{{"Ostia", timeline.Place}}, ""},
		{"the fall of a government is no conquest", "The fall of the government in 1989 surprised everyone.", []tx{{"1989", "1989"}}, nil, ""},
		{"a company taking control of a port is no conquest", "In 2010 the company took control of the port.", []tx{{"2010", "2010"}}, nil, ""},
		{"the head of the object decides: a council", "Opposition parties took control of the city council.", nil, nil, ""},
		{"the head of the object decides: a mood", "He captured the mood of the town.", nil, nil, ""},
		{"a possessive is no head", "Police captured the city's most wanted man.", nil, nil, ""},
		{"the town of a named place", "In 1964 the rebels captured the town of Kindu.", []tx{{"1964", "1964"}}, nil, "invasion@1964/asserted"},
		{"an adverb after the conqueror", "In 1979 the village fell to the militants overnight.", []tx{{"1979", "1979"}}, nil, "invasion@1979/asserted"},
		{"troops landed", "In September 1950 marines landed at Inchon.", []tx{{"September 1950", "1950-09"}}, nil, "invasion@1950-09/asserted"},
		{"a military plane landed is no invasion", "In 1950 an army plane landed at Inchon.", []tx{{"1950", "1950"}}, nil, ""},
		{"landed a blow is no landing", "In 1950 the troops landed a heavy blow.", []tx{{"1950", "1950"}}, nil, ""},
		{"the army's takeover", "The army's takeover in 1973 ended the republic.", []tx{{"1973", "1973"}}, nil, "coup@1973/asserted"},
		{"a company takeover is no coup", "The takeover of the firm by the army pension fund collapsed.", nil, nil, ""},
		{"tanks entered the capital", "On 4 November 1956 tanks entered Pest.", []tx{{"4 November 1956", "1956-11-04"}},
			[]en{{"Pest", timeline.Place}}, "invasion@1956-11-04/asserted"},
		{"troops took a town", "In 1916 the troops took the town.", []tx{{"1916", "1916"}}, nil, "invasion@1916/asserted"},
		{"an army marched into a city", "In 1940 the army marched into Oslo.", []tx{{"1940", "1940"}}, []en{{"Oslo", timeline.Place}}, "invasion@1940/asserted"},
		{"a minister entered the city is no invasion", "In 1990 the minister entered Oslo.", []tx{{"1990", "1990"}}, []en{{"Oslo", timeline.Place}}, ""},
		{"took the stage is no conquest", "In 1990 the army band took the stage.", []tx{{"1990", "1990"}}, nil, ""},
		{"fighting between two armies", "Fighting between the army and the militia spread in 1994.", []tx{{"1994", "1994"}}, nil, "war@1994/asserted"},
		{"fighting for rights is no war", "Workers are fighting for better pay.", nil, nil, ""},
		{"an offensive", "The rebels launched an offensive in 2024.", []tx{{"2024", "2024"}}, nil, "war@2024/asserted"},
		{"offensive remarks are no war", "He made offensive remarks in 2024.", []tx{{"2024", "2024"}}, nil, ""},
		{"a charm offensive is no war", "The minister began a charm offensive in 2024.", []tx{{"2024", "2024"}}, nil, ""},
		{"toppling a statue is no coup", "In 1956 protesters toppled a statue of Stalin.", []tx{{"1956", "1956"}},
			[]en{{"Stalin", timeline.Person}}, ""},
		{"a capture with a killing keeps both", "The army retook the city on 27 May 1871, killing hundreds.",
			[]tx{{"27 May 1871", "1871-05-27"}}, nil, "invasion@1871-05-27/asserted attack@1871-05-27/asserted"},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summaries(x.Extract(mkInput(t, "", tc.text, tc.txs, tc.ens)))
			if got != tc.want {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestListPresentTense covers a teaching timeline's present tense: a
// base-form verb after a subject whose plural head opens the entry, with a
// modifier between ("Rebel columns under Che Guevara capture ...").
func TestListPresentTense(t *testing.T) {
	tests := []struct {
		name, text string
		txs        []tx
		ens        []en
		want       string
	}{
		{"plural head with a name in its modifier", "12 May 1948 – Rebel columns under Ana Ruiz capture Tarma.",
			[]tx{{"12 May 1948", "1948-05-12"}}, []en{{"Ana Ruiz", timeline.Person}, {"Tarma", timeline.Place}}, "invasion@1948-05-12/asserted"},
		{"plural head with a participle phrase", "April 1961 – Exiles trained by the army invade at Playa Larga.",
			[]tx{{"April 1961", "1961-04"}}, []en{{"Playa Larga", timeline.Place}}, "invasion@1961-04/asserted"},
		{"a name ending in s is no plural head", "1950 – Ramos Mejia invade the plan.", []tx{{"1950", "1950"}}, nil, ""},
		{"a finite verb before is no subject", "1950 – Officers decided the invade order.", []tx{{"1950", "1950"}}, nil, ""},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summaries(x.Extract(mkInput(t, "", tc.text, tc.txs, tc.ens)))
			if got != tc.want {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestCityAnaphor checks that "the city" in an event's clause without a
// place of its own names the place told just before it in the sentence.
func TestCityAnaphor(t *testing.T) {
	tests := []struct {
		name, text string
		ens        []en
		want       string // place names, comma-separated
	}{
		{"the city after a named place", "Tanks reached the gates of Hue, and the city fell to the rebels.",
			[]en{{"Hue", timeline.Place}}, "Hue"},
		{"an adjective before city", "The revolt in Kwangsan began when workers in the northern city protested.",
			[]en{{"Kwangsan", timeline.Place}}, "Kwangsan"},
		{"no place before", "The city fell to the rebels.", nil, ""},
		{"a place of its own wins", "Tanks reached Hue, and the city of Dalat fell to the rebels.",
			[]en{{"Hue", timeline.Place}, {"Dalat", timeline.Place}}, "Dalat"},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := mkInput(t, "", tc.text, nil, tc.ens)
			ms := x.Extract(in)
			if len(ms) == 0 {
				t.Fatalf("%q: no event", tc.text)
			}
			m := ms[len(ms)-1]
			var got []string
			for _, p := range m.Places {
				got = append(got, in.Entities[p].Text)
			}
			if strings.Join(got, ",") != tc.want {
				t.Errorf("%q: %s places %v, want %q", tc.text, summary(m), got, tc.want)
			}
		})
	}
}
