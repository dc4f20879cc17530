package scan

import (
	"bytes"
	"encoding/binary"
	"math/bits"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/internal/ascii"
)

// Limits on how far a text mention reaches.
const (
	// maxBlanks is how many blanks may stand between a key and its value
	// in plain text.
	maxBlanks = 16
	// maxDigits is how many digits a code in text may have: an int32 has
	// at most 10.
	maxDigits = 10
	// maxBodyLead is how many brackets and spaces may open a body written
	// as a quoted string in text before its first escaped quote.
	maxBodyLead = 8
	// maxNameKey is how long a key after a bare code may be for the
	// scanner to tell whether it is the library's ".name" key.
	maxNameKey = 64
)

// text reads plain text up to limit.
//
// When it numbers lines, it moves the line count along with the text it
// skips, from the newlines textCandidate counted on the way, so that
// lineAt need not read that text again: it first brings the count up to
// pos, over the few bytes a mention or the like read since. It also keeps
// how far on from the candidate textCandidate saw no newline, so that
// lineAt need not count there either. And the count tells whether the
// text skipped ended the scope's line, which textAt would search for.
//
// A scanner that takes the quick path of text mentions (see quick) reads
// text with quickText instead, the same loop with the common mention in
// line, where the processor has the AVX2 search (wideText).
func (s *scanner) text(limit int, final bool) {
	if s.quick && wideText {
		s.quickText(limit, final)
		return
	}
	b := s.buf
	lines := s.level == 0 && s.run.opt.Lines
	for s.pos < limit {
		if lines && s.linePos < s.pos {
			s.lineAt(s.pos)
		}
		i, nl, clear := textCandidate(b, s.pos, limit)
		if lines && s.linePos == s.pos {
			s.line += int64(nl)
			s.linePos, s.lineClear = i, clear
		}
		if nl > 0 && s.scope.active && !s.run.slow && s.scope.from <= s.off+int64(s.pos) {
			// The text skipped holds a line end, which ends the scope,
			// as the next textAt would find by searching that text
			// again: end it now, with no search. Nothing reads the
			// scope before that textAt.
			s.endScope()
		}
		if i >= limit {
			s.pos = limit
			return
		}
		if s.candidate(i, limit, final) {
			return
		}
	}
}

// candidate reads what may start at buf[i], where textCandidate stopped
// text, and reports whether the step is over, as bracket does.
func (s *scanner) candidate(i, limit int, final bool) bool {
	var end int
	ok := false
	switch c := s.buf[i]; {
	case c == '{' || c == '[':
		return s.bracket(i, limit, final)
	case c == 0xe8:
		end, ok = s.returnedMention(i, final)
	case c == 0xe9:
		end, ok = s.chineseMention(i, final)
	default: // the 'o' of "od"
		end, ok = s.codeMention(i-1, final)
	}
	if ok {
		s.pos = end
	} else {
		s.pos = i + 1
	}
	return false
}

// quickText is text for a scanner that takes the quick path of text
// mentions (s.quick: level 0, lines counted, no details, fast paths on),
// as every scan for -summary does, on a processor with the AVX2 search
// (wideText; without it text's own loop runs, and the mentions still
// take quickMention).
//
// It is text's loop with textCandidate's search called in line, and with
// the mention nearly every line of a dense log holds, ErrorCode or
// errcode in any case, read in line too: it tells the key and reads the
// number with the compares keyPrefix and numberAfterKey's first path
// make for them, and counts it as quickMention does, with no call to
// codeMention, keyPrefix, mention, numberAfterKey or quickMention
// between. On such a log the calls and the values they saved and loaded
// again cost as much as what the steps do: text, textCandidate and
// codeMention each spent ~80 instructions a line on them. Anything else
// goes the general way, having changed nothing: candidate, bracket,
// wideCandidate, codeMention. FuzzFastPaths holds the two ways to each
// other.
//
// The mention's quick path reads all it needs behind one bounds check:
// the bytes from the one before the key to the end of what
// numberAfterKey's first path reads. The eight bytes that end with
// "code" tell the whole key at once, "rrorcode" or "?errcode" in any
// case, so the "c" and "e" of "code" and the "r" before them need no
// compare of their own.
func (s *scanner) quickText(limit int, final bool) {
	b := s.buf
	// The search reads b[:stop], as textCandidate cuts it: the rest of
	// a "code" that starts before limit. (An int, not a slice of its
	// own: one value less to keep through the loop.)
	stop := min(len(b), limit+skipTail)
	// chain says that the step before read a mention the quick way, and
	// so left pos, the lines counted and the scope's from all at its
	// end, a digit, with the scope open. What text asks before it
	// searches then holds or does not, as the comments say.
	chain := false
	for s.pos < limit {
		pos, chained := s.pos, chain
		chain = false
		if !chained && s.linePos < pos { // chained: linePos is pos
			s.lineAt(pos)
		}
		var i, nl, clear int
		// at is b[i] with 0x20 set, once i is below limit: 'o' for a
		// "code", whose 'o' is at i, '{' for '{' or '[', or the lead
		// byte of 错 or 返. It is read once, where the search's answer
		// is taken, so that what comes after reads b[i] no more: after
		// the stores between, that was b loaded again and checked.
		var at byte
		if start := pos; stop-start >= 4 { // text calls this only if wideText
			if !chained && pos > 0 && b[pos-1]|0x20 == 'c' {
				start-- // as textCandidate; a digit is no 'c'
			}
			i, nl, clear = indexTextLinesAVX2(b[start:stop:stop])
			if j := i + start; i >= 0 && j < limit {
				// textCandidate's usual answer: something before
				// limit, at or after pos (see wideCandidate).
				i, clear = j, clear+start
				if at = b[i] | 0x20; at == 'c' {
					i, at = i+1, 'o' // its 'o'
				}
				clear = max(clear, i)
			} else {
				i, nl, clear = wideCandidate(b[:stop], start, pos, limit, i, nl, clear)
				if i < limit {
					at = b[i] | 0x20
				}
			}
		} else {
			i, nl, clear = textCandidate(b, pos, limit)
			if i < limit {
				at = b[i] | 0x20
			}
		}
		if chained || s.linePos == pos {
			s.line += int64(nl)
			s.linePos, s.lineClear = i, clear
		}
		if nl > 0 && (chained || s.scope.active && s.scope.from <= s.off+int64(pos)) {
			// As in text. Chained, the scope is open and from is pos.
			s.endScope()
		}
		if i >= limit {
			s.pos = limit
			return
		}
		if at != 'o' {
			// candidate, with the bracket that starts a JSON body
			// handed on with one call, not two.
			var over bool
			if at == '{' { // '{' or '['
				over = s.bracket(i, limit, final)
			} else {
				over = s.candidate(i, limit, final)
			}
			if over && (s.mode != modeText || s.pos <= i) {
				return
			}
			// A JSON value read whole, back in text past it, as on
			// nearly every line of a log of bodies: the step goes on
			// here, as the next would, with no return to process and
			// back, which costs a step's checks and this function's
			// start again. Only Work counts it: one step less.
			continue
		}
		k := i - 1 // the "code"
		var c errcode.Code
		var ks, end int
		var field bool
		{
			if k < 6 || k+quickSpan-6 > len(b) {
				goto general
			}
			p := (*[quickSpan]byte)(b[k-6 : k-6+quickSpan])
			w := binary.LittleEndian.Uint64(p[2:10])
			lower := w>>8 == wordErrcode // "errcode" as the library writes it
			ks = k - 5
			switch {
			case w|foldRrorcode == wordRrorcode && p[1]|0x20 == 'e' && !wordByte(p[0]):
			case w>>8|foldErrcode == wordErrcode && !wordByte(p[2]):
				ks = k - 3
			default:
				goto general
			}
			// The number, as numberAfterKey's first path reads it after
			// the separators of the logs' forms, =, :, ": " and a blank,
			// in line too; any other form takes the general way.
			p8 := (*[fastAfterKey]byte)(p[10:])
			w = binary.LittleEndian.Uint64(p8[:8])
			// Told with no branch on which separator it is, as a dense
			// log mixes them line by line: ": " is two bytes (x is 0,
			// and x-1 wraps to set the top bit), the others one.
			x := w&0xffff ^ (' '<<8 | ':')
			d := 1 + int((x-1)>>63)
			if c0 := byte(w); c0 >= 64 || sepBytes>>c0&1 == 0 {
				goto general
			}
			a := binary.LittleEndian.Uint64(p8[d:]) ^ 0x3030303030303030
			non := ((a & low) + 0x7676767676767676 | a) & msb
			// n digits, 1 to 7, told with one compare: none (n is 0,
			// and n-1 wraps) is no number, and eight (non is 0, n is
			// 8) take the general way.
			n := bits.TrailingZeros64(non) / 8
			if uint(n-1) > 6 {
				goto general
			}
			if t := byte(a>>(8*n&63)) ^ '0'; wordByte(t) || t == '.' && isDigit(p8[d+n+1]) {
				goto general
			}
			c, end = errcode.Code(digitsValue(a, n)), k+4+d+n
			// The library's own text is "errcode: N", in lower case.
			field = !lower || d != 2
			if c == 0 {
				s.pos = end // success, as mention reads it
				continue
			}
			// quickMention, in line, with no call: after a mention read
			// so (chained), the lines were counted from its end, which
			// is the scope's from, up to the 'o' of this one, and a line
			// end among them ended the scope above. So quickLine would
			// give the line the count was at before, and quickMention's
			// first checks, that the count is up to ks and that the
			// scope did not end, would hold: none needs asking.
			// FuzzFastPaths holds this to the general way too.
			//
			// Nor when the scope is not open, as it is not after a JSON
			// body or a line without a code, and the count is up to the
			// key or past it, at most to end, as the search leaves it:
			// the scope then holds nothing that a line end would end,
			// and the count is done, which is all that quickLine's line
			// and the checks after it are for. The general way,
			// mentionAt, would count no line and end nothing either.
			chain = true // every way below leaves what chained says
			s.pos = end
			if !chained && (s.scope.active || s.linePos < ks || s.linePos > end) {
				before, ok := s.quickLine(end)
				if !ok {
					chain = false
					goto general
				}
				if s.linePos < ks || s.line != before && s.scope.active {
					s.quickNewLine(c, ks, end, field, before)
					continue
				}
			}
			// The rest of quickMention.
			sc := &s.scope
			s.linePos = end
			sc.from = s.off + int64(end)
			sc.lineFrom, sc.fromLine = sc.from, s.line
			sc.active = true
			if field && len(sc.held) == 0 {
				sc.count(c)
				if f := s.run.slot(); f != nil {
					f.Code, f.NoCode, f.Known, f.Cut, f.Line = c, false, false, false, s.line // see quickMention
					if !s.noKnown {
						f.Known = listed(c)
					}
					continue
				}
				s.run.report(&Finding{Code: c, Line: s.line, Known: !s.noKnown && listed(c)})
				continue
			}
			if field {
				sc.count(c)
			}
			s.quickHold(c, field)
			continue
		}
	general:
		if end, ok := s.codeMention(k, final); ok {
			s.pos = end
		} else {
			s.pos = i + 1
		}
	}
}

// bracket reads from the '{' or '[' at buf[i]: a body written with
// escaped quotes, a JSON value, or brackets that start neither, which it
// steps over, on to a bracket right after them if there is one. It
// reports whether the step is over, as it is once a body or JSON value
// was read.
func (s *scanner) bracket(i, limit int, final bool) bool {
	b := s.buf
	for {
		if i+maskRead <= len(b) && b[i] == '{' && b[i+1] == '"' && i+1 < limit && !s.run.slow {
			// The usual way into an object, {"key": and a value: the
			// masks that show it is one are the first block members
			// reads the key from. escapedBody is false on the '"'.
			bm := &s.bm
			if bm.firstKey(b, i, limit) {
				s.textAt(i)
				// startJSON, inline, for the object: the call cost
				// about 15 instructions a body.
				s.stack = s.stack[:0]
				s.push(true)
				s.pos, s.mode = i+1, modeJSON
				s.members(&s.stack[0], limit, final, bm)
				// Where json's loop goes on after members.
				if s.mode == modeString {
					s.string(limit, final)
				}
				if s.mode == modeJSON {
					s.json(limit, final)
				}
				return true
			}
		}
		if s.level < maxLevel && escapedBody(b[i:]) {
			if end, ok := shortQuoted(b, i); ok {
				// Too short to hold anything: step over it.
				s.pos = end
				if end >= limit || b[end] != '{' && b[end] != '[' {
					return false
				}
				i = end
				continue
			}
			// A body written with escaped quotes, as logfmt and slog's
			// text handler write one in a quoted value, or nginx with
			// \x22: read it as a string from here, decoding Go's
			// escapes, and scan what it holds. Its first byte is
			// content, so the string reads on.
			s.textAt(i)
			s.pos = i
			s.startString(strText, true, true, modeText)
			s.string(limit, final)
			return true
		}
		j := openRun(b, i)
		if j == i {
			s.textAt(i)
			s.pos = i
			s.startJSON() // reads the bracket
			s.json(limit, final)
			return true
		}
		// No JSON value starts here: step over what cannot start one. A
		// bracket right there is the next candidate, with no need to
		// search for it.
		s.pos = j
		if j >= limit || b[j] != '{' && b[j] != '[' {
			return false
		}
		i = j
	}
}

// shortQuoted reports whether the quoted string whose content starts at
// b[i] ends, at an unescaped quote or a control character, before it
// holds minScan decoded bytes, and returns where it ends: such a string
// is too short to hold anything.
func shortQuoted(b []byte, i int) (end int, ok bool) {
	n := 0
	for x := i; x < len(b) && n < minScan; n++ {
		switch c := b[x]; {
		case c == '"' || c < 0x20:
			return x, true
		case c == '\\':
			_, w := unescape(b[x:], true)
			x += max(w, 1)
		default:
			x++
		}
	}
	return 0, false
}

// maxOpenRun is how many bytes of a run of brackets and blanks openRun
// looks at: several times maxDepth, so that a long run is stepped over
// in strides without being read as JSON.
const maxOpenRun = 4 * maxDepth

// maxPeek is how many bytes of the string after a run openRun reads to
// tell whether it can go on from the run's last bracket.
const maxPeek = 64

// openRun looks at the run of '{', '[' and blanks that starts with the
// bracket at b[i], and returns the first index in it at which a JSON value
// may start: i when one may start there. None may start before a '{'
// that another bracket follows (a key must follow it), nor where the run
// holds more than maxDepth brackets after it (too deep to be taken as
// JSON); and none in the run when what follows it cannot go on from its
// last bracket: after '{' a key, a string followed by ':', or '}'; after
// '[' a value or ']', and a string there followed by ',' or ']'. It looks
// at most maxOpenRun bytes of the run and maxPeek bytes after it; what it
// cannot see may go on.
func openRun(b []byte, i int) int {
	start := i
	var last byte
	n := 0 // brackets so far
	j := i
	for ; j < len(b) && j-i < maxOpenRun; j++ {
		c := b[j]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			continue
		}
		if c != '{' && c != '[' {
			break
		}
		if last == '{' {
			start = j
		}
		last = c
		n++
	}
	if n > maxDepth {
		// Step over the brackets that have more than maxDepth after
		// them.
		k, skip := i, n-maxDepth
		for ; skip > 0 || b[k] != '{' && b[k] != '['; k++ {
			if b[k] == '{' || b[k] == '[' {
				skip--
			}
		}
		start = max(start, k)
	}
	if j == len(b) || j-i == maxOpenRun {
		return start
	}
	c := b[j]
	switch {
	case c == '"':
		// A key or a string value: it must end, and be followed by ':'
		// after a key, ',' or ']' after a value.
		k := j + 1
		end := k + stringStop(b[k:min(len(b), k+maxPeek)])
		if end >= len(b) || b[end] != '"' {
			return start // an escape, or more than can be seen
		}
		k = skipJSONBlanks(b, end+1, maxPeek)
		if k == len(b) {
			return start
		}
		if last == '[' && (b[k] == ',' || b[k] == ']') || last == '{' && b[k] == ':' && valueMayStart(b, k+1) {
			return start
		}
		return afterString(b, j, end)
	case last == '{' && c == '}':
		return start
	case last == '[' && (c == ']' || c == '-' || isDigit(c) || c == 't' || c == 'f' || c == 'n'):
		return start
	}
	return j
}

// afterString returns where to look on after the string that runs from
// the quote at b[q] to the quote at b[end], which cannot go on from the
// run of brackets before it: its first bracket, which may start a value;
// q when it holds another byte where text may hold something (see
// textCandidate); else past its end.
func afterString(b []byte, q, end int) int {
	for x := q + 1; x < end; x++ {
		switch b[x] {
		case '{', '[':
			return x
		case 'o', 'O', 0xe8, 0xe9:
			return q
		}
	}
	return end + 1
}

// valueMayStart reports whether a JSON value may start after blanks at
// b[k]: a string, number or literal, or a bracket that what follows it
// can go on from; true when b ends first.
func valueMayStart(b []byte, k int) bool {
	k = skipJSONBlanks(b, k, maxPeek)
	if k == len(b) {
		return true
	}
	c := b[k]
	if c == '{' || c == '[' {
		n := skipJSONBlanks(b, k+1, maxPeek)
		if n == len(b) {
			return true
		}
		d := b[n]
		if c == '{' {
			return d == '"' || d == '}'
		}
		return d != ',' && d != ':' && d != '}'
	}
	return c == '"' || c == '-' || isDigit(c) || c == 't' || c == 'f' || c == 'n'
}

// skipJSONBlanks returns the index of the first byte at or after j that is
// not JSON whitespace, stepping over at most max of them; len(b) when b
// ends first.
func skipJSONBlanks(b []byte, j, limit int) int {
	for n := 0; j < len(b) && n < limit && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r' || b[j] == '\n'); n++ {
		j++
	}
	return j
}

// escapedBody reports whether b, which starts with '{' or '[', starts a
// JSON body whose quotes are escaped: once, as in {\"ErrorCode\":1} or
// nginx's {\x22ErrorCode\x22:1}, or twice, as in {\\\"ErrorCode\\\":1}.
func escapedBody(b []byte) bool {
	if len(b) > 1 && b[1] != '\\' && b[1] != '{' && b[1] != '[' && b[1] != ' ' {
		return false
	}
	i := 0
	for i < len(b) && i < maxBodyLead && (b[i] == '{' || b[i] == '[' || b[i] == ' ') {
		i++
	}
	b = b[i:]
	return bytes.HasPrefix(b, []byte(`\"`)) || bytes.HasPrefix(b, []byte(`\x22`)) || bytes.HasPrefix(b, []byte(`\\\"`))
}

// textClass is the kind of key a text mention has, which decides which
// keys name its detail.
type textClass uint8

const (
	classError  textClass = iota // ErrorCode, errcode, 错误码 and the like
	classResult                  // ResultCode and the like
	classPlain                   // a bare code, such as code=70001
	numClasses
)

// detailKeys name a mention's detail in text, for each class.
var detailKeys = [numClasses][]string{
	classError:  {"errorinfo", "error_info", "errinfo", "errmsg", "error_msg", "detail"},
	classResult: {"resultinfo", "result_info"},
	classPlain:  {"errorinfo", "error_info", "errinfo", "errmsg", "error_msg", "detail", "desc"},
}

// keyPrefixes turn a "code" that follows them into an ErrorCode or a
// ResultCode key: errorcode, error_code, "error code", errcode, err_code,
// resultcode, result_code, "result code". Longer ones come first.
var keyPrefixes = []struct {
	word  string
	class textClass
}{
	{"error_", classError}, {"error ", classError}, {"error", classError},
	{"err_", classError}, {"err", classError},
	{"result_", classResult}, {"result ", classResult}, {"result", classResult},
}

// otherCodeWords name the codes a log line may mention that are not IM
// error codes, as in "status code: 200" or "HTTP code=502".
var otherCodeWords = []string{"status", "http", "exit", "return", "response", "resp"}

// codeMention reads a mention whose "code" starts at b[k], if there is one
// there, and returns where it ends. quickText reads the usual ones in line
// before it comes here.
func (s *scanner) codeMention(k int, final bool) (end int, ok bool) {
	b := s.buf
	if k < 0 || k+4 > len(b) || b[k]|0x20 != 'c' || b[k+3]|0x20 != 'e' {
		return 0, false
	}
	if ks, class, ok := keyPrefix(b, k); ok {
		return s.mention(ks, k+4, class, sepBlank, final)
	}
	if !keyStart(b, k) || otherCode(b, k) {
		return 0, false
	}
	return s.mention(k, k+4, classPlain, sepMark, final)
}

// quickSpan is how many bytes quickText's mention reads: the byte
// before an ErrorCode key, the key's nine and what numberAfterKey's first
// path reads after it.
const quickSpan = 1 + len("ErrorCode") + fastAfterKey

// The eight bytes that end an ErrorCode or errcode key, as quickText
// compares them, in the way of wordError and foldError below: "rrorcode",
// and "errcode" after a byte of any value.
const (
	wordRrorcode = 'r' | 'r'<<8 | 'o'<<16 | 'r'<<24 | 'c'<<32 | 'o'<<40 | 'd'<<48 | 'e'<<56
	foldRrorcode = 0x2020202020202020
	wordErrcode  = 'e' | 'r'<<8 | 'r'<<16 | 'c'<<24 | 'o'<<32 | 'd'<<40 | 'e'<<48
	foldErrcode  = 0x20202020202020
)

// wordBits has bit c%64 of word c/64 set for each byte c that
// isWordByte reports: ASCII letters, digits and '_'.
var wordBits = [4]uint64{
	0x03ff000000000000, // '0' to '9'
	0x07fffffe87fffffe, // 'A' to 'Z', '_', 'a' to 'z'
}

// wordByte is isWordByte by a look-up, one load and a bit test rather
// than four compares, for quickText's mention, which asks twice for
// every mention. TestWordBits holds the two to each other.
//
// Every word byte is '0' or above, and the bytes around a mention's key
// and number (blanks, punctuation) are mostly below: one compare tells
// those.
func wordByte(c byte) bool {
	return c >= '0' && wordBits[c>>6]>>(c&63)&1 != 0
}

// sepBytes has bit c set for each byte c that quickText takes as a
// separator: '=', ':' and ' '. It is a uint64, as an untyped constant
// would not fit the int of a 32-bit build.
const sepBytes uint64 = 1<<'=' | 1<<':' | 1<<' '

// The words of keyPrefixes as keyPrefix compares them: each word's bytes
// as a little-endian number (wordX), with 0x20 set at its letters in
// foldX, so that w|foldX == wordX tells the word in any letter case from
// every other bytes: a letter's two cases are the only bytes that differ
// by 0x20 alone, and the other bytes are compared as they are.
// TestPrefixWords holds them to keyPrefixes.
const (
	wordError  = 'e' | 'r'<<8 | 'r'<<16 | 'o'<<24 | 'r'<<32
	foldError  = 0x2020202020
	wordErr    = 'e' | 'r'<<8 | 'r'<<16
	foldErr    = 0x202020
	wordResult = 'r' | 'e'<<8 | 's'<<16 | 'u'<<24 | 'l'<<32 | 't'<<40
	foldResult = 0x202020202020
)

// keyPrefix returns where the key of a "code" at b[k] starts and its
// class when one of keyPrefixes comes right before it at a key start.
// Nearly every mention in a log is an ErrorCode or an errcode, and this
// runs for each, so it compares the eight bytes before k with each word
// at once, and only with the words that end with the byte before k. At
// most one of keyPrefixes ends at k (those that end alike differ in the
// byte before their last but one: "error"/"err", "error_"/"err_"/
// "result_", "error "/"result "), so their order does not matter.
func keyPrefix(b []byte, k int) (ks int, class textClass, ok bool) {
	if k < 8 {
		return keyPrefixShort(b, k)
	}
	w := binary.LittleEndian.Uint64(b[k-8 : k])
	ks, class = -1, classError
	switch b[k-1] {
	case 'r', 'R':
		switch {
		case w>>24|foldError == wordError:
			ks = k - 5
		case w>>40|foldErr == wordErr:
			ks = k - 3
		}
	case 't', 'T':
		if w>>16|foldResult == wordResult {
			ks, class = k-6, classResult
		}
	case '_', ' ':
		// The word before the separator, as above, one byte further.
		sep := uint64(b[k-1])
		switch {
		case w>>16|foldError == wordError|sep<<40:
			ks = k - 6
		case sep == '_' && w>>32|foldErr == wordErr|sep<<24:
			ks = k - 4
		case w>>8|foldResult == wordResult|sep<<48:
			ks, class = k-7, classResult
		}
	}
	// wordStart first: it inlines, and holds for nearly every key.
	if ks < 0 || !wordStart(b, ks) && !keyStart(b, ks) {
		return 0, 0, false
	}
	return ks, class, true
}

// keyPrefixShort is keyPrefix for a "code" within 8 bytes of b's start.
func keyPrefixShort(b []byte, k int) (ks int, class textClass, ok bool) {
	for _, p := range keyPrefixes {
		ks := k - len(p.word)
		if ks >= 0 && ascii.HasPrefixFold(b[ks:], p.word) && keyStart(b, ks) {
			return ks, p.class, true
		}
	}
	return 0, 0, false
}

// chineseMention reads a mention whose 错误码 starts at b[k], if there is
// one there: 错误码：N, 错误码 N, 错误码N or 错误码为N.
func (s *scanner) chineseMention(k int, final bool) (end int, ok bool) {
	if !bytes.HasPrefix(s.buf[k:], []byte("错误码")) {
		return 0, false
	}
	ke := k + len("错误码")
	if bytes.HasPrefix(s.buf[ke:], []byte("为")) {
		ke += len("为")
	}
	return s.mention(k, ke, classError, sepNone, final)
}

// returnedMention reads a mention whose 返回 ("returned") starts at b[k],
// if there is one there: 返回N or 返回：N. As the word says nothing of
// errors, N counts only when an official source lists it, as for a bare
// code=N.
func (s *scanner) returnedMention(k int, final bool) (end int, ok bool) {
	if !bytes.HasPrefix(s.buf[k:], []byte("返回")) {
		return 0, false
	}
	return s.mention(k, k+len("返回"), classPlain, sepNone, final)
}

// keySep is what may stand between a text key and its number.
type keySep uint8

const (
	sepMark  keySep = iota // '=', ':' or '：', with blanks around it
	sepBlank               // that, or blanks alone, as in "errcode 70001"
	sepNone                // that, or blanks alone, or nothing, as in 错误码70001
)

// mention reads the number after a text key that runs from b[ks] to
// b[ke], and counts it; sep says what may stand between key and number.
// A number that touches the end of the input (final, at level 0) is cut;
// a bare one is then not counted.
func (s *scanner) mention(ks, ke int, class textClass, sep keySep, final bool) (end int, ok bool) {
	b := s.buf
	c, digits, end, ok := numberAfterKey(b, ke, sep)
	if !ok {
		return 0, false
	}
	cut := final && s.level == 0 && end == len(b)
	if c == 0 || cut && class == classPlain {
		return end, true
	}
	if s.quick && class != classPlain && !cut {
		if before, ok := s.quickLine(end); ok {
			s.quickMention(c, ks, end, !libraryText(b, ks, ke, digits), before)
			return end, true
		}
	}
	group := class == classPlain && nameFollows(b, end)
	if class == classPlain && !listed(c) && !group {
		// A bare code=N counts only when an official source lists N, or
		// when the library's own slog output follows with the code's name:
		// a range would take "verification code: 123456" for an IM code.
		return end, true
	}
	line := s.mentionAt(ks, digits, end)
	if group {
		if c == s.scope.group && bytes.HasSuffix(b[:ks], []byte("errors.0.")) {
			// The library's batch group in slog text output: its first
			// failure again, which its own code counted.
			s.scope.group = 0
			return end, true
		}
		s.scope.group = c
	}
	field := !libraryText(b, ks, ke, digits)
	if field {
		// Before queued, as field does.
		s.scope.count(c)
	}
	h := s.queued()
	h.f.Code, h.f.Line, h.f.Cut, h.f.Known, h.field = c, line, cut, known(c, cut), field
	if s.run.opt.Details {
		// After queued: settling, which queued may do, changes nothing
		// the detail depends on.
		h.f.Detail = s.textDetail(ks, end, class)
	}
	return end, true
}

// quickLine returns the number of the line that the scope's from is on,
// when the lines are counted from there (up to there, or on from where
// they were when from was set) and at most up to end, the end of a
// mention's number: what quickMention needs. ok is false otherwise.
func (s *scanner) quickLine(end int) (before int64, ok bool) {
	sc, p := &s.scope, s.off+int64(s.linePos)
	switch {
	case s.linePos > end:
		return 0, false
	case p == sc.from:
		return s.line, true
	case sc.lineFrom == sc.from && sc.from <= p:
		return sc.fromLine, true
	}
	return 0, false
}

// quickMention is the rest of mention, straight through, for the common
// case of -summary: an ErrorCode=N or the like (no bare code, so no
// group), not cut, at level 0 of a Scanner that counts lines and reads
// no details (scanner.quick), with the lines counted from where the scope
// last looked for a line end at most up to end (see quickLine, which
// gives before, the number of the line where the scope looked last). It
// does what mentionAt and the
// rest of mention do then, without their calls and checks: the count of
// the newlines up to ks gives the number's line and tells whether the
// scope ended, and the finding is queued in place.
//
// No line end lies between ks and end (a key, blanks, a separator,
// quotes and a number), so once the lines are counted up to ks or past
// it, as text counts them up to the "od" of ErrorCode that it found, the
// count is done: the usual mention, the first of its line, reads no byte
// again to find the line end before it.
//
// field is what mention works out for a finding, !libraryText: the
// callers tell it from what they have read already. The rare work comes
// first, apart, in quickNewLine, which calls quickMention again once it
// is done: with no call it must come back from but the cold ones at its
// ends, quickMention keeps its arguments in registers, where a call to
// bytes.Count or endScope in its midst had them all saved on the stack
// first, at every mention.
//
// quickText runs the same steps in line for the mentions it reads itself
// (a change here goes there too), and calls quickNewLine and quickHold
// as this does.
func (s *scanner) quickMention(c errcode.Code, ks, end int, field bool, before int64) {
	sc := &s.scope
	if s.linePos < ks || s.line != before && sc.active {
		s.quickNewLine(c, ks, end, field, before)
		return
	}
	s.linePos = end
	sc.from = s.off + int64(end)
	sc.lineFrom, sc.fromLine = sc.from, s.line
	sc.active = true
	if field {
		sc.count(c)
		if len(sc.held) == 0 {
			// The scope's first finding to go on, and a field, which
			// nothing cancels: it goes on now, with no queue; the
			// findings after it in the scope go on after it, as they
			// would when it ends.
			if f := s.run.slot(); f != nil {
				// Its Detail and ID are "" already: with no details,
				// no finding has either (checkFastPaths holds every
				// scan to that), and pending's slots were zero. The
				// flags are written as constants, which the compiler
				// stores together, and Known after them only when the
				// sink does not work it out itself.
				f.Code, f.NoCode, f.Known, f.Cut, f.Line = c, false, false, false, s.line
				if !s.noKnown {
					f.Known = listed(c)
				}
				return
			}
			s.run.report(&Finding{Code: c, Line: s.line, Known: !s.noKnown && listed(c)})
			return
		}
	}
	s.quickHold(c, field)
}

// quickNewLine is the start of quickMention when the lines are not yet
// counted up to ks, or the count says that the scope ended: it counts
// them and ends the scope, and quickMention then goes on, as what sent it
// here holds no more.
func (s *scanner) quickNewLine(c errcode.Code, ks, end int, field bool, before int64) {
	if s.linePos < ks {
		s.line += int64(bytes.Count(s.buf[s.linePos:ks], []byte{'\n'}))
		s.linePos = ks
	}
	if s.line != before && s.scope.active {
		s.endScope()
	}
	s.quickMention(c, ks, end, field, before)
}

// quickHold is the end of quickMention for a finding the scope holds
// until it ends.
func (s *scanner) quickHold(c errcode.Code, field bool) {
	sc := &s.scope
	if len(sc.held) == cap(sc.held) {
		s.makeRoom()
	}
	sc.held = sc.held[:len(sc.held)+1]
	sc.held[len(sc.held)-1] = heldFinding{f: Finding{Code: c, Line: s.line, Known: !s.noKnown && listed(c)}, field: field}
}

// libraryText reports whether a text mention whose key runs from b[ks] to
// b[ke] and whose number starts at b[digits] is the library's own error
// text, "errcode: N Name: …", as (*errcode.Error).Error writes it.
func libraryText(b []byte, ks, ke, digits int) bool {
	return string(b[ks:ke]) == "errcode" && digits == ke+2 && b[ke] == ':' && b[ke+1] == ' '
}

// numberAfterKey reads what follows a text key at b[j]: an optional closing
// quote, plain or escaped (as in "ErrorCode":N or \"ErrorCode\":N), blanks,
// '=', ':' or '：' (or what else sep allows), blanks, an optional quote,
// and an integer that fits in an int32 and ends a word. It returns the
// code, where its digits start and where it ends.
//
// It runs for every mention, so the common forms (ErrorCode=N,
// ErrorCode: N, errcode N, with up to seven digits) are read straight
// from the bytes after the key, with no loop and no call. Otherwise
// skipQuote runs only at a byte that may start a quote, and
// leadingDigits reads eight digits at a time.
func numberAfterKey(b []byte, j int, sep keySep) (c errcode.Code, digits, end int, ok bool) {
	if j >= 0 && j+fastAfterKey <= len(b) {
		// The common separators, "=", ":", ": " and, as sep allows, " "
		// or nothing, each followed by a digit, told from the first
		// bytes at once; then up to seven digits, which fit in an int32
		// and need no loop. Anything else takes the general path.
		p := (*[fastAfterKey]byte)(b[j:])
		w := binary.LittleEndian.Uint64(p[:8])
		d := -1 // how many bytes of separator
		switch c0, c1 := byte(w), byte(w>>8); {
		case (c0 == '=' || c0 == ':') && isDigit(c1):
			d = 1
		case c0 == ':' && c1 == ' ' && isDigit(byte(w>>16)):
			d = 2
		case c0 == ' ' && sep != sepMark && isDigit(c1):
			d = 1
		case sep == sepNone && isDigit(c0):
			d = 0
		}
		if d >= 0 {
			a := binary.LittleEndian.Uint64(p[d:]) ^ 0x3030303030303030
			// n, at least 1, digits start at d: the first byte not a
			// digit, t, ends the number unless it goes on a word or a
			// fraction.
			if non := ((a & low) + 0x7676767676767676 | a) & msb; non != 0 {
				n := bits.TrailingZeros64(non) / 8
				t := byte(a>>(8*n&63)) ^ '0'
				if isWordByte(t) || t == '.' && isDigit(p[d+n+1]) {
					return 0, 0, 0, false
				}
				return errcode.Code(digitsValue(a, n)), j + d, j + d + n, true
			}
		}
	}
	if j < len(b) && mayQuote(b[j]) {
		j = skipQuote(b, j)
	}
	k := skipBlanks(b, j)
	switch {
	case k < len(b) && (b[k] == '=' || b[k] == ':'):
		k++
	case k < len(b) && b[k] == "："[0] && ascii.HasPrefixFold(b[k:], "："):
		k += len("：")
	case sep == sepMark || sep == sepBlank && k == j:
		return 0, 0, 0, false
	}
	k = skipBlanks(b, k)
	if k < len(b) && mayQuote(b[k]) {
		k = skipQuote(b, k)
	}
	start := k
	if k < len(b) && (b[k] == '-' || b[k] == '+') {
		k++
	}
	v, n := leadingDigits(b[k:])
	if n == 0 || n > maxDigits {
		return 0, 0, 0, false
	}
	k += n
	if k < len(b) && (isWordByte(b[k]) || b[k] == '.' && k+1 < len(b) && isDigit(b[k+1])) {
		return 0, 0, 0, false
	}
	if b[start] == '-' {
		v = -v
	}
	if v != int64(int32(v)) {
		return 0, 0, 0, false
	}
	return errcode.Code(v), start, k, true
}

// fastAfterKey is how many bytes after a key numberAfterKey's fast path
// reads: a separator of up to two bytes, eight for the number, and the
// byte after a '.' that ends it.
const fastAfterKey = 2 + 8 + 1

// mayQuote reports whether skipQuote may step over something at c.
func mayQuote(c byte) bool { return c == '"' || c == '\'' || c == '\\' }

// leadingDigits returns the value of the decimal digits b starts with and
// how many there are, reading at most maxDigits+1 of them (n is then more
// than maxDigits, and v is of no use).
func leadingDigits(b []byte) (v int64, n int) {
	if len(b) >= 8 {
		// Eight bytes at once: a is each byte's value as a digit, which
		// is more than 9 where the byte is not one.
		a := binary.LittleEndian.Uint64(b) ^ 0x3030303030303030
		// The high bit of each byte of non is set where a's byte is not
		// a digit's value: 0x76 carries into the high bit from 10 up,
		// and no byte's sum carries into the next.
		if non := ((a & low) + 0x7676767676767676 | a) & msb; non != 0 {
			n = bits.TrailingZeros64(non) / 8
			if n == 0 {
				return 0, 0
			}
			return digitsValue(a, n), n
		}
	}
	for n < len(b) && isDigit(b[n]) && n <= maxDigits {
		v = v*10 + int64(b[n]-'0')
		n++
	}
	return v, n
}

// digitsValue returns the value of the first n digits (1 to 8) of a, the
// values of eight digits in the order they are written, a byte each from
// the lowest.
func digitsValue(a uint64, n int) int64 {
	// The n digits to the top bytes, zeros below them, and pairs, quads
	// and octets of digits added up in turn. The shift is less than 64,
	// which the mask tells the compiler, so that it makes no case of a
	// larger one; the shifts that read a byte at a digit count do too.
	a <<= (64 - 8*uint(n)) & 63
	a = (a * (10<<8 + 1)) >> 8 & 0x00ff00ff00ff00ff
	a = (a * (100<<16 + 1)) >> 16 & 0x0000ffff0000ffff
	a = (a * (10000<<32 + 1)) >> 32
	return int64(a)
}

// listed reports whether an official source lists c (errcode.Lookup).
func listed(c errcode.Code) bool {
	_, ok := errcode.Lookup(c)
	return ok
}

// skipQuote steps over a quote at b[j], plain or escaped: with a
// backslash, or as nginx writes it, \x22.
func skipQuote(b []byte, j int) int {
	switch {
	case j < len(b) && (b[j] == '"' || b[j] == '\''):
		return j + 1
	case j+1 < len(b) && b[j] == '\\' && b[j+1] == '"':
		return j + 2
	case hexQuote(b[j:]):
		return j + len(`\x22`)
	}
	return j
}

// keyStart reports whether a key may start at b[i]: at a word start, or
// after nginx's \x22.
func keyStart(b []byte, i int) bool {
	return wordStart(b, i) || i >= 4 && hexQuote(b[i-4:])
}

// hexQuote reports whether b starts with \x22, a quote as nginx escapes
// it.
func hexQuote(b []byte) bool {
	return len(b) >= 4 && b[0] == '\\' && b[1] == 'x' && b[2] == '2' && b[3] == '2'
}

// skipBlanks returns the index of the first byte at or after j that is not
// a space or a tab, stepping over at most maxBlanks of them.
func skipBlanks(b []byte, j int) int {
	for n := 0; j < len(b) && n < maxBlanks && (b[j] == ' ' || b[j] == '\t'); n++ {
		j++
	}
	return j
}

// otherCode reports whether the plain "code" at b[k] is one of another
// kind: the word before it, across blanks or a hyphen, is one of
// otherCodeWords.
func otherCode(b []byte, k int) bool {
	j := k
	for n := 0; j > 0 && n < maxBlanks && (b[j-1] == ' ' || b[j-1] == '\t' || b[j-1] == '-'); n++ {
		j--
	}
	start := j
	for start > 0 && j-start < len("response") && isWordByte(b[start-1]) {
		start--
	}
	if start > 0 && isWordByte(b[start-1]) {
		return false
	}
	for _, w := range otherCodeWords {
		if ascii.EqualFold(b[start:j], w) {
			return true
		}
	}
	return false
}

// nameFollows reports whether the next key after a number that ends at
// b[j] is a name, as in the library's slog text output: "err.code=12345
// err.name=Code(12345)".
func nameFollows(b []byte, j int) bool {
	j = skipBlanks(b, j)
	k := j
	for k < len(b) && k-j < maxNameKey && (isWordByte(b[k]) || b[k] == '.') {
		k++
	}
	if k >= len(b) || b[k] != '=' {
		return false
	}
	key := b[j:k]
	return ascii.EqualFold(key, "name") || len(key) > len(".name") && ascii.HasPrefixFold(key[len(key)-len(".name"):], ".name")
}
