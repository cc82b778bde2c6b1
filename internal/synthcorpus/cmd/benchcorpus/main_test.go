package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	bin, err := exec.LookPath("true")
	if err != nil {
		t.Skip("no true(1) to stand in for the timeline binary")
	}
	path := filepath.Join(t.TempDir(), "c.jsonl")
	var out, errb bytes.Buffer
	if code := run([]string{"-mb", "0.2", "-corpus", path, "-timeline", bin}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"corpus ", "0.2 MB", "build ", "exit status 0", "throughput ", "MB/s", "documents/s"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	// The second run reuses the corpus and counts the same documents.
	first := strings.SplitN(out.String(), "\n", 2)[0]
	out.Reset()
	run([]string{"-mb", "0.2", "-corpus", path, "-gen-only"}, &out, &errb)
	if got := strings.TrimSpace(out.String()); got != first {
		t.Errorf("reused corpus: %q, first run %q", got, first)
	}
}
