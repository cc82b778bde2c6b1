package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// entries lists the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range des {
		names = append(names, d.Name())
	}
	return names
}

func TestWrite(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name    string
		old     string // existing content; "" for none
		fn      func(w io.Writer) error
		want    string // content afterwards
		exists  bool   // whether the file exists afterwards
		wantErr error
	}{
		{name: "new file", fn: write("hello"), want: "hello", exists: true},
		{name: "replace", old: "old", fn: write("new"), want: "new", exists: true},
		{name: "writer fails: old kept", old: "old",
			fn: func(w io.Writer) error { io.WriteString(w, "half"); return boom }, want: "old", exists: true, wantErr: boom},
		{name: "writer fails: nothing created",
			fn: func(w io.Writer) error { io.WriteString(w, "half"); return boom }, wantErr: boom},
		{name: "empty", old: "old", fn: write(""), want: "", exists: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "out.json")
			if tt.old != "" {
				if err := os.WriteFile(p, []byte(tt.old), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			err := Write(p, 0o644, tt.fn)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			b, rerr := os.ReadFile(p)
			if exists := rerr == nil; exists != tt.exists || string(b) != tt.want {
				t.Errorf("file = %q (exists %v), want %q (exists %v)", b, exists, tt.want, tt.exists)
			}
			if names := entries(t, dir); len(names) > 1 || (len(names) == 1 && names[0] != "out.json") {
				t.Errorf("directory holds %q: temporary file left", names)
			}
		})
	}
}

func write(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func TestModes(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.csv")
	if err := WriteFile(p, []byte("x"), 0o640); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o640 {
		t.Errorf("new file mode %v, want 0640", fi.Mode().Perm())
	}
	os.Chmod(p, 0o600)
	if err := WriteFile(p, []byte("y"), 0o644); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced file mode %v, want the old 0600", fi.Mode().Perm())
	}
}

// TestNotVisibleBeforeCommit simulates a crash: until Commit, the target
// keeps its old content whatever has been written.
func TestNotVisibleBeforeCommit(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "timeline.json")
	os.WriteFile(p, []byte("old"), 0o644)
	f, err := Create(p, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, strings.Repeat("new", 1000))
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Fatalf("target changed before commit: %q", b[:10])
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); len(b) != 3000 {
		t.Errorf("after commit: %d bytes", len(b))
	}
	if _, err := f.Write([]byte("x")); err == nil {
		t.Error("write after commit succeeded")
	}
	if err := f.Abort(); err != nil {
		t.Errorf("abort after commit: %v", err)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing", "x")
	if _, err := Create(missing, 0o644); err == nil {
		t.Error("create in a missing directory succeeded")
	} else if want := missing + ": no such file or directory"; err.Error() != want || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error = %q, want %q (naming the file asked for, not the temporary one)", err, want)
	}
	if _, err := Create(dir, 0o644); err == nil {
		t.Error("create over a directory succeeded")
	}
}

func ExampleWrite() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "timeline.csv")
	err := Write(p, 0o644, func(w io.Writer) error {
		_, err := io.WriteString(w, "id,date\n")
		return err
	})
	b, _ := os.ReadFile(p)
	fmt.Print(string(b), err)
	// Output:
	// id,date
	// <nil>
}
