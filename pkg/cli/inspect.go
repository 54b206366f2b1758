package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// inspectOptions are the flags of spbe inspect.
type inspectOptions struct {
	IO     IOStreams
	Rubric string
	Format string
	Limits sheet.Options
}

func newInspectCmd(s IOStreams) *cobra.Command {
	o := &inspectOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "inspect FILE",
		Short: "Show how the reader sees an answer sheet",
		Long: `Inspect shows how the reader sees a workbook: every worksheet (visible or
hidden), the header row it found on each, how it classified every column
(indicator, name, level, self, verified, final, target, notes, evidence,
ignored) and why, the rows it took and skipped, the OPD and year cells, and
what stopped it: an ambiguity names the flag that settles it (--sheet,
--id-column, --level-column, --self-column).

Run it when a sheet is refused, and attach its output (--format json) to a
bug report. It exits 1 when the sheet cannot be scored as it stands.`,
		Args: cobraArgs(cobra.ExactArgs(1)),
		RunE: func(_ *cobra.Command, args []string) error {
			return inspectRun(o, args[0])
		},
	}
	f := cmd.Flags()
	addRubricFlag(f, &o.Rubric)
	f.StringVarP(&o.Format, "format", "f", "text", "output format: text or json")
	addLimitFlags(f, &o.Limits)
	addReaderFlags(f, &o.Limits)
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion("text", "json"))
	return cmd
}

func inspectRun(o *inspectOptions, path string) error {
	if o.Format != "text" && o.Format != "json" {
		return usagef("--format %q: inspect writes text or json", o.Format)
	}
	rs, err := chooseRubric(o.Rubric)
	if err != nil {
		return err
	}
	// Without --rubric the sheet chooses, as spbe score lets it; when it
	// cannot, the default rubric reads it and the inspection says why.
	r, choice, cerr := rs.Choose(path, o.Limits)
	var note string
	switch {
	case choice != nil:
		note = fmt.Sprintf("rubric %s was chosen from the sheet: %s", r.ID, choice.ReasonEN)
	case cerr != nil || r == nil:
		if r, err = openRubric(""); err != nil {
			return err
		}
		var de *rubric.DetectError
		if errors.As(cerr, &de) {
			note = fmt.Sprintf("%v; read here with rubric %s", de, r.ID)
		}
	}
	in, err := sheet.Inspect(path, r, o.Limits)
	if err != nil {
		return err
	}
	if note != "" {
		in.Warnings = append([]string{note}, in.Warnings...)
	}
	if o.Format == "json" {
		enc := json.NewEncoder(o.IO.Out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(in); err != nil {
			return err
		}
	} else if err := inspectText(&lang.SafeWriter{W: o.IO.Out}, in); err != nil {
		return err
	}
	if !in.Readable {
		return exitError{code: 1}
	}
	return nil
}

// inspectText lays an inspection out for a person.
func inspectText(w io.Writer, in *sheet.Inspection) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", in.File)
	for _, s := range in.Sheets {
		state := "visible"
		if s.Hidden {
			state = "hidden"
		}
		fmt.Fprintf(&b, "\nsheet %q (%s)\n", s.Name, state)
		if len(s.HeaderRows) == 0 {
			b.WriteString("  no header row found\n")
			continue
		}
		rows := fmt.Sprint(s.HeaderRows[0])
		if len(s.HeaderRows) > 1 {
			rows = fmt.Sprintf("%d-%d", s.HeaderRows[0], s.HeaderRows[len(s.HeaderRows)-1])
		}
		fmt.Fprintf(&b, "  header row %s\n", rows)
		for _, c := range s.Columns {
			extra := ""
			if c.Year != 0 {
				extra += fmt.Sprintf(", year %d", c.Year)
			}
			if c.Hidden {
				extra += ", hidden"
			}
			fmt.Fprintf(&b, "  %-3s %-40q %-9s (%s%s)\n", c.Letter, c.Header, c.Kind, c.Why, extra)
		}
		fmt.Fprintf(&b, "  %d rows read under the header\n", s.Rows)
		for _, k := range s.Skipped {
			if k.Text != "" {
				fmt.Fprintf(&b, "  row %d skipped: %s (%q)\n", k.Row, k.Why, k.Text)
			} else {
				fmt.Fprintf(&b, "  row %d skipped: %s\n", k.Row, k.Why)
			}
		}
	}
	b.WriteString("\n")
	for _, kv := range [][2]string{{"OPD", in.OPD}, {"agency", in.Agency}, {"year", in.Year}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "%s: %s\n", kv[0], kv[1])
		}
	}
	if in.Readable {
		fmt.Fprintf(&b, "read: sheet %s, %d indicators, levels from %s", in.Sheet, in.Indicators, in.LevelColumn)
		if in.SelfColumn != "" {
			fmt.Fprintf(&b, ", self-assessment from %s", in.SelfColumn)
		}
		b.WriteString("\n")
	}
	for _, wn := range in.Warnings {
		fmt.Fprintf(&b, "notice: %s\n", wn)
	}
	if len(in.Problems) > 0 {
		fmt.Fprintf(&b, "%s\n", (&sheet.Error{File: "problem", Problems: in.Problems}).Error())
	}
	_, err := io.WriteString(w, b.String())
	return err
}
