package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Size returns the bytes Read will consume from inputs (compressed size for
// .gz files), for progress reports. known is false when an input's size
// cannot be told in advance (standard input, or an input that cannot be
// read); the total then counts the others.
func Size(inputs []string) (total int64, known bool) {
	known = true
	for _, in := range inputs {
		if in == "-" {
			known = false
			continue
		}
		fi, err := os.Stat(in)
		if err != nil {
			known = false
			continue
		}
		if !fi.IsDir() {
			total += fi.Size()
			continue
		}
		filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				known = false
				return nil
			}
			if path != in && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if k, _, _ := kindOf(path); k == kindUnknown {
				return nil
			}
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				total += fi.Size()
			}
			return nil
		})
	}
	return total, known
}
