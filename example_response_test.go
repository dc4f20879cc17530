package errcode_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"time"

	"github.com/errcode-im/errcode"
)

func ExampleItemsErr() {
	// account_delete answers OK and reports each account in ResultItem.
	body := `{
		"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "",
		"ResultItem": [
			{"ResultCode": 0, "ResultInfo": "", "UserID": "UserID_1"},
			{"ResultCode": 70107, "ResultInfo": "Err_TLS_PT_Open_Login_Account_Not_Exist", "UserID": "UserID_2"}
		]
	}`
	var resp struct {
		errcode.Response
		ResultItem []errcode.Item `json:"ResultItem"`
	}
	if err := json.Unmarshal([]byte(body), &resp); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.Err()) // the request as a whole succeeded
	err := errcode.ItemsErr(resp.ResultItem)
	fmt.Println(err)
	fmt.Println(errors.Is(err, errcode.AccountNotFound))
	// Output:
	// <nil>
	// errcode: 70107 AccountNotFound: Identifer 没有注册 (id: UserID_2, detail: Err_TLS_PT_Open_Login_Account_Not_Exist)
	// true
}

func ExampleItemsErr_failedAccounts() {
	// friend_add lists a failed account twice: in ResultItem with its code
	// and in Fail_Account without one. multiaccount_import lists failed
	// accounts in FailAccounts only.
	body := `{
		"ResultItem": [
			{"To_Account": "id1", "ResultCode": 0, "ResultInfo": ""},
			{"To_Account": "id3", "ResultCode": 30002, "ResultInfo": "ERR_SDKAPPID_ILLEGAL"}
		],
		"Fail_Account": ["id3"],
		"FailAccounts": ["test4"],
		"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""
	}`
	var resp struct {
		errcode.Response
		ResultItem   []errcode.Item `json:"ResultItem"`
		FailAccount  []string       `json:"Fail_Account"`
		FailAccounts []string       `json:"FailAccounts"`
	}
	if err := json.Unmarshal([]byte(body), &resp); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(errcode.ItemsErr(resp.ResultItem, append(resp.FailAccount, resp.FailAccounts...)...))
	// Output:
	// errcode: 30002 SNSInvalidSDKAppID: SDKAppId非法，请再次尝试或联系技术客服。 (id: id3, detail: ERR_SDKAPPID_ILLEGAL)
	// errcode: request failed with no valid error code (id: test4)
}

// imError has the shape of the errors github.com/dobyte/tencent-im returns.
type imError struct {
	code    int
	message string
}

func (e *imError) Error() string   { return e.message }
func (e *imError) Code() int       { return e.code }
func (e *imError) Message() string { return e.message }

func ExampleFromError() {
	// What a call through that SDK might return, wrapped by the caller.
	sdkErr := &imError{code: 10010, message: "group id invalid"}
	err := errcode.FromError(fmt.Errorf("get group info: %w", sdkErr))

	fmt.Println(errors.Is(err, errcode.GroupNotFound))
	fmt.Println(errors.Is(err, sdkErr))
	code, ok := errcode.CodeOf(err)
	fmt.Println(code.Name(), ok)

	// The SDK reports a FAIL without a code as code 0: still a failure.
	err = errcode.FromError(&imError{code: 0, message: "request failed"})
	fmt.Println(err)
	// Output:
	// true
	// true
	// GroupNotFound true
	// errcode: request failed with no valid error code (detail: request failed)
}

func ExampleLogAttr() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // keep the output stable
			}
			return a
		},
	}))
	err := fmt.Errorf("get group info: %w", errcode.FromResponse("FAIL", 10010, "group id invalid"))
	logger.Error("request failed", errcode.LogAttr("err", err))
	// Output:
	// {"level":"ERROR","msg":"request failed","err":{"msg":"get group info: errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。 (detail: group id invalid)","code":10010,"name":"GroupNotFound","category":"group","retry":"never","detail":"group id invalid"}}
}

func ExampleShouldRetry() {
	for _, err := range []error{
		fmt.Errorf("import account: %w", errcode.FromResponse("FAIL", 70050, "")),
		errcode.FromResponse("FAIL", 10002, "internal error"),
		errcode.FromResponse("FAIL", 70001, "sig expired"),
		errcode.FromResponse("FAIL", 10010, ""),
		errors.New("dial tcp: i/o timeout"),
	} {
		retry, wait := errcode.ShouldRetry(err)
		fmt.Println(retry, wait)
	}
	// Output:
	// true 1m0s
	// true 0s
	// false 0s
	// false 0s
	// false 0s
}

// sendWithRetry calls send until it succeeds, fails for good or has been
// tried maxAttempts times. When the credential is at fault (NeedsReauth),
// it calls reauth to get a fresh UserSig and tries again, once: a second
// reauth failure means the configuration is wrong. Between other attempts
// it sleeps for a random time up to an exponentially growing bound (full
// jitter), and never less than the wait the error-code document asks for.
func sendWithRetry(ctx context.Context, send, reauth func(context.Context) error) error {
	const (
		maxAttempts = 5
		base        = 100 * time.Millisecond
		maxBackoff  = 10 * time.Second
	)
	var err error
	reauthed := false
	for attempt := range maxAttempts {
		if err = send(ctx); err == nil {
			return nil
		}
		if errcode.NeedsReauth(err) && !reauthed {
			reauthed = true
			if rerr := reauth(ctx); rerr != nil {
				return errors.Join(err, rerr)
			}
			continue // at once: the new UserSig is the fix, not time
		}
		retry, wait := errcode.ShouldRetry(err)
		if !retry || attempt == maxAttempts-1 {
			break
		}
		sleep := max(wait, rand.N(min(maxBackoff, base<<attempt)))
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(sleep):
		}
	}
	return err
}

func Example_retry() {
	ctx := context.Background()
	userSig := "expired"
	reauth := func(context.Context) error { userSig = "fresh"; return nil }

	// Each call fails with code until it has been made okAfter times, or
	// until the UserSig is fresh when freshHelps; okAfter 0 never succeeds.
	for _, tc := range []struct {
		code       int
		okAfter    int
		freshHelps bool
	}{
		{10002, 3, false}, // transient: succeeds on the third attempt
		{10010, 0, false}, // never: no second attempt
		{70001, 0, true},  // reauth: log in again, then one more attempt
		{70009, 0, false}, // reauth, but a fresh UserSig fails too
	} {
		userSig = "expired"
		attempts := 0
		err := sendWithRetry(ctx, func(context.Context) error {
			attempts++
			if attempts == tc.okAfter || tc.freshHelps && userSig == "fresh" {
				return nil
			}
			return errcode.FromResponse("FAIL", tc.code, "")
		}, reauth)
		code, _ := errcode.CodeOf(err)
		fmt.Println(tc.code, "attempts:", attempts, "failed with:", int(code))
	}
	// Output:
	// 10002 attempts: 3 failed with: 0
	// 10010 attempts: 1 failed with: 10010
	// 70001 attempts: 2 failed with: 0
	// 70009 attempts: 2 failed with: 70009
}
