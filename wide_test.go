package errcode_test

import (
	"math"
	"testing"
)

// Numbers outside int32 for the cases that check how FromResponse,
// FromError and the other entry points that take an int treat them. An
// int holds them only where it has 64 bits; where it has 32 (386, arm),
// the constants stay inside int32 so that the tests compile, and the
// cases that need a number outside it skip (see needWideInt).
const (
	// wideInt is 1 where int has 64 bits and 0 where it has 32.
	wideInt = math.MaxInt >> 62 & 1
	// aboveInt32 is 2147483648, belowInt32 -2147483649 and farAboveInt32
	// 1<<40 where int has 64 bits; each is an int32 limit where it has 32.
	aboveInt32    = math.MaxInt32 + wideInt
	belowInt32    = math.MinInt32 - wideInt
	farAboveInt32 = math.MaxInt32 + wideInt*(1<<40-math.MaxInt32)
)

// needWideInt skips a case that needs an int outside int32 where int has
// 32 bits.
func needWideInt(t *testing.T) {
	t.Helper()
	if wideInt == 0 {
		t.Skip("int has 32 bits here: no int is outside int32")
	}
}
