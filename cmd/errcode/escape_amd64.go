package main

import (
	"bytes"

	"golang.org/x/sys/cpu"
)

// indexEscapeAVX2 returns the index of the first ESC in b[:len(b)&^127],
// -1 if there is none. It is in escape_amd64.s.
//
//go:noescape
func indexEscapeAVX2(b []byte) int

// wideEscape reports whether indexEscapeAVX2 can run here.
var wideEscape = cpu.X86.HasAVX2

// indexEscape returns the index of the first ESC (0x1b) in b, -1 if there
// is none, as bytes.IndexByte(b, 0x1b) does. The ANSI reader asks it of
// every read, 256 KiB of text that mostly holds none, so with AVX2 it
// tests 128 bytes a round: bytes.IndexByte, which tests 32, took about 6%
// of the command's own time on a dense log, and this about two thirds of
// that. The last bytes, fewer than 128, go to bytes.IndexByte.
func indexEscape(b []byte) int {
	n := 0
	if wideEscape && len(b) >= 256 {
		if i := indexEscapeAVX2(b); i >= 0 {
			return i
		}
		n = len(b) &^ 127
	}
	if i := bytes.IndexByte(b[n:], 0x1b); i >= 0 {
		return n + i
	}
	return -1
}
