package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/errcode-im/errcode"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSearch(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		first   errcode.Code   // the best match
		has     []errcode.Code // among the matches
		within  int            // if not 0, has is among the first within matches
		chinese bool           // the table is in Chinese
	}{
		{name: "sdk name", args: []string{"-search", "ERR_SVR_GROUP_NOT_FOUND"}, first: errcode.GroupNotFound},
		{name: "sdk name, lower case", args: []string{"-search", "err_svr_group_not_found"}, first: errcode.GroupNotFound},
		{name: "go name", args: []string{"-search", "groupnotfound"}, first: errcode.GroupNotFound},
		{name: "words in any order", args: []string{"-search", "exist NOT group does"}, has: []errcode.Code{errcode.GroupNotFound}},
		{name: "english text", args: []string{"-search", "GROUP DOES NOT EXIST"}, has: []errcode.Code{errcode.GroupNotFound}},
		{name: "synonym not found", args: []string{"-search", "group not found"}, first: errcode.GroupNotFound},
		{name: "chinese", args: []string{"-search", "群组不存在"}, first: errcode.GroupNotFound, chinese: true},
		// Chinese typed without spaces. Each code below holds the query's
		// words in its Chinese text (go run ./cmd/errcode -list), or in
		// its names for the code named for them.
		{name: "签名过期", args: []string{"-search", "签名过期"}, first: errcode.AccountUserSigExpired, // sig过期
			has: []errcode.Code{errcode.SDKUserSigExpired}, chinese: true}, // 票据过期, onUserSigExpired
		{name: "消息过长", args: []string{"-search", "消息过长"}, has: []errcode.Code{
			errcode.GroupMsgTooLong,       // 消息内容过长
			errcode.CommonBodySizeLimit,   // 发消息包体过长
			errcode.MsgBatchBodySizeLimit, // 批量发送的消息体过长
			errcode.MsgBodySizeLimit,      // JSON 数据包过长，消息体不能超过 12 KB
		}, chinese: true},
		{name: "频率限制", args: []string{"-search", "频率限制"}, has: []errcode.Code{
			errcode.GroupFreqLimit,               // 操作频率限制
			errcode.RESTFreqLimit,                // rest接口调用频率超过限制
			errcode.GroupAttributeWriteFreqLimit, // 触发了频率限制
			errcode.SDKAPICallFreqLimit,          // 超过了频率限制
		}, chinese: true},
		{name: "用户不存在", args: []string{"-search", "用户不存在"}, has: []errcode.Code{
			errcode.SDKToUserInvalid,     // 对方用户不存在
			errcode.GroupAccountNotFound, // 被添加用户的帐号不存在
			errcode.SNSAccountNotFound,   // 该用户账号不存在
			errcode.MsgAccountNotFound,   // 请求的用户账号不存在
		}, chinese: true},
		{name: "帐号不存在", args: []string{"-search", "帐号不存在"}, has: []errcode.Code{
			errcode.GroupAccountNotFound, // 帐号不存在
			errcode.SNSAccountNotFound,   // 账号不存在
			errcode.AccountNotFound,      // ERR_SVR_ACCOUNT_NOT_FOUND
		}, chinese: true},
		{name: "账号不存在", args: []string{"-search", "账号不存在"}, has: []errcode.Code{
			errcode.GroupAccountNotFound, errcode.SNSAccountNotFound, errcode.AccountNotFound,
		}, chinese: true},
		{name: "mixed UserSig过期", args: []string{"-search", "UserSig过期"}, first: errcode.AccountUserSigExpired,
			has: []errcode.Code{errcode.SDKUserSigExpired}, chinese: true},
		{name: "mixed with a particle", args: []string{"-search", "usersig 过期了"}, first: errcode.AccountUserSigExpired, chinese: true},
		{name: "mixed rate limit 群", args: []string{"-search", "rate limit 群"}, has: []errcode.Code{
			errcode.GroupFreqLimit,               // 操作频率限制, ERR_SVR_GROUP_FREQ_LIMIT
			errcode.GroupAttributeWriteFreqLimit, // 群自定义属性的写操作过于频繁
		}, chinese: true},
		{name: "rate limit, a backend's codes near the top", args: []string{"-search", "rate limit"}, has: []errcode.Code{
			errcode.RESTSDKAppIDFreqLimit, errcode.RESTRequestFreqLimit60018, errcode.RESTRequestFreqLimit60019,
			errcode.AccountFreqLimit, errcode.MsgPushFreqLimit,
		}, within: 10},
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
				if tt.within > 0 {
					assert.Less(t, slices.Index(got, c), tt.within, "%d among the first %d: %v", c, tt.within, got)
				}
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
		// Each query with, for each of its words, the spellings any of
		// which a match must hold in its names or texts: the word and its
		// synonyms.
		freq := []string{"freq", "频率", "频繁", "限频", "次数过多", "too often", "throttl", "too many requests"}
		tests := []struct {
			query string
			words [][]string
		}{
			{"group frequency", [][]string{{"group", "群"}, freq}},
			{"签名过期", [][]string{{"签名", "sig", "signature"}, {"过期", "expire"}}},
			{"UserSig过期", [][]string{{"签名", "sig", "signature"}, {"过期", "expire"}}},
			{"消息过长", [][]string{{"消息", "message", "msg"}, {"过长", "太长", "超长", "长度超过", "too long", "toolong", "too_long", "size limit", "sizelimit", "size_limit"}}},
			{"用户不存在", [][]string{{"用户"}, {"不存在", "未找到", "找不到", "没有注册", "未注册", "not found", "notfound", "not_found", "not exist", "no such", "not registered"}}},
			{"rate limit 群", [][]string{freq, {"group", "群"}}},
		}
		for _, tt := range tests {
			got := search(tt.query, errcode.CategoryUnknown)
			require.NotEmpty(t, got, tt.query)
			for _, c := range got {
				info, _ := errcode.Lookup(c)
				all := strings.ToLower(info.Name + " " + info.SDKName + " " + info.English + " " + info.Description)
				for _, alts := range tt.words {
					assert.True(t, slices.ContainsFunc(alts, func(w string) bool { return strings.Contains(all, w) }),
						"%q: %d %s holds none of %q", tt.query, c, info.Name, alts)
				}
			}
		}
	})

	t.Run("chinese without spaces finds what spaced words find", func(t *testing.T) {
		for _, q := range [][2]string{
			{"签名过期", "签名 过期"},
			{"消息过长", "消息 过长"},
			{"群组不存在", "群组 不存在"},
			{"用户不存在", "用户 不存在"},
			{"频率限制", "频率限制"},
			{"UserSig过期", "usersig 过期"},
		} {
			joined := search(q[0], errcode.CategoryUnknown)
			require.NotEmpty(t, joined, q[0])
			assert.ElementsMatch(t, search(q[1], errcode.CategoryUnknown), joined, q[0])
		}
	})

	t.Run("帐号 and 账号 are one word", func(t *testing.T) {
		for _, q := range [][2]string{{"帐号不存在", "账号不存在"}, {"帐号", "账号"}, {"帐户", "账户"}} {
			a, b := search(q[0], errcode.CategoryUnknown), search(q[1], errcode.CategoryUnknown)
			require.NotEmpty(t, a, q[0])
			assert.Equal(t, a, b, q)
		}
	})

	t.Run("ties: REST, account and message first, sdk and access last", func(t *testing.T) {
		// The order the -search help promises for codes of equal score.
		// The categories the help names; every other one is in tier 1.
		tiers := map[errcode.Category]int{
			errcode.CategoryREST: 0, errcode.CategoryAccount: 0, errcode.CategoryMessage: 0,
			errcode.CategorySDK: 2, errcode.CategoryAccess: 2,
		}
		tier := func(c errcode.Code) int {
			if n, ok := tiers[c.Category()]; ok {
				return n
			}
			return 1
		}
		crossed := 0 // equal scores in different tiers, so that the test bites
		for _, q := range []string{"rate limit", "频率限制", "not found", "过期", "timeout", "签名", "帐号不存在"} {
			hits := rank(q, errcode.CategoryUnknown)
			require.NotEmpty(t, hits, q)
			for i := 1; i < len(hits); i++ {
				a, b := hits[i-1], hits[i]
				require.GreaterOrEqual(t, a.score, b.score, q)
				if a.score != b.score {
					continue
				}
				assert.LessOrEqual(t, tier(a.code), tier(b.code), "%q: %d (%s) before %d (%s) at score %d",
					q, a.code, a.code.Category(), b.code, b.code.Category(), a.score)
				if tier(a.code) != tier(b.code) {
					crossed++
				}
			}
		}
		assert.Positive(t, crossed)
	})

	t.Run("odd queries", func(t *testing.T) {
		for _, q := range []string{"", "   ", "。，、", "\xff\xfe", "群\xff组", "签名\u200b过期", strings.Repeat("群", 1000)} {
			assert.NotPanics(t, func() { search(q, errcode.CategoryUnknown) }, "%q", q)
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

func TestSplitQuery(t *testing.T) {
	// The words a query is split into, by the rules of parseQuery and
	// splitHan: synonym phrases first, then blanks, punctuation and the
	// edges of Chinese runs; within a run, the longest known word from
	// the left, and the bigrams of what no known word covers.
	tests := []struct {
		query string
		words []string
	}{
		{"签名过期", []string{"签名", "过期"}},
		{"消息过长", []string{"消息", "过长"}},
		{"群组不存在", []string{"群组", "不存在"}},
		{"频率限制", []string{"频率限制"}}, // a synonym, longer than 频率
		{"用户不存在", []string{"用户", "不存在"}},
		{"帐号不存在", []string{"帐号", "不存在"}},
		{"账号不存在", []string{"帐号", "不存在"}}, // read as 帐号
		{"UserSig过期", []string{"usersig", "过期"}},
		{"rate limit 群", []string{"rate limit", "群"}},
		{"签名,过期", []string{"签名", "过期"}},
		{"10010群", []string{"10010", "群"}},
		{"过期了", []string{"过期"}}, // a lone character beside a word is dropped
		{"被禁言", []string{"禁言"}},
		{"满", []string{"满"}},           // unless it is the whole run
		{"甲乙丙丁", []string{"甲乙", "丙丁"}}, // no known word: bigrams side by side
		{"甲乙丙", []string{"甲乙", "乙丙"}},  // an odd stretch ends with an overlap
		{"签名甲乙丙过期", []string{"签名", "甲乙", "乙丙", "过期"}},
		{"签名 签名过期", []string{"签名", "过期"}}, // a repeated word counts once
		{"rate limit 频率 rate limit", []string{"rate limit", "频率"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range parseQuery(tt.query) {
			got = append(got, p.word)
		}
		assert.Equal(t, tt.words, got, tt.query)
	}
}

func TestHanWordsAreInTexts(t *testing.T) {
	var texts strings.Builder
	for c := range errcode.All() {
		info, _ := errcode.Lookup(c)
		texts.WriteString(info.Description)
	}
	for _, w := range hanWords {
		assert.True(t, isHan(w), w)
		assert.True(t, strings.Contains(texts.String(), w), "%q is in no code's Chinese text", w)
	}
}
