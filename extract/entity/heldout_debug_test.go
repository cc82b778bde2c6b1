package entity

import (
	"os"
	"testing"
)

func TestDebugHeldOut(t *testing.T) {
	if os.Getenv("ENTITY_DEBUG") == "" {
		t.Skip()
	}
	r, _ := New()
	for _, text := range []string{
		"On Monday, Chilean President Gabriel Boric met with Argentine officials in Buenos Aires. The Socialist Party (PS) criticised the move. Reading between the lines, analysts at the University of Chile said Boric's coalition was weakened. Mobile phone footage showed police firing tear gas in Valparaíso.",
		"In 1973, General Augusto Pinochet led a coup against Salvador Allende. The United States, through the CIA, had funded opposition groups. Thousands were detained at the National Stadium in Santiago. Later, the Rettig Commission documented the abuses.",
		"The African National Congress (ANC) won South Africa's first democratic election in April 1994. Nelson Mandela became president. Mandela's government faced huge challenges. Still, the ANC remained dominant for decades, and Cyril Ramaphosa later led the party.",
		"Mexican authorities said the Sinaloa Cartel was behind the attack in Culiacán. Will the government respond? May Day marches took place in Mexico City, where workers from the CTM union gathered in the Zócalo.",
		"Protesters blocked roads in Cochabamba and Oruro on Tuesday. Carlos Mesa, the former president, called for calm, while Luis Fernando Camacho, leader of the Santa Cruz Civic Committee, demanded Morales resign. The COB, Bolivia's main trade union federation, stayed neutral. Jeanine Áñez later declared herself interim president.",
		"Hugo Chávez died in Caracas in March 2013. His successor, Nicolás Maduro, won a narrow election against Henrique Capriles. The opposition coalition, known as the MUD, rejected the result. Washington imposed sanctions. Guaidó, the head of the National Assembly, was recognised by the US and the European Union.",
	} {
		for _, m := range recognize(t, r, text) {
			t.Logf("%s %q canon=%q country=%q", m.Type, m.Text, m.Canonical, m.Country)
		}
		t.Log("---")
	}
}
