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

// A skipper finds where plain text may hold something: '{' or '[' (JSON),
// "code" in any letter case (a text key such as ErrorCode, errcode or a
// bare code), 错误码 and 返回 (Chinese keys). It finds each kind with a
// search that steps over many bytes at a time (bytes.IndexByte,
// bytes.Index, indexCode) and keeps where each next occurs until the text
// passes it: a kind that the window does not hold costs one search per
// window, and each of the others one search per occurrence. Between two
// searches no byte is looked at.
type skipper struct {
	// at holds, for each kind, where it next occurs in the window at or
	// after the last search, or past the end of the search if nowhere; -1
	// if not known.
	at [numSkips]int
}

// The kinds a skipper looks for.
const (
	skipBrace   = iota // '{'
	skipBracket        // '['
	skipCode           // "code" in any letter case
	skipError          // 错误码
	skipReturn         // 返回
	numSkips
)

// reset forgets what the skipper knows, as the window has changed.
func (k *skipper) reset() {
	for i := range k.at {
		k.at[i] = -1
	}
}

// skipTail is how far past n next reads: the rest of a "code" or 错误码
// that starts before n.
const skipTail = len("错误码")

// next returns the index in b of the first byte at or after from, and
// before n, where plain text may hold something: a '{' or '[', the first
// byte of 错误码 or 返回, or the 'o' of a "code" in any letter case (whose
// 'c' may come before from); n if there is none. It reads b up to
// skipTail bytes past n, so that the searches of one window, which the
// skipper must be reset for, add up to its length. Within one window, n
// must stay the same and from must not go back.
func (k *skipper) next(b []byte, from, n int) int {
	b = b[:min(len(b), n+skipTail)]
	best := n
	for kind, at := range k.at {
		if at < from {
			at = find(b, from, kind)
			k.at[kind] = at
		}
		best = min(best, at)
	}
	return best
}

// find returns where kind next occurs in b at or after from, len(b) if
// nowhere; for "code", where its 'o' is.
func find(b []byte, from, kind int) int {
	var i int
	switch kind {
	case skipBrace:
		i = bytes.IndexByte(b[from:], '{')
	case skipBracket:
		i = bytes.IndexByte(b[from:], '[')
	case skipCode:
		c := max(from-1, 0)
		if i = indexCode(b[c:]); i >= 0 {
			return c + i + 1
		}
	case skipError:
		i = bytes.Index(b[from:], []byte("错误码"))
	default:
		i = bytes.Index(b[from:], []byte("返回"))
	}
	if i < 0 {
		return len(b)
	}
	return from + i
}

// indexCode returns the index of the first "code" in b, in any letter
// case; -1 if there is none.
func indexCode(b []byte) int {
	i, done := indexCodeWide(b)
	if i >= 0 {
		return i
	}
	for i := done; i+4 <= len(b); i++ {
		if b[i]|0x20 == 'c' && b[i+1]|0x20 == 'o' && b[i+2]|0x20 == 'd' && b[i+3]|0x20 == 'e' {
			return i
		}
	}
	return -1
}

// indexCodeSWAR looks for "code" as indexCode does, at the first done
// indexes of b, eight at a time, and returns where it is (-1 if not
// there) and done.
func indexCodeSWAR(b []byte) (i, done int) {
	const fold = lsb * 0x20
	for ; i+11 <= len(b); i += 8 {
		// A byte of z is zero where all four letters match.
		z := ((binary.LittleEndian.Uint64(b[i:]) | fold) ^ (lsb * 'c')) |
			((binary.LittleEndian.Uint64(b[i+1:]) | fold) ^ (lsb * 'o')) |
			((binary.LittleEndian.Uint64(b[i+2:]) | fold) ^ (lsb * 'd')) |
			((binary.LittleEndian.Uint64(b[i+3:]) | fold) ^ (lsb * 'e'))
		// The lowest byte marked is the lowest zero byte; bytes above it
		// may be marked wrongly.
		if m := (z - lsb) &^ z & msb; m != 0 {
			return i + bits.TrailingZeros64(m)/8, i
		}
	}
	return -1, i
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
