//go:build !amd64

package scan

// jsonMasks sets m to the masks of the 128 bytes at b[0] (see
// blockMasks); b must hold at least maskRead bytes.
func jsonMasks(b []byte, m *maskPair) { m.quote, m.stop, m.text = jsonMasksSWAR(b) }

// useAVX2 is false: there is no AVX2 search here. (On amd64 the tests
// turn it off to hold the Go search to the AVX2 one.)
var useAVX2 = false

// useWalk is false: there is no plainWalk here.
var useWalk = false

// plainWalk is never called here (useWalk is false): it takes no member.
func plainWalk(b *byte, limit, p int, bm *blockMasks, opts uint64, s *scanner, f *frame) (q int, whole bool) {
	return p, false
}
