package doc

import (
	"fmt"
	"math/big"
	"path/filepath"

	"github.com/spbe-id/spbe/pkg/insight"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// Report is everything a single-sheet report shows.
type Report struct {
	// Result is the headline result: the verified levels when the sheet
	// has both, else the only levels.
	Result *score.Result
	// Self is the result of the self-assessed levels when the sheet also
	// has verified ones; nil otherwise.
	Self *score.Result
	// Answers is what the sheet said.
	Answers *sheet.Answers
	// SourceSHA256 is the SHA-256 of the answer sheet file, in hex.
	SourceSHA256 string
	// ToolVersion is the version of spbe that made the report.
	ToolVersion string
	Lang        lang.Lang
	// Warnings are shown with the report.
	Warnings []string
	// Target is the agency's own target index (--target-index), nil for
	// none; Previous the evaluation of the year before (--previous, or
	// found by a batch), nil for none; Signer the sign-off block, nil for
	// none. The caller sets them before Complete.
	Target   *big.Rat
	Previous *Previous
	Signer   *Signer

	// What Complete computes, for the renderers to lay out.

	// Recommendations is the plan to the next predicate, shown by the
	// Markdown and Excel reports; nil when the rubric's scales do not fit
	// the default cost table. A batch that prints only a ranking never
	// completes its reports, so never pays for planning.
	Recommendations *insight.Plan
	// Notices are the lines every format shows above or below the
	// numbers: a provisional rubric, a rounding that crosses a band, and
	// the warnings.
	Notices []string
	// Differences are the indicators whose self-assessed and verified
	// levels differ, in rubric order; none without a self-assessment.
	Differences []Difference
	// Domains and Aspects are the rows of the domain and aspect tables, in
	// rubric order, with their names in the report's language.
	Domains, Aspects []Group
	// Title names the report, the OPD, the Pemda and the year; PageLabel
	// is what every printed page's header names (OPD, Pemda, year).
	Title, PageLabel string
	// Headline is what the index is and the targets it is read against;
	// Change the change from the previous evaluation (nil without one).
	Headline Headline
	Change   *YearChange
	// Verification holds every indicator's levels and what the OPD and
	// the evaluator wrote, in rubric order; HasVerificationText is true
	// when any explanation, note or evidence was written.
	Verification        []Verification
	HasVerificationText bool
	// Assessor is the sheet's "Nama Penilai".
	Assessor string
	// PlanLead is the recommendations' first line; Steps the plan's raises
	// in words, by domain and aspect (none when the plan reaches nothing).
	PlanLead string
	Steps    []RecGroup
	// EffortNote says what an effort means.
	EffortNote string
	// Bands are the predicate bands as ranges, the headline's marked.
	Bands []BandRange
}

// NewReport builds the report of an answer sheet read from path: the
// headline result (the verified levels when the sheet has both), the
// self-assessment when there is one, and the reader's warnings. Lang is
// Indonesian until the caller sets it.
func NewReport(path string, a *sheet.Answers, r *rubric.Rubric, toolVersion string) (*Report, error) {
	res, err := score.Compute(r, a.Levels)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	rep := &Report{Result: res, Answers: a, SourceSHA256: a.SHA256, ToolVersion: toolVersion, Warnings: a.Warnings}
	if a.Self != nil {
		if rep.Self, err = score.Compute(r, a.Self); err != nil {
			return nil, fmt.Errorf("%s: self-assessment: %w", path, err)
		}
	}
	return rep, nil
}

// Complete finishes a report before it is rendered, once its language and
// warnings are final: the notices, the differences, the rows of the
// domain and aspect tables, and the default plan to the next predicate. A
// rubric the default cost table does not fit (scales of more than five
// levels) gets no plan rather than a failed report; spbe plan --cost
// serves it. It returns rep.
func (rep *Report) Complete() *Report {
	if rep.Recommendations == nil {
		if p, err := insight.NewPlan(rep.Result, insight.PlanOptions{}); err == nil {
			rep.Recommendations = p
		}
	}
	rep.Notices = rep.notices()
	rep.Differences = rep.differences()
	rep.Domains, rep.Aspects = rep.domainGroups(), rep.aspectGroups()
	rep.Title, rep.PageLabel = rep.title(), rep.pageLabel()
	rep.Headline, rep.Change = rep.headline(), rep.change()
	rep.Verification = rep.verification()
	rep.HasVerificationText = false
	for _, v := range rep.Verification {
		if v.Explanation != "" || v.EvaluatorNote != "" || len(v.Evidence) > 0 {
			rep.HasVerificationText = true
		}
	}
	if rep.Answers != nil {
		rep.Assessor = rep.Answers.Assessor
	}
	rep.PlanLead, rep.Steps = rep.planLead(), rep.steps()
	if p := rep.Recommendations; p != nil {
		rep.EffortNote = fmt.Sprintf(rep.Lang.T("eval.effortnote"), CostTable(rep.Lang, rep.Result.Rubric, p.Costs))
	}
	rep.Bands = rep.bandRanges()
	return rep
}

// Difference is an indicator whose self-assessed and verified levels differ.
type Difference struct {
	ID             string
	Self, Verified int
}

// differences lists the indicators where self-assessment and verification
// disagree, in rubric order.
func (rep *Report) differences() []Difference {
	if rep.Self == nil {
		return nil
	}
	self := rep.Self.Levels()
	var out []Difference
	for _, is := range rep.Result.Indicators {
		if s := self[is.Indicator.ID]; s != is.Level {
			out = append(out, Difference{ID: is.Indicator.ID, Self: s, Verified: is.Level})
		}
	}
	return out
}

// SourceName is the answer sheet's file name without its folder.
func (rep *Report) SourceName() string {
	if rep.Answers == nil {
		return ""
	}
	return filepath.Base(rep.Answers.File)
}

// SubjectNotices are the lines every format shows above or below the numbers:
// a provisional rubric, a rounding that crosses a band, and warnings.
func (rep *Report) notices() []string {
	l, res := rep.Lang, rep.Result
	r := res.Rubric
	var out []string
	if r.Provisional() {
		out = append(out, fmt.Sprintf(l.T("provisional"), r.ID, l.Status(r.Status)))
	}
	if res.RoundingCrossesBand() {
		basis := l.T("basis.exact")
		if r.Rounding.PredicateBasis == "rounded" {
			basis = l.T("basis.rounded")
		}
		out = append(out, fmt.Sprintf(l.T("crossing"), l.Num(r, res.Index), l.Exact(res.Index), l.Band(res.ExactBand), basis))
	}
	out = append(out, rep.Warnings...)
	return out
}

// Group is one row of a report's domain or aspect table.
type Group struct {
	ID, Name      string
	Weight, Index *big.Rat
	// Self is the self-assessed index, or nil when the report has none.
	Self *big.Rat
}

// domainGroups returns the rows of the domain table, in rubric order.
func (rep *Report) domainGroups() []Group {
	var out []Group
	for i, d := range rep.Result.Domains {
		g := Group{ID: d.Domain.ID, Name: rep.Lang.Name(d.Domain.Name, d.Domain.NameEN), Weight: d.Domain.Weight, Index: d.Index}
		if rep.Self != nil {
			g.Self = rep.Self.Domains[i].Index
		}
		out = append(out, g)
	}
	return out
}

// aspectGroups returns the rows of the aspect table, in rubric order.
func (rep *Report) aspectGroups() []Group {
	var out []Group
	for i, a := range rep.Result.Aspects {
		g := Group{ID: a.Aspect.ID, Name: rep.Lang.Name(a.Aspect.Name, a.Aspect.NameEN), Weight: a.Aspect.Weight, Index: a.Index}
		if rep.Self != nil {
			g.Self = rep.Self.Aspects[i].Index
		}
		out = append(out, g)
	}
	return out
}
