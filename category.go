package errcode

// This file holds Category, the subsystem that reports a code, with its
// names, its Chinese headings and its text form, and ParseCategory.

import (
	"bytes"
	"errors"
	"iter"
	"math"
	"strconv"

	"github.com/errcode-im/errcode/internal/ascii"
)

// Category is the IM subsystem that reports a code: the section of the
// error-code document that lists it, or, for the subsystems the document
// lacks, the section of the online error-code page.
type Category uint8

// The categories: the document's ten sections in its order, then the
// subsystems only the online page has. The zero value, CategoryUnknown, is
// what a number this package does not know reports.
const (
	// CategoryUnknown is the category of a number that is not listed.
	CategoryUnknown Category = 0
	// CategorySDK is 「SDK错误码」: errors raised by the client SDK itself.
	CategorySDK Category = 1
	// CategoryResource is 「资源文件操作错误码」: uploading and downloading
	// files, images, voice and video.
	CategoryResource Category = 2
	// CategoryCommon is 「公共错误码」: errors any service may return
	// (80001, 80002).
	CategoryCommon Category = 3
	// CategoryREST is 「REST API公共错误码」: errors common to every REST API call.
	CategoryREST Category = 4
	// CategoryMessage is 「单发消息」: sending one-to-one messages.
	CategoryMessage Category = 5
	// CategoryGroup is 「群组系统」: the group system.
	CategoryGroup Category = 6
	// CategoryProfile is 「资料系统」: the user profile system.
	CategoryProfile Category = 7
	// CategorySNS is 「关系链系统」: friends, blocklists and pending requests.
	CategorySNS Category = 8
	// CategoryAccount is 「帐号系统」: accounts, UserSig and login tickets.
	CategoryAccount Category = 9
	// CategoryOpenMsg is 「开放消息」: messages through the open message
	// service, and the other 2xxxx message codes: recall, modification,
	// push settings, extensions and reactions.
	CategoryOpenMsg Category = 10
	// CategoryAccess is the access layer, which every client request passes
	// through: its codes are negative, such as -302 and -10001.
	CategoryAccess Category = 11
	// CategoryConversation is recent contacts (the conversation list):
	// 5xxxx codes about conversations, their marks and their groups.
	CategoryConversation Category = 12
	// CategoryPush is offline push through the phone vendors' channels:
	// codes from -203 to -195.
	CategoryPush Category = 13
	// CategoryOperations is the operations data download API: codes 1001
	// to 1005.
	CategoryOperations Category = 14
	// CategoryModeration is the content moderation API: codes 2001 to 2100
	// and 93001 to 93008.
	CategoryModeration Category = 15
	// CategoryOfficialAccount is official accounts: 13xxxx codes.
	CategoryOfficialAccount Category = 16
	// CategoryCall is the call engine REST APIs of audio and video calls
	// (v4/call_engine_http_srv/...): 101xxx codes.
	CategoryCall Category = 17
)

// categoryNames and categoryTitles are indexed by Category.
var (
	categoryNames = [...]string{
		CategoryUnknown:  "unknown",
		CategorySDK:      "sdk",
		CategoryResource: "resource",
		CategoryCommon:   "common",
		CategoryREST:     "rest",
		CategoryMessage:  "message",
		CategoryGroup:    "group",
		CategoryProfile:  "profile",
		CategorySNS:      "sns",
		CategoryAccount:  "account",
		CategoryOpenMsg:  "openmsg",

		CategoryAccess:          "access",
		CategoryConversation:    "conversation",
		CategoryPush:            "push",
		CategoryOperations:      "operations",
		CategoryModeration:      "moderation",
		CategoryOfficialAccount: "officialaccount",
		CategoryCall:            "call",
	}
	categoryTitles = [...]string{
		CategoryUnknown:  "",
		CategorySDK:      "SDK错误码",
		CategoryResource: "资源文件操作错误码",
		CategoryCommon:   "公共错误码",
		CategoryREST:     "REST API公共错误码",
		CategoryMessage:  "单发消息",
		CategoryGroup:    "群组系统",
		CategoryProfile:  "资料系统",
		CategorySNS:      "关系链系统",
		CategoryAccount:  "帐号系统",
		CategoryOpenMsg:  "开放消息",

		// The document has no section for these; the headings are this
		// package's own, after the online page's sections.
		CategoryAccess:          "接入层错误码",
		CategoryConversation:    "最近联系人错误码",
		CategoryPush:            "离线推送错误码",
		CategoryOperations:      "运营数据错误码",
		CategoryModeration:      "内容审核错误码",
		CategoryOfficialAccount: "公众号错误码",
		CategoryCall:            "音视频通话错误码",
	}
)

// String returns the category's short lower-case name: "sdk", "resource",
// "common", "rest", "message", "group", "profile", "sns", "account",
// "openmsg", "access", "conversation", "push", "operations", "moderation",
// "officialaccount", or "unknown".
func (c Category) String() string {
	if int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

// Title returns the category's Chinese heading: the document's section
// heading, verbatim, such as "群组系统" or "REST API公共错误码", or, for a
// subsystem the document lacks, a heading of this package's own, such as
// "接入层错误码". It is empty for CategoryUnknown and for values that are not
// categories.
func (c Category) Title() string {
	if int(c) < len(categoryTitles) {
		return categoryTitles[c]
	}
	return ""
}

// Categories returns every category, without CategoryUnknown: the
// document's sections in its order, then the subsystems it lacks.
func Categories() iter.Seq[Category] {
	return func(yield func(Category) bool) {
		for c := CategorySDK; int(c) < len(categoryNames); c++ {
			if !yield(c) {
				return
			}
		}
	}
}

// ParseCategory returns the category whose String is name, ignoring the
// case of ASCII letters only: "SDK" is CategorySDK, but a look-alike
// such as "ſdk", with the long s (U+017F), is no name. It reports false
// for "unknown" and every other name.
func ParseCategory(name string) (Category, bool) {
	for c := range Categories() {
		if ascii.EqualFold(name, categoryNames[c]) {
			return c, true
		}
	}
	return CategoryUnknown, false
}

// MarshalText encodes the category as its String.
func (c Category) MarshalText() ([]byte, error) {
	return []byte(c.String()), nil
}

// UnmarshalText decodes a category from its String, so that it accepts
// whatever MarshalText gives: a name, "unknown" included, in any case of
// its ASCII letters, or "Category(N)" for N from 0 to 255, written as
// String writes it (no sign, no leading zero).
func (c *Category) UnmarshalText(text []byte) error {
	return unmarshalEnum(c, text, categoryNames[:], "Category(", "category")
}

// unmarshalEnum decodes into v the text of a Category or Retry: one of
// names (its index is the value), in any case of its ASCII letters, or the
// numbered form prefix + N + ")" that String gives a value without a name.
// It leaves v unchanged on an error, which calls the value a what.
func unmarshalEnum[T ~uint8](v *T, text []byte, names []string, prefix, what string) error {
	for i, name := range names {
		if ascii.EqualFold(text, name) {
			*v = T(i)
			return nil
		}
	}
	if n, ok := parseNumbered(text, prefix); ok {
		*v = T(n)
		return nil
	}
	return errors.New("errcode: unknown " + what + " " + strconv.Quote(string(text)))
}

// parseNumbered parses the form String gives a Category or a Retry
// without a name: prefix, a decimal number from 0 to 255 and ")". It
// accepts only the digits strconv.Itoa writes: no sign, no leading zero.
func parseNumbered(text []byte, prefix string) (uint8, bool) {
	digits, ok := bytes.CutPrefix(text, []byte(prefix))
	digits, ok2 := bytes.CutSuffix(digits, []byte(")"))
	if !ok || !ok2 || len(digits) == 0 || digits[0] == '-' {
		return 0, false
	}
	n, ok := ascii.ParseCode(digits)
	if !ok || n > math.MaxUint8 {
		return 0, false
	}
	return uint8(n), true
}
