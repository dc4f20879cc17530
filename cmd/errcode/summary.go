package main

import (
	"cmp"
	"io"
	"slices"
	"strconv"
	"strings"
)

// sortedRows returns the summary rows most frequent first, then by code,
// and last the row of other codes, if any were counted.
func (c *collector) sortedRows() []summaryRow {
	out := slices.Clone(c.rows)
	slices.SortFunc(out, func(a, b summaryRow) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Code, b.Code),
			cmp.Compare(b2i(a.Cut), b2i(b.Cut)), cmp.Compare(b2i(a.NoCode), b2i(b.NoCode)))
	})
	if c.other.Count > 0 {
		out = append(out, c.other)
	}
	return out
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// barWidth is how many columns the longest bar of -summary takes.
const barWidth = 30

// eighths are the block characters a bar ends with, by eighths of a cell.
var eighths = [...]string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// bar draws count against most as block characters, barWidth cells for
// most, in eighths of a cell, and at least an eighth for any count.
func bar(count, most int64) string {
	n := int64(float64(count) / float64(max(most, 1)) * barWidth * 8)
	if n == 0 && count > 0 {
		n = 1
	}
	n = min(n, barWidth*8)
	return strings.Repeat("█", int(n/8)) + eighths[n%8]
}

// writeSummary prints -summary's table: a row per code, most frequent
// first. With files, a line is "file:line"; withFile says to name the file
// even for one input. A file name is quoted when it holds a control
// character or is not UTF-8.
func writeSummary(w io.Writer, rows []summaryRow, files []string, withFile bool) error {
	where := func(file int, line int64) string {
		if withFile && file < len(files) {
			return quoteName(files[file]) + ":" + strconv.FormatInt(line, 10)
		}
		return strconv.FormatInt(line, 10)
	}
	var most int64
	for _, r := range rows {
		most = max(most, r.Count)
	}
	header := []string{"COUNT", "CODE", "NAME", "CATEGORY", "RETRY", "FIRST", "LAST"}
	return writeColumnsFunc(w, len(rows)+1, func(i int) []string {
		if i == 0 {
			return header
		}
		r := rows[i-1]
		code, name, category, retry := strconv.Itoa(int(r.Code)), r.Code.Name(), r.Code.Category().String(), r.Code.Retry().String()
		switch {
		case r.Other:
			code, name, category, retry = "…", "(other codes, past "+strconv.Itoa(maxRows)+")", "-", "-"
		case r.NoCode:
			code, name, category, retry = "-", "(failed, no code)", "-", "-"
		case r.Cut:
			code, name, category, retry = code+cutMark, "(cut short)", "-", "-"
		}
		return []string{
			strconv.FormatInt(r.Count, 10),
			code, name, category, retry,
			where(r.FirstFile, r.FirstLine),
			where(r.LastFile, r.LastLine),
			bar(r.Count, most),
		}
	})
}
