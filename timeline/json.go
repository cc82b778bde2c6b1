package timeline

import (
	"fmt"
	"io"
	"math"
)

// WriteJSON writes tl as the version 1 JSON contract (see DESIGN.md and
// schema/timeline-v1.schema.json): indented with two spaces, ending in a
// newline, with empty lists written as [] (never null) and no field whose
// value depends on anything but tl. The input is not modified.
//
// The output is exactly what encoding/json gives for normalized(tl) with
// SetIndent("", "  ") and SetEscapeHTML(false) (TestWritersMatchReference
// holds the two together), but it is written event by event, so memory
// does not grow with the timeline.
func WriteJSON(w io.Writer, tl *Timeline) error {
	if tl == nil {
		tl = &Timeline{}
	}
	s := newSink(w)
	version := Version
	if tl.Version != 0 {
		version = tl.Version
	}
	s.str("{\n  \"version\": ")
	s.int(version)
	s.str(",\n  \"documents\": ")
	if len(tl.Documents) == 0 {
		s.str("[]")
	} else {
		s.str("[")
		for i := range tl.Documents {
			if i > 0 {
				s.str(",")
			}
			writeJSONDocument(s, &tl.Documents[i])
		}
		s.str("\n  ]")
	}
	s.str(",\n  \"entities\": ")
	if len(tl.Entities) == 0 {
		s.str("[]")
	} else {
		s.str("[")
		for i := range tl.Entities {
			if i > 0 {
				s.str(",")
			}
			writeJSONEntity(s, &tl.Entities[i])
			s.maybeFlush()
		}
		s.str("\n  ]")
	}
	s.str(",\n  \"events\": ")
	if tl.NumEvents() == 0 {
		s.str("[]")
	} else {
		s.str("[")
		first := true
		err := tl.EachEvent(func(ev *Event) error {
			if !first {
				s.str(",")
			}
			first = false
			writeJSONEvent(s, ev)
			s.maybeFlush()
			return s.err
		})
		if err != nil {
			return fmt.Errorf("timeline: write JSON: %w", err)
		}
		s.str("\n  ]")
	}
	s.str("\n}\n")
	if err := s.flush(); err != nil {
		return fmt.Errorf("timeline: write JSON: %w", err)
	}
	return nil
}

// jsonStr appends ",\n<indent>\"key\": " and the JSON string v; lead is
// the comma, newline, indent and key, written as one constant.
func (s *sink) jsonStr(lead, v string) {
	s.buf = append(s.buf, lead...)
	s.buf = appendJSONString(s.buf, v, false)
}

// jsonDay appends lead and d as a JSON string, or null for the zero Day.
func (s *sink) jsonDay(lead string, d Day) {
	s.buf = append(s.buf, lead...)
	if d.IsZero() {
		s.buf = append(s.buf, "null"...)
		return
	}
	s.buf = append(s.buf, '"')
	s.buf = appendDay(s.buf, d)
	s.buf = append(s.buf, '"')
}

// jsonList appends lead and list as an array of strings at the given
// indent (of the line holding the key).
func (s *sink) jsonList(lead, indent string, list []string) {
	s.buf = append(s.buf, lead...)
	if len(list) == 0 {
		s.buf = append(s.buf, "[]"...)
		return
	}
	s.buf = append(s.buf, '[')
	for i, v := range list {
		if i > 0 {
			s.buf = append(s.buf, ',')
		}
		s.buf = append(s.buf, '\n')
		s.buf = append(s.buf, indent...)
		s.buf = append(s.buf, "  "...)
		s.buf = appendJSONString(s.buf, v, false)
	}
	s.buf = append(s.buf, '\n')
	s.buf = append(s.buf, indent...)
	s.buf = append(s.buf, ']')
}

func writeJSONDocument(s *sink, d *DocumentInfo) {
	s.jsonStr("\n    {\n      \"id\": ", d.ID)
	s.jsonStr(",\n      \"title\": ", d.Title)
	s.jsonDay(",\n      \"date\": ", d.Date)
	s.jsonStr(",\n      \"source\": ", d.Source)
	if d.URL != "" {
		s.jsonStr(",\n      \"url\": ", d.URL)
	}
	if d.Author != "" {
		s.jsonStr(",\n      \"author\": ", d.Author)
	}
	s.str("\n    }")
}

func writeJSONEntity(s *sink, e *Entity) {
	s.jsonStr("\n    {\n      \"id\": ", e.ID)
	s.jsonStr(",\n      \"name\": ", e.Name)
	s.jsonStr(",\n      \"type\": ", string(e.Type))
	s.jsonList(",\n      \"aliases\": ", "      ", e.Aliases)
	s.str(",\n      \"mentions\": ")
	s.int(e.Mentions)
	s.str("\n    }")
}

func writeJSONEvent(s *sink, ev *Event) {
	s.jsonStr("\n    {\n      \"id\": ", ev.ID)
	s.jsonStr(",\n      \"type\": ", ev.Type)
	s.jsonStr(",\n      \"headline\": ", ev.Headline)
	mod := ev.Modality
	if mod == "" {
		mod = Asserted
	}
	s.jsonStr(",\n      \"modality\": ", string(mod))
	if d := ev.Date; d == nil {
		s.str(",\n      \"date\": null")
	} else {
		s.jsonStr(",\n      \"date\": {\n        \"edtf\": ", d.EDTF)
		s.jsonStr(",\n        \"timex\": ", d.TIMEX)
		s.jsonDay(",\n        \"start\": ", d.Start)
		s.jsonDay(",\n        \"end\": ", d.End)
		s.jsonStr(",\n        \"precision\": ", string(d.Precision))
		s.jsonStr(",\n        \"text\": ", d.Text)
		s.jsonStr(",\n        \"basis\": ", string(d.Basis))
		if d.Approximate {
			s.str(",\n        \"approximate\": true")
		}
		if d.YearUnknown {
			s.str(",\n        \"year_unknown\": true")
		}
		s.str("\n      }")
	}
	s.jsonList(",\n      \"participants\": ", "      ", ev.Participants)
	s.jsonList(",\n      \"places\": ", "      ", ev.Places)
	s.str(",\n      \"casualties\": {\n        \"killed\": ")
	s.int(ev.Casualties.Killed)
	s.str(",\n        \"injured\": ")
	s.int(ev.Casualties.Injured)
	s.str("\n      },\n      \"confidence\": ")
	s.buf = appendJSONFloat(s.buf, clamp01(ev.Confidence))
	s.str(",\n      \"sources\": ")
	if len(ev.Sources) == 0 {
		s.str("[]")
	} else {
		s.str("[")
		for i := range ev.Sources {
			src := &ev.Sources[i]
			if i > 0 {
				s.str(",")
			}
			s.jsonStr("\n        {\n          \"doc\": ", src.Doc)
			s.jsonStr(",\n          \"text\": ", src.Text)
			s.str(",\n          \"start\": ")
			s.int(src.Start)
			s.str(",\n          \"end\": ")
			s.int(src.End)
			s.str(",\n          \"trigger\": {\n            \"start\": ")
			s.int(src.Trigger.Start)
			s.str(",\n            \"end\": ")
			s.int(src.Trigger.End)
			s.str("\n          }")
			if sp := src.DateSpan; sp != nil {
				s.str(",\n          \"date_span\": {\n            \"start\": ")
				s.int(sp.Start)
				s.str(",\n            \"end\": ")
				s.int(sp.End)
				s.str("\n          }")
			}
			s.str("\n        }")
		}
		s.str("\n      ]")
	}
	s.str("\n    }")
}

// normalized returns a shallow copy of tl in which every list is non-nil,
// the version is set and confidences are finite numbers in [0, 1], so that
// the JSON output always satisfies the schema. A nil tl gives an empty
// timeline.
func normalized(tl *Timeline) *Timeline {
	out := &Timeline{Version: Version, Documents: []DocumentInfo{}, Entities: []Entity{}, Events: []Event{}}
	if tl == nil {
		return out
	}
	if tl.Version != 0 {
		out.Version = tl.Version
	}
	out.Documents = append(out.Documents, tl.Documents...)
	for _, e := range tl.Entities {
		e.Aliases = nonNil(e.Aliases)
		out.Entities = append(out.Entities, e)
	}
	for _, ev := range tl.Events {
		ev.Participants = nonNil(ev.Participants)
		ev.Places = nonNil(ev.Places)
		if ev.Sources == nil {
			ev.Sources = []Source{}
		}
		ev.Confidence = clamp01(ev.Confidence)
		if ev.Modality == "" {
			ev.Modality = Asserted
		}
		out.Events = append(out.Events, ev)
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func clamp01(f float64) float64 {
	switch {
	case math.IsNaN(f) || f < 0:
		return 0
	case f > 1:
		return 1
	}
	return f
}
