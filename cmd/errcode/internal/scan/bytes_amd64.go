package scan

import "golang.org/x/sys/cpu"

// indexTextLinesAVX2 returns the index of the first byte in b[:len(b)-3]
// where what indexText looks for starts, -1 if there is none, and the
// number of newlines before it (in all of b[:len(b)-3] if there is none);
// len(b) must be at least 4. Below 35 it reads up to 35 bytes from
// b's start, or up to b's end, whichever stays in the memory page that
// b's first or last byte is in. It is in bytes_amd64.s.
//
//go:noescape
func indexTextLinesAVX2(b []byte) (i, lines int)

// wideText reports whether indexTextLinesAVX2 can run here: it needs
// POPCNT besides AVX2, which every processor with AVX2 has.
var wideText = cpu.X86.HasAVX2 && cpu.X86.HasPOPCNT

// indexTextLinesWide looks for what indexText looks for, at the first
// done indexes of b, 32 or 64 at a time with AVX2 where the processor has
// it, and returns where it is (-1 if not there), done, and the number of
// newlines in b before where it is (before done if not there). With AVX2,
// done is all but the last three indexes, where only a part of what it
// looks for fits, so that the byte-at-a-time loop after it has little to
// do: even for short inputs, as the JSON strings whose content is
// searched before it is scanned mostly are.
func indexTextLinesWide(b []byte) (i, done, lines int) {
	if !wideText || len(b) < 4 {
		return indexTextLinesSWAR(b)
	}
	i, lines = indexTextLinesAVX2(b)
	return i, len(b) - 3, lines
}

// indexDetailKeyAVX2 returns the index of the first byte in b[:len(b)-2]
// where what indexDetailKey looks for starts, -1 if there is none;
// len(b)-2 must be a multiple of 32. It is in bytes_amd64.s.
//
//go:noescape
func indexDetailKeyAVX2(b []byte) int

// indexDetailKeyWide looks for what indexDetailKey looks for, at the
// first done indexes of b, 32 at a time with AVX2 where the processor has
// it, and returns where it is (-1 if not there) and done.
func indexDetailKeyWide(b []byte) (i, done int) {
	if !cpu.X86.HasAVX2 || len(b) < 34 {
		return -1, 0
	}
	done = (len(b) - 2) / 32 * 32
	return indexDetailKeyAVX2(b[:done+2]), done
}
