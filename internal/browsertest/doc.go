// Package browsertest holds the browser tests of the HTML and TimelineJS
// outputs. They drive Debian's chromium headless (through chromedp) and
// serve TimelineJS from the local node_modules installed by
// .ci/browser-deps.sh. Without chromium or node_modules the tests skip with
// a message; under CI (CI=true) they fail instead, so that CI can never
// pass without running them.
//
// Screenshots go to $BROWSERTEST_OUT, or to a timelinekit-browsertest
// directory under the system temporary directory.
package browsertest
