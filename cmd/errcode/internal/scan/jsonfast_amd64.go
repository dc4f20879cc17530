package scan

import "golang.org/x/sys/cpu"

// jsonMasksAVX2 is jsonMasks with AVX2, on the maskRead bytes at p. It is
// in jsonfast_amd64.s.
//
//go:noescape
func jsonMasksAVX2(p *byte, m *maskPair)

// jsonMasks sets m to the masks of the 128 bytes at b[0] (see
// blockMasks); b must hold at least maskRead bytes. It uses AVX2 where
// the processor has it.
func jsonMasks(b []byte, m *maskPair) {
	if !cpu.X86.HasAVX2 {
		m.quote, m.stop, m.text = jsonMasksSWAR(b)
		return
	}
	_ = b[maskRead-1]
	jsonMasksAVX2(&b[0], m)
}
