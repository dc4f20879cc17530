package scan

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// SWAR: eight bytes at a time, with the high bit of each byte of a mask
// set where that byte matched.
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
	low = 0x7f7f7f7f7f7f7f7f
)

// eqMask sets the high bit of each byte of w that equals c.
func eqMask(w uint64, c byte) uint64 {
	x := w ^ (lsb * uint64(c))
	return ^((x & low) + low | x | low)
}

// skipTail is how far past n textCandidate reads: the rest of a "code" or
// 错误码 that starts before n.
const skipTail = len("错误码")

// textCandidate returns the index in b of the first byte at or after
// from, and before n, where plain text may hold something: a '{' or '['
// (JSON), the first byte of 错 (0xE9 0x94) or of 返 (0xE8 0xBF), or the 'o'
// of a "code" in any letter case (whose 'c' may come before from); n if
// there is none. It reads b up to skipTail bytes past n, so that a step's
// search reads about as far as the step goes. indexTextLines does the
// search, many bytes at a time.
//
// It also returns the number of newlines in b[from:i], which the search
// counts as it goes: the text it skips is most of a log, and the scanner
// would otherwise read it all again to number the lines. And it returns
// clear, at least i, with no newline in b[i:clear]: the search knows that
// of the rest of the bytes it read last, and a line number asked for
// there, as a JSON body's code on the same line asks, needs no count.
func textCandidate(b []byte, from, n int) (i, lines, clear int) {
	b = b[:min(len(b), n+skipTail)]
	start := from
	if from > 0 && b[from-1]|0x20 == 'c' {
		// The 'c' of a "code" whose 'o' is at from. As it is no newline,
		// the count over b[start:] is the count over b[from:].
		start = from - 1
	}
	if wideText && len(b)-start >= 4 {
		// The loop below, once, with AVX2 and no call to
		// indexTextLinesWide between: on a dense log this runs once a
		// line, and that call with the copies of its results cost ~30
		// instructions a line, where the search costs ~130.
		i, nl, clear := indexTextLinesAVX2(b[start:])
		return wideCandidate(b, start, from, n, i, nl, clear)
	}
	for start < len(b) {
		// indexTextLines, with one call less: on a dense log this runs
		// for every few hundred bytes.
		i, done, nl, clear := indexTextLinesWide(b[start:])
		if i < 0 {
			i, nl, clear = indexTextLinesTail(b[start:], done, nl)
		}
		lines += nl
		if i < 0 {
			break
		}
		i, clear = i+start, clear+start
		if b[i]|0x20 == 'c' {
			i++ // a "code": its 'o'
		}
		if i >= from {
			if i > n {
				lines -= countNewlines(b[n:i])
				i, clear = n, n
			}
			return i, lines, max(clear, i)
		}
		// Not reached, as the search starts before from only at a 'c',
		// which it gives as the 'o' after it; kept so that a change
		// there cannot make this loop endless.
		start, lines = from, 0
	}
	return n, lines - countNewlines(b[min(n, len(b)):]), n
}

// wideCandidate is the end of textCandidate after indexTextLinesAVX2
// looked at b[start:] (b already cut to n+skipTail) and returned i, nl
// and clear: the search's answer as textCandidate gives it. quickText
// calls the search itself, and comes here only for what it does not take
// in line.
func wideCandidate(b []byte, start, from, n, i, nl, clear int) (int, int, int) {
	if i < 0 {
		i, nl, clear = indexTextLinesTail(b[start:], len(b)-start-3, nl)
		if i < 0 {
			return n, nl - countNewlines(b[min(n, len(b)):]), n
		}
	}
	i, clear = i+start, clear+start
	if b[i]|0x20 == 'c' {
		i++ // a "code": its 'o'
	}
	if i > n {
		nl -= countNewlines(b[n:i])
		i, clear = n, n
	}
	// i is at least from: the search starts before from only at a 'c',
	// which it gives as the 'o' after it. max keeps it so, as
	// textCandidate's loop does, so that a change there cannot make
	// text's loop endless.
	i = max(i, from)
	return i, nl, max(clear, i)
}

// countNewlines returns the number of newlines in b, a few bytes past
// where a search counted them.
func countNewlines(b []byte) int {
	n := 0
	for _, c := range b {
		if c == '\n' {
			n++
		}
	}
	return n
}

// indexText returns the index of the first byte of b where one of these
// starts: '{' or '[', "code" in any letter case, the bytes 0xE9 0x94 (错
// and a few other characters) or 0xE8 0xBF (返 and others); -1 if there is
// none. A pair or a "code" counts only if all of it is in b.
func indexText(b []byte) int {
	i, _, _ := indexTextLines(b)
	return i
}

// indexTextLines is indexText, and also returns the number of newlines in
// b before the index i it returns (in all of b if that is -1), and clear,
// at least i, with no newline in b[i:clear] (-1 if i is).
func indexTextLines(b []byte) (i, lines, clear int) {
	i, done, lines, clear := indexTextLinesWide(b)
	if i >= 0 {
		return i, lines, clear
	}
	return indexTextLinesTail(b, done, lines)
}

// indexTextLinesTail is indexTextLines from b[done] on, one byte at a
// time, for the few indexes indexTextLinesWide leaves, which found lines
// newlines before done.
func indexTextLinesTail(b []byte, done, lines int) (int, int, int) {
	for i := done; i < len(b); i++ {
		c := b[i]
		switch {
		case c|0x20 == '{':
			return i, lines, i
		case c == '\n':
			lines++
		case i+1 >= len(b):
		case c == 0xe9 && b[i+1] == 0x94, c == 0xe8 && b[i+1] == 0xbf:
			return i, lines, i
		case i+3 < len(b) && c|0x20 == 'c' && b[i+1]|0x20 == 'o' && b[i+2]|0x20 == 'd' && b[i+3]|0x20 == 'e':
			return i, lines, i
		}
	}
	return -1, lines, -1
}

// indexTextLinesSWAR looks for what indexText looks for, at the first
// done indexes of b, eight at a time, and returns where it is (-1 if not
// there), done, and the number of newlines before it (before done if not
// there).
func indexTextLinesSWAR(b []byte) (i, done, lines int) {
	for ; i+11 <= len(b); i += 8 {
		// eqMask marks exactly the newlines, each with its high bit.
		nl := eqMask(binary.LittleEndian.Uint64(b[i:]), '\n')
		if m := textStarts(b, i); m != 0 {
			k := bits.TrailingZeros64(m) / 8
			return i + k, i, lines + bits.OnesCount64(nl&(1<<(8*k)-1))
		}
		lines += bits.OnesCount64(nl)
	}
	return -1, i, lines
}

// textStarts tests the eight starts b[i:i+8] for what indexText looks
// for, reading b up to i+11, and returns a mask whose lowest marked byte
// (its high bit set) is the first start that matches; bytes above it may
// be marked wrongly, and none is marked if none matches. It is the SWAR
// form of the search, shared by indexTextLinesSWAR and holdsText, and
// small enough to inline into both.
func textStarts(b []byte, i int) uint64 {
	const fold = lsb * 0x20
	w0 := binary.LittleEndian.Uint64(b[i:])
	w1 := binary.LittleEndian.Uint64(b[i+1:])
	// A byte of each z is zero where all its bytes match.
	code := ((w0 | fold) ^ (lsb * 'c')) |
		((w1 | fold) ^ (lsb * 'o')) |
		((binary.LittleEndian.Uint64(b[i+2:]) | fold) ^ (lsb * 'd')) |
		((binary.LittleEndian.Uint64(b[i+3:]) | fold) ^ (lsb * 'e'))
	brace := (w0 | fold) ^ (lsb * '{')
	cuo := (w0 ^ (lsb * 0xe9)) | (w1 ^ (lsb * 0x94))
	fan := (w0 ^ (lsb * 0xe8)) | (w1 ^ (lsb * 0xbf))
	return zeroBytes(code) | zeroBytes(brace) | zeroBytes(cuo) | zeroBytes(fan)
}

// zeroBytes marks the lowest zero byte of z with its high bit, and maybe
// some bytes above it.
func zeroBytes(z uint64) uint64 { return (z - lsb) &^ z & msb }

// indexDetailKey returns the index of the first byte of b before n where
// three bytes that may start a detail key in text (see detailKeys) are,
// in any letter case: "err", "det", "des" or "res"; -1 if there is none.
// All three must be in b, which it may read to its end: given b a few
// dozen bytes past n, indexDetailKeyWide covers every index before n,
// many at a time, and indexDetailKeySWAR has little left to do.
func indexDetailKey(b []byte, n int) int {
	i, done := indexDetailKeyWide(b)
	if i < 0 && done < n {
		i = indexDetailKeySWAR(b, done)
	}
	if i >= n {
		return -1
	}
	return i
}

// indexDetailKeySWAR is indexDetailKey from b[i] on, eight bytes at a
// time.
func indexDetailKeySWAR(b []byte, i int) int {
	const fold = lsb * 0x20
	for ; i+10 <= len(b); i += 8 {
		w0 := binary.LittleEndian.Uint64(b[i:]) | fold
		w1 := binary.LittleEndian.Uint64(b[i+1:]) | fold
		w2 := binary.LittleEndian.Uint64(b[i+2:]) | fold
		// A byte of each z is zero where all its bytes match.
		err := (w0 ^ (lsb * 'e')) | (w1 ^ (lsb * 'r')) | (w2 ^ (lsb * 'r'))
		de := (w0 ^ (lsb * 'd')) | (w1 ^ (lsb * 'e'))
		det := de | (w2 ^ (lsb * 't'))
		des := de | (w2 ^ (lsb * 's'))
		res := (w0 ^ (lsb * 'r')) | (w1 ^ (lsb * 'e')) | (w2 ^ (lsb * 's'))
		// The lowest byte marked is the lowest match; bytes above it
		// may be marked wrongly.
		if m := zeroBytes(err) | zeroBytes(det) | zeroBytes(des) | zeroBytes(res); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i+2 < len(b); i++ {
		switch string([]byte{b[i] | 0x20, b[i+1] | 0x20, b[i+2] | 0x20}) {
		case "err", "det", "des", "res":
			return i
		}
	}
	return -1
}

// lastNewline returns the index of the last '\n' in b, -1 if there is
// none, as bytes.LastIndexByte does, but eight bytes at a time.
func lastNewline(b []byte) int {
	i := len(b)
	for ; i >= 8; i -= 8 {
		if m := eqMask(binary.LittleEndian.Uint64(b[i-8:]), '\n'); m != 0 {
			return i - 8 + (63-bits.LeadingZeros64(m))/8
		}
	}
	for i--; i >= 0; i-- {
		if b[i] == '\n' {
			return i
		}
	}
	return -1
}

// stringStop returns the index in b of the first byte that ends a run of
// plain string content: a quote, a backslash or a control character;
// len(b) if there is none.
func stringStop(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		// bytes below 0x20: subtracting 0x20 borrows into the high bit
		// of a byte that had it clear. It may also mark a byte after
		// one that borrowed; the loop below checks each byte.
		m := eqMask(w, '"') | eqMask(w, '\\') | (w-lsb*0x20)&^w&msb
		if m != 0 {
			i += bits.TrailingZeros64(m) / 8
			break
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
			return i
		}
	}
	return len(b)
}

// plainRun returns the index of the first byte of b at or after i that
// is a line end, a backslash or q; len(b) if there is none. It looks
// eight bytes at a time.
func plainRun(b []byte, i int, q byte) int {
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		if m := eqMask(w, '\n') | eqMask(w, '\\') | eqMask(w, q); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c == '\n' || c == '\\' || c == q {
			return i
		}
	}
	return len(b)
}

// cleanText appends to dst a detail or an ID made safe and short to print:
// valid UTF-8, control characters and line or paragraph separators
// (U+2028, U+2029) as spaces, bidirectional controls (U+061C, U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069) removed, spaces trimmed, and cut
// to limit bytes with an ellipsis. more says that the text went on past s.
func cleanText(dst, s []byte, more bool, limit int) []byte {
	start := len(dst)
	if n := min(len(s), limit); printableASCII(s[:n]) {
		// Most details: nothing to change but the length.
		dst = append(dst, s[:n]...)
		more = more || len(s) > n
		s = nil
	}
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		s = s[n:]
		if len(dst)-start+utf8.RuneLen(r) > limit {
			more = true
			break
		}
		switch {
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			dst = append(dst, ' ')
		case r == '\u061c', r == '\u200e', r == '\u200f',
			r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
			// bidirectional controls could reorder the rest of the line
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	out := bytes.TrimSpace(dst[start:])
	dst = append(dst[:start], out...)
	if more && len(out) > 0 {
		dst = append(dst, "…"...)
	}
	return dst
}

// printableASCII reports whether every byte of s is a printable ASCII
// character or a space.
func printableASCII(s []byte) bool {
	for _, c := range s {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// wordStart reports whether b[i] starts a word: it is the first byte or
// follows a byte that is not an ASCII letter, digit or underscore.
func wordStart(b []byte, i int) bool {
	return i == 0 || !isWordByte(b[i-1])
}

// isWordByte reports whether c is an ASCII letter, digit or underscore.
func isWordByte(c byte) bool {
	return isDigit(c) || c == '_' || (c|0x20) >= 'a' && (c|0x20) <= 'z'
}

// isDigit reports whether c is a decimal digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
