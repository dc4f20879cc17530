package scan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

// codesOnly returns the codes of findings, in order.
func codesOnly(fs []Finding) []int {
	var got []int
	for _, f := range fs {
		got = append(got, int(f.Code))
	}
	return got
}

// scanSummary scans data as -summary does, without details, read n bytes
// at a time.
func scanSummary(t testing.TB, data []byte, n int) []Finding {
	r := &record{}
	scanReads(t, data, n, r, Options{Lines: true})
	return r.all
}

// checkAllWays scans input whole and in pieces, with and without details,
// and checks that each way finds want (without details, its codes).
func checkAllWays(t *testing.T, input string, want []found) {
	t.Helper()
	assert.Equal(t, want, founds(scanBytes(t, []byte(input))), "whole")
	var codes []int
	for _, w := range want {
		codes = append(codes, w.code)
	}
	for _, n := range []int{1, 7} {
		r := &record{}
		scanReads(t, []byte(input), n, r, Options{Details: true})
		assert.Equal(t, want, founds(r.all), "read %d bytes at a time", n)
		assert.Equal(t, codes, codesOnly(scanSummary(t, []byte(input), n)), "without details, read %d bytes at a time", n)
	}
}

// TestStringsHoldText checks that the text inside any JSON string value is
// read for bodies and mentions by the rules of top-level text, whatever
// its key.
func TestStringsHoldText(t *testing.T) {
	type f = found
	tests := []struct {
		name  string
		input string
		want  []f
	}{
		{"body in msg", `{"level":"error","msg":"call failed: {\"ErrorCode\":70001,\"ErrorInfo\":\"x\"}"}` + "\n", []f{{70001, "x", ""}}},
		{"mention in msg", `{"msg":"send failed ErrorCode=10010 ErrorInfo=\"no group\""}` + "\n", []f{{10010, "no group", ""}}},
		{"body in message", `{"message":"resp {\"ErrorCode\":10010}"}`, []f{{10010, "", ""}}},
		{"body in detail", `{"detail":"{\"ResultItem\":[{\"To_Account\":\"u\",\"ResultCode\":70107,\"ResultInfo\":\"gone\"}]}"}`, []f{{70107, "gone", "u"}}},
		{"mention in desc", `{"desc":"错误码：90001"}`, []f{{90001, "", ""}}},
		{"mention in ErrorInfo", `{"ErrorInfo":"upstream said ErrorCode=70001"}`, []f{{70001, "", ""}}},
		{"mention in error", `{"error":"errcode 70107 for u1"}`, []f{{70107, "", ""}}},
		{"chinese in a string", `{"msg":"调用返回70346，请检查"}`, []f{{70346, "", ""}}},
		{"bare code in a string needs a listed code", `{"msg":"verification code: 123456"}`, nil},
		{"line ends inside a string", `{"msg":"a\nErrorCode=10010 ErrorInfo=gone\nb"}`, []f{{10010, "gone", ""}}},
		{"a string's own codes", `{"msg":"ErrorCode=1 ErrorCode=2"}` + "\n" + `{"msg":"ErrorCode=3"}`, []f{{1, "", ""}, {2, "", ""}, {3, "", ""}}},
		{"key and code strings are not read", `{"ErrorCode=5":"7","ErrorCode":"ErrorCode=6"}`, nil},
		{"deeper than maxLevel", nested(4), nil},
	}
	// Around maxPre bytes of content, which a string holds before the
	// nested scanner gets it: a mention at its end, with or without
	// escapes before it, and a string with no place to look at.
	for _, n := range []int{maxPre - 20, maxPre - 14, maxPre - 13, maxPre - 12, maxPre + 1, 3 * maxPre} {
		for _, fill := range []string{"x", `x`} {
			body := strings.Repeat(fill, n) + " ErrorCode=70001"
			tests = append(tests, struct {
				name  string
				input string
				want  []f
			}{fmt.Sprintf("%d of %q then a mention", n, fill), `{"msg":"` + body + `"}`, []f{{70001, "", ""}}})
		}
		tests = append(tests, struct {
			name  string
			input string
			want  []f
		}{fmt.Sprintf("%d bytes without a mention", n), `{"msg":"` + strings.Repeat("od ", n/3) + `"}`, nil})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAllWays(t, tt.input, tt.want) })
	}
}

// logged returns what log/slog writes for one record with err under key
// "err", through LogAttr: with the text handler, the JSON handler, and the
// JSON handler's line held as a string in a container runtime's JSON log
// line, as Docker's json-file driver writes it.
func logged(t *testing.T, err error) map[string]string {
	var text, js bytes.Buffer
	slog.New(slog.NewTextHandler(&text, nil)).Error("send failed", errcode.LogAttr("err", err))
	slog.New(slog.NewJSONHandler(&js, nil)).Error("send failed", errcode.LogAttr("err", err))
	docker := func(line string) string {
		b, e := json.Marshal(map[string]string{"log": line, "stream": "stderr"})
		require.NoError(t, e)
		return string(b) + "\n"
	}
	return map[string]string{
		"text":        text.String(),
		"json":        js.String(),
		"docker text": docker(text.String()),
		"docker json": docker(js.String()),
	}
}

// TestCountedOnce checks that one record of the library's own slog output,
// through LogAttr, counts each failure once: the group's msg, its code and
// its errors.N name the same failures.
func TestCountedOnce(t *testing.T) {
	type f = found
	single := errcode.FromResponse("FAIL", 70001, "usersig expired")
	one := errcode.CheckBody([]byte(`{"ActionStatus":"SomeError","ErrorCode":0,"ErrorInfo":"","ErrorList":[{"To_Account":"rong","ErrorCode":70107}]}`))
	two := errcode.CheckBody([]byte(`{"ActionStatus":"SomeError","ErrorCode":0,"ErrorInfo":"",` +
		`"ErrorList":[{"To_Account":"rong","ErrorCode":70107},{"To_Account":"li","ErrorCode":70107}]}`))
	mixed := errcode.ItemsErr([]errcode.Item{{ID: "a", Code: 70107, Info: "no a"}, {ID: "b", Code: 20003, Info: "no b"}})
	require.Error(t, one)
	require.Error(t, two)
	tests := []struct {
		name string
		err  error
		// text is what slog's text output gives, which has no IDs as text
		// mentions have none; JSON is what its JSON output gives.
		text, json []f
	}{
		{"single", single, []f{{70001, "usersig expired", ""}}, []f{{70001, "usersig expired", ""}}},
		{"single wrapped", fmt.Errorf("send: %w", single), []f{{70001, "usersig expired", ""}}, []f{{70001, "usersig expired", ""}}},
		{"batch of one", one, []f{{70107, "", ""}}, []f{{70107, "", "rong"}}},
		{"batch of two", two, []f{{70107, "", ""}, {70107, "", ""}}, []f{{70107, "", "rong"}, {70107, "", "li"}}},
		{"batch of two codes", mixed, []f{{70107, "no a", ""}, {20003, "no b", ""}}, []f{{70107, "no a", "a"}, {20003, "no b", "b"}}},
	}
	for _, tt := range tests {
		for handler, out := range logged(t, tt.err) {
			t.Run(tt.name+" "+handler, func(t *testing.T) {
				want := tt.json
				if strings.HasSuffix(handler, "text") {
					want = tt.text
				}
				checkAllWays(t, out, want)
			})
		}
	}

	t.Run("rules", func(t *testing.T) {
		tests := []struct {
			name  string
			input string
			want  []f
		}{
			{"library text alone counts", `{"msg":"errcode: 70001 AccountUserSigExpired: x (detail: y)"}`, []f{{70001, "y", ""}}},
			{"library text in a text line", "send: errcode: 10010 GroupNotFound: 群组不存在 (detail: gone)\n", []f{{10010, "gone", ""}}},
			{"library text and a field on a text line", "err=\"errcode: 10010 GroupNotFound: x\" ErrorCode=10010\n", []f{{10010, "", ""}}},
			{"field first", `ErrorCode=10010 err="errcode: 10010 GroupNotFound: x"` + "\n", []f{{10010, "", ""}}},
			{"another code is another failure", `{"msg":"errcode: 10010 GroupNotFound: x","code":70001,"category":"account","retry":"reauth"}`, []f{{10010, "", ""}, {70001, "", ""}}},
			{"each field cancels one", `{"msg":"errcode: 70107 A: x\nerrcode: 70107 A: y\nerrcode: 70107 A: z","ErrorCode":70107}`, []f{{70107, "", ""}, {70107, "", ""}, {70107, "", ""}}},
			{"body in a string and the code as a field", `{"level":"error","code":70001,"resp":"{\"ErrorCode\":70001,\"ErrorInfo\":\"x\"}"}`, []f{{70001, "", ""}}},
			{"the server's detail naming its code", `{"ErrorCode":90009,"ErrorInfo":"error code: 90009"}`, []f{{90009, "error code: 90009", ""}}},
			{"another line is another scope", "err=\"errcode: 70001 X: y\"\ncode=70001\n", []f{{70001, "", ""}, {70001, "", ""}}},
			{"pretty-printed value is one scope", "{\n \"msg\": \"errcode: 70001 X: y\",\n \"ErrorCode\": 70001\n}\n", []f{{70001, "", ""}}},
			{"fields are not cancelled by fields", `{"ErrorCode":70001}{"ErrorCode":70001}`, []f{{70001, "", ""}, {70001, "", ""}}},
			{"errors.0 only after its group", "a.errors.0.code=70107 a.errors.0.name=AccountNotFound\n", []f{{70107, "", ""}}},
			{"errors group only in the library's group", `{"code":70001,"errors":{"0":{"code":70107}}}`, []f{{70107, "", ""}, {70001, "", ""}}},
			{"batch group", `{"code":70107,"category":"account","retry":"never","errors":{"0":{"code":70107,"category":"account","retry":"never"}}}`, []f{{70107, "", ""}}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) { checkAllWays(t, tt.input, tt.want) })
		}
	})

	t.Run("many held in one scope", func(t *testing.T) {
		// More library texts than a scope keeps: each is counted still.
		n := 3*maxHeld + 5
		line := strings.Repeat("errcode: 70001 X; ", n) + "\n"
		assert.Len(t, scanBytes(t, []byte(line)), n)
		assert.Len(t, scanBytes(t, []byte(`{"ErrorCode":70001,"msg":"`+strings.Repeat("errcode: 70001 X; ", n)+`"}`)), n)
	})
}

// TestFailLists checks that FailAccounts and Fail_Account count one
// finding per account, without a code.
func TestFailLists(t *testing.T) {
	type noCode struct {
		id     string
		noCode bool
	}
	tests := []struct {
		name  string
		input string
		want  []noCode
	}{
		{"multiaccount_import", `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","FailAccounts":["test3","test4"]}`, []noCode{{"test3", true}, {"test4", true}}},
		{"pretty printed", "{\n    \"ActionStatus\": \"OK\",\n    \"FailAccounts\": [\n        \"test3\"\n    ]\n}\n", []noCode{{"test3", true}}},
		{"Fail_Account", `{"Fail_Account":["id5"],"ActionStatus":"OK","ErrorCode":0}`, []noCode{{"id5", true}}},
		{"any case", `{"failaccounts":["a"],"FAIL_ACCOUNT":["b"]}`, []noCode{{"a", true}, {"b", true}}},
		{"empty list", `{"FailAccounts":[]}`, nil},
		{"not strings", `{"FailAccounts":[1,null,{"To_Account":"x"},["y"]]}`, nil},
		{"not a list", `{"FailAccounts":"a","Fail_Account":{"a":"b"}}`, nil},
		{"in a string", `{"log":"{\"FailAccounts\":[\"u\\\"1\"]}"}`, []noCode{{`u"1`, true}}},
		{"cut short", `{"FailAccounts":["a","b`, []noCode{{"a", true}}},
		{"other lists", `{"Accounts":["a"],"ErrorList":["b"]}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []noCode
			for _, f := range scanBytes(t, []byte(tt.input)) {
				assert.Zero(t, f.Code)
				assert.False(t, f.Known)
				got = append(got, noCode{f.ID, f.NoCode})
			}
			assert.Equal(t, tt.want, got)
			summary := scanSummary(t, []byte(tt.input), 3)
			assert.Len(t, summary, len(tt.want), "without details")
			for _, f := range summary {
				assert.True(t, f.NoCode)
				assert.Empty(t, f.ID, "no ID without details")
			}
		})
	}
}

// TestFailListsNamedOnce checks that an account a response lists both
// with its code (in ResultItem and the like) and in Fail_Account, as
// friend_add does, counts once, with its code, and that an account listed
// twice counts once.
func TestFailListsNamedOnce(t *testing.T) {
	type item struct {
		code   int
		id     string
		noCode bool
	}
	friendAdd := `{"ResultItem":[{"To_Account":"id1","ResultCode":0,"ResultInfo":""},` +
		`{"To_Account":"id2","ResultCode":30006,"ResultInfo":"a"},{"To_Account":"id3","ResultCode":30002,"ResultInfo":"b"}],` +
		`"Fail_Account":["id2","id3"],"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}` + "\n"
	tests := []struct {
		name  string
		input string
		want  []item
	}{
		{"friend_add", friendAdd, []item{{30006, "id2", false}, {30002, "id3", false}}},
		{"list first", `{"Fail_Account":["id2","id4"],"ResultItem":[{"To_Account":"id2","ResultCode":30006}]}`, []item{{0, "id4", true}, {30006, "id2", false}}},
		{"listed twice", `{"FailAccounts":["a","b","a"]}`, []item{{0, "a", true}, {0, "b", true}}},
		{"two responses", `{"FailAccounts":["a"]}` + "\n" + `{"FailAccounts":["a"]}` + "\n", []item{{0, "a", true}, {0, "a", true}}},
		{"another item's code", `{"ResultItem":[{"To_Account":"x","ResultCode":30006}],"Fail_Account":["y"]}`, []item{{30006, "x", false}, {0, "y", true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []item
			for _, f := range scanBytes(t, []byte(tt.input)) {
				got = append(got, item{int(f.Code), f.ID, f.NoCode})
			}
			assert.Equal(t, tt.want, got)
			var want, summary []item
			for _, w := range tt.want {
				want = append(want, item{w.code, "", w.noCode})
			}
			for _, f := range scanSummary(t, []byte(tt.input), 5) {
				summary = append(summary, item{int(f.Code), f.ID, f.NoCode})
			}
			assert.Equal(t, want, summary, "without details")
		})
	}
}

// TestEscapedBodies checks bodies whose quotes are escaped as nginx
// escapes them (\x22) and bodies escaped twice.
func TestEscapedBodies(t *testing.T) {
	type f = found
	tests := []struct {
		name  string
		input string
		want  []f
	}{
		{"nginx", `1.2.3.4 - - "POST /v4/openim/sendmsg" 200 "{\x22ActionStatus\x22:\x22FAIL\x22,\x22ErrorCode\x22:10010,\x22ErrorInfo\x22:\x22x\x22}"` + "\n", []f{{10010, "x", ""}}},
		{"nginx unquoted", `body={\x22ErrorCode\x22:10010,\x22ErrorInfo\x22:\x22x y\x22} next` + "\n", []f{{10010, "x y", ""}}},
		{"nginx batch", `"{\x22ResultItem\x22:[{\x22To_Account\x22:\x22u\x22,\x22ResultCode\x22:70107,\x22ResultInfo\x22:\x22gone\x22}]}"`, []f{{70107, "gone", "u"}}},
		{"nginx key in text", `... \x22ErrorCode\x22:70001, \x22ErrorInfo\x22:\x22cut`, []f{{70001, "cut", ""}}},
		{"logfmt value escaped twice", `level=error resp="{\\\"ErrorCode\\\":70001,\\\"ErrorInfo\\\":\\\"dbl\\\"}"` + "\n", []f{{70001, "dbl", ""}}},
		{"escaped JSON string holding a body", `{"log":"{\\\"ErrorCode\\\":80001,\\\"ErrorInfo\\\":\\\"in\\\"}"}` + "\n", []f{{80001, "in", ""}}},
		{"logfmt in a JSON string", `{"msg":"resp=\"{\\\"ErrorCode\\\":70001,\\\"ErrorInfo\\\":\\\"q\\\"}\""}`, []f{{70001, "q", ""}}},
		{"escaped body without a quote before", `got {\"ErrorCode\":20003,\"ErrorInfo\":\"e\"} end`, []f{{20003, "e", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAllWays(t, tt.input, tt.want) })
	}
}

// TestServerDetail checks which members are the server's detail and the
// item's ID, and that a log record's own msg and id are neither.
func TestServerDetail(t *testing.T) {
	type f = found
	tests := []struct {
		name  string
		input string
		want  []f
	}{
		{"log record's msg and id", `{"level":"error","msg":"send failed","id":"req-42","code":70001}`, []f{{70001, "", ""}}},
		{"level after msg", `{"msg":"send failed","code":70001,"level":"error"}`, []f{{70001, "", ""}}},
		{"slog record", `{"time":"t","level":"ERROR","msg":"send failed","code":70001}`, []f{{70001, "", ""}}},
		{"log record with a body", `{"level":"error","msg":"send failed","id":"req-42","ErrorCode":70001,"ErrorInfo":"expired"}`, []f{{70001, "expired", ""}}},
		{"SDK error's message", `{"code":70001,"message":"UserSig expired"}`, []f{{70001, "UserSig expired", ""}}},
		{"SDK error's desc", `{"code":6014,"desc":"not logged in"}`, []f{{6014, "not logged in", ""}}},
		{"detail wins over msg", `{"code":70001,"msg":"m","detail":"d"}{"code":70001,"detail":"d","msg":"m"}`, []f{{70001, "d", ""}, {70001, "d", ""}}},
		{"library group", `{"msg":"errcode: 70001 AccountUserSigExpired: x (id: u1, detail: usersig expired)","code":70001,"name":"AccountUserSigExpired","category":"account","retry":"reauth","detail":"usersig expired","id":"u1"}`, []f{{70001, "usersig expired", "u1"}}},
		{"id alone", `{"id":"req-1","ErrorCode":70001}`, []f{{70001, "", ""}}},
		{"id and an account", `{"id":"req","To_Account":"a","ResultCode":70107}{"To_Account":"a","id":"req","ResultCode":70107}`, []f{{70107, "", "a"}, {70107, "", "a"}}},
		{"ErrorInfo, not msg", `{"ErrorCode":70001,"ErrorInfo":"e","msg":"m"}`, []f{{70001, "e", ""}}},
		{"errmsg", `{"errcode":70001,"errmsg":"e"}`, []f{{70001, "e", ""}}},
		{"ResultInfo", `{"ResultCode":70107,"ResultInfo":"r","message":"m"}`, []f{{70107, "r", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAllWays(t, tt.input, tt.want) })
	}
}

// TestOpenerRuns checks that stepping over brackets that cannot start a
// JSON value never steps over one that can: a body after runs of
// openers, strings and escaped quotes is still found, with its detail.
func TestOpenerRuns(t *testing.T) {
	type f = found
	body := `{"ErrorCode":10010,"ErrorInfo":"gone"}`
	want := []f{{10010, "gone", ""}}
	tests := []struct {
		name  string
		input string
	}{
		{"braces", "{{{" + body},
		{"brackets", "[[[" + body + "]]]"},
		{"mixed", "[{[{ {[" + body},
		{"a long run", strings.Repeat("{", 3*maxOpenRun) + body},
		{"a long run of arrays", strings.Repeat("[", 3*maxOpenRun) + body},
		{"a deep run closed", strings.Repeat("[", 2*maxDepth) + body + strings.Repeat("]", 2*maxDepth)},
		{"key without colon", `{"a"` + body},
		{"key then a bad value", `{"a":{{"a":{` + body},
		{"string in a bad array", `["x"x` + body},
		{"bracket in a key", `{"` + body + `"`},
		{"bracket in a string element", `["` + body + `"x`},
		{"mention in a key", `{"x ErrorCode=10010 ErrorInfo=gone "}`},
		{"short escaped strings", `"{\""{\""{\"` + body},
		{"short escaped twice", `"{\\\""{\\\""` + body},
		{"nginx short", `{\x22a{\x22` + body},
		{"blanks and newlines", "{ \n [ \t" + body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAllWays(t, tt.input, want) })
	}
}
