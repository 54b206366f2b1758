// Package rubriccmd is `spbe rubric` and its subcommands (list, show,
// validate, export, diff, schema): the commands of a rubric's maintainer,
// who edits the framework's YAML, where the evaluator's commands score
// sheets with it. Its words are in pkg/cli/clitext.
//
// rubriccmd may import pkg/cli/cmdutil and the layers below the command
// line (rubric, rubricdiff, doc/rubricdoc, render, outfile, lang, proc);
// pkg/cli imports it, never the reverse.
package rubriccmd

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/doc/rubricdoc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/proc"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/render/text"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/rubricdiff"
)

// rubricOptions holds the flags the rubric subcommands share; each
// subcommand uses the ones it declares.
type rubricOptions struct {
	IO       cmdutil.IOStreams
	Format   string
	Lang     string
	Output   string
	Force    bool
	ExitCode bool
	Args     []string

	lang lang.Lang
}

// New is `spbe rubric`, with its subcommands.
func New(s cmdutil.IOStreams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rubric",
		Short: lang.S("cli.rubric.list-show-validate-export"),
		Long:  lang.S("cli.rubric.rubric-works-with-rubric"),
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return cmdutil.Usagef("cli.rubric.unknown-command-q-for", args[0])
			}
			return cmd.Help()
		},
	}
	cmd.AddCommand(newRubricListCmd(s), newRubricShowCmd(s), newRubricValidateCmd(s),
		newRubricExportCmd(s), newRubricDiffCmd(s), newRubricSchemaCmd(s))
	return cmd
}

// addRubricFormatFlag adds --format, one of names (the first is the
// default), said in the run's language as every flag's help is.
func addRubricFormatFlag(cmd *cobra.Command, p *string, names ...string) {
	cmd.Flags().StringVarP(p, "format", "f", names[0], lang.Sprintf("cli.rubric.output-format", orList(names)))
	cmd.RegisterFlagCompletionFunc("format", cmdutil.FixedCompletion(names...))
}

// orList lists names as "a, b or c", in the run's language.
func orList(names []string) string {
	s := ""
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			s += " " + lang.S("cli.or") + " "
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
		return cmdutil.Usage(err)
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
	return cmdutil.Usagef("cli.rubric.unknown-format-q", o.Format, orList(names))
}

func newRubricListCmd(s cmdutil.IOStreams) *cobra.Command {
	o := &rubricOptions{IO: s}
	cmd := &cobra.Command{
		Use:   "list",
		Short: lang.S("cli.rubric.list-built-in-rubrics"),
		Args:  cmdutil.CobraArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return rubricListRun(o)
		},
	}
	addRubricFormatFlag(cmd, &o.Format, "text", "json")
	cmdutil.AddLangFlag(cmd, &o.Lang)
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

func newRubricShowCmd(s cmdutil.IOStreams) *cobra.Command {
	o := &rubricOptions{IO: s}
	cmd := &cobra.Command{
		Use:     "show [NAME|PATH]",
		Short:   lang.S("cli.rubric.show-rubric-scales-predicate"),
		Long:    lang.Sprintf("cli.rubric.show-prints-rubric-what", rubric.Default),
		Example: lang.S("cli.rubric.spbe-rubric-show-spbe"),
		Args:    cmdutil.CobraArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return rubricShowRun(o)
		},
	}
	addRubricFormatFlag(cmd, &o.Format, "text", "markdown", "json")
	cmdutil.AddLangFlag(cmd, &o.Lang)
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
	r, err := cmdutil.OpenRubric(ref)
	if err != nil {
		return err
	}
	return render.Lookup(o.Format).Rubric(o.IO.Out, r, o.lang)
}

func newRubricValidateCmd(s cmdutil.IOStreams) *cobra.Command {
	o := &rubricOptions{IO: s}
	cmd := &cobra.Command{
		Use:     "validate PATH...",
		Short:   lang.S("cli.rubric.check-rubric-files-and"),
		Long:    lang.S("cli.rubric.validate-loads-each-rubric"),
		Example: lang.S("cli.rubric.spbe-rubric-validate-rubric"),
		Args:    cmdutil.CobraArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return rubricValidateRun(o)
		},
	}
	cmdutil.AddLangFlag(cmd, &o.Lang)
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
		return cmdutil.ExitError{Code: proc.ExitFailure}
	}
	return nil
}

func newRubricExportCmd(s cmdutil.IOStreams) *cobra.Command {
	o := &rubricOptions{IO: s}
	cmd := &cobra.Command{
		Use:     "export NAME",
		Short:   lang.S("cli.rubric.print-built-in-rubric"),
		Long:    lang.S("cli.rubric.export-prints-yaml-built"),
		Example: lang.S("cli.rubric.spbe-rubric-export-spbe"),
		Args:    cmdutil.CobraArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return rubricExportRun(o)
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return rubric.Builtins(), cobra.ShellCompDirectiveNoFileComp
		},
	}
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", lang.S("cli.rubric.write-yaml-file-instead"))
	cmd.Flags().BoolVar(&o.Force, "force", false, lang.S("cli.rubric.overwrite-file-if-it"))
	return cmd
}

func rubricExportRun(o *rubricOptions) error {
	data, err := rubric.BuiltinSource(o.Args[0])
	if err != nil {
		return cmdutil.Usage(err)
	}
	if o.Output == "" {
		_, err := o.IO.Out.Write(data)
		return err
	}
	if err := outfile.Check(o.Output, nil, o.Force); err != nil {
		return err
	}
	return cmdutil.WriteBytes(o.Output, o.Force, data)
}

func newRubricDiffCmd(s cmdutil.IOStreams) *cobra.Command {
	o := &rubricOptions{IO: s}
	cmd := &cobra.Command{
		Use:     "diff OLD NEW",
		Short:   lang.S("cli.rubric.show-what-changed-between"),
		Long:    lang.S("cli.rubric.diff-compares-two-rubrics"),
		Example: lang.S("cli.rubric.spbe-rubric-diff-spbe"),
		Args:    cmdutil.CobraArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Args = args
			return rubricDiffRun(o)
		},
	}
	addRubricFormatFlag(cmd, &o.Format, "text", "markdown", "json")
	cmdutil.AddLangFlag(cmd, &o.Lang)
	cmd.Flags().BoolVar(&o.ExitCode, "exit-code", false, lang.S("cli.rubric.exit-with-status-1"))
	return cmd
}

func rubricDiffRun(o *rubricOptions) error {
	if err := o.parseCommon("text", "markdown", "json"); err != nil {
		return err
	}
	a, err := cmdutil.OpenRubric(o.Args[0])
	if err != nil {
		return err
	}
	b, err := cmdutil.OpenRubric(o.Args[1])
	if err != nil {
		return err
	}
	changes := rubricdiff.Diff(a, b)
	err = render.Lookup(o.Format).RubricDiff(o.IO.Out, &rubricdoc.Diff{Old: a, New: b, Changes: changes, Lang: o.lang})
	if err == nil && o.ExitCode && len(changes) > 0 {
		return cmdutil.ExitError{Code: proc.ExitFailure}
	}
	return err
}

func newRubricSchemaCmd(s cmdutil.IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: lang.S("cli.rubric.print-json-schema-rubric"),
		Long:  lang.Sprintf("cli.rubric.schema-prints-json-schema", rubric.SchemaID),
		Args:  cmdutil.CobraArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := s.Out.Write(rubric.Schema())
			return err
		},
	}
}
