package main

import (
	"time"

	"github.com/errcode-im/errcode"
	"golang.org/x/text/language"
)

// entry is one code to print, with what the input said about it.
type entry struct {
	code errcode.Code
	// known reports whether an official source lists the code
	// (errcode.Lookup).
	known bool
	// cut reports that the input held only the start of the number, so
	// code is not the code the input meant; only input has one.
	cut bool
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
	if e.cut {
		return errcode.Info{}
	}
	return errcode.Describe(e.code)
}

// covered reports whether the entry is a code no source lists one by one
// that a range covers: the account system's 「其他错误」 row, or a range the
// online page reserves for codes an app's own callbacks return.
func (e entry) covered() bool {
	return !e.known && !e.cut && e.code.Category() != errcode.CategoryUnknown
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
