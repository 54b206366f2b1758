package batch

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// The tuner reads the live heap from the last collection's goal: with
// more live than the budget it paces the collector at its slowest growth,
// with a few megabytes live at its fastest, and in between so the heap
// may grow to about the budget.
func TestTheTunerPacesTheCollectorByTheLiveHeap(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	g := &gcTuner{pace: maxGCPercent}
	debug.SetGCPercent(maxGCPercent)
	keep := make([]byte, 2*gcBudget)
	for i := range keep {
		keep[i] = 1
	}
	runtime.GC()
	g.adjust()
	if g.pace != minGCPercent {
		t.Errorf("with %d MB live the pace is %d%%, want %d%%", len(keep)>>20, g.pace, minGCPercent)
	}
	runtime.KeepAlive(keep)
	keep = make([]byte, gcBudget/3)
	runtime.GC()
	g.adjust()
	if g.pace < 150 || g.pace > 250 {
		t.Errorf("with %d MB live the pace is %d%%, want about 200%%", len(keep)>>20, g.pace)
	}
	runtime.KeepAlive(keep)
	keep = nil
	runtime.GC()
	g.adjust()
	if g.pace != maxGCPercent {
		t.Errorf("with little live the pace is %d%%, want %d%%", g.pace, maxGCPercent)
	}
}
