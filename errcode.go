// Package errcode names every error code that an official source of
// Tencent Cloud IM (腾讯云即时通信 IM) lists as a typed Go constant: the 377
// codes of the error-code document, and the 382 more that today's online
// error-code page (current or previous revision), the official client SDK
// headers and the REST API pages name.
//
// Each [Code] carries a Chinese and an English text, the subsystem it
// belongs to ([Category]), a hint on what a caller should do about it
// ([Retry]), the official sources that name it ([Source]), the official
// SDK constant's name, and a note where the sources disagree (see [Info]).
// For the document's codes the Chinese text is the document's own,
// verbatim; for every other code the document has no text, and the Chinese
// is this package's own, written from the sources: it is not an official
// text. [Info.Sources] tells which is which.
//
// A Code is itself an error, as [syscall.Errno] is, and [Error] wraps a
// failed server response so that [errors.Is] and [errors.As] find its
// code:
//
//	var resp struct {
//		errcode.Response
//		GroupId string `json:"GroupId"`
//	}
//	if err := json.Unmarshal(body, &resp); err != nil {
//		return err
//	}
//	if err := resp.Err(); err != nil {
//		if errors.Is(err, errcode.GroupNotFound) {
//			// …
//		}
//		if code, ok := errcode.CodeOf(err); ok && code.Retry() == errcode.RetryTransient {
//			// back off and retry
//		}
//		return err
//	}
//
// The constants live in one file per subsystem (sdk.go, resource.go,
// rest.go, group.go, profile.go, sns.go, account.go, openmsg.go, and, for
// the subsystems the document lacks, access.go, conversation.go, push.go,
// operations.go, moderation.go, officialaccount.go); each is declared on
// its own, so go doc shows one code at a time. Their doc comments are the
// source of the lookup table in ztable.go, which go generate rebuilds.
//
// Nothing in this package panics on any input, and every function and method
// is safe for concurrent use.
package errcode

//go:generate go run ./internal/gentable

import (
	"bytes"
	"encoding/json"
	"errors"
	"iter"
	"log/slog"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/text/language"
)

// Code is a Tencent Cloud IM error code, as the REST API returns it in
// ErrorCode and the client SDKs pass it to their callbacks.
//
// A Code is an error: its message carries the number, the name and the
// Chinese text. Its methods accept any value, listed or not, and never panic.
type Code int32

// Info is everything this package knows about one code: its texts, where
// it comes from, where the sources disagree, and what a caller should do.
type Info struct {
	// Code is the error code.
	Code Code
	// Category is the subsystem that reports the code: the document's
	// section for the codes it lists, or the online page's section for the
	// others.
	Category Category
	// Retry tells a caller what to do before trying the request again.
	Retry Retry
	// Sources are the official sources that name the code.
	Sources Source
	// Name is the Go constant's name, such as "GroupNotFound".
	Name string
	// Description is the Chinese text. For a code with SourceDocument it is
	// the document's text, verbatim: HTML tags removed (a link keeps its
	// text), entities decoded, white space folded. For any other code the
	// document has no text, and Description is this package's own Chinese,
	// written from the sources; it is not an official text.
	Description string
	// English is the English text, this package's own.
	English string
	// Wait is how long a source asks a caller to wait before trying again,
	// where it names a time: a minute for AccountFreqLimit (70050), ten
	// minutes after uploading a new public key for
	// AccountUserSigPublicKeyNotFound (70016). It is zero for other codes.
	Wait time.Duration
	// SDKName is the constant the official client SDK headers give the
	// code, spelled as they spell it, typos included, such as
	// "ERR_SVR_GROUP_NOT_FOUND"; it is empty where they name none.
	SDKName string
	// Note says, in plain English, where the current official sources
	// disagree with the document or with each other about the code: another
	// meaning, another limit, a number used twice, a code dropped from the
	// current online page. It is empty where nothing differs.
	Note string
}

// Source is a set of the official sources that name a code.
type Source uint8

// The sources. A code may have any combination, and has at least one.
const (
	// SourceDocument is the error-code document this package started from
	// (testdata/error-codes.md). A code with it has the document's Chinese
	// text, verbatim, as its Description.
	SourceDocument Source = 1 << iota
	// SourceWebPage is Tencent Cloud IM's online error-code page, in its
	// current or its previous revision.
	SourceWebPage
	// SourceSDK is an official client SDK header, which also gives the
	// code's SDKName.
	SourceSDK
	// SourceAPIPage is the page of one or more REST APIs, whose error-code
	// section lists the code; API.Codes and Code.APIs say which APIs.
	SourceAPIPage
)

var sourceNames = [...]string{"document", "webpage", "sdk", "apipage"}

// String joins the names of the sources in s with "|", in the order
// document, webpage, sdk, apipage: "document|webpage|sdk", "webpage", or "" for an
// empty set. Bits that are not sources are written as "Source(0xNN)".
func (s Source) String() string {
	if s == SourceDocument|SourceWebPage|SourceSDK {
		return "document|webpage|sdk" // the commonest set, without allocating
	}
	var b []byte
	for i, name := range sourceNames {
		if s&(1<<i) != 0 {
			if len(b) > 0 {
				b = append(b, '|')
			}
			b = append(b, name...)
		}
	}
	if extra := s &^ (1<<len(sourceNames) - 1); extra != 0 {
		if len(b) > 0 {
			b = append(b, '|')
		}
		b = append(b, "Source(0x"...)
		b = strconv.AppendUint(b, uint64(extra), 16)
		b = append(b, ')')
	}
	return string(b)
}

// Has reports whether s includes every source in t.
func (s Source) Has(t Source) bool {
	return s&t == t
}

// MarshalText encodes the set as its String.
func (s Source) MarshalText() ([]byte, error) {
	return []byte(s.String()), nil
}

// UnmarshalText decodes a set from its String: source names joined by "|",
// in any order and ASCII letter case, and "Source(0xNN)" for bits that are
// not sources; empty text is the empty set.
func (s *Source) UnmarshalText(text []byte) error {
	var v Source
	if len(text) > 0 {
		for part := range strings.SplitSeq(string(text), "|") {
			if i := slices.IndexFunc(sourceNames[:], func(name string) bool { return equalFoldASCII(part, name) }); i >= 0 {
				v |= 1 << i
				continue
			}
			hex, ok := strings.CutPrefix(part, "Source(0x")
			hex, ok2 := strings.CutSuffix(hex, ")")
			n, err := strconv.ParseUint(hex, 16, 8)
			if !ok || !ok2 || err != nil || n == 0 || n&(1<<len(sourceNames)-1) != 0 {
				return errors.New("errcode: unknown source " + strconv.Quote(part))
			}
			v |= Source(n)
		}
	}
	*s = v
	return nil
}

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
// "officialaccount", "call", or "unknown".
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
		if equalFoldASCII(name, categoryNames[c]) {
			return c, true
		}
	}
	return CategoryUnknown, false
}

// equalFoldASCII reports whether s and t are equal when ASCII letters are
// compared without case. Unlike strings.EqualFold it folds nothing else, so
// the Kelvin sign (U+212A) does not match "k" nor the long s (U+017F) "s".
func equalFoldASCII(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		a, b := s[i], t[i]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
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
	for i, name := range categoryNames {
		if equalFoldASCII(string(text), name) {
			*c = Category(i)
			return nil
		}
	}
	if n, ok := parseNumbered(text, "Category("); ok {
		*c = Category(n)
		return nil
	}
	return errors.New("errcode: unknown category " + strconv.Quote(string(text)))
}

// parseNumbered parses the form String gives a value without a name:
// prefix, a decimal number from 0 to 255 and ")". It accepts only the
// digits strconv.Itoa writes.
func parseNumbered(text []byte, prefix string) (uint8, bool) {
	if len(text) <= len(prefix)+1 || string(text[:len(prefix)]) != prefix || text[len(text)-1] != ')' {
		return 0, false
	}
	digits := text[len(prefix) : len(text)-1]
	if len(digits) > 3 || (digits[0] == '0' && len(digits) > 1) {
		return 0, false
	}
	n := 0
	for _, d := range digits {
		if d < '0' || d > '9' {
			return 0, false
		}
		n = n*10 + int(d-'0')
	}
	if n > math.MaxUint8 {
		return 0, false
	}
	return uint8(n), true
}

// Retry is a hint on what a caller should do about an error before it sends
// the same request again. Decide with a switch:
//
//	switch code.Retry() {
//	case errcode.RetryTransient:
//		// back off exponentially, with a bound, and send it again
//	case errcode.RetryThrottled:
//		// slow down: wait, then send it again
//	case errcode.RetryReauth:
//		// regenerate the UserSig or log in again (once), then send it again
//	case errcode.RetryConflict:
//		// read the current state again, reapply the change, then send it
//	default: // errcode.RetryNever
//		// fix the request or the state it depends on first
//	}
type Retry uint8

// The retry hints. The zero value is RetryNever, the safe default: a number
// that is not listed reports it.
const (
	// RetryNever means the same request fails again: fix the request or
	// the state it depends on first. Bad parameters, something not found,
	// no permission, or a business rule such as a full group, a muted
	// sender, a blocklist or two users who are not friends.
	RetryNever Retry = 0
	// RetryTransient means a passing fault such as a network error, a
	// timeout or an internal error (the document says 请重试 or 请再次尝试):
	// retry the same call with bounded exponential backoff.
	RetryTransient Retry = 1
	// RetryThrottled means a frequency limit or an anti-abuse throttle:
	// slow down and wait before retrying. 70050 (AccountFreqLimit) asks for
	// one minute.
	RetryThrottled Retry = 2
	// RetryReauth means the credentials or the login state are at fault,
	// such as an expired or invalid UserSig: regenerate the UserSig or log
	// in again, then retry. Do it once: when a fresh UserSig fails the same
	// way, the fault is in the configuration (a wrong SDKAppID, key or
	// account type), and more attempts only add load.
	RetryReauth Retry = 3
	// RetryConflict means the write lost a race with another writer, such
	// as two changes to the same message, group attribute or friend list at
	// once: read the current state again, apply the change to it, then
	// send the request again.
	RetryConflict Retry = 4
)

var retryNames = [...]string{
	RetryNever:     "never",
	RetryTransient: "transient",
	RetryThrottled: "throttled",
	RetryReauth:    "reauth",
	RetryConflict:  "conflict",
}

// String returns "never", "transient", "throttled", "reauth" or "conflict".
func (r Retry) String() string {
	if int(r) < len(retryNames) {
		return retryNames[r]
	}
	return "Retry(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText encodes the hint as its String.
func (r Retry) MarshalText() ([]byte, error) {
	return []byte(r.String()), nil
}

// UnmarshalText decodes a hint from its String, so that it accepts
// whatever MarshalText gives: a name in any case of its ASCII letters, or
// "Retry(N)" for N from 0 to 255, written as String writes it (no sign, no
// leading zero).
func (r *Retry) UnmarshalText(text []byte) error {
	for i, name := range retryNames {
		if equalFoldASCII(string(text), name) {
			*r = Retry(i)
			return nil
		}
	}
	if n, ok := parseNumbered(text, "Retry("); ok {
		*r = Retry(n)
		return nil
	}
	return errors.New("errcode: unknown retry hint " + strconv.Quote(string(text)))
}

// Retryable reports whether the request can succeed later: true for
// RetryTransient, RetryThrottled, RetryReauth and RetryConflict, once the
// caller has done what the hint says.
func (r Retry) Retryable() bool {
	return r != RetryNever && int(r) < len(retryNames)
}

// unknownEnglish is the English text of a number no source lists;
// unknownMessage is the same in an error message's style.
const (
	unknownEnglish = "Unknown error code: no official Tencent Cloud IM source this package knows lists it."
	unknownMessage = "unknown error code, not listed by any official Tencent Cloud IM source this package knows"
)

// index returns the position of c in table, or numCodes, where a zero Info
// stands, for a number that is not listed. It hashes c once and reads one
// two-byte slot, which holds 1 + the position of the only listed code that
// hashes there (the generator chose hashMul so that no two listed codes
// share a slot), then checks that code. The zero entry spares Lookup a
// branch and a zeroed copy.
func index(c Code) int {
	i := int(slots[uint32(c)*hashMul>>hashShift]) - 1
	if uint(i) >= numCodes || table[i].Code != c {
		return numCodes
	}
	return i
}

// info returns the table entry for c, the entry of the range that holds
// an unlisted c, or an unknown entry, and whether c is listed. It never
// allocates.
func (c Code) info() (*Info, bool) {
	if i := index(c); i < numCodes {
		return &table[i], true
	}
	for i := range ranges {
		if r := &ranges[i]; c >= r.min && c <= r.max {
			return &r.info, false
		}
	}
	return &unknownInfo, false
}

// ranges are the blocks of numbers that a source covers as a whole instead
// of code by code. A listed code inside a block keeps its own entry.
var ranges = [...]struct {
	min, max Code
	info     Info
}{
	// The document's 「其他错误」 row covers every account system code it
	// does not list, and says to retry.
	{70000, 70999, Info{
		Category:    CategoryAccount,
		Retry:       RetryTransient,
		Sources:     SourceDocument,
		Description: accountOtherChinese,
		English:     accountOtherEnglish,
	}},
	// The online page reserves these for the codes an app's own webhooks
	// return; only the app knows what they mean.
	{38000, 39000, Info{
		Category:    CategorySNS,
		Sources:     SourceWebPage,
		Description: "关系链第三方回调返回的自定义错误码（38000 至 39000）：含义由你的 App 后台回调自行定义，请查看回调的实现。",
		English:     "A custom error code (38000 to 39000) that your app backend's relationship-chain webhook returned: it means whatever your webhook defines, so look there.",
	}},
	{120001, 130000, Info{
		Category:    CategoryMessage,
		Sources:     SourceWebPage,
		Description: "单聊（C2C）第三方回调返回的自定义错误码（120001 至 130000）：含义由你的 App 后台回调自行定义，请查看回调的实现。",
		English:     "A custom error code (120001 to 130000) that your app backend's third-party webhook for one-to-one (C2C) messages returned: it means whatever your webhook defines, so look there.",
	}},
}

var unknownInfo = Info{English: unknownEnglish}

// Lookup returns what this package knows about c. It reports false for a
// number no source lists on its own, including the numbers that only a
// range covers: the account system's 「其他错误」 row (70000–70999) and the
// blocks for custom webhook codes (38000–39000, 120001–130000). The Info is
// a copy: changing it changes nothing in the package.
func Lookup(c Code) (Info, bool) {
	i := index(c)
	return table[i], i < numCodes
}

// Describe returns what applies to any number c: its entry when it is
// listed, as Lookup returns it; the entry of the range that covers it (the
// account system's 「其他错误」 row, or a block of webhook codes), with
// that range's category, texts, hint and sources but no Name or SDKName;
// or, for any other number, an entry with the generic English text, no
// sources and RetryNever. Its Code is always c, and it never allocates.
// Use Lookup to tell whether c is listed on its own.
func Describe(c Code) Info {
	in, _ := c.info()
	out := *in
	out.Code = c
	return out
}

// All returns every listed code, in ascending order: the document's and
// the other sources'. Filter on Info.Sources for the document's alone.
func All() iter.Seq[Code] {
	return func(yield func(Code) bool) {
		for i := range numCodes {
			if !yield(table[i].Code) {
				return
			}
		}
	}
}

// Name returns the Go name of c's constant, such as "GroupNotFound", or
// "Code(N)" for a number that is not listed. It does not allocate for a
// listed code, and allocates once, for the text, for any other number.
func (c Code) Name() string {
	if i := index(c); i < numCodes {
		return table[i].Name
	}
	var buf [len("Code(-2147483648)")]byte
	b := append(buf[:0], "Code("...)
	b = strconv.AppendInt(b, int64(c), 10)
	b = append(b, ')')
	return string(b)
}

// Category returns the subsystem that reports c. An unlisted code in a
// range reports the range's category: CategoryAccount for 70000–70999, as
// the document's 「其他错误」 row says, CategorySNS for 38000–39000 and
// CategoryMessage for 120001–130000; any other unlisted number is
// CategoryUnknown.
func (c Code) Category() Category {
	in, _ := c.info()
	return in.Category
}

// Retry returns the hint on what to do before retrying a request that
// failed with c. An unlisted code in the account system's range is
// RetryTransient, as the document's 「其他错误」 row says to retry; one in a
// webhook range is RetryNever, since only the app knows what it means; any
// other unlisted number is RetryNever, since nothing is known of it.
func (c Code) Retry() Retry {
	in, _ := c.info()
	return in.Retry
}

// Caution returns advice a caller must not miss before retrying a request
// that failed with c, in plain English, or "" for most codes. The
// configuration faults that a fresh UserSig from the same setup will not
// fix, such as AccountUserSigMismatchPublicKey (70009), say to
// re-authenticate at most once; SDKLoginKickedOffByOther (6208) and
// SDKLoggedOutBeforeLoginFinished (6023) say not to log in again
// automatically. It never allocates.
func (c Code) Caution() string {
	for i := range cautions {
		if cautions[i].code == c {
			return cautions[i].text
		}
	}
	return ""
}

// Retryable is shorthand for c.Retry().Retryable().
func (c Code) Retryable() bool {
	return c.Retry().Retryable()
}

// Error returns "errcode: N Name: " followed by the Chinese text, or, for a
// number that is not listed, a message that says so.
// It allocates at most once.
func (c Code) Error() string {
	return c.message(true, "", "")
}

// message formats c for Error and Localize: the number, the name, the text
// in one language and an optional ID and detail, in a single allocation.
func (c Code) message(chinese bool, id, detail string) string {
	in, known := c.info()
	text := in.English
	switch {
	case !known && in.Category == CategoryUnknown:
		text = unknownMessage
	case chinese:
		text = in.Description
	}
	var num [12]byte
	n := strconv.AppendInt(num[:0], int64(c), 10)
	const prefix = "errcode: "
	var b strings.Builder
	b.Grow(len(prefix) + len(n) + len(" ") + len(in.Name) + len(": ") + len(text) + len(" (id: , detail: )") + len(id) + len(detail))
	b.WriteString(prefix)
	b.Write(n)
	if known {
		b.WriteByte(' ')
		b.WriteString(in.Name)
	}
	b.WriteString(": ")
	b.WriteString(text)
	switch {
	case id != "" && detail != "":
		b.WriteString(" (id: ")
		b.WriteString(id)
		b.WriteString(", detail: ")
		b.WriteString(detail)
		b.WriteByte(')')
	case id != "":
		b.WriteString(" (id: ")
		b.WriteString(id)
		b.WriteByte(')')
	case detail != "":
		b.WriteString(" (detail: ")
		b.WriteString(detail)
		b.WriteByte(')')
	}
	return b.String()
}

// Error is a failed response from the IM service: the code it returned,
// the server's own message (ErrorInfo in a REST response, desc in an SDK
// callback) and, for one entry of a batch response, the ID that entry
// names. Its Unwrap returns the Code, so errors.Is(err, GroupNotFound)
// and errors.As(err, &code) see through it, through fmt.Errorf("%w") and
// through errors.Join.
//
// A response that failed without a code (ActionStatus "FAIL" and ErrorCode
// 0) is an Error whose Code is 0: Unwrap then returns nil and CodeOf reports
// false, because the server sent no code. Its Status keeps the ActionStatus
// that marked the failure.
type Error struct {
	// Code is the code the server sent; 0 if it sent none.
	Code Code
	// Detail is the server's own message, as it came, which often names the
	// field or the value at fault. It may be empty.
	Detail string
	// ID is the account, member or group that one entry of a batch
	// response names (To_Account, UserID, GroupId and the like), when the
	// error is about that entry rather than the whole request; see Item.
	// It is empty for an error about the whole request.
	ID string
	// Status is the ActionStatus of a response that failed without an
	// error code, as the server sent it, such as "FAIL". It is empty when a
	// code marks the failure.
	Status string

	// wide is an ErrorCode that does not fit in a Code, as FromResponse
	// received it; Code is 0 then. Messages and logs show it.
	wide int64
}

// Error returns "errcode: N Name: " followed by the code's Chinese text
// and, when they are set, the ID and the server's detail:
// " (id: …, detail: …)", " (id: …)" or " (detail: …)".
func (e *Error) Error() string {
	switch {
	case e == nil:
		return "errcode: <nil>"
	case e.Code == 0:
		return e.noCodeMessage()
	}
	return e.Code.message(true, e.ID, e.Detail)
}

// Localize returns the error's message in the language t selects (see
// Code.Description): the same shape as Error, with the English text for
// every tag but Chinese ones. The server's detail is kept as it came.
func (e *Error) Localize(t language.Tag) string {
	switch {
	case e == nil:
		return "errcode: <nil>"
	case e.Code == 0:
		return e.noCodeMessage()
	}
	return e.Code.message(isChinese(t), e.ID, e.Detail)
}

// noCodeMessage formats an Error that carries no code: what marked the
// failure instead (an out-of-range ErrorCode or a failing ActionStatus),
// then the ID and the detail, as Code.message writes them.
func (e *Error) noCodeMessage() string {
	b := make([]byte, 0, 96+len(e.Status)+len(e.ID)+len(e.Detail))
	b = append(b, "errcode: request failed with "...)
	switch {
	case e.wide != 0:
		b = append(b, "ErrorCode "...)
		b = strconv.AppendInt(b, e.wide, 10)
		b = append(b, ", which is outside the int32 range"...)
	case e.Status != "":
		b = append(b, "ActionStatus "...)
		b = strconv.AppendQuote(b, e.Status)
		b = append(b, " and no error code"...)
	default:
		b = append(b, "no valid error code"...)
	}
	switch {
	case e.ID != "" && e.Detail != "":
		b = append(b, " (id: "...)
		b = append(b, e.ID...)
		b = append(b, ", detail: "...)
		b = append(b, e.Detail...)
		b = append(b, ')')
	case e.ID != "":
		b = append(b, " (id: "...)
		b = append(b, e.ID...)
		b = append(b, ')')
	case e.Detail != "":
		b = append(b, " (detail: "...)
		b = append(b, e.Detail...)
		b = append(b, ')')
	}
	return string(b)
}

// Unwrap returns e.Code, or nil when the server sent no code.
func (e *Error) Unwrap() error {
	if e == nil || e.Code == 0 {
		return nil
	}
	return e.Code
}

// LogValue makes a *Error log as a group of its code, name, category, retry
// hint and detail under log/slog, followed, when they are set, by its ID
// ("id"), the failing status ("status") and an ErrorCode outside the int32
// range ("sent_code").
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.StringValue("<nil>")
	}
	attrs := make([]slog.Attr, 0, 8)
	attrs = append(attrs,
		slog.Int("code", int(e.Code)),
		slog.String("name", e.Code.Name()),
		slog.String("category", e.Code.Category().String()),
		slog.String("retry", e.Code.Retry().String()),
		slog.String("detail", e.Detail),
	)
	if e.ID != "" {
		attrs = append(attrs, slog.String("id", e.ID))
	}
	if e.Status != "" {
		attrs = append(attrs, slog.String("status", e.Status))
	}
	if e.wide != 0 {
		attrs = append(attrs, slog.Int64("sent_code", e.wide))
	}
	return slog.GroupValue(attrs...)
}

// FromResponse turns the status fields of an IM response into an error.
// It returns nil only when code is 0 and actionStatus is "OK" or empty,
// since some responses leave it out. "OK" matches in any ASCII letter case
// ("ok", "Ok") and in no other spelling: no spaces, no Unicode look-alikes.
//
// A nonzero code is a failure whatever actionStatus says, and comes back as
// a *Error with that code and info as its Detail. A failing actionStatus
// ("FAIL", or anything but "OK") with code 0 is a failure too: it comes back
// as a *Error with Code 0, so no code is made up, and CodeOf reports false
// for it; its Status holds actionStatus and its message names it. A code
// outside the int32 range is kept the same way, with Code 0, and its
// message names the number. In every case Detail is info, unchanged.
//
// FromResponse allocates nothing for a success and exactly once, the
// *Error, for any failure.
func FromResponse(actionStatus string, code int, info string) error {
	switch {
	case code == 0:
		// An ASCII-only match: strings.EqualFold would also take "O\u212a",
		// whose Kelvin sign folds to 'k'.
		if actionStatus == "" || equalFoldASCII(actionStatus, "OK") {
			return nil
		}
		return &Error{Detail: info, Status: actionStatus}
	case int(int32(code)) != code:
		return &Error{Detail: info, wide: int64(code)}
	}
	return &Error{Code: Code(code), Detail: info}
}

// Response holds the status fields every IM REST response has. Embed it in
// the struct a response body is decoded into and call Err:
//
//	var resp struct {
//		errcode.Response
//		MemberNum int `json:"MemberNum"`
//	}
type Response struct {
	// ActionStatus is "OK" or "FAIL".
	ActionStatus string `json:"ActionStatus"`
	// ErrorCode is 0 on success.
	ErrorCode Code `json:"ErrorCode"`
	// ErrorInfo is the server's message about the failure.
	ErrorInfo string `json:"ErrorInfo"`
}

// Err returns nil for a successful response and an error for a failed one,
// as FromResponse decides.
//
// Err covers the whole request only. A batch API answers "OK" when the
// request as a whole was carried out, even if some of its entries failed,
// and lists those in fields of its own (ErrorList, ResultItem, InfoItem,
// FailAccounts, Fail_Account); decode them as []Item and []string and pass
// them to ItemsErr.
func (r Response) Err() error {
	return FromResponse(r.ActionStatus, int(r.ErrorCode), r.ErrorInfo)
}

// CodeOf returns the code carried anywhere in err's chain: a Code, or the
// Code of an *Error, found in the order errors.As searches (err, then what
// Unwrap returns, depth first through errors.Join). It returns (0, false)
// for nil, for errors that carry no code, and for a *Error whose server
// sent no code. Unlike errors.As it uses no reflection, and it does not
// allocate unless an error in the chain has an As method of its own:
// asking that method costs one allocation, for the *Code it fills in.
func CodeOf(err error) (Code, bool) {
	for err != nil {
		switch e := err.(type) {
		case Code:
			return e, true
		case *Error:
			if e != nil && e.Code != 0 {
				return e.Code, true
			}
		}
		if x, ok := err.(interface{ As(any) bool }); ok {
			var c Code
			if x.As(&c) {
				return c, true
			}
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if c, ok := CodeOf(e); ok {
					return c, true
				}
			}
			return 0, false
		default:
			return 0, false
		}
	}
	return 0, false
}

// UnmarshalJSON decodes a code from a JSON number or from a string holding
// a decimal number ("70001", "-302"), as some responses quote it. JSON null
// leaves c unchanged. Anything else is an error and leaves c unchanged:
// fractions, exponents, numbers outside the int32 range, other strings,
// booleans, arrays and objects.
func (c *Code) UnmarshalJSON(data []byte) error {
	v, ok := parseCode(data)
	if ok {
		*c = v
		return nil
	}
	if string(data) == "null" {
		return nil
	}
	return &json.UnmarshalTypeError{Value: describeJSON(data), Type: reflect.TypeFor[Code]()}
}

// parseCode parses an optionally quoted, optionally negative decimal number
// that fits in an int32, without allocating.
func parseCode(b []byte) (Code, bool) {
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' {
		b = b[1 : len(b)-1]
	}
	neg := false
	if len(b) > 0 && b[0] == '-' {
		neg = true
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 10 || (b[0] == '0' && len(b) > 1) {
		return 0, false
	}
	var n int64
	for _, ch := range b {
		if ch < '0' || ch > '9' {
			return 0, false
		}
		n = n*10 + int64(ch-'0')
	}
	if neg {
		n = -n
	}
	if n < math.MinInt32 || n > math.MaxInt32 {
		return 0, false
	}
	return Code(n), true
}

// describeJSON names the kind of a JSON value for an error message, as
// encoding/json's UnmarshalTypeError does.
func describeJSON(data []byte) string {
	d := bytes.TrimSpace(data)
	if len(d) == 0 {
		return "empty value"
	}
	switch d[0] {
	case '"':
		return "string " + truncate(d)
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	}
	return "number " + truncate(d)
}

func truncate(b []byte) string {
	const max = 40
	if len(b) > max {
		return string(b[:max]) + "…"
	}
	return string(b)
}

// supported are the languages this package has texts in, in the order the
// matcher's index is switched on: English first, as the fallback.
var supported = []language.Tag{
	language.English,
	language.SimplifiedChinese,
	language.TraditionalChinese, // the Simplified text is the closest there is
}

// matcherOnce builds matcherValue on first use, not at package
// initialization, which stays free of work and allocation.
var (
	matcherOnce  sync.Once
	matcherValue language.Matcher
)

func matcher() language.Matcher {
	matcherOnce.Do(func() { matcherValue = language.NewMatcher(supported) })
	return matcherValue
}

// chineseSubtags holds the subtags isChinese compares with. They are
// parsed on first use, so that package initialization stays free of work.
var (
	chineseOnce    sync.Once
	chineseSubtags struct {
		zh, cmn, chi, ug language.Base
		hans, hant       language.Script
		regions          [6]language.Region
	}
)

func parseChineseSubtags() {
	s := &chineseSubtags
	s.zh = language.MustParseBase("zh")
	s.cmn = language.MustParseBase("cmn")
	s.chi = language.MustParseBase("chi")
	s.ug = language.MustParseBase("ug")
	s.hans = language.MustParseScript("Hans")
	s.hant = language.MustParseScript("Hant")
	for i, r := range [...]string{"CN", "TW", "HK", "MO", "030", "142"} {
		s.regions[i] = language.MustParseRegion(r)
	}
}

// isChinese reports whether t gets the Chinese text. It gives
// the answer a language.Matcher over English, Simplified and Traditional
// Chinese gives, but decides from the tag's language, script and region
// alone, so that no tag costs a matcher run or an allocation and no
// sequence of tags can slow it down. The Chinese text goes to
//   - Chinese (zh, and cmn and chi, which the matcher reads as zh) with no
//     script or with the Han scripts Hans or Hant, in any region;
//   - Uyghur (ug) written in Hans or Hant, as the matcher has it;
//   - an undetermined language (und) written in Hans or Hant, or with no
//     script and a region whose likely language is Chinese: CN, TW, HK, MO,
//     Eastern Asia (030) and Asia (142).
//
// Every other tag gets English, und and private-use tags included.
// Variants and extensions do not count. TestDescriptionMatchesMatcher checks
// the rule against the matcher on every language, script and region that
// x/text knows.
func isChinese(t language.Tag) bool {
	chineseOnce.Do(parseChineseSubtags)
	i, exact := language.CompactIndex(t)
	if !exact {
		// t carries its subtags itself: Raw neither allocates nor
		// looks anything up.
		return chineseRule(t.Raw())
	}
	if v := compactChoice[i].Load(); v != 0 {
		return v == choiceChinese
	}
	// The first tag with this compact index. A compact tag with a "-u-rg-"
	// extension would allocate in Raw; its Parent is the same tag without
	// the extension (the same index), which does not.
	if p := t.Parent(); p != t {
		if j, ok := language.CompactIndex(p); ok && j == i {
			t = p
		}
	}
	zh := chineseRule(t.Raw())
	v := uint32(choiceEnglish)
	if zh {
		v = choiceChinese
	}
	compactChoice[i].Store(v)
	return zh
}

// compactChoice remembers isChinese's answer for each of x/text's compact
// tags (the common locales, such as en, zh-Hant-TW or de-CH), indexed by
// language.CompactIndex: 0 if not yet decided, else choiceEnglish or
// choiceChinese. It has a fixed entry per compact tag, so no tag can push
// another out; it only spares Raw and Parent, which are slower than a load.
var compactChoice [language.NumCompactTags]atomic.Uint32

const (
	choiceEnglish = 1
	choiceChinese = 2
)

// chineseRule is isChinese's decision on a tag's language, script and
// region.
func chineseRule(b language.Base, s language.Script, r language.Region) bool {
	id := &chineseSubtags
	han := s == id.hans || s == id.hant
	switch b {
	case id.zh, id.cmn, id.chi:
		return han || s == language.Script{}
	case id.ug:
		return han
	case language.Base{}: // und
		if s != (language.Script{}) {
			return han
		}
		return slices.Contains(id.regions[:], r)
	}
	return false
}

// Description returns c's text in the language t selects, the one a
// language.Matcher over English, Simplified and Traditional Chinese would
// pick: the document's Chinese for every Chinese tag (zh, zh-CN, zh-Hans,
// zh-SG, and zh-TW, zh-HK, zh-Hant, for which the Simplified text is the
// closest there is), English for every other tag, language.Und included.
//
// An unlisted account system code gets the 「其他错误」 row's text; any other
// unlisted number gets a generic English text in every language, since the
// document has no Chinese for it. Description runs no matcher and never
// allocates: it decides from t's language, script and region.
func (c Code) Description(t language.Tag) string {
	in, _ := c.info()
	if in.Description != "" && isChinese(t) {
		return in.Description
	}
	return in.English
}

// AcceptLanguage picks the language to pass to Description from an HTTP
// Accept-Language header such as "zh-CN,zh;q=0.9,en;q=0.8": one of
// language.English, language.SimplifiedChinese and
// language.TraditionalChinese. An empty or malformed header, or one that
// names no language this package has, gives language.English.
//
// Only the entries that end within the header's first 256 bytes count,
// room for some twenty languages with their weights. The rest is not
// read, so a long header costs no more than a short one. Browsers send
// the same few headers again and again, so recent answers are remembered:
// for a header seen lately, AcceptLanguage neither parses nor allocates.
func AcceptLanguage(header string) language.Tag {
	header = headerPrefix(header)
	slot := &headerCache[headerHash(header)%uint32(len(headerCache))]
	if c := slot.Load(); c != nil && c.header == header {
		return supported[c.index]
	}
	i := matchHeader(header)
	slot.Store(&headerChoice{strings.Clone(header), i})
	return supported[i]
}

// matchHeader parses an Accept-Language header and returns the index in
// supported of the language it asks for, English if none.
func matchHeader(header string) int {
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil || len(tags) == 0 {
		return 0
	}
	_, i, conf := matcher().Match(tags...)
	if conf == language.No {
		return 0
	}
	return i
}

// headerPrefix returns the entries of an Accept-Language header that end
// within its first maxHeader bytes: all of a header that short, else the
// part before the last comma in reach, which is empty if the first entry
// is already longer.
func headerPrefix(header string) string {
	if len(header) <= maxHeader {
		return header
	}
	// A comma right after the first maxHeader bytes ends an entry within them.
	i := strings.LastIndexByte(header[:maxHeader+1], ',')
	if i < 0 {
		return ""
	}
	return header[:i]
}

// maxHeader is the length of the part of an Accept-Language header that
// AcceptLanguage reads. A browser's header with ten languages and their
// weights is about 100 bytes.
const maxHeader = 256

// headerCache remembers AcceptLanguage's recent answers in a small
// direct-mapped table: each header prefix has one slot, chosen by its
// hash, and a new one takes the slot over.
var headerCache [64]atomic.Pointer[headerChoice]

type headerChoice struct {
	header string
	index  int // in supported
}

// headerHash is 32-bit FNV-1a: cheap, and good enough to spread headers
// over the slots; a collision only costs a parse.
func headerHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
