package temporal

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// This file is a development harness: it scores the tagger on the TimeML
// corpora in /work/shared when they are present (skipped otherwise). The
// project's scorer lives in internal/timeml; this one approximates it with
// overlap alignment. TEMPORAL_ERRORS=file writes the disagreements.

var corpusRoot = "/work/shared/corpora/timeml"

type goldTimex struct {
	s, e       int
	typ, value string
	text       string
}

var (
	reTag  = regexp.MustCompile(`<[^>]*>`)
	reAttr = regexp.MustCompile(`(\w+)="([^"]*)"`)
	reDCT  = regexp.MustCompile(`(?s)<DCT>.*?value="([^"]+)"`)
)

func readTML(t *testing.T, path string) (string, []goldTimex, timeline.Day) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	var ref timeline.Day
	if m := reDCT.FindStringSubmatch(src); m != nil && len(m[1]) >= 10 {
		ref, _ = timeline.ParseDay(m[1][:10])
	}
	i := strings.Index(src, "<TEXT>")
	j := strings.Index(src, "</TEXT>")
	body := src[i+6 : j]
	var out strings.Builder
	var gold []goldTimex
	var open *goldTimex
	last := 0
	for _, loc := range reTag.FindAllStringIndex(body, -1) {
		out.WriteString(body[last:loc[0]])
		last = loc[1]
		tag := body[loc[0]:loc[1]]
		switch {
		case strings.HasPrefix(tag, "<TIMEX3") && !strings.HasSuffix(tag, "/>"):
			g := goldTimex{s: out.Len()}
			for _, a := range reAttr.FindAllStringSubmatch(tag, -1) {
				switch a[1] {
				case "type":
					g.typ = a[2]
				case "value":
					g.value = a[2]
				}
			}
			open = &g
		case tag == "</TIMEX3>" && open != nil:
			open.e = out.Len()
			gold = append(gold, *open)
			open = nil
		}
	}
	out.WriteString(body[last:])
	text := out.String()
	for k := range gold {
		gold[k].text = text[gold[k].s:gold[k].e]
	}
	return text, gold, ref
}

type score struct {
	gold, sys, relaxed, strict, value, typ int
}

func (s score) String() string {
	p := float64(s.relaxed) / float64(max(s.sys, 1))
	r := float64(s.relaxed) / float64(max(s.gold, 1))
	f := 2 * p * r / max(p+r, 1e-9)
	sp := float64(s.strict) / float64(max(s.sys, 1))
	sr := float64(s.strict) / float64(max(s.gold, 1))
	sf := 2 * sp * sr / max(sp+sr, 1e-9)
	va := float64(s.value) / float64(max(s.relaxed, 1))
	ta := float64(s.typ) / float64(max(s.relaxed, 1))
	return fmt.Sprintf("gold %d sys %d | relaxed P %.2f R %.2f F1 %.2f | strict F1 %.2f | value F1 %.2f | type F1 %.2f",
		s.gold, s.sys, 100*p, 100*r, 100*f, 100*sf, 100*va*f, 100*ta*f)
}

func TestCorpora(t *testing.T) {
	if _, err := os.Stat(corpusRoot); err != nil {
		t.Skip("corpora not present")
	}
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var errs strings.Builder
	for _, corpus := range []struct{ name, glob string }{
		{"tbaq", "tbaq/*/*.tml"},
		{"wikiwars-train", "wikiwars-train/*.tml"},
	} {
		files, _ := filepath.Glob(filepath.Join(corpusRoot, corpus.glob))
		sort.Strings(files)
		var sc score
		for _, f := range files {
			text, gold, ref := readTML(t, f)
			sys := tg.Tag(text, Context{Ref: ref, Domain: Auto})
			if os.Getenv("TEMPORAL_DOMAIN") != "" {
				t.Logf("%s %s", filepath.Base(f), decideDomain(tg.scan(text, &buffers{}), ref))
			}
			sc.gold += len(gold)
			sc.sys += len(sys)
			used := make([]bool, len(sys))
			gi := 0
			for _, g := range gold {
				match := -1
				for k := range sys {
					if !used[k] && sys[k].Start < g.e && g.s < sys[k].End {
						match = k
						break
					}
				}
				if match < 0 {
					fmt.Fprintf(&errs, "%s\tFN\t%q\t%s\t%s\t%s\n", filepath.Base(f), g.text, g.typ, g.value, ctx(text, g.s, g.e))
					continue
				}
				used[match] = true
				x := sys[match]
				sc.relaxed++
				if x.Start == g.s && x.End == g.e {
					sc.strict++
				} else {
					fmt.Fprintf(&errs, "%s\tEXT\t%q\t%q\t%s\n", filepath.Base(f), g.text, x.Text, ctx(text, g.s, g.e))
				}
				if x.Value == g.value {
					sc.value++
				} else {
					fmt.Fprintf(&errs, "%s\tVAL\t%q\t%s\t%s\tgot %s\t%s\n", filepath.Base(f), g.text, g.typ, g.value, x.Value, ctx(text, g.s, g.e))
				}
				if x.Type == g.typ {
					sc.typ++
				}
				gi++
			}
			for k, u := range used {
				if !u {
					fmt.Fprintf(&errs, "%s\tFP\t%q\t%s\t%s\t%s\n", filepath.Base(f), sys[k].Text, sys[k].Type, sys[k].Value, ctx(text, sys[k].Start, sys[k].End))
				}
			}
		}
		t.Logf("%s: %s", corpus.name, sc)
	}
	if p := os.Getenv("TEMPORAL_ERRORS"); p != "" {
		if err := os.WriteFile(p, []byte(errs.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func ctx(text string, s, e int) string {
	a, b := max(0, s-50), min(len(text), e+50)
	return strings.ReplaceAll(text[a:s]+"[["+text[s:e]+"]]"+text[e:b], "\n", " ")
}
