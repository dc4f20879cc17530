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
	active bool
	held   []heldFinding
	fields [maxFields]fieldCount
	nField int
	// from is the stream offset up to which the text of the scope was
	// looked at for a line end; it only moves forward within a stream.
	from int64
	// group is the code of the library's group last met in slog text
	// output on this line; 0 for none.
	group errcode.Code
	// accounts is set when the findings kept hold an account of a fail
	// list; seen holds the IDs met as they settle, at most maxHeld.
	accounts bool
	seen     map[uint64]bool
}

// field takes f, a code the scope holds itself, about the item whose ID
// hashes to id (0 for none).
func (s *scanner) field(f Finding, id uint64) {
	sc := &s.scope
	if f.Code != 0 {
		sc.count(f.Code)
	}
	s.queue(heldFinding{f, true, id})
}

// hold takes f, a code found in a string or in the library's error text,
// which a field of the scope may cancel.
func (s *scanner) hold(f Finding) { s.queue(heldFinding{f: f}) }

// queue keeps a finding until the scope ends, so that findings go on in
// the order of the input.
func (s *scanner) queue(h heldFinding) {
	sc := &s.scope
	sc.active = true
	if len(sc.held) >= maxHeld {
		s.settle()
	}
	sc.accounts = sc.accounts || h.f.NoCode && h.id != 0
	sc.held = append(sc.held, h)
}

// pass sends on a finding the scope is done with: at level 0 to the
// Sink, at a higher level to the scope of the string that holds it, as
// held.
func (s *scanner) pass(h heldFinding) {
	if s.parent == nil {
		s.run.report(h.f)
		return
	}
	h.field = false
	s.parent.queue(h)
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
func (s *scanner) settle() {
	sc := &s.scope
	if sc.accounts {
		if sc.seen == nil {
			sc.seen = make(map[uint64]bool)
		}
		for _, h := range sc.held {
			if !h.f.NoCode && h.id != 0 {
				sc.seen[h.id] = true
			}
		}
	}
	for _, h := range sc.held {
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
	clear(sc.held)
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
	sc.from = 0
	clear(sc.seen)
}

// endScope ends the scope, if one is open.
func (s *scanner) endScope() {
	sc := &s.scope
	if !sc.active {
		return
	}
	s.settle()
	sc.active, sc.nField, sc.group, sc.accounts = false, 0, 0, false
	clear(sc.seen)
}

// textAt is where text is read up to buf[i]: the scope ends if the text
// since its last look holds a line end.
func (s *scanner) textAt(i int) {
	sc := &s.scope
	p := s.off + int64(i)
	if p <= sc.from {
		return
	}
	if sc.active {
		// The search moves no cursor of step's: it counts its work
		// itself, the bytes from moves over, each searched once.
		seg := s.buf[max(sc.from-s.off, 0):i]
		s.run.work += int64(len(seg))
		if bytes.IndexByte(seg, '\n') >= 0 {
			s.endScope()
		}
	}
	sc.from = p
}

// toText is where the scanner goes back to text after JSON or a string:
// their line ends do not end the scope.
func (s *scanner) toText() {
	s.mode = modeText
	s.scope.from = max(s.scope.from, s.off+int64(s.pos))
}
