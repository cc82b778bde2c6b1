package event

import (
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// TestGeneralRules covers the rules written for held-out texts: tense and
// narrative dating, coordinated dates, generic plurals, reported futures,
// passives and nominalisations, killings told by their count.
func TestGeneralRules(t *testing.T) {
	tests := []struct {
		name, docDate, text string
		txs                 []tx
		want                string
	}{
		{"present tense news lead takes the report's date", "2023-03-08",
			"Rail workers across the country walk out for a second day.", nil, "strike@2023-03-08/asserted"},
		{"past verb without a date continues the narrative", "2026-03-14",
			"Thousands of students marched through the capital on Friday. Police detained 40 demonstrators after clashes.",
			[]tx{{"Friday", "2026-03-13"}}, "protest@2026-03-13/asserted arrest@2026-03-13/asserted"},
		{"an event noun without a date is not carried", "2019-11-20",
			"Thousands marched on Friday. The recent elections were disputed.",
			[]tx{{"Friday", "2019-11-15"}}, "protest@2019-11-15/asserted election@-/asserted"},
		{"no carry across a paragraph", "2026-03-14",
			"Thousands marched on Friday.\n\nPolice detained 40 people.",
			[]tx{{"Friday", "2026-03-13"}}, "protest@2026-03-13/asserted arrest@-/asserted"},
		{"would after an announcing verb is planned", "2014-09-19",
			"The minister said he would resign in November.", []tx{{"November", "2014-11"}}, "resignation@2014-11/planned"},
		{"would in a condition stays hypothetical", "2014-09-19",
			"If the vote failed, the minister would resign.", nil, "resignation@-/hypothetical"},
		{"a planned event on a weekday is the coming one", "2021-01-18",
			"His allies called for nationwide protests on Saturday.", []tx{{"on Saturday", "2021-01-16"}}, "protest@2021-01-23/planned"},
		{"occurrence verb after the event noun", "2022-12-15",
			"The union said a second walkout would take place on Tuesday.", []tx{{"on Tuesday", "2022-12-20"}}, "strike@2022-12-20/planned"},
		{"coordinated dates make one event each", "",
			"The colonel staged coups in 1979 and 1981.", []tx{{"1979", "1979"}, {"1981", "1981"}}, "coup@1979/asserted coup@1981/asserted"},
		{"a period between two dates is one event", "",
			"The army waged war between 1914 and 1918.", []tx{{"1914", "1914"}, {"1918", "1918"}}, "war@1914/asserted"},
		{"a singular noun keeps one event", "",
			"The first general election was held in 1951 and 1952.", []tx{{"1951", "1951"}, {"1952", "1952"}}, "election@1951/asserted"},
		{"dozens of coups are generic", "", "The region saw dozens of military coups.", nil, ""},
		{"graded generic predicate", "", "Coups were especially frequent in the region.", nil, ""},
		{"since after an ordinal is no date", "2014-05-23",
			"It is the twelfth coup since 1932.", []tx{{"1932", "1932"}}, "coup@-/asserted"},
		{"a when-clause takes the date before it", "",
			"The revolution began on 25 April 1974, when officers overthrew the regime.",
			[]tx{{"25 April 1974", "1974-04-25"}}, "revolution@1974-04-25/asserted coup@1974-04-25/asserted"},
		{"a coordinated verb keeps its own date", "",
			"Princip was arrested at the scene and died in prison in 1918.", []tx{{"1918", "1918"}}, "arrest@-/asserted"},
		{"passive overthrow in a coup is one event", "",
			"The president was overthrown in a coup in 1964.", []tx{{"1964", "1964"}}, "coup@1964/asserted"},
		{"nominalisation with a possessive", "",
			"Allende's overthrow in 1973 shocked the region.", []tx{{"1973", "1973"}}, "coup@1973/asserted"},
		{"nominalisation with of", "",
			"The overthrow of the king in 1958 ended the monarchy.", []tx{{"1958", "1958"}}, "coup@1958/asserted"},
		{"killing a count is an attack", "",
			"In June 1989 troops cleared the square, killing dozens of civilians.", []tx{{"June 1989", "1989-06"}}, "attack@1989-06/asserted"},
		{"victims' counts are no attack of their own", "",
			"About 1,100 people were killed in the violence.", nil, ""},
		{"in an attempt to is a purpose", "",
			"Protesters set fire to parliament in an attempt to stop the law.", nil, "protest@-/asserted attack@-/asserted"},
		{"shot dead near a political word is an assassination", "",
			"The president was shot dead in a motorcade.", nil, "assassination@-/asserted"},
		{"shot dead elsewhere is an attack", "",
			"A shopkeeper was shot dead by robbers.", nil, "attack@-/asserted"},
		{"became independent", "",
			"The colony became independent in 1960.", []tx{{"1960", "1960"}}, "independence@1960/asserted"},
		{"a landslide victory is no disaster", "", "The party won by a landslide.", nil, ""},
		{"striking workers need labour words", "",
			"Nurses are due to strike next week.", []tx{{"next week", ""}}, "strike@-/planned"},
		{"a striking resemblance is no strike", "", "It bears a striking resemblance to the past.", nil, ""},
		{"raids share the date of the arrests they carry out", "2021-02-01",
			"The military detained the party's leaders in early morning raids on Monday.",
			[]tx{{"on Monday", "2021-02-01"}}, "arrest@2021-02-01/asserted attack@2021-02-01/asserted"},
		{"a narrative noun subject continues the narrative", "",
			"On 23 February 1981 guards stormed the parliament. The coup attempt collapsed after the king spoke.",
			[]tx{{"23 February 1981", "1981-02-23"}}, "attack@1981-02-23/asserted coup@1981-02-23/attempted"},
		{"the following weeks move away from the narrative date", "",
			"On 7 July 2021 the president was assassinated. Dozens of suspects were arrested in the following weeks.",
			[]tx{{"7 July 2021", "2021-07-07"}}, "assassination@2021-07-07/asserted arrest@-/asserted"},
		{"a definite violent noun names the violent event before it", "",
			"On 2 October 1968 soldiers fired on a student rally. The massacre was denied for decades.",
			[]tx{{"2 October 1968", "1968-10-02"}}, "attack@1968-10-02/asserted protest@1968-10-02/asserted massacre@1968-10-02/asserted"},
		{"a bracketed date after the trigger", "", "Soweto uprising (1976)", []tx{{"1976", "1976"}}, "uprising@1976/asserted"},
		{"forced to resign happened", "",
			"On 18 October 1989 the party leader was forced to resign.", []tx{{"18 October 1989", "1989-10-18"}}, "resignation@1989-10-18/asserted"},
		{"purpose of a movement happened", "",
			"Thousands poured into the streets to protest against the decree.", nil, "protest@-/asserted"},
		{"an infinitive after an intent is planned", "",
			"The union voted to strike.", nil, "strike@-/planned"},
		{"hours after keeps the day", "2021-10-25",
			"The general dissolved the government on Monday, hours after soldiers detained the prime minister.",
			[]tx{{"on Monday", "2021-10-25"}}, "arrest@2021-10-25/asserted"},
		{"hours earlier is the same day", "2019-10-30",
			"The premier resigned on Tuesday. Hours earlier, supporters attacked a protest camp.",
			[]tx{{"on Tuesday", "2019-10-29"}}, "resignation@2019-10-29/asserted attack@2019-10-29/asserted"},
		{"hyphenated coups", "", "Officers staged a counter-coup in July 1966.", []tx{{"July 1966", "1966-07"}}, "coup@1966-07/asserted"},
		{"killing a prime minister is an assassination", "",
			"In January 1966 army majors killed the prime minister.", []tx{{"January 1966", "1966-01"}}, "assassination@1966-01/asserted"},
		{"firing live rounds is an attack", "2021-10-25",
			"On Monday troops fired live rounds at the crowd.", []tx{{"On Monday", "2021-10-25"}}, "attack@2021-10-25/asserted"},
		{"a bracketed interval after the trigger", "",
			"The Haitian Revolution (1791–1804) founded a state.", []tx{{"1791", "1791"}, {"1804", "1804"}}, "revolution@1791/asserted"},
		{"an attempted event takes its clause's date", "",
			"Castro began with a failed attack on the barracks in the east on 26 July 1953.",
			[]tx{{"26 July 1953", "1953-07-26"}}, "attack@1953-07-26/attempted"},
		{"headline present tense with a bare object", "2024-03-01",
			"Police arrest opposition leader in the capital", nil, "arrest@2024-03-01/asserted"},
		{"headline present tense of a plural subject", "2024-03-01",
			"Workers strike over pay at the port", nil, "strike@2024-03-01/asserted"},
		{"a noun compound is no verb", "2024-03-01",
			"A pipe bomb lay near the market.", nil, ""},
		{"a car bomb is an attack (a noun, not the verb bomb)", "2024-03-01",
			"The car bomb exploded near the market.", nil, "attack@-/asserted"},
		{"a legal battle is no war", "", "The family began a legal battle in 1990.", []tx{{"1990", "1990"}}, ""},
		{"a battle", "", "The battle was fought in 1815.", []tx{{"1815", "1815"}}, "war@1815/asserted"},
		{"a history's would is what happened next", "",
			"He would resign two years later, in 1968.", []tx{{"two years later", "1968"}, {"1968", "1968"}}, "resignation@1968/asserted"},
		{"a news would stays hypothetical", "2021-03-01",
			"The minister would resign in such a case.", nil, "resignation@-/hypothetical"},
		{"the main clause keeps its date across a relative clause", "",
			"On 3 May 1980, after a week of protests in which police arrested dozens, the president, who had been elected in 1976, resigned.",
			[]tx{{"3 May 1980", "1980-05-03"}, {"1976", "1976"}}, "protest@-/asserted arrest@-/asserted election@1976/asserted resignation@1980-05-03/asserted"},
		{"coordinated generic plurals", "", "Strikes and protests were common in the 1970s.", []tx{{"the 1970s", "197X"}}, ""},
		{"a frequency adverb makes bare plurals generic", "", "Revolutions often begin with small protests.", nil, ""},
		{"regular elections are no event", "", "The country has held regular elections since 1990.", []tx{{"1990", "1990"}}, ""},
		{"a large count of events is generic", "", "Between 1960 and 1990 the continent saw more than forty coups.", []tx{{"1960", "1960"}, {"1990", "1990"}}, ""},
		{"such massacres", "", "Such massacres were rarely investigated.", nil, ""},
		{"every election", "", "Every election has been disputed.", nil, ""},
		{"counted arrests", "", "Arrests of journalists rose sharply in 2015.", []tx{{"2015", "2015"}}, ""},
		{"particular plural events grow", "", "Protests over a rise in fares erupted in October 2019.", []tx{{"October 2019", "2019-10"}}, "protest@2019-10/asserted"},
		{"coordinated premodifying dates", "", "The 1964 and 1971 coups brought the army to power.",
			[]tx{{"1964", "1964"}, {"1971", "1971"}}, "coup@1971/asserted coup@1964/asserted"},
		{"a postponed event after an appositive", "2021-06-01",
			"The election, originally scheduled for May, was postponed to July.", []tx{{"May", "2021-05"}, {"July", "2021-07"}}, "election@-/negated"},
		{"a no-confidence vote is no coup", "", "The opposition failed to topple the government in a no-confidence vote.", nil, ""},
		{"failed to is attempted", "", "The army failed to topple the president.", nil, "coup@-/attempted"},
		{"no sentence begins with a bare verb", "2021-06-01",
			"Rebels tried to seize power on Tuesday.", []tx{{"on Tuesday", "2021-05-25"}}, "coup@2021-05-25/attempted"},
		{"nobody was arrested", "", "Nobody was arrested.", nil, "arrest@-/negated"},
		{"a threatened strike is planned", "", "Unions threatened a general strike.", nil, "strike@-/planned"},
		{"a list entry's leading date", "",
			"1913 – President Madero is overthrown and murdered.\n1911 – Díaz resigns and goes into exile.",
			[]tx{{"1913", "1913"}, {"1911", "1911"}}, "coup@1913/asserted resignation@1911/asserted"},
		{"a past event on a future weekday is the day gone", "2022-11-28",
			"Protesters took to the streets on Saturday.", []tx{{"on Saturday", "2022-12-03"}}, "protest@2022-11-26/asserted"},
		{"an as-clause shares the date of the event before", "2023-03-27",
			"The union called a general strike on Monday as protesters poured into the streets.",
			[]tx{{"on Monday", "2023-03-27"}}, "strike@2023-03-27/asserted protest@2023-03-27/asserted"},
		{"rose against", "", "In July 1936 army officers rose against the government.", []tx{{"July 1936", "1936-07"}}, "uprising@1936-07/asserted"},
		{"forced someone to abdicate", "", "In February 1917 riots forced the tsar to abdicate.",
			[]tx{{"February 1917", "1917-02"}}, "protest@1917-02/asserted resignation@1917-02/asserted"},
		{"a war is no incident of the uprising before it", "",
			"On 17 July 1936 officers rose against the government. The civil war that followed lasted until 1939.",
			[]tx{{"17 July 1936", "1936-07-17"}, {"1939", "1939"}}, "uprising@1936-07-17/asserted war@-/asserted"},
		{"victims are no protest", "", "In February 2014 snipers killed dozens of demonstrators.",
			[]tx{{"February 2014", "2014-02"}}, "attack@2014-02/asserted"},
		{"a relative clause tells what happened with the main event", "",
			"On 24 March 1976 the armed forces deposed the president, who was placed under arrest.",
			[]tx{{"24 March 1976", "1976-03-24"}}, "coup@1976-03-24/asserted arrest@1976-03-24/asserted"},
		{"a ballot option is no negation", "", "On 5 October 1988 Chileans vote No in a plebiscite.",
			[]tx{{"5 October 1988", "1988-10-05"}}, "referendum@1988-10-05/asserted"},
		{"a campaign rally is no protest", "", "A gunman tried to assassinate the candidate at a campaign rally.", nil, "assassination@-/attempted"},
		{"a future month in news is planned", "2024-07-22",
			"Harris replaced him on the ballot for the November election.", []tx{{"November", "2024-11"}}, "election@2024-11/planned"},
		{"a named subject after ', and' opens a clause", "",
			"The leadership resigned, and Havel was elected president on 29 December 1989.",
			[]tx{{"29 December 1989", "1989-12-29"}}, "resignation@-/asserted election@1989-12-29/asserted"},
		{"a passive inside an after-phrase keeps no date", "2011-03-19",
			"On Friday the unrest began after teenagers were arrested.", []tx{{"On Friday", "2011-03-18"}}, "arrest@-/asserted"},
		{"the narrative date is the main event's, not a background one", "2023-08-31",
			"Officers seized power on Wednesday, minutes after the commission declared the president the winner of Saturday's election. The president was placed under house arrest.",
			[]tx{{"on Wednesday", "2023-08-30"}, {"Saturday's", "2023-08-26"}}, "coup@2023-08-30/asserted election@2023-08-26/asserted arrest@2023-08-30/asserted"},
		{"a participle clause inside a when-clause", "",
			"The massacre took place on 21 March 1960, when police opened fire on a crowd protesting against the pass laws.",
			[]tx{{"21 March 1960", "1960-03-21"}}, "massacre@1960-03-21/asserted massacre@1960-03-21/asserted protest@1960-03-21/asserted"},
		{"a verb does not take the date of another event of its type", "",
			"In 1961 the premier was executed, months after being deposed. The general took power in a coup in 1965.",
			[]tx{{"1961", "1961"}, {"1965", "1965"}}, "assassination@1961/asserted coup@-/asserted coup@1965/asserted"},
		{"walking out of prison is no strike", "", "On 11 February 1990 Mandela walked out of prison.", []tx{{"11 February 1990", "1990-02-11"}}, ""},
		{"a Rising", "", "The Easter Rising began in Dublin on 24 April 1916.", []tx{{"24 April 1916", "1916-04-24"}}, "uprising@1916-04-24/asserted"},
		{"during an event dated by its name", "",
			"She was arrested and tortured during the 1967 San Juan massacre.", []tx{{"1967", "1967"}}, "arrest@1967/asserted massacre@1967/asserted"},
		{"the main clause after a leading when-clause takes its date", "",
			"When the army refused to fire on protesters in February 1917, the Tsar abdicated.",
			[]tx{{"February 1917", "1917-02"}}, "protest@1917-02/asserted resignation@1917-02/asserted"},
		{"bombarded", "2011-04-11", "On Monday troops bombarded the compound.", []tx{{"On Monday", "2011-04-11"}}, "attack@2011-04-11/asserted"},
		{"the army removed the president", "",
			"In July the army removed President Morsi.", []tx{{"July", "2013-07"}}, "coup@2013-07/asserted"},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ens []en
			if strings.Contains(tc.text, "Morsi") {
				ens = []en{{"President Morsi", timeline.Person}}
			}
			got := summaries(x.Extract(mkInput(t, tc.docDate, tc.text, tc.txs, ens)))
			if got != tc.want {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestHeadlinesGeneral checks headlines built for texts unlike the sample:
// cut circumstance, subject-verb-object for verbs, the document's place.
func TestHeadlinesGeneral(t *testing.T) {
	tests := []struct {
		name, text string
		ens        []en
		want       string
	}{
		{"circumstance after the event is cut", "Hosni Mubarak resigned after eighteen days of protests in the capital.",
			[]en{{"Hosni Mubarak", timeline.Person}}, "Hosni Mubarak resigned"},
		{"reporting prefix goes", "Unions said more than a million people marched in the capital.", nil,
			"More than a million people marched in the capital"},
		{"leading phrase closed by a comma goes", "In Norland, the armed forces overthrew the elected government.",
			[]en{{"Norland", timeline.Place}}, "Armed forces overthrew the elected government"},
		{"verb trigger with subject and object", "It was late when air force jets bombed the building.", nil,
			"Air force jets bombed the building"},
		{"possessive country of the subject", "Norland's army chief General Ruiz Alvarado Montes seized power in a coup.",
			[]en{{"Norland", timeline.Place}, {"General Ruiz Alvarado Montes", timeline.Person}}, "Coup in Norland"},
		{"bare noun takes the main place", "Norland is tense. The coup failed. Norland waits.",
			[]en{{"Norland", timeline.Place}}, "Coup in Norland"},
		{"one mention is no main place", "Smoke from the wildfires was thick. Officials in Ostia worried.",
			[]en{{"Ostia", timeline.Place}}, "Wildfires"},
		{"relative clause hopped over", "The general, who had led a failed coup in 1962, seized power in 1964.", nil, "Failed coup"},
		{"possessive name", "Allende's overthrow was followed by years of repression.", []en{{"Allende", timeline.Person}}, "Allende's overthrow"},
		{"arrest names its person", "It ended with the arrest of Ana Ruiz.",
			[]en{{"Ana Ruiz", timeline.Person}}, "Arrest of Ana Ruiz"},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.Extract(mkInput(t, "2021-05-04", tc.text, nil, tc.ens))
			if len(ms) == 0 {
				t.Fatalf("%q: no event", tc.text)
			}
			if ms[0].Headline != tc.want {
				t.Errorf("%q: headline %q, want %q", tc.text, ms[0].Headline, tc.want)
			}
		})
	}
}

// TestPlaceNotFrom checks that a place the event only comes from is not
// its place: "did not spread from Brazil".
func TestPlaceNotFrom(t *testing.T) {
	text := "The wildfires did not spread from Brazil, officials said."
	in := mkInput(t, "2024-09-10", text, nil, []en{{"Brazil", timeline.Place}})
	ms := newTestExtractor(t).Extract(in)
	if len(ms) != 1 || len(ms[0].Places) != 0 {
		t.Fatalf("got %s with places %v", summaries(ms), ms)
	}
}

// TestAgents checks the participants told as the event's agents.
func TestAgents(t *testing.T) {
	tests := []struct {
		name, text string
		ens        []en
		want       string // agent names, comma-separated
	}{
		{"subject of an active verb", "General Ortiz toppled the government of Ana Ruiz.",
			[]en{{"General Ortiz", timeline.Person}, {"Ana Ruiz", timeline.Person}}, "General Ortiz"},
		{"by-phrase of a passive", "Lee Oswald was shot and killed by Jack Ruby.",
			[]en{{"Lee Oswald", timeline.Person}, {"Jack Ruby", timeline.Person}}, "Jack Ruby"},
		{"subject of an agent verb governing the noun", "General Ortiz staged a coup against Ana Ruiz.",
			[]en{{"General Ortiz", timeline.Person}, {"Ana Ruiz", timeline.Person}}, "General Ortiz"},
		{"the object is no agent", "Soldiers detained Ana Ruiz.",
			[]en{{"Ana Ruiz", timeline.Person}}, ""},
		{"a passive subject is no agent", "Ana Ruiz was arrested in Lima.",
			[]en{{"Ana Ruiz", timeline.Person}, {"Lima", timeline.Place}}, ""},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := mkInput(t, "2021-05-04", tc.text, nil, tc.ens)
			ms := x.Extract(in)
			if len(ms) == 0 {
				t.Fatalf("%q: no event", tc.text)
			}
			var got []string
			for _, a := range ms[0].Agents {
				got = append(got, in.Entities[a].Text)
			}
			if strings.Join(got, ",") != tc.want {
				t.Errorf("%q: agents %v, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestCoordinatedPlaces checks that coordinated events share the place
// phrase after them.
func TestCoordinatedPlaces(t *testing.T) {
	in := mkInput(t, "", "In February 1917 strikes and bread riots in Petrograd shook the capital.",
		[]tx{{"February 1917", "1917-02"}}, []en{{"Petrograd", timeline.Place}})
	ms := newTestExtractor(t).Extract(in)
	if len(ms) != 2 {
		t.Fatalf("got %s", summaries(ms))
	}
	for _, m := range ms {
		if len(m.Places) != 1 || in.Entities[m.Places[0]].Text != "Petrograd" {
			t.Errorf("%s places %v", summary(m), m.Places)
		}
	}
}

// TestPlaceAfterEvent checks that a place phrase after an event is its own
// even when another event follows closer.
func TestPlaceAfterEvent(t *testing.T) {
	text := "Security forces shot dead four protesters in the city of Deraa on Friday as demonstrations spread."
	in := mkInput(t, "2011-03-19", text, []tx{{"on Friday", "2011-03-18"}}, []en{{"Deraa", timeline.Place}})
	ms := newTestExtractor(t).Extract(in)
	if len(ms) == 0 || len(ms[0].Places) != 1 || in.Entities[ms[0].Places[0]].Text != "Deraa" {
		t.Fatalf("got %s, first places %v", summaries(ms), ms)
	}
}
