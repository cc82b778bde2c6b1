package browsertest

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/timelinekit/timelinekit/timeline"
)

// tljsPage loads TimelineJS from the local node_modules and our JSON from
// the same server, with every option that would reach the network off.
const tljsPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS test</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/tl/css/timeline.css">
</head>
<body>
<div id="timeline-embed" style="width: 100%; height: 640px"></div>
<script src="/tl/js/timeline.js"></script>
<script>
fetch("/timeline.json").then(function (r) { return r.json(); }).then(function (data) {
  window.tl = new TL.Timeline("timeline-embed", data, {
    script_path: location.origin + "/tl/js/",
    font: null,
    theme: null,
    language: "en"
  });
  window.tl.on("ready", function () { window.tlReady = true; });
}).catch(function (e) { console.error("loading the timeline failed", e); });
</script>
</body>
</html>
`

func timelineJSDist(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("node_modules", "@knight-lab", "timelinejs", "dist")
	if _, err := os.Stat(filepath.Join(dir, "js", "timeline.js")); err != nil {
		requireOrSkip(t, "TimelineJS not installed in internal/browsertest/node_modules")
	}
	return dir
}

func TestTimelineJSInBrowser(t *testing.T) {
	for _, tc := range outputs {
		t.Run(tc.name, func(t *testing.T) {
			chromiumPath(t)
			dist := timelineJSDist(t)
			checkTimelineJS(t, dist, tc.get(t), tc.name)
		})
	}
}

// checkTimelineJS loads the TimelineJS JSON of tl into TimelineJS.
func checkTimelineJS(t *testing.T, dist string, out output, name string) {
	tl, js := out.tl, out.timelineJS
	var doc timeline.TLJSTimeline
	if err := json.Unmarshal(js, &doc); err != nil {
		t.Fatalf("TimelineJS JSON: %v", err)
	}
	if len(doc.Events) == 0 {
		t.Fatalf("%s: no event with a known year to show", name)
	}

	mux := http.NewServeMux()
	mux.Handle("/tl/", http.StripPrefix("/tl/", http.FileServer(http.Dir(dist))))
	mux.HandleFunc("/timeline.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(js) //nolint:errcheck // test server
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(tljsPage)) //nolint:errcheck // test server
	})
	base := serve(t, mux)

	b := newBrowser(t)
	b.do(t, "open TimelineJS page", chromedp.Navigate(base+"/"))
	deadline := time.Now().Add(30 * time.Second)
	for !eval[bool](t, b, `window.tlReady === true`) {
		if time.Now().After(deadline) {
			b.checkNoErrors(t)
			t.Fatal("TimelineJS did not become ready within 30s")
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond) // let the first slide settle

	slides := eval[int](t, b, `document.querySelectorAll(".tl-slide").length`)
	titles := eval[int](t, b, `document.querySelectorAll(".tl-slide-titleslide").length`)
	markers := eval[int](t, b, `document.querySelectorAll(".tl-timemarker").length`)
	if slides != len(doc.Events)+1 || titles != 1 {
		t.Errorf("%d slides (%d title), want %d events + 1 title slide", slides, titles, len(doc.Events))
	}
	if markers != len(doc.Events) {
		t.Errorf("%d time markers, want %d", markers, len(doc.Events))
	}

	// Every event's headline is shown as text (hostile markup included),
	// in timeline order.
	headlines := eval[[]string](t, b, `Array.from(document.querySelectorAll(".tl-slide:not(.tl-slide-titleslide) .tl-headline")).map(h => h.textContent)`)
	var want []string
	for _, ev := range tl.Events {
		if ev.Date != nil && !ev.Date.Start.IsZero() {
			h := ev.Headline
			if h == "" {
				h = ev.Type
			}
			want = append(want, h)
		}
	}
	if strings.Join(headlines, "\n") != strings.Join(want, "\n") {
		t.Errorf("slide headlines\n%q\nwant\n%q", headlines, want)
	}
	injected := eval[int](t, b, `document.querySelectorAll("#timeline-embed script, #timeline-embed [onmouseover], #timeline-embed [onerror], #timeline-embed img, #timeline-embed b").length`)
	if injected != 0 {
		t.Errorf("%d injected elements in the TimelineJS slides", injected)
	}
	msg := eval[string](t, b, `(() => { const m = document.querySelector(".tl-message-full, .tl-message"); return m && m.offsetParent !== null ? m.textContent : ""; })()`)
	if strings.TrimSpace(msg) != "" {
		t.Errorf("TimelineJS shows a message: %q", msg)
	}
	// Go to the next slide with the keyboard and check that it shows the
	// first event.
	b.do(t, "next slide", chromedp.Focus(chromedp.ID("timeline-embed")), chromedp.KeyEvent(kb.ArrowRight))
	time.Sleep(1200 * time.Millisecond)
	if cur := eval[string](t, b, `String(window.tl.current_id)`); cur != doc.Events[0].UniqueID {
		t.Errorf("after ArrowRight the current slide is %q, want the first event %q", cur, doc.Events[0].UniqueID)
	}
	b.screenshot(t, "timelinejs-"+name+".png")
	t.Logf("TimelineJS: %d slides, %d markers", slides, markers)
	b.checkNoErrors(t)
}
