package gen

import (
	"fmt"
	"math/big"
	"reflect"
	"unsafe"

	"github.com/spbe-id/spbe/pkg/rubric"
)

// Equal reports the first difference between two rubrics, or nil when
// they are the same: every field, exported or not, equal; every *big.Rat
// the same number; nil and empty slices and maps told apart; and pointers
// shared alike (where a's indicator points to the scale in a's Scales, b's
// points to the one at the same place in b's).
func Equal(a, b *rubric.Rubric) error {
	c := &comparer{ab: map[unsafe.Pointer]unsafe.Pointer{}, ba: map[unsafe.Pointer]unsafe.Pointer{}}
	return c.equal("Rubric", reflect.ValueOf(a), reflect.ValueOf(b))
}

type comparer struct {
	// ab and ba pair the pointers met so far, both ways.
	ab, ba map[unsafe.Pointer]unsafe.Pointer
}

func (c *comparer) equal(path string, a, b reflect.Value) error {
	a, b = readable(a), readable(b)
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return fmt.Errorf("%s: %s against %s", path, nilness(a), nilness(b))
			}
			return nil
		}
		if a.Type().Elem() == ratType {
			x, y := a.Interface().(*big.Rat), b.Interface().(*big.Rat)
			if x.Cmp(y) != 0 {
				return fmt.Errorf("%s: %s against %s", path, x.RatString(), y.RatString())
			}
			return nil
		}
		pa, pb := a.UnsafePointer(), b.UnsafePointer()
		qb, seenA := c.ab[pa]
		qa, seenB := c.ba[pb]
		if seenA || seenB {
			if qb != pb || qa != pa {
				return fmt.Errorf("%s: points elsewhere in the one than in the other", path)
			}
			return nil
		}
		c.ab[pa], c.ba[pb] = pb, pa
		return c.equal(path, a.Elem(), b.Elem())
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if err := c.equal(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i)); err != nil {
				return err
			}
		}
		return nil
	case reflect.Slice, reflect.Map:
		if a.IsNil() != b.IsNil() {
			return fmt.Errorf("%s: %s against %s", path, nilness(a), nilness(b))
		}
		if a.Len() != b.Len() {
			return fmt.Errorf("%s: %d elements against %d", path, a.Len(), b.Len())
		}
		if a.Kind() == reflect.Map {
			for _, k := range sortedKeys(a) {
				bv := b.MapIndex(k)
				if !bv.IsValid() {
					return fmt.Errorf("%s[%v]: missing from the second", path, k)
				}
				if err := c.equal(fmt.Sprintf("%s[%v]", path, k), a.MapIndex(k), bv); err != nil {
					return err
				}
			}
			return nil
		}
		fallthrough
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if err := c.equal(fmt.Sprintf("%s[%d]", path, i), a.Index(i), b.Index(i)); err != nil {
				return err
			}
		}
		return nil
	case reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return fmt.Errorf("%s: cannot compare a %s", path, a.Kind())
	}
	if !a.Equal(b) {
		return fmt.Errorf("%s: %#v against %#v", path, a.Interface(), b.Interface())
	}
	return nil
}

func nilness(v reflect.Value) string {
	if v.IsNil() {
		return "nil"
	}
	if v.Kind() == reflect.Pointer {
		return "set"
	}
	return fmt.Sprintf("%d elements", v.Len())
}
