package timeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
)

// WriteJSON writes tl as the version 1 JSON contract (see DESIGN.md and
// schema/timeline-v1.schema.json): indented with two spaces, ending in a
// newline, with empty lists written as [] (never null) and no field whose
// value depends on anything but tl. The input is not modified.
func WriteJSON(w io.Writer, tl *Timeline) error {
	out := normalized(tl)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// Keep <, > and & readable: the file is data, not a script block.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("timeline: write JSON: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("timeline: write JSON: %w", err)
	}
	return nil
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
