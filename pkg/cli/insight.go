package cli

import (
	"github.com/spf13/cobra"

	"github.com/spbe-id/spbe/pkg/evaluate"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/rubric"
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
	fs.StringVar(&f.Lang, "lang", string(lang.UI()), lang.S("cli.insight.language-output-id-indonesian"))
	addLimitFlags(fs, &f.Limits)
	addReaderFlags(fs, &f.Limits)
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion("text", "markdown", "json", "html"))
	cmd.RegisterFlagCompletionFunc("lang", fixedCompletion("id", "en"))
}

// early checks a flag before any input is read: against the rubric
// --rubric named, or, when the sheet will choose, against every built-in
// rubric; only a flag that no built-in rubric accepts is refused then, with
// the default rubric's words. The flag is checked again once the sheet has
// chosen.
func (f *insightFlags) early(ok func(*rubric.Rubric) error) error {
	if f.rubrics.Named != nil {
		return ok(f.rubrics.Named)
	}
	var first error
	for _, name := range append([]string{rubric.Default}, rubric.Builtins()...) {
		r, err := rubric.Builtin(name)
		if err != nil {
			return err
		}
		err = ok(r)
		if err == nil {
			return nil
		}
		if first == nil {
			first = err
		}
	}
	return first
}

// check validates the format and the language and opens the rubric:
// everything a usage error can come from, before any input is read.
func (f *insightFlags) check() error {
	var err error
	if f.format, err = render.InsightFormat(f.Format); err != nil {
		return usageError{err}
	}
	if f.lang, err = lang.ParseLang(f.Lang); err != nil {
		return usageError{err}
	}
	f.rubrics, err = chooseRubric(f.Rubric)
	return err
}
