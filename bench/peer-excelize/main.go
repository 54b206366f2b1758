// Command peer-excelize is the benchmark's Go peer: what a Go programmer
// would write to score a folder of answer sheets with excelize instead of
// using spbe. It reads the indicator weights and the predicate bands from
// the rubric YAML, opens each .xlsx with excelize.OpenFile, reads every
// worksheet with GetRows until one has a header row (an indicator-number
// column and a level column) in its first 30 rows, and sums weight × level
// over the 47 indicators. Sheets are scored by one goroutine per core, as
// spbe does.
//
// The weights are decimals ("1.30"), kept exact as big.Rat from the YAML
// text, so its index can be checked against spbe's exactly. It prints, in
// file order, one line per sheet: file, exact index as a fraction, and
// predicate, tab-separated; a sheet it cannot score is reported on
// standard error and makes it exit 1.
//
// Usage: go run ./bench/peer-excelize [-rubric rubric/spbe-2020.yaml] DIR
package main

import (
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"
)

// rubricFile is the part of the rubric YAML the peer needs. Weights and
// bounds are read as text so that they stay exact decimals.
type rubricFile struct {
	Predicates []struct {
		Name string `yaml:"name"`
		From string `yaml:"from"`
	} `yaml:"predicates"`
	Domains []struct {
		Aspects []struct {
			Indicators []struct {
				ID     string `yaml:"id"`
				Weight string `yaml:"weight"`
			} `yaml:"indicators"`
		} `yaml:"aspects"`
	} `yaml:"domains"`
}

type band struct {
	name string
	from *big.Rat
}

type rubric struct {
	weights map[int]*big.Rat // indicator number → weight in percent
	bands   []band           // ascending lower bounds
}

func loadRubric(path string) (*rubric, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f rubricFile
	if err := yaml.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	r := &rubric{weights: map[int]*big.Rat{}}
	for _, d := range f.Domains {
		for _, a := range d.Aspects {
			for _, in := range a.Indicators {
				id, err := strconv.Atoi(in.ID)
				if err != nil {
					return nil, fmt.Errorf("%s: indicator id %q is not a number", path, in.ID)
				}
				w, ok := new(big.Rat).SetString(in.Weight)
				if !ok {
					return nil, fmt.Errorf("%s: indicator %s: weight %q", path, in.ID, in.Weight)
				}
				r.weights[id] = w
			}
		}
	}
	for _, p := range f.Predicates {
		from, ok := new(big.Rat).SetString(p.From)
		if !ok {
			return nil, fmt.Errorf("%s: predicate %s: bound %q", path, p.Name, p.From)
		}
		r.bands = append(r.bands, band{p.Name, from})
	}
	sort.Slice(r.bands, func(i, j int) bool { return r.bands[i].from.Cmp(r.bands[j].from) < 0 })
	if len(r.weights) == 0 || len(r.bands) == 0 {
		return nil, fmt.Errorf("%s: no indicators or no predicates", path)
	}
	return r, nil
}

var (
	idHeader    = regexp.MustCompile(`(?i)^\s*(no\.?|nomor|id|kode)\s*$`)
	levelHeader = regexp.MustCompile(`(?i)tingkat|level|nilai|skor`)
)

// findHeader returns the header row and the id and level columns.
func findHeader(rows [][]string) (row, idCol, levelCol int, ok bool) {
	for r, cells := range rows[:min(len(rows), 30)] {
		idCol, levelCol = -1, -1
		for c, v := range cells {
			if idCol < 0 && idHeader.MatchString(v) {
				idCol = c
			} else if levelCol < 0 && levelHeader.MatchString(v) {
				levelCol = c
			}
		}
		if idCol >= 0 && levelCol >= 0 {
			return r, idCol, levelCol, true
		}
	}
	return 0, 0, 0, false
}

// score scores one sheet: its exact index and predicate.
func (rb *rubric) score(path string) (*big.Rat, string, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil {
			return nil, "", err
		}
		h, idCol, levelCol, ok := findHeader(rows)
		if !ok {
			continue
		}
		levels := map[int]int64{}
		for _, cells := range rows[h+1:] {
			if idCol >= len(cells) {
				continue
			}
			id, err := strconv.Atoi(strings.TrimSpace(cells[idCol]))
			if err != nil || rb.weights[id] == nil {
				continue
			}
			lv := ""
			if levelCol < len(cells) {
				lv = strings.TrimSpace(cells[levelCol])
			}
			l, err := strconv.Atoi(lv)
			if err != nil || l < 1 || l > 5 {
				return nil, "", fmt.Errorf("%s: indicator %d: level %q", name, id, lv)
			}
			levels[id] = int64(l)
		}
		if len(levels) != len(rb.weights) {
			return nil, "", fmt.Errorf("%s: %d of %d indicators", name, len(levels), len(rb.weights))
		}
		sum := new(big.Rat)
		for id, w := range rb.weights {
			sum.Add(sum, new(big.Rat).Mul(w, new(big.Rat).SetInt64(levels[id])))
		}
		index := sum.Quo(sum, big.NewRat(100, 1))
		pred := rb.bands[0].name
		for _, b := range rb.bands {
			if index.Cmp(b.from) >= 0 {
				pred = b.name
			}
		}
		return index, pred, nil
	}
	return nil, "", fmt.Errorf("no answer table found")
}

func main() {
	rubricPath := flag.String("rubric", "rubric/spbe-2020.yaml", "rubric YAML `file`")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: peer-excelize [-rubric FILE] DIR")
		os.Exit(2)
	}
	rb, err := loadRubric(*rubricPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "peer-excelize:", err)
		os.Exit(1)
	}
	entries, err := os.ReadDir(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "peer-excelize:", err)
		os.Exit(1)
	}
	var files []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".xlsx") {
			files = append(files, e.Name())
		}
	}
	lines := make([]string, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	failed := false
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				index, pred, err := rb.score(filepath.Join(flag.Arg(0), files[i]))
				if err != nil {
					mu.Lock()
					fmt.Fprintf(os.Stderr, "%s: %v\n", files[i], err)
					failed = true
					mu.Unlock()
					continue
				}
				lines[i] = files[i] + "\t" + index.RatString() + "\t" + pred + "\n"
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for _, l := range lines {
		os.Stdout.WriteString(l)
	}
	if failed {
		os.Exit(1)
	}
}
