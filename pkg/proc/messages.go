package proc

import "github.com/spbe-id/spbe/pkg/lang"

// This package's messages, in Indonesian and English.
func init() {
	lang.AddMessages(map[string][2]string{
		"proc.not-found": {"berkas %q tidak ditemukan", "file %q not found"},
		"proc.split-name": {"%q ada, tetapi namanya terpecah di spasinya: tulis nama itu di antara tanda kutip, \"%s\"",
			"%q exists, but its name was split at its spaces: put the name in quotes, \"%s\""},
		"proc.rubric-is-folder": {"%s %s: -r memilih rubrik (--rubric), dan %q adalah folder; untuk menilai juga subfolder, pakai -R (--recursive)",
			"%s %s: -r chooses the rubric (--rubric), and %q is a folder; to score subfolders too, use -R (--recursive)"},
		"proc.explorer-intro": {"spbe menghitung Indeks SPBE atau Indeks Pemdi dari lembar jawaban Excel.\n\nSeret berkas lembar jawaban (.xlsx), atau folder berisi lembar jawaban, ke ikon spbe.exe:\nhasilnya tampil di sini dan laporannya (.xlsx) ditulis di sebelah berkas itu.\nAtau jalankan spbe dari Command Prompt; 'spbe --help' menampilkan semua perintah.",
			"spbe computes the SPBE index or the Indeks Pemdi from Excel answer sheets.\n\nDrop an answer sheet (.xlsx), or a folder of answer sheets, on the spbe.exe icon:\nthe result is shown here and the report (.xlsx) is written next to it.\nOr run spbe from a Command Prompt; 'spbe --help' lists every command."},
		"proc.report-written":  {"Laporan ditulis:", "Report written:"},
		"proc.press-enter":     {"Tekan Enter untuk menutup jendela ini.", "Press Enter to close this window."},
		"proc.interrupted":     {"dihentikan", "interrupted"},
		"proc.terminated":      {"diakhiri", "terminated"},
		"proc.nothing-written": {"tidak ada berkas yang ditulis", "no file was written"},
		"proc.written":         {"ditulis: %s", "written: %s"},
		"proc.not-written": {"; tidak ditulis: %s (tidak ada berkas sementara yang tertinggal)",
			"; not written: %s (no temporary file is left)"},
		"proc.and-more": {"%s dan %d lagi", "%s and %d more"},
		"proc.resume-hint": {"untuk melengkapi %s, jalankan lagi perintah yang sama dengan --resume: hanya laporan yang belum ada yang ditulis",
			"to complete %s, run the same command again with --resume: it writes only the reports missing from it"},
	})
}
