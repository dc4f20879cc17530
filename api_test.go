package errcode

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/errcode-im/errcode/internal/genapi/pages"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readCodes reads testdata/api/codes.tsv: each API path and its codes.
func readCodes(t *testing.T) map[string][]Code {
	b, err := os.ReadFile("testdata/api/codes.tsv")
	require.NoError(t, err)
	out := make(map[string][]Code)
	for line := range strings.Lines(string(b)) {
		line = strings.TrimRight(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		api, code, ok := strings.Cut(line, "\t")
		require.True(t, ok, line)
		if _, ok := out[api]; !ok {
			out[api] = nil // an API whose page lists no code has a row too
		}
		if code != "-" {
			n, err := strconv.Atoi(code)
			require.NoError(t, err, line)
			out[api] = append(out[api], Code(n))
		}
	}
	return out
}

// TestAPITableMatchesFacts: every (API, code) pair of codes.tsv is in the
// table both ways, and the table has nothing else.
func TestAPITableMatchesFacts(t *testing.T) {
	facts := readCodes(t)
	var paths []string
	for a := range APIs() {
		paths = append(paths, a.Path())
	}
	want := slices.Sorted(func(yield func(string) bool) {
		for p := range facts {
			if !yield(p) {
				return
			}
		}
	})
	require.Equal(t, want, paths)
	pairs := 0
	for a := range APIs() {
		assert.Equal(t, facts[a.Path()], slices.Collect(a.Codes()), a.Path())
		for _, c := range facts[a.Path()] {
			pairs++
			assert.Contains(t, slices.Collect(c.APIs()), a, "%d.APIs() lacks %s", c, a)
			assert.True(t, a.Lists(c))
		}
	}
	seen := 0
	for c := range codeSet(facts) {
		for a := range c.APIs() {
			seen++
			assert.Contains(t, facts[a.Path()], c, "%s does not list %d", a, c)
		}
	}
	assert.Equal(t, pairs, seen)
}

func codeSet(m map[string][]Code) map[Code]bool {
	out := make(map[Code]bool)
	for _, cs := range m {
		for _, c := range cs {
			out[c] = true
		}
	}
	return out
}

// TestFactsMatchPages: codes.tsv is what the page copies list, when they
// are at hand.
func TestFactsMatchPages(t *testing.T) {
	dirs := []string{filepath.Join(sources, "rest-api"), filepath.Join(sources, "rest-api-pages")}
	for _, d := range dirs {
		if _, err := os.Stat(d); err != nil {
			t.Skipf("no page copies at %s (CI has them): %v", d, err)
		}
	}
	ps, err := pages.Read(dirs...)
	require.NoError(t, err)
	got := make(map[string][]Code)
	for _, p := range ps {
		if _, ok := got[p.Path]; !ok {
			got[p.Path] = nil
		}
		for _, c := range p.Codes {
			got[p.Path] = append(got[p.Path], Code(c))
		}
	}
	for p, cs := range got {
		slices.Sort(cs)
		got[p] = slices.Compact(cs)
	}
	assert.Equal(t, got, readCodes(t), "run: go run ./internal/genapi -pages %s -w", strings.Join(dirs, " "))
}

// TestAPICodesKnown: every code a page lists, and every code of the Push
// Service page, is a listed code of the package.
func TestAPICodesKnown(t *testing.T) {
	codes := codeSet(readCodes(t))
	if b, err := os.ReadFile(filepath.Join(sources, "push-error-page.md")); err == nil {
		for line := range strings.Lines(string(b)) {
			f, _, _ := strings.Cut(line, "|")
			if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 && n < 800000 {
				codes[Code(n)] = true
			}
		}
	}
	var missing []int
	for c := range codes {
		if _, ok := Lookup(c); !ok {
			missing = append(missing, int(c))
		}
	}
	slices.Sort(missing)
	assert.Empty(t, missing, "codes the pages list that Lookup does not know")
}

func TestLookupAPI(t *testing.T) {
	want := mustAPI(t, "v4/group_open_http_svc/add_group_member")
	for _, p := range []string{
		"v4/group_open_http_svc/add_group_member",
		"group_open_http_svc/add_group_member",
		"/v4/group_open_http_svc/add_group_member",
		"/group_open_http_svc/add_group_member/",
		"https://xxxxxx/v4/group_open_http_svc/add_group_member?sdkappid=88888888&identifier=admin&usersig=xxx&random=99999999&contenttype=json",
		"https://adminapisgp.im.qcloud.com/v4/group_open_http_svc/add_group_member",
		"V4/Group_Open_Http_Svc/Add_Group_Member",
	} {
		got, ok := LookupAPI(p)
		assert.True(t, ok, p)
		assert.Equal(t, want, got, p)
	}
	for _, p := range []string{"", "/", "v4/", "v4/openim", "v4/openim/nosuch", "https://host", "https://host?v4/openim/sendmsg", "v5/openim/sendmsg"} {
		got, ok := LookupAPI(p)
		assert.False(t, ok, p)
		assert.Equal(t, API{}, got, p)
	}
	assert.Equal(t, "v4/group_open_http_svc/add_group_member", want.Path())
	assert.Equal(t, want.Path(), want.String())
	var zero API
	assert.Equal(t, "", zero.Path())
	assert.Equal(t, "API(none)", zero.String())
	assert.Empty(t, slices.Collect(zero.Codes()))
	assert.Empty(t, slices.Collect(zero.EntryLists()))
	for a := range APIs() {
		got, ok := LookupAPI(a.Path())
		assert.True(t, ok)
		assert.Equal(t, a, got)
	}
}

func TestAPIEntryLists(t *testing.T) {
	assert.Equal(t, []EntryList{{Field: "MemberList", ID: "Member_Account", Code: "Result", Rule: FailsZero}},
		slices.Collect(mustAPI(t, "v4/group_open_http_svc/add_group_member").EntryLists()))
	assert.Equal(t, []EntryList{{Field: "GroupResultItem[].ResultItem", ID: "ContactItem.To_Account|ContactItem.ToGroupId", Code: "ResultCode", Rule: FailsNonzero}},
		slices.Collect(mustAPI(t, "v4/recentcontact/create_contact_group").EntryLists()))
	assert.Equal(t, []EntryList{{Field: "FailAccounts", Rule: FailsAlways}},
		slices.Collect(mustAPI(t, "v4/im_open_login_svc/multiaccount_import").EntryLists()))
	assert.Equal(t, "nonzero", FailsNonzero.String())
	assert.Equal(t, "Rule(9)", Rule(9).String())
}

func TestAPIDescribe(t *testing.T) {
	tests := []struct {
		api   string
		code  Code
		retry Retry
	}{
		{"v4/openconfigsvr/getnospeaking", 130002, RetryNever},
		{"v4/openconfigsvr/getappinfo", 130009, RetryTransient},
		{"v4/openim_msg_ext_http_svc/set_key_values", 10008, RetryNever},
		{"v4/timpush/batch", 90057, RetryNever},
	}
	for _, tt := range tests {
		a := mustAPI(t, tt.api)
		assert.True(t, a.Differs(tt.code))
		in := a.Describe(tt.code)
		general := Describe(tt.code)
		assert.Equal(t, tt.code, in.Code)
		assert.Equal(t, general.Name, in.Name)
		assert.NotEqual(t, general.English, in.English, tt.api)
		assert.NotEqual(t, general.Description, in.Description, tt.api)
		assert.Equal(t, tt.retry, in.Retry)
		assert.Contains(t, in.Note, tt.api)
	}
	sendmsg := mustAPI(t, "v4/openim/sendmsg")
	assert.False(t, sendmsg.Differs(90057))
	assert.Equal(t, Describe(90057), sendmsg.Describe(90057))
	assert.Equal(t, Describe(GroupNotFound), API{}.Describe(GroupNotFound))
}
