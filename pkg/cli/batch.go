package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/spbe-id/spbe/pkg/batch"
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
		return usageError{err}
	}
	if format.Binary && len(o.Outputs) == 0 {
		return usagef("cli.batch.format-written-file-give", format.Name)
	}
	mode, err := batch.ProgressMode(o.Progress, o.Quiet, o.IO.ErrTerminal)
	if err != nil {
		return usageError{err}
	}
	if o.Jobs < 0 {
		return usagef("cli.batch.jobs-d-give-number", o.Jobs)
	}
	if o.Resume && o.OutDir == "" {
		return usagef("cli.batch.resume-needs-out-dir")
	}
	if o.Resume && o.Force {
		return usagef("cli.batch.resume-or-force")
	}
	var dirFormats []*render.Format
	if o.OutDir != "" {
		for _, name := range o.OutDirFormats {
			f, err := render.FormatByName(name)
			if err != nil {
				return usagef("cli.batch.out-dir-format-v", err)
			}
			dirFormats = append(dirFormats, f)
		}
		if len(dirFormats) == 0 {
			return usagef("cli.batch.out-dir-format-give")
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
	var dir *batch.OutDir
	if o.OutDir != "" {
		exts := make([]string, len(dirFormats))
		for i, f := range dirFormats {
			exts[i] = f.Extensions[0]
		}
		// --resume writes into a folder that is not empty, as --force
		// does, but only the reports missing from it (writeOutDir).
		if dir, err = batch.PlanOutDir(o.OutDir, exts, inputs, o.Force || o.Resume); err != nil {
			return err
		}
		// Should the run be cut short, the interrupt message says how to
		// complete the folder.
		proc.SetResumeHint(o.OutDir)
		for _, out := range outs {
			dir.Reserve(out.Path)
		}
	}
	if err := found.NoneFound(o.Args); err != nil {
		return err
	}
	if found.Unsearched > 0 && mode != batch.ProgressNone {
		fmt.Fprintf(o.IO.ErrOut, o.lang.T("batch.unsearched")+"\n", found.Unsearched)
	}

	prog := batch.NewProgress(lang.Unwrap(o.IO.ErrOut), mode, len(found.Items), o.lang)
	var dirErr error
	keptReports := 0 // by --resume
	// A report written to --out-dir carries the change from its OPD's
	// previous year when the batch holds it earlier in path order.
	var history batch.History
	b := batch.Run(found, batch.Options{Rubric: o.rubric, Read: rs.ReadSheet, Limits: o.Limits, Lang: o.lang, ToolVersion: version(), Workers: o.Jobs,
		Finished: prog.Finished,
		Result: func(path string, e *doc.Entry, rep *doc.Report) {
			if e == nil {
				prog.Line(path, o.lang.T("batch.failed"))
				return
			}
			prog.Line(path, fmt.Sprintf("%s (%s)", o.lang.Num(e.Rubric, e.Index.Rat()), o.lang.Band(e.Band)))
			if dir != nil && dirErr == nil {
				rep.Previous = history.Previous(e, rep.Result)
				var kept int
				kept, dirErr = writeOutDir(dir, dirFormats, e.Name, rep, o.Force, o.Resume)
				keptReports += kept
			}
		}})
	prog.Clear()

	for _, f := range b.Failures {
		for _, p := range f.Problems {
			fmt.Fprintf(o.IO.ErrOut, "%s: %s\n", f.File, p)
		}
	}
	if dirErr != nil {
		return dirErr
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
		fmt.Fprintf(o.IO.ErrOut, "%s\n", fmt.Sprintf(o.lang.T("batch.counts"), len(b.Entries), len(b.Failures)))
		if len(b.Skipped) > 0 {
			fmt.Fprintf(o.IO.ErrOut, "%s\n", fmt.Sprintf(o.lang.T("batch.skipped.n"), len(b.Skipped)))
		}
	}
	if keptReports > 0 && !o.Quiet {
		fmt.Fprintln(o.IO.ErrOut, lang.Sprintf("cli.batch.resume-kept", keptReports, o.OutDir))
	}
	if len(b.Failures) > 0 {
		return exitError{ExitFailure}
	}
	return nil
}

// writeOutDir writes one OPD's reports into --out-dir, one per format.
// With resume, a report already there is kept, not replaced, and counted.
func writeOutDir(dir *batch.OutDir, formats []*render.Format, opd string, rep *doc.Report, force, resume bool) (kept int, err error) {
	paths, err := dir.Files(opd)
	if err != nil {
		return 0, err
	}
	rep.Complete()
	for i, f := range formats {
		if resume {
			if _, err := os.Lstat(paths[i]); err == nil {
				kept++
				continue
			}
		}
		// Without --force (and so always with --resume) the report is
		// published so that it fails on a name that appeared meanwhile.
		if err := outfile.Write(paths[i], force, func(w io.Writer) error { return f.Render(w, rep) }); err != nil {
			return kept, err
		}
	}
	return kept, nil
}
