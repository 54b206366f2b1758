package header

import (
	"slices"
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/sheet/cell"
	"github.com/spbe-id/spbe/pkg/workbook"
)

func problem(code string, values []string, key string, args ...any) *cell.Problem {
	return &cell.Problem{Code: code, Values: values, Key: key, Args: args}
}

// Find finds the column a flag (--level-column, …) names, by letter or
// header text; want is the flag's value, not empty. A flag that names no
// column of the header gives a problem.
func (h *Row) Find(want, flag string) (*Column, *cell.Problem) {
	w := strings.TrimSpace(want)
	for i := range h.Cols {
		col := &h.Cols[i]
		if strings.EqualFold(col.Letter, w) || cell.Norm(col.Header) == cell.Norm(w) {
			return col, nil
		}
		if _, child, ok := strings.Cut(col.Header, " / "); ok && cell.Norm(child) == cell.Norm(w) {
			return col, nil
		}
	}
	if c, _, ok := workbook.SplitRef(strings.ToUpper(w)); ok && len(w) <= 3 && c >= 1 {
		return h.ColAt(c - 1), nil
	}
	return nil, problem("flag-no-column", []string{flag, want}, "sheet.flag-no-column", flag, want, h.Rows[0])
}

// Choice is the columns a table's levels are read from, and the notices
// the choice is worth.
type Choice struct {
	Head, Self *Column
	Notices    []string
}

// Choose picks the headline level column of levelCols, and the
// self-assessed one when there is one to compare. The final column, else
// the verified one, is the headline; a hidden column never wins over a
// visible one; of several years the most recent is scored. Two columns of
// the same kind that would both be the headline are refused, naming both:
// the problem says which flag settles it.
//
// filled tells, for each of levelCols, whether any indicator row has a
// level in it; differ finds the first row where two columns say different
// things (0 for none); levelFlag and selfFlag are the --level-column and
// --self-column flags, "" when not given; sheet names the sheet in
// notices.
func (h *Row) Choose(sheet string, levelCols []*Column, filled []bool, differ func(a, b *Column) (row int, x, y string), levelFlag, selfFlag string) (ch Choice, p *cell.Problem) {
	isFilled := func(c *Column) bool { return filled[slices.Index(levelCols, c)] }
	if levelFlag != "" {
		c, p := h.Find(levelFlag, "--level-column")
		if p != nil {
			return ch, p
		}
		ch.Head = c
		if selfFlag != "" {
			s, p := h.Find(selfFlag, "--self-column")
			if p != nil {
				return ch, p
			}
			if !slices.Contains(levelCols, s) {
				return ch, problem("flag-not-level", []string{"--self-column", s.Letter}, "sheet.flag-not-level", s.Letter, s.Label())
			}
			ch.Self = s
		}
		return ch, nil
	}
	cands := levelCols
	var visible []*Column
	for _, c := range cands {
		if !c.Hidden {
			visible = append(visible, c)
		}
	}
	if len(visible) > 0 && len(visible) < len(cands) {
		var hidden []string
		for _, c := range cands {
			if c.Hidden {
				hidden = append(hidden, c.Label())
			}
		}
		ch.Notices = append(ch.Notices, lang.Sprintf("sheet.hidden-columns", sheet, strings.Join(hidden, ", ")))
		cands = visible
	}
	years := map[int]bool{}
	latest := 0
	for _, c := range cands {
		if c.Year != 0 {
			years[c.Year] = true
			latest = max(latest, c.Year)
		}
	}
	if len(years) > 1 {
		var shown []string
		var kept []*Column
		for _, c := range cands {
			if c.Year != 0 {
				shown = append(shown, c.Label())
			}
			if c.Year == latest || c.Year == 0 {
				kept = append(kept, c)
			}
		}
		ch.Notices = append(ch.Notices, lang.Sprintf("sheet.several-years", sheet, strings.Join(shown, ", "), latest))
		cands = kept
	}
	of := func(k Kind) (all, full []*Column) {
		for _, c := range cands {
			if c.Kind == k {
				all = append(all, c)
				if isFilled(c) {
					full = append(full, c)
				}
			}
		}
		return all, full
	}
	finals, finalFull := of(KindFinal)
	verifs, verifFull := of(KindVerified)
	selfs, selfFull := of(KindSelf)
	plains, _ := of(KindLevel)
	if selfFlag != "" {
		s, p := h.Find(selfFlag, "--self-column")
		if p != nil {
			return ch, p
		}
		selfs, selfFull = []*Column{s}, []*Column{s}
	}
	two := func(kind string, cs []*Column) *cell.Problem {
		return problem("ambiguous-level", []string{cs[0].Letter, cs[1].Letter},
			"sheet.ambiguous-level",
			lang.S("sheet.kind."+kind), cs[0].Label(), cs[1].Label(), cs[0].Letter, cs[1].Letter)
	}
	pickSelf := func() *cell.Problem {
		switch {
		case len(selfFull) > 1:
			return problem("ambiguous-self", []string{selfFull[0].Letter, selfFull[1].Letter},
				"sheet.ambiguous-self",
				selfFull[0].Label(), selfFull[1].Label(), selfFull[0].Letter, selfFull[1].Letter)
		case len(selfFull) == 1:
			ch.Self = selfFull[0]
		case len(selfs) > 0:
			ch.Self = selfs[0]
		case len(plains) > 0:
			ch.Self = plains[0]
		}
		return nil
	}
	switch {
	case len(finalFull) > 1:
		return ch, two("final", finalFull)
	case len(finalFull) == 1:
		ch.Head = finalFull[0]
		if len(verifFull) > 0 {
			ch.Notices = append(ch.Notices, lang.Sprintf("sheet.final-over-verified", sheet, ch.Head.Label(), verifFull[0].Label()))
		}
		return ch, pickSelf()
	case len(verifFull) > 1:
		return ch, two("verified", verifFull)
	case len(verifFull) == 1:
		ch.Head = verifFull[0]
		if len(finals) > 0 {
			ch.Notices = append(ch.Notices, lang.Sprintf("sheet.final-empty", sheet, finals[0].Label(), ch.Head.Label()))
		}
		return ch, pickSelf()
	case len(finals) > 0 || len(verifs) > 0:
		// Not verified yet: the reader scores the self-assessment, with a
		// warning, when the self column is filled.
		ch.Head = append(finals, verifs...)[0]
		return ch, pickSelf()
	case len(selfFull) > 1:
		return ch, two("self-assessed", selfFull)
	case len(selfs) > 0 || len(plains) > 0:
		// No final or verified column: one column of levels, or several
		// that say the same. Columns that disagree, none headed as the
		// evaluators', are two readings.
		cs := append(slices.Clone(selfFull), plains...)
		if len(selfFull) == 0 && len(selfs) > 0 {
			cs = append([]*Column{selfs[0]}, plains...)
		}
		ch.Head = cs[0]
		for _, c := range cs[1:] {
			if !isFilled(c) {
				continue
			}
			if row, x, y := differ(ch.Head, c); row > 0 {
				return ch, problem("ambiguous-level", []string{ch.Head.Letter, c.Letter},
					"sheet.levels-disagree",
					ch.Head.Label(), c.Label(), ch.Head.Letter, row, x, c.Letter, row, y, ch.Head.Letter, c.Letter)
			}
		}
		return ch, nil
	}
	// Only hidden or target columns: nothing to score.
	ch.Head = levelCols[0]
	return ch, nil
}
