package doc

import (
	"fmt"
	"math/big"
	"path/filepath"
	"strings"

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
	// Choice says how the rubric was chosen when the sheet chose it (no
	// --rubric); nil when --rubric named it.
	Choice *Choice
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
	// NoPlan tells Complete not to make the default plan, for a report
	// whose formats do not show it (the text summary, JSON): planning is
	// a good part of scoring one sheet.
	NoPlan bool
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
	return newReport(path, a, r, toolVersion, false)
}

// NewBriefReport is NewReport for a report kept only for its indices and
// predicates, as a batch's ranking keeps it: its indicators' Product and
// Contribution and its aspects' and domains' Sum may be nil
// (score.ComputeValuesBrief), so it must not be rendered.
func NewBriefReport(path string, a *sheet.Answers, r *rubric.Rubric, toolVersion string) (*Report, error) {
	return newReport(path, a, r, toolVersion, true)
}

func newReport(path string, a *sheet.Answers, r *rubric.Rubric, toolVersion string, brief bool) (*Report, error) {
	res, err := computeAnswers(r, a.Values, a.Levels, brief)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	rep := &Report{Result: res, Answers: a, SourceSHA256: a.SHA256, ToolVersion: toolVersion, Warnings: a.Warnings}
	if a.Self != nil {
		if rep.Self, err = computeAnswers(r, a.SelfValues, a.Levels, brief); err != nil {
			return nil, fmt.Errorf("%s: self-assessment: %w", path, err)
		}
	}
	return rep, nil
}

// computeAnswers scores the exact values a sheet gave, or its levels when
// the answers were built without values (by a test or an older caller).
func computeAnswers(r *rubric.Rubric, values score.Values, levels score.Levels, brief bool) (*score.Result, error) {
	switch {
	case values != nil && brief:
		return score.ComputeValuesBrief(r, values)
	case values != nil:
		return score.ComputeValues(r, values)
	}
	return score.Compute(r, levels)
}

// Choice is how the rubric of a document was chosen when no --rubric named
// it: from the template stamp, or from the indicators the table holds.
type Choice struct {
	// Rubric is the chosen rubric's id.
	Rubric string
	// ByStamp is true when the template stamp decided; FromResult when a
	// JSON result recorded the rubric.
	ByStamp, FromResult bool
	// Reason and ReasonEN say why, in words for the report.
	Reason, ReasonEN string
}

// Line is the notice that names the rubric and why it was chosen.
func (c *Choice) Line(l lang.Lang) string {
	if c.FromResult {
		return fmt.Sprintf(l.T("choice.result"), c.Rubric)
	}
	return fmt.Sprintf(l.T("choice"), c.Rubric, l.Name(c.Reason, c.ReasonEN))
}

// Assumed is an indicator whose value a rubric's pending rule supplied,
// because the agency that publishes its source score has not: every
// output says so.
type Assumed struct {
	ID, Name string
	// Value is the assumed value, formatted ("1,00").
	Value string
	// Reason is why, in the document's language.
	Reason string
}

// AssumedOf lists the assumed values of res in language l, in rubric
// order.
func AssumedOf(l lang.Lang, res *score.Result) []Assumed {
	var out []Assumed
	for _, is := range res.Assumed() {
		in := is.Indicator
		a := is.Value.Assumed
		out = append(out, Assumed{ID: in.ID, Name: l.Name(in.Name, in.NameEN), Value: is.Value.Format(l.Sep()), Reason: l.Name(a.Reason, a.ReasonEN)})
	}
	return out
}

// AssumedLine is the sentence on one assumed value.
func AssumedLine(l lang.Lang, a Assumed) string {
	return fmt.Sprintf(l.T("assumed"), a.ID, a.Name, a.Value, a.Reason)
}

// ValueText is an indicator's value as a report shows it: the decimals the
// sheet gave (at least two) when the rubric's values are decimals, the
// whole level otherwise; with the other agency's score it was converted
// from, or the word that it was assumed.
func ValueText(l lang.Lang, is *score.IndicatorScore) string {
	s := ValueOnly(l, is)
	if src := SourceText(l, is); src != "" {
		s += " (" + src + ")"
	}
	return s
}

// ValueOnly is an indicator's value without its source: the decimals the
// sheet gave (at least two) on a decimal scale, the whole level otherwise.
func ValueOnly(l lang.Lang, is *score.IndicatorScore) string {
	if is.Indicator.Scale.Decimal() {
		return is.Value.Format(l.Sep())
	}
	return fmt.Sprint(is.Level)
}

// NIText is a value NI as explain and compare print it: its decimals (at
// least two) on a decimal scale, the whole level otherwise.
func NIText(l lang.Lang, in *rubric.Indicator, v rubric.Value, level int) string {
	if in != nil && in.Scale.Decimal() && v.Rat != nil {
		return v.Format(l.Sep())
	}
	return fmt.Sprint(level)
}

// SourceText says where an indicator's value came from when the sheet did
// not give it itself: the other agency's score ("dari Skor Satu Data
// Indonesia (SDI), Bappenas: 68,75"), or "diasumsikan" for a pending
// rule's value. "" when the sheet gave the value.
func SourceText(l lang.Lang, is *score.IndicatorScore) string {
	v := is.Value
	switch {
	case v.Source != nil:
		x := is.Indicator.External
		return fmt.Sprintf(l.T("value.source"), l.Name(x.Source, x.SourceEN), x.Agency, strings.Replace(v.Source.Text, ".", l.Sep(), 1))
	case v.Assumed != nil:
		return l.T("value.assumed")
	}
	return ""
}

// Complete finishes a report before it is rendered, once its language and
// warnings are final: the notices, the differences, the rows of the
// domain and aspect tables, and the default plan to the next predicate. A
// rubric the default cost table does not fit (scales of more than five
// levels) gets no plan rather than a failed report; spbe plan --cost
// serves it. It returns rep.
func (rep *Report) Complete() *Report {
	rep.makePlan()
	rep.completeRest()
	rep.completePlan()
	return rep
}

// CompleteAsync is Complete with the default plan made on another
// goroutine: it returns once everything else is complete, and plan waits
// until Recommendations, PlanLead, Steps and EffortNote are too. Until
// plan has returned, those four must not be read, and nothing of the
// report written; plan may be called any number of times.
//
// Planning is about a millisecond of a single report's twenty: the
// workbook report draws its summary and detail sheets meanwhile.
func (rep *Report) CompleteAsync() (plan func()) {
	if rep.Recommendations != nil || rep.NoPlan {
		rep.Complete()
		return func() {}
	}
	rep.completeRest()
	done := make(chan struct{})
	go func() {
		defer close(done)
		rep.makePlan()
		rep.completePlan()
	}()
	return func() { <-done }
}

// makePlan makes the default plan unless there is one or none is wanted.
func (rep *Report) makePlan() {
	if rep.Recommendations == nil && !rep.NoPlan {
		if p, err := insight.NewPlan(rep.Result, insight.PlanOptions{}); err == nil {
			rep.Recommendations = p
		}
	}
}

// completeRest computes what does not depend on the plan.
func (rep *Report) completeRest() {
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
	rep.Bands = rep.bandRanges()
}

// completePlan computes the plan's words.
func (rep *Report) completePlan() {
	rep.PlanLead, rep.Steps = rep.planLead(), rep.steps()
	if p := rep.Recommendations; p != nil {
		rep.EffortNote = fmt.Sprintf(rep.Lang.T("eval.effortnote"), CostTable(rep.Lang, rep.Result.Rubric, p.Costs))
	}
}

// Difference is an indicator whose self-assessed and verified values
// differ: Self and Verified are the whole levels, SelfValue and
// VerifiedValue the exact values (on a decimal scale, 1,26 and 1,50 differ
// within level 1).
type Difference struct {
	ID                       string
	Self, Verified           int
	SelfValue, VerifiedValue rubric.Value
	Indicator                *rubric.Indicator
}

// differences lists the indicators where self-assessment and verification
// disagree, in rubric order.
func (rep *Report) differences() []Difference {
	if rep.Self == nil {
		return nil
	}
	self := rep.Self.Values()
	var out []Difference
	for _, is := range rep.Result.Indicators {
		if s := self[is.Indicator.ID]; s.Rat.Cmp(is.Value.Rat) != 0 {
			out = append(out, Difference{ID: is.Indicator.ID, Self: s.Whole(), Verified: is.Level,
				SelfValue: s, VerifiedValue: is.Value, Indicator: is.Indicator})
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
	if rep.Choice != nil {
		out = append(out, rep.Choice.Line(l))
	}
	for _, a := range AssumedOf(l, res) {
		out = append(out, AssumedLine(l, a))
	}
	out = append(out, rep.Warnings...)
	return out
}

func init() {
	lang.AddMessages(map[string][2]string{
		"choice":        {"Rubrik %s dipilih dari lembar jawaban: %s.", "Rubric %s was chosen from the answer sheet: %s."},
		"choice.result": {"Rubrik %s dipakai karena hasil JSON ini dinilai dengannya.", "Rubric %s is used because this JSON result was scored with it."},
		"assumed":       {"Indikator %s (%s) dinilai %s karena skornya belum ada: %s.", "Indicator %s (%s) is taken as %s because its score is not available: %s."},
		"value.source":  {"dari %s, %s: %s", "from %s, %s: %s"},
		"value.assumed": {"diasumsikan", "assumed"},
		"value.from":    {"Sumber nilai", "Value from"},
	})
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
