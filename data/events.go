package data

import _ "embed"

// EventLexicon is the default event lexicon of extract/event: event types
// with their CAMEO/ACLED crosswalk, trigger words and phrases, and the
// context rules that keep non-events out. The format is described at the
// top of the file.
//
//go:embed events.lex
var EventLexicon string
