package scan

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/internal/ascii"
)

// strKind is what a string is to the scanner.
type strKind uint8

const (
	strText    strKind = iota // text, kept only for scanning (see strState.scan)
	strKey                    // an object's key
	strCode                   // the value of a code member
	strInfo                   // a detail
	strID                     // an item's ID
	strAccount                // an account in a FailAccounts or Fail_Account list
)

// maxCodeString is how many bytes of a code written as a JSON string are
// kept: more than the longest code, "-2147483648".
const maxCodeString = 16

// strState is the string being read.
type strState struct {
	kind strKind
	scan bool // the content is scanned as text of its own, one level up
	// child is set once the content is too long for pre, or at the
	// string's end when what pre holds is worth scanning: at least
	// minScan bytes, and a place where text may hold something (see
	// indexText); until then pre holds it. Most strings are short and
	// hold no such place, and cost the nested scanner nothing.
	child   bool
	pre     [maxPre]byte
	npre    int
	goStyle bool // a quoted string in text: Go's escapes, and it ends at a line's end
	ret     mode // the mode after the string
	slot    int  // for strCode and strInfo
	buf     []byte
	dec     []byte // decoded content gathered before delivery
	limit   int
	more    bool // buf was cut
	escaped bool
}

// startString starts reading a string whose content starts at buf[s.pos];
// with scan, and below maxLevel, its content is scanned one level up too.
func (s *scanner) startString(kind strKind, scan, goStyle bool, ret mode) {
	st := &s.str
	st.kind, st.goStyle, st.ret = kind, goStyle, ret
	st.scan = scan && s.level < maxLevel
	st.child, st.npre = false, 0
	st.buf, st.more, st.escaped = st.buf[:0], false, false
	st.limit = stringLimit(kind)
	s.mode = modeString
}

// stringLimit returns how many bytes of a string of the given kind are
// kept; 0 for none.
func stringLimit(kind strKind) int {
	switch kind {
	case strKey:
		return maxKey
	case strCode:
		return maxCodeString
	case strInfo:
		return MaxDetail + 1
	case strID, strAccount:
		return MaxID + 1
	}
	return 0
}

// string reads string content up to limit.
func (s *scanner) string(limit int, final bool) {
	b := s.buf
	st := &s.str
	// Short runs and escapes gather in dec, so that a string dense with
	// escapes is delivered in pieces of some size.
	dec := st.dec[:0]
	for s.pos < limit {
		if len(dec) >= maxGather {
			dec = s.flushDec(dec)
		}
		stop := s.pos + stringStop(b[s.pos:limit])
		if run := b[s.pos:stop]; len(run) > maxGather {
			dec = s.flushDec(dec)
			s.deliver(run)
		} else {
			dec = append(dec, run...)
		}
		s.pos = stop
		if stop >= limit {
			break
		}
		switch c := b[stop]; {
		case c == '"':
			s.flushDec(dec)
			s.pos++
			s.endString(true)
			return
		case c == '\\':
			r, n := unescape(b[stop:], st.goStyle)
			if n == 0 {
				if !st.goStyle {
					s.flushDec(dec)
					s.endString(false)
					return
				}
				dec = append(dec, '\\')
				s.pos++
				continue
			}
			st.escaped = true
			dec = utf8.AppendRune(dec, r)
			s.pos += n
		default: // a control character, which ends a quoted string in text too
			s.flushDec(dec)
			s.endString(false)
			return
		}
	}
	s.flushDec(dec)
}

// flushDec delivers the decoded content gathered in dec, keeps dec's
// memory for the next string, and returns dec emptied.
func (s *scanner) flushDec(dec []byte) []byte {
	if len(dec) > 0 {
		s.deliver(dec)
	}
	s.str.dec = dec[:0]
	return dec[:0]
}

// maxGather is how many bytes of decoded string content gather before
// they are delivered.
const maxGather = 256

// deliver takes decoded string content.
func (s *scanner) deliver(p []byte) {
	st := &s.str
	if st.scan {
		s.scanText(p)
	}
	if st.limit > 0 {
		if room := st.limit - len(st.buf); len(p) > room {
			st.buf = append(st.buf, p[:max(room, 0)]...)
			st.more = true
		} else {
			st.buf = append(st.buf, p...)
		}
	}
}

// minScan is how many bytes a string must hold for its content to be
// scanned: no code, mention or body is shorter.
const minScan = 6

// maxPre is how many bytes of a string's content are kept before the
// nested scanner gets them.
const maxPre = 128

// scanText hands decoded content to the nested scanner, once the string
// holds more than maxPre bytes; see strState.child.
func (s *scanner) scanText(p []byte) {
	st := &s.str
	if !st.child {
		if st.npre+len(p) <= maxPre {
			st.npre += copy(st.pre[st.npre:], p)
			return
		}
		s.startChild()
	}
	s.child.feed(p)
}

// startChild starts the nested scanner on the string's content, with
// what pre holds.
func (s *scanner) startChild() {
	st := &s.str
	if s.child == nil {
		s.child = newScanner(s.run, s.level+1)
		s.child.parent = s
	}
	s.child.reset()
	st.child = true
	s.child.feed(st.pre[:st.npre])
}

// endString ends the string being read: at its closing quote if ok, or
// where it turned out not to be a string.
func (s *scanner) endString(ok bool) {
	st := &s.str
	s.mode = st.ret
	if st.scan && !st.child && st.npre >= minScan && indexText(st.pre[:st.npre]) >= 0 {
		s.startChild()
	}
	if st.scan && st.child {
		c := s.child
		if len(c.buf) > c.pos {
			c.process(true)
		}
		c.finish()
	}
	if s.mode != modeJSON {
		// a quoted string in text: the text after it is the line's
		// again
		s.scope.from = max(s.scope.from, s.off+int64(s.pos))
		return
	}
	if !ok {
		s.jsonError()
		return
	}
	f := &s.stack[len(s.stack)-1]
	if st.kind == strKey {
		f.member = keyOther
		if !st.more {
			f.member = memberKind(st.buf)
		}
		s.key(f)
		return
	}
	s.stringValue(f, st.kind, st.slot, st.buf, st.more, st.escaped)
}

// stringValue is where a string value of f has been read, with s.pos
// past its closing quote: buf is its content as kept for its kind (see
// stringLimit), more says it was cut, escaped that it held an escape.
func (s *scanner) stringValue(f *frame, kind strKind, slot int, buf []byte, more, escaped bool) {
	switch kind {
	case strCode:
		if code, ok := ascii.ParseCode(buf); ok && !escaped && !more {
			s.pending(f, slot, pendingCode{code: errcode.Code(code), line: s.lineOf(s.pos)})
		}
	case strInfo:
		sl := f.slot(slot)
		message := f.member == keyMessage
		if message && sl.hasInfo && !sl.message {
			break // a detail member wins over a message
		}
		sl.info = append(sl.info[:0], buf...)
		sl.hasInfo, sl.infoMore, sl.cleaned, sl.message = true, more, false, message
	case strID:
		if !f.hasID || f.groupID || f.member != keyGroupID {
			f.id = append(f.id[:0], buf...)
			f.hasID, f.idMore, f.idClean, f.groupID = true, more, false, f.member == keyGroupID
		}
	case strAccount:
		if f.failList {
			fd := Finding{NoCode: true, Line: s.lineOf(s.pos)}
			if s.run.opt.Details {
				fd.ID = s.run.text(buf, more, MaxID)
			}
			s.field(&fd, idHash(buf))
		}
	}
	s.afterValue(f)
}

// noteKey records in f what a key of kind k says of the object: that it
// has a category or a retry hint of the library's own, or that it is a
// log record (a level key).
func (f *frame) noteKey(k memberKey) {
	switch k {
	case keyCategory:
		f.hasCategory = true
	case keyRetry:
		f.hasRetry = true
	case keyLevel:
		f.logRecord = true
	}
}

// key is where the key of f's member has been read.
func (s *scanner) key(f *frame) {
	f.noteKey(f.member)
	s.js = jsColon
}

// memberKind tells what a decoded key names: one of memberKeys, in any
// ASCII letter case, or keyOther. It runs for every key, so it does not
// loop over the table: it packs the key's bytes into one or two words
// (the second overlapping the first for a key of 9 to 14 bytes) and looks
// them up with keyKind. TestMemberKind and TestMemberKindBytes hold it to
// memberKeys.
//
// The cases go from the most usual keys, of 9 to 14 bytes (ErrorCode,
// ActionStatus), each one unsigned compare: in the order of the lengths
// they took a few compares more for every key.
func memberKind(k []byte) memberKey {
	var lo, hi uint64
	switch n := len(k); {
	case uint(n-9) <= 14-9:
		lo, hi = binary.LittleEndian.Uint64(k), binary.LittleEndian.Uint64(k[n-8:])
	case uint(n-4) <= 8-4:
		lo = uint64(binary.LittleEndian.Uint32(k)) | uint64(binary.LittleEndian.Uint32(k[n-4:]))<<(8*(n-4))
	case n == 2:
		lo = uint64(binary.LittleEndian.Uint16(k))
	case n == 3:
		lo = uint64(binary.LittleEndian.Uint16(k)) | uint64(k[2])<<16
	default:
		return keyOther
	}
	return keyKind(lo, hi, len(k))
}

// keyKind is memberKind for the key of n bytes (at most 14) whose first
// (up to) 8 bytes are lo, zeros past the key, and whose last 8 bytes are
// hi if it has more than 8, else hi is 0.
//
// It looks the key up in keyTable by a hash of lo with its letters
// folded to lower case, and n, and compares it with the one entry there:
// a multiplication and one place, where comparing with each key of the
// length took an indirect jump by the length, which the processor may
// mispredict from key to key as bodies of different shapes follow each
// other, and a compare for each key of the length.
func keyKind(lo, hi uint64, n int) memberKey {
	e := &keyTable[((lo|lsb*0x20)^uint64(n))*keyHashMul>>58]
	if lo|e.loFold == e.lo && hi|e.hiFold == e.hi && int(e.n) == n {
		return e.key
	}
	return keyOther
}

// keyHashMul is the multiplier of keyKind's hash, chosen so that no two
// keys of memberKeys share a place of keyTable; TestKeyTable checks that
// the table is memberKeys.
const keyHashMul = 0x19012ff9a69a02b

// keyEntry is a key of memberKeys as keyKind compares it: its words as
// keyKind takes them, in lower case (little endian, the key in the
// comment), each with a fold that holds 0x20 in the bytes that are
// letters, so that an upper-case letter ORed with it is its lower case
// and any other byte must match exactly; its length; and what it names.
type keyEntry struct {
	lo, loFold, hi, hiFold uint64
	n                      uint8
	key                    memberKey
}

// keyTable holds the keys of memberKeys at the places keyKind's hash
// gives them; the rest are empty, with a length no key has.
var keyTable = [64]keyEntry{
	1:  {0x635f746c75736572, 0x2000202020202020, 0x65646f635f746c75, 0x2020202000202020, 11, keyResultCode}, // result_code
	2:  {0x695f746c75736572, 0x2000202020202020, 0x6f666e695f746c75, 0x2020202000202020, 11, keyResultInfo}, // result_info
	3:  {0x6363615f6c696166, 0x2020200020202020, 0x746e756f6363615f, 0x2020202020202000, 12, keyFailList},   // fail_account
	4:  {0x6363615f6d6f7266, 0x2020200020202020, 0x746e756f6363615f, 0x2020202020202000, 12, keyID},         // from_account
	5:  {0x615f7265626d656d, 0x2000202020202020, 0x746e756f6363615f, 0x2020202020202000, 14, keyID},         // member_account
	6:  {0x6e69746c75736572, 0x2020202020202020, 0x6f666e69746c7573, 0x2020202020202020, 10, keyResultInfo}, // resultinfo
	8:  {0x65646f635f727265, 0x2020202000202020, 0x0, 0x0, 8, keyErrorCode},                                 // err_code
	9:  {0x666e69726f727265, 0x2020202020202020, 0x6f666e69726f7272, 0x2020202020202020, 9, keyErrorInfo},   // errorinfo
	10: {0x6469, 0x2020, 0x0, 0x0, 2, keyGroupID},                                                           // id
	11: {0x756f6363615f6f74, 0x2020202020002020, 0x746e756f6363615f, 0x2020202020202000, 10, keyID},         // to_account
	12: {0x6c6961746564, 0x202020202020, 0x0, 0x0, 6, keyDetail},                                            // detail
	16: {0x65646f63, 0x20202020, 0x0, 0x0, 4, keyCode},                                                      // code
	17: {0x79726f6765746163, 0x2020202020202020, 0x0, 0x0, 8, keyCategory},                                  // category
	19: {0x6f666e69727265, 0x20202020202020, 0x0, 0x0, 7, keyErrorInfo},                                     // errinfo
	20: {0x67736d727265, 0x202020202020, 0x0, 0x0, 6, keyErrorInfo},                                         // errmsg
	21: {0x64695f70756f7267, 0x2020002020202020, 0x0, 0x0, 8, keyID},                                        // group_id
	26: {0x6567617373656d, 0x20202020202020, 0x0, 0x0, 7, keyMessage},                                       // message
	27: {0x746e756f636361, 0x20202020202020, 0x0, 0x0, 7, keyID},                                            // account
	29: {0x6e695f726f727265, 0x2020002020202020, 0x6f666e695f726f72, 0x2020202000202020, 10, keyErrorInfo},  // error_info
	33: {0x6f63746c75736572, 0x2020202020202020, 0x65646f63746c7573, 0x2020202020202020, 10, keyResultCode}, // resultcode
	37: {0x7972746572, 0x2020202020, 0x0, 0x0, 5, keyRetry},                                                 // retry
	38: {0x64695f72657375, 0x20200020202020, 0x0, 0x0, 7, keyID},                                            // user_id
	39: {0x646970756f7267, 0x20202020202020, 0x0, 0x0, 7, keyID},                                            // groupid
	42: {0x73726f727265, 0x202020202020, 0x0, 0x0, 6, keyErrors},                                            // errors
	43: {0x6f6320726f727265, 0x2020002020202020, 0x65646f6320726f72, 0x2020202000202020, 10, keyErrorCode},  // error code
	45: {0x63736564, 0x20202020, 0x0, 0x0, 4, keyMessage},                                                   // desc
	46: {0x646972657375, 0x202020202020, 0x0, 0x0, 6, keyID},                                                // userid
	49: {0x736d5f726f727265, 0x2020002020202020, 0x67736d5f726f7272, 0x2020200020202020, 9, keyErrorInfo},   // error_msg
	51: {0x6f6363616c696166, 0x2020202020202020, 0x73746e756f636361, 0x2020202020202020, 12, keyFailList},   // failaccounts
	52: {0x6c6576656c, 0x2020202020, 0x0, 0x0, 5, keyLevel},                                                 // level
	53: {0x65646f63727265, 0x20202020202020, 0x0, 0x0, 7, keyErrorCode},                                     // errcode
	55: {0x6f635f726f727265, 0x2020002020202020, 0x65646f635f726f72, 0x2020202000202020, 10, keyErrorCode},  // error_code
	56: {0x67736d, 0x202020, 0x0, 0x0, 3, keyMessage},                                                       // msg
	61: {0x646f63726f727265, 0x2020202020202020, 0x65646f63726f7272, 0x2020202020202020, 9, keyErrorCode},   // errorcode
}

// unescape decodes the escape at the start of b: JSON's escapes and, with
// goStyle, Go's too (\a, \v, \', \xNN, \UNNNNNNNN and octal). It returns
// the rune and how many bytes the escape takes, or 0 if it is not one.
func unescape(b []byte, goStyle bool) (r rune, n int) {
	if len(b) < 2 || b[0] != '\\' {
		return 0, 0
	}
	switch c := b[1]; c {
	case '"', '\\', '/':
		return rune(c), 2
	case 'b':
		return '\b', 2
	case 'f':
		return '\f', 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case 'u':
		r, ok := hexRune(b[2:], 4)
		if !ok {
			return 0, 0
		}
		// A surrogate pair, written as two escapes, is one rune; a
		// surrogate alone is invalid, and utf8.AppendRune writes it as
		// U+FFFD.
		if utf16.IsSurrogate(r) && len(b) >= 12 && b[6] == '\\' && b[7] == 'u' {
			if lo, ok := hexRune(b[8:], 4); ok {
				if pair := utf16.DecodeRune(r, lo); pair != utf8.RuneError {
					return pair, 12
				}
			}
		}
		return r, 6
	}
	if !goStyle {
		return 0, 0
	}
	switch c := b[1]; c {
	case 'a':
		return '\a', 2
	case 'v':
		return '\v', 2
	case '\'':
		return '\'', 2
	case 'x':
		if r, ok := hexRune(b[2:], 2); ok {
			return r, 4
		}
	case 'U':
		if r, ok := hexRune(b[2:], 8); ok {
			return r, 10
		}
	case '0', '1', '2', '3':
		if len(b) >= 4 && isOctal(b[2]) && isOctal(b[3]) {
			return rune(c-'0')<<6 | rune(b[2]-'0')<<3 | rune(b[3]-'0'), 4
		}
	}
	return 0, 0
}

func isOctal(c byte) bool { return c >= '0' && c <= '7' }

// hexRune reads n hexadecimal digits from the start of b.
func hexRune(b []byte, n int) (rune, bool) {
	if len(b) < n {
		return 0, false
	}
	var r rune
	for _, c := range b[:n] {
		switch {
		case isDigit(c):
			r = r<<4 | rune(c-'0')
		case (c|0x20) >= 'a' && (c|0x20) <= 'f':
			r = r<<4 | rune(c|0x20-'a'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
