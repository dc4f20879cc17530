//go:build !amd64

package main

import "bytes"

// indexEscape returns the index of the first ESC (0x1b) in b, -1 if there
// is none: bytes.IndexByte, where there is no wider search.
func indexEscape(b []byte) int {
	return bytes.IndexByte(b, 0x1b)
}
