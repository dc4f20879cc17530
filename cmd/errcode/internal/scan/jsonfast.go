package scan

import (
	"encoding/binary"
	"math/bits"

	"github.com/errcode-im/errcode"
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
//
// What makes it fast: the ends of its strings come from masks of quotes
// and of bytes that stop plain content, set for 64 bytes at once (see
// blockMasks), not from a search per string; a key's kind comes from its
// bytes as words (memberKind); a code's number is read in one pass
// (plainCode); and a short string is asked whether it may hold something
// to scan one level up from a third mask, not by indexText. The members
// most bodies hold are taken by plainMembers, a loop that calls nothing
// and takes the quotes of its strings from the mask one after another
// (on amd64 most of them in assembly, plainWalk, and the rest in Go);
// member takes the others, with the calls it needs.
//
// The way in is fast too: where text meets '{"', firstKey takes the masks
// at the '{' and tells from them that the key and the start of its value
// make a JSON value start there, as openRun would; bracket then starts
// the JSON reader and members reads the first key from those masks, with
// no search of the key by openRun and no second block for it.

// members reads the members of f, an object, from the '"' of a key at
// buf[s.pos], while each is plain: a key of at most maxKey bytes and a
// value that is a number, a literal, or a string of at most maxPre bytes
// with no escape that holds nothing to scan one level up, all before
// limit. It stops at the first token it does not take whole, with s.pos
// at it and s.js what the general reader expects there; after a nested
// container has opened or f has closed; or after a byte that ends the
// JSON value.
//
// bm holds the masks it reads the strings by: set up for limit, and
// empty (see start) or holding the pair firstKey took for the object.
func (s *scanner) members(f *frame, limit int, final bool, bm *blockMasks) {
	b := s.buf[:limit]
	p := s.pos
	// What memberString tells, as bits by key, once for all members (f
	// stays in a fail list or out of it): see memberOpts. It depends
	// on nothing else that changes, and is worked out once.
	fl := 0
	if f.failList {
		fl = 1
	}
	opts := s.mopts[fl]
	if opts == 0 {
		opts = s.optsFor(f.failList)
		s.mopts[fl] = opts
	}
	for {
		// b[p] is the '"' of a key. The members plainWalk and
		// plainMembers take whole first; then the one they left, if
		// any.
		var q, vs int
		var whole bool
		if useWalk && cap(b)-len(b) >= 8 {
			// plainMembers' check: plainWalk reads as it does.
			if q, whole = plainWalk(&b[0], len(b), p, bm, opts, s, f); !whole {
				q, whole, vs = s.plainMembers(f, b, q, bm, opts)
			}
		} else {
			q, whole, vs = s.plainMembers(f, b, p, bm, opts)
		}
		if vs > 0 {
			// A string that stringValue takes, f.member its key's.
			s.pos = q
			kind, _ := memberString(f.member, f.failList, s.run.opt.Details, s.level < maxLevel)
			s.plainString(f, kind, slotOf(f.member), b[vs:q-1])
			goto after
		} else if q != p {
			f.member, s.js = keyOther, jsAfterValue
			if whole {
				if q < len(b) && b[q] == '}' {
					// The object's end right after its last value,
					// as after below, with no look for ',' or blanks.
					s.pos = q + 1
					s.closeObject(f)
					return
				}
				s.pos = q
				goto after
			}
			s.pos, p = q-1, q // the ',' before the key it left
		}
		if !s.member(f, b, p, final, bm, opts) {
			return
		}
	after:
		// After the value: ',' and the next key, or the object's end.
		q = s.pos
		if q+1 < len(b) && b[q] == ',' && b[q+1] == '"' {
			// The usual ',' and key, with no blank.
			p = q + 1
			continue
		}
		q = skipBlank(b, q)
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
			s.closeObject(f)
			return
		default:
			s.pos = q
			return
		}
	}
}

// plainMembers takes the members from the '"' of a key at b[p] on, while
// each is what members takes most often, and as members would: a key of
// 2 to 14 bytes, and a code member's number of one to seven digits (the
// first code of its slot, on a line already counted up to it), or a
// string of text that needs no closer look for something to scan one
// level up; each with the masks of a block from the pair, and followed
// by ',' and the next key, with no blank. It returns the index of the
// '"' of the first key it did not take, or, with whole, where the last
// value it took ends, when what follows is not a ',' and a key; p if it
// took none. It changes nothing but what the members it took change,
// f.member and s.js aside, which the caller sets as afterValue would.
// A member whose value is a string that stringValue must take (a detail
// or an ID) ends it: it returns vs > 0, the index of the string's
// content, and q past its closing quote, with f.member the key's, for
// the caller to hand the string on.
//
// It calls nothing, so that the loop keeps its values in registers: with
// calls, every value the loop holds went to the stack and back around
// each, about 40 instructions a member.
//
// opts is members' word of what it works out once (see memberOpts): one
// register, where three values took two more of the few the loop has,
// and went to the stack.
//
// Where there is plainWalk (amd64), members hands it the members first:
// it takes those of text strings and code numbers, nearly all there
// are, and plainMembers goes on from the first it leaves. This loop,
// even with no calls, spent about 180 instructions a member, much of it
// on bounds checks and on values moved to the stack and back for want of
// registers (a shift by a variable must use CX), where plainWalk spends
// about 75. FuzzFastMembers holds both, with plainWalk and without, to
// the general reader.
func (s *scanner) plainMembers(f *frame, b []byte, p int, bm *blockMasks, opts uint64) (q int, whole bool, vs int) {
	limit := len(b)
	if cap(b)-limit < 8 {
		// The word of a key shorter than 8 bytes reads past it, up
		// to 8 bytes past limit, and masks off what it read there:
		// b[i:j] may reach up to cap(b), which must leave room.
		return p, false, 0
	}
	// The strings' quotes come from qb, the quotes of the block from
	// the next one on, taken in order: a key's two, and a string
	// value's two. What lies between (a ':', a number, a ',') holds
	// none, so the lowest bit of qb is always the next quote: one
	// subtraction and one AND drop it, where inBlock shifted the block
	// for each string to where it starts. qb holds only the quotes
	// before the block's first stop that is not a quote (see
	// plainQuotes): a string's content is plain if its closing quote
	// is in qb, as nothing the loop takes passes over a stop, with no
	// position of the stop to keep and compare. When qb runs out
	// before a quote, a block from the pair at the string's start
	// takes over, as endNew would take it.
	var qb uint64
	if rel := uint(p - bm.base); rel < 64 {
		qb = plainQuotes(bm.quote>>rel<<rel, bm.stop>>rel<<rel)
	}
	for {
		ks := p + 1
		if qb &= qb - 1; qb == 0 { // the key's opening quote
			r := uint(ks - bm.pairBase)
			if r >= 64 || ks == bm.base || limit-ks < 64 {
				return p, false, 0
			}
			bm.fromPair(ks, r)
			if qb = plainQuotes(bm.quote, bm.stop); qb == 0 {
				return p, false, 0
			}
		}
		ke := bm.base + bits.TrailingZeros64(qb)
		n := ke - ks
		if uint(n-2) > 14-2 {
			return p, false, 0
		}
		qb &= qb - 1 // the key's closing quote
		// memberKind, from words of b: the bytes past the key
		// are masked off, and a key of 9 to 14 bytes takes its last 8 as
		// the second word. The mask comes from a table: a shift by a
		// variable must use CX, which cost moves of what the loop
		// keeps there.
		lo := binary.LittleEndian.Uint64(b[ks:ks+8]) & keyLoMasks[n&15]
		var hi uint64
		if n > 8 {
			hi = binary.LittleEndian.Uint64(b[ke-8 : ke])
		}
		kind := keyKind(lo, hi, n)
		// The ':' and the value's first byte, as one word: one bounds
		// check, where two bytes took three.
		q = ke + 2
		if q >= limit {
			return p, false, 0
		}
		cv := binary.LittleEndian.Uint16(b[ke+1 : q+1])
		c := byte(cv >> 8)
		if cv&0xff != ':' || c <= ' ' {
			return p, false, 0
		}
		if kind >= min(keyLevel, keyCategory, keyRetry) {
			// What key does: none of the usual keys is one of these.
			f.noteKey(kind)
		}
		if c != '"' {
			// A code member's number; what members does with it.
			i := slotOf(kind)
			if !codeKey(kind) || q+8 > limit || c-'1' >= 9 || f.used&(1<<i) != 0 {
				return p, false, 0
			}
			wd := binary.LittleEndian.Uint64(b[q : q+8])
			d := digitRun(wd)
			if d >= 8 {
				return p, false, 0
			}
			end := q + d
			e := b[end]
			if e == '.' || e|0x20 == 'e' {
				return p, false, 0
			}
			var line int64
			if opts&linesBit != 0 {
				// lineAt's usual case; lineCount's is members'.
				if q < s.linePos || q > s.lineClear {
					return p, false, 0
				}
				s.linePos, line = q, s.line
			}
			sl := f.slot(i)
			sl.codes[0] = pendingCode{code: errcode.Code(parseDigits(wd, d)), line: line, eol: e == '\n' || e == '\r'}
			sl.n = 1
			q = end
		} else {
			vs = q + 1
			if qb &= qb - 1; qb == 0 { // the string's opening quote
				r := uint(vs - bm.pairBase)
				if r >= 64 || vs == bm.base || limit-vs < 64 {
					return p, false, 0
				}
				bm.fromPair(vs, r)
				if qb = plainQuotes(bm.quote, bm.stop); qb == 0 {
					return p, false, 0
				}
			}
			ve := bm.base + bits.TrailingZeros64(qb)
			qb &= qb - 1 // its closing quote
			k := uint(kind & 15)
			if opts&(1<<(k+scanShift)) != 0 && ve-vs >= minScan && !bm.noText(vs, ve) {
				return p, false, 0
			}
			if opts&(1<<k) == 0 {
				f.member = kind
				return ve + 1, false, vs
			}
			q = ve + 1
		}
		if q+2 > limit || binary.LittleEndian.Uint16(b[q:q+2]) != ','|'"'<<8 {
			return q, true, 0
		}
		p = q + 1
	}
}

// plainQuotes returns the quotes of quote that come before the first
// stop of stop that is not a quote (a '\', a control character, or a
// quote at or past limit, which quote leaves out): those that may end
// plain string content, with the first string from the first quote on.
func plainQuotes(quote, stop uint64) uint64 {
	bad := stop &^ quote
	return quote & (bad&-bad - 1) // all of quote if bad is 0
}

// keyLoMasks are the masks of the first word of a key of n bytes, by n:
// its n bytes, or all eight.
var keyLoMasks = [16]uint64{
	0: 0, 1: 0xff, 2: 0xffff, 3: 0xffffff, 4: 0xffffffff, 5: 0xffffffffff,
	6: 0xffffffffffff, 7: 0xffffffffffffff,
	8: ^uint64(0), 9: ^uint64(0), 10: ^uint64(0), 11: ^uint64(0),
	12: ^uint64(0), 13: ^uint64(0), 14: ^uint64(0), 15: ^uint64(0),
}

// optsFor returns members' opts for an object in a fail list or not.
func (s *scanner) optsFor(failList bool) uint64 {
	o := 0
	if failList {
		o |= optFailList
	}
	if s.run.opt.Details {
		o |= optDetails
	}
	if s.level < maxLevel {
		o |= optNest
	}
	opts := memberOpts[o]
	if s.run.opt.Lines {
		opts |= linesBit
	}
	return opts
}

// What members works out once for all the members of an object, as the
// bits of one word, opts: which keys' strings are text (bit k for key k),
// and which are scanned one level up (bit scanShift+k), by what
// memberString tells for them; and linesBit if the Scanner reports
// lines. The first two depend on three things, an index of memberOpts:
// whether the object is in a fail list (whose strings are accounts,
// neither text nor scanned), whether the Scanner reports details
// (without, a detail is text), and whether strings at its level may be
// scanned one level up. A look-up, where working them out took about 20
// instructions a body; TestMemberOpts holds it to memberString.
const (
	scanShift = 16
	linesBit  = 1 << 32

	optNest     = 1
	optDetails  = 2
	optFailList = 4
)

var memberOpts = [8]uint64{
	0:                    textKeys | infoKeys,
	optNest:              textKeys | infoKeys | (textKeys|infoKeys)<<scanShift,
	optDetails:           textKeys,
	optDetails | optNest: textKeys | (textKeys|infoKeys)<<scanShift,
}

// member reads the member of f from the '"' of its key at b[p], as
// members does (see there) with the members plainMembers leaves, and
// reports whether members goes on after its value, from s.pos.
func (s *scanner) member(f *frame, b []byte, p int, final bool, bm *blockMasks, opts uint64) bool {
	ke := bm.end(p+1, maxKey)
	if ke < 0 {
		return false
	}
	f.member = memberKind(b[p+1 : ke])
	s.key(f)
	q := ke + 2
	if q >= len(b) || b[ke+1] != ':' || b[q] <= ' ' {
		// Not the usual ':' right after the key and the value right
		// after it: blanks, or the end of b.
		s.pos = ke + 1
		q = skipBlank(b, ke+1)
		if q >= len(b) || b[q] != ':' {
			return false
		}
		q = skipBlank(b, q+1)
		if q >= len(b) {
			s.pos, s.js = q, jsValue
			return false
		}
	}
	s.pos, s.js = q, jsValue
	if c := b[q]; c != '"' {
		if end, code, ok := plainCode(b, q); ok && codeKey(f.member) {
			// A code member's plain number, read in place: what value
			// does with it, but for the checks that cannot fail here.
			s.pending(f, slotOf(f.member), pendingCode{code: code, line: s.lineOf(q), eol: b[end] == '\n' || b[end] == '\r'})
			s.pos = end
			s.afterValue(f)
		} else if !s.value(f, c, final) {
			s.jsonError()
			return false
		}
		return c != '{' && c != '['
	}
	ve := bm.end(q+1, maxPre)
	if ve < 0 {
		return false
	}
	k := uint(f.member & 15)
	if opts&(1<<(k+scanShift)) != 0 && ve-(q+1) >= minScan && !bm.noText(q+1, ve) && holdsText(bm.buf, q+1, ve) {
		return false // the string reader starts the nested scanner
	}
	s.pos = ve + 1
	if opts&(1<<k) != 0 {
		s.afterValue(f) // all stringValue does with text
	} else {
		kind, _ := memberString(f.member, f.failList, s.run.opt.Details, s.level < maxLevel)
		s.plainString(f, kind, slotOf(f.member), b[q+1:ve])
	}
	return true
}

// codeKey reports whether a member's number is a code.
func codeKey(k memberKey) bool {
	return k == keyErrorCode || k == keyResultCode || k == keyCode
}

// plainCode reads the JSON number at b[i] if it is plainly a code: an
// optional '-' and one to ten digits, no leading zero, within int32, and
// a byte after it in b that does not go on with the number. Then
// jsonNumber ends it at end too, and ascii.ParseCode reads code from it;
// for a number cut by the end of b, or any other number, ok is false and
// value reads it.
func plainCode(b []byte, i int) (end int, code errcode.Code, ok bool) {
	j := i
	if j < len(b) && b[j] == '-' {
		j++
	}
	start := j
	if j+8 <= len(b) {
		// The usual code, of one to seven digits, read from one word:
		// the loop below mispredicts its end about once a code.
		w := binary.LittleEndian.Uint64(b[j:])
		if n := digitRun(w); n < 8 {
			if n == 0 || b[j] == '0' && n > 1 {
				return 0, 0, false
			}
			j += n
			if c := b[j]; c == '.' || c|0x20 == 'e' {
				return 0, 0, false
			}
			v := int64(parseDigits(w, n))
			if start > i {
				v = -v
			}
			return j, errcode.Code(v), true
		}
	}
	var v int64
	for ; j < len(b) && j-start <= 10 && isDigit(b[j]); j++ {
		v = v*10 + int64(b[j]-'0')
	}
	n := j - start
	if n == 0 || n > 10 || j == len(b) || b[start] == '0' && n > 1 {
		return 0, 0, false
	}
	if c := b[j]; c == '.' || c|0x20 == 'e' || isDigit(c) {
		return 0, 0, false
	}
	if start > i {
		v = -v
	}
	if v != int64(int32(v)) {
		return 0, 0, false
	}
	return j, errcode.Code(v), true
}

// digitRun returns how many of the bytes of w, from its lowest, are ASCII
// digits before the first that is not; 8 if all are.
func digitRun(w uint64) int {
	// A byte's high bit is set in the first sum when its low seven bits
	// are at least '9'+1, clear in the second when they are below '0'
	// (no sum carries into the next byte), and set in w when it is not
	// ASCII: nd marks the bytes that are not digits.
	nd := ((w & low) + lsb*(0x80-'9'-1) | ^((w & low) + lsb*(0x80-'0')) | w) & msb
	return bits.TrailingZeros64(nd) / 8
}

// parseDigits returns the value of the n decimal digits (1 to 7) in the
// lowest bytes of w, the first the most significant: the digits go to the
// top of the word, with zeros below as leading zeros, and three steps add
// pairs of bytes, of 16-bit lanes and of 32-bit lanes, each the higher
// times ten to the power of the width of the lower.
func parseDigits(w uint64, n int) uint64 {
	// Subtracting '0' from each byte borrows only from bytes above the
	// digits, which the shift drops.
	v := (w - lsb*'0') << (8 * (8 - uint(n)&7))
	v = (v*10 + v>>8) & 0x00ff00ff00ff00ff
	v = (v*100 + v>>16) & 0x0000ffff0000ffff
	return (v*10000 + v>>32) & 0xffffffff
}

// noBlock is a blockMasks' base and pairBase before it takes its first
// block: no index is within 128 bytes after it.
const noBlock = -128

// maskRead is how many bytes jsonMasks reads: the 128 it sets masks for,
// and two more for a 'd' two bytes after a 'c'.
const maskRead = 130

// blockMasks are the masks of 64 bytes of the window, from buf[base] on:
// bit i of each is about buf[base+i]. members finds the quotes that end
// keys and values in them, and the strings that may hold something
// to scan one level up, with a few instructions and few branches that
// depend on the lengths of the strings (which, as a search loop's end,
// the processor mispredicts about once a string). A block covers a few
// members.
//
// jsonMasks sets the masks of 128 bytes at once, kept as the pair, and a
// block is taken from the pair with a few shifts, without a call, while
// the pair covers its 64 bytes: one call covers most response bodies
// whole, from their first key on, where a call for each block took two.
type blockMasks struct {
	// buf is the window, which blocks may read up to its end, and limit
	// where the strings must end.
	buf   []byte
	limit int
	base  int
	// quote marks the '"' bytes before limit; stop the bytes that end
	// plain string content: '"', '\' and control characters (the pair's
	// stop leaves out the quotes).
	quote, stop uint64
	// text marks a superset of where indexText finds something: '{',
	// '[', 0xE8 and 0xE9, and a 'c' with a 'd' two bytes on, in any
	// letter case.
	text uint64
	// pairBase is where the pair starts, and pair its masks.
	pairBase int
	pair     maskPair
}

// maskPair holds the masks of 128 bytes, as blockMasks' masks, the first
// word of each for the first 64. jsonMasks writes them in place: as six
// results they went through the stack twice, through jsonMasks and into
// the blockMasks, once for every body.
type maskPair struct {
	quote, stop, text [2]uint64
}

// start sets m up for the strings of buf[:limit], with no block yet.
// Field by field: a composite literal is built aside and copied, and the
// copy reads what was just written in pieces, which stalls.
func (m *blockMasks) start(buf []byte, limit int) {
	m.buf, m.limit, m.base, m.pairBase = buf, limit, noBlock, noBlock
}

// firstKey reports whether the '{' at buf[i], followed by a '"', opens a
// key that ends within 62 bytes, with no escape or control character,
// followed right away by ':' and the first byte of a string, number or
// literal: then openRun(buf, i) is i, and bracket need not ask it. buf
// must hold maskRead bytes from i. Whatever it reports, m is left set up
// for the strings of buf[:limit] with the pair of masks at i as its
// block, which members then reads the key from: the masks that tell the
// key apart are the ones that read it, where openRun's search and
// members' first block each read it once more.
func (m *blockMasks) firstKey(buf []byte, i, limit int) bool {
	m.buf, m.limit, m.base, m.pairBase = buf, limit, i, i
	// The bytes the masks are of, as an array: the reads below need no
	// bounds check of their own.
	w := (*[maskRead]byte)(buf[i:])
	jsonMasks(w[:], &m.pair)
	m.quote, m.text = m.pair.quote[0], m.pair.text[0]
	m.stop = m.pair.stop[0] | m.quote
	if d := limit - i; d < 64 {
		m.quote &= 1<<d - 1 // as endNew: no quote at or past limit ends a string
	}
	// openRun reads past limit, to the window's end: the key's end comes
	// from the whole mask. The key's content starts at bit 2.
	q := m.pair.quote[0] >> 2
	if q == 0 {
		return false
	}
	k := uint(bits.TrailingZeros64(q)) // at most 61
	if m.pair.stop[0]>>2&(1<<k-1) != 0 {
		return false
	}
	// The key's closing quote is w[2+k], and what follows it w[3+k]
	// and w[4+k], within w.
	return w[(3+k)&127] == ':' && valueStarts[w[(4+k)&127]]
}

// valueStarts marks the bytes a JSON string, number or literal starts
// with: one look-up, where the compares took a branch each.
var valueStarts = [256]bool{
	'"': true, '-': true, 't': true, 'f': true, 'n': true,
	'0': true, '1': true, '2': true, '3': true, '4': true,
	'5': true, '6': true, '7': true, '8': true, '9': true,
}

// end is plainEnd(buf[:limit], i, n), from the masks where they cover the
// content.
func (m *blockMasks) end(i, n int) int {
	if e := m.inBlock(i, n); e != notInBlock {
		return e
	}
	return m.endNew(i, n)
}

// notInBlock is what inBlock returns when the block cannot tell where
// the string ends.
const notInBlock = -2

// inBlock is end for the usual case, a string whose closing quote, or a
// stop before it, is in the block: it is notInBlock if the block holds
// neither at or after i. It is short enough to inline into end and
// endNew, which calls it after taking a block: a call for each string
// cost about 5% of the scan of a log of response bodies.
//
// The first byte marked in stop, which marks the quotes too, ends the
// string: it is the closing quote if quote marks it. A stop with no
// quote before it in the block gives -1 here, where end would search on
// and come to the same stop, or to limit (where a quote is in stop but
// no longer in quote). One mask to search and one bit to test, with no
// result flag, took about 16 fewer instructions a response body than a
// search of quote and a test of the stops below it.
func (m *blockMasks) inBlock(i, n int) int {
	rel := uint(i - m.base)
	if rel >= 64 || m.stop>>rel == 0 {
		return notInBlock
	}
	k := bits.TrailingZeros64(m.stop >> rel)
	if k > n || m.quote>>((rel+uint(k))&63)&1 == 0 {
		return -1 // too long, or a stop first
	}
	return i + k
}

// endNew is end where the block holds no quote at or after i: it takes a
// new block at i, from the pair if it covers the block or else from a new
// pair at i, unless the block starts there already or the window ends
// too soon, when plainEnd searches on.
func (m *blockMasks) endNew(i, n int) int {
	buf, limit := m.buf, m.limit
	if i == m.base {
		return plainEnd(buf[:limit], i, n)
	}
	if r := uint(i - m.pairBase); r < 64 {
		m.fromPair(i, r)
	} else if i+maskRead <= len(buf) {
		m.base, m.pairBase = i, i
		jsonMasks(buf[i:], &m.pair)
		m.quote, m.text = m.pair.quote[0], m.pair.text[0]
		m.stop = m.pair.stop[0] | m.quote
	} else {
		return plainEnd(buf[:limit], i, n)
	}
	if d := limit - i; d < 64 {
		m.quote &= 1<<d - 1 // no quote at or past limit ends a string
	}
	// What end does now, with no call: the block starts at i, so with
	// no quote in it plainEnd searches on.
	if e := m.inBlock(i, n); e != notInBlock {
		return e
	}
	return plainEnd(buf[:limit], i, n)
}

// fromPair takes the block at i from the pair, which covers it from bit
// r = i-pairBase on (r < 64). It leaves the quotes at or past limit in
// the block, so the caller must either know limit to be 64 bytes or more
// past i (as plainMembers does) or clear them (as endNew does). It
// inlines: plainMembers takes most of its second blocks so, where the
// call of endNew and what it spilled cost about 50 instructions a body.
func (m *blockMasks) fromPair(i int, r uint) {
	// The second word goes in shifted by one and then by 63-r, which
	// is 64-r but at r = 0, where it must not go in at all; each
	// shift is by less than 64, which Go does with no check.
	pr, l := &m.pair, 63-r
	m.base = i
	m.quote = pr.quote[0]>>r | pr.quote[1]<<1<<l
	m.stop = pr.stop[0]>>r | pr.stop[1]<<1<<l | m.quote
	m.text = pr.text[0]>>r | pr.text[1]<<1<<l
}

// noText reports whether the block covers buf[i:end] and marks none of
// its bytes, when holdsText(buf[:limit], i, end) is false. It inlines:
// a call for each string to scan cost more than the test.
func (m *blockMasks) noText(i, end int) bool {
	rel, relEnd := uint(i-m.base), uint(end-m.base)
	return relEnd < 64 && rel <= relEnd && m.text>>rel&(1<<(relEnd-rel)-1) == 0
}

// jsonMasksSWAR returns the masks of the 128 bytes at b[0], eight bytes
// at a time; b must hold at least maskRead bytes.
func jsonMasksSWAR(b []byte) (quote, stop, text [2]uint64) {
	_ = b[maskRead-1]
	quote[0], stop[0], text[0] = jsonMasks64SWAR(b)
	quote[1], stop[1], text[1] = jsonMasks64SWAR(b[64:])
	return quote, stop, text
}

// jsonMasks64SWAR returns the masks of the 64 bytes at b[0]; b must hold
// at least 66 bytes.
func jsonMasks64SWAR(b []byte) (quote, stop, text uint64) {
	const fold = lsb * 0x20
	_ = b[65]
	for k := 0; k < 64; k += 8 {
		w := binary.LittleEndian.Uint64(b[k:])
		w2 := binary.LittleEndian.Uint64(b[k+2:])
		// As in plainEnd, with each mask exact.
		ctl := ^((w & low) + lsb*0x60 | w) & msb
		t := eqMask(w|fold, '{') | eqMask(w|lsb, 0xe9) | eqMask(w|fold, 'c')&eqMask(w2|fold, 'd')
		quote |= packMask(eqMask(w, '"')) << k
		stop |= packMask(eqMask(w, '\\')|ctl) << k
		text |= packMask(t) << k
	}
	return quote, stop, text
}

// packMask gathers the high bits of the eight bytes of m into the low
// eight bits, byte i's in bit i: the multiplication moves each to bit
// 56+i, and no two sums overlap there.
func packMask(m uint64) uint64 { return (m >> 7) * 0x0102040810204080 >> 56 }

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
	// Most JSON in logs has no blanks between tokens: one test, as no
	// blank is above ' ', tells the usual byte apart.
	for i < len(b) && b[i] <= ' ' && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t') {
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
		// A byte's high bit is set in the sum when its low seven bits
		// are at least 0x20 (adding 0x60 carries into that bit, never
		// into the next byte), and in w when it is not ASCII; ctl marks
		// the bytes where neither is: the control characters.
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
	for ; i < end; i += 8 {
		if m := textStarts(b, i); m != 0 {
			return i+bits.TrailingZeros64(m)/8 < end
		}
	}
	return false
}
