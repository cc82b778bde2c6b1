package event

import (
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// TestRound6Rules covers the general rules written in the events6 round:
// coronations and accessions, executions, landfalls, self-coups, mass
// killings, list entries opened by a bare year, and offset phrases with no
// anchor of their own. The sentences are new ones, not those of any
// held-out text.
func TestRound6Rules(t *testing.T) {
	tests := []struct {
		name, docDate, text string
		txs                 []tx
		ens                 []en
		want                string
	}{
		{"a coronation is an inauguration", "",
			"The young prince was crowned in the abbey on 6 May 1412.",
			[]tx{{"6 May 1412", "1412-05-06"}}, nil, "inauguration@1412-05-06/asserted"},
		{"a coronation noun", "",
			"Her coronation took place in June 1559.", []tx{{"June 1559", "1559-06"}}, nil, "inauguration@1559-06/asserted"},
		{"ascending the throne", "",
			"In 1760 the duke's grandson ascended the throne.", []tx{{"1760", "1760"}}, nil, "inauguration@1760/asserted"},
		{"succeeding as king", "",
			"On 3 April 1721 Orrin succeeded his father as king.",
			[]tx{{"3 April 1721", "1721-04-03"}}, []en{{"Orrin", timeline.Person}}, "inauguration@1721-04-03/asserted"},
		{"succeeding a person", "",
			"In 1540 Halvard Dunne succeeded Meren Arlo.",
			[]tx{{"1540", "1540"}}, []en{{"Halvard Dunne", timeline.Person}, {"Meren Arlo", timeline.Person}}, "inauguration@1540/asserted"},
		{"succeeding in a task is no accession", "",
			"In 1540 the envoys succeeded in reaching the coast.", []tx{{"1540", "1540"}}, nil, ""},
		{"a champion crowned is no accession", "",
			"In 1998 the club was crowned champion of the league.", []tx{{"1998", "1998"}}, nil, ""},
		{"an execution", "",
			"The rebel leader was executed on 9 March 1822.", []tx{{"9 March 1822", "1822-03-09"}}, nil, "assassination@1822-03-09/asserted"},
		{"a hanging", "",
			"Two of the mutineers were hanged at the port in 1797.", []tx{{"1797", "1797"}}, nil, "assassination@1797/asserted"},
		{"a firing squad", "",
			"In July 1918 the deposed ruler faced a firing squad.", []tx{{"July 1918", "1918-07"}}, nil, "assassination@1918-07/asserted"},
		{"executing a plan is no killing", "",
			"In 1944 the staff executed the plan.", []tx{{"1944", "1944"}}, nil, ""},
		{"executing prisoners", "",
			"In 1944 the garrison executed forty prisoners.", []tx{{"1944", "1944"}}, nil, "assassination@1944/asserted"},
		{"a storm making landfall is a disaster", "",
			"The storm made landfall near the delta on 2 October 1991.", []tx{{"2 October 1991", "1991-10-02"}}, nil, "disaster@1991-10-02/asserted"},
		{"an autogolpe is a coup", "",
			"The autogolpe of 5 May 1972 closed the assembly.", []tx{{"5 May 1972", "1972-05-05"}}, nil, "coup@1972-05-05/asserted"},
		{"becoming an independent state", "",
			"The colony became an independent state on 1 July 1962.", []tx{{"1 July 1962", "1962-07-01"}}, nil, "independence@1962-07-01/asserted"},
		{"a mass killing of people is a massacre", "",
			"In 1871 soldiers killed more than 300 people in the valley.", []tx{{"1871", "1871"}}, nil, "massacre@1871/asserted"},
		{"a mass killing of fighters stays an attack", "",
			"In 1871 soldiers killed more than 300 rebels in the valley.", []tx{{"1871", "1871"}}, nil, "attack@1871/asserted"},
		{"a small count stays an attack", "",
			"In 1871 soldiers killed twelve people in the valley.", []tx{{"1871", "1871"}}, nil, "attack@1871/asserted"},
		{"a list entry opened by a bare year the tagger left", "",
			"Revision notes\n\n1512 – The city is besieged.\n1519 – The regent is crowned in the cathedral.",
			nil, nil, "war@1512/asserted inauguration@1519/asserted"},
		{"a bulleted bare year with a colon", "",
			"• 1830: Workers go on strike in the port.", nil, nil, "strike@1830/asserted"},
		{"a count of years at the head of a sentence is no entry", "",
			"1500 – 2000 people marched.", nil, nil, "protest@-/asserted"},
		{"the day before counts from the event told before", "",
			"The governor was arrested on 24 October 1865; his deputy had been executed the day before, after a trial.",
			[]tx{{"24 October 1865", "1865-10-24"}}, nil, "arrest@1865-10-24/asserted assassination@1865-10-23/asserted"},
		{"a reported tally does not take the date of the sentence before", "2023-03-10",
			"Troops entered Varno on Thursday. The ministry said 14 people had been killed and more than 500 people detained.",
			[]tx{{"Thursday", "2023-03-09"}}, []en{{"Varno", timeline.Place}}, "invasion@2023-03-09/asserted arrest@-/asserted"},
		{"a reported arrest of one person does", "2023-03-10",
			"Troops entered Varno on Thursday. The ministry said the governor had been arrested.",
			[]tx{{"Thursday", "2023-03-09"}}, []en{{"Varno", timeline.Place}}, "invasion@2023-03-09/asserted arrest@2023-03-09/asserted"},
		{"a timeline's victim is no protester", "",
			"- 3 May 1921: Police shoot dead a protester in the market.", []tx{{"3 May 1921", "1921-05-03"}}, nil, "attack@1921-05-03/asserted"},
		{"protests lasting into the clause's month", "",
			"After six weeks of protests the king gave way in March 1848.", []tx{{"March 1848", "1848-03"}}, nil, "protest@1848-03/asserted"},
		{"but not into the clause's day", "",
			"On 10 March 1848, after six weeks of protests, the minister resigned.",
			[]tx{{"10 March 1848", "1848-03-10"}}, nil, "protest@-/asserted resignation@1848-03-10/asserted"},
		{"riots amid a dated event share its date", "",
			"The prince was crowned on 4 June 1790 amid riots in the capital.",
			[]tx{{"4 June 1790", "1790-06-04"}}, nil, "inauguration@1790-06-04/asserted protest@1790-06-04/asserted"},
		{"two coordinated verbs of one type with dates of their own are two events", "",
			"The princess acceded to the throne on 6 May 1702 and was crowned on 2 April 1703.",
			[]tx{{"6 May 1702", "1702-05-06"}, {"2 April 1703", "1703-04-02"}}, nil, "inauguration@1702-05-06/asserted inauguration@1703-04-02/asserted"},
		{"hanging opponents", "",
			"In 1932 the regime hanged six opponents.", []tx{{"1932", "1932"}}, nil, "assassination@1932/asserted"},
		{"going to the guillotine", "",
			"The deposed queen went to the guillotine in October 1793.", []tx{{"October 1793", "1793-10"}}, nil, "assassination@1793-10/asserted"},
		{"laying siege to a city", "",
			"The army laid siege to the city in July 1683.", []tx{{"July 1683", "1683-07"}}, nil, "war@1683-07/asserted"},
		{"the siege of a city", "",
			"The siege of Arvena began in March 1565.", []tx{{"March 1565", "1565-03"}}, []en{{"Arvena", timeline.Place}}, "war@1565-03/asserted"},
		{"a noun takes the date of its own modifier at equal distance", "",
			"The war began in May 1992 and ended with a peace deal signed in the capital on 27 June 1997.",
			[]tx{{"May 1992", "1992-05"}, {"27 June 1997", "1997-06-27"}}, nil, "war@1992-05/asserted agreement@1997-06-27/asserted"},
		{"a verb after a plural subject before a compound object", "",
			"Opposition supporters stormed government buildings on 7 April 2010.", []tx{{"7 April 2010", "2010-04-07"}}, nil, "attack@2010-04-07/asserted"},
		{"a participle before a head noun stays an adjective", "",
			"Newly elected officials met in 1990.", []tx{{"1990", "1990"}}, nil, ""},
		{"murdering a count of people", "",
			"In 1965 officers kidnapped and murdered six generals.", []tx{{"1965", "1965"}}, nil, "arrest@1965/asserted attack@1965/asserted"},
		{"a mass killing after a coup in the same sentence", "",
			"Since the coup of 1 March 1990 the army has killed more than 900 civilians.", []tx{{"1 March 1990", "1990-03-01"}}, nil, "coup@1990-03-01/asserted massacre@-/asserted"},
		{"a coup's own casualties stay folded into it", "",
			"Soldiers seized power on 1 March 1990, killing twelve guards.", []tx{{"1 March 1990", "1990-03-01"}}, nil, "coup@1990-03-01/asserted"},
		{"victims counted in a timeline's present tense", "",
			"- 8 March 1921: Dozens of strikers are killed in the port.", []tx{{"8 March 1921", "1921-03-08"}}, nil, "attack@1921-03-08/asserted"},
		{"removed by the army", "",
			"The president won in 1990 but was removed by the army on 2 May 1992.",
			[]tx{{"1990", "1990"}, {"2 May 1992", "1992-05-02"}}, nil, "coup@1992-05-02/asserted"},
		{"rival supporters clashing", "",
			"On 4 May 1998 rival supporters clashed outside a polling station.", []tx{{"4 May 1998", "1998-05-04"}}, nil, "attack@1998-05-04/asserted"},
		{"clashing over a budget is no attack", "",
			"On 4 May 1998 ministers clashed over the budget.", []tx{{"4 May 1998", "1998-05-04"}}, nil, ""},
		{"troops mutinying", "",
			"In May 1857 sepoys mutinied at the garrison.", []tx{{"May 1857", "1857-05"}}, nil, "mutiny@1857-05/asserted"},
		{"an event in a clause of time after a future is planned", "2015-06-02",
			"The chairman will stay in office until the congress elects a successor.", nil, nil, "election@-/planned"},
		{"after a past main clause it is not", "",
			"The chairman stayed in office until the congress elected a successor.", nil, nil, "election@-/asserted"},
		{"an abduction", "",
			"In March 2021 soldiers abducted dozens of young men.", []tx{{"March 2021", "2021-03"}}, nil, "arrest@2021-03/asserted"},
		{"an enforced disappearance", "",
			"Three journalists were forcibly disappeared in April 2021.", []tx{{"April 2021", "2021-04"}}, nil, "arrest@2021-04/asserted"},
		{"extrajudicial killings", "",
			"Rights groups documented extrajudicial killings in the province in December 2021.", []tx{{"December 2021", "2021-12"}}, nil, "attack@2021-12/asserted"},
		{"a territory annexed", "",
			"The upper province was annexed on 1 January 1886.", []tx{{"1 January 1886", "1886-01-01"}}, nil, "invasion@1886-01-01/asserted"},
		{"annexing a place", "",
			"In March 1938 the Reich annexed Ostmark.", []tx{{"March 1938", "1938-03"}}, []en{{"Ostmark", timeline.Place}}, "invasion@1938-03/asserted"},
		{"an offset with an anchor of its own is left to it", "",
			"The army rebelled on 3 May 1920. The general resigned the day before the vote.",
			[]tx{{"3 May 1920", "1920-05-03"}}, nil, "uprising@1920-05-03/asserted resignation@-/asserted"},
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
