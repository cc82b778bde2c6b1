//go:build nohtml

package main

import "github.com/timelinekit/timelinekit/internal/corpus"

// htmlReader returns nil in builds tagged nohtml: HTML inputs are skipped
// and reported. Such builds leave out go-trafilatura and go-htmldate, whose
// package initialisation costs about 0.2 s and 60 MB at every start.
func htmlReader() corpus.HTMLFunc { return nil }
