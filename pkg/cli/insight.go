package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// insightFlags are the flags explain, plan and compare share with score.
type insightFlags struct {
	Rubric string
	Format string
	Lang   string
	Limits sheet.Options

	format  string
	lang    lang.Lang
	rubrics evaluate.Rubrics
}

func (f *insightFlags) add(cmd *cobra.Command) {
	fs := cmd.Flags()
	addRubricFlag(fs, &f.Rubric)
	fs.StringVarP(&f.Format, "format", "f", "text", lang.S("cli.insight.output-format-text-markdown"))
	cmdutil.AddLangFlag(cmd, &f.Lang)
	addLimitFlags(fs, &f.Limits)
	addReaderFlags(fs, &f.Limits)
	cmd.RegisterFlagCompletionFunc("format", cmdutil.FixedCompletion("text", "markdown", "json", "html"))
}

// check validates the format and the language and opens the rubric:
// everything a usage error can come from, before any input is read.
func (f *insightFlags) check() error {
	var err error
	if f.format, err = render.InsightFormat(f.Format); err != nil {
		return cmdutil.Usage(err)
	}
	if f.lang, err = lang.ParseLang(f.Lang); err != nil {
		return cmdutil.Usage(err)
	}
	f.rubrics, err = chooseRubric(f.Rubric)
	return err
}
