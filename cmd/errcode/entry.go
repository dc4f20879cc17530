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
	// api is the API whose meaning of the code applies (-api); the zero
	// API for the general meaning.
	api errcode.API
	// nocode marks an entry of a batch response that failed without an
	// error code (FailAccounts, Result 0); its code is 0.
	nocode bool
	// apis asks for the apis: line (a lookup of CODE arguments).
	apis bool
	// folded marks an entry that counts the occurrences of its code whose
	// details and IDs were not kept, past maxFindings.
	folded bool
	// other marks the entry that counts the occurrences of every code past
	// maxRows; its code is 0.
	other bool
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
	return e.api.Describe(e.code)
}

// differs reports whether the entry's API gives its code a meaning of its
// own.
func (e entry) differs() bool { return e.api.Differs(e.code) }

// retry returns the entry's retry hint: its API's where that differs.
func (e entry) retry() errcode.Retry { return e.info().Retry }

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
	return e.differs() || !e.info().Sources.Has(errcode.SourceDocument)
}

// chinese and english return the entry's description in each language,
// as Code.Description gives it.
// An API's own meaning, where it has one, comes first.
func (e entry) chinese() string {
	if e.differs() {
		return e.info().Description
	}
	return e.code.Description(language.SimplifiedChinese)
}

func (e entry) english() string {
	if e.differs() {
		return e.info().English
	}
	return e.code.Description(language.English)
}

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
