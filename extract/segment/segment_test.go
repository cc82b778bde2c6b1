package segment

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two", "The coup failed. Morales resigned.", []string{"The coup failed.", "Morales resigned."}},
		{"abbreviation", "Gen. Banzer took power. Then Mr. Paz left.", []string{"Gen. Banzer took power.", "Then Mr. Paz left."}},
		{"initials", "J. R. Smith wrote it. He left.", []string{"J. R. Smith wrote it.", "He left."}},
		{"decimal", "At 4.50pm he spoke. It was over.", []string{"At 4.50pm he spoke.", "It was over."}},
		{"quote", "He said \"no.\" Then he left.", []string{"He said \"no.\"", "Then he left."}},
		{"lowercase next", "It cost $5 etc. and more. Done.", []string{"It cost $5 etc. and more.", "Done."}},
		{"paragraphs", "First one.\n\nSecond one.", []string{"First one.", "Second one."}},
		{"heading line", "Course of the war\nWar breaks out in Europe\nOn September 1, 1939, Germany attacked.", []string{"Course of the war", "War breaks out in Europe", "On September 1, 1939, Germany attacked."}},
		{"wrapped line", "The army opened fire on\nminers and their families.", []string{"The army opened fire on\nminers and their families."}},
		{"empty", "  \n\n ", nil},
		{"no terminal", "Page 1 of 4", []string{"Page 1 of 4"}},
		{"unicode", "Añez took office. Morales left.", []string{"Añez took office.", "Morales left."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tc.in) {
				got = append(got, tc.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "  One.\nStill one.\n\n\n\tTwo.  \n"
	var got []string
	for _, p := range Paragraphs(in) {
		got = append(got, in[p.Start:p.End])
	}
	want := []string{"One.\nStill one.", "Two."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"A. B.", "Mr. X\n\nY.", "\xff.\n A", "…”. A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Sentences(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, s)
			}
			prev = sp.End
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	text := ""
	for i := 0; i < 200; i++ {
		text += "On 10 November at 4.50pm, Bolivian president Evo Morales announced his resignation. Gen. Kaliman said so. "
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}
