package entity

import "testing"

// TestRegnalNamesAndBarracks covers a ruler named by one name and a regnal
// number ("Mehmed II"), and a place named by its barracks.
func TestRegnalNamesAndBarracks(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"one name and a regnal number", "The city fell to the army of Osman III in 1757.", "PERSON:Osman III"},
		{"in apposition", "The last king, Ludovic XI, fled.", "PERSON:Ludovic XI"},
		{"a later bare name joins", "Osman III took the fort. Osman ruled for years.", "PERSON:Osman III; PERSON:Osman=Osman III"},
		{"an all-capital word before a numeral is no ruler", "The NATO II summit met.", "ORG:NATO=North Atlantic Treaty Organization"},
		{"barracks are a place", "Rebels attacked the Vargas Barracks at dawn.", "PLACE:Vargas Barracks"},
	}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := format(recognize(t, r, tc.text)); got != tc.want {
				t.Errorf("%q: got %s, want %s", tc.text, got, tc.want)
			}
		})
	}
}
