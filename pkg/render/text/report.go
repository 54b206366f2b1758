package text

import (
	"fmt"
	"github.com/spbe-id/spbe/pkg/render/internal/errw"
	"io"
	"text/tabwriter"

	"github.com/spbe-id/spbe/pkg/doc"
)

// Text writes the summary a person reads in a terminal: the index and
// predicate, every domain and aspect index, and any notices.
func Text(w io.Writer, rep *doc.Report) error {
	l, res := rep.Lang, rep.Result
	r := res.Rubric
	ew := errw.New(w)
	ew.Printf("%s: %s (%s)\n", l.Title(r), l.Num(r, res.Index), l.Band(res.Band))
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	if a := rep.Answers; a != nil {
		if a.OPD != "" {
			fmt.Fprintf(tw, "%s:\t%s\n", l.T("opd"), a.OPD)
		}
		if a.Year != "" {
			fmt.Fprintf(tw, "%s:\t%s\n", l.T("year"), a.Year)
		}
		fmt.Fprintf(tw, "%s:\t%s (%s %s)\n", l.T("file"), rep.SourceName(), l.T("sheet"), a.Sheet)
	}
	fmt.Fprintf(tw, "%s:\t%s\n", l.T("rubric"), l.RubricLine(r))
	if rep.Self != nil {
		fmt.Fprintf(tw, "%s:\t%s (%s)\n", l.T("self"), l.Num(r, rep.Self.Index), l.Band(rep.Self.Band))
	}
	// What the index is: verified, or a self-assessment no one has
	// verified yet.
	fmt.Fprintf(tw, "%s:\t%s\n", l.T("status"), rep.Headline.Label)
	// The agency's target and the previous year, when given.
	if h := rep.Headline; h.Target != nil {
		fmt.Fprintf(tw, "%s:\t%s\n", l.T("eval.target"), h.TargetText)
	}
	if c := rep.Change; c != nil {
		fmt.Fprintf(tw, "%s:\t%s\n", l.T("eval.previous"), c.Text)
		fmt.Fprintf(tw, "%s:\t%s\n", l.T("eval.change"), l.Delta(r, c.Diff))
		for i, m := range c.Movers {
			key := ""
			if i == 0 {
				key = l.T("eval.movers") + ":"
			}
			fmt.Fprintf(tw, "%s\t%s\n", key, m.Text)
		}
	}
	tw.Flush()

	head := []string{"", l.T("weight"), l.T("index")}
	if rep.Self != nil {
		head = append(head, l.T("self.vs.verified"))
	}
	table := func(kind string, groups []doc.Group) {
		rows := [][]string{append([]string{kind}, head[1:]...)}
		for _, g := range groups {
			row := []string{g.ID + " " + g.Name, l.Fixed(g.Weight), l.Num(r, g.Index)}
			if g.Self != nil {
				row = append(row, l.Num(r, g.Self))
			}
			rows = append(rows, row)
		}
		ew.Printf("\n")
		writeTable(ew, rows)
	}
	if r.HasDomains() {
		table(l.T("domain"), rep.Domains)
	}
	table(l.T("aspect"), rep.Aspects)
	if diffs := rep.Differences; rep.Self != nil {
		ew.Printf("\n%s:", l.T("differences"))
		if len(diffs) == 0 {
			ew.Printf(" %s\n", l.T("none"))
		} else {
			ew.Printf("\n")
			for _, d := range diffs {
				ew.Printf("  %s %s: %s -> %s\n", l.T("indicator"), d.ID, doc.NIText(l, d.Indicator, d.SelfValue, d.Self), doc.NIText(l, d.Indicator, d.VerifiedValue, d.Verified))
			}
		}
	}
	if n := rep.Notices; len(n) > 0 {
		ew.Printf("\n")
		for _, s := range n {
			ew.Printf("%s\n", s)
		}
	}
	return ew.Err
}
