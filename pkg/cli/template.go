package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/template"
)

type templateOptions struct {
	IO       IOStreams
	Output   string
	Rubric   string
	OPD      string
	Year     string
	Verified bool
	Force    bool
}

func newTemplateCmd(s IOStreams) *cobra.Command {
	o := &templateOptions{IO: s}
	cmd := &cobra.Command{
		Use:     "template",
		Short:   lang.S("cli.template.write-blank-answer-workbook"),
		Long:    lang.S("cli.template.template-writes-blank-answer"),
		Example: lang.S("cli.template.spbe-template-spbe-template"),
		Args:    cmdutil.CobraArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return templateRun(o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.Output, "output", "o", "", lang.S("cli.template.write-workbook-file-xlsx"))
	f.StringVarP(&o.Rubric, "rubric", "r", "", lang.Sprintf("cli.rubric-flag", rubric.Default))
	f.StringVar(&o.OPD, "opd", "", lang.S("cli.template.prefill-agency-work-unit"))
	f.StringVar(&o.Year, "year", "", lang.S("cli.template.prefill-assessment-year"))
	f.BoolVar(&o.Verified, "verified", false, lang.S("cli.template.add-verified-level-column"))
	f.BoolVar(&o.Force, "force", false, lang.S("cli.template.overwrite-existing-file"))
	return cmd
}

func templateRun(o *templateOptions) error {
	opt := template.Options{OPD: strings.Join(strings.Fields(o.OPD), " "), Verified: o.Verified}
	if o.Year != "" {
		y, err := strconv.Atoi(strings.TrimSpace(o.Year))
		if err != nil || y < 1900 || y > 2999 {
			return cmdutil.Usagef("cli.template.year-q-not-year", o.Year)
		}
		opt.Year = y
	}
	out := o.Output
	if out != "" && !strings.EqualFold(filepath.Ext(out), ".xlsx") {
		return cmdutil.Usagef("cli.template.template-xlsx-workbook-o", out)
	}
	r, err := cmdutil.OpenRubric(o.Rubric)
	if err != nil {
		return err
	}
	if out == "" {
		out = template.DefaultName(r.ID, opt)
	}
	var inputs []string
	if !strings.HasPrefix(r.File, "builtin:") {
		inputs = append(inputs, r.File)
	}
	if err := outfile.Check(out, inputs, o.Force); err != nil {
		return err
	}
	if err := outfile.Write(out, o.Force, func(w io.Writer) error { return template.Write(w, r, opt) }); err != nil {
		return err
	}
	fmt.Fprintln(o.IO.Out, out)
	return nil
}
