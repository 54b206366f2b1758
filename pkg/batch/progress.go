package batch

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spbe-id/spbe/pkg/lang"
)

// ProgressKind is how a batch shows its progress on stderr.
type ProgressKind int

const (
	ProgressNone  ProgressKind = iota
	ProgressPlain              // one line per sheet, in input order: for logs
	ProgressBar                // a bar redrawn in place: for a terminal
)

// ProgressMode resolves --progress and --quiet: auto is a bar on a
// terminal and plain lines elsewhere; --quiet shows none.
func ProgressMode(flag string, quiet, terminal bool) (ProgressKind, error) {
	var k ProgressKind
	switch flag {
	case "auto", "":
		k = ProgressPlain
		if terminal {
			k = ProgressBar
		}
	case "plain":
		k = ProgressPlain
	case "none":
		k = ProgressNone
	default:
		return 0, lang.Errorf("batch.unknown-progress-auto-plain", flag)
	}
	if quiet {
		k = ProgressNone
	}
	return k, nil
}

// barWidth is the width of the bar itself; the whole line stays within
// 80 columns, as the terminal's width is not known.
const (
	barWidth  = 30
	lineWidth = 79
)

// Progress reports a batch's progress on stderr. It is used from one
// goroutine only.
type Progress struct {
	w     io.Writer
	kind  ProgressKind
	total int
	lang  lang.Lang
	// done counts finished sheets (for the bar); shown counts lines
	// printed (for plain progress, in input order).
	done, shown int
	// last is when the bar was last drawn; now is the clock, replaced in
	// tests.
	last  time.Time
	now   func() time.Time
	drawn bool
	// current is the path most recently finished, shown beside the bar.
	current string
}

// barEvery is how often the bar is redrawn at most.
const barEvery = 100 * time.Millisecond

// NewProgress starts the progress of a batch of total inputs, shown on w
// in the way kind says.
func NewProgress(w io.Writer, kind ProgressKind, total int, l lang.Lang) *Progress {
	return &Progress{w: w, kind: kind, total: total, lang: l, now: time.Now}
}

// Finished counts a sheet whose work is done.
func (p *Progress) Finished(path string) {
	p.done++
	p.current = path
	if p.kind != ProgressBar {
		return
	}
	if t := p.now(); p.done == p.total || !p.drawn || t.Sub(p.last) >= barEvery {
		p.last = t
		p.draw()
	}
}

// Line reports a sheet's outcome, in input order.
func (p *Progress) Line(path, status string) {
	p.shown++
	if p.kind == ProgressPlain {
		width := len(fmt.Sprint(p.total))
		fmt.Fprintf(p.w, "[%*d/%d] %s: %s\n", width, p.shown, p.total, printable(path), status)
	}
}

func (p *Progress) draw() {
	fill := barWidth * p.done / max(1, p.total)
	line := fmt.Sprintf("[%s%s] %d/%d %3d%%", strings.Repeat("=", fill), strings.Repeat(" ", barWidth-fill), p.done, p.total, 100*p.done/max(1, p.total))
	if p.current != "" {
		name := printable(p.current)
		room := lineWidth - utf8.RuneCountInString(line) - 1
		if n := utf8.RuneCountInString(name); n > room && room > 1 {
			// Keep the end of a long path: the file name is what tells.
			name = "…" + string([]rune(name)[n-room+1:])
		}
		if room > 1 {
			line += " " + name
		}
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.drawn = true
}

// Clear removes the bar so that what follows starts on a clean line.
func (p *Progress) Clear() {
	if p.kind == ProgressBar && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// printable escapes control and format characters, which could move a
// terminal's cursor, change its colours or reverse the text after them, in
// a path that came from a folder.
func printable(s string) string { return lang.Printable(s) }
