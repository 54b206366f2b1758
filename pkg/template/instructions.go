package template

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// instructions writes the instructions sheet: what to fill, how levels
// work, where evidence goes, and what not to change.
//
// The sheet reader scans this sheet before the answer sheet, so no line
// starts with a label it knows ("Tahun:", "OPD:") and no row holds a
// header-like pair of cells.
func (b *builder) instructions() {
	f, st, r := b.f, b.st, b.r
	const sh = SheetInstructions
	const width = 110.0
	b.check(f.SetColWidth(sh, "A", "A", 4))
	b.check(f.SetColWidth(sh, "B", "B", width))
	sizes := rowSizer{}

	levelHeader := HeaderLevel
	if b.opt.Verified {
		levelHeader = HeaderSelf
	}
	example := r.Indicators[0].Scale
	steps := []string{
		"Isi nama instansi/OPD, tahun penilaian dan nama penilai pada sel berwarna kuning di bagian atas lembar Penilaian.",
		fmt.Sprintf("Untuk setiap indikator, pilih satu tingkat kematangan dari daftar pada kolom %s, misalnya %s. Setiap indikator wajib diisi dengan satu tingkat utuh dari skalanya; tidak ada tingkat 0 dan tidak ada nilai pecahan.",
			quote(levelHeader), quote(Entry(example.Levels[len(example.Levels)/2]))),
	}
	if b.decimal {
		steps[1] = fmt.Sprintf("Untuk setiap indikator, isi nilainya pada kolom %s: angka %d sampai %d, boleh desimal (misalnya 1,26 atau 2,5), sesuai hasil penilaian. Nilai desimal memakai nama tingkat bilangan bulatnya (2,5 adalah %s); nama tingkat tercantum di kolom %s.",
			quote(levelHeader), example.Min(), example.Max(), levelName(example, 2), quote(HeaderLegend))
	}
	if b.external {
		steps = append(steps, fmt.Sprintf("Indikator yang nilainya diambil dari indeks instansi lain ditandai pada kolom %s. Isi skor indeks itu pada kolom %s (spbe mengonversinya menjadi nilai), atau isi nilainya langsung; bila keduanya diisi, keduanya harus cocok. Bila instansi itu belum menerbitkan skornya, kosongkan keduanya: sesuai praktik evaluasi 2026, nilainya dianggap %s dan setiap laporan menyebutkannya.",
			quote(HeaderSource), quote(HeaderSourceScore), pendingText(firstExternal(r))))
	}
	if b.criteria {
		steps = append(steps, "Pilih tingkat tertinggi yang kriterianya terpenuhi dan dapat dibuktikan dengan data dukung. Kriteria setiap tingkat ada di lembar Kriteria; klik "+quote("Lihat")+" pada kolom Kriteria untuk membuka kriteria indikator itu, lalu kembali lewat tab lembar Penilaian.")
	} else if b.decimal {
		steps = append(steps, fmt.Sprintf("Lembar Kriteria tidak disertakan: teks kriteria setiap tingkat rubrik %s belum tersedia. Gunakan kriteria dari pedoman evaluasi yang berlaku.", r.ID))
	} else {
		steps = append(steps, "Pilih tingkat tertinggi yang dapat dibuktikan dengan data dukung.")
	}
	steps = append(steps, "Tuliskan penjelasan singkat pada kolom Penjelasan, dan tautan atau nama berkas bukti pada kolom Data Dukung.")
	if b.opt.Verified {
		steps = append(steps, fmt.Sprintf("Kolom %s dan %s diisi oleh evaluator. Bila kolom verifikasi sudah terisi, hasil verifikasi menjadi nilai utama dan hasil penilaian mandiri ditampilkan di sampingnya, beserta indikator yang tingkatnya berbeda. Kolom verifikasi diisi untuk semua indikator atau dikosongkan seluruhnya.",
			quote(HeaderVerified), quote("Catatan Evaluator")))
	}
	steps = append(steps,
		"Jangan menghapus, menyisipkan atau memindahkan baris dan kolom, dan jangan mengubah nomor indikator: lembar ini dibaca menurut nomor indikator. Sel selain isian dikunci tanpa kata sandi agar strukturnya tidak berubah tanpa sengaja.",
		"Simpan tetap dalam format .xlsx (Excel atau LibreOffice Calc) dan serahkan kepada evaluator, yang menghitung indeks dengan perintah spbe score NAMA-BERKAS.xlsx.",
	)

	row := 1
	b.merged(sh, "A1", "B1", "PETUNJUK PENGISIAN LEMBAR KERJA "+strings.ToUpper(r.Title), st.title)
	b.check(f.SetRowHeight(sh, 1, 22))
	row = 2
	sub := fmt.Sprintf("Rubrik %s versi %s", r.ID, r.Version)
	if r.Source != "" {
		sub += " · " + r.Source
	}
	b.merged(sh, "A2", "B2", sub, st.subtitle)
	sizes.need(row, sub, width*1.2)
	row = 4
	if r.Provisional() {
		// As every report of such a rubric says.
		b.merged(sh, cell("A", 3), cell("B", 3), fmt.Sprintf("PERHATIAN: rubrik %s berstatus %s; bobot dan batas predikatnya belum final.", r.ID, rubric.StatusID(r.Status)), st.textBold)
	}
	heading := func(text string) {
		b.merged(sh, cell("A", row), cell("B", row), text, st.textBold)
		row++
	}
	line := func(num, text string) {
		if num != "" {
			b.check(f.SetCellStr(sh, cell("A", row), num))
			b.check(f.SetCellStyle(sh, cell("A", row), cell("A", row), st.text))
		}
		b.check(f.SetCellStr(sh, cell("B", row), text))
		b.check(f.SetCellStyle(sh, cell("B", row), cell("B", row), st.text))
		sizes.need(row, text, width)
		row++
	}

	heading("Cara mengisi")
	for i, s := range steps {
		line(strconv.Itoa(i+1)+".", s)
	}
	row++
	heading("Tingkat kematangan")
	for _, sc := range r.Scales {
		line("•", fmt.Sprintf("%s (indikator %s) — %s.", sc.Name, indicatorRuns(r, sc), levelList(sc)))
	}
	if r.TargetLevel > 0 {
		line("•", fmt.Sprintf("Target nasional adalah tingkat %d pada setiap indikator.", r.TargetLevel))
	}
	row++
	heading("Predikat indeks")
	var bands []string
	for i, bd := range r.Bands {
		upper := "sampai kurang dari " + decimal(bd.To)
		if i == len(r.Bands)-1 {
			upper = "sampai " + decimal(bd.To)
		}
		bands = append(bands, fmt.Sprintf("%s (%s %s)", bd.Name, decimal(bd.From), upper))
	}
	line("", "Indeks dihitung dari tingkat dan bobot setiap indikator sesuai rubrik. "+strings.Join(bands, "; ")+".")
	line("", fmt.Sprintf("Dibuat oleh spbe dari rubrik %s versi %s (SHA-256 %s), yang juga tercatat pada properti dokumen.", r.ID, r.Version, r.Hash))
	b.check(f.SetCellStyle(sh, cell("B", row-1), cell("B", row-1), st.hint))
	sizes.apply(b, sh)
	// The instructions are one page: scaled down a little rather than one
	// line spilling onto a second sheet of paper.
	b.landscape(sh, 1)
	b.protect(sh)
}

// indicatorRuns names the indicators that use a scale as runs: "1–31".
func indicatorRuns(r *rubric.Rubric, sc *rubric.Scale) string {
	var runs []string
	var first, prev string
	flush := func() {
		if first == "" {
			return
		}
		if first == prev {
			runs = append(runs, first)
		} else {
			runs = append(runs, first+"–"+prev)
		}
		first = ""
	}
	for _, in := range r.Indicators {
		if in.Scale != sc {
			flush()
			continue
		}
		if first == "" {
			first = in.ID
		}
		prev = in.ID
	}
	flush()
	return strings.Join(runs, ", ")
}

// decimal prints a band bound as rubrics write it (at least two decimals,
// exactly), with a decimal comma.
func decimal(x *big.Rat) string { return strings.Replace(rubric.Decimal(x), ".", ",", 1) }

// levelList is a scale's levels for prose: "1 - Rintisan, 2 - Terkelola".
func levelList(sc *rubric.Scale) string {
	var out []string
	for _, l := range sc.Levels {
		out = append(out, Entry(l))
	}
	return strings.Join(out, ", ")
}

// levelName is the label of level v of sc, or the number.
func levelName(sc *rubric.Scale, v int) string {
	if l, ok := sc.Level(v); ok {
		return l.Label
	}
	return strconv.Itoa(v)
}

// firstExternal is the first indicator valued from another index.
func firstExternal(r *rubric.Rubric) *rubric.Indicator {
	for _, in := range r.Indicators {
		if in.External != nil {
			return in
		}
	}
	return nil
}
