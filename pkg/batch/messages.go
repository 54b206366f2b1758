package batch

import "github.com/spbe-id/spbe/pkg/lang"

// This package's messages, in Indonesian and English.
func init() {
	lang.AddMessages(map[string][2]string{
		"batch.no-such":    {"berkas atau folder tidak ditemukan", "no such file or folder"},
		"batch.permission": {"izin ditolak", "permission denied"},
		"batch.cannot-read-folder": {"folder tidak dapat dibaca: %s",
			"cannot read the folder: %s"},
		"batch.score-no-answer-sheets": {"score %s: tidak ditemukan lembar jawaban (.xlsx)%s",
			"score %s: no answer sheets (.xlsx) found%s"},
		"batch.not-regular-file": {"bukan berkas biasa",
			"not a regular file"},
		"batch.link-file-that-does": {"tautan ke berkas yang tidak ada",
			"a link to a file that does not exist"},
		"batch.link-file-outside-folder": {"tautan ke berkas di luar folder: tidak diikuti",
			"a link to a file outside the folder: not followed"},
		"batch.not-regular-file-2": {"bukan berkas biasa",
			"not a regular file"},
		"batch.not-regular-file-3": {"bukan berkas biasa",
			"not a regular file"},
		"batch.subfolder-not-searched-add": {" (%d subfolder tidak ditelusuri: tambahkan --recursive)",
			" (%d subfolder(s) not searched: add --recursive)"},
		"batch.write-it-file-not": {"menulis %s: itu berkas, bukan folder",
			"write %s: it is a file, not a folder"},
		"batch.write-folder-not-empty": {"menulis %s: foldernya tidak kosong (pakai --resume untuk menambahkan hanya laporan yang belum ada, atau --force untuk menggantinya)",
			"write %s: the folder is not empty (use --resume to add only the reports missing from it, or --force to replace them)"},
		"batch.write-cause": {"menulis %s: %s",
			"write %s: %s"},
		"batch.write-folder-does-not": {"menulis %s: folder %s tidak ada",
			"write %s: the folder %s does not exist"},
		"batch.internal-error-while-reading": {"galat internal saat membaca berkas (%v): mohon laporkan beserta berkasnya",
			"internal error while reading the file (%v): please report it with the file"},
		"batch.unknown-progress-auto-plain": {"--progress %q tidak dikenal (auto, plain atau none)",
			"unknown --progress %q (auto, plain or none)"},
	})
}
