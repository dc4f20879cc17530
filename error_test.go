package errcode_test

// Tests of error.go: Error, FromResponse and Response.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
)

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		err     *errcode.Error
		zh, en  string
		unwraps bool
	}{
		{&errcode.Error{Code: errcode.GroupNotFound, Detail: "group id 123"},
			"errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。 (detail: group id 123)",
			"errcode: 10010 GroupNotFound: " + must(errcode.Lookup(errcode.GroupNotFound)).English + " (detail: group id 123)",
			true},
		{&errcode.Error{Code: errcode.GroupNotFound},
			"errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。",
			"errcode: 10010 GroupNotFound: " + must(errcode.Lookup(errcode.GroupNotFound)).English,
			true},
		{&errcode.Error{Code: 12345, Detail: "what"},
			"errcode: 12345: unknown error code, not listed by any official Tencent Cloud IM source this package knows (detail: what)",
			"errcode: 12345: unknown error code, not listed by any official Tencent Cloud IM source this package knows (detail: what)",
			true},
		{&errcode.Error{Code: 70777, Detail: "d"},
			"errcode: 70777: 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604 (detail: d)",
			"errcode: 70777: Other account system error: internal error. Retry; if retries keep failing, contact TLS account support (QQ 3268519604). (detail: d)",
			true},
		{&errcode.Error{Detail: "boom"},
			"errcode: request failed with no valid error code (detail: boom)",
			"errcode: request failed with no valid error code (detail: boom)",
			false},
		{&errcode.Error{},
			"errcode: request failed with no valid error code",
			"errcode: request failed with no valid error code",
			false},
		{nil, "errcode: <nil>", "errcode: <nil>", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.zh, tt.err.Error())
		assert.Equal(t, tt.zh, tt.err.Localize(language.SimplifiedChinese))
		assert.Equal(t, tt.zh, tt.err.Localize(language.MustParse("zh-TW")))
		assert.Equal(t, tt.en, tt.err.Localize(language.English))
		assert.Equal(t, tt.en, tt.err.Localize(language.French))
		if tt.unwraps {
			assert.Equal(t, tt.err.Code, tt.err.Unwrap())
		} else {
			assert.Nil(t, tt.err.Unwrap())
		}
	}
}

func TestFromResponse(t *testing.T) {
	tests := []struct {
		status string
		code   int
		info   string
		isNil  bool
		want   errcode.Code
		hasOK  bool
		kept   string // the Status the error keeps
		msg    string // the message, when the table fixes it
	}{
		{"OK", 0, "", true, 0, false, "", ""},
		{"", 0, "", true, 0, false, "", ""},
		{"ok", 0, "", true, 0, false, "", ""},
		{"oK", 0, "", true, 0, false, "", ""},
		{"OK", 0, "ignored", true, 0, false, "", ""},
		{"FAIL", 10010, "no such group", false, errcode.GroupNotFound, true, "", ""},
		{"OK", 10010, "", false, errcode.GroupNotFound, true, "", ""}, // a code wins over the status
		{"", 70001, "expired", false, errcode.AccountUserSigExpired, true, "", ""},
		{"FAIL", 0, "", false, 0, false, "FAIL", `errcode: request failed with ActionStatus "FAIL" and no error code`},
		{"fail", 0, "why", false, 0, false, "fail", `errcode: request failed with ActionStatus "fail" and no error code (detail: why)`},
		{"Fail", 0, "", false, 0, false, "Fail", ""},
		{"PENDING", 0, "", false, 0, false, "PENDING", ""},
		{" OK", 0, "", false, 0, false, " OK", ""},
		{"O\u212a", 0, "", false, 0, false, "O\u212a", "errcode: request failed with ActionStatus \"O\u212a\" and no error code"}, // Kelvin sign
		{"\u212aO", 0, "", false, 0, false, "\u212aO", ""},
		{"OKAY", 0, "", false, 0, false, "OKAY", ""},
		{"FAIL", 12345, "new code", false, 12345, true, "", ""},
		{"FAIL", -302, "", false, -302, true, "", ""},
		{"FAIL", aboveInt32, "x", false, 0, false, "", "errcode: request failed with ErrorCode 2147483648, which is outside the int32 range (detail: x)"},
		{"FAIL", belowInt32, "", false, 0, false, "", "errcode: request failed with ErrorCode -2147483649, which is outside the int32 range"},
		{"OK", math.MinInt32, "", false, math.MinInt32, true, "", ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.status, tt.code), func(t *testing.T) {
			if tt.code == aboveInt32 || tt.code == belowInt32 {
				needWideInt(t)
			}
			err := errcode.FromResponse(tt.status, tt.code, tt.info)
			resp := errcode.Response{ActionStatus: tt.status, ErrorCode: errcode.Code(tt.code), ErrorInfo: tt.info}
			if tt.isNil {
				assert.NoError(t, err)
				assert.NoError(t, resp.Err())
				return
			}
			require.Error(t, err)
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.want, e.Code)
			assert.Equal(t, tt.info, e.Detail, "the detail is the server's text, unchanged")
			assert.Equal(t, tt.kept, e.Status)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, err.Error())
				assert.Equal(t, tt.msg, e.Localize(language.English))
			}
			code, ok := errcode.CodeOf(err)
			assert.Equal(t, tt.want, code)
			assert.Equal(t, tt.hasOK, ok)
			if tt.hasOK {
				assert.ErrorIs(t, err, tt.want)
				assert.Equal(t, err, resp.Err())
			}
		})
	}
}

func TestResponseEmbedded(t *testing.T) {
	type getGroupInfo struct {
		errcode.Response
		GroupID string `json:"GroupId"`
	}
	tests := []struct {
		body string
		want errcode.Code // 0 for success
		fail bool
	}{
		{`{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","GroupId":"g1"}`, 0, false},
		{`{"GroupId":"g1"}`, 0, false},
		{`{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"group not found"}`, errcode.GroupNotFound, true},
		{`{"ActionStatus":"FAIL","ErrorCode":"10010","ErrorInfo":"quoted"}`, errcode.GroupNotFound, true},
		{`{"ActionStatus":"FAIL","ErrorInfo":"no code"}`, 0, true},
		{`{"ActionStatus":"OK","ErrorCode":60007}`, errcode.RESTFreqLimit, true},
	}
	for _, tt := range tests {
		var r getGroupInfo
		require.NoError(t, json.Unmarshal([]byte(tt.body), &r), tt.body)
		err := r.Err()
		if !tt.fail {
			assert.NoError(t, err, tt.body)
			continue
		}
		assert.Error(t, err, tt.body)
		if tt.want != 0 {
			assert.ErrorIs(t, err, tt.want, tt.body)
		}
	}
}

// TestErrorID checks that the message, in every language, and the log
// group name the ID of a per-item error, whatever else the error carries.
func TestErrorID(t *testing.T) {
	en := must(errcode.Lookup(errcode.AccountNotFound)).English
	tests := []struct {
		err    *errcode.Error
		zh, en string
		log    string
	}{
		{&errcode.Error{Code: errcode.AccountNotFound, ID: "u2", Detail: "d"},
			"errcode: 70107 AccountNotFound: Identifer 没有注册 (id: u2, detail: d)",
			"errcode: 70107 AccountNotFound: " + en + " (id: u2, detail: d)",
			`{"code":70107,"name":"AccountNotFound","category":"account","retry":"never","detail":"d","id":"u2"}`},
		{&errcode.Error{Code: 12345, ID: "id5"},
			"errcode: 12345: unknown error code, not listed by any official Tencent Cloud IM source this package knows (id: id5)",
			"errcode: 12345: unknown error code, not listed by any official Tencent Cloud IM source this package knows (id: id5)",
			`{"code":12345,"name":"Code(12345)","category":"unknown","retry":"never","detail":"","id":"id5"}`},
		{&errcode.Error{ID: "test3"},
			"errcode: request failed with no valid error code (id: test3)",
			"errcode: request failed with no valid error code (id: test3)",
			`{"code":0,"name":"Code(0)","category":"unknown","retry":"never","detail":"","id":"test3"}`},
		{&errcode.Error{ID: "g", Status: "FAIL", Detail: "why"},
			`errcode: request failed with ActionStatus "FAIL" and no error code (id: g, detail: why)`,
			`errcode: request failed with ActionStatus "FAIL" and no error code (id: g, detail: why)`,
			`{"code":0,"name":"Code(0)","category":"unknown","retry":"never","detail":"why","id":"g","status":"FAIL"}`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.zh, tt.err.Error())
		assert.Equal(t, tt.zh, tt.err.Localize(language.SimplifiedChinese))
		assert.Equal(t, tt.en, tt.err.Localize(language.English))
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTime})).Info("m", "err", tt.err)
		assert.JSONEq(t, `{"level":"INFO","msg":"m","err":`+tt.log+`}`, buf.String())
	}

	// An out-of-range code is named in the log too.
	t.Run("sent code outside int32", func(t *testing.T) {
		needWideInt(t)
		var buf bytes.Buffer
		slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTime})).Info("m", "err", errcode.FromResponse("OK", aboveInt32, "big"))
		assert.JSONEq(t, `{"level":"INFO","msg":"m","err":{"code":0,"name":"Code(0)","category":"unknown","retry":"never","detail":"big","sent_code":2147483648}}`, buf.String())
	})
}
