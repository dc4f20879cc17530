//go:build !amd64

package scan

// jsonMasks returns the masks of the 128 bytes at b[0] (see blockMasks);
// b must hold at least maskRead bytes.
func jsonMasks(b []byte) (quote, stop, text [2]uint64) { return jsonMasksSWAR(b) }
