package errcode_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
)

// TestFromResponseAllocations holds FromResponse to its documented cost on
// every path: nothing for a success, exactly one allocation (the *Error)
// for any failure, whatever made it one.
func TestFromResponseAllocations(t *testing.T) {
	var sink error
	tests := []struct {
		name   string
		status string
		code   int
		info   string
		allocs float64
	}{
		{"OK", "OK", 0, "", 0},
		{"ok, info ignored", "ok", 0, "ignored", 0},
		{"no status", "", 0, "", 0},
		{"code", "FAIL", 10010, "group id invalid", 1},
		{"code with OK", "OK", 60007, "", 1},
		{"FAIL with code 0", "FAIL", 0, "", 1},
		{"FAIL with code 0 and info", "FAIL", 0, "Fail to Parse json data of body", 1},
		{"Kelvin sign", "O\u212a", 0, "", 1},
		{"out of range", "FAIL", math.MaxInt32 + 1, "", 1},
		{"out of range with info", "OK", math.MinInt64, "info", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := testing.AllocsPerRun(1000, func() { sink = errcode.FromResponse(tt.status, tt.code, tt.info) })
			assert.Equal(t, tt.allocs, got)
			resp := errcode.Response{ActionStatus: tt.status, ErrorCode: errcode.Code(tt.code), ErrorInfo: tt.info}
			if int(int32(tt.code)) == tt.code {
				assert.Equal(t, tt.allocs, testing.AllocsPerRun(1000, func() { sink = resp.Err() }), "Response.Err")
			}
		})
	}
	_ = sink
}

// failures returns every *Error in err's tree, depth first, as errors.As
// would meet them; it does not look inside a *Error.
func failures(err error) []*errcode.Error {
	switch e := err.(type) {
	case nil:
		return nil
	case *errcode.Error:
		return []*errcode.Error{e}
	case interface{ Unwrap() []error }:
		var out []*errcode.Error
		for _, x := range e.Unwrap() {
			out = append(out, failures(x)...)
		}
		return out
	case interface{ Unwrap() error }:
		return failures(e.Unwrap())
	}
	return nil
}

func TestItemUnmarshalJSON(t *testing.T) {
	start := errcode.Item{ID: "start", Code: 1, Info: "start"}
	tests := []struct {
		name    string
		in      string
		want    errcode.Item
		wantErr bool
	}{
		{"account_delete", `{"ResultCode":70107,"ResultInfo":"not exist","UserID":"UserID_2"}`, errcode.Item{ID: "UserID_2", Code: 70107, Info: "not exist"}, false},
		{"ErrorList", `{"To_Account":"id4","ErrorCode":70107}`, errcode.Item{ID: "id4", Code: 70107}, false},
		{"ErrorInfo", `{"To_Account":"a","ErrorCode":70107,"ErrorInfo":"why"}`, errcode.Item{ID: "a", Code: 70107, Info: "why"}, false},
		{"success", `{"To_Account":"id1","Relation":"CheckResult_Type_BothWay","ResultCode":0,"ResultInfo":""}`, errcode.Item{ID: "id1"}, false},
		{"Member_Account", `{"Member_Account":"m","ResultCode":10007}`, errcode.Item{ID: "m", Code: 10007}, false},
		{"Account", `{"Account":"acc","ErrorCode":70107}`, errcode.Item{ID: "acc", Code: 70107}, false},
		{"Peer_Account", `{"Peer_Account":"p","ErrorCode":70107}`, errcode.Item{ID: "p", Code: 70107}, false},
		{"GroupId", `{"GroupId":"@TGS#1","ErrorCode":10010,"ErrorInfo":"group not found"}`, errcode.Item{ID: "@TGS#1", Code: 10010, Info: "group not found"}, false},
		{"Identifier", `{"Identifier":"old","ResultCode":70107}`, errcode.Item{ID: "old", Code: 70107}, false},
		{"From_Account", `{"From_Account":"f","ResultCode":30006}`, errcode.Item{ID: "f", Code: 30006}, false},
		{"To_Account before From_Account", `{"From_Account":"f","To_Account":"t","ResultCode":30006}`, errcode.Item{ID: "t", Code: 30006}, false},
		{"empty ID skipped", `{"To_Account":"","UserID":"u","ResultCode":70107}`, errcode.Item{ID: "u", Code: 70107}, false},
		{"numeric ID kept as written", `{"GroupId":12345,"ErrorCode":10010}`, errcode.Item{ID: "12345", Code: 10010}, false},
		{"array ID ignored", `{"To_Account":["a","b"],"UserID":"u","ResultCode":70107}`, errcode.Item{ID: "u", Code: 70107}, false},
		{"no ID", `{"ResultCode":70107}`, errcode.Item{Code: 70107}, false},
		{"quoted code", `{"To_Account":"a","ErrorCode":"70107"}`, errcode.Item{ID: "a", Code: 70107}, false},
		{"letter case", `{"to_account":"a","errorcode":70107,"errorinfo":"x"}`, errcode.Item{ID: "a", Code: 70107, Info: "x"}, false},
		{"ResultCode 0, ErrorCode set", `{"ResultCode":0,"ErrorCode":10010,"ErrorInfo":"e","ResultInfo":""}`, errcode.Item{Code: 10010, Info: "e"}, false},
		{"both codes: ResultCode first", `{"ResultCode":30006,"ResultInfo":"r","ErrorCode":10010,"ErrorInfo":"e"}`, errcode.Item{Code: 30006, Info: "r"}, false},
		{"info beside the other code", `{"ResultCode":70107,"ErrorInfo":"e"}`, errcode.Item{Code: 70107, Info: "e"}, false},
		{"null code", `{"UserID":"u","ResultCode":null}`, errcode.Item{ID: "u"}, false},
		{"empty object", `{}`, errcode.Item{}, false},
		{"null", `null`, start, false},
		{"string", `"UserID_2"`, start, true},
		{"array", `[1]`, start, true},
		{"number", `70107`, start, true},
		{"fractional code", `{"UserID":"u","ResultCode":1.5}`, start, true},
		{"code out of range", `{"UserID":"u","ErrorCode":2147483648}`, start, true},
		{"bad ID string", `{"UserID":"\ud800","ResultCode":1}`, errcode.Item{ID: "\ufffd", Code: 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := start
			err := it.UnmarshalJSON([]byte(tt.in))
			if tt.wantErr {
				var te *json.UnmarshalTypeError
				assert.ErrorAs(t, err, &te)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tt.want, it)

			// In a list, through encoding/json, with the same verdict.
			var body struct {
				errcode.Response
				ErrorList []errcode.Item `json:"ErrorList"`
			}
			err = json.Unmarshal([]byte(`{"ActionStatus":"OK","ErrorCode":0,"ErrorList":[`+tt.in+`]}`), &body)
			assert.Equal(t, tt.wantErr, err != nil, "%v", err)
			if !tt.wantErr && tt.in != "null" {
				assert.Equal(t, []errcode.Item{tt.want}, body.ErrorList)
			}
		})
	}
}

func TestItemErr(t *testing.T) {
	assert.NoError(t, errcode.Item{ID: "id1"}.Err())
	assert.NoError(t, errcode.Item{ID: "id1", Info: "info without a code"}.Err())

	err := errcode.Item{ID: "UserID_2", Code: errcode.AccountNotFound, Info: "not registered"}.Err()
	wrapped := fmt.Errorf("delete accounts: %w", err)
	assert.ErrorIs(t, wrapped, errcode.AccountNotFound)
	code, ok := errcode.CodeOf(wrapped)
	assert.True(t, ok)
	assert.Equal(t, errcode.AccountNotFound, code)
	var e *errcode.Error
	require.ErrorAs(t, wrapped, &e)
	assert.Equal(t, errcode.Error{Code: errcode.AccountNotFound, Detail: "not registered", ID: "UserID_2"}, *e)
	assert.Equal(t, "errcode: 70107 AccountNotFound: Identifer 没有注册 (id: UserID_2, detail: not registered)", err.Error())

	noInfo := errcode.Item{ID: "id4", Code: errcode.AccountNotFound}.Err()
	assert.Equal(t, "errcode: 70107 AccountNotFound: Identifer 没有注册 (id: id4)", noInfo.Error())

	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTime})).Error("batch", "err", err)
	assert.JSONEq(t, `{"level":"ERROR","msg":"batch","err":{"code":70107,"name":"AccountNotFound","category":"account","retry":"never","detail":"not registered","id":"UserID_2"}}`, buf.String())
}

// dropTime removes the time from slog output, so that tests can compare it.
func dropTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

func TestItemsErr(t *testing.T) {
	ok1 := errcode.Item{ID: "ok1"}
	a := errcode.Item{ID: "a", Code: errcode.AccountNotFound, Info: "ia"}
	b := errcode.Item{ID: "b", Code: errcode.SNSInvalidSDKAppID, Info: "ib"}
	type want struct {
		id   string
		code errcode.Code
	}
	tests := []struct {
		name   string
		items  []errcode.Item
		failed []string
		want   []want
	}{
		{"nothing", nil, nil, nil},
		{"all succeeded", []errcode.Item{ok1, {ID: "ok2"}}, nil, nil},
		{"empty failed list", []errcode.Item{ok1}, []string{}, nil},
		{"one failed", []errcode.Item{ok1, a}, nil, []want{{"a", errcode.AccountNotFound}}},
		{"two failed, in order", []errcode.Item{b, ok1, a}, nil, []want{{"b", errcode.SNSInvalidSDKAppID}, {"a", errcode.AccountNotFound}}},
		{"accounts only", nil, []string{"test3", "test4"}, []want{{"test3", 0}, {"test4", 0}}},
		{"account named by a failed item once", []errcode.Item{ok1, a, b}, []string{"a", "b"}, []want{{"a", errcode.AccountNotFound}, {"b", errcode.SNSInvalidSDKAppID}}},
		{"account not named by an item", []errcode.Item{a}, []string{"a", "c"}, []want{{"a", errcode.AccountNotFound}, {"c", 0}}},
		{"account listed twice", nil, []string{"c", "c"}, []want{{"c", 0}}},
		{"account whose item succeeded", []errcode.Item{ok1}, []string{"ok1"}, []want{{"ok1", 0}}},
		{"empty account", nil, []string{""}, []want{{"", 0}}},
		{"same ID failed twice", []errcode.Item{a, a}, []string{"a"}, []want{{"a", errcode.AccountNotFound}, {"a", errcode.AccountNotFound}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := errcode.ItemsErr(tt.items, tt.failed...)
			if len(tt.want) == 0 {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			var got []want
			for _, e := range failures(err) {
				got = append(got, want{e.ID, e.Code})
			}
			assert.Equal(t, tt.want, got)
			lines := strings.Split(err.Error(), "\n")
			assert.Len(t, lines, len(tt.want), "one line per failure")
			first, ok := errcode.CodeOf(err)
			if tt.want[0].code != 0 {
				assert.True(t, ok)
				assert.Equal(t, tt.want[0].code, first)
			}
			for i, w := range tt.want {
				if w.code != 0 {
					assert.ErrorIs(t, err, w.code)
				}
				if w.id != "" {
					assert.Contains(t, lines[i], "(id: "+w.id)
				}
			}
		})
	}
}

// batchBody is a response struct of the kind the README shows, with every
// per-entry list the REST API has.
type batchBody struct {
	errcode.Response
	ResultItem   []errcode.Item `json:"ResultItem"`
	ErrorList    []errcode.Item `json:"ErrorList"`
	InfoItem     []errcode.Item `json:"InfoItem"`
	FailAccounts []string       `json:"FailAccounts"`
	FailAccount  []string       `json:"Fail_Account"`
}

// TestBatchBodies reads the response bodies in testdata/responses: one
// call turns the failed entries into an error that errors.Is and CodeOf
// see and whose message names each failed ID, and a body where every entry
// succeeded gives nil.
func TestBatchBodies(t *testing.T) {
	type failure struct {
		id   string
		code errcode.Code // 0: listed as failed without a code
	}
	tests := []struct {
		file    string
		request errcode.Code // what resp.Err() finds; 0 for nil
		items   []failure
	}{
		{"account_delete.json", 0, []failure{{"UserID_2", errcode.AccountNotFound}}},
		{"account_delete_ok.json", 0, nil},
		{"query_online_status.json", 0, []failure{{"id4", errcode.AccountNotFound}}},
		{"query_online_status_detail.json", 0, []failure{{"id4", errcode.AccountNotFound}}},
		{"query_online_status_fail.json", errcode.MsgJSONParseFailed, nil},
		{"batchsendmsg.json", 0, []failure{{"lumotuwe1", errcode.AccountNotFound}, {"lumotuwe2", errcode.AccountNotFound}}},
		{"timpush_batch.json", 0, []failure{{"user2", errcode.AccountNotFound}}},
		{"timpush_batch_ok.json", 0, nil},
		{"set_attr.json", 0, []failure{{"379C2F0D-290D-47AE-94D1-919058C39C77", 90035}, {"xiaoming", errcode.AccountNotFound}}},
		{"set_attr_ok.json", 0, nil},
		{"friend_check.json", 0, []failure{{"id5", errcode.SNSInternalError}}},
		{"friend_add.json", 0, []failure{{"id2", errcode.SNSInternalError}, {"id3", errcode.SNSInvalidSDKAppID}}},
		{"friend_add_ok.json", 0, nil},
		{"multiaccount_import.json", 0, []failure{{"test3", 0}, {"test4", 0}}},
		{"multiaccount_import_ok.json", 0, nil},
	}
	files, err := filepath.Glob("testdata/responses/*.json")
	require.NoError(t, err)
	var listed []string
	for _, tt := range tests {
		listed = append(listed, filepath.Join("testdata", "responses", tt.file))
	}
	slices.Sort(listed)
	assert.Equal(t, files, listed, "every body in testdata/responses has a row")

	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "responses", tt.file))
			require.NoError(t, err)
			var resp batchBody
			require.NoError(t, json.Unmarshal(data, &resp))

			if tt.request != 0 {
				assert.ErrorIs(t, resp.Err(), tt.request)
			} else {
				assert.NoError(t, resp.Err(), "the request as a whole succeeded")
			}

			items := slices.Concat(resp.ResultItem, resp.ErrorList, resp.InfoItem)
			err = errcode.ItemsErr(items, slices.Concat(resp.FailAccounts, resp.FailAccount)...)
			if len(tt.items) == 0 {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			var got []failure
			for _, e := range failures(err) {
				got = append(got, failure{e.ID, e.Code})
			}
			assert.Equal(t, tt.items, got, "each failed entry, once")
			for _, f := range tt.items {
				assert.Contains(t, err.Error(), "(id: "+f.id)
				if f.code != 0 {
					assert.ErrorIs(t, err, f.code)
					assert.ErrorIs(t, fmt.Errorf("batch: %w", err), f.code)
				}
			}
			code, ok := errcode.CodeOf(err)
			assert.Equal(t, tt.items[0].code != 0, ok)
			assert.Equal(t, tt.items[0].code, code)
		})
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
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTime})).Info("m", "err", errcode.FromResponse("OK", math.MaxInt32+1, "big"))
	assert.JSONEq(t, `{"level":"INFO","msg":"m","err":{"code":0,"name":"Code(0)","category":"unknown","retry":"never","detail":"big","sent_code":2147483648}}`, buf.String())
}

// FuzzBatchBody decodes arbitrary bodies into a struct with every
// per-entry list and checks ItemsErr against the decoded entries: every
// entry with a code comes back, once, with its ID and code; every listed
// account no failed entry names comes back once, without a code; nothing
// else does, and no failures means nil.
func FuzzBatchBody(f *testing.F) {
	files, err := filepath.Glob("testdata/responses/*.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		`{"ErrorList":[{"To_Account":"a","ErrorCode":"70107"},null,{}]}`,
		`{"ResultItem":[{"ResultCode":0,"ErrorCode":10010}],"Fail_Account":["","a"]}`,
		`{"InfoItem":[{"GroupId":7,"ResultCode":-1}],"FailAccounts":["x","x"]}`,
		`{"ErrorList":["a"]}`, `{"ErrorList":[[]]}`, `{"ResultItem":{}}`, `[]`, `{`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		var resp batchBody
		if json.Unmarshal(body, &resp) != nil {
			return
		}
		items := slices.Concat(resp.ResultItem, resp.ErrorList, resp.InfoItem)
		failed := slices.Concat(resp.FailAccounts, resp.FailAccount)
		err := errcode.ItemsErr(items, failed...)

		var want []errcode.Error
		named := map[string]bool{}
		for _, it := range items {
			if it.Code != 0 {
				want = append(want, errcode.Error{Code: it.Code, Detail: it.Info, ID: it.ID})
				named[it.ID] = true
			}
		}
		for _, id := range failed {
			if !named[id] {
				want = append(want, errcode.Error{ID: id})
				named[id] = true
			}
		}
		var got []errcode.Error
		for _, e := range failures(err) {
			got = append(got, *e)
		}
		if !slices.Equal(want, got) {
			t.Fatalf("body %q: ItemsErr gave %+v, want %+v", body, got, want)
		}
		if (err == nil) != (len(want) == 0) {
			t.Fatalf("body %q: ItemsErr = %v with %d failures", body, err, len(want))
		}
		for _, w := range want {
			if w.Code != 0 && !errors.Is(err, w.Code) {
				t.Fatalf("body %q: errors.Is lost %d", body, w.Code)
			}
		}
		_ = fmt.Sprint(err)
	})
}

// FuzzItemJSON feeds arbitrary bytes to Item.UnmarshalJSON: it never
// panics, a failure leaves the item unchanged, and an entry with a code
// decodes to a failed item.
func FuzzItemJSON(f *testing.F) {
	for _, s := range []string{
		`{"ResultCode":70107,"ResultInfo":"x","UserID":"u"}`, `{"To_Account":"a","ErrorCode":"70107"}`,
		`{"GroupId":-0.5e3,"ErrorCode":1}`, `{"UserID":"\ud800"}`, `null`, `"a"`, `[]`, `{`, ``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := errcode.Item{ID: "start", Code: 1, Info: "start"}
		it := start
		if err := it.UnmarshalJSON(data); err != nil {
			if it != start {
				t.Fatalf("UnmarshalJSON(%q) failed with %v but changed the item to %+v", data, err, it)
			}
			return
		}
		if (it.Code == 0) != (it.Err() == nil) {
			t.Fatalf("item %+v: Err() = %v", it, it.Err())
		}
		if want, ok := expectItemCode(data); ok && it.Code != want {
			t.Fatalf("UnmarshalJSON(%q) = code %d, want %d", data, it.Code, want)
		}
	})
}

// expectItemCode is an oracle for the code of an entry, written from
// Item.UnmarshalJSON's documentation: a nonzero ResultCode, else ErrorCode,
// each the last of its spellings in the object. It reports false when it
// cannot tell: data is not an object, or a member name is not ASCII (which
// encoding/json may fold in ways this oracle does not).
func expectItemCode(data []byte) (errcode.Code, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return 0, false
	}
	var rc, ec errcode.Code
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return 0, false
		}
		key := tok.(string)
		var raw json.RawMessage
		if dec.Decode(&raw) != nil {
			return 0, false
		}
		for _, r := range key {
			if r >= 0x80 {
				return 0, false
			}
		}
		var slot *errcode.Code
		switch strings.ToLower(key) {
		case "resultcode":
			slot = &rc
		case "errorcode":
			slot = &ec
		default:
			continue
		}
		c, null, ok := expectCode(raw)
		if !ok {
			return 0, false
		}
		if null {
			c = 0 // null clears the member
		}
		*slot = c
	}
	if rc != 0 {
		return rc, true
	}
	return ec, true
}

// sdkErr has the shape of the errors github.com/dobyte/tencent-im returns:
// a pointer type with Code() int and Message() string, whose Error prints
// only the message.
type sdkErr struct {
	code    int
	message string
}

func (e *sdkErr) Error() string   { return e.message }
func (e *sdkErr) Code() int       { return e.code }
func (e *sdkErr) Message() string { return e.message }

// codeOnly has Code() int but no Message method.
type codeOnly struct{ code int }

func (e codeOnly) Error() string { return "code-only failure" }
func (e codeOnly) Code() int     { return e.code }

// stringCode has a Code method of another type, which is not an IM code.
type stringCode struct{}

func (stringCode) Error() string { return "string code" }
func (stringCode) Code() string  { return "NOT_FOUND" }

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
			"errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。 (detail: group id invalid): get group: group id invalid"},
		{"joined with a foreign error", errors.Join(errForeign, groupGone), groupGone, errcode.GroupNotFound, "group id invalid", ""},
		{"FAIL with code 0", failNoCode, failNoCode, 0, "request failed",
			"errcode: request failed with no valid error code (detail: request failed)"},
		{"code outside int32", &sdkErr{1 << 40, "huge"}, nil, 0, "huge",
			"errcode: request failed with ErrorCode 1099511627776, which is outside the int32 range (detail: huge)"},
		{"no Message method", codeOnly{70001}, codeOnly{70001}, errcode.AccountUserSigExpired, "code-only failure", ""},
		{"unlisted code", &sdkErr{-1, "x"}, nil, -1, "x", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
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

// nilUnwrap is an error whose Unwrap returns nil.
type nilUnwrap struct{}

func (nilUnwrap) Error() string { return "nothing inside" }
func (nilUnwrap) Unwrap() error { return nil }

// countingErr counts how often its message is read.
type countingErr struct{ n *int }

func (e countingErr) Error() string { *e.n++; return "counted" }

func logJSON(t *testing.T, opts *slog.HandlerOptions, args ...any) string {
	t.Helper()
	var buf bytes.Buffer
	if opts == nil {
		opts = &slog.HandlerOptions{}
	}
	opts.ReplaceAttr = chain(dropTime, opts.ReplaceAttr)
	slog.New(slog.NewJSONHandler(&buf, opts)).Info("m", args...)
	return buf.String()
}

func chain(fs ...func([]string, slog.Attr) slog.Attr) func([]string, slog.Attr) slog.Attr {
	return func(groups []string, a slog.Attr) slog.Attr {
		for _, f := range fs {
			if f != nil {
				a = f(groups, a)
			}
		}
		return a
	}
}

func TestLogAttr(t *testing.T) {
	groupErr := errcode.FromResponse("FAIL", 10010, "group id invalid")
	const groupFields = `"code":10010,"name":"GroupNotFound","category":"group","retry":"never","detail":"group id invalid"`
	const zhGroup = "errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。"
	batch := errcode.ItemsErr([]errcode.Item{
		{ID: "id4", Code: errcode.AccountNotFound},
		{ID: "id5", Code: errcode.RESTFreqLimit, Info: "slow"},
	}, "id6")
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"wrapped *Error", fmt.Errorf("get group: %w", groupErr),
			`{"msg":"get group: ` + zhGroup + ` (detail: group id invalid)",` + groupFields + `}`},
		{"wrapped twice", fmt.Errorf("a: %w", fmt.Errorf("b: %w", groupErr)),
			`{"msg":"a: b: ` + zhGroup + ` (detail: group id invalid)",` + groupFields + `}`},
		{"unwrapped *Error", groupErr,
			`{"msg":"` + zhGroup + ` (detail: group id invalid)",` + groupFields + `}`},
		{"wrapped Code", fmt.Errorf("send: %w", errcode.RESTFreqLimit),
			`{"msg":"send: errcode: 60007 RESTFreqLimit: rest接口调用频率超过限制，请降低请求频率","code":60007,"name":"RESTFreqLimit","category":"rest","retry":"throttled"}`},
		{"Code through an As method", asCode{errcode.RESTFreqLimit},
			`{"msg":"wrapped errcode: 60007 RESTFreqLimit: rest接口调用频率超过限制，请降低请求频率","code":60007,"name":"RESTFreqLimit","category":"rest","retry":"throttled"}`},
		{"joined after a foreign error", errors.Join(errForeign, groupErr),
			`{"msg":"something else\n` + zhGroup + ` (detail: group id invalid)",` + groupFields + `}`},
		{"batch", fmt.Errorf("import: %w", batch),
			`{"msg":"import: errcode: 70107 AccountNotFound: Identifer 没有注册 (id: id4)\nerrcode: 60007 RESTFreqLimit: rest接口调用频率超过限制，请降低请求频率 (id: id5, detail: slow)\nerrcode: request failed with no valid error code (id: id6)",` +
				`"code":70107,"name":"AccountNotFound","category":"account","retry":"never","detail":"","id":"id4",` +
				`"errors":{` +
				`"0":{"code":70107,"name":"AccountNotFound","category":"account","retry":"never","detail":"","id":"id4"},` +
				`"1":{"code":60007,"name":"RESTFreqLimit","category":"rest","retry":"throttled","detail":"slow","id":"id5"},` +
				`"2":{"code":0,"name":"Code(0)","category":"unknown","retry":"never","detail":"","id":"id6"}}}`},
		{"other SDK's error", fmt.Errorf("get group: %w", &sdkErr{10010, "group id invalid"}),
			`{"msg":"get group: group id invalid",` + groupFields + `}`},
		{"FromError's result", errcode.FromError(&sdkErr{10010, "group id invalid"}),
			`{"msg":"` + zhGroup + ` (detail: group id invalid)",` + groupFields + `}`},
		{"FAIL with code 0", fmt.Errorf("x: %w", errcode.FromResponse("FAIL", 0, "why")),
			`{"msg":"x: errcode: request failed with ActionStatus \"FAIL\" and no error code (detail: why)","code":0,"name":"Code(0)","category":"unknown","retry":"never","detail":"why","status":"FAIL"}`},
		{"no code", fmt.Errorf("dial: %w", errForeign), `{"msg":"dial: something else"}`},
		{"Unwrap returns nil", nilUnwrap{}, `{"msg":"nothing inside"}`},
		{"nil *Error", fmt.Errorf("w: %w", (*errcode.Error)(nil)), `{"msg":"w: errcode: <nil>"}`},
		{"nil", nil, `null`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := logJSON(t, nil, errcode.LogAttr("err", tt.err))
			assert.JSONEq(t, `{"level":"INFO","msg":"m","err":`+tt.want+`}`, got)
		})
	}

	// A bare Code logs as a group with slog.Any too, and so does what
	// FromError returns.
	assert.JSONEq(t, `{"level":"INFO","msg":"m","code":{"code":60007,"name":"RESTFreqLimit","category":"rest","retry":"throttled"}}`,
		logJSON(t, nil, "code", errcode.RESTFreqLimit))
	assert.JSONEq(t, `{"level":"INFO","msg":"m","err":{"msg":"`+zhGroup+` (detail: group id invalid)",`+groupFields+`}}`,
		logJSON(t, nil, "err", errcode.FromError(&sdkErr{10010, "group id invalid"})))

	// A ReplaceAttr hook can send every error through LogAttr, so that
	// slog.Any("err", err) logs a wrapped error as a group everywhere.
	hook := &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if err, ok := a.Value.Any().(error); ok {
			return errcode.LogAttr(a.Key, err)
		}
		return a
	}}
	assert.JSONEq(t, `{"level":"INFO","msg":"m","err":{"msg":"get group: `+zhGroup+` (detail: group id invalid)",`+groupFields+`}}`,
		logJSON(t, hook, "err", fmt.Errorf("get group: %w", groupErr)))

	// Nothing is built for a record that is not written.
	n := 0
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Debug("off", errcode.LogAttr("err", countingErr{&n}))
	assert.Zero(t, n)
	assert.Empty(t, buf.String())
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("on", errcode.LogAttr("err", countingErr{&n}))
	assert.Equal(t, 1, n)
}

func TestShouldRetry(t *testing.T) {
	transient := errcode.FromResponse("FAIL", int(errcode.GroupInternalError), "busy")
	throttled := errcode.FromResponse("FAIL", int(errcode.AccountFreqLimit), "too often")
	never := errcode.FromResponse("FAIL", int(errcode.GroupNotFound), "")
	tests := []struct {
		name  string
		err   error
		retry bool
		wait  time.Duration
	}{
		{"nil", nil, false, 0},
		{"no code", errForeign, false, 0},
		{"wrapped no code", fmt.Errorf("dial: %w", errForeign), false, 0},
		{"transient", transient, true, 0},
		{"wrapped transient", fmt.Errorf("create: %w", transient), true, 0},
		{"bare transient Code", errcode.GroupInternalError, true, 0},
		{"throttled with a wait", fmt.Errorf("import: %w", throttled), true, time.Minute},
		{"throttled without a wait", errcode.RESTFreqLimit, true, 0},
		{"reauth", errcode.FromResponse("FAIL", int(errcode.AccountUserSigExpired), ""), true, 0},
		{"never", never, false, 0},
		{"never, with the document's wait", errcode.AccountUserSigPublicKeyNotFound, false, 10 * time.Minute},
		{"FAIL with code 0", errcode.FromResponse("FAIL", 0, "why"), false, 0},
		{"out-of-range code", errcode.FromResponse("FAIL", math.MaxInt32+1, ""), false, 0},
		{"unlisted account code", errcode.Code(70999), true, 0},
		{"unlisted code", errcode.Code(12345), false, 0},
		{"Code through an As method", asCode{errcode.RESTFreqLimit}, true, 0},
		{"joined, all retryable: longest wait", errors.Join(transient, throttled), true, time.Minute},
		{"joined with a never", errors.Join(transient, never), false, 0},
		{"joined with a never that has a wait", errors.Join(throttled, errcode.AccountUserSigPublicKeyNotFound), false, 10 * time.Minute},
		{"joined with an error without a code", errors.Join(errForeign, transient), false, 0},
		{"other SDK's error", fmt.Errorf("x: %w", &sdkErr{int(errcode.AccountFreqLimit), "too often"}), true, time.Minute},
		{"other SDK's code 0", &sdkErr{0, "failed"}, false, 0},
		{"FromError's result", errcode.FromError(&sdkErr{int(errcode.GroupInternalError), "busy"}), true, 0},
		{"batch, all retryable", errcode.ItemsErr([]errcode.Item{{ID: "a", Code: errcode.GroupInternalError}, {ID: "b", Code: errcode.AccountFreqLimit}}), true, time.Minute},
		{"batch with an account without a code", errcode.ItemsErr([]errcode.Item{{ID: "a", Code: errcode.GroupInternalError}}, "c"), false, 0},
		{"Unwrap returns nil", nilUnwrap{}, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			retry, wait := errcode.ShouldRetry(tt.err)
			assert.Equal(t, tt.retry, retry, "retry")
			assert.Equal(t, tt.wait, wait, "wait")
			assert.Equal(t, tt.retry, errcode.Retryable(tt.err), "Retryable")
		})
	}

	// For every listed code, bare and as a response, the answer is the
	// code's own hint and the document's wait.
	for c := range errcode.All() {
		info, _ := errcode.Lookup(c)
		for _, err := range []error{c, errcode.FromResponse("FAIL", int(c), "d"), fmt.Errorf("w: %w", errcode.Item{ID: "x", Code: c}.Err())} {
			retry, wait := errcode.ShouldRetry(err)
			if retry != c.Retryable() || wait != info.Wait {
				t.Errorf("ShouldRetry(%v) = %v, %v; want %v, %v", err, retry, wait, c.Retryable(), info.Wait)
			}
		}
	}
}
