//go:build !amd64

package scan

// jsonMasks sets m to the masks of the 128 bytes at b[0] (see
// blockMasks); b must hold at least maskRead bytes.
func jsonMasks(b []byte, m *maskPair) { m.quote, m.stop, m.text = jsonMasksSWAR(b) }
