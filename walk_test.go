package errcode_test

// Tests of walk.go: CodeOf and the one walk over error trees.

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

var errForeign = errors.New("something else")

// asCode is an error type of someone else's that presents itself as a
// Code through As and Is methods instead of Unwrap.
type asCode struct{ c errcode.Code }

func (e asCode) Is(target error) bool { return target == e.c }

func (e asCode) Error() string { return "wrapped " + e.c.Error() }

func (e asCode) As(target any) bool {
	if p, ok := target.(*errcode.Code); ok {
		*p = e.c
		return true
	}
	return false
}

func TestErrorsIsAsCodeOf(t *testing.T) {
	groupErr := &errcode.Error{Code: errcode.GroupNotFound, Detail: "group id 123"}
	noCode := &errcode.Error{Detail: "ActionStatus \"FAIL\""}
	tests := []struct {
		name   string
		err    error
		is     errcode.Code // 0: expect errors.Is to find no listed code
		code   errcode.Code
		ok     bool
		asErr  bool
		detail string
	}{
		{"nil", nil, 0, 0, false, false, ""},
		{"foreign", errForeign, 0, 0, false, false, ""},
		{"bare code", errcode.GroupNotFound, errcode.GroupNotFound, errcode.GroupNotFound, true, false, ""},
		{"unknown bare code", errcode.Code(12345), 12345, 12345, true, false, ""},
		{"*Error", groupErr, errcode.GroupNotFound, errcode.GroupNotFound, true, true, "group id 123"},
		{"wrapped", fmt.Errorf("create: %w", groupErr), errcode.GroupNotFound, errcode.GroupNotFound, true, true, "group id 123"},
		{"wrapped twice", fmt.Errorf("a: %w", fmt.Errorf("b: %w", groupErr)), errcode.GroupNotFound, errcode.GroupNotFound, true, true, "group id 123"},
		{"joined", errors.Join(errForeign, groupErr), errcode.GroupNotFound, errcode.GroupNotFound, true, true, "group id 123"},
		{"wrapped code", fmt.Errorf("x: %w", errcode.RESTFreqLimit), errcode.RESTFreqLimit, errcode.RESTFreqLimit, true, false, ""},
		{"from response", errcode.FromResponse("FAIL", 70001, "sig expired"), errcode.AccountUserSigExpired, errcode.AccountUserSigExpired, true, true, "sig expired"},
		{"no code", noCode, 0, 0, false, true, "ActionStatus \"FAIL\""},
		{"wrapped no code", fmt.Errorf("x: %w", noCode), 0, 0, false, true, "ActionStatus \"FAIL\""},
		{"nil *Error", (*errcode.Error)(nil), 0, 0, false, true, ""},
		{"As method", asCode{errcode.RESTFreqLimit}, errcode.RESTFreqLimit, errcode.RESTFreqLimit, true, false, ""},
		{"joined, code second", errors.Join(noCode, fmt.Errorf("x: %w", errcode.GroupNotFound)), errcode.GroupNotFound, errcode.GroupNotFound, true, true, "ActionStatus \"FAIL\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, ok := errcode.CodeOf(tt.err)
			assert.Equal(t, tt.code, code)
			assert.Equal(t, tt.ok, ok)
			if tt.is != 0 {
				assert.ErrorIs(t, tt.err, tt.is)
				assert.NotErrorIs(t, tt.err, errcode.GroupMsgTooLong)
				var c errcode.Code
				assert.ErrorAs(t, tt.err, &c)
				assert.Equal(t, tt.is, c)
			} else if tt.err != nil {
				var c errcode.Code
				assert.False(t, errors.As(tt.err, &c), "no Code in the chain")
				assert.NotErrorIs(t, tt.err, errcode.Code(0))
			}
			var e *errcode.Error
			if tt.asErr {
				require.ErrorAs(t, tt.err, &e)
				if e != nil {
					assert.Equal(t, tt.detail, e.Detail)
				}
			} else if tt.err != nil {
				assert.False(t, errors.As(tt.err, &e))
			}
		})
	}
}

// nilUnwrap is an error whose Unwrap returns nil.
type nilUnwrap struct{}

func (nilUnwrap) Error() string { return "nothing inside" }

func (nilUnwrap) Unwrap() error { return nil }

// TestCodeOfIsAsType pins CodeOf to errors.AsType[Code] on a range of
// error trees: the same code, found or not.
func TestCodeOfIsAsType(t *testing.T) {
	group := &errcode.Error{Code: errcode.GroupNotFound, Detail: "d"}
	noCode := &errcode.Error{Status: "FAIL"}
	batch := errcode.ItemsErr([]errcode.Item{{ID: "a", Code: errcode.AccountNotFound}, {ID: "b", Code: errcode.RESTFreqLimit}}, "c")
	trees := map[string]error{
		"nil":                         nil,
		"foreign":                     errForeign,
		"bare Code":                   errcode.GroupNotFound,
		"Code 0":                      errcode.Code(0),
		"unlisted Code":               errcode.Code(12345),
		"*Error":                      group,
		"*Error without a code":       noCode,
		"nil *Error":                  (*errcode.Error)(nil),
		"wrapped":                     fmt.Errorf("a: %w", fmt.Errorf("b: %w", group)),
		"wrapped without a code":      fmt.Errorf("a: %w", noCode),
		"joined, code second":         errors.Join(noCode, errForeign, fmt.Errorf("x: %w", errcode.RESTFreqLimit)),
		"joined, nothing":             errors.Join(errForeign, noCode),
		"batch":                       batch,
		"wrapped batch":               fmt.Errorf("import: %w", batch),
		"accounts only":               errcode.ItemsErr(nil, "x"),
		"As method":                   asCode{errcode.RESTFreqLimit},
		"As method, wrapped":          fmt.Errorf("w: %w", asCode{errcode.AccountFreqLimit}),
		"Unwrap returns nil":          nilUnwrap{},
		"FromError's result":          errcode.FromError(fmt.Errorf("w: %w", &sdkErr{10010, "gone"})),
		"FromError's result, code 0":  errcode.FromError(&sdkErr{0, "failed"}),
		"other SDK's error":           &sdkErr{10010, "gone"},
		"multiple %w":                 fmt.Errorf("%w and %w", errForeign, group),
		"from a response":             errcode.FromResponse("FAIL", 70001, "x"),
		"from a response, no code":    errcode.FromResponse("FAIL", 0, "x"),
		"from a response, wide code":  errcode.FromResponse("FAIL", farAboveInt32, "x"),
		"joined inside wrapped twice": fmt.Errorf("a: %w", errors.Join(errForeign, fmt.Errorf("b: %w", errors.Join(noCode, errcode.Code(-302))))),
	}
	for name, err := range trees {
		t.Run(name, func(t *testing.T) {
			want, wantOK := errors.AsType[errcode.Code](err)
			got, ok := errcode.CodeOf(err)
			assert.Equal(t, wantOK, ok)
			assert.Equal(t, want, got)
		})
	}
}

// nilDeref is an error of another SDK whose methods read their receiver,
// so that each panics on a typed nil.
type nilDeref struct {
	code int
	msg  string
	next error
}

func (e *nilDeref) Error() string   { return e.msg }
func (e *nilDeref) Code() int       { return e.code }
func (e *nilDeref) Message() string { return e.msg }
func (e *nilDeref) Unwrap() error   { return e.next }

// boom is an error whose every method panics.
type boom struct{}

func (boom) Error() string      { panic("Error") }
func (boom) Code() int          { panic("Code") }
func (boom) Unwrap() error      { panic("Unwrap") }
func (boom) As(target any) bool { panic("As") }

// TestPanickingErrors passes typed nils and errors whose methods panic to
// every function that takes an error: none panics, and each treats such an
// error as one without a code.
func TestPanickingErrors(t *testing.T) {
	var typedNil *nilDeref
	trees := map[string]error{
		"typed nil":                 typedNil,
		"wrapped typed nil":         fmt.Errorf("call: %w", typedNil),
		"joined typed nil":          errors.Join(errForeign, typedNil),
		"panicking methods":         boom{},
		"wrapped panicking methods": fmt.Errorf("call: %w", boom{}),
	}
	for name, err := range trees {
		t.Run(name, func(t *testing.T) {
			require.NotPanics(t, func() {
				code, ok := errcode.CodeOf(err)
				assert.False(t, ok)
				assert.Zero(t, code)

				assert.Equal(t, err, errcode.FromError(err), "no code: unchanged")

				retry, wait := errcode.ShouldRetry(err)
				assert.False(t, retry)
				assert.Zero(t, wait)
				assert.False(t, errcode.NeedsReauth(err))
				_ = errcode.FailedIDs(err)

				out := logJSON(t, nil, errcode.LogAttr("err", err))
				assert.Contains(t, out, `"err":{"msg":`)
				assert.NotContains(t, out, `"code":`)
			})
		})
	}

	// An error that wraps one of these behind a real code still finds it.
	err := errors.Join(typedNil, errcode.FromResponse("FAIL", 10010, "x"))
	assert.NotPanics(t, func() {
		code, ok := errcode.CodeOf(err)
		assert.True(t, ok)
		assert.Equal(t, errcode.GroupNotFound, code)
	})

	// A typed nil whose Code method is fine but whose Message panics.
	assert.NotPanics(t, func() {
		err := errcode.FromError(&halfNil{})
		assert.ErrorIs(t, err, errcode.GroupNotFound)
		assert.Contains(t, err.Error(), "detail: half")
	})
}

// halfNil has a Code method that works and a Message method that panics.
type halfNil struct{}

func (*halfNil) Error() string   { return "half" }
func (*halfNil) Code() int       { return 10010 }
func (*halfNil) Message() string { panic("Message") }
