package browsertest

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestHarnessCatchesErrors proves that the "no errors" checks of the other
// tests can fail: a page that logs an error, throws, opens an alert and
// loads a missing file must be reported four times.
func TestHarnessCatchesErrors(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!DOCTYPE html><html><head><link rel="icon" href="data:,"><title>bad</title></head><body>
<img src="/missing.png" alt="">
<script>console.error("boom"); setTimeout(function () { alert("x"); }, 0); null.nothing;</script></body></html>`)) //nolint:errcheck // test server
	})
	base := serve(t, mux)
	b := newBrowser(t)
	b.do(t, "open", chromedp.Navigate(base+"/"))
	deadline := time.Now().Add(10 * time.Second)
	for {
		b.mu.Lock()
		got := strings.Join(b.errors, "\n")
		n := len(b.errors)
		b.mu.Unlock()
		if n >= 4 {
			for _, want := range []string{"boom", "nothing", "dialog opened: x", "404"} {
				if !strings.Contains(got, want) {
					t.Errorf("reported errors lack %q:\n%s", want, got)
				}
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d errors reported:\n%s", n, got)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
