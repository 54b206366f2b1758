// Package clitext is the command line's own words, as data: the help of
// every command and flag, the usage errors, and the words of --help that
// cobra would write in English, in Indonesian and English. It registers
// them with the catalogue (lang.AddMessages) when pkg/cli or
// pkg/cli/cmdutil imports it; the command packages build the command tree
// after the run's language is known, and say every word through lang.S
// and lang.Sprintf.
//
// clitext may import only pkg/lang: it holds no code but the layout of a
// command's help.
package clitext

import "github.com/spbe-id/spbe/pkg/lang"

// The command line's help, flags and errors.
func init() {
	lang.AddMessages(map[string][2]string{
		"cli.lang-flag": {"bahasa keluaran dan pesan: id (Indonesia) atau en (Inggris)",
			"language of the output: id (Indonesian) or en (English)"},
		"cli.run-help":     {"Jalankan '%s' untuk petunjuk.", "Run '%s' for usage."},
		"cli.stdout-write": {"menulis keluaran: %v", "writing the output: %v"},
		"cli.needs":        {"%s memerlukan %s (%s)", "%s needs %s (%s)"},
		"cli.arg.FILE":     {"lembar jawaban .xlsx atau hasil JSON dari spbe score", "an answer sheet .xlsx or a JSON result of spbe score"},
		"cli.arg.OLD":      {"dua hasil: yang lama dan yang baru", "two results: the old one and the new one"},
		"cli.arg.NEW":      {"hasil yang baru, untuk dibandingkan dengan yang lama", "the new result, to compare with the old one"},
		"cli.arg.DIR":      {"folder berisi lembar jawaban dan golden-nya", "a folder of sheets and their goldens"},
		"cli.arg.PATH":     {"berkas rubrik YAML", "a rubric YAML file"},
		"cli.arg.NAME":     {"nama rubrik bawaan", "a built-in rubric name"},
		"cli.batch.format-written-file-give": {"format %s ditulis ke berkas: berikan -o BERKAS",
			"the %s format is written to a file: give -o FILE"},
		"cli.batch.jobs-d-give-number": {"--jobs %d: berikan jumlah pekerja, atau 0 untuk satu per inti prosesor",
			"--jobs %d: give a number of workers, or 0 for one per core"},
		"cli.batch.out-dir-format-v": {"--out-dir-format: %v",
			"--out-dir-format: %v"},
		"cli.batch.out-dir-format-give": {"--out-dir-format: berikan sedikitnya satu format",
			"--out-dir-format: give at least one format"},
		"cli.check.check-re-scores-every": {`Check menilai ulang setiap lembar jawaban (*.xlsx) di DIR dan membandingkan
hasilnya dengan berkas golden di sebelahnya (NAMA.golden.json untuk NAMA.xlsx):
indeks, nilai tercetaknya, predikat, serta setiap indeks domain dan aspek (dan
milik penilaian mandiri, bila lembarnya memuatnya). Dicetak tabel setiap nilai
yang berubah, lama → baru, dan predikat yang berubah disebutkan.

Simpan lembar rujukan dan golden-nya di git di samping rubrik: bila suntingan
rubrik mengubah suatu hasil, check gagal sampai perubahan itu diterima dengan
--update, dan diff golden-nya memperlihatkan apa yang berubah.

--update menulis golden setiap lembar yang baru atau berubah dan menyebutkannya;
golden tidak pernah ditulis untuk lembar yang gagal dinilai, dan golden yang
cocok dibiarkan.

Status keluar: 0 bila semua hasil cocok, 1 bila ada yang berbeda, ada lembar
yang gagal dinilai atau ada golden yang hilang atau rusak, 2 untuk kesalahan
penggunaan.`,
			`Check re-scores every answer sheet (*.xlsx) in DIR and compares each result
with its golden file beside it (NAME.golden.json for NAME.xlsx): the index,
its printed value, the predicate, and every domain and aspect index (and the
self-assessment's, for a sheet that has one). It prints a table of every
value that changed, old → new, and calls out changed predicates.

Keep reference sheets and their goldens in git next to a rubric: when an edit
of the rubric changes a result, check fails until the change is accepted
with --update, and the goldens' diff shows what changed.

--update writes the golden of every sheet that is new or changed and says
which; it never writes one for a sheet that could not be scored, and leaves
goldens that match untouched.

Exit status: 0 when every result matches, 1 when anything differs, a sheet
cannot be scored or a golden is missing or malformed, 2 for usage errors.`},
		"cli.check.spbe-check-testdata-check": {`  spbe check testdata/check/spbe-2020
  spbe check --rubric my-rubric.yaml reference/
  spbe check --update --rubric my-rubric.yaml reference/`,
			`  spbe check testdata/check/spbe-2020
  spbe check --rubric my-rubric.yaml reference/
  spbe check --update --rubric my-rubric.yaml reference/`},
		"cli.check.unknown-format-q-for": {"format %q tidak dikenal untuk check (text, json atau html)",
			"unknown format %q for check (text, json or html)"},
		"cli.check.re-score-reference-sheets": {"Menilai ulang lembar rujukan dan membandingkannya dengan hasil golden-nya",
			"Re-score reference sheets and compare them with their golden results"},
		"cli.check.write-golden-every-new": {"tulis golden setiap lembar yang baru atau berubah",
			"write the golden of every new or changed sheet"},
		"cli.check.output-format-text-json": {"format keluaran: text, json atau html",
			"output format: text, json or html"},
		"cli.compare.compare-shows-what-changed": {`Compare memperlihatkan apa yang berubah di antara dua evaluasi instansi yang
sama dengan rubrik yang sama, misalnya lembar jawaban 2021 dan 2023 sebuah
kota: indeks dan predikat, lalu setiap indeks domain dan aspek serta setiap
indikator yang tingkatnya bergeser, mulai dari perubahan terbesar.

LAMA dan BARU adalah lembar jawaban (.xlsx) atau hasil JSON dari spbe score
--format json, boleh dicampur. Hasil JSON dinilai ulang dari tingkat-tingkatnya.
Evaluasi dengan rubrik berbeda ditolak: tidak ada padanan resmi antarkerangka.
Hasil JSON dari versi lain rubrik yang sama dinilai dengan rubrik yang dipakai,
disertai peringatan.`,
			`Compare shows what changed between two evaluations of the same agency under
the same rubric, for instance a city's 2021 and 2023 answer sheets: the index
and the predicate, then every domain and aspect index and every indicator
whose level moved, the largest change first.

OLD and NEW are answer sheets (.xlsx) or JSON results of spbe score --format
json, in any mix. A JSON result is scored again from its levels. Evaluations
under different rubrics are refused: there is no official crosswalk between
frameworks. A JSON result made with another version of the same rubric is
scored with the rubric in use, with a warning.`},
		"cli.compare.spbe-compare-palopo-2021": {`  spbe compare palopo-2021.xlsx palopo-2023.xlsx
  spbe compare --format markdown 2021.json 2023.xlsx`,
			`  spbe compare palopo-2021.xlsx palopo-2023.xlsx
  spbe compare --format markdown 2021.json 2023.xlsx`},
		"cli.compare.compare-and-v": {"membandingkan %s dan %s: %v",
			"compare %s and %s: %v"},
		"cli.compare.show-what-changed-between": {"Memperlihatkan apa yang berubah di antara dua evaluasi",
			"Show what changed between two evaluations"},
		"cli.explain.explain-shows-how-index": {`Explain memperlihatkan cara indeks sebuah lembar jawaban (atau hasil JSON dari
spbe score --format json) dihitung, seperti contoh perhitungan dalam peraturan:
untuk setiap aspek jumlah tingkat x bobot dan pembagiannya dengan bobot aspek,
setiap domain dari aspek-aspeknya, indeks dari domain-domainnya, di mana indeks
dibulatkan, serta rentang predikat mana yang dicapainya dan mengapa. Setiap
nilai ditampilkan tepat; hanya indeks yang dibulatkan, saat dicetak.

Dengan --indicator, ditampilkan satu indikator: tingkat, keterangan, bobot dan
kontribusinya, serta tambahan yang diberikan satu tingkat lebih tinggi pada
aspek, domain dan indeksnya.`,
			`Explain shows how the index of an answer sheet (or of a JSON result of
spbe score --format json) is computed, the way the regulation's worked
examples write it: for each aspect the sum of level x weight and its division
by the aspect weight, each domain from its aspects, the index from the
domains, where the index is rounded, and which predicate band it falls in and
why. Every value is shown exactly; only the index is rounded, when printed.

With --indicator, it shows one indicator: its level, label, weight and
contribution, and what one more level would add to its aspect, its domain and
the index.`},
		"cli.explain.spbe-explain-dinkes-xlsx": {`  spbe explain dinkes.xlsx
  spbe explain --indicator 14 dinkes.xlsx
  spbe explain --format markdown --lang en result.json`,
			`  spbe explain dinkes.xlsx
  spbe explain --indicator 14 dinkes.xlsx
  spbe explain --format markdown --lang en result.json`},
		"cli.explain.indicator-v": {"--indicator: %v",
			"--indicator: %v"},
		"cli.explain.show-arithmetic-score-step": {"Memperlihatkan perhitungan sebuah nilai, langkah demi langkah",
			"Show the arithmetic of a score, step by step"},
		"cli.explain.explain-one-indicator-id": {"jelaskan satu indikator `ID` dan tambahan dari satu tingkat lebih tinggi",
			"explain one indicator `ID` and what one more level would add"},
		"cli.insight.output-format-text-markdown": {"format keluaran: text, markdown, json atau html",
			"output format: text, markdown, json or html"},
		"cli.inspect.inspect-shows-how-reader": {`Inspect memperlihatkan cara pembaca melihat sebuah buku kerja: setiap lembar
kerja (tampak atau tersembunyi), baris judul yang ditemukan di masing-masing,
cara setiap kolom digolongkan (indikator, nama, tingkat, mandiri, verifikasi,
akhir, target, penjelasan, data dukung, diabaikan) dan alasannya, baris yang
diambil dan dilewati, sel OPD dan tahun, serta apa yang menghentikannya:
keraguan disertai nama opsi yang memutuskannya (--sheet, --id-column,
--level-column, --self-column).

Jalankan bila sebuah lembar ditolak, dan lampirkan keluarannya (--format json)
pada laporan masalah. Status keluarnya 1 bila lembar itu tidak dapat dinilai
sebagaimana adanya.`,
			`Inspect shows how the reader sees a workbook: every worksheet (visible or
hidden), the header row it found on each, how it classified every column
(indicator, name, level, self, verified, final, target, notes, evidence,
ignored) and why, the rows it took and skipped, the OPD and year cells, and
what stopped it: an ambiguity names the flag that settles it (--sheet,
--id-column, --level-column, --self-column).

Run it when a sheet is refused, and attach its output (--format json) to a
bug report. It exits 1 when the sheet cannot be scored as it stands.`},
		"cli.inspect.format-q-inspect-writes": {"--format %q: inspect menulis text atau json",
			"--format %q: inspect writes text or json"},
		"cli.inspect.show-how-reader-sees": {"Memperlihatkan cara pembaca melihat sebuah lembar jawaban",
			"Show how the reader sees an answer sheet"},
		"cli.inspect.output-format-text-or": {"format keluaran: text atau json",
			"output format: text or json"},
		"cli.plan.plan-finds-cheapest-set": {`Plan mencari himpunan kenaikan tingkat termurah yang membawa indeks sebuah
lembar jawaban (atau hasil JSON dari spbe score --format json) ke suatu target:
secara bawaan predikat berikutnya, atau --target, sebuah predikat (Baik,
"Sangat Baik", Good) atau indeks (3,5 atau 3.5). Ditampilkan setiap kenaikan
(indikator, dari -> ke), indeks dan predikat hasilnya, serta perolehan per biaya
langkah berikutnya setiap indikator, agar tim dapat memilih lain.

Rencananya tepat: termurah dari semua rencana yang mungkin, bukan tebakan
serakah. Di antara rencana berbiaya sama diambil yang langkahnya paling sedikit,
dan di antaranya yang menaikkan indikator lebih awal dalam rubrik. Target
predikat adalah batas bawah rentangnya, dibaca sebagaimana rubrik membaca
predikat: indeks tepat, atau (predicate_basis: rounded) yang tercetak.

Biaya: setiap langkah satu tingkat pada satu indikator berbiaya menurut tingkat
asalnya. Tabel bawaannya

  1 -> 2: 1    2 -> 3: 2    3 -> 4: 3    4 -> 5: 5

karena kriteria setiap tingkat mencakup tingkat di bawahnya dan meminta lebih.
--cost memberikan tabel lain, satu biaya per langkah dari tingkat terendah ke
atas, masing-masing positif dan lebih besar dari sebelumnya (--cost 1,2,4,8).

--only dan --exclude menerima nomor indikator, atau nomor aspek dan domain untuk
semua indikatornya (--only D4 --exclude 45,46,47). --max-level membatasi setiap
tingkat akhir.

Status keluar: 0 bila target tercapai atau sudah terpenuhi, 1 bila tidak dapat
dicapai dengan batasan itu (hasil terbaik yang tercapai ditampilkan), 2 untuk
target, tabel biaya, nomor indikator atau opsi yang salah.`,
			`Plan finds the cheapest set of level raises that brings the index of an
answer sheet (or of a JSON result of spbe score --format json) to a target:
by default the next predicate up, or --target, a predicate (Baik, "Sangat
Baik", Good) or an index (3.5). It shows each raise (indicator, from -> to),
the resulting index and predicate, and the gain per cost of the next step of
every indicator, so a team can choose differently.

The plan is exact: the cheapest of all possible plans, not a greedy guess.
Among plans of equal cost it takes the one with the fewest steps, and among
those the one that raises indicators earlier in the rubric. A predicate target
is the band's lower bound, read as the rubric reads predicates: the exact
index, or (predicate_basis: rounded) the printed one.

Cost: each step of one level on one indicator costs by the level it starts
from. The default table is

  1 -> 2: 1    2 -> 3: 2    3 -> 4: 3    4 -> 5: 5

because every level's criteria include the level below and ask more.
--cost gives another table, one cost per step from the lowest level up,
each positive and larger than the one before (--cost 1,2,4,8).

--only and --exclude take indicator ids, or aspect and domain ids for all
their indicators (--only D4 --exclude 45,46,47). --max-level caps every final
level.

Exit status: 0 when the target is reached or already met, 1 when it cannot be
reached under the constraints (the best reachable result is shown), 2 for a
bad target, cost table, indicator id or flag.`},
		"cli.plan.spbe-plan-dinkes-xlsx": {`  spbe plan dinkes.xlsx
  spbe plan --target "Sangat Baik" --max-level 4 dinkes.xlsx
  spbe plan --target 3.0 --only A7,A8 --cost 1,2,4,8 --format json dinkes.xlsx`,
			`  spbe plan dinkes.xlsx
  spbe plan --target "Sangat Baik" --max-level 4 dinkes.xlsx
  spbe plan --target 3.0 --only A7,A8 --cost 1,2,4,8 --format json dinkes.xlsx`},
		"cli.plan.write-plan-v": {"menulis rencana: %v",
			"write the plan: %v"},
		"cli.plan.find-cheapest-level-raises": {"Mencari kenaikan tingkat termurah untuk mencapai predikat berikutnya",
			"Find the cheapest level raises that reach the next predicate"},
		"cli.plan.predicate-name-or-index": {"nama predikat atau indeks yang hendak dicapai (bawaan: predikat berikutnya)",
			"predicate name or index to reach (default: the next predicate up)"},
		"cli.plan.highest-level-any-indicator": {"tingkat tertinggi yang boleh dicapai indikator mana pun (bawaan: puncak skalanya)",
			"highest level any indicator may be raised to (default: the top of its scale)"},
		"cli.plan.raise-only-these-indicator": {"naikkan hanya nomor indikator, aspek atau domain `IDs` ini (dipisah koma atau diulang)",
			"raise only these indicator, aspect or domain `IDs` (comma-separated or repeated)"},
		"cli.plan.never-raise-these-indicator": {"jangan pernah naikkan nomor indikator, aspek atau domain `IDs` ini",
			"never raise these indicator, aspect or domain `IDs`"},
		"cli.plan.cost-one-step-from": {"biaya satu langkah dari setiap tingkat, mulai yang terendah, makin besar",
			"cost of one step from each level, lowest first, increasing"},
		"cli.readerflags.read-answer-table-from": {"baca tabel jawaban hanya dari lembar kerja `NAMA`",
			"read the answer table from the worksheet `NAME` only"},
		"cli.readerflags.column-that-names-indicators": {"kolom nomor indikator, menurut judul atau hurufnya (`KOLOM`)",
			"the column that names the indicators, by header text or letter (`COLUMN`)"},
		"cli.readerflags.column-levels-scored-by": {"kolom tingkat yang dinilai, menurut judul atau hurufnya (`KOLOM`)",
			"the column of the levels scored, by header text or letter (`COLUMN`)"},
		"cli.readerflags.column-self-assessed-levels": {"kolom tingkat penilaian mandiri, menurut judul atau hurufnya (`KOLOM`)",
			"the column of the self-assessed levels, by header text or letter (`COLUMN`)"},
		"cli.root.spbe-computes-indonesia-government": {`spbe menghitung indeks kematangan digital pemerintah Indonesia (Indeks Pemdi
menurut PermenPANRB 8/2026, Indeks SPBE menurut PermenPANRB 59/2020, dan rubrik
serupa) dari lembar jawaban Excel, tepat seperti rumus dalam peraturan, dan
melaporkan indeks, predikat, serta setiap indeks domain dan aspek.

Kedua rubrik sudah tersedia di dalamnya, dan setiap lembar memilih rubriknya
sendiri: menurut cap templat, atau menurut indikator yang ada di tabelnya;
setiap keluaran menyebutkan rubrik mana dan alasannya. --rubric memilih rubrik
bawaan atau berkas YAML sebagai gantinya.

Pesan dalam bahasa Indonesia; --lang en atau SPBE_LANG=en untuk bahasa Inggris.`,
			`spbe computes Indonesia's government digital-maturity index (Indeks Pemdi of
PermenPANRB 8/2026, Indeks SPBE of PermenPANRB 59/2020, and rubrics like
them) from Excel answer sheets, exactly as the regulation's formulas say,
and reports the index, the predicate and every domain and aspect index.

Both rubrics are built in, and each sheet chooses its own: by the template
stamp, else by the indicators its table holds; every output says which and
why. --rubric names a built-in rubric or a YAML file instead.

Messages are in Indonesian; --lang en or SPBE_LANG=en for English.`},
		"cli.root.score-spbe-indeks-pemdi": {"Menilai lembar jawaban SPBE / Indeks Pemdi dengan sebuah rubrik",
			"Score SPBE / Indeks Pemdi answer sheets against a rubric"},
		"cli.root.largest-rubric-file-read": {"ukuran berkas rubrik terbesar yang dibaca, dalam bita",
			"largest rubric file read, in bytes"},
		"cli.rubric.rubric-works-with-rubric": {`Rubric mengelola berkas rubrik: rubrik bawaan dan varian YAML buatan Anda
(formatnya ada di docs/rubric.md).

  list       rubrik bawaan
  show       skala, rentang predikat dan bobot sebuah rubrik
  validate   periksa berkas rubrik, melaporkan setiap masalah dengan barisnya
  export     cetak YAML rubrik bawaan, sebagai awal sebuah varian
  diff       apa yang berubah di antara dua rubrik, untuk pull request
  schema     JSON Schema formatnya, untuk penyunting`,
			`Rubric works with rubric files: the built-in rubrics and your own YAML
variants of them (the format is in docs/rubric.md).

  list       the built-in rubrics
  show       a rubric's scales, bands and weights
  validate   check rubric files, reporting every problem with its line
  export     print a built-in rubric's YAML, to start a variant from
  diff       what changed between two rubrics, for a pull request
  schema     the JSON Schema of the format, for editors`},
		"cli.rubric.show-prints-rubric-what": {`Show mencetak sebuah rubrik: apa itu, skala tingkatnya, rentang predikatnya,
dan pohon domain, aspek dan indikator beserta bobotnya. NAMA adalah rubrik
bawaan (bawaan: %s), PATH berkas rubrik YAML.`,
			`Show prints a rubric: what it is, its level scales, its predicate bands,
and the tree of domains, aspects and indicators with their weights. NAME is a
built-in rubric (default %s), PATH a rubric YAML file.`},
		"cli.rubric.spbe-rubric-show-spbe": {`  spbe rubric show
  spbe rubric show pemdi-2026 --format markdown
  spbe rubric show my-rubric.yaml --format json`,
			`  spbe rubric show
  spbe rubric show pemdi-2026 --format markdown
  spbe rubric show my-rubric.yaml --format json`},
		"cli.rubric.validate-loads-each-rubric": {`Validate memuat setiap berkas rubrik seperti yang dilakukan spbe score dan
melaporkan setiap masalahnya, masing-masing sebagai BERKAS:BARIS: masalah, di
aliran galat; berkas yang sah mendapat satu baris di keluaran. Status keluarnya
1 bila ada berkas yang tidak sah.`,
			`Validate loads each rubric file as spbe score would and reports every
problem in it, each as FILE:LINE: problem, on the error stream; a valid file
gets one line on the output. The exit status is 1 when any file is invalid.`},
		"cli.rubric.spbe-rubric-validate-rubric": {"  spbe rubric validate rubric/*.yaml",
			"  spbe rubric validate rubric/*.yaml"},
		"cli.rubric.export-prints-yaml-built": {`Export mencetak YAML rubrik bawaan persis seperti yang tertanam, dengan
komentarnya, sebagai titik awal varian lokal: beri id lain, sunting, dan
pakai dengan --rubric BERKAS.`,
			`Export prints the YAML of a built-in rubric exactly as it is built in, with
its comments, as the starting point for a local variant: give it another id,
edit it, and use it with --rubric FILE.`},
		"cli.rubric.spbe-rubric-export-spbe": {`  spbe rubric export spbe-2020 > my-rubric.yaml
  spbe rubric export pemdi-2026 -o pemdi.yaml`,
			`  spbe rubric export spbe-2020 > my-rubric.yaml
  spbe rubric export pemdi-2026 -o pemdi.yaml`},
		"cli.rubric.diff-compares-two-rubrics": {`Diff membandingkan dua rubrik (nama bawaan atau berkas YAML) butir demi butir:
indikator, aspek dan domain yang ditambah, dihapus, dinomori ulang, diganti
nama, dipindah atau diberi bobot lain; perubahan skala, rentang predikat,
pembulatan dan metadata. Komentar dan tata letak bukan perubahan. --format
markdown memberikan tabel untuk pull request. Dengan --exit-code status
keluarnya 1 bila rubriknya berbeda.`,
			`Diff compares two rubrics (built-in names or YAML files) item by item:
indicators, aspects and domains added, removed, renumbered, renamed, moved or
given another weight; scale, predicate-band, rounding and metadata changes.
Comments and layout are not changes. --format markdown gives a table for a
pull request. With --exit-code the exit status is 1 when the rubrics differ.`},
		"cli.rubric.spbe-rubric-diff-spbe": {`  spbe rubric diff spbe-2020 my-rubric.yaml
  git show main:rubric.yaml > /tmp/old.yaml && spbe rubric diff /tmp/old.yaml rubric.yaml --format markdown`,
			`  spbe rubric diff spbe-2020 my-rubric.yaml
  git show main:rubric.yaml > /tmp/old.yaml && spbe rubric diff /tmp/old.yaml rubric.yaml --format markdown`},
		"cli.rubric.schema-prints-json-schema": {`Schema mencetak JSON Schema (draft-07) format rubrik. Penyunting dengan
yaml-language-server melengkapi dan memeriksa berkas rubrik yang diawali

  # yaml-language-server: $schema=%s

atau yang menunjuk salinan lokal: spbe rubric schema > rubric.schema.json.`,
			`Schema prints the JSON Schema (draft-07) of the rubric format. Editors with
yaml-language-server complete and check a rubric file that starts with

  # yaml-language-server: $schema=%s

or that points at a local copy: spbe rubric schema > rubric.schema.json.`},
		"cli.rubric.unknown-command-q-for": {"perintah %q tidak dikenal untuk \"spbe rubric\"",
			"unknown command %q for \"spbe rubric\""},
		"cli.rubric.unknown-format-q": {"format %q tidak dikenal (%s)",
			"unknown format %q (%s)"},
		"cli.rubric.output-format": {"format keluaran: %s",
			"output format: %s"},
		"cli.rubric.list-show-validate-export": {"Menampilkan, memeriksa, mengekspor dan membandingkan rubrik",
			"List, show, validate, export and compare rubrics"},
		"cli.rubric.list-built-in-rubrics": {"Menampilkan daftar rubrik bawaan",
			"List the built-in rubrics"},
		"cli.rubric.show-rubric-scales-predicate": {"Menampilkan skala, rentang predikat dan bobot sebuah rubrik",
			"Show a rubric's scales, predicate bands and weights"},
		"cli.rubric.check-rubric-files-and": {"Memeriksa berkas rubrik dan melaporkan setiap masalah dengan barisnya",
			"Check rubric files and report every problem with its line"},
		"cli.rubric.print-built-in-rubric": {"Mencetak YAML rubrik bawaan, sebagai awal varian lokal",
			"Print a built-in rubric's YAML, to start a local variant from"},
		"cli.rubric.show-what-changed-between": {"Memperlihatkan apa yang berubah di antara dua rubrik",
			"Show what changed between two rubrics"},
		"cli.rubric.print-json-schema-rubric": {"Mencetak JSON Schema format rubrik",
			"Print the JSON Schema of the rubric format"},
		"cli.rubric.write-yaml-file-instead": {"tulis YAML ke `BERKAS`, bukan ke keluaran",
			"write the YAML to `FILE` instead of the output"},
		"cli.rubric.overwrite-file-if-it": {"timpa BERKAS bila sudah ada",
			"overwrite FILE if it exists"},
		"cli.rubric.exit-with-status-1": {"keluar dengan status 1 bila rubriknya berbeda",
			"exit with status 1 when the rubrics differ"},
		"cli.score.score-reads-answer-sheet": {`Score membaca lembar jawaban (.xlsx), menemukan tabel jawabannya dari baris
judul di lembar kerja mana pun, lalu mencetak indeks, predikat, serta setiap
indeks domain dan aspek.

Tabelnya memerlukan kolom nomor indikator (No, Nomor, ID, Kode atau Indikator)
dan kolom tingkat (Tingkat, Tingkat Kematangan, Level, Nilai atau Skor). Tingkat
boleh ditulis 3, "Tingkat 3", "3 - Terdefinisi" atau berupa keterangannya; pada
rubrik bernilai desimal (pemdi-2026) nilainya boleh desimal apa pun seperti 1,26,
disimpan persis, dan kolom "Skor Indeks Lain" memberi skor indeks instansi lain
yang menjadi asal konversi sebuah indikator.

Tanpa --rubric, lembar memilih rubrik bawaannya sendiri (menurut cap templat,
atau menurut indikator yang ada di tabelnya), dan keluarannya menyebutkan rubrik
mana dan alasannya.

Diberi folder, atau beberapa berkas dan folder, score menilai setiap lembar di
dalamnya (dengan --recursive, juga di subfolder) dan mencetak peringkat; -o
menulis buku kerja rekap (.xlsx: peringkat, aspek, peta panas OPD x indikator,
statistik indikator, predikat dengan grafik, berkas yang tidak dinilai),
Markdown atau JSON, dan --out-dir laporan masing-masing OPD. Berkas yang gagal
dinilai dicantumkan beserta alasannya dan yang lain tetap dinilai; status
keluarnya lalu 1.`,
			`Score reads an answer sheet (.xlsx), finds its answer table by the header
row on whichever worksheet holds it, and prints the index, the predicate and
every domain and aspect index.

The table needs an indicator column (No, Nomor, ID, Kode or Indikator) and a
level column (Tingkat, Tingkat Kematangan, Level, Nilai or Skor). A level may
be written 3, "Tingkat 3", "3 - Terdefinisi" or as the level's label; on a
rubric of decimal values (pemdi-2026) a value is any decimal such as 1,26,
kept exactly, and a "Skor Indeks Lain" column gives the score of another
agency's index that an indicator is converted from.

Without --rubric the sheet chooses its built-in rubric (the template stamp,
else the indicators its table holds), and the output says which and why.

Given a folder, or several files and folders, score scores every sheet in
them (with --recursive, in subfolders too) and prints a ranking; -o writes
a consolidated workbook (.xlsx: ranking, aspects, an OPD x indicator
heatmap, indicator statistics, predicates with a chart, files not scored),
Markdown or JSON, and --out-dir each OPD's own report. A file that cannot
be scored is listed with its reasons and the others are still scored; the
exit code is then 1.`},
		"cli.score.spbe-score-dinkes-xlsx": {`  spbe score dinkes.xlsx
  spbe score --format json dinkes.xlsx
  spbe score --lang en --rubric pemdi-2026 dinkes.xlsx
  spbe score opd/                              # peringkat setiap lembar dalam folder
  spbe score -R -o rekap.xlsx --out-dir laporan opd/`,
			`  spbe score dinkes.xlsx
  spbe score --format json dinkes.xlsx
  spbe score --lang en --rubric pemdi-2026 dinkes.xlsx
  spbe score opd/                              # rank every sheet in a folder
  spbe score -R -o rekap.xlsx --out-dir laporan opd/`},
		"cli.score.for-report-one-sheet": {"%s untuk laporan satu lembar, bukan penilaian banyak berkas",
			"%s is for the report of one sheet, not a batch"},
		"cli.score.out-dir-for-batch": {"--out-dir untuk penilaian banyak berkas: berikan folder atau beberapa berkas",
			"--out-dir is for a batch: give a folder or several files"},
		"cli.score.format-written-file-give": {"format %s ditulis ke berkas: berikan -o BERKAS",
			"the %s format is written to a file: give -o FILE"},
		"cli.score.give-answer-sheet-xlsx": {"berikan lembar jawaban (.xlsx), atau folder dan berkas untuk dinilai sekaligus",
			"give an answer sheet (.xlsx), or folders and files to score as a batch"},
		"cli.score.score-answer-sheet-or": {"Menilai lembar jawaban, atau satu folder lembar jawaban",
			"Score an answer sheet, or a folder of them"},
		"cli.score.for-o-default-follows": {"format keluaran: %s (dengan -o, bawaannya mengikuti ekstensi berkas)",
			"output format: %s (for -o, the default follows the file's extension)"},
		"cli.score.write-report-file-xlsx": {"tulis laporan ke `BERKAS` (.xlsx, .html, .md, .json atau .txt); boleh diulang",
			"write the report to `FILE` (.xlsx, .html, .md, .json or .txt); may be repeated"},
		"cli.score.overwrite-existing-output-files": {"timpa berkas keluaran yang sudah ada",
			"overwrite existing output files"},
		"cli.score.fail-when-sheet-was": {"gagal bila lembar dibuat dari rubrik lain daripada yang menilainya",
			"fail when the sheet was made from another rubric than the one scoring it"},
		"cli.score.batch-also-score-sheets": {"banyak berkas: nilai juga lembar di subfolder",
			"batch: also score the sheets in subfolders"},
		"cli.score.batch-progress-on-stderr": {"banyak berkas: kemajuan di stderr: auto (bilah di terminal, selain itu plain), plain (satu baris per lembar) atau none",
			"batch: progress on stderr: auto (a bar on a terminal, else plain), plain (a line per sheet) or none"},
		"cli.score.batch-no-progress-and": {"banyak berkas: tanpa kemajuan dan tanpa baris ringkasan di stderr (kegagalan tetap dicantumkan)",
			"batch: no progress and no summary line on stderr (failures are still listed)"},
		"cli.batch.resume-needs-out-dir": {"--resume melengkapi sebuah --out-dir: berikan --out-dir FOLDER",
			"--resume completes an --out-dir: give --out-dir FOLDER"},
		"cli.batch.resume-or-force": {"--resume tidak pernah mengganti laporan dan --force mengganti semuanya: berikan salah satunya",
			"--resume never replaces a report and --force replaces them all: give one of them"},
		"cli.batch.resume-kept": {"%d laporan yang sudah ada di %s dibiarkan (--resume)",
			"%d reports already in %s were kept (--resume)"},
		"cli.score.resume-for-batch": {"--resume melengkapi sebuah --out-dir: berikan folder atau beberapa berkas, dan --out-dir",
			"--resume completes an --out-dir: give a folder or several files, and --out-dir"},
		"cli.score.batch-resume": {"banyak berkas: lengkapi --out-dir yang belum selesai: tulis hanya laporan OPD yang belum ada di dalamnya, tidak pernah mengganti yang sudah ada",
			"batch: complete an --out-dir left incomplete: write only the OPDs' reports missing from it, never replace one"},
		"cli.score.batch-also-write-each": {"banyak berkas: tulis juga laporan masing-masing OPD ke `FOLDER`",
			"batch: also write each OPD's own report into `FOLDER`"},
		"cli.score.batch-sheets-read-at": {"banyak berkas: jumlah lembar yang dibaca bersamaan (0: satu per inti prosesor)",
			"batch: sheets read at once (0: one per core)"},
		"cli.score.agency-own-target-index": {"target `INDEKS` instansi sendiri (mis. 2,60 atau 2.60), ditampilkan di samping indeks",
			"the agency's own target `INDEX` (e.g. 2,60 or 2.60), shown beside the index"},
		"cli.score.previous-evaluation-sheet-or": {"evaluasi sebelumnya, lembar atau hasil JSON dengan rubrik yang sama (`BERKAS`): perubahannya ditampilkan",
			"the previous evaluation, a sheet or a JSON result of the same rubric (`FILE`): the change is shown"},
		"cli.score.sign-off-block-signer": {"blok pengesahan: `NAMA` penanda tangan",
			"sign-off block: the signer's `NAME`"},
		"cli.score.sign-off-block-signer-2": {"blok pengesahan: `NIP` penanda tangan",
			"sign-off block: the signer's `NIP`"},
		"cli.score.sign-off-block-place": {"blok pengesahan: `TEMPAT` penandatanganan",
			"sign-off block: the `PLACE` of signing"},
		"cli.score.sign-off-block-date": {"blok pengesahan: `TANGGAL` penandatanganan, TTTT-BB-HH",
			"sign-off block: the `DATE` of signing, YYYY-MM-DD"},
		"cli.score.largest-answer-sheet-read": {"ukuran lembar jawaban terbesar yang dibaca, dalam bita",
			"largest answer sheet read, in bytes"},
		"cli.score.largest-unpacked-size-workbook": {"ukuran terurai terbesar sebuah buku kerja, dalam bita",
			"largest unpacked size of a workbook, in bytes"},
		"cli.score.rows-each-worksheet-searched": {"baris setiap lembar kerja yang ditelusuri untuk mencari judul tabel",
			"rows of each worksheet searched for the table's header"},
		"cli.score.rows-read-under-table": {"baris yang dibaca di bawah judul tabel",
			"rows read under the table's header"},
		"cli.score.columns-each-row-examined": {"kolom setiap baris yang diperiksa",
			"columns of each row examined"},
		"cli.template.template-writes-blank-answer": {`Template menulis buku kerja jawaban kosong (.xlsx) yang diisi unit kerja dan
dibaca spbe score apa adanya: lembar petunjuk berbahasa Indonesia, lembar
jawaban dengan satu baris per indikator dan daftar pilihan tingkat indikatornya
("3 - Terdefinisi"), kriteria setiap tingkat bila rubriknya memuatnya, serta sel
untuk instansi, tahun dan penilai. Semua selain sel jawaban dikunci, tanpa kata
sandi. Id, versi dan hash rubriknya dicap di properti dokumen; spbe score
memperingatkan bila lembar dinilai dengan rubrik lain.

Tanpa -o buku kerjanya ditulis ke folder saat ini sebagai
lembar-kerja-RUBRIK[-OPD][-TAHUN].xlsx. Berkas yang sudah ada dipertahankan
kecuali diberi --force. Path yang ditulis dicetak.`,
			`Template writes a blank answer workbook (.xlsx) that a work unit fills in
and that spbe score reads as it is: an instructions sheet in Indonesian, the
answer sheet with one row per indicator and a drop-down of the indicator's
levels ("3 - Terdefinisi"), the criteria of every level when the rubric has
them, and cells for the agency, the year and the assessor. Everything but
the answer cells is protected, without a password. The rubric's id, version
and hash are stamped in the document properties; spbe score warns when a
sheet is scored with another rubric.

Without -o the workbook is written to the current folder as
lembar-kerja-RUBRIC[-OPD][-YEAR].xlsx. An existing file is kept unless
--force is given. The path written is printed.`},
		"cli.template.spbe-template-spbe-template": {`  spbe template
  spbe template --opd "Dinas Kesehatan" --year 2024
  spbe template --verified -o penilaian-2024.xlsx
  spbe template --rubric my-rubric.yaml -o my-template.xlsx`,
			`  spbe template
  spbe template --opd "Dinas Kesehatan" --year 2024
  spbe template --verified -o penilaian-2024.xlsx
  spbe template --rubric my-rubric.yaml -o my-template.xlsx`},
		"cli.template.year-q-not-year": {"--year %q bukan tahun (1900..2999)",
			"--year %q is not a year (1900..2999)"},
		"cli.template.template-xlsx-workbook-o": {"templat adalah buku kerja .xlsx: -o %s harus berakhiran .xlsx",
			"a template is an .xlsx workbook: -o %s must end in .xlsx"},
		"cli.template.write-blank-answer-workbook": {"Menulis buku kerja jawaban kosong untuk sebuah rubrik",
			"Write a blank answer workbook for a rubric"},
		"cli.template.write-workbook-file-xlsx": {"tulis buku kerja ke `BERKAS` (.xlsx; bawaan lembar-kerja-RUBRIK[-OPD][-TAHUN].xlsx)",
			"write the workbook to `FILE` (.xlsx; default lembar-kerja-RUBRIC[-OPD][-YEAR].xlsx)"},
		"cli.template.prefill-agency-work-unit": {"isi lebih dulu `NAMA` instansi/unit kerja (OPD)",
			"prefill the agency/work unit (OPD) `NAME`"},
		"cli.template.prefill-assessment-year": {"isi lebih dulu `TAHUN` penilaian",
			"prefill the assessment `YEAR`"},
		"cli.template.add-verified-level-column": {"tambahkan kolom tingkat hasil verifikasi untuk evaluator di samping kolom penilaian mandiri",
			"add a verified-level column for the evaluators beside the self-assessed one"},
		"cli.template.overwrite-existing-file": {"timpa berkas yang sudah ada",
			"overwrite an existing file"},
		"cli.trend.trend-scores-every-answer": {`Trend menilai setiap lembar jawaban di folder-folder itu (dan subfoldernya),
memasangkan setiap OPD dengan tahun-tahun sebelumnya dan mencetak, per OPD,
indeks setiap tahun dan perubahannya dari tahun sebelumnya. Tahunnya adalah yang
disebut lembar itu, atau nama folder atau berkas yang berupa tahun
(opd/2024/dinkes.xlsx, dinkes-2025.xlsx). Dua lembar OPD dan tahun yang sama
dihitung sekali: yang sudah diverifikasi, atau yang terakhir menurut urutan path.

spbe score -R -o rekap.xlsx pada folder yang sama menulis tabel yang sama,
dengan grafik garis indeks per tahun, ke buku kerja rekap.`,
			`Trend scores every answer sheet in the folders (and their subfolders), pairs
each OPD with its earlier years and prints, per OPD, the index of every year
and the change from the year before. The year is the one the sheet names,
else a folder or file name that is a year (opd/2024/dinkes.xlsx,
dinkes-2025.xlsx). Two sheets of the same OPD and year count once: the
verified one, else the last in path order.

spbe score -R -o rekap.xlsx on the same folder writes the same table, with a
line chart of the index by year, into the consolidated workbook.`},
		"cli.trend.spbe-trend-opd-spbe": {`  spbe trend opd/
  spbe trend --lang en riwayat/2024 riwayat/2025`,
			`  spbe trend opd/
  spbe trend --lang en riwayat/2024 riwayat/2025`},
		"cli.trend.jobs-d-give-number": {"--jobs %d: berikan jumlah pekerja, atau 0 untuk satu per inti prosesor",
			"--jobs %d: give a number of workers, or 0 for one per core"},
		"cli.trend.give-folders-answer-sheets": {"berikan folder-folder lembar jawaban beberapa tahun",
			"give the folders of answer sheets of several years"},
		"cli.trend.show-each-opd-index": {"Memperlihatkan indeks setiap OPD tahun demi tahun",
			"Show each OPD's index year by year"},
		"cli.trend.sheets-read-at-once": {"jumlah lembar yang dibaca bersamaan (0: satu per inti prosesor)",
			"sheets read at once (0: one per core)"},
		"cli.version.print-version-spbe": {"Mencetak versi spbe",
			"Print the version of spbe"},
	})
}
