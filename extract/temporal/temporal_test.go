package temporal

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

func day(y, m, d int) timeline.Day { return timeline.Day{Year: y, Month: m, Day: d} }

func newTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// want is one expected expression: its text and TIMEX3 value, and when set
// its type, EDTF and basis.
type want struct {
	text, value string
	typ         string
	edtf        string
	basis       timeline.Basis
}

type tagCase struct {
	name string
	text string
	ref  timeline.Day
	dom  Domain
	want []want
}

func runCases(t *testing.T, cases []tagCase) {
	tg := newTagger(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dom := tc.dom
			if dom == "" {
				dom = News
			}
			got := tg.Tag(tc.text, Context{Ref: tc.ref, Domain: dom})
			if len(got) != len(tc.want) {
				t.Fatalf("got %d expressions %s, want %d", len(got), describe(got), len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Text != w.text || g.Value != w.value {
					t.Errorf("#%d: got %q=%s, want %q=%s", i, g.Text, g.Value, w.text, w.value)
				}
				if w.typ != "" && g.Type != w.typ {
					t.Errorf("#%d %q: type %s, want %s", i, g.Text, g.Type, w.typ)
				}
				if w.edtf != "" && (g.Date == nil || g.Date.EDTF != w.edtf) {
					t.Errorf("#%d %q: edtf %v, want %s", i, g.Text, edtfOf(g), w.edtf)
				}
				if w.basis != "" && (g.Date == nil || g.Date.Basis != w.basis) {
					t.Errorf("#%d %q: basis %v, want %s", i, g.Text, g.Date, w.basis)
				}
			}
		})
	}
}

func edtfOf(x timeline.Timex) string {
	if x.Date == nil {
		return "<nil>"
	}
	return x.Date.EDTF
}

func describe(xs []timeline.Timex) string {
	var b strings.Builder
	for _, x := range xs {
		fmt.Fprintf(&b, "[%q %s %s] ", x.Text, x.Type, x.Value)
	}
	return b.String()
}

var ref2019 = day(2019, 11, 12) // a Tuesday

func TestFullDates(t *testing.T) {
	runCases(t, []tagCase{
		{"month day year", "Born on April 9, 1952 in La Paz.", ref2019, "", []want{{"April 9, 1952", "1952-04-09", "DATE", "1952-04-09", timeline.Explicit}}},
		{"day month year", "On 21 February 2016 voters said no.", ref2019, "", []want{{"21 February 2016", "2016-02-21", "DATE", "2016-02-21", timeline.Explicit}}},
		{"ordinal of month", "It began on the 9th of April 1952.", ref2019, "", []want{{"the 9th of April 1952", "1952-04-09", "", "1952-04-09", ""}}},
		{"iso", "Filed 1952-04-09 in court.", ref2019, "", []want{{"1952-04-09", "1952-04-09", "", "1952-04-09", ""}}},
		{"iso time", "Logged 2019-11-10T16:50 by the clerk.", ref2019, "", []want{{"2019-11-10T16:50", "2019-11-10T16:50", "TIME", "2019-11-10T16:50", ""}}},
		{"us slashes", "Dated 04/09/1952.", ref2019, "", []want{{"04/09/1952", "1952-04-09", "", "1952-04-09", ""}}},
		{"abbreviated month", "Trading closed Sept. 30, 1989, lower.", ref2019, "", []want{{"Sept. 30, 1989", "1989-09-30", "", "", ""}}},
		{"month year", "Elections were held in October 2019.", ref2019, "", []want{{"October 2019", "2019-10", "", "2019-10", ""}}},
		{"year alone", "He came to power in 1967 after a coup.", ref2019, "", []want{{"1967", "1967", "DATE", "1967", timeline.Explicit}}},
		{"bc year", "The battle of Marathon in 490 BC ended it.", ref2019, "", []want{{"490 BC", "BC0490", "", "-0489", ""}}},
		{"bce year", "Salamis followed in 480 BCE.", ref2019, "", []want{{"480 BCE", "BC0480", "", "-0479", ""}}},
		{"b.c. year", "Rome fell to the Gauls in 390 B.C. and recovered.", ref2019, "", []want{{"390 B.C.", "BC0390", "", "-0389", ""}}},
	})
}

func TestPeriods(t *testing.T) {
	runCases(t, []tagCase{
		{"decade", "Unrest grew in the 1960s.", ref2019, "", []want{{"the 1960s", "196", "DATE", "196X", ""}}},
		{"decade word", "Music of the sixties.", ref2019, "", []want{{"the sixties", "196", "", "196X", ""}}},
		{"century", "Mines opened in the 19th century.", ref2019, "", []want{{"the 19th century", "18", "", "18XX", ""}}},
		{"season year", "Fighting stopped in the summer of 1944.", ref2019, "", []want{{"the summer of 1944", "1944-SU", "", "1944-22", ""}}},
		{"quarter", "Profits rose in the first quarter of 1998.", ref2019, "", []want{{"the first quarter of 1998", "1998-Q1", "", "1998-01/1998-03", ""}}},
		{"early month", "Talks started in early August 2019.", ref2019, "", []want{{"early August 2019", "2019-08", "", "2019-08-01/2019-08-10", ""}}},
		{"late year", "It ended in late 1944.", ref2019, "", []want{{"late 1944", "1944", "", "1944-09/1944-12", ""}}},
		{"mid decade", "Prices fell in the mid-1990s.", ref2019, "", []want{{"the mid-1990s", "199", "", "", ""}}},
		{"approximate", "The fort was built around 1750 by settlers.", ref2019, "", []want{{"around 1750", "1750", "", "1750~", ""}}},
	})
}

func TestRanges(t *testing.T) {
	runCases(t, []tagCase{
		{"from to", "He ruled from 1964 to 1982.", ref2019, "", []want{{"1964", "1964", "", "", ""}, {"1982", "1982", "", "", ""}}},
		{"hyphen", "The regime (1964-1982) fell.", ref2019, "", []want{{"1964", "1964", "", "", ""}, {"1982", "1982", "", "", ""}}},
		{"between months", "Protests ran between May and July.", ref2019, "", []want{{"May", "2019-05", "", "", ""}, {"July", "2019-07", "", "", ""}}},
		{"day range", "The battle (14 August-24 August 1914) was lost.", ref2019, "", []want{{"14 August", "1914-08-14", "", "", timeline.Explicit}, {"24 August 1914", "1914-08-24", "", "", ""}}},
	})
}

func TestDurationsAndSets(t *testing.T) {
	runCases(t, []tagCase{
		{"years", "He served three years in prison.", ref2019, "", []want{{"three years", "P3Y", "DURATION", "", ""}}},
		{"hours", "The siege lasted 14 hours.", ref2019, "", []want{{"14 hours", "PT14H", "DURATION", "", ""}}},
		{"past weeks", "Prices rose over the past two weeks.", ref2019, "", []want{{"the past two weeks", "P2W", "DURATION", "", ""}}},
		{"few days", "It took a few days.", ref2019, "", []want{{"a few days", "PXD", "DURATION", "", ""}}},
		{"adjectival", "a 16-hour standoff", ref2019, "", []want{{"16-hour", "PT16H", "DURATION", "", ""}}},
		{"every week", "They meet every week.", ref2019, "", []want{{"every week", "P1W", "SET", "", ""}}},
		{"annually", "The fair is held annually.", ref2019, "", []want{{"annually", "P1Y", "SET", "", ""}}},
		{"a couple of", "Rates will stay low for a couple of years.", ref2019, "", []want{{"a couple of years", "P2Y", "DURATION", "", ""}}},
		{"the next couple of", "Over the next couple of months, prices rose.", ref2019, "", []want{{"the next couple of months", "P2M", "DURATION", "", ""}}},
		{"and a half", "A minute and a half later, the pilot called.", ref2019, "", []want{{"A minute and a half", "PT1M30S", "DURATION", "", ""}}},
		{"hour and a half", "The talks lasted an hour and a half.", ref2019, "", []want{{"an hour and a half", "PT1H30M", "DURATION", "", ""}}},
		{"day and a half", "The strike lasted a day and a half.", ref2019, "", []want{{"a day and a half", "P1DT12H", "DURATION", "", ""}}},
		{"years and a half", "They waited 2 1/2 years.", ref2019, "", []want{{"2 1/2 years", "P2Y6M", "DURATION", "", ""}}},
	})
}

func TestNewsResolution(t *testing.T) {
	runCases(t, []tagCase{
		{"yesterday", "Morales resigned yesterday.", ref2019, "", []want{{"yesterday", "2019-11-11", "DATE", "2019-11-11", timeline.DocumentDate}}},
		{"today", "The Senate meets today.", ref2019, "", []want{{"today", "2019-11-12", "", "", timeline.DocumentDate}}},
		{"last sunday", "Voters went to the polls last Sunday.", ref2019, "", []want{{"last Sunday", "2019-11-10", "", "", ""}}},
		{"weekday past", "Morales resigned on Sunday.", ref2019, "", []want{{"Sunday", "2019-11-10", "", "", timeline.DocumentDate}}},
		{"weekday future", "The Senate will meet on Thursday.", ref2019, "", []want{{"Thursday", "2019-11-14", "", "", ""}}},
		{"this week", "Talks resume this week.", ref2019, "", []want{{"this week", "2019-W46", "", "2019-11-11/2019-11-17", ""}}},
		{"next month", "Elections are due next month.", ref2019, "", []want{{"next month", "2019-12", "", "", ""}}},
		{"last year", "Turnout fell last year.", ref2019, "", []want{{"last year", "2018", "", "", ""}}},
		{"two years ago", "He won two years ago.", ref2019, "", []want{{"two years ago", "2017", "", "", ""}}},
		{"month day", "Morales resigned on 10 November.", ref2019, "", []want{{"10 November", "2019-11-10", "", "2019-11-10", timeline.DocumentDate}}},
		{"month day us", "The vote was held October 20.", ref2019, "", []want{{"October 20", "2019-10-20", "", "", ""}}},
		{"ordinal suffix", "He fled on December 6th.", day(2020, 1, 15), "", []want{{"December 6th", "2019-12-06", "", "", ""}}},
		{"time with date", "He resigned on 10 November at 4.50pm.", ref2019, "", []want{{"10 November at 4.50pm", "2019-11-10T16:50", "TIME", "2019-11-10T16:50", ""}}},
		{"clock", "The plane left at 4:50 p.m. local time.", ref2019, "", []want{{"4:50 p.m.", "2019-11-12T16:50", "TIME", "", ""}}},
		{"year-end", "The sale should close by year-end.", ref2019, "", []want{{"year-end", "2019", "DATE", "", ""}}},
		{"year's end past", "Shares have risen 8% since year's end.", ref2019, "", []want{{"year's end", "2018", "DATE", "", ""}}},
		{"vague ago", "Several years ago, he left the party.", ref2019, "", []want{{"Several years ago", "PAST_REF", "DATE", "", ""}}},
		{"vague later", "A few days later, the army moved.", ref2019, "", []want{{"A few days later", "FUTURE_REF", "DATE", "", ""}}},
		{"vague earlier", "Some weeks earlier, he had fled.", ref2019, "", []want{{"Some weeks earlier", "PAST_REF", "DATE", "", ""}}},
		{"now", "The country is now calm.", ref2019, "", []want{{"now", "PRESENT_REF", "DATE", "", ""}}},
		{"mid part of day with a day", "At mid-afternoon yesterday, shares rose.", ref2019, "", []want{{"mid-afternoon yesterday", "2019-11-11TAF", "TIME", "", ""}}},
		{"mid part of day alone", "By mid afternoon, the crowd had left.", ref2019, "", []want{{"mid afternoon", "2019-11-12TAF", "TIME", "", ""}}},
		{"midday", "He appeared in court at midday.", ref2019, "", []want{{"midday", "2019-11-12T12:00", "TIME", "", ""}}},
		{"ahead of the weekend", "Traders sold ahead of the weekend.", ref2019, "", []want{{"the weekend", "2019-W46-WE", "", "", ""}}},
		{"part of day", "Police fired tear gas on Friday morning.", ref2019, "", []want{{"Friday morning", "2019-11-08TMO", "TIME", "2019-11-08", ""}}},
	})
}

// TestTenseCues: the tense of the clause picks the weekday or the year of a
// year-less date (ref2019 is Tuesday 12 November 2019).
func TestTenseCues(t *testing.T) {
	runCases(t, []tagCase{
		{"as early as", "The envoy could arrive as early as Thursday.", ref2019, "", []want{{"Thursday", "2019-11-14", "", "", ""}}},
		{"as soon as", "Talks could resume as soon as Friday.", ref2019, "", []want{{"Friday", "2019-11-15", "", "", ""}}},
		{"would, past of a name", "He said the minister would be traveling to the United States Thursday.", ref2019, "", []want{{"Thursday", "2019-11-14", "", "", ""}}},
		{"planning", "Unions are planning to march on Monday.", ref2019, "", []want{{"Monday", "2019-11-18", "", "", ""}}},
		{"plan to", "They plan to vote on Friday.", ref2019, "", []want{{"Friday", "2019-11-15", "", "", ""}}},
		{"the plan is no future", "The board announced the plan Aug. 21.", ref2019, "", []want{{"Aug. 21", "2019-08-21", "", "", ""}}},
		{"payable", "The dividend is payable Jan. 2 to holders of record.", ref2019, "", []want{{"Jan. 2", "2020-01-02", "", "", ""}}},
		{"since", "Police have searched for him since the May 23 shooting.", ref2019, "", []want{{"May 23", "2019-05-23", "", "", ""}}},
	})
}

func TestWeekdayYear(t *testing.T) {
	runCases(t, []tagCase{
		{"weekday fixes year", "The bank failed on Friday, September 12.", day(2009, 3, 1), "", []want{{"Friday, September 12", "2008-09-12", "", "2008-09-12", timeline.Weekday}}},
		{"weekday agrees", "Markets fell on Monday, Oct. 26.", day(1998, 10, 28), "", []want{{"Monday, Oct. 26", "1998-10-26", "", "", timeline.Weekday}}},
		{"weekday near 2008", "Lehman filed on Friday, September 12.", day(2008, 9, 20), "", []want{{"Friday, September 12", "2008-09-12", "", "2008-09-12", timeline.Weekday}}},
	})
}

func TestFinancialQuarters(t *testing.T) {
	ref := day(1989, 11, 1)
	runCases(t, []tagCase{
		{"named quarter", "Net rose in the third quarter.", ref, "", []want{{"the third quarter", "1989-Q3", "DATE", "1989-07/1989-09", ""}}},
		{"the quarter", "Sales fell 8% in the quarter.", ref, "", []want{{"the quarter", "1989-Q3", "", "", ""}}},
		{"a year earlier", "Net rose in the third quarter from $5 million a year earlier.", ref, "",
			[]want{{"the third quarter", "1989-Q3", "", "", ""}, {"a year earlier", "1988-Q3", "", "", ""}}},
		{"year-ago period", "The third quarter was weak; the year-ago period was strong.", ref, "",
			[]want{{"The third quarter", "1989-Q3", "", "", ""}, {"the year-ago period", "1988-Q3", "", "", ""}}},
		{"this year's quarter", "Sales for this year's second quarter fell.", ref, "", []want{{"this year's second quarter", "1989-Q2", "", "", ""}}},
		{"adjective", "Third-quarter profit fell.", ref, "", []want{{"Third-quarter", "1989-Q3", "", "", ""}}},
		{"fiscal year", "In fiscal 1988, the company earned more.", ref, "", []want{{"fiscal 1988", "1988", "", "", ""}}},
		{"outlook quarter is not reported", "The storm will result in a fourth-quarter charge. Sales rose in the latest quarter.", ref, "",
			[]want{{"fourth-quarter", "1989-Q4", "", "", ""}, {"the latest quarter", "1989-Q3", "", "", ""}}},
		{"fiscal quarter ended", "Net fell in the fourth quarter ended Aug. 26. A year earlier, it earned $2 million.", ref, "",
			[]want{{"the fourth quarter", "1989-Q4", "", "", ""}, {"Aug. 26", "1989-08-26", "", "", ""}, {"A year earlier", "1988-Q4", "", "", ""}}},
	})
}

func TestOtherForms(t *testing.T) {
	runCases(t, []tagCase{
		{"holiday", "Troops crossed on Christmas Day 1776.", ref2019, "", []want{{"Christmas Day 1776", "1776-12-25", "", "1776-12-25", ""}}},
		{"thanksgiving", "Stores open on Thanksgiving Day.", day(1999, 11, 20), "", []want{{"Thanksgiving Day", "1999-11-25", "", "", ""}}},
		{"spelled year", "That was in nineteen ninety-six.", ref2019, "", []want{{"nineteen ninety-six", "1996", "", "", ""}}},
		{"day range start", "The battle (22-25 April 1951) was fierce.", ref2019, "", []want{{"22", "1951-04-22", "", "", ""}, {"25 April 1951", "1951-04-25", "", "", ""}}},
		{"day range end", "Talks ran March 5-9, 1918 in Brest.", ref2019, "", []want{{"March 5", "1918-03-05", "", "", ""}, {"9, 1918", "1918-03-09", "", "", ""}}},
		{"time weekday", "The deadline is 10 p.m. Wednesday.", ref2019, "", []want{{"10 p.m. Wednesday", "2019-11-06T22:00", "TIME", "", ""}}},
		{"bc range", "The revolt (499-493 BC) failed.", ref2019, "", []want{{"499", "BC0499", "", "-0498", ""}, {"493 BC", "BC0493", "", "-0492", ""}}},
		{"short range", "The siege (1915-16) ended.", ref2019, "", []want{{"1915", "1915", "", "", ""}, {"16", "1916", "", "", ""}}},
		{"bc decade", "Throughout the 470s BC the league fought.", ref2019, "", []want{{"the 470s BC", "BC047", "", "-0478/-0469", ""}}},
		{"bc century", "Carthage rose in the 9th century BC.", ref2019, "", []want{{"the 9th century BC", "BC08", "", "-0899/-0800", ""}}},
		{"month last year", "Pol Pot was arrested in July last year.", day(1998, 2, 19), "", []want{{"July last year", "1997-07", "", "", ""}}},
		{"time and date", "The offer runs until 5 p.m. EST Nov. 9.", day(1989, 11, 2), "", []want{{"5 p.m. EST Nov. 9", "1989-11-09T17:00", "TIME", "", ""}}},
		{"fraction", "Iraq imports about three-quarters of its food.", ref2019, "", nil},
		{"show title", "Baker said on ABC's \"This Week\" that talks continue.", ref2019, "", nil},
		{"weekend past", "Talks stalled over the weekend.", ref2019, "", []want{{"the weekend", "2019-W45-WE", "", "2019-11-09/2019-11-10", ""}}},
		{"spelled month year", "It happened in January nineteen ninety-seven.", ref2019, "", []want{{"January nineteen ninety-seven", "1997-01", "", "", ""}}},
		{"latter half", "Attacks fell in the latter half of 2008.", ref2019, "", []want{{"the latter half of 2008", "2008-H2", "", "2008-07/2008-12", ""}}},
		{"near future", "Talks will resume in the near future.", ref2019, "", []want{{"the near future", "FUTURE_REF", "DATE", "", ""}}},
		{"full year", "Sales for the full year rose.", ref2019, "", []want{{"the full year", "2019", "", "", ""}}},
		{"ordinal day range", "They fought from the 13th to the 19th of October 1950.", ref2019, "", []want{{"the 13th", "1950-10-13", "", "", ""}, {"the 19th of October 1950", "1950-10-19", "", "", ""}}},
		{"heading year", "2005: Elections and a new government", ref2019, "", []want{{"2005", "2005", "", "", ""}}},
		{"week set", "Protesters gather every Friday.", ref2019, "", []want{{"every Friday", "XXXX-WXX-5", "SET", "", ""}}},
	})
}

func TestNarrative(t *testing.T) {
	runCases(t, []tagCase{
		{"following year", "The war began in 1914. The following year Italy joined.", ref2019, Narrative,
			[]want{{"1914", "1914", "", "", timeline.Explicit}, {"The following year", "1915", "", "", timeline.Narrative}}},
		{"years later", "He was exiled in 1952. Two years later he returned.", ref2019, Narrative,
			[]want{{"1952", "1952", "", "", ""}, {"Two years later", "1954", "", "", timeline.Narrative}}},
		{"that month", "Troops landed on June 6, 1944. Paris was freed that August.", ref2019, Narrative,
			[]want{{"June 6, 1944", "1944-06-06", "", "", ""}, {"that August", "1944-08", "", "", timeline.Narrative}}},
		{"bare month", "In 1920 the strike spread. In October the mines closed.", ref2019, Narrative,
			[]want{{"1920", "1920", "", "", ""}, {"October", "1920-10", "", "", timeline.Narrative}}},
		{"aside since", "In 1920 the union, active since 1813, struck. In October the mines closed.", ref2019, Narrative,
			[]want{{"1920", "1920", "", "", ""}, {"1813", "1813", "", "", ""}, {"October", "1920-10", "", "", timeline.Narrative}}},
		{"aside distant", "In 1920 the ship sank; the wreck was found in 2004. In October the inquiry closed.", ref2019, Narrative,
			[]want{{"1920", "1920", "", "", ""}, {"2004", "2004", "", "", ""}, {"October", "1920-10", "", "", ""}}},
		{"count after an event", "The fort fell on 12 April 1861. Eight days after the fall of the fort, the arsenal was seized.", ref2019, Narrative,
			[]want{{"12 April 1861", "1861-04-12", "", "", ""}, {"Eight days after the fall of the fort", "1861-04-20", "DATE", "", timeline.Narrative}}},
		{"count after an event in news", "Eight days after the fall of the fort, the arsenal was seized.", ref2019, News,
			[]want{{"Eight days", "P8D", "DURATION", "", ""}}},
		{"stretch after an event", "The fort fell on 12 April 1861. For two days after the bombardment the guns were silent.", ref2019, Narrative,
			[]want{{"12 April 1861", "1861-04-12", "", "", ""}, {"two days", "P2D", "DURATION", "", ""}}},
		{"edge of a month", "The offensive began in July 1918. During the last week of August the line broke.", ref2019, Narrative,
			[]want{{"July 1918", "1918-07", "", "", ""}, {"the last week of August", "P1W", "DATE", "", ""}}},
		{"edge of a year moves the narrative", "For the first ten months of 1915, the army rested. In October it attacked.", ref2019, Narrative,
			[]want{{"the first ten months of 1915", "P10M", "DURATION", "", ""}, {"October", "1915-10", "", "", timeline.Narrative}}},
		{"edge of an event", "In the first three years of the war, the navy grew.", ref2019, Narrative,
			[]want{{"the first three years of the war", "P3Y", "DURATION", "", ""}}},
		{"edge in news stays apart", "In the first nine months of 1997, net rose.", day(1998, 2, 1), News,
			[]want{{"the first nine months", "P9M", "DURATION", "", ""}, {"1997", "1997", "", "", ""}}},
		{"two-digit year in a history", "The Assembly met in June 1790. Royalists left the Club of '89.", ref2019, Narrative,
			[]want{{"June 1790", "1790-06", "", "", ""}, {"'89", "1789", "", "", ""}}},
		{"two-digit year in news", "The class of '99 graduates next year.", day(1998, 11, 2), News,
			[]want{{"'99", "1999", "", "", ""}, {"next year", "1999", "", "", ""}}},
		{"season before a noun", "In 1863, after the inconclusive fall campaign, Lincoln turned west.", ref2019, Narrative,
			[]want{{"1863", "1863", "", "", ""}, {"fall", "1863-FA", "", "", ""}}},
		{"spring offensive", "In 1918 the army launched a spring offensive.", ref2019, Narrative,
			[]want{{"1918", "1918", "", "", ""}, {"spring", "1918-SP", "", "", ""}}},
		{"decades in a history", "In the past decade alone, the country lost a tenth of its people.", ref2019, Narrative,
			[]want{{"the past decade", "P1DE", "DURATION", "", ""}}},
		{"centuries in a history", "It was the bloodiest war of the past two centuries.", ref2019, Narrative,
			[]want{{"the past two centuries", "P2CE", "DURATION", "", ""}}},
		{"decades in news", "It was the worst flood in the past decade.", ref2019, News,
			[]want{{"the past decade", "P10Y", "DURATION", "", ""}}},
		{"a jump ahead is an aside", "Baghdad fell on April 9, 2003. In November 2008, protesters staged a similar scene. Tikrit fell on April 15.", ref2019, Narrative,
			[]want{{"April 9, 2003", "2003-04-09", "", "", ""}, {"November 2008", "2008-11", "", "", ""}, {"April 15", "2003-04-15", "", "", timeline.Narrative}}},
		{"a jump that the story follows", "Baghdad fell on April 9, 2003. In November 2008, the pact was signed. In December the troops left.", ref2019, Narrative,
			[]want{{"April 9, 2003", "2003-04-09", "", "", ""}, {"November 2008", "2008-11", "", "", ""}, {"December", "2008-12", "", "", timeline.Narrative}}},
		{"year from a date ahead", "The siege ended in March 1943. The army had launched its summer offensive in June 1942.", ref2019, Narrative,
			[]want{{"March 1943", "1943-03", "", "", ""}, {"summer", "1942-SU", "", "", ""}, {"June 1942", "1942-06", "", "", ""}}},
		{"no year from an event name", "Attacks fell in January 2008. Deaths fell to their lowest level in November since the 2003 invasion.", ref2019, Narrative,
			[]want{{"January 2008", "2008-01", "", "", ""}, {"November", "2008-11", "", "", ""}, {"2003", "2003", "", "", ""}}},
		{"time before its date", "Talks failed in July 2002. At 5:34 AM Baghdad time on March 20, 2003, the invasion began.", ref2019, Narrative,
			[]want{{"July 2002", "2002-07", "", "", ""}, {"5:34 AM", "2003-03-20T05:34", "TIME", "", ""}, {"March 20, 2003", "2003-03-20", "", "", ""}}},
		{"next day", "The coup came on 9 April 1952. The next day the army surrendered.", ref2019, Narrative,
			[]want{{"9 April 1952", "1952-04-09", "", "", ""}, {"The next day", "1952-04-10", "", "", timeline.Narrative}}},
		{"flashback", "In June 1944 the Allies landed; troops that had arrived in late 1943 joined. By August Paris fell.", ref2019, Narrative,
			[]want{{"June 1944", "1944-06", "", "", ""}, {"late 1943", "1943", "", "", ""}, {"August", "1944-08", "", "", timeline.Narrative}}},
		{"december to january", "The offensive stalled in December 1941. In January the Allies met.", ref2019, Narrative,
			[]want{{"December 1941", "1941-12", "", "", ""}, {"January", "1942-01", "", "", timeline.Narrative}}},
		{"of that year", "Elections were held in 1952. In August of that year a coup failed.", ref2019, Narrative,
			[]want{{"1952", "1952", "", "", ""}, {"August of that year", "1952-08", "", "", timeline.Narrative}}},
		{"quoted today", "In 1965 Johnson said: \"we act today\" and left.", ref2019, Narrative,
			[]want{{"1965", "1965", "", "", ""}, {"today", "PRESENT_REF", "DATE", "", ""}}},
		{"today uses ref", "The treaty of 1648 still matters today.", ref2019, Narrative,
			[]want{{"1648", "1648", "", "", ""}, {"today", "2019-11-12", "", "", timeline.DocumentDate}}},
	})
}

func TestNoReference(t *testing.T) {
	runCases(t, []tagCase{
		{"month day", "Morales resigned on 10 November.", timeline.Day{}, News, []want{{"10 November", "XXXX-11-10", "", "XXXX-11-10", timeline.Unresolved}}},
		{"yesterday", "He left yesterday.", timeline.Day{}, News, []want{{"yesterday", "XXXX-XX-XX", "", "XXXX-XX-XX", timeline.Unresolved}}},
		{"weekday date", "It fell on Friday, September 12.", timeline.Day{}, News, []want{{"Friday, September 12", "XXXX-09-12", "", "XXXX-09-12", timeline.Unresolved}}},
		{"explicit still explicit", "On April 9, 1952 the revolution began.", timeline.Day{}, News, []want{{"April 9, 1952", "1952-04-09", "", "1952-04-09", timeline.Explicit}}},
		{"same paragraph borrows the year", "The crisis began in 1967. On December 6th the army struck.", timeline.Day{}, News, []want{
			{"1967", "1967", "", "1967", timeline.Explicit}, {"December 6th", "1967-12-06", "", "1967-12-06", timeline.Narrative}}},
		{"another report does not lend its year", "Miners were shot in 1967.\n\nOn December 6th the MAS won the election.", timeline.Day{}, News, []want{
			{"1967", "1967", "", "1967", timeline.Explicit}, {"December 6th", "XXXX-12-06", "", "XXXX-12-06", timeline.Unresolved}}},
		{"a heading dates its section", "East Germany, 1989\n\nOn 18 October Honecker resigned.", timeline.Day{}, News, []want{
			{"1989", "1989", "", "1989", timeline.Explicit}, {"18 October", "1989-10-18", "", "1989-10-18", timeline.Narrative}}},
	})
	tg := newTagger(t)
	for _, x := range tg.Tag("On 10 November and last year and on Sunday.", Context{Domain: News}) {
		if x.Date != nil && (!x.Date.YearUnknown || x.Date.Known()) {
			t.Errorf("%q: year should be unknown, got %+v", x.Text, x.Date)
		}
		if x.Text == "Sunday" && (x.Date == nil || x.Date.Precision != timeline.DayPrec) {
			t.Errorf("unresolved %q should still have day precision, got %+v", x.Text, x.Date)
		}
	}
}

func TestFalsePositives(t *testing.T) {
	tg := newTagger(t)
	for _, tc := range []struct{ name, text string }{
		{"modal may", "Officials may resign if the vote fails."},
		{"height", "He stood 5'10 tall."},
		{"a fall in prices", "A fall in prices hurt spring water sales."},
		{"may sentence start", "May the best team win."},
		{"march noun", "Thousands joined the march on the capital."},
		{"march verb", "They will march to La Paz."},
		{"sun", "The sun rose over the Andes."},
		{"page of", "Page 1 of 4"},
		{"one of four", "He was 1 of 4 candidates."},
		{"score", "Bolivia won 3-2 against Peru."},
		{"money", "The loan was $1,000 and later $1500."},
		{"thousands", "About 100,000 workers and 1,000 miners struck."},
		{"count", "Police deployed 1500 soldiers and 2000 troops."},
		{"quantity", "Some 2000 protesters and nearly 1500 police met."},
		{"label", "Resolution 1441 was adopted; Flight 1549 landed."},
		{"decimal", "The index rose 1.5 points to 2150.75."},
		{"age", "A 6-year-old girl was hurt."},
		{"fall verb", "Prices fall when supply grows."},
		{"second ordinal", "He finished a second time."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tg.Tag(tc.text, Context{Ref: ref2019, Domain: News}); len(got) != 0 {
				t.Errorf("got %s, want nothing", describe(got))
			}
		})
	}
}

func TestAutoDomain(t *testing.T) {
	tg := newTagger(t)
	hist := "The war began in 1914. In 1915 Italy joined. By 1916 the front stalled. In 1917 Russia left. " +
		"Two years later the treaty was signed."
	got := tg.Tag(hist, Context{Ref: ref2019, Domain: Auto})
	if last := got[len(got)-1]; last.Value != "1919" {
		t.Errorf("history text: %q = %s, want 1919 (narrative)", last.Text, last.Value)
	}
	news := "Morales resigned on Sunday. Two years later, who knows? The vote of 2014 was different."
	got = tg.Tag(news, Context{Ref: ref2019, Domain: Auto})
	if got[0].Value != "2019-11-10" {
		t.Errorf("news text: %q = %s, want 2019-11-10", got[0].Text, got[0].Value)
	}
}

func TestLexiconErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unknown category", "colour red 1\n", "x.txt:1: unknown category"},
		{"bad month", "# c\nmonth foo 13\n", "x.txt:2: month value"},
		{"fields", "month\n", "x.txt:1: want CATEGORY"},
		{"upper", "month Jan 1\n", "x.txt:1: word \"Jan\" is not lower case"},
		{"duplicate", "month jan 1\nmonth jan 2\n", "x.txt:2: duplicate month"},
		{"unit code", "unit fortnights FF\n", "x.txt:1: unit value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(WithLexicon("x.txt", tc.src))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
	if _, err := New(WithDefaultDomain("weird")); err == nil {
		t.Error("unknown domain accepted")
	}
}

// Validators for TIMEX3 values and EDTF strings.
var (
	reTimexValue = regexp.MustCompile(`^(` +
		`PRESENT_REF|PAST_REF|FUTURE_REF|` +
		`P(\d+|X)(Y|M|W|D|Q|DE|CE|ML|WE|L)|PT(\d+|X)(H|M|S)(\d+M)?|` +
		`(BC)?\d\d|(BC)?\d\d\d|` +
		`(BC)?(\d{4}|XXXX)(-(\d\d|XX)(-(\d\d|XX)(T(\d\d:\d\d|MO|AF|EV|NI|DT))?)?|-Q[1-4X]|-H[12]|-(SP|SU|FA|WI)|-W(\d\d|XX)(-WE|-[1-7])?)?|` +
		`XXXX-XX-XXT(MO|AF|EV|NI|DT)` +
		`)$`)
	edtfPart = `(-?(\d{4}|\d{3}X|\d\dXX|XXXX)(-(\d\d|XX|2[1-4])(-(\d\d|XX)(T\d\d:\d\d(:\d\d)?)?)?)?[~?%]?)`
	reEDTF   = regexp.MustCompile(`^` + edtfPart + `(/` + edtfPart + `)?$`)
)

func validTimex(x timeline.Timex) error {
	if !reTimexValue.MatchString(x.Value) {
		return fmt.Errorf("bad TIMEX3 value %q", x.Value)
	}
	switch x.Type {
	case timeline.TimexDate, timeline.TimexTime, timeline.TimexDuration, timeline.TimexSet:
	default:
		return fmt.Errorf("bad type %q", x.Type)
	}
	if x.Date != nil {
		if !reEDTF.MatchString(x.Date.EDTF) {
			return fmt.Errorf("bad EDTF %q", x.Date.EDTF)
		}
		if x.Date.TIMEX != x.Value {
			return fmt.Errorf("date TIMEX %q != value %q", x.Date.TIMEX, x.Value)
		}
		if x.Date.Known() && (!x.Date.Start.Valid() || !x.Date.End.Valid() || x.Date.End.Compare(x.Date.Start) < 0) {
			return fmt.Errorf("bad range %v..%v", x.Date.Start, x.Date.End)
		}
		if x.Date.Known() == x.Date.YearUnknown {
			return fmt.Errorf("YearUnknown %v but range %v", x.Date.YearUnknown, x.Date.Start)
		}
	}
	return nil
}

func checkInvariants(t *testing.T, text string, xs []timeline.Timex) {
	t.Helper()
	prev := 0
	for _, x := range xs {
		if x.Start < prev || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("bad span %d-%d (prev end %d, len %d) in %q", x.Start, x.End, prev, len(text), text)
		}
		if text[x.Start:x.End] != x.Text {
			t.Fatalf("text %q != span %q", x.Text, text[x.Start:x.End])
		}
		if err := validTimex(x); err != nil {
			t.Fatalf("%q: %v in %q", x.Text, err, text)
		}
		prev = x.End
	}
}

func TestValidators(t *testing.T) {
	good := []string{"1998-02-13", "1998-02", "1998", "199", "19", "1998-W07", "1998-W07-WE", "1998-SU", "1998-Q1",
		"1998-02-13TMO", "1998-02-13T14:30", "P3D", "PT2H", "PXY", "PRESENT_REF", "BC0490", "XXXX-11-10", "P1W", "PT5H30M"}
	for _, v := range good {
		if !reTimexValue.MatchString(v) {
			t.Errorf("valid value %q rejected", v)
		}
	}
	for _, v := range []string{"", "1998-2-13", "P", "BC", "1998-Q5", "T14:30", "1998-02-13T"} {
		if reTimexValue.MatchString(v) {
			t.Errorf("invalid value %q accepted", v)
		}
	}
	for _, v := range []string{"1952-04-09", "1967", "196X", "-0489", "2019-11-10T16:50", "2009-12~", "XXXX-11-10", "2019-08-01/2019-08-10", "18XX", "1944-22"} {
		if !reEDTF.MatchString(v) {
			t.Errorf("valid EDTF %q rejected", v)
		}
	}
	for _, v := range []string{"", "19", "1952-4-9", "2019/", "abc"} {
		if reEDTF.MatchString(v) {
			t.Errorf("invalid EDTF %q accepted", v)
		}
	}
}

func TestInvariantsOnSamples(t *testing.T) {
	tg := newTagger(t)
	for _, s := range benchTexts {
		for _, ref := range []timeline.Day{{}, ref2019, day(-400, 1, 1)} {
			for _, d := range []Domain{News, Narrative, Auto} {
				checkInvariants(t, s, tg.Tag(s, Context{Ref: ref, Domain: d}))
			}
		}
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range benchTexts {
		f.Add(s, 2019, 11, 12)
	}
	for _, s := range []string{"May 2-3", "'60s", "the 5th century BC", "12/31/99", "10:61 pm", "Friday, February 29",
		"1952-04-09T", "31 February 2019", "the 1st of", "a.m. p.m.", "9999 BC", "AD", "every", "the past"} {
		f.Add(s, 0, 0, 0)
	}
	tg, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, y, m, d int) {
		ref := timeline.Day{Year: y%5000 - 1000, Month: ((m%12)+12)%12 + 1, Day: ((d%28)+28)%28 + 1}
		if y == 0 {
			ref = timeline.Day{}
		}
		for _, dom := range []Domain{News, Narrative, Auto} {
			checkInvariants(t, s, tg.Tag(s, Context{Ref: ref, Domain: dom}))
		}
	})
}

func ExampleTagger_Tag() {
	tg, err := New()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Evo Morales resigned on Sunday, three weeks after the 20 October vote. He first won in 2005."
	for _, x := range tg.Tag(text, Context{Ref: timeline.Day{Year: 2019, Month: 11, Day: 12}, Domain: News}) {
		if x.Date != nil {
			fmt.Printf("%q %s %s %s %s\n", x.Text, x.Type, x.Value, x.Date.EDTF, x.Date.Basis)
			continue
		}
		fmt.Printf("%q %s %s\n", x.Text, x.Type, x.Value)
	}
	// Output:
	// "Sunday" DATE 2019-11-10 2019-11-10 document
	// "three weeks" DURATION P3W
	// "the 20 October" DATE 2019-10-20 2019-10-20 document
	// "2005" DATE 2005 2005 explicit
}

func TestLongLine(t *testing.T) {
	tg := newTagger(t)
	unit := "The strike began on 9 April 1952 and ended two years later. "
	text := strings.Repeat(unit, 5000) // one line of about 300 KB
	got := tg.Tag(text, Context{Ref: ref2019, Domain: Narrative})
	checkInvariants(t, text, got)
	if len(got) != 2*5000 {
		t.Errorf("got %d expressions, want %d", len(got), 2*5000)
	}
}

func TestConcurrentTag(t *testing.T) {
	tg := newTagger(t)
	want := make([][]timeline.Timex, len(benchTexts))
	for i, s := range benchTexts {
		want[i] = tg.Tag(s, Context{Ref: ref2019})
	}
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for r := 0; r < 20; r++ {
				for i, s := range benchTexts {
					if got := tg.Tag(s, Context{Ref: ref2019}); describe(got) != describe(want[i]) {
						done <- fmt.Errorf("text %d: concurrent result differs", i)
						return
					}
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestGeneralRules covers the rules of the tagger round that followed the
// TimeML conventions more closely (one or more named cases per rule).
func TestGeneralRules(t *testing.T) {
	ref := day(1989, 11, 1) // a Wednesday
	runCases(t, []tagCase{
		{"year-earlier adjective after a", "Profit rose in the second quarter, against a year-earlier loss of $3 million.", ref, "",
			[]want{{"the second quarter", "1989-Q2", "", "", ""}, {"year-earlier", "1988-Q2", "DATE", "", ""}}},
		{"quarters counted in quarters", "Losses mounted over the past two quarters.", ref, "",
			[]want{{"the past two quarters", "P2Q", "DURATION", "", ""}}},
		{"every quarter", "The bank pays interest every quarter.", ref, "",
			[]want{{"every quarter", "P1Q", "SET", "", ""}}},
		{"weekday night in news keeps the day", "The talks collapsed Monday night.", ref, "",
			[]want{{"Monday night", "1989-10-30", "DATE", "", ""}}},
		{"weekday morning", "The talks collapsed Monday morning.", ref, "",
			[]want{{"Monday morning", "1989-10-30TMO", "TIME", "", ""}}},
		{"night in a history", "The army left Boston on 4 March 1776. The guns opened fire on Sunday night.", ref, Narrative,
			[]want{{"4 March 1776", "1776-03-04", "", "", ""}, {"Sunday night", "1776-03-10TNI", "TIME", "", ""}}},
		{"or so before ago", "A week or so ago, the board met.", ref, "",
			[]want{{"A week or so ago", "1989-W43", "DATE", "", ""}}},
		{"or so after a relative", "The plant will close over the next year or so.", ref, "",
			[]want{{"the next year or so", "1990", "DATE", "", ""}}},
		{"or so after a count", "The strike lasted ten days or so.", ref, "",
			[]want{{"ten days or so", "P10D", "DURATION", "", ""}}},
		{"participle after a determiner is no past tense", "The dividend would be paid on a still undisclosed date in January.", ref, "",
			[]want{{"January", "1990-01", "", "", ""}}},
		{"a plan in the past perfect", "The offer had been scheduled to lapse on Friday.", ref, "",
			[]want{{"Friday", "1989-10-27", "", "", ""}}},
		{"a plan", "The offer is scheduled to lapse on Friday.", ref, "",
			[]want{{"Friday", "1989-11-03", "", "", ""}}},
		{"present tense of a scheduled event", "The trial begins Monday in Newark.", ref, "",
			[]want{{"Monday", "1989-11-06", "", "", ""}}},
		{"a deadline in the past perfect", "The bid had been due to lapse Friday evening.", ref, "",
			[]want{{"Friday evening", "1989-10-27TEV", "TIME", "", ""}}},
		{"three-digit year in a history", "In 711 the Moors crossed the strait, and by 720, the conquest was complete.", ref, Narrative,
			[]want{{"711", "0711", "DATE", "0711", ""}, {"720", "0720", "DATE", "", ""}}},
		{"three-digit year before a name", "The western empire fell in 476 when Odoacer deposed the emperor. Rome was sacked in 455.", ref, Narrative,
			[]want{{"476", "0476", "", "", ""}, {"455", "0455", "", "", ""}}},
		{"three-digit counts in a history", "The town held out in 300 skirmishes; in 200 of them the walls held. Numbers rose by 150, then between 200 and 300.", ref, Narrative,
			nil},
		{"three-digit number in news", "The index fell by 200, to 2,400, and in 300 sessions rose.", ref, News,
			nil},
		{"now that", "Exports slowed now that the embargo holds.", ref, "",
			[]want{{"now", "PRESENT_REF", "DATE", "", ""}}},
		{"adjectival duration leaves the article", "The eight-year war ended, and a several-year truce began with a 30-day pause.", ref, "",
			[]want{{"eight-year", "P8Y", "DURATION", "", ""}, {"several-year", "PXY", "DURATION", "", ""}, {"30-day", "P30D", "DURATION", "", ""}}},
		{"nominal duration keeps the article", "Talks stalled for the past two weeks.", ref, "",
			[]want{{"the past two weeks", "P2W", "DURATION", "", ""}}},
		{"over as a preposition", "The rules evolved over three years.", ref, "",
			[]want{{"three years", "P3Y", "DURATION", "", ""}}},
		{"over as more than", "The siege lasted for over a year.", ref, "",
			[]want{{"over a year", "P1Y", "DURATION", "", ""}}},
		{"later in a year", "The king fled in June 1791. Later in 1792, the monarchy fell.", ref, Narrative,
			[]want{{"June 1791", "1791-06", "", "", ""}, {"Later in 1792", "1792", "DATE", "", ""}}},
		{"later in the season", "The army crossed in May 1916. Later in the summer it withdrew.", ref, Narrative,
			[]want{{"May 1916", "1916-05", "", "", ""}, {"Later in the summer", "1916-SU", "DATE", "", ""}}},
		{"generic today", "In today's world, and by today's standards, more is asked of the leaders of tomorrow.", ref, "", nil},
		{"specific today", "As of today, the offer in today's editions stands; tomorrow's vote decides.", ref, "",
			[]want{{"today", "1989-11-01", "", "", ""}, {"today", "1989-11-01", "", "", ""}, {"tomorrow", "1989-11-02", "", "", ""}}},
		{"irregular past tense", "The president told reporters on Tuesday that the blockade might widen.", ref, "",
			[]want{{"Tuesday", "1989-10-31", "", "", ""}}},
		{"irregular participle after be", "The meeting will be held in January.", ref, "",
			[]want{{"January", "1990-01", "", "", ""}}},
		{"count of something stays the count", "After two months of bitter fighting in the hills, the town fell.", ref, Narrative,
			[]want{{"two months", "P2M", "DURATION", "", ""}}},
		{"some before a count", "The army marched for some 19 days.", ref, "",
			[]want{{"some 19 days", "P19D", "DURATION", "", ""}}},
		{"around a date", "The sale should close around Nov. 15.", ref, "",
			[]want{{"around Nov. 15", "1989-11-15", "DATE", "", ""}}},
		{"around as a place", "They walked around March Street.", ref, "", nil},
		{"age in a history", "The conscripts were 18 years old.", ref, Narrative,
			[]want{{"18 years old", "P18Y", "DURATION", "", ""}}},
		{"age in news", "Mr. Smith, 52 years old, will retire.", ref, News, nil},
		{"rate unit in a history", "Losses rose to 500,000 tons per month.", ref, Narrative,
			[]want{{"per month", "P1M", "DURATION", "", ""}}},
		{"rate unit in news", "Losses rose to 500,000 tons per month.", ref, News, nil},
		{"part of a named day", "In the early morning hours of 30 April 1975, the last helicopters left.", ref, "",
			[]want{{"the early morning hours of 30 April 1975", "1975-04-30TMO", "TIME", "", ""}}},
		{"bare part of day in a history", "The columns moved only at night and hid in daytime.", ref, Narrative,
			[]want{{"night", "XXXX-XX-XXTNI", "TIME", "", ""}, {"daytime", "XXXX-XX-XXTDT", "TIME", "", ""}}},
		{"bare part of day in news", "The columns moved only at night and hid in daytime.", ref, News, nil},
		{"this time as a period in a history", "The Assembly met in June 1789. By this time, the king had lost Paris.", ref, Narrative,
			[]want{{"June 1789", "1789-06", "", "", ""}, {"this time", "PRESENT_REF", "TIME", "", ""}}},
		{"this time as an occasion", "The court moved in June 1789 and again, this time to Lyon, in 1790.", ref, Narrative,
			[]want{{"June 1789", "1789-06", "", "", ""}, {"1790", "1790", "", "", ""}}},
		{"month day of year", "On June 20 of 1792, a crowd entered the palace.", ref, "",
			[]want{{"June 20 of 1792", "1792-06-20", "", "", ""}}},
		{"some quarters are places", "It was argued in some quarters that the vote was rigged.", ref, "", nil},
		{"the former as a pronoun", "The army and the navy disagreed; the former was larger. The former governor fled in 1790.", ref, Narrative,
			[]want{{"former", "PAST_REF", "", "", ""}, {"1790", "1790", "", "", ""}}},
		{"since after is stays past", "The change is since year-end.", ref, "",
			[]want{{"year-end", "1988", "", "", ""}}},
		{"these days", "Few people write letters these days.", ref, "",
			[]want{{"these days", "PRESENT_REF", "DATE", "", ""}}},
		{"at least", "The banks must wait at least 30 days.", ref, "",
			[]want{{"at least 30 days", "P30D", "DURATION", "", ""}}},
		{"more between count and unit", "The lease runs for at least 20 more years, or an additional year at most.", ref, "",
			[]want{{"at least 20 more years", "P20Y", "DURATION", "", ""}, {"an additional year", "P1Y", "DURATION", "", ""}}},
		{"trading days", "Eight trading days later the index recovered.", ref, "",
			[]want{{"Eight trading days later", "1989-11-09", "", "", ""}}},
		{"in years", "Sales grew for the first time in years.", ref, "",
			[]want{{"years", "PXY", "DURATION", "", ""}}},
		{"bare plural before of", "The merger follows months of talks.", ref, "",
			[]want{{"months", "PXM", "DURATION", "", ""}}},
		{"bare plurals joined", "He died within weeks or months of his capture.", ref, "",
			[]want{{"weeks or months", "PXW", "DURATION", "", ""}}},
		{"end of the year in news is this year", "He served from 1980 to 1984. The deal should close by the end of the year.", ref, "",
			[]want{{"1980", "1980", "", "", ""}, {"1984", "1984", "", "", ""}, {"the end of the year", "1989", "", "", ""}}},
		{"takes effect", "The law takes effect Jan. 1.", ref, "",
			[]want{{"Jan. 1", "1990-01-01", "", "", ""}}},
		{"effective", "The pact, effective June 1, ends the strike.", ref, "",
			[]want{{"June 1", "1990-06-01", "", "", ""}}},
		{"starting", "Starting Monday, the rule applies.", ref, "",
			[]want{{"Monday", "1989-11-06", "", "", ""}}},
		{"ends is ahead", "The contract ends Sept. 30.", day(1989, 12, 15), "",
			[]want{{"Sept. 30", "1990-09-30", "", "", ""}}},
		{"name of a war", "The Seven Years' War began in 1756.", ref, Narrative,
			[]want{{"Seven Years", "P7Y", "DURATION", "", ""}, {"1756", "1756", "", "", ""}}},
		{"three-digit year after a full date", "Charlemagne was crowned on 25 December 800, and Leo fled on Christmas Day 799.", ref, Narrative,
			[]want{{"25 December 800", "0800-12-25", "", "", ""}, {"Christmas Day 799", "0799-12-25", "", "", ""}}},
		{"three-digit count after a month", "Attacks rose from a low in January of 114 to 250.", day(2008, 6, 1), News,
			[]want{{"January", "2008-01", "", "", ""}}},
		{"a decade ago is a year", "The plant opened a decade ago.", day(2013, 2, 6), News,
			[]want{{"a decade ago", "2003", "DATE", "", ""}}},
		{"an approximate count of decades names the decade", "The plant opened almost two decades ago.", day(2013, 2, 6), News,
			[]want{{"almost two decades ago", "199", "DATE", "", ""}}},
		{"the current fiscal year", "Sales in the current fiscal year will rise.", ref, "",
			[]want{{"the current fiscal year", "1989", "DATE", "", ""}}},
		{"then current", "Holders may buy at half the then current price.", ref, "",
			[]want{{"then current", "PAST_REF", "DATE", "", ""}}},
		{"next day after a weekday in news", "Police arrested him on Monday. The next day, he was charged.", ref, News,
			[]want{{"Monday", "1989-10-30", "", "", ""}, {"The next day", "1989-10-31", "", "", timeline.Narrative}}},
		{"that year after a weekday in news", "The plant opened in 1985. Yesterday it closed; later that year it had been sold.", ref, News,
			[]want{{"1985", "1985", "", "", ""}, {"Yesterday", "1989-10-31", "", "", ""}, {"later that year", "1985", "", "", ""}}},
		{"month range across the new year in a history", "Manila fell in March 1945. The army fought in Burma from October to March, and took Rangoon in May.", ref, Narrative,
			[]want{{"March 1945", "1945-03", "", "", ""}, {"October", "1944-10", "", "", ""}, {"March", "1945-03", "", "", ""}, {"May", "1945-05", "", "", ""}}},
		{"the 20th", "The attack was set for 20 September. The assault on the 20th was a success.", ref, Narrative,
			[]want{{"20 September", "1989-09-20", "", "", ""}, {"the 20th", "1989-09-20", "", "", ""}}},
		{"the 20th is no division", "The 20th Division and the 3rd of the regiments moved.", ref, Narrative, nil},
		{"day pair", "Surrenders came on May 4 and 5, 1865.", ref, Narrative,
			[]want{{"May 4", "1865-05-04", "", "", ""}, {"5, 1865", "1865-05-05", "", "", ""}}},
		{"day and a count", "On May 4 and 5 soldiers died.", ref, News,
			[]want{{"May 4", "1989-05-04", "", "", ""}}},
		{"present-day", "Settlers reached present-day Belize.", ref, Narrative,
			[]want{{"present-day", "PRESENT_REF", "DATE", "", ""}}},
		{"the day following", "Lee surrendered on 9 April 1865, and the day following saw more surrenders.", ref, Narrative,
			[]want{{"9 April 1865", "1865-04-09", "", "", ""}, {"the day following", "1865-04-10", "", "", ""}}},
		{"following a noun phrase", "The funds fell in the week following last month's crash.", ref, News,
			[]want{{"last month", "1989-10", "", "", ""}}},
		{"a hundred years", "The island has been ruled so for almost a hundred years.", ref, "",
			[]want{{"almost a hundred years", "P100Y", "DURATION", "", ""}}},
		{"or later", "It will not be profitable until 1994 or later, or in 1990 and beyond.", ref, "",
			[]want{{"1994 or later", "1994", "DATE", "", ""}, {"1990 and beyond", "1990", "DATE", "", ""}}},
		{"count after an event in apposition", "On 27 June 1950, two months after the talks failed, Truman acted.", ref, Narrative,
			[]want{{"27 June 1950", "1950-06-27", "", "", ""}, {"two months after the talks failed", "1950-06-27", "DATE", "", ""}}},
		{"days before the new year", "The offensive stalled in July 1938. Eight days before the new year, Franco attacked again. The next day the line broke.", ref, Narrative,
			[]want{{"July 1938", "1938-07", "", "", ""}, {"Eight days before the new year", "1938-12-24", "DATE", "", ""}, {"The next day", "1938-12-25", "", "", ""}}},
		{"and later as a verb phrase", "He staged coups in 1979 and 1981 and later won the election.", ref, "",
			[]want{{"1979", "1979", "", "", ""}, {"1981", "1981", "", "", ""}}},
		{"as recently as", "Polls showed it as recently as late 2009, and as late as 1781 officials still hoped.", ref, "",
			[]want{{"as recently as late 2009", "2009", "DATE", "", ""}, {"as late as 1781", "1781", "DATE", "", ""}}},
		{"season naming an offensive", "In 1918 the Spring Offensive failed.", ref, Narrative,
			[]want{{"1918", "1918", "", "", ""}, {"Spring", "1918-SP", "", "", ""}}},
		{"several days following", "Crowds gathered for several days following, then left.", ref, Narrative,
			[]want{{"several days following", "PXD", "DURATION", "", ""}}},
		{"focus word in a history", "The town fell in 1918 after just seven hours.", ref, Narrative,
			[]want{{"1918", "1918", "", "", ""}, {"just seven hours", "PT7H", "DURATION", "", ""}}},
		{"focus word in news", "The town fell after just seven hours.", ref, News,
			[]want{{"seven hours", "PT7H", "DURATION", "", ""}}},
		{"month-long", "After a month-long siege and a 10-day-long strike, the war was two years long.", ref, "",
			[]want{{"month-long", "P1M", "DURATION", "", ""}, {"10-day-long", "P10D", "DURATION", "", ""}, {"two years long", "P2Y", "DURATION", "", ""}}},
		{"the years from to", "It was published over the years 1751-1777.", ref, Narrative,
			[]want{{"the years 1751-1777", "P27Y", "DURATION", "", ""}}},
		{"singular unit after a count", "Crowds came for the two day rally.", ref, "",
			[]want{{"two day", "P2D", "DURATION", "", ""}}},
		{"adjective between count and unit", "For two bloody weeks and three consecutive days the town held.", ref, "",
			[]want{{"two bloody weeks", "P2W", "DURATION", "", ""}, {"three consecutive days", "P3D", "DURATION", "", ""}}},
		{"half of a game is no time", "The second half of the game was dull.", ref, "", nil},
		{"half of the year", "Profit rose in the first half of the year and in the third quarter of last year.", ref, "",
			[]want{{"the first half of the year", "1989-H1", "", "", ""}, {"the third quarter of last year", "1988-Q3", "", "", ""}}},
		{"month's end", "The troops should arrive by month's end.", ref, "",
			[]want{{"month's end", "1989-11", "DATE", "", ""}}},
		{"the day before", "The truce began on 23 February 1918. The day before, the talks had failed.", ref, Narrative,
			[]want{{"23 February 1918", "1918-02-23", "", "", ""}, {"The day before", "1918-02-22", "DATE", "", ""}}},
		{"the latter part of the year", "The front held in 1944; during the latter part of the year it moved.", ref, Narrative,
			[]want{{"1944", "1944", "", "", ""}, {"the latter part of the year", "1944", "DATE", "", ""}}},
		{"rate unit after a number in a history", "Attacks averaged 30 a day in 2007.", ref, Narrative,
			[]want{{"a day", "P1D", "DURATION", "", ""}, {"2007", "2007", "", "", ""}}},
		{"rate after a number in news", "Attacks averaged 30 a day.", ref, News, nil},
		{"May before a range", "They took the islands (May-August 1950).", ref, Narrative,
			[]want{{"May", "1950-05", "", "", ""}, {"August 1950", "1950-08", "", "", ""}}},
		{"a March operation", "It began with a March operation in Basra in 2008.", ref, Narrative,
			[]want{{"March", "2008-03", "", "", ""}, {"2008", "2008", "", "", ""}}},
		{"may as a verb", "Troops may leave; a may tree grew.", ref, Narrative, nil},
		{"count or count", "They were trained for ten or fifteen years.", ref, "",
			[]want{{"ten", "P10Y", "DURATION", "", ""}, {"fifteen years", "P15Y", "DURATION", "", ""}}},
		{"count to count", "Shipments resume within two to three weeks.", ref, "",
			[]want{{"two to three weeks", "P2W", "DURATION", "", ""}}},
		{"coordinated decades", "Prices rose in the 1960s and 70s.", ref, "",
			[]want{{"the 1960s", "196", "DATE", "", ""}, {"70s", "197", "DATE", "", ""}}},
		{"coordinated centuries", "During the 14th and 15th centuries plague returned.", ref, Narrative,
			[]want{{"the 14th", "13", "DATE", "", ""}, {"15th centuries", "14", "DATE", "", ""}}},
		{"century range", "From the 5th to the 8th century, Rome declined.", ref, Narrative,
			[]want{{"the 5th", "04", "DATE", "", ""}, {"the 8th century", "07", "DATE", "", ""}}},
		{"coordinated centuries BC", "The fourteenth and fifteenth centuries BC were turbulent.", ref, Narrative,
			[]want{{"The fourteenth", "BC13", "DATE", "", ""}, {"fifteenth centuries BC", "BC14", "DATE", "", ""}}},
		{"bare coming months", "The economy should slow in coming months.", ref, "",
			[]want{{"coming months", "FUTURE_REF", "DATE", "", ""}}},
		{"the coming months", "The economy should slow over the coming months.", ref, "",
			[]want{{"the coming months", "PXM", "DURATION", "", ""}}},
		{"bare past years", "There were sell programs in past years, too.", ref, "",
			[]want{{"past years", "PAST_REF", "DATE", "", ""}}},
		{"Today as a name", "The poll was published by USA Today on Monday.", ref, "",
			[]want{{"Monday", "1989-10-30", "", "", ""}}},
		{"the quarter a year ago", "Net rose in the third quarter. For the quarter a year ago, it lost money; in the corresponding period last year, too.", ref, "",
			[]want{{"the third quarter", "1989-Q3", "", "", ""}, {"the quarter a year ago", "1988-Q3", "", "", ""}, {"the corresponding period last year", "1988-Q3", "", "", ""}}},
		{"quarter-to-quarter", "The quarter-to-quarter comparison was weak.", ref, "", nil},
		{"the time being", "The king backed down, for the time being.", ref, Narrative,
			[]want{{"the time being", "PRESENT_REF", "TIME", "", ""}}},
		{"half of a decade", "Sales were flat in the last half of the '80s and the first half of the 1990s.", ref, "",
			[]want{{"the last half of the '80s", "198", "DATE", "", ""}, {"the first half of the 1990s", "199", "DATE", "", ""}}},
		{"weekday blocks a borrowed year", "The offices close Tuesday, Jan. 1 and Dec. 25, 2012.", day(2013, 2, 6), News,
			[]want{{"Tuesday, Jan. 1", "2013-01-01", "", "", timeline.Weekday}, {"Dec. 25, 2012", "2012-12-25", "", "", ""}}},
		{"each month name", "The parade marches each July through the town.", ref, "",
			[]want{{"each July", "XXXX-07", "SET", "", ""}}},
		{"every season", "The river floods every spring.", ref, "",
			[]want{{"every spring", "XXXX-SP", "SET", "", ""}}},
	})
}
