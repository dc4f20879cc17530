package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
	code := run(args, streams{stdin: stdin, stdout: &stdout, stderr: &stderr, progressMin: progressMin})
	return result{stdout.String(), stderr.String(), code}
}

// jsonResult is one element of -json's output.
type jsonResult struct {
	Code     int    `json:"code"`
	Name     string `json:"name"`
	Category string `json:"category"`
	Retry    string `json:"retry"`
	SDKName  string `json:"sdk_name"`
	Sources  string `json:"sources"`
	Note     string `json:"note"`
	Caution  string `json:"caution"`
	Chinese  string `json:"zh"`
	ZhSource string `json:"zh_source"`
	English  string `json:"en"`
	Known    bool   `json:"known"`
	Wait     string `json:"wait"`
	Detail   string `json:"detail"`
	ID       string `json:"id"`
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

// listed returns every code the package lists, as All gives them, keeping
// those keep accepts.
func listed(keep func(errcode.Info) bool) []errcode.Code {
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
	_, isListed := errcode.Lookup(other)
	require.False(t, isListed, "70999 must be unlisted for this test")

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
				"  zh:      " + info.Description + "\n",
				"  en:      " + info.English + "\n",
				"  sdk:     " + info.SDKName + "\n",
				"  sources: " + info.Sources.String() + "\n",
			},
			absent: []string{ownMark},
		},
		{
			name: "unknown",
			args: []string{"12345"},
			code: 1,
			contains: []string{
				"12345  Code(12345)  unknown  retry: never\n",
				"not listed by any official Tencent Cloud IM source this package knows",
			},
			absent: []string{"zh:", "en:", "sources:"},
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
			absent: []string{ownMark},
		},
		{
			name: "callback range",
			args: []string{"38500"},
			code: 1,
			contains: []string{
				"38500  Code(38500)  sns  retry: never\n",
				"zh:   " + ownMark + errcode.Code(38500).Description(errcode.AcceptLanguage("zh")) + "\n",
				"the online error-code page covers this range",
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
			contains: []string{"  zh:      " + info.Description + "\n"},
			absent:   []string{"en:", info.English},
		},
		{
			name:     "english only",
			args:     []string{"-lang=en", "10010"},
			code:     0,
			contains: []string{"  en:      " + info.English + "\n"},
			absent:   []string{"zh:"},
		},
		{
			name:     "flags after codes",
			args:     []string{"10010", "-lang", "en"},
			code:     0,
			contains: []string{"  en:      " + info.English + "\n"},
			absent:   []string{"zh:"},
		},
		{name: "negative code", args: []string{"-1"}, code: 1, contains: []string{"-1  Code(-1)  unknown"}},
		{name: "negative code after a flag", args: []string{"-lang", "en", "-1"}, code: 1, contains: []string{"Code(-1)"}},
		{name: "negative code after --", args: []string{"--", "-5"}, code: 1, contains: []string{"Code(-5)"}},
		{name: "smallest int32", args: []string{"-2147483648"}, code: 1, contains: []string{"Code(-2147483648)"}},
		{name: "zero", args: []string{"0"}, code: 1, contains: []string{"0 means success"}},
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

// TestEveryCodeExplained checks that every listed code is explained with
// its SDK name, its sources and its note, and that a Chinese text that is
// not the document's is marked as the package's own.
func TestEveryCodeExplained(t *testing.T) {
	all := listed(func(errcode.Info) bool { return true })
	args := make([]string, len(all))
	for i, c := range all {
		args[i] = strconv.Itoa(int(c))
	}
	r := inProcess(strings.NewReader(""), args...)
	require.Equal(t, 0, r.code, r.stderr)
	blocks := strings.Split(r.stdout, "\n\n")
	require.Len(t, blocks, len(all))
	for i, c := range all {
		info, _ := errcode.Lookup(c)
		b := strings.TrimSuffix(blocks[i], "\n") + "\n"
		require.True(t, strings.HasPrefix(b, strconv.Itoa(int(c))+" "), "block %d: %q", i, b)
		if info.Sources.Has(errcode.SourceDocument) {
			assert.Contains(t, b, "sources: "+info.Sources.String()+"\n")
		} else {
			assert.Contains(t, b, "sources: "+info.Sources.String()+" (not in the error-code document: the zh text, marked 【本包自撰】, is this package's own)\n")
		}
		if info.SDKName != "" {
			assert.Contains(t, b, "sdk:     "+info.SDKName+"\n")
		} else {
			assert.NotContains(t, b, "sdk:")
		}
		if caution := c.Caution(); caution != "" {
			assert.Contains(t, b, "caution: "+caution+"\n")
		} else {
			assert.NotContains(t, b, "caution:")
		}
		if info.Note != "" {
			assert.Contains(t, b, "note:    "+info.Note)
		}
		zh := info.Description
		if !info.Sources.Has(errcode.SourceDocument) {
			zh = ownMark + zh
		}
		assert.Contains(t, b, "zh:      "+zh+"\n")
	}
}

// TestLang checks that -lang keeps its promise: with en, no Chinese of the
// package's own in any mode, and the server's own words only on lines
// labelled as the server's; with zh, the command's sentences in Chinese.
func TestLang(t *testing.T) {
	body := `{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no such group"} code=70999 code=38500 ErrorCode=12345` + "\n" +
		`{"ErrorCode":70050,"ErrorInfo":"x"}{"ErrorCode":70050,"ErrorInfo":"x"}`
	for _, args := range [][]string{
		{"-lang", "en", "10010", "70999", "12345", "0", "6001", "115257", "38500", "125000", "70050"},
		{"-lang", "en", "-json", "10010", "70999", "12345", "38500"},
		{"-lang", "en", "-list"},
		{"-lang", "en", "-list", "-json"},
		{"-lang", "en", "-search", "group"},
		{"-search", "group"},
		{"-lang", "en", "-"},
		{"-lang", "en", "-json", "-"},
		{"-lang", "en", "-summary"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := inProcess(strings.NewReader(body), args...)
			assert.NotEmpty(t, r.stdout)
			assert.False(t, hasHan(r.stdout), "Han in stdout:\n%s", r.stdout)
			assert.False(t, hasHan(r.stderr), "Han in stderr:\n%s", r.stderr)
		})
	}

	t.Run("server's own words", func(t *testing.T) {
		in := `{"ErrorCode":10010,"ErrorInfo":"群组不存在","ResultItem":[{"To_Account":"用户甲","ResultCode":70107}]}`
		r := inProcess(strings.NewReader(in), "-lang", "en")
		for _, l := range strings.Split(r.stdout, "\n") {
			if hasHan(l) {
				assert.Regexp(t, `^  (server|id): `, l, "only the server's text may be Chinese")
			}
		}
		assert.Regexp(t, `(?m)^  server: +群组不存在$`, r.stdout)
		assert.Regexp(t, `(?m)^  id: +用户甲$`, r.stdout)
	})

	t.Run("chinese sentences", func(t *testing.T) {
		r := inProcess(strings.NewReader(body), "-lang", "zh")
		assert.Contains(t, r.stdout, "wait:    重试前至少等待 1 分钟（官方来源如此要求）\n")
		assert.Contains(t, r.stdout, "seen:    2 次\n")
		assert.Contains(t, r.stdout, "未逐个列出；错误码文档的「其他错误」一行涵盖 70000-70999")
		assert.Contains(t, r.stdout, "本包所知的腾讯云 IM 官方来源均未列出此错误码")
		assert.NotContains(t, r.stdout, "times")
		assert.NotContains(t, r.stdout, "before retrying")
		assert.NotContains(t, r.stdout, "\n  en:")
		r = inProcess(nil, "-lang", "zh", "0")
		assert.Contains(t, r.stdout, "0 表示成功，不是错误码")
	})

	t.Run("durations", func(t *testing.T) {
		for d, want := range map[time.Duration]string{
			time.Minute:             "1 分钟",
			10 * time.Minute:        "10 分钟",
			90 * time.Minute:        "1 小时 30 分钟",
			30 * time.Second:        "30 秒",
			time.Hour + time.Second: "1 小时 1 秒",
		} {
			assert.Equal(t, want, durationChinese(d))
		}
	})
}

func TestJSON(t *testing.T) {
	r := command(t, nil, "-json", "10010", "70999", "12345", "38500")
	assert.Equal(t, 1, r.code)
	assert.Empty(t, r.stderr)

	var raw []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &raw))
	require.Len(t, raw, 4)
	for _, m := range raw {
		for _, k := range []string{"code", "name", "category", "retry", "sdk_name", "sources", "note", "zh", "en", "known"} {
			assert.Contains(t, m, k)
		}
		assert.NotContains(t, m, "detail", "no detail outside input mode")
		assert.IsType(t, float64(0), m["code"])
		assert.IsType(t, true, m["known"])
	}

	got := decodeJSON(t, r.stdout)
	info, _ := errcode.Lookup(errcode.GroupNotFound)
	assert.Equal(t, jsonResult{
		Code: 10010, Name: "GroupNotFound", Category: "group", Retry: "never",
		SDKName: info.SDKName, Sources: info.Sources.String(), Note: info.Note,
		Chinese: info.Description, ZhSource: "document", English: info.English, Known: true,
	}, got[0])
	assert.Equal(t, jsonResult{
		Code: 70999, Name: "Code(70999)", Category: "account", Retry: "transient", Sources: "document",
		Chinese:  errcode.Code(70999).Description(errcode.AcceptLanguage("zh")),
		ZhSource: "document",
		English:  errcode.Code(70999).Description(errcode.AcceptLanguage("en")),
	}, got[1])
	assert.Equal(t, 12345, got[2].Code)
	assert.Equal(t, "unknown", got[2].Category)
	assert.Empty(t, got[2].Chinese)
	assert.Empty(t, got[2].ZhSource)
	assert.False(t, got[2].Known)
	assert.Empty(t, got[2].Sources)
	assert.Equal(t, "errcode", got[3].ZhSource, "the range's Chinese is the package's own")
	assert.Equal(t, errcode.Describe(errcode.Code(got[3].Code)).Sources.String(), got[3].Sources, "a range's sources")

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

// TestWait checks that the wait a source names is printed.
func TestWait(t *testing.T) {
	r := command(t, nil, "70050")
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "wait:    at least 1m before retrying, as an official source asks\n")
	got := decodeJSON(t, command(t, nil, "-json", "70050", "10010").stdout)
	require.Len(t, got, 2)
	assert.Equal(t, "1m0s", got[0].Wait)
	assert.Empty(t, got[1].Wait)
}

func TestList(t *testing.T) {
	all := listed(func(errcode.Info) bool { return true })
	require.NotEmpty(t, all)

	r := command(t, nil, "-list")
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stderr)
	got := tableCodes(t, r.stdout)
	assert.Equal(t, all, got, "every code, in ascending order")
	assert.True(t, slices.IsSorted(got))
	assert.Equal(t, errcode.AccessClientFreqLimit, got[0])
	assert.Equal(t, errcode.OfficialAccountSDKVersionTooLow, got[len(got)-1])

	js := decodeJSON(t, command(t, nil, "-list", "-json").stdout)
	require.Len(t, js, len(all))
	for i, j := range js {
		assert.Equal(t, int(all[i]), j.Code)
		assert.True(t, j.Known)
		assert.Equal(t, errcode.Code(j.Code).Caution(), j.Caution, "caution of %d", j.Code)
	}

	// Each category on its own; a category whose codes have not been
	// written yet is empty, and says so.
	for c := range errcode.Categories() {
		t.Run(c.String(), func(t *testing.T) {
			r := inProcess(nil, "-list", "-category", c.String())
			want := listed(func(in errcode.Info) bool { return in.Category == c })
			if len(want) == 0 {
				assert.Equal(t, 1, r.code)
				assert.Equal(t, "errcode: no code in category "+c.String()+" yet\n", r.stderr)
				return
			}
			assert.Equal(t, 0, r.code)
			assert.Equal(t, want, tableCodes(t, r.stdout))
		})
	}

	t.Run("own Chinese marked", func(t *testing.T) {
		r := inProcess(nil, "-list")
		lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")[1:]
		require.Len(t, lines, len(all))
		for i, c := range all {
			info, _ := errcode.Lookup(c)
			own := !info.Sources.Has(errcode.SourceDocument)
			assert.Equal(t, own, strings.Contains(lines[i], ownMark), "line %q", lines[i])
			assert.True(t, strings.HasSuffix(lines[i], info.Description), "line %q", lines[i])
		}
	})
}

func TestSearch(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		first   errcode.Code   // the best match
		has     []errcode.Code // among the matches
		chinese bool           // the table is in Chinese
	}{
		{name: "sdk name", args: []string{"-search", "ERR_SVR_GROUP_NOT_FOUND"}, first: errcode.GroupNotFound},
		{name: "sdk name, lower case", args: []string{"-search", "err_svr_group_not_found"}, first: errcode.GroupNotFound},
		{name: "go name", args: []string{"-search", "groupnotfound"}, first: errcode.GroupNotFound},
		{name: "words in any order", args: []string{"-search", "exist NOT group does"}, has: []errcode.Code{errcode.GroupNotFound}},
		{name: "english text", args: []string{"-search", "GROUP DOES NOT EXIST"}, has: []errcode.Code{errcode.GroupNotFound}},
		{name: "synonym not found", args: []string{"-search", "group not found"}, first: errcode.GroupNotFound},
		{name: "chinese", args: []string{"-search", "群组不存在"}, has: []errcode.Code{errcode.GroupNotFound}, chinese: true},
		{name: "frequency", args: []string{"-search", "frequency"}, has: []errcode.Code{errcode.AccountFreqLimit, errcode.GroupFreqLimit}},
		{name: "rate limit", args: []string{"-search", "rate limit"}, has: []errcode.Code{errcode.AccountFreqLimit, errcode.GroupFreqLimit}},
		{name: "频繁", args: []string{"-search", "频繁"}, has: []errcode.Code{errcode.GroupFreqLimit}, chinese: true},
		{name: "too many", args: []string{"-search", "too many"}, has: []errcode.Code{errcode.AccountFreqLimit}},
		{name: "signature", args: []string{"-search", "signature"}, has: []errcode.Code{errcode.AccountUserSigExpired}},
		{name: "签名", args: []string{"-search", "签名"}, has: []errcode.Code{errcode.AccountUserSigExpired}, chinese: true},
		{name: "muted", args: []string{"-search", "muted"}, has: []errcode.Code{errcode.GroupShutUpDenied, errcode.OpenMsgShutUpDenied}},
		{name: "blacklist", args: []string{"-search", "blacklist"}, has: []errcode.Code{errcode.AccountBlacklist}},
		{name: "code number", args: []string{"-search", "10010"}, first: errcode.GroupNotFound},
		{name: "category", args: []string{"-search", "sig", "-category", "account"}, has: []errcode.Code{errcode.AccountUserSigExpired}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := inProcess(nil, tt.args...)
			require.Equal(t, 0, r.code, r.stderr)
			got := tableCodes(t, r.stdout)
			require.NotEmpty(t, got)
			if tt.first != 0 {
				assert.Equal(t, tt.first, got[0], "best match first")
			}
			for _, c := range tt.has {
				assert.Contains(t, got, c)
			}
			assert.Equal(t, tt.chinese, hasHan(r.stdout), "printed in the query's language")
			if i := slices.Index(tt.args, "-category"); i >= 0 {
				cat, _ := errcode.ParseCategory(tt.args[i+1])
				for _, c := range got {
					assert.Equal(t, cat, c.Category())
				}
			}
			js := decodeJSON(t, inProcess(nil, append(tt.args, "-json")...).stdout)
			require.Len(t, js, len(got))
			for i := range js {
				assert.Equal(t, int(got[i]), js[i].Code, "the same order in JSON")
			}
		})
	}

	t.Run("every word must match", func(t *testing.T) {
		for _, c := range search("group frequency", errcode.CategoryUnknown) {
			info, _ := errcode.Lookup(c)
			all := strings.ToLower(info.Name + " " + info.SDKName + " " + info.English + " " + info.Description)
			assert.Contains(t, all, "group")
		}
	})

	t.Run("lang overrides the query's language", func(t *testing.T) {
		assert.True(t, hasHan(inProcess(nil, "-search", "group", "-lang", "zh").stdout))
		assert.False(t, hasHan(inProcess(nil, "-search", "群组", "-lang", "en").stdout))
	})

	t.Run("no match", func(t *testing.T) {
		r := inProcess(nil, "-search", "no such text anywhere xyzzy")
		assert.Equal(t, 1, r.code)
		assert.Empty(t, r.stdout)
		assert.True(t, strings.HasPrefix(r.stderr, "errcode: no code matches"), r.stderr)
		js := inProcess(nil, "-search", "xyzzy", "-json")
		assert.Equal(t, 1, js.code)
		assert.Equal(t, "[]\n", js.stdout)
	})
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
		{"unknown category", []string{"-list", "-category", "nope"}, "officialaccount"},
		{"list and search", []string{"-list", "-search", "x"}, "cannot be used together"},
		{"list and codes", []string{"-list", "10010"}, "-list takes no arguments"},
		{"search and codes", []string{"-search", "x", "10010"}, "-search takes no arguments"},
		{"category alone", []string{"-category", "group"}, "-category needs -list or -search"},
		{"stdin and codes", []string{"-", "10010"}, "must be the only argument"},
		{"summary and codes", []string{"-summary", "10010"}, "take no codes"},
		{"file and codes", []string{"-f", "x.log", "10010"}, "take no codes"},
		{"list and file", []string{"-list", "-f", "x.log"}, "reads no input"},
		{"empty file name", []string{"-f", ""}, "want a file name"},
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
			for c := range errcode.Categories() {
				assert.Contains(t, r.stdout, c.String())
			}
			assert.Empty(t, r.stderr)
		}
	})

	t.Run("every category name", func(t *testing.T) {
		for c := range errcode.Categories() {
			r := inProcess(nil, "-search", "a", "-category", strings.ToUpper(c.String()))
			assert.NotEqual(t, 2, r.code, "%s: %s", c, r.stderr)
		}
	})
}

// TestEmptyInput checks that empty input that is not a terminal, such as
// the null device, is input with no code in it, not a usage error.
func TestEmptyInput(t *testing.T) {
	r := command(t, nil) // the null device
	assert.Equal(t, 1, r.code)
	assert.Empty(t, r.stdout)
	assert.Equal(t, "errcode: no error code found in the input\n", r.stderr)

	devNull, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer devNull.Close()
	assert.False(t, isTerminal(devNull), "the null device is a character device, not a terminal")
	r = inProcess(devNull)
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "errcode: no error code found in the input\n", r.stderr)

	r = inProcess(strings.NewReader(""), "-json")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "[]\n", r.stdout)

	r = inProcess(strings.NewReader(""), "-summary", "-json")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "[]\n", r.stdout)

	r = inProcess(errReader{}, "-")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "errcode: reading standard input: broken")

	r = inProcess(nil, "-f", filepath.Join(t.TempDir(), "missing.log"))
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "missing.log: no such file")
}

// errReader fails every read.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("broken") }

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
						zh := info.Description
						if !info.Sources.Has(errcode.SourceDocument) {
							zh = ownMark + zh // not the document's text
						}
						cells = append(cells, info.Category.Title(), zh)
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
