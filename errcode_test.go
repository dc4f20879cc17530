package errcode_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"html"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/internal/codedoc"
)

// docRow is one row of the error-code document.
type docRow struct {
	section string
	code    string // a decimal number, or 其他错误
	text    string
}

var (
	cellRE    = regexp.MustCompile(`(?s)<td[^>]*>(.*?)</td>`)
	tagRE     = regexp.MustCompile(`<[^>]*>`)
	headingRE = regexp.MustCompile(`(?m)^## (.+?)\s*$`)
)

// readDocument parses testdata/error-codes.md, a copy of the official
// document, on its own terms: sections by their "## " headings, rows as
// pairs of <td> cells (the document's <tr> tags are not always closed), text
// with tags removed, entities decoded and white space folded.
func readDocument(t *testing.T) []docRow {
	t.Helper()
	raw, err := os.ReadFile("testdata/error-codes.md")
	require.NoError(t, err)
	doc := string(raw)
	heads := headingRE.FindAllStringSubmatchIndex(doc, -1)
	require.Len(t, heads, 10, "the document has 10 sections")
	var rows []docRow
	for i, h := range heads {
		end := len(doc)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		section := doc[h[2]:h[3]]
		cells := cellRE.FindAllStringSubmatch(doc[h[1]:end], -1)
		require.Zero(t, len(cells)%2, "section %s has an odd number of cells", section)
		for j := 0; j < len(cells); j += 2 {
			rows = append(rows, docRow{section, clean(cells[j][1]), clean(cells[j+1][1])})
		}
	}
	return rows
}

func clean(cell string) string {
	return strings.Join(strings.Fields(html.UnescapeString(tagRE.ReplaceAllString(cell, ""))), " ")
}

// TestTableMatchesDocument proves the table holds exactly the document's
// codes, each with its verbatim text and its section.
func TestTableMatchesDocument(t *testing.T) {
	rows := readDocument(t)
	want := map[errcode.Code]docRow{}
	var other []docRow
	for _, r := range rows {
		n, err := strconv.Atoi(r.code)
		if err != nil {
			other = append(other, r)
			continue
		}
		_, dup := want[errcode.Code(n)]
		require.False(t, dup, "the document lists %d twice", n)
		want[errcode.Code(n)] = r
	}
	assert.Len(t, want, 377, "numbered codes in the document")

	var got []errcode.Code
	for c := range errcode.All() {
		if must(errcode.Lookup(c)).Sources.Has(errcode.SourceDocument) {
			got = append(got, c)
		}
	}
	assert.Len(t, got, len(want), "codes in the table from the document")
	for _, c := range got {
		_, ok := want[c]
		assert.True(t, ok, "%d (%s) is marked SourceDocument but is not in the document", c, c.Name())
	}
	for c, r := range want {
		info, ok := errcode.Lookup(c)
		if !assert.True(t, ok, "%d is in the document but not in the table", c) {
			continue
		}
		assert.Equal(t, r.text, info.Description, "text of %d", c)
		assert.True(t, info.Sources.Has(errcode.SourceDocument), "%d has SourceDocument", c)
		assert.Equal(t, r.section, info.Category.Title(), "section of %d", c)
		assert.Equal(t, r.text, c.Description(language.Chinese), "Chinese description of %d", c)
	}

	// The 其他错误 row covers the account system codes the document does
	// not list.
	require.Len(t, other, 1)
	assert.Equal(t, "其他错误", other[0].code)
	assert.Equal(t, errcode.CategoryAccount.Title(), other[0].section)
	for _, c := range []errcode.Code{70000, 70011, 70999} {
		assert.Equal(t, other[0].text, c.Description(language.Chinese), "description of %d", c)
	}

	// Every section heading is a category's title, in the document's
	// order; the categories after them are the subsystems it lacks.
	var titles []string
	for c := range errcode.Categories() {
		if c <= errcode.CategoryOpenMsg {
			titles = append(titles, c.Title())
		}
	}
	var sections []string
	for _, r := range rows {
		if len(sections) == 0 || sections[len(sections)-1] != r.section {
			sections = append(sections, r.section)
		}
	}
	assert.Equal(t, sections, titles)
}

// TestSourceStyle reads the package source with internal/codedoc, which
// checks that every code constant is a const declaration of its own (so
// that go doc shows it alone), in its subsystem's file, named in MixedCaps
// with its subsystem's prefix, given an explicit decimal value, and
// documented in the format it defines; each doc comment says what the
// table says, word for word.
func TestSourceStyle(t *testing.T) {
	records, err := codedoc.Parse(".")
	require.NoError(t, err)
	seen := map[errcode.Code]bool{}
	for _, r := range records {
		c := errcode.Code(r.Value)
		info, ok := errcode.Lookup(c)
		require.True(t, ok, "%s = %d is in the table", r.Name, r.Value)
		seen[c] = true

		at := fmt.Sprintf("%s:%d: %s", r.File, r.Line, r.Name)
		assert.Equal(t, info.Name, r.Name, at)
		require.NotZero(t, info.Category, at)
		assert.Equal(t, codedoc.Categories[info.Category-1], r.Category, at)
		assert.Equal(t, info.Description, r.Chinese, at)
		assert.Equal(t, info.English, r.English, at)
		assert.Equal(t, info.Note, r.Note, at)
		assert.Equal(t, c.Caution(), r.Caution, at)
		assert.Equal(t, codedoc.Hints[info.Retry].Const, r.Retry, at)
		assert.Equal(t, info.Wait, r.Wait, at)
		assert.Equal(t, info.SDKName, r.SDKName, at)
		assert.Equal(t, info.Sources.String(), strings.Join(r.Sources, "|"), at)
		assert.Equal(t, !info.Sources.Has(errcode.SourceDocument), r.OwnChinese, at)
	}
	assert.Len(t, seen, len(slices.Collect(errcode.All())), "every table entry has a documented constant")
}

// TestTableSortedAndUnique checks the table's order and that names and
// numbers are unique.
func TestTableSortedAndUnique(t *testing.T) {
	codes := slices.Collect(errcode.All())
	require.NotEmpty(t, codes)
	names := map[string]errcode.Code{}
	for i, c := range codes {
		if i > 0 {
			assert.Less(t, codes[i-1], c, "All is strictly ascending")
		}
		prev, dup := names[c.Name()]
		assert.False(t, dup, "%s names both %d and %d", c.Name(), prev, c)
		names[c.Name()] = c
	}
	// Stopping early works.
	n := 0
	for range errcode.All() {
		n++
		if n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
}

func TestLookup(t *testing.T) {
	info, ok := errcode.Lookup(errcode.GroupNotFound)
	require.True(t, ok)
	assert.Equal(t, errcode.Info{
		Code:        10010,
		Name:        "GroupNotFound",
		Category:    errcode.CategoryGroup,
		Description: "群组不存在，或者曾经存在过，但是目前已经被解散。",
		English:     info.English,
		Retry:       errcode.RetryNever,
		Sources:     errcode.SourceDocument | errcode.SourceWebPage | errcode.SourceSDK,
		SDKName:     "ERR_SVR_GROUP_NOT_FOUND",
		Note:        info.Note,
	}, info)
	assert.NotEmpty(t, info.English)

	// A copy: changing it changes nothing.
	info.Name, info.Description, info.Retry = "X", "Y", errcode.RetryReauth
	again, _ := errcode.Lookup(errcode.GroupNotFound)
	assert.Equal(t, "GroupNotFound", again.Name)
	assert.Equal(t, errcode.RetryNever, again.Retry)

	for _, c := range []errcode.Code{0, -1, 1, 6030, 10022, 70000, 70999, 38000, 120001, 130000, 114013, math.MaxInt32, math.MinInt32} {
		info, ok := errcode.Lookup(c)
		assert.False(t, ok, "%d is not listed", c)
		assert.Equal(t, errcode.Info{}, info)
	}
}

func TestCodeMethods(t *testing.T) {
	tests := []struct {
		code     errcode.Code
		name     string
		category errcode.Category
		retry    errcode.Retry
		err      string
	}{
		{errcode.GroupNotFound, "GroupNotFound", errcode.CategoryGroup, errcode.RetryNever,
			"errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。"},
		{errcode.SDKParseResponseFailed, "SDKParseResponseFailed", errcode.CategorySDK, errcode.RetryTransient,
			"errcode: 6001 SDKParseResponseFailed: 回包解析失败，内部错误，可提供使用接口、错误码、错误信息给客服解决"},
		{errcode.RESTFreqLimit, "RESTFreqLimit", errcode.CategoryREST, errcode.RetryThrottled,
			"errcode: 60007 RESTFreqLimit: rest接口调用频率超过限制，请降低请求频率"},
		{errcode.AccountUserSigExpired, "AccountUserSigExpired", errcode.CategoryAccount, errcode.RetryReauth,
			"errcode: 70001 AccountUserSigExpired: sig过期，请尝试重新生成。如果是刚生成，就过期，请检查有效期填写的是否过小，或者填的0"},
		{errcode.CommonBodySizeLimit, "CommonBodySizeLimit", errcode.CategoryCommon, errcode.RetryNever,
			"errcode: 80002 CommonBodySizeLimit: 发消息包体过长，目前支持最大8k消息包体长度，请减少包体大小重试"},
		{errcode.MsgInternalError, "MsgInternalError", errcode.CategoryMessage, errcode.RetryTransient,
			"errcode: 91000 MsgInternalError: 服务内部错误，请重试。"},
		{errcode.ResSeqToStringFailed, "ResSeqToStringFailed", errcode.CategoryResource, errcode.RetryNever,
			"errcode: 115257 ResSeqToStringFailed: 序列号为字符串失败"},
		{errcode.OpenMsgShutUpDenied, "OpenMsgShutUpDenied", errcode.CategoryOpenMsg, errcode.RetryNever,
			"errcode: 20012 OpenMsgShutUpDenied: 因禁言，禁止发送消息"},
		{errcode.AccountFreqLimit, "AccountFreqLimit", errcode.CategoryAccount, errcode.RetryThrottled,
			"errcode: 70050 AccountFreqLimit: 因失败且重试次数过多导致被限制，请检查票据是否正确，一分钟之后再试。"},
		// Codes the document does not list: a negative one, and a conflict.
		{errcode.AccessKeyExpired, "AccessKeyExpired", errcode.CategoryAccess, errcode.RetryReauth,
			"errcode: -10001 AccessKeyExpired: " + must(errcode.Lookup(errcode.AccessKeyExpired)).Description},
		{errcode.GroupAttributeWriteConflict, "GroupAttributeWriteConflict", errcode.CategoryGroup, errcode.RetryConflict,
			"errcode: 10056 GroupAttributeWriteConflict: " + must(errcode.Lookup(errcode.GroupAttributeWriteConflict)).Description},
		// A webhook range: its own text, no name.
		{38500, "Code(38500)", errcode.CategorySNS, errcode.RetryNever,
			"errcode: 38500: " + errcode.Describe(38500).Description},
		// Unlisted account system codes: the 其他错误 row.
		{70999, "Code(70999)", errcode.CategoryAccount, errcode.RetryTransient,
			"errcode: 70999: 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604"},
		{70000, "Code(70000)", errcode.CategoryAccount, errcode.RetryTransient,
			"errcode: 70000: 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604"},
		// Any other unlisted number.
		{12345, "Code(12345)", errcode.CategoryUnknown, errcode.RetryNever,
			"errcode: 12345: unknown error code, not listed by any official Tencent Cloud IM source this package knows"},
		{0, "Code(0)", errcode.CategoryUnknown, errcode.RetryNever,
			"errcode: 0: unknown error code, not listed by any official Tencent Cloud IM source this package knows"},
		{71777, "Code(71777)", errcode.CategoryUnknown, errcode.RetryNever,
			"errcode: 71777: unknown error code, not listed by any official Tencent Cloud IM source this package knows"},
		{math.MinInt32, "Code(-2147483648)", errcode.CategoryUnknown, errcode.RetryNever,
			"errcode: -2147483648: unknown error code, not listed by any official Tencent Cloud IM source this package knows"},
		{math.MaxInt32, "Code(2147483647)", errcode.CategoryUnknown, errcode.RetryNever,
			"errcode: 2147483647: unknown error code, not listed by any official Tencent Cloud IM source this package knows"},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(int(tt.code)), func(t *testing.T) {
			assert.Equal(t, tt.name, tt.code.Name())
			assert.Equal(t, tt.category, tt.code.Category())
			assert.Equal(t, tt.retry, tt.code.Retry())
			assert.Equal(t, tt.retry != errcode.RetryNever, tt.code.Retryable())
			assert.Equal(t, tt.err, tt.code.Error())
			var err error = tt.code
			assert.EqualError(t, err, tt.err)
		})
	}
}

// TestEveryCodeMethod calls every method on every listed code and on the
// numbers around them: nothing panics and listed codes agree with Lookup.
func TestEveryCodeMethod(t *testing.T) {
	for c := range errcode.All() {
		info, _ := errcode.Lookup(c)
		assert.Equal(t, info.Name, c.Name())
		assert.Equal(t, info.Category, c.Category())
		assert.Equal(t, info.Retry, c.Retry())
		assert.Equal(t, "errcode: "+strconv.Itoa(int(c))+" "+info.Name+": "+info.Description, c.Error())
		assert.Equal(t, info.English, c.Description(language.English))
		for _, near := range []errcode.Code{c - 1, c + 1, -c} {
			assert.NotPanics(t, func() {
				_ = near.Error()
				_ = near.Name()
				_ = near.Category().Title()
				_ = near.Retry().String()
				_ = near.Description(language.Und)
			})
		}
	}
}

func TestCategory(t *testing.T) {
	tests := []struct {
		cat          errcode.Category
		name, title  string
		parses       bool
		constantFile string
	}{
		{errcode.CategoryUnknown, "unknown", "", false, ""},
		{errcode.CategorySDK, "sdk", "SDK错误码", true, "sdk.go"},
		{errcode.CategoryResource, "resource", "资源文件操作错误码", true, "resource.go"},
		{errcode.CategoryCommon, "common", "公共错误码", true, "rest.go"},
		{errcode.CategoryREST, "rest", "REST API公共错误码", true, "rest.go"},
		{errcode.CategoryMessage, "message", "单发消息", true, "rest.go"},
		{errcode.CategoryGroup, "group", "群组系统", true, "group.go"},
		{errcode.CategoryProfile, "profile", "资料系统", true, "profile.go"},
		{errcode.CategorySNS, "sns", "关系链系统", true, "sns.go"},
		{errcode.CategoryAccount, "account", "帐号系统", true, "account.go"},
		{errcode.CategoryOpenMsg, "openmsg", "开放消息", true, "openmsg.go"},
		{errcode.CategoryAccess, "access", "接入层错误码", true, "access.go"},
		{errcode.CategoryConversation, "conversation", "最近联系人错误码", true, "conversation.go"},
		{errcode.CategoryPush, "push", "离线推送错误码", true, "push.go"},
		{errcode.CategoryOperations, "operations", "运营数据错误码", true, "operations.go"},
		{errcode.CategoryModeration, "moderation", "内容审核错误码", true, "moderation.go"},
		{errcode.CategoryOfficialAccount, "officialaccount", "公众号错误码", true, "officialaccount.go"},
		{errcode.CategoryCall, "call", "音视频通话错误码", true, "call.go"},
		{errcode.Category(200), "Category(200)", "", false, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.name, tt.cat.String())
		assert.Equal(t, tt.title, tt.cat.Title())
		text, err := tt.cat.MarshalText()
		assert.NoError(t, err)
		assert.Equal(t, tt.name, string(text))
		got, ok := errcode.ParseCategory(strings.ToUpper(tt.name))
		assert.Equal(t, tt.parses, ok, "ParseCategory(%q)", tt.name)
		if tt.parses {
			assert.Equal(t, tt.cat, got)
		}
	}
	assert.Len(t, slices.Collect(errcode.Categories()), 17)
	for _, bad := range []string{"", "groups", "群组系统", " sdk"} {
		_, ok := errcode.ParseCategory(bad)
		assert.False(t, ok, "ParseCategory(%q)", bad)
	}
}

// TestInfoJSON round-trips every Info through JSON: Category and Retry as
// their names, Code as a number.
func TestInfoJSON(t *testing.T) {
	for c := range errcode.All() {
		info, _ := errcode.Lookup(c)
		out, err := json.Marshal(info)
		require.NoError(t, err)
		var back errcode.Info
		require.NoError(t, json.Unmarshal(out, &back), "%s", out)
		assert.Equal(t, info, back)
	}
	out, err := json.Marshal(must(errcode.Lookup(errcode.AccountFreqLimit)))
	require.NoError(t, err)
	assert.Contains(t, string(out), `"Code":70050,"Category":"account","Retry":"throttled","Sources":"document|webpage|sdk","Name":"AccountFreqLimit"`)

	for _, bad := range []string{`{"Category":"groups"}`, `{"Retry":"sometimes"}`, `{"Category":""}`, `{"Retry":3}`} {
		var info errcode.Info
		assert.Error(t, json.Unmarshal([]byte(bad), &info), bad)
	}
	var cat errcode.Category
	require.NoError(t, cat.UnmarshalText([]byte("UNKNOWN")))
	assert.Equal(t, errcode.CategoryUnknown, cat)
	err = cat.UnmarshalText([]byte("x"))
	assert.EqualError(t, err, `errcode: unknown category "x"`)
	var r errcode.Retry
	assert.EqualError(t, r.UnmarshalText([]byte("x")), `errcode: unknown retry hint "x"`)
}

func TestRetry(t *testing.T) {
	tests := []struct {
		r         errcode.Retry
		name      string
		retryable bool
	}{
		{errcode.RetryNever, "never", false},
		{errcode.RetryTransient, "transient", true},
		{errcode.RetryThrottled, "throttled", true},
		{errcode.RetryReauth, "reauth", true},
		{errcode.RetryConflict, "conflict", true},
		{errcode.Retry(9), "Retry(9)", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.name, tt.r.String())
		assert.Equal(t, tt.retryable, tt.r.Retryable())
		text, err := tt.r.MarshalText()
		assert.NoError(t, err)
		assert.Equal(t, tt.name, string(text))
		var back errcode.Retry
		if err := back.UnmarshalText([]byte(strings.ToUpper(tt.name))); tt.r <= errcode.RetryConflict {
			assert.NoError(t, err)
			assert.Equal(t, tt.r, back)
		} else {
			assert.Error(t, err)
		}
	}
}

// The retry rule. The meaning of a document text decides its hint, not
// its ending: the document closes most relationship-chain and profile
// texts with 「请再次尝试或联系技术客服」 (try again or contact support),
// whatever went wrong. The rules, tried in order on the Chinese text:
//
//  1. A frequency limit (频率, 频繁) or a security block (安全策略, 安全原因)
//     is throttled: the same request succeeds once the caller slows down.
//  2. A system error (系统错误) is transient, even where the rest of the
//     text names a field: the server failed, not the request.
//  3. A bad request is never: an invalid parameter, field or command
//     (参数错误, 参数非法, 非法字段, 参数数据不正确, 命令非法, SDKAppId非法).
//     The boilerplate ending does not make it transient.
//  4. A failed signature check (签名) is reauth.
//  5. What remains of 「请再次尝试或联系技术客服」 is transient: an internal
//     step failed (读, 写, 执行任务, 元数据, 行数据).
//  6. A business rule the document tells the caller to catch
//     (调用方可以捕捉该错误) is never.
//
// retryExceptions lists the documented codes whose hint the rules do not
// give, each with its reason.
func ruleRetry(zh string) (errcode.Retry, bool) {
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(zh, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("频率", "频繁", "安全策略", "安全原因"):
		return errcode.RetryThrottled, true
	case has("系统错误"):
		return errcode.RetryTransient, true
	case has("参数错误", "参数非法", "非法字段", "参数数据不正确", "命令非法", "SDKAppId非法"):
		return errcode.RetryNever, true
	case has("签名"):
		return errcode.RetryReauth, true
	case has("请再次尝试或联系技术客服"):
		return errcode.RetryTransient, true
	case has("调用方可以捕捉该错误"):
		return errcode.RetryNever, true
	}
	return 0, false
}

var retryExceptions = map[errcode.Code]string{
	// 70050 says 「因失败且重试次数过多导致被限制」 and asks for a minute:
	// a throttle, although it names no frequency.
	errcode.AccountFreqLimit: "throttled",
}

// TestRetryHints checks every documented code against the retry rule
// above, pins the hints of the codes the issues named, and checks where a
// wait is set.
func TestRetryHints(t *testing.T) {
	for c := range errcode.All() {
		info, _ := errcode.Lookup(c)
		if !info.Sources.Has(errcode.SourceDocument) {
			continue
		}
		if want, ok := retryExceptions[c]; ok {
			assert.Equal(t, want, info.Retry.String(), "%d is an exception to the rule: %s", c, info.Description)
			continue
		}
		if want, ok := ruleRetry(info.Description); ok {
			assert.Equal(t, want, info.Retry, "%d by the rule: %s", c, info.Description)
		}
	}
	// Where a source names a time to wait before trying again.
	waits := map[errcode.Code]time.Duration{
		errcode.AccountFreqLimit:                      time.Minute,      // 一分钟之后再试
		errcode.AccountUserSigPublicKeyNotFound:       10 * time.Minute, // 需要十分钟之后尝试
		errcode.SDKGroupGetOnlineMemberCountFreqLimit: time.Minute,      // once every 60 seconds
		errcode.SDKGroupGetGroupsInfoFreqLimit:        time.Second,      // once a second
		errcode.SDKGroupGetJoinedGroupFreqLimit:       time.Second,      // once a second
		9506:                                          time.Second,
		60020:                                         5 * time.Minute, // a new plan takes effect in about 5 minutes
		90024:                                         time.Second,     // more than 1 second between all-user pushes
		errcode.MsgPushRecallFreqLimit:                time.Second,     // at most one recall a second
	}
	for c := range errcode.All() {
		info, _ := errcode.Lookup(c)
		assert.Equal(t, waits[c], info.Wait, "wait of %d", c)
	}
	tests := map[errcode.Code]errcode.Retry{
		errcode.AccountFreqLimit:            errcode.RetryThrottled,
		errcode.AccountUserSigExpired:       errcode.RetryReauth,
		errcode.AccountInvalidUserSig:       errcode.RetryReauth,
		errcode.SDKUserSigExpired:           errcode.RetryReauth,
		errcode.SDKRequestTimeout:           errcode.RetryTransient,
		errcode.GroupFullMemberCount:        errcode.RetryNever,
		errcode.GroupShutUpDenied:           errcode.RetryNever,
		errcode.OpenMsgNotFriends:           errcode.RetryNever,
		errcode.SNSAddFriendInPeerBlacklist: errcode.RetryNever,
		errcode.MsgInternalErrorCallback:    errcode.RetryTransient,
		// Named by the review in issue 12.
		30540: errcode.RetryThrottled, // a security block, like 31707 and 70114
		31707: errcode.RetryThrottled,
		70114: errcode.RetryThrottled,
		10008: errcode.RetryReauth, // the signature is probably wrong
		10003: errcode.RetryNever,  // an invalid command word
		30002: errcode.RetryNever, 31101: errcode.RetryNever, 31201: errcode.RetryNever,
		40605: errcode.RetryNever, 40607: errcode.RetryNever, 40704: errcode.RetryNever,
		115257: errcode.RetryNever,
		40604:  errcode.RetryTransient, 40608: errcode.RetryTransient, 40806: errcode.RetryTransient, // 系统错误
		// Writes that lost a race, named by issue 9.
		8006: errcode.RetryConflict, 10056: errcode.RetryConflict, 20027: errcode.RetryConflict,
		20028: errcode.RetryConflict, 23001: errcode.RetryConflict, 30008: errcode.RetryConflict,
		// Codes that real response bodies carry.
		30006: errcode.RetryTransient, 90045: errcode.RetryNever, 20022: errcode.RetryNever,
	}
	for c, want := range tests {
		assert.Equal(t, want, c.Retry(), "%d %s", c, c.Name())
	}
}

var errForeign = errors.New("something else")

// asCode is an error type of someone else's that presents itself as a
// Code through As and Is methods instead of Unwrap.
type asCode struct{ c errcode.Code }

func (e asCode) Is(target error) bool { return target == e.c }

func (e asCode) Error() string { return "wrapped " + e.c.Error() }

func (e asCode) As(target any) bool {
	if p, ok := target.(*errcode.Code); ok {
		*p = e.c
		return true
	}
	return false
}

func TestErrorsIsAsCodeOf(t *testing.T) {
	groupErr := &errcode.Error{Code: errcode.GroupNotFound, Detail: "group id 123"}
	noCode := &errcode.Error{Detail: "ActionStatus \"FAIL\""}
	tests := []struct {
		name   string
		err    error
		is     errcode.Code // 0: expect errors.Is to find no listed code
		code   errcode.Code
		ok     bool
		asErr  bool
		detail string
	}{
		{"nil", nil, 0, 0, false, false, ""},
		{"foreign", errForeign, 0, 0, false, false, ""},
		{"bare code", errcode.GroupNotFound, errcode.GroupNotFound, errcode.GroupNotFound, true, false, ""},
		{"unknown bare code", errcode.Code(12345), 12345, 12345, true, false, ""},
		{"*Error", groupErr, errcode.GroupNotFound, errcode.GroupNotFound, true, true, "group id 123"},
		{"wrapped", fmt.Errorf("create: %w", groupErr), errcode.GroupNotFound, errcode.GroupNotFound, true, true, "group id 123"},
		{"wrapped twice", fmt.Errorf("a: %w", fmt.Errorf("b: %w", groupErr)), errcode.GroupNotFound, errcode.GroupNotFound, true, true, "group id 123"},
		{"joined", errors.Join(errForeign, groupErr), errcode.GroupNotFound, errcode.GroupNotFound, true, true, "group id 123"},
		{"wrapped code", fmt.Errorf("x: %w", errcode.RESTFreqLimit), errcode.RESTFreqLimit, errcode.RESTFreqLimit, true, false, ""},
		{"from response", errcode.FromResponse("FAIL", 70001, "sig expired"), errcode.AccountUserSigExpired, errcode.AccountUserSigExpired, true, true, "sig expired"},
		{"no code", noCode, 0, 0, false, true, "ActionStatus \"FAIL\""},
		{"wrapped no code", fmt.Errorf("x: %w", noCode), 0, 0, false, true, "ActionStatus \"FAIL\""},
		{"nil *Error", (*errcode.Error)(nil), 0, 0, false, true, ""},
		{"As method", asCode{errcode.RESTFreqLimit}, errcode.RESTFreqLimit, errcode.RESTFreqLimit, true, false, ""},
		{"joined, code second", errors.Join(noCode, fmt.Errorf("x: %w", errcode.GroupNotFound)), errcode.GroupNotFound, errcode.GroupNotFound, true, true, "ActionStatus \"FAIL\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, ok := errcode.CodeOf(tt.err)
			assert.Equal(t, tt.code, code)
			assert.Equal(t, tt.ok, ok)
			if tt.is != 0 {
				assert.ErrorIs(t, tt.err, tt.is)
				assert.NotErrorIs(t, tt.err, errcode.GroupMsgTooLong)
				var c errcode.Code
				assert.ErrorAs(t, tt.err, &c)
				assert.Equal(t, tt.is, c)
			} else if tt.err != nil {
				var c errcode.Code
				assert.False(t, errors.As(tt.err, &c), "no Code in the chain")
				assert.NotErrorIs(t, tt.err, errcode.Code(0))
			}
			var e *errcode.Error
			if tt.asErr {
				require.ErrorAs(t, tt.err, &e)
				if e != nil {
					assert.Equal(t, tt.detail, e.Detail)
				}
			} else if tt.err != nil {
				assert.False(t, errors.As(tt.err, &e))
			}
		})
	}
}

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		err     *errcode.Error
		zh, en  string
		unwraps bool
	}{
		{&errcode.Error{Code: errcode.GroupNotFound, Detail: "group id 123"},
			"errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。 (detail: group id 123)",
			"errcode: 10010 GroupNotFound: " + must(errcode.Lookup(errcode.GroupNotFound)).English + " (detail: group id 123)",
			true},
		{&errcode.Error{Code: errcode.GroupNotFound},
			"errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。",
			"errcode: 10010 GroupNotFound: " + must(errcode.Lookup(errcode.GroupNotFound)).English,
			true},
		{&errcode.Error{Code: 12345, Detail: "what"},
			"errcode: 12345: unknown error code, not listed by any official Tencent Cloud IM source this package knows (detail: what)",
			"errcode: 12345: unknown error code, not listed by any official Tencent Cloud IM source this package knows (detail: what)",
			true},
		{&errcode.Error{Code: 70777, Detail: "d"},
			"errcode: 70777: 内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604 (detail: d)",
			"errcode: 70777: Other account system error: internal error. Retry; if retries keep failing, contact TLS account support (QQ 3268519604). (detail: d)",
			true},
		{&errcode.Error{Detail: "boom"},
			"errcode: request failed with no valid error code (detail: boom)",
			"errcode: request failed with no valid error code (detail: boom)",
			false},
		{&errcode.Error{},
			"errcode: request failed with no valid error code",
			"errcode: request failed with no valid error code",
			false},
		{nil, "errcode: <nil>", "errcode: <nil>", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.zh, tt.err.Error())
		assert.Equal(t, tt.zh, tt.err.Localize(language.SimplifiedChinese))
		assert.Equal(t, tt.zh, tt.err.Localize(language.MustParse("zh-TW")))
		assert.Equal(t, tt.en, tt.err.Localize(language.English))
		assert.Equal(t, tt.en, tt.err.Localize(language.French))
		if tt.unwraps {
			assert.Equal(t, tt.err.Code, tt.err.Unwrap())
		} else {
			assert.Nil(t, tt.err.Unwrap())
		}
	}
}

func must[T any](v T, ok bool) T {
	if !ok {
		panic("not found")
	}
	return v
}

func TestFromResponse(t *testing.T) {
	tests := []struct {
		status string
		code   int
		info   string
		isNil  bool
		want   errcode.Code
		hasOK  bool
		kept   string // the Status the error keeps
		msg    string // the message, when the table fixes it
	}{
		{"OK", 0, "", true, 0, false, "", ""},
		{"", 0, "", true, 0, false, "", ""},
		{"ok", 0, "", true, 0, false, "", ""},
		{"oK", 0, "", true, 0, false, "", ""},
		{"OK", 0, "ignored", true, 0, false, "", ""},
		{"FAIL", 10010, "no such group", false, errcode.GroupNotFound, true, "", ""},
		{"OK", 10010, "", false, errcode.GroupNotFound, true, "", ""}, // a code wins over the status
		{"", 70001, "expired", false, errcode.AccountUserSigExpired, true, "", ""},
		{"FAIL", 0, "", false, 0, false, "FAIL", `errcode: request failed with ActionStatus "FAIL" and no error code`},
		{"fail", 0, "why", false, 0, false, "fail", `errcode: request failed with ActionStatus "fail" and no error code (detail: why)`},
		{"Fail", 0, "", false, 0, false, "Fail", ""},
		{"PENDING", 0, "", false, 0, false, "PENDING", ""},
		{" OK", 0, "", false, 0, false, " OK", ""},
		{"O\u212a", 0, "", false, 0, false, "O\u212a", "errcode: request failed with ActionStatus \"O\u212a\" and no error code"}, // Kelvin sign
		{"\u212aO", 0, "", false, 0, false, "\u212aO", ""},
		{"OKAY", 0, "", false, 0, false, "OKAY", ""},
		{"FAIL", 12345, "new code", false, 12345, true, "", ""},
		{"FAIL", -302, "", false, -302, true, "", ""},
		{"FAIL", math.MaxInt32 + 1, "x", false, 0, false, "", "errcode: request failed with ErrorCode 2147483648, which is outside the int32 range (detail: x)"},
		{"FAIL", math.MinInt32 - 1, "", false, 0, false, "", "errcode: request failed with ErrorCode -2147483649, which is outside the int32 range"},
		{"OK", math.MinInt32, "", false, math.MinInt32, true, "", ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.status, tt.code), func(t *testing.T) {
			err := errcode.FromResponse(tt.status, tt.code, tt.info)
			resp := errcode.Response{ActionStatus: tt.status, ErrorCode: errcode.Code(tt.code), ErrorInfo: tt.info}
			if tt.isNil {
				assert.NoError(t, err)
				assert.NoError(t, resp.Err())
				return
			}
			require.Error(t, err)
			var e *errcode.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.want, e.Code)
			assert.Equal(t, tt.info, e.Detail, "the detail is the server's text, unchanged")
			assert.Equal(t, tt.kept, e.Status)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, err.Error())
				assert.Equal(t, tt.msg, e.Localize(language.English))
			}
			code, ok := errcode.CodeOf(err)
			assert.Equal(t, tt.want, code)
			assert.Equal(t, tt.hasOK, ok)
			if tt.hasOK {
				assert.ErrorIs(t, err, tt.want)
				assert.Equal(t, err, resp.Err())
			}
		})
	}
}

func TestCodeJSON(t *testing.T) {
	tests := []struct {
		in      string
		want    errcode.Code
		wantErr bool
	}{
		{`70001`, 70001, false},
		{`"70001"`, 70001, false},
		{`-302`, -302, false},
		{`"-302"`, -302, false},
		{`0`, 0, false},
		{`"0"`, 0, false},
		{`2147483647`, math.MaxInt32, false},
		{`-2147483648`, math.MinInt32, false},
		{`"2147483647"`, math.MaxInt32, false},
		{`null`, 42, false}, // unchanged
		{`2147483648`, 42, true},
		{`-2147483649`, 42, true},
		{`99999999999`, 42, true},
		{`"99999999999"`, 42, true},
		{`1.5`, 42, true},
		{`10010.0`, 42, true},
		{`1e4`, 42, true},
		{`-0`, 0, false},
		{`"1e4"`, 42, true},
		{`"abc"`, 42, true},
		{`""`, 42, true},
		{`"-"`, 42, true},
		{`"+5"`, 42, true},
		{`" 5"`, 42, true},
		{`"05"`, 42, true},
		{`"null"`, 42, true},
		{`true`, 42, true},
		{`[]`, 42, true},
		{`[1]`, 42, true},
		{`{}`, 42, true},
		{`{"a":1}`, 42, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c := errcode.Code(42)
			err := json.Unmarshal([]byte(tt.in), &c)
			if tt.wantErr {
				assert.Error(t, err)
				var te *json.UnmarshalTypeError
				assert.ErrorAs(t, err, &te)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tt.want, c)

			// Inside a response body, with the same verdict.
			var resp errcode.Response
			resp.ErrorCode = 42
			err = json.Unmarshal([]byte(`{"ActionStatus":"FAIL","ErrorCode":`+tt.in+`,"ErrorInfo":"i"}`), &resp)
			assert.Equal(t, tt.wantErr, err != nil)
			if !tt.wantErr {
				assert.Equal(t, tt.want, resp.ErrorCode)
			}
		})
	}

	// A Code encodes as a plain number.
	out, err := json.Marshal(struct {
		C errcode.Code
		R errcode.Response
	}{errcode.GroupNotFound, errcode.Response{ActionStatus: "FAIL", ErrorCode: -302, ErrorInfo: "x"}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"C":10010,"R":{"ActionStatus":"FAIL","ErrorCode":-302,"ErrorInfo":"x"}}`, string(out))
}

func TestResponseEmbedded(t *testing.T) {
	type getGroupInfo struct {
		errcode.Response
		GroupID string `json:"GroupId"`
	}
	tests := []struct {
		body string
		want errcode.Code // 0 for success
		fail bool
	}{
		{`{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","GroupId":"g1"}`, 0, false},
		{`{"GroupId":"g1"}`, 0, false},
		{`{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"group not found"}`, errcode.GroupNotFound, true},
		{`{"ActionStatus":"FAIL","ErrorCode":"10010","ErrorInfo":"quoted"}`, errcode.GroupNotFound, true},
		{`{"ActionStatus":"FAIL","ErrorInfo":"no code"}`, 0, true},
		{`{"ActionStatus":"OK","ErrorCode":60007}`, errcode.RESTFreqLimit, true},
	}
	for _, tt := range tests {
		var r getGroupInfo
		require.NoError(t, json.Unmarshal([]byte(tt.body), &r), tt.body)
		err := r.Err()
		if !tt.fail {
			assert.NoError(t, err, tt.body)
			continue
		}
		assert.Error(t, err, tt.body)
		if tt.want != 0 {
			assert.ErrorIs(t, err, tt.want, tt.body)
		}
	}
}

func TestLogValue(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	log.Error("call failed", "err", &errcode.Error{Code: errcode.RESTFreqLimit, Detail: "slow down"})
	assert.JSONEq(t, `{"level":"ERROR","msg":"call failed","err":{"code":60007,"name":"RESTFreqLimit","category":"rest","retry":"throttled","detail":"slow down"}}`, buf.String())
}

// TestDescriptionLanguages is the matching table of the English texts issue.
func TestDescriptionLanguages(t *testing.T) {
	info := must(errcode.Lookup(errcode.GroupNotFound))
	tests := []struct {
		tag     string
		chinese bool
	}{
		{"zh", true}, {"zh-CN", true}, {"zh-Hans", true}, {"zh-SG", true}, {"zh-Hans-CN", true},
		{"zh-TW", true}, {"zh-HK", true}, {"zh-Hant", true}, {"zh-MO", true}, {"zh-Hant-TW", true},
		{"und-CN", true},
		{"en", false}, {"en-US", false}, {"en-GB", false}, {"en-CN", false},
		{"fr", false}, {"ja", false}, {"ko", false}, {"de-CH", false}, {"es-419", false},
		{"yue", false}, {"und", false}, {"zh-Latn", false},
	}
	for _, tt := range tests {
		tag := language.MustParse(tt.tag)
		want := info.English
		if tt.chinese {
			want = info.Description
		}
		assert.Equal(t, want, errcode.GroupNotFound.Description(tag), "tag %s", tt.tag)
		// Twice: the second answer comes from the cache.
		assert.Equal(t, want, errcode.GroupNotFound.Description(tag), "tag %s again", tt.tag)
	}
	assert.Equal(t, info.English, errcode.GroupNotFound.Description(language.Und))
	assert.Equal(t, info.English, errcode.GroupNotFound.Description(language.Tag{}))

	// Unlisted numbers.
	unknown := errcode.Code(12345).Description(language.English)
	assert.Equal(t, unknown, errcode.Code(12345).Description(language.Chinese), "no Chinese text exists for an unlisted number")
	assert.Contains(t, unknown, "no official Tencent Cloud IM source")
	assert.Equal(t, "内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604", errcode.Code(70777).Description(language.Chinese))
	assert.NotContains(t, errcode.Code(70777).Description(language.English), "内部")
}

func TestAcceptLanguage(t *testing.T) {
	tests := []struct {
		header string
		want   language.Tag
	}{
		{"zh-CN,zh;q=0.9,en;q=0.8", language.SimplifiedChinese},
		{"zh", language.SimplifiedChinese},
		{"zh-SG", language.SimplifiedChinese},
		{"zh-TW,zh;q=0.9", language.TraditionalChinese},
		{"zh-HK", language.TraditionalChinese},
		{"en-US,en;q=0.9,zh-CN;q=0.8", language.English},
		{"en", language.English},
		{"fr-FR,fr;q=0.9", language.English},
		{"fr-FR,zh;q=0.5", language.SimplifiedChinese},
		{"ja,en;q=0.5", language.English},
		{"*", language.English},
		{"", language.English},
		{"zh;q=0", language.English},
		{"en;q=0.1, zh-CN;q=0.9", language.SimplifiedChinese},
		{"garbage;;;q=x", language.English},
		{"zh-CN;q=abc", language.English},
		{strings.Repeat("a", 10000), language.English},
		{"\x00\xff", language.English},
	}
	for _, tt := range tests {
		got := errcode.AcceptLanguage(tt.header)
		assert.Equal(t, tt.want, got, "header %q", tt.header)
		info := must(errcode.Lookup(errcode.GroupNotFound))
		if tt.want == language.English {
			assert.Equal(t, info.English, errcode.GroupNotFound.Description(got))
		} else {
			assert.Equal(t, info.Description, errcode.GroupNotFound.Description(got))
		}
	}
}

// TestAcceptLanguageManyHeaders sends more distinct headers than the cache
// has slots, some longer than it keeps, twice over: the answers stay right.
func TestAcceptLanguageManyHeaders(t *testing.T) {
	for round := 0; round < 2; round++ {
		for i := 0; i < 200; i++ {
			q := fmt.Sprintf("0.%d", i%9+1)
			zh := fmt.Sprintf("fr;q=0.05, zh-CN;q=%s, x-%d;q=0.01", q, i)
			en := fmt.Sprintf("en-GB, zh;q=0.%d, x-%d;q=0.01", i%9, i)
			if i%10 == 0 {
				zh += strings.Repeat(", de;q=0.01", 30)
			}
			assert.Equal(t, language.SimplifiedChinese, errcode.AcceptLanguage(zh), zh)
			assert.Equal(t, language.English, errcode.AcceptLanguage(en), en)
		}
	}
}

var (
	thousands   = regexp.MustCompile(`(\d),(\d{3})`)
	numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)

// TestEnglishTexts checks every English text: present, free of Chinese,
// and different wherever the Chinese differs.
func TestEnglishTexts(t *testing.T) {
	byEnglish := map[string]string{}
	for c := range errcode.All() {
		info, _ := errcode.Lookup(c)
		assert.NotEmpty(t, info.English, "%d", c)
		assert.NoError(t, codedoc.CheckEnglish(info.English), "%d: %q", c, info.English)
		assert.True(t, unicode.IsUpper(rune(info.English[0])) && strings.HasSuffix(info.English, "."), "%d: a sentence: %q", c, info.English)
		if zh, dup := byEnglish[info.English]; dup {
			assert.Equal(t, zh, info.Description, "%d: different Chinese texts share the English %q", c, info.English)
		}
		byEnglish[info.English] = info.Description

		// Every number in the Chinese is in the English too: as digits,
		// with or without thousands separators, or, up to ten, as a word.
		english := thousands.ReplaceAllString(info.English, "$1$2")
		for _, n := range regexp.MustCompile(`\d+`).FindAllString(info.Description, -1) {
			if i, err := strconv.Atoi(n); err == nil && i <= 10 && strings.Contains(strings.ToLower(info.English), numberWords[i]) {
				continue
			}
			assert.Regexp(t, `(^|\D)`+n+`(\D|$)`, english, "%d: the English keeps the number %s", c, n)
		}
		// So is every identifier written in Latin letters with an underscore.
		for _, id := range regexp.MustCompile(`[A-Za-z]+_[A-Za-z_]+`).FindAllString(info.Description, -1) {
			assert.Contains(t, info.English, id, "%d: the English keeps %s", c, id)
		}
	}
}

func TestAllocations(t *testing.T) {
	codes := slices.Collect(errcode.All())
	tags := []language.Tag{language.English, language.SimplifiedChinese, language.MustParse("zh-TW"), language.Und, language.French}
	for _, tag := range tags {
		_ = errcode.GroupNotFound.Description(tag) // the first sight of a compact tag is settled once
	}
	headers := []string{"zh-CN,zh;q=0.9,en;q=0.8", "en-US,en;q=0.9", "zh-TW"}
	for _, h := range headers {
		_ = errcode.AcceptLanguage(h) // let the cache learn the header
	}
	var sink any
	var tagSink language.Tag
	wrapped := fmt.Errorf("call: %w", errors.Join(errForeign, &errcode.Error{Code: errcode.GroupNotFound}))
	i := 0
	next := func() errcode.Code { i++; return codes[i%len(codes)] + errcode.Code(i%3) }
	tests := []struct {
		name string
		max  float64
		fn   func()
	}{
		{"Lookup", 0, func() { info, _ := errcode.Lookup(next()); sink = info.Name }},
		{"Name", 0, func() { _ = next().Name() }},
		{"Category", 0, func() { _ = next().Category() }},
		{"Retry", 0, func() { _ = next().Retry() }},
		{"Description", 0, func() { _ = codes[i%len(codes)].Description(tags[i%len(tags)]); i++ }},
		{"Code.Error", 1, func() { _ = next().Error() }},
		{"FromResponse", 1, func() { sink = errcode.FromResponse("FAIL", int(codes[i%len(codes)]), "detail"); i++ }},
		{"FromResponse OK", 0, func() { sink = errcode.FromResponse("OK", 0, "") }},
		{"CodeOf", 0, func() { _, _ = errcode.CodeOf(wrapped) }},
		{"UnmarshalJSON", 0, func() { var c errcode.Code; _ = c.UnmarshalJSON([]byte(`"70001"`)) }},
		{"AcceptLanguage", 0, func() { tagSink = errcode.AcceptLanguage(headers[i%len(headers)]); i++ }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.LessOrEqual(t, testing.AllocsPerRun(1000, tt.fn), tt.max)
		})
	}
	_, _ = sink, tagSink
}

// TestExportedDocs checks that every exported identifier of the package,
// methods included, has a doc comment that starts with its name.
func TestExportedDocs(t *testing.T) {
	fset, files, err := codedoc.ParseDir(".")
	require.NoError(t, err)
	checked := 0
	check := func(name string, doc *ast.CommentGroup, group *ast.CommentGroup, pos token.Pos) {
		if !token.IsExported(name) {
			return
		}
		checked++
		if doc == nil {
			doc = group // a lone spec may be documented on its declaration
		}
		if assert.NotNil(t, doc, "%s: %s has no doc comment", fset.Position(pos), name) {
			assert.True(t, strings.HasPrefix(doc.Text(), name+" "), "%s: the doc of %s starts with its name: %q", fset.Position(pos), name, doc.Text())
		}
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				check(d.Name.Name, d.Doc, nil, d.Pos())
			case *ast.GenDecl:
				var group *ast.CommentGroup
				if len(d.Specs) == 1 {
					group = d.Doc
				}
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						check(s.Name.Name, s.Doc, group, s.Pos())
					case *ast.ValueSpec:
						for _, n := range s.Names {
							check(n.Name, s.Doc, group, s.Pos())
						}
					}
				}
			}
		}
	}
	assert.Greater(t, checked, 377)
}

// TestDescriptionManyTags sends many distinct tags, twice: the answers
// depend on the tag alone, not on what came before.
func TestDescriptionManyTags(t *testing.T) {
	info := must(errcode.Lookup(errcode.GroupNotFound))
	regions := []string{"US", "GB", "CN", "TW", "HK", "SG", "MO", "DE", "FR", "JP", "AU", "CA", "IN", "BR", "MY", "NZ"}
	for round := 0; round < 2; round++ {
		for _, base := range []string{"zh", "en", "fr", "de", "ja", "es", "ko", "ru"} {
			for _, region := range regions {
				tag := language.MustParse(base + "-" + region)
				want := info.English
				if base == "zh" {
					want = info.Description
				}
				assert.Equal(t, want, errcode.GroupNotFound.Description(tag), "tag %s", tag)
			}
		}
	}
}

// TestConcurrentUse runs lookups, language choice (including tags seen for
// the first time), FromResponse and errors.Is from many goroutines at once;
// run it with -race.
func TestConcurrentUse(t *testing.T) {
	codes := slices.Collect(errcode.All())
	tags := []language.Tag{language.English, language.SimplifiedChinese, language.MustParse("zh-TW"), language.Und}
	for _, r := range []string{"AU", "CA", "IE", "NZ", "ZA", "SG", "HK", "MO"} {
		tags = append(tags, language.MustParse("en-"+r), language.MustParse("zh-"+r))
	}
	var wg sync.WaitGroup
	failures := make(chan string, 64)
	for g := range 16 {
		wg.Go(func() {
			for i := range 2000 {
				c := codes[(g*131+i)%len(codes)]
				tag := tags[(g+i)%len(tags)]
				info, ok := errcode.Lookup(c)
				base, _ := tag.Base()
				want := info.English
				if base.String() == "zh" {
					want = info.Description
				}
				err := fmt.Errorf("call %d: %w", i, errcode.FromResponse("FAIL", int(c), "detail"))
				got, has := errcode.CodeOf(err)
				switch {
				case !ok || info.Code != c:
					failures <- fmt.Sprintf("Lookup(%d) = %v, %v", c, info, ok)
				case c.Description(tag) != want:
					failures <- fmt.Sprintf("Description(%v) of %d", tag, c)
				case !errors.Is(err, c) || !has || got != c:
					failures <- fmt.Sprintf("errors.Is/CodeOf lost %d", c)
				case errcode.AcceptLanguage("zh-CN,en;q=0.5") != language.SimplifiedChinese:
					failures <- "AcceptLanguage"
				case c.Error() == "" || c.Name() != info.Name:
					failures <- fmt.Sprintf("Error/Name of %d", c)
				default:
					continue
				}
				return
			}
		})
	}
	wg.Wait()
	close(failures)
	for f := range failures {
		t.Error(f)
	}
}

// TestTableIsNotExposed checks the exported API: no exported variables,
// and no exported function or method returns a pointer, slice or map, so
// nothing outside can reach into the table.
func TestTableIsNotExposed(t *testing.T) {
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	require.NoError(t, err)
	funcs := 0
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, spec := range d.Specs {
					for _, n := range spec.(*ast.ValueSpec).Names {
						assert.False(t, n.IsExported(), "%s: exported variable %s can be reassigned", fset.Position(n.Pos()), n.Name)
					}
				}
			case *ast.FuncDecl:
				if !d.Name.IsExported() || d.Type.Results == nil {
					continue
				}
				funcs++
				for _, r := range d.Type.Results.List {
					switch r.Type.(type) {
					case *ast.StarExpr, *ast.ArrayType, *ast.MapType:
						// MarshalText returns a fresh []byte and Unwrap a
						// fresh []error, which is fine.
						if d.Name.Name == "MarshalText" || d.Name.Name == "Unwrap" {
							continue
						}
						assert.Failf(t, "exposes storage", "%s: %s returns %T", fset.Position(d.Pos()), d.Name.Name, r.Type)
					}
				}
			}
		}
	}
	assert.Greater(t, funcs, 10)

	// MarshalText hands out a copy.
	text, _ := errcode.CategoryGroup.MarshalText()
	text[0] = 'X'
	assert.Equal(t, "group", errcode.CategoryGroup.String())
	text, _ = errcode.RetryNever.MarshalText()
	text[0] = 'X'
	assert.Equal(t, "never", errcode.RetryNever.String())
}
