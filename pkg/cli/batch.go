package cli

import (
	"fmt"
	"io"

	"github.com/spbe-id/spbe/pkg/batch"
	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/render"
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
	if o.rubric, err = openRubric(o.Rubric); err != nil {
		return err
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
		if dir, err = batch.PlanOutDir(o.OutDir, exts, inputs, o.Force); err != nil {
			return err
		}
	}
	if err := found.NoneFound(o.Args); err != nil {
		return err
	}
	if found.Unsearched > 0 && mode != batch.ProgressNone {
		fmt.Fprintf(o.IO.ErrOut, o.lang.T("batch.unsearched")+"\n", found.Unsearched)
	}

	prog := batch.NewProgress(o.IO.ErrOut, mode, len(found.Items), o.lang)
	var dirErr error
	// A report written to --out-dir carries the change from its OPD's
	// previous year when the batch holds it earlier in path order.
	var history batch.History
	b := batch.Run(found, batch.Options{Rubric: o.rubric, Limits: o.Limits, Lang: o.lang, ToolVersion: version(), Workers: o.Jobs,
		Finished: prog.Finished,
		Result: func(path string, e *doc.Entry, rep *doc.Report) {
			if e == nil {
				prog.Line(path, o.lang.T("batch.failed"))
				return
			}
			prog.Line(path, fmt.Sprintf("%s (%s)", o.lang.Num(o.rubric, e.Index.Rat()), o.lang.Band(e.Band)))
			if dir != nil && dirErr == nil {
				rep.Previous = history.Previous(e, rep.Result)
				dirErr = writeOutDir(dir, dirFormats, e.Name, rep, o.Force)
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
		files := make([]pendingFile, len(outs))
		for i, out := range outs {
			files[i] = pendingFile{Path: out.path, Write: func(w io.Writer) error { return out.format.Render(w, b) }}
		}
		if err := writeAll(files, o.Force); err != nil {
			return err
		}
	} else if err := format.Render(o.IO.Out, b); err != nil {
		return err
	}
	if !o.Quiet {
		fmt.Fprintf(o.IO.ErrOut, "%s\n", fmt.Sprintf(o.lang.T("batch.counts"), len(b.Entries), len(b.Failures)))
	}
	if len(b.Failures) > 0 {
		return exitError{ExitFailure}
	}
	return nil
}

// writeOutDir writes one OPD's reports into --out-dir, one per format.
func writeOutDir(dir *batch.OutDir, formats []*render.Format, opd string, rep *doc.Report, force bool) error {
	paths, err := dir.Files(opd)
	if err != nil {
		return err
	}
	rep.Complete()
	for i, f := range formats {
		if err := writeAtomic(paths[i], force, func(w io.Writer) error { return f.Render(w, rep) }); err != nil {
			return err
		}
	}
	return nil
}
