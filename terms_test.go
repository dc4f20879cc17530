package errcode_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/internal/codedoc"
)

// englishText is one English paragraph of a code: its English text, its
// Note, or the Caution of its doc comment.
type englishText struct {
	code  errcode.Code
	field string // "English", "Note" or "Caution"
	text  string
}

// englishTexts returns every English paragraph of the code constants'
// doc comments, as internal/codedoc reads them: the English text, the Note
// and the Caution. TestSourceStyle checks that the table holds the same.
func englishTexts(t *testing.T) []englishText {
	t.Helper()
	records, err := codedoc.Parse(".")
	require.NoError(t, err)
	var texts []englishText
	for _, r := range records {
		c := errcode.Code(r.Value)
		texts = append(texts, englishText{c, "English", r.English})
		if r.Note != "" {
			texts = append(texts, englishText{c, "Note", r.Note})
		}
		if r.Caution != "" {
			texts = append(texts, englishText{c, "Caution", r.Caution})
		}
	}
	require.Greater(t, len(texts), len(records), "the Notes are there too")
	return texts
}

// A termRule bans the variants of one term, or one calque, from the
// English texts. A match is allowed when it is one of the rule's allowed
// spellings, or when the code's text holds one of its exceptions there.
type termRule struct {
	name   string
	banned *regexp.Regexp
	// allowed are the spellings a match may have: the term itself.
	allowed []string
	// applies limits the rule to some codes; nil means every code.
	applies func(errcode.Info) bool
	// exceptions are the texts a code may keep, each with its reason: a
	// match that lies inside one of them is allowed.
	exceptions map[errcode.Code][]string
	// bad are texts the rule must reject, so that the test can fail.
	bad []string
}

// friendshipCode reports whether a code belongs to the relationship chain,
// where 分组 is a friend group and a bare "group" would read as a chat group.
func friendshipCode(info errcode.Info) bool {
	return info.Category == errcode.CategorySNS || strings.Contains(info.Name, "Friendship")
}

var termRules = []termRule{
	{
		name:    "SDKAppID",
		banned:  regexp.MustCompile(`(?i)\b(?:sdk[-_ ]?)?app[-_ ]?ids?\b`),
		allowed: []string{"SDKAppID", "SDKAppIDs"},
		exceptions: map[errcode.Code][]string{
			// The REST API's URL parameter is spelled sdkappid.
			60012: {"`sdkappid`"},
		},
		bad: []string{"Check the appid.", "The sdkappid is wrong.", "Invalid SDKAppId.", "The AppID is wrong.", "the app ID"},
	},
	{
		name:    "UserSig",
		banned:  regexp.MustCompile(`(?i)\b(?:user[-_ ]?)?sigs?\b`),
		allowed: []string{"UserSig", "UserSigs"},
		bad:     []string{"The sig has expired.", "Sig verification failed.", "Generate a new usersig.", "the user sig", "the User-Sig"},
	},
	{
		name:    "UserID",
		banned:  regexp.MustCompile(`(?i)\buser[-_ ]?id\b|\bidentifier\b`),
		allowed: []string{"UserID", "Identifier"}, // Identifier: the REST field and URL parameter
		exceptions: map[errcode.Code][]string{
			// An official account's own ID, not a user's UserID.
			130007: {"official account user ID"},
			130008: {"official account user ID"},
		},
		bad: []string{"Check the user ID.", "the identifier in the request", "the userid"},
	},
	{
		name:   "blocklist",
		banned: regexp.MustCompile(`(?i)\bblack[- ]?lists?`),
		bad:    []string{"the blacklist", "is blacklisted", "a black list"},
	},
	{
		name:    "friend group",
		banned:  regexp.MustCompile(`(?i)\b(?:\w+ )?groups?\b`),
		allowed: []string{"friend group", "friend groups", "Friend group", "Friend groups", "chat group", "chat groups"},
		applies: friendshipCode,
		bad:     []string{"the group name at most 30 bytes", "group limit reached", "you have more than 32 groups"},
	},
	{
		name:   "calque: own side",
		banned: regexp.MustCompile(`(?i)\bown[- ]side\b|\b(?:the )?other (?:side|party)\b`),
		bad:    []string{"the own-side friend info", "the other party and own side", "the other side"},
	},
	{
		name:   "calque: head for header",
		banned: regexp.MustCompile(`(?i)\b(?:response|request|packet|upload) head\b`),
		bad:    []string{"the response head did not end", "the packet head"},
	},
	{
		name:    "HTTP/1.1",
		banned:  regexp.MustCompile(`(?i)\bhttp ?1\.1\b|\bhttp/1\.1\b`),
		allowed: []string{"HTTP/1.1"},
		bad:     []string{"not HTTP1.1", "http/1.1"},
	},
	{
		name:    "TLV",
		banned:  regexp.MustCompile(`(?i)\btlv\b`),
		allowed: []string{"TLV"},
		bad:     []string{"the format is not tlv"},
	},
	{
		name:   "range written with a tilde",
		banned: regexp.MustCompile(`\d\s*~\s*\d`),
		bad:    []string{"outside 0~4294967296"},
	},
	{
		name:   "APP and Json",
		banned: regexp.MustCompile(`\bAPP\b|\bJson\b`),
		bad:    []string{"the APP server", "the Json body"},
	},
	{
		name:   "calque: meta error",
		banned: regexp.MustCompile(`(?i)\bmeta error`),
		bad:    []string{"meta error in the custom-field info"},
	},
}

// violations returns the matches of r in text that are neither an allowed
// spelling nor inside one of the exceptions.
func (r termRule) violations(text string, exceptions []string) []string {
	var bad []string
	for _, m := range r.banned.FindAllStringIndex(text, -1) {
		word := text[m[0]:m[1]]
		if slices.Contains(r.allowed, word) {
			continue
		}
		excepted := false
		for _, ex := range exceptions {
			for i := 0; ; {
				j := strings.Index(text[i:], ex)
				if j < 0 {
					break
				}
				if i+j <= m[0] && m[1] <= i+j+len(ex) {
					excepted = true
				}
				i += j + 1
			}
		}
		if !excepted {
			bad = append(bad, word)
		}
	}
	return bad
}

// TestTerms keeps one English term per concept in every English text, Note
// and Caution: SDKAppID, UserSig, UserID, blocklist, and friend group for
// 分组 in the relationship chain; and keeps out the calques that were fixed.
func TestTerms(t *testing.T) {
	texts := englishTexts(t)
	for _, r := range termRules {
		t.Run(r.name, func(t *testing.T) {
			require.NotEmpty(t, r.bad)
			for _, s := range r.bad {
				assert.NotEmpty(t, r.violations(s, nil), "the rule rejects %q", s)
			}
			for c, exs := range r.exceptions {
				info, ok := errcode.Lookup(c)
				require.True(t, ok, "exception %d is a listed code", c)
				for _, ex := range exs {
					assert.Contains(t, info.English+" "+info.Note, ex, "exception %d is still needed", c)
				}
			}
			for _, tx := range texts {
				info, _ := errcode.Lookup(tx.code)
				if r.applies != nil && !r.applies(info) {
					continue
				}
				assert.Empty(t, r.violations(tx.text, r.exceptions[tx.code]), "%d %s %s: %q", tx.code, info.Name, tx.field, tx.text)
			}
		})
	}
}

// TestDocumentTypos checks that the document's typos are marked as typos
// in the English, with the right spelling, and appear nowhere else.
func TestDocumentTypos(t *testing.T) {
	typos := []struct{ typo, right string }{
		{"CheckResult_Type_Singal", "CheckResult_Type_Single"}, // the REST API's value
		{"Identifer", "Identifier"},
	}
	marked := regexp.MustCompile(`(?i)\bmisspell|\btypo\b`)
	counts := map[string]int{}
	for _, tx := range englishTexts(t) {
		info, _ := errcode.Lookup(tx.code)
		for _, ty := range typos {
			inDocument := strings.Contains(info.Description, ty.typo)
			if tx.field == "English" && inDocument {
				counts[ty.typo]++
				assert.Contains(t, tx.text, ty.right, "%d gives the right spelling", tx.code)
				assert.Regexp(t, marked, tx.text, "%d says the document's %s is a typo", tx.code, ty.typo)
			}
			if strings.Contains(tx.text, ty.typo) && !(inDocument && marked.MatchString(tx.text)) {
				assert.Failf(t, "unmarked typo", "%d %s has %s: %q", tx.code, tx.field, ty.typo, tx.text)
			}
		}
	}
	// 30901 has the first; 40807, 40809 and 70107 the second.
	assert.Equal(t, map[string]int{"CheckResult_Type_Singal": 1, "Identifer": 3}, counts)
}

// nameWords splits a constant's name into its words: a run of capitals
// is one word, an initialism, except for the last capital when a lower-case
// letter follows it ("SDKAppID" is SDK, App, ID); digits make a word of
// their own.
func nameWords(name string) []string {
	var words []string
	start := 0
	kind := func(b byte) int {
		switch {
		case 'A' <= b && b <= 'Z':
			return 1
		case 'a' <= b && b <= 'z':
			return 2
		}
		return 3
	}
	for i := 1; i < len(name); i++ {
		prev, cur := kind(name[i-1]), kind(name[i])
		split := prev != cur && (cur == 1 || cur == 3 || prev == 3) ||
			prev == 1 && cur == 1 && i+1 < len(name) && kind(name[i+1]) == 2
		if split {
			words = append(words, name[start:i])
			start = i
		}
	}
	return append(words, name[start:])
}

func TestNameWords(t *testing.T) {
	assert.Equal(t, []string{"SDK", "Group", "Get", "Online", "Member", "Count", "Freq", "Limit"}, nameWords("SDKGroupGetOnlineMemberCountFreqLimit"))
	assert.Equal(t, []string{"Group", "SDK", "App", "ID", "Denied"}, nameWords("GroupSDKAppIDDenied"))
	assert.Equal(t, []string{"Account", "Internal", "Error", "70207"}, nameWords("AccountInternalError70207"))
	assert.Equal(t, []string{"Res", "File", "MD", "5", "Read", "Failed"}, nameWords("ResFileMD5ReadFailed"))
}

// nameSpellings maps a spelling that names must not use to the one they
// use for the same word.
var nameSpellings = map[string]string{
	"Param":     "Parameters",
	"Params":    "Parameters",
	"Parameter": "Parameters",
	"Sec":       "Security",
	"Deny":      "Denied",
	"Attr":      "Attribute",
	"Req":       "Request",
	"Rsp":       "Response",
	"Message":   "Msg",
	"Conv":      "Conversation",
	"Num":       "Count",
	"Standard":  "Std",
	"Pkg":       "Packet",
	"Network":   "Net",
	"Conn":      "Connection",
	"Exceed":    "Limit",
	"Exceeded":  "Limit",
	"Frequency": "Freq",
	"Blocklist": "Blacklist", // names keep the SDK's word; the texts say blocklist
	"Retry":     "",          // a retry hint is not part of a name
}

// nameSpellingExceptions are names that keep a word nameSpellings bans,
// with the reason.
var nameSpellingExceptions = map[string]string{
	// DenyAny is the AllowType_Type_DenyAny setting, next to
	// SNSAddFriendAllowTypeNeedConfirm for AllowType_Type_NeedConfirm.
	"SNSAddFriendAllowTypeDenyAny": "Deny",
}

// TestNameSpelling checks that every constant's name spells each word one
// way, and that no two names differ only in the order of their words.
func TestNameSpelling(t *testing.T) {
	for _, name := range []string{"GroupPermissionDeny", "SNSAddFriendSecRestricted", "AccountInternalErrorRetry70207"} {
		assert.True(t, slices.ContainsFunc(nameWords(name), func(w string) bool { _, bad := nameSpellings[w]; return bad }), "%s is rejected", name)
	}
	byWords := map[string]string{}
	for c := range errcode.All() {
		name := c.Name()
		words := nameWords(name)
		for _, w := range words {
			if right, bad := nameSpellings[w]; bad && nameSpellingExceptions[name] != w {
				assert.Failf(t, "name spelling", "%d %s: %q, want %q", c, name, w, right)
			}
		}
		// Names that mean the same thing differ by their numbers only.
		var letters []string
		for _, w := range words {
			if w[0] < '0' || w[0] > '9' {
				letters = append(letters, w)
			}
		}
		ordered := strings.Join(letters, "")
		slices.Sort(letters)
		key := strings.Join(letters, " ")
		if other, dup := byWords[key]; dup {
			assert.Equal(t, other, ordered, "%d %s has the words of %s in another order", c, name, other)
		}
		byWords[key] = ordered
	}
}
