package event

import (
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// TestRound5Rules covers the general rules written in the events5 round
// from the errors of heldout9 (texts in new styles: bulleted timelines,
// obituaries, court reports, disasters, regional papers, medieval
// histories). The sentences are new ones, not those of the held-out texts.
func TestRound5Rules(t *testing.T) {
	tests := []struct {
		name, docDate, text string
		txs                 []tx
		ens                 []en
		want                string
	}{
		{"a bulleted list entry is dated by its leading date", "",
			"Timeline of the Sudanese uprising of 1985\n\n* 26 March – Students march through Khartoum.\n* 6 April – Troops seize power.",
			[]tx{{"1985", "1985"}, {"26 March", "1985-03-26"}, {"6 April", "1985-04-06"}}, nil,
			"uprising@1985/asserted protest@1985-03-26/asserted coup@1985-04-06/asserted"},
		{"a dash bullet too", "",
			"- 3 May 1921: Miners walk out in the Ruhr.\n- 9 May 1921: Troops occupy the pits.",
			[]tx{{"3 May 1921", "1921-05-03"}, {"9 May 1921", "1921-05-09"}}, nil,
			"strike@1921-05-03/asserted"},
		{"people fired on are victims, not a protest", "",
			"On 4 May 1970 guardsmen opened fire on demonstrators at the campus.",
			[]tx{{"4 May 1970", "1970-05-04"}}, nil, "massacre@1970-05-04/asserted"},
		{"the present tense of a timeline too", "",
			"12 June 1989 – The militia opens fire on protesters in the square.",
			[]tx{{"12 June 1989", "1989-06-12"}}, nil, "massacre@1989-06-12/asserted"},
		{"a quake is a disaster", "",
			"A strong quake hit the coast on 3 March 1934.", []tx{{"3 March 1934", "1934-03-03"}}, nil, "disaster@1934-03-03/asserted"},
		{"crowds gathering are a protest", "",
			"On 9 October 1989 crowds gathered outside the church.", []tx{{"9 October 1989", "1989-10-09"}}, nil, "protest@1989-10-09/asserted"},
		{"walking off the job is a strike", "2024-02-09",
			"Nurses at the county hospital walked off the job on Thursday.", []tx{{"Thursday", "2024-02-08"}}, nil, "strike@2024-02-08/asserted"},
		{"a share of the vote is no second election", "",
			"In the election of 2 June 1946 the party won 35 percent of the vote.", []tx{{"2 June 1946", "1946-06-02"}}, nil, "election@1946-06-02/asserted"},
		{"a poll tax is no election", "",
			"Riots against the poll tax broke out in March 1990.", []tx{{"March 1990", "1990-03"}}, nil, "protest@1990-03/asserted"},
		{"a person captured after fleeing the capital is arrested", "",
			"On 2 May 1945 the deposed ruler fled the capital and was captured near the border.",
			[]tx{{"2 May 1945", "1945-05-02"}}, nil, "arrest@1945-05-02/asserted"},
		{"a place captured is no arrest", "",
			"In May 1453 the city was captured after a long siege.",
			[]tx{{"May 1453", "1453-05"}}, nil, "invasion@1453-05/asserted"},
		{"a place phrase after a passive is no object", "",
			"Lorvan Teshe was captured near Kadugli in March 2012.",
			[]tx{{"March 2012", "2012-03"}}, []en{{"Lorvan Teshe", timeline.Person}, {"Kadugli", timeline.Place}}, "arrest@2012-03/asserted"},
		{"a pronoun subject stands for the forces named before", "",
			"The rebels reached Kessala in 1960. On 3 May 1961 they took the town.",
			[]tx{{"1960", "1960"}, {"3 May 1961", "1961-05-03"}}, []en{{"Kessala", timeline.Place}}, "invasion@1961-05-03/asserted"},
		{"a pronoun object stands for the place named before", "",
			"Government troops lost Kessala in 1960 but recaptured it on 3 May 1961.",
			[]tx{{"1960", "1960"}, {"3 May 1961", "1961-05-03"}}, []en{{"Kessala", timeline.Place}}, "invasion@1961-05-03/asserted"},
		{"a pronoun subject with no forces before takes nothing", "",
			"Voters rejected the plan. On 3 May 1961 they took the town council to court.",
			[]tx{{"3 May 1961", "1961-05-03"}}, nil, ""},
		{"a where-clause happens on the opening date", "",
			"On 2 March 1455 the duke rode to Barnet, where he was stabbed by a squire.",
			[]tx{{"2 March 1455", "1455-03-02"}}, []en{{"Barnet", timeline.Place}}, "attack@1455-03-02/asserted"},
		{"an event after another event is not carried from the sentence before", "",
			"In 1933 he joined the union. After the strike he was arrested.",
			[]tx{{"1933", "1933"}}, nil, "strike@-/asserted arrest@-/asserted"},
		{"a lower-case trigger may open a sentence", "",
			"Independence was finally won in 1962.", []tx{{"1962", "1962"}}, nil, "independence@1962/asserted"},
		{"but not as part of a name", "",
			"Independence Square was cleared in 1962.", []tx{{"1962", "1962"}}, nil, ""},
		{"the killing of a count of people", "",
			"The trial concerned the killing of 40 villagers in 1988.", []tx{{"1988", "1988"}}, nil, "massacre@1988/asserted"},
		{"the killing of one person is no massacre", "",
			"The killing of the archbishop in 1988 shocked the country.", []tx{{"1988", "1988"}}, nil, ""},
		{"a court's date is not the crime's", "2011-05-04",
			"A court on Tuesday sentenced two officers for the killing of twelve protesters.",
			[]tx{{"on Tuesday", "2011-05-03"}}, nil, "massacre@-/asserted"},
		{"the head of a named march", "",
			"In 1913 he led the Bread March to the coast.",
			[]tx{{"1913", "1913"}}, nil, "protest@1913/asserted"},
		{"a month before a capitalised word is no march", "",
			"In 1930 the March rains flooded the town.", []tx{{"1930", "1930"}}, nil, ""},
		{"a pronoun subject stands for forces of an earlier clause", "",
			"The rebels reached Kessala, and on 3 May 1961 they entered Dumbar.",
			[]tx{{"3 May 1961", "1961-05-03"}}, []en{{"Kessala", timeline.Place}, {"Dumbar", timeline.Place}}, "invasion@1961-05-03/asserted"},
		{"a copied date follows its source moved by a relative anchor", "2019-04-12",
			"KORVA, April 12 — Korva's army chief stepped down as head of the council on Friday, a day after he announced the overthrow of President Tavo Reme. Crowds celebrated in the streets. Dozens of protesters were shot dead in the months before the coup.",
			[]tx{{"April 12", "2019-04-12"}, {"Friday", "2019-04-12"}}, nil, "resignation@2019-04-12/asserted coup@2019-04-11/asserted attack@-/asserted coup@2019-04-11/asserted"},
		{"killings after a capture are an event of their own", "",
			"The city fell to the army on 3 May 1480. Thousands of its inhabitants were killed.",
			[]tx{{"3 May 1480", "1480-05-03"}}, nil, "invasion@1480-05-03/asserted attack@1480-05-03/asserted"},
		{"deaths after a quake are its casualties", "",
			"A strong quake hit the coast on 3 March 1934. Thousands of people were killed.",
			[]tx{{"3 March 1934", "1934-03-03"}}, nil, "disaster@1934-03-03/asserted"},
		{"deaths after an attack are its casualties", "",
			"Gunmen attacked the market on 3 March 1994. Twelve people were killed.",
			[]tx{{"3 March 1994", "1994-03-03"}}, nil, "attack@1994-03-03/asserted"},
		{"a typhoon's victims are no attack", "2020-02-11",
			"A typhoon tore through the islands on Monday, killing at least 20 people.",
			[]tx{{"Monday", "2020-02-10"}}, nil, "disaster@2020-02-10/asserted"},
		{"workers occupying a factory strike", "",
			"On 14 May 1968 the workers occupied the factory. Troops occupied the capital on 2 June 1968.",
			[]tx{{"14 May 1968", "1968-05-14"}, {"2 June 1968", "1968-06-02"}}, nil, "strike@1968-05-14/asserted invasion@1968-06-02/asserted"},
		{"beheading a captive", "",
			"In 1536 the rebels beheaded the abbot.", []tx{{"1536", "1536"}}, nil, "assassination@1536/asserted"},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summaries(x.Extract(mkInput(t, tc.docDate, tc.text, tc.txs, tc.ens)))
			if got != tc.want {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestWhereClausePlace checks that an event in a where-clause happens at
// the place named before ", where".
func TestWhereClausePlace(t *testing.T) {
	text := "On 2 March 1455 the duke met the envoys at Barnet, where he was stabbed by a squire of Kentmoor."
	in := mkInput(t, "", text, []tx{{"2 March 1455", "1455-03-02"}}, []en{{"Barnet", timeline.Place}, {"Kentmoor", timeline.Place}})
	ms := newTestExtractor(t).Extract(in)
	if len(ms) != 1 || len(ms[0].Places) == 0 || in.Entities[ms[0].Places[0]].Text != "Barnet" {
		t.Fatalf("got %s, want one attack at Barnet first", summaries(ms))
	}
}
