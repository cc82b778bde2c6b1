package temporal

import (
	"fmt"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	f := os.Getenv("DBG_FILE")
	if f == "" {
		t.Skip()
	}
	text, _, ref := readTML(t, f)
	tg, _ := New()
	for _, x := range tg.Tag(text, Context{Ref: ref, Domain: Auto}) {
		fmt.Printf("%d\t%q\t%s\t%s\t%s\n", x.Start, x.Text, x.Type, x.Value, ctx(text, x.Start, x.End))
	}
}
