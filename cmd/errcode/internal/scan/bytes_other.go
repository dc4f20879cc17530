//go:build !amd64

package scan

// indexTextLinesWide looks for what indexText looks for, at the first
// done indexes of b, and returns where it is (-1 if not there), done, the
// newlines before it (see indexTextLinesSWAR), and i again: it knows of
// no stretch without a newline after i.
func indexTextLinesWide(b []byte) (i, done, lines, clear int) {
	i, done, lines = indexTextLinesSWAR(b)
	return i, done, lines, i
}

// indexDetailKeyWide looks for what indexDetailKey looks for at none of
// the indexes of b: without AVX2, indexDetailKeySWAR does it all.
func indexDetailKeyWide(b []byte) (i, done int) { return -1, 0 }

// wideText reports whether the AVX2 text search runs: never here.
const wideText = false

// indexTextLinesAVX2 is what the amd64 search returns, for textCandidate
// to call under wideText, which is false here: it is never called, and
// gives the same answers from the portable search. It looks at the starts
// in b[:len(b)-3] (len(b) is at least 4) and counts the newlines there,
// and knows of no stretch without a newline after what it finds.
func indexTextLinesAVX2(b []byte) (i, lines, clear int) {
	i, lines, _ = indexTextLines(b)
	if i < 0 {
		return -1, lines - countNewlines(b[len(b)-3:]), 0
	}
	if i >= len(b)-3 {
		return -1, lines, 0
	}
	return i, lines, i
}
