package json

import "github.com/spbe-id/spbe/pkg/lang"

// Why a JSON file is not a result spbe can read back.
func init() {
	lang.AddMessages(map[string][2]string{
		"json.not-result": {"bukan hasil spbe score --format json: %v",
			"not a result of spbe score --format json: %v"},
		"json.schema-version": {"schema_version %d tidak didukung (spbe ini membaca versi 1 dan %d)",
			"schema_version %d is not supported (this spbe reads versions 1 and %d)"},
		"json.not-result-empty": {"bukan hasil spbe score --format json: tanpa id rubrik atau tanpa indikator",
			"not a result of spbe score --format json: no rubric id or no indicators"},
	})
}
