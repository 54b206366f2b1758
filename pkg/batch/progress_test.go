package batch

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestProgressBarIsRedrawnAtMostEveryTenthOfASecond(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgress(&buf, ProgressBar, 1000, "id")
	clock := time.Unix(0, 0)
	p.now = func() time.Time { return clock }
	for i := range 1000 {
		if i == 500 {
			clock = clock.Add(barEvery)
		}
		p.Finished(fmt.Sprintf("opd/%04d.xlsx", i))
	}
	p.Clear()
	frames := strings.Split(buf.String(), "\r\033[K")
	// The first frame, the one after the clock moved, the last, and the
	// clearing.
	if len(frames) != 5 {
		t.Fatalf("%d frames, want 4 and a clearing: %q", len(frames)-1, frames)
	}
	if want := "[" + strings.Repeat("=", barWidth) + "] 1000/1000 100% opd/0999.xlsx"; frames[3] != want {
		t.Errorf("last frame %q, want %q", frames[3], want)
	}
	for _, f := range frames {
		if n := utf8.RuneCountInString(f); n > lineWidth {
			t.Errorf("frame of %d columns: %q", n, f)
		}
	}
}
