package data

import _ "embed"

// TemporalLexicon is the word list of the time-expression tagger
// (extract/temporal): one "category word value [flags]" entry a line.
//
//go:embed temporal.txt
var TemporalLexicon string
