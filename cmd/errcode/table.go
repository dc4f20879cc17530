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

// writeColumns prints rows lined up in columns by display width.
func writeColumns(w io.Writer, rows [][]string) error {
	return writeColumnsFunc(w, len(rows), func(i int) []string { return rows[i] })
}

// writeColumnsFunc prints n rows, row(i) being the cells of the i'th,
// lined up in columns by display width. It asks for each row twice, once
// to measure and once to write, so that memory does not grow with n.
func writeColumnsFunc(w io.Writer, n int, row func(int) []string) error {
	var widths []int
	for i := range n {
		widths = growWidths(widths, row(i))
	}
	var b strings.Builder
	for i := range n {
		b.Reset()
		writeRow(&b, row(i), widths)
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

// columnGap is the space between two columns.
const columnGap = "  "

// growWidths widens widths to fit every cell of row but the last, which
// is never padded, and returns them.
func growWidths(widths []int, row []string) []int {
	for i, cell := range row[:max(len(row)-1, 0)] {
		if i == len(widths) {
			widths = append(widths, 0)
		}
		widths[i] = max(widths[i], displayWidth(cell))
	}
	return widths
}

// writeRow writes the cells of row padded to widths, then a newline.
// Empty cells at the end are left out, with the padding before them.
func writeRow(b *strings.Builder, row []string, widths []int) {
	for len(row) > 1 && row[len(row)-1] == "" {
		row = row[:len(row)-1]
	}
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
