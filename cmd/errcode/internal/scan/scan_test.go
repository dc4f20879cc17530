package scan

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/cmd/errcode/internal/chunk"
)

// record is a Sink that keeps every finding.
type record struct{ all []Finding }

func (r *record) Found(f Finding) { r.all = append(r.all, f) }

// scanBytes scans data whole, with details, and returns what it found.
func scanBytes(t testing.TB, data []byte) []Finding {
	r := &record{}
	sc := New(r, Options{Details: true})
	sc.ScanBytes(data)
	require.Zero(t, sc.Stalls(), "a step made no progress")
	return r.all
}

// scanReads scans data read n bytes at a time, with the given options,
// into sink, and returns the Scanner.
func scanReads(t testing.TB, data []byte, n int, sink Sink, opt Options) *Scanner {
	sc := New(sink, opt)
	require.NoError(t, sc.Scan(chunk.Reader(data, n)))
	require.Zero(t, sc.Stalls(), "a step made no progress")
	return sc
}

// found is a finding as the tests write it.
type found struct {
	code   int
	detail string
	id     string
}

// founds returns findings as the tests write them.
func founds(fs []Finding) []found {
	var got []found
	for _, f := range fs {
		got = append(got, found{int(f.Code), f.Detail, f.ID})
	}
	return got
}

// nested returns a body with code 10010 written as a JSON string inside
// another JSON value, n times over.
func nested(n int) string {
	s := `{"ErrorCode":10010}`
	for range n {
		b, _ := json.Marshal(s)
		s = `{"log":` + string(b) + `}`
	}
	return s
}

func TestScan(t *testing.T) {
	type f = found
	tests := []struct {
		name  string
		input string
		want  []f
	}{
		{"info before code", `{"ErrorInfo":"x","ErrorCode":10010}`, []f{{10010, "x", ""}}},
		{"code as string", `{"ErrorCode":"-7"}`, []f{{-7, "", ""}}},
		{"escaped code string", `{"ErrorCode":"\u0037"}`, nil},
		{"code out of range", `{"ErrorCode":2147483648}`, nil},
		{"code with exponent", `{"ErrorCode":1e4}`, nil},
		{"code with leading zero", `{"ErrorCode":010}`, nil},
		{"code as object", `{"ErrorCode":{"ErrorCode":5}}`, []f{{5, "", ""}}},
		{"escaped key", `{"Error\u0043ode":6}`, []f{{6, "", ""}}},
		{"escaped info", `{"ErrorCode":6,"ErrorInfo":"a\"b\\c\u00e9\ud83d\ude00"}`, []f{{6, `a"b\cé😀`, ""}}},
		{"result and error", `{"ResultCode":1,"ResultInfo":"r","ErrorCode":2,"ErrorInfo":"e"}`, []f{{2, "e", ""}, {1, "r", ""}}},
		{"id as number", `{"UserID":42,"ResultCode":70107}`, []f{{70107, "", "42"}}},
		{"deeper than the cap", strings.Repeat("[", 100) + `{"ErrorCode":10010,"ErrorInfo":"deep"}` + strings.Repeat("]", 100), []f{{10010, "deep", ""}}},
		{"too deep to close", strings.Repeat(`{"a":`, 100) + `{"ErrorCode":10010}`, []f{{10010, "", ""}}},
		{"pretty printed", "{\n  \"ErrorCode\" : 10010 ,\n\t\"ErrorInfo\" :\r\n \"x\"\n}", []f{{10010, "x", ""}}},
		{"broken json read as text", `{"ErrorCode":10010 oops ErrorInfo=late ErrorCode=70001}`, []f{{10010, "", ""}, {70001, "late", ""}}},
		{"logfmt", `ErrorCode=10010 ErrorInfo=short rest`, []f{{10010, "short", ""}}},
		{"info before code in text", "ErrorInfo: \"quoted, with comma\" ErrorCode: 10010\n", []f{{10010, "quoted, with comma", ""}}},
		{"nearest info after", `ErrorInfo=first ErrorCode=1 ErrorInfo=second ErrorCode=2`, []f{{1, "second", ""}, {2, "second", ""}}},
		{"info ends at the next key", `ErrorCode=1 errmsg="a errmsg="b`, []f{{1, `a`, ""}}},
		{"result info", `result_code=3 result_info='single'`, []f{{3, "single", ""}}},
		{"error code words", "Error Code: 42\nerror code 43\nerrcode 44\nERR_CODE=45\nerror_code=46\n", []f{{42, "", ""}, {43, "", ""}, {44, "", ""}, {45, "", ""}, {46, "", ""}}},
		{"bare code", "exit code 1, code 2", nil},
		{"other kinds of code", "status code: 70001, HTTP code=70001, exit-code: 70001, response code 70001, code: 70001\n", []f{{70001, "", ""}}},
		{"signed", "code=+70001 code=-4 ErrorCode=-4", []f{{70001, "", ""}, {-4, "", ""}}},
		{"not a word start", "Xcode=10010 error_code_x=2 code=10010x code=0 statuscode=10010", nil},
		{"chinese", "错误码 10010，错误码：70001\n", []f{{10010, "", ""}, {70001, "", ""}}},
		{"fullwidth colon", "ErrorCode：10010 ErrorInfo：x", []f{{10010, "x", ""}}},
		{"detail on another line", "ErrorCode=1\nErrorInfo=other", []f{{1, "", ""}}},
		{"detail too far", "ErrorCode=1 " + strings.Repeat(" ", detailWindow) + "ErrorInfo=far", []f{{1, "", ""}}},
		{"detail cleaned", "ErrorCode=1 ErrorInfo=\"a\\tb\u202ec\"", []f{{1, "a bc", ""}}},
		{"escaped quotes in text", `\"ErrorCode\":10010,\"ErrorInfo\":\"x y\"`, []f{{10010, "x y", ""}}},
		{"decoded three times", nested(3), []f{{10010, "", ""}}},
		{"four times is too many", nested(4), nil},
		{"many codes per object", `{"ErrorCode":1,"ErrorCode":2,"ErrorCode":3,"ErrorCode":4,"ErrorCode":5,"ErrorCode":6,"ErrorInfo":"x"}`,
			[]f{{1, "", ""}, {2, "", ""}, {3, "x", ""}, {4, "x", ""}, {5, "x", ""}, {6, "x", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scanBytes(t, []byte(tt.input))
			assert.Equal(t, tt.want, founds(got))
			for _, f := range got {
				_, known := errcode.Lookup(f.Code)
				assert.Equal(t, known, f.Known, "known %d", f.Code)
			}
		})
	}

	t.Run("long detail", func(t *testing.T) {
		got := scanBytes(t, []byte(`{"ErrorCode":1,"ErrorInfo":"`+strings.Repeat("长", 1000)+`"}`))
		require.Len(t, got, 1)
		d := got[0].Detail
		assert.LessOrEqual(t, len(d), MaxDetail+len("…"))
		assert.True(t, strings.HasSuffix(d, "长…"))
		assert.True(t, utf8.ValidString(d))
	})
}

// TestKeySpellings checks that the spellings loggers and SDKs use for an
// error code's key count in JSON as ErrorCode does: nonzero, with a
// detail beside it, in any letter case.
func TestKeySpellings(t *testing.T) {
	type f = found
	tests := []struct {
		key  string
		info string
	}{
		{"error_code", "error_info"}, {"errcode", "ErrorInfo"}, {"err_code", "ErrorInfo"},
		{"ErrCode", "ErrorInfo"}, {"ERRCODE", "errorinfo"}, {"result_code", "result_info"},
		{"error code", "ErrorInfo"}, {"Error Code", "ErrorInfo"}, {"ERROR_CODE", "Error_Info"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			body := `{"` + tt.key + `":70001,"` + tt.info + `":"gone"}` + "\n"
			assert.Equal(t, []f{{70001, "gone", ""}}, founds(scanBytes(t, []byte(body))))
			str := `{"` + tt.key + `":"10010"}`
			assert.Equal(t, []f{{10010, "", ""}}, founds(scanBytes(t, []byte(str))), "code as a string")
			zero := `{"` + tt.key + `":0,"` + tt.info + `":"ok"}`
			assert.Empty(t, scanBytes(t, []byte(zero)), "0 is success")
			unknown := `{"` + tt.key + `":12345}`
			assert.Equal(t, []f{{12345, "", ""}}, founds(scanBytes(t, []byte(unknown))), "an unlisted code counts, as with ErrorCode")
		})
	}
	t.Run("near spellings do not count", func(t *testing.T) {
		for _, key := range []string{"error_codes", "errcodes", "my_errcode", "error__code"} {
			assert.Empty(t, scanBytes(t, []byte(`{"`+key+`":12345}`)), key)
		}
	})
}

// TestBareCode checks that a bare code: N, or code=N after another key,
// counts only when an official source lists N: a number that merely lies
// in a range the package knows does not, nor does one that is not listed.
func TestBareCode(t *testing.T) {
	type f = found
	require.True(t, errcode.Code(123456).Category() != errcode.CategoryUnknown, "123456 lies in a range")
	_, listed := errcode.Lookup(123456)
	require.False(t, listed, "123456 is not listed")
	tests := []struct {
		name  string
		input string
		want  []f
	}{
		{"verification code in a range", "your verification code: 123456\n", nil},
		{"range code after another key", "user=alice code=123456 msg=x\n", nil},
		{"range code as a JSON member", `{"msg":"sent","code":123456}` + "\n", nil},
		{"listed code", "code: 70001\n", []f{{70001, "", ""}}},
		{"listed code after another key", "user=alice code=10010 detail=gone\n", []f{{10010, "gone", ""}}},
		{"listed JSON member", `{"code":70001,"detail":"expired"}` + "\n", []f{{70001, "expired", ""}}},
		{"unlisted code", "code=99999999\n", nil},
		{"library's slog text output", "err.code=123456 err.name=Code(123456)\n", []f{{123456, "", ""}}},
		{"library's slog group", `{"code":123456,"category":"callback","retry":"never"}` + "\n", []f{{123456, "", ""}}},
		{"ErrorCode in a range still counts", "ErrorCode=123456\n", []f{{123456, "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, founds(scanBytes(t, []byte(tt.input))))
		})
	}
}

// TestChineseMentions checks the ways Chinese text names a code: 错误码
// with a colon, a blank, 为 or nothing before the number, and 返回N, which
// counts only for a listed code as 返回 alone says nothing of errors.
func TestChineseMentions(t *testing.T) {
	type f = found
	tests := []struct {
		name  string
		input string
		want  []f
	}{
		{"返回N in pasted text", "调用接口返回70346，请检查\n", []f{{70346, "", ""}}},
		{"返回 with a colon", "服务端返回：10010\n", []f{{10010, "", ""}}},
		{"返回 with a blank", "返回 70001 了\n", []f{{70001, "", ""}}},
		{"返回 a count", "返回3条消息\n", nil},
		{"返回 an unlisted number", "返回12345\n", nil},
		{"返回 in a range only", "返回123456\n", nil},
		{"错误码N", "错误码70001\n", []f{{70001, "", ""}}},
		{"错误码为N", "发送失败，错误码为10010，请重试\n", []f{{10010, "", ""}}},
		{"错误码为 N", "错误码为 70107\n", []f{{70107, "", ""}}},
		{"错误码：N", "错误码：90001\n", []f{{90001, "", ""}}},
		{"错误码: N", "错误码: 20003\n", []f{{20003, "", ""}}},
		{"错误码N unlisted still counts", "错误码12345\n", []f{{12345, "", ""}}},
		{"错误码 with detail", "错误码为10010 errmsg=群不存在\n", []f{{10010, "群不存在", ""}}},
		{"not a number after 为", "错误码为空\n", nil},
		{"digits run into a word", "错误码70001abc 返回70001x\n", nil},
		{"other characters starting E8 BF", "这里运行70001\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, founds(scanBytes(t, []byte(tt.input))))
			r := &record{}
			scanReads(t, []byte(tt.input), 1, r, Options{Details: true})
			assert.Equal(t, tt.want, founds(r.all), "read a byte at a time")
		})
	}
}

// TestCut checks that a number cut short is reported as cut and never as
// a known code: 70001 cut to 7000, 10010 to 1001 and 70107 to 7010 are
// each a shorter listed code.
func TestCut(t *testing.T) {
	type cut struct {
		code int
		cut  bool
	}
	tests := []struct {
		name  string
		input string
		want  []cut
	}{
		{"end of input in a body", `{"ErrorCode":7000`, []cut{{7000, true}}},
		{"end of input in text", "log line ErrorCode=1001", []cut{{1001, true}}},
		{"end of input in chinese", "错误码：7010", []cut{{7010, true}}},
		{"text mention with a line end", "ErrorCode=70001\n", []cut{{70001, false}}},
		{"bare code at the end is dropped", "code=7000", nil},
		{"line end in an unterminated body", "{\"ErrorCode\":7000\nnext line\n", []cut{{7000, true}}},
		{"line end in a closed body", "{\n\"ErrorCode\":70001\n}\n", []cut{{70001, false}}},
		{"crlf in an unterminated body", "{\"ResultCode\":7010\r\n", []cut{{7010, true}}},
		{"end of the string holding the body", `{"msg":"x","resp":"{\"ErrorCode\":1001"}` + "\n", []cut{{1001, true}}},
		{"quoted body cut at the line end", `resp="{\"ErrorCode\":7000` + "\nErrorCode=10010\n", []cut{{7000, true}, {10010, false}}},
		{"whole body in a string", `{"resp":"{\"ErrorCode\":10010}"}`, []cut{{10010, false}}},
		{"cut code as a string is not read", `{"ErrorCode":"7000`, nil},
		{"bare code member cut", `{"code":7000`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, n := range []int{1, 3, 1 << 20} {
				r := &record{}
				scanReads(t, []byte(tt.input), n, r, Options{Details: true})
				var got []cut
				for _, f := range r.all {
					got = append(got, cut{int(f.Code), f.Cut})
					if f.Cut {
						assert.False(t, f.Known, "cut %d reported as known", f.Code)
					}
				}
				assert.Equal(t, tt.want, got, "read %d bytes at a time", n)
			}
		})
	}
}

// TestReadBoundaries checks that no boundary between two reads changes
// what is found: a code, a key or an escape cut in two is read whole.
func TestReadBoundaries(t *testing.T) {
	input := []byte(`x {"ErrorCode":70001,"ErrorInfo":"a\u00e9b"} ErrorCode=70003 ErrorInfo="q" ` +
		`resp="{\"ErrorCode\":10010,\"ErrorInfo\":\"n\"}" 错误码：90001 code=70107` + "\n" +
		`{"ResultItem":[{"To_Account":"u","ResultCode":70107,"ResultInfo":"gone"}]}` + "\n")
	want := scanBytes(t, input)
	require.Len(t, want, 6)
	for n := 1; n <= len(input); n++ {
		r := &record{}
		scanReads(t, input, n, r, Options{Details: true})
		require.Equal(t, want, r.all, "read %d bytes at a time", n)
	}

	t.Run("a line longer than any bound", func(t *testing.T) {
		line := slices.Concat(bytes.Repeat([]byte("word "), 2<<20), []byte("ErrorCode=10010 ErrorInfo=end"),
			bytes.Repeat([]byte(" more"), 1<<20), []byte(` {"ErrorCode":70001}`))
		r := &record{}
		scanReads(t, line, 1<<16, r, Options{Details: true})
		assert.Equal(t, []found{{10010, "end", ""}, {70001, "", ""}}, founds(r.all))
	})
}

// TestMemberKind checks every key the scanner knows, in any letter case,
// that each is filed under its length, and that keys one byte off, or
// one byte longer or shorter, are other keys.
func TestMemberKind(t *testing.T) {
	known := map[string]memberKey{
		"errorcode": keyErrorCode, "error_code": keyErrorCode, "errcode": keyErrorCode, "err_code": keyErrorCode, "error code": keyErrorCode,
		"errorinfo": keyErrorInfo, "error_info": keyErrorInfo, "errinfo": keyErrorInfo, "errmsg": keyErrorInfo, "error_msg": keyErrorInfo,
		"resultcode": keyResultCode, "result_code": keyResultCode, "resultinfo": keyResultInfo, "result_info": keyResultInfo,
		"code": keyCode, "detail": keyDetail, "message": keyMessage, "msg": keyMessage, "desc": keyMessage,
		"to_account": keyID, "from_account": keyID, "member_account": keyID, "account": keyID,
		"userid": keyID, "user_id": keyID, "groupid": keyID, "group_id": keyID, "id": keyGroupID,
		"category": keyCategory, "retry": keyRetry, "errors": keyErrors, "level": keyLevel,
		"failaccounts": keyFailList, "fail_account": keyFailList,
	}
	n := 0
	for size, words := range memberKeys {
		for _, m := range words {
			assert.Len(t, m.word, size, m.word)
			n++
		}
	}
	assert.Equal(t, len(known), n, "every key once")
	for word, want := range known {
		for _, k := range []string{word, strings.ToUpper(word), strings.ToUpper(word[:1]) + word[1:]} {
			assert.Equal(t, want, memberKind([]byte(k)), k)
		}
		for i := range len(word) {
			for _, c := range []byte{word[i] ^ 0x01, word[i] ^ 0x40, '_'} {
				k := []byte(word)
				k[i] = c
				if _, ok := known[strings.ToLower(string(k))]; !ok {
					assert.Equal(t, keyOther, memberKind(k), "%q", k)
				}
			}
		}
		assert.Equal(t, keyOther, memberKind([]byte(word + "s")[1:len(word)]), word)
		if _, ok := known[word+"s"]; !ok {
			assert.Equal(t, keyOther, memberKind([]byte(word+"s")), word)
		}
	}
	assert.Equal(t, keyOther, memberKind(nil))
	assert.Equal(t, keyOther, memberKind([]byte("member_accounts_too_long")))
}
