//go:build unix

package main

import (
	"os"
	"runtime"
	"syscall"
)

// maxRSS returns the child's peak resident set size in bytes.
func maxRSS(st *os.ProcessState) (int64, bool) {
	ru, ok := st.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, false
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return int64(ru.Maxrss), true // bytes there
	}
	return int64(ru.Maxrss) * 1024, true // kilobytes on Linux and the BSDs
}
