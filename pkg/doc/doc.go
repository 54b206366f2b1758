// Package doc holds the documents about evaluations as data, and the
// builders that complete a document before anything is rendered: the
// single-sheet report (result, self-assessment, differences, notices and
// the recommendation plan), explain, plan, compare, the consolidated
// (batch) report, and spbe inspect's view of a workbook (inspect.go:
// Inspection, the reader's view with its problems said in the run's
// language). A renderer in pkg/render/* only lays a document out; it
// computes nothing. The documents that need no engine live beside it:
// pkg/doc/checkdoc (spbe check) and pkg/doc/rubricdoc (the rubric
// commands).
//
// Documents also hold their words: the phrases shared by the text and
// Markdown renderers (a plan's headline, a comparison's sentence on the
// index) are built here, in the document's language.
//
// doc may import pkg/lang, pkg/rubric, pkg/rat64, and the engine
// (pkg/score, pkg/insight) and the reader's types (pkg/sheet) to build
// documents; never a renderer or pkg/cli. The aliases below let renderers
// name the engine's result types through doc, so no renderer imports the
// engine.
package doc

import (
	"github.com/spbe-id/spbe/pkg/insight"
	"github.com/spbe-id/spbe/pkg/score"
	"github.com/spbe-id/spbe/pkg/sheet"
)

// Engine types a document carries, named here so renderers read them
// without importing the engine.
type (
	// Result is a scored evaluation (score.Result).
	Result = score.Result
	// Answers is what an answer sheet said (sheet.Answers).
	Answers = sheet.Answers
	// Values are a result's exact values by indicator id (score.Values).
	Values = score.Values
	// Plan is a plan of level raises (insight.Plan).
	Plan = insight.Plan
	// Costs is a plan's cost table (insight.Costs).
	Costs = insight.Costs
	// Raise is one raise of a plan (insight.Raise).
	Raise = insight.Raise
	// StepGain is the gain of an indicator's next step (insight.StepGain).
	StepGain = insight.StepGain
	// Explanation is the arithmetic of a result (insight.Explanation).
	Explanation = insight.Explanation
	// IndicatorExplanation is one indicator's part in a result.
	IndicatorExplanation = insight.IndicatorExplanation
	// Step is one line of an explanation (insight.Step).
	Step = insight.Step
	// Term is one term of a step's sum (insight.Term).
	Term = insight.Term
	// Effect is what one more level changes (insight.Effect).
	Effect = insight.Effect
	// Comparison is what changed between two evaluations.
	Comparison = insight.Comparison
	// Change is one changed value of a comparison (insight.Change).
	Change = insight.Change
)

// Plan outcomes and explanation step kinds, for the renderers.
const (
	Reached     = insight.Reached
	NothingToDo = insight.NothingToDo
	Unreachable = insight.Unreachable

	KindAspect = insight.KindAspect
	KindDomain = insight.KindDomain
)
