package timeml

import (
	"os"
	"path/filepath"
)

// SharedEnv names the environment variable that can point at the shared
// research data directory (the one holding corpora/timeml).
const SharedEnv = "TIMELINEKIT_SHARED"

// FindCorpora returns the directory of the shared TimeML corpora
// (shared/corpora/timeml): $TIMELINEKIT_SHARED/corpora/timeml when the
// variable is set, else the first shared/corpora/timeml found in the
// working directory or one of its parents (the data sits next to the
// repository as ../shared). ok is false when there is none.
func FindCorpora() (dir string, ok bool) {
	if s := os.Getenv(SharedEnv); s != "" {
		d := filepath.Join(s, "corpora", "timeml")
		return d, isDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		d := filepath.Join(wd, "shared", "corpora", "timeml")
		if isDir(d) {
			return d, true
		}
		parent := filepath.Dir(wd)
		if parent == wd {
			return "", false
		}
		wd = parent
	}
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
