//go:build !amd64

package scan

// indexCodeWide looks for "code" as indexCode does, at the first done
// indexes of b, and returns where it is (-1 if not there) and done.
func indexCodeWide(b []byte) (i, done int) { return indexCodeSWAR(b) }
