package scan

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"github.com/errcode-im/errcode/internal/ascii"
)

// detailWindow is how far before or after a code in plain text, on the
// same line, the scanner looks for the server's detail.
const detailWindow = 512

// maxRawValue is how many raw bytes of a detail's value in text are read:
// enough for MaxDetail bytes written with escapes, and its quotes.
const maxRawValue = 2*MaxDetail + 2

// lineCursor finds the newlines around text mentions. Mentions come in
// the order of their positions, so each byte is searched for a newline
// at most once each way, however many mentions share a line.
type lineCursor struct {
	prev    int64 // the last newline found before backTo, or -1
	backTo  int64 // stream offset up to which prev is known
	next    int64 // the first newline at or after lastP, or -1
	fwdTo   int64 // stream offset up to which next was searched
	lastP   int64
	started bool
}

// before returns the stream offset of the last newline before stream
// offset p that lies within detailWindow bytes of it, or -1.
func (l *lineCursor) before(s *scanner, p int64) int64 {
	l.start(p)
	if p > l.backTo {
		from := max(l.backTo, p-detailWindow, s.off)
		if l.next >= from && l.next < p && !s.run.slow {
			// The line end that after found for a mention before, as
			// a rule the end of the line before this one: only the
			// bytes after it are left to look at, and in them, as a
			// rule, no newline, which a forward search tells sooner
			// than a backward one.
			l.prev, from = l.next, l.next+1
			if i := bytes.IndexByte(s.buf[from-s.off:p-s.off], '\n'); i >= 0 {
				from += int64(i) // the last one is at or after it
			} else {
				from = p
			}
		}
		if i := lastNewline(s.buf[from-s.off : p-s.off]); i >= 0 {
			l.prev = from + int64(i)
		}
		l.backTo = p
	}
	if l.prev < p-detailWindow {
		return -1
	}
	return l.prev
}

// after returns the stream offset of the first newline at or after stream
// offset p, if it lies within detailWindow bytes of p, or -1.
func (l *lineCursor) after(s *scanner, p int64) int64 {
	l.start(p)
	if l.next < p {
		l.next = -1
		from := max(p, l.fwdTo)
		hi := min(p+detailWindow, s.off+int64(len(s.buf)))
		if from < hi {
			seg := s.buf[from-s.off : hi-s.off]
			if i := bytes.IndexByte(seg, '\n'); i >= 0 {
				l.next = from + int64(i)
				hi = l.next
			}
			l.fwdTo = hi
		}
	}
	if l.next > p+detailWindow {
		return -1
	}
	return l.next
}

// start resets l when p goes back, which only a new stream does.
func (l *lineCursor) start(p int64) {
	if !l.started || p < l.lastP {
		*l = lineCursor{prev: -1, next: -1, backTo: p, fwdTo: p, started: true}
	}
	l.lastP = p
}

// occurrence is a detail key found in text, with where its value starts.
type occurrence struct {
	key    int64  // stream offset of the key
	val    int64  // stream offset of the value, after the separator
	sep    byte   // '=' or ':'
	detail string // the cleaned value, once read
	read   bool
}

// detailCursor finds the detail keys of one class of mention on the line
// of the current mention. It searches each byte of a line at most once and
// reads each detail's value at most once, bounded by the next key, so that
// the time details take is linear in the input.
type detailCursor struct {
	class   textClass
	line    int64 // stream offset of the start of the line; -1 for none
	scanned int64 // stream offset up to which keys were searched
	// valuesTo is the stream offset up to which values were read: each
	// is read once, up to the next key, so each byte is read at most
	// once.
	valuesTo int64
	occ      []occurrence
}

// textDetail returns the cleaned detail of a text mention of the given
// class that runs from buf[ks] to buf[end]: the value of the first detail
// key after it on the same line within detailWindow bytes, or else of the
// last one before it; "" if there is none.
func (s *scanner) textDetail(ks, end int, class textClass) string {
	gks, gend := s.off+int64(ks), s.off+int64(end)
	lineStart := s.lines.before(s, gks) + 1
	lo := max(lineStart, gks-detailWindow, s.off)
	hi := gend + detailWindow
	lineEnd := s.off + int64(len(s.buf))
	if nl := s.lines.after(s, gend); nl >= 0 {
		hi, lineEnd = nl, nl
	}
	hi = min(hi, lineEnd)

	d := &s.details[class]
	if d.line != lineStart || d.scanned < lo {
		d.line, d.scanned = lineStart, lo
		d.occ = d.occ[:0]
	}
	// Forget keys that no later mention on this line can reach.
	if n := sort.Search(len(d.occ), func(i int) bool { return d.occ[i].key >= lo }); n > 0 && n > len(d.occ)/2 {
		d.occ = append(d.occ[:0], d.occ[n:]...)
	}
	s.searchKeys(d, hi)

	i := sort.Search(len(d.occ), func(i int) bool { return d.occ[i].key >= gend })
	switch {
	case i < len(d.occ) && d.occ[i].key < hi:
	case i > 0 && d.occ[i-1].key >= lo && d.occ[i-1].key < gks:
		i--
	default:
		return ""
	}
	o := &d.occ[i]
	if !o.read {
		limit := min(o.val+maxRawValue, lineEnd)
		s.searchKeys(d, limit)
		if i+1 < len(d.occ) && d.occ[i+1].key < limit {
			limit = d.occ[i+1].key
		}
		v := s.buf[o.val-s.off : limit-s.off]
		d.valuesTo = max(d.valuesTo, limit)
		s.scratch = textValue(s.scratch[:0], v, o.sep)
		o.detail, o.read = s.run.text(s.scratch, false, MaxDetail), true
	}
	return o.detail
}

// searchKeys extends d's search for detail keys up to stream offset hi.
func (s *scanner) searchKeys(d *detailCursor, hi int64) {
	if d.scanned >= hi {
		return
	}
	b := s.buf
	keys := detailKeys[d.class]
	from, to := int(d.scanned-s.off), int(hi-s.off)
	slow := s.run.slow
	for i := from; i < to; i++ {
		// Every key starts with three bytes indexDetailKey looks for. It
		// reads on, 34 bytes past to, as the wide search does.
		j := indexDetailKey(b[i:min(to+34, len(b))], to-i)
		if j < 0 {
			break
		}
		i += j
		if i+5 < len(b) && b[i+3]|0x20 == 'o' && b[i+4]|0x20 == 'r' && b[i+5] != '_' && b[i+5]|0x20 != 'i' && !slow {
			// "error" followed by other than 'i' or '_': the log level
			// ERROR, or the ErrorCode a mention is read from. Every key
			// that starts "error" goes on with one of those, and no
			// other key starts so.
			continue
		}
		if !keyStart(b, i) {
			continue
		}
		for _, k := range keys {
			// Every key ends with a letter: its last byte, folded, tells
			// most keys apart before they are compared whole.
			if e := i + len(k) - 1; e >= len(b) || b[e]|0x20 != k[len(k)-1] || !ascii.HasPrefixFold(b[i:], k) {
				continue
			}
			if v, sep, ok := valueStart(b, i+len(k)); ok {
				d.occ = append(d.occ, occurrence{key: s.off + int64(i), val: s.off + int64(v), sep: sep})
				i = v - 1
			}
			break
		}
	}
	d.scanned = hi
}

// valueStart reads the separator after a detail key that ends at b[j]: an
// optional closing quote, plain or escaped, blanks, '=', ':' or '：', and
// blanks. It returns where the value starts and which separator it was.
func valueStart(b []byte, j int) (v int, sep byte, ok bool) {
	j = skipBlanks(b, skipQuote(b, j))
	switch {
	case j < len(b) && (b[j] == '=' || b[j] == ':'):
		sep = b[j]
		j++
	case ascii.HasPrefixFold(b[j:], "："):
		sep = ':'
		j += len("：")
	default:
		return 0, 0, false
	}
	return skipBlanks(b, j), sep, true
}

// textValue returns the value that starts v: a quoted string (plain or
// with escaped quotes, as in \"…\"), decoded, or up to the end of the
// value. After '=', as in logfmt, an unquoted value ends at a blank; after
// ':' it runs to a comma, a semicolon, a closing bracket or the end.
// The value is appended to dst.
func textValue(dst, v []byte, sep byte) []byte {
	if len(v) == 0 {
		return dst
	}
	if v[0] == '"' || v[0] == '\'' || len(v) > 1 && v[0] == '\\' && v[1] == '"' || hexQuote(v) {
		return unquoteText(dst, v)
	}
	k := 0
	for k < len(v) {
		c := v[k]
		if c == '\n' || c == '\r' || c == ',' || c == ';' || c == '}' || c == ']' || c == ')' ||
			sep == '=' && (c == ' ' || c == '\t') {
			break
		}
		k++
	}
	w := bytes.TrimSpace(v[:k])
	if string(w) == "null" {
		return dst
	}
	return append(dst, w...)
}

// unquoteText decodes the quoted string at the start of v, quotes being
// '"', '\”, an escaped \" or nginx's \x22, up to its closing quote or the
// end of v, and appends it to out. It decodes the common escapes and keeps
// any other as it is.
func unquoteText(out, v []byte) []byte {
	hexQuoted := hexQuote(v)
	escapedQuote := v[0] == '\\' && !hexQuoted
	q := v[0]
	i := 1
	switch {
	case escapedQuote:
		q, i = '"', 2
	case hexQuoted:
		q, i = '"', len(`\x22`)
	}
	// Only a line end, a backslash and the quote, unless it is escaped,
	// can end the string or start an escape.
	stop := q
	if escapedQuote {
		stop = '\n'
	}
	for i < len(v) {
		if j := plainRun(v, i, stop); j > i {
			out = append(out, v[i:j]...)
			i = j
			continue
		}
		c := v[i]
		switch {
		case c == '\n':
			return out
		case escapedQuote && c == '\\' && i+1 < len(v) && v[i+1] == '"', hexQuoted && hexQuote(v[i:]):
			return out
		case !escapedQuote && c == q:
			return out
		case c == '\\' && i+1 < len(v):
			r, n := unescape(v[i:], true)
			if n == 0 {
				out = append(out, c)
				i++
				continue
			}
			out = utf8.AppendRune(out, r)
			i += n
			continue
		}
		out = append(out, c)
		i++
	}
	return out
}
