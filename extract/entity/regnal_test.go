package entity

import "testing"

// TestRegnalNamesAndBarracks covers a ruler named by one name and a regnal
// number ("Mehmed II"), places named by their barracks or garden, and a
// surname written alone that a full name writes after an Arabic article.
func TestRegnalNamesAndBarracks(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"one name and a regnal number", "The city fell to the army of Osman III in 1757.", "PERSON:Osman III"},
		{"in apposition", "The last king, Ludovic XI, fled.", "PERSON:Ludovic XI"},
		{"a later bare name joins", "Osman III took the fort. Osman ruled for years.", "PERSON:Osman III; PERSON:Osman=Osman III"},
		{"an all-capital word before a numeral is no ruler", "The NATO II summit met.", "ORG:NATO=North Atlantic Treaty Organization"},
		{"barracks are a place", "Rebels attacked the Vargas Barracks at dawn.", "PLACE:Vargas Barracks"},
		{"a garden square (bagh) is a place", "Crowds filled the Kamla Bagh at noon.", "PLACE:Kamla Bagh"},
		{"a surname after an Arabic article", "Why did Haddad fall? Karim al-Haddad fled abroad.",
			"PERSON:Haddad=Karim al-Haddad; PERSON:Karim al-Haddad"},
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
