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
