package main

import (
	"bytes"
	"encoding/binary"
	"io"
	"math/bits"

	"github.com/errcode-im/errcode"
)

// How the scanner reads: in one pass, through a window that holds a
// bounded stretch of the input, so that memory stays the same whatever the
// input's size and every byte is looked at a bounded number of times.
const (
	// readSize is how much of the input is read at a time.
	readSize = 256 << 10
	// lookAhead is how many bytes past a position must be in the window
	// before a text mention or a JSON token that starts there is read, unless
	// the input ends sooner. Nothing the scanner reads in one step is longer:
	// a mention's key and number, a detail's value (at most 2*maxDetail raw
	// bytes), a JSON escape. So no boundary between two reads can cut a code
	// in two, and a JSON number longer than this is not taken as JSON.
	lookAhead = 4 << 10
	// lookBehind is how many bytes before a position stay in the window: a
	// mention's detail may come before it on the same line, within
	// detailWindow bytes.
	lookBehind = 2 << 10
	// childChunk is how much decoded text a nested scanner collects before
	// it scans some of it.
	childChunk = 64 << 10
)

// Limits on what is kept, so that no input can make the scanner's memory
// grow with its size.
const (
	// maxDepth is how deeply JSON arrays and objects may nest. A value
	// nested deeper is not taken as JSON; its text is still scanned.
	maxDepth = 64
	// maxLevel is how many times a string is decoded and scanned in turn:
	// a response body logged as a string inside a JSON log line that is
	// itself a string in another.
	maxLevel = 3
	// maxDetail is how many bytes of a detail are kept.
	maxDetail = 512
	// maxID is how many bytes of an item's ID are kept.
	maxID = 128
	// detailWindow is how far before or after a code in plain text, on
	// the same line, the scanner looks for the server's detail.
	detailWindow = 512
	// maxBlanks is how many blanks may stand between a key and its value
	// in plain text.
	maxBlanks = 16
	// maxPending is how many codes one JSON object holds back until it
	// knows their detail and ID; a further one sends the oldest on.
	maxPending = 4
)

// mode is what the scanner is reading.
type mode uint8

const (
	modeText   mode = iota // plain text
	modeJSON               // inside a JSON array or object
	modeString             // inside a string (see strState)
)

// scanner reads one stream of bytes in one pass: the input itself at level
// 0, or, at a higher level, the decoded content of one string after
// another. It finds codes in JSON values, which it follows with a stack,
// and mentions of codes in text, and hands them to its explainer.
type scanner struct {
	x     *explainer
	level int
	child *scanner // scans the strings this scanner meets, one level up

	buf []byte // the window
	off int64  // the stream offset of buf[0]
	pos int    // the next byte to read in buf

	mode  mode
	stack []frame // open JSON containers, innermost last
	js    jsonState
	str   strState

	// lines tracks the newlines of the current stretch of text, for the
	// details of text mentions.
	lines lineCursor
	// details find the detail keys of each kind of text mention.
	details [numClasses]detailCursor
	// scratch holds a detail as it is decoded.
	scratch []byte

	// line is the number of the line that buf[linePos] is on; only level 0
	// counts lines.
	line    int64
	linePos int
}

// newScanner returns a scanner at the given level; it makes its child when
// it first needs one.
func newScanner(x *explainer, level int) *scanner {
	s := &scanner{x: x, level: level, line: 1, stack: make([]frame, 0, maxDepth)}
	s.resetDetails()
	return s
}

// reset makes s ready for a new stream, keeping its buffers.
func (s *scanner) reset() {
	s.buf = s.buf[:0]
	s.off, s.pos = 0, 0
	s.mode = modeText
	s.stack = s.stack[:0]
	s.line, s.linePos = 1, 0
	s.lines = lineCursor{}
	s.resetDetails()
}

func (s *scanner) resetDetails() {
	for c := range s.details {
		s.details[c] = detailCursor{class: textClass(c), line: -1}
	}
}

// scanAll scans data as one whole stream.
func (s *scanner) scanAll(data []byte) {
	s.reset()
	s.buf = append(s.buf, data...)
	s.process(true)
	s.finish()
}

// readFrom scans everything r gives as one stream, reading it readSize
// bytes at a time, and returns the first read error other than io.EOF.
// Whatever was read before an error is scanned.
func (s *scanner) readFrom(r io.Reader) error {
	s.reset()
	for {
		s.compact()
		if cap(s.buf)-len(s.buf) < readSize {
			grown := make([]byte, len(s.buf), len(s.buf)+readSize+lookAhead+lookBehind)
			copy(grown, s.buf)
			s.buf = grown
		}
		n, err := r.Read(s.buf[len(s.buf):cap(s.buf)])
		s.buf = s.buf[:len(s.buf)+n]
		if n > 0 {
			s.x.progress(n)
		}
		if err != nil {
			s.process(true)
			s.finish()
			if err == io.EOF {
				return nil
			}
			return err
		}
		s.process(false)
	}
}

// compact drops the bytes before pos that no later step needs.
func (s *scanner) compact() {
	drop := s.pos - lookBehind
	if drop < 64<<10 && len(s.buf) < cap(s.buf)-readSize {
		return
	}
	drop = max(drop, 0)
	if drop == 0 {
		return
	}
	if s.level == 0 && s.linePos < drop {
		s.lineAt(drop)
	}
	n := copy(s.buf, s.buf[drop:])
	s.buf = s.buf[:n]
	s.off += int64(drop)
	s.pos -= drop
	s.linePos -= drop
}

// feed adds decoded bytes to a nested scanner's stream.
func (s *scanner) feed(p []byte) {
	s.buf = append(s.buf, p...)
	if len(s.buf) >= childChunk+lookAhead {
		s.process(false)
		s.compact()
	}
}

// process reads the window up to where a step still has lookAhead bytes to
// look at, or to its end if final.
func (s *scanner) process(final bool) {
	limit := len(s.buf)
	if !final {
		limit -= lookAhead
	}
	start := s.pos
	for s.pos < limit {
		switch s.mode {
		case modeText:
			s.text(limit, final)
		case modeJSON:
			s.json(limit, final)
		default:
			s.string(limit, final)
		}
	}
	s.x.work += int64(max(s.pos-start, 0))
}

// finish ends the stream: a JSON value or a string left open gives what it
// holds, as a response body cut short still names its codes.
func (s *scanner) finish() {
	if s.mode == modeString {
		s.endString(false)
	}
	s.dropStack()
	s.mode = modeText
}

// lineAt returns the number of the line that buf[i] is on. Only level 0
// counts lines; a nested scanner's strings lie on the line its root is on.
func (s *scanner) lineAt(i int) int64 {
	if s.level > 0 {
		r := s.x.root
		return r.lineAt(r.pos)
	}
	switch {
	case i > s.linePos:
		s.x.work += int64(i - s.linePos)
		s.line += int64(bytes.Count(s.buf[s.linePos:i], []byte{'\n'}))
		s.linePos = i
	case i < s.linePos:
		return s.line - int64(bytes.Count(s.buf[i:s.linePos], []byte{'\n'}))
	}
	return s.line
}

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
// letter case, or 0xE9, which starts 错 (as it starts many other Chinese
// characters); n if there is none. It reads b[n] too, for a pair at the end.
func textCandidate(b []byte, n int) int {
	i := 0
	for ; i+9 <= len(b) && i < n; i += 8 {
		y := binary.LittleEndian.Uint64(b[i:]) | lsb*0x20
		y1 := binary.LittleEndian.Uint64(b[i+1:]) | lsb*0x20
		m := eqMask(y, '{') | eqMask(y, 0xe9) | eqMask(y, 'o')&eqMask(y1, 'd')
		if m != 0 {
			return min(i+bits.TrailingZeros64(m)/8, n)
		}
	}
	for ; i < n; i++ {
		c := b[i] | 0x20
		if c == '{' || c == 0xe9 || c == 'o' && i+1 < len(b) && b[i+1]|0x20 == 'd' {
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

// text reads plain text up to limit.
func (s *scanner) text(limit int, final bool) {
	b := s.buf
	for s.pos < limit {
		i := s.pos + textCandidate(b[s.pos:], limit-s.pos)
		if i >= limit {
			s.pos = limit
			return
		}
		s.x.work++ // a candidate costs a bounded number of reads
		switch c := b[i]; {
		case c == '{' || c == '[':
			if i > 0 && b[i-1] == '"' && escapedBody(b[i:]) && s.level < maxLevel {
				// A body written as a quoted string in text, as logfmt
				// and slog's text handler write one: read the string
				// from here, decoding Go's escapes.
				s.pos = i
				s.startString(strScan, true, modeText)
				return
			}
			s.pos = i
			s.startJSON()
			return
		case c == 0xe9:
			if end, ok := s.chineseMention(i); ok {
				s.pos = end
			} else {
				s.pos = i + 1
			}
		default: // the 'o' of "od"
			if end, ok := s.codeMention(i-1, final); ok {
				s.pos = end
			} else {
				s.pos = i + 1
			}
		}
	}
}

// escapedBody reports whether b, which starts with '{' or '[' right after a
// quote, starts a JSON body with escaped quotes, such as {\"ErrorCode\":1}.
func escapedBody(b []byte) bool {
	i := 0
	for i < len(b) && i < 8 && (b[i] == '{' || b[i] == '[' || b[i] == ' ') {
		i++
	}
	return i+1 < len(b) && b[i] == '\\' && b[i+1] == '"'
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
// there, and returns where it ends.
func (s *scanner) codeMention(k int, final bool) (end int, ok bool) {
	b := s.buf
	if k < 0 || k+4 > len(b) || b[k]|0x20 != 'c' || b[k+3]|0x20 != 'e' {
		return 0, false
	}
	for _, p := range keyPrefixes {
		ks := k - len(p.word)
		if ks >= 0 && hasPrefixFold(b[ks:], p.word) && wordStart(b, ks) {
			return s.mention(ks, k+4, p.class, true)
		}
	}
	if !wordStart(b, k) || otherCode(b, k) {
		return 0, false
	}
	return s.mention(k, k+4, classPlain, false)
}

// chineseMention reads a mention whose 错误码 starts at b[k], if there is
// one there.
func (s *scanner) chineseMention(k int) (end int, ok bool) {
	if !bytes.HasPrefix(s.buf[k:], []byte("错误码")) {
		return 0, false
	}
	return s.mention(k, k+len("错误码"), classError, true)
}

// mention reads the number after a text key that runs from b[ks] to
// b[ke], and counts it. With bare, a blank alone may stand between key and
// number, as in "errcode 70001".
func (s *scanner) mention(ks, ke int, class textClass, bare bool) (end int, ok bool) {
	b := s.buf
	c, digits, end, ok := numberAfterKey(b, ke, bare)
	if !ok {
		return 0, false
	}
	if c == 0 {
		return end, true
	}
	if class == classPlain && c.Category() == errcode.CategoryUnknown && !nameFollows(b, end) {
		// A bare code=N counts only when N is a code the package knows or
		// lies in a range it knows, or when the library's own slog output
		// follows with the code's name.
		return end, true
	}
	if s.x.summary {
		s.x.count(c, s.lineAt(digits))
		return end, true
	}
	s.x.add(c, s.textDetail(ks, end, class), noText)
	return end, true
}

// numberAfterKey reads what follows a text key at b[j]: an optional closing
// quote, plain or escaped (as in "ErrorCode":N or \"ErrorCode\":N), blanks,
// '=', ':' or '：' (or, if bare, blanks alone), blanks, an optional quote,
// and an integer that fits in an int32 and ends a word. It returns the
// code, where its digits start and where it ends.
func numberAfterKey(b []byte, j int, bare bool) (c errcode.Code, digits, end int, ok bool) {
	j = skipQuote(b, j)
	k := skipBlanks(b, j)
	switch {
	case k < len(b) && (b[k] == '=' || b[k] == ':'):
		k++
	case hasPrefixFold(b[k:], "："):
		k += len("：")
	case !bare || k == j:
		return 0, 0, 0, false
	}
	k = skipQuote(b, skipBlanks(b, k))
	start := k
	if k < len(b) && (b[k] == '-' || b[k] == '+') {
		k++
	}
	d := k
	var v int64
	for k < len(b) && isDigit(b[k]) && k-d <= 10 {
		v = v*10 + int64(b[k]-'0')
		k++
	}
	if k == d || k-d > 10 {
		return 0, 0, 0, false
	}
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

// skipQuote steps over a quote at b[j], plain or escaped with a backslash.
func skipQuote(b []byte, j int) int {
	switch {
	case j < len(b) && (b[j] == '"' || b[j] == '\''):
		return j + 1
	case j+1 < len(b) && b[j] == '\\' && b[j+1] == '"':
		return j + 2
	}
	return j
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
		if equalFold(b[start:j], w) {
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
	for k < len(b) && k-j < 64 && (isWordByte(b[k]) || b[k] == '.') {
		k++
	}
	if k >= len(b) || b[k] != '=' {
		return false
	}
	key := b[j:k]
	return equalFold(key, "name") || len(key) > len(".name") && hasPrefixFold(key[len(key)-len(".name"):], ".name")
}
