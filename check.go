package errcode

import (
	"bytes"
	"encoding/json"
	"errors"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/errcode-im/errcode/internal/ascii"
)

// Rule is how an entry list of a REST response tells a failed entry from
// one that succeeded.
type Rule uint8

// The rules.
const (
	// FailsNonzero means the entry's code member is its error code, 0 when
	// it succeeded (ResultCode, ErrorCode, RetCode; import_group_msg's Result).
	FailsNonzero Rule = iota + 1
	// FailsZero means the code member is 0 when the entry failed, and carries no
	// error code; other values are kinds of success (add_group_member's
	// Result: 1 added, 2 already a member, 3 waiting for approval).
	FailsZero
	// FailsAlways means every entry of the list failed (ErrorList, and the
	// lists of plain IDs FailAccounts and Fail_Account).
	FailsAlways
)

// String returns "nonzero", "zero", "always", or "Rule(N)".
func (r Rule) String() string {
	switch r {
	case FailsNonzero:
		return "nonzero"
	case FailsZero:
		return "zero"
	case FailsAlways:
		return "always"
	}
	return "Rule(" + strconv.Itoa(int(r)) + ")"
}

// EntryList describes one list of entries in an API's response.
type EntryList struct {
	// Field is the list's member path from the top of the body: member
	// names joined by ".", with "[]" after a name whose array the path steps
	// into, such as "MemberList" or "GroupResultItem[].ResultItem".
	Field string
	// ID is the member path in an entry that names it, such as
	// "Member_Account" or "ContactItem.To_Account"; alternatives are joined
	// by "|" and the first present applies. It is "" for a list whose
	// entries are the IDs themselves (FailAccounts, Fail_Account).
	ID string
	// Code is the entry's member that Rule reads, such as "Result"; it is
	// "" for a list of plain IDs.
	Code string
	// Rule tells a failed entry from a good one.
	Rule Rule
}

// shape is an EntryList as Check reads it: the paths split into steps.
type shape struct {
	field string
	list  []string   // member names, "[]" for every element of an array
	ids   [][]string // ID member paths, the first present wins; nil: defaultIDs
	code  string
	rule  Rule
}

// EntryLists returns the entry lists of the API's response, as its page
// documents them; none for an API whose response has none, and for the zero
// API.
func (a API) EntryLists() iter.Seq[EntryList] {
	return func(yield func(EntryList) bool) {
		if !a.valid() {
			return
		}
		for i := range apiShapes[a.i] {
			s := &apiShapes[a.i][i]
			ids := make([]string, len(s.ids))
			for j, p := range s.ids {
				ids[j] = strings.Join(p, ".")
			}
			if !yield(EntryList{Field: s.field, ID: strings.Join(ids, "|"), Code: s.code, Rule: s.rule}) {
				return
			}
		}
	}
}

// defaultIDs are the members that name an entry of a list no shape
// describes, in the order Item prefers them.
var defaultIDs = [][]string{{"To_Account"}, {"UserID"}, {"Member_Account"}, {"Account"}, {"Peer_Account"}, {"GroupId"}, {"Identifier"}, {"From_Account"}, {"TopicId"}, {"MsgSeq"}}

// genericCodes are the members that mark an array of objects no shape
// describes as an entry list whose code is FailsNonzero.
var genericCodes = [...]string{"ResultCode", "ErrorCode", "RetCode"}

// Check reads the whole response body of the API and returns nil only
// when nothing failed: neither the request (ActionStatus, ErrorCode) nor
// any entry of the API's entry lists by that list's Rule ([API.EntryLists]).
// Otherwise it returns one error that joins, as errors.Join does, the
// request's failure and then each failed entry, in body order. Each is a
// *Error: a failed entry's has the entry's ID and code (Code 0 when the
// entry failed without one: Result 0 of add_group_member, an account in
// FailAccounts or Fail_Account), so errors.Is, errors.As and CodeOf see
// every code, and the IDs tell what to send again. An account that a list
// of plain IDs names after an entry with a code named it is reported once.
//
// The top-level status only sums up the entries when ErrorCode is 0 and an
// entry failed, as batchsendmsg's "ActionStatus": "SomeError" does; it is
// then no failure of its own. A nonzero ErrorCode always is, even when the
// entries are listed too (query_online_status when every account failed).
//
// Check also reads the lists CheckBody recognises that the API's page does
// not show, so that no failed entry is lost.
//
// A body that is not a JSON object, is cut short, has an ErrorCode that is
// not an integer, or has an entry that cannot be read is an error too,
// never nil: an entry of the API's lists whose code member is missing, null
// or not an integer, or an entry that is not an object (or, in a list of
// plain IDs, not a string or number). Such an entry's error wraps a *Error
// with Code 0 and the entry's ID, since it may have failed; every message
// begins "errcode:". Check never panics; it decodes with encoding/json,
// into raw messages, so it allocates in proportion to the body.
//
// The zero API reads the body as CheckBody does.
func (a API) Check(body []byte) error {
	var own []shape
	if a.valid() {
		own = apiShapes[a.i]
	}
	return check(body, own)
}

// CheckBody is Check without knowing the API. It reads the request's
// status and every entry list it recognises: each list of any API's page
// (bodyShapes), read by that list's Rule, and any other top-level array of
// objects that carry ResultCode, ErrorCode or RetCode (FailsNonzero). A
// list whose Rule reads the same member another way on another API would
// be ambiguous; the table has none, and its generator refuses one.
//
// Where a Rule needs the API, CheckBody takes it from the list's name:
// MemberList's Result is read as add_group_member and import_group_member
// give it (0 failed; 1, 2 and 3 are kinds of success), and
// ImportMsgResult's Result as an error code. A list that is not one of an
// API's failure lists (ErrorList, FailAccounts, Fail_Account) is read only
// when one of its entries has the code member, so that, for example,
// get_group_member_info's MemberList, which has no Result, is no failure.
// Prefer Check when the API is known: its entries must all carry their
// code, and it names them by the API's own ID member.
func CheckBody(body []byte) error {
	return check(body, nil)
}

// bodyError is a body, or an entry of it, that cannot be read.
type bodyError struct {
	where string // the entry, such as "MemberList[2]"; "" for the body
	msg   string
	entry *Error // the entry, which may have failed; nil for the body
}

// Error returns "errcode: response body: " and what is wrong, naming the
// entry and its ID.
func (e *bodyError) Error() string {
	var b strings.Builder
	b.WriteString("errcode: response body")
	if e.where != "" {
		b.WriteString(": ")
		b.WriteString(e.where)
		if e.entry != nil && e.entry.ID != "" {
			b.WriteString(" (id: ")
			b.WriteString(e.entry.ID)
			b.WriteByte(')')
		}
	}
	b.WriteString(": ")
	b.WriteString(e.msg)
	return b.String()
}

// Unwrap returns the entry's *Error, or nil for the body.
func (e *bodyError) Unwrap() error {
	if e.entry == nil {
		return nil
	}
	return e.entry
}

// checker gathers the failures of one body.
type checker struct {
	errs  []error
	coded map[string]bool // IDs reported by an entry with a code
	fails int             // failed entries, bad ones included
}

func check(body []byte, own []shape) error {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(body, &top); err != nil || top == nil {
		msg := "not a JSON object"
		if err != nil {
			msg += ": " + strings.TrimPrefix(err.Error(), "json: ")
		}
		return &bodyError{msg: msg}
	}
	var c checker
	req, bad := status(top)
	if bad != nil {
		c.errs = append(c.errs, bad)
	}
	done := make(map[string]bool, len(own)+4)
	// Lists with codes first, so that a list of plain IDs can leave out
	// the IDs they already reported.
	for pass := range 2 {
		for i := range own {
			if s := &own[i]; (s.code == "") == (pass == 1) {
				c.list(top, s, true)
				done[s.field] = true
			}
		}
		for i := range bodyShapes {
			if s := &bodyShapes[i]; (s.code == "") == (pass == 1) && !done[s.field] {
				c.list(top, s, false)
				done[s.field] = true
			}
		}
		if pass == 0 {
			c.generic(top, done)
		}
	}
	if req != nil {
		if e, ok := req.(*Error); !ok || e.Code != 0 || e.wide != 0 || c.fails == 0 {
			c.errs = append([]error{req}, c.errs...)
		}
	}
	return errors.Join(c.errs...)
}

// status returns the request's failure, as FromResponse decides, or an
// error when its status members cannot be read.
func status(top map[string]json.RawMessage) (req, bad error) {
	var st, info string
	if raw, ok := member(top, "ActionStatus"); ok && !isNull(raw) {
		if json.Unmarshal(raw, &st) != nil {
			return nil, &bodyError{msg: "ActionStatus is " + describeJSON(raw) + ", not a string"}
		}
	}
	if raw, ok := member(top, "ErrorInfo"); ok {
		_ = json.Unmarshal(raw, &info) // a message that is not a string is left out
	}
	var code int64
	if raw, ok := member(top, "ErrorCode"); ok && !isNull(raw) {
		n, ok := parseWide(raw)
		if !ok {
			return nil, &bodyError{msg: "ErrorCode is " + describeJSON(raw) + ", not an integer"}
		}
		code = n
	}
	if int64(int(code)) != code {
		return &Error{Detail: info, wide: code}, nil
	}
	return FromResponse(st, int(code), info), nil
}

// parseWide parses an optionally quoted decimal integer of any int64 value.
func parseWide(raw []byte) (int64, bool) {
	if len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' {
		raw = raw[1 : len(raw)-1]
	}
	if c, ok := parseCode(raw); ok {
		return int64(c), true
	}
	n, err := strconv.ParseInt(string(raw), 10, 64)
	if err != nil || len(raw) > 1 && (raw[0] == '0' || raw[0] == '+' || raw[0] == '-' && raw[1] == '0') {
		return 0, false
	}
	return n, true
}

func isNull(raw json.RawMessage) bool {
	return string(bytes.TrimSpace(raw)) == "null"
}

// member returns m's member name, or, if m has none, the member whose name
// matches it without regard to ASCII case (the first in byte order when
// several do), as encoding/json matches struct fields.
func member(m map[string]json.RawMessage, name string) (json.RawMessage, bool) {
	if v, ok := m[name]; ok {
		return v, true
	}
	var best string
	found := false
	for k := range m {
		if ascii.EqualFold(k, name) && (!found || k < best) {
			best, found = k, true
		}
	}
	if !found {
		return nil, false
	}
	return m[best], true
}

// entry is one element of an entry list and where it stands.
type entry struct {
	where string
	raw   json.RawMessage
}

// collect returns the entries at the list path steps below raw. A value
// that is missing or null holds none; one of the wrong kind is an error
// when strict and holds none otherwise.
func collect(raw json.RawMessage, steps []string, where string, strict bool, out []entry) ([]entry, error) {
	if len(raw) == 0 || isNull(raw) {
		return out, nil
	}
	if len(steps) == 0 || steps[0] == "[]" {
		var arr []json.RawMessage
		if json.Unmarshal(raw, &arr) != nil {
			if strict {
				return out, &bodyError{where: where, msg: "not an array"}
			}
			return out, nil
		}
		for i, e := range arr {
			w := where + "[" + strconv.Itoa(i) + "]"
			if len(steps) == 0 {
				out = append(out, entry{w, e})
				continue
			}
			var err error
			if out, err = collect(e, steps[1:], w, strict, out); err != nil {
				return out, err
			}
		}
		return out, nil
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) != nil {
		if strict {
			return out, &bodyError{where: where, msg: "not an object"}
		}
		return out, nil
	}
	v, _ := member(obj, steps[0])
	return collect(v, steps[1:], where+"."+steps[0], strict, out)
}

// list reads one entry list of the body. strict is true for the API's own
// lists; a list recognised by shape alone is read only when one of its
// entries has the code member, unless every entry of it is a failure.
func (c *checker) list(top map[string]json.RawMessage, s *shape, strict bool) {
	raw, _ := member(top, s.list[0])
	entries, err := collect(raw, s.list[1:], s.list[0], strict, nil)
	if err != nil {
		c.errs = append(c.errs, err)
		c.fails++
	}
	if len(entries) == 0 {
		return
	}
	if s.code == "" {
		for _, e := range entries {
			c.plainID(e)
		}
		return
	}
	objs := make([]map[string]json.RawMessage, len(entries))
	seen := false
	for i, e := range entries {
		if json.Unmarshal(e.raw, &objs[i]) == nil && objs[i] != nil {
			if _, ok := member(objs[i], s.code); ok {
				seen = true
			}
		}
	}
	if !strict && !seen && s.rule != FailsAlways {
		return
	}
	for i, e := range entries {
		c.object(e, objs[i], s.ids, s.code, s.rule)
	}
}

// generic reads the top-level arrays of objects that no shape covers and
// whose entries carry one of genericCodes.
func (c *checker) generic(top map[string]json.RawMessage, done map[string]bool) {
	for _, name := range slices.Sorted(maps.Keys(top)) {
		raw := top[name]
		if len(raw) == 0 || raw[0] != '[' || slices.ContainsFunc(slices.Collect(maps.Keys(done)), func(d string) bool { return ascii.EqualFold(name, d) }) {
			continue
		}
		var arr []map[string]json.RawMessage
		if json.Unmarshal(raw, &arr) != nil {
			continue
		}
		for _, code := range genericCodes {
			hit := false
			for _, m := range arr {
				if _, ok := member(m, code); ok {
					hit = true
					break
				}
			}
			if hit {
				done[name] = true
				s := shape{field: name, list: []string{name}, code: code, rule: FailsNonzero}
				c.list(top, &s, false)
				break
			}
		}
	}
}

// plainID reads an entry of a list of failed IDs.
func (c *checker) plainID(e entry) {
	id, ok := idText(e.raw)
	switch {
	case !ok:
		c.fails++
		c.errs = append(c.errs, &bodyError{where: e.where, msg: "a failed ID is " + describeJSON(e.raw) + ", not a string or number", entry: &Error{}})
	case c.coded[id]:
		// reported already, with its code
	default:
		c.fails++
		c.errs = append(c.errs, &Error{ID: id})
	}
}

// object reads an entry with a code member by rule.
func (c *checker) object(e entry, obj map[string]json.RawMessage, ids [][]string, code string, rule Rule) {
	if obj == nil {
		c.fails++
		c.errs = append(c.errs, &bodyError{where: e.where, msg: "an entry is " + describeJSON(e.raw) + ", not an object", entry: &Error{}})
		return
	}
	if ids == nil {
		ids = defaultIDs
	}
	var id string
	for _, p := range ids {
		if v, ok := path(obj, p); ok {
			if s, ok := idText(v); ok {
				id = s
				break
			}
		}
	}
	var info string
	for _, name := range [...]string{"ErrorInfo", "ResultInfo"} {
		if raw, ok := member(obj, name); ok && json.Unmarshal(raw, &info) == nil && info != "" {
			break
		}
	}
	raw, ok := member(obj, code)
	n, valid := parseCode(raw)
	if !ok || !valid {
		what := "missing"
		if ok {
			what = describeJSON(raw)
			if isNull(raw) {
				what = "null"
			}
		}
		c.fails++
		c.errs = append(c.errs, &bodyError{where: e.where, msg: code + " is " + what + ", not an integer", entry: &Error{ID: id, Detail: info}})
		return
	}
	switch {
	case rule == FailsZero && n == 0:
		c.fails++
		c.errs = append(c.errs, &Error{ID: id, Detail: info})
	case rule == FailsNonzero && n != 0, rule == FailsAlways:
		c.fails++
		c.errs = append(c.errs, &Error{Code: n, ID: id, Detail: info})
		if id != "" && n != 0 {
			if c.coded == nil {
				c.coded = make(map[string]bool)
			}
			c.coded[id] = true
		}
	}
}

// path follows member names from obj.
func path(obj map[string]json.RawMessage, names []string) (json.RawMessage, bool) {
	v, ok := member(obj, names[0])
	for _, name := range names[1:] {
		if !ok {
			return nil, false
		}
		var next map[string]json.RawMessage
		if json.Unmarshal(v, &next) != nil || next == nil {
			return nil, false
		}
		v, ok = member(next, name)
	}
	return v, ok
}
