package temporal

import (
	"strings"
	"testing"

	"github.com/timelinekit/timelinekit/timeline"
)

// benchTexts is realistic news and history prose written for these tests.
var benchTexts = []string{
	`LA PAZ, Bolivia (Nov. 12) -- Bolivia's interim leader said on Tuesday that new elections would be held
within 90 days, two days after Evo Morales resigned under pressure from the military. Morales, who first took
office in January 2006, flew to Mexico late Monday night. Protests that began after the October 20 vote have
left at least seven people dead, officials said yesterday. The Organization of American States said last week
that it had found "clear manipulation" of the count. Markets were closed this morning; the central bank will
publish its third-quarter figures next month. About 1,500 police officers and 2000 soldiers were deployed, and
the government paid $1,200 to each family. The national team lost 3-2 on Sunday.`,
	`The war began on 1 September 1939, when German forces crossed into Poland. By early October the Polish army
had been defeated. In the spring of 1940 Germany turned west; Paris fell on 14 June 1940. The following year,
on June 22, 1941, the invasion of the Soviet Union began. Two years later, in the summer of 1943, Allied forces
landed in Sicily. The fighting in Europe ended in May 1945, and Japan surrendered that September. Historians of
the 1960s argued that the roots of the conflict lay in the 19th century. The Persian Wars (490-479 BC) offer an
earlier parallel: Marathon was fought in 490 BC, and ten years later Xerxes invaded Greece.`,
	`Shares of the company rose 2.5% to $34.75 in late trading Friday, after it reported that net income for the
third quarter rose 12% from a year earlier. For the first nine months, profit was $1.2 billion, up from $980
million in the year-ago period. Analysts expect earnings to improve in the fourth quarter and early next year.
The company, founded in 1919, pays a dividend every quarter and has raised it annually for the past 20 years.
Its chief executive, 58 years old, said the board may meet again in March to consider a buyback.`,
}

func benchCorpus() string {
	var b strings.Builder
	for b.Len() < 1<<20 {
		for _, s := range benchTexts {
			b.WriteString(s)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkTag(b *testing.B) {
	tg, err := New()
	if err != nil {
		b.Fatal(err)
	}
	text := benchCorpus()
	ctx := Context{Ref: timeline.Day{Year: 2019, Month: 11, Day: 12}, Domain: Auto}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Tag(text, ctx)
	}
}
