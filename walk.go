package errcode

// This file holds the one walk over an error's tree that CodeOf,
// FromError, LogAttr, ShouldRetry, NeedsReauth and FailedIDs share, and
// the guarded calls it makes to the methods of errors from elsewhere.

import "fmt"

// CodeOf returns the code carried anywhere in err's tree: a Code, or the
// Code of an *Error, found in the order errors.As searches (err, then what
// Unwrap returns, depth first through errors.Join). It returns (0, false)
// for nil, for errors that carry no code, and for a *Error whose server
// sent no code.
//
// CodeOf(err) is errors.AsType[Code](err) (Go 1.26) without its cost:
// it uses no reflection, and it does not allocate unless an error in the
// tree has an As method of its own, where asking that method costs one
// allocation, for the *Code it fills in. Unlike errors.AsType, it never
// panics: an error whose methods panic, such as a typed nil whose Unwrap
// reads its receiver, counts as an error without a code.
func CodeOf(err error) (Code, bool) {
	var code Code
	found := false
	walk(err, false, func(l leaf) bool {
		switch l.kind {
		case leafCode:
			code, found = l.code, true
		case leafError:
			code, found = l.err.Code, l.err.Code != 0
		}
		return !found
	})
	return code, found
}

// The kinds of leaf walk reports.
const (
	leafPlain   = iota // an error that carries no code
	leafCode           // a bare Code, or one an As method presents
	leafError          // a *Error, possibly with Code 0
	leafForeign        // another SDK's error with a Code() int method
)

// leaf is one failure in an error's tree.
type leaf struct {
	kind int
	code Code   // for leafCode
	err  *Error // for leafError
	// converted is set for the *Error of what FromError returned.
	converted bool
	// For leafForeign: the error and the code its Code method gave.
	foreign     coder
	foreignCode int
}

// walk calls yield for each failure in err's tree, depth first in the
// order errors.As searches, until yield returns false; it reports whether
// yield always returned true. A failure is a Code (one an As method
// presents included), a *Error, or an error that has none of these and
// nothing to unwrap; with foreign set, another SDK's error with a Code()
// int method is one too. walk does not look inside a failure, so a *Error
// and the Code it unwraps to are one failure.
//
// The methods of errors from elsewhere (Unwrap, As, Code) are called
// through guards: a method that panics, as one of a typed nil may, makes
// its error a failure without a code.
func walk(err error, foreign bool, yield func(leaf) bool) bool {
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
			return yield(leaf{kind: leafError, err: e.coded, converted: true})
		}
		if x, ok := err.(interface{ As(any) bool }); ok {
			c, found, fine := callAs(x)
			switch {
			case !fine:
				return yield(leaf{kind: leafPlain})
			case found:
				return yield(leaf{kind: leafCode, code: c})
			}
		}
		if c, ok := err.(coder); foreign && ok {
			n, fine := callCode(c)
			if !fine {
				return yield(leaf{kind: leafPlain})
			}
			return yield(leaf{kind: leafForeign, foreign: c, foreignCode: n})
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			next, fine := callUnwrap(u)
			if next == nil || !fine {
				return yield(leaf{kind: leafPlain})
			}
			err = next
		case interface{ Unwrap() []error }:
			errs, fine := callUnwrapAll(u)
			if !fine {
				return yield(leaf{kind: leafPlain})
			}
			for _, e := range errs {
				if !walk(e, foreign, yield) {
					return false
				}
			}
			return true
		default:
			return yield(leaf{kind: leafPlain})
		}
	}
}

// callAs asks an error's As method for a Code. fine is false when the
// method panicked.
func callAs(x interface{ As(any) bool }) (c Code, found, fine bool) {
	defer func() {
		if recover() != nil {
			c, found, fine = 0, false, false
		}
	}()
	found = x.As(&c)
	return c, found, true
}

// callCode returns what another SDK's Code method gives; fine is false
// when it panicked.
func callCode(c coder) (n int, fine bool) {
	defer func() {
		if recover() != nil {
			n, fine = 0, false
		}
	}()
	return c.Code(), true
}

// callUnwrap returns what an Unwrap method gives; fine is false when it
// panicked.
func callUnwrap(u interface{ Unwrap() error }) (next error, fine bool) {
	defer func() {
		if recover() != nil {
			next, fine = nil, false
		}
	}()
	return u.Unwrap(), true
}

// callUnwrapAll returns what an Unwrap method of a joined error gives;
// fine is false when it panicked.
func callUnwrapAll(u interface{ Unwrap() []error }) (errs []error, fine bool) {
	defer func() {
		if recover() != nil {
			errs, fine = nil, false
		}
	}()
	return u.Unwrap(), true
}

// errorText returns err's message. When its Error method panics, as one
// of a typed nil may, it returns what fmt prints instead: "<nil>" for a
// nil pointer, else a note of the panic.
func errorText(err error) (text string) {
	defer func() {
		if recover() != nil {
			text = fmt.Sprint(err)
		}
	}()
	return err.Error()
}
