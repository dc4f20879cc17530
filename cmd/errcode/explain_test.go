package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/errcode-im/errcode"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
	body := `{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no such group"} ErrorCode=70999 ErrorCode=38500 ErrorCode=12345` + "\n" +
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
	apis := apiPaths(errcode.GroupNotFound)
	assert.Equal(t, jsonResult{
		Code: 10010, Name: "GroupNotFound", Category: "group", Retry: "never",
		SDKName: info.SDKName, Sources: info.Sources.String(), Note: info.Note,
		Chinese: info.Description, ZhSource: "document", English: info.English, Known: true,
		APIs: apis, APICount: len(apis),
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
