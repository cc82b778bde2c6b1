package browsertest

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/timelinekit/timelinekit/timeline"
)

// pickType returns the most frequent event type that does not cover every
// event, so that filtering by it must change what is shown.
func pickType(tl *timeline.Timeline) string {
	count := map[string]int{}
	for _, ev := range tl.Events {
		count[ev.Type]++
	}
	best := ""
	for typ, n := range count {
		if n == len(tl.Events) {
			continue
		}
		if best == "" || n > count[best] || n == count[best] && typ < best {
			best = typ
		}
	}
	return best
}

// pickPerson returns the entity named in most events (but not all),
// preferring people, and the word to search for: the last word of its name
// ("Morales").
func pickPerson(tl *timeline.Timeline) (timeline.Entity, string) {
	count := map[string]int{}
	for _, ev := range tl.Events {
		seen := map[string]bool{}
		for _, id := range append(append([]string(nil), ev.Participants...), ev.Places...) {
			if !seen[id] {
				seen[id] = true
				count[id]++
			}
		}
	}
	rank := func(e timeline.Entity) int {
		if e.Type == timeline.Person {
			return 1 << 20
		}
		return 0
	}
	var best timeline.Entity
	for _, e := range tl.Entities {
		if count[e.ID] == 0 || count[e.ID] == len(tl.Events) || strings.ContainsAny(e.Name, "<>\"") {
			continue
		}
		if best.ID == "" || rank(e)+count[e.ID] > rank(best)+count[best.ID] {
			best = e
		}
	}
	f := strings.Fields(best.Name)
	if len(f) == 0 {
		return best, ""
	}
	return best, f[len(f)-1]
}

func TestHTMLInBrowser(t *testing.T) {
	for _, tc := range outputs {
		t.Run(tc.name, func(t *testing.T) {
			chromiumPath(t)
			checkHTML(t, tc.get(t), tc.name)
		})
	}
}

// checkHTML opens the HTML timeline of tl in chromium and drives its
// filters.
func checkHTML(t *testing.T, out output, name string) {
	b := newBrowser(t)
	tl := out.tl
	if len(tl.Events) < 2 {
		t.Fatalf("%s: %d events; the test needs at least 2", name, len(tl.Events))
	}
	// Keep a copy of the page beside its screenshot.
	page, err := os.ReadFile(out.html)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(outDir(t), "timeline-"+name+".html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatal(err)
	}
	all := make([]string, len(tl.Events))
	dated := 0
	for i, ev := range tl.Events {
		all[i] = ev.ID
		if ev.Date != nil && !ev.Date.Start.IsZero() {
			dated++
		}
	}

	visibleMarks := `document.querySelectorAll("svg a.mark:not(.off)").length`
	b.do(t, "open page",
		chromedp.Navigate("file://"+path),
		chromedp.WaitVisible(chromedp.ID("filters")),
	)
	visible := eval[[]string](t, b, visibleIDsJS)
	status := eval[string](t, b, `document.getElementById("status").textContent`)
	marks := eval[int](t, b, visibleMarks)
	if !sameSet(visible, all) {
		t.Errorf("initially visible %v, want all %v", visible, all)
	}
	if want := "Showing all"; !strings.HasPrefix(status, want) {
		t.Errorf("status %q", status)
	}
	if marks != dated {
		t.Errorf("%d marks on the overview, want one per dated event (%d)", marks, dated)
	}

	// Every control has a label, and every overview mark is a link with an
	// accessible name.
	unlabelled := eval[[]string](t, b, `Array.from(document.querySelectorAll("#filters input, #filters select")).filter(e => e.labels.length === 0 && !e.getAttribute("aria-label")).map(e => e.outerHTML)`)
	if len(unlabelled) > 0 {
		t.Errorf("controls without a label: %v", unlabelled)
	}
	if n := eval[int](t, b, `Array.from(document.querySelectorAll("svg a.mark")).filter(a => !a.getAttribute("aria-label") || !document.getElementById(a.getAttribute("href").slice(1))).length`); n != 0 {
		t.Errorf("%d overview marks without a name or a card to link to", n)
	}

	// Filter by one type, with the keyboard: "None", then Space on its box.
	typ := pickType(tl)
	var wantType []string
	datedType := 0
	for _, ev := range tl.Events {
		if ev.Type == typ {
			wantType = append(wantType, ev.ID)
			if ev.Date != nil && !ev.Date.Start.IsZero() {
				datedType++
			}
		}
	}
	b.do(t, "select no type", chromedp.Click(chromedp.CSS(`button[data-all="0"]`)))
	if v := eval[[]string](t, b, visibleIDsJS); len(v) != 0 {
		t.Errorf("after None: %d events visible", len(v))
	}
	b.do(t, "filter by type "+typ,
		chromedp.Focus(chromedp.CSS(`input[name=type][value="`+typ+`"]`)),
		chromedp.KeyEvent(" "),
	)
	visible = eval[[]string](t, b, visibleIDsJS)
	marks = eval[int](t, b, visibleMarks)
	status = eval[string](t, b, `document.getElementById("status").textContent`)
	if !sameSet(visible, wantType) {
		t.Errorf("type %s: visible %v, want %v", typ, visible, wantType)
	}
	if marks != datedType {
		t.Errorf("type %s: %d marks visible, want %d", typ, marks, datedType)
	}
	if len(wantType) == len(all) || len(wantType) == 0 {
		t.Errorf("type %s covers %d of %d events: the filter test proves nothing", typ, len(wantType), len(all))
	}
	t.Logf("type %q: %d of %d events; status %q", typ, len(visible), len(all), status)

	// Search for a person's name.
	person, word := pickPerson(tl)
	if word == "" {
		t.Fatal("no person to search for")
	}
	var wantName []string
	for i := range tl.Events {
		if strings.Contains(eventText(tl, &tl.Events[i]), strings.ToLower(timeline.FoldAccents(word))) {
			wantName = append(wantName, tl.Events[i].ID)
		}
	}
	if len(wantName) == 0 || len(wantName) == len(all) {
		t.Fatalf("search %q would match %d of %d events; pick a better fixture", word, len(wantName), len(all))
	}
	reset := chromedp.Click(chromedp.CSS(`button[type=reset]`))
	b.do(t, "reset", reset)
	if v := eval[[]string](t, b, visibleIDsJS); !sameSet(v, all) {
		t.Errorf("after reset: visible %v, want all", v)
	}
	b.do(t, "search "+word, chromedp.SendKeys(chromedp.ID("f-q"), word))
	visible = eval[[]string](t, b, visibleIDsJS)
	if !sameSet(visible, wantName) {
		t.Errorf("search %q: visible %v, want %v", word, visible, wantName)
	}
	t.Logf("search %q: %d of %d events", word, len(visible), len(all))

	// Entity filter: the same person, chosen in the list.
	var wantEnt []string
	for _, ev := range tl.Events {
		for _, id := range append(append([]string(nil), ev.Participants...), ev.Places...) {
			if id == person.ID {
				wantEnt = append(wantEnt, ev.ID)
				break
			}
		}
	}
	b.do(t, "entity filter", reset)
	eval[bool](t, b, `(() => { const s = document.getElementById("f-entity"); s.value = `+mustJSON(t, person.ID)+`; s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
	if v := eval[[]string](t, b, visibleIDsJS); !sameSet(v, wantEnt) {
		t.Errorf("entity %s: visible %v, want %v", person.ID, v, wantEnt)
	}

	// Year range: the latest year with an event.
	last := 0
	for _, ev := range tl.Events {
		if ev.Date != nil && !ev.Date.Start.IsZero() && ev.Date.Start.Year > last {
			last = ev.Date.Start.Year
		}
	}
	var wantYear []string
	for _, ev := range tl.Events {
		if ev.Date != nil && !ev.Date.Start.IsZero() && ev.Date.End.Year >= last && ev.Date.Start.Year <= last {
			wantYear = append(wantYear, ev.ID)
		}
	}
	y := strconv.Itoa(last)
	b.do(t, "year range", reset,
		chromedp.SendKeys(chromedp.ID("f-from"), y),
		chromedp.SendKeys(chromedp.ID("f-to"), y),
	)
	if v := eval[[]string](t, b, visibleIDsJS); !sameSet(v, wantYear) {
		t.Errorf("years %s-%s: visible %v, want %v", y, y, v, wantYear)
	}
	b.do(t, "reset", reset)
	if v := eval[[]string](t, b, visibleIDsJS); !sameSet(v, all) {
		t.Errorf("after reset: %d visible", len(v))
	}

	// Hostile text must not have run or produced elements.
	injected := eval[int](t, b, `document.querySelectorAll("script").length + document.querySelectorAll("[onmouseover]").length + document.querySelectorAll("#events b, img, [onerror]").length`)
	if injected != 1 {
		t.Errorf("found %d script/onmouseover/b elements, want only the page's script", injected)
	}

	b.screenshot(t, "timeline-"+name+".png")

	// Printing: no controls, a page break before each later section.
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	printed := eval[map[string]string](t, b, `(() => { const s = document.querySelectorAll("#events > section"); return {controls: getComputedStyle(document.getElementById("filters")).display, brk: s.length > 1 ? getComputedStyle(s[1]).breakBefore : "page"}; })()`)
	if printed["controls"] != "none" || printed["brk"] != "page" {
		t.Errorf("print: controls display %q (want none), break-before %q (want page)", printed["controls"], printed["brk"])
	}
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""}); err != nil {
		t.Fatal(err)
	}
	b.checkNoErrors(t)

	// Without JavaScript: every card readable, no dead controls.
	if _, err := chromedp.Call(b.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	b.do(t, "reload without JavaScript", chromedp.Navigate("file://"+path), chromedp.WaitReady(chromedp.ID("events")))
	if v := eval[[]string](t, b, visibleIDsJS); !sameSet(v, all) {
		t.Errorf("without JavaScript: %d of %d cards visible", len(v), len(all))
	}
	if eval[bool](t, b, `document.getElementById("filters").offsetParent !== null`) {
		t.Error("without JavaScript the filter form is shown but cannot work")
	}
}
