package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

// explainBytes scans data whole and returns what it found.
func explainBytes(data []byte, summary bool) *explainer {
	x := newExplainer(summary)
	x.root.scanAll(data)
	return x
}

// explainReads scans data as read n bytes at a time.
func explainReads(data []byte, n int, summary bool) *explainer {
	x := newExplainer(summary)
	if err := x.root.readFrom(&smallReader{data, n}); err != nil {
		panic(err)
	}
	return x
}

// smallReader gives at most n bytes a read.
type smallReader struct {
	data []byte
	n    int
}

func (r *smallReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	k := copy(p[:min(len(p), r.n)], r.data)
	r.data = r.data[k:]
	return k, nil
}

// found is a finding as the tests write it.
type found struct {
	code   int
	detail string
	id     string
	count  int
}

// findings returns what x found, as the tests write it.
func findings(x *explainer) []found {
	var got []found
	for _, f := range x.findings {
		got = append(got, found{int(f.Code), f.Detail, f.ID, f.Count})
	}
	return got
}

// TestStdin runs the command on response bodies and logs and checks what
// -json says it found.
func TestStdin(t *testing.T) {
	var slogJSON, slogText bytes.Buffer
	groupErr := fmt.Errorf("get group: %w", &errcode.Error{Code: errcode.GroupNotFound, Detail: "group gone"})
	sigErr := &errcode.Error{Code: errcode.AccountUserSigExpired, Detail: "sig expired"}
	slog.New(slog.NewJSONHandler(&slogJSON, nil)).Error("get group", "err", groupErr, "err2", sigErr)
	slog.New(slog.NewTextHandler(&slogText, nil)).Error("send", "err", sigErr, "unknown", &errcode.Error{Code: 12345, Detail: "odd"})

	tests := []struct {
		name  string
		input string
		want  []found
		code  int
	}{
		{
			name:  "back to back",
			input: `{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no group"}{"ActionStatus":"FAIL","ErrorCode":90001,"ErrorInfo":"bad json"}`,
			want:  []found{{10010, "no group", "", 1}, {90001, "bad json", "", 1}},
		},
		{
			name: "one per line",
			input: `{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no group"}
{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}
{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no group"}
{"ActionStatus":"FAIL","ErrorInfo":"bad json","ErrorCode":"90001"}
`,
			want: []found{{10010, "no group", "", 2}, {90001, "bad json", "", 1}},
		},
		{
			name:  "array",
			input: `[{"ErrorCode":10010,"ErrorInfo":"a"}, {"ErrorCode":0}, {"errorcode":70001,"errorinfo":"b"}]`,
			want:  []found{{10010, "a", "", 1}, {70001, "b", "", 1}},
		},
		{
			name:  "per-item results name their IDs",
			input: `{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"To_Account":"a","ResultCode":70107,"ResultInfo":"not found"},{"To_Account":"b","ResultCode":0,"ResultInfo":""},{"ResultCode":70107,"ResultInfo":"not found","UserID":"UserID_2"}]}`,
			want:  []found{{70107, "not found", "a", 1}, {70107, "not found", "UserID_2", 1}},
		},
		{
			name: "error lists and info items",
			input: `{"ActionStatus":"OK","ErrorCode":0,"ErrorList":[{"To_Account":"u1","ErrorCode":70107}]}
{"ActionStatus":"OK","ErrorCode":0,"InfoItem":[{"To_Account":"u2","ResultCode":30006,"ResultInfo":"err"},{"Member_Account":"m","ResultCode":10007},{"From_Account":"f","ResultCode":30002},{"GroupId":"@TGS#1","ResultCode":10010},{"Account":"acc","ResultCode":70107}]}`,
			want: []found{{70107, "", "u1", 1}, {30006, "err", "u2", 1}, {10007, "", "m", 1}, {30002, "", "f", 1}, {10010, "", "@TGS#1", 1}, {70107, "", "acc", 1}},
			code: 0, // every code is listed
		},
		{
			name: "response before its items",
			input: `{
  "ActionStatus": "FAIL",
  "ErrorCode": 10004,
  "ErrorInfo": "bad member list",
  "MemberList": [{"Member_Account": "x", "Result": {"ResultCode": 70107, "ResultInfo": "x is gone"}}]
}`,
			want: []found{{10004, "bad member list", "", 1}, {70107, "x is gone", "", 1}},
		},
		{
			name:  "every member, duplicates included",
			input: `{"ErrorCode":70001,"ErrorInfo":"a","ErrorCode":70003}` + "\n" + `{"ErrorCode":70001,"ErrorCode":70001}`,
			want:  []found{{70001, "a", "", 1}, {70003, "a", "", 1}, {70001, "", "", 2}},
		},
		{
			name: "log text",
			input: `2024-05-01T10:00:00Z ERROR send failed resp={"ActionStatus":"FAIL","ErrorCode":70107,"ErrorInfo":"account not found"} took=3ms
time=2024-05-01T10:00:01Z level=ERROR msg="im call" ErrorCode=10004 ErrorInfo="bad param: GroupId"
W0501 im.go:12] code: 6014, ErrorInfo: sdk not logged in, retry later
[INFO] ResultCode=70999 ResultInfo=weird
errcode: 10010 GroupNotFound: 群组不存在
IM 返回错误码：90001
http status=200 statuscode=404 unicode=5 code=1.5 code=99999999999 ErrorCode=0
`,
			want: []found{
				{70107, "account not found", "", 1},
				{10004, "bad param: GroupId", "", 1},
				{6014, "sdk not logged in", "", 1},
				{70999, "weird", "", 1},
				{10010, "", "", 1},
				{90001, "", "", 1},
			},
			code: 1, // 70999 is not listed
		},
		{
			name:  "json log line with a body in a string",
			input: `{"log":"resp={\"ErrorCode\":80001,\"ErrorInfo\":\"dirty words\"}\n","stream":"stderr"}`,
			want:  []found{{80001, "dirty words", "", 1}},
		},
		{
			name:  "body escaped in a logfmt value",
			input: `time=2024-05-01T10:00:01Z level=ERROR msg="im call" resp="{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10010,\"ErrorInfo\":\"no such group\",\"ResultItem\":[{\"To_Account\":\"u\",\"ResultCode\":70107}]}" took=3ms`,
			want:  []found{{10010, "no such group", "", 1}, {70107, "", "u", 1}},
		},
		{
			name:  "body escaped without its quotes",
			input: `resp: {\"ErrorCode\":10010,\"ErrorInfo\":\"no such group\"}`,
			want:  []found{{10010, "no such group", "", 1}},
		},
		{
			name:  "the library's slog JSON output",
			input: slogJSON.String(),
			want:  []found{{10010, "group gone", "", 1}, {70001, "sig expired", "", 1}},
		},
		{
			name:  "the library's slog text output",
			input: slogText.String(),
			want:  []found{{70001, "sig expired", "", 1}, {12345, "odd", "", 1}},
			code:  1,
		},
		{
			name:  "a bare code counts only when known",
			input: "request took 120ms code=200\nretry code: 404 later\nlogin failed code=70001 detail=\"expired\"\ncode: 38500\n",
			want:  []found{{70001, "expired", "", 1}, {38500, "", "", 1}},
			code:  1, // 38500 is in a range, not listed
		},
		{
			name:  "a JSON code member counts only when known",
			input: `{"code":200,"message":"ok"}{"code":70001,"message":"UserSig expired"}{"code":0}`,
			want:  []found{{70001, "UserSig expired", "", 1}},
		},
		{
			name:  "cut off body",
			input: `{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"gone","ResultItem":[{"ResultCode":70107,"ResultInfo":"x"},{"Resu`,
			want:  []found{{10010, "gone", "", 1}, {70107, "x", "", 1}},
		},
		{
			name:  "bidirectional and line separators",
			input: "{\"ErrorCode\":10010,\"ErrorInfo\":\"a\u061cb\u2028c\u2029d\u202ee\u2066f\"}",
			want:  []found{{10010, "ab c def", "", 1}},
		},
		{
			name:  "unknown code",
			input: `{"ErrorCode":12345,"ErrorInfo":"what"}`,
			want:  []found{{12345, "what", "", 1}},
			code:  1,
		},
		{name: "empty", input: "", code: 1},
		{name: "only successes", input: `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}` + "\n" + "code=0", code: 1},
		{name: "plain words", input: "nothing to see here\n", code: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := inProcess(strings.NewReader(tt.input), "-json")
			assert.Equal(t, tt.code, r.code, "stderr: %s", r.stderr)
			var got []found
			for _, j := range decodeJSON(t, r.stdout) {
				got = append(got, found{j.Code, j.Detail, j.ID, max(j.Count, 1)})
				_, known := errcode.Lookup(errcode.Code(j.Code))
				assert.Equal(t, known, j.Known)
				assert.Equal(t, errcode.Code(j.Code).Name(), j.Name)
			}
			assert.Equal(t, tt.want, got)
			if len(tt.want) == 0 {
				assert.Contains(t, r.stderr, "errcode: no error code found")
			}

			// Read in small pieces, the same.
			for _, n := range []int{1, 3, 64} {
				assert.Equal(t, tt.want, findings(explainReads([]byte(tt.input), n, false)), "read %d bytes at a time", n)
			}

			// The same without -json.
			human := inProcess(strings.NewReader(tt.input), "-")
			assert.Equal(t, tt.code, human.code)
			for _, f := range tt.want {
				assert.Contains(t, human.stdout, strconv.Itoa(f.code)+"  ")
				if f.detail != "" {
					assert.Regexp(t, `(?m)^  server: +`+regexp.QuoteMeta(f.detail)+`$`, human.stdout)
				}
				if f.id != "" {
					assert.Regexp(t, `(?m)^  id: +`+regexp.QuoteMeta(f.id)+`$`, human.stdout)
				}
			}
		})
	}
}

// TestStdinHuman checks the layout of an explanation.
func TestStdinHuman(t *testing.T) {
	in := `{"ErrorCode":70107,"ErrorInfo":"not found"}` + "\n" + `{"ErrorCode":70107,"ErrorInfo":"not found"}` + "\n" +
		`{"ResultItem":[{"To_Account":"UserID_2","ResultCode":70107,"ResultInfo":"not found"}]}`
	r := command(t, strings.NewReader(in))
	assert.Equal(t, 0, r.code)
	info, _ := errcode.Lookup(errcode.AccountNotFound)
	block := "70107  AccountNotFound  account  retry: never\n" +
		"%s" +
		"  server:  not found\n" +
		"%s" +
		"  zh:      " + info.Description + "\n" +
		"  en:      " + info.English + "\n" +
		"  sdk:     " + info.SDKName + "\n" +
		"  sources: " + info.Sources.String() + "\n"
	assert.Equal(t,
		fmt.Sprintf(block, "", "  seen:    2 times\n")+"\n"+fmt.Sprintf(block, "  id:      UserID_2\n", ""),
		r.stdout)
}

func TestStdinGarbage(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	junk := make([]byte, 1<<20)
	for i := range junk {
		junk[i] = byte(rng.Uint32())
	}
	tests := map[string][]byte{
		"random bytes":   junk,
		"deep arrays":    bytes.Repeat([]byte("["), 1<<20),
		"deep objects":   bytes.Repeat([]byte(`{"a":`), 1<<18),
		"open strings":   bytes.Repeat([]byte(`{"ErrorInfo":"`), 1<<16),
		"nul bytes":      make([]byte, 1<<16),
		"invalid utf-8":  bytes.Repeat([]byte{0xff, 0xfe, 0xe9}, 1<<16),
		"brackets alone": bytes.Repeat([]byte("{}[]"), 1<<16),
	}
	for name, input := range tests {
		t.Run(name, func(t *testing.T) {
			r := inProcess(bytes.NewReader(input))
			assert.Equal(t, 1, r.code)
			assert.Empty(t, r.stdout)
			assert.Equal(t, "errcode: no error code found in the input\n", r.stderr)
		})
	}

	t.Run("binary around a body", func(t *testing.T) {
		input := slices.Concat(junk[:1000], []byte(`{"ErrorCode":10010,"ErrorInfo":"\u0007bell\u001b[31m"}`), junk[1000:2000])
		r := inProcess(bytes.NewReader(input), "-json")
		i := slices.IndexFunc(decodeJSON(t, r.stdout), func(j jsonResult) bool { return j.Code == 10010 })
		require.GreaterOrEqual(t, i, 0, r.stdout)
		assert.Equal(t, "bell [31m", decodeJSON(t, r.stdout)[i].Detail, "control characters are spaces")
	})
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

func TestExplain(t *testing.T) {
	type f = found
	tests := []struct {
		name  string
		input string
		want  []f
	}{
		{"info before code", `{"ErrorInfo":"x","ErrorCode":10010}`, []f{{10010, "x", "", 1}}},
		{"code as string", `{"ErrorCode":"-7"}`, []f{{-7, "", "", 1}}},
		{"escaped code string", `{"ErrorCode":"\u0037"}`, nil},
		{"code out of range", `{"ErrorCode":2147483648}`, nil},
		{"code with exponent", `{"ErrorCode":1e4}`, nil},
		{"code with leading zero", `{"ErrorCode":010}`, nil},
		{"code as object", `{"ErrorCode":{"ErrorCode":5}}`, []f{{5, "", "", 1}}},
		{"escaped key", `{"Error\u0043ode":6}`, []f{{6, "", "", 1}}},
		{"escaped info", `{"ErrorCode":6,"ErrorInfo":"a\"b\\c\u00e9\ud83d\ude00"}`, []f{{6, `a"b\cé😀`, "", 1}}},
		{"result and error", `{"ResultCode":1,"ResultInfo":"r","ErrorCode":2,"ErrorInfo":"e"}`, []f{{2, "e", "", 1}, {1, "r", "", 1}}},
		{"id as number", `{"UserID":42,"ResultCode":70107}`, []f{{70107, "", "42", 1}}},
		{"deeper than the cap", strings.Repeat("[", 100) + `{"ErrorCode":10010,"ErrorInfo":"deep"}` + strings.Repeat("]", 100), []f{{10010, "deep", "", 1}}},
		{"too deep to close", strings.Repeat(`{"a":`, 100) + `{"ErrorCode":10010}`, []f{{10010, "", "", 1}}},
		{"pretty printed", "{\n  \"ErrorCode\" : 10010 ,\n\t\"ErrorInfo\" :\r\n \"x\"\n}", []f{{10010, "x", "", 1}}},
		{"broken json read as text", `{"ErrorCode":10010 oops ErrorInfo=late ErrorCode=70001}`, []f{{10010, "", "", 1}, {70001, "late", "", 1}}},
		{"logfmt", `ErrorCode=10010 ErrorInfo=short rest`, []f{{10010, "short", "", 1}}},
		{"info before code in text", `ErrorInfo: "quoted, with comma" ErrorCode: 10010`, []f{{10010, "quoted, with comma", "", 1}}},
		{"nearest info after", `ErrorInfo=first ErrorCode=1 ErrorInfo=second ErrorCode=2`, []f{{1, "second", "", 1}, {2, "second", "", 1}}},
		{"info ends at the next key", `ErrorCode=1 errmsg="a errmsg="b`, []f{{1, `a`, "", 1}}},
		{"result info", `result_code=3 result_info='single'`, []f{{3, "single", "", 1}}},
		{"error code words", "Error Code: 42\nerror code 43\nerrcode 44\nERR_CODE=45\nerror_code=46", []f{{42, "", "", 1}, {43, "", "", 1}, {44, "", "", 1}, {45, "", "", 1}, {46, "", "", 1}}},
		{"bare code", "exit code 1, code 2", nil},
		{"other kinds of code", "status code: 70001, HTTP code=70001, exit-code: 70001, response code 70001, code: 70001", []f{{70001, "", "", 1}}},
		{"signed", "code=+70001 code=-4 ErrorCode=-4", []f{{70001, "", "", 1}, {-4, "", "", 1}}},
		{"not a word start", "Xcode=10010 error_code_x=2 code=10010x code=0 statuscode=10010", nil},
		{"chinese", "错误码 10010，错误码：70001", []f{{10010, "", "", 1}, {70001, "", "", 1}}},
		{"fullwidth colon", "ErrorCode：10010 ErrorInfo：x", []f{{10010, "x", "", 1}}},
		{"detail on another line", "ErrorCode=1\nErrorInfo=other", []f{{1, "", "", 1}}},
		{"detail too far", "ErrorCode=1 " + strings.Repeat(" ", detailWindow) + "ErrorInfo=far", []f{{1, "", "", 1}}},
		{"detail cleaned", "ErrorCode=1 ErrorInfo=\"a\\tb\u202ec\"", []f{{1, "a bc", "", 1}}},
		{"escaped quotes in text", `\"ErrorCode\":10010,\"ErrorInfo\":\"x y\"`, []f{{10010, "x y", "", 1}}},
		{"decoded three times", nested(3), []f{{10010, "", "", 1}}},
		{"four times is too many", nested(4), nil},
		{"many codes per object", `{"ErrorCode":1,"ErrorCode":2,"ErrorCode":3,"ErrorCode":4,"ErrorCode":5,"ErrorCode":6,"ErrorInfo":"x"}`,
			[]f{{1, "", "", 1}, {2, "", "", 1}, {3, "x", "", 1}, {4, "x", "", 1}, {5, "x", "", 1}, {6, "x", "", 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := explainBytes([]byte(tt.input), false)
			assert.Equal(t, tt.want, findings(x))
			assert.Zero(t, x.dropped)
		})
	}

	t.Run("long detail", func(t *testing.T) {
		x := explainBytes([]byte(`{"ErrorCode":1,"ErrorInfo":"`+strings.Repeat("长", 1000)+`"}`), false)
		require.Len(t, x.findings, 1)
		d := x.findings[0].Detail
		assert.LessOrEqual(t, len(d), maxDetail+len("…"))
		assert.True(t, strings.HasSuffix(d, "长…"))
		assert.True(t, utf8.ValidString(d))
	})

	t.Run("too many findings", func(t *testing.T) {
		var b strings.Builder
		for i := range maxFindings + 5 {
			fmt.Fprintf(&b, "ErrorCode=%d\n", i+1)
		}
		x := explainBytes([]byte(b.String()), false)
		assert.Len(t, x.findings, maxFindings)
		assert.Equal(t, 5, x.dropped)
		r := inProcess(strings.NewReader(b.String()))
		assert.Equal(t, 1, r.code)
		assert.Contains(t, r.stderr, "5 more not shown")
	})
}

// TestReadBoundaries checks that no boundary between two reads changes
// what is found: a code, a key or an escape cut in two is read whole.
func TestReadBoundaries(t *testing.T) {
	input := []byte(`x {"ErrorCode":70001,"ErrorInfo":"a\u00e9b"} ErrorCode=70003 ErrorInfo="q" ` +
		`resp="{\"ErrorCode\":10010,\"ErrorInfo\":\"n\"}" 错误码：90001 code=70107` + "\n" +
		`{"ResultItem":[{"To_Account":"u","ResultCode":70107,"ResultInfo":"gone"}]}` + "\n")
	want := findings(explainBytes(input, false))
	require.Len(t, want, 6)
	for n := 1; n <= len(input); n++ {
		require.Equal(t, want, findings(explainReads(input, n, false)), "read %d bytes at a time", n)
	}

	t.Run("at the old 8 MiB limit", func(t *testing.T) {
		body := []byte(`{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"expired"}`)
		at := bytes.Index(body, []byte("70001")) + 4 // the cut falls before the last digit
		pad := (8 << 20) - at
		input := append(bytes.Repeat([]byte{'.'}, pad), body...)
		require.Equal(t, "7000", string(input[8<<20-4:8<<20]))
		r := inProcess(bytes.NewReader(input), "-json")
		require.Equal(t, 0, r.code, r.stderr)
		got := decodeJSON(t, r.stdout)
		require.Len(t, got, 1)
		assert.Equal(t, 70001, got[0].Code, "read whole, never 7000")
		assert.Equal(t, "expired", got[0].Detail)
		assert.Empty(t, r.stderr, "no warning about the input's size")
	})

	t.Run("a line longer than any bound", func(t *testing.T) {
		line := slices.Concat(bytes.Repeat([]byte("word "), 2<<20), []byte("ErrorCode=10010 ErrorInfo=end"),
			bytes.Repeat([]byte(" more"), 1<<20), []byte(` {"ErrorCode":70001}`))
		assert.Equal(t, []found{{10010, "end", "", 1}, {70001, "", "", 1}}, findings(explainReads(line, 1<<16, false)))
	})
}

// hostile makes inputs of about n bytes crafted to make a naive scanner
// slow or greedy.
var hostile = map[string]func(n int) []byte{
	// The input of the issue that took 724 s: a large ErrorInfo, then
	// ErrorCode members repeated to the end of the object.
	"big info, repeated codes": func(n int) []byte {
		b := []byte(`{"ErrorInfo":"` + strings.Repeat("z", n/2) + `"`)
		for len(b) < n {
			b = append(b, `,"ErrorCode":70001`...)
		}
		return append(b, '}')
	},
	"repeated codes, big info last": func(n int) []byte {
		b := []byte(`{"ErrorCode":70001`)
		for len(b) < n/2 {
			b = append(b, `,"ErrorCode":70001`...)
		}
		return append(b, `,"ErrorInfo":"`+strings.Repeat("z", n/2)+`"}`...)
	},
	"deep":          func(n int) []byte { return bytes.Repeat([]byte("["), n) },
	"deep objects":  func(n int) []byte { return bytes.Repeat([]byte(`{"a":`), n/5) },
	"open values":   func(n int) []byte { return bytes.Repeat([]byte(`[",[",`), n/6) },
	"broken bodies": func(n int) []byte { return bytes.Repeat([]byte(`{"ErrorCode":70001,"ErrorInfo":"x"`), n/34) },
	"codes":         func(n int) []byte { return bytes.Repeat([]byte("code=10010 "), n/11) },
	"codes and details": func(n int) []byte {
		return bytes.Repeat([]byte(`ErrorCode=7 ErrorInfo="`+strings.Repeat("z", 500)+`" `), n/530)
	},
	"open detail quotes": func(n int) []byte { return bytes.Repeat([]byte(`ErrorCode=7 errmsg="`), n/20) },
	"detail keys alone":  func(n int) []byte { return bytes.Repeat([]byte(`errmsg=`), n/7) },
	"details before":     func(n int) []byte { return bytes.Repeat([]byte(`ErrorInfo=x `), n/12) },
	"od":                 func(n int) []byte { return bytes.Repeat([]byte("od"), n/2) },
	"code words":         func(n int) []byte { return bytes.Repeat([]byte("errcode "), n/8) },
	"错误码":                func(n int) []byte { return bytes.Repeat([]byte("错误码"), n/9) },
	"escaped bodies":     func(n int) []byte { return bytes.Repeat([]byte(`"{\"`), n/4) },
	"nested strings": func(n int) []byte {
		return bytes.Repeat([]byte(`{"a":"{\"b\":\"{\\\"c\\\":\\\"x code=10010`), n/40)
	},
	"long number": func(n int) []byte { return append([]byte(`{"ErrorCode":`), bytes.Repeat([]byte("1"), n)...) },
}

// TestLinearWork proves that the scanner's work is linear in its input on
// every hostile input, and small per byte: it counts the bytes the scanner
// steps over, searches and copies (not time) on inputs that double in
// size, in both modes.
func TestLinearWork(t *testing.T) {
	base := 512 << 10
	if raceEnabled {
		base = 64 << 10 // the counts are the same; the race detector is slow
	}
	for name, make := range hostile {
		for _, summary := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s summary=%v", name, summary), func(t *testing.T) {
				var prev float64
				for _, n := range []int{base, 2 * base, 4 * base} {
					input := make(n)
					x := explainReads(input, readSize, summary)
					perByte := float64(x.work) / float64(len(input))
					assert.LessOrEqual(t, perByte, 12.0, "work per byte at %d bytes", len(input))
					if prev > 0 {
						assert.InDelta(t, prev, perByte, 0.1*prev+0.05, "work per byte grows with the input (%d bytes)", len(input))
					}
					prev = perByte
				}
			})
		}
	}

	t.Run("the issue's input under 8 MiB", func(t *testing.T) {
		input := hostile["big info, repeated codes"](8<<20 - 64)
		require.Less(t, len(input), 8<<20)
		x := explainReads(input, readSize, false)
		require.Len(t, x.findings, 1)
		f := x.findings[0]
		assert.Equal(t, errcode.Code(70001), f.Code)
		assert.Equal(t, strings.Count(string(input), `"ErrorCode"`), f.Count, "every member counted")
		assert.True(t, strings.HasSuffix(f.Detail, "z…"))
		assert.LessOrEqual(t, float64(x.work)/float64(len(input)), 3.0)
	})
}

// BenchmarkHostile measures the scanner on each hostile input; its time
// per byte should stay flat as the input grows.
func BenchmarkHostile(b *testing.B) {
	for name, make := range hostile {
		input := make(4 << 20)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			for b.Loop() {
				explainReads(input, readSize, false)
			}
		})
	}
}

// where is a code's count and first and last line in a generated log.
type where struct {
	count       int64
	first, last int64
	firstFile   int
	lastFile    int
}

// genLog makes a log of about the given number of lines in many of the
// forms the scanner reads, with lines that hold no code between them, and
// returns it with where each code is. Every code is listed, so a correct
// -summary exits 0.
func genLog(seed uint64, lines int, file int, want map[errcode.Code]*where) []byte {
	rng := rand.New(rand.NewPCG(seed, 3))
	all := listed(func(errcode.Info) bool { return true })
	var b bytes.Buffer
	line := int64(1)
	note := func(c errcode.Code, at int64) {
		w := want[c]
		if w == nil {
			w = &where{first: at, firstFile: file}
			want[c] = w
		}
		w.count++
		w.last, w.lastFile = at, file
	}
	pick := func() errcode.Code {
		// a few common codes and a long tail
		if rng.IntN(2) == 0 {
			return all[rng.IntN(5)]
		}
		return all[rng.IntN(len(all))]
	}
	for line <= int64(lines) {
		c, d := pick(), pick()
		switch rng.IntN(12) {
		case 0:
			fmt.Fprintf(&b, `{"ActionStatus":"FAIL","ErrorCode":%d,"ErrorInfo":"info %d"}`+"\n", c, rng.IntN(3))
			note(c, line)
		case 1:
			fmt.Fprintf(&b, "2024-05-01 ERROR call failed ErrorCode=%d ErrorInfo=\"x y\" took=3ms\n", c)
			note(c, line)
		case 2:
			fmt.Fprintf(&b, `{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"To_Account":"u%d","ResultCode":%d},{"To_Account":"v","ResultCode":0},{"To_Account":"w","ResultCode":%d,"ResultInfo":"r"}]}`+"\n", rng.IntN(9), c, d)
			note(c, line)
			note(d, line)
		case 3:
			fmt.Fprintf(&b, `level=ERROR msg="im" resp="{\"ErrorCode\":%d,\"ErrorInfo\":\"e\"}" took=1ms`+"\n", c)
			note(c, line)
		case 4:
			fmt.Fprintf(&b, `{"time":"t","level":"ERROR","msg":"m","err":{"code":%d,"name":"%s","category":"%s","retry":"%s","detail":"d"}}`+"\n", c, c.Name(), c.Category(), c.Retry())
			note(c, line)
		case 5:
			fmt.Fprintf(&b, "{\n  \"ActionStatus\": \"FAIL\",\n  \"ErrorCode\": %d,\n  \"ErrorInfo\": \"pretty\"\n}\n", c)
			note(c, line+2)
			line += 4
		case 6:
			fmt.Fprintf(&b, "调用失败，错误码：%d\n", c)
			note(c, line)
		case 7:
			fmt.Fprintf(&b, "time=t level=ERROR msg=send err.code=%d err.name=%s err.detail=\"x\"\n", c, c.Name())
			note(c, line)
		case 8:
			fmt.Fprintf(&b, `{"log":"resp={\"ErrorCode\":%d}\n","stream":"stderr"}`+"\n", c)
			note(c, line)
		default:
			b.WriteString([]string{
				"2024-05-01 INFO request took 120ms code=200 status code: 404 mode=async node=3\n",
				`{"level":"info","msg":"ok","code":0,"took":"12ms"}` + "\n",
				"[INFO] [req 8f3a] nothing to see, unicode=5 Xcode=70001 errcode\n",
				"\n",
			}[rng.IntN(4)])
		}
		line++
	}
	return b.Bytes()
}

// TestSummary checks that -summary counts every code exactly, with its
// first and last line, on generated logs whose counts are known.
func TestSummary(t *testing.T) {
	want := map[errcode.Code]*where{}
	log := genLog(1, 20000, 0, want)

	check := func(t *testing.T, got []map[string]any, want map[errcode.Code]*where, files []string) {
		t.Helper()
		require.Len(t, got, len(want))
		var prev int64 = 1 << 62
		for _, row := range got {
			c := errcode.Code(row["code"].(float64))
			w := want[c]
			require.NotNil(t, w, "code %d was not written", c)
			count := int64(row["count"].(float64))
			assert.Equal(t, w.count, count, "count of %d", c)
			assert.Equal(t, w.first, int64(row["first_line"].(float64)), "first line of %d", c)
			assert.Equal(t, w.last, int64(row["last_line"].(float64)), "last line of %d", c)
			assert.Equal(t, c.Name(), row["name"])
			assert.Equal(t, c.Category().String(), row["category"])
			assert.Equal(t, c.Retry().String(), row["retry"])
			assert.Equal(t, true, row["known"])
			if files != nil {
				assert.Equal(t, files[w.firstFile], row["first_file"])
				assert.Equal(t, files[w.lastFile], row["last_file"])
			} else {
				assert.NotContains(t, row, "first_file")
			}
			assert.LessOrEqual(t, count, prev, "most frequent first")
			prev = count
		}
	}
	decode := func(t *testing.T, out string) []map[string]any {
		var got []map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &got), out)
		return got
	}

	t.Run("standard input", func(t *testing.T) {
		r := inProcess(bytes.NewReader(log), "-summary", "-json")
		require.Equal(t, 0, r.code, r.stderr)
		check(t, decode(t, r.stdout), want, nil)
	})

	t.Run("read in small pieces", func(t *testing.T) {
		x := explainReads(log, 7, true)
		var total int64
		for _, r := range x.rows {
			w := want[r.Code]
			require.NotNil(t, w)
			assert.Equal(t, summaryRow{Code: r.Code, Count: w.count, FirstLine: w.first, LastLine: w.last}, r)
			total += r.Count
		}
		assert.Len(t, x.rows, len(want))
	})

	t.Run("files, one gzipped", func(t *testing.T) {
		want2 := map[errcode.Code]*where{}
		for c, w := range want {
			cp := *w
			want2[c] = &cp
		}
		log2 := genLog(2, 5000, 1, want2)
		dir := t.TempDir()
		a, b := filepath.Join(dir, "a.log"), filepath.Join(dir, "b.log.gz")
		require.NoError(t, os.WriteFile(a, log, 0o600))
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		_, err := zw.Write(log2)
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		require.NoError(t, os.WriteFile(b, z.Bytes(), 0o600))

		r := inProcess(nil, "-summary", "-json", "-f", a, "-f", b)
		require.Equal(t, 0, r.code, r.stderr)
		check(t, decode(t, r.stdout), want2, []string{a, b})

		human := inProcess(nil, "-summary", "-f", a, "-f", b)
		require.Equal(t, 0, human.code)
		lines := strings.Split(strings.TrimSuffix(human.stdout, "\n"), "\n")
		assert.Equal(t, []string{"COUNT", "CODE", "NAME", "CATEGORY", "RETRY", "FIRST", "LAST"}, strings.Fields(lines[0]))
		assert.Len(t, lines, len(want2)+1)
		assert.Contains(t, lines[1], a+":")
		assert.True(t, strings.HasSuffix(lines[1], strings.Repeat("█", barWidth)), "the commonest code has the longest bar: %q", lines[1])

		// Standard input and a file.
		r = inProcess(bytes.NewReader(log), "-summary", "-json", "-f", b, "-")
		require.Equal(t, 0, r.code, r.stderr)
		check(t, decode(t, r.stdout), want2, []string{"-", b})

		// A file that is not gzip.
		require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.gz"), []byte("plain text, not gzip at all"), 0o600))
		r = inProcess(nil, "-summary", "-f", filepath.Join(dir, "bad.gz"), "-f", a)
		assert.Equal(t, 1, r.code)
		assert.Contains(t, r.stderr, "bad.gz: gzip: invalid header")
		assert.NotEmpty(t, r.stdout, "the other file is still counted")
	})

	t.Run("summary and explanation agree", func(t *testing.T) {
		x := explainBytes(log, false)
		per := map[errcode.Code]int64{}
		for _, f := range x.findings {
			per[f.Code] += int64(f.Count)
		}
		for c, w := range want {
			assert.Equal(t, w.count, per[c], "code %d", c)
		}
		assert.Len(t, per, len(want))
	})
}

func TestBar(t *testing.T) {
	for _, tt := range []struct {
		count, most int64
		want        string
	}{
		{10, 10, strings.Repeat("█", barWidth)},
		{5, 10, strings.Repeat("█", barWidth/2)},
		{1, 1 << 40, "▏"},
		{1, 240, "▏"},
		{3, 240, "▍"},
		{0, 10, ""},
	} {
		assert.Equal(t, tt.want, bar(tt.count, tt.most), "%d of %d", tt.count, tt.most)
	}
}

// logReader generates a log of size bytes on the fly, without holding it
// in memory and without allocating.
type logReader struct {
	left int64
	buf  []byte
	line []byte // the rest of the current line, in buf
	n    int64
}

func (r *logReader) Read(p []byte) (int, error) {
	if r.left <= 0 {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && r.left > 0 {
		if len(r.line) == 0 {
			r.n++
			b := r.buf[:0]
			switch r.n % 4 {
			case 0:
				b = append(b, `{"ActionStatus":"FAIL","ErrorCode":`...)
				b = strconv.AppendInt(b, 70001+r.n%7, 10)
				b = append(b, `,"ErrorInfo":"info"}`...)
			case 1:
				b = append(b, "2024-05-01 ERROR ErrorCode=10010 ErrorInfo=\"x\" user=u"...)
				b = strconv.AppendInt(b, r.n, 10)
			default:
				b = append(b, "2024-05-01 INFO request "...)
				b = strconv.AppendInt(b, r.n, 10)
				b = append(b, " done mode=async status=200 node="...)
				b = strconv.AppendInt(b, r.n%9, 10)
			}
			r.buf = append(b, '\n')
			r.line = r.buf
		}
		m := copy(p[k:], r.line[:min(int64(len(r.line)), r.left)])
		r.line = r.line[m:]
		k += m
		r.left -= int64(m)
	}
	return k, nil
}

// TestMemoryBounded checks that the memory a run allocates does not grow
// with its input: it counts the bytes allocated (not the time) for inputs
// eight times apart in size. The 1 GiB run that measures resident memory
// is in bench/run.sh.
func TestMemoryBounded(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes this slow and allocates on its own")
	}
	allocated := func(size int64, args ...string) uint64 {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		r := inProcess(&logReader{left: size}, args...)
		runtime.ReadMemStats(&after)
		require.Equal(t, 0, r.code, r.stderr)
		return after.TotalAlloc - before.TotalAlloc
	}
	for _, args := range [][]string{{"-summary"}, {"-json"}} {
		small := allocated(8<<20, args...)
		large := allocated(64<<20, args...)
		t.Logf("%v: %d bytes allocated for 8 MiB, %d for 64 MiB", args, small, large)
		assert.Less(t, large, uint64(4<<20), "%v allocates %d bytes for 64 MiB", args, large)
		assert.Less(t, large, small+small/2+256<<10, "%v allocates more for more input", args)
	}
}

// TestProgress checks the progress line shown for a large file when
// standard error is a terminal.
func TestProgress(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.log")
	require.NoError(t, os.WriteFile(path, genLog(3, 20000, 0, map[errcode.Code]*where{}), 0o600))
	var stdout, stderr bytes.Buffer
	code := run([]string{"-summary", "-f", path}, streams{stdout: &stdout, stderr: &stderr, progress: true, progressMin: 1 << 10})
	require.Equal(t, 0, code, stderr.String())
	assert.Contains(t, stderr.String(), "\rerrcode: reading "+path+":")
	assert.True(t, strings.HasSuffix(stderr.String(), "\r\x1b[K"), "the line is cleared at the end: %q", stderr.String())

	stderr.Reset()
	run([]string{"-summary", "-f", path}, streams{stdout: &stdout, stderr: &stderr, progress: false, progressMin: 1 << 10})
	assert.Empty(t, stderr.String(), "no progress unless standard error is a terminal")
	run([]string{"-summary", "-f", path}, streams{stdout: &stdout, stderr: &stderr, progress: true, progressMin: 1 << 30})
	assert.Empty(t, stderr.String(), "no progress for a small file")
}

func FuzzExplain(f *testing.F) {
	for _, s := range []string{
		`{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no group"}`,
		`{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"To_Account":"a","ResultCode":70107,"ResultInfo":"not found"}]}`,
		`[{"ErrorCode":"90001"},{"errorcode":-1}]{"ErrorCode":1e3}`,
		`{"log":"resp={\"ErrorCode\":80001,\"ErrorInfo\":\"x\"}\n"}`,
		`resp="{\"ErrorCode\":10010,\"ErrorInfo\":\"n\"}" err.code=70001 err.detail="x"`,
		"2024-05-01 ERROR ErrorCode=70107 ErrorInfo=\"not found\" took=3ms\n",
		"W0501 code: 6014, ErrorInfo: sdk not logged in\nerrcode: 10010 GroupNotFound: 群组不存在\n",
		"错误码：70001 result_code=3 result_info='x'",
		`{"ErrorCode":10010,"ErrorInfo":"cut`,
		strings.Repeat("[", 200),
		strings.Repeat(`{"a":`, 80) + "1",
		"\x00\xff\xfe{\"\\u",
		"code=2147483648 code=-2147483648 code=",
	} {
		f.Add([]byte(s), uint8(3))
	}
	f.Fuzz(func(t *testing.T, data []byte, n uint8) {
		x := explainBytes(data, false)
		total := 0
		for _, fd := range x.findings {
			if fd.Code == 0 {
				t.Fatalf("finding with code 0: %+v", fd)
			}
			if fd.Count < 1 {
				t.Fatalf("finding counted %d times: %+v", fd.Count, fd)
			}
			if len(fd.Detail) > maxDetail+len("…") || !utf8.ValidString(fd.Detail) || len(fd.ID) > maxID+len("…") || !utf8.ValidString(fd.ID) {
				t.Fatalf("bad detail %q or ID %q", fd.Detail, fd.ID)
			}
			total += fd.Count
		}
		if len(x.findings) > maxFindings || total > len(data) {
			t.Fatalf("%d findings, %d in all, from %d bytes", len(x.findings), total, len(data))
		}
		if x.work > 16*int64(len(data))+1024 {
			t.Fatalf("work %d for %d bytes", x.work, len(data))
		}

		// Read in pieces, the same.
		if got := explainReads(data, int(n)+1, false); !slices.Equal(got.findings, x.findings) {
			t.Fatalf("read %d bytes at a time: %v, whole: %v", int(n)+1, got.findings, x.findings)
		}

		// The summary counts what the explanation found.
		per := map[errcode.Code]int64{}
		for _, fd := range x.findings {
			per[fd.Code] += int64(fd.Count)
		}
		s := explainBytes(data, true)
		if len(s.rows) != len(per) {
			t.Fatalf("summary has %d codes, explanation %d", len(s.rows), len(per))
		}
		for _, r := range s.rows {
			if per[r.Code] != r.Count || r.FirstLine < 1 || r.LastLine < r.FirstLine {
				t.Fatalf("summary row %+v, explanation counted %d", r, per[r.Code])
			}
		}

		var out bytes.Buffer
		entries := make([]entry, len(x.findings))
		for i, fd := range x.findings {
			entries[i] = newEntry(fd.Code)
			entries[i].detail, entries[i].id = fd.Detail, fd.ID
		}
		if err := writeJSON(&out, entries, langBoth); err != nil || !json.Valid(out.Bytes()) {
			t.Fatalf("invalid JSON (%v): %s", err, out.Bytes())
		}
	})
}
