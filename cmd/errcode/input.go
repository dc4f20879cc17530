package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"time"
	"unicode/utf16"
	"unicode/utf8"

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
	unreadable := 0    // inputs that could not be read, whole or in part
	var whole *capture // the input, kept for errcode.CheckBody
	if len(names) == 1 && !cfg.summary {
		whole = new(capture)
	}
	prog := newProgress(cfg, names, st)
	for i, name := range names {
		c.file = i
		var keep io.Writer
		if whole != nil {
			keep = whole
		}
		if err := readOne(sc, name, st, keep, prog); err != nil {
			prog.clear()
			fmt.Fprintf(st.stderr, "errcode: %v\n", err)
			unreadable++
		}
	}
	prog.clear()

	var err error
	if cfg.summary {
		var fileNames []string
		if len(cfg.files) > 0 {
			fileNames = names
		}
		rows := c.sortedRows()
		if cfg.json {
			err = writeSummaryJSON(w, rows, fileNames)
		} else if len(rows) > 0 {
			err = writeSummary(w, rows, fileNames, len(names) > 1)
		}
	} else {
		err = write(w, c.entries(), cfg.lang, cfg.json, writeEntries)
		if n, codes := c.folded(); n > 0 {
			fmt.Fprintf(st.stderr, "errcode: more than %d different findings: %s of %s are counted under their code, without their details and IDs (folded)\n", maxFindings, plural(n, "finding"), plural(codes, "code"))
		}
	}
	if err != nil {
		return exitMissing, err
	}
	if c.other.Count > 0 {
		fmt.Fprintf(st.stderr, "errcode: more than %d different codes: %s of the others are counted together, as other codes\n", maxRows, plural(c.other.Count, "finding"))
	}
	found := c.total() > 0
	if body := whole.body(); !found && unreadable == 0 && body != nil {
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
	if !found && unreadable < len(names) {
		// When no input could be read, its error says all there is.
		fmt.Fprintln(st.stderr, "errcode: no error code found in the input")
	}
	return inputStatus(c.failures() > 0, unreadable > 0), nil
}

// readOne reads one input, "-" being standard input, through sc.
// When keep is not nil, it gets a copy of what is read; prog, when not
// nil, counts what is read of a file.
func readOne(sc *scan.Scanner, name string, st streams, keep io.Writer, prog *progress) error {
	var r io.Reader = st.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return quotePathError(err)
		}
		defer f.Close()
		r = prog.reader(f)
	}
	r, err := decode(r)
	if err != nil {
		return fmt.Errorf("reading %s: %w", label(name), err)
	}
	if keep != nil && r != nil {
		r = io.TeeReader(r, keep)
	}
	if err := sc.Scan(r); err != nil {
		return fmt.Errorf("reading %s: %w", label(name), quotePathError(err))
	}
	return nil
}

// progressEvery is how often the progress line is drawn, at most.
const progressEvery = 250 * time.Millisecond

// showProgress reports whether to show progress on standard error: on a
// terminal, without -q, for several files or files of least bytes or more.
func showProgress(terminal, quiet bool, files int, size, least int64) bool {
	return terminal && !quiet && files > 0 && (files > 1 || size >= least)
}

// progress draws one line on standard error, as the files are read: how
// much of them has been, how fast, and how long the rest will take.
type progress struct {
	w           io.Writer
	now         func() time.Time
	total, read int64 // total is -1 when a file's size is not known
	start, last time.Time
	shown       bool
}

// newProgress returns the progress of reading the files among names, or
// nil when none is to be shown.
func newProgress(cfg config, names []string, st streams) *progress {
	p, files := &progress{w: st.stderr, now: st.now}, 0
	for _, n := range names {
		if fi, err := os.Stat(n); n != "-" && err == nil && fi.Mode().IsRegular() && p.total >= 0 {
			p.total += fi.Size()
		} else if n != "-" {
			p.total = -1
		}
		files += b2i(n != "-")
	}
	if !showProgress(st.progress, cfg.quiet, files, p.total, st.progressMin) {
		return nil
	}
	if p.now == nil {
		p.now = time.Now
	}
	p.start = p.now()
	p.last = p.start
	return p
}

// reader returns r, counting what is read from it into p.
func (p *progress) reader(r io.Reader) io.Reader {
	if p == nil {
		return r
	}
	return io.TeeReader(r, p)
}

// Write counts b as read, and draws the line when it is due.
func (p *progress) Write(b []byte) (int, error) {
	p.read += int64(len(b))
	if now := p.now(); now.Sub(p.last) >= progressEvery {
		p.last, p.shown = now, true
		mib := float64(p.read) / (1 << 20)
		rate := mib / max(now.Sub(p.start).Seconds(), 1e-3)
		line := fmt.Sprintf("%.1f MiB, %.1f MiB/s", mib, rate)
		if p.total >= p.read && p.total > 0 {
			left := time.Duration((float64(p.total)/(1<<20) - mib) / max(rate, 1e-3) * float64(time.Second))
			line = fmt.Sprintf("%.1f of %.1f MiB (%d%%), %.1f MiB/s, %s left", mib, float64(p.total)/(1<<20), p.read*100/p.total, rate, left.Round(time.Second))
		}
		fmt.Fprintf(p.w, "\rerrcode: read %s\x1b[K", line)
	}
	return len(b), nil
}

// clear erases the progress line, if one is shown.
func (p *progress) clear() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// decode returns what r holds as text to scan: gunzipped when it starts
// with gzip's magic bytes, whatever its name; decoded from UTF-16 when it
// starts with a UTF-16 byte-order mark (little- or big-endian), as
// Windows PowerShell 5.1 writes; without a UTF-8 byte-order mark; and
// with ANSI colour sequences (ESC [ … m) removed. Only the first bytes are
// looked at to tell; plain text is then read straight into the caller's
// buffer, with no copy.
func decode(r io.Reader) (io.Reader, error) {
	p := peek(r, 3)
	if bytes.HasPrefix(p.head, []byte{0x1f, 0x8b}) {
		z, err := gzip.NewReader(p)
		if err != nil {
			return nil, err
		}
		p = peek(z, 3)
	}
	r = p
	switch head := p.head; {
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}):
		p.head = head[2:]
		r = &utf16Reader{r: p}
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		p.head = head[2:]
		r = &utf16Reader{r: p, big: true}
	case bytes.Equal(head, []byte{0xef, 0xbb, 0xbf}):
		p.head = head[3:]
	}
	return &ansiReader{r: r}, nil
}

// peek reads the first n bytes of r, fewer if it ends sooner, and returns
// a reader that gives them (its head), then the rest of r.
func peek(r io.Reader, n int) *prefixReader {
	head := make([]byte, n)
	k, err := io.ReadFull(r, head)
	if err == io.ErrUnexpectedEOF {
		err = io.EOF
	}
	return &prefixReader{head: head[:k], r: r, err: err}
}

// prefixReader gives head, then what r gives, or err if reading head
// from r ended with one. After head, each read goes straight to r.
type prefixReader struct {
	head []byte
	r    io.Reader
	err  error
}

func (p *prefixReader) Read(b []byte) (int, error) {
	n := copy(b, p.head)
	p.head = p.head[n:]
	if len(p.head) > 0 || n == len(b) {
		return n, nil
	}
	if p.err != nil {
		if n > 0 {
			return n, nil
		}
		return 0, p.err
	}
	m, err := p.r.Read(b[n:])
	return n + m, err
}

// decodeChunk is how many bytes the decoding readers read at a time.
const decodeChunk = 32 << 10

// utf16Reader decodes UTF-16 to UTF-8, in bounded memory. An unpaired
// surrogate or a last odd byte becomes U+FFFD.
type utf16Reader struct {
	r   io.Reader
	big bool
	in  []byte // read, not yet decoded: at most one byte between reads
	buf []byte // the memory out uses
	out []byte // decoded, not yet returned
	hi  uint16 // a high surrogate waiting for its low half
	err error
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 && u.err == nil {
		if u.in == nil {
			u.in = make([]byte, 0, decodeChunk+1)
		}
		n, err := u.r.Read(u.in[len(u.in) : decodeChunk+1])
		u.in = u.in[:len(u.in)+n]
		u.out = u.buf[:0]
		i := 0
		for ; i+1 < len(u.in); i += 2 {
			c := uint16(u.in[i]) | uint16(u.in[i+1])<<8
			if u.big {
				c = uint16(u.in[i])<<8 | uint16(u.in[i+1])
			}
			u.unit(c)
		}
		u.in = u.in[:copy(u.in, u.in[i:])]
		if err != nil {
			if u.hi != 0 || len(u.in) > 0 {
				u.out = utf8.AppendRune(u.out, utf8.RuneError)
				u.hi, u.in = 0, u.in[:0]
			}
			u.err = err
		}
		u.buf = u.out[:0]
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	if n == 0 && len(u.out) == 0 {
		return 0, u.err
	}
	return n, nil
}

// unit decodes one UTF-16 code unit.
func (u *utf16Reader) unit(c uint16) {
	r := rune(c)
	if u.hi != 0 {
		hi := rune(u.hi)
		u.hi = 0
		if pair := utf16.DecodeRune(hi, r); pair != utf8.RuneError {
			u.out = utf8.AppendRune(u.out, pair)
			return
		}
		u.out = utf8.AppendRune(u.out, utf8.RuneError)
	}
	if r >= 0xd800 && r < 0xdc00 {
		u.hi = c
		return
	}
	u.out = utf8.AppendRune(u.out, r) // a lone low surrogate becomes U+FFFD
}

// maxEscape is how long an ANSI colour sequence may be; a longer one is
// kept as it came.
const maxEscape = 32

// ansiReader removes ANSI colour sequences, ESC [ then digits and
// semicolons then m, even when a read cuts one in two. Any other escape
// is kept as it came.
type ansiReader struct {
	r    io.Reader
	in   []byte
	buf  []byte // the memory out uses
	out  []byte
	held []byte // the start of a sequence: ESC, ESC [, ESC [ 1 ; 3 …
	err  error
}

func (a *ansiReader) Read(p []byte) (int, error) {
	if len(a.out) > 0 || len(p) <= 2*maxEscape {
		return a.readSmall(p)
	}
	// Read into p, after the start of a sequence held from the last read,
	// and remove colour sequences there.
	for a.err == nil {
		h := copy(p, a.held)
		a.held = a.held[:0]
		n, err := a.r.Read(p[h:])
		a.err = err
		if n = a.strip(p[:h+n], err != nil); n > 0 {
			return n, nil
		}
	}
	return 0, a.err
}

// strip removes the colour sequences from b, in place, and returns how
// many bytes are left. Unless end, a sequence that b ends in the middle of
// is held for the next read.
func (a *ansiReader) strip(b []byte, end bool) int {
	w := 0 // the bytes kept, at the start of b
	for i := 0; i < len(b); {
		j := indexEscape(b[i:])
		if j < 0 {
			j = len(b) - i
		}
		if w != i {
			copy(b[w:], b[i:i+j])
		}
		w, i = w+j, i+j
		if i == len(b) {
			break
		}
		switch n := colour(b[i:]); {
		case n > 0:
			i += n
		case n < 0 && !end:
			a.held = append(a.held, b[i:]...)
			i = len(b)
		default: // not a colour sequence: the escape is kept as it came
			b[w] = 0x1b
			w, i = w+1, i+1
		}
	}
	return w
}

// colour returns the length of the colour sequence that b starts with, 0
// if it starts with none, or -1 if b may end in the middle of one. b
// starts with an escape.
func colour(b []byte) int {
	if len(b) < 2 {
		return -1
	}
	if b[1] != '[' {
		return 0
	}
	k := 2
	for k < len(b) && k < maxEscape && (b[k] >= '0' && b[k] <= '9' || b[k] == ';') {
		k++
	}
	switch {
	case k == len(b):
		return -1
	case b[k] == 'm':
		return k + 1
	}
	return 0
}

// readSmall is Read for a buffer too small to hold a sequence and what
// follows, and to return what an earlier call of it decoded: it reads
// into a buffer of its own and goes byte by byte.
func (a *ansiReader) readSmall(p []byte) (int, error) {
	for len(a.out) == 0 && a.err == nil {
		if a.in == nil {
			a.in = make([]byte, decodeChunk)
		}
		n, err := a.r.Read(a.in)
		a.out = a.buf[:0]
		for in := a.in[:n]; len(in) > 0; {
			if len(a.held) == 0 {
				// Most text has no escape: copy up to the next one.
				i := indexEscape(in)
				if i < 0 {
					i = len(in)
				}
				a.out = append(a.out, in[:i]...)
				in = in[i:]
				if len(in) == 0 {
					break
				}
			}
			a.byte(in[0])
			in = in[1:]
		}
		if err != nil {
			a.out = append(a.out, a.held...)
			a.held = a.held[:0]
			a.err = err
		}
		a.buf = a.out[:0]
	}
	n := copy(p, a.out)
	a.out = a.out[n:]
	if n == 0 && len(a.out) == 0 {
		return 0, a.err
	}
	return n, nil
}

// byte takes one byte of input.
func (a *ansiReader) byte(c byte) {
	switch {
	case len(a.held) == 0:
		if c == 0x1b {
			a.held = append(a.held, c)
			return
		}
		a.out = append(a.out, c)
		return
	case len(a.held) == 1 && c == '[',
		len(a.held) > 1 && (c >= '0' && c <= '9' || c == ';') && len(a.held) < maxEscape:
		a.held = append(a.held, c)
		return
	case len(a.held) > 1 && c == 'm':
		a.held = a.held[:0] // a colour sequence, dropped
		return
	}
	// Not a colour sequence: what was held goes out as it came, and c
	// starts afresh.
	a.out = append(a.out, a.held...)
	a.held = a.held[:0]
	a.byte(c)
}
