package scan

import "golang.org/x/sys/cpu"

// indexTextAVX2 returns the index of the first byte in b[:len(b)-3] where
// what indexText looks for starts, -1 if there is none; len(b)-3 must be a
// multiple of 32. It is in bytes_amd64.s.
//
//go:noescape
func indexTextAVX2(b []byte) int

// indexTextWide looks for what indexText looks for, at the first done
// indexes of b, 32 at a time with AVX2 where the processor has it, and
// returns where it is (-1 if not there) and done.
func indexTextWide(b []byte) (i, done int) {
	if !cpu.X86.HasAVX2 || len(b) < 35 {
		return indexTextSWAR(b)
	}
	done = (len(b) - 3) / 32 * 32
	return indexTextAVX2(b[:done+3]), done
}

// indexDetailKeyAVX2 returns the index of the first byte in b[:len(b)-2]
// where what indexDetailKey looks for starts, -1 if there is none;
// len(b)-2 must be a multiple of 32. It is in bytes_amd64.s.
//
//go:noescape
func indexDetailKeyAVX2(b []byte) int

// indexDetailKeyWide looks for what indexDetailKey looks for, at the
// first done indexes of b, 32 at a time with AVX2 where the processor has
// it, and returns where it is (-1 if not there) and done.
func indexDetailKeyWide(b []byte) (i, done int) {
	if !cpu.X86.HasAVX2 || len(b) < 34 {
		return -1, 0
	}
	done = (len(b) - 2) / 32 * 32
	return indexDetailKeyAVX2(b[:done+2]), done
}
