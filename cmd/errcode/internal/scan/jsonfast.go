package scan

import (
	"encoding/binary"
	"math/bits"
)

// The fast path for plain object members. Most JSON in logs is a response
// body of a few members, each a short key and a short string or a number,
// with no escapes. The general reader takes such a member in four tokens,
// each a trip through json's switch, and its string value through the
// string reader: startString resets its state, string gathers and delivers
// the content, endString decides what it was. members reads such a member
// in one go and has the same effect, by the same code (key, value,
// stringValue, close): it only skips the bookkeeping the general reader
// needs for strings that may go on past the window, hold escapes or hold
// something to scan one level up. Whatever it does not take whole it
// leaves to the general reader at the token it stopped at, with the state
// the general reader would have there, so that the two mix freely.

// fastJSON turns members on; the differential tests turn it off to hold
// the fast path to the general reader.
var fastJSON = true

// members reads the members of f, an object, from the '"' of a key at
// buf[s.pos], while each is plain: a key of at most maxKey bytes and a
// value that is a number, a literal, or a string of at most maxPre bytes
// with no escape that holds nothing to scan one level up, all before
// limit. It stops at the first token it does not take whole, with s.pos
// at it and s.js what the general reader expects there; after a nested
// container has opened or f has closed; or after a byte that ends the
// JSON value.
func (s *scanner) members(f *frame, limit int, final bool) {
	b := s.buf[:limit]
	p := s.pos
	for {
		// b[p] is the '"' of a key.
		ke := plainEnd(b, p+1, maxKey)
		if ke < 0 {
			return
		}
		f.member = memberKind(b[p+1 : ke])
		s.key(f)
		s.pos = ke + 1
		q := skipBlank(b, ke+1)
		if q >= len(b) || b[q] != ':' {
			return
		}
		q = skipBlank(b, q+1)
		s.pos, s.js = q, jsValue
		if q >= len(b) {
			return
		}
		if c := b[q]; c != '"' {
			if !s.value(f, c, final) {
				s.jsonError()
				return
			}
			if c == '{' || c == '[' {
				return
			}
		} else {
			ve := plainEnd(b, q+1, maxPre)
			if ve < 0 {
				return
			}
			kind, scan := s.stringKind(f)
			content := b[q+1 : ve]
			if scan && len(content) >= minScan && holdsText(s.buf, q+1, ve) {
				return // the string reader starts the nested scanner
			}
			s.pos = ve + 1
			s.plainString(f, kind, slotOf(f.member), content)
		}
		// After the value: ',' and the next key, or the object's end.
		q = skipBlank(b, s.pos)
		if q >= len(b) {
			return
		}
		switch b[q] {
		case ',':
			q = skipBlank(b, q+1)
			s.pos, s.js = q, jsKey
			if q >= len(b) || b[q] != '"' {
				return
			}
			p = q
		case '}':
			s.pos = q + 1
			s.close()
			return
		default:
			s.pos = q
			return
		}
	}
}

// plainString is endString for a string value read whole by members: its
// content, as the string reader would have kept it for its kind.
func (s *scanner) plainString(f *frame, kind strKind, slot int, content []byte) {
	n := stringLimit(kind)
	more := len(content) > n
	if more {
		content = content[:n]
	}
	s.stringValue(f, kind, slot, content, more, false)
}

// skipBlank returns the index of the first byte of b at or after i that
// is not JSON whitespace; len(b) if there is none.
func skipBlank(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t') {
		i++
	}
	return i
}

// plainEnd returns the index of the quote that ends the string content
// starting at b[i], if the content is at most n bytes of plain bytes (no
// backslash, no control character); -1 otherwise, or if b ends first. It
// looks eight bytes at a time; each mask is exact, so the first byte
// marked is the first that stops the content.
func plainEnd(b []byte, i, n int) int {
	end := min(len(b), i+n+1) // the quote may come right after n bytes
	j := i
	for ; j+8 <= end; j += 8 {
		w := binary.LittleEndian.Uint64(b[j:])
		// The high bit of a byte of ctl is clear when its low seven bits
		// are at least 0x20 (adding 0x60 carries into it, never into the
		// next byte), and of w when it is ASCII: both clear, a control
		// character.
		ctl := ^((w & low) + lsb*0x60 | w) & msb
		if m := eqMask(w, '"') | eqMask(w, '\\') | ctl; m != 0 {
			j += bits.TrailingZeros64(m) / 8
			if b[j] == '"' {
				return j
			}
			return -1
		}
	}
	for ; j < end; j++ {
		switch c := b[j]; {
		case c == '"':
			return j
		case c == '\\' || c < 0x20:
			return -1
		}
	}
	return -1
}

// holdsText reports whether indexText finds something in b[i:end], the
// content of a string whose closing quote is b[end]. Most such strings
// are short, and indexText's wide search has little to do on them; this
// is its SWAR search inline, reading past end when b goes on far enough:
// a match that starts before end cannot reach past it, as no pattern goes
// on with a quote, and one that starts at or after end is left out.
func holdsText(b []byte, i, end int) bool {
	if end+10 > len(b) {
		return indexText(b[i:end]) >= 0
	}
	const fold = lsb * 0x20
	for ; i < end; i += 8 {
		w0 := binary.LittleEndian.Uint64(b[i:])
		w1 := binary.LittleEndian.Uint64(b[i+1:])
		// As in indexTextSWAR: a byte of each z is zero where all its
		// bytes match, and the lowest byte marked is the first match.
		code := ((w0 | fold) ^ (lsb * 'c')) |
			((w1 | fold) ^ (lsb * 'o')) |
			((binary.LittleEndian.Uint64(b[i+2:]) | fold) ^ (lsb * 'd')) |
			((binary.LittleEndian.Uint64(b[i+3:]) | fold) ^ (lsb * 'e'))
		brace := (w0 | fold) ^ (lsb * '{')
		cuo := (w0 ^ (lsb * 0xe9)) | (w1 ^ (lsb * 0x94))
		fan := (w0 ^ (lsb * 0xe8)) | (w1 ^ (lsb * 0xbf))
		if m := zeroBytes(code) | zeroBytes(brace) | zeroBytes(cuo) | zeroBytes(fan); m != 0 {
			return i+bits.TrailingZeros64(m)/8 < end
		}
	}
	return false
}
