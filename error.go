package errcode

// This file holds Error, the error of a failed response, and the two ways
// to make one from a whole response: FromResponse and Response.

import (
	"strconv"

	"github.com/errcode-im/errcode/internal/ascii"
)

// Error is a failed response from the IM service: the code it returned,
// the server's own message (ErrorInfo in a REST response, desc in an SDK
// callback) and, for one entry of a batch response, the ID that entry
// names. Its Unwrap returns the Code, so errors.Is(err, GroupNotFound)
// and errors.As(err, &code) see through it, through fmt.Errorf("%w") and
// through errors.Join.
//
// A response that failed without a code (ActionStatus "FAIL" and ErrorCode
// 0) is an Error whose Code is 0: Unwrap then returns nil and CodeOf reports
// false, because the server sent no code. Its Status keeps the ActionStatus
// that marked the failure.
type Error struct {
	// Code is the code the server sent; 0 if it sent none.
	Code Code
	// Detail is the server's own message, as it came, which often names the
	// field or the value at fault. It may be empty.
	Detail string
	// ID is the account, member or group that one entry of a batch
	// response names (To_Account, UserID, GroupId and the like), when the
	// error is about that entry rather than the whole request; see Item.
	// It is empty for an error about the whole request.
	ID string
	// Status is the ActionStatus of a response that failed without an
	// error code, as the server sent it, such as "FAIL". It is empty when a
	// code marks the failure.
	Status string

	// wide is an ErrorCode that does not fit in a Code, as FromResponse
	// received it; Code is 0 then. Messages and logs show it.
	wide int64
}

// Error returns "errcode: N Name: " followed by the code's Chinese text
// and, when they are set, the ID and the server's detail:
// " (id: …, detail: …)", " (id: …)" or " (detail: …)".
func (e *Error) Error() string {
	switch {
	case e == nil:
		return "errcode: <nil>"
	case e.Code == 0:
		return e.noCodeMessage()
	}
	return e.Code.message(true, e.ID, e.Detail)
}

// noCodeMessage formats an Error that carries no code: what marked the
// failure instead (an out-of-range ErrorCode or a failing ActionStatus),
// then the ID and the detail, as Code.message writes them.
func (e *Error) noCodeMessage() string {
	b := make([]byte, 0, 128+len(e.Status)+len(e.ID)+len(e.Detail))
	if ascii.EqualFold(e.Status, "SomeError") {
		// batchsendmsg and its kin: some entries failed, the rest went
		// through, so a resend of the whole request would repeat them.
		b = append(b, "errcode: some entries failed (ActionStatus \"SomeError\"): read the failed entries, or use API.Check"...)
		return e.appendContext(b)
	}
	b = append(b, "errcode: request failed with "...)
	switch {
	case e.wide != 0:
		b = append(b, "ErrorCode "...)
		b = strconv.AppendInt(b, e.wide, 10)
		b = append(b, ", which is outside the int32 range"...)
	case e.Status != "":
		b = append(b, "ActionStatus "...)
		b = strconv.AppendQuote(b, e.Status)
		b = append(b, " and no error code"...)
	default:
		b = append(b, "no valid error code"...)
	}
	return e.appendContext(b)
}

// appendContext appends e's ID and Detail, where set, to a message.
func (e *Error) appendContext(b []byte) string {
	switch {
	case e.ID != "" && e.Detail != "":
		b = append(b, " (id: "...)
		b = append(b, e.ID...)
		b = append(b, ", detail: "...)
		b = append(b, e.Detail...)
		b = append(b, ')')
	case e.ID != "":
		b = append(b, " (id: "...)
		b = append(b, e.ID...)
		b = append(b, ')')
	case e.Detail != "":
		b = append(b, " (detail: "...)
		b = append(b, e.Detail...)
		b = append(b, ')')
	}
	return string(b)
}

// Unwrap returns e.Code, or nil when the server sent no code.
func (e *Error) Unwrap() error {
	if e == nil || e.Code == 0 {
		return nil
	}
	return e.Code
}

// FromResponse turns the status fields of an IM response into an error.
// It returns nil only when code is 0 and actionStatus is "OK" or empty,
// since some responses leave it out. "OK" matches in any ASCII letter case
// ("ok", "Ok") and in no other spelling: no spaces, no Unicode look-alikes.
//
// A nonzero code is a failure whatever actionStatus says, and comes back as
// a *Error with that code and info as its Detail. A failing actionStatus
// ("FAIL", or anything but "OK") with code 0 is a failure too: it comes back
// as a *Error with Code 0, so no code is made up, and CodeOf reports false
// for it; its Status holds actionStatus and its message names it. A code
// outside the int32 range is kept the same way, with Code 0, and its
// message names the number. In every case Detail is info, unchanged.
//
// FromResponse allocates nothing for a success and exactly once, the
// *Error, for any failure.
func FromResponse(actionStatus string, code int, info string) error {
	switch {
	case code == 0:
		// An ASCII-only match: strings.EqualFold would also take "O\u212a",
		// whose Kelvin sign folds to 'k'.
		if actionStatus == "" || ascii.EqualFold(actionStatus, "OK") {
			return nil
		}
		return &Error{Detail: info, Status: actionStatus}
	case int(int32(code)) != code:
		return &Error{Detail: info, wide: int64(code)}
	}
	return &Error{Code: Code(code), Detail: info}
}

// Response holds the status fields every IM REST response has. Embed it in
// the struct a response body is decoded into and call Err:
//
//	var resp struct {
//		errcode.Response
//		MemberNum int `json:"MemberNum"`
//	}
type Response struct {
	// ActionStatus is "OK" or "FAIL".
	ActionStatus string `json:"ActionStatus"`
	// ErrorCode is 0 on success. It decodes as Code.UnmarshalJSON
	// decodes: a number, bare or quoted, and anything else an error, but
	// JSON null, as encoding/json has it for any number, leaves the field
	// as it was, 0 in a fresh Response; ActionStatus then decides.
	ErrorCode Code `json:"ErrorCode"`
	// ErrorInfo is the server's message about the failure.
	ErrorInfo string `json:"ErrorInfo"`
}

// Err returns nil for a successful response and an error for a failed one,
// as FromResponse decides.
//
// Err covers the whole request only. A batch API answers "OK" when the
// request as a whole was carried out, even if some of its entries failed,
// and lists those in fields of its own (ErrorList, ResultItem, InfoItem,
// FailAccounts, Fail_Account); decode them as []Item and []string and pass
// them to ItemsErr.
func (r Response) Err() error {
	return FromResponse(r.ActionStatus, int(r.ErrorCode), r.ErrorInfo)
}
