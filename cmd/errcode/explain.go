package main

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/internal/codedoc"
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
	// A first pass lines the columns up; the second writes each block as
	// it comes, so that memory does not grow with the entries.
	var headWidths []int
	labelWidth := 0
	for _, e := range entries {
		headWidths = growWidths(headWidths, entryHead(e, lang))
		for _, l := range entryLines(e, lang) {
			labelWidth = max(labelWidth, displayWidth(l[0]))
		}
	}
	var b strings.Builder
	for i, e := range entries {
		b.Reset()
		if i > 0 {
			b.WriteByte('\n')
		}
		writeRow(&b, entryHead(e, lang), headWidths)
		for _, l := range entryLines(e, lang) {
			b.WriteString("  ")
			b.WriteString(pad(l[0], labelWidth))
			b.WriteByte(' ')
			b.WriteString(l[1])
			b.WriteByte('\n')
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

// entryHead returns the cells of an entry's heading.
func entryHead(e entry, lang string) []string {
	switch {
	case e.other:
		return []string{"…", say(lang, "OTHER CODES", "其他错误码"), "", ""}
	case e.cut:
		return []string{strconv.Itoa(int(e.code)) + cutMark, say(lang, "CUT SHORT", "数字不完整"), "", ""}
	case e.nocode:
		return []string{"0", say(lang, "NO CODE", "无错误码"), "", ""}
	}
	return []string{
		strconv.Itoa(int(e.code)),
		e.code.Name(),
		e.code.Category().String(),
		"retry: " + e.retry().String(),
	}
}

// cutMark follows a number the input held only the start of.
const cutMark = "…"

// cutNote says what a cut number is, in -json and in text.
const (
	cutNote        = "cut short: the input, a line or a string ended inside this number, so the code is longer and unknown"
	cutNoteChinese = "数字不完整：输入、一行或一个字符串在此数字中间结束，实际错误码更长，无法确定"
)

// foldedNote says what a folded entry counts.
var (
	foldedNote        = "findings of this code whose details and IDs were not kept, past " + strconv.Itoa(maxFindings) + " different findings"
	foldedNoteChinese = "此错误码超过 " + strconv.Itoa(maxFindings) + " 个不同结果后的其余结果，只计数，未保留详情和 ID"
)

// otherNote says what the entry of other codes counts.
var (
	otherNote        = "every code past the first " + strconv.Itoa(maxRows) + " different ones, counted together"
	otherNoteChinese = "超过 " + strconv.Itoa(maxRows) + " 个不同错误码之后的所有错误码，合并计数"
	// noCodeNote says what an entry that failed without a code is.
	noCodeNote        = "this entry failed without an error code"
	noCodeNoteChinese = "此条目失败，但没有错误码"
)

// plural returns n and noun, with an s unless n is 1.
func plural[N int | int64](n N, noun string) string {
	s := strconv.FormatInt(int64(n), 10) + " " + noun
	if n != 1 {
		s += "s"
	}
	return s
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
	case e.other:
		add("note:", say(lang, otherNote, otherNoteChinese))
	case e.cut:
		add("note:", say(lang, cutNote, cutNoteChinese))
	case e.nocode:
		add("note:", say(lang, noCodeNote, noCodeNoteChinese))
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
	if e.folded {
		add("folded:", say(lang, foldedNote, foldedNoteChinese))
	}
	if e.id != "" {
		add("id:", e.id)
	}
	if e.detail != "" {
		add("server:", e.detail)
	}
	if e.count > 1 || e.folded || e.other {
		add("seen:", say(lang, plural(e.count, "time"), strconv.Itoa(e.count)+" 次"))
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
			"at least "+codedoc.FormatWait(d)+" before retrying, as an official source asks",
			"重试前至少等待 "+durationChinese(d)+"（官方来源如此要求）"))
	}
	if in.SDKName != "" {
		add("sdk:", in.SDKName)
	}
	if e.apis {
		if paths := apiPaths(e.code); len(paths) > 0 {
			add("apis:", apisLine(paths))
		}
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
