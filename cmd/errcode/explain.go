package main

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/errcode-im/errcode"
)

// Limits on what explain reads, keeps and does, so that any input, however
// large, deep or malformed, costs bounded memory and time.
const (
	// maxInput is how many bytes of standard input are read; the rest is
	// left unread.
	maxInput = 8 << 20
	// maxDepth is how deeply JSON arrays and objects may nest. A value
	// nested deeper is not taken as JSON; its text is still scanned.
	maxDepth = 64
	// maxLevel is how many times a JSON string is decoded and scanned in
	// turn, for a response body logged as a string inside a JSON log line
	// that is itself a string in another.
	maxLevel = 3
	// maxFindings is how many distinct findings (code and detail) are kept.
	maxFindings = 10000
	// maxDetail is how many bytes of a detail are kept.
	maxDetail = 512
	// detailWindow is how far around a code in plain text, on the same
	// line, explain looks for the server's ErrorInfo or ResultInfo.
	detailWindow = 512
)

// finding is one error code explain found, with the server's own message
// about it. The same code with the same detail is one finding, counted.
type finding struct {
	// Code is the error code; never 0, which means success.
	Code errcode.Code
	// Detail is the sibling ErrorInfo or ResultInfo, cleaned up and cut to
	// maxDetail bytes; empty if there was none.
	Detail string
	// Count is how many times the code and the detail were found, at
	// least 1.
	Count int
}

// explanation is what explain found in its input.
type explanation struct {
	// Findings are in the order they were first found.
	Findings []finding
	// Dropped counts the findings left out because there were more than
	// maxFindings distinct ones.
	Dropped int
}

// readInput reads at most maxInput bytes from r. It reports whether r had
// more, which it does not read, and any read error along with what it read
// before the error.
func readInput(r io.Reader) (data []byte, cut bool, err error) {
	data, err = io.ReadAll(io.LimitReader(r, maxInput+1))
	if len(data) > maxInput {
		return data[:maxInput], true, err
	}
	return data, false, err
}

// explain finds every nonzero error code in data, which may hold IM REST
// response bodies (JSON objects back to back, one per line or in an array,
// nested at any depth inside other JSON), log text around them, or anything
// else. In JSON it takes every ErrorCode and ResultCode member, in any letter
// case, with its sibling ErrorInfo or ResultInfo as the detail, and scans
// every other JSON string as text. In text it takes mentions such as
// ErrorCode=N, "ErrorCode":N, code: N, ResultCode=N and errcode N (see
// textKeys), with an ErrorInfo or ResultInfo on the same line as the
// detail.
//
// explain is a pure function of data. It never panics, and its time and
// memory are linear in len(data) whatever data holds.
func explain(data []byte) explanation {
	e := &explainer{
		index:      make(map[findingKey]int),
		jsonBudget: 6*len(data) + 1<<16,
		textBudget: 16*len(data) + 1<<16,
	}
	e.scan(data, 0)
	return explanation{Findings: e.findings, Dropped: e.dropped}
}

// findingKey identifies a finding for counting.
type findingKey struct {
	code   errcode.Code
	detail string
}

// explainer holds the state of one explain call.
type explainer struct {
	findings []finding
	index    map[findingKey]int
	dropped  int
	// jsonBudget is how many more bytes JSON parsing may step over. Input
	// crafted to make many parse attempts fail late would otherwise take
	// time quadratic in its length; past the budget, explain only scans
	// text.
	jsonBudget int
	// textBudget is how many more bytes may be searched for details in
	// plain text, for the same reason.
	textBudget int
}

// add counts one finding of code c with the given raw detail.
func (e *explainer) add(c errcode.Code, detail string) {
	if c == 0 {
		return
	}
	k := findingKey{c, cleanDetail(detail)}
	if i, ok := e.index[k]; ok {
		e.findings[i].Count++
		return
	}
	if len(e.findings) >= maxFindings {
		e.dropped++
		return
	}
	e.index[k] = len(e.findings)
	e.findings = append(e.findings, finding{Code: c, Detail: k.detail, Count: 1})
}

// scan finds codes in data, which is the input itself at level 0 and a
// decoded JSON string at higher levels: whole JSON values where they parse,
// and text mentions everywhere else.
func (e *explainer) scan(data []byte, level int) {
	for i := 0; i < len(data); {
		if c := data[i]; (c == '{' || c == '[') && e.jsonBudget > 0 {
			if end, ok := e.tryJSON(data, i, level); ok {
				i = end
				continue
			}
		}
		if end, ok := e.tryText(data, i); ok {
			i = end
			continue
		}
		i++
	}
}

// tryJSON parses the JSON value that starts at data[start], if one does, and
// reports where it ends. It parses twice: once to check that the value is
// complete and well formed, then again to take the codes from it, so that a
// value that turns out to be broken adds nothing and is scanned as text.
func (e *explainer) tryJSON(data []byte, start, level int) (end int, ok bool) {
	check := jsonParser{data: data, pos: start}
	ok = check.value(0)
	e.jsonBudget -= check.pos - start
	if !ok {
		return 0, false
	}
	take := jsonParser{e: e, data: data, pos: start, level: level}
	take.value(0)
	e.jsonBudget -= take.pos - start
	return take.pos, true
}

// jsonParser is a small JSON parser over a byte slice that allocates
// nothing while it only checks (e is nil) and never nests deeper than
// maxDepth.
type jsonParser struct {
	e     *explainer // where findings go; nil to only check
	data  []byte
	pos   int
	level int // the scan level the value was found at
}

// value parses one JSON value at p.pos, itself inside depth arrays and
// objects, and reports whether it is well formed.
func (p *jsonParser) value(depth int) bool {
	p.skipSpace()
	if p.pos >= len(p.data) {
		return false
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(depth + 1)
	case c == '[':
		return p.array(depth + 1)
	case c == '"':
		start := p.pos
		if !p.str() {
			return false
		}
		p.text(p.data[start:p.pos])
		return true
	case c == '-' || isDigit(c):
		return p.number()
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	}
	return false
}

// codeSlot is what an object says about one kind of code: ErrorCode with
// ErrorInfo, or ResultCode with ResultInfo.
type codeSlot struct {
	code    errcode.Code
	info    string
	hasInfo bool
	pending bool // code is nonzero and not yet added
}

// flush adds the slot's code if it is pending and, unless final, only once
// its info is known.
func (s *codeSlot) flush(e *explainer, final bool) {
	if e != nil && s.pending && (final || s.hasInfo) {
		e.add(s.code, s.info)
		s.pending = false
	}
}

// object parses a JSON object; p.pos is at its '{'. It adds the object's
// ErrorCode and ResultCode with their info when it ends, or before it
// descends into a nested array or object if the info has come already, so
// that a response's own code comes before the codes in its ResultItem list.
func (p *jsonParser) object(depth int) bool {
	if depth > maxDepth {
		return false
	}
	p.pos++
	var errSlot, resSlot codeSlot
	p.skipSpace()
	if p.peek() == '}' {
		p.pos++
		return true
	}
	for {
		p.skipSpace()
		if p.peek() != '"' {
			return false
		}
		keyStart := p.pos
		if !p.str() {
			return false
		}
		key := keyOther
		if p.e != nil {
			key = keyKind(p.data[keyStart:p.pos])
		}
		p.skipSpace()
		if p.peek() != ':' {
			return false
		}
		p.pos++
		p.skipSpace()
		if c := p.peek(); c == '{' || c == '[' {
			errSlot.flush(p.e, false)
			resSlot.flush(p.e, false)
		}
		slot := &errSlot // ErrorCode pairs with ErrorInfo, ResultCode with ResultInfo
		if key == keyResultCode || key == keyResultInfo {
			slot = &resSlot
		}
		switch key {
		case keyErrorCode, keyResultCode:
			c, ok, wellFormed := p.code(depth)
			if !wellFormed {
				return false
			}
			if ok {
				slot.code, slot.pending = c, c != 0
			}
		case keyErrorInfo, keyResultInfo:
			s, ok, wellFormed := p.info(depth)
			if !wellFormed {
				return false
			}
			if ok {
				slot.info, slot.hasInfo = s, true
			}
		default:
			if !p.value(depth) {
				return false
			}
		}
		p.skipSpace()
		switch p.peek() {
		case ',':
			p.pos++
		case '}':
			p.pos++
			errSlot.flush(p.e, true)
			resSlot.flush(p.e, true)
			return true
		default:
			return false
		}
	}
}

// code parses the value of an ErrorCode or ResultCode member: a number or a
// string holding one, as errcode.Code's UnmarshalJSON takes them. It
// reports whether the value is a code and whether it is well-formed JSON.
func (p *jsonParser) code(depth int) (c errcode.Code, ok, wellFormed bool) {
	start := p.pos
	switch p.peek() {
	case '"':
		wellFormed = p.str()
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		wellFormed = p.number()
	default:
		return 0, false, p.value(depth)
	}
	if !wellFormed || p.e == nil {
		return 0, false, wellFormed
	}
	if err := c.UnmarshalJSON(p.data[start:p.pos]); err != nil {
		return 0, false, true
	}
	return c, true, true
}

// info parses the value of an ErrorInfo or ResultInfo member and returns it
// decoded if it is a string.
func (p *jsonParser) info(depth int) (s string, ok, wellFormed bool) {
	if p.peek() != '"' {
		return "", false, p.value(depth)
	}
	start := p.pos
	if !p.str() {
		return "", false, false
	}
	if p.e == nil {
		return "", false, true
	}
	return decodeString(p.data[start:p.pos]), true, true
}

// array parses a JSON array; p.pos is at its '['.
func (p *jsonParser) array(depth int) bool {
	if depth > maxDepth {
		return false
	}
	p.pos++
	p.skipSpace()
	if p.peek() == ']' {
		p.pos++
		return true
	}
	for {
		if !p.value(depth) {
			return false
		}
		p.skipSpace()
		switch p.peek() {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return true
		default:
			return false
		}
	}
}

// str steps over a JSON string, quotes included; p.pos is at its opening
// quote. It rejects what JSON does: raw control characters and bad escapes.
// Invalid UTF-8 is let through, as encoding/json lets it through.
func (p *jsonParser) str() bool {
	p.pos++
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return true
		case c < 0x20:
			return false
		case c == '\\':
			p.pos++
			if p.pos >= len(p.data) {
				return false
			}
			switch p.data[p.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.pos++
			case 'u':
				p.pos++
				for range 4 {
					if p.pos >= len(p.data) || !isHex(p.data[p.pos]) {
						return false
					}
					p.pos++
				}
			default:
				return false
			}
		default:
			p.pos++
		}
	}
	return false
}

// number steps over a JSON number.
func (p *jsonParser) number() bool {
	if p.peek() == '-' {
		p.pos++
	}
	switch {
	case p.peek() == '0':
		p.pos++
	case isDigit(p.peek()):
		p.digits()
	default:
		return false
	}
	if p.peek() == '.' {
		p.pos++
		if !isDigit(p.peek()) {
			return false
		}
		p.digits()
	}
	if c := p.peek(); c == 'e' || c == 'E' {
		p.pos++
		if c := p.peek(); c == '+' || c == '-' {
			p.pos++
		}
		if !isDigit(p.peek()) {
			return false
		}
		p.digits()
	}
	return true
}

// digits steps over a run of decimal digits.
func (p *jsonParser) digits() {
	for isDigit(p.peek()) {
		p.pos++
	}
}

// literal steps over true, false or null.
func (p *jsonParser) literal(word string) bool {
	if !bytes.HasPrefix(p.data[p.pos:], []byte(word)) {
		return false
	}
	p.pos += len(word)
	return true
}

// text scans a JSON string that is not a key, ErrorInfo or ResultInfo as
// text of its own, since it may be a log message or a whole response body
// written into a JSON log line.
func (p *jsonParser) text(raw []byte) {
	if p.e == nil || p.level >= maxLevel || len(raw) < len(`"code=1"`) || !hasDigit(raw) {
		return
	}
	p.e.scan([]byte(decodeString(raw)), p.level+1)
}

// peek returns the byte at p.pos, or 0 at the end.
func (p *jsonParser) peek() byte {
	if p.pos < len(p.data) {
		return p.data[p.pos]
	}
	return 0
}

// skipSpace steps over JSON white space.
func (p *jsonParser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// memberKey says what a JSON object member is to explain.
type memberKey int

// The members explain takes codes and details from.
const (
	keyOther memberKey = iota
	keyErrorCode
	keyErrorInfo
	keyResultCode
	keyResultInfo
)

// keyKind tells what the raw JSON string key, quotes included, names,
// ignoring letter case.
func keyKind(raw []byte) memberKey {
	k := raw[1 : len(raw)-1]
	if bytes.IndexByte(k, '\\') >= 0 {
		k = []byte(decodeString(raw))
	}
	switch {
	case equalFold(k, "errorcode"):
		return keyErrorCode
	case equalFold(k, "errorinfo"):
		return keyErrorInfo
	case equalFold(k, "resultcode"):
		return keyResultCode
	case equalFold(k, "resultinfo"):
		return keyResultInfo
	}
	return keyOther
}

// decodeString decodes a well-formed raw JSON string, quotes included.
func decodeString(raw []byte) string {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return string(raw)
	}
	return s
}

// textKey is a way plain text names an error code, such as the ErrorCode in
// "ErrorCode=70107" or "ErrorCode: 70107".
type textKey struct {
	// word is the key in lower case; text matches it in any ASCII case.
	word string
	// bare allows a blank alone between the key and the number, as in
	// "errcode 70107", besides '=' and ':'.
	bare bool
	// result marks the ResultCode keys, whose detail is ResultInfo.
	result bool
}

// textKeys are the keys tryText knows. A key must start a word (see
// wordStart), "错误码" excepted, since Chinese has no spaces between words.
var textKeys = []textKey{
	{word: "errorcode", bare: true},
	{word: "error_code", bare: true},
	{word: "error code", bare: true},
	{word: "errcode", bare: true},
	{word: "err_code", bare: true},
	{word: "resultcode", bare: true, result: true},
	{word: "result_code", bare: true, result: true},
	{word: "result code", bare: true, result: true},
	{word: "code"},
	{word: "错误码", bare: true},
}

// errorInfoKeys and resultInfoKeys name the detail of a code in plain text.
var (
	errorInfoKeys  = []string{"errorinfo", "error_info", "errinfo", "errmsg", "error_msg"}
	resultInfoKeys = []string{"resultinfo", "result_info"}
)

// tryText takes a mention of an error code in text at data[i], if there is
// one there, and reports where it ends.
func (e *explainer) tryText(data []byte, i int) (end int, ok bool) {
	switch data[i] | 0x20 {
	case 'e', 'r', 'c', 0xe9: // 0xe9 starts 错
	default:
		return 0, false
	}
	for _, k := range textKeys {
		if !hasPrefixFold(data[i:], k.word) {
			continue
		}
		if k.word[0] < utf8.RuneSelf && !wordStart(data, i) {
			continue
		}
		if k.word == "code" && otherCode(data, i) {
			continue
		}
		code, end, ok := numberAfterKey(data, i+len(k.word), k.bare)
		if !ok {
			continue
		}
		if code != 0 {
			keys := errorInfoKeys
			if k.result {
				keys = resultInfoKeys
			}
			e.add(code, e.textDetail(data, i, end, keys))
		}
		return end, true
	}
	return 0, false
}

// otherCodeWords name the codes a log line may mention that are not IM
// error codes, as in "status code: 200" or "HTTP code=502".
var otherCodeWords = []string{"status", "http", "exit", "return", "response", "resp"}

// otherCode reports whether the plain "code" at data[i] is one of another
// kind: the word before it, across blanks or a hyphen, is one of
// otherCodeWords.
func otherCode(data []byte, i int) bool {
	j := i
	for j > 0 && (data[j-1] == ' ' || data[j-1] == '\t' || data[j-1] == '-') {
		j--
	}
	start := j
	for start > 0 && isWordByte(data[start-1]) {
		start--
	}
	for _, w := range otherCodeWords {
		if equalFold(data[start:j], w) {
			return true
		}
	}
	return false
}

// numberAfterKey reads what follows a text key at data[j]: an optional
// closing quote (as in "ErrorCode":N), blanks, '=', ':' or '：' (or, if bare,
// blanks alone), blanks, an optional quote, and an integer that fits in an
// int32 and ends a word. It returns the code and where it ends.
func numberAfterKey(data []byte, j int, bare bool) (c errcode.Code, end int, ok bool) {
	if j < len(data) && (data[j] == '"' || data[j] == '\'') {
		j++
	}
	k := skipBlanks(data, j)
	switch {
	case k < len(data) && (data[k] == '=' || data[k] == ':'):
		k++
	case hasPrefixFold(data[k:], "："):
		k += len("：")
	case !bare || k == j:
		return 0, 0, false
	}
	k = skipBlanks(data, k)
	if k < len(data) && (data[k] == '"' || data[k] == '\'') {
		k++
	}
	start := k
	if k < len(data) && (data[k] == '-' || data[k] == '+') {
		k++
	}
	digits := k
	for k < len(data) && isDigit(data[k]) {
		k++
	}
	if k == digits || k-digits > 10 {
		return 0, 0, false
	}
	if k < len(data) && (isWordByte(data[k]) || data[k] == '.' && k+1 < len(data) && isDigit(data[k+1])) {
		return 0, 0, false
	}
	n, err := strconv.ParseInt(string(data[start:k]), 10, 32)
	if err != nil {
		return 0, 0, false
	}
	return errcode.Code(n), k, true
}

// textDetail looks on the line of a code mention at data[keyStart:numEnd]
// for one of the keys naming its detail, first after the mention, then
// before it, within detailWindow bytes, and returns the detail's value.
func (e *explainer) textDetail(data []byte, keyStart, numEnd int, keys []string) string {
	if e.textBudget <= 0 {
		return ""
	}
	lo := max(0, keyStart-detailWindow)
	if nl := bytes.LastIndexByte(data[lo:keyStart], '\n'); nl >= 0 {
		lo += nl + 1
	}
	hi := min(len(data), numEnd+detailWindow)
	if nl := bytes.IndexByte(data[numEnd:hi], '\n'); nl >= 0 {
		hi = numEnd + nl
	}
	e.textBudget -= hi - lo
	if v, ok := findValue(data[:hi], numEnd, keys); ok {
		return v
	}
	if v, ok := findValue(data[:keyStart], lo, keys); ok {
		return v
	}
	return ""
}

// findValue finds the first of keys that starts a word in data[from:] and
// is followed by a separator and a value, and returns the value.
func findValue(data []byte, from int, keys []string) (string, bool) {
	for i := from; i < len(data); i++ {
		c := data[i] | 0x20
		if c != 'e' && c != 'r' || !wordStart(data, i) {
			continue
		}
		for _, k := range keys {
			if hasPrefixFold(data[i:], k) {
				if v, ok := valueAfterKey(data, i+len(k)); ok {
					return v, true
				}
			}
		}
	}
	return "", false
}

// valueAfterKey reads the value of a detail key whose word ends at
// data[j]: a quoted string, or up to the end of the value. After '=', as in
// logfmt, an unquoted value ends at a blank; after ':' it runs to a comma,
// a semicolon, a closing bracket or the end of the line.
func valueAfterKey(data []byte, j int) (string, bool) {
	if j < len(data) && (data[j] == '"' || data[j] == '\'') {
		j++
	}
	j = skipBlanks(data, j)
	var sep byte
	switch {
	case j < len(data) && (data[j] == '=' || data[j] == ':'):
		sep = data[j]
		j++
	case hasPrefixFold(data[j:], "："):
		sep = ':'
		j += len("：")
	default:
		return "", false
	}
	j = skipBlanks(data, j)
	if j >= len(data) {
		return "", false
	}
	if q := data[j]; q == '"' || q == '\'' {
		k := j + 1
		for k < len(data) && data[k] != q && data[k] != '\n' {
			if data[k] == '\\' {
				k++
			}
			k++
		}
		k = min(k, len(data))
		v := string(data[j+1 : k])
		if q == '"' && k < len(data) && data[k] == q {
			if u, err := strconv.Unquote(string(data[j : k+1])); err == nil {
				v = u
			} else {
				v = decodeString(data[j : k+1])
			}
		}
		return v, true
	}
	k := j
	for k < len(data) {
		c := data[k]
		if c == '\n' || c == '\r' || c == ',' || c == ';' || c == '}' || c == ']' || c == ')' ||
			sep == '=' && (c == ' ' || c == '\t') {
			break
		}
		k++
	}
	v := strings.TrimSpace(string(data[j:k]))
	if v == "" || v == "null" {
		return "", false
	}
	return v, true
}

// cleanDetail makes a detail safe and short to print: valid UTF-8, control
// characters as spaces, bidirectional overrides removed, spaces trimmed, cut
// to maxDetail bytes with an ellipsis.
func cleanDetail(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if b.Len()+utf8.RuneLen(r) > maxDetail {
			return strings.TrimSpace(b.String()) + "…"
		}
		switch {
		case unicode.IsControl(r):
			b.WriteByte(' ')
		case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069', r == '\u200e', r == '\u200f':
			// bidirectional controls could reorder the rest of the line
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// wordStart reports whether data[i] starts a word: it is the first byte or
// follows a byte that is not an ASCII letter, digit or underscore.
func wordStart(data []byte, i int) bool {
	return i == 0 || !isWordByte(data[i-1])
}

// isWordByte reports whether c is an ASCII letter, digit or underscore.
func isWordByte(c byte) bool {
	return isDigit(c) || c == '_' || (c|0x20) >= 'a' && (c|0x20) <= 'z'
}

// isDigit reports whether c is a decimal digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isHex reports whether c is a hexadecimal digit.
func isHex(c byte) bool { return isDigit(c) || (c|0x20) >= 'a' && (c|0x20) <= 'f' }

// hasDigit reports whether b holds a decimal digit.
func hasDigit(b []byte) bool {
	for _, c := range b {
		if isDigit(c) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether data starts with prefix, ignoring ASCII
// letter case. Non-ASCII bytes must match exactly.
func hasPrefixFold(data []byte, prefix string) bool {
	if len(data) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		a, b := data[i], prefix[i]
		if a != b && (a|0x20 != b|0x20 || a|0x20 < 'a' || a|0x20 > 'z') {
			return false
		}
	}
	return true
}

// skipBlanks returns the index of the first byte at or after j that is not
// a space or a tab.
func skipBlanks(data []byte, j int) int {
	for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
		j++
	}
	return j
}

// equalFold reports whether b is word, ignoring ASCII letter case; word
// is in lower case.
func equalFold(b []byte, word string) bool {
	return len(b) == len(word) && hasPrefixFold(b, word)
}
