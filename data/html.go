package data

import "embed"

// HTML holds the template, stylesheet and script of the standalone HTML
// timeline (html/timeline.gohtml, html/timeline.css, html/timeline.js).
//
//go:embed html/timeline.gohtml html/timeline.css html/timeline.js
var HTML embed.FS
