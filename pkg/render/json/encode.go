// Package json draws every document as JSON for machines: the result of
// spbe score (documented by docs/result.schema.json, which the tests keep
// in step with the types), the batch result, explain, plan, compare, the
// check summary and the rubric documents. It also reads a result back
// (ReadJSONResult) for explain, plan and compare. This file holds the
// encoding every document shares: exact and rounded numbers, and the
// writers.
//
// json may import pkg/doc, pkg/lang and pkg/rubric; never the engine
// (pkg/score, pkg/insight), the reader (pkg/sheet) or pkg/cli.
package json

import (
	"encoding/json"
	"io"
	"math/big"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// num is x rounded by the rubric's policy, as a JSON number.
func num(r *rubric.Rubric, x *big.Rat) json.Number {
	return json.Number(lang.Rounded(r, x))
}

// exactNum is x as a JSON number, exactly when it terminates within 12
// decimals.
func exactNum(x *big.Rat) json.Number { return json.Number(lang.ExactJSON(x)) }

// writeJSON writes v indented by two spaces, with <, > and & as they are
// (a name or a note from a sheet is read by machines, not a browser).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
