package workbook

import "github.com/spbe-id/spbe/pkg/lang"

// What is wrong with a file that is not a readable workbook, in
// Indonesian and English.
func init() {
	lang.AddMessages(map[string][2]string{
		"wb.empty": {"berkas ini kosong (0 bita): bukan buku kerja",
			"the file is empty (0 bytes): it is not a workbook"},
		"wb.encrypted": {"buku kerja ini terkunci kata sandi: buka, hapus kata sandinya, lalu simpan sebagai .xlsx",
			"the workbook is encrypted (password-protected): open it, remove the password, and save it as .xlsx"},
		"wb.xls": {"ini berkas Excel 97-2003 (.xls) lama: buka lalu simpan sebagai Excel Workbook (.xlsx)",
			"this is an old Excel 97-2003 (.xls) file: open it and save it as Excel Workbook (.xlsx)"},
		"wb.ods": {"ini berkas OpenDocument (.ods): simpan sebagai Excel Workbook (.xlsx)",
			"this is an OpenDocument (.ods) file: save it as Excel Workbook (.xlsx)"},
		"wb.html": {"ini berkas HTML, bukan buku kerja .xlsx: buka di program lembar kerja lalu simpan sebagai Excel Workbook (.xlsx)",
			"this is an HTML file, not an .xlsx workbook: open it in a spreadsheet program and save it as Excel Workbook (.xlsx)"},
		"wb.xml": {"ini berkas XML (mungkin lembar kerja XML Excel 2003), bukan buku kerja .xlsx: simpan sebagai Excel Workbook (.xlsx)",
			"this is an XML file (perhaps an Excel 2003 XML spreadsheet), not an .xlsx workbook: save it as Excel Workbook (.xlsx)"},
		"wb.csv": {"ini berkas teks (CSV), bukan buku kerja .xlsx: buka di program lembar kerja lalu simpan sebagai Excel Workbook (.xlsx)",
			"this is a text (CSV) file, not an .xlsx workbook: open it in a spreadsheet program and save it as Excel Workbook (.xlsx)"},
		"wb.not-zip": {"ini bukan buku kerja .xlsx (bita pertamanya bukan arsip zip): simpan sebagai Excel Workbook (.xlsx)",
			"this is not an .xlsx workbook (its first bytes are not a zip archive): save it as Excel Workbook (.xlsx)"},
		"wb.too-deep": {"elemennya bersarang lebih dari %d tingkat, padahal tidak ada buku kerja yang begitu",
			"its elements are nested more than %d deep, which no workbook does"},
		"wb.part-damaged": {"%s%s tidak dapat dibuka, berkasnya rusak: %v",
			"%s%s could not be unpacked, the file is damaged: %v"},
		"wb.part-malformed": {"%s rusak%s: %v", "%s is malformed%s: %v"},
		"wb.part.workbook":  {"bagian buku kerjanya", "its workbook part"},
		"wb.part.sst":       {"bagian teks bersama (shared strings)", "the shared-strings part"},
		"wb.part.sheet":     {"XML lembar kerja", "the worksheet XML"},
		"wb.in-row":         {" di baris %d", " in row %d"},
		"wb.no-workbook-part": {"tidak ada bagian buku kerja (%s)",
			"it has no workbook part (%s)"},
		"wb.no-sheets": {"tidak ada lembar kerjanya", "it has no worksheets"},
		"wb.too-many-strings": {"buku kerja ini memuat lebih dari %d teks bersama, satu per %d bita dari batas ukuran terurai %s (lembar jawaban hanya memuat beberapa ribu), jadi tidak dibaca (naikkan batasnya dengan --max-unzip-size)",
			"the workbook holds more than %d shared strings, one per %d bytes of the %s unpacked-size limit (an answer sheet holds a few thousand), so it was not read (raise the limit with --max-unzip-size)"},
		"wb.bad-row-number": {"XML lembar kerja rusak: nomor baris %q",
			"the worksheet XML is malformed: row number %q"},
		"wb.bad-cell-ref": {"XML lembar kerja rusak: rujukan sel %q",
			"the worksheet XML is malformed: cell reference %q"},
		"wb.cell-outside-row": {"XML lembar kerja rusak: sel %s berada di dalam baris %d",
			"the worksheet XML is malformed: cell %s is inside row %d"},
		"wb.bad-sst-index": {"XML lembar kerja rusak di baris %d: indeks teks bersama %q",
			"the worksheet XML is malformed in row %d: shared string index %q"},
		"wb.sst-out-of-range": {"buku kerja ini rusak: baris %d merujuk teks bersama ke-%d dari %d",
			"the workbook is malformed: row %d refers to shared string %d of %d"},
		"wb.bytes": {"%d bita", "%d bytes"},
		"wb.mib":   {"%s MiB", "%s MiB"},
		"wb.kib":   {"%s KiB", "%s KiB"},
	})
}
