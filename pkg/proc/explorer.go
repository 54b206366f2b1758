package proc

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
)

// ExplorerEnv set to 1 runs the Explorer behaviour on any system, for the
// tests; on Windows it is what a console of spbe's own means.
const ExplorerEnv = "SPBE_EXPLORER"

// FromExplorer reports whether spbe was started from Explorer, with a
// console window of its own that closes when spbe exits.
func FromExplorer() bool {
	return ownConsole() || os.Getenv(ExplorerEnv) == "1"
}

// Explorer is spbe started from Explorer: double-clicked, or with sheets
// or folders dropped on spbe.exe. Its console window closes when spbe
// exits, so it scores what was dropped, writes the workbook report next to
// it, says where, and waits for Enter. isCommand says whether a word names
// a command; run runs one command line and returns its exit code.
func Explorer(s Streams, args []string, isCommand func(string) bool, run func(Streams, []string) int) int {
	lang.SetUI(UILang(args))
	defer waitEnter(s)
	if len(args) == 0 {
		fmt.Fprintln(s.Out, lang.S("proc.explorer-intro"))
		return ExitOK
	}
	if strings.HasPrefix(args[0], "-") || isCommand(args[0]) {
		// A shortcut that gives a command: run it as it is.
		return run(s, args)
	}
	code := run(s, append([]string{"score"}, args...))
	if code == ExitUsage {
		return code
	}
	// The second run writes the workbook; its messages repeat the first
	// run's, so they are shown only when the workbook was not written.
	out := explorerReport(args)
	var errs bytes.Buffer
	run(Streams{In: s.In, Out: io.Discard, ErrOut: &errs}, append([]string{"score", "-q", "-o", out}, args...))
	if _, err := os.Stat(out); err == nil {
		fmt.Fprintf(s.Out, "\n%s %s\n", lang.S("proc.report-written"), out)
	} else if code == ExitOK {
		s.ErrOut.Write(errs.Bytes())
		code = ExitFailure
	}
	return code
}

// explorerReport names the workbook report of what was dropped: next to a
// sheet (NAME-hasil.xlsx), next to a folder (FOLDER-rekap.xlsx, outside the
// folder so a later batch does not meet it), never over an existing file.
func explorerReport(args []string) string {
	first := filepath.Clean(args[0])
	base := strings.TrimSuffix(filepath.Base(first), filepath.Ext(first)) + "-hasil"
	if st, err := os.Stat(first); len(args) > 1 || err == nil && st.IsDir() {
		base = filepath.Base(first) + "-rekap"
		if len(args) > 1 {
			base = "rekap-spbe"
		}
	}
	dir := filepath.Dir(first)
	p := filepath.Join(dir, base+".xlsx")
	for n := 2; ; n++ {
		if _, err := os.Lstat(p); os.IsNotExist(err) {
			return p
		}
		p = filepath.Join(dir, fmt.Sprintf("%s-%d.xlsx", base, n))
	}
}

func waitEnter(s Streams) {
	fmt.Fprint(s.Out, "\n"+lang.S("proc.press-enter"))
	bufio.NewReader(s.In).ReadString('\n')
	fmt.Fprintln(s.Out)
}
