package sheet

import (
	"sync/atomic"

	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet/cell"
)

// rubricIndex numbers a rubric's indicators by their place in its
// Indicators, so that the reader keeps what a table says of each in a
// slice by place rather than in a map by id: a map made, filled and
// hashed for every sheet cost a batch several per cent.
type rubricIndex struct {
	r   *rubric.Rubric
	pos map[string]int32 // id -> place in r.Indicators
}

// indexes remembers the indexes of the last rubrics read against, a few:
// a batch reads one rubric, or two, thousands of times, and a process
// that loads rubric after rubric keeps no more than these.
var (
	indexes   [4]atomic.Pointer[rubricIndex]
	indexTurn atomic.Uint32
)

// indexOf returns r's index, made once and remembered. Rubrics are not
// changed once loaded, so an index remembered stays true.
func indexOf(r *rubric.Rubric) *rubricIndex {
	for i := range indexes {
		if x := indexes[i].Load(); x != nil && x.r == r {
			return x
		}
	}
	x := &rubricIndex{r: r, pos: make(map[string]int32, len(r.Indicators))}
	for i, in := range r.Indicators {
		// The id that finds the indicator, as r.Indicator does.
		if r.Indicator(in.ID) == in {
			x.pos[in.ID] = int32(i)
		}
	}
	indexes[indexTurn.Add(1)%uint32(len(indexes))].Store(x)
	return x
}

// named is which indicators a table names, and where: for each place in
// ins (see reader.ins), the row of the cell that names it, or 0.
type named struct {
	rows []int32
	ins  []*rubric.Indicator
	col  int // the column of the cells that name the indicators
	n    int // how many are named
}

// has tells whether the indicator at place i is named.
func (s *named) has(i int) bool { return i < len(s.rows) && s.rows[i] != 0 }

// cell is the cell that names the indicator at place i.
func (s *named) cell(i int) string { return cell.Name(s.col, int(s.rows[i])) }

// add records that the indicator at place i is named in row.
func (s *named) add(i, row int) {
	if i >= len(s.rows) {
		// Only while identifying: placeholders are made as rows are read.
		s.rows = append(s.rows, make([]int32, i+1-len(s.rows))...)
	}
	s.rows[i] = int32(row)
	s.n++
}

// ids are the ids of the indicators named, in their places' order.
func (s *named) ids() []string {
	out := make([]string, 0, s.n)
	for i, row := range s.rows {
		if row != 0 {
			out = append(out, s.ins[i].ID)
		}
	}
	return out
}
