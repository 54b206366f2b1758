package clitext

import "github.com/spbe-id/spbe/pkg/lang"

// The words of --help that cobra would write in English.
func init() {
	lang.AddMessages(map[string][2]string{
		"cli.help.template": {helpTemplate("Pemakaian", "[perintah]", "Contoh", "Perintah", "Opsi", "Opsi umum",
			`Jalankan "{{.CommandPath}} [perintah] --help" untuk petunjuk sebuah perintah.`),
			helpTemplate("Usage", "[command]", "Examples", "Commands", "Flags", "Global flags",
				`Run "{{.CommandPath}} [command] --help" for the help of a command.`)},
		"cli.rubric-flag-sheet":       {"nama rubrik bawaan atau path berkas rubrik YAML (bawaan: rubrik bawaan yang cocok dengan lembarnya, menurut cap templat atau indikatornya)", "built-in rubric name or path to a rubric YAML file (default: the built-in rubric the sheet fits, by its template stamp or its indicators)"},
		"cli.rubric-flag":             {"nama rubrik bawaan atau path berkas rubrik YAML (bawaan %s)", "built-in rubric name or path to a rubric YAML file (default %s)"},
		"cli.cobra.unknown-command":   {"perintah %s tidak dikenal untuk %s", "unknown command %s for %s"},
		"cli.cobra.did-you-mean":      {"Mungkin maksud Anda:", "Did you mean this?"},
		"cli.cobra.unknown-flag":      {"opsi %s tidak dikenal", "unknown flag: %s"},
		"cli.cobra.unknown-shorthand": {"opsi singkat '%s' tidak dikenal di %s", "unknown shorthand flag: '%s' in %s"},
		"cli.cobra.needs-argument":    {"opsi ini memerlukan nilai: %s", "flag needs an argument: %s"},
		"cli.cobra.invalid-argument":  {"nilai %s tidak sah untuk opsi %s: %s", "invalid argument %s for %s flag: %s"},
		"cli.or":                      {"atau", "or"},
		"cli.flags-word":              {"[opsi]", "[flags]"},
		"cli.out-dir-format-flag":     {"banyak berkas: format laporan di --out-dir: %s", "batch: format(s) of the reports in --out-dir: %s"},
		"cli.help.default":            {"(bawaan", "(default"},
		"cli.help.range":              {"%s (%d sampai %d)", "%s (%d to %d)"},
		"cli.exit-status":             {"status keluar %d", "exit status %d"},
		"cli.help.version-flag":       {"cetak versi spbe", "print the version of spbe"},
		"cli.help.flag":               {"petunjuk %s", "help for %s"},
		"cli.help.command":            {"Petunjuk untuk sebuah perintah", "Help for a command"},
		"cli.help.command-long": {"Help mencetak petunjuk sebuah perintah: spbe help score.",
			"Help prints the help of a command: spbe help score."},
		"cli.help.completion": {"Membuat skrip pelengkapan otomatis untuk shell",
			"Make the completion script of a shell"},
		"cli.help.completion-long": {"Completion mencetak skrip pelengkapan otomatis untuk bash, zsh, fish atau powershell; petunjuk tiap shell ada di perintahnya.",
			"Completion prints the completion script of bash, zsh, fish or powershell; the help of each shell's command says how to load it."},
		"cli.help.completion-shell": {"Mencetak skrip pelengkapan otomatis untuk %s",
			"Print the completion script of %s"},
		"cli.help.no-descriptions": {"tanpa keterangan pada pilihan pelengkapan",
			"no descriptions beside the completions"},
	})
}

// helpTemplate is the layout of a command's help, with its headings in
// one language.
func helpTemplate(usage, command, examples, commands, flags, global, more string) string {
	return usage + `:{{if .Runnable}}
  {{.UseLine | flagWords}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} ` + command + `{{end}}{{if .HasExample}}

` + examples + `:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

` + commands + `:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + flags + `:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces | flagWords}}{{end}}{{if .HasAvailableInheritedFlags}}

` + global + `:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces | flagWords}}{{end}}{{if .HasAvailableSubCommands}}

` + more + `{{end}}
`
}
