package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/spbe-id/spbe/pkg/lang"
)

// langLogEnv names the file every spbe run of the scripts appends its
// language, arguments and output to, for checkLanguage.
const langLogEnv = "SPBE_TEST_LANG_LOG"

// langRun is one spbe run of a script, as logged.
type langRun struct {
	Lang   string   `json:"lang"`
	Args   []string `json:"args"`
	Stdout string   `json:"stdout"`
	Stderr string   `json:"stderr"`
}

// logLanguage runs main with stdout and stderr passed through pipes that
// also keep a copy, and appends the run to the language log.
func logLanguage(main func() int) int {
	path := os.Getenv(langLogEnv)
	if path == "" {
		return main()
	}
	var wg sync.WaitGroup
	tee := func(f **os.File) (*os.File, *strings.Builder) {
		r, w, err := os.Pipe()
		if err != nil {
			panic(err)
		}
		orig := *f
		*f = w
		var b strings.Builder
		wg.Add(1)
		go func() {
			defer wg.Done()
			io.Copy(io.MultiWriter(orig, &b), r)
		}()
		return w, &b
	}
	wo, out := tee(&os.Stdout)
	we, errb := tee(&os.Stderr)
	code := main()
	wo.Close()
	we.Close()
	wg.Wait()
	rec, _ := json.Marshal(langRun{Lang: runLang(os.Args[1:]), Args: os.Args[1:], Stdout: out.String(), Stderr: errb.String()})
	if f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
		f.Write(append(rec, '\n'))
		f.Close()
	}
	return code
}

// runLang is the language a run speaks, as pkg/cli decides it.
func runLang(args []string) string {
	l := os.Getenv("SPBE_LANG")
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			l = v
		}
		if a == "--lang" && i+1 < len(args) {
			l = args[i+1]
		}
	}
	if strings.HasPrefix(strings.ToLower(l), "en") {
		return "en"
	}
	return "id"
}

// englishWords must not appear in what an Indonesian run prints, and
// indonesianWords in what an English run prints (after quoted values,
// flags, paths and JSON are taken out).
var (
	englishWords = []string{
		" the ", " is ", " are ", " was ", " not ", " no ", "cannot", "not found", "missing",
		"expected", "sheet ", "sheets ", "indicator", "level", " file", " of ", " with ",
		" and ", " or ", " has ", " have ", "must", "should", "needs", "which", "written",
		"unknown", "invalid", "error", "usage", "flag", "Usage:", "Flags:", "Examples:",
		"Available Commands", "help for", "output", " be ", "could", "warning", " found", " give ",
		" use ", " from ", " than ", "outside", "already", "exists", "written", "interrupted",
	}
	indonesianWords = []string{
		" yang ", " tidak ", " dengan ", " untuk ", "berkas", "lembar ", " atau ", " dan ",
		" dari ", " ini ", "indikator", "tingkat ", " belum ", " sudah ", "Jalankan",
		"petunjuk", " pada ",
	}
	// Taken out before the words are looked for: values quoted in a
	// message, flags, paths and file names, cell references.
	quoted   = regexp.MustCompile(`"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|“[^”\n]*”`)
	flagLike = regexp.MustCompile(`--?[a-z][a-z0-9-]*(=\S*)?`)
	pathLike = regexp.MustCompile(`\S*[/\\]\S*|\S+\.(xlsx|xls|json|yaml|yml|md|txt|html|csv|ods)\b`)
)

// langAllowed lists what is still English in an Indonesian run (or the
// reverse), as substrings of the line; each is a known gap.
var langAllowed = []string{
	// Causes quoted from Go's own libraries, inside a message in the
	// run's language: the zip reader's and the JSON decoder's.
	"(zip: ",
	"(invalid character ",
	": unexpected EOF",
	// A rubric's level labels, quoted in an English message.
	"Terpadu dan Terukur",
	// A file the OS could not open, as the OS says it.
	": no such file or directory",
	// cobra's debug line of the hidden __complete command.
	"Completion ended with directive",
}

// TestEveryMessageHasBothLanguages checks the whole catalogue, every
// package's messages included: each key has Indonesian and English text
// taking the same values.
func TestEveryMessageHasBothLanguages(t *testing.T) {
	if len(lang.Keys()) < 500 {
		t.Fatalf("only %d messages: a package's catalogue is not linked in", len(lang.Keys()))
	}
	for _, p := range lang.Incomplete() {
		t.Error(p)
	}
}

// checkLanguage reads the language log and fails the test for every line
// of a run that speaks the other language.
func checkLanguage(t *testing.T, path string) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<28)
	seen := map[string]bool{}
	for sc.Scan() {
		var r langRun
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("language log: %v", err)
		}
		words := englishWords
		if r.Lang == "en" {
			words = indonesianWords
		}
		for i, out := range []string{r.Stdout, r.Stderr} {
			if i == 0 && !wordsOnStdout(r) {
				continue
			}
			if json.Valid([]byte(out)) && strings.TrimSpace(out) != "" {
				continue // JSON: codes for machines, not words
			}
			for _, line := range strings.Split(out, "\n") {
				if t := strings.TrimSpace(line); strings.HasPrefix(t, "//") || strings.HasPrefix(t, "<script") {
					continue // the comments of a report's script
				}
				if w := leak(line, words); w != "" && !seen[line] {
					seen[line] = true
					t.Errorf("spbe %s (lang %s) printed %q: %q", strings.Join(r.Args, " "), r.Lang, w, line)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// wordsOnStdout says whether a run's standard output is words of spbe's
// own to check: not a completion script or a rubric's YAML, and in an
// English run only help (an English report still quotes the rubric's and
// the sheet's Indonesian names and notes).
func wordsOnStdout(r langRun) bool {
	help := false
	for _, a := range r.Args {
		switch a {
		case "completion", "export":
			return false
		case "--help", "-h", "help":
			help = true
		}
	}
	if strings.HasPrefix(r.Stdout, "#") || strings.HasPrefix(r.Stdout, "id:") {
		return false // YAML
	}
	return r.Lang == "id" || help
}

// leak returns the first word of words in line, once quoted values,
// flags and paths are taken out; "" when there is none or the line is
// allowed.
func leak(line string, words []string) string {
	for _, a := range langAllowed {
		if strings.Contains(line, a) {
			return ""
		}
	}
	s := quoted.ReplaceAllString(line, `""`)
	s = pathLike.ReplaceAllString(s, " ")
	s = flagLike.ReplaceAllString(s, " ")
	s = " " + s + " "
	for _, w := range words {
		if strings.Contains(s, w) {
			return w
		}
	}
	return ""
}
