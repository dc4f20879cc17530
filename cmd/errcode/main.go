// Errcode explains Tencent Cloud IM error codes: what the error-code
// document (腾讯云即时通信 IM 错误码) says about each, in Chinese and English,
// the Go name of its constant in package github.com/errcode-im/errcode, its
// category and whether retrying can help.
//
// Usage:
//
//	errcode [flags] CODE...              explain the codes
//	errcode [flags] -list                list every documented code
//	errcode [flags] -search TEXT         find codes by name or description
//	errcode [flags] [-] < RESPONSES      explain the codes in REST responses or logs
//
// The flags are:
//
//	-lang zh|en
//		print only the Chinese (zh) or the English (en) description;
//		without it, lookups print both and tables print Chinese
//	-json
//		print a JSON array of objects with the keys code, name, category,
//		retry, zh, en and known; wait where the document names a time to
//		wait before retrying; detail and count for standard input
//	-list
//		list every code the document has, in ascending order
//	-category NAME
//		with -list or -search, only the codes of this category: sdk,
//		resource, common, rest, message, group, profile, sns, account or
//		openmsg
//	-search TEXT
//		list the codes whose name or description holds TEXT, in any
//		letter case
//
// Flags may come before or after the codes. A negative CODE works as it
// is (errcode -1), or after "--".
//
// With "-" as its only argument, or with no argument while standard input
// is not a terminal, errcode reads up to 8 MiB of standard input: IM REST
// response bodies (JSON objects back to back, one per line, in an array, or
// nested inside other JSON such as ResultItem lists), log lines around them,
// or any other text. It explains every nonzero ErrorCode and ResultCode in
// the JSON, at any depth, with its sibling ErrorInfo or ResultInfo as the
// detail, and every mention such as ErrorCode=N, ErrorCode: N,
// "ErrorCode":N, ResultCode=N, code=N, code: N or errcode N in text (but
// not a status, HTTP, exit or response code). The same code with the same
// detail is explained once, with a count.
//
// Errcode exits 0 when every code it printed is in the document, 1 when
// one is not, when -search matches nothing or when standard input holds no
// code, and 2 on bad usage.
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
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK      = 0 // every code printed is documented
	exitMissing = 1 // a code is not documented, or nothing was found
	exitUsage   = 2 // bad usage
)

// synopsis is the short usage printed after a usage error.
const synopsis = `usage: errcode [flags] CODE...
       errcode [flags] -list [-category NAME]
       errcode [flags] -search TEXT [-category NAME]
       errcode [flags] [-] < RESPONSES-OR-LOGS
Run 'errcode -h' for details.
`

// usage is the full usage -h prints.
var usage = `usage: errcode [flags] CODE...           explain error codes
       errcode [flags] -list             list every documented code
       errcode [flags] -search TEXT      find codes by name or description
       errcode [flags] [-] < RESPONSES   explain the codes in REST responses or logs

Errcode explains Tencent Cloud IM error codes: the error-code document's
Chinese text, an English one, the Go constant's name, its category and a
retry hint (never, transient, throttled or reauth).

Flags (before or after the codes):
  -lang zh|en     print only the Chinese (zh) or the English (en) text;
                  without it, lookups print both and tables print Chinese
  -json           print a JSON array: code, name, category, retry, zh, en,
                  known, wait (where the document names one), and detail
                  and count for standard input
  -list           list every documented code, in ascending order
  -category NAME  with -list or -search, only this category's codes:
                  ` + strings.Join(categoryNames(), ", ") + `
  -search TEXT    codes whose name or description holds TEXT, in any case
  -h              print this help

A negative CODE works as it is (errcode -1) or after "--".

With "-" as the only argument, or no argument while standard input is not
a terminal, errcode reads up to 8 MiB of REST response bodies or log text
from standard input and explains every nonzero ErrorCode and ResultCode
in its JSON, with the sibling ErrorInfo or ResultInfo, and every mention
such as ErrorCode=N, "ErrorCode":N, code: N or errcode N in its text
(but not "status code: 200" and the like).

Exit status: 0 when every code printed is documented; 1 when one is not,
when -search matches nothing or when the input holds no code; 2 on bad
usage.
`

// categoryNames returns the name of every category, in the document's
// order.
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
	category  errcode.Category // CategoryUnknown for every category
	search    string
	searching bool     // -search was given
	stdin     bool     // read standard input
	codes     []string // the CODE arguments, unparsed
}

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef returns a usageError with a formatted message.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// run is the command: it parses args, does what they ask with the given
// standard streams, and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if err == nil && !cfg.list && !cfg.searching && len(cfg.codes) == 0 && !cfg.stdin {
		if isTerminal(stdin) {
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
		fmt.Fprintf(stderr, "errcode: %v\n%s", err, synopsis)
		return exitUsage
	}

	out := bufio.NewWriter(stdout)
	var status int
	switch {
	case cfg.stdin:
		status, err = explainInput(cfg, stdin, out, stderr)
	case cfg.list || cfg.searching:
		status, err = listCodes(cfg, out, stderr)
	default:
		entries := make([]entry, len(codes))
		status = exitOK
		for i, c := range codes {
			entries[i] = newEntry(c)
			if !entries[i].known {
				status = exitMissing
			}
		}
		err = write(out, entries, cfg, writeEntries)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(stderr, "errcode: %v\n", err)
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
	fs.BoolVar(&cfg.list, "list", false, "list every documented code")
	categorySet := false
	fs.Func("category", "with -list or -search, only this category's codes", func(s string) error {
		c, ok := errcode.ParseCategory(s)
		if !ok {
			return fmt.Errorf("unknown category; want one of %s", strings.Join(categoryNames(), ", "))
		}
		cfg.category, categorySet = c, true
		return nil
	})
	fs.Func("search", "codes whose name or description holds `TEXT`", func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("want some text to search for")
		}
		cfg.search, cfg.searching = s, true
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

	switch {
	case cfg.list && cfg.searching:
		return cfg, usagef("-list and -search cannot be used together")
	case categorySet && !cfg.list && !cfg.searching:
		return cfg, usagef("-category needs -list or -search")
	case (cfg.list || cfg.searching) && len(positional) > 0:
		mode := "-list"
		if cfg.searching {
			mode = "-search"
		}
		return cfg, usagef("%s takes no arguments, got %q", mode, positional[0])
	case slices.Contains(positional, "-"):
		if len(positional) > 1 {
			return cfg, usagef(`"-" (standard input) must be the only argument`)
		}
		cfg.stdin = true
	default:
		cfg.codes = positional
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
		case "lang", "category", "search":
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

// isTerminal reports whether r is a terminal, or at least a character
// device, which is what a terminal is to os.File.Stat.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// write prints entries as JSON with -json and with human otherwise.
func write(w io.Writer, entries []entry, cfg config, human func(io.Writer, []entry, string) error) error {
	if cfg.json {
		return writeJSON(w, entries, cfg.lang)
	}
	return human(w, entries, cfg.lang)
}

// listCodes is -list and -search: it prints a table of the matching codes.
func listCodes(cfg config, w io.Writer, stderr io.Writer) (int, error) {
	query := strings.ToLower(cfg.search)
	var entries []entry
	for c := range errcode.All() {
		info, _ := errcode.Lookup(c)
		if cfg.category != errcode.CategoryUnknown && info.Category != cfg.category {
			continue
		}
		if cfg.searching &&
			!strings.Contains(strings.ToLower(info.Name), query) &&
			!strings.Contains(strings.ToLower(info.Description), query) &&
			!strings.Contains(strings.ToLower(info.English), query) {
			continue
		}
		entries = append(entries, entry{code: c, known: true})
	}
	if len(entries) == 0 {
		if cfg.json {
			return exitMissing, writeJSON(w, nil, cfg.lang)
		}
		fmt.Fprintf(stderr, "errcode: no code matches %q\n", cfg.search)
		return exitMissing, nil
	}
	return exitOK, write(w, entries, cfg, writeTable)
}

// explainInput reads standard input and explains the codes in it.
func explainInput(cfg config, stdin io.Reader, w io.Writer, stderr io.Writer) (int, error) {
	data, cut, readErr := readInput(stdin)
	if cut {
		fmt.Fprintf(stderr, "errcode: input is longer than %d MiB; explaining only its start\n", maxInput>>20)
	}
	ex := explain(data)
	status := exitOK
	entries := make([]entry, len(ex.Findings))
	for i, f := range ex.Findings {
		entries[i] = newEntry(f.Code)
		entries[i].detail = f.Detail
		entries[i].count = f.Count
		if !entries[i].known {
			status = exitMissing
		}
	}
	if err := write(w, entries, cfg, writeEntries); err != nil {
		return exitMissing, err
	}
	if ex.Dropped > 0 {
		fmt.Fprintf(stderr, "errcode: more than %d different codes and details; %d more not shown\n", maxFindings, ex.Dropped)
	}
	if readErr != nil {
		return exitMissing, fmt.Errorf("reading standard input: %w", readErr)
	}
	if len(entries) == 0 {
		fmt.Fprintln(stderr, "errcode: no error code found in the input")
		return exitMissing, nil
	}
	return status, nil
}
