package timeline

// mergeEvents turns the event mentions of all extractions into timeline
// events, resolving participant and place mentions to entity ids.
//
// This first version makes one event per mention; see the event issue for
// cross-document merging.
func mergeEvents(exts []Extraction, entityOf [][]int, ents []Entity) []Event {
	var out []Event
	for xi, x := range exts {
		for _, m := range x.Events {
			ev := Event{
				Type:         m.Type,
				Headline:     m.Headline,
				Modality:     m.Modality,
				Date:         m.Date,
				Participants: entityIDs(m.Participants, entityOf[xi], ents),
				Places:       entityIDs(m.Places, entityOf[xi], ents),
				Casualties:   m.Casualties,
				Confidence:   m.Confidence,
			}
			ev.Sources = []Source{{
				Doc:      x.Document.ID,
				Text:     evidence(x.Document.Text, m),
				Start:    m.Sentence.Start,
				End:      m.Sentence.End,
				Trigger:  m.Trigger,
				DateSpan: m.DateSpan,
			}}
			out = append(out, ev)
		}
	}
	return out
}

func entityIDs(idx []int, entityOf []int, ents []Entity) []string {
	ids := []string{}
	for _, i := range idx {
		if i < 0 || i >= len(entityOf) {
			continue
		}
		id := ents[entityOf[i]].ID
		if !contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// evidence returns the event's sentence text: the recorded evidence, or the
// sentence span of the document text when it is in range.
func evidence(text string, m EventMention) string {
	if m.Evidence != "" {
		return m.Evidence
	}
	s := m.Sentence
	if s.Start >= 0 && s.Start <= s.End && s.End <= len(text) {
		return text[s.Start:s.End]
	}
	return ""
}
