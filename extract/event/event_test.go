package event

import (
	"errors"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

func TestTriggersInContext(t *testing.T) {
	tests := []struct {
		name string
		text string
		txs  []tx
		want string
	}{
		{"noun coup", "The army staged a coup against the president.", nil, "coup@-/asserted"},
		{"putsch", "Many feared a putsch by the generals.", nil, "coup@-/asserted"},
		{"passive overthrow", "The king was overthrown by his guards.", nil, "coup@-/asserted"},
		{"seized power", "A military junta seized power in the capital.", nil, "coup@-/asserted"},
		{"coup de grace", "The verdict was the coup de grâce for his career.", nil, ""},
		{"campaign manager", "Her election campaign manager resigned.", nil, "resignation@-/asserted"},
		{"strike a deal is no strike", "The unions hope to strike a deal with the bosses.", nil, "agreement@-/planned"},
		{"strike a deal past", "The unions struck a deal with the bosses.", nil, "agreement@-/asserted"},
		{"general strike", "The miners began a general strike.", nil, "strike@-/asserted"},
		{"attack metaphor", "The decree is an attack on democracy.", nil, ""},
		{"real attack", "The attack on the village left many homeless.", nil, "attack@-/asserted"},
		{"march of history", "Nothing can stop the march of history.", nil, ""},
		{"march month", "The presidential vote was held in March.", []tx{{"March", "2020-03"}}, "election@2020-03/asserted"},
		{"a board vote is no election", "The board will vote on the merger.", nil, ""},
		{"car bomb is no verb", "Police found a car bomb near the station.", nil, ""},
		{"company name is no verb", "Shares of Shell rose.", nil, ""},
		{"verbal attack", "The minister launched a verbal attack on the press.", nil, ""},
		{"demonstrate the need", "The figures demonstrate the need for reform.", nil, ""},
		{"demonstrated in the square", "Students demonstrated in the square.", nil, "protest@-/asserted"},
		{"modifier noun", "Riot police cleared the road.", nil, ""},
		{"army march", "The army began its march across the desert.", nil, ""},
		{"protest march", "Thousands joined the march to the capital.", nil, "protest@-/asserted"},
		{"stepped down", "The minister stepped down after the scandal.", nil, "resignation@-/asserted"},
		{"went to the polls", "Voters went to the polls in record numbers.", nil, "election@-/asserted"},
		{"opened fire on", "Soldiers opened fire on the crowd.", nil, "massacre@-/asserted"},
		{"generic plural", "No country has seen more coups in its history.", nil, ""},
		{"generic plural anaphor", "The region with the largest number of coups in history saw another one on Monday.",
			[]tx{{"Monday", "2021-05-03"}}, "coup@2021-05-03/asserted"},
		{"one of the revolutions", "In 1911 the country lived one of the great revolutions of the century.",
			[]tx{{"1911", "1911"}}, "revolution@1911/asserted"},
		{"scored a coup", "The diplomats scored a coup by winning over the neutrals.", nil, ""},
		{"topple needs a government", "The blast toppled a building.", nil, ""},
		{"toppled the government", "The army toppled the government.", nil, "coup@-/asserted"},
		{"elected officials", "Elected officials met the press.", nil, ""},
		{"was elected president", "She was elected president.", nil, "election@-/asserted"},
		{"opinion poll", "Polls have shown support for the plan rising.", nil, ""},
		{"name with trigger", "Crowds filled Revolution Square and the Plaza of the Revolution.", nil, ""},
		{"named revolution", "Historians still debate the French Revolution.", nil, "revolution@-/asserted"},
		{"adjectives are no triggers", "Revolutionary workers held electoral meetings.", nil, ""},
		{"protesters gathered", "Hundreds of protesters gathered in the square.", nil, "protest@-/asserted"},
		{"friends gathered", "Hundreds of friends gathered in the square.", nil, ""},
		{"evidence gathered", "Investigators gathered evidence.", nil, ""},
		{"death toll is no death", "The death toll reached 12 after the earthquake.", nil, "disaster@-/asserted"},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := mkInput(t, "2021-05-04", tc.text, tc.txs, nil)
			got := summaries(x.Extract(in))
			if got != tc.want {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPlaceTriggers covers triggers that need a place in their clause.
func TestPlaceTriggers(t *testing.T) {
	tests := []struct {
		name, text string
		txs        []tx
		want       string
	}{
		{"city sacked", "Carthage was sacked in 1146.", []tx{{"1146", "1146"}}, "attack@1146/asserted"},
		{"the sack of a city", "The sack of Carthage ended the war.", nil, "attack@-/asserted war@-/asserted"},
		{"sacked from a job", "The minister was sacked in Carthage.", nil, ""},
		{"sack without a place", "They sacked the coach.", nil, ""},
		{"a sack of grain", "He carried a sack of grain.", nil, ""},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := mkInput(t, "", tc.text, tc.txs, []en{{"Carthage", timeline.Place}})
			if got := summaries(x.Extract(in)); got != tc.want {
				t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestModality(t *testing.T) {
	tests := []struct {
		name, text string
		want       timeline.Modality
	}{
		{"asserted", "The generals staged a coup.", timeline.Asserted},
		{"attempted adjective", "Loyal troops crushed an attempted coup.", timeline.Attempted},
		{"failed adjective", "He was jailed after a failed coup.", timeline.Attempted},
		{"coup attempt", "The coup attempt lasted three hours.", timeline.Attempted},
		{"the coup failed", "The coup failed within hours.", timeline.Attempted},
		{"calls for elections", "The opposition calls for new elections.", timeline.Planned},
		{"will vote", "Citizens will vote for a new president.", timeline.Planned},
		{"threatened to resign", "The minister threatened to resign.", timeline.Planned},
		{"did not resign", "The president did not resign.", timeline.Negated},
		{"refused to resign", "The president refused to resign.", timeline.Negated},
		{"never happened", "The promised referendum never happened.", timeline.Negated},
		{"not until", "The war did not end until the treaty was signed.", timeline.Asserted},
		{"hypothetical if", "If the army intervenes with a coup, the unions will strike.", timeline.Hypothetical},
		{"risk of", "Observers warn of the risk of a massacre.", timeline.Hypothetical},
		{"could follow", "A coup could follow the vote count.", timeline.Hypothetical},
		{"will decide", "The referendum will decide the matter.", timeline.Planned},
		{"would not be held", "The government said elections would not be held.", timeline.Negated},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.Extract(mkInput(t, "2021-05-04", tc.text, nil, nil))
			if len(ms) == 0 {
				t.Fatalf("%q: no event", tc.text)
			}
			if ms[0].Modality != tc.want {
				t.Errorf("%q: %s modality %s, want %s", tc.text, ms[0].Type, ms[0].Modality, tc.want)
			}
		})
	}
}

func TestCasualties(t *testing.T) {
	tests := []struct {
		name, text      string
		killed, injured int
	}{
		{"words", "In the massacre eleven miners were killed.", 11, 0},
		{"digits", "The massacre left 25 dead.", 25, 0},
		{"death toll", "The death toll from the massacre rose to 30.", 30, 0},
		{"killing N", "Troops attacked the camp, killing 12 and injuring 40.", 12, 40},
		{"injured only", "The attack left 17 people wounded.", 0, 17},
		{"hyphenated", "Twenty-five people died in the massacre.", 25, 0},
		{"next sentence", "Militias carried out an attack on the town. At least seven people were killed.", 7, 0},
		{"no count", "The army massacred many villagers.", 0, 0},
		{"date is no count", "The massacre of 9 May shocked the nation.", 0, 0},
		{"fraction is no count", "The attack was condemned by 2/3 of deputies.", 0, 0},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var txs []tx
			if strings.Contains(tc.text, "9 May") {
				txs = []tx{{"9 May", "2021-05-09"}}
			}
			ms := x.Extract(mkInput(t, "2021-05-20", tc.text, txs, nil))
			if len(ms) == 0 {
				t.Fatalf("%q: no event", tc.text)
			}
			var c timeline.Casualties
			for _, m := range ms {
				c.Killed += m.Casualties.Killed
				c.Injured += m.Casualties.Injured
			}
			if c.Killed != tc.killed || c.Injured != tc.injured {
				t.Errorf("%q: killed %d injured %d, want %d %d", tc.text, c.Killed, c.Injured, tc.killed, tc.injured)
			}
		})
	}
}

func TestDateLinking(t *testing.T) {
	tests := []struct {
		name    string
		docDate string
		text    string
		txs     []tx
		want    string // summaries of all events
	}{
		{"aside date is the aside's", "2021-03-02",
			"In her weekly show (taped 1 March), the host discussed the coup in Ruritania.",
			[]tx{{"1 March", "2021-03-01"}}, "coup@-/asserted"},
		{"publication date is the article's", "2021-03-10",
			"This report, first published 3 March after the Eastbridge massacre, was updated.",
			[]tx{{"3 March", "2021-03-03"}}, "massacre@-/asserted"},
		{"we reported on", "2021-03-10",
			"On Monday, 8 March, we reported on the attack on the miners.",
			[]tx{{"Monday, 8 March", "2021-03-08"}}, "attack@-/asserted"},
		{"premodifier", "2021-03-10",
			"Voters remembered the 4 May 1990 referendum.",
			[]tx{{"4 May 1990", "1990-05-04"}}, "referendum@1990-05-04/asserted"},
		{"appositive on", "2021-03-10",
			"The general election, on 7 March, gave the left a majority.",
			[]tx{{"7 March", "2021-03-07"}}, "election@2021-03-07/asserted"},
		{"date of the other event", "2021-03-10",
			"The elections last week repeated the 12 June 2016 referendum.",
			[]tx{{"last week", "2021-03"}, {"12 June 2016", "2016-06-12"}}, "election@2021-03/asserted referendum@2016-06-12/asserted"},
		{"sentence adverbial", "2021-03-10",
			"On 5 March the president announced his resignation.",
			[]tx{{"5 March", "2021-03-05"}}, "resignation@2021-03-05/asserted"},
		{"that-clause keeps its own date", "2021-03-10",
			"On 5 March crowds celebrated the news that a referendum had been agreed.",
			[]tx{{"5 March", "2021-03-05"}}, "referendum@-/asserted"},
		{"planned event does not take the call's date", "2021-03-10",
			"On 5 March parliament voted for the calling of new elections.",
			// a vote in parliament is no election
			[]tx{{"5 March", "2021-03-05"}}, "election@-/planned"},
		{"elsewhere in the text", "2021-03-10",
			"The coup came on Tuesday. Unions held a strike on the day of the coup.",
			[]tx{{"Tuesday", "2021-03-09"}}, "coup@2021-03-09/asserted strike@-/asserted coup@2021-03-09/asserted"},
		{"another event is not the same", "2021-03-10",
			"A massacre took place on 2 March. Since then there has been another massacre.",
			[]tx{{"2 March", "2021-03-02"}}, "massacre@2021-03-02/asserted massacre@-/asserted"},
		{"one person's resignation is not another's", "2021-03-10",
			"Minister Ruiz resigned on 2 March. Two years earlier, General Soto had resigned as well.",
			[]tx{{"2 March", "2021-03-02"}}, "resignation@2021-03-02/asserted resignation@-/asserted"},
		{"a demanded resignation is the one that happened", "2021-03-10",
			"Minister Ruiz resigned on 2 March. The unions had demanded her resignation for weeks.",
			[]tx{{"2 March", "2021-03-02"}}, "resignation@2021-03-02/asserted resignation@2021-03-02/planned"},
		{"event inside an after-phrase", "2019-11-20",
			"On 10 November, after weeks of protests, the president resigned.",
			[]tx{{"10 November", "2019-11-10"}}, "protest@-/asserted resignation@2019-11-10/asserted"},
		{"relative clause says when", "2021-06-20",
			"The coup, which took place on 3 May, was condemned on 5 May.",
			[]tx{{"3 May", "2021-05-03"}, {"5 May", "2021-05-05"}}, "coup@2021-05-03/asserted"},
		{"each its own date", "2021-06-20",
			"Two weeks after the election on 4 June, the president resigned on 18 June.",
			[]tx{{"4 June", "2021-06-04"}, {"18 June", "2021-06-18"}}, "election@2021-06-04/asserted resignation@2021-06-18/asserted"},
		{"relative clause of another event", "2021-06-20",
			"The junta, which seized power in 1964, held elections in 1985.",
			[]tx{{"1964", "1964"}, {"1985", "1985"}}, "coup@1964/asserted election@1985/asserted"},
		{"future date is planned", "2021-03-10",
			"The referendum on 20 June decides the charter.",
			[]tx{{"20 June", "2021-06-20"}}, "referendum@2021-06-20/planned"},
		{"leading year the tagger left", "",
			"In 1934 dockers and miners went on strike.", nil, "strike@1934/asserted"},
		{"leading count with a unit stays a count", "",
			"In 1200 cases of unrest the miners went on strike.", nil, "strike@-/asserted"},
		{"a count not after In", "",
			"Some 1200 dockers went on strike.", nil, "strike@-/asserted"},
		{"when clause after until", "",
			"Varga ruled until 1950, when mass protests in the capital forced him to resign.",
			[]tx{{"1950", "1950"}}, "protest@1950/asserted resignation@1950/asserted"},
		{"when clause after before", "",
			"The monarchy survived before 1931, when a revolution swept it away.",
			[]tx{{"1931", "1931"}}, "revolution@1931/asserted"},
		{"the following year", "",
			"Tempers rose in 1989. The following year a referendum was held.",
			[]tx{{"1989", "1989"}, {"The following year", "1990"}}, "referendum@1990/asserted"},
		{"following as a relation still blocks", "",
			"In 1989, following the protests, the minister resigned.",
			[]tx{{"1989", "1989"}}, "protest@-/asserted resignation@1989/asserted"},
		{"relative to the date", "2021-03-10",
			"Two days before 9 March, the army staged a coup.",
			[]tx{{"9 March", "2021-03-09"}}, "coup@-/asserted"},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := mkInput(t, tc.docDate, tc.text, tc.txs, []en{{"Ruiz", timeline.Person}, {"Soto", timeline.Person}})
			got := summaries(x.Extract(in))
			if got != tc.want {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestRolesAndHeadline(t *testing.T) {
	text := "On 3 May, President Ana Ruiz resigned in Lima. Reporters covered the strike in Quito, the riot in Cali and the coup in Lima."
	in := mkInput(t, "2021-05-04", text, []tx{{"3 May", "2021-05-03"}},
		[]en{{"Ana Ruiz", timeline.Person}, {"Lima", timeline.Place}, {"Quito", timeline.Place}, {"Cali", timeline.Place}})
	ms := newTestExtractor(t).Extract(in)
	if len(ms) != 4 {
		t.Fatalf("got %s", summaries(ms))
	}
	res := ms[0]
	if res.Type != "resignation" || len(res.Participants) != 1 || in.Entities[res.Participants[0]].Text != "Ana Ruiz" {
		t.Errorf("resignation participants %v", res.Participants)
	}
	if len(res.Places) != 1 || in.Entities[res.Places[0]].Text != "Lima" {
		t.Errorf("resignation places %v", res.Places)
	}
	if res.Headline != "President Ana Ruiz resigned in Lima" {
		t.Errorf("headline %q", res.Headline)
	}
	coup := ms[3]
	if coup.Type != "coup" || len(coup.Places) != 1 || in.Entities[coup.Places[0]].Text != "Lima" {
		t.Errorf("coup places %v (%s)", coup.Places, summaries(ms))
	}
	if coup.Headline != "Coup in Lima" {
		t.Errorf("coup headline %q", coup.Headline)
	}
	for _, m := range ms {
		if m.Confidence <= 0 || m.Confidence > 1 {
			t.Errorf("%s confidence %v", m.Type, m.Confidence)
		}
	}
}

func TestWithLexicon(t *testing.T) {
	good := "type famine violent label=Famine\nfamine noun 0.9 : hunger crisis\n"
	x, err := New(WithLexicon(strings.NewReader(good), "user.lex"))
	if err != nil {
		t.Fatal(err)
	}
	ms := x.Extract(mkInput(t, "", "The hunger crisis spread.", nil, nil))
	if summaries(ms) != "famine@-/asserted" {
		t.Errorf("user trigger: got %q", summaries(ms))
	}
	bad := []struct{ name, text, want string }{
		{"unknown type", "# c\nfoo noun 0.5 : bar\n", "user.lex:2: unknown event type"},
		{"bad weight", "coup noun 2 : bar\n", "user.lex:1: weight"},
		{"bad pos", "coup adj 0.5 : bar\n", "user.lex:1: part of speech"},
		{"braces", "coup noun 0.5 : {bar\n", "user.lex:1: phrase"},
		{"empty phrase", "coup noun 0.5 : a | | b\n", "user.lex:1: empty phrase"},
		{"no colon", "coup noun 0.5 bar\n", "user.lex:1: want"},
		{"bad modality", "cue maybe before : perhaps\n", "user.lex:1: unknown modality"},
		{"bad flag", "coup noun 0.5 loud : bar\n", "user.lex:1: unknown flag"},
		{"unknown sense", "coup noun 0.5 not=zzz : bar\n", "user.lex:1: unknown sense"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(WithLexicon(strings.NewReader(tc.text), "user.lex"))
			var le *LexiconError
			if !errors.As(err, &le) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("err = %v, want prefix %q", err, tc.want)
			}
		})
	}
	// drop: forget a trigger
	x, err = New(WithLexicon(strings.NewReader("drop : putsch\n"), "d.lex"))
	if err != nil {
		t.Fatal(err)
	}
	if got := summaries(x.Extract(Input{Doc: &timeline.Document{Text: "The putsch failed."}})); got != "" {
		t.Errorf("drop: got %q", got)
	}
	// override: a later line gives a phrase another type
	x, err = New(WithLexicon(strings.NewReader("uprising noun 1.0 : revolution\n"), "o.lex"))
	if err != nil {
		t.Fatal(err)
	}
	if got := summaries(x.Extract(mkInput(t, "", "The revolution began.", nil, nil))); got != "uprising@-/asserted" {
		t.Errorf("override: got %q", got)
	}
}

func TestInflections(t *testing.T) {
	tests := []struct{ in, s, ed, ing string }{
		{"resign", "resigns", "resigned", "resigning"},
		{"vote", "votes", "voted", "voting"},
		{"step", "steps", "stepped", "stepping"},
		{"rally", "rallies", "rallied", "rallying"},
		{"riot", "riots", "rioted", "rioting"},
		{"topple", "topples", "toppled", "toppling"},
	}
	for _, tc := range tests {
		s, ed, ing := verbForms(tc.in)
		if s != tc.s || ed != tc.ed || ing != tc.ing {
			t.Errorf("verbForms(%q) = %s %s %s", tc.in, s, ed, ing)
		}
	}
	if plural("putsch") != "putsches" || plural("massacre") != "massacres" || plural("rally") != "rallies" {
		t.Error("plural")
	}
}

func FuzzLexicon(f *testing.F) {
	f.Add("type x\nx noun 0.5 : a {b} c | d\n")
	f.Add("stop : {a/b} c\nhead : x\n")
	f.Add("cue planned before : will\n")
	f.Add("sense s : city\ntype x violent\nx verb 0.5 obj=s obj=PLACE : {take/took} | fell to\n")
	f.Fuzz(func(t *testing.T, s string) {
		x, err := New(WithLexicon(strings.NewReader(s), "f"))
		if err != nil {
			return
		}
		x.Extract(Input{Doc: &timeline.Document{Text: s}, Sentences: []timeline.Span{{Start: 0, End: len(s)}}})
	})
}

func FuzzExtract(f *testing.F) {
	f.Add("The coup (recorded 5 May) failed, killing 9.")
	f.Add("If the army intervenes, 3/4 of the march — dies")
	f.Add("Norland's army, which led a coup in 1962, seized power, killing 12. Workers strike over pay (1791–1804)")
	f.Add("Police arrest him, and on Monday the wildfires did not spread from X; he would resign later")
	f.Add("In 1961 students went on strike@u #x. =F(\"a\") The army seized power in 1990, when protesters gathered")
	f.Add("In 2000")
	f.Add("A day after the coup, rebels seized the capital and fell to the army. Hundreds were killed; scores died.")
	f.Add("12 May – Rebel columns under X capture Y: the fall of Z. The protests led by A B spread to the towns.")
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in := Input{Doc: &timeline.Document{Text: s}, Sentences: []timeline.Span{{Start: 0, End: len(s)}}}
		if len(s) > 6 {
			d := &timeline.Date{EDTF: "2020", Start: timeline.Day{Year: 2020, Month: 1, Day: 1}, End: timeline.Day{Year: 2020, Month: 12, Day: 31}, Precision: timeline.Year}
			in.Timexes = []timeline.Timex{{Span: timeline.Span{Start: 2, End: 6}, Type: timeline.TimexDate, Date: d}}
			in.Entities = []timeline.EntityMention{{Span: timeline.Span{Start: 1, End: 5}, Type: timeline.Place}}
		}
		if len(s) > 12 {
			// a duration: "A day" in "A day after ..."
			in.Timexes = append(in.Timexes, timeline.Timex{Span: timeline.Span{Start: 7, End: 12}, Type: timeline.TimexDuration, Value: "P2W"})
		}
		for _, m := range x.Extract(in) {
			if m.Trigger.Start < 0 || m.Trigger.End > len(s) {
				t.Fatalf("trigger %v out of range", m.Trigger)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	text := strings.Repeat("On 10 May the army staged a coup in the capital, killing 12 protesters. The president did not resign, and calls for new elections grew. ", 20)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	in := mkInput(b, "2021-05-20", text, nil, nil)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		x.Extract(in)
	}
}

func TestHeadlines(t *testing.T) {
	tests := []struct {
		name, text string
		ens        []en
		want       string
	}{
		{"clause headline", "Gunmen carried out an attack on farmers in the province of Norte.", []en{{"Norte", timeline.Place}}, "Gunmen carried out an attack on farmers in the province of Norte"},
		{"place by province of", "It followed an attack on farmers in the province of Norte.", []en{{"Norte", timeline.Place}}, "Attack on farmers in Norte"},
		{"referendum on", "It called a referendum on the new charter.", nil, "Referendum on the new charter"},
		{"from is no location", "The smoke of the wildfires came from Ostia.", []en{{"Ostia", timeline.Place}}, "Wildfires"},
		{"named massacre", "Nobody forgot the Vale massacre.", []en{{"Vale", timeline.Place}}, "Vale massacre"},
		{"who did what", "General Ortiz resigned in protest.", []en{{"Ortiz", timeline.Person}}, "General Ortiz resigned in protest"},
		{"pronoun subject", "It was the end of a coup that had lasted weeks.", nil, "Coup"},
		{"one of the revolutions", "It was one of the great revolutions of the age, in Norland.", []en{{"Norland", timeline.Place}}, "Revolution in Norland"},
		{"evaluative adjectives go", "They denounced the brutal coup.", nil, "Coup"},
		{"classifying adjectives stay", "Voters went to a general election.", nil, "Voters went to a general election"},
		{"formula cell before the clause", `=LINK("http://example.org/x","more") The navy seized power in a coup.`, nil, "Navy seized power in a coup"},
		{"handle and hashtag go", "#news @someone The navy seized power in a coup.", nil, "Navy seized power in a coup"},
		{"missed sentence break", "Three were hurt.@someone The navy seized power in a coup.", nil, "Navy seized power in a coup"},
		{"victims of an incident", "Everyone recalls the massacre of students by soldiers.", nil, "Massacre of students"},
		{"of a year is no victim", "Everyone recalls the massacre of 1931.", nil, "Massacre"},
		{"leading year left out", "In 1934 dockers and miners went on strike.", nil, "Dockers and miners went on strike"},
		{"a name with The stays", "Dockers in The Hague went on strike.", []en{{"The Hague", timeline.Place}}, "Dockers in The Hague went on strike"},
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
