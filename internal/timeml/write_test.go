package timeml

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// at returns a timex over the first occurrence of s in text.
func at(t *testing.T, text, s, typ, value string) timeline.Timex {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in %q", s, text)
	}
	return timeline.Timex{Span: timeline.Span{Start: i, End: i + len(s)}, Text: s, Type: typ, Value: value}
}

func TestParse(t *testing.T) {
	d := mustParse(t, "a.tml", "\nOn <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-05-04\">Friday</TIMEX3> the <EVENT eid=\"e1\">talks</EVENT> &amp; <SIGNAL sid=\"s1\">after</SIGNAL> &#233;t&#xE9;\n")
	if got, want := d.Text, "\nOn Friday the talks & after été\n"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
	if got := d.Ref.String(); got != "2001-05-04" {
		t.Errorf("Ref = %q", got)
	}
	if d.DCT == nil || d.DCT.Attr("tid") != "t0" {
		t.Errorf("DCT = %+v", d.DCT)
	}
	tx := d.Timexes()
	if len(tx) != 1 || tx[0].Text != "Friday" || tx[0].Value != "2001-05-04" || tx[0].Type != "DATE" {
		t.Errorf("Timexes = %+v", tx)
	}
	if ev := d.Spans("EVENT"); len(ev) != 1 || d.Text[ev[0].Start:ev[0].End] != "talks" {
		t.Errorf("EVENT spans = %v", ev)
	}
	if got := d.TextLine(len(d.Text) - 1); got != 6 {
		t.Errorf("TextLine(last) = %d, want 6", got)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
		msg  string
	}{
		{"no TEXT", "<TimeML>\n<DOCID>x</DOCID>\n</TimeML>", 0, "no <TEXT>"},
		{"unclosed TEXT", "<TimeML>\n<TEXT>\nabc", 3, "not closed"},
		{"mismatch", "<TEXT>\n<EVENT eid=\"e1\">a</TIMEX3>\n</TEXT>", 2, "</TIMEX3> closes <EVENT>"},
		{"stray close", "<TEXT>a\n</EVENT></TEXT>", 2, "without a start tag"},
		{"bare lt", "<TEXT>\na < b</TEXT>", 2, "does not start a tag"},
		{"unquoted", "<TEXT>\n<EVENT eid=e1>a</EVENT></TEXT>", 2, "not quoted"},
		{"unclosed tag", "<TEXT>\n<EVENT eid=\"e1\"", 2, "not closed"},
		{"two TEXT", "<TEXT>a</TEXT>\n<TEXT>b</TEXT>", 2, "second <TEXT>"},
		{"unclosed comment", "<TEXT>a</TEXT>\n<!-- x", 2, "comment"},
		{"TEXT after empty TEXT", "<TEXT/>\n<TEXT>b</TEXT>", 2, "second <TEXT>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.tml", []byte(tc.src))
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("err = %v, want *Error", err)
			}
			if e.File != "x.tml" || e.Line != tc.line || !strings.Contains(e.Msg, tc.msg) {
				t.Errorf("err = %q (line %d), want line %d and %q", e.Error(), e.Line, tc.line, tc.msg)
			}
			if tc.line > 0 && !strings.HasPrefix(e.Error(), fmt.Sprintf("x.tml:%d: ", tc.line)) {
				t.Errorf("err = %q, want a file:line prefix", e.Error())
			}
		})
	}
}

func TestRender(t *testing.T) {
	const head = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2001-05-04\" functionInDocument=\"CREATION_TIME\">2001-05-04</TIMEX3></DCT>\n<TEXT>"
	const tail = "</TEXT>\n</TimeML>\n"
	tests := []struct {
		name string
		in   string
		tx   func(text string) []timeline.Timex
		want string
	}{
		{
			name: "replace gold timex",
			in:   `On <TIMEX3 tid="t1" type="DATE" value="2001-05-04" temporalFunction="false">Friday</TIMEX3> it <EVENT eid="e1">fell</EVENT>.`,
			tx: func(s string) []timeline.Timex {
				return []timeline.Timex{at(t, s, "Friday", "DATE", "2001-05-04")}
			},
			want: `On <TIMEX3 tid="t1" type="DATE" value="2001-05-04">Friday</TIMEX3> it <EVENT eid="e1">fell</EVENT>.`,
		},
		{
			name: "no timexes removes all",
			in:   `On <TIMEX3 tid="t1" type="DATE" value="2001-05-04">Friday</TIMEX3><TIMEX3 tid="t2" type="DATE" value="X"/>.`,
			tx:   func(string) []timeline.Timex { return nil },
			want: `On Friday.`,
		},
		{
			name: "mod and escaping",
			in:   `in early May`,
			tx: func(s string) []timeline.Timex {
				x := at(t, s, "early May", "DATE", `2001-05"<&>`)
				x.Mod = "START"
				return []timeline.Timex{x}
			},
			want: `in <TIMEX3 tid="t1" type="DATE" value="2001-05&quot;&lt;&amp;&gt;" mod="START">early May</TIMEX3>`,
		},
		{
			name: "entities keep their bytes",
			in:   `Q&amp;A on &#8220;Friday&#8221;`,
			tx: func(s string) []timeline.Timex {
				return []timeline.Timex{at(t, s, "A on \u201cFriday", "DATE", "2001-05-04")}
			},
			want: `Q&amp;<TIMEX3 tid="t1" type="DATE" value="2001-05-04">A on &#8220;Friday</TIMEX3>&#8221;`,
		},
		{
			name: "crossing EVENT keeps the piece outside it",
			in:   `the <EVENT eid="e1">election</EVENT> day came`,
			tx: func(s string) []timeline.Timex {
				return []timeline.Timex{at(t, s, "election day", "DATE", "2001-05-04")}
			},
			want: `the <EVENT eid="e1">election</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-05-04">day</TIMEX3> came`,
		},
		{
			name: "half-covered EVENT: cut at its start",
			in:   `last <EVENT eid="e1">week's talks</EVENT>`,
			tx: func(s string) []timeline.Timex {
				return []timeline.Timex{at(t, s, "last week", "DATE", "2001-W17")}
			},
			want: `<TIMEX3 tid="t1" type="DATE" value="2001-W17">last</TIMEX3> <EVENT eid="e1">week's talks</EVENT>`,
		},
		{
			name: "timex equal to an EVENT goes inside it",
			in:   `a <EVENT eid="e1">Christmas</EVENT> truce`,
			tx: func(s string) []timeline.Timex {
				return []timeline.Timex{at(t, s, "Christmas", "DATE", "XXXX-12-25")}
			},
			want: `a <EVENT eid="e1"><TIMEX3 tid="t1" type="DATE" value="XXXX-12-25">Christmas</TIMEX3></EVENT> truce`,
		},
		{
			name: "timex inside a longer element",
			in:   `<SIGNAL sid="s1">until May</SIGNAL>`,
			tx: func(s string) []timeline.Timex {
				return []timeline.Timex{at(t, s, "May", "DATE", "2001-05")}
			},
			want: `<SIGNAL sid="s1">until <TIMEX3 tid="t1" type="DATE" value="2001-05">May</TIMEX3></SIGNAL>`,
		},
		{
			name: "inside CDATA",
			in:   `<![CDATA[on May 4 & <then>]]>`,
			tx: func(s string) []timeline.Timex {
				return []timeline.Timex{at(t, s, "May 4", "DATE", "XXXX-05-04")}
			},
			want: `<![CDATA[on ]]><TIMEX3 tid="t1" type="DATE" value="XXXX-05-04"><![CDATA[May 4]]></TIMEX3><![CDATA[ & <then>]]>`,
		},
		{
			name: "adjacent, overlapping, out of range and blank timexes",
			in:   `May 2001`,
			tx: func(s string) []timeline.Timex {
				return []timeline.Timex{
					at(t, s, "2001", "DATE", "2001"),
					at(t, s, "May ", "DATE", "XXXX-05"),
					at(t, s, "y 2", "DATE", "bad"),
					{Span: timeline.Span{Start: 3, End: 4}, Type: "DATE", Value: "blank"},
					{Span: timeline.Span{Start: 5, End: 99}, Type: "DATE", Value: "out"},
					{Span: timeline.Span{Start: -1, End: 2}, Type: "DATE", Value: "out"},
				}
			},
			want: `<TIMEX3 tid="t1" type="DATE" value="XXXX-05">May</TIMEX3> <TIMEX3 tid="t2" type="DATE" value="2001">2001</TIMEX3>`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse("x.tml", []byte(head+tc.in+tail))
			if err != nil {
				t.Fatal(err)
			}
			got := string(d.Render(tc.tx(d.Text)))
			if want := head + tc.want + tail; got != want {
				t.Errorf("Render\n got %q\nwant %q", got, want)
			}
			d2, err := Parse("out.tml", []byte(got))
			if err != nil {
				t.Fatalf("output does not parse: %v", err)
			}
			if d2.Text != d.Text {
				t.Errorf("text changed: %q -> %q", d.Text, d2.Text)
			}
		})
	}
}

// TestRenderSkipsDCTID: the DCT's tid is not reused.
func TestRenderSkipsDCTID(t *testing.T) {
	src := `<DCT><TIMEX3 tid="t1" type="DATE" value="2001-05-04">x</TIMEX3></DCT><TEXT>May June</TEXT>`
	d, err := Parse("x.tml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := string(d.Render([]timeline.Timex{at(t, d.Text, "May", "DATE", "a"), at(t, d.Text, "June", "DATE", "b")}))
	if !strings.Contains(got, `<TIMEX3 tid="t2" type="DATE" value="a">May</TIMEX3> <TIMEX3 tid="t3"`) {
		t.Errorf("Render = %s", got)
	}
}

// TestRenderCorpusRoundTrip writes each shared corpus document with its own
// gold timexes: the result must read back to the same text and the same
// timexes.
func TestRenderCorpusRoundTrip(t *testing.T) {
	for _, sub := range []string{"tbaq/AQUAINT", "wikiwars-train"} {
		t.Run(sub, func(t *testing.T) {
			dir := sharedDir(t, sub)
			names, err := tmlFiles(dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range names {
				d, err := ReadFile(dir + string(os.PathSeparator) + n)
				if err != nil {
					t.Fatal(err)
				}
				gold := d.Timexes()
				d2, err := Parse(n, d.Render(gold))
				if err != nil {
					t.Fatalf("%s: output does not parse: %v", n, err)
				}
				if d2.Text != d.Text {
					t.Fatalf("%s: text changed", n)
				}
				if got := d2.Timexes(); !reflect.DeepEqual(got, gold) {
					t.Fatalf("%s: timexes changed: %d -> %d", n, len(gold), len(got))
				}
			}
		})
	}
}

func ExampleDocument_Render() {
	src := `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">1998-08-07</TIMEX3></DCT>
<TEXT>Bombs <EVENT eid="e1">exploded</EVENT> Friday.</TEXT></TimeML>`
	d, err := Parse("example.tml", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	i := strings.Index(d.Text, "Friday")
	tx := []timeline.Timex{{Span: timeline.Span{Start: i, End: i + 6}, Type: "DATE", Value: d.Ref.String()}}
	fmt.Println(string(d.Render(tx)))
	// Output:
	// <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">1998-08-07</TIMEX3></DCT>
	// <TEXT>Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT></TimeML>
}
