package cli

import (
	"fmt"
	"io"

	"github.com/spbe-id/spbe/pkg/batch"
	"github.com/spbe-id/spbe/pkg/cli/cmdutil"
	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/proc"
	"github.com/spbe-id/spbe/pkg/render"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// A batch is scored by pkg/batch; this file checks the flags, shows the
// progress, and writes the consolidated outputs and the --out-dir reports.

// batchRun scores a batch and writes its consolidated outputs.
func batchRun(o *scoreOptions) error {
	format, err := render.BatchFormatByName(o.Format)
	if err != nil {
		return cmdutil.Usage(err)
	}
	if format.Binary && len(o.Outputs) == 0 {
		return cmdutil.Usagef("cli.batch.format-written-file-give", format.Name)
	}
	mode, err := batch.ProgressMode(o.Progress, o.Quiet, o.IO.ErrTerminal)
	if err != nil {
		return cmdutil.Usage(err)
	}
	if o.Jobs < 0 {
		return cmdutil.Usagef("cli.batch.jobs-d-give-number", o.Jobs)
	}
	if o.Resume && o.OutDir == "" {
		return cmdutil.Usagef("cli.batch.resume-needs-out-dir")
	}
	if o.Resume && o.Force {
		return cmdutil.Usagef("cli.batch.resume-or-force")
	}
	var dirFormats []*render.Format
	if o.OutDir != "" {
		for _, name := range o.OutDirFormats {
			f, err := render.FormatByName(name)
			if err != nil {
				return cmdutil.Usagef("cli.batch.out-dir-format-v", err)
			}
			dirFormats = append(dirFormats, f)
		}
		if len(dirFormats) == 0 {
			return cmdutil.Usagef("cli.batch.out-dir-format-give")
		}
	}
	rs, err := chooseRubric(o.Rubric)
	if err != nil {
		return err
	}
	// Without --rubric each sheet chooses its own; the default rubric
	// only names an empty batch.
	if o.rubric = rs.Named; o.rubric == nil {
		if o.rubric, err = rubric.Builtin(rubric.Default); err != nil {
			return err
		}
	}

	found := batch.FindInputs(o.Args, o.Recursive)
	inputs := found.Paths()
	outs, err := planBatchOutputs(o.Outputs, o.Format, o.formatSet, inputs, o.Force)
	if err != nil {
		return err
	}
	var reports *batch.Reports
	if o.OutDir != "" {
		reports = &batch.Reports{Force: o.Force, Resume: o.Resume}
		exts := make([]string, len(dirFormats))
		for i, f := range dirFormats {
			exts[i] = f.Extensions[0]
			reports.Draw = append(reports.Draw, f.Render)
		}
		// --resume writes into a folder that is not empty, as --force
		// does, but only the reports missing from it.
		if reports.Dir, err = batch.PlanOutDir(o.OutDir, exts, inputs, o.Force || o.Resume); err != nil {
			return err
		}
		// Should the run be cut short, the interrupt message says how to
		// complete the folder.
		proc.SetResumeHint(o.OutDir)
		for _, out := range outs {
			reports.Dir.Reserve(out.Path)
		}
	}
	if err := found.NoneFound(o.Args); err != nil {
		return err
	}
	if found.Unsearched > 0 && mode != batch.ProgressNone {
		fmt.Fprintf(o.IO.ErrOut, o.lang.T("batch.unsearched")+"\n", found.Unsearched)
	}

	prog := batch.NewProgress(lang.Unwrap(o.IO.ErrOut), mode, len(found.Items), o.lang)
	b := batch.Run(found, batch.Options{Rubric: o.rubric, Read: rs.ReadSheet, Limits: o.Limits, Lang: o.lang, ToolVersion: version(), Workers: o.Jobs,
		Finished: prog.Finished, Brief: reports == nil,
		Result: func(path string, e *doc.Entry, rep *doc.Report) {
			prog.Scored(path, e)
			if e != nil {
				reports.Write(e, rep)
			}
		}})
	prog.Clear()
	batch.WriteFailures(o.IO.ErrOut, b)
	if reports != nil && reports.Err != nil {
		return reports.Err
	}
	if len(outs) > 0 {
		draw := func(f *render.BatchFormat, w io.Writer, b *doc.Batch) error { return f.Render(w, b) }
		if err := outfile.WritePlanned(outs, b, o.Force, draw); err != nil {
			return err
		}
	} else if err := format.Render(o.IO.Out, b); err != nil {
		return err
	}
	if !o.Quiet {
		fmt.Fprintf(o.IO.ErrOut, "%s\n", fmt.Sprintf(o.lang.N("batch.counts", len(b.Entries)), len(b.Entries), len(b.Failures)))
		if len(b.Skipped) > 0 {
			fmt.Fprintf(o.IO.ErrOut, "%s\n", fmt.Sprintf(o.lang.T("batch.skipped.n"), len(b.Skipped)))
		}
	}
	if reports != nil && reports.Kept > 0 && !o.Quiet {
		fmt.Fprintln(o.IO.ErrOut, lang.Sprintf("cli.batch.resume-kept", reports.Kept, o.OutDir))
	}
	if len(b.Failures) > 0 {
		return cmdutil.ExitError{Code: ExitFailure}
	}
	return nil
}
