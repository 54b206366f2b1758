package text

import (
	"fmt"
	"io"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
)

// Inspect lays spbe inspect's document out for a person: each worksheet
// with its header row and every column's kind and why, the rows read and
// skipped, then what was read, the notices and the problems.
func Inspect(w io.Writer, in *doc.Inspection) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", in.File)
	for _, s := range in.Sheets {
		state := lang.S("inspect.visible")
		if s.Hidden {
			state = lang.S("inspect.hidden")
		}
		b.WriteString(lang.Sprintf("inspect.sheet", s.Name, state))
		if len(s.HeaderRows) == 0 {
			b.WriteString(lang.S("inspect.no-header"))
			continue
		}
		rows := fmt.Sprint(s.HeaderRows[0])
		if len(s.HeaderRows) > 1 {
			rows = fmt.Sprintf("%d-%d", s.HeaderRows[0], s.HeaderRows[len(s.HeaderRows)-1])
		}
		b.WriteString(lang.Sprintf("inspect.header-row", rows))
		for _, c := range s.Columns {
			extra := ""
			if c.Year != 0 {
				extra += lang.Sprintf("inspect.year", c.Year)
			}
			if c.Hidden {
				extra += ", " + lang.S("inspect.hidden")
			}
			fmt.Fprintf(&b, "  %-3s %-40q %-9s (%s%s)\n", c.Letter, c.Header, lang.S("inspect.kind."+string(c.Kind)), c.Why, extra)
		}
		b.WriteString(lang.Sprintf("inspect.rows", s.Rows))
		for _, k := range s.Skipped {
			if k.Text != "" {
				b.WriteString(lang.Sprintf("inspect.skipped-text", k.Row, k.Why, k.Text))
			} else {
				b.WriteString(lang.Sprintf("inspect.skipped", k.Row, k.Why))
			}
		}
	}
	b.WriteString("\n")
	for _, kv := range [][2]string{{"OPD", in.OPD}, {lang.S("inspect.agency"), in.Agency}, {lang.S("inspect.year-word"), in.Year}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "%s: %s\n", kv[0], kv[1])
		}
	}
	if in.Readable {
		b.WriteString(lang.Sprintf("inspect.read", in.Sheet, in.Indicators, in.LevelColumn))
		if in.SelfColumn != "" {
			b.WriteString(lang.Sprintf("inspect.self-from", in.SelfColumn))
		}
		b.WriteString("\n")
	}
	for _, wn := range in.Warnings {
		b.WriteString(lang.Sprintf("inspect.notice", wn))
	}
	if in.Problem != "" {
		fmt.Fprintf(&b, "%s\n", in.Problem)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
