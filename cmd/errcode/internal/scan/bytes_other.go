//go:build !amd64

package scan

// indexTextWide looks for what indexText looks for, at the first done
// indexes of b, and returns where it is (-1 if not there) and done.
func indexTextWide(b []byte) (i, done int) { return indexTextSWAR(b) }
