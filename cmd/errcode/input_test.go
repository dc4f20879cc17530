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
	"unicode/utf16"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/cmd/errcode/internal/chunk"
	"github.com/errcode-im/errcode/cmd/errcode/internal/race"
	"github.com/errcode-im/errcode/cmd/errcode/internal/scan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// explainBytes scans data whole and returns what it found.
func explainBytes(data []byte, summary bool) (*collector, *scan.Scanner) {
	c := newCollector(summary)
	sc := scan.New(c, c.options())
	sc.ScanBytes(data)
	return c, sc
}

// explainReads scans data as read n bytes at a time.
func explainReads(data []byte, n int, summary bool) *collector {
	c := newCollector(summary)
	if err := scan.New(c, c.options()).Scan(chunk.Reader(data, n)); err != nil {
		panic(err)
	}
	return c
}

// found is a finding as the tests write it.
type found struct {
	code   int
	detail string
	id     string
	count  int
}

// findings returns what c found, as the tests write it.
func findings(c *collector) []found {
	var got []found
	for _, f := range c.findings {
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
			code: 0, // 70999 is not listed, but a failure all the same
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
		},
		{
			name:  "a bare code counts only when listed",
			input: "request took 120ms code=200\nretry code: 404 later\nlogin failed code=70001 detail=\"expired\"\ncode: 38500\n",
			want:  []found{{70001, "expired", "", 1}}, // 38500 lies in a range, but no source lists it
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
			code:  0, // a failure, though no source lists the code
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

// TestCutOutput checks how a number cut short is shown: in -json with
// "cut": true and "known": false, in text with a mark, in -summary as a row
// of its own, and that a cut number alone never gives exit status 0.
func TestCutOutput(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		code     int
		cutCount int
	}{
		{"last line still being written", "{\"ErrorCode\":70001}\n{\"ErrorCode\":7000", 7000, 1},
		{"line cut in a body", "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":1001\n{\"ErrorCode\":70001}\n", 1001, 1},
		{"string cut in a log line", `{"level":"error","resp":"{\"ErrorCode\":7010"}` + "\n" + `{"ErrorCode":70001}` + "\n", 7010, 1},
		{"text at the end", "{\"ErrorCode\":70001}\nerrcode 7000", 7000, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := inProcess(strings.NewReader(tt.input), "-json")
			assert.Equal(t, exitOK, r.code, "the whole 70001 is a failure found")
			var cuts, whole int
			for _, j := range decodeJSON(t, r.stdout) {
				if j.Cut {
					cuts++
					assert.Equal(t, tt.code, j.Code)
					assert.False(t, j.Known)
					assert.Empty(t, j.Name)
					assert.Empty(t, j.English)
					assert.Contains(t, j.Note, "cut short")
				} else {
					whole++
					assert.Equal(t, 70001, j.Code)
					assert.True(t, j.Known)
				}
			}
			assert.Equal(t, tt.cutCount, cuts)
			assert.Equal(t, 1, whole)
			assert.Contains(t, r.stdout, `"cut": true`)

			human := inProcess(strings.NewReader(tt.input), "-")
			assert.Equal(t, exitOK, human.code)
			assert.Regexp(t, `(?m)^`+strconv.Itoa(tt.code)+`…\s+CUT SHORT`, human.stdout)
			assert.NotContains(t, human.stdout, errcode.Code(tt.code).Name()+" ", "the shorter code's name is not shown")

			sum := inProcess(strings.NewReader(tt.input), "-summary", "-json")
			assert.Equal(t, exitOK, sum.code)
			var rows []struct {
				Code  int  `json:"code"`
				Known bool `json:"known"`
				Cut   bool `json:"cut"`
			}
			require.NoError(t, json.Unmarshal([]byte(sum.stdout), &rows))
			assert.ElementsMatch(t, []struct {
				Code  int  `json:"code"`
				Known bool `json:"known"`
				Cut   bool `json:"cut"`
			}{{70001, true, false}, {tt.code, false, true}}, rows)
		})
	}

	t.Run("a cut number alone is no failure found", func(t *testing.T) {
		for _, in := range []string{"{\"ErrorCode\":7000", "ok\nerrcode 7000", `{"resp":"{\"ErrorCode\":7010"}`} {
			for _, args := range [][]string{{"-json"}, {"-"}, {"-summary"}, {"-summary", "-json"}} {
				r := inProcess(strings.NewReader(in), args...)
				assert.Equal(t, exitMissing, r.code, "%q %v", in, args)
				assert.Contains(t, r.stdout, "7", "the cut number is still shown: %q %v", in, args)
			}
		}
	})

	t.Run("the same digits whole and cut are two findings", func(t *testing.T) {
		c, _ := explainBytes([]byte("ErrorCode=7000\nErrorCode=7000"), false)
		require.Len(t, c.findings, 2)
		assert.Equal(t, []bool{false, true}, []bool{c.findings[0].Cut, c.findings[1].Cut})
		assert.Equal(t, []bool{true, false}, []bool{c.findings[0].Known, c.findings[1].Known})
	})
}

// utf16Bytes encodes s as UTF-16 with a byte-order mark.
func utf16Bytes(s string, big bool) []byte {
	out := []byte{0xff, 0xfe}
	if big {
		out = []byte{0xfe, 0xff}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// gzipBytes compresses b.
func gzipBytes(t *testing.T, b []byte) []byte {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return z.Bytes()
}

// TestDecode checks what the input is read as: UTF-16 with a byte-order
// mark, gzip told by its magic bytes, and text with ANSI colour codes
// removed, however the reads cut it.
func TestDecode(t *testing.T) {
	body := `{"ErrorCode":70001,"ErrorInfo":"签名过期 😀"}` + "\n"
	coloured := "\x1b[31mErrorCode\x1b[0m=\x1b[1;33m10010\x1b[m ErrorInfo=gone\n"
	tests := []struct {
		name  string
		input []byte
		text  string // what decode gives
	}{
		{"plain", []byte(body), body},
		{"utf-16 little-endian", utf16Bytes(body, false), body},
		{"utf-16 big-endian", utf16Bytes(body, true), body},
		{"utf-8 byte-order mark", append([]byte{0xef, 0xbb, 0xbf}, body...), body},
		{"gzip", gzipBytes(t, []byte(body)), body},
		{"gzipped utf-16", gzipBytes(t, utf16Bytes(body, false)), body},
		{"ansi colours", []byte(coloured), "ErrorCode=10010 ErrorInfo=gone\n"},
		{"gzipped colours", gzipBytes(t, []byte(coloured)), "ErrorCode=10010 ErrorInfo=gone\n"},
		{"other escapes kept", []byte("a\x1b[2Kb\x1b]0;t\x07c\x1b"), "a\x1b[2Kb\x1b]0;t\x07c\x1b"},
		{"too long to be a colour", []byte("\x1b[" + strings.Repeat("1;", 40) + "m"), "\x1b[" + strings.Repeat("1;", 40) + "m"},
		{"unpaired surrogate", append(utf16Bytes("a", false), 0x00, 0xd8, 'b', 0, 'c'), "a\ufffdb\ufffd"},
		{"one byte", []byte{0x1f}, "\x1f"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, n := range []int{1, 2, 3, 7, 1 << 20} {
				r, err := decode(chunk.Reader(tt.input, n))
				require.NoError(t, err)
				got, err := io.ReadAll(r)
				require.NoError(t, err)
				assert.Equal(t, tt.text, string(got), "read %d bytes at a time", n)
			}
		})
	}

	t.Run("the command reads them", func(t *testing.T) {
		for _, in := range [][]byte{utf16Bytes(body, false), utf16Bytes(body, true), gzipBytes(t, []byte(body))} {
			r := inProcess(bytes.NewReader(in), "-json")
			require.Equal(t, 0, r.code, r.stderr)
			got := decodeJSON(t, r.stdout)
			require.Len(t, got, 1)
			assert.Equal(t, 70001, got[0].Code)
			assert.Equal(t, "签名过期 😀", got[0].Detail)
		}
		r := inProcess(strings.NewReader(coloured), "-json")
		require.Equal(t, 0, r.code, r.stderr)
		got := decodeJSON(t, r.stdout)
		require.Len(t, got, 1)
		assert.Equal(t, 10010, got[0].Code)
		assert.Equal(t, "gone", got[0].Detail)
	})

	t.Run("a gzip file by any name", func(t *testing.T) {
		name := filepath.Join(t.TempDir(), "app.LOG.GZ")
		require.NoError(t, os.WriteFile(name, gzipBytes(t, utf16Bytes(body, false)), 0o600))
		r := inProcess(nil, "-json", "-f", name)
		require.Equal(t, 0, r.code, r.stderr)
		assert.Equal(t, 70001, decodeJSON(t, r.stdout)[0].Code)
	})

	t.Run("a truncated gzip", func(t *testing.T) {
		z := gzipBytes(t, []byte(strings.Repeat("ErrorCode=70001\n", 100)))
		r := inProcess(bytes.NewReader(z[:len(z)-10]), "-json")
		assert.Equal(t, 1, r.code)
		assert.Contains(t, r.stderr, "unexpected EOF")
	})
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

// TestReadBoundaryWarning checks that a code cut by the boundary of an
// old size limit is read whole, and that nothing warns about the size.
func TestReadBoundaryWarning(t *testing.T) {
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
	if race.Enabled {
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
