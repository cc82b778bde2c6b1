package data

import _ "embed"

//go:generate go run ../internal/gazgen -out gazetteer-places.tsv -words-out gazetteer-words.txt

// GazetteerPlaces is the generated gazetteer of countries (with their
// alternative names), English demonyms, capitals, first-level divisions and
// towns of 1,000+ inhabitants; see gazetteer-LICENSE.md for its sources.
//
//go:embed gazetteer-places.tsv
var GazetteerPlaces string

// GazetteerOrgs lists international organisations and other well-known
// organisations with their acronyms and names in other languages.
//
//go:embed gazetteer-orgs.tsv
var GazetteerOrgs string

// GazetteerExtra lists places the generated gazetteer lacks: continents,
// world regions, large geographic features, country abbreviations and
// former countries.
//
//go:embed gazetteer-extra.tsv
var GazetteerExtra string

// GazetteerCues lists the words that cue or block entities: titles and
// honorifics, organisation and place head nouns, and capitalised words that
// are never an entity on their own.
//
//go:embed gazetteer-cues.tsv
var GazetteerCues string

// GazetteerWords lists lowercase English words that are not also names
// (generated from the Debian wamerican word list), one a line: a
// capitalised run made of such words is not a person's name.
//
//go:embed gazetteer-words.txt
var GazetteerWords string

// GazetteerPeople lists historical and political figures often named by
// one name ("Stalin", "Napoleon"), with their full names.
//
//go:embed gazetteer-people.tsv
var GazetteerPeople string
