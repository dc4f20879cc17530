// Errcode explains Tencent Cloud IM error codes: what the official sources
// say about each, in Chinese and English, the Go name of its constant in
// package github.com/errcode-im/errcode, the official SDK's name for it,
// which sources list it, where they disagree, its category and whether
// retrying can help.
//
// Usage:
//
//	errcode [flags] CODE...                explain the codes
//	errcode [flags] -list                  list every code the package knows
//	errcode [flags] -search TEXT           find codes by name or description
//	errcode [flags] [-f FILE]... [-]       explain the codes in REST responses or logs
//	errcode -summary [flags] [-f FILE]...  count the codes in logs, most frequent first
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
//		officialaccount or call
//	-search TEXT
//		list the codes that match every word of TEXT, best match first
//	-f FILE
//		read FILE (repeatable); a name ending in .gz is decompressed, and
//		"-" is standard input
//	-summary
//		with input, print one row per distinct code instead of explaining
//		each finding
//
// Flags may come before or after the codes. A negative CODE works as it
// is (errcode -1), or after "--".
//
// # Input
//
// With -f, with "-" as its only argument, or with no argument while
// standard input is not a terminal, errcode reads the input in one pass,
// however large, in bounded memory. The input may hold IM REST response
// bodies (JSON objects back to back, one per line, pretty-printed, in an
// array, or nested inside other JSON such as ResultItem lists), log lines
// around them, or any other text. Errcode takes:
//
//   - every ErrorCode and ResultCode member of every JSON object, in any
//     letter case, duplicates included, with its sibling ErrorInfo or
//     ResultInfo as the detail and, in a per-item list entry, the sibling
//     To_Account, From_Account, Member_Account, Account, UserID, GroupId
//     or id as the item's ID;
//   - a JSON "code" member beside "detail", "message", "msg" or "desc",
//     as the library's own slog JSON output and the client SDKs' errors
//     write them;
//   - every mention in text such as ErrorCode=N, ErrorCode: N,
//     "ErrorCode":N, ResultCode=N, errcode N or 错误码：N, with an ErrorInfo,
//     ResultInfo, errmsg or detail on the same line as the detail;
//   - a bare code=N or code: N (as in the library's slog text output,
//     err.code=70001) only when N is a code the package knows or lies in
//     a range it knows, and never a status, HTTP, exit or response code;
//   - response bodies written as strings: inside a JSON string of a JSON
//     log line, or as a quoted logfmt or slog text value such as
//     resp="{\"ErrorCode\":10010}", decoded up to three levels deep.
//
// The same code with the same detail and ID is explained once, with a
// count. With -summary, errcode counts each code exactly and prints one
// row per code, most frequent first: the count, the first and last line
// it is on (with the file's name when there are several inputs), its
// name, category and retry hint, and a bar drawn to scale. When standard
// error is a terminal and a file is larger than 64 MiB, errcode shows how
// far it has read.
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
// wait where a source names a time to wait before retrying; and detail, id
// and count for input. -summary -json
// prints an array of objects with the keys code, count, name, category,
// retry, known, first_line and last_line, and first_file and last_file
// when the input came from -f.
//
// # Exit status
//
// Errcode exits 0 when every code it printed is known (listed by at least
// one official source), 1 when one is not, when -search matches nothing,
// when the input holds no code or cannot be read, and 2 on bad usage.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/errcode-im/errcode"
)

// main runs the command on the process's arguments and standard streams.
func main() {
	os.Exit(run(os.Args[1:], streams{
		stdin:       os.Stdin,
		stdout:      os.Stdout,
		stderr:      os.Stderr,
		progress:    isTerminal(os.Stderr),
		progressMin: progressMin,
	}))
}

// Exit statuses.
const (
	exitOK      = 0 // every code printed is known
	exitMissing = 1 // a code is not known, or nothing was found
	exitUsage   = 2 // bad usage
)

// progressMin is how large a file must be for errcode to show progress.
const progressMin = 64 << 20

// streams are the command's standard streams and what it knows of them.
type streams struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// progress allows progress reports on stderr, which must be a
	// terminal, for files of at least progressMin bytes.
	progress    bool
	progressMin int64
}

// synopsis is the short usage printed after a usage error.
const synopsis = `usage: errcode [flags] CODE...
       errcode [flags] -list [-category NAME]
       errcode [flags] -search TEXT [-category NAME]
       errcode [flags] [-summary] [-f FILE]... [-] < RESPONSES-OR-LOGS
Run 'errcode -h' for details.
`

// usage is the full usage -h prints.
var usage = `usage: errcode [flags] CODE...             explain error codes
       errcode [flags] -list               list every code the package knows
       errcode [flags] -search TEXT        find codes by name or description
       errcode [flags] [-f FILE]... [-]    explain the codes in REST responses or logs
       errcode -summary [-f FILE]... [-]   count the codes in logs, most frequent first

Errcode explains Tencent Cloud IM error codes: the official Chinese text
(or the package's own, marked 【本包自撰】, where the error-code document
does not list the code), an English one, the Go constant's name, the SDK's
name, the sources that list it, where they disagree, its category and a
retry hint (never, transient, throttled, reauth or conflict).

Flags (before or after the codes):
  -lang zh|en     only Chinese (zh) or only English (en); with en nothing
                  Chinese is printed but the server's own detail and IDs,
                  labelled server: and id:, as they came
  -json           print JSON: code, name, category, retry, sdk_name,
                  sources, note, caution, zh, zh_source, en, known, wait, and detail,
                  id and count for input; with -summary: code, count, name,
                  category, retry, known, first_line, last_line
  -list           list every code the package knows, in ascending order
  -category NAME  with -list or -search, only this category's codes:
                  ` + strings.Join(categoryNames(), ", ") + `
  -search TEXT    codes matching every word of TEXT, in any order and
                  letter case, with synonyms (rate limit, 频繁, UserSig,
                  签名, not found, 禁言, blocklist...), best first
  -f FILE         read FILE (repeatable); FILE.gz is decompressed; - is
                  standard input
  -summary        one row per code: count, first and last line, name,
                  category, retry and a bar, most frequent first
  -h              print this help

A negative CODE works as it is (errcode -1) or after "--".

Input (-f, "-", or standard input when it is not a terminal) is read in
one pass, of any size: REST bodies and log text. Errcode explains every
nonzero ErrorCode and ResultCode in its JSON, with the sibling ErrorInfo
or ResultInfo and an item's To_Account or the like, bodies escaped in
JSON strings and quoted logfmt values, the library's own slog output, and
mentions such as ErrorCode=N, "ErrorCode":N or errcode N in text; a bare
code=N only when N is a known code (never "status code: 200").

Exit status: 0 when every code printed is known to an official source; 1
when one is not, when -search matches nothing, when the input holds no
code or cannot be read; 2 on bad usage.
`

// categoryNames returns the name of every category.
func categoryNames() []string {
	var names []string
	for c := range errcode.Categories() {
		names = append(names, c.String())
	}
	return names
}

// config is what the command line asks for.
type config struct {
	lang      string // langBoth, langChinese or langEnglish
	json      bool
	list      bool
	summary   bool
	category  errcode.Category // CategoryUnknown for every category
	search    string
	searching bool     // -search was given
	stdin     bool     // read standard input
	files     []string // -f, in order; "-" is standard input
	codes     []string // the CODE arguments, unparsed
}

// input reports whether the command reads input rather than codes.
func (c config) input() bool { return c.stdin || len(c.files) > 0 }

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef returns a usageError with a formatted message.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// run is the command: it parses args, does what they ask with the given
// streams, and returns the exit status.
func run(args []string, st streams) int {
	cfg, err := parseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(st.stdout, usage)
		return exitOK
	}
	if err == nil && !cfg.list && !cfg.searching && len(cfg.codes) == 0 && !cfg.input() {
		if isTerminal(st.stdin) {
			err = usagef("no error code given, and standard input is a terminal")
		} else {
			cfg.stdin = true
		}
	}
	var codes []errcode.Code
	if err == nil {
		codes, err = parseCodes(cfg.codes)
	}
	if err != nil {
		fmt.Fprintf(st.stderr, "errcode: %v\n%s", err, synopsis)
		return exitUsage
	}

	out := bufio.NewWriterSize(st.stdout, 64<<10)
	var status int
	switch {
	case cfg.input():
		status, err = readInputs(cfg, st, out)
	case cfg.list || cfg.searching:
		status, err = listCodes(cfg, out, st.stderr)
	default:
		entries := make([]entry, len(codes))
		status = exitOK
		for i, c := range codes {
			entries[i] = newEntry(c)
			if !entries[i].known {
				status = exitMissing
			}
		}
		err = write(out, entries, cfg.lang, cfg.json, writeEntries)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(st.stderr, "errcode: %v\n", err)
		return exitMissing
	}
	return status
}

// parseArgs parses the command line into a config. Flags may come after
// the codes, and a negative number where a flag could be is a code.
func parseArgs(args []string) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("errcode", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.Func("lang", "`zh|en`: print only this language's text", func(s string) error {
		switch strings.ToLower(s) {
		case langChinese, langEnglish:
			cfg.lang = strings.ToLower(s)
			return nil
		}
		return errors.New("want zh or en")
	})
	fs.BoolVar(&cfg.json, "json", false, "print JSON")
	fs.BoolVar(&cfg.list, "list", false, "list every code")
	fs.BoolVar(&cfg.summary, "summary", false, "count the codes in the input")
	categorySet := false
	fs.Func("category", "with -list or -search, only this category's codes", func(s string) error {
		c, ok := errcode.ParseCategory(s)
		if !ok {
			return fmt.Errorf("unknown category; want one of %s", strings.Join(categoryNames(), ", "))
		}
		cfg.category, categorySet = c, true
		return nil
	})
	fs.Func("search", "codes matching `TEXT`", func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("want some text to search for")
		}
		cfg.search, cfg.searching = s, true
		return nil
	})
	fs.Func("f", "read `FILE`", func(s string) error {
		if s == "" {
			return errors.New("want a file name")
		}
		cfg.files = append(cfg.files, s)
		return nil
	})

	var positional []string
	for rest := args; len(rest) > 0; {
		n := flagPrefix(rest)
		if err := fs.Parse(rest[:n]); err != nil {
			return cfg, err
		}
		rest = rest[n:]
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			positional = append(positional, rest[1:]...)
			break
		}
		positional = append(positional, rest[0])
		rest = rest[1:]
	}

	mode := ""
	switch {
	case cfg.list:
		mode = "-list"
	case cfg.searching:
		mode = "-search"
	}
	switch {
	case cfg.list && cfg.searching:
		return cfg, usagef("-list and -search cannot be used together")
	case categorySet && mode == "":
		return cfg, usagef("-category needs -list or -search")
	case mode != "" && len(positional) > 0:
		return cfg, usagef("%s takes no arguments, got %q", mode, positional[0])
	case mode != "" && (cfg.summary || len(cfg.files) > 0):
		return cfg, usagef("%s reads no input: -summary and -f do not go with it", mode)
	case slices.Contains(positional, "-"):
		if len(positional) > 1 {
			return cfg, usagef(`"-" (standard input) must be the only argument`)
		}
		cfg.stdin = true
	case len(positional) > 0 && (cfg.summary || len(cfg.files) > 0):
		return cfg, usagef("-summary and -f read input and take no codes, got %q", positional[0])
	default:
		cfg.codes = positional
	}
	if cfg.stdin && len(cfg.files) > 0 {
		cfg.files, cfg.stdin = append([]string{"-"}, cfg.files...), false
	}
	return cfg, nil
}

// flagPrefix returns how many of args, from the start, are flags and their
// values: it stops at "--", at "-", at a negative number and at anything
// else that does not start with '-', so that flag.FlagSet.Parse never sees
// a code.
func flagPrefix(args []string) int {
	i := 0
	for i < len(args) {
		a := args[i]
		if a == "--" || a == "-" || !strings.HasPrefix(a, "-") || isInteger(a) {
			break
		}
		name := strings.TrimLeft(a, "-")
		i++
		if strings.Contains(name, "=") {
			continue
		}
		switch name {
		case "lang", "category", "search", "f":
			i++ // the flag's value, whatever it looks like
		}
	}
	return min(i, len(args))
}

// isInteger reports whether s is an optionally signed decimal integer.
func isInteger(s string) bool {
	s = strings.TrimLeft(s, "+-")
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// parseCodes parses CODE arguments. An argument may hold several codes
// separated by commas or blanks, as when pasted from a list.
func parseCodes(args []string) ([]errcode.Code, error) {
	var codes []errcode.Code
	for _, a := range args {
		fields := strings.FieldsFunc(a, func(r rune) bool {
			return r == ',' || r == ' ' || r == '\t' || r == '\n'
		})
		if len(fields) == 0 {
			return nil, usagef("%q is not an error code", a)
		}
		for _, f := range fields {
			n, err := strconv.ParseInt(f, 10, 32)
			if err != nil {
				return nil, usagef("%q is not an error code: want an integer from %d to %d", f, int32(-1<<31), int32(1<<31-1))
			}
			codes = append(codes, errcode.Code(n))
		}
	}
	return codes, nil
}

// isTerminal reports whether v is a terminal: an *os.File that answers as
// one. The null device and other character devices are not.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && f != nil && isTerminalFd(f.Fd())
}

// write prints entries as JSON, or with human otherwise.
func write(w io.Writer, entries []entry, lang string, asJSON bool, human func(io.Writer, []entry, string) error) error {
	if asJSON {
		return writeJSON(w, entries, lang)
	}
	return human(w, entries, lang)
}

// listCodes is -list and -search: it prints a table of the matching codes.
func listCodes(cfg config, w io.Writer, stderr io.Writer) (int, error) {
	var codes []errcode.Code
	lang := cfg.lang
	if cfg.searching {
		codes = search(cfg.search, cfg.category)
		if lang == langBoth && !hasHan(cfg.search) {
			lang = langEnglish // printed in the query's language
		}
	} else {
		for c := range errcode.All() {
			if cfg.category == errcode.CategoryUnknown || c.Category() == cfg.category {
				codes = append(codes, c)
			}
		}
	}
	entries := make([]entry, len(codes))
	for i, c := range codes {
		entries[i] = entry{code: c, known: true}
	}
	if len(entries) == 0 {
		if cfg.json {
			return exitMissing, writeJSON(w, nil, cfg.lang)
		}
		switch {
		case cfg.searching:
			fmt.Fprintf(stderr, "errcode: no code matches %q\n", cfg.search)
		default:
			fmt.Fprintf(stderr, "errcode: no code in category %s yet\n", cfg.category)
		}
		return exitMissing, nil
	}
	if cfg.json {
		return exitOK, writeJSON(w, entries, cfg.lang)
	}
	return exitOK, writeTable(w, entries, lang)
}
