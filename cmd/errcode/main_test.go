package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/width"

	"github.com/errcode-im/errcode"
)

// binDir holds the command built for the end-to-end tests; TestMain removes
// it.
var binDir string

// TestMain makes the directory the command is built into, once, by the
// first test that runs it (so that fuzz workers and runs of the unit tests
// alone build nothing), and removes it afterwards.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "errcode-cmd-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// build builds the command with the go tool from PATH, once.
var build = sync.OnceValues(func() (string, error) {
	bin := filepath.Join(binDir, "errcode")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// result is what a run of the command did.
type result struct {
	stdout, stderr string
	code           int
}

// command runs the built command with args, stdin as its standard input
// (nil gives it the null device, which is a character device as a terminal
// is), and returns what it did.
func command(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	bin, err := build()
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		require.NoError(t, err)
	}
	require.NoError(t, ctx.Err(), "the command did not finish in time")
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// inProcess runs run with args and stdin and returns what it did.
func inProcess(stdin io.Reader, args ...string) result {
	var stdout, stderr bytes.Buffer
	code := run(args, stdin, &stdout, &stderr)
	return result{stdout.String(), stderr.String(), code}
}

// jsonResult is one element of -json's output.
type jsonResult struct {
	Code     int    `json:"code"`
	Name     string `json:"name"`
	Category string `json:"category"`
	Retry    string `json:"retry"`
	Chinese  string `json:"zh"`
	English  string `json:"en"`
	Known    bool   `json:"known"`
	Wait     string `json:"wait"`
	Detail   string `json:"detail"`
	Count    int    `json:"count"`
}

// decodeJSON decodes -json's output, which must be one JSON array.
func decodeJSON(t *testing.T, out string) []jsonResult {
	t.Helper()
	var got []jsonResult
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&got), "output: %s", out)
	require.False(t, dec.More(), "more than one JSON value: %s", out)
	require.NotNil(t, got, "JSON null instead of an array: %s", out)
	return got
}

// termWidth is the display width of s on a terminal, measured here apart
// from the command's own displayWidth.
func termWidth(s string) int {
	n := 0
	for _, r := range s {
		if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// hasHan reports whether s holds a Han character.
func hasHan(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}

// documented returns every code the document lists, as All gives them,
// keeping those keep accepts.
func documented(keep func(errcode.Info) bool) []errcode.Code {
	var codes []errcode.Code
	for c := range errcode.All() {
		if info, _ := errcode.Lookup(c); keep(info) {
			codes = append(codes, c)
		}
	}
	return codes
}

// tableCodes returns the codes in the first column of a -list or -search
// table, under its header.
func tableCodes(t *testing.T, out string) []errcode.Code {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.NotEmpty(t, lines)
	require.True(t, strings.HasPrefix(lines[0], "CODE "), "header: %q", lines[0])
	var codes []errcode.Code
	for _, l := range lines[1:] {
		n, err := strconv.Atoi(strings.Fields(l)[0])
		require.NoError(t, err, "line %q", l)
		codes = append(codes, errcode.Code(n))
	}
	return codes
}

func TestLookup(t *testing.T) {
	info, ok := errcode.Lookup(errcode.GroupNotFound)
	require.True(t, ok)
	other := errcode.Code(70999)
	_, listed := errcode.Lookup(other)
	require.False(t, listed, "70999 must be unlisted for this test")

	tests := []struct {
		name     string
		args     []string
		code     int
		contains []string
		absent   []string
	}{
		{
			name: "known",
			args: []string{"10010"},
			code: 0,
			contains: []string{
				"10010  GroupNotFound  group  retry: never\n",
				"  zh: " + info.Description + "\n",
				"  en: " + info.English + "\n",
			},
		},
		{
			name: "unknown",
			args: []string{"12345"},
			code: 1,
			contains: []string{
				"12345  Code(12345)  unknown  retry: never\n",
				"not listed in the Tencent Cloud IM error-code document",
			},
			absent: []string{"zh:", "en:"},
		},
		{
			name: "account system range",
			args: []string{"70999"},
			code: 1,
			contains: []string{
				"70999  Code(70999)  account  retry: transient\n",
				"其他错误",
				"zh:   " + other.Description(errcode.AcceptLanguage("zh")) + "\n",
				"en:   " + other.Description(errcode.AcceptLanguage("en")) + "\n",
			},
		},
		{
			name:     "known and unknown",
			args:     []string{"10010", "12345"},
			code:     1,
			contains: []string{"GroupNotFound", "Code(12345)"},
		},
		{
			name:     "several in one argument",
			args:     []string{"10010,70001 90001"},
			code:     0,
			contains: []string{"GroupNotFound", "AccountUserSigExpired", "MsgJSONParseFailed"},
		},
		{
			name:     "chinese only",
			args:     []string{"-lang", "zh", "10010"},
			code:     0,
			contains: []string{"  zh: " + info.Description + "\n"},
			absent:   []string{"en:", info.English},
		},
		{
			name:     "english only",
			args:     []string{"-lang=en", "10010"},
			code:     0,
			contains: []string{"  en: " + info.English + "\n"},
			absent:   []string{"zh:"},
		},
		{
			name:     "flags after codes",
			args:     []string{"10010", "-lang", "en"},
			code:     0,
			contains: []string{"  en: " + info.English + "\n"},
			absent:   []string{"zh:"},
		},
		{
			name:     "negative code",
			args:     []string{"-1"},
			code:     1,
			contains: []string{"-1  Code(-1)  unknown"},
		},
		{
			name:     "negative code after a flag",
			args:     []string{"-lang", "en", "-1"},
			code:     1,
			contains: []string{"Code(-1)"},
		},
		{
			name:     "negative code after --",
			args:     []string{"--", "-5"},
			code:     1,
			contains: []string{"Code(-5)"},
		},
		{
			name:     "smallest int32",
			args:     []string{"-2147483648"},
			code:     1,
			contains: []string{"Code(-2147483648)"},
		},
		{
			name:     "zero",
			args:     []string{"0"},
			code:     1,
			contains: []string{"0 means success"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := command(t, nil, tt.args...)
			assert.Equal(t, tt.code, r.code, "stderr: %s", r.stderr)
			assert.Empty(t, r.stderr)
			for _, s := range tt.contains {
				assert.Contains(t, r.stdout, s)
			}
			for _, s := range tt.absent {
				assert.NotContains(t, r.stdout, s)
			}
		})
	}
}

// TestEnglishHasNoHan checks that -lang en prints no Chinese in any mode.
func TestEnglishHasNoHan(t *testing.T) {
	body := `{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no such group"} code=70999 code=12345`
	for _, args := range [][]string{
		{"-lang", "en", "10010", "70999", "12345", "0", "6001", "115257"},
		{"-lang", "en", "-json", "10010", "70999", "12345"},
		{"-lang", "en", "-list"},
		{"-lang", "en", "-list", "-json"},
		{"-lang", "en", "-search", "group"},
		{"-lang", "en", "-"},
		{"-lang", "en", "-json", "-"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := command(t, strings.NewReader(body), args...)
			assert.NotEmpty(t, r.stdout)
			assert.False(t, hasHan(r.stdout), "Han in stdout:\n%s", r.stdout)
			assert.False(t, hasHan(r.stderr), "Han in stderr:\n%s", r.stderr)
		})
	}
}

func TestJSON(t *testing.T) {
	r := command(t, nil, "-json", "10010", "70999", "12345")
	assert.Equal(t, 1, r.code)
	assert.Empty(t, r.stderr)

	var raw []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &raw))
	require.Len(t, raw, 3)
	for _, m := range raw {
		for _, k := range []string{"code", "name", "category", "retry", "zh", "en", "known"} {
			assert.Contains(t, m, k)
		}
		assert.NotContains(t, m, "detail", "no detail outside stdin mode")
		assert.IsType(t, float64(0), m["code"])
		assert.IsType(t, true, m["known"])
	}

	got := decodeJSON(t, r.stdout)
	info, _ := errcode.Lookup(errcode.GroupNotFound)
	assert.Equal(t, jsonResult{
		Code: 10010, Name: "GroupNotFound", Category: "group", Retry: "never",
		Chinese: info.Description, English: info.English, Known: true,
	}, got[0])
	assert.Equal(t, jsonResult{
		Code: 70999, Name: "Code(70999)", Category: "account", Retry: "transient",
		Chinese: errcode.Code(70999).Description(errcode.AcceptLanguage("zh")),
		English: errcode.Code(70999).Description(errcode.AcceptLanguage("en")),
	}, got[1])
	assert.Equal(t, 12345, got[2].Code)
	assert.Equal(t, "unknown", got[2].Category)
	assert.False(t, got[2].Known)

	t.Run("lang", func(t *testing.T) {
		var en []map[string]any
		require.NoError(t, json.Unmarshal([]byte(command(t, nil, "-json", "-lang", "en", "10010").stdout), &en))
		assert.Equal(t, info.English, en[0]["en"])
		assert.NotContains(t, en[0], "zh")
		var zh []map[string]any
		require.NoError(t, json.Unmarshal([]byte(command(t, nil, "-json", "-lang", "zh", "10010").stdout), &zh))
		assert.Equal(t, info.Description, zh[0]["zh"])
		assert.NotContains(t, zh[0], "en")
	})
}

// TestWait checks that the wait the document names is printed.
func TestWait(t *testing.T) {
	r := command(t, nil, "70050")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "wait: 1m0s before retrying, as the document asks")
	got := decodeJSON(t, command(t, nil, "-json", "70050", "10010").stdout)
	require.Len(t, got, 2)
	assert.Equal(t, "1m0s", got[0].Wait)
	assert.Empty(t, got[1].Wait)
}

func TestList(t *testing.T) {
	all := documented(func(errcode.Info) bool { return true })
	require.NotEmpty(t, all)

	r := command(t, nil, "-list")
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stderr)
	got := tableCodes(t, r.stdout)
	assert.Equal(t, all, got)
	assert.True(t, slices.IsSorted(got))
	assert.Equal(t, errcode.AccessClientFreqLimit, got[0])
	assert.Equal(t, errcode.OfficialAccountSDKVersionTooLow, got[len(got)-1])

	js := decodeJSON(t, command(t, nil, "-list", "-json").stdout)
	require.Len(t, js, len(all))
	for i, j := range js {
		assert.Equal(t, int(all[i]), j.Code)
		assert.True(t, j.Known)
	}

	for c := range errcode.Categories() {
		t.Run(c.String(), func(t *testing.T) {
			r := command(t, nil, "-list", "-category", c.String())
			assert.Equal(t, 0, r.code)
			want := documented(func(in errcode.Info) bool { return in.Category == c })
			assert.Equal(t, want, tableCodes(t, r.stdout))
		})
	}
}

func TestSearch(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		query string
		cat   errcode.Category
		code  int
	}{
		{name: "english", args: []string{"-search", "GROUP DOES NOT EXIST"}, query: "group does not exist"},
		{name: "name", args: []string{"-search", "groupnotfound"}, query: "groupnotfound"},
		{name: "chinese", args: []string{"-search", "群组不存在"}, query: "群组不存在"},
		{name: "category", args: []string{"-search", "sig", "-category", "account"}, query: "sig", cat: errcode.CategoryAccount},
		{name: "no match", args: []string{"-search", "no such text anywhere"}, query: "no such text anywhere", code: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := documented(func(in errcode.Info) bool {
				return (tt.cat == errcode.CategoryUnknown || in.Category == tt.cat) &&
					(strings.Contains(strings.ToLower(in.Name), tt.query) ||
						strings.Contains(strings.ToLower(in.Description), tt.query) ||
						strings.Contains(strings.ToLower(in.English), tt.query))
			})
			r := command(t, nil, tt.args...)
			assert.Equal(t, tt.code, r.code)
			if tt.code != 0 {
				assert.Empty(t, r.stdout)
				assert.True(t, strings.HasPrefix(r.stderr, "errcode: no code matches"), r.stderr)
				js := command(t, nil, append(tt.args, "-json")...)
				assert.Equal(t, 1, js.code)
				assert.Equal(t, "[]\n", js.stdout)
				return
			}
			require.NotEmpty(t, want)
			assert.Equal(t, want, tableCodes(t, r.stdout))
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"not a number", []string{"abc"}, `"abc" is not an error code`},
		{"fraction", []string{"1.5"}, `"1.5" is not an error code`},
		{"too big", []string{"2147483648"}, `"2147483648" is not an error code`},
		{"too small", []string{"-2147483649"}, `"-2147483649" is not an error code`},
		{"empty argument", []string{""}, `"" is not an error code`},
		{"unknown flag", []string{"-x"}, "flag provided but not defined: -x"},
		{"unknown flag after code", []string{"10010", "-x"}, "flag provided but not defined: -x"},
		{"bad language", []string{"-lang", "fr", "10010"}, `invalid value "fr" for flag -lang`},
		{"missing flag value", []string{"-search"}, "flag needs an argument: -search"},
		{"empty search", []string{"-search", " "}, "want some text"},
		{"unknown category", []string{"-list", "-category", "nope"}, "group"},
		{"list and search", []string{"-list", "-search", "x"}, "cannot be used together"},
		{"list and codes", []string{"-list", "10010"}, "-list takes no arguments"},
		{"search and codes", []string{"-search", "x", "10010"}, "-search takes no arguments"},
		{"category alone", []string{"-category", "group"}, "-category needs -list or -search"},
		{"stdin and codes", []string{"-", "10010"}, "must be the only argument"},
		{"no input", nil, "no error code given"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := command(t, nil, tt.args...)
			assert.Equal(t, 2, r.code)
			assert.Empty(t, r.stdout)
			assert.True(t, strings.HasPrefix(r.stderr, "errcode: "), r.stderr)
			assert.Contains(t, r.stderr, tt.want)
			assert.Contains(t, r.stderr, "usage: errcode")
		})
	}

	t.Run("help", func(t *testing.T) {
		for _, h := range []string{"-h", "-help", "--help"} {
			r := command(t, nil, h)
			assert.Equal(t, 0, r.code)
			assert.Contains(t, r.stdout, "usage: errcode")
			assert.Contains(t, r.stdout, "-category NAME")
			assert.Empty(t, r.stderr)
		}
	})
}

// TestStdin runs the command on response bodies and logs and checks what
// -json says it found.
func TestStdin(t *testing.T) {
	type found struct {
		code   int
		detail string
		count  int
	}
	tests := []struct {
		name  string
		input string
		want  []found
		code  int
	}{
		{
			name:  "back to back",
			input: `{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no group"}{"ActionStatus":"FAIL","ErrorCode":90001,"ErrorInfo":"bad json"}`,
			want:  []found{{10010, "no group", 1}, {90001, "bad json", 1}},
		},
		{
			name: "one per line",
			input: `{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no group"}
{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}
{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no group"}
{"ActionStatus":"FAIL","ErrorInfo":"bad json","ErrorCode":"90001"}
`,
			want: []found{{10010, "no group", 2}, {90001, "bad json", 1}},
		},
		{
			name:  "array",
			input: `[{"ErrorCode":10010,"ErrorInfo":"a"}, {"ErrorCode":0}, {"errorcode":70001,"errorinfo":"b"}]`,
			want:  []found{{10010, "a", 1}, {70001, "b", 1}},
		},
		{
			name:  "nested result items",
			input: `{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"To_Account":"a","ResultCode":70107,"ResultInfo":"not found"},{"To_Account":"b","ResultCode":0,"ResultInfo":""}]}`,
			want:  []found{{70107, "not found", 1}},
		},
		{
			name: "response before its items",
			input: `{
  "ActionStatus": "FAIL",
  "ErrorCode": 10004,
  "ErrorInfo": "bad member list",
  "MemberList": [{"Member_Account": "x", "Result": {"ResultCode": 70107, "ResultInfo": "x is gone"}}]
}`,
			want: []found{{10004, "bad member list", 1}, {70107, "x is gone", 1}},
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
				{70107, "account not found", 1},
				{10004, "bad param: GroupId", 1},
				{6014, "sdk not logged in", 1},
				{70999, "weird", 1},
				{10010, "", 1},
				{90001, "", 1},
			},
			code: 1, // 70999 is not listed
		},
		{
			name:  "json log line with a body in a string",
			input: `{"log":"resp={\"ErrorCode\":80001,\"ErrorInfo\":\"dirty words\"}\n","stream":"stderr"}`,
			want:  []found{{80001, "dirty words", 1}},
		},
		{
			name:  "cut off body",
			input: `{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"gone","ResultItem":[{"ResultCode":70107,"ResultInfo":"x"},{"Resu`,
			want:  []found{{10010, "gone", 1}, {70107, "x", 1}},
		},
		{
			name:  "unknown code",
			input: `{"ErrorCode":12345,"ErrorInfo":"what"}`,
			want:  []found{{12345, "what", 1}},
			code:  1,
		},
		{name: "empty", input: "", code: 1},
		{name: "only successes", input: `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}` + "\n" + "code=0", code: 1},
		{name: "plain words", input: "nothing to see here\n", code: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := command(t, strings.NewReader(tt.input), "-json")
			assert.Equal(t, tt.code, r.code, "stderr: %s", r.stderr)
			var got []found
			for _, j := range decodeJSON(t, r.stdout) {
				got = append(got, found{j.Code, j.Detail, max(j.Count, 1)})
				info, known := errcode.Lookup(errcode.Code(j.Code))
				assert.Equal(t, known, j.Known)
				assert.Equal(t, errcode.Code(j.Code).Name(), j.Name)
				if known {
					assert.Equal(t, info.Description, j.Chinese)
				}
			}
			assert.Equal(t, tt.want, got)
			if len(tt.want) == 0 {
				assert.Contains(t, r.stderr, "errcode: no error code found")
			}

			// The same without -json, with "-" and in process.
			human := command(t, strings.NewReader(tt.input), "-")
			assert.Equal(t, tt.code, human.code)
			for _, f := range tt.want {
				assert.Contains(t, human.stdout, strconv.Itoa(f.code)+"  ")
				if f.detail != "" {
					assert.Contains(t, human.stdout, "detail: "+f.detail+"\n")
				}
			}
			assert.Equal(t, human, inProcess(strings.NewReader(tt.input)))
		})
	}
}

// TestStdinHuman checks the layout of an explanation.
func TestStdinHuman(t *testing.T) {
	in := `{"ErrorCode":70107,"ErrorInfo":"not found"}` + "\n" + `{"ErrorCode":70107,"ErrorInfo":"not found"}`
	r := command(t, strings.NewReader(in))
	assert.Equal(t, 0, r.code)
	info, _ := errcode.Lookup(errcode.AccountNotFound)
	assert.Equal(t, "70107  AccountNotFound  account  retry: never\n"+
		"  detail: not found\n"+
		"  seen:   2 times\n"+
		"  zh:     "+info.Description+"\n"+
		"  en:     "+info.English+"\n", r.stdout)
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
			r := command(t, bytes.NewReader(input))
			assert.Equal(t, 1, r.code)
			assert.Empty(t, r.stdout)
			assert.Equal(t, "errcode: no error code found in the input\n", r.stderr)
		})
	}

	t.Run("binary around a body", func(t *testing.T) {
		input := slices.Concat(junk[:1000], []byte(`{"ErrorCode":10010,"ErrorInfo":"\u0007bell\u001b[31m"}`), junk[1000:2000])
		r := command(t, bytes.NewReader(input), "-json")
		got := decodeJSON(t, r.stdout)
		require.NotEmpty(t, got)
		assert.Equal(t, 10010, got[0].Code)
		assert.Equal(t, "bell [31m", got[0].Detail, "control characters are spaces")
	})
}

func TestStdinLarge(t *testing.T) {
	var b bytes.Buffer
	all := documented(func(errcode.Info) bool { return true })
	for i := 0; b.Len() < 4<<20; i++ {
		c := all[i%len(all)]
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, `{"ActionStatus":"FAIL","ErrorCode":%d,"ErrorInfo":"body %d"}`+"\n", c, i%7)
		case 1:
			fmt.Fprintf(&b, "2024-05-01 ERROR request %d failed: ErrorCode=%d ErrorInfo=log%d\n", i, c, i%5)
		default:
			fmt.Fprintf(&b, `{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"ResultCode":%d,"ResultInfo":"item"}]}`+"\n", c)
		}
	}

	r := command(t, bytes.NewReader(b.Bytes()), "-json")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Empty(t, r.stderr)
	got := decodeJSON(t, r.stdout)
	codes := map[int]bool{}
	total := 0
	for _, j := range got {
		codes[j.Code] = true
		total += j.Count
	}
	assert.Len(t, codes, len(all), "every code is found")
	assert.Equal(t, strings.Count(b.String(), "\n"), total, "one finding a line")

	t.Run("cut", func(t *testing.T) {
		big := bytes.Repeat(b.Bytes(), 3)
		require.Greater(t, len(big), maxInput)
		r := command(t, bytes.NewReader(big))
		// The cut may fall inside a number, which makes an unknown code.
		assert.Contains(t, []int{0, 1}, r.code)
		assert.Contains(t, r.stderr, "errcode: input is longer than 8 MiB")
		assert.Contains(t, r.stdout, "GroupNotFound")
	})
}

// TestAlignment checks that columns line up by display width, Chinese
// characters counting two, in tables and in the headings of lookups.
func TestAlignment(t *testing.T) {
	// columnStarts returns the display width of line before each of cells,
	// found in order.
	columnStarts := func(t *testing.T, line string, cells ...string) []int {
		var starts []int
		at := 0
		for _, c := range cells {
			i := strings.Index(line[at:], c)
			require.GreaterOrEqual(t, i, 0, "%q not in %q", c, line[at:])
			starts = append(starts, termWidth(line[:at+i]))
			at += i + len(c)
		}
		return starts
	}
	for _, args := range [][]string{
		{"-list"},
		{"-list", "-lang", "zh"},
		{"-list", "-lang", "en"},
		{"-search", "群"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := command(t, nil, args...)
			require.Equal(t, 0, r.code)
			lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
			english := slices.Contains(args, "en")
			var want []int
			for i, l := range lines {
				assert.Equal(t, strings.TrimRight(l, " "), l, "trailing blanks")
				var cells []string
				if i == 0 {
					cells = strings.Fields(l)
				} else {
					n, err := strconv.Atoi(strings.Fields(l)[0])
					require.NoError(t, err)
					c := errcode.Code(n)
					info, _ := errcode.Lookup(c)
					cells = []string{strconv.Itoa(n), info.Name, info.Category.String(), info.Retry.String()}
					if english {
						cells = append(cells, info.English)
					} else {
						cells = append(cells, info.Category.Title(), info.Description)
					}
					assert.True(t, strings.HasSuffix(l, cells[len(cells)-1]), "description last and whole: %q", l)
				}
				got := columnStarts(t, l, cells...)
				if i == 0 {
					want = got
					continue
				}
				require.Equal(t, want, got, "line %q", l)
			}
		})
	}

	t.Run("lookup headings", func(t *testing.T) {
		r := command(t, nil, "6001", "10010", "70999", "115257")
		var want []int
		for _, l := range strings.Split(r.stdout, "\n") {
			if l == "" || strings.HasPrefix(l, " ") {
				continue
			}
			f := strings.Fields(l)
			got := columnStarts(t, l, f...)
			if want == nil {
				want = got
			}
			assert.Equal(t, want, got, "line %q", l)
		}
	})
}

func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{
		"":              0,
		"abc":           3,
		"群组":            4,
		"SDK错误码":        9,
		"，":             2,
		"Ａ":             2,
		"…":             1,
		"REST API公共错误码": 18,
	} {
		assert.Equal(t, want, displayWidth(s), "%q", s)
		assert.Equal(t, want+3, displayWidth(pad(s, want+3)), "%q", s)
	}
}

// TestRunInProcess covers what needs a stdin that is not a pipe.
func TestRunInProcess(t *testing.T) {
	devNull, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer devNull.Close()
	r := inProcess(devNull)
	assert.Equal(t, 2, r.code, "the null device is a character device, as a terminal is")
	assert.Contains(t, r.stderr, "errcode: no error code given")

	r = inProcess(strings.NewReader(""), "-json")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "[]\n", r.stdout)

	r = inProcess(errReader{}, "-")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "errcode: reading standard input: broken")
}

// errReader fails every read.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("broken") }

func TestExplain(t *testing.T) {
	type f = finding
	tests := []struct {
		name  string
		input string
		want  []f
	}{
		{"info before code", `{"ErrorInfo":"x","ErrorCode":10010}`, []f{{10010, "x", 1}}},
		{"code as string", `{"ErrorCode":"-7"}`, []f{{-7, "", 1}}},
		{"code out of range", `{"ErrorCode":2147483648}`, nil},
		{"code with exponent", `{"ErrorCode":1e4}`, nil},
		{"code as object", `{"ErrorCode":{"ErrorCode":5}}`, []f{{5, "", 1}}},
		{"escaped key", `{"Error\u0043ode":6}`, []f{{6, "", 1}}},
		{"escaped info", `{"ErrorCode":6,"ErrorInfo":"a\"b\\c\u00e9"}`, []f{{6, `a"b\cé`, 1}}},
		{"result and error", `{"ResultCode":1,"ResultInfo":"r","ErrorCode":2,"ErrorInfo":"e"}`, []f{{2, "e", 1}, {1, "r", 1}}},
		{"deeper than the cap", strings.Repeat("[", 100) + `{"ErrorCode":10010,"ErrorInfo":"deep"}` + strings.Repeat("]", 100), []f{{10010, "deep", 1}}},
		{"too deep to close", strings.Repeat(`{"a":`, 100) + `{"ErrorCode":10010}`, []f{{10010, "", 1}}},
		{"logfmt", `ErrorCode=10010 ErrorInfo=short rest`, []f{{10010, "short", 1}}},
		{"info before code in text", `ErrorInfo: "quoted, with comma" ErrorCode: 10010`, []f{{10010, "quoted, with comma", 1}}},
		{"result info", `result_code=3 result_info='single'`, []f{{3, "single", 1}}},
		{"error code words", "Error Code: 42\nerror code 43\nerrcode 44\nERR_CODE=45", []f{{42, "", 1}, {43, "", 1}, {44, "", 1}, {45, "", 1}}},
		{"bare code", "exit code 1, code 2", nil},
		{"other kinds of code", "status code: 200, HTTP code=502, exit-code: 3, response code 4, code: 5", []f{{5, "", 1}}},
		{"signed", "code=+3 code=-4", []f{{3, "", 1}, {-4, "", 1}}},
		{"not a word start", "Xcode=1 error_code_x=2 code=3x code=0", nil},
		{"chinese", "错误码 10010，错误码：70001", []f{{10010, "", 1}, {70001, "", 1}}},
		{"detail on another line", "code=1\nErrorInfo=other", []f{{1, "", 1}}},
		{"detail cleaned", "code=1 ErrorInfo=\"a\\tb\u202ec\"", []f{{1, "a bc", 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := explain([]byte(tt.input))
			assert.Equal(t, tt.want, got.Findings)
			assert.Zero(t, got.Dropped)
		})
	}

	t.Run("long detail", func(t *testing.T) {
		got := explain([]byte(`{"ErrorCode":1,"ErrorInfo":"` + strings.Repeat("长", 1000) + `"}`))
		require.Len(t, got.Findings, 1)
		d := got.Findings[0].Detail
		assert.LessOrEqual(t, len(d), maxDetail+len("…"))
		assert.True(t, strings.HasSuffix(d, "长…"))
		assert.True(t, utf8.ValidString(d))
	})

	t.Run("too many findings", func(t *testing.T) {
		var b strings.Builder
		for i := range maxFindings + 5 {
			fmt.Fprintf(&b, "code=%d\n", i+1)
		}
		got := explain([]byte(b.String()))
		assert.Len(t, got.Findings, maxFindings)
		assert.Equal(t, 5, got.Dropped)
	})
}

// hostileInputs are crafted to make a naive scanner slow or greedy. How
// fast explain gets through them is BenchmarkExplainHostile's business;
// the test only checks what it finds, and the test binary's timeout
// catches a hang.
var hostileInputs = map[string][]byte{
	"deep":        bytes.Repeat([]byte("["), maxInput),
	"open values": bytes.Repeat([]byte(`[",[",`), maxInput/6),
	"codes":       bytes.Repeat([]byte("code=1 "), maxInput/7),
	"details":     bytes.Repeat([]byte(`ErrorCode=7 ErrorInfo="`+strings.Repeat("z", 500)+`" `), maxInput/530),
}

// TestExplainHostileInput checks what explain finds in hostile input.
func TestExplainHostileInput(t *testing.T) {
	tests := map[string]func(t *testing.T, ex explanation){
		"deep":        func(t *testing.T, ex explanation) { assert.Empty(t, ex.Findings) },
		"open values": func(t *testing.T, ex explanation) { assert.Empty(t, ex.Findings) },
		"codes": func(t *testing.T, ex explanation) {
			require.Len(t, ex.Findings, 1)
			assert.Equal(t, finding{Code: 1, Count: maxInput / 7}, ex.Findings[0])
		},
		"details": func(t *testing.T, ex explanation) {
			require.Len(t, ex.Findings, 1)
			assert.Equal(t, errcode.Code(7), ex.Findings[0].Code)
			assert.Equal(t, maxInput/530, ex.Findings[0].Count)
			assert.LessOrEqual(t, len(ex.Findings[0].Detail), maxDetail)
		},
	}
	for name, check := range tests {
		t.Run(name, func(t *testing.T) { check(t, explain(hostileInputs[name])) })
	}
}

// BenchmarkExplainHostile measures explain on each hostile input; its
// time per byte should stay flat as the input grows.
func BenchmarkExplainHostile(b *testing.B) {
	for name, input := range hostileInputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			for b.Loop() {
				explain(input)
			}
		})
	}
}

func FuzzExplain(f *testing.F) {
	for _, s := range []string{
		`{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no group"}`,
		`{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"To_Account":"a","ResultCode":70107,"ResultInfo":"not found"}]}`,
		`[{"ErrorCode":"90001"},{"errorcode":-1}]{"ErrorCode":1e3}`,
		`{"log":"resp={\"ErrorCode\":80001,\"ErrorInfo\":\"x\"}\n"}`,
		"2024-05-01 ERROR ErrorCode=70107 ErrorInfo=\"not found\" took=3ms\n",
		"W0501 code: 6014, ErrorInfo: sdk not logged in\nerrcode: 10010 GroupNotFound: 群组不存在\n",
		"错误码：70001 result_code=3 result_info='x'",
		`{"ErrorCode":10010,"ErrorInfo":"cut`,
		strings.Repeat("[", 200),
		strings.Repeat(`{"a":`, 80) + "1",
		"\x00\xff\xfe{\"\\u",
		"code=2147483648 code=-2147483648 code=",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got := explain(data)
		total := 0
		for _, fd := range got.Findings {
			if fd.Code == 0 {
				t.Fatalf("finding with code 0: %+v", fd)
			}
			if fd.Count < 1 {
				t.Fatalf("finding counted %d times: %+v", fd.Count, fd)
			}
			if len(fd.Detail) > maxDetail+len("…") || !utf8.ValidString(fd.Detail) {
				t.Fatalf("bad detail %q", fd.Detail)
			}
			total += fd.Count
		}
		if len(got.Findings) > maxFindings || total > len(data) {
			t.Fatalf("%d findings, %d in all, from %d bytes", len(got.Findings), total, len(data))
		}
		var out bytes.Buffer
		entries := make([]entry, len(got.Findings))
		for i, fd := range got.Findings {
			entries[i] = newEntry(fd.Code)
			entries[i].detail = fd.Detail
		}
		if err := writeJSON(&out, entries, langBoth); err != nil || !json.Valid(out.Bytes()) {
			t.Fatalf("invalid JSON (%v): %s", err, out.Bytes())
		}
	})
}
