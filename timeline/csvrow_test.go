package timeline

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/gocarina/gocsv"
)

// captureRows is a gocsv.CSVWriter that keeps every row.
type captureRows struct{ rows [][]string }

func (c *captureRows) Write(row []string) error {
	c.rows = append(c.rows, append([]string(nil), row...))
	return nil
}
func (c *captureRows) Flush()       {}
func (c *captureRows) Error() error { return nil }

// checkCells fills every field of the row struct *r with its own value and
// checks that the cells method gives what gocsv gives for the same row, in
// the same order, so that a field added to a row type without its cell
// cannot go unnoticed.
func checkCells[T any, P interface {
	*T
	csvRow
}](t *testing.T) {
	var r T
	v := reflect.ValueOf(&r).Elem()
	for i := 0; i < v.NumField(); i++ {
		v.Field(i).SetString("cell" + strconv.Itoa(i))
	}
	var c captureRows
	if err := gocsv.MarshalCSV([]T{r}, &c); err != nil {
		t.Fatal(err)
	}
	got := P(&r).cells(nil)
	want := c.rows[1]
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%T cells = %q, gocsv gives %q", r, got, want)
	}
	if len(c.rows[0]) != len(got) {
		t.Errorf("%T: %d header columns, %d cells", r, len(c.rows[0]), len(got))
	}
}

func TestCSVRowCellsMatchGocsv(t *testing.T) {
	t.Run("events", checkCells[EventRow])
	t.Run("entities", checkCells[EntityRow])
	t.Run("mentions", checkCells[MentionRow])
	t.Run("timelinejs", checkCells[TLJSRow])
}

// TestJSONWriterKnowsEveryField guards the hand-written JSON writers: they
// list the model's fields themselves, so a field added to the model must
// be added to writeJSONEvent and its friends (and to the schema) too.
func TestJSONWriterKnowsEveryField(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{Timeline{}, "version documents entities events"},
		{DocumentInfo{}, "id title date source url author"},
		{Entity{}, "id name type aliases mentions"},
		{Event{}, "id type headline modality date participants places casualties confidence sources"},
		{Date{}, "edtf timex start end precision text basis approximate year_unknown"},
		{Casualties{}, "killed injured"},
		{Source{}, "doc text start end trigger date_span"},
		{Span{}, "start end"},
		{TLJSSlide{}, "start_date end_date display_date text group unique_id"},
		{TLJSText{}, "headline text"},
		{TLJSTimeline{}, "title events"},
	}
	for _, tt := range tests {
		typ := reflect.TypeOf(tt.v)
		var names []string
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if !f.IsExported() {
				continue
			}
			tag := f.Tag.Get("json")
			for j := 0; j < len(tag); j++ {
				if tag[j] == ',' {
					tag = tag[:j]
					break
				}
			}
			names = append(names, tag)
		}
		got := ""
		for i, n := range names {
			if i > 0 {
				got += " "
			}
			got += n
		}
		if got != tt.want {
			t.Errorf("%s has JSON fields %q; the writers know %q: update json.go / timelinejs.go", typ.Name(), got, tt.want)
		}
	}
}
