// Package render chooses the renderer of a document by format name: the
// one place that knows every output format. Each format is a package of
// its own under pkg/render (text, markdown, json, xlsx, html), which draws every
// document in that format; the Excel format is two, xlsx for the single
// report and xlsx/batchbook for the consolidated one. This package only
// maps names and file extensions to them.
//
// To add a format, write its package (one function per document) and add
// one entry to the formats table below. To add a document, add its model
// and builder to pkg/doc, one function per format package, and a field
// for it in Format.
//
// render may import pkg/doc (and its checkdoc and rubricdoc), pkg/lang and
// the format packages; never the engine (pkg/score, pkg/insight), the
// reader (pkg/sheet) or pkg/cli.
package render

import (
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/doc/checkdoc"
	"github.com/spbe-id/spbe/pkg/doc/rubricdoc"
	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/render/html"
	"github.com/spbe-id/spbe/pkg/render/json"
	"github.com/spbe-id/spbe/pkg/render/markdown"
	"github.com/spbe-id/spbe/pkg/render/text"
	"github.com/spbe-id/spbe/pkg/render/xlsx"
	"github.com/spbe-id/spbe/pkg/render/xlsx/batchbook"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// Renderer writes one report format.
type Renderer func(io.Writer, *doc.Report) error

// Format is an output format, with the function that draws each document
// in it; a nil function is a document the format does not draw.
type Format struct {
	Name       string
	Extensions []string
	// Render draws the single-sheet report of spbe score.
	Render Renderer
	// RenderPlanLater, when set, is Render for a report whose plan is
	// still being made (doc.Report.CompleteAsync): it calls plan before
	// it reads the plan.
	RenderPlanLater func(w io.Writer, rep *doc.Report, plan func()) error
	// Prepare, when set, starts on another goroutine what the next
	// Render will need whatever the report (for the workbook, an empty
	// excelize file and its styles), so that it is done while the sheet
	// is read.
	Prepare func()
	// Batch draws the consolidated report of a folder.
	Batch func(io.Writer, *doc.Batch) error
	// Explain, Plan and Compare draw the documents of those commands.
	Explain func(io.Writer, *doc.ExplainDoc) error
	Plan    func(io.Writer, *doc.PlanDoc) error
	Compare func(io.Writer, *doc.CompareDoc) error
	// Check draws the summary of spbe check.
	Check func(io.Writer, *checkdoc.Check) error
	// Rubric, RubricList and RubricDiff draw the rubric documents of spbe
	// rubric show, list and diff.
	Rubric     func(io.Writer, *rubric.Rubric, lang.Lang) error
	RubricList func(io.Writer, []*rubric.Rubric, lang.Lang) error
	RubricDiff func(io.Writer, *rubricdoc.Diff) error
	// Inspect draws how the reader saw a workbook (spbe inspect).
	Inspect func(io.Writer, *doc.Inspection) error
	// Binary formats are not written to a terminal.
	Binary bool
	// ShowsPlan is true for a format whose single-sheet report shows the
	// plan to the next predicate (doc.Report.Recommendations).
	ShowsPlan bool
}

// formats is every output format, by name.
var formats = map[string]*Format{
	"text": {Name: "text", Extensions: []string{".txt"},
		Render: text.Text, Batch: text.BatchText,
		Explain: text.Explain, Plan: text.Plan, Compare: text.Compare,
		Check: text.CheckText, Rubric: text.RubricText, RubricList: text.RubricList,
		Inspect: text.Inspect,
		RubricDiff: func(w io.Writer, d *rubricdoc.Diff) error {
			return text.DiffText(w, d.Old, d.New, d.Changes, d.Lang)
		}},
	"markdown": {Name: "markdown", Extensions: []string{".md", ".markdown"}, ShowsPlan: true,
		Render: markdown.Markdown, Batch: markdown.BatchMarkdown,
		Explain: markdown.Explain, Plan: markdown.Plan, Compare: markdown.Compare,
		Rubric: markdown.RubricMarkdown,
		RubricDiff: func(w io.Writer, d *rubricdoc.Diff) error {
			return markdown.DiffMarkdown(w, d.Old, d.New, d.Changes, d.Lang)
		}},
	"json": {Name: "json", Extensions: []string{".json"},
		Render: json.JSON, Batch: json.BatchJSON,
		Explain: json.Explain, Plan: json.Plan, Compare: json.Compare,
		Check: json.CheckJSON, Rubric: json.RubricJSON, Inspect: json.Inspect,
		RubricList: func(w io.Writer, rs []*rubric.Rubric, _ lang.Lang) error { return json.RubricListJSON(w, rs) },
		RubricDiff: func(w io.Writer, d *rubricdoc.Diff) error { return json.DiffJSON(w, d.Old, d.New, d.Changes) }},
	"xlsx": {Name: "xlsx", Extensions: []string{".xlsx"}, Binary: true, ShowsPlan: true,
		Render: xlsx.XLSX, RenderPlanLater: xlsx.XLSXPlanLater, Prepare: xlsx.Prepare,
		Batch: batchbook.Write},
	"html": {Name: "html", Extensions: []string{".html", ".htm"}, ShowsPlan: true,
		Render: html.Report, Batch: html.Batch,
		Explain: html.Explain, Plan: html.Plan, Compare: html.Compare,
		Check: html.Check},
}

// The text and Markdown reports are read on a terminal or in an editor:
// whatever they draw goes through lang.SafeWriter, so a control or bidi
// character from a sheet or a file name (ESC, BEL, U+202E) is printed as
// an escape, never raw.
func init() {
	for _, name := range []string{"text", "markdown"} {
		f := formats[name]
		f.Render = safe(f.Render)
		f.Batch, f.Explain, f.Plan = safe(f.Batch), safe(f.Explain), safe(f.Plan)
		f.Compare, f.Check, f.RubricDiff = safe(f.Compare), safe(f.Check), safe(f.RubricDiff)
		f.Inspect = safe(f.Inspect)
		f.Rubric, f.RubricList = safe2(f.Rubric), safe2(f.RubricList)
	}
}

func safe[D any, F ~func(io.Writer, D) error](fn F) F {
	if fn == nil {
		return nil
	}
	return func(w io.Writer, d D) error { return fn(&lang.SafeWriter{W: w}, d) }
}

func safe2[D any, F ~func(io.Writer, D, lang.Lang) error](fn F) F {
	if fn == nil {
		return nil
	}
	return func(w io.Writer, d D, l lang.Lang) error { return fn(&lang.SafeWriter{W: w}, d, l) }
}

// Lookup returns the format of a canonical or short name ("md", "txt"),
// or nil. The caller checks that the format draws its document.
func Lookup(name string) *Format {
	switch name {
	case "md":
		name = "markdown"
	case "txt":
		name = "text"
	}
	return formats[name]
}

// BatchFormat is an output format of a consolidated (batch) report.
type BatchFormat struct {
	Name       string
	Extensions []string
	Render     func(io.Writer, *doc.Batch) error
	// Binary formats are not written to a terminal.
	Binary bool
}

// Names lists every format name, sorted.
func Names() []string {
	var names []string
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// FormatNames lists the format names of single-sheet reports, sorted.
func FormatNames() []string {
	var names []string
	for n, f := range formats {
		if f.Render != nil {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// FormatByName returns the named format ("md" is markdown).
func FormatByName(name string) (*Format, error) {
	switch name {
	case "md":
		name = "markdown"
	case "txt":
		name = "text"
	}
	if f, ok := formats[name]; ok && f.Render != nil {
		return f, nil
	}
	return nil, lang.Errorf("render.unknown-format", name, strings.Join(FormatNames(), ", "))
}

// FormatForPath returns the format a file name's extension asks for.
func FormatForPath(path string) (*Format, error) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		for _, e := range f.Extensions {
			if e == ext && f.Render != nil {
				return f, nil
			}
		}
	}
	return nil, lang.Errorf("render.cannot-tell-format-from", path)
}

// batchFormat is f as a batch format.
func batchFormat(f *Format) *BatchFormat {
	return &BatchFormat{Name: f.Name, Extensions: f.Extensions, Render: f.Batch, Binary: f.Binary}
}

// BatchFormatNames lists the batch format names, sorted.
func BatchFormatNames() []string {
	var names []string
	for n, f := range formats {
		if f.Batch != nil {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// BatchFormatByName returns the named batch format ("md" is markdown).
func BatchFormatByName(name string) (*BatchFormat, error) {
	switch name {
	case "md":
		name = "markdown"
	case "txt":
		name = "text"
	}
	if f, ok := formats[name]; ok && f.Batch != nil {
		return batchFormat(f), nil
	}
	return nil, lang.Errorf("render.unknown-format-2", name, strings.Join(BatchFormatNames(), ", "))
}

// BatchFormatForPath returns the batch format a file name's extension asks
// for.
func BatchFormatForPath(path string) (*BatchFormat, error) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		for _, e := range f.Extensions {
			if e == ext && f.Batch != nil {
				return batchFormat(f), nil
			}
		}
	}
	return nil, lang.Errorf("render.cannot-tell-format-from-2", path)
}

// InsightFormat checks a --format value of explain, plan and compare and
// returns its canonical name: text, markdown, json or html.
func InsightFormat(name string) (string, error) {
	switch strings.ToLower(name) {
	case "text", "txt":
		return "text", nil
	case "markdown", "md":
		return "markdown", nil
	case "json":
		return "json", nil
	case "html", "htm":
		return "html", nil
	}
	return "", lang.Errorf("render.unknown-format-text-markdown", name)
}

// RenderExplain writes dc in format (see InsightFormat).
func RenderExplain(w io.Writer, format string, dc *doc.ExplainDoc) error {
	return formats[format].Explain(w, dc)
}

// RenderPlan writes dc in format (see InsightFormat).
func RenderPlan(w io.Writer, format string, dc *doc.PlanDoc) error {
	return formats[format].Plan(w, dc)
}

// RenderCompare writes dc in format (see InsightFormat).
func RenderCompare(w io.Writer, format string, dc *doc.CompareDoc) error {
	return formats[format].Compare(w, dc)
}
