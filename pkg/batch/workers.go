package batch

import "github.com/spbe-id/spbe/pkg/sheet"

// WorkerRange is the range of Options.Workers as a flag gives it: 0 is one
// worker per core, and more than 1024 is never useful (-j
// 9223372036854775807 made a channel too large to make).
var WorkerRange = sheet.Range{Min: 0, Max: 1024, Unit: "workers"}
