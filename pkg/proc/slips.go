package proc

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/spbe-id/spbe/pkg/lang"
)

// This file forgives the usual slips of a person who is not a programmer,
// before cobra sees the command line: the command forgotten (which is also
// what dropping a sheet on spbe.exe does), a file name split at its spaces
// by the shell, -r (the rubric) meant as -R (recursive). Each is either
// fixed, where only one reading is possible, or refused with advice.

// UILang is the language of messages printed before a command has parsed
// its --lang flag: --lang in the arguments, else SPBE_LANG, else Indonesian.
func UILang(args []string) lang.Lang {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return NormLang(v)
		}
		if a == "--lang" && i+1 < len(args) {
			return NormLang(args[i+1])
		}
	}
	return NormLang(os.Getenv("SPBE_LANG"))
}

// NormLang reads a --lang value leniently, for the words printed before
// the flag is checked: English for anything that starts "en", else
// Indonesian.
func NormLang(s string) lang.Lang {
	if strings.HasPrefix(strings.ToLower(s), "en") {
		return lang.EN
	}
	return lang.ID
}

// FixSlips returns the arguments cobra should see, or an error with advice
// (a usage error: the caller prints it and points to the help). isCommand
// says whether a word names one of spbe's commands. The messages are said
// in the run's language (lang.SetUI), which the caller sets from UILang.
func FixSlips(args []string, isCommand func(string) bool) ([]string, error) {
	// The first word that is not a flag of the root (spbe --lang en
	// dinkes.xlsx) is where a command would be.
	first := 0
	for first < len(args) {
		a := args[first]
		if (a == "--lang" || a == "--max-rubric-size") && first+1 < len(args) {
			first += 2
		} else if strings.HasPrefix(a, "--lang=") || strings.HasPrefix(a, "--max-rubric-size=") {
			first++
		} else {
			break
		}
	}
	if first < len(args) && !strings.HasPrefix(args[first], "-") && !isCommand(args[first]) {
		if _, err := os.Stat(args[first]); err == nil {
			// spbe dinkes.xlsx: what spbe score dinkes.xlsx does.
			args = append([]string{"score"}, args...)
		} else if looksLikeSheet(args[first]) {
			if err := splitName(args); err != nil {
				return nil, err
			}
			return nil, lang.Errorf("proc.not-found", args[first])
		}
	}
	if err := splitName(args); err != nil {
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
			return nil, lang.Errorf("proc.rubric-is-folder", a, v, v)
		}
	}
	return args, nil
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
func splitName(args []string) error {
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
				return lang.Errorf("proc.split-name", joined, joined)
			}
		}
	}
	return nil
}
