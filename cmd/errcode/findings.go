package main

import (
	"cmp"
	"encoding/binary"
	"slices"
	"unsafe"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/cmd/errcode/internal/scan"
)

// Limits on what is kept, whatever the input. Together with the scanner's
// own, they hold a run to well under 64 MiB of memory.
const (
	// maxFindings is how many distinct findings (code, detail and ID) are
	// kept to explain. A finding past it is folded into its code's row:
	// counted, without its detail and ID.
	maxFindings = 10000
	// maxRows is how many distinct codes are counted one by one, in
	// every mode; the occurrences of any code past it are counted
	// together, as other codes.
	maxRows = 1 << 16
)

// finding is one error code the scanner found, with the server's own
// message about it and the item it is about. The same code with the same
// detail and ID is one finding, counted.
type finding struct {
	// Code is the error code; 0, which means success, only with NoCode.
	Code errcode.Code
	// NoCode reports an item that failed without a code of its own, such
	// as an account in FailAccounts; ID names it.
	NoCode bool
	// Known reports whether an official source lists the code; never
	// for a cut number.
	Known bool
	// Cut reports that the input held only the start of the number.
	Cut bool
	// Detail is the sibling ErrorInfo or ResultInfo (or the like), cleaned
	// up and cut to scan.MaxDetail bytes; empty if there was none.
	Detail string
	// ID is the account, user or group a per-item code is about, from a
	// member such as To_Account beside it; empty if there was none.
	ID string
	// Count is how many times the code, the detail and the ID were found
	// together, at least 1.
	Count int

	row  int // the index of its code's row
	rank int // how many findings of its code were kept before it
	seq  int // the order in which the findings were first kept
}

// findingKey identifies a finding for counting.
type findingKey struct {
	code       errcode.Code
	cut        bool
	nocode     bool
	detail, id string
}

// rowKey identifies a code's row: a cut number, and items that failed
// without a code, have rows of their own.
type rowKey struct {
	code   errcode.Code
	cut    bool
	nocode bool
}

// summaryRow is one code's line in -summary, and, when explaining, what
// is counted of the code as a whole.
type summaryRow struct {
	Code                errcode.Code
	Known               bool
	Cut                 bool
	NoCode              bool
	Other               bool // the row of every code past maxRows
	Count               int64
	FirstFile, LastFile int // indexes into the inputs
	FirstLine, LastLine int64

	// kept is how many findings of the code are kept to explain, and
	// keptCount how many occurrences they count; the rest of Count is
	// folded.
	kept      int
	keptCount int64
}

// collector is the output side of one run over the inputs: the scan.BatchSink
// that keeps what the scanner found, as findings to explain and, in every
// mode, one row per code.
//
// Explaining is fair to every code: once maxFindings findings are kept, a
// code seen for the first time takes the place of a finding of a code
// that has another one kept, so that each code keeps at least one.
type collector struct {
	summary bool

	findings []finding
	index    map[findingKey]int
	last     int   // the index of the last finding counted, -1 for none
	spare    []int // findings that are not their code's first, newest last
	seq      int

	rows     []summaryRow
	rowIndex map[rowKey]int
	// recent remembers, by a hash of what identifies them, the findings
	// counted lately, as index+1 (0 for none), so that the codes and
	// details that come again and again through a log need no look-up in
	// the map. A hit is checked against the finding itself, so a stale or
	// colliding entry costs only the look-up.
	recent [recentSize]int32
	// rowSlots remember the rows counted lately by their rowBits, so
	// that finding a row takes one load and one compare: the slot holds
	// the key it is for beside the row, and a row's own fields are not
	// read to tell whether it is the one. A row may be in either of the
	// two ways, at its rowSlotOf, the one it came to last first: two
	// codes of a log whose rows hash alike, as two of twenty do about
	// one time in two, then both stay, where with one slot each they
	// took each other's place at every turn, each time through the map.
	rowSlots [2]rowWay
	other    summaryRow // every occurrence of the codes past maxRows; Other is set
	// otherCut is how many of other's occurrences are cut numbers.
	otherCut int64
	file     int // the input being read
}

// recentSize is how many entries the collector's recent caches hold.
const recentSize = 256

// rowWay is one way of the collector's cache of rows: for each slot, a
// row's rowBits (0 for none), the row's index, and where the row is, so
// that counting in it needs no bounds check and no address worked out
// from the index (the collector clears every slot when rows moves as it
// grows). They are in arrays of their own, indexed alike in both ways:
// the address of a slot's entry is one scaled index, and needs no check.
type rowWay struct {
	bits [recentSize / 2]uint64
	r    [recentSize / 2]*summaryRow
	row  [recentSize / 2]int32
}

// rowBits packs what identifies a row into a number, never 0 for a
// finding that is counted (a failure, or a cut number): the first eight
// bytes of a scan.Finding with these fields, but for Known's, read as
// findingBits reads them.
func rowBits(code errcode.Code, cut, nocode bool) uint64 {
	// The Code's bytes as they lie in memory, in the low half: the code
	// itself on a little-endian machine, its bytes reversed on another.
	var c [4]byte
	binary.NativeEndian.PutUint32(c[:], uint32(code))
	return uint64(binary.LittleEndian.Uint32(c[:])) | uint64(b2i(cut))<<cutShift | uint64(b2i(nocode))<<noCodeShift
}

// Where a scan.Finding's Cut and NoCode lie in its first eight bytes,
// with its Code, as bit shifts of those bytes read in little-endian
// order; a bool is stored as a byte, 0 or 1.
const (
	cutShift    = 8 * unsafe.Offsetof(scan.Finding{}.Cut)
	noCodeShift = 8 * unsafe.Offsetof(scan.Finding{}.NoCode)
	// rowMask keeps the bits of the Code, Cut and NoCode in those bytes.
	rowMask = 1<<32 - 1 | 1<<cutShift | 1<<noCodeShift
	// successMask keeps those of the Code and NoCode: a finding with
	// none of them set is a success, not a failure.
	successMask = 1<<32 - 1 | 1<<noCodeShift
)

// The Code, Cut and NoCode of a scan.Finding must lie in its first eight
// bytes, the Code first, for findingBits: each of these is a compile
// error otherwise, an array of negative length.
var (
	_ [8 - 1 - unsafe.Offsetof(scan.Finding{}.Cut)]byte
	_ [8 - 1 - unsafe.Offsetof(scan.Finding{}.NoCode)]byte
	_ [-unsafe.Offsetof(scan.Finding{}.Code)]byte
	_ [unsafe.Sizeof(scan.Finding{}.Code) - 4]byte
	_ [4 - unsafe.Sizeof(scan.Finding{}.Code)]byte
)

// findingBits returns f's rowBits with one load of its first eight bytes,
// rather than three loads of its fields and the shifts that pack them:
// FoundBatch does it for every finding of -summary. It is 0 for a
// success, whose Code is 0 without NoCode, when f is not Cut. The bytes
// are read in little-endian order, which is one load where that is the
// machine's.
func findingBits(f *scan.Finding) uint64 {
	return binary.LittleEndian.Uint64((*[8]byte)(unsafe.Pointer(f))[:]) & rowMask
}

// recentSlot returns where a finding's entry goes in the collector's
// recent cache. Details and IDs hash by where their bytes are: the
// scanner hands out one string for a repeated text, and a string with
// other bytes at that place only misses.
func recentSlot(f *scan.Finding) int {
	h := uint64(uint32(f.Code))<<2 | uint64(b2i(f.Cut))<<1 | uint64(b2i(f.NoCode))
	h ^= uint64(uintptr(unsafe.Pointer(unsafe.StringData(f.Detail))))>>3 ^
		uint64(uintptr(unsafe.Pointer(unsafe.StringData(f.ID))))>>1
	h *= 0x9e3779b97f4a7c15
	return int(h >> (64 - 8))
}

// newCollector returns a collector that keeps findings, or, with summary,
// only counts per code.
func newCollector(summary bool) *collector {
	return &collector{
		summary:  summary,
		index:    make(map[findingKey]int),
		last:     -1,
		rowIndex: make(map[rowKey]int),
		other:    summaryRow{Other: true},
	}
}

// options are what the scanner must work out for c: the details and IDs
// to explain findings, or the lines of -summary. -summary keeps no
// finding, only rows, whose Known count works out once for each: the
// scanner need not look every finding's code up.
func (c *collector) options() scan.Options {
	return scan.Options{Details: !c.summary, Lines: c.summary, NoKnown: c.summary}
}

// Found counts one finding.
func (c *collector) Found(f scan.Finding) {
	c.found(&f)
}

// FoundBatch counts findings in turn, as Found does each. The scanner
// hands them over so, in batches, as the call through the Sink interface
// for each finding of a dense log costs about as much as counting it; the
// common case of -summary is counted here in line.
func (c *collector) FoundBatch(fs []scan.Finding) {
	if !c.summary {
		for i := range fs {
			c.found(&fs[i])
		}
		return
	}
	for i := range fs {
		f := &fs[i]
		bits := findingBits(f)
		if bits&successMask == 0 {
			continue // success, not a finding
		}
		// countCached inlines: the row cache's hit costs no call.
		if _, ok := c.countCached(bits, f.Line); !ok {
			c.count(f.Code, f.Cut, f.NoCode, f.Line)
		}
	}
}

// found counts the finding f points to.
func (c *collector) found(f *scan.Finding) {
	if f.Code == 0 && !f.NoCode {
		return // success, not a finding
	}
	if c.summary {
		// Only the row: its cached case in line, the rest in count.
		if _, ok := c.countCached(rowBits(f.Code, f.Cut, f.NoCode), f.Line); !ok {
			c.count(f.Code, f.Cut, f.NoCode, f.Line)
		}
		return
	}
	// The same finding again, as in a list of failed items, needs no
	// look-up: the scanner hands out one string for a repeated text.
	if c.last >= 0 {
		if l := &c.findings[c.last]; l.Code == f.Code && l.Cut == f.Cut && l.NoCode == f.NoCode && l.Detail == f.Detail && l.ID == f.ID {
			l.Count++
			r := &c.rows[l.row]
			r.Count++
			r.keptCount++
			r.LastFile, r.LastLine = c.file, f.Line
			return
		}
	}
	row := c.count(f.Code, f.Cut, f.NoCode, f.Line)
	if row < 0 {
		return
	}
	r := &c.rows[row]
	slot := recentSlot(f)
	if i := int(c.recent[slot]) - 1; i >= 0 {
		if l := &c.findings[i]; l.Code == f.Code && l.Cut == f.Cut && l.NoCode == f.NoCode && l.Detail == f.Detail && l.ID == f.ID {
			l.Count++
			r.keptCount++
			c.last = i
			return
		}
	}
	k := findingKey{f.Code, f.Cut, f.NoCode, f.Detail, f.ID}
	if i, ok := c.index[k]; ok {
		c.findings[i].Count++
		r.keptCount++
		c.last = i
		c.recent[slot] = int32(i + 1)
		return
	}
	i := -1
	switch {
	case len(c.findings) < maxFindings:
		i = len(c.findings)
		c.findings = append(c.findings, finding{})
	case r.kept == 0:
		i = c.evict()
	}
	if i < 0 {
		return // folded into its row
	}
	if r.kept > 0 {
		c.spare = append(c.spare, i)
	}
	c.findings[i] = finding{
		Code: f.Code, NoCode: f.NoCode, Known: f.Known, Cut: f.Cut, Detail: f.Detail, ID: f.ID, Count: 1,
		row: row, rank: r.kept, seq: c.seq,
	}
	c.seq++
	c.index[k] = i
	c.recent[slot] = int32(i + 1)
	r.kept++
	r.keptCount++
	c.last = i
}

// evict folds the newest finding that is not its code's first into its
// code's row, and returns its index to reuse, or -1 when every kept
// finding is its code's first.
func (c *collector) evict() int {
	for len(c.spare) > 0 {
		i := c.spare[len(c.spare)-1]
		c.spare = c.spare[:len(c.spare)-1]
		f := &c.findings[i]
		r := &c.rows[f.row]
		if r.kept < 2 {
			continue // never so: a code's first finding is never spare
		}
		delete(c.index, findingKey{f.Code, f.Cut, f.NoCode, f.Detail, f.ID})
		r.kept--
		r.keptCount -= int64(f.Count)
		if c.last == i {
			c.last = -1
		}
		return i
	}
	return -1
}

// count counts a finding of code (cut and nocode as the finding says) on
// line in its code's row, and returns the row's index, or -1 when it is
// counted with the other codes. It takes the finding's fields one by one
// rather than the finding, which would be copied again. A new row's Known
// is worked out here, as a finding's is (see scan.Options.NoKnown).
func (c *collector) count(code errcode.Code, cut, nocode bool, line int64) int {
	bits := rowBits(code, cut, nocode)
	if i, ok := c.countCached(bits, line); ok {
		return i
	}
	i, ok := c.rowIndex[rowKey{code, cut, nocode}]
	if !ok {
		if len(c.rows) >= maxRows {
			if c.other.Count == 0 {
				c.other.FirstFile, c.other.FirstLine = c.file, line
			}
			c.other.Count++
			c.otherCut += int64(b2i(cut))
			c.other.LastFile, c.other.LastLine = c.file, line
			return -1
		}
		i = len(c.rows)
		c.rowIndex[rowKey{code, cut, nocode}] = i
		grown := len(c.rows) == cap(c.rows)
		_, listed := errcode.Lookup(code)
		c.rows = append(c.rows, summaryRow{Code: code, Known: !cut && listed, Cut: cut, NoCode: nocode, FirstFile: c.file, FirstLine: line})
		if grown {
			// The rows moved: the slots point to where they were.
			c.rowSlots = [2]rowWay{}
		}
	}
	r := &c.rows[i]
	// The row comes first in its pair, and the one there moves on to
	// the second slot.
	w0, w1, h := &c.rowSlots[0], &c.rowSlots[1], rowSlotOf(bits)
	w1.bits[h], w1.r[h], w1.row[h] = w0.bits[h], w0.r[h], w0.row[h]
	w0.bits[h], w0.r[h], w0.row[h] = bits, r, int32(i)
	r.Count++
	r.LastFile, r.LastLine = c.file, line
	return i
}

// countCached counts a finding on line in the row whose rowBits are bits
// if rowSlots holds that row, and returns its index; ok is false, and
// nothing counted, if it does not. It inlines, so that the common case
// of -summary takes no call.
func (c *collector) countCached(bits uint64, line int64) (row int, ok bool) {
	h, w := rowSlotOf(bits), &c.rowSlots[0]
	if w.bits[h] != bits {
		if w = &c.rowSlots[1]; w.bits[h] != bits {
			return 0, false
		}
	}
	r := w.r[h]
	r.Count++
	r.LastFile, r.LastLine = c.file, line
	return int(w.row[h]), true
}

// rowSlotOf returns the slot, in each way of rowSlots, where the row
// whose rowBits are bits goes.
func rowSlotOf(bits uint64) uint64 {
	return (bits * 0x9e3779b97f4a7c15) >> (64 - 7)
}

// failures returns how many of the findings counted are failures: a
// whole nonzero code, or an item that failed without a code; a cut
// number is not. Each finding is counted in one row, or in other, so
// that is the sum of the counts of the rows that are not cut numbers and
// of other's that are not: worked out here, once, rather than counted
// for every finding.
func (c *collector) failures() int64 {
	n := c.other.Count - c.otherCut
	for _, r := range c.rows {
		if !r.Cut {
			n += r.Count
		}
	}
	return n
}

// total returns how many findings were counted in all, a cut number or
// not: the sum of every row's count.
func (c *collector) total() int64 {
	n := c.other.Count
	for _, r := range c.rows {
		n += r.Count
	}
	return n
}

// folded returns how many occurrences were counted without their detail
// and ID, and of how many codes.
func (c *collector) folded() (occurrences int64, codes int) {
	for _, r := range c.rows {
		if n := r.Count - r.keptCount; n > 0 {
			occurrences += n
			codes++
		}
	}
	return occurrences, codes
}

// entries returns what the collector found as entries to explain: each
// code's first finding in the order of the input, then each code's
// second, and so on; then, for each code with findings folded past
// maxFindings, one entry that counts them without detail or ID; last, one
// entry for the codes past maxRows.
func (c *collector) entries() []entry {
	kept := slices.Clone(c.findings)
	slices.SortFunc(kept, func(a, b finding) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.seq, b.seq))
	})
	out := make([]entry, 0, len(kept))
	for _, f := range kept {
		out = append(out, entry{code: f.Code, nocode: f.NoCode, known: f.Known, cut: f.Cut, detail: f.Detail, id: f.ID, count: f.Count})
	}
	for _, r := range c.rows {
		if n := r.Count - r.keptCount; n > 0 {
			out = append(out, entry{code: r.Code, nocode: r.NoCode, known: r.Known, cut: r.Cut, count: int(n), folded: true})
		}
	}
	if c.other.Count > 0 {
		out = append(out, entry{other: true, count: int(c.other.Count)})
	}
	return out
}
