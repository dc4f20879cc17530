package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIndexEscape places one ESC at every place a round of the wide
// search treats apart: each 32-byte quarter of a 128-byte round, the
// first and last byte of a round, the round after, and the tail past the
// last whole round that bytes.IndexByte looks at; and none at all.
func TestIndexEscape(t *testing.T) {
	text := []byte(strings.Repeat("2024-05-01 ERROR code=70001 tooks=3ms\n", 20)) // 760 bytes
	tests := []struct {
		name string
		size int
		at   []int // where ESCs go
	}{
		{"none, short", 10, nil},
		{"none, one round and a tail", 255, nil},
		{"none, long", 760, nil},
		{"short", 100, []int{99}},
		{"first byte", 256, []int{0}},
		{"each quarter", 512, []int{40, 70, 100}},
		{"second half of a round", 512, []int{64 + 31}},
		{"last byte of a round", 512, []int{127}},
		{"second round", 512, []int{128 + 97}},
		{"the first of two", 512, []int{300, 200}},
		{"in the tail", 700, []int{699}},
		{"tail, after a whole round", 256 + 127, []int{256 + 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := bytes.Clone(text[:tt.size])
			for _, i := range tt.at {
				b[i] = 0x1b
			}
			want := bytes.IndexByte(b, 0x1b)
			if tt.at != nil {
				assert.Equal(t, min(tt.at[0], tt.at[len(tt.at)-1]), want, "the test's own expectation")
			} else {
				assert.Equal(t, -1, want)
			}
			assert.Equal(t, want, indexEscape(b))
		})
	}
}

// FuzzIndexEscape holds indexEscape to bytes.IndexByte on any input, with
// ESCs set at the places the fuzzer picks in a copy at least 256 bytes
// long, so that the wide search runs.
func FuzzIndexEscape(f *testing.F) {
	f.Add([]byte("ErrorCode\x1b[31m: 70001\x1b[0m"), uint16(0), uint16(300))
	f.Add([]byte(strings.Repeat("x", 400)), uint16(127), uint16(128))
	f.Fuzz(func(t *testing.T, data []byte, i, j uint16) {
		if got, want := indexEscape(data), bytes.IndexByte(data, 0x1b); got != want {
			t.Fatalf("indexEscape = %d, bytes.IndexByte = %d", got, want)
		}
		long := append(bytes.Repeat([]byte{'.'}, 256), data...)
		for _, k := range []uint16{i, j} {
			if int(k) < len(long) {
				long[k] = 0x1b
			}
		}
		if got, want := indexEscape(long), bytes.IndexByte(long, 0x1b); got != want {
			t.Fatalf("long: indexEscape = %d, bytes.IndexByte = %d", got, want)
		}
	})
}
