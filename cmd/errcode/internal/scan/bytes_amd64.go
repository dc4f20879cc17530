package scan

import "golang.org/x/sys/cpu"

// indexCodeAVX2 returns the index of the first "code", in any letter
// case, that starts in b[:len(b)-3], -1 if there is none; len(b)-3 must be
// a multiple of 32. It is in bytes_amd64.s.
//
//go:noescape
func indexCodeAVX2(b []byte) int

// indexCodeWide looks for "code" as indexCode does, at the first done
// indexes of b, 32 at a time with AVX2 where the processor has it, and
// returns where it is (-1 if not there) and done.
func indexCodeWide(b []byte) (i, done int) {
	if !cpu.X86.HasAVX2 || len(b) < 35 {
		return indexCodeSWAR(b)
	}
	done = (len(b) - 3) / 32 * 32
	return indexCodeAVX2(b[:done+3]), done
}
