package errcode

// This file holds the retry policy: Retry, the hint each code carries on
// what to do before sending a failed request again, and ShouldRetry and
// NeedsReauth, which apply the hints to every failure in an error.

import (
	"strconv"
	"time"
)

// Retry is a hint on what a caller should do about an error before it sends
// the same request again. Decide with a switch:
//
//	switch code.Retry() {
//	case errcode.RetryTransient:
//		// back off exponentially, with a bound, and send it again
//	case errcode.RetryThrottled:
//		// slow down: wait, then send it again
//	case errcode.RetryReauth:
//		// regenerate the UserSig or log in again (once), then send it again
//	case errcode.RetryConflict:
//		// read the current state again, reapply the change, then send it
//	default: // errcode.RetryNever
//		// fix the request or the state it depends on first
//	}
type Retry uint8

// The retry hints. The zero value is RetryNever, the safe default: a number
// that is not listed reports it.
const (
	// RetryNever means the same request fails again: fix the request or
	// the state it depends on first. Bad parameters, something not found,
	// no permission, or a business rule such as a full group, a muted
	// sender, a blocklist or two users who are not friends.
	RetryNever Retry = 0
	// RetryTransient means a passing fault such as a network error, a
	// timeout or an internal error (the document says 请重试 or 请再次尝试):
	// retry the same call with bounded exponential backoff.
	RetryTransient Retry = 1
	// RetryThrottled means a frequency limit or an anti-abuse throttle:
	// slow down and wait before retrying. 70050 (AccountFreqLimit) asks for
	// one minute.
	RetryThrottled Retry = 2
	// RetryReauth means the credentials or the login state are at fault,
	// such as an expired or invalid UserSig: regenerate the UserSig or log
	// in again, then retry. Do it once: when a fresh UserSig fails the same
	// way, the fault is in the configuration (a wrong SDKAppID, key or
	// account type), and more attempts only add load.
	RetryReauth Retry = 3
	// RetryConflict means the write lost a race with another writer, such
	// as two changes to the same message, group attribute or friend list at
	// once: read the current state again, apply the change to it, then
	// send the request again.
	RetryConflict Retry = 4
)

var retryNames = [...]string{
	RetryNever:     "never",
	RetryTransient: "transient",
	RetryThrottled: "throttled",
	RetryReauth:    "reauth",
	RetryConflict:  "conflict",
}

// String returns "never", "transient", "throttled", "reauth" or "conflict".
func (r Retry) String() string {
	if int(r) < len(retryNames) {
		return retryNames[r]
	}
	return "Retry(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText encodes the hint as its String.
func (r Retry) MarshalText() ([]byte, error) {
	return []byte(r.String()), nil
}

// UnmarshalText decodes a hint from its String, so that it accepts
// whatever MarshalText gives: a name in any case of its ASCII letters, or
// "Retry(N)" for N from 0 to 255, written as String writes it (no sign, no
// leading zero).
func (r *Retry) UnmarshalText(text []byte) error {
	return unmarshalEnum(r, text, retryNames[:], "Retry(", "retry hint")
}

// Recoverable reports whether a request that failed with this hint can
// succeed once the caller has done what the hint says: true for
// RetryTransient, RetryThrottled, RetryReauth and RetryConflict, false for
// RetryNever and for values that are not hints. It does not say that the
// same request may be sent again as it is: for RetryReauth it may not,
// and ShouldRetry reports false; see NeedsReauth.
func (r Retry) Recoverable() bool {
	// One unsigned compare, with no branch to mispredict: RetryNever (0)
	// wraps around to 255. It relies on RetryNever being 0 and the other
	// hints following it.
	return r-1 < Retry(len(retryNames)-1)
}

// ShouldRetry reports whether the request that failed with err can succeed
// if it is sent again as it is, and the least time to wait before sending
// it. It looks at every failure in err's tree, however wrapped or joined,
// another SDK's coded error included (see FromError):
//
//   - retry is true when each failure has a code whose Retry hint is
//     RetryTransient, RetryThrottled or RetryConflict. It is false for nil,
//     for an error with no code (a network error, say, which is for the
//     caller to judge), for a failure without a code (ActionStatus "FAIL"
//     with ErrorCode 0, a FailAccounts entry), for RetryNever and for
//     RetryReauth: a request sent again with the same UserSig fails the
//     same way, so ask NeedsReauth. For a batch, it is true only when
//     every failed entry can be retried; send only the failed entries
//     again (FailedIDs), not the whole batch.
//   - wait is the longest Info.Wait of those codes: the time an official
//     source asks a caller to wait, such as a minute for AccountFreqLimit
//     (70050). It is 0 where no source names one; a backoff of the caller's
//     own decides then. It is given even when retry is false, since the
//     wait also applies after the cause is fixed (ten minutes after
//     uploading a new public key, for 70016).
//
// A conflict hint asks for the current state to be read again and the
// change applied to it before the next attempt; the hint itself is
// Code.Retry of what CodeOf returns. Retrying does not make a call safe to
// repeat: a transient failure may come after the server acted, so repeat a
// call that is not idempotent only with what the API offers to
// deduplicate it, such as the same MsgRandom for a message.
//
// Its shape, less the wait, suits a retry library's predicate:
//
//	func(err error) bool { retry, _ := errcode.ShouldRetry(err); return retry }
func ShouldRetry(err error) (retry bool, wait time.Duration) {
	if err == nil {
		return false, 0
	}
	retry = true
	eachCode(err, func(c Code) {
		switch c.Retry() {
		case RetryTransient, RetryThrottled, RetryConflict:
		default:
			retry = false
		}
		if in, _ := Lookup(c); in.Wait > wait {
			wait = in.Wait
		}
	})
	return retry, wait
}

// NeedsReauth reports whether the request that failed with err can succeed
// once the caller has re-authenticated: regenerated the UserSig, or logged
// in again. It is true when at least one failure in err's tree has a code
// whose hint is RetryReauth and every other failure could be retried as
// ShouldRetry allows. It is false for nil and whenever a failure has no
// code or a RetryNever code.
//
// Re-authenticate once, then send the request again, and let ShouldRetry
// decide after that. When a fresh UserSig fails the same way, the fault is
// in the configuration (a wrong SDKAppID, key or account type, as the
// Caution of AccountUserSigMismatchPublicKey, 70009, says), and more
// attempts only add load.
func NeedsReauth(err error) bool {
	if err == nil {
		return false
	}
	reauth, other := false, true
	eachCode(err, func(c Code) {
		switch c.Retry() {
		case RetryReauth:
			reauth = true
		case RetryTransient, RetryThrottled, RetryConflict:
		default:
			other = false
		}
	})
	return reauth && other
}

// eachCode calls f with the code of every failure in err's tree; a failure
// without a code, or an error that carries none, comes as 0.
func eachCode(err error, f func(Code)) {
	walk(err, true, func(l leaf) bool {
		var c Code
		switch l.kind {
		case leafCode:
			c = l.code
		case leafError:
			c = l.err.Code
		case leafForeign:
			if int(int32(l.foreignCode)) == l.foreignCode {
				c = Code(l.foreignCode)
			}
		}
		f(c)
		return true
	})
}
