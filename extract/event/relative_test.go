package event

import (
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// TestRelativeAnchoring covers events placed relative to another event of
// their sentence: "N days/weeks/months/years after/before EVENT". With a
// dated anchor the offset date is computed (basis narrative); with a dated
// main clause the anchor is dated backwards; otherwise they stay undated.
func TestRelativeAnchoring(t *testing.T) {
	tests := []struct {
		name, docDate, text string
		txs                 []tx
		want                string
		basis               timeline.Basis // of the last event; "" not checked
	}{
		{"days after a dated resignation", "",
			"The president resigned on 4 March 1990. Three days after he resigned, the general was sworn in.",
			[]tx{{"4 March 1990", "1990-03-04"}, {"Three days", "P3D"}},
			"resignation@1990-03-04/asserted resignation@1990-03-04/asserted inauguration@1990-03-07/asserted", timeline.Narrative},
		{"weeks after an election", "",
			"The election was held on 2 May 1971. Two weeks after the election, protesters marched on parliament.",
			[]tx{{"2 May 1971", "1971-05-02"}, {"Two weeks", "P2W"}},
			"election@1971-05-02/asserted election@1971-05-02/asserted protest@1971-05-16/asserted", timeline.Narrative},
		{"the day before the coup", "",
			"The coup came on 11 September 1973. The day before the coup, the navy mutinied in Valparaiso.",
			[]tx{{"11 September 1973", "1973-09-11"}},
			"coup@1973-09-11/asserted coup@1973-09-11/asserted mutiny@1973-09-10/asserted", ""},
		{"a day after: the anchor dated backwards", "2017-11-22",
			"The new leader returned on Wednesday, a day after the old president resigned.",
			[]tx{{"on Wednesday", "2017-11-22"}, {"a day", "P1D"}},
			"resignation@2017-11-21/asserted", timeline.Narrative},
		{"a week before: the anchor dated forwards", "",
			"On 3 June 1990 police arrested the organisers, a week before the strike.",
			[]tx{{"3 June 1990", "1990-06-03"}, {"a week", "P1W"}},
			"arrest@1990-06-03/asserted strike@1990-06-10/asserted", timeline.Narrative},
		{"months after a day keep the month", "",
			"Troops stormed the palace on 5 August 1962. Three months after the attack, rebels rose against the junta.",
			[]tx{{"5 August 1962", "1962-08-05"}, {"Three months", "P3M"}},
			"attack@1962-08-05/asserted attack@1962-08-05/asserted uprising@1962-11/asserted", timeline.Narrative},
		{"days after a month is no day", "",
			"Protests began in July 2024. Three days after the protests began, police arrested the organisers.",
			[]tx{{"July 2024", "2024-07"}, {"Three days", "P3D"}},
			"protest@2024-07/asserted protest@2024-07/asserted arrest@-/asserted", ""},
		{"an undated anchor leaves the event undated", "2023-08-15",
			"The junta took power in a coup. The next day the leader spoke. Two weeks after the coup, supporters rallied in the capital.",
			[]tx{{"Two weeks", "P2W"}},
			"coup@-/asserted coup@-/asserted protest@-/asserted", ""},
		{"a length is no offset", "",
			"The army seized power on 1 May 1980. Protests went on for two weeks after the coup.",
			[]tx{{"1 May 1980", "1980-05-01"}, {"two weeks", "P2W"}},
			"coup@1980-05-01/asserted protest@1980-05-01/asserted coup@1980-05-01/asserted", ""},
		{"an event's own date wins", "",
			"The king abdicated on 2 March 1917. A week after the abdication, on 9 March 1917, workers went on strike.",
			[]tx{{"2 March 1917", "1917-03-02"}, {"A week", "P1W"}, {"9 March 1917", "1917-03-09"}},
			"resignation@1917-03-02/asserted resignation@1917-03-02/asserted strike@1917-03-09/asserted", timeline.Explicit},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.Extract(mkInput(t, tc.docDate, tc.text, tc.txs, nil))
			if got := summaries(ms); got != tc.want {
				t.Fatalf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
			if last := ms[len(ms)-1]; tc.basis != "" && (last.Date == nil || last.Date.Basis != tc.basis) {
				t.Errorf("%q: last date %+v, want basis %s", tc.text, last.Date, tc.basis)
			}
		})
	}
}
