package score

import "github.com/spbe-id/spbe/pkg/lang"

// Why levels cannot be scored.
func init() {
	lang.AddMessages(map[string][2]string{
		"score.no-level": {"indikator %s belum diberi tingkat", "no level for indicator %s"},
		"score.outside":  {"tingkat di luar skala untuk indikator %s", "level outside the scale for indicator %s"},
		"score.unknown":  {"indikator %s tidak dikenal", "unknown indicator %s"},
	})
}
