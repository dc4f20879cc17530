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
// operations.go, moderation.go, officialaccount.go, call.go; a long one is
// continued in parts such as sdk_network.go); each is declared on
// its own, so go doc shows one code at a time. Their doc comments are the
// source of the lookup table in ztable.go, which go generate rebuilds.
//
// For a whole REST response body, [API.Check] (or [CheckBody] when the API
// is not known) returns one error naming the request's failure and every
// failed entry of its batch lists; [FailedIDs] lists their IDs, and
// [ShouldRetry] and [NeedsReauth] say what to do next.
//
// Nothing in this package panics on any input, and every function and method
// is safe for concurrent use.
package errcode

//go:generate go run ./internal/gentable

import (
	"iter"
	"strconv"
	"strings"
	"time"
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

// unknownEnglish is the English text of a number no source lists;
// unknownMessage is the same in an error message's style. zeroMessage is
// the message of Code 0, which is not a failure at all.
const (
	unknownEnglish = "Unknown error code: no official Tencent Cloud IM source this package knows lists it."
	unknownMessage = "unknown error code, not listed by any official Tencent Cloud IM source this package knows"
	zeroMessage    = "success, not a failure: the IM service answers 0 when a request succeeds"
)

// slot is an entry of the hash table slots: a listed code and the fields
// Retry, Category and Retryable return, so that they need no second load.
// internal/gentable explains the layout.
type slot struct {
	code        Code
	category    Category
	retry       Retry
	recoverable bool
}

// nameSlot is an entry of nameSlots, the hash table Name reads: slots
// holding the name, so that Name's known-code path fits the inlining
// budget. internal/gentable explains the layout.
type nameSlot struct {
	code Code
	name string
}

// index returns the position of c in table, or 0, where a zero Info
// stands, for a number that is not listed. It reads one 4-byte slot of
// keySlots and computes the answer without a branch: a mix of listed and
// unlisted numbers would mispredict a branch on every unlisted one, and the
// compiler will not turn this choice into a conditional move, because the
// result is used as a load address (Go issue 26306). The zero entry spares
// Lookup a branch and a zeroed copy.
//
// The methods whose known-code path must inline (Retry, Category, Name,
// Retryable) spell out the hash and copy the slot instead: a call, or the
// slot's address, costs more of the inlining budget than they have left.
func index(c Code) int {
	k := uint32(c) * hashMul
	s := keySlots[k>>hashShift]
	// d is 0 exactly when the slot holds c; d-1 then has its top bit set,
	// so listed is -1 (every bit set) for a listed code and 0 otherwise.
	d := uint64((s ^ k) & (1<<hashShift - 1))
	listed := int(int64(d-1) >> 63)
	return int(s>>hashShift) & listed
}

// info returns the table entry for c, the entry of the range that holds
// an unlisted c, or an unknown entry, and whether c is listed. It never
// allocates.
func (c Code) info() (*Info, bool) {
	if i := index(c); i != 0 {
		return &table[i], true
	}
	return unlisted(c), false
}

// unlisted returns the entry of the range that holds c, or an unknown
// entry, for a number that is not listed.
func unlisted(c Code) *Info {
	if r := rangeInfo(c); r != nil {
		return r
	}
	return &unknownInfo
}

var unknownInfo = Info{English: unknownEnglish}

// Lookup returns what this package knows about c. It reports false for a
// number no source lists on its own, including the numbers that only a
// range covers: the account system's 「其他错误」 row (70000–70999) and the
// blocks for custom webhook codes (38000–39000, 120001–130000). The Info is
// a copy: changing it changes nothing in the package.
func Lookup(c Code) (Info, bool) {
	i := index(c)
	return table[i], i != 0
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
		for i := 1; i <= numCodes; i++ {
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
	if s := nameSlots[uint32(c)*hashMul>>hashShift]; s.code == c {
		return s.name
	}
	return c.unlistedName()
}

// unlistedName formats "Code(N)" for Name, out of line so that Name's path
// for a listed code inlines.
//
//go:noinline
func (c Code) unlistedName() string {
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
	if s := slots[uint32(c)*hashMul>>hashShift]; s.code == c {
		return s.category
	}
	return rangeCategory(c)
}

// Retry returns the hint on what to do before retrying a request that
// failed with c. An unlisted code in the account system's range is
// RetryTransient, as the document's 「其他错误」 row says to retry; one in a
// webhook range is RetryNever, since only the app knows what it means; any
// other unlisted number is RetryNever, since nothing is known of it.
func (c Code) Retry() Retry {
	if s := slots[uint32(c)*hashMul>>hashShift]; s.code == c {
		return s.retry
	}
	return rangeRetry(c)
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

// Error returns "errcode: N Name: " followed by the Chinese text, or, for a
// number that is not listed, a message that says so; for 0, which the IM
// service sends on success, it says that 0 is success. It allocates at
// most once.
func (c Code) Error() string {
	return c.message(true, "", "")
}

// message formats c for Error and Localize: the number, the name, the text
// in one language and an optional ID and detail, in a single allocation.
func (c Code) message(chinese bool, id, detail string) string {
	in, known := c.info()
	text := in.English
	switch {
	case c == 0:
		text = zeroMessage
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
