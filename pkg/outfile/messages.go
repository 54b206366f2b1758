package outfile

import "github.com/spbe-id/spbe/pkg/lang"

// This package's messages, in Indonesian and English.
func init() {
	lang.AddMessages(map[string][2]string{
		"outfile.given-twice": {"%s diberikan dua kali dengan -o", "%s is given twice with -o"},
		"outfile.write":       {"menulis %s: %v", "write %s: %v"},
		"outfile.write-refusing-write-over": {"menulis %s: menolak menimpa lembar masukan",
			"write %s: refusing to write over the input sheet"},
		"outfile.write-file-exists-use": {"menulis %s: berkasnya sudah ada (pakai --force untuk menimpanya)",
			"write %s: the file exists (use --force to overwrite it)"},
		"outfile.write-folder-does-not": {"menulis %s: folder %s tidak ada",
			"write %s: the folder %s does not exist"},
		"outfile.write-folder-not-writable": {"menulis %s: folder %s tidak dapat ditulisi",
			"write %s: the folder %s is not writable"},
		"outfile.write-name-too-long": {"menulis %s: namanya terlalu panjang untuk berkas sementara di sebelahnya: perpendek namanya",
			"write %s: the name is too long for the temporary file beside it: shorten it"},
		"outfile.write-it-folder": {"menulis %s: itu folder",
			"write %s: it is a folder"},
		"outfile.write-it-symbolic-link": {"menulis %s: itu tautan simbolik, bukan berkas biasa; sebutkan berkas yang ditunjuknya, atau hapus tautannya",
			"write %s: it is a symbolic link, not a regular file; name the file it points to, or remove the link"},
		"outfile.write-it-not-regular": {"menulis %s: itu bukan berkas biasa (perangkat, pipa atau soket), jadi tidak diganti, bahkan dengan --force",
			"write %s: it is not a regular file (a device, a pipe or a socket), so it is not replaced, even with --force"},
		"outfile.write-file-appeared-while": {"menulis %s: berkas ini muncul selagi laporan ditulis; dibiarkan apa adanya (pakai --force untuk menimpanya)",
			"write %s: the file appeared while the report was being written; it is left as it is (use --force to overwrite it)"},
		"outfile.write-file-appeared-while-2": {"menulis %s: berkas ini muncul selagi laporan ditulis; dibiarkan apa adanya (pakai --force untuk menimpanya)",
			"write %s: the file appeared while the report was being written; it is left as it is (use --force to overwrite it)"},
		"outfile.already-replaced-and-could": {"%v; %s sudah diganti dan tidak dapat dipulihkan",
			"%v; %s already replaced and could not be restored"},
		"outfile.in-use": {"menulis %s: berkas ini sedang dibuka di program lain (Excel?): tutup berkasnya, lalu jalankan lagi",
			"write %s: the file is open in another program (Excel?): close it and run again"},
		"outfile.run-was-interrupted": {"proses ini dihentikan",
			"the run was interrupted"},
		"outfile.could-not-create-temporary": {"berkas sementara tidak dapat dibuat di sebelahnya",
			"could not create a temporary file beside it"},
	})
}
