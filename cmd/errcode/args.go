package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/errcode-im/errcode"
)

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
	api       string   // -api PATH, as given; "" without -api
	switchOut bool     // -switch
	quiet     bool     // -q: no progress line
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

// categoryNames returns the name of every category.
func categoryNames() []string {
	var names []string
	for c := range errcode.Categories() {
		names = append(names, c.String())
	}
	return names
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
	fs.Func("api", "the API at `PATH`", func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("want an API path")
		}
		cfg.api = s
		return nil
	})
	fs.BoolVar(&cfg.quiet, "q", false, "show no progress")
	fs.BoolVar(&cfg.switchOut, "switch", false, "with -api, print a Go switch on its codes")
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
	case cfg.switchOut && cfg.api == "":
		return cfg, usagef("-switch needs -api")
	case cfg.api != "" && mode != "":
		return cfg, usagef("-api does not go with %s", mode)
	case cfg.api != "" && cfg.summary:
		return cfg, usagef("-api does not go with -summary")
	case cfg.api != "" && len(positional) > 0 && !slices.Equal(positional, []string{"-"}):
		return cfg, usagef("-api takes no codes, got %q", positional[0])
	case cfg.switchOut && (len(positional) > 0 || len(cfg.files) > 0):
		return cfg, usagef("-switch reads no input")
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
		case "lang", "category", "search", "f", "api":
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
