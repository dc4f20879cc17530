package main

import (
	"encoding/json"
	"io"

	"github.com/errcode-im/errcode"
)

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
	Cut      bool         `json:"cut,omitempty"`  // the input held only the start of the number
	Wait     string       `json:"wait,omitempty"` // a source's wait before retrying, as "1m0s"
	Detail   string       `json:"detail,omitempty"`
	ID       string       `json:"id,omitempty"`
	Count    int          `json:"count,omitempty"`
	APIs     []string     `json:"apis,omitempty"`      // the APIs whose page lists the code
	APICount int          `json:"api_count,omitempty"` // how many there are
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
			Retry:    e.retry().String(),
			SDKName:  in.SDKName,
			Sources:  in.Sources.String(),
			Note:     in.Note,
			Caution:  e.code.Caution(),
			Known:    e.known,
			Cut:      e.cut,
			Detail:   e.detail,
			ID:       e.id,
			Count:    e.count,
		}
		if d := e.wait(); d > 0 {
			j.Wait = d.String()
		}
		if e.apis {
			j.APIs = apiPaths(e.code)
			j.APICount = len(j.APIs)
		}
		if e.cut {
			// The digits are the start of some longer code: nothing the
			// package says of the shorter number applies.
			j.Name, j.Category, j.Retry, j.Caution = "", "", "", ""
			j.Note = cutNote
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
			en := ""
			if !e.cut {
				en = e.english()
			}
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

// jsonRow is a summary row as -summary -json prints it.
type jsonRow struct {
	Code      errcode.Code `json:"code"`
	Count     int64        `json:"count"`
	Name      string       `json:"name"`
	Category  string       `json:"category"`
	Retry     string       `json:"retry"`
	Known     bool         `json:"known"`
	Cut       bool         `json:"cut,omitempty"`
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
			Known: known && !r.Cut, Cut: r.Cut, FirstLine: r.FirstLine, LastLine: r.LastLine,
		}
		if r.Cut {
			j.Name, j.Category, j.Retry = "", "", ""
		}
		if r.FirstFile < len(files) && r.LastFile < len(files) {
			j.FirstFile, j.LastFile = files[r.FirstFile], files[r.LastFile]
		}
		out = append(out, j)
	}
	return encodeJSON(w, out)
}
