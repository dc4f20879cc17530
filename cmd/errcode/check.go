package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/errcode-im/errcode"
)

// maxBody is the size of the largest input errcode reads as one whole
// response body with -api.
const maxBody = 8 << 20

// maxWhole is the size of the largest input that errcode, finding no
// code in it, reads again as one whole body with errcode.CheckBody. It is
// smaller than maxBody since every input pays for keeping it.
const maxWhole = 1 << 20

// checkInputs is input with -api: it reads each input as one whole
// response body of api and prints its failures, as api.Check finds them.
func checkInputs(cfg config, api errcode.API, st streams, w io.Writer) (int, error) {
	names := cfg.files
	if len(names) == 0 {
		names = []string{"-"}
	}
	var entries []entry
	status := exitOK
	var bads []error
	for _, name := range names {
		body, err := readBody(name, st.stdin)
		if err != nil {
			fmt.Fprintf(st.stderr, "errcode: %v\n", err)
			status = exitMissing
			continue
		}
		found, bad := failures(api.Check(body), api)
		for _, b := range bad {
			fmt.Fprintf(st.stderr, "errcode: %s: %v\n", label(name), b)
		}
		bads = append(bads, bad...)
		entries = append(entries, found...)
	}
	if s := failureStatus(entries, bads); s != exitOK {
		status = s
	}
	if len(entries) == 0 && len(bads) == 0 {
		fmt.Fprintln(st.stderr, "errcode: nothing failed in the input")
	}
	if err := write(w, entries, cfg.lang, cfg.json, writeEntries); err != nil {
		return exitMissing, err
	}
	return status, nil
}

// failureStatus is the exit status of a check of whole bodies, by the rule
// of every run over input (see inputStatus): every entry is a failure,
// with a code or without one, and a body or entry that could not be read
// makes the status 1.
func failureStatus(entries []entry, bad []error) int {
	return inputStatus(len(entries) > 0, len(bad) > 0)
}

// inputStatus is the exit status of a run over input: exitOK when it
// found a failure (a whole nonzero code, listed or not, or an item that
// failed without a code), and exitMissing when it found none (only
// successes, cut numbers or nothing) or an input could not be read.
func inputStatus(failed, unreadable bool) int {
	if failed && !unreadable {
		return exitOK
	}
	return exitMissing
}

// label names an input in messages, quoted as quoteName does.
func label(name string) string {
	if name == "-" {
		return "standard input"
	}
	return quoteName(name)
}

// quoteName returns a file name as messages show it: as it is, or quoted
// as a Go string when it holds a control character or is not UTF-8, so
// that it cannot move the cursor or garble the terminal.
func quoteName(name string) string {
	if utf8.ValidString(name) && strings.IndexFunc(name, unicode.IsControl) < 0 {
		return name
	}
	return strconv.Quote(name)
}

// quotePathError quotes the file name in err, or in an error of package
// os that err wraps, as quoteName does, and returns err.
func quotePathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		pe.Path = quoteName(pe.Path)
	}
	return err
}

// readBody reads the whole of one input, "-" being r, decompressing a
// name ending in .gz; an input larger than maxBody is an error.
func readBody(name string, r io.Reader) ([]byte, error) {
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, quotePathError(err)
		}
		defer f.Close()
		r = f
		if strings.HasSuffix(name, ".gz") {
			z, err := gzip.NewReader(f)
			if err != nil {
				return nil, fmt.Errorf("reading %s: %w", label(name), err)
			}
			defer z.Close()
			r = z
		}
	}
	body, err := io.ReadAll(io.LimitReader(r, maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", label(name), err)
	}
	if len(body) > maxBody {
		return nil, fmt.Errorf("reading %s: larger than %d MiB, too large for one response body", label(name), maxBody>>20)
	}
	return body, nil
}

// failures splits what Check returned into an entry for each failure
// (the request's, and each failed entry's, with its ID, code or none)
// and the errors that say the body could not be read.
func failures(err error, api errcode.API) (found []entry, bad []error) {
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var ce *errcode.Error
		if !errors.As(err, &ce) {
			bad = append(bad, err)
			return
		}
		if _, direct := err.(*errcode.Error); !direct {
			bad = append(bad, err) // an entry that could not be read
		}
		e := newEntry(ce.Code)
		e.api, e.id, e.detail = api, ce.ID, ce.Detail
		e.nocode = ce.Code == 0
		if e.detail == "" {
			e.detail = ce.Status
		}
		found = append(found, e)
	}
	if err != nil {
		walk(err)
	}
	return found, bad
}

// capture keeps the first maxWhole bytes written to it, and whether there
// were more.
type capture struct {
	buf  bytes.Buffer
	over bool
}

func (c *capture) Write(p []byte) (int, error) {
	if c.over {
		return len(p), nil
	}
	if room := maxWhole - c.buf.Len(); len(p) > room {
		c.over = true
		c.buf.Write(p[:max(room, 0)])
	} else {
		c.buf.Write(p)
	}
	return len(p), nil
}

// body returns what was captured when it is a whole JSON object of at
// most maxWhole bytes, and nil otherwise.
func (c *capture) body() []byte {
	if c == nil || c.over {
		return nil
	}
	b := bytes.TrimSpace(c.buf.Bytes())
	if len(b) < 2 || b[0] != '{' || b[len(b)-1] != '}' {
		return nil
	}
	return b
}
