//go:build !amd64

package scan

// indexTextLinesWide looks for what indexText looks for, at the first
// done indexes of b, and returns where it is (-1 if not there), done, and
// the newlines before it; see indexTextLinesSWAR.
func indexTextLinesWide(b []byte) (i, done, lines int) { return indexTextLinesSWAR(b) }

// indexDetailKeyWide looks for what indexDetailKey looks for at none of
// the indexes of b: without AVX2, indexDetailKeySWAR does it all.
func indexDetailKeyWide(b []byte) (i, done int) { return -1, 0 }
