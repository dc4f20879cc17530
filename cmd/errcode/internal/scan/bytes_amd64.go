package scan

import "golang.org/x/sys/cpu"

// indexTextLinesAVX2 returns the index of the first byte in b[:len(b)-3]
// where what indexText looks for starts, -1 if there is none, and the
// number of newlines before it (in all of b[:len(b)-3] if there is none);
// len(b) must be at least 4. Below 35 it reads up to 35 bytes from
// b's start, or up to b's end, whichever stays in the memory page that
// b's first or last byte is in. It is in bytes_amd64.s.
//
// When it finds something at i, it also returns clear, at least i, such
// that b[i:clear] holds no newline: the first newline from i before the
// end of the second 64-byte round after the one i is in (rounds start
// every 64 bytes from b's start), or that end, if b holds it; else the
// first newline in the rest of the round of 32 or 64 bytes that i is in,
// or that round's end. In a long b that reaches 128 bytes past i or
// more: mostly the rest of the line, where the JSON body or mention
// found is read next and its code asks for a line number, which with
// clear needs no count.
//
//go:noescape
func indexTextLinesAVX2(b []byte) (i, lines, clear int)

// wideText reports whether indexTextLinesAVX2 can run here: it needs
// POPCNT, BMI1 and BMI2 besides AVX2, which every processor with AVX2
// has.
var wideText = cpu.X86.HasAVX2 && cpu.X86.HasPOPCNT && cpu.X86.HasBMI1 && cpu.X86.HasBMI2

// indexTextLinesWide looks for what indexText looks for, at the first
// done indexes of b, 32 or 64 at a time with AVX2 where the processor has
// it, and returns where it is (-1 if not there), done, the number of
// newlines in b before where it is (before done if not there), and, if
// it is there, an index clear with no newline in b[i:clear]. With AVX2,
// done is all but the last three indexes, where only a part of what it
// looks for fits, so that the byte-at-a-time loop after it has little to
// do: even for short inputs, as the JSON strings whose content is
// searched before it is scanned mostly are.
func indexTextLinesWide(b []byte) (i, done, lines, clear int) {
	if !wideText || len(b) < 4 {
		i, done, lines = indexTextLinesSWAR(b)
		return i, done, lines, i
	}
	i, lines, clear = indexTextLinesAVX2(b)
	return i, len(b) - 3, lines, clear
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
