package timeml

import (
	"strings"
	"testing"
)

// benchDoc is a synthetic document of about 100 KB of TEXT.
func benchDoc() []byte {
	var b strings.Builder
	for i := 0; i < 800; i++ {
		b.WriteString(`The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2003-03-18">Tuesday</TIMEX3> &amp; voted for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.` + "\n")
	}
	return tml(b.String())
}

func BenchmarkParse(b *testing.B) {
	src := benchDoc()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench.tml", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRender(b *testing.B) {
	d, err := Parse("bench.tml", benchDoc())
	if err != nil {
		b.Fatal(err)
	}
	tx := d.Timexes()
	b.SetBytes(int64(len(d.Raw)))
	b.ReportAllocs()
	for b.Loop() {
		d.Render(tx)
	}
}

func BenchmarkCompare(b *testing.B) {
	d, err := Parse("bench.tml", benchDoc())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compare(d, d); err != nil {
			b.Fatal(err)
		}
	}
}
