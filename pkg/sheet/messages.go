package sheet

import "github.com/spbe-id/spbe/pkg/lang"

// The reader's problems and warnings, in Indonesian and English. A
// problem keeps its Code and Values beside the words for machines.
func init() {
	lang.AddMessages(map[string][2]string{
		"sheet.limit-not-number": {"%q bukan bilangan bulat", "%q is not a whole number"},
		"sheet.limit-clamped":    {"spbe: --%s %s di luar %d..%d %s; dipakai %d\n", "spbe: --%s %s is outside %d..%d %s; using %d\n"},
		"sheet.unit.bytes":       {"bita", "bytes"},
		"sheet.unit.rows":        {"baris", "rows"},
		"sheet.unit.columns":     {"kolom", "columns"},
		"sheet.unit.workers":     {"pekerja", "workers"},
		"sheet.word":             {"lembar", "sheet"},
		"sheet.plain":            {"%v", "%v"},
		"sheet.flag-no-sheet": {
			"--sheet %q: buku kerja tidak memiliki lembar kerja itu (yang ada: %s)",
			"--sheet %q: the workbook has no such worksheet (it has %s)"},
		"sheet.hidden-sheet": {
			"tabel jawaban ada di lembar %q, yang disembunyikan: periksa bahwa isinya memang tingkat yang hendak dinilai",
			"the answer table is on sheet %q, which is hidden: check that it holds the levels meant to be scored"},
		"sheet.no-table": {
			"tabel jawaban tidak ditemukan: tidak satu pun lembar kerja (%s) memiliki, dalam %d baris dan %d kolom pertamanya, baris judul dengan kolom nomor indikator (No, Nomor, ID, Kode atau Indikator) dan kolom tingkat (Tingkat, Tingkat Kematangan, Level, Nilai atau Skor) (naikkan batasnya dengan --scan-rows dan --max-cols)",
			"no answer table found: no worksheet (%s) has, in its first %d rows and %d columns, a header row with an indicator column (No, Nomor, ID, Kode or Indikator) and a level column (Tingkat, Tingkat Kematangan, Level, Nilai or Skor) (raise the limits with --scan-rows and --max-cols)"},
		"sheet.zip-bomb": {
			"buku kerja ini membengkak melebihi %s saat dibuka (bom zip?), jadi tidak dibaca (naikkan batasnya dengan --max-unzip-size)",
			"the workbook unpacks to more than %s (a zip bomb?), so it was not read (raise the limit with --max-unzip-size)"},
		"sheet.too-many-rels": {
			"buku kerja ini mencantumkan lebih dari %d relasi antarbagian, jadi tidak dibaca: lembar jawaban hanya perlu beberapa; simpan ulang sebagai .xlsx",
			"the workbook lists more than %d relationships between its parts, so it was not read: an answer sheet needs a few; save it again as .xlsx"},
		"sheet.too-many-sheets": {
			"buku kerja ini mencantumkan lebih dari %d lembar kerja, jadi tidak dibaca: lembar jawaban hanya perlu beberapa; salin tabel jawaban ke buku kerja tersendiri",
			"the workbook lists more than %d worksheets, so it was not read: an answer sheet needs a few; copy the answer table into a workbook of its own"},
		"sheet.bad-zip": {
			"berkas ini bukan buku kerja .xlsx yang dapat dibaca (%v): mungkin rusak atau terpotong; simpan ulang sebagai .xlsx",
			"the file is not a readable .xlsx workbook (%v): it may be damaged or cut short; save it again as .xlsx"},
		"sheet.malformed": {
			"buku kerja ini rusak: %v; simpan ulang sebagai .xlsx",
			"the workbook is malformed: %v; save it again as .xlsx"},
		"sheet.two-source-columns": {
			"dua kolom memuat skor indeks instansi lain, %s dan %s: pertahankan satu",
			"two columns hold the score of another agency's index, %s and %s: keep one"},
		"sheet.more-problems": {"dan %d masalah lagi, tidak ditampilkan", "and %d more problems, not shown"},
		"sheet.panic": {
			"buku kerja ini rusak: gagal dibaca (%v); simpan ulang sebagai .xlsx",
			"the workbook is malformed: reading it failed (%v); save it again as .xlsx"},
		"sheet.missing": {
			"%s tidak ada di tabel (setiap indikator %s wajib diberi tingkat)",
			"%s missing from the table (every indicator of %s needs a level)"},
		"sheet.missing-tables": {
			"%s tidak ada di tabel pada lembar %s (setiap indikator %s wajib diberi tingkat)",
			"%s missing from the tables on sheets %s (every indicator of %s needs a level)"},
		"sheet.overlap": {
			"indikator %s ada di dua tabel, di %s dan di %s: hapus salah satunya, atau pilih lembarnya dengan --sheet",
			"indicator %s is in two tables, at %s and at %s: remove one, or choose the sheet with --sheet"},
		"sheet.combined": {
			"jawaban dibaca dari %d tabel pada lembar %s, yang bersama-sama memuat setiap indikator tepat sekali",
			"the answer is read from %d tables on sheets %s, which together name every indicator once"},
		"sheet.what-report": {"laporan", "a report"},
		"sheet.what-batch-report": {
			"laporan gabungan beberapa lembar jawaban",
			"a consolidated report of several answer sheets"},
		"sheet.spbe-report": {
			"berkas ini %s buatan spbe, bukan lembar jawaban: nilailah lembar jawaban yang menjadi sumbernya",
			"is %s written by spbe, not an answer sheet: score the answer sheets it was made from"},
		"sheet.is-folder": {"ini folder, bukan buku kerja", "is a folder, not a workbook"},
		"sheet.not-regular": {
			"bukan berkas biasa (pipa, perangkat atau soket), bukan buku kerja",
			"is not a regular file (a pipe, a device or a socket), not a workbook"},
		"sheet.not-regular-file": {"bukan berkas biasa, bukan buku kerja", "is not a regular file, not a workbook"},
		"sheet.too-big": {
			"ukuran berkas %s, melebihi batas %s untuk lembar jawaban (naikkan dengan --max-file-size)",
			"the file is %s, over the %s limit for an answer sheet (raise it with --max-file-size)"},
		"sheet.read-error":   {"gagal membaca: %v", "read: %v"},
		"sheet.no-such-file": {"berkas tidak ditemukan", "no such file"},
		"sheet.permission":   {"izin ditolak", "permission denied"},
		"sheet.not-an-id":    {"%q bukan nomor indikator", "%q is not an indicator number"},
		"sheet.unknown-indicator": {
			"indikator %q tidak dikenal: rubrik %s memuat indikator %s sampai %s",
			"unknown indicator %q: rubric %s has indicators %s to %s"},
		"sheet.worksheet-unreadable": {"lembar kerja tidak dapat dibaca: %v", "cannot read the worksheet: %v"},
		"sheet.too-many-rows": {
			"tabel berlanjut melewati baris %d: hanya %d baris di bawah judul yang dibaca (naikkan batasnya dengan --max-rows)",
			"the table goes on past row %d: only %d rows under the header are read (raise the limit with --max-rows)"},
		"sheet.cell-twice": {
			"sel ini tertulis dua kali dalam XML lembar kerja: berkasnya telah diubah atau rusak",
			"the cell is written twice in the worksheet XML: the file was altered or damaged"},
		"sheet.skip-numbers": {"baris nomor kolom", "a row of column numbers"},
		"sheet.skip-not-id":  {"bukan nomor indikator", "not an indicator id"},
		"sheet.duplicate": {
			"indikator %s tercantum dua kali (pertama di %s)",
			"indicator %s is listed twice (first at %s)"},
		"sheet.ids-unreadable": {
			"baris judul ditemukan di baris %d, tetapi tidak satu pun isi kolom nomor indikatornya, %s, berupa nomor indikator (%s); tulis nomornya sebagai 1, \"1.\", \"I-01\" atau \"Indikator 1\", atau pilih kolomnya dengan --id-column",
			"found a header row at row %d, but none of the values in its indicator column %s is an indicator id (%s); write ids as 1, \"1.\", \"I-01\" or \"Indikator 1\", or choose the column with --id-column"},
		"sheet.formula-no-value": {
			"rumus tanpa nilai tersimpan di %d sel tingkat (%s): buka dan simpan berkasnya di Excel atau LibreOffice",
			"formula without a saved value in %d level cells (%s): open and save the file in Excel or LibreOffice"},
		"sheet.hidden-rows": {
			"lembar %q: baris %s disembunyikan; baris itu tetap dibaca sebagai indikator seperti yang lain",
			"sheet %q: rows %s are hidden; they are read as indicators like the others"},
		"sheet.id-counts-rows": {
			"lembar %q: kolom %s hanya menomori baris 1, 2, 3, …; nomor indikator dibaca dari nama di kolom %s (pilih yang lain dengan --id-column)",
			"sheet %q: column %s counts rows 1, 2, 3, …; the indicator numbers are read from the names in column %s (choose otherwise with --id-column)"},
		"sheet.reads": {
			"%s berisi %q, %s berisi indikator %d",
			"%s reads %q, %s reads indicator %d"},
		"sheet.id-disagree": {
			"kolom nomor indikator %s dan nomor pada nama di kolom %s tidak cocok (%s): pilih kolom yang menyebut indikatornya dengan --id-column %s atau --id-column %s",
			"the indicator column %s and the numbers in the names of column %s disagree (%s): choose the column that names the indicator with --id-column %s or --id-column %s"},
		"sheet.no-level-range": {
			"indikator %s belum diberi tingkat (seharusnya %d..%d)",
			"indicator %s has no level (expected %d..%d)"},
		"sheet.verified-empty": {
			"lembar %q: kolom verifikasi %s kosong, jadi tingkat penilaian mandiri di kolom %s yang dinilai",
			"sheet %q: the verified column %s is empty, so the self-assessed levels in column %s are scored"},
		"sheet.no-self-level": {
			"indikator %s belum diberi tingkat penilaian mandiri (seharusnya %d..%d), padahal indikator lain sudah di kolom %s",
			"indicator %s has no self-assessed level (expected %d..%d), but other indicators have one in column %s"},
		"sheet.no-verified-level": {
			"indikator %s belum diberi tingkat hasil verifikasi (seharusnya %d..%d), padahal indikator lain sudah di kolom %s (isi semuanya, atau kosongkan semuanya untuk menilai penilaian mandiri saja)",
			"indicator %s has no verified level (expected %d..%d), but other indicators have one in column %s (fill all of them, or none to score the self-assessment alone)"},
	})
}
