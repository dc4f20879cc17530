package main

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/internal/codedoc"
	"github.com/errcode-im/errcode/internal/gentest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const root = "../.."

// TestGeneratedTableIsCurrent fails when a doc comment changed without
// running go generate.
func TestGeneratedTableIsCurrent(t *testing.T) {
	gentest.Current(t, root, Output, Generate)
}

// TestPerfectHash checks that every listed code has a slot of its own,
// starting the search from the multiplier in ztable.go (which keeps the test
// quick) and from none, with a small table that is quick to search.
func TestPerfectHash(t *testing.T) {
	entries, err := parse(root)
	require.NoError(t, err)
	hint := previousMul(root)
	assert.NotZero(t, hint, "ztable.go names its multiplier")
	mul, bits, slots, err := perfectHash(entries, hint)
	require.NoError(t, err)
	assert.Equal(t, hint, mul, "the multiplier in ztable.go is still perfect")
	assert.Equal(t, uint(minSlotBits), bits)
	assert.Len(t, slots, 1<<bits)
	for i, e := range entries {
		assert.Equal(t, uint16(i+1), slots[uint32(int32(e.Value))*mul>>(32-bits)], "%s has its own slot", e.Name)
	}
}

// TestPerfectHashSearch runs the search without a hint over a few codes,
// including 0 and a negative one, and checks each has its own slot.
func TestPerfectHashSearch(t *testing.T) {
	var entries []codedoc.Record
	for _, v := range []int64{-20009, 0, 1, 2, 10010, 70001, 70002, 131005} {
		entries = append(entries, codedoc.Record{Value: v})
	}
	mul, bits, slots, err := perfectHash(entries, 0)
	require.NoError(t, err)
	assert.Equal(t, uint32(1), mul&1, "the multiplier is odd")
	seen := map[uint32]bool{}
	for i, e := range entries {
		h := uint32(int32(e.Value)) * mul >> (32 - bits)
		assert.False(t, seen[h], "%d shares slot %d", e.Value, h)
		seen[h] = true
		assert.Equal(t, uint16(i+1), slots[h])
	}
}

// TestSlotsAgreeWithTable checks the hash tables gentable writes against
// the table it writes, through the methods that read them: for every listed
// code, the numbers next to it, the bounds of the ranges and the ends of
// int32, Retry, Category and Retryable agree with Describe, and Name with
// Lookup (or is "Code(N)" for a number that is not listed).
func TestSlotsAgreeWithTable(t *testing.T) {
	numbers := []errcode.Code{0, -1, 1, math.MinInt32, math.MaxInt32,
		37999, 38000, 39000, 39001, 69999, 70000, 70999, 71000, 120000, 120001, 130000, 130001}
	for c := range errcode.All() {
		numbers = append(numbers, c, c-1, c+1, -c)
	}
	for _, c := range numbers {
		d := errcode.Describe(c)
		assert.Equal(t, d.Retry, c.Retry(), "Retry of %d", c)
		assert.Equal(t, d.Category, c.Category(), "Category of %d", c)
		//lint:ignore SA1019 the deprecated method reads a table of its own
		assert.Equal(t, d.Retry.Recoverable(), c.Retryable(), "Retryable of %d", c)
		info, ok := errcode.Lookup(c)
		assert.Equal(t, ok, info.Code == c && c != 0, "Lookup of %d", c)
		if ok {
			assert.Equal(t, info.Name, c.Name())
		} else {
			assert.Equal(t, errcode.Info{}, info, "Lookup of unlisted %d", c)
			assert.Equal(t, "Code("+strconv.Itoa(int(c))+")", c.Name())
		}
	}
}

// TestGenerateRejects checks that Generate writes nothing for a package
// without codes or with a malformed one; internal/codedoc's tests check
// each flaw of the format.
func TestGenerateRejects(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"no codes", "package errcode\n", "no code constants found"},
		{"undocumented code", "package errcode\n\nconst GroupX Code = 10999\n", "group.go:3: GroupX: no doc comment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "group.go"), []byte(tt.src), 0o644))
			src, err := Generate(dir)
			assert.ErrorContains(t, err, tt.want)
			assert.Nil(t, src)
		})
	}
}
