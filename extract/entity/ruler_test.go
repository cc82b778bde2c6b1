package entity

import "testing"

// TestRulersOfLandsAndStorms covers names joined to a land by "of"
// ("William of Orange", "James VI of Scotland"), which are persons, and
// named storms, which are events and no entity, nicknames after "known
// as", places named after persons, and Arabic place words (events6 round).
// The sentences are the project's own.
func TestRulersOfLandsAndStorms(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a given name of a land", "In 1490 Isolde of Brabant married the duke.", "PERSON:Isolde of Brabant"},
		{"a regnal name of a land", "The crown passed to Ludovic IV of Navarre.", "PERSON:Ludovic IV of Navarre"},
		{"after a month", "In August Ludovic IV of Navarre landed.", "PERSON:Ludovic IV of Navarre"},
		{"a body of a land stays an organisation", "The Bank of Navarre raised rates.", "ORG:Bank of Navarre"},
		{"a common word of a land is no person", "The Siege of Navarre ended in May.", ""},
		{"a known place of a land is no person", "Troops reached Paris of Navarre.", "PLACE:Paris"},
		{"a named cyclone is no person", "Cyclone Tembo struck the coast.", ""},
		{"a named hurricane is no person", "Hurricane Delmira flooded the town of Alvarado.", "PLACE:Alvarado"},
		{"a tropical storm", "Tropical Storm Nesto weakened on Monday.", ""},
		{"a regnal name ends before 'and'", "War broke out between Ludovic IV and Parliament.", "PERSON:Ludovic IV; ORG:Parliament"},
		{"a nickname a gazetteer knows as a town", "The commander Ramiro Vega, known as El Tigre, surrendered.", "PERSON:Ramiro Vega; PERSON:El Tigre"},
		{"a place known by another name stays a place", "Troops entered Santa Rosa, known as El Tigre, at dawn.", "PLACE:Santa Rosa; PLACE:El Tigre"},
		{"a nickname after a lowercase title", "The rebel leader, known as El Tigre, surrendered.", "PERSON:El Tigre"},
		{"a town known by another name stays a place", "The old port, known as El Tigre, was rebuilt.", "PLACE:El Tigre"},
		{"a building called House", "Crowds gathered outside the White House on Sunday.", "PLACE:White House"},
		{"a colony named by a power and a compass place", "The revolt spread across German East Africa in 1905.", "PLACE:German East Africa"},
		{"a colony not in the gazetteer", "The Dutch East Indies fell in 1942.", "PLACE:Dutch East Indies"},
		{"a demonym before a person is still cut", "The Kenyan president Daniel Arap Moi spoke.", "PERSON:Daniel Arap Moi"},
		{"a facility named after a person", "Crowds gathered at the Hamid al-Karimi mosque.", "PLACE:Hamid al-Karimi"},
		{"a person before a facility word without 'the'", "Hamid al-Karimi mosque leaders met.", "PERSON:Hamid al-Karimi"},
		{"Arabic place words open place names", "Rebels entered Kafr Sulaym and Bab al-Nasir.", "PLACE:Kafr Sulaym; PLACE:Bab al-Nasir"},
		{"an assimilated article", "Shelling hit Deir es-Salim in May.", "PLACE:Deir es-Salim"},
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
