package proc

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/outfile"
)

// HandleInterrupts makes Ctrl-C and SIGTERM end the run cleanly: every
// temporary file is removed (a set of reports being published is let to
// finish first, so it is all there or not at all), stderr says what was
// and was not written, and the process exits 130 or 143. The returned
// function stops the handling.
func HandleInterrupts(errOut io.Writer) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	var caught atomic.Bool
	go func() {
		select {
		case sig := <-ch:
			caught.Store(true)
			written, notWritten := outfile.Abort()
			fmt.Fprintln(errOut, interruptMessage(sig, written, notWritten))
			if sig == syscall.SIGTERM {
				os.Exit(ExitTerminated)
			}
			os.Exit(ExitInterrupted)
		case <-done:
		}
	}()
	return func() {
		if caught.Load() {
			// The run ended because of the signal: let the handler
			// report it and choose the exit code.
			select {}
		}
		signal.Stop(ch)
		close(done)
	}
}

// interruptMessage says what an interrupted run wrote and did not write.
func interruptMessage(sig os.Signal, written, notWritten []string) string {
	what := lang.S("proc.interrupted")
	if sig == syscall.SIGTERM {
		what = lang.S("proc.terminated")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "spbe: %s: ", what)
	if len(written) == 0 {
		b.WriteString(lang.S("proc.nothing-written"))
	} else {
		b.WriteString(lang.Sprintf("proc.written", listFiles(written)))
	}
	if len(notWritten) > 0 {
		b.WriteString(lang.Sprintf("proc.not-written", listFiles(notWritten)))
	}
	if dir := resumeHint.Load(); dir != nil {
		b.WriteString("\nspbe: " + lang.Sprintf("proc.resume-hint", *dir))
	}
	return b.String()
}

// resumeHint is the --out-dir of a batch under way, for the interrupt
// message; nil when there is none.
var resumeHint atomic.Pointer[string]

// SetResumeHint names the --out-dir of a batch under way, so that an
// interrupt says how to complete it.
func SetResumeHint(dir string) { resumeHint.Store(&dir) }

// listFiles names up to ten files, then says how many more.
func listFiles(paths []string) string {
	const most = 10
	if len(paths) <= most {
		return strings.Join(paths, ", ")
	}
	return lang.Sprintf("proc.and-more", strings.Join(paths[:most], ", "), len(paths)-most)
}
