package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"

	"github.com/spbe-id/spbe/pkg/cli"
	"github.com/spbe-id/spbe/pkg/fixture"
	"github.com/spbe-id/spbe/pkg/outfile"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/xlsxdump"
)

var update = flag.Bool("update", false, "rewrite the expected output in the test scripts")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"spbe": func() {
			// The interrupt command's hook: once every temporary file of
			// a set of outputs is written, say so in a file and wait to
			// be interrupted. Only this test binary reads the variable.
			if marker := os.Getenv("SPBE_TEST_STALL_AFTER_STAGING"); marker != "" {
				outfile.AfterStaging = func(paths []string) {
					os.WriteFile(marker, []byte(strings.Join(paths, "\n")), 0o644)
					select {}
				}
			}
			os.Exit(logLanguage(cli.Main))
		},
	})
}

// TestScript runs the end-to-end scripts in testdata/script against the
// real binary. go test ./cmd/spbe -update rewrites their expected output.
func TestScript(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	langLog := filepath.Join(t.TempDir(), "lang.log")
	// After every script: the scripts run in parallel subtests.
	t.Cleanup(func() { checkLanguage(t, langLog) })
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join(root, "testdata", "script"),
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv(langLogEnv, langLog)
			env.Setenv("ROOT", root)
			env.Setenv("FIXTURES", filepath.Join(root, "testdata", "fixtures"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mksheet":     cmdMksheet,
			"mkworkbook":  cmdMkworkbook,
			"xlsxdump":    cmdXlsxdump,
			"fillsheet":   cmdFillsheet,
			"exits":       cmdExits,
			"interrupt":   cmdInterrupt,
			"mkamp":       cmdMkamp,
			"renamesheet": cmdRenamesheet,
		},
	})
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

// cmdMksheet writes a realistic answer sheet:
//
//	mksheet [-rubric R] [-opd NAME] [-year N] [-sheet NAME] [-at A6] [-cols "No|Tingkat"]
//	        [-cover] [-nomerge] [-idfmt "Indikator %s"] [-self LEVELS] [-drop ID] [-dup ID]
//	        [-set CELL=VALUE] out.xlsx LEVEL...
//
// LEVEL tokens are expanded by fixture.ExpandLevels ("3x47" is 47 threes).
// The OPD name and out.xlsx may be Go-quoted ("Dinas\u202eX") to hold
// control or bidi characters.
func cmdMksheet(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! mksheet")
	}
	fs := flag.NewFlagSet("mksheet", flag.ContinueOnError)
	rub := fs.String("rubric", "", "rubric")
	opd := fs.String("opd", "", "OPD name")
	year := fs.String("year", "", "year")
	sheet := fs.String("sheet", "", "sheet name")
	at := fs.String("at", "", "header cell")
	cols := fs.String("cols", "", "header titles separated by |")
	cover := fs.Bool("cover", false, "add a cover sheet")
	nomerge := fs.Bool("nomerge", false, "do not merge domain and aspect cells")
	idfmt := fs.String("idfmt", "", "format of the id column")
	self := fs.String("self", "", "self-assessed levels, space separated")
	var drop, dup, sets multi
	fs.Var(&drop, "drop", "leave out an indicator's row")
	fs.Var(&dup, "dup", "write an indicator's row twice")
	fs.Var(&sets, "set", "CELL=VALUE override")
	if err := fs.Parse(args); err != nil {
		ts.Fatalf("mksheet: %v", err)
	}
	if fs.NArg() < 2 {
		ts.Fatalf("usage: mksheet [flags] out.xlsx LEVEL...")
	}
	r := openRubric(ts, *rub)
	out := fs.Arg(0)
	if strings.HasPrefix(*opd, `"`) || strings.HasPrefix(out, `"`) {
		// Go-quoted: a name holding control or bidi characters.
		*opd, out = unquoted(ts, *opd), unquoted(ts, out)
	}
	s := &fixture.Sheet{
		Rubric: r, Levels: fixture.ExpandLevels(fs.Args()[1:]), OPD: *opd, Year: *year,
		SheetName: *sheet, At: *at, Cover: *cover, NoMerge: *nomerge, IDFormat: *idfmt,
		Drop: drop, Dup: dup, Set: map[string]string{},
	}
	if *cols != "" {
		s.Columns = strings.Split(*cols, "|")
	}
	if *self != "" {
		s.Self = fixture.ExpandLevels(strings.Fields(*self))
	}
	for _, kv := range sets {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			ts.Fatalf("mksheet: -set wants CELL=VALUE, got %q", kv)
		}
		s.Set[k] = v
	}
	ts.Check(s.Write(ts.MkAbs(out)))
}

// cmdMkworkbook writes a workbook from a spec file in the syntax of
// fixture.Workbook: mkworkbook out.xlsx spec.txt
func cmdMkworkbook(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkworkbook out.xlsx spec.txt")
	}
	f, err := fixture.Workbook(ts.ReadFile(args[1]))
	ts.Check(err)
	ts.Check(f.SaveAs(ts.MkAbs(args[0])))
}

// cmdXlsxdump prints the stable text listing of a workbook (see package
// xlsxdump) for comparison with a golden: xlsxdump file.xlsx
func cmdXlsxdump(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: xlsxdump file.xlsx")
	}
	out, err := xlsxdump.Dump(ts.MkAbs(args[0]))
	ts.Check(err)
	_, err = io.WriteString(ts.Stdout(), out)
	ts.Check(err)
}

// cmdFillsheet fills in an existing workbook (such as one written by spbe
// template) as a person would, and saves it in place:
//
//	fillsheet [-set CELL=VALUE]... [-removerow N]... file.xlsx SHEET [COL FIRSTROW LEVEL...]
//
// LEVEL tokens are expanded by fixture.ExpandLevels ("3x47" is 47 threes)
// and written down COL from FIRSTROW in the syntax of fixture.Value; then
// each -set writes a cell of SHEET; then each -removerow deletes a row of
// SHEET, shifting the rows below it up.
func cmdFillsheet(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! fillsheet")
	}
	fs := flag.NewFlagSet("fillsheet", flag.ContinueOnError)
	var sets, removes multi
	fs.Var(&sets, "set", "CELL=VALUE")
	fs.Var(&removes, "removerow", "row to delete")
	if err := fs.Parse(args); err != nil {
		ts.Fatalf("fillsheet: %v", err)
	}
	a := fs.Args()
	if len(a) != 2 && len(a) < 5 {
		ts.Fatalf("usage: fillsheet [-set CELL=VALUE] [-removerow N] file.xlsx SHEET [COL FIRSTROW LEVEL...]")
	}
	path, sheet := ts.MkAbs(a[0]), a[1]
	f, err := excelize.OpenFile(path)
	ts.Check(err)
	defer f.Close()
	if len(a) >= 5 {
		row, err := strconv.Atoi(a[3])
		ts.Check(err)
		for i, v := range fixture.ExpandLevels(a[4:]) {
			ts.Check(fixture.Value(f, sheet, fmt.Sprintf("%s%d", a[2], row+i), v))
		}
	}
	for _, kv := range sets {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			ts.Fatalf("fillsheet: -set wants CELL=VALUE, got %q", kv)
		}
		ts.Check(fixture.Value(f, sheet, k, v))
	}
	for _, r := range removes {
		n, err := strconv.Atoi(r)
		ts.Check(err)
		ts.Check(f.RemoveRow(sheet, n))
	}
	ts.Check(f.Save())
}

// cmdExits runs a program as exec does and checks its exit status, which
// "! exec" cannot: it passes on any failure, so a usage error (2) and a bad
// input (1) look alike. Stdout and stderr are kept for the commands after
// it, as after exec:
//
//	exits CODE PROG [ARGS...]
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROG [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	var ee *exec.ExitError
	switch err := ts.Exec(args[1], args[2:]...); {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		ts.Fatalf("exits: %v", err)
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

func openRubric(ts *testscript.TestScript, ref string) *rubric.Rubric {
	if ref != "" && !strings.Contains(ref, "/") && strings.HasSuffix(ref, ".yaml") {
		ref = ts.MkAbs(ref)
	}
	r, err := rubric.Open(ref, 0)
	ts.Check(err)
	return r
}

// cmdInterrupt runs spbe until its outputs are staged in temporary files,
// then sends it a signal and checks its exit code; its stdout and stderr
// become the command's:
//
//	interrupt INT|TERM CODE spbe [ARGS...]
func cmdInterrupt(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 3 {
		ts.Fatalf("usage: interrupt INT|TERM CODE spbe [ARGS...]")
	}
	sig := map[string]os.Signal{"INT": os.Interrupt, "TERM": syscall.SIGTERM}[args[0]]
	want, err := strconv.Atoi(args[1])
	if sig == nil || err != nil {
		ts.Fatalf("interrupt: bad signal %q or code %q", args[0], args[1])
	}
	prog, err := exec.LookPath(args[2])
	ts.Check(err)
	marker := ts.MkAbs(".staged")
	os.Remove(marker)
	cmd := exec.Command(prog, args[3:]...)
	cmd.Dir = ts.Getenv("WORK")
	cmd.Env = append(os.Environ(), "SPBE_TEST_STALL_AFTER_STAGING="+marker, "HOME="+ts.Getenv("HOME"))
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	ts.Check(cmd.Start())
	deadline := time.Now().Add(20 * time.Second)
	for {
		if _, err := os.Stat(marker); err == nil {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			ts.Fatalf("interrupt: the outputs were never staged; stderr:\n%s", stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	os.Remove(marker)
	ts.Check(cmd.Process.Signal(sig))
	err = cmd.Wait()
	io.WriteString(ts.Stdout(), stdout.String())
	io.WriteString(ts.Stderr(), stderr.String())
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		ts.Fatalf("interrupt: %v", err)
	}
	if code != want {
		ts.Fatalf("interrupt: exit code %d, want %d", code, want)
	}
}

// cmdMkamp writes the amplification case of issue 14: a workbook whose
// first sheet has a name of NAMELEN bytes and ROWS rows all naming
// indicator 1, so that every problem would quote the whole name. It is
// made at test time because the 4 MiB variant should not be committed:
//
//	mkamp out.xlsx NAMELEN ROWS
func cmdMkamp(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: mkamp out.xlsx NAMELEN ROWS")
	}
	size, err1 := strconv.Atoi(args[1])
	rows, err2 := strconv.Atoi(args[2])
	if err1 != nil || err2 != nil {
		ts.Fatalf("mkamp: NAMELEN and ROWS are numbers")
	}
	f := excelize.NewFile()
	defer f.Close()
	ts.Check(f.SetCellValue("Sheet1", "A1", "No"))
	ts.Check(f.SetCellValue("Sheet1", "B1", "Tingkat"))
	for r := 2; r < rows+2; r++ {
		ts.Check(f.SetCellValue("Sheet1", fmt.Sprintf("A%d", r), 1))
		ts.Check(f.SetCellValue("Sheet1", fmt.Sprintf("B%d", r), 3))
	}
	out := ts.MkAbs(args[0])
	ts.Check(f.SaveAs(out))
	renameFirstSheet(ts, out, strings.Repeat("S", size))
}

// cmdRenamesheet gives the first worksheet of a workbook a name Excel
// would refuse (longer than 31 characters, or holding control or bidi
// characters), by rewriting xl/workbook.xml. NAME may be Go-quoted
// ("\u202e…") to hold such characters:
//
//	renamesheet file.xlsx NAME
func cmdRenamesheet(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: renamesheet file.xlsx NAME")
	}
	renameFirstSheet(ts, ts.MkAbs(args[0]), unquoted(ts, args[1]))
}

// unquoted is s, or s unquoted when it is written as a Go string ("\x1b").
func unquoted(ts *testscript.TestScript, s string) string {
	if !strings.HasPrefix(s, `"`) {
		return s
	}
	u, err := strconv.Unquote(s)
	ts.Check(err)
	return u
}

func renameFirstSheet(ts *testscript.TestScript, path, name string) {
	zr, err := zip.OpenReader(path)
	ts.Check(err)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	renamed := false
	for _, f := range zr.File {
		rc, err := f.Open()
		ts.Check(err)
		data, err := io.ReadAll(rc)
		rc.Close()
		ts.Check(err)
		if f.Name == "xl/workbook.xml" {
			i := bytes.Index(data, []byte(`<sheet name="`))
			if i < 0 {
				ts.Fatalf("renamesheet: no <sheet name= in xl/workbook.xml")
			}
			i += len(`<sheet name="`)
			j := i + bytes.IndexByte(data[i:], '"')
			data = slices.Concat(data[:i], []byte(html.EscapeString(name)), data[j:])
			renamed = true
		}
		w, err := zw.Create(f.Name)
		ts.Check(err)
		_, err = w.Write(data)
		ts.Check(err)
	}
	zr.Close()
	ts.Check(zw.Close())
	if !renamed {
		ts.Fatalf("renamesheet: no xl/workbook.xml")
	}
	ts.Check(os.WriteFile(path, buf.Bytes(), 0o666))
}
