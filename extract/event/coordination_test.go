package event

import "testing"

// TestCoordinatedDates covers dates shared by coordinated clauses and
// verbs, and the tense of phrases listed from a past form.
func TestCoordinatedDates(t *testing.T) {
	tests := []struct {
		name, docDate, text string
		txs                 []tx
		want                string
	}{
		{"a second verb of one subject shares the first's date", "2021-02-02",
			"The generals seized power on Monday and detained the president.",
			[]tx{{"on Monday", "2021-02-01"}}, "coup@2021-02-01/asserted arrest@2021-02-01/asserted"},
		{"a second verb after a comma keeps its own", "",
			"Troops stormed the palace on 4 May 1980, and later they detained the cabinet.",
			[]tx{{"4 May 1980", "1980-05-04"}}, "attack@1980-05-04/asserted arrest@-/asserted"},
		{"the second verb's own date comes first", "",
			"Princip was arrested at the scene and died in prison in 1918.",
			[]tx{{"1918", "1918"}}, "arrest@-/asserted"},
		{"an opening date covers a clause after ', and'", "",
			"On 9 May 1945 the garrison laid down its arms, and the city fell to the Red Army.",
			[]tx{{"9 May 1945", "1945-05-09"}}, "invasion@1945-05-09/asserted"},
		{"a date inside the sentence does not", "",
			"Officers met in secret in March 1936, and the city fell to the rebels.",
			[]tx{{"March 1936", "1936-03"}}, "invasion@-/asserted"},
		{"a past form listed first is past", "2024-08-10",
			"Protests began in Dhaka in July 2024. Police fired on the crowds.",
			[]tx{{"July 2024", "2024-07"}}, "protest@2024-07/asserted attack@2024-07/asserted"},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summaries(x.Extract(mkInput(t, tc.docDate, tc.text, tc.txs, nil)))
			if got != tc.want {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
