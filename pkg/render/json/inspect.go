package json

import (
	"encoding/json"
	"io"

	"github.com/spbe-id/spbe/pkg/doc"
)

// Inspect writes spbe inspect's document: the reader's view with its own
// field names, indented by two spaces. Unlike the other documents it keeps
// encoding/json's escaping of <, > and &, as it always has.
func Inspect(w io.Writer, in *doc.Inspection) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(in.Inspection)
}
