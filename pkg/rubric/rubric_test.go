package rubric_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// Every built-in rubric loads and validates.
func TestBuiltinsAreValid(t *testing.T) {
	names := rubric.Builtins()
	if len(names) == 0 {
		t.Fatal("no built-in rubrics")
	}
	for _, name := range names {
		if _, err := rubric.Builtin(name); err != nil {
			t.Errorf("built-in %s: %v", name, err)
		}
	}
}

// Each testdata/valid-*.yaml loads; each testdata/invalid-*.yaml fails with
// exactly the problems listed in the .errors file beside it.
func TestFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, f := range files {
		base := filepath.Base(f)
		t.Run(base, func(t *testing.T) {
			_, err := rubric.Load(f, 0)
			if strings.HasPrefix(base, "valid-") {
				if err != nil {
					t.Fatalf("a valid rubric failed to load: %v", err)
				}
				return
			}
			var re *rubric.Error
			if !errors.As(err, &re) {
				t.Fatalf("want a *rubric.Error, got %v", err)
			}
			want, rerr := os.ReadFile(strings.TrimSuffix(f, ".yaml") + ".errors")
			if rerr != nil {
				t.Fatal(rerr)
			}
			if got := err.Error() + "\n"; got != string(want) {
				t.Errorf("problems:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestOpenResolvesNamesAndPaths(t *testing.T) {
	r, err := rubric.Open("", 0)
	if err != nil || r.ID != rubric.Default {
		t.Fatalf("default rubric: %v, %v", r, err)
	}
	if _, err := rubric.Open("spbe-1999", 0); err == nil || !strings.Contains(err.Error(), "no built-in rubric") {
		t.Errorf("unknown built-in name: %v", err)
	}
	if r, err := rubric.Open("testdata/valid-no-domains.yaml", 0); err != nil || r.HasDomains() {
		t.Errorf("a path: %v", err)
	}
}

func TestLoadRefusesAnOversizedFile(t *testing.T) {
	_, err := rubric.Load("testdata/valid-no-domains.yaml", 100)
	if err == nil || !strings.Contains(err.Error(), "--max-rubric-size") {
		t.Errorf("want a size-limit error naming the flag, got %v", err)
	}
}

// ParseDecimal reads the decimals people write, exactly, and nothing else:
// strconv and big.Rat would also read hexadecimal floats ("0x1p-9999999"
// is a ten-million-bit fraction) and underscores.
func TestParseDecimal(t *testing.T) {
	tests := []struct {
		name, in, want string // want "" for not a number
	}{
		{"a whole number", "3", "3"},
		{"decimals", "1.30", "13/10"},
		{"a decimal comma", "2,75", "11/4"},
		{"a point with nothing after it", "3.", "3"},
		{"a point with nothing before it", ".5", "1/2"},
		{"a sign", "-1.5", "-3/2"},
		{"spaces around", " 4 ", "4"},
		{"a hexadecimal float", "0x3p0", ""},
		{"a binary exponent that would take megabytes", "0x1p-9999999", ""},
		{"a decimal exponent", "1e3", ""},
		{"underscores", "1_0", ""},
		{"a binary integer", "0b11", ""},
		{"infinity", "Inf", ""},
		{"a fraction", "1/3", ""},
		{"two points", "1.2.3", ""},
		{"empty", "", ""},
		{"more than 64 characters", "0." + strings.Repeat("0", 62) + "1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, ok := rubric.ParseDecimal(tt.in)
			switch {
			case tt.want == "" && ok:
				t.Errorf("ParseDecimal(%q) = %s, want not a number", tt.in, x.RatString())
			case tt.want != "" && !ok:
				t.Errorf("ParseDecimal(%q) is not a number, want %s", tt.in, tt.want)
			case ok && x.RatString() != tt.want:
				t.Errorf("ParseDecimal(%q) = %s, want %s", tt.in, x.RatString(), tt.want)
			}
		})
	}
}
