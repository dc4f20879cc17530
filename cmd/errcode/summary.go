package main

import (
	"cmp"
	"io"
	"slices"
	"strconv"
	"strings"
)

// sortedRows returns the summary rows most frequent first, then by code.
func sortedRows(rows []summaryRow) []summaryRow {
	out := slices.Clone(rows)
	slices.SortFunc(out, func(a, b summaryRow) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Code, b.Code)
	})
	return out
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
	return strings.Repeat("█", int(n/8)) + eighths[n%8]
}

// writeSummary prints -summary's table: a row per code, most frequent
// first. With files, a line is "file:line"; withFile says to name the file
// even for one input.
func writeSummary(w io.Writer, rows []summaryRow, files []string, withFile bool) error {
	where := func(file int, line int64) string {
		if withFile && file < len(files) {
			return files[file] + ":" + strconv.FormatInt(line, 10)
		}
		return strconv.FormatInt(line, 10)
	}
	table := [][]string{{"COUNT", "CODE", "NAME", "CATEGORY", "RETRY", "FIRST", "LAST"}}
	for _, r := range rows {
		code, name, category, retry := strconv.Itoa(int(r.Code)), r.Code.Name(), r.Code.Category().String(), r.Code.Retry().String()
		if r.Cut {
			code, name, category, retry = code+cutMark, "(cut short)", "-", "-"
		}
		table = append(table, []string{
			strconv.FormatInt(r.Count, 10),
			code, name, category, retry,
			where(r.FirstFile, r.FirstLine),
			where(r.LastFile, r.LastLine),
			bar(r.Count, rows[0].Count),
		})
	}
	return writeColumns(w, table)
}
