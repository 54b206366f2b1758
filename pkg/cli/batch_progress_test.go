package cli

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/rubric"
)

// sheets writes n answer sheets with varied levels into a new folder.
func sheets(t *testing.T, n int) string {
	t.Helper()
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := fixture.Folder(dir, r, n); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestProgressBarOnATerminal(t *testing.T) {
	dir := sheets(t, 3)
	var out, errOut bytes.Buffer
	code := Run(IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, ErrTerminal: true}, []string{"score", dir})
	if code != ExitOK {
		t.Fatalf("exit code %d: %s", code, errOut.String())
	}
	e := errOut.String()
	if !strings.Contains(e, "\r\033[K[") || !regexp.MustCompile(`\] 3/3 100% …\S*/opd-0\d\.xlsx\r`).MatchString(e) {
		t.Errorf("no bar reaching 3/3 with the end of a path on stderr: %q", e)
	}
	if !strings.HasSuffix(e, "\r\033[K3 lembar dinilai, 0 tidak dapat dinilai\n") {
		t.Errorf("the bar is not cleared before the summary: %q", e)
	}
	if strings.ContainsAny(out.String(), "\r\033") {
		t.Errorf("progress leaked into stdout: %q", out.String())
	}
	// --progress plain wins over a terminal.
	errOut.Reset()
	Run(IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, ErrTerminal: true}, []string{"score", "--progress", "plain", dir})
	if strings.Contains(errOut.String(), "\r") || !strings.Contains(errOut.String(), "[3/3] ") {
		t.Errorf("--progress plain on a terminal: %q", errOut.String())
	}
}
