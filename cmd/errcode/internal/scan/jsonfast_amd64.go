package scan

import "golang.org/x/sys/cpu"

// jsonMasksAVX2 is jsonMasks with AVX2, on the 66 bytes at p. It is in
// jsonfast_amd64.s.
//
//go:noescape
func jsonMasksAVX2(p *byte) (quote, stop, text uint64)

// jsonMasks returns the masks of the 64 bytes at b[0] (see blockMasks);
// b must hold at least maskRead bytes. It uses AVX2 where the processor
// has it.
func jsonMasks(b []byte) (quote, stop, text uint64) {
	if !cpu.X86.HasAVX2 {
		return jsonMasksSWAR(b)
	}
	_ = b[maskRead-1]
	return jsonMasksAVX2(&b[0])
}
