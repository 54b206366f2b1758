package proc

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/spbe-id/spbe/pkg/lang"
)

// The unit tests read the English messages; the testscript scripts check
// both languages through the binary.
func TestMain(m *testing.M) {
	lang.SetUI(lang.EN)
	os.Exit(m.Run())
}

func TestUILang(t *testing.T) {
	t.Setenv("SPBE_LANG", "")
	for _, c := range []struct {
		args []string
		want lang.Lang
	}{
		{nil, lang.ID},
		{[]string{"score", "--lang", "en", "x.xlsx"}, lang.EN},
		{[]string{"score", "--lang=English"}, lang.EN},
		{[]string{"score", "--lang=id", "--lang", "en"}, lang.ID}, // the first is read
		{[]string{"score", "--", "--lang", "en"}, lang.ID},        // after --, a file name
		{[]string{"score", "--lang"}, lang.ID},
	} {
		if got := UILang(c.args); got != c.want {
			t.Errorf("UILang(%q) = %s, want %s", c.args, got, c.want)
		}
	}
	t.Setenv("SPBE_LANG", "en_US")
	if got := UILang([]string{"score"}); got != lang.EN {
		t.Errorf("UILang with SPBE_LANG=en_US = %s, want en", got)
	}
}

func chdirTemp(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	for _, f := range files {
		if strings.HasSuffix(f, "/") {
			if err := os.Mkdir(f, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func isCmd(name string) bool { return name == "score" || name == "check" }

func TestFixSlips(t *testing.T) {
	chdirTemp(t, "dinkes.xlsx", "Dinas Kominfo 2024.xlsx", "opd/")
	for _, c := range []struct {
		args []string
		want string // the arguments joined by |, or the error
	}{
		// The command forgotten before an existing file: score it.
		{[]string{"dinkes.xlsx"}, "score|dinkes.xlsx"},
		// ... also after the root's flags.
		{[]string{"--lang", "en", "dinkes.xlsx"}, "score|--lang|en|dinkes.xlsx"},
		{[]string{"--lang=en", "--max-rubric-size", "9", "opd"}, "score|--lang=en|--max-rubric-size|9|opd"},
		{[]string{"--lang", "en", "check", "opd"}, "--lang|en|check|opd"},
		{[]string{"--lang", "en", "missing.xlsx"}, `file "missing.xlsx" not found`},
		{[]string{"check", "opd"}, "check|opd"},
		{[]string{"score", "-R", "opd"}, "score|-R|opd"},
		// A sheet that does not exist is not taken for a command.
		{[]string{"missing.xlsx"}, `file "missing.xlsx" not found`},
		// A name split at its spaces, with or without the command.
		{[]string{"score", "Dinas", "Kominfo", "2024.xlsx"}, `"Dinas Kominfo 2024.xlsx" exists, but its name was split at its spaces`},
		{[]string{"Dinas", "Kominfo", "2024.xlsx"}, `"Dinas Kominfo 2024.xlsx" exists, but its name was split`},
		// A flag ends a run of words.
		{[]string{"score", "Dinas", "-q", "Kominfo", "2024.xlsx"}, "score|Dinas|-q|Kominfo|2024.xlsx"},
		// -r given a folder meant -R.
		{[]string{"score", "-r", "opd"}, `-r opd: -r chooses the rubric (--rubric), and "opd" is a folder`},
		{[]string{"score", "--rubric=opd"}, `--rubric=opd opd: -r chooses the rubric`},
		{[]string{"score", "--", "-r", "opd"}, "score|--|-r|opd"},
	} {
		got, err := FixSlips(c.args, isCmd)
		s := strings.Join(got, "|")
		if err != nil {
			s = err.Error()
		}
		if !strings.HasPrefix(s, c.want) {
			t.Errorf("FixSlips(%q) = %s, want %s", c.args, s, c.want)
		}
	}
}

func TestExplorerReport(t *testing.T) {
	chdirTemp(t, "dinkes.xlsx", "dinkes-hasil.xlsx", "opd/")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"dinkes.xlsx"}, "dinkes-hasil-2.xlsx"}, // never over an existing file
		{[]string{"opd"}, "opd-rekap.xlsx"},              // beside the folder, not in it
		{[]string{"opd/"}, "opd-rekap.xlsx"},
		{[]string{"dinkes.xlsx", "opd"}, "rekap-spbe.xlsx"},
	} {
		if got := explorerReport(c.args); got != c.want {
			t.Errorf("explorerReport(%q) = %s, want %s", c.args, got, c.want)
		}
	}
}

// Explorer scores what was dropped, writes the report beside it, and waits
// for Enter; a run given a command is run as it is.
func TestExplorer(t *testing.T) {
	t.Setenv("SPBE_LANG", "en") // Explorer sets the run's language
	defer lang.SetUI(lang.EN)
	dir := chdirTemp(t, "dinkes.xlsx")
	var runs [][]string
	run := func(s Streams, args []string) int {
		runs = append(runs, args)
		if i := len(args) - 2; args[1] == "-q" && args[i] == "dinkes-hasil.xlsx" {
			os.WriteFile(filepath.Join(dir, args[i]), nil, 0o644)
		}
		return ExitOK
	}
	var out bytes.Buffer
	s := Streams{In: strings.NewReader("\n"), Out: &out, ErrOut: &out}
	if code := Explorer(s, []string{"dinkes.xlsx"}, isCmd, run); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if len(runs) != 2 || strings.Join(runs[0], " ") != "score dinkes.xlsx" || strings.Join(runs[1], " ") != "score -q -o dinkes-hasil.xlsx dinkes.xlsx" {
		t.Errorf("runs = %q", runs)
	}
	if !strings.Contains(out.String(), "Report written: dinkes-hasil.xlsx\n") || !strings.HasSuffix(out.String(), "Press Enter to close this window.\n") {
		t.Errorf("output:\n%s", out.String())
	}

	// The report not written fails the run, with the second run's words.
	runs, out = nil, bytes.Buffer{}
	fail := func(s Streams, args []string) int {
		runs = append(runs, args)
		if len(runs) == 2 {
			s.ErrOut.Write([]byte("cannot write\n"))
		}
		return ExitOK
	}
	os.Remove("dinkes-hasil.xlsx")
	s = Streams{In: strings.NewReader(""), Out: &out, ErrOut: &out}
	if code := Explorer(s, []string{"dinkes.xlsx"}, isCmd, fail); code != ExitFailure || !strings.Contains(out.String(), "cannot write") {
		t.Errorf("exit %d, output:\n%s", code, out.String())
	}

	runs = nil
	if Explorer(s, []string{"check", "opd"}, isCmd, run); len(runs) != 1 || strings.Join(runs[0], " ") != "check opd" {
		t.Errorf("a command from a shortcut: runs = %q", runs)
	}
}

func TestInterruptMessage(t *testing.T) {
	resumeHint.Store(nil)
	if got, want := interruptMessage(os.Interrupt, nil, nil), "spbe: interrupted: no file was written"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	var many []string
	for i := range 12 {
		many = append(many, string(rune('a'+i)))
	}
	SetResumeHint("out")
	defer resumeHint.Store(nil)
	got := interruptMessage(syscall.SIGTERM, []string{"a.md"}, many)
	want := "spbe: terminated: written: a.md; not written: a, b, c, d, e, f, g, h, i, j and 2 more (no temporary file is left)\nspbe: to complete out, run the same command again with --resume: it writes only the reports missing from it"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
