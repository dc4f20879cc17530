package ascii

import (
	"math"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEqualFold(t *testing.T) {
	tests := []struct {
		s, t string
		want bool
	}{
		{"OK", "ok", true},
		{"ok", "OK", true},
		{"Ok", "oK", true},
		{"", "", true},
		{"ok", "okay", false},
		{"okay", "ok", false},
		{"\u212a", "k", false}, // Kelvin sign: no Unicode folding
		{"\u017f", "s", false}, // long s
		{"[", "{", false},      // 0x5b and 0x7b differ by 0x20 but are not letters
		{"@", "`", false},
		{"错误", "错误", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, EqualFold(tt.s, tt.t), "EqualFold(%q, %q)", tt.s, tt.t)
		assert.Equal(t, tt.want, EqualFold([]byte(tt.s), tt.t), "EqualFold([]byte(%q), %q)", tt.s, tt.t)
	}
}

func TestHasPrefixFold(t *testing.T) {
	tests := []struct {
		s, prefix string
		want      bool
	}{
		{"ErrorCode: 1", "errorcode", true},
		{"ERRORCODE", "errorcode", true},
		{"Error", "errorcode", false},
		{"anything", "", true},
		{"{x", "[x", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, HasPrefixFold(tt.s, tt.prefix), "HasPrefixFold(%q, %q)", tt.s, tt.prefix)
		assert.Equal(t, tt.want, HasPrefixFold([]byte(tt.s), tt.prefix), "bytes %q", tt.s)
	}
}

func TestParseCode(t *testing.T) {
	tests := []struct {
		in   string
		want int32
		ok   bool
	}{
		{"0", 0, true},
		{"70001", 70001, true},
		{"-302", -302, true},
		{"2147483647", math.MaxInt32, true},
		{"-2147483648", math.MinInt32, true},
		{"2147483648", 0, false},
		{"-2147483649", 0, false},
		{"99999999999", 0, false},
		{"007", 0, false},
		{"-0", 0, true},
		{"", 0, false},
		{"-", 0, false},
		{"+1", 0, false},
		{"1.5", 0, false},
		{"1e3", 0, false},
		{" 1", 0, false},
		{`"1"`, 0, false},
		{"１２", 0, false}, // full-width digits are not ASCII digits
	}
	for _, tt := range tests {
		n, ok := ParseCode(tt.in)
		assert.Equal(t, tt.ok, ok, "ParseCode(%q) ok", tt.in)
		assert.Equal(t, tt.want, n, "ParseCode(%q)", tt.in)
		nb, okb := ParseCode([]byte(tt.in))
		assert.Equal(t, ok, okb, "bytes %q", tt.in)
		assert.Equal(t, n, nb, "bytes %q", tt.in)
	}
}

// TestParseCodeMatchesStrconv checks ParseCode against strconv on every
// number near the int32 edges and on a spread of ordinary codes.
func TestParseCodeMatchesStrconv(t *testing.T) {
	var inputs []int64
	for d := int64(-3); d <= 3; d++ {
		inputs = append(inputs, math.MaxInt32+d, math.MinInt32+d)
	}
	for v := int64(-20000); v <= 200000; v += 997 {
		inputs = append(inputs, v)
	}
	for _, v := range inputs {
		s := strconv.FormatInt(v, 10)
		n, ok := ParseCode(s)
		fits := v == int64(int32(v))
		assert.Equal(t, fits, ok, s)
		if fits {
			assert.Equal(t, int32(v), n, s)
		}
	}
}

func TestNoAllocations(t *testing.T) {
	b := []byte("70001")
	allocs := testing.AllocsPerRun(100, func() {
		_, _ = ParseCode(b)
		_ = EqualFold(b, "70001")
		_ = HasPrefixFold("ErrorCode", "errorcode")
	})
	assert.Zero(t, allocs)
}
