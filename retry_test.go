package errcode_test

// Tests of retry.go: the Retry hints and the retry policy.

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/errcode-im/errcode"
)

func TestRetry(t *testing.T) {
	tests := []struct {
		r           errcode.Retry
		name        string
		recoverable bool
	}{
		{errcode.RetryNever, "never", false},
		{errcode.RetryTransient, "transient", true},
		{errcode.RetryThrottled, "throttled", true},
		{errcode.RetryReauth, "reauth", true},
		{errcode.RetryConflict, "conflict", true},
		{errcode.Retry(9), "Retry(9)", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.name, tt.r.String())
		assert.Equal(t, tt.recoverable, tt.r.Recoverable())
		assert.Equal(t, tt.recoverable, tt.r.Retryable(), "the deprecated name says the same")
		text, err := tt.r.MarshalText()
		assert.NoError(t, err)
		assert.Equal(t, tt.name, string(text))
		var back errcode.Retry
		if err := back.UnmarshalText([]byte(strings.ToUpper(tt.name))); tt.r <= errcode.RetryConflict {
			assert.NoError(t, err)
			assert.Equal(t, tt.r, back)
		} else {
			assert.Error(t, err)
		}
	}
}

func TestShouldRetry(t *testing.T) {
	transient := errcode.FromResponse("FAIL", int(errcode.GroupInternalError), "busy")
	throttled := errcode.FromResponse("FAIL", int(errcode.AccountFreqLimit), "too often")
	never := errcode.FromResponse("FAIL", int(errcode.GroupNotFound), "")
	reauth := errcode.FromResponse("FAIL", int(errcode.AccountUserSigExpired), "")
	tests := []struct {
		name   string
		err    error
		retry  bool
		reauth bool // what NeedsReauth says
		wait   time.Duration
	}{
		{"nil", nil, false, false, 0},
		{"no code", errForeign, false, false, 0},
		{"wrapped no code", fmt.Errorf("dial: %w", errForeign), false, false, 0},
		{"transient", transient, true, false, 0},
		{"wrapped transient", fmt.Errorf("create: %w", transient), true, false, 0},
		{"bare transient Code", errcode.GroupInternalError, true, false, 0},
		{"throttled with a wait", fmt.Errorf("import: %w", throttled), true, false, time.Minute},
		{"throttled without a wait", errcode.RESTFreqLimit, true, false, 0},
		{"conflict", errcode.GroupAttributeWriteConflict, true, false, 0},
		// The same UserSig fails again: no plain retry, re-authenticate.
		{"reauth", reauth, false, true, 0},
		{"wrapped reauth", fmt.Errorf("send: %w", errcode.AccountUserSigMismatchPublicKey), false, true, 0},
		{"reauth joined with a transient", errors.Join(reauth, transient), false, true, 0},
		{"reauth joined with a never", errors.Join(reauth, never), false, false, 0},
		{"reauth joined with no code", errors.Join(reauth, errForeign), false, false, 0},
		{"never", never, false, false, 0},
		{"never, with the document's wait", errcode.AccountUserSigPublicKeyNotFound, false, false, 10 * time.Minute},
		{"FAIL with code 0", errcode.FromResponse("FAIL", 0, "why"), false, false, 0},
		{"out-of-range code", errcode.FromResponse("FAIL", aboveInt32, ""), false, false, 0},
		{"unlisted account code", errcode.Code(70999), true, false, 0},
		{"unlisted code", errcode.Code(12345), false, false, 0},
		{"code 0", errcode.Code(0), false, false, 0},
		{"Code through an As method", asCode{errcode.RESTFreqLimit}, true, false, 0},
		{"joined, all retryable: longest wait", errors.Join(transient, throttled), true, false, time.Minute},
		{"joined with a never", errors.Join(transient, never), false, false, 0},
		{"joined with a never that has a wait", errors.Join(throttled, errcode.AccountUserSigPublicKeyNotFound), false, false, 10 * time.Minute},
		{"joined with an error without a code", errors.Join(errForeign, transient), false, false, 0},
		{"other SDK's error", fmt.Errorf("x: %w", &sdkErr{int(errcode.AccountFreqLimit), "too often"}), true, false, time.Minute},
		{"other SDK's reauth", &sdkErr{int(errcode.AccountUserSigExpired), "sig expired"}, false, true, 0},
		{"other SDK's code 0", &sdkErr{0, "failed"}, false, false, 0},
		{"other SDK's code outside int32", &sdkErr{farAboveInt32, "huge"}, false, false, 0},
		{"FromError's result", errcode.FromError(&sdkErr{int(errcode.GroupInternalError), "busy"}), true, false, 0},
		{"batch, all retryable", errcode.ItemsErr([]errcode.Item{{ID: "a", Code: errcode.GroupInternalError}, {ID: "b", Code: errcode.AccountFreqLimit}}), true, false, time.Minute},
		{"batch with a reauth entry", errcode.ItemsErr([]errcode.Item{{ID: "a", Code: errcode.GroupInternalError}, {ID: "b", Code: errcode.AccountInvalidUserSig}}), false, true, 0},
		{"batch with an account without a code", errcode.ItemsErr([]errcode.Item{{ID: "a", Code: errcode.GroupInternalError}}, "c"), false, false, 0},
		{"Unwrap returns nil", nilUnwrap{}, false, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			retry, wait := errcode.ShouldRetry(tt.err)
			assert.Equal(t, tt.retry, retry, "retry")
			assert.Equal(t, tt.wait, wait, "wait")
			assert.Equal(t, tt.reauth, errcode.NeedsReauth(tt.err), "NeedsReauth")
			assert.False(t, retry && errcode.NeedsReauth(tt.err), "never both")
			assert.Equal(t, tt.retry, errcode.Retryable(tt.err), "Retryable")
		})
	}

	// For every listed code, bare, as a response and as a batch entry, the
	// answers follow the code's own hint, and the wait is the document's.
	for c := range errcode.All() {
		info, _ := errcode.Lookup(c)
		plain := info.Retry == errcode.RetryTransient || info.Retry == errcode.RetryThrottled || info.Retry == errcode.RetryConflict
		for _, err := range []error{c, errcode.FromResponse("FAIL", int(c), "d"), fmt.Errorf("w: %w", errcode.Item{ID: "x", Code: c}.Err())} {
			retry, wait := errcode.ShouldRetry(err)
			if retry != plain || wait != info.Wait || errcode.NeedsReauth(err) != (info.Retry == errcode.RetryReauth) {
				t.Errorf("ShouldRetry(%v) = %v, %v; NeedsReauth = %v; hint %v, wait %v", err, retry, wait, errcode.NeedsReauth(err), info.Retry, info.Wait)
			}
		}
	}
}
