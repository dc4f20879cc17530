package scan

import (
	"bytes"

	"github.com/errcode-im/errcode"
)

// Counting each event once. A log line that reports one failure often
// names its code in several places: a code member and the message of the
// error beside it, or a response body and the library's error text made
// from it. The scanner counts such a failure once, by these rules:
//
//   - A scope is one top-level JSON value, or one line of text with
//     whatever JSON it holds: it ends at a line end read as text, or at the
//     end of the stream. A JSON value spread over lines is one scope; a
//     string scanned one level up has scopes of its own, within the scope
//     of the value or line that holds the string.
//   - A code is a field of a scope when the scope itself holds it: a code
//     member of an object, or a text mention, but not the library's error
//     text (below). A code the scanner finds inside a string, one level up
//     or more, and a code in the library's error text ("errcode: N"
//     followed by a blank, as (*errcode.Error).Error writes it), is held.
//   - When the scope ends, each field cancels one held code equal to it.
//     The fields and the held codes left go on in the order of the input:
//     counted at level 0, or held by the scope that holds the string. So
//     {"msg":"errcode: 70001 …","code":70001} counts once, as the code
//     member, with its detail; the same string alone counts once too; and
//     {"msg":"errcode: 70107 …\nerrcode: 70107 …","ErrorCode":70107}
//     counts twice.
//   - The library's group (a code member with category and retry beside
//     it) that has an errors member is a batch: its own code is its first
//     failure's, which errors lists again, so it is not a field. In slog's
//     text output, KEY.errors.0.code=N after the group's KEY.code=N on the
//     same line is that same failure and is not a field either.
//   - An account of a FailAccounts or Fail_Account list counts only when
//     no other finding of the scope names the same ID (friend_add lists a
//     failed account both in ResultItem, with its code, and in
//     Fail_Account), nor an earlier account of a list.
//
// What a scope keeps is bounded: at most maxHeld findings (past that they
// are settled at once against the fields so far, and accounts are told
// apart only within each such batch), and at most maxFields distinct field
// codes (past that a held code of another value is counted).
const (
	maxHeld   = 256
	maxFields = 32
)

// fieldCount is how many times a scope holds a code as a field, less the
// held codes it has cancelled.
type fieldCount struct {
	code errcode.Code
	n    int32
}

// heldFinding is a finding a scope keeps until it ends.
type heldFinding struct {
	f     Finding
	field bool
	// id is a hash of the item's ID as it came, even without
	// Options.Details; 0 for none.
	id uint64
}

// scope is what a scanner knows of the scope it reads; see above.
type scope struct {
	// scopeMarks holds active, nField, the fields counted, and group: a
	// scope ends with one store of them.
	scopeMarks
	held   []heldFinding
	fields [maxFields]fieldCount
	// from is the stream offset up to which the text of the scope was
	// looked at for a line end; it only moves forward within a stream.
	from int64
	// fromLine is the number of the line that from is on, when lineFrom
	// equals from (level 0, lines counted): the line count then tells
	// whether the text from there up to where lines are counted holds a
	// line end, with no search. Whatever moves from without setting them
	// leaves lineFrom behind, which turns that off until they are set
	// again.
	lineFrom, fromLine int64
	// accounts is set when the findings kept hold an account of a fail
	// list; seen holds the IDs met as they settle, at most maxHeld.
	accounts bool
	seen     map[uint64]bool
}

// scopeMarks are the parts of a scope that its end sets to zero, in one
// struct so that endScope sets them with one assignment, which keeps it
// within what the compiler inlines.
type scopeMarks struct {
	active bool
	nField int
	// group is the code of the library's group last met in slog text
	// output on this line; 0 for none.
	group errcode.Code
}

// field takes *f, a code the scope holds itself, about the item whose ID
// hashes to id (0 for none). It takes the finding by pointer: a Finding
// is too large for registers, and by value every code went through the
// stack twice on its way in. f is the caller's and is not kept.
func (s *scanner) field(f *Finding, id uint64) {
	if f.Code != 0 {
		// Before queued, which may settle the findings so far: a field
		// counts against them too.
		s.scope.count(f.Code)
	}
	if len(s.scope.held) == 0 && s.parent == nil && id == 0 && !f.NoCode && !s.run.slow {
		// The scope's first finding to go on, at level 0, and a field
		// of no item, which nothing cancels and no account of a fail
		// list is told apart from: it goes on now, with no queue, as
		// quickMention's does.
		s.scope.active = true
		if d := s.run.slot(); d != nil {
			if s.quick {
				// With no details the slot's Detail and ID are "",
				// as f's are (see quickMention); NoCode is false.
				d.Code, d.NoCode, d.Cut, d.Line = f.Code, false, f.Cut, f.Line
			} else {
				copyFinding(d, f)
			}
			d.Known = !s.noKnown && known(f.Code, f.Cut) // see noKnown
			return
		}
		f.Known = !s.noKnown && known(f.Code, f.Cut)
		s.run.report(f)
		return
	}
	h := s.queued()
	h.f, h.field, h.id = *f, true, id
	h.f.Known = known(f.Code, f.Cut)
	s.scope.accounts = s.scope.accounts || f.NoCode && id != 0
}

// queued keeps a new, zero finding until the scope ends, so that findings
// go on in the order of the input, and returns it for the caller to fill
// in place: a finding is written once, where it is kept, rather than
// copied from call to call. The caller sets its Known (see known), and
// accounts when it is an account of a fail list.
func (s *scanner) queued() *heldFinding {
	sc := &s.scope
	if len(sc.held) == cap(sc.held) {
		s.makeRoom()
	}
	sc.active = true
	sc.held = sc.held[:len(sc.held)+1]
	h := &sc.held[len(sc.held)-1]
	*h = heldFinding{}
	return h
}

// makeRoom makes room in held for queued: it settles what is there (at
// most maxHeld findings are kept), or makes held, whole, the first time,
// so that queued never appends.
func (s *scanner) makeRoom() {
	sc := &s.scope
	if sc.held == nil {
		sc.held = make([]heldFinding, 0, maxHeld)
		return
	}
	s.settle()
}

// pass sends on a finding the scope is done with: at level 0 to the
// Sink, at a higher level to the scope of the string that holds it, as
// held.
func (s *scanner) pass(h *heldFinding) {
	if s.parent == nil {
		s.run.report(&h.f)
		return
	}
	p := s.parent.queued()
	p.f, p.id = h.f, h.id
	s.parent.scope.accounts = s.parent.scope.accounts || h.f.NoCode && h.id != 0
}

// known is a finding's Known: whether an official source lists c, never
// for a cut number. It is set as the finding is queued, not as it is
// reported: report then hands the finding on as it is, where writing one
// byte of it just before copying it whole to the sink would make the
// copy wait for the write.
func known(c errcode.Code, cut bool) bool {
	return !cut && listed(c)
}

// idHash returns a hash of an item's ID as it came (FNV-1a), never 0.
func idHash(id []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range id {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return max(h, 1)
}

// count adds a field code.
func (sc *scope) count(c errcode.Code) {
	if sc.nField == 0 {
		// The scope's first, as a text mention's nearly always is.
		sc.fields[0], sc.nField = fieldCount{code: c, n: 1}, 1
		return
	}
	for i := range sc.fields[:sc.nField] {
		if sc.fields[i].code == c {
			sc.fields[i].n++
			return
		}
	}
	if sc.nField < maxFields {
		sc.fields[sc.nField] = fieldCount{code: c, n: 1}
		sc.nField++
	}
}

// cancel reports whether a field cancels a held code c, and uses it up.
func (sc *scope) cancel(c errcode.Code) bool {
	for i := range sc.fields[:sc.nField] {
		if f := &sc.fields[i]; f.code == c && f.n > 0 {
			f.n--
			return true
		}
	}
	return false
}

// settle sends on what the scope keeps, in order, but for the held codes
// its fields cancel and the accounts of fail lists named already.
//
// It leaves the findings it sent on in held's spare capacity rather than
// clearing them: what they point to is at most maxHeld details and IDs,
// which the next scope writes over, and clearing costs a call and a
// write barrier check on every line that holds a code.
func (s *scanner) settle() {
	sc := &s.scope
	if sc.accounts {
		if sc.seen == nil {
			sc.seen = make(map[uint64]bool)
		}
		for i := range sc.held {
			if h := &sc.held[i]; !h.f.NoCode && h.id != 0 {
				sc.seen[h.id] = true
			}
		}
	}
	for i := range sc.held {
		h := &sc.held[i]
		switch {
		case h.f.NoCode:
			if h.id != 0 && sc.accounts {
				if sc.seen[h.id] {
					continue
				}
				sc.seen[h.id] = true
			}
		case !h.field && sc.cancel(h.f.Code):
			continue
		}
		s.pass(h)
	}
	sc.held = sc.held[:0]
	if sc.accounts {
		clear(sc.seen)
		sc.accounts = false
	}
}

// reset makes sc ready for a new stream, keeping its buffers; it costs
// little, as a nested scanner is reset for every string it scans.
func (sc *scope) reset() {
	clear(sc.held)
	sc.held = sc.held[:0]
	sc.active, sc.nField, sc.group, sc.accounts = false, 0, 0, false
	sc.from, sc.lineFrom = 0, -1
	clear(sc.seen)
}

// endScope ends the scope, if one is open.
//
// It inlines, for the scope whose findings went on as they came (see
// field and quickMention), which on a dense log is nearly every line's,
// and which text ends as it skips the line end: there is nothing to do
// then but mark it ended, which costs less than the call. The rest is
// endHeld's.
func (s *scanner) endScope() {
	if len(s.scope.held) != 0 || !s.scope.active {
		s.endHeld()
		return
	}
	s.scope.scopeMarks = scopeMarks{}
}

// endHeld is endScope for a scope that holds findings or is not open.
func (s *scanner) endHeld() {
	sc := &s.scope
	if !sc.active {
		return
	}
	switch {
	case len(sc.held) == 1 && !sc.accounts && s.parent == nil && !s.run.slow:
		// The common case, one code on a line at level 0, settled here
		// rather than through settle, pass and report: a field, or a
		// held code only another field could cancel.
		if h := &sc.held[0]; h.field || h.f.NoCode || !sc.cancel(h.f.Code) {
			if d := s.run.slot(); d != nil {
				copyFinding(d, &h.f)
			} else {
				s.run.report(&h.f)
			}
		}
		sc.held = sc.held[:0]
	default:
		s.settle()
	}
	sc.scopeMarks = scopeMarks{}
}

// copyFinding copies *f to *d a field at a time. A finding kept in held
// was written so, often just before its scope ends: copied whole, 16
// bytes at a time, it would be read before those stores could be
// forwarded, and wait for them.
func copyFinding(d, f *Finding) {
	d.Code, d.NoCode, d.Known, d.Cut = f.Code, f.NoCode, f.Known, f.Cut
	d.Detail, d.ID, d.Line = f.Detail, f.ID, f.Line
}

// textAt is where text is read up to buf[i]: the scope ends if the text
// since its last look holds a line end.
//
// When the line number at from is known (see scope.lineFrom) and the
// lines are counted from there up to at most i, as text counts them up
// to the bracket of a JSON value, the count tells whether that stretch
// holds a line end, and only the rest is searched: on a log of one JSON
// body a line, nothing is.
//
// It inlines for the usual JSON body of a log line: text ended the scope
// as it skipped the line end before the body (see text), and there is
// nothing to do but move from on. The rest is textActive's.
func (s *scanner) textAt(i int) {
	if s.scope.active {
		s.textActive(i)
		return
	}
	s.scope.from = max(s.scope.from, s.off+int64(i))
}

// textActive is textAt when the scope is open.
func (s *scanner) textActive(i int) {
	sc := &s.scope
	p := s.off + int64(i)
	if p <= sc.from {
		return
	}
	// The search moves no cursor of step's: it counts its work itself,
	// the bytes from moves over, each searched once.
	from := max(sc.from-s.off, 0)
	if sc.lineFrom == sc.from && from <= int64(s.linePos) && s.linePos <= i {
		if s.line != sc.fromLine {
			s.endScope()
			sc.from = p
			return
		}
		from = int64(s.linePos)
	}
	seg := s.buf[from:i]
	s.run.work += int64(len(seg))
	if bytes.IndexByte(seg, '\n') >= 0 {
		s.endScope()
	}
	sc.from = p
}

// mentionAt is textAt for a text mention whose key starts at buf[ks] and
// whose number runs from buf[digits] to buf[end], and returns the line of
// the number as lineOf does. No line end lies between ks and end (a key,
// blanks, a separator, quotes and a number), so the scope has looked at
// the text up to end once it has up to ks.
//
// When the Scanner counts lines, at level 0, and the lines are counted up
// to where the scope last looked (as they are after the last mention on
// the same stretch of text), one count of the newlines up to end tells
// both the line and whether the scope ends: a second search of the same
// bytes for a line end, on every line with a code, would cost as much.
func (s *scanner) mentionAt(ks, digits, end int) (line int64) {
	sc := &s.scope
	if s.run.slow {
		s.textAt(ks)
		return s.lineOf(digits)
	}
	if s.level > 0 || !s.run.opt.Lines {
		if l := &s.lines; l.started && l.next >= sc.from && l.next < s.off+int64(ks) {
			// The line end that the detail of a mention before found
			// (see lineCursor.after) lies in the text not looked at
			// yet: the scope ends, with no search for it.
			s.endScope()
			sc.from = s.off + int64(end)
		} else {
			s.textAt(ks)
			sc.from = max(sc.from, s.off+int64(end))
		}
		return s.lineOf(end)
	}
	if s.off+int64(s.linePos) != sc.from || s.linePos > ks {
		s.textAt(ks)
		line = s.lineAt(end)
		sc.from = max(sc.from, s.off+int64(end))
		if s.off+int64(s.linePos) == sc.from {
			// The lines are counted up to from: the next mention
			// can take the quick path.
			sc.lineFrom, sc.fromLine = sc.from, s.line
		}
		return line
	}
	// The newlines in buf[linePos:end] are those in buf[linePos:ks].
	before := s.line
	line = s.lineAt(end)
	if line != before && sc.active {
		s.endScope()
	}
	sc.from = s.off + int64(end)
	sc.lineFrom, sc.fromLine = sc.from, s.line
	return line
}

// toText is where the scanner goes back to text after JSON or a string:
// their line ends do not end the scope.
//
// When the Scanner counts lines, it counts them up to there too, as the
// next text mention would: the lines are then counted up to where the
// scope looked last, and that mention takes the quick path (see
// mentionAt and quickMention).
func (s *scanner) toText() {
	s.mode = modeText
	sc := &s.scope
	sc.from = max(sc.from, s.off+int64(s.pos))
	// quick says all three of what is asked after it, with one load.
	if s.quick || s.level == 0 && s.run.opt.Lines && !s.run.slow {
		if i := sc.from - s.off; i > int64(s.linePos) && i <= int64(len(s.buf)) {
			s.lineAt(int(i))
		}
		if s.off+int64(s.linePos) == sc.from {
			sc.lineFrom, sc.fromLine = sc.from, s.line
		}
	}
}
