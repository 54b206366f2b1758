package header

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"

	"github.com/spbe-id/spbe/pkg/sheet/cell"
)

// The word sets as they were written first, one map each, with classify
// looking a header's words up in each in turn: the reference for the
// single lookup of wordSets.
var (
	refLevelWords    = wordSet("tingkat", "level", "nilai", "skor", "score", "kematangan")
	refFinalWords    = wordSet("akhir", "final")
	refVerifiedWords = wordSet("verifikasi", "verif", "verified", "verification", "evaluator", "validasi", "eks", "eksternal", "external", "terverifikasi")
	refSelfWords     = wordSet("mandiri", "self", "self-assessment")
	refEvidenceWords = wordSet("bukti", "evidence", "dukung", "dokumen", "tautan", "link")
	refNoteWords     = wordSet("penjelasan", "keterangan", "explanation", "catatan", "notes", "note", "komentar", "comment", "comments", "uraian", "alasan")
	refNotLevelWords = wordSet("bobot", "weight", "indeks", "index", "predikat", "sumber", "source")
	refTargetWords   = wordSet("target")
)

func classifyRef(text string) (kind Kind, year int, why, word string) {
	h := cell.Norm(text)
	switch {
	case h == "":
		return KindIgnored, 0, "no header", ""
	case strongID[h]:
		return KindID, 0, "names an indicator number", h
	case nameHeaders[h]:
		return KindName, 0, "names the indicator", h
	case noteHeaders[h]:
		return KindNote, 0, "is an explanation", h
	case sourceScoreHeaders[h]:
		return KindSourceScore, 0, "is the score of another agency's index", h
	}
	// h is single-spaced (norm), so its words are found by cutting at
	// spaces, without allocating: every cell of every row above the table
	// comes through here.
	has := func(set map[string]bool) string {
		for rest := h; rest != ""; {
			w, after, _ := strings.Cut(rest, " ")
			if set[w] {
				return w
			}
			rest = after
		}
		return ""
	}
	nwords := strings.Count(h, " ") + 1
	for rest := h; rest != ""; {
		w, after, _ := strings.Cut(rest, " ")
		if y := yearWord(w); y != 0 {
			year = y
		}
		rest = after
	}
	if w := has(refNoteWords); w != "" {
		if has(refVerifiedWords) != "" || strings.Contains(h, "verifikat") || strings.Contains(h, "penilai") {
			return KindEvaluatorNote, 0, "is the evaluators' note", w
		}
		return KindNote, 0, "is an explanation", w
	}
	if w := has(refNotLevelWords); w != "" {
		return KindIgnored, 0, "is not a level", w
	}
	if has(refTargetWords) != "" {
		return KindTarget, year, "a target is never a level", ""
	}
	if w := has(refFinalWords); w != "" {
		return KindFinal, year, "is the final level", w
	}
	if w := has(refVerifiedWords); w != "" || strings.Contains(h, "verifikasi") {
		return KindVerified, year, "the evaluators' level", ""
	}
	if w := has(refSelfWords); w != "" {
		return KindSelf, year, "is the self-assessment", w
	}
	if w := has(refEvidenceWords); w != "" {
		return KindEvidence, 0, "is evidence", w
	}
	if w := has(refLevelWords); w != "" {
		if strings.HasPrefix(h, "nama ") || strings.HasPrefix(h, "name ") {
			// "Nama Tingkat": the names of the levels, a legend.
			return KindIgnored, 0, "names the levels", w
		}
		return KindLevel, year, "is a level", w
	}
	if year != 0 && (nwords == 1 || nwords == 2 && strings.HasPrefix(h, "tahun ")) {
		return KindLevel, year, "a year's column", ""
	}
	if strings.HasPrefix(h, "indikator") || strings.HasPrefix(h, "nama indikator") {
		return KindName, 0, "names the indicator", ""
	}
	return KindIgnored, 0, "not a column the reader uses", ""
}

func TestClassifyLooksEachWordUpOnce(t *testing.T) {
	vocab := []string{"", " ", "  ", "/", "-", "(", ")", ":", "2024", "2025", "1899", "3000", "tahun", "nama", "name",
		"indikator", "no", "no.", "id", "kode", "verifikat", "penilai", "penilaian", "Dinas", "Kesehatan", "Kota", "Contoh", "17",
		"TINGKAT", "Nilai", "Mandiri", "self-assessment", "Data Dukung", "Tingkat Kematangan", "Nilai Akhir", "Target 2025"}
	for w := range wordSets {
		vocab = append(vocab, w, strings.ToUpper(w))
	}
	texts := slicesOf(vocab)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var b strings.Builder
		for k := range 1 + rng.IntN(7) {
			if k > 0 {
				b.WriteString([]string{" ", "  ", "\n", " / "}[rng.IntN(4)])
			}
			b.WriteString(vocab[rng.IntN(len(vocab))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		k, y, why, word := classify(s)
		rk, ry, rwhy, rword := classifyRef(s)
		if k != rk || y != ry || why != rwhy || word != rword {
			t.Fatalf("classify(%q) = %v %d %q %q; one set at a time: %v %d %q %q", s, k, y, why, word, rk, ry, rwhy, rword)
		}
	}
}

func slicesOf(vocab []string) []string {
	var out []string
	for _, a := range vocab {
		out = append(out, a)
		for _, b := range vocab {
			out = append(out, a+" "+b)
		}
	}
	return out
}

// What is remembered of a header text does not share the memory of the
// text it was cut from (a cell's text shares its whole shared-string
// table's), but what is given back as computed may.
func TestRememberedClassificationsDoNotHoldTheirText(t *testing.T) {
	big := strings.Repeat("x", 1<<16) + " Tingkat Kematangan Verifikasi 2031 " + strings.Repeat("y", 1<<16)
	text := cell.Clean(big[1<<16 : len(big)-1<<16])
	inside := func(s string) bool {
		if s == "" {
			return false
		}
		p, lo := unsafe.StringData(s), unsafe.StringData(big)
		return uintptr(unsafe.Pointer(p)) >= uintptr(unsafe.Pointer(lo)) && uintptr(unsafe.Pointer(p)) < uintptr(unsafe.Pointer(lo))+uintptr(len(big))
	}
	classifyText(text)
	c := classifyText(text) // as remembered
	if c.header != "Tingkat Kematangan Verifikasi 2031" || c.kind != KindVerified {
		t.Fatalf("classified as %q, %q", c.header, c.kind)
	}
	if inside(c.header) || inside(c.why) {
		t.Errorf("the remembered classification holds on to its text")
	}
	word := text[:len("tingkat")]
	k, _ := worded.Keep(whyKey{why: "is a level", word: word}, "")
	if inside(k.word) {
		t.Errorf("a remembered why holds on to the word it was cut from")
	}
}
