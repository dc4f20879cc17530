package scan

import (
	"bytes"
	"io"
)

// How the scanner reads: in one pass, through a window that holds a
// bounded stretch of the input, so that memory stays the same whatever the
// input's size and every byte is looked at a bounded number of times.
const (
	// readSize is how much of the input is read at a time.
	readSize = 256 << 10
	// lookAhead is how many bytes past a position must be in the window
	// before a text mention or a JSON token that starts there is read, unless
	// the input ends sooner. Nothing the scanner reads in one step is longer:
	// a mention's key and number, a detail's value (at most 2*MaxDetail raw
	// bytes), a JSON escape. So no boundary between two reads can cut a code
	// in two, and a JSON number longer than this is not taken as JSON.
	lookAhead = 4 << 10
	// lookBehind is how many bytes before a position stay in the window: a
	// mention's detail may come before it on the same line, within
	// detailWindow bytes.
	lookBehind = 2 << 10
	// minDrop is how many bytes compaction must be able to drop before it
	// moves the window, unless there is no room for a read: moving a few
	// bytes at a time would copy the window over and over.
	minDrop = 64 << 10
	// childChunk is how much decoded text a nested scanner collects before
	// it scans some of it.
	childChunk = 64 << 10
	// maxLevel is how many times a string is decoded and scanned in turn:
	// a response body logged as a string inside a JSON log line that is
	// itself a string in another.
	maxLevel = 3
)

// mode is what the scanner is reading.
type mode uint8

const (
	modeText   mode = iota // plain text
	modeJSON               // inside a JSON array or object
	modeString             // inside a string (see strState)
)

// scanner reads one stream of bytes in one pass: the input itself at level
// 0, or, at a higher level, the decoded content of one string after
// another. It finds codes in JSON values, which it follows with a stack,
// and mentions of codes in text, and reports them through run.
type scanner struct {
	run    *Scanner
	level  int
	child  *scanner // scans the strings this scanner meets, one level up
	parent *scanner // the scanner whose string this one scans; nil at level 0

	buf []byte // the window
	off int64  // the stream offset of buf[0]
	pos int    // the next byte to read in buf

	mode mode
	// quick says that the quick path of text mentions applies: level 0,
	// lines without details, fast paths on. It is set as a stream starts,
	// so that a mention checks one flag.
	quick bool
	// noKnown says that the quick path, the one-code body that
	// closeObject sends straight on and field's finding that goes on at
	// once leave Known false: the Scanner's sink works it out itself
	// (Options.NoKnown).
	noKnown bool
	at      [numCursors]int64 // the cursors where the last step ended
	// notText says that the step under way did not start in text, so
	// that it cannot move the cursors of text details; see step.
	notText bool
	stack   []frame // open JSON containers, innermost last
	js      jsonState
	str     strState

	// lines tracks the newlines of the current stretch of text, for the
	// details of text mentions.
	lines lineCursor
	// details find the detail keys of each kind of text mention.
	details [numClasses]detailCursor
	// scratch holds a detail as it is decoded.
	scratch []byte

	// line is the number of the line that buf[linePos] is on; only level 0
	// counts lines.
	line    int64
	linePos int
	// lineClear is where the text search last saw no newline up to:
	// buf[linePos:lineClear] holds none, which stays true as linePos only
	// moves forward, so lineAt moves linePos up to there without counting.
	// On a dense log, the code of a JSON body mostly lies there. A nested
	// scanner, which counts no lines, keeps it below 0, so that lineAt
	// need not check the level before it looks, and so does one whose
	// Scanner reports no lines, for lineOf.
	lineClear int

	// unclosed is set while the containers of a body that never closed
	// send on their codes, for which a number at a line end was cut.
	unclosed bool

	// scope is what is known of the value or line being read, so that
	// each event counts once; see scope.go.
	scope scope

	// bm holds the masks bracket's firstKey sets for the object it
	// opens, which members reads: here, not in a variable of bracket,
	// which Go would clear for every body (firstKey sets every field).
	bm blockMasks
	// mopts caches members' opts, by whether the object is in a fail
	// list (index 1): the rest of what they tell is fixed for the
	// scanner. 0 until worked out.
	mopts [2]uint64
}

// newScanner returns a scanner at the given level; it makes its child when
// it first needs one.
func newScanner(run *Scanner, level int) *scanner {
	s := &scanner{run: run, level: level, stack: make([]frame, 0, maxDepth)}
	s.reset()
	return s
}

// reset makes s ready for a new stream, keeping its buffers.
func (s *scanner) reset() {
	s.buf = s.buf[:0]
	s.off, s.pos = 0, 0
	s.mode = modeText
	o := s.run.opt
	s.quick = s.level == 0 && o.Lines && !o.Details && !s.run.slow
	s.noKnown = s.quick && o.NoKnown
	s.stack = s.stack[:0]
	s.line, s.linePos, s.lineClear = 1, 0, 0
	if s.level > 0 || !o.Lines {
		// It counts no lines; see lineClear.
		s.lineClear = -1
	}
	s.lines = lineCursor{}
	s.scope.reset()
	for c := range s.details {
		s.details[c] = detailCursor{class: textClass(c), line: -1, occ: s.details[c].occ[:0]}
	}
}

// scanAll scans data as one whole stream.
func (s *scanner) scanAll(data []byte) {
	s.reset()
	s.buf = append(s.buf, data...)
	s.process(true)
	s.finish()
}

// readFrom scans everything r gives as one stream, reading it readSize
// bytes at a time, and returns the first read error other than io.EOF.
// Whatever was read before an error is scanned.
func (s *scanner) readFrom(r io.Reader) error {
	s.reset()
	for {
		s.compact()
		if cap(s.buf)-len(s.buf) < readSize {
			grown := make([]byte, len(s.buf), len(s.buf)+readSize+lookAhead+lookBehind)
			copy(grown, s.buf)
			s.buf = grown
		}
		n, err := r.Read(s.buf[len(s.buf):cap(s.buf)])
		s.buf = s.buf[:len(s.buf)+n]
		if err != nil {
			s.process(true)
			s.finish()
			if err == io.EOF {
				return nil
			}
			return err
		}
		s.process(false)
	}
}

// compact drops the bytes before pos that no later step needs.
func (s *scanner) compact() {
	drop := s.pos - lookBehind
	if drop < minDrop && len(s.buf) < cap(s.buf)-readSize {
		return
	}
	if drop <= 0 {
		return
	}
	if s.level == 0 && s.linePos < drop {
		if s.run.opt.Lines {
			s.lineAt(drop)
		} else {
			// Nothing asks for a line number: counting the newlines of
			// every byte dropped would be a pass over the whole input
			// for nothing.
			s.linePos = drop
		}
	}
	n := copy(s.buf, s.buf[drop:])
	s.buf = s.buf[:n]
	s.off += int64(drop)
	s.pos -= drop
	s.linePos -= drop
	s.lineClear -= drop
}

// feed adds decoded bytes to a nested scanner's stream.
func (s *scanner) feed(p []byte) {
	s.buf = append(s.buf, p...)
	if len(s.buf) >= childChunk+lookAhead {
		s.process(false)
		s.compact()
	}
}

// process reads the window up to where a step still has lookAhead bytes to
// look at, or to its end if final. It is the scanner's only loop: every
// other loop in the package runs inside one of its steps and moves one of
// the cursors that step counts.
func (s *scanner) process(final bool) {
	limit := len(s.buf)
	if !final {
		limit -= lookAhead
	}
	still := 0 // steps in a row that did not move pos
	// Nothing moves a cursor between two steps, so where one step ends
	// the next starts.
	s.at = s.cursors()
	for s.pos < limit {
		s.notText = s.mode != modeText
		switch s.mode {
		case modeText:
			s.text(limit, final)
		case modeJSON:
			s.json(limit, final)
		default:
			s.string(limit, final)
		}
		if s.movedOn() {
			still = 0
		} else {
			still = s.step(&s.at, still)
		}
	}
	if s.mode == modeText {
		s.textAt(s.pos) // a scope's line end, before the window moves on
	}
}

// maxStillSteps is how many steps in a row may leave pos where it was. A
// step may end on a byte without reading it only to hand it to another
// mode: JSON that turns out not to be JSON gives its byte back to text,
// and text hands a quoted body, from its first byte, to the string reader;
// the next step always reads on.
const maxStillSteps = 2

// numCursors is how many cursors a scanner keeps; see cursors.
const numCursors = 3 + 2*numClasses

// cursors returns how far, as stream offsets, the scanner has gone in each
// of the ways it reads its window: pos, the newlines counted for line
// numbers, the newlines searched back and forth around text mentions, and
// for each class of text mention the detail keys searched and the values
// read. Each moves only forward within a stream, so each adds up to at
// most the stream's length.
func (s *scanner) cursors() [numCursors]int64 {
	c := [numCursors]int64{
		s.off + int64(s.pos),
		s.off + int64(s.linePos),
		s.lines.backTo + s.lines.fwdTo,
	}
	for i := range s.details {
		c[3+2*i] = s.details[i].scanned
		c[4+2*i] = s.details[i].valuesTo
	}
	return c
}

// step ends a step of process that started with the cursors at, after
// still steps in a row that did not move pos, and returns the new count;
// it leaves in at the cursors where the next step starts.
//
// It is the one place that counts work (with movedOn, its common case
// in line): one for the step, plus how far every cursor moved. The scanner reads its window by moving a cursor over
// it; the reads that move none are bounded by reads that do (cleaning a
// detail or an ID reads bytes a cursor has just passed, at most
// MaxDetail+1 per detail key or string; lineAt counts back from linePos
// only over bytes behind pos). So this is the work there is, and as each
// cursor moves only forward, it is linear in the input. TestLinearWork
// holds it to a bound per byte. (The one other count is textAt's, which
// adds the bytes it searches for the line end that ends a scope, each
// once.)
//
// It also checks that the step made progress: a step that leaves pos
// where it was more than maxStillSteps times in a row would loop forever.
// The check does not panic, since no input may make the command panic:
// it counts a stall, which the tests, the fuzz target among them, require
// to be zero, and ends what was open and steps over the byte, so that
// even a bug cannot make the scan endless.
func (s *scanner) step(at *[numCursors]int64, still int) int {
	// The cursors of cursors, one by one: this runs for every step, and
	// building and copying arrays of them cost a third of the scan. Only
	// a text mention reads a detail (textDetail), and only when the
	// Scanner reports details, so the cursors of details and of the lines
	// around mentions stay where they were in a step that started in JSON
	// or in a string, and in every step without details (-summary).
	pos := s.off + int64(s.pos)
	moved := pos > at[0]
	work := 1 + max(pos-at[0], 0)
	at[0] = pos
	work += advance(&at[1], s.off+int64(s.linePos))
	if !s.notText && s.run.opt.Details {
		work += advance(&at[2], s.lines.backTo+s.lines.fwdTo)
		for i := range s.details {
			d := &s.details[i]
			work += advance(&at[3+2*i], d.scanned) + advance(&at[4+2*i], d.valuesTo)
		}
	}
	s.run.work += work
	if moved {
		return 0
	}
	still++
	if still > maxStillSteps {
		s.run.stalls++
		s.finish()
		s.pos++
		*at = s.cursors()
		return 0
	}
	return still
}

// movedOn is step, in line in process, for the step nearly every one
// is: one that moved pos and could move no cursor but pos and the line
// count's, as it did not start in text or the Scanner reads no details
// (see step). It counts the same work as step and reports true, or,
// having changed nothing, false for step to count.
func (s *scanner) movedOn() bool {
	pos := s.off + int64(s.pos)
	if pos <= s.at[0] || !s.notText && s.run.opt.Details {
		return false
	}
	s.run.work += 1 + pos - s.at[0] + advance(&s.at[1], s.off+int64(s.linePos))
	s.at[0] = pos
	return true
}

// advance sets a cursor kept by step to c and returns how far forward it
// moved.
func advance(at *int64, c int64) int64 {
	d := max(c-*at, 0)
	*at = c
	return d
}

// finish ends the stream: a JSON value or a string left open gives what it
// holds, as a response body cut short still names its codes.
func (s *scanner) finish() {
	if s.mode == modeString {
		s.endString(false)
	}
	s.dropStack()
	s.mode = modeText
	s.endScope()
}

// lineOf returns the number of the line that buf[i] is on if the Scanner
// reports lines, 0 otherwise.
//
// It inlines, as lineAt does, for the JSON codes that call it: when the
// Scanner reports no lines, lineClear is below 0 and linePos not, so its
// first case never holds there.
func (s *scanner) lineOf(i int) int64 {
	if s.linePos <= i && i <= s.lineClear {
		s.linePos = i
		return s.line
	}
	return s.lineOfRest(i)
}

// lineOfRest is lineOf when i is not where the line count is already up
// to: no count when the Scanner reports no lines. It is kept out of
// line, so that lineOf stays within what the compiler inlines.
//
//go:noinline
func (s *scanner) lineOfRest(i int) int64 {
	if !s.run.opt.Lines {
		return 0
	}
	return s.lineCount(i)
}

// lineAt returns the number of the line that buf[i] is on. Only level 0
// counts lines; a nested scanner's strings lie on the line its root is on.
//
// It inlines for the common case of a dense log, where i lies where the
// text search saw no newline (see lineClear), as the code of a JSON
// body does: the count is then already up to i. A nested scanner never
// is in that case (see lineClear). The rest is lineCount's.
func (s *scanner) lineAt(i int) int64 {
	if s.linePos <= i && i <= s.lineClear {
		s.linePos = i
		return s.line
	}
	return s.lineCount(i)
}

// lineCount is lineAt when i is not where the line count is already up
// to, or at a higher level.
func (s *scanner) lineCount(i int) int64 {
	if s.level > 0 {
		r := s.run.root
		return r.lineAt(r.pos)
	}
	switch {
	case i > s.linePos:
		if i > s.lineClear {
			s.line += int64(bytes.Count(s.buf[max(s.linePos, s.lineClear):i], []byte{'\n'}))
		}
		s.linePos = i
	case i < s.linePos:
		return s.line - int64(bytes.Count(s.buf[i:s.linePos], []byte{'\n'}))
	}
	return s.line
}
