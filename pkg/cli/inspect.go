package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
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
		Short: lang.S("cli.inspect.show-how-reader-sees"),
		Long:  lang.S("cli.inspect.inspect-shows-how-reader"),
		Args:  cobraArgs(cobra.ExactArgs(1)),
		RunE: func(_ *cobra.Command, args []string) error {
			return inspectRun(o, args[0])
		},
	}
	f := cmd.Flags()
	addRubricFlag(f, &o.Rubric)
	f.StringVarP(&o.Format, "format", "f", "text", lang.S("cli.inspect.output-format-text-or"))
	addLimitFlags(f, &o.Limits)
	addReaderFlags(f, &o.Limits)
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion("text", "json"))
	return cmd
}

func inspectRun(o *inspectOptions, path string) error {
	if o.Format != "text" && o.Format != "json" {
		return usagef("cli.inspect.format-q-inspect-writes", o.Format)
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
		note = lang.Sprintf("cli.inspect.rubric-chosen", r.ID, lang.UI().Name(choice.Reason, choice.ReasonEN))
	case cerr != nil || r == nil:
		if r, err = openRubric(""); err != nil {
			return err
		}
		var de *evaluate.DetectError
		if errors.As(cerr, &de) {
			note = lang.Sprintf("cli.inspect.read-here-with", de, r.ID)
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
		state := lang.S("cli.inspect.visible")
		if s.Hidden {
			state = lang.S("cli.inspect.hidden")
		}
		b.WriteString(lang.Sprintf("cli.inspect.sheet", s.Name, state))
		if len(s.HeaderRows) == 0 {
			b.WriteString(lang.S("cli.inspect.no-header"))
			continue
		}
		rows := fmt.Sprint(s.HeaderRows[0])
		if len(s.HeaderRows) > 1 {
			rows = fmt.Sprintf("%d-%d", s.HeaderRows[0], s.HeaderRows[len(s.HeaderRows)-1])
		}
		b.WriteString(lang.Sprintf("cli.inspect.header-row", rows))
		for _, c := range s.Columns {
			extra := ""
			if c.Year != 0 {
				extra += lang.Sprintf("cli.inspect.year", c.Year)
			}
			if c.Hidden {
				extra += ", " + lang.S("cli.inspect.hidden")
			}
			fmt.Fprintf(&b, "  %-3s %-40q %-9s (%s%s)\n", c.Letter, c.Header, lang.S("cli.kind."+string(c.Kind)), c.Why, extra)
		}
		b.WriteString(lang.Sprintf("cli.inspect.rows", s.Rows))
		for _, k := range s.Skipped {
			if k.Text != "" {
				b.WriteString(lang.Sprintf("cli.inspect.skipped-text", k.Row, k.Why, k.Text))
			} else {
				b.WriteString(lang.Sprintf("cli.inspect.skipped", k.Row, k.Why))
			}
		}
	}
	b.WriteString("\n")
	for _, kv := range [][2]string{{"OPD", in.OPD}, {lang.S("cli.inspect.agency"), in.Agency}, {lang.S("cli.inspect.year-word"), in.Year}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "%s: %s\n", kv[0], kv[1])
		}
	}
	if in.Readable {
		b.WriteString(lang.Sprintf("cli.inspect.read", in.Sheet, in.Indicators, in.LevelColumn))
		if in.SelfColumn != "" {
			b.WriteString(lang.Sprintf("cli.inspect.self-from", in.SelfColumn))
		}
		b.WriteString("\n")
	}
	for _, wn := range in.Warnings {
		b.WriteString(lang.Sprintf("cli.inspect.notice", wn))
	}
	if len(in.Problems) > 0 {
		fmt.Fprintf(&b, "%s\n", (&sheet.Error{File: lang.S("cli.inspect.problem"), Problems: in.Problems}).Error())
	}
	_, err := io.WriteString(w, b.String())
	return err
}
