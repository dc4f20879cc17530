package errcode

import (
	"encoding/json"
	"errors"
	"log/slog"
	"reflect"
	"strconv"
	"time"
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
	// Code is the entry's code: 0 when the entry succeeded.
	Code Code
	// Info is the server's message about the entry, as it came.
	Info string
}

// itemJSON is what Item.UnmarshalJSON reads; encoding/json matches member
// names to it without regard to letter case, as it does for Response.
type itemJSON struct {
	ResultCode *Code   `json:"ResultCode"`
	ErrorCode  *Code   `json:"ErrorCode"`
	ResultInfo *string `json:"ResultInfo"`
	ErrorInfo  *string `json:"ErrorInfo"`

	// The members an entry may name its subject in, in the order
	// UnmarshalJSON prefers them when an entry has several.
	ToAccount     json.RawMessage `json:"To_Account"`
	UserID        json.RawMessage `json:"UserID"`
	MemberAccount json.RawMessage `json:"Member_Account"`
	Account       json.RawMessage `json:"Account"`
	PeerAccount   json.RawMessage `json:"Peer_Account"`
	GroupID       json.RawMessage `json:"GroupId"`
	Identifier    json.RawMessage `json:"Identifier"`
	FromAccount   json.RawMessage `json:"From_Account"`
}

// UnmarshalJSON decodes an entry of a batch response, a JSON object:
//
//   - ResultCode or ErrorCode becomes Code (a nonzero ResultCode first,
//     else ErrorCode), decoded as Code.UnmarshalJSON decodes it;
//   - ResultInfo or ErrorInfo becomes Info (the one beside the code first);
//   - the first of To_Account, UserID, Member_Account, Account,
//     Peer_Account, GroupId, Identifier and From_Account that holds a
//     non-empty string, or a number, which is kept as written, becomes ID.
//
// Other members are ignored. JSON null leaves it unchanged. Anything but
// an object, or a code that Code cannot hold, is an error and leaves it
// unchanged: an entry whose code cannot be read is never taken for a
// success.
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
	if code == nil || *code == 0 {
		if v.ErrorCode != nil && *v.ErrorCode != 0 {
			code, info, other = v.ErrorCode, v.ErrorInfo, v.ResultInfo
		}
	}
	if code != nil {
		out.Code = *code
	}
	switch {
	case info != nil && *info != "":
		out.Info = *info
	case other != nil:
		out.Info = *other
	}
	for _, raw := range [...]json.RawMessage{v.ToAccount, v.UserID, v.MemberAccount, v.Account, v.PeerAccount, v.GroupID, v.Identifier, v.FromAccount} {
		if id, ok := idText(raw); ok {
			out.ID = id
			break
		}
	}
	*it = out
	return nil
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

// Err returns nil when the entry succeeded (Code 0) and otherwise a *Error
// with the entry's code, its Info as Detail and its ID, so that errors.Is,
// errors.As and CodeOf find the code and the message names the ID.
func (it Item) Err() error {
	if it.Code == 0 {
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
// per failure.
func ItemsErr(items []Item, failed ...string) error {
	var errs []error
	var named map[string]bool
	if len(failed) > 0 {
		named = make(map[string]bool, len(items)+len(failed))
	}
	for _, it := range items {
		if it.Code == 0 {
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

// coder is an error that carries an IM error code as an int, as the errors
// of the github.com/dobyte/tencent-im SDK do.
type coder interface {
	error
	Code() int
}

// FromError makes an IM error code that another SDK carries visible to
// this package. It returns err itself when err is nil, when err already
// carries a code of this package (CodeOf finds one), and when FromError has
// already converted it.
//
// Otherwise, when an error in err's tree has a Code() int method, as the
// errors of github.com/dobyte/tencent-im do, FromError returns an error
// that wraps both err and a *Error made from that code: errors.Is and
// errors.As still find err and everything in its chain, errors.Is(…,
// GroupNotFound) and CodeOf find the code, and the *Error's Detail is the
// SDK's message (its Message() string method if it has one, else its
// Error text). A code of 0 stays a failure: it becomes a *Error with Code
// 0, for which CodeOf reports false, never nil. A code outside the int32
// range is kept as FromResponse keeps it.
//
// Any other error comes back unchanged.
func FromError(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := CodeOf(err); ok {
		return err
	}
	c, done := findCoder(err)
	if c == nil || done {
		return err
	}
	return &sdkError{coded: fromCoder(c), err: err}
}

// fromCoder makes the *Error for another SDK's error, as FromError
// documents.
func fromCoder(c coder) *Error {
	detail := c.Error()
	if m, ok := c.(interface{ Message() string }); ok {
		detail = m.Message()
	}
	e := &Error{Detail: detail}
	if code := c.Code(); int(int32(code)) == code {
		e.Code = Code(code)
	} else {
		e.wide = int64(code)
	}
	return e
}

// findCoder returns the first error in err's tree, depth first as errors.As
// searches, that has a Code() int method, or done when the tree holds an
// error FromError has already made.
func findCoder(err error) (c coder, done bool) {
	for err != nil {
		switch e := err.(type) {
		case *sdkError:
			return nil, true
		case coder:
			return e, false
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if c, done := findCoder(e); c != nil || done {
					return c, done
				}
			}
			return nil, false
		default:
			return nil, false
		}
	}
	return nil, false
}

// sdkError is what FromError returns: another SDK's error and the *Error
// made from its code.
type sdkError struct {
	coded *Error
	err   error
}

// Error returns the *Error's message and, when the SDK's error reads
// otherwise than its message (it was wrapped, say), that text too.
func (e *sdkError) Error() string {
	msg := e.coded.Error()
	if s := e.err.Error(); s != e.coded.Detail {
		msg += ": " + s
	}
	return msg
}

// Unwrap returns the *Error, then the SDK's error.
func (e *sdkError) Unwrap() []error {
	return []error{e.coded, e.err}
}

// LogValue returns a group of the error's fields, as LogAttr logs them, so
// that an error FromError returns logs as a group under log/slog.
func (e *sdkError) LogValue() slog.Value {
	return errorValue(e)
}

// LogValue makes a Code log as a group of its number, name, category and
// retry hint under log/slog, as a *Error does without the detail.
func (c Code) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int("code", int(c)),
		slog.String("name", c.Name()),
		slog.String("category", c.Category().String()),
		slog.String("retry", c.Retry().String()),
	)
}

// LogAttr returns an attribute that logs err under key as a group, however
// it is wrapped or joined. slog.Any("err", err) logs a *Error as a group
// only when it is passed as it is: wrapped with fmt.Errorf("%w") or joined,
// it logs as a flat string. The group LogAttr makes holds:
//
//   - "msg": err's message, wrapping included;
//   - the fields of the first failure errors.As meets in err's tree, as
//     (*Error).LogValue writes them: "code", "name", "category", "retry",
//     "detail", and "id" and "status" when they are set; for a bare Code,
//     the same without "detail";
//   - "errors", only when the tree holds more than one failure, as the
//     joined errors of a batch (ItemsErr) do: a group of every failure's
//     fields, under the keys "0", "1", and so on.
//
// Another SDK's error with a Code() int method counts as a failure with
// that code, as FromError sees it. An error that carries no code logs as a
// group of its "msg" alone, and nil logs as null. The group is built only
// when a handler writes the record.
func LogAttr(key string, err error) slog.Attr {
	if err == nil {
		return slog.Any(key, nil)
	}
	return slog.Any(key, errorLog{err})
}

// errorLog defers LogAttr's work to the handler.
type errorLog struct{ err error }

// LogValue builds the group when a handler asks for it.
func (l errorLog) LogValue() slog.Value {
	return errorValue(l.err)
}

// errorValue builds the group LogAttr documents.
func errorValue(err error) slog.Value {
	var found []slog.Value
	visit(err, func(l leaf) bool {
		switch l.kind {
		case leafCode:
			found = append(found, l.code.LogValue())
		case leafError:
			found = append(found, l.err.LogValue())
		}
		return true
	})
	attrs := make([]slog.Attr, 0, 10)
	attrs = append(attrs, slog.String("msg", err.Error()))
	if len(found) > 0 && found[0].Kind() == slog.KindGroup {
		attrs = append(attrs, found[0].Group()...)
	}
	if len(found) > 1 {
		all := make([]slog.Attr, len(found))
		for i, v := range found {
			all[i] = slog.Attr{Key: strconv.Itoa(i), Value: v}
		}
		attrs = append(attrs, slog.Attr{Key: "errors", Value: slog.GroupValue(all...)})
	}
	return slog.GroupValue(attrs...)
}

// The kinds of leaf visit reports.
const (
	leafPlain = iota // an error that carries no code
	leafCode         // a bare Code
	leafError        // a *Error, possibly with Code 0
)

// leaf is one failure in an error's tree.
type leaf struct {
	kind int
	code Code   // for leafCode
	err  *Error // for leafError
}

// visit calls yield for each failure in err's tree, depth first in the
// order errors.As searches, until yield returns false; it reports whether
// yield always returned true. A failure is a *Error, a Code (one an As
// method presents included), another SDK's error with a Code() int method,
// converted as FromError converts it, or an error that has none of these
// and nothing to unwrap. visit does not look inside a failure, so a *Error
// and the Code it unwraps to are reported once.
func visit(err error, yield func(leaf) bool) bool {
	for {
		switch e := err.(type) {
		case nil:
			return true
		case Code:
			return yield(leaf{kind: leafCode, code: e})
		case *Error:
			if e == nil {
				return yield(leaf{kind: leafPlain})
			}
			return yield(leaf{kind: leafError, err: e})
		case *sdkError:
			return yield(leaf{kind: leafError, err: e.coded})
		}
		if x, ok := err.(interface{ As(any) bool }); ok {
			var c Code
			if x.As(&c) {
				return yield(leaf{kind: leafCode, code: c})
			}
		}
		if c, ok := err.(coder); ok {
			return yield(leaf{kind: leafError, err: fromCoder(c)})
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			next := u.Unwrap()
			if next == nil {
				return yield(leaf{kind: leafPlain})
			}
			err = next
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if !visit(e, yield) {
					return false
				}
			}
			return true
		default:
			return yield(leaf{kind: leafPlain})
		}
	}
}

// ShouldRetry reports whether the request that failed with err can succeed
// if it is sent again, and the least time to wait before sending it. It
// looks at every failure in err's tree, however wrapped or joined, another
// SDK's coded error included (see FromError):
//
//   - retry is true when each failure has a code whose Retry hint is
//     Retryable: transient, throttled, reauth or conflict. It is
//     false for nil, for an error with no code (a network error, say, which
//     is for the caller to judge), for a failure without a code (ActionStatus
//     "FAIL" with ErrorCode 0, a FailAccounts entry) and for RetryNever. For
//     a batch, it is true only when every failed entry can be retried; send
//     the failed entries again, not the whole batch.
//   - wait is the longest Info.Wait of those codes: the time an official
//     source asks a caller to wait, such as a minute for AccountFreqLimit
//     (70050). It is 0 where no source names one; a backoff of the caller's
//     own decides then. It is given even when retry is false, since the
//     wait also applies after the cause is fixed (ten minutes after
//     uploading a new public key, for 70016).
//
// A reauth hint asks for a new UserSig, or a new login, before the next
// attempt, and a conflict hint for the current state to be read again and
// the change applied to it; the hint itself is Code.Retry of what CodeOf
// returns. Retrying
// does not make a call safe to repeat: a transient failure may come after
// the server acted, so repeat a call that is not idempotent only with what
// the API offers to deduplicate it, such as the same MsgRandom for a
// message.
func ShouldRetry(err error) (retry bool, wait time.Duration) {
	if err == nil {
		return false, 0
	}
	retry = true
	visit(err, func(l leaf) bool {
		var c Code
		switch l.kind {
		case leafCode:
			c = l.code
		case leafError:
			c = l.err.Code
		}
		if c == 0 {
			retry = false
			return true
		}
		if !c.Retry().Retryable() {
			retry = false
		}
		if in, _ := Lookup(c); in.Wait > wait {
			wait = in.Wait
		}
		return true
	})
	return retry, wait
}

// Retryable reports whether the request that failed with err can succeed
// if it is sent again, as ShouldRetry decides. Its shape suits a retry
// library's predicate.
func Retryable(err error) bool {
	retry, _ := ShouldRetry(err)
	return retry
}
