package errcode

// This file holds the entries of batch responses: Item, one entry, with
// its JSON decoding; ItemsErr, which turns a batch's failed entries into
// one error; and FailedIDs, which reads the failed IDs back out of it.

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
)

// Item is one entry of a batch response's per-entry list: the ID it is
// about, the code the server gave it and the server's message. Batch APIs
// answer ActionStatus "OK" when the request as a whole was carried out and
// report each entry that failed in such a list, so [Response.Err] cannot
// see those failures; [ItemsErr] does.
//
// An Item decodes from every entry shape the REST API uses, so a list of
// them drops into a response struct under whatever name the API gives it:
//
//	var resp struct {
//		errcode.Response
//		ErrorList []errcode.Item `json:"ErrorList"` // or ResultItem, InfoItem
//	}
type Item struct {
	// ID is the account, member or group the entry is about.
	ID string
	// Code is the entry's code: 0 when the entry succeeded, or when it
	// gave no code (see NoCode).
	Code Code
	// Info is the server's message about the entry, as it came.
	Info string
	// NoCode marks an entry that gave no code at all: its code member was
	// missing or null, so nothing says that it succeeded. Such an entry is
	// a failure without a code, as an account in FailAccounts is. NoCode
	// matters only when Code is 0.
	NoCode bool
}

// itemJSON is what Item.UnmarshalJSON reads; encoding/json matches member
// names to it without regard to letter case, as it does for Response.
type itemJSON struct {
	ResultCode codeMember `json:"ResultCode"`
	ErrorCode  codeMember `json:"ErrorCode"`
	ResultInfo *string    `json:"ResultInfo"`
	ErrorInfo  *string    `json:"ErrorInfo"`

	// The members an entry may name its subject in, in the order
	// UnmarshalJSON prefers them when an entry has several. ID is the
	// member MarshalJSON writes.
	ToAccount     json.RawMessage `json:"To_Account"`
	UserID        json.RawMessage `json:"UserID"`
	MemberAccount json.RawMessage `json:"Member_Account"`
	Account       json.RawMessage `json:"Account"`
	PeerAccount   json.RawMessage `json:"Peer_Account"`
	GroupID       json.RawMessage `json:"GroupId"`
	Identifier    json.RawMessage `json:"Identifier"`
	FromAccount   json.RawMessage `json:"From_Account"`
	ID            json.RawMessage `json:"ID"`
}

// codeMember is one code member of an entry. encoding/json calls its
// UnmarshalJSON once for each time the member appears, in any letter case,
// null included, so it sees a member that is repeated.
type codeMember struct {
	seen bool // the member appeared, null or not
	null bool // its value was null
	code Code
}

// UnmarshalJSON decodes the member's value as Code.UnmarshalJSON does, and
// fails when the member appeared before with another value.
func (m *codeMember) UnmarshalJSON(data []byte) error {
	var v codeMember
	v.seen, v.null = true, string(data) == "null"
	if err := v.code.UnmarshalJSON(data); err != nil {
		return err
	}
	if m.seen && v != *m {
		return errors.New("errcode: an entry gives its code twice, as " + m.String() + " and " + v.String())
	}
	*m = v
	return nil
}

// String writes the member's value for an error message.
func (m codeMember) String() string {
	if m.null {
		return "null"
	}
	return strconv.Itoa(int(m.code))
}

// UnmarshalJSON decodes an entry of a batch response, a JSON object:
//
//   - ResultCode or ErrorCode becomes Code (a nonzero ResultCode first,
//     else ErrorCode), decoded as Code.UnmarshalJSON decodes it;
//   - ResultInfo or ErrorInfo becomes Info (the one beside the code first);
//   - the first of To_Account, UserID, Member_Account, Account,
//     Peer_Account, GroupId, Identifier, From_Account and ID that holds a
//     non-empty string, or a number, which is kept as written, becomes ID.
//
// Member names match in any letter case, as encoding/json matches them.
// An entry is a success only when a code member holds 0 and none holds
// another code. An entry whose code members are all missing or null is a
// failure without a code: Code 0 and NoCode set. Other members are
// ignored.
//
// JSON null leaves it unchanged. Anything but an object, a code that Code
// cannot hold, or a code member that appears twice with different values
// (70001, then null) is an error and leaves it unchanged: an entry whose
// code cannot be read is never taken for a success.
func (it *Item) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var v itemJSON
	if err := json.Unmarshal(data, &v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			// The entry is not an object: name Item, not the helper.
			return &json.UnmarshalTypeError{Value: te.Value, Type: reflect.TypeFor[Item](), Offset: te.Offset}
		}
		return err
	}
	var out Item
	code, info, other := v.ResultCode, v.ResultInfo, v.ErrorInfo
	if code.code == 0 && v.ErrorCode.code != 0 {
		code, info, other = v.ErrorCode, v.ErrorInfo, v.ResultInfo
	}
	out.Code = code.code
	out.NoCode = out.Code == 0 && !v.ResultCode.given() && !v.ErrorCode.given()
	switch {
	case info != nil && *info != "":
		out.Info = *info
	case other != nil:
		out.Info = *other
	}
	for _, raw := range [...]json.RawMessage{v.ToAccount, v.UserID, v.MemberAccount, v.Account, v.PeerAccount, v.GroupID, v.Identifier, v.FromAccount, v.ID} {
		if id, ok := idText(raw); ok {
			out.ID = id
			break
		}
	}
	*it = out
	return nil
}

// given reports whether the member held a code, 0 included.
func (m codeMember) given() bool {
	return m.seen && !m.null
}

// MarshalJSON encodes the entry in a form UnmarshalJSON reads back to the
// same Item: {"ID":…,"ResultCode":…,"ResultInfo":…}, with a null
// ResultCode for an entry that gave no code (NoCode and Code 0).
func (it Item) MarshalJSON() ([]byte, error) {
	out := struct {
		ID         string `json:"ID"`
		ResultCode *Code  `json:"ResultCode"`
		ResultInfo string `json:"ResultInfo"`
	}{ID: it.ID, ResultInfo: it.Info}
	if !it.NoCode || it.Code != 0 {
		out.ResultCode = &it.Code
	}
	return json.Marshal(out)
}

// idText returns the ID a member holds: a non-empty string, or a number
// as written. It reports false for anything else.
func idText(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 {
		return "", false
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if json.Unmarshal(raw, &s) != nil || s == "" {
			return "", false
		}
		return s, true
	case c == '-' || c >= '0' && c <= '9':
		return string(raw), true
	}
	return "", false
}

// failed reports whether the entry failed: it has a code, or it gave none.
func (it Item) failed() bool {
	return it.Code != 0 || it.NoCode
}

// Err returns nil when the entry succeeded (Code 0, NoCode not set) and
// otherwise a *Error with the entry's code (0 for an entry that gave
// none), its Info as Detail and its ID, so that errors.Is, errors.As and
// CodeOf find the code and the message names the ID.
func (it Item) Err() error {
	if !it.failed() {
		return nil
	}
	return &Error{Code: it.Code, Detail: it.Info, ID: it.ID}
}

// ItemsErr returns the failures of a batch response, or nil when there are
// none: the errors of the items that failed, in order, then an error for
// each account in failed that none of those items names.
//
// failed takes the lists of accounts some APIs return without a code
// (FailAccounts from multiaccount_import, Fail_Account from the friend
// APIs). Such an account becomes a *Error with Code 0, so no code is made
// up, and with the account as its ID. friend_add and friend_check list an
// account both in ResultItem or InfoItem, with its code, and in
// Fail_Account; pass both and it is reported once, with its code:
//
//	err := errcode.ItemsErr(resp.ResultItem, resp.FailAccount...)
//
// The errors are joined as errors.Join joins them: errors.Is and CodeOf
// see every code (CodeOf reports the first), and the message has one line
// per failure. FailedIDs lists the IDs again, to send only those anew.
func ItemsErr(items []Item, failed ...string) error {
	var errs []error
	var named map[string]bool
	if len(failed) > 0 {
		named = make(map[string]bool, len(items)+len(failed))
	}
	for _, it := range items {
		if !it.failed() {
			continue
		}
		errs = append(errs, it.Err())
		if named != nil {
			named[it.ID] = true
		}
	}
	for _, id := range failed {
		if named[id] {
			continue
		}
		named[id] = true
		errs = append(errs, &Error{ID: id})
	}
	return errors.Join(errs...)
}

// FailedIDs returns the IDs of the failures in err's tree, however it is
// wrapped or joined: each non-empty ID of a *Error, once, in the order
// errors.As meets them. For an error from ItemsErr these are the entries
// and accounts that failed, so that a caller can send only those again;
// ShouldRetry tells whether that can help. It returns nil when no failure
// names an ID, as for an error about a whole request.
func FailedIDs(err error) []string {
	var ids []string
	seen := map[string]bool{}
	walk(err, false, func(l leaf) bool {
		if l.kind == leafError && l.err.ID != "" && !seen[l.err.ID] {
			seen[l.err.ID] = true
			ids = append(ids, l.err.ID)
		}
		return true
	})
	return ids
}
