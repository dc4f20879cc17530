// Package pages reads copies of Tencent Cloud IM's REST API pages: the
// API path a page documents, the codes its error-code table lists and the
// JSON response examples it shows. It reads whole pages, as the public
// documentation repository (tencentyun/intlcloud-documents) keeps them,
// and the cut copies in the shared reference folder alike.
//
// It is the maintainer's tool behind internal/genapi and the errcode
// package's tests; nothing in the errcode package itself uses it.
package pages

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Page is what one file tells about one API.
type Page struct {
	// File is the file's path, as Read found it.
	File string
	// Path is the API's path in the canonical v4/service/command form.
	Path string
	// Codes are the numbers of the page's error-code table, ascending,
	// without repeats.
	Codes []int32
	// Examples are the page's JSON response examples, in page order.
	Examples []Example
}

// Example is one response example of a page.
type Example struct {
	// N is the example's position among the page's response examples,
	// counting from 1.
	N int
	// Text is the example as the page shows it, with its // comments
	// dropped. It may not be valid JSON: the pages have typos.
	Text string
	// JSON is Text with the pages' typos repaired (see Repair); it is nil
	// when even the repaired text is not a JSON object.
	JSON []byte
}

// urlPath finds an API path in a request URL with any host, as every page
// shows one: https://xxxxxx/v4/group_open_http_svc/add_group_member?sdkappid=…
var urlPath = regexp.MustCompile(`https?://[^/\s]+/(v4/[A-Za-z0-9_]+/[A-Za-z0-9_]+)\?`)

// barePath is a line holding nothing but an API path, as the cut copies of
// the shared reference folder give it on their second line, since the
// error-code section they keep has no request URL.
var barePath = regexp.MustCompile(`(?m)^(v4/[A-Za-z0-9_]+/[A-Za-z0-9_]+)\s*$`)

// APIPath returns the API path a page documents: the path of its first
// request URL, or else a line that holds only a path. It reports false
// for a page that names neither.
func APIPath(text string) (string, bool) {
	if m := urlPath.FindStringSubmatch(text); m != nil {
		return m[1], true
	}
	if m := barePath.FindStringSubmatch(text); m != nil {
		return m[1], true
	}
	return "", false
}

// sectionTitles are the headings of a page's error-code section, in the
// languages the pages come in, compared without ASCII case.
var sectionTitles = []string{"error codes", "error code", "error code description", "错误码", "错误码说明", "коды ошибок"}

// heading matches a Markdown heading and captures its level and text.
var heading = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)

// codeRow matches a table row whose first cell is a decimal code.
var codeRow = regexp.MustCompile(`^\|\s*(-?[0-9]+)\s*\|`)

// ErrorCodes returns the codes of a page's error-code table: every row
// whose first cell is a number, under a heading titled as sectionTitles
// says, up to the next heading of the same or a higher level. The rows
// are ascending and unique.
func ErrorCodes(text string) []int32 {
	var codes []int32
	level := 0 // the section's heading level; 0 outside it
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, "\r\n")
		if m := heading.FindStringSubmatch(line); m != nil {
			l := len(m[1])
			if level != 0 && l <= level {
				level = 0
			}
			title := strings.ToLower(strings.TrimSpace(strings.Trim(m[2], "*")))
			if level == 0 && slices.Contains(sectionTitles, title) {
				level = l
			}
			continue
		}
		if level == 0 {
			continue
		}
		if m := codeRow.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
			if n, err := strconv.ParseInt(m[1], 10, 32); err == nil {
				codes = append(codes, int32(n))
			}
		}
	}
	slices.Sort(codes)
	return slices.Compact(codes)
}

// fence matches a fenced code block, indented or not.
var fence = regexp.MustCompile("(?ms)^[ \t]*```[A-Za-z]*[ \t]*\r?\n(.*?)^[ \t]*```")

// ResponseExamples returns the JSON response examples of a page: every
// fenced block that, once its comments are dropped, begins with "{" and
// names ActionStatus or ErrorCode outside any nested object, as a response
// does and a request does not.
func ResponseExamples(text string) []Example {
	var out []Example
	for _, m := range fence.FindAllStringSubmatch(text, -1) {
		body := StripComments(m[1])
		t := strings.TrimSpace(body)
		if !strings.HasPrefix(t, "{") || !topLevelStatus(t) {
			continue
		}
		ex := Example{N: len(out) + 1, Text: t}
		if j := Repair(t); j != nil {
			ex.JSON = j
		}
		out = append(out, ex)
	}
	return out
}

// topLevelStatus reports whether "ActionStatus" or "ErrorCode" appears as a
// member name at depth one of the object text begins with.
func topLevelStatus(text string) bool {
	depth, inString := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case inString:
			if c == '\\' {
				i++
			} else if c == '"' {
				inString = false
			}
		case c == '"':
			if depth == 1 && (strings.HasPrefix(text[i:], `"ActionStatus"`) || strings.HasPrefix(text[i:], `"ErrorCode"`)) {
				return true
			}
			inString = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
		}
	}
	return false
}

// StripComments drops the // comments of a JSON example: from "//" outside
// a string to the end of its line.
func StripComments(text string) string {
	var b strings.Builder
	for line := range strings.Lines(text) {
		inString := false
		cut := len(line)
		for i := 0; i < len(line); i++ {
			c := line[i]
			if inString {
				if c == '\\' {
					i++
				} else if c == '"' {
					inString = false
				}
				continue
			}
			if c == '"' {
				inString = true
			} else if c == '/' && i+1 < len(line) && line[i+1] == '/' {
				cut = i
				break
			}
		}
		b.WriteString(strings.TrimRight(line[:cut], " \t\r\n"))
		b.WriteByte('\n')
	}
	return b.String()
}

var (
	// ellipsis is a placeholder element, "…", "...", "{ ... }", with its
	// separating comma.
	ellipsis = regexp.MustCompile(`(?m)^\s*(\{\s*\.\.\.\s*\}|\.{3,}|…)\s*,?\s*$`)
	// trailingComma is a comma before a closing bracket.
	trailingComma = regexp.MustCompile(`,(\s*[\]}])`)
	// missingComma is a value at the end of a line followed by a member
	// name on the next, with no comma between them.
	missingComma = regexp.MustCompile(`([0-9"\]}]|true|false|null)(\s*\n\s*")`)
)

// Repair mends the typos the pages' JSON examples have, and returns the
// result if it is a JSON object, else nil: full-width commas, non-breaking
// spaces, "..." placeholders, commas before a closing bracket and commas
// missing at the end of a line.
func Repair(text string) []byte {
	t := strings.ReplaceAll(text, "，", ",")
	t = strings.Map(func(r rune) rune {
		if r > 0x7f && unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, t)
	t = ellipsis.ReplaceAllString(t, "")
	t = trailingComma.ReplaceAllString(t, "$1")
	if !json.Valid([]byte(t)) {
		t = missingComma.ReplaceAllString(t, "$1,$2")
		t = trailingComma.ReplaceAllString(t, "$1")
	}
	b := bytes.TrimSpace([]byte(t))
	if !json.Valid(b) || b[0] != '{' {
		return nil
	}
	return b
}

// Parse reads one page. It reports false for a file that names no API.
func Parse(file, text string) (Page, bool) {
	path, ok := APIPath(text)
	if !ok {
		return Page{}, false
	}
	return Page{File: file, Path: path, Codes: ErrorCodes(text), Examples: ResponseExamples(text)}, true
}

// Read reads every Markdown file under the given directories, following
// no symbolic links, and returns the pages that name an API, in file name
// order.
func Read(dirs ...string) ([]Page, error) {
	var out []Page
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(path, ".md") {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if p, ok := Parse(path, string(b)); ok {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
