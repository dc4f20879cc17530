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

// textCandidate returns the index in b[:n] of the first byte where plain
// text may hold something: '{' or '[' (JSON), the "od" of "code" in any
// letter case, 0xE9, which starts 错 (as it starts many other Chinese
// characters), or 0xE8 0xBF, which starts 返 (and 63 other characters);
// n if there is none. It reads b[n] too, for a pair at the end.
func textCandidate(b []byte, n int) int {
	i := 0
	for ; i+9 <= len(b) && i < n; i += 8 {
		y := binary.LittleEndian.Uint64(b[i:]) | lsb*0x20
		y1 := binary.LittleEndian.Uint64(b[i+1:]) | lsb*0x20
		m := eqMask(y, '{') | eqMask(y, 0xe9) | eqMask(y, 'o')&eqMask(y1, 'd') | eqMask(y, 0xe8)&eqMask(y1, 0xbf)
		if m != 0 {
			return min(i+bits.TrailingZeros64(m)/8, n)
		}
	}
	for ; i < n; i++ {
		c := b[i] | 0x20
		if c == '{' || c == 0xe9 || c == 'o' && i+1 < len(b) && b[i+1]|0x20 == 'd' || c == 0xe8 && i+1 < len(b) && b[i+1]|0x20 == 0xbf {
			return i
		}
	}
	return n
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

// cleanText appends to dst a detail or an ID made safe and short to print:
// valid UTF-8, control characters and line or paragraph separators
// (U+2028, U+2029) as spaces, bidirectional controls (U+061C, U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069) removed, spaces trimmed, and cut
// to limit bytes with an ellipsis. more says that the text went on past s.
func cleanText(dst, s []byte, more bool, limit int) []byte {
	start := len(dst)
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
