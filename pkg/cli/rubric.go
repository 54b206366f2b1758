package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/render/text"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// rubricOptions holds the flags the rubric subcommands share; each
// subcommand uses the ones it declares.
type rubricOptions struct {
	IO       IOStreams
	Format   string
	Lang     string
	Output   string
	Force    bool
	ExitCode bool
	Args     []string

	lang lang.Lang
}

func newRubricCmd(s IOStreams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rubric",
		Short: "List, show, validate, export and compare rubrics",
		Long: `Rubric works with rubric files: the built-in rubrics and your own YAML
variants of them (the format is in docs/rubric.md).

  list       the built-in rubrics
  show       a rubric's scales, bands and weights
  validate   check rubric files, reporting every problem with its line
  export     print a built-in rubric's YAML, to start a variant from
  diff       what changed between two rubrics, for a pull request
  schema     the JSON Schema of the format, for editors`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown command %q for \"spbe rubric\"", args[0])
			}
			return cmd.Help()
		},
	}
	cmd.AddCommand(newRubricListCmd(s), newRubricShowCmd(s), newRubricValidateCmd(s),
		newRubricExportCmd(s), newRubricDiffCmd(s), newRubricSchemaCmd(s))
	return cmd
}

func addRubricLangFlag(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVar(p, "lang", "id", "language of the output: id (Indonesian) or en (English)")
	cmd.RegisterFlagCompletionFunc("lang", fixedCompletion("id", "en"))
}

func addRubricFormatFlag(cmd *cobra.Command, p *string, names ...string) {
	cmd.Flags().StringVarP(p, "format", "f", names[0], "output format: "+orList(names))
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion(names...))
}

func orList(names []string) string {
	s := ""
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			s += " or "
		default:
			s += ", "
		}
		s += n
	}
	return s
}

// parseCommon checks --lang and that --format is one of names ("md" is
// markdown, "txt" text).
func (o *rubricOptions) parseCommon(names ...string) error {
	var err error
	if o.lang, err = lang.ParseLang(o.Lang); err != nil {
		return usageError{err}
	}
	switch o.Format {
	case "md":
		o.Format = "markdown"
	case "txt":
		o.Format = "text"
	}
	for _, n := range names {
		if o.Format == n {
			return nil
		}
	}
	return usagef("unknown format %q (%s)", o.Format, orList(names))
}

func newRubricListCmd(s IOStreams) *cobra.Command {
	o := &rubricOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the built-in rubrics",
		Args:  cobraArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return rubricListRun(o)
		},
	}
	addRubricFormatFlag(cmd, &o.Format, "text", "json")
	addRubricLangFlag(cmd, &o.Lang)
	return cmd
}

func rubricListRun(o *rubricOptions) error {
	if err := o.parseCommon("text", "json"); err != nil {
		return err
	}
	var rs []*rubric.Rubric
	for _, name := range rubric.Builtins() {
		r, err := rubric.Builtin(name)
		if err != nil {
			return err
		}
		rs = append(rs, r)
	}
	return render.Lookup(o.Format).RubricList(o.IO.Out, rs, o.lang)
}

func newRubricShowCmd(s IOStreams) *cobra.Command {
	o := &rubricOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "show [NAME|PATH]",
		Short: "Show a rubric's scales, predicate bands and weights",
		Long: `Show prints a rubric: what it is, its level scales, its predicate bands,
and the tree of domains, aspects and indicators with their weights. NAME is a
built-in rubric (default ` + rubric.Default + `), PATH a rubric YAML file.`,
		Example: `  spbe rubric show
  spbe rubric show pemdi-2026 --format markdown
  spbe rubric show my-rubric.yaml --format json`,
		Args: cobraArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return rubricShowRun(o)
		},
	}
	addRubricFormatFlag(cmd, &o.Format, "text", "markdown", "json")
	addRubricLangFlag(cmd, &o.Lang)
	return cmd
}

func rubricShowRun(o *rubricOptions) error {
	if err := o.parseCommon("text", "markdown", "json"); err != nil {
		return err
	}
	ref := ""
	if len(o.Args) == 1 {
		ref = o.Args[0]
	}
	r, err := openRubric(ref)
	if err != nil {
		return err
	}
	return render.Lookup(o.Format).Rubric(o.IO.Out, r, o.lang)
}

func newRubricValidateCmd(s IOStreams) *cobra.Command {
	o := &rubricOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "validate PATH...",
		Short: "Check rubric files and report every problem with its line",
		Long: `Validate loads each rubric file as spbe score would and reports every
problem in it, each as FILE:LINE: problem, on the error stream; a valid file
gets one line on the output. The exit status is 1 when any file is invalid.`,
		Example: `  spbe rubric validate rubric/*.yaml`,
		Args:    cobraArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return rubricValidateRun(o)
		},
	}
	addRubricLangFlag(cmd, &o.Lang)
	return cmd
}

func rubricValidateRun(o *rubricOptions) error {
	o.Format = "text"
	if err := o.parseCommon("text"); err != nil {
		return err
	}
	failed := false
	for _, p := range o.Args {
		r, err := rubric.Open(p, 0)
		if err != nil {
			// Every file is checked, whatever happened to the ones before.
			failed = true
			var re *rubric.Error
			if errors.As(err, &re) {
				fmt.Fprintln(o.IO.ErrOut, err)
			} else {
				fmt.Fprintf(o.IO.ErrOut, "%s: %v\n", p, err)
			}
			continue
		}
		fmt.Fprintln(&lang.SafeWriter{W: o.IO.Out}, text.ValidLine(p, r, o.lang))
	}
	if failed {
		return exitError{ExitFailure}
	}
	return nil
}

func newRubricExportCmd(s IOStreams) *cobra.Command {
	o := &rubricOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "export NAME",
		Short: "Print a built-in rubric's YAML, to start a local variant from",
		Long: `Export prints the YAML of a built-in rubric exactly as it is built in, with
its comments, as the starting point for a local variant: give it another id,
edit it, and use it with --rubric FILE.`,
		Example: `  spbe rubric export spbe-2020 > my-rubric.yaml
  spbe rubric export pemdi-2026 -o pemdi.yaml`,
		Args: cobraArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return rubricExportRun(o)
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return rubric.Builtins(), cobra.ShellCompDirectiveNoFileComp
		},
	}
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "write the YAML to `FILE` instead of the output")
	cmd.Flags().BoolVar(&o.Force, "force", false, "overwrite FILE if it exists")
	return cmd
}

func rubricExportRun(o *rubricOptions) error {
	data, err := rubric.BuiltinSource(o.Args[0])
	if err != nil {
		return usageError{err}
	}
	if o.Output == "" {
		_, err := o.IO.Out.Write(data)
		return err
	}
	if err := checkOutputPath(o.Output, nil, o.Force); err != nil {
		return err
	}
	return writeAtomic(o.Output, o.Force, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

func newRubricDiffCmd(s IOStreams) *cobra.Command {
	o := &rubricOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Show what changed between two rubrics",
		Long: `Diff compares two rubrics (built-in names or YAML files) item by item:
indicators, aspects and domains added, removed, renumbered, renamed, moved or
given another weight; scale, predicate-band, rounding and metadata changes.
Comments and layout are not changes. --format markdown gives a table for a
pull request. With --exit-code the exit status is 1 when the rubrics differ.`,
		Example: `  spbe rubric diff spbe-2020 my-rubric.yaml
  git show main:rubric.yaml > /tmp/old.yaml && spbe rubric diff /tmp/old.yaml rubric.yaml --format markdown`,
		Args: cobraArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return rubricDiffRun(o)
		},
	}
	addRubricFormatFlag(cmd, &o.Format, "text", "markdown", "json")
	addRubricLangFlag(cmd, &o.Lang)
	cmd.Flags().BoolVar(&o.ExitCode, "exit-code", false, "exit with status 1 when the rubrics differ")
	return cmd
}

func rubricDiffRun(o *rubricOptions) error {
	if err := o.parseCommon("text", "markdown", "json"); err != nil {
		return err
	}
	a, err := openRubric(o.Args[0])
	if err != nil {
		return err
	}
	b, err := openRubric(o.Args[1])
	if err != nil {
		return err
	}
	changes := rubric.Diff(a, b)
	err = render.Lookup(o.Format).RubricDiff(o.IO.Out, &doc.RubricDiff{Old: a, New: b, Changes: changes, Lang: o.lang})
	if err == nil && o.ExitCode && len(changes) > 0 {
		return exitError{ExitFailure}
	}
	return err
}

func newRubricSchemaCmd(s IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the rubric format",
		Long: `Schema prints the JSON Schema (draft-07) of the rubric format. Editors with
yaml-language-server complete and check a rubric file that starts with

  # yaml-language-server: $schema=` + rubric.SchemaID + `

or that points at a local copy: spbe rubric schema > rubric.schema.json.`,
		Args: cobraArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := s.Out.Write(rubric.Schema())
			return err
		},
	}
}
