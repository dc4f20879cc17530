// Errcode explains Tencent Cloud IM error codes: what the official sources
// say about each, in Chinese and English, the Go name of its constant in
// package github.com/errcode-im/errcode, the official SDK's name for it,
// which sources list it, where they disagree, its category and whether
// retrying can help (its retry hint: never, transient, throttled, reauth
// or conflict).
//
// This comment is the command's manual: errcode -h prints it as it is.
//
// Usage:
//
//	errcode [flags] CODE...                        explain the codes
//	errcode [flags] -list [-category NAME]         list every code the package knows
//	errcode [flags] -search TEXT [-category NAME]  find codes by name or description
//	errcode [flags] [-f FILE]... [-]               explain the codes in REST responses or logs
//	errcode -summary [flags] [-f FILE]... [-]      count the codes in logs, most frequent first
//	errcode [flags] -api PATH                      list the codes an API's page lists
//	errcode -api PATH -switch                      print a Go switch on those codes
//	errcode [flags] -api PATH [-f FILE]... [-]     check whole response bodies of that API
//
// The flags are:
//
//	-lang zh|en
//		print only the Chinese (zh) or the English (en) text; see Languages
//	-json
//		print JSON instead of text; see JSON
//	-list
//		list every code the package knows, in ascending order
//	-category NAME
//		with -list or -search, only the codes of this category: sdk,
//		resource, common, rest, message, group, profile, sns, account,
//		openmsg, access, conversation, push, operations, moderation,
//		officialaccount or call, in any letter case
//	-search TEXT
//		list the codes that match every word of TEXT, in any order and
//		letter case, best match first; a word also matches its synonyms
//		(rate limit, 频繁, UserSig, 签名, not found, 禁言, blocklist and
//		the like), and a number matches the codes that start with it.
//		Chinese needs no spaces: a run of it is split into the known
//		words it holds, longest first from the left (签名过期 is 签名
//		and 过期, UserSig过期 is UserSig and 过期); what no known word
//		covers becomes pairs of characters, and a lone leftover
//		character (了, 被) is dropped. 帐号 and 账号 are one word. Codes
//		of equal score list REST, account and message codes first (what
//		a backend meets most), other server-side codes next, and sdk and
//		access codes (the client side) last
//	-f FILE
//		read FILE (repeatable); gzip is decompressed whatever the name,
//		and "-" is standard input
//	-api PATH
//		the API at PATH (v4/openim/sendmsg, openim/sendmsg or a whole
//		request URL): alone, list the codes its page lists, with the API's
//		own meaning where it differs; with input, read each input as one
//		whole response body of that API (at most 8 MiB) and print its
//		failures, as errcode's API.Check finds them. An unknown PATH exits
//		2 and names the nearest known paths on standard error
//	-switch
//		with -api, print a Go switch statement on a variable code of type
//		errcode.Code, one case per retry hint, to paste into a function
//	-summary
//		with input, print one row per distinct code instead of explaining
//		each finding
//	-q
//		with input, show no progress line; see Output
//	-h
//		print this manual
//
// Flags may come before or after the codes. A CODE argument may hold
// several codes separated by commas or blanks. A negative CODE works as it
// is (errcode -1), or after "--".
//
// # Input
//
// With -f, with "-" as its only argument, or with no argument while
// standard input is not a terminal, errcode reads the input in one pass,
// however large, in bounded memory. The input may hold IM REST response
// bodies (JSON objects back to back, one per line, pretty-printed, in an
// array, or nested inside other JSON such as ResultItem lists), log lines
// around them, or any other text. Gzip, on standard input or in a file
// of any name, is told by its first bytes and decompressed; UTF-16 with a
// byte-order mark (as Windows PowerShell 5.1's > writes) is decoded; ANSI
// colour codes (ESC [ … m) are removed before anything is read. Errcode
// takes:
//
//   - every nonzero ErrorCode and ResultCode member of every JSON object,
//     also spelled error_code, errcode, err_code, "error code" or
//     result_code, in any letter case, duplicates included;
//   - every mention in text such as ErrorCode=N, ErrorCode: N,
//     "ErrorCode":N (with its quotes escaped too, as \" or as nginx's
//     \x22), ResultCode=N, errcode N, 错误码：N, 错误码N or 错误码为N;
//   - 返回N ("returned N") in Chinese text, only when an official source
//     lists N;
//   - a bare code=N or code: N (as in the library's slog text output,
//     err.code=70001), and a JSON "code" member, only when an official
//     source lists N: lying in a range is not enough (never
//     "verification code: 123456"), unless the library's own slog output
//     names the code beside it; and never a status, HTTP, exit or response
//     code (never "status code: 200");
//   - each account in a FailAccounts list (multiaccount_import) or a
//     Fail_Account list (the friend and blocklist APIs, portrait_get) as
//     an item that failed without a code, with the account as its ID,
//     unless the same response names that account with a code (friend_add
//     lists a failed account both in ResultItem and in Fail_Account) or
//     lists it twice.
//
// Text inside strings is read by the same rules, up to three levels deep:
// the content of every JSON string value (msg, message, detail, desc,
// ErrorInfo, error, log or any other; not keys, code values or IDs), and
// a quoted value in text that holds a body with escaped quotes, such as
// resp="{\"ErrorCode\":10010}", nginx's {\x22ErrorCode\x22:10010}, or a
// body escaped twice, resp="{\\\"ErrorCode\\\":70001}".
//
// The server's detail for a code is, in JSON, the sibling ErrorInfo (also
// error_info, errinfo, errmsg or error_msg) of an ErrorCode, the sibling
// ResultInfo (or result_info) of a ResultCode, and the sibling detail of
// a code member, as the library's own group writes it. A sibling msg,
// message or desc is a code member's detail only in an object that is
// neither a log record (one with a level member, as log/slog, zap,
// logrus, pino and bunyan write) nor the library's group (a code with
// category and retry members): there it is the logger's own message or
// the library's error text, never the server's. In text, the detail is an
// ErrorInfo, ResultInfo, errmsg or detail on the same line. An item's ID
// is its sibling To_Account, From_Account, Member_Account, Account,
// UserID, GroupId, user_id or group_id; an id member is an ID only in the
// library's group, as elsewhere it names a request or a log record.
//
// Each failure counts once, however many places in a log line name it. A
// scope is one top-level JSON value, over as many lines as it spans, or
// one line of text with whatever JSON it holds. A code the scope holds
// itself (a JSON code member, a mention in its text) is a field; a code
// inside one of its strings, and the library's own error text (errcode:
// N followed by a blank, as an errcode.Error's message starts) anywhere,
// is a repeat candidate. When the scope ends, each field cancels one
// candidate with the same number, and the candidates left count too. So
// a slog record of LogAttr's group, {"msg":"errcode: 70001 …",
// "code":70001, …} in JSON or err.msg="errcode: 70001 …" err.code=70001
// in text, counts 70001 once, with the group's detail, and the same
// message logged alone counts once as well. The library's group (a code
// with category and retry beside it) that has an errors member is a
// batch: its own code is its first failure's, which errors lists again,
// so only the entries of errors count; in text, KEY.errors.0.code=N after
// KEY.code=N on the same line is that first failure. A scope weighs at
// most 256 findings together and tells at most 32 field codes apart;
// past that, what it holds is counted as it stands.
//
// A number may be cut short: the last line of a log still being written,
// a truncated .gz, a logger or Docker splitting a long line. Errcode
// reports as cut, never as the shorter code its digits may spell
// (70001 cut to 7000), a code number that runs to the end of the input,
// one that runs to the end of the string holding its body, and one that
// ends a line inside a body that never closes. A bare code cut short is
// not counted at all.
//
// # Output
//
// A lookup prints a block for each code: a heading of code, Go name,
// category and retry hint, lined up across blocks, then labelled lines:
// a note when no source lists the code one by one, the server's detail
// (server:) and the item's ID (id:) for input, how many times the input
// held it (seen:), the Chinese (zh:) and English (en:) texts, the code's
// note and caution, the APIs whose pages list the code (apis:, up to five
// and their count, for CODE arguments only), how long a source asks a caller to wait before
// retrying (wait:), the SDK's name (sdk:) and the sources that list it
// (sources:). A cut number is shown as its digits and "…", marked CUT
// SHORT, with a note and none of the texts of the shorter code.
//
// When the input is a single JSON object of at most 1 MiB in which no
// code is found, errcode reads it with errcode.CheckBody, so that entries
// that failed without a code (FailAccounts of multiaccount_import, Result
// 0) are printed, each with its ID, instead of "no error code found".
//
// An item that failed without a code, such as an account in a
// FailAccounts or Fail_Account list, is shown as 0, marked NO CODE, with
// a note that it failed without an error code and its ID (in JSON,
// "nocode": true).
//
// The same code with the same detail and ID is explained once, with a
// count (seen:). Each code's first finding comes first, in the order of
// the input, then each code's second, and so on, so that the first
// screen names every code found. However large the input, errcode keeps
// at most 10000 different findings (code, detail and ID) and counts at
// most 65536 different codes one by one, which holds it to well under
// 64 MiB of memory. Past 10000, a finding of a code that has none kept
// takes the place of another code's second or later finding, so every
// code is shown at least once; the rest are folded: each such code gets
// one more block, marked folded:, that counts its findings whose details
// and IDs were not kept. Past 65536 codes, the findings of every further
// code are counted in one last block, OTHER CODES. Nothing is left out:
// the counts add up to every finding, and standard error says how many
// were folded, of how many codes, and how many went to other codes.
//
// -list and -search print a table, one code a line: code, name, category,
// retry hint, the category's Chinese heading (except with -lang en) and
// the description.
//
// With -summary, errcode counts each code exactly and prints one row per
// code, most frequent first: the count, the code, its name, category and
// retry hint, the first and last line it is on (as FILE:LINE when there
// are several inputs), and a bar drawn to scale. A cut number has a row
// of its own, and so do the items that failed without a code ("-",
// "(failed, no code)"). Past 65536 different codes, the rest are counted
// in one last row, "…" "(other codes, past 65536)", and standard error
// says how many findings it holds.
//
// A file name is printed as it is, or quoted as a Go string ("a\nb.log")
// when it holds a control character or is not valid UTF-8, in FILE:LINE
// and in messages on standard error.
//
// When standard error is a terminal and the input is several files, or a
// file of 64 MiB or more, errcode shows one line on standard error,
// redrawn at most four times a second and erased at the end: how much of
// the files it has read of their total size, the rate in MiB/s, and the
// time left. With -q, or when standard error is not a terminal, it shows
// nothing.
//
// # Languages
//
// Without -lang, a lookup prints both texts, and a table prints Chinese,
// except for -search with a query that has no Chinese in it, which prints
// English.
//
// With -lang en, nothing the package or the command wrote is in Chinese:
// no Chinese texts, no section headings, no Chinese words in notes. The
// only Chinese that can appear is what the server itself sent: its detail
// (ErrorInfo or ResultInfo) and an item's ID are printed as they came, on
// the lines labelled "server:" and "id:" (in JSON, "detail" and "id"),
// because they are the server's words, not a translation.
//
// With -lang zh, the texts and the sentences the command writes itself
// (how many times a code was seen, how long to wait, why a code is not
// listed) are in Chinese. Labels, names and hints (sdk:, GroupNotFound,
// retry: never) are identifiers and stay as they are. A code's note, which
// the package has only in English, is printed in English and marked so.
//
// # Where the Chinese comes from
//
// For the codes in the error-code document (source "document"), the
// Chinese is the document's text, verbatim. For every other code it is the
// package's own Chinese, written from the online page and the SDK headers,
// not an official text; errcode marks it with 【本包自撰】 ("written by
// this package") wherever it prints it, and -json gives "zh_source":
// "errcode" instead of "document". The section headings of the six
// categories the document lacks are the package's own as well.
//
// # JSON
//
// With -json, a lookup, -list, -search and input print an array of
// objects with the keys code, name, category, retry, sdk_name, sources,
// note, zh, zh_source, en and known; caution where the code's doc has one;
// wait where a source names a time to wait before retrying; detail, id
// and count for input; apis and api_count for CODE arguments; and, for a
// cut number, "cut": true, "known": false and empty name, category, retry
// and texts. With -lang, the other language's key is left out.
// -summary -json prints an array of objects with the keys code, count,
// name, category, retry, known, first_line and last_line, cut for a cut
// number (a row of its own), and first_file and last_file when the input
// came from -f. An empty result is [].
//
// An item that failed without a code has "nocode": true and code 0, in
// both arrays. A block of folded findings has "folded": true, and the
// findings of codes past the limit are one last object with "other":
// true and code 0. Code 0 there stands for no one number: name,
// category, retry and texts are empty, and the note says what the
// object counts.
//
// # Exit status
//
// With input, errcode exits 0 when it found a failure: a whole nonzero
// code, listed by an official source or not, or an item that failed
// without a code. It exits 1 when the input held only successes, only
// cut numbers (a cut number is never a failure found, nor a success), or
// nothing, and when an input could not be read, whole or in part, even if
// the rest held failures, since the counts may then be short. Folded
// findings and other codes count as failures found. Whole bodies read
// with -api, or with CheckBody when they hold no code, follow the same
// rule.
//
// With CODE arguments, errcode exits 0 when every code is known (listed
// by at least one official source) and 1 when one is not. -list and
// -search exit 0, or 1 when nothing matches. Bad usage and an unknown
// -api PATH exit 2.
//
// Examples:
//
//	errcode 10010
//	errcode -api v4/openim/sendmsg -lang en
//	errcode -api v4/openim/sendmsg -switch
//	curl -s "$URL" | errcode -api v4/im_open_login_svc/multiaccount_import -
package main
