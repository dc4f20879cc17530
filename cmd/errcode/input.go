package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/cmd/errcode/internal/scan"
)

// readInputs reads standard input or the -f files in turn, in one pass,
// and prints what they hold: every finding, or with -summary one row per
// code.
func readInputs(cfg config, st streams, w io.Writer) (int, error) {
	names := cfg.files
	if len(names) == 0 {
		names = []string{"-"}
	}
	c := newCollector(cfg.summary)
	sc := scan.New(c, c.options())
	failed := false
	var whole *capture // the input, kept for errcode.CheckBody
	if len(names) == 1 && !cfg.summary {
		whole = new(capture)
	}
	for i, name := range names {
		c.file = i
		var keep io.Writer
		if whole != nil {
			keep = whole
		}
		if err := readOne(sc, name, st, keep); err != nil {
			fmt.Fprintf(st.stderr, "errcode: %v\n", err)
			failed = true
		}
	}

	status := exitOK
	found := false // whether the input held any code
	if cfg.summary {
		var fileNames []string
		if len(cfg.files) > 0 {
			fileNames = names
		}
		rows := sortedRows(c.rows)
		for _, r := range rows {
			if !r.Known {
				status = exitMissing
			}
		}
		var err error
		if cfg.json {
			err = writeSummaryJSON(w, rows, fileNames)
		} else if len(rows) > 0 {
			err = writeSummary(w, rows, fileNames, len(names) > 1)
		}
		if err != nil {
			return exitMissing, err
		}
		if c.droppedCount > 0 {
			fmt.Fprintf(st.stderr, "errcode: more than %d different codes; %d occurrences of the others not counted\n", maxRows, c.droppedCount)
			status = exitMissing
		}
		found = len(rows) > 0
	} else {
		entries := make([]entry, len(c.findings))
		for i, f := range c.findings {
			entries[i] = entry{code: f.Code, known: f.Known, cut: f.Cut, detail: f.Detail, id: f.ID, count: f.Count}
			if !f.Known {
				status = exitMissing
			}
		}
		if err := write(w, entries, cfg.lang, cfg.json, writeEntries); err != nil {
			return exitMissing, err
		}
		if c.dropped > 0 {
			fmt.Fprintf(st.stderr, "errcode: more than %d different codes, details and IDs; %d more not shown (-summary counts them all)\n", maxFindings, c.dropped)
			status = exitMissing
		}
		found = len(entries) > 0
	}
	if body := whole.body(); !found && !failed && body != nil {
		// No code anywhere, but a whole body may still have entries that
		// failed without one, such as FailAccounts.
		entries, bad := failures(errcode.CheckBody(body), errcode.API{})
		if len(entries) > 0 || len(bad) > 0 {
			for _, b := range bad {
				fmt.Fprintf(st.stderr, "errcode: %s: %v\n", label(names[0]), b)
			}
			return failureStatus(entries, bad), write(w, entries, cfg.lang, cfg.json, writeEntries)
		}
	}
	if !found {
		fmt.Fprintln(st.stderr, "errcode: no error code found in the input")
		status = exitMissing
	}
	if failed {
		status = exitMissing
	}
	return status, nil
}

// readOne reads one input, "-" being standard input, through sc.
// When keep is not nil, it gets a copy of what is read.
func readOne(sc *scan.Scanner, name string, st streams, keep io.Writer) error {
	var r io.Reader = st.stdin
	label := "standard input"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		label = name
		r = f
		if fi, err := f.Stat(); err == nil && st.progress && fi.Mode().IsRegular() && fi.Size() >= st.progressMin {
			p := &progressReader{r: f, name: name, size: fi.Size(), w: st.stderr}
			defer p.done()
			r = p
		}
		if strings.HasSuffix(name, ".gz") {
			z, err := gzip.NewReader(r)
			if err != nil {
				return fmt.Errorf("reading %s: %w", name, err)
			}
			defer z.Close()
			r = z
		}
	}
	if keep != nil && r != nil {
		r = io.TeeReader(r, keep)
	}
	if err := sc.Scan(r); err != nil {
		return fmt.Errorf("reading %s: %w", label, err)
	}
	return nil
}

// progressReader shows on a terminal how much of a large file has been
// read, at most every tenth of a second.
type progressReader struct {
	r     io.Reader
	name  string
	size  int64
	read  int64
	w     io.Writer
	last  time.Time
	shown bool
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.read += int64(n)
	if now := time.Now(); now.Sub(p.last) >= 100*time.Millisecond {
		p.last = now
		p.shown = true
		fmt.Fprintf(p.w, "\rerrcode: reading %s: %3d%% (%d of %d MiB)", p.name, p.read*100/max(p.size, 1), p.read>>20, p.size>>20)
	}
	return n, err
}

// done clears the progress line.
func (p *progressReader) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
