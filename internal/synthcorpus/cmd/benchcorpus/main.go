// Command benchcorpus measures `timeline build` on a synthetic corpus: it
// generates the corpus (once; it is kept in the temporary directory), runs
// the timeline binary on it and reports MB/s, documents/s and peak memory
// (the child's maximum resident set size).
//
// Usage (from the repository root):
//
//	go build -o bin/timeline ./cmd/timeline
//	go run ./internal/synthcorpus/cmd/benchcorpus -mb 50 -timeline bin/timeline
//
// Flags after "--" are passed to `timeline build`. With -gen-only it only
// writes the corpus and prints its path.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/timelinekit/timelinekit/internal/progress"
	"github.com/timelinekit/timelinekit/internal/synthcorpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("benchcorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	mb := fs.Float64("mb", 50, "corpus size in MB")
	seed := fs.Uint64("seed", 1, "generator seed")
	path := fs.String("corpus", "", "corpus file (default: in the temporary directory, named by size and seed)")
	regen := fs.Bool("regen", false, "generate the corpus even if the file exists")
	bin := fs.String("timeline", "bin/timeline", "timeline binary to measure")
	jobs := fs.Int("jobs", 0, "pass --jobs N to timeline build (0: its default)")
	genOnly := fs.Bool("gen-only", false, "only generate the corpus")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *path == "" {
		*path = filepath.Join(os.TempDir(), fmt.Sprintf("timelinekit-synth-%gmb-seed%d.jsonl", *mb, *seed))
	}
	size := int64(*mb * (1 << 20))
	docs, n, err := ensureCorpus(*path, size, *seed, *regen)
	if err != nil {
		fmt.Fprintln(stderr, "benchcorpus:", err)
		return 1
	}
	fmt.Fprintf(stdout, "corpus      %s: %.1f MB, %s documents (seed %d)\n", *path, float64(n)/(1<<20), progress.Count(docs), *seed)
	if *genOnly {
		return 0
	}
	out, err := os.MkdirTemp("", "timelinekit-bench-out-")
	if err != nil {
		fmt.Fprintln(stderr, "benchcorpus:", err)
		return 1
	}
	defer os.RemoveAll(out)
	cmdArgs := []string{"build", "-o", out}
	if *jobs > 0 {
		cmdArgs = append(cmdArgs, "--jobs", fmt.Sprint(*jobs))
	}
	cmdArgs = append(cmdArgs, fs.Args()...)
	cmdArgs = append(cmdArgs, *path)
	cmd := exec.Command(*bin, cmdArgs...)
	var errBuf bytes.Buffer
	cmd.Stderr = &limitedBuffer{buf: &errBuf, max: 4 << 10}
	start := time.Now()
	runErr := cmd.Run()
	wall := time.Since(start)
	st := cmd.ProcessState
	if st == nil {
		fmt.Fprintf(stderr, "benchcorpus: running %s: %v\n", *bin, runErr)
		return 1
	}
	cpu := st.UserTime() + st.SystemTime()
	fmt.Fprintf(stdout, "command     %s %v\n", *bin, cmdArgs)
	fmt.Fprintf(stdout, "build       %.2f s wall, %.2f s CPU, exit status %d\n", wall.Seconds(), cpu.Seconds(), st.ExitCode())
	fmt.Fprintf(stdout, "throughput  %.2f MB/s, %s documents/s\n", float64(n)/(1<<20)/wall.Seconds(), progress.Count(int(float64(docs)/wall.Seconds()+0.5)))
	if rss, ok := maxRSS(st); ok {
		fmt.Fprintf(stdout, "peak memory %.1f MB (max resident set size)\n", float64(rss)/(1<<20))
	}
	if runErr != nil {
		fmt.Fprintf(stderr, "benchcorpus: timeline build: %v\n%s", runErr, errBuf.String())
		return 1
	}
	return 0
}

// ensureCorpus writes the corpus to path unless it is there already, and
// returns its documents and bytes.
func ensureCorpus(path string, size int64, seed uint64, regen bool) (int, int64, error) {
	if !regen {
		if docs, n, err := countLines(path); err == nil && n >= size {
			return docs, n, nil
		}
	}
	tmp := path + ".partial"
	f, err := os.Create(tmp)
	if err != nil {
		return 0, 0, err
	}
	docs, n, err := synthcorpus.WriteJSONL(f, synthcorpus.Options{Seed: seed, Bytes: size})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return 0, 0, err
	}
	return docs, n, nil
}

func countLines(path string) (int, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	lines := 0
	var n int64
	for {
		b, err := br.ReadSlice('\n')
		n += int64(len(b))
		if len(b) > 0 && b[len(b)-1] == '\n' {
			lines++
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == io.EOF {
			return lines, n, nil
		}
		if err != nil {
			return 0, 0, err
		}
	}
}

// limitedBuffer keeps the first max bytes written to it.
type limitedBuffer struct {
	buf *bytes.Buffer
	max int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.max - l.buf.Len(); room > 0 {
		l.buf.Write(p[:min(room, len(p))])
	}
	return len(p), nil
}
