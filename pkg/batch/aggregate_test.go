package batch_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/spbe-id/spbe/pkg/batch"
	"github.com/spbe-id/spbe/pkg/doc"
	"github.com/spbe-id/spbe/pkg/rat64"
	"github.com/spbe-id/spbe/pkg/rubric"
	"github.com/spbe-id/spbe/pkg/score"
)

const miniYAML = `
id: mini
title: Indeks Mini
version: "1"
status: official
target_level: 3
rounding: {decimals: 2}
scales:
  - id: s
    name: Skala
    levels:
      - {value: 1, label: Satu}
      - {value: 2, label: Dua}
      - {value: 3, label: Tiga}
      - {value: 4, label: Empat}
      - {value: 5, label: Lima}
predicates:
  - {name: Rendah, from: 1, to: 3}
  - {name: Tinggi, from: 3, to: 5}
aspects:
  - id: X1
    name: Aspek Satu
    weight: 100
    indicators:
      - {id: "1", name: Satu, weight: 50}
      - {id: "2", name: Dua, weight: 50}
`

func mini(t *testing.T) *rubric.Rubric {
	t.Helper()
	r, err := rubric.Parse([]byte(miniYAML), "mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// entry scores two levels under the mini rubric.
func entry(t *testing.T, r *rubric.Rubric, name string, l1, l2 int) *doc.Entry {
	t.Helper()
	res, err := score.Compute(r, score.Levels{"1": l1, "2": l2})
	if err != nil {
		t.Fatal(err)
	}
	e := batch.NewEntry(&doc.Report{Result: res})
	e.Name, e.File = name, name+".xlsx"
	return e
}

func ranks(rs []doc.Ranked) string {
	s := ""
	for _, r := range rs {
		s += fmt.Sprintf("%d %s; ", r.Rank, r.Name)
	}
	return s
}

func TestRankingSharesRanksOnlyForEqualExactIndices(t *testing.T) {
	r := mini(t)
	b := &doc.Batch{Rubric: r, Entries: []*doc.Entry{
		entry(t, r, "Dinas D", 2, 2), // 2
		entry(t, r, "dinas b", 3, 2), // 2.5
		entry(t, r, "Dinas A", 3, 3), // 3
		entry(t, r, "Dinas C", 2, 3), // 2.5, listed after "dinas b" by name whatever the case
		entry(t, r, "Dinas E", 1, 1), // 1
	}}
	got := ranks(batch.Aggregate(b).Ranking)
	want := "1 Dinas A; 2 dinas b; 2 Dinas C; 4 Dinas D; 5 Dinas E; "
	if got != want {
		t.Errorf("ranking:\n got %s\nwant %s", got, want)
	}
}

func TestRankingDoesNotTieIndicesThatOnlyPrintAlike(t *testing.T) {
	r := mini(t)
	a, c := entry(t, r, "A", 3, 3), entry(t, r, "B", 3, 3)
	c.Index = rat64.Of(big.NewRat(29995, 10000)) // prints 3,00 like A's 3 but is below it
	b := &doc.Batch{Rubric: r, Entries: []*doc.Entry{c, a}}
	if got, want := ranks(batch.Aggregate(b).Ranking), "1 A; 2 B; "; got != want {
		t.Errorf("ranking: got %s, want %s", got, want)
	}
}

func TestIndicatorStatsAreExact(t *testing.T) {
	r := mini(t)
	for _, tc := range []struct {
		name            string
		levels          []int
		mean, median    string
		min, max, below int
		counts          []int
	}{
		{"an odd count takes the middle level", []int{5, 1, 3}, "3", "3", 1, 5, 1, []int{1, 0, 1, 0, 1}},
		{"an even count takes the mean of the two middle levels", []int{1, 2, 2, 5}, "5/2", "2", 1, 5, 3, []int{1, 2, 0, 0, 1}},
		{"a median between two levels is a half", []int{4, 1, 2, 5}, "3", "3", 1, 5, 2, []int{1, 1, 0, 1, 1}},
		{"a mean of thirds stays exact", []int{1, 1, 2}, "4/3", "1", 1, 2, 3, []int{2, 1, 0, 0, 0}},
		{"one sheet", []int{4}, "4", "4", 4, 4, 0, []int{0, 0, 0, 1, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := &doc.Batch{Rubric: r}
			for i, v := range tc.levels {
				b.Entries = append(b.Entries, entry(t, r, fmt.Sprint(i), v, 3))
			}
			st := batch.Aggregate(b).IndicatorStats[0]
			if st.Mean.RatString() != tc.mean || st.Median.RatString() != tc.median {
				t.Errorf("mean %s median %s, want %s and %s", st.Mean.RatString(), st.Median.RatString(), tc.mean, tc.median)
			}
			if st.Min != tc.min || st.Max != tc.max || st.Below != tc.below {
				t.Errorf("min %d max %d below %d, want %d %d %d", st.Min, st.Max, st.Below, tc.min, tc.max, tc.below)
			}
			if fmt.Sprint(st.Counts) != fmt.Sprint(tc.counts) {
				t.Errorf("counts %v, want %v", st.Counts, tc.counts)
			}
		})
	}
}

func TestBandCountsAndMean(t *testing.T) {
	r := mini(t)
	b := &doc.Batch{Rubric: r, Entries: []*doc.Entry{entry(t, r, "a", 1, 2), entry(t, r, "b", 4, 4), entry(t, r, "c", 5, 5)}}
	got := ""
	for _, bc := range batch.Aggregate(b).BandCounts {
		got += fmt.Sprintf("%s %d; ", bc.Band.Name, bc.Count)
	}
	if want := "Rendah 1; Tinggi 2; "; got != want {
		t.Errorf("band counts: got %s, want %s", got, want)
	}
	if m := b.MeanIndex.RatString(); m != "7/2" { // (1,5 + 4 + 5) / 3
		t.Errorf("mean index %s, want 7/2", m)
	}
	if batch.Aggregate(&doc.Batch{Rubric: r}).MeanIndex != nil {
		t.Error("an empty batch has a mean index")
	}
}

func TestNumberComparesExactlyAsBigRatDoes(t *testing.T) {
	huge, _ := new(big.Rat).SetString("123456789012345678901234567890/7")
	values := []*big.Rat{big.NewRat(0, 1), big.NewRat(1, 3), big.NewRat(-1, 3), big.NewRat(29995, 10000), big.NewRat(3, 1),
		big.NewRat(1<<62, 3), big.NewRat(-(1 << 62), 5), big.NewRat(1<<62-1, 1<<62), big.NewRat(1, 1<<62), huge, new(big.Rat).Neg(huge)}
	for _, a := range values {
		for _, b := range values {
			na, nb := rat64.Of(a), rat64.Of(b)
			if got, want := na.Cmp(nb), a.Cmp(b); got != want {
				t.Errorf("Cmp(%s, %s) = %d, want %d", a.RatString(), b.RatString(), got, want)
			}
		}
		if got := rat64.Of(a).Rat(); got.Cmp(a) != 0 {
			t.Errorf("rat64.Of(%s).Rat() = %s", a.RatString(), got.RatString())
		}
	}
	if (rat64.Number{}).IsSet() || !rat64.Of(big.NewRat(0, 1)).IsSet() {
		t.Error("IsSet: the zero Number is set, or zero is not")
	}
}
