package errcode_test

import (
	"errors"
	"fmt"

	"github.com/errcode-im/errcode"
)

func ExampleLookupAPI() {
	api, ok := errcode.LookupAPI("https://adminapisgp.im.qcloud.com/v4/group_open_http_svc/add_group_member?sdkappid=88888888")
	fmt.Println(api, ok)
	for code := range api.Codes() {
		if code == errcode.GroupNotFound {
			fmt.Println("lists", code.Name())
		}
	}
	n := 0
	for range errcode.GroupNotFound.APIs() {
		n++
	}
	fmt.Println(n > 10)
	// Output:
	// v4/group_open_http_svc/add_group_member true
	// lists GroupNotFound
	// true
}

func ExampleAPI_Check() {
	api, _ := errcode.LookupAPI("v4/group_open_http_svc/add_group_member")
	body := []byte(`{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"",
		"MemberList":[{"Member_Account":"tommy","Result":0},{"Member_Account":"jared","Result":2}]}`)
	err := api.Check(body)
	var e *errcode.Error
	if errors.As(err, &e) {
		fmt.Println("not added:", e.ID)
	}

	api, _ = errcode.LookupAPI("v4/openim/batchsendmsg")
	body = []byte(`{"ActionStatus":"SomeError","ErrorCode":0,"ErrorInfo":"",
		"ErrorList":[{"To_Account":"rong","ErrorCode":70107}]}`)
	err = api.Check(body)
	if errors.As(err, &e) {
		fmt.Println("not sent:", e.ID, e.Code.Name())
	}
	// Output:
	// not added: tommy
	// not sent: rong AccountNotFound
}

func ExampleCheckBody() {
	body := []byte(`{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"",
		"GroupInfo":[{"GroupId":"@TGS#1","ErrorCode":0},{"GroupId":"@TGS#2","ErrorCode":10010}]}`)
	err := errcode.CheckBody(body)
	fmt.Println(errors.Is(err, errcode.GroupNotFound))
	var e *errcode.Error
	if errors.As(err, &e) {
		fmt.Println(e.ID)
	}
	// Output:
	// true
	// @TGS#2
}
