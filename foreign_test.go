package errcode_test

// Tests of foreign.go: FromError and other SDKs' errors.

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

// sdkErr has the shape of the errors github.com/dobyte/tencent-im returns:
// a pointer type with Code() int and Message() string, whose Error prints
// only the message.
type sdkErr struct {
	code    int
	message string
}

func (e *sdkErr) Error() string { return e.message }

func (e *sdkErr) Code() int { return e.code }

func (e *sdkErr) Message() string { return e.message }

// codeOnly has Code() int but no Message method.
type codeOnly struct{ code int }

func (e codeOnly) Error() string { return "code-only failure" }

func (e codeOnly) Code() int { return e.code }

// stringCode has a Code method of another type, which is not an IM code.
type stringCode struct{}

func (stringCode) Error() string { return "string code" }

func (stringCode) Code() string { return "NOT_FOUND" }

func TestFromError(t *testing.T) {
	groupGone := &sdkErr{10010, "group id invalid"}
	failNoCode := &sdkErr{0, "request failed"}
	tests := []struct {
		name   string
		err    error
		orig   error        // what errors.Is must still find
		code   errcode.Code // 0: CodeOf reports false
		detail string
		msg    string
	}{
		{"SDK error", groupGone, groupGone, errcode.GroupNotFound, "group id invalid",
			"errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。 (detail: group id invalid)"},
		{"wrapped SDK error", fmt.Errorf("get group: %w", groupGone), groupGone, errcode.GroupNotFound, "group id invalid",
			"get group: errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。 (detail: group id invalid)"},
		{"joined with a foreign error", errors.Join(errForeign, groupGone), groupGone, errcode.GroupNotFound, "group id invalid", ""},
		{"FAIL with code 0", failNoCode, failNoCode, 0, "request failed",
			"errcode: request failed with no valid error code (detail: request failed)"},
		{"code outside int32", &sdkErr{farAboveInt32, "huge"}, nil, 0, "huge",
			"errcode: request failed with ErrorCode 1099511627776, which is outside the int32 range (detail: huge)"},
		{"no Message method", codeOnly{70001}, codeOnly{70001}, errcode.AccountUserSigExpired, "code-only failure", ""},
		{"unlisted code", &sdkErr{-1, "x"}, nil, -1, "x", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "code outside int32" {
				needWideInt(t)
			}
			err := errcode.FromError(tt.err)
			require.Error(t, err)
			assert.False(t, err == tt.err, "a new error wraps the original")
			assert.ErrorIs(t, err, tt.err, "the original error is still found")
			if tt.orig != nil {
				assert.ErrorIs(t, err, tt.orig)
			}
			var se *sdkErr
			if _, ok := tt.orig.(*sdkErr); ok {
				assert.ErrorAs(t, err, &se)
			}
			code, ok := errcode.CodeOf(err)
			assert.Equal(t, tt.code, code)
			assert.Equal(t, tt.code != 0, ok)
			if tt.code != 0 {
				assert.ErrorIs(t, err, tt.code)
				assert.ErrorIs(t, fmt.Errorf("wrapped again: %w", err), tt.code)
			}
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.detail, e.Detail)
			assert.Equal(t, tt.code, e.Code)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, err.Error())
			}
			assert.True(t, err == errcode.FromError(err), "converting twice changes nothing")
		})
	}

	// Errors FromError leaves alone.
	coded := errcode.FromResponse("FAIL", 10010, "x")
	same := []error{
		coded,
		fmt.Errorf("w: %w", coded),
		errcode.GroupNotFound,
		errors.Join(groupGone, coded), // already carries a code
		errForeign,
		fmt.Errorf("w: %w", errForeign),
		stringCode{},
		errors.Join(errForeign, stringCode{}),
	}
	for _, err := range same {
		assert.True(t, err == errcode.FromError(err), "FromError(%v) returns it unchanged", err)
	}
	assert.NoError(t, errcode.FromError(nil))

	// The trap FromError closes: passing the SDK's fields to FromResponse
	// with no status turns its failed call with code 0 into nil.
	assert.NoError(t, errcode.FromResponse("", failNoCode.Code(), failNoCode.Message()))
	assert.Error(t, errcode.FromError(failNoCode))
}

// prefixedErr is an SDK error whose Error text adds to its Message.
type prefixedErr struct {
	code    int
	message string
}

func (e *prefixedErr) Error() string   { return "tencent-im: " + e.message }
func (e *prefixedErr) Code() int       { return e.code }
func (e *prefixedErr) Message() string { return e.message }

// TestFromErrorMessage checks that FromError's message reads like any
// wrapped error: the caller's context first, then the code and its text,
// and the SDK's message once.
func TestFromErrorMessage(t *testing.T) {
	const ticket = "errcode: 70346 AccountTicketCheckFailed: 票据校验失败 (detail: ticket check failed)"
	sdk := &sdkErr{70346, "ticket check failed"}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"bare", sdk, ticket},
		{"wrapped", fmt.Errorf("import u1: %w", sdk), "import u1: " + ticket},
		{"wrapped twice", fmt.Errorf("batch: %w", fmt.Errorf("import u1: %w", sdk)), "batch: import u1: " + ticket},
		{"joined", errors.Join(errForeign, sdk), "something else\n" + ticket},
		{"Error text beyond Message", fmt.Errorf("import u1: %w", &prefixedErr{70346, "ticket check failed"}), "import u1: " + ticket},
		{"context after", wrapAfter{sdk}, ticket + " (while importing)"},
		{"text not in the message", hiding{sdk}, "import failed: " + ticket},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := errcode.FromError(tt.err)
			assert.Equal(t, tt.want, err.Error())
			assert.Equal(t, 1, strings.Count(err.Error(), "ticket check failed"), "the SDK's message once")
			assert.Equal(t, tt.want, fmt.Sprint(err))
		})
	}
}

// wrapAfter puts its context after the error it wraps.
type wrapAfter struct{ err error }

func (w wrapAfter) Error() string { return w.err.Error() + " (while importing)" }
func (w wrapAfter) Unwrap() error { return w.err }

// hiding wraps an error without repeating its text.
type hiding struct{ err error }

func (h hiding) Error() string { return "import failed" }
func (h hiding) Unwrap() error { return h.err }
