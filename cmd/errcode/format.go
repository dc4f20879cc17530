package main

import (
	"cmp"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

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

// ownMark starts a Chinese text that is the package's own, not the
// error-code document's: "written by this package".
const ownMark = "【本包自撰】"

// ownSourcesNote follows the sources of a code the document does not list,
// wherever its Chinese text is printed, to say in both languages what
// ownMark means.
const (
	ownSourcesNote        = " (not in the error-code document: the zh text, marked " + ownMark + ", is this package's own)"
	ownSourcesNoteChinese = "（错误码文档未列出：标有" + ownMark + "的中文为本包自撰，并非官方文本）"
)

// entry is one code to print, with what the input said about it.
type entry struct {
	code errcode.Code
	// known reports whether an official source lists the code
	// (errcode.Lookup).
	known bool
	// detail is the server's ErrorInfo or ResultInfo; only input has one.
	detail string
	// id is the item a per-item code is about; only input has one.
	id string
	// count is how many times the input had the code with this detail and
	// ID; 0 outside input mode.
	count int
}

// newEntry returns the entry for c.
func newEntry(c errcode.Code) entry {
	_, known := errcode.Lookup(c)
	return entry{code: c, known: known}
}

// info returns what the package knows of the entry's code: its own entry,
// or its range's.
func (e entry) info() errcode.Info {
	return errcode.Describe(e.code)
}

// covered reports whether the entry is a code no source lists one by one
// that a range covers: the account system's 「其他错误」 row, or a range the
// online page reserves for codes an app's own callbacks return.
func (e entry) covered() bool {
	return !e.known && e.code.Category() != errcode.CategoryUnknown
}

// hasText reports whether the package has texts for the entry's code.
func (e entry) hasText() bool { return e.known || e.covered() }

// chineseIsOwn reports whether the entry's Chinese text is the package's
// own rather than the error-code document's: so it is for every code, and
// every range, without errcode.SourceDocument.
func (e entry) chineseIsOwn() bool {
	return !e.info().Sources.Has(errcode.SourceDocument)
}

// chinese and english return the entry's description in each language,
// as Code.Description gives it.
func (e entry) chinese() string { return e.code.Description(language.SimplifiedChinese) }
func (e entry) english() string { return e.code.Description(language.English) }

// chineseMarked returns the Chinese text, marked when it is the package's
// own.
func (e entry) chineseMarked() string {
	if e.chineseIsOwn() {
		return ownMark + e.chinese()
	}
	return e.chinese()
}

// wait returns how long a source asks a caller to wait before retrying, or
// 0 where none names a time.
func (e entry) wait() time.Duration {
	return e.info().Wait
}

// jsonEntry is an entry as -json prints it.
type jsonEntry struct {
	Code     errcode.Code `json:"code"`
	Name     string       `json:"name"`
	Category string       `json:"category"`
	Retry    string       `json:"retry"`
	SDKName  string       `json:"sdk_name"`
	Sources  string       `json:"sources"`
	Note     string       `json:"note"`
	Caution  string       `json:"caution,omitempty"`
	Chinese  *string      `json:"zh,omitempty"` // nil only when -lang leaves it out
	ZhSource string       `json:"zh_source,omitempty"`
	English  *string      `json:"en,omitempty"`
	Known    bool         `json:"known"`
	Wait     string       `json:"wait,omitempty"` // a source's wait before retrying, as "1m0s"
	Detail   string       `json:"detail,omitempty"`
	ID       string       `json:"id,omitempty"`
	Count    int          `json:"count,omitempty"`
}

// writeJSON prints entries as an indented JSON array, [] when there are
// none. With lang set, the other language's description is left out. For
// a number no source lists and no range covers, "zh" is empty, since the
// package has no Chinese for it; "zh_source" says whether the Chinese is
// the document's ("document") or the package's own ("errcode").
func writeJSON(w io.Writer, entries []entry, lang string) error {
	out := make([]jsonEntry, 0, len(entries))
	for _, e := range entries {
		in := e.info()
		j := jsonEntry{
			Code:     e.code,
			Name:     e.code.Name(),
			Category: e.code.Category().String(),
			Retry:    e.code.Retry().String(),
			SDKName:  in.SDKName,
			Sources:  in.Sources.String(),
			Note:     in.Note,
			Caution:  e.code.Caution(),
			Known:    e.known,
			Detail:   e.detail,
			ID:       e.id,
			Count:    e.count,
		}
		if d := e.wait(); d > 0 {
			j.Wait = d.String()
		}
		if lang != langEnglish {
			zh := ""
			if e.hasText() {
				zh = e.chinese()
				j.ZhSource = "document"
				if e.chineseIsOwn() {
					j.ZhSource = "errcode"
				}
			}
			j.Chinese = &zh
		}
		if lang != langChinese {
			en := e.english()
			j.English = &en
		}
		out = append(out, j)
	}
	return encodeJSON(w, out)
}

// encodeJSON writes v as indented JSON.
func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeEntries prints each entry as a block: a heading of code, name,
// category and retry hint, lined up across entries, then indented lines
// for what is known of it, blocks separated by blank lines:
//
//	10010  GroupNotFound  group  retry: never
//	  zh:       群组不存在，或者曾经存在过，但是目前已经被解散。
//	  en:       The group does not exist, or it existed once but has been disbanded.
//	  sdk:      ERR_SVR_GROUP_NOT_FOUND
//	  sources:  document|webpage|sdk
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

// say returns the English or, with lang zh, the Chinese of a sentence the
// command writes itself.
func say(lang, en, zh string) string {
	if lang == langChinese {
		return zh
	}
	return en
}

// entryLines returns the labelled lines under an entry's heading.
func entryLines(e entry, lang string) [][2]string {
	var lines [][2]string
	add := func(label, text string) { lines = append(lines, [2]string{label, text}) }
	switch {
	case e.code == 0 && !e.known:
		add("note:", say(lang, "0 means success; it is not an error code", "0 表示成功，不是错误码"))
	case e.covered() && e.code.Category() == errcode.CategoryAccount:
		other := `"other errors" (其他错误)`
		if lang == langEnglish {
			other = `"other errors"`
		}
		add("note:", say(lang,
			"not listed one by one; the error-code document's "+other+" row covers 70000-70999",
			"未逐个列出；错误码文档的「其他错误」一行涵盖 70000-70999"))
	case e.covered():
		add("note:", say(lang,
			"not listed one by one; the online error-code page covers this range as a whole",
			"未逐个列出；官方在线错误码页面整体说明了这一段"))
	case !e.known:
		add("note:", say(lang,
			"not listed by any official Tencent Cloud IM source this package knows",
			"本包所知的腾讯云 IM 官方来源均未列出此错误码"))
	}
	if e.id != "" {
		add("id:", e.id)
	}
	if e.detail != "" {
		add("server:", e.detail)
	}
	if e.count > 1 {
		add("seen:", say(lang, strconv.Itoa(e.count)+" times", strconv.Itoa(e.count)+" 次"))
	}
	if e.hasText() {
		if lang != langEnglish {
			add("zh:", e.chineseMarked())
		}
		if lang != langChinese {
			add("en:", e.english())
		}
	}
	in := e.info()
	if in.Note != "" {
		add("note:", say(lang, in.Note, "（仅有英文）"+in.Note))
	}
	if caution := e.code.Caution(); caution != "" {
		add("caution:", say(lang, caution, "（仅有英文）"+caution))
	}
	if d := e.wait(); d > 0 {
		add("wait:", say(lang,
			"at least "+durationEnglish(d)+" before retrying, as an official source asks",
			"重试前至少等待 "+durationChinese(d)+"（官方来源如此要求）"))
	}
	if in.SDKName != "" {
		add("sdk:", in.SDKName)
	}
	if e.known {
		sources := in.Sources.String()
		if !in.Sources.Has(errcode.SourceDocument) && lang != langEnglish {
			sources += say(lang, ownSourcesNote, ownSourcesNoteChinese)
		}
		add("sources:", sources)
	}
	return lines
}

// durationEnglish writes d as time.Duration.String does, without zero
// units at its end: 1m, 10m, 1h, 1m30s.
func durationEnglish(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// durationChinese writes d in Chinese, such as 1 分钟 or 1 小时 30 分钟.
func durationChinese(d time.Duration) string {
	var parts []string
	if h := d / time.Hour; h > 0 {
		parts = append(parts, strconv.Itoa(int(h))+" 小时")
	}
	if m := d % time.Hour / time.Minute; m > 0 {
		parts = append(parts, strconv.Itoa(int(m))+" 分钟")
	}
	if s := d % time.Minute / time.Second; s > 0 || len(parts) == 0 {
		parts = append(parts, strconv.Itoa(int(s))+" 秒")
	}
	return strings.Join(parts, " ")
}

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
			e.code.Retry().String(),
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
		table = append(table, []string{
			strconv.FormatInt(r.Count, 10),
			strconv.Itoa(int(r.Code)),
			r.Code.Name(),
			r.Code.Category().String(),
			r.Code.Retry().String(),
			where(r.FirstFile, r.FirstLine),
			where(r.LastFile, r.LastLine),
			bar(r.Count, rows[0].Count),
		})
	}
	return writeColumns(w, table)
}

// jsonRow is a summary row as -summary -json prints it.
type jsonRow struct {
	Code      errcode.Code `json:"code"`
	Count     int64        `json:"count"`
	Name      string       `json:"name"`
	Category  string       `json:"category"`
	Retry     string       `json:"retry"`
	Known     bool         `json:"known"`
	FirstLine int64        `json:"first_line"`
	LastLine  int64        `json:"last_line"`
	FirstFile string       `json:"first_file,omitempty"`
	LastFile  string       `json:"last_file,omitempty"`
}

// writeSummaryJSON prints the summary rows as a JSON array, [] when there
// are none; with files, each row names the file of its first and last
// line.
func writeSummaryJSON(w io.Writer, rows []summaryRow, files []string) error {
	out := make([]jsonRow, 0, len(rows))
	for _, r := range rows {
		_, known := errcode.Lookup(r.Code)
		j := jsonRow{
			Code: r.Code, Count: r.Count, Name: r.Code.Name(),
			Category: r.Code.Category().String(), Retry: r.Code.Retry().String(),
			Known: known, FirstLine: r.FirstLine, LastLine: r.LastLine,
		}
		if r.FirstFile < len(files) && r.LastFile < len(files) {
			j.FirstFile, j.LastFile = files[r.FirstFile], files[r.LastFile]
		}
		out = append(out, j)
	}
	return encodeJSON(w, out)
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
