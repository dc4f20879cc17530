package scan

import (
	"bytes"

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
func (s *scanner) text(limit int, final bool) {
	b := s.buf
	for s.pos < limit {
		i := textCandidate(b, s.pos, limit)
		if i >= limit {
			s.pos = limit
			return
		}
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
		case c == 0xe8:
			if end, ok := s.returnedMention(i, final); ok {
				s.pos = end
			} else {
				s.pos = i + 1
			}
		case c == 0xe9:
			if end, ok := s.chineseMention(i, final); ok {
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
	for i < len(b) && i < maxBodyLead && (b[i] == '{' || b[i] == '[' || b[i] == ' ') {
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
		if ks >= 0 && ascii.HasPrefixFold(b[ks:], p.word) && wordStart(b, ks) {
			return s.mention(ks, k+4, p.class, sepBlank, final)
		}
	}
	if !wordStart(b, k) || otherCode(b, k) {
		return 0, false
	}
	return s.mention(k, k+4, classPlain, sepMark, final)
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
// b[ke], and counts it; sep says what may stand between key and number. A number that touches the end of the
// input (final, at level 0) is cut; a bare one is then not counted.
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
	if class == classPlain && !listed(c) && !nameFollows(b, end) {
		// A bare code=N counts only when an official source lists N, or
		// when the library's own slog output follows with the code's name:
		// a range would take "verification code: 123456" for an IM code.
		return end, true
	}
	f := Finding{Code: c, Line: s.lineOf(digits), Cut: cut}
	if s.run.opt.Details {
		f.Detail = s.textDetail(ks, end, class)
	}
	s.run.report(f)
	return end, true
}

// numberAfterKey reads what follows a text key at b[j]: an optional closing
// quote, plain or escaped (as in "ErrorCode":N or \"ErrorCode\":N), blanks,
// '=', ':' or '：' (or what else sep allows), blanks, an optional quote,
// and an integer that fits in an int32 and ends a word. It returns the
// code, where its digits start and where it ends.
func numberAfterKey(b []byte, j int, sep keySep) (c errcode.Code, digits, end int, ok bool) {
	j = skipQuote(b, j)
	k := skipBlanks(b, j)
	switch {
	case k < len(b) && (b[k] == '=' || b[k] == ':'):
		k++
	case ascii.HasPrefixFold(b[k:], "："):
		k += len("：")
	case sep == sepMark || sep == sepBlank && k == j:
		return 0, 0, 0, false
	}
	k = skipQuote(b, skipBlanks(b, k))
	start := k
	if k < len(b) && (b[k] == '-' || b[k] == '+') {
		k++
	}
	d := k
	var v int64
	for k < len(b) && isDigit(b[k]) && k-d <= maxDigits {
		v = v*10 + int64(b[k]-'0')
		k++
	}
	if k == d || k-d > maxDigits {
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

// listed reports whether an official source lists c (errcode.Lookup).
func listed(c errcode.Code) bool {
	_, ok := errcode.Lookup(c)
	return ok
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
