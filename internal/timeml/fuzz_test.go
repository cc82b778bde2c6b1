package timeml

import (
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// FuzzParse: parsing never panics, and writing a parsed document with its
// own timexes, or with arbitrary spans, gives a document that parses to
// the same tag-free text.
func FuzzParse(f *testing.F) {
	f.Add(tml(`On <TIMEX3 tid="t1" type="DATE" value="2001-05-04">Friday</TIMEX3> the <EVENT eid="e1">talks</EVENT> &amp; more`), 3, 9, 0, 4)
	f.Add(tml(`a <SIGNAL sid="s1">b</SIGNAL><TIMEX3 tid="t2"/> &#233;&#x20AC;<!-- c --><![CDATA[<d>]]>`), 0, 5, 2, 3)
	f.Add([]byte(`<TEXT>x</TEXT>`), 0, 1, 0, 0)
	f.Add([]byte(`<TEXT a='1'><EVENT>x<EVENT>y</EVENT></EVENT></TEXT>`), 0, 2, 1, 2)
	f.Fuzz(func(t *testing.T, src []byte, s1, e1, s2, e2 int) {
		d, err := Parse("f.tml", src)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error %v is not *Error", err)
			}
			return
		}
		for _, tx := range [][]timeline.Timex{
			d.Timexes(),
			{
				{Span: timeline.Span{Start: s1, End: e1}, Type: "DATE", Value: "v<&\""},
				{Span: timeline.Span{Start: s2, End: e2}, Type: "TIME", Value: "w", Mod: "m"},
			},
		} {
			out := d.Render(tx)
			d2, err := Parse("out.tml", out)
			if err != nil {
				t.Fatalf("output does not parse: %v\n%q", err, out)
			}
			if d2.Text != d.Text {
				t.Fatalf("text changed: %q -> %q", d.Text, d2.Text)
			}
			fit := d.Fit(tx)
			got := d2.Timexes()
			if len(got) != len(fit) {
				t.Fatalf("%d timexes written, %d read back", len(fit), len(got))
			}
		}
	})
}
