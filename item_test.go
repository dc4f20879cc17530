package errcode_test

// Tests of item.go: Item, ItemsErr and FailedIDs.

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

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

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
		// No code is never a success: a failure without a code.
		{"null code", `{"UserID":"u","ResultCode":null}`, errcode.Item{ID: "u", NoCode: true}, false},
		{"both codes null", `{"UserID":"u","ResultCode":null,"ErrorCode":null,"ErrorInfo":"e"}`, errcode.Item{ID: "u", Info: "e", NoCode: true}, false},
		{"no code member", `{"To_Account":"a","ResultInfo":"r"}`, errcode.Item{ID: "a", Info: "r", NoCode: true}, false},
		{"empty object", `{}`, errcode.Item{NoCode: true}, false},
		{"null beside a 0", `{"ResultCode":null,"ErrorCode":0}`, errcode.Item{}, false},
		// A code member given twice with different values is an error,
		// in any letter case; given twice alike, it is one member.
		{"repeated code, then null", `{"ResultCode":70001,"ResultCode":null}`, start, true},
		{"repeated code, null first", `{"ErrorCode":null,"ErrorCode":70001}`, start, true},
		{"repeated code, then 0", `{"UserID":"u","ErrorCode":70107,"errorcode":0}`, start, true},
		{"repeated code, another code", `{"ResultCode":70107,"RESULTCODE":70001}`, start, true},
		{"repeated code, same value", `{"UserID":"u","ResultCode":70107,"ResultCode":"70107"}`, errcode.Item{ID: "u", Code: 70107}, false},
		{"this package's ID member", `{"ID":"x","ResultCode":1}`, errcode.Item{ID: "x", Code: 1}, false},
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
				assert.Error(t, err)
				if !strings.Contains(tt.name, "repeated") {
					var te *json.UnmarshalTypeError
					assert.ErrorAs(t, err, &te)
				}
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

			switch {
			case tt.request != 0:
				assert.ErrorIs(t, resp.Err(), tt.request)
			case resp.ActionStatus == "SomeError":
				// A partial failure: not nil, and it says to read the entries.
				var e *errcode.Error
				require.ErrorAs(t, resp.Err(), &e)
				assert.Equal(t, errcode.Code(0), e.Code)
				assert.Contains(t, e.Error(), "some entries failed")
			default:
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

// TestItemJSONRoundTrip checks that what json.Marshal writes for an Item,
// UnmarshalJSON reads back to the same Item, alone and in a list.
func TestItemJSONRoundTrip(t *testing.T) {
	items := []errcode.Item{
		{},
		{ID: "u1"},
		{ID: "u2", Code: errcode.AccountNotFound, Info: "not registered"},
		{ID: "g", Code: -302, Info: "引号\"和换行\n"},
		{ID: "12345", Code: math.MaxInt32},
		{Code: math.MinInt32},
		{ID: "a", NoCode: true},
		{ID: "b", Info: "why", NoCode: true},
	}
	for _, it := range items {
		out, err := json.Marshal(it)
		require.NoError(t, err)
		var back errcode.Item
		require.NoError(t, json.Unmarshal(out, &back), "%s", out)
		assert.Equal(t, it, back, "%s", out)
		assert.Equal(t, it.Err() == nil, back.Err() == nil, "%s", out)
	}
	out, err := json.Marshal(items)
	require.NoError(t, err)
	var back []errcode.Item
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, items, back)
	out, err = json.Marshal(errcode.Item{ID: "a", NoCode: true})
	require.NoError(t, err)
	assert.JSONEq(t, `{"ID":"a","ResultCode":null,"ResultInfo":""}`, string(out))
}

// TestItemNoCode checks that an entry without a code is a failure without
// a code everywhere: Err, ItemsErr, ShouldRetry and FailedIDs.
func TestItemNoCode(t *testing.T) {
	var resp struct {
		errcode.Response
		ErrorList []errcode.Item `json:"ErrorList"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"ActionStatus":"OK","ErrorList":[{"To_Account":"a","ErrorCode":0},{"To_Account":"b","ErrorCode":null},{"To_Account":"c"}]}`), &resp))
	require.NoError(t, resp.Err())
	err := errcode.ItemsErr(resp.ErrorList)
	require.Error(t, err)
	assert.Equal(t, "errcode: request failed with no valid error code (id: b)\nerrcode: request failed with no valid error code (id: c)", err.Error())
	_, ok := errcode.CodeOf(err)
	assert.False(t, ok)
	retry, _ := errcode.ShouldRetry(err)
	assert.False(t, retry)
	assert.Equal(t, []string{"b", "c"}, errcode.FailedIDs(err))
}

func TestFailedIDs(t *testing.T) {
	batch := errcode.ItemsErr([]errcode.Item{
		{ID: "ok"},
		{ID: "a", Code: errcode.AccountNotFound},
		{ID: "b", Code: errcode.GroupInternalError},
		{ID: "a", Code: errcode.AccountNotFound},
		{Code: errcode.GroupInternalError}, // no ID: nothing to resend by
	}, "c", "b")
	tests := []struct {
		name string
		err  error
		want []string
	}{
		{"nil", nil, nil},
		{"no code", errForeign, nil},
		{"whole request", errcode.FromResponse("FAIL", 10010, "x"), nil},
		{"bare Code", errcode.GroupNotFound, nil},
		{"one item", errcode.Item{ID: "u", Code: 70107}.Err(), []string{"u"}},
		{"batch, once each, in order", batch, []string{"a", "b", "c"}},
		{"wrapped batch", fmt.Errorf("import: %w", batch), []string{"a", "b", "c"}},
		{"joined batches", errors.Join(batch, errcode.ItemsErr(nil, "d", "a")), []string{"a", "b", "c", "d"}},
		{"accounts only", errcode.ItemsErr(nil, "x", "y"), []string{"x", "y"}},
		{"typed nil", (*errcode.Error)(nil), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, errcode.FailedIDs(tt.err))
		})
	}
}
