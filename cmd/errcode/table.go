package main

import (
	"io"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// writeTable prints entries one a line under a header, in columns lined up
// by display width: code, name, category, retry hint, then, unless lang is
// English, the category's Chinese heading, and last the description in
// lang, Chinese unless lang is English, marked where it is the package's
// own. The description is printed whole: it is the last column, so its
// length does not disturb the others.
func writeTable(w io.Writer, entries []entry, lang string) error {
	header := []string{"CODE", "NAME", "CATEGORY", "RETRY", "SECTION", "DESCRIPTION"}
	if lang == langEnglish {
		header = []string{"CODE", "NAME", "CATEGORY", "RETRY", "DESCRIPTION"}
	}
	rows := [][]string{header}
	for _, e := range entries {
		row := []string{
			strconv.Itoa(int(e.code)),
			e.code.Name(),
			e.code.Category().String(),
			e.retry().String(),
		}
		if lang == langEnglish {
			row = append(row, e.english())
		} else {
			row = append(row, e.code.Category().Title(), e.chineseMarked())
		}
		rows = append(rows, row)
	}
	return writeColumns(w, rows)
}

// writeColumns prints rows lined up in columns by display width, in one
// write.
func writeColumns(w io.Writer, rows [][]string) error {
	widths := columnWidths(rows)
	var b strings.Builder
	for _, row := range rows {
		writeRow(&b, row, widths)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// columnGap is the space between two columns.
const columnGap = "  "

// columnWidths returns the display width of each column of rows but the
// last, which is never padded.
func columnWidths(rows [][]string) []int {
	var widths []int
	for _, row := range rows {
		for i, cell := range row[:max(len(row)-1, 0)] {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(cell))
		}
	}
	return widths
}

// writeRow writes the cells of row padded to widths, then a newline.
func writeRow(b *strings.Builder, row []string, widths []int) {
	for i, cell := range row {
		if i == len(row)-1 {
			b.WriteString(cell)
			break
		}
		b.WriteString(pad(cell, widths[i]))
		b.WriteString(columnGap)
	}
	b.WriteByte('\n')
}

// pad returns s followed by as many spaces as make it w columns wide on a
// terminal.
func pad(s string, w int) string {
	if n := w - displayWidth(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// displayWidth returns how many columns s takes on a terminal: 2 for each
// East Asian Wide or Fullwidth rune, such as a Chinese character or
// fullwidth punctuation, and 1 for every other rune.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// hasHan reports whether s holds a Han character.
func hasHan(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}
