package errcode

// This file holds FromError, which makes the IM error codes that other
// SDKs' errors carry visible to this package, and the error it returns.

import "strings"

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
// The message reads like that of any wrapped error: err's message with
// the SDK error's own text replaced by the *Error's message, so that the
// caller's context comes first and the SDK's message appears once, as the
// detail:
//
//	import u1: errcode: 70346 AccountTicketCheckFailed: 票据校验失败 (detail: ticket check failed)
//
// Any other error comes back unchanged, and so does an error whose
// methods panic, as those of a typed nil may: it carries no code.
func FromError(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := CodeOf(err); ok {
		return err
	}
	var found leaf
	walk(err, true, func(l leaf) bool {
		if l.kind == leafForeign || l.converted {
			found = l
			return false
		}
		return true
	})
	if found.kind != leafForeign {
		return err
	}
	return &sdkError{coded: fromCoder(found.foreign, found.foreignCode), err: err}
}

// fromCoder makes the *Error for another SDK's error whose Code method
// gave code, as FromError documents.
func fromCoder(c coder, code int) *Error {
	e := &Error{Detail: sdkMessage(c)}
	if int(int32(code)) == code {
		e.Code = Code(code)
	} else {
		e.wide = int64(code)
	}
	return e
}

// sdkMessage returns the message of another SDK's error: its Message()
// string method if it has one and the method does not panic, else its
// Error text.
func sdkMessage(c coder) (msg string) {
	if m, ok := c.(interface{ Message() string }); ok {
		defer func() {
			if recover() != nil {
				msg = errorText(c)
			}
		}()
		return m.Message()
	}
	return errorText(c)
}

// sdkError is what FromError returns: another SDK's error and the *Error
// made from its code.
type sdkError struct {
	coded *Error
	err   error
}

// Error returns err's message with the SDK error's text replaced by the
// *Error's message (its last occurrence, the innermost), or, when err's
// message does not hold that text, err's message and then the *Error's.
func (e *sdkError) Error() string {
	coded := e.coded.Error()
	outer := errorText(e.err)
	var inner string
	walk(e.err, true, func(l leaf) bool {
		if l.kind == leafForeign {
			inner = errorText(l.foreign)
			return false
		}
		return true
	})
	switch i := strings.LastIndex(outer, inner); {
	case outer == inner:
		return coded
	case inner != "" && i >= 0:
		return outer[:i] + coded + outer[i+len(inner):]
	}
	return outer + ": " + coded
}

// Unwrap returns the *Error, then the SDK's error.
func (e *sdkError) Unwrap() []error {
	return []error{e.coded, e.err}
}
