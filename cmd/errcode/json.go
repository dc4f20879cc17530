package main

import (
	"bytes"
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
	NoCode   bool         `json:"nocode,omitempty"`    // an item that failed without a code
	Folded   bool         `json:"folded,omitempty"`    // occurrences whose details and IDs were not kept
	Other    bool         `json:"other,omitempty"`     // every code past the first maxRows
	APIs     []string     `json:"apis,omitempty"`      // the APIs whose page lists the code
	APICount int          `json:"api_count,omitempty"` // how many there are
}

// writeJSON prints entries as an indented JSON array, [] when there are
// none. With lang set, the other language's description is left out. For
// a number no source lists and no range covers, "zh" is empty, since the
// package has no Chinese for it; "zh_source" says whether the Chinese is
// the document's ("document") or the package's own ("errcode").
func writeJSON(w io.Writer, entries []entry, lang string) error {
	a := newJSONArray(w)
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
			NoCode:   e.nocode,
			Folded:   e.folded,
			Other:    e.other,
		}
		if d := e.wait(); d > 0 {
			j.Wait = d.String()
		}
		if e.apis {
			j.APIs = apiPaths(e.code)
			j.APICount = len(j.APIs)
		}
		if e.other || e.nocode {
			j.Name, j.Category, j.Retry = "", "", ""
		}
		if e.other {
			j.Note = otherNote
		}
		if e.nocode {
			j.Note = noCodeNote
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
			if !e.cut && !e.other && !e.nocode {
				// Code 0 of an aggregate or of an entry without a code
				// is no number to describe.
				en = e.english()
			}
			j.English = &en
		}
		if err := a.add(j); err != nil {
			return err
		}
	}
	return a.close()
}

// jsonArray writes a JSON array one element at a time, indented as
// json.Encoder with SetIndent("", "  ") writes a whole array, so that
// memory does not grow with the array.
type jsonArray struct {
	w   io.Writer
	buf bytes.Buffer
	enc *json.Encoder
	n   int
}

// newJSONArray returns a jsonArray that writes to w.
func newJSONArray(w io.Writer) *jsonArray {
	a := &jsonArray{w: w}
	a.enc = json.NewEncoder(&a.buf)
	a.enc.SetEscapeHTML(false)
	a.enc.SetIndent("  ", "  ")
	return a
}

// add writes v as the array's next element.
func (a *jsonArray) add(v any) error {
	a.buf.Reset()
	if a.n == 0 {
		a.buf.WriteString("[\n  ")
	} else {
		a.buf.WriteString(",\n  ")
	}
	a.n++
	if err := a.enc.Encode(v); err != nil {
		return err
	}
	a.buf.Truncate(a.buf.Len() - 1) // Encode's newline
	_, err := a.w.Write(a.buf.Bytes())
	return err
}

// close ends the array.
func (a *jsonArray) close() error {
	end := "\n]\n"
	if a.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(a.w, end)
	return err
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
	NoCode    bool         `json:"nocode,omitempty"` // items that failed without a code
	Other     bool         `json:"other,omitempty"`  // every code past the first maxRows
	FirstLine int64        `json:"first_line"`
	LastLine  int64        `json:"last_line"`
	FirstFile string       `json:"first_file,omitempty"`
	LastFile  string       `json:"last_file,omitempty"`
}

// writeSummaryJSON prints the summary rows as a JSON array, [] when there
// are none; with files, each row names the file of its first and last
// line.
func writeSummaryJSON(w io.Writer, rows []summaryRow, files []string) error {
	a := newJSONArray(w)
	for _, r := range rows {
		_, known := errcode.Lookup(r.Code)
		j := jsonRow{
			Code: r.Code, Count: r.Count, Name: r.Code.Name(),
			Category: r.Code.Category().String(), Retry: r.Code.Retry().String(),
			Known: known && !r.Cut && !r.NoCode && !r.Other, Cut: r.Cut, NoCode: r.NoCode, Other: r.Other,
			FirstLine: r.FirstLine, LastLine: r.LastLine,
		}
		if r.Cut || r.NoCode || r.Other {
			j.Name, j.Category, j.Retry = "", "", ""
		}
		if r.FirstFile < len(files) && r.LastFile < len(files) {
			j.FirstFile, j.LastFile = files[r.FirstFile], files[r.LastFile]
		}
		if err := a.add(j); err != nil {
			return err
		}
	}
	return a.close()
}
