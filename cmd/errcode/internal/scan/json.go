package scan

import (
	"bytes"
	"math/bits"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/internal/ascii"
)

// Limits on what JSON the scanner follows.
const (
	// maxDepth is how deeply JSON arrays and objects may nest. A value
	// nested deeper is not taken as JSON; its text is still scanned.
	maxDepth = 64
	// maxPending is how many codes of one kind an object holds back until
	// it knows their detail and ID; a further one sends the oldest on.
	maxPending = 4
)

// jsonState is what the JSON reader expects next.
type jsonState uint8

const (
	jsValue        jsonState = iota // a value, after ':' or after ',' in an array
	jsValueOrClose                  // a value or ']', after '['
	jsKeyOrClose                    // a key or '}', after '{'
	jsKey                           // a key, after ',' in an object
	jsColon                         // ':', after a key
	jsAfterValue                    // ',' or the innermost container's end
)

// memberKey says what a JSON object member is to the scanner.
type memberKey uint8

const (
	keyOther      memberKey = iota
	keyErrorCode            // ErrorCode: the code, counted always
	keyErrorInfo            // ErrorInfo: its detail
	keyResultCode           // ResultCode: a per-item code
	keyResultInfo           // ResultInfo: its detail
	keyCode                 // code, as in the library's slog output or an SDK's error
	keyDetail               // detail: the detail of code, as the library's group writes it
	keyMessage              // msg, message or desc: the detail of code, but in a log record
	keyLevel                // level: the object is a log record
	keyID                   // the account, user or group a per-item code is about
	keyGroupID              // id: an ID only in the library's group
	keyCategory             // category and retry: with code, the library's slog group
	keyRetry
	keyErrors   // errors: in the library's group, its failures one by one
	keyFailList // FailAccounts or Fail_Account: accounts that failed without a code
)

// memberWord is a key the scanner knows, in lower case, and what it
// names.
type memberWord struct {
	word string
	key  memberKey
}

// memberKeys are the keys the scanner knows, by their length; it matches
// them in any ASCII letter case. keyTable has them written out as
// numbers, and TestKeyTable, TestMemberKind and TestMemberKindBytes hold
// it to this table.
var memberKeys = [...][]memberWord{
	2:  {{"id", keyGroupID}},
	3:  {{"msg", keyMessage}},
	4:  {{"code", keyCode}, {"desc", keyMessage}},
	5:  {{"retry", keyRetry}, {"level", keyLevel}},
	6:  {{"errmsg", keyErrorInfo}, {"detail", keyDetail}, {"userid", keyID}, {"errors", keyErrors}},
	7:  {{"errcode", keyErrorCode}, {"errinfo", keyErrorInfo}, {"message", keyMessage}, {"account", keyID}, {"user_id", keyID}, {"groupid", keyID}},
	8:  {{"err_code", keyErrorCode}, {"group_id", keyID}, {"category", keyCategory}},
	9:  {{"errorcode", keyErrorCode}, {"errorinfo", keyErrorInfo}, {"error_msg", keyErrorInfo}},
	10: {{"error_code", keyErrorCode}, {"error code", keyErrorCode}, {"error_info", keyErrorInfo}, {"resultcode", keyResultCode}, {"resultinfo", keyResultInfo}, {"to_account", keyID}},
	11: {{"result_code", keyResultCode}, {"result_info", keyResultInfo}},
	12: {{"from_account", keyID}, {"failaccounts", keyFailList}, {"fail_account", keyFailList}},
	14: {{"member_account", keyID}},
}

// maxKey is how many bytes of a key are kept: more than the longest of
// memberKeys.
const maxKey = 24

// The slots of an object: the codes of one kind and their detail.
const (
	slotError  = iota // ErrorCode with ErrorInfo
	slotResult        // ResultCode with ResultInfo
	slotPlain         // code with detail, message, msg or desc
	numSlots
)

// slotOf returns the slot a code or detail key fills.
func slotOf(k memberKey) int {
	switch k {
	case keyResultCode, keyResultInfo:
		return slotResult
	case keyCode, keyDetail, keyMessage:
		return slotPlain
	}
	return slotError
}

// pendingCode is a code an object holds back until it knows its detail.
type pendingCode struct {
	code errcode.Code
	line int64
	cut  bool // the number touches the end of the stream
	eol  bool // the number touches a line end: cut if the body never closes
}

// slot is what an object says about one kind of code: the codes of its
// members of that kind, in order, and the detail beside them.
type slot struct {
	codes    [maxPending]pendingCode
	n        int
	info     []byte // the detail as it came, cut to MaxDetail+1 bytes
	hasInfo  bool
	infoMore bool   // the detail was longer than info
	message  bool   // the detail came from msg, message or desc
	detail   string // the cleaned detail, once cleaned
	cleaned  bool
}

// frame is one open JSON array or object.
type frame struct {
	frameHead
	// slots are the object's codes and details, each reset when first
	// used (see slot), so that opening a container costs little.
	slots [numSlots]slot
	id    []byte // the item's ID, cut to MaxID+1 bytes
}

// frameHead is what a frame holds besides its buffers, reset whole when
// a container opens.
type frameHead struct {
	object  bool
	member  memberKey // the key of the member being read
	used    uint8     // bit i set: slots[i] is in use
	hasID   bool
	idMore  bool
	groupID bool   // id came from an "id" member, an ID only in the library's group
	idText  string // the cleaned ID, once cleaned
	idClean bool
	// category and retry members beside a code are what the library's
	// own slog group writes.
	hasCategory, hasRetry bool
	// failList marks the array of a FailAccounts or Fail_Account member.
	failList bool
	// logRecord marks an object with a level member: a logger's record,
	// whose msg is its own message, not the server's.
	logRecord bool
}

// slot returns slot i of f, reset when first used.
func (f *frame) slot(i int) *slot {
	sl := &f.slots[i]
	if f.used&(1<<i) == 0 {
		// Field by field: codes past n are never read, and clearing
		// them too made this a copy of the whole slot for every code.
		sl.n, sl.info, sl.hasInfo, sl.infoMore, sl.message = 0, sl.info[:0], false, false, false
		sl.detail, sl.cleaned = "", false
		f.used |= 1 << i
	}
	return sl
}

// inUse reports whether slot i of f holds anything.
func (f *frame) inUse(i int) bool { return f.used&(1<<i) != 0 }

// libraryGroup reports whether f is the group the library's LogValue and
// LogAttr write: a code with category and retry members beside it.
func (f *frame) libraryGroup() bool { return f.hasCategory && f.hasRetry }

// push opens a container, reusing the memory of an earlier frame.
func (s *scanner) push(object bool) {
	n := len(s.stack)
	if n < cap(s.stack) {
		s.stack = s.stack[:n+1]
	} else {
		s.stack = append(s.stack, frame{})
	}
	f := &s.stack[n]
	f.frameHead = frameHead{object: object}
	f.id = f.id[:0]
	if object {
		s.js = jsKeyOrClose
	} else {
		s.js = jsValueOrClose
	}
}

// startJSON starts a JSON value at the '{' or '[' at buf[s.pos].
func (s *scanner) startJSON() {
	s.stack = s.stack[:0]
	s.push(s.buf[s.pos] == '{')
	s.pos++
	s.mode = modeJSON
}

// json reads JSON up to limit.
func (s *scanner) json(limit int, final bool) {
	b := s.buf
	for s.pos < limit {
		c := b[s.pos]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
			s.pos++
			continue
		}
		f := &s.stack[len(s.stack)-1]
		switch s.js {
		case jsKeyOrClose, jsKey:
			if c == '}' && s.js == jsKeyOrClose {
				s.pos++
				s.close()
				break
			}
			if c != '"' {
				s.jsonError()
				return
			}
			if !s.run.slow {
				// Plain members in one go; the general reader goes on
				// from the token members stops at, unless that is this
				// key.
				p := s.pos
				var bm blockMasks
				bm.start(b, limit)
				s.members(f, limit, final, &bm)
				if s.pos != p {
					break
				}
			}
			s.pos++
			if end := s.pos + stringStop(b[s.pos:min(s.pos+maxKey+1, len(b))]); end < len(b) && b[end] == '"' && end-s.pos <= maxKey {
				// A plain key, read here whole.
				f.member = memberKind(b[s.pos:end])
				s.pos = end + 1
				s.key(f)
				break
			}
			s.startString(strKey, false, false, modeJSON)
			return
		case jsColon:
			if c != ':' {
				s.jsonError()
				return
			}
			s.pos++
			s.js = jsValue
		case jsValue, jsValueOrClose:
			if c == ']' && s.js == jsValueOrClose {
				s.pos++
				s.close()
				break
			}
			if !s.value(f, c, final) {
				s.jsonError()
				return
			}
		case jsAfterValue:
			switch {
			case c == ',':
				s.pos++
				s.js = jsValue
				if f.object {
					s.js = jsKey
				}
			case c == '}' && f.object, c == ']' && !f.object:
				s.pos++
				s.close()
			default:
				s.jsonError()
				return
			}
		}
		if s.mode == modeString {
			// The opening quote was read: the string goes on in this
			// step, and the JSON after it, once its closing quote is.
			s.string(limit, final)
		}
		if s.mode != modeJSON {
			return // back to text, or a string that goes on
		}
	}
}

// value reads the value that starts with c at buf[s.pos], inside f, and
// reports whether it is well formed so far.
func (s *scanner) value(f *frame, c byte, final bool) bool {
	member := keyOther
	if f.object {
		member = f.member
	}
	switch {
	case c == '{' || c == '[':
		if len(s.stack) >= maxDepth {
			return false
		}
		if member == keyErrors && f.libraryGroup() {
			// The library's batch group: its own code is its first
			// failure's, which errors lists again.
			f.slot(slotPlain).n = 0
		}
		// A response's own code comes before those of its items.
		for i := range f.slots {
			if f.inUse(i) && f.slots[i].hasInfo {
				s.flushSlot(f, i, false)
			}
		}
		s.push(c == '{')
		s.stack[len(s.stack)-1].failList = c == '[' && member == keyFailList
		s.pos++
		return true
	case c == '"':
		s.pos++
		kind, scan := s.stringKind(f)
		s.str.slot = slotOf(member)
		s.startString(kind, scan, false, modeJSON)
		return true
	case c == '-' || isDigit(c):
		end, ok := jsonNumber(s.buf, s.pos)
		if !ok || end == len(s.buf) && !final {
			return false // malformed, or longer than lookAhead
		}
		num := s.buf[s.pos:end]
		switch member {
		case keyErrorCode, keyResultCode, keyCode:
			if code, ok := ascii.ParseCode(num); ok {
				p := pendingCode{code: errcode.Code(code), line: s.lineOf(s.pos), cut: end == len(s.buf)}
				p.eol = !p.cut && (s.buf[end] == '\n' || s.buf[end] == '\r')
				s.pending(f, slotOf(member), p)
			}
		case keyID, keyGroupID:
			if !f.hasID || f.groupID || member != keyGroupID {
				f.id = append(f.id[:0], num[:min(len(num), MaxID+1)]...)
				f.hasID, f.idMore, f.idClean, f.groupID = true, false, false, member == keyGroupID
			}
		}
		s.pos = end
	case c == 't':
		return s.literal(f, "true")
	case c == 'f':
		return s.literal(f, "false")
	case c == 'n':
		return s.literal(f, "null")
	default:
		return false
	}
	s.afterValue(f)
	return true
}

// stringKind returns what a string value in f is to the scanner, by its
// member's key, and whether its content is scanned one level up.
func (s *scanner) stringKind(f *frame) (kind strKind, scan bool) {
	member := keyOther
	if f.object {
		member = f.member
	}
	return memberString(member, f.failList, s.run.opt.Details, s.level < maxLevel)
}

// memberString is stringKind for a string value of a member with the
// given key, in a fail list's array or not, with or without details,
// and at a level whose strings may be scanned one level up (nest) or
// not. members calls it with the last two read once for all members.
func memberString(member memberKey, failList, details, nest bool) (kind strKind, scan bool) {
	kind = memberStrings[member&15]
	// Codes and IDs are never scanned, details and text are.
	scan = nest && (kind == strText || kind == strInfo)
	if failList {
		kind, scan = strAccount, false
	}
	if !details && kind == strInfo {
		kind = strText
	}
	return kind, scan
}

// textKeys and infoKeys mark, bit by key, the keys whose string values
// memberStrings makes strText and strInfo: members reads from them, once
// for all members, which keys' strings it scans one level up and which it
// takes as text, one bit test for each string where memberString took a
// dozen instructions. TestKeyMasks holds them to memberStrings.
const (
	infoKeys = 1<<keyErrorInfo | 1<<keyResultInfo | 1<<keyDetail | 1<<keyMessage
	textKeys = (1<<16 - 1) &^ (infoKeys | 1<<keyErrorCode | 1<<keyResultCode | 1<<keyCode | 1<<keyID | 1<<keyGroupID)
)

// memberStrings is what a string value is by its member's key, one look-up
// for every string value rather than a switch; keys not listed are
// strText.
var memberStrings = [16]strKind{
	keyErrorCode:  strCode,
	keyResultCode: strCode,
	keyCode:       strCode,
	keyErrorInfo:  strInfo,
	keyResultInfo: strInfo,
	keyDetail:     strInfo,
	keyMessage:    strInfo,
	keyID:         strID,
	keyGroupID:    strID,
}

// afterValue is where a member's or an element's value has been read.
func (s *scanner) afterValue(f *frame) {
	f.member = keyOther
	s.js = jsAfterValue
}

// literal reads true, false or null.
func (s *scanner) literal(f *frame, word string) bool {
	if !bytes.HasPrefix(s.buf[s.pos:], []byte(word)) {
		return false
	}
	s.pos += len(word)
	s.afterValue(f)
	return true
}

// jsonNumber returns where the JSON number at b[i] ends, and whether it is
// well formed up to there.
func jsonNumber(b []byte, i int) (int, bool) {
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && isDigit(b[i]):
		i = digitsEnd(b, i)
	default:
		return i, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || !isDigit(b[i]) {
			return i, false
		}
		i = digitsEnd(b, i)
	}
	if i < len(b) && b[i]|0x20 == 'e' {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || !isDigit(b[i]) {
			return i, false
		}
		i = digitsEnd(b, i)
	}
	return i, true
}

func digitsEnd(b []byte, i int) int {
	for i < len(b) && isDigit(b[i]) {
		i++
	}
	return i
}

// pending holds back a code of the given slot of f; when the slot holds
// maxPending already, the oldest goes on with what is known of it.
func (s *scanner) pending(f *frame, i int, p pendingCode) {
	if p.code == 0 {
		return
	}
	sl := f.slot(i)
	if sl.n == maxPending {
		s.emit(f, i, sl.codes[0])
		copy(sl.codes[:], sl.codes[1:])
		sl.n--
	}
	sl.codes[sl.n] = p
	sl.n++
}

// flushSlot sends on the codes slot i of f holds back. Unless final, a
// bare code that may still turn out to be the library's group waits.
func (s *scanner) flushSlot(f *frame, i int, final bool) {
	if !f.inUse(i) {
		return
	}
	sl := &f.slots[i]
	kept := 0
	for _, p := range sl.codes[:sl.n] {
		switch {
		case p.cut || p.eol && s.unclosed:
			if i != slotPlain {
				// A bare code cut short cannot be told from any other
				// number; a code member's can.
				p.cut = true
				s.emit(f, i, p)
			}
		case i != slotPlain || listed(p.code) || f.hasCategory && f.hasRetry:
			s.emit(f, i, p)
		case !final:
			sl.codes[kept] = p
			kept++
		}
	}
	sl.n = kept
}

// emit reports a code of slot i of f, with the slot's detail and the
// item's ID, each cleaned once however many codes share it.
func (s *scanner) emit(f *frame, i int, p pendingCode) {
	fd := Finding{Code: p.code, Line: p.line, Cut: p.cut}
	if sl := f.slot(i); sl.hasInfo && !(sl.message && (f.logRecord || f.libraryGroup())) {
		if !sl.cleaned {
			sl.detail, sl.cleaned = s.run.text(sl.info, sl.infoMore, MaxDetail), true
		}
		fd.Detail = sl.detail
	}
	var id uint64
	if f.hasID && (!f.groupID || f.libraryGroup()) {
		if !f.idClean && s.run.opt.Details {
			f.idText, f.idClean = s.run.text(f.id, f.idMore, MaxID), true
		}
		fd.ID, id = f.idText, idHash(f.id)
	}
	s.field(&fd, id)
}

// close ends the innermost container: an object sends on its codes.
func (s *scanner) close() { s.closeObject(&s.stack[len(s.stack)-1]) }

// closeObject is close for f, the innermost container. members calls it
// with the frame it has at hand, where a call of close found the frame
// again and reloaded what members had: about 14 instructions a response
// body.
func (s *scanner) closeObject(f *frame) {
	if f.object {
		if sl := &f.slots[slotError]; f.used == 1<<slotError && sl.n == 1 && !sl.hasInfo && !f.hasID && !s.run.slow {
			// The usual response body without details: one code
			// member and nothing beside it that emit would add. What
			// flushSlot, emit and field do with it, straight through.
			p := &sl.codes[0]
			sl.n = 0
			c, cut := p.code, p.cut || p.eol && s.unclosed
			if sc := &s.scope; sc.nField == 0 && len(sc.held) == 0 && s.parent == nil {
				// field's usual case, in line: the scope's first
				// field and first finding, at level 0, which goes on
				// now. A Finding built to hand to field went through
				// the stack, and field's checks of it cost as much
				// as what it does here.
				sc.fields[0], sc.nField = fieldCount{code: c, n: 1}, 1
				sc.active = true
				if d := s.run.slot(); d != nil {
					// Known as quickText leaves it (see noKnown).
					d.Code, d.NoCode, d.Known, d.Cut, d.Line = c, false, !s.noKnown && known(c, cut), cut, p.line
					if !s.quick {
						// A slot may hold a finding with a detail or
						// an ID from the batch before; with no
						// details (quick) it never does.
						d.Detail, d.ID = "", ""
					}
				} else {
					s.run.report(&Finding{Code: c, Line: p.line, Cut: cut, Known: !s.noKnown && known(c, cut)})
				}
			} else {
				s.field(&Finding{Code: c, Line: p.line, Cut: cut}, 0)
			}
		} else {
			// The slots in use, in order: most objects use one or
			// none.
			for used := f.used; used != 0; used &= used - 1 {
				s.flushSlot(f, bits.TrailingZeros8(used), true)
			}
		}
	}
	s.stack = s.stack[:len(s.stack)-1]
	if len(s.stack) == 0 {
		s.toText()
		return
	}
	s.afterValue(&s.stack[len(s.stack)-1])
}

// jsonError ends JSON at a byte that does not fit: the objects still open
// send on the codes they hold, innermost first, and the byte is read again
// as text.
func (s *scanner) jsonError() {
	s.dropStack()
	s.toText()
}

// dropStack closes every open container without its end.
func (s *scanner) dropStack() {
	if len(s.stack) == 0 {
		return
	}
	s.unclosed = true
	for len(s.stack) > 0 {
		f := &s.stack[len(s.stack)-1]
		if f.object && f.used != 0 {
			for i := range f.slots {
				s.flushSlot(f, i, true)
			}
		}
		s.stack = s.stack[:len(s.stack)-1]
	}
	s.unclosed = false
}
