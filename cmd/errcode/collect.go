package main

import (
	"github.com/errcode-im/errcode"
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

// noText stands for no detail or no ID; overflowText for a text that was
// not kept because the findings are full.
const (
	noText       int32 = -1
	overflowText int32 = -2
)

// finding is one error code the scanner found, with the server's own
// message about it and the item it is about. The same code with the same
// detail and ID is one finding, counted.
type finding struct {
	// Code is the error code; never 0, which means success.
	Code errcode.Code
	// Detail is the sibling ErrorInfo or ResultInfo (or the like), cleaned
	// up and cut to maxDetail bytes; empty if there was none.
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
	detail, id int32
}

// summaryRow is one code's line in -summary.
type summaryRow struct {
	Code                errcode.Code
	Count               int64
	FirstFile, LastFile int // indexes into the inputs
	FirstLine, LastLine int64
}

// explainer is one run over the inputs: the scanner that reads them and
// what it found.
type explainer struct {
	// summary counts codes by number alone, without details.
	summary bool
	root    *scanner
	// work counts the bytes the scanner stepped over, searched and copied,
	// for the tests that prove it linear.
	work int64
	// onRead, if set, is told how many bytes each read of the input gave.
	onRead func(n int)

	findings []finding
	index    map[findingKey]int
	texts    []string
	textIDs  map[string]int32
	dropped  int // findings not kept

	rows         []summaryRow
	rowIndex     map[errcode.Code]int
	droppedCount int64 // occurrences of codes past the first maxRows
	file         int   // the input being read
}

// newExplainer returns an explainer that keeps findings, or, with summary,
// counts per code.
func newExplainer(summary bool) *explainer {
	x := &explainer{
		summary:  summary,
		index:    make(map[findingKey]int),
		textIDs:  make(map[string]int32),
		rowIndex: make(map[errcode.Code]int),
	}
	x.root = newScanner(x, 0)
	return x
}

// progress passes the size of a read on to onRead.
func (x *explainer) progress(n int) {
	if x.onRead != nil {
		x.onRead(n)
	}
}

// internText cleans raw text (cut to limit bytes; more says it went on) and
// returns its number, noText for an empty text, or overflowText when the
// findings are full and the text is new, since no new finding can use it.
func (x *explainer) internText(raw []byte, more bool, limit int) int32 {
	x.work += int64(len(raw))
	if len(raw) == 0 {
		return noText
	}
	if len(raw) <= limit && !more {
		if id, ok := x.textIDs[string(raw)]; ok {
			return id // raw is clean already
		}
	}
	t := cleanText(raw, more, limit)
	if t == "" {
		return noText
	}
	if id, ok := x.textIDs[t]; ok {
		return id
	}
	if len(x.findings) >= maxFindings {
		return overflowText
	}
	id := int32(len(x.texts))
	x.texts = append(x.texts, t)
	x.textIDs[t] = id
	return id
}

// internDetail interns a detail read from text.
func (x *explainer) internDetail(raw []byte) int32 {
	return x.internText(raw, false, maxDetail)
}

// text returns the text numbered id, or "" for noText.
func (x *explainer) text(id int32) string {
	if id < 0 {
		return ""
	}
	return x.texts[id]
}

// add counts one finding of code c with the numbered detail and ID.
func (x *explainer) add(c errcode.Code, detail, id int32) {
	x.work++
	if c == 0 {
		return
	}
	if detail == overflowText || id == overflowText {
		x.dropped++
		return
	}
	k := findingKey{c, detail, id}
	if i, ok := x.index[k]; ok {
		x.findings[i].Count++
		return
	}
	if len(x.findings) >= maxFindings {
		x.dropped++
		return
	}
	x.index[k] = len(x.findings)
	x.findings = append(x.findings, finding{Code: c, Detail: x.text(detail), ID: x.text(id), Count: 1})
}

// count counts code c on the given line of the current input, for
// -summary.
func (x *explainer) count(c errcode.Code, line int64) {
	x.work++
	if c == 0 {
		return
	}
	i, ok := x.rowIndex[c]
	if !ok {
		if len(x.rows) >= maxRows {
			x.droppedCount++
			return
		}
		i = len(x.rows)
		x.rowIndex[c] = i
		x.rows = append(x.rows, summaryRow{Code: c, FirstFile: x.file, FirstLine: line})
	}
	r := &x.rows[i]
	r.Count++
	r.LastFile, r.LastLine = x.file, line
}
