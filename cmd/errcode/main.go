package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"golang.org/x/term"

	"github.com/errcode-im/errcode"
)

// main runs the command on the process's arguments and standard streams.
func main() {
	// What a run keeps is bounded (see maxRows and maxFindings); a soft
	// limit makes the collector return garbage before the heap doubles.
	debug.SetMemoryLimit(memoryLimit)
	stop := startProfile(os.Getenv(profileEnv), os.Stderr)
	status := run(os.Args[1:], streams{
		stdin:       os.Stdin,
		stdout:      os.Stdout,
		stderr:      os.Stderr,
		progress:    isTerminal(os.Stderr),
		progressMin: progressMin,
	})
	stop()
	os.Exit(status)
}

// Exit statuses.
const (
	// exitOK: the input held a failure; every CODE argument is known.
	exitOK = 0
	// exitMissing: the input held no failure or could not be read; a CODE
	// argument is not known; -search found nothing.
	exitMissing = 1
	exitUsage   = 2 // bad usage
)

// memoryLimit is the soft limit on the memory the Go runtime uses.
const memoryLimit = 48 << 20

// progressMin is how large a single file must be for errcode to show
// progress.
const progressMin = 64 << 20

// outputBuffer is how much output is gathered before it is written.
const outputBuffer = 64 << 10

// streams are the command's standard streams and what it knows of them.
type streams struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// progress allows progress reports on stderr, which must be a
	// terminal, for several files or a file of at least progressMin
	// bytes; see showProgress.
	progress    bool
	progressMin int64
	// now is the clock progress reports use; nil for time.Now.
	now func() time.Time
}

// run is the command: it parses args, does what they ask with the given
// streams, and returns the exit status.
func run(args []string, st streams) int {
	cfg, err := parseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(st.stdout, manual())
		return exitOK
	}
	if err == nil && !cfg.list && !cfg.searching && cfg.api == "" && len(cfg.codes) == 0 && !cfg.input() {
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
		fmt.Fprintf(st.stderr, "errcode: %v\n%s", err, synopsis())
		return exitUsage
	}

	var api errcode.API
	if cfg.api != "" {
		var ok bool
		if api, ok = errcode.LookupAPI(cfg.api); !ok {
			unknownAPI(st.stderr, cfg.api)
			return exitUsage
		}
	}

	out := bufio.NewWriterSize(st.stdout, outputBuffer)
	var status int
	switch {
	case cfg.input() && cfg.api != "":
		status, err = checkInputs(cfg, api, st, out)
	case cfg.input():
		status, err = readInputs(cfg, st, out)
	case cfg.switchOut:
		status, err = exitOK, writeSwitch(out, api)
	case cfg.api != "":
		status = exitOK
		err = write(out, apiEntries(api), cfg.lang, cfg.json, writeTable)
	case cfg.list || cfg.searching:
		status, err = listCodes(cfg, out, st.stderr)
	default:
		entries := make([]entry, len(codes))
		status = exitOK
		for i, c := range codes {
			entries[i] = newEntry(c)
			entries[i].apis = true
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

// isTerminal reports whether v is a terminal: an *os.File that answers as
// one. The null device and other character devices are not.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && f != nil && term.IsTerminal(int(f.Fd()))
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
