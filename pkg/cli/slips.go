package cli

import (
	"bufio"
	"bytes"
	"fmt"
	spbelang "github.com/spbe-id/spbe/pkg/lang"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
)

// This file forgives the usual slips of a person who is not a programmer,
// before cobra sees the command line: the command forgotten (which is also
// what dropping a sheet on spbe.exe does), a file name split at its spaces
// by the shell, -r (the rubric) meant as -R (recursive). Each is either
// fixed, where only one reading is possible, or refused with advice.

// uiLang is the language of messages printed before a command has parsed
// its --lang flag: --lang in the arguments, else SPBE_LANG, else Indonesian.
func uiLang(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return normLang(v)
		}
		if a == "--lang" && i+1 < len(args) {
			return normLang(args[i+1])
		}
	}
	return normLang(os.Getenv("SPBE_LANG"))
}

func normLang(s string) string {
	if strings.HasPrefix(strings.ToLower(s), "en") {
		return "en"
	}
	return "id"
}

// say picks the Indonesian or the English wording.
func say(lang, id, en string) string {
	if lang == "en" {
		return en
	}
	return id
}

// fixSlips returns the arguments cobra should see, or a usage error with
// advice.
func fixSlips(root *cobra.Command, args []string) ([]string, error) {
	lang := uiLang(args)
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") && !isCommand(root, args[0]) {
		if _, err := os.Stat(args[0]); err == nil {
			// spbe dinkes.xlsx: what spbe score dinkes.xlsx does.
			args = append([]string{"score"}, args...)
		} else if looksLikeSheet(args[0]) {
			if err := splitName(args, lang); err != nil {
				return nil, err
			}
			return nil, usagef("cli.app.msg", say(lang,
				fmt.Sprintf("berkas %q tidak ditemukan", args[0]),
				fmt.Sprintf("file %q not found", args[0])))
		}
	}
	if err := splitName(args, lang); err != nil {
		return nil, err
	}
	for i, a := range args {
		if a == "--" {
			break
		}
		var v string
		switch {
		case (a == "-r" || a == "--rubric") && i+1 < len(args):
			v = args[i+1]
		case strings.HasPrefix(a, "--rubric="):
			v = strings.TrimPrefix(a, "--rubric=")
		default:
			continue
		}
		if st, err := os.Stat(v); err == nil && st.IsDir() {
			return nil, usagef("cli.app.msg", say(lang,
				fmt.Sprintf("%s %s: -r memilih rubrik (--rubric), dan %q adalah folder; untuk menilai juga subfolder, pakai -R (--recursive)", a, v, v),
				fmt.Sprintf("%s %s: -r chooses the rubric (--rubric), and %q is a folder; to score subfolders too, use -R (--recursive)", a, v, v)))
		}
	}
	return args, nil
}

func isCommand(root *cobra.Command, name string) bool {
	switch name {
	case "help", "completion", cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd:
		return true
	}
	for _, c := range root.Commands() {
		if c.Name() == name || c.HasAlias(name) {
			return true
		}
	}
	return false
}

func looksLikeSheet(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".xlsx", ".xlsm", ".xls", ".ods", ".json":
		return true
	}
	return false
}

// splitName finds a file name that the shell split at its spaces because
// it was not quoted (spbe score opd/Dinas Kominfo 2024.xlsx): a run of
// arguments none of which exists, whose join with spaces does.
func splitName(args []string, lang string) error {
	exists := make([]bool, len(args))
	for i, a := range args {
		if a == "--" {
			break
		}
		if strings.HasPrefix(a, "-") {
			exists[i] = true // a flag ends a run
			continue
		}
		_, err := os.Lstat(a)
		exists[i] = err == nil
	}
	for i := range args {
		if exists[i] {
			continue
		}
		for j := i + 1; j < len(args) && !exists[j] && j-i < 16; j++ {
			joined := strings.Join(args[i:j+1], " ")
			if _, err := os.Lstat(joined); err == nil {
				return usagef("cli.app.msg", say(lang,
					fmt.Sprintf("%q ada, tetapi namanya terpecah di spasinya: tulis nama itu di antara tanda kutip, \"%s\"", joined, joined),
					fmt.Sprintf("%q exists, but its name was split at its spaces: put the name in quotes, \"%s\"", joined, joined)))
			}
		}
	}
	return nil
}

// explorerEnv set to 1 runs the Explorer behaviour on any system, for the
// tests; on Windows it is what a console of spbe's own means.
const explorerEnv = "SPBE_EXPLORER"

// runExplorer is spbe started from Explorer: double-clicked, or with sheets
// or folders dropped on spbe.exe. Its console window closes when spbe
// exits, so it scores what was dropped, writes the workbook report next to
// it, says where, and waits for Enter.
func runExplorer(s IOStreams, args []string) int {
	lang := uiLang(args)
	spbelang.SetUI(spbelang.Lang(lang))
	root := newRootCmd(s, "")
	defer waitEnter(s, lang)
	if len(args) == 0 {
		fmt.Fprintln(s.Out, say(lang,
			"spbe menghitung Indeks SPBE atau Indeks Pemdi dari lembar jawaban Excel.\n\nSeret berkas lembar jawaban (.xlsx), atau folder berisi lembar jawaban, ke ikon spbe.exe:\nhasilnya tampil di sini dan laporannya (.xlsx) ditulis di sebelah berkas itu.\nAtau jalankan spbe dari Command Prompt; 'spbe --help' menampilkan semua perintah.",
			"spbe computes the SPBE index or the Indeks Pemdi from Excel answer sheets.\n\nDrop an answer sheet (.xlsx), or a folder of answer sheets, on the spbe.exe icon:\nthe result is shown here and the report (.xlsx) is written next to it.\nOr run spbe from a Command Prompt; 'spbe --help' lists every command."))
		return ExitOK
	}
	if strings.HasPrefix(args[0], "-") || isCommand(root, args[0]) {
		// A shortcut that gives a command: run it as it is.
		return Run(s, args)
	}
	code := Run(s, append([]string{"score"}, args...))
	if code == ExitUsage {
		return code
	}
	// The second run writes the workbook; its messages repeat the first
	// run's, so they are shown only when the workbook was not written.
	out := explorerReport(args)
	var errs bytes.Buffer
	Run(IOStreams{In: s.In, Out: io.Discard, ErrOut: &errs}, append([]string{"score", "-q", "-o", out}, args...))
	if _, err := os.Stat(out); err == nil {
		fmt.Fprintf(s.Out, "\n%s %s\n", say(lang, "Laporan ditulis:", "Report written:"), out)
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

func waitEnter(s IOStreams, lang string) {
	fmt.Fprint(s.Out, "\n"+say(lang, "Tekan Enter untuk menutup jendela ini.", "Press Enter to close this window."))
	bufio.NewReader(s.In).ReadString('\n')
	fmt.Fprintln(s.Out)
}
