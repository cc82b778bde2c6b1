package synthcorpus

var eventTypes = []string{"coup", "election", "referendum", "resignation", "massacre", "attack",
	"protest", "strike", "arrest", "revolution", "inauguration", "agreement", "disaster"}

// eventTemplates hold sentences for each event type; {date} is a date
// phrase such as "on 9 April 1952" or "two years later".
var eventTemplates = map[string][]string{
	"coup": {
		"{date}, the army seized power in {capital}, overthrowing {role} {person}.",
		"troops loyal to General {person} surrounded the presidential palace {date} in a coup attempt that collapsed within hours.",
		"{date} a military junta led by Colonel {person} took control of the government and suspended the constitution.",
		"the {demonym} armed forces staged a coup {date}, and tanks were seen in the streets of {capital}.",
	},
	"election": {
		"{country} held a general election {date}, and the {party} won {pct} per cent of the vote.",
		"voters went to the polls {date} to choose a new president and renew both chambers of parliament.",
		"in the presidential election {date}, {person} of the {acronym} defeated the incumbent by a wide margin.",
		"{date} the electoral court announced the results of the municipal elections held across {country}.",
	},
	"referendum": {
		"in a referendum held {date}, {pct} per cent of voters rejected the proposed constitution.",
		"{date} {demonym} voters approved a constitutional amendment allowing the president to run again.",
		"the government called a referendum on the nationalisation of the gas fields, held {date}.",
	},
	"resignation": {
		"{role} {person} resigned {date} after weeks of protests.",
		"{person} announced {date} that he would step down as {role}, citing pressure from the army.",
		"{date}, facing a vote of no confidence, {role} {person} handed in her resignation.",
	},
	"massacre": {
		"at least {n} people were killed {date} when soldiers opened fire on demonstrators in {town}, in what became known as the {town} massacre.",
		"{date} police and troops killed {n} miners and their families in {town}.",
		"survivors still remember the massacre of {bdate}, when {n} peasants were shot dead near {town2}.",
	},
	"attack": {
		"a bomb exploded {date} near a market in {town}, killing {n} people and injuring {m}.",
		"gunmen attacked a police station in {town} {date}, killing {n} officers.",
		"{date} an armed group ambushed a convoy on the road between {town} and {town2}.",
	},
	"protest": {
		"thousands of people marched through {capital} {date} to demand the release of political prisoners.",
		"{date} students occupied the main square of {town} to protest against the rise in fuel prices.",
		"around {big} demonstrators gathered outside parliament {date}, calling for new elections.",
		"supporters of the {party} blocked the highways around {town} {date}.",
	},
	"strike": {
		"the {union} began an indefinite strike {date}, demanding higher wages.",
		"{date} a general strike called by the {union} paralysed transport across {country}.",
		"workers at the copper mines near {town} walked out {date} and stayed out for {words} weeks.",
	},
	"arrest": {
		"police arrested {role} {person} {date} on charges of corruption.",
		"{date} security forces detained {n} members of the {party}, including its leader {person}.",
		"{person}, a journalist, was arrested in {capital} {date} after publishing a report on the army.",
	},
	"revolution": {
		"the revolution that broke out {date} brought the {party} to power and nationalised the mines.",
		"{date} armed workers and peasants rose up in {capital}, beginning a revolution that changed {country}.",
		"the uprising of {bdate} swept away the old regime within {words} days.",
	},
	"inauguration": {
		"{person} was sworn in as president {date} in a ceremony in {capital}.",
		"{date} the new government took office, with {person} as Prime Minister.",
	},
	"agreement": {
		"the government and the {union} signed an agreement {date} that ended the dispute.",
		"{date} {country} and its neighbours signed a peace treaty in {capital}.",
	},
	"disaster": {
		"an earthquake struck {town} {date}, killing {n} people and leaving {big} homeless.",
		"floods {date} destroyed bridges and crops across the lowlands around {town}.",
	},
}

// headlines hold titles for news reports, by the type of the first event.
var headlines = map[string][]string{
	"coup":         {"Army seizes power in {country}", "Coup attempt fails in {capital}"},
	"election":     {"{party} wins {country} election", "{country} votes amid tension"},
	"referendum":   {"{country} referendum result announced", "Voters decide on new constitution"},
	"resignation":  {"{person} resigns", "{country}'s leader steps down"},
	"massacre":     {"Dozens killed in {town}", "Outrage after killings in {town}"},
	"attack":       {"Bomb attack in {town}", "Gunmen strike in {town}"},
	"protest":      {"Mass protests in {capital}", "Students take to the streets"},
	"strike":       {"General strike paralyses {country}", "{union} walks out"},
	"arrest":       {"Opposition leader arrested", "Crackdown in {capital}"},
	"revolution":   {"Uprising in {capital}", "Revolution sweeps {country}"},
	"inauguration": {"{person} sworn in", "New government takes office"},
	"agreement":    {"Deal ends dispute in {country}", "Peace treaty signed"},
	"disaster":     {"Earthquake hits {town}", "Floods devastate lowlands"},
}

var historyTitles = []string{
	"a century of upheaval", "from revolution to democracy", "the years of the generals",
	"mines, unions and power", "a short political history", "crisis and reform",
}

// backgrounds mention older events with a year.
var backgrounds = []string{
	"The country has not seen such unrest since the revolution of {year}.",
	"The last coup, in {year}, ended a decade of civilian rule.",
	"The {party} was founded in {year} by exiles returning from abroad.",
	"Relations with the army have been tense since the massacre of {year}.",
	"The current constitution dates from {year}.",
	"Voters rejected a similar proposal in {year}.",
}
