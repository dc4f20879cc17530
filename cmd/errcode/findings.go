package main

import (
	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/cmd/errcode/internal/scan"
)

// Limits on what is kept, whatever the input.
const (
	// maxFindings is how many distinct findings (code, detail and ID) are
	// kept; the rest are counted as dropped.
	maxFindings = 10000
	// maxRows is how many distinct codes -summary keeps; the rest are
	// counted as dropped.
	maxRows = 1 << 16
)

// finding is one error code the scanner found, with the server's own
// message about it and the item it is about. The same code with the same
// detail and ID is one finding, counted.
type finding struct {
	// Code is the error code; never 0, which means success.
	Code errcode.Code
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
}

// findingKey identifies a finding for counting.
type findingKey struct {
	code       errcode.Code
	cut        bool
	detail, id string
}

// rowKey identifies a -summary row: a cut number has a row of its own.
type rowKey struct {
	code errcode.Code
	cut  bool
}

// summaryRow is one code's line in -summary.
type summaryRow struct {
	Code                errcode.Code
	Known               bool
	Cut                 bool
	Count               int64
	FirstFile, LastFile int // indexes into the inputs
	FirstLine, LastLine int64
}

// collector is the output side of one run over the inputs: the scan.Sink
// that keeps what the scanner found, as findings to explain or, for
// -summary, as one row per code.
type collector struct {
	summary bool

	findings []finding
	index    map[findingKey]int
	last     int // the index of the last finding counted, -1 for none
	dropped  int // findings not kept

	rows         []summaryRow
	rowIndex     map[rowKey]int
	droppedCount int64 // occurrences of codes past the first maxRows
	file         int   // the input being read
}

// newCollector returns a collector that keeps findings, or, with summary,
// counts per code.
func newCollector(summary bool) *collector {
	return &collector{
		summary:  summary,
		index:    make(map[findingKey]int),
		last:     -1,
		rowIndex: make(map[rowKey]int),
	}
}

// options are what the scanner must work out for c: the details and IDs
// to explain findings, or the lines of -summary.
func (c *collector) options() scan.Options {
	return scan.Options{Details: !c.summary, Lines: c.summary}
}

// Found counts one finding.
func (c *collector) Found(f scan.Finding) {
	if c.summary {
		c.count(f)
		return
	}
	k := findingKey{f.Code, f.Cut, f.Detail, f.ID}
	// The same finding again, as in a list of failed items, needs no
	// look-up: the scanner hands out one string for a repeated text.
	if c.last >= 0 {
		if l := &c.findings[c.last]; l.Code == k.code && l.Cut == k.cut && l.Detail == k.detail && l.ID == k.id {
			l.Count++
			return
		}
	}
	if i, ok := c.index[k]; ok {
		c.findings[i].Count++
		c.last = i
		return
	}
	if len(c.findings) >= maxFindings {
		c.dropped++
		return
	}
	c.last = len(c.findings)
	c.index[k] = c.last
	c.findings = append(c.findings, finding{Code: f.Code, Known: f.Known, Cut: f.Cut, Detail: f.Detail, ID: f.ID, Count: 1})
}

// count counts a finding in its code's row, for -summary.
func (c *collector) count(f scan.Finding) {
	k := rowKey{f.Code, f.Cut}
	i, ok := c.rowIndex[k]
	if !ok {
		if len(c.rows) >= maxRows {
			c.droppedCount++
			return
		}
		i = len(c.rows)
		c.rowIndex[k] = i
		c.rows = append(c.rows, summaryRow{Code: f.Code, Known: f.Known, Cut: f.Cut, FirstFile: c.file, FirstLine: f.Line})
	}
	r := &c.rows[i]
	r.Count++
	r.LastFile, r.LastLine = c.file, f.Line
}
