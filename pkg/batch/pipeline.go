// Package batch scores many answer sheets as one batch: it finds the
// inputs (with the policy on links, hidden files and lock files), reads
// and scores them on a pool of workers while handing results on in input
// order and containing a panic to the file that caused it, reduces each
// to a small entry, aggregates the batch (ranking, statistics, predicate
// counts) into a doc.Batch, names each work unit's files for --out-dir
// and writes its reports there, --resume included (reports.go: the
// caller hands it the renderers as functions), and shows the progress on
// stderr (progress.go). The consolidated report is the caller's to write.
//
// batch may import pkg/doc, pkg/lang, pkg/outfile (writing files, all or
// nothing), pkg/rat64, pkg/rubric, pkg/safefile, pkg/score and pkg/sheet;
// never a renderer or pkg/cli.
package batch

import (
	"errors"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// Run scores every answer sheet under the folders and files it is
// given. Sheets are read by a pool of workers, one per core; results are
// handed on in input order (by path) whatever order they finish in, and
// each is reduced to a small doc.Entry at once, so memory stays flat
// however many sheets there are. A file that cannot be scored, or whose
// reading panics, becomes a failure with its reasons and never stops the
// batch.

// outcome is what scoring one item gave: a report, or the reasons it
// could not be scored.
type outcome struct {
	rep      *doc.Report
	problems []string
	// skipped is set for one of spbe's own reports: not an answer sheet,
	// and not a failure either.
	skipped  bool
	unlisted int // problems past those listed (sheet.MaxProblems)
}

// readSheet reads an answer sheet; tests replace it to make a reader
// panic.
var readSheet = sheet.ReadFile

// scoreItem scores one input. A panic anywhere in reading or scoring
// becomes a failure of this file alone.
func scoreItem(it Item, o *Options) (out outcome) {
	if it.Fail != nil {
		return outcome{problems: []string{it.Fail.Error()}}
	}
	defer func() {
		if p := recover(); p != nil {
			out = outcome{problems: []string{lang.Sprintf("batch.internal-error-while-reading", p)}}
		}
	}()
	read := o.Read
	if read == nil {
		read = func(path string, limits sheet.Options) (*sheet.Answers, *rubric.Rubric, *doc.Choice, error) {
			a, err := readSheet(path, o.Rubric, limits)
			return a, o.Rubric, nil, err
		}
	}
	// Every item without a failure was found to be a regular file when
	// the inputs were listed (see FindInputs): the reader need not look
	// again before opening it.
	limits := o.Limits
	limits.Regular = true
	// A sheet scored for its entry only needs no more than its values.
	limits.Brief = o.Brief
	a, r, choice, err := read(it.Path, limits)
	if err != nil {
		ps, unlisted := problems(it.Path, err)
		return outcome{problems: ps, unlisted: unlisted, skipped: sheet.IsReport(err)}
	}
	newReport := doc.NewReport
	if o.Brief {
		newReport = doc.NewBriefReport
	}
	rep, err := newReport(it.Path, a, r, o.ToolVersion)
	if err != nil {
		ps, unlisted := problems(it.Path, err)
		return outcome{problems: ps, unlisted: unlisted}
	}
	rep.Lang, rep.Choice = o.Lang, choice
	return outcome{rep: rep}
}

// problems splits an error into one line per problem, without the file
// name, which the batch shows in its own column, and says how many more
// the reader found than it listed.
func problems(path string, err error) (lines []string, unlisted int) {
	var se *sheet.Error
	if errors.As(err, &se) {
		for _, p := range se.Problems {
			one := &sheet.Error{Problems: []sheet.Problem{p}}
			lines = append(lines, strings.TrimPrefix(one.Error(), ": "))
			if p.Code == sheet.CodeMoreProblems && len(p.Values) == 1 {
				unlisted, _ = strconv.Atoi(p.Values[0])
			}
		}
		return lines, unlisted
	}
	return []string{strings.TrimPrefix(err.Error(), path+": ")}, 0
}

// pipeline runs work(i) for every i in [0, n) on workers goroutines and
// calls emit(i, result) on the calling goroutine in the order of i,
// whatever order the work finishes in; finished(i) is called, also on the
// calling goroutine, as each piece of work completes. At most window
// results wait to be emitted at any time, which bounds memory when one
// slow file holds up the ones after it.
func pipeline[T any](n, workers, window int, work func(int) T, finished func(int), emit func(int, T)) {
	type done struct {
		i   int
		out T
	}
	jobs := make(chan int)
	results := make(chan done, workers)
	slots := make(chan struct{}, window)
	go func() {
		for i := range n {
			slots <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()
	for range workers {
		go func() {
			for i := range jobs {
				results <- done{i, work(i)}
			}
		}()
	}
	pending := map[int]T{}
	next := 0
	for next < n {
		d := <-results
		finished(d.i)
		pending[d.i] = d.out
		for {
			out, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(next, out)
			<-slots
			next++
		}
	}
}

// Options are what a batch needs besides its inputs.
type Options struct {
	// Rubric is the rubric --rubric named, used when Read is nil; with
	// Read, the rubric shown when no sheet scored.
	Rubric *rubric.Rubric
	// Read, when set, reads each sheet with the rubric it chooses (see
	// evaluate.Rubrics.ReadSheet): a batch may mix frameworks.
	Read   func(path string, limits sheet.Options) (*sheet.Answers, *rubric.Rubric, *doc.Choice, error)
	Limits sheet.Options
	Lang   lang.Lang
	// ToolVersion is the version of spbe, for the reports.
	ToolVersion string
	// Workers is how many sheets are read at once; 0 is one per core.
	Workers int
	// Finished, if set, is called as each input's work completes, in the
	// order the work finishes (for a progress bar).
	Finished func(path string)
	// Result, if set, is called for each input in input order: with its
	// entry and full report when it scored, with nil ones when it did
	// not. The report is for the caller's --out-dir files; it is not kept.
	Result func(path string, e *doc.Entry, rep *doc.Report)
	// Brief, when the caller renders no sheet's report (no --out-dir),
	// scores each sheet for its entry only (doc.NewBriefReport): the
	// reports given to Result must not be rendered then.
	Brief bool
}

// Run scores the inputs and returns the batch, aggregated and ready to
// render. Every input either scores or is a failure with its reasons; none
// stops the others.
func Run(in Inputs, o Options) *doc.Batch {
	b := &doc.Batch{Rubric: o.Rubric, ToolVersion: o.ToolVersion, Lang: o.Lang}
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Many small, short-lived allocations and a small live heap make the
	// collector run very often; unless the user has tuned it, let the heap
	// grow further between collections while the entries kept are few
	// (see gcTuner).
	// The pace is left set when Run returns: the caller renders the batch
	// next, with the entries still live, and the default pace would let
	// the heap grow to twice them.
	var tune *gcTuner
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		tune = &gcTuner{pace: maxGCPercent}
		debug.SetGCPercent(maxGCPercent)
		defer tune.adjust()
	}
	// The entries are packed while the sheets are read (see packed).
	var kept packed
	pipeline(len(in.Items), workers, 16*workers,
		func(i int) outcome { return scoreItem(in.Items[i], &o) },
		func(i int) {
			if o.Finished != nil {
				o.Finished(in.Items[i].Path)
			}
		},
		func(i int, out outcome) {
			it := in.Items[i]
			if out.rep == nil && out.skipped {
				b.Skipped = append(b.Skipped, doc.Failure{File: it.Path, Problems: out.problems})
				if o.Result != nil {
					o.Result(it.Path, nil, nil)
				}
				return
			}
			if out.rep == nil {
				b.Failures = append(b.Failures, doc.Failure{File: it.Path, Problems: out.problems, Unlisted: out.unlisted})
				if o.Result != nil {
					o.Result(it.Path, nil, nil)
				}
				return
			}
			e := NewEntry(out.rep)
			e.File = it.Path
			if o.Result != nil {
				o.Result(it.Path, e, out.rep)
			}
			kept.add(i, e)
			if tune != nil && len(kept.at)%tuneEvery == 0 {
				tune.adjust()
			}
		})
	b.Entries = kept.unpack(in)
	group(b)
	return Aggregate(b)
}

// group gives the batch the rubric of its entries, or, when they were
// scored with several rubrics, one aggregated group per rubric.
func group(b *doc.Batch) {
	// A rubric is its id and its hash: the same rubric read twice is one.
	key := func(r *rubric.Rubric) string { return r.ID + " " + r.Hash }
	var order []*rubric.Rubric
	by := map[string][]*doc.Entry{}
	for _, e := range b.Entries {
		k := key(e.Rubric)
		if _, ok := by[k]; !ok {
			order = append(order, e.Rubric)
		}
		by[k] = append(by[k], e)
	}
	switch {
	case len(order) == 1:
		b.Rubric = order[0]
	case len(order) > 1:
		for _, r := range order {
			b.Groups = append(b.Groups, Aggregate(&doc.Batch{Rubric: r, Entries: by[key(r)], ToolVersion: b.ToolVersion, Lang: b.Lang}))
		}
		b.Rubric = order[0]
	}
}

// The collector's pace in a batch. With the default pace (GOGC=100) a
// batch spends several times more on collecting than it must, since each
// sheet allocates much and keeps little. A soft memory limit, as this
// batch once had, is worse: once the live heap nears it (a file that
// needs much memory to read, or the entries of 100,000 sheets), the
// collector runs without pause and the batch slows several times. So the
// pace is GOGC-like, relative to what is live: the heap may grow by
// maxGCPercent while that stays within gcBudget, and by less as the
// entries kept grow, never below minGCPercent, so that the cost of
// collecting a sheet's garbage stays about the same however many sheets
// came before it. A budget of 96 MiB gave a peak RSS of 118 MB at 25,000
// sheets, 48 MiB 77 MB, for the same CPU time.
const (
	maxGCPercent = 400
	minGCPercent = 50
	gcBudget     = 48 << 20
	tuneEvery    = 512 // entries between two looks at the live heap
)

// gcTuner sets the collector's pace from the live heap.
//
// The live heap is read from runtime.MemStats rather than runtime/metrics:
// linking runtime/metrics costs every call of spbe about 0.1 ms of package
// initialisation (it builds the table of every metric), and the batch is
// the only user. The heap goal of the last collection is the heap then
// live grown by the pace then set, so the live heap follows from the two.
type gcTuner struct {
	pace int // the pace last set
	ms   runtime.MemStats
}

// adjust sets the pace for the heap live at the last collection.
func (g *gcTuner) adjust() {
	runtime.ReadMemStats(&g.ms)
	if g.ms.NumGC == 0 {
		return
	}
	live := g.ms.NextGC * 100 / uint64(100+g.pace)
	p := maxGCPercent
	if live > 0 && live < gcBudget {
		p = int(min(uint64(maxGCPercent), (gcBudget-live)*100/live))
	} else if live >= gcBudget {
		p = minGCPercent
	}
	g.pace = max(p, minGCPercent)
	debug.SetGCPercent(g.pace)
}
