package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

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
		Use:   "template",
		Short: "Write a blank answer workbook for a rubric",
		Long: `Template writes a blank answer workbook (.xlsx) that a work unit fills in
and that spbe score reads as it is: an instructions sheet in Indonesian, the
answer sheet with one row per indicator and a drop-down of the indicator's
levels ("3 - Terdefinisi"), the criteria of every level when the rubric has
them, and cells for the agency, the year and the assessor. Everything but
the answer cells is protected, without a password. The rubric's id, version
and hash are stamped in the document properties; spbe score warns when a
sheet is scored with another rubric.

Without -o the workbook is written to the current folder as
lembar-kerja-RUBRIC[-OPD][-YEAR].xlsx. An existing file is kept unless
--force is given. The path written is printed.`,
		Example: `  spbe template
  spbe template --opd "Dinas Kesehatan" --year 2024
  spbe template --verified -o penilaian-2024.xlsx
  spbe template --rubric my-rubric.yaml -o my-template.xlsx`,
		Args: cobraArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return templateRun(o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.Output, "output", "o", "", "write the workbook to `FILE` (.xlsx; default lembar-kerja-RUBRIC[-OPD][-YEAR].xlsx)")
	f.StringVarP(&o.Rubric, "rubric", "r", "", "built-in rubric name or path to a rubric YAML file (default "+rubric.Default+")")
	f.StringVar(&o.OPD, "opd", "", "prefill the agency/work unit (OPD) `NAME`")
	f.StringVar(&o.Year, "year", "", "prefill the assessment `YEAR`")
	f.BoolVar(&o.Verified, "verified", false, "add a verified-level column for the evaluators beside the self-assessed one")
	f.BoolVar(&o.Force, "force", false, "overwrite an existing file")
	return cmd
}

func templateRun(o *templateOptions) error {
	opt := template.Options{OPD: strings.Join(strings.Fields(o.OPD), " "), Verified: o.Verified}
	if o.Year != "" {
		y, err := strconv.Atoi(strings.TrimSpace(o.Year))
		if err != nil || y < 1900 || y > 2999 {
			return usagef("--year %q is not a year (1900..2999)", o.Year)
		}
		opt.Year = y
	}
	out := o.Output
	if out != "" && !strings.EqualFold(filepath.Ext(out), ".xlsx") {
		return usagef("a template is an .xlsx workbook: -o %s must end in .xlsx", out)
	}
	r, err := openRubric(o.Rubric)
	if err != nil {
		return err
	}
	if out == "" {
		out = defaultTemplateName(r.ID, opt.OPD, opt.Year)
	}
	var inputs []string
	if !strings.HasPrefix(r.File, "builtin:") {
		inputs = append(inputs, r.File)
	}
	if err := checkOutputPath(out, inputs, o.Force); err != nil {
		return err
	}
	if err := writeAtomic(out, o.Force, func(w io.Writer) error { return template.Write(w, r, opt) }); err != nil {
		return err
	}
	fmt.Fprintln(o.IO.Out, out)
	return nil
}

// defaultTemplateName is lembar-kerja-RUBRIC[-OPD][-YEAR].xlsx, with the
// agency's name reduced to lowercase letters, digits and dashes so that it
// is a safe file name everywhere.
func defaultTemplateName(rubricID, opd string, year int) string {
	parts := []string{"lembar-kerja", rubricID}
	if s := slug(opd); s != "" {
		parts = append(parts, s)
	}
	if year != 0 {
		parts = append(parts, strconv.Itoa(year))
	}
	return strings.Join(parts, "-") + ".xlsx"
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		} else {
			dash = true
		}
	}
	out := b.String()
	if len(out) > 60 {
		out = strings.TrimRight(out[:60], "-")
	}
	return out
}
