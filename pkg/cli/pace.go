package cli

import (
	"os"
	"runtime/debug"
)

// Collector pace for a command that reads one sheet.
//
// With the default pace (GOGC=100) the first collection comes when the
// heap reaches 4 MB, which one sheet and its report pass: a summary paid
// for one collection, a workbook report for three, each about a
// millisecond of CPU in a call of ten to thirty. A single sheet's live
// heap is a few megabytes, so the heap may grow to five times what is
// live, as the batch lets it while its entries are few; the soft memory
// limit brings the pace back should a large sheet make the live heap
// large. A user's own GOGC or GOMEMLIMIT is left alone.
const (
	singleGCPercent = 400
	singleMemLimit  = 256 << 20
)

// paceForOneSheet sets the collector's pace for a command that reads one
// sheet.
func paceForOneSheet() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(singleGCPercent)
	debug.SetMemoryLimit(singleMemLimit)
}
