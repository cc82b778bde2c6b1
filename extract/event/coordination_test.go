package event

import (
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// TestCoordinatedDates covers dates shared by coordinated clauses and
// verbs, and the tense of phrases listed from a past form.
func TestCoordinatedDates(t *testing.T) {
	tests := []struct {
		name, docDate, text string
		txs                 []tx
		want                string
		ens                 []en
	}{
		{"a second verb of one subject shares the first's date", "2021-02-02",
			"The generals seized power on Monday and detained the president.",
			[]tx{{"on Monday", "2021-02-01"}}, "coup@2021-02-01/asserted arrest@2021-02-01/asserted", nil},
		{"a second verb after a comma keeps its own", "",
			"Troops stormed the palace on 4 May 1980, and later they detained the cabinet.",
			[]tx{{"4 May 1980", "1980-05-04"}}, "attack@1980-05-04/asserted arrest@-/asserted", nil},
		{"the second verb's own date comes first", "",
			"Princip was arrested at the scene and died in prison in 1918.",
			[]tx{{"1918", "1918"}}, "arrest@-/asserted", nil},
		{"an opening date covers a clause after ', and'", "",
			"On 9 May 1945 the garrison laid down its arms, and the city fell to the Red Army.",
			[]tx{{"9 May 1945", "1945-05-09"}}, "invasion@1945-05-09/asserted", nil},
		{"a date inside the sentence does not", "",
			"Officers met in secret in March 1936, and the city fell to the rebels.",
			[]tx{{"March 1936", "1936-03"}}, "invasion@-/asserted", nil},
		{"within days moves away from the narrative date", "",
			"The rebels launched an offensive on 27 November 2024. They captured Aleppo within days.",
			[]tx{{"27 November 2024", "2024-11-27"}}, "war@2024-11-27/asserted invasion@-/asserted", []en{{"Aleppo", timeline.Place}}},
		{"within hours stays on it", "",
			"The rebels launched an offensive on 27 November 2024. They captured Aleppo within hours.",
			[]tx{{"27 November 2024", "2024-11-27"}}, "war@2024-11-27/asserted invasion@2024-11-27/asserted", []en{{"Aleppo", timeline.Place}}},
		{"a past form listed first is past", "2024-08-10",
			"Protests began in Dhaka in July 2024. Police fired on the crowds.",
			[]tx{{"July 2024", "2024-07"}}, "protest@2024-07/asserted attack@2024-07/asserted", nil},
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
