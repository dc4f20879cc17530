package errcode_test

// Tests of category.go: Category, its names and text form, and ParseCategory;
// and of the text form Retry shares with it.

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

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

// namedValues returns every category and retry hint that has a name, as
// their String gives it, with a decoder for each kind: what UnmarshalText
// makes of a text, and for categories what ParseCategory does.
func namedValues() (names []string, decode map[string]func(string) (int, bool)) {
	for c := range 256 {
		if s := errcode.Category(c).String(); !strings.HasPrefix(s, "Category(") {
			names = append(names, "category "+s)
		}
	}
	for r := range 256 {
		if s := errcode.Retry(r).String(); !strings.HasPrefix(s, "Retry(") {
			names = append(names, "retry "+s)
		}
	}
	decode = map[string]func(string) (int, bool){
		"category": func(s string) (int, bool) {
			var c errcode.Category
			err := c.UnmarshalText([]byte(s))
			return int(c), err == nil
		},
		"retry": func(s string) (int, bool) {
			var r errcode.Retry
			err := r.UnmarshalText([]byte(s))
			return int(r), err == nil
		},
		"ParseCategory": func(s string) (int, bool) {
			c, ok := errcode.ParseCategory(s)
			return int(c), ok
		},
	}
	return names, decode
}

// TestTextDecodingFoldsASCIIOnly checks that category and retry names
// match in any case of their ASCII letters and in no other spelling: not
// with a character that Unicode case folding takes to one of their
// letters, such as the long s (U+017F) or the Kelvin sign (U+212A).
func TestTextDecodingFoldsASCIIOnly(t *testing.T) {
	names, decode := namedValues()
	unicodeForms := 0
	for _, kn := range names {
		kind, name, _ := strings.Cut(kn, " ")
		decoders := []string{kind}
		if kind == "category" && name != "unknown" {
			decoders = append(decoders, "ParseCategory")
		}
		want, ok := decode[kind](name)
		require.True(t, ok, "%s decodes", kn)

		title := strings.ToUpper(name[:1]) + name[1:]
		var alternate strings.Builder
		for i, r := range name {
			if i%2 == 1 {
				r = unicode.ToUpper(r)
			}
			alternate.WriteRune(r)
		}
		for _, d := range decoders {
			for _, s := range []string{name, strings.ToUpper(name), title, alternate.String()} {
				got, ok := decode[d](s)
				assert.True(t, ok, "%s(%q)", d, s)
				assert.Equal(t, want, got, "%s(%q)", d, s)
			}
		}

		// Each letter in turn replaced by every other character of its
		// case-folding orbit that is not ASCII.
		for i, r := range name {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if f <= unicode.MaxASCII {
					continue
				}
				s := name[:i] + string(f) + name[i+1:]
				require.True(t, strings.EqualFold(s, name), "%q folds to %q", s, name)
				unicodeForms++
				for _, d := range decoders {
					_, ok := decode[d](s)
					assert.False(t, ok, "%s(%q) accepts a Unicode case fold", d, s)
				}
			}
		}
	}
	assert.GreaterOrEqual(t, unicodeForms, 10, "names with a letter Unicode folds, such as s and k")
	for _, s := range []string{"ſdk", "ſns", "un\u212anown", "tranſient", "reſt", "openmſg", "", " sdk", "sdk ", "SDK\x00", "groups"} {
		for _, d := range []string{"category", "retry", "ParseCategory"} {
			_, ok := decode[d](s)
			assert.False(t, ok, "%s(%q)", d, s)
		}
	}
	var info errcode.Info
	assert.Error(t, json.Unmarshal([]byte(`{"Category":"\u017fdk"}`), &info))
	assert.Error(t, json.Unmarshal([]byte(`{"Retry":"tran\u017fient"}`), &info))
}

// TestTextRoundTrip checks that what MarshalText gives, UnmarshalText
// takes back to the same value, for all 256 values of Category and of
// Retry, named or not, directly and inside an Info in JSON; and that the
// numbered form is accepted only as String writes it.
func TestTextRoundTrip(t *testing.T) {
	for v := range 256 {
		c := errcode.Category(v)
		text, err := c.MarshalText()
		require.NoError(t, err)
		var c2 errcode.Category
		if assert.NoError(t, c2.UnmarshalText(text), "%s", text) {
			assert.Equal(t, c, c2, "%s", text)
		}

		r := errcode.Retry(v)
		text, err = r.MarshalText()
		require.NoError(t, err)
		var r2 errcode.Retry
		if assert.NoError(t, r2.UnmarshalText(text), "%s", text) {
			assert.Equal(t, r, r2, "%s", text)
		}

		in := errcode.Info{Code: 1, Category: c, Retry: r}
		out, err := json.Marshal(in)
		require.NoError(t, err)
		var back errcode.Info
		if assert.NoError(t, json.Unmarshal(out, &back), "%s", out) {
			assert.Equal(t, in, back, "%s", out)
		}
	}
	assert.Equal(t, "Category(255)", errcode.Category(255).String())
	assert.Equal(t, "Retry(255)", errcode.Retry(255).String())

	for _, n := range []string{"256", "999", "1000", "4294967297", "-1", "+1", "007", "00", "", " 1", "1 ", "1_0", "0x1", "\u0661"} {
		for _, prefix := range []string{"Category(", "Retry("} {
			s := prefix + n + ")"
			var c errcode.Category
			var r errcode.Retry
			assert.Error(t, c.UnmarshalText([]byte(s)), "Category %q", s)
			assert.Error(t, r.UnmarshalText([]byte(s)), "Retry %q", s)
		}
	}
	for _, s := range []string{"Retry(3)", "category(3)", "CATEGORY(3)", "Category(3", "Category3)", "Category(3))", "Category(3)x", "(3)"} {
		var c errcode.Category
		assert.Error(t, c.UnmarshalText([]byte(s)), "Category %q", s)
	}
	for _, s := range []string{"Category(3)", "retry(3)", "RETRY(3)", "Retry(3", "Retry3)", "Retry(3)x"} {
		var r errcode.Retry
		assert.Error(t, r.UnmarshalText([]byte(s)), "Retry %q", s)
	}
	var c errcode.Category
	assert.NoError(t, c.UnmarshalText([]byte("Category(3)")), "a number that has a name")
	assert.Equal(t, errcode.Category(3), c)
	assert.EqualError(t, c.UnmarshalText([]byte("Category(256)")), `errcode: unknown category "Category(256)"`)
}
