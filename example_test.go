package errcode_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
)

func ExampleLookup() {
	info, ok := errcode.Lookup(10010)
	fmt.Println(ok, info.Name, info.Category, info.Retry)
	fmt.Println(info.Description)
	fmt.Println(info.English)
	// Output:
	// true GroupNotFound group never
	// 群组不存在，或者曾经存在过，但是目前已经被解散。
	// The group does not exist, or it existed once but has since been dismissed.
}

func ExampleResponse() {
	// A response struct of your own embeds errcode.Response.
	var resp struct {
		errcode.Response
		GroupID string `json:"GroupId"`
	}
	body := `{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"group id invalid"}`
	if err := json.Unmarshal([]byte(body), &resp); err != nil {
		fmt.Println(err)
		return
	}
	err := resp.Err()
	fmt.Println(err)
	fmt.Println(errors.Is(err, errcode.GroupNotFound))
	// Output:
	// errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。 (detail: group id invalid)
	// true
}

func ExampleCode_switch() {
	handle := func(err error) string {
		code, ok := errcode.CodeOf(err)
		if !ok {
			return "not an IM error"
		}
		switch code {
		case errcode.GroupNotFound:
			return "create the group first"
		case errcode.GroupFullMemberCount:
			return "the group is full"
		}
		switch code.Retry() {
		case errcode.RetryTransient:
			return "retry with backoff"
		case errcode.RetryThrottled:
			return "slow down"
		case errcode.RetryReauth:
			return "regenerate the UserSig"
		}
		return "fix the request"
	}
	fmt.Println(handle(errcode.FromResponse("FAIL", 10010, "")))
	fmt.Println(handle(fmt.Errorf("add members: %w", errcode.FromResponse("FAIL", 10014, ""))))
	fmt.Println(handle(errcode.FromResponse("FAIL", 60007, "")))
	fmt.Println(handle(errcode.FromResponse("FAIL", 70001, "")))
	fmt.Println(handle(errcode.FromResponse("FAIL", 10002, "")))
	fmt.Println(handle(errors.New("dial tcp: timeout")))
	// Output:
	// create the group first
	// the group is full
	// slow down
	// regenerate the UserSig
	// retry with backoff
	// not an IM error
}

func ExampleFromResponse() {
	err := errcode.FromResponse("FAIL", 70001, "sig expired")
	wrapped := fmt.Errorf("send message: %w", err)

	fmt.Println(errors.Is(wrapped, errcode.AccountUserSigExpired))
	var e *errcode.Error
	if errors.As(wrapped, &e) {
		fmt.Println(e.Code.Name(), e.Code.Retry(), e.Detail)
	}

	// A failure without a code is still an error, with no code made up.
	err = errcode.FromResponse("FAIL", 0, "")
	_, ok := errcode.CodeOf(err)
	fmt.Println(err != nil, ok)

	fmt.Println(errcode.FromResponse("OK", 0, ""))
	// Output:
	// true
	// AccountUserSigExpired reauth sig expired
	// true false
	// <nil>
}

func ExampleCode_Error() {
	fmt.Println(errcode.RESTFreqLimit.Error())
	fmt.Println(errcode.Code(70999).Error()) // covered by the account system's 其他错误 row
	fmt.Println(errcode.Code(12345).Error())
	// Output:
	// errcode: 60007 RESTFreqLimit: rest接口调用频率超过限制，请降低请求频率
	// errcode: 70999: 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604
	// errcode: 12345: unknown error code, not listed by any official Tencent Cloud IM source this package knows
}

func ExampleCode_Description() {
	fmt.Println(errcode.GroupNotFound.Description(language.English))
	fmt.Println(errcode.GroupNotFound.Description(language.MustParse("zh-TW")))
	fmt.Println(errcode.GroupNotFound.Description(language.Und))
	// Output:
	// The group does not exist, or it existed once but has since been dismissed.
	// 群组不存在，或者曾经存在过，但是目前已经被解散。
	// The group does not exist, or it existed once but has since been dismissed.
}

func ExampleAcceptLanguage() {
	for _, header := range []string{"zh-CN,zh;q=0.9,en;q=0.8", "en-US,en;q=0.9", "fr", "not;a=header"} {
		tag := errcode.AcceptLanguage(header)
		fmt.Printf("%-25q %-8v %s\n", header, tag, errcode.GroupFullMemberCount.Description(tag))
	}
	// Output:
	// "zh-CN,zh;q=0.9,en;q=0.8" zh-Hans  群已满员，无法将请求中的用户加入群组。如果是批量加人，可以尝试减少加入用户的数量。
	// "en-US,en;q=0.9"          en       No more members fit in the group, so none of the users named in the request can join it. When adding users in a batch, try a smaller batch.
	// "fr"                      en       No more members fit in the group, so none of the users named in the request can join it. When adding users in a batch, try a smaller batch.
	// "not;a=header"            en       No more members fit in the group, so none of the users named in the request can join it. When adding users in a batch, try a smaller batch.
}

func ExampleError_Localize() {
	err := &errcode.Error{Code: errcode.GroupShutUpDenied, Detail: "user_1 is muted"}
	fmt.Println(err.Localize(language.English))
	// Output:
	// errcode: 10017 GroupShutUpDenied: Sending failed because a mute is in force on the sender. Check whether the sender has been muted. (detail: user_1 is muted)
}

func ExampleAll() {
	all, documented := 0, 0
	for c := range errcode.All() {
		if c.Category() == errcode.CategoryOpenMsg {
			all++
			if info, _ := errcode.Lookup(c); info.Sources.Has(errcode.SourceDocument) {
				documented++
			}
		}
	}
	fmt.Println(all, "codes in", errcode.CategoryOpenMsg.Title()+",", documented, "of them in the document")
	// Output:
	// 35 codes in 开放消息, 10 of them in the document
}
