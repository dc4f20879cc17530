package scan

import "golang.org/x/sys/cpu"

// jsonMasksAVX2 is jsonMasks with AVX2, on the maskRead bytes at p, each
// mask as two words. It is in jsonfast_amd64.s.
//
//go:noescape
func jsonMasksAVX2(p *byte) (q0, q1, s0, s1, t0, t1 uint64)

// jsonMasks returns the masks of the 128 bytes at b[0] (see blockMasks);
// b must hold at least maskRead bytes. It uses AVX2 where the processor
// has it.
func jsonMasks(b []byte) (quote, stop, text [2]uint64) {
	if !cpu.X86.HasAVX2 {
		return jsonMasksSWAR(b)
	}
	_ = b[maskRead-1]
	quote[0], quote[1], stop[0], stop[1], text[0], text[1] = jsonMasksAVX2(&b[0])
	return quote, stop, text
}
