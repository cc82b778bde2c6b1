package timeline

import _ "embed"

// SchemaV1 is the JSON Schema (draft 2020-12) of the version 1 JSON output
// written by WriteJSON; the file is schema/timeline-v1.schema.json.
//
//go:embed schema/timeline-v1.schema.json
var SchemaV1 []byte
