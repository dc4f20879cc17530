package main

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/errcode-im/errcode"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// Languages a user can ask for with -lang. The empty language means both.
const (
	langBoth    = ""
	langChinese = "zh"
	langEnglish = "en"
)

// entry is one code to print, with what the input said about it.
type entry struct {
	code errcode.Code
	// known reports whether the document lists the code (errcode.Lookup).
	known bool
	// detail is the server's ErrorInfo or ResultInfo; only stdin has one.
	detail string
	// count is how many times the input had the code with this detail; 0
	// outside stdin mode.
	count int
}

// newEntry returns the entry for c.
func newEntry(c errcode.Code) entry {
	_, known := errcode.Lookup(c)
	return entry{code: c, known: known}
}

// chinese and english return the entry's description in each language,
// as Code.Description gives it.
func (e entry) chinese() string { return e.code.Description(language.SimplifiedChinese) }
func (e entry) english() string { return e.code.Description(language.English) }

// wait returns how long the document asks a caller to wait before
// retrying, such as "1m0s", or "" where it names no time.
func (e entry) wait() string {
	if info, ok := errcode.Lookup(e.code); ok && info.Wait > 0 {
		return info.Wait.String()
	}
	return ""
}

// accountOther reports whether the entry is an account system code the
// document does not list, which its 「其他错误」 row covers.
func (e entry) accountOther() bool {
	return !e.known && e.code.Category() == errcode.CategoryAccount
}

// jsonEntry is an entry as -json prints it.
type jsonEntry struct {
	Code     errcode.Code `json:"code"`
	Name     string       `json:"name"`
	Category string       `json:"category"`
	Retry    string       `json:"retry"`
	Chinese  *string      `json:"zh,omitempty"` // nil only when -lang leaves it out
	English  *string      `json:"en,omitempty"`
	Known    bool         `json:"known"`
	Wait     string       `json:"wait,omitempty"` // the document's wait before retrying, as "1m0s"
	Detail   string       `json:"detail,omitempty"`
	Count    int          `json:"count,omitempty"`
}

// writeJSON prints entries as an indented JSON array, [] when there are
// none. With lang set, the other language's description is left out; for
// a number the document does not list (outside the account system's
// range), "zh" is empty, since the document has no Chinese for it.
func writeJSON(w io.Writer, entries []entry, lang string) error {
	out := make([]jsonEntry, 0, len(entries))
	for _, e := range entries {
		j := jsonEntry{
			Code:     e.code,
			Name:     e.code.Name(),
			Category: e.code.Category().String(),
			Retry:    e.code.Retry().String(),
			Known:    e.known,
			Wait:     e.wait(),
			Detail:   e.detail,
			Count:    e.count,
		}
		if lang != langEnglish {
			zh := ""
			if e.known || e.accountOther() {
				zh = e.chinese() // the document has no Chinese for other numbers
			}
			j.Chinese = &zh
		}
		if lang != langChinese {
			en := e.english()
			j.English = &en
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// writeEntries prints each entry as a block: a heading of code, name,
// category and retry hint, lined up across entries, then indented lines
// for what is known of it, blocks separated by blank lines:
//
//	10010  GroupNotFound  group  retry: never
//	  zh: 群组不存在，或者曾经存在过，但是目前已经被解散。
//	  en: The group does not exist, or it existed once but has been disbanded.
func writeEntries(w io.Writer, entries []entry, lang string) error {
	heads := make([][]string, len(entries))
	bodies := make([][][2]string, len(entries))
	for i, e := range entries {
		heads[i] = []string{
			strconv.Itoa(int(e.code)),
			e.code.Name(),
			e.code.Category().String(),
			"retry: " + e.code.Retry().String(),
		}
		bodies[i] = entryLines(e, lang)
	}
	headWidths := columnWidths(heads)
	labelWidth := 0
	for _, body := range bodies {
		for _, l := range body {
			labelWidth = max(labelWidth, displayWidth(l[0]))
		}
	}
	var b strings.Builder
	for i := range entries {
		if i > 0 {
			b.WriteByte('\n')
		}
		writeRow(&b, heads[i], headWidths)
		for _, l := range bodies[i] {
			b.WriteString("  ")
			b.WriteString(pad(l[0], labelWidth))
			b.WriteByte(' ')
			b.WriteString(l[1])
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// entryLines returns the labelled lines under an entry's heading.
func entryLines(e entry, lang string) [][2]string {
	var lines [][2]string
	switch {
	case e.code == 0 && !e.known:
		lines = append(lines, [2]string{"note:", "0 means success; the document lists only failures"})
	case e.accountOther():
		other := `"other errors" (其他错误)`
		if lang == langEnglish {
			other = `"other errors"`
		}
		lines = append(lines, [2]string{"note:", "not listed; the account system's " + other + " row covers 70000-70999"})
	case !e.known:
		lines = append(lines, [2]string{"note:", "not listed in the Tencent Cloud IM error-code document"})
	}
	if e.detail != "" {
		lines = append(lines, [2]string{"detail:", e.detail})
	}
	if e.count > 1 {
		lines = append(lines, [2]string{"seen:", strconv.Itoa(e.count) + " times"})
	}
	if w := e.wait(); w != "" {
		lines = append(lines, [2]string{"wait:", w + " before retrying, as the document asks"})
	}
	if e.known || e.accountOther() {
		if lang != langEnglish {
			lines = append(lines, [2]string{"zh:", e.chinese()})
		}
		if lang != langChinese {
			lines = append(lines, [2]string{"en:", e.english()})
		}
	}
	return lines
}

// writeTable prints entries one a line under a header, in columns lined up
// by display width: code, name, category, retry hint, then, unless lang is
// English, the document's section heading, and last the description in
// lang, Chinese unless lang is English. The description is printed whole:
// it is the last column, so its length does not disturb the others.
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
			e.code.Retry().String(),
		}
		if lang == langEnglish {
			row = append(row, e.english())
		} else {
			row = append(row, e.code.Category().Title(), e.chinese())
		}
		rows = append(rows, row)
	}
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
