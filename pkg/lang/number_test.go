package lang_test

import (
	"math/big"
	"testing"

	"github.com/spbe-id/spbe/pkg/lang"
	"github.com/spbe-id/spbe/pkg/rubric"
)

func rat(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return r
}

func TestNumbersPrintWithTheLanguagesDecimalSeparator(t *testing.T) {
	r, err := rubric.Builtin("spbe-2020")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, got, want string }{
		{"an index rounds half up to two decimals, with a comma in Indonesian", lang.ID.Num(r, rat("2.5995")), "2,60"},
		{"and with a point in English", lang.EN.Num(r, rat("2.5995")), "2.60"},
		{"a weight prints exactly with at least two decimals", lang.ID.Fixed(rat("1.3")), "1,30"},
		{"an exact value keeps every decimal it has", lang.ID.Precise(rat("2.1685"), 2), "2,1685"},
		{"a value with no short exact form is cut at six decimals and ends in an ellipsis", lang.EN.Precise(rat("28/11"), 2), "2.545455…"},
		{"a signed change shows its sign", lang.ID.Signed(rat("-0.125"), 2), "-0,125"},
		{"a delta is rounded like an index", lang.EN.Delta(r, rat("0.554")), "+0.55"},
		{"a rounded value for machines always has a point", lang.Rounded(r, rat("2.5995")), "2.60"},
		{"a fraction is lossless when the decimal is not", lang.Fraction(rat("28/11")), "28/11"},
		{"and a decimal when it terminates", lang.Fraction(rat("2.1685")), "2.1685"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
	if x, ok := lang.ParseFraction("28/11"); !ok || x.Cmp(rat("28/11")) != 0 {
		t.Errorf("ParseFraction(28/11) = %v, %v", x, ok)
	}
	if _, ok := lang.ParseFraction("2,5"); ok {
		t.Error("ParseFraction accepts a decimal comma, which Fraction never writes")
	}
	if f := lang.RoundedFloat(r, rat("2.5995")); f != 2.6 {
		t.Errorf("RoundedFloat = %v, want 2.6", f)
	}
}
