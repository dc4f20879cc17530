package errcode

// This file holds Source, the set of official sources that name a code,
// and its text form.

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/errcode-im/errcode/internal/ascii"
)

// Source is a set of the official sources that name a code.
type Source uint8

// The sources. A code may have any combination, and has at least one.
const (
	// SourceDocument is the error-code document this package started from
	// (testdata/error-codes.md). A code with it has the document's Chinese
	// text, verbatim, as its Description.
	SourceDocument Source = 1 << iota
	// SourceWebPage is Tencent Cloud IM's online error-code page, in its
	// current or its previous revision.
	SourceWebPage
	// SourceSDK is an official client SDK header, which also gives the
	// code's SDKName.
	SourceSDK
	// SourceAPIPage is the page of one or more REST APIs, whose error-code
	// section lists the code; API.Codes and Code.APIs say which APIs.
	SourceAPIPage
)

var sourceNames = [...]string{"document", "webpage", "sdk", "apipage"}

// String joins the names of the sources in s with "|", in the order
// document, webpage, sdk, apipage: "document|webpage|sdk", "webpage", or "" for an
// empty set. Bits that are not sources are written as "Source(0xNN)".
func (s Source) String() string {
	if s == SourceDocument|SourceWebPage|SourceSDK {
		return "document|webpage|sdk" // the commonest set, without allocating
	}
	var b []byte
	for i, name := range sourceNames {
		if s&(1<<i) != 0 {
			if len(b) > 0 {
				b = append(b, '|')
			}
			b = append(b, name...)
		}
	}
	if extra := s &^ (1<<len(sourceNames) - 1); extra != 0 {
		if len(b) > 0 {
			b = append(b, '|')
		}
		b = append(b, "Source(0x"...)
		b = strconv.AppendUint(b, uint64(extra), 16)
		b = append(b, ')')
	}
	return string(b)
}

// Has reports whether s includes every source in t.
func (s Source) Has(t Source) bool {
	return s&t == t
}

// MarshalText encodes the set as its String.
func (s Source) MarshalText() ([]byte, error) {
	return []byte(s.String()), nil
}

// UnmarshalText decodes a set from its String: source names joined by "|",
// in any order and ASCII letter case, and "Source(0xNN)" for bits that are
// not sources; empty text is the empty set.
func (s *Source) UnmarshalText(text []byte) error {
	var v Source
	if len(text) > 0 {
		for part := range strings.SplitSeq(string(text), "|") {
			if i := slices.IndexFunc(sourceNames[:], func(name string) bool { return ascii.EqualFold(part, name) }); i >= 0 {
				v |= 1 << i
				continue
			}
			hex, ok := strings.CutPrefix(part, "Source(0x")
			hex, ok2 := strings.CutSuffix(hex, ")")
			n, err := strconv.ParseUint(hex, 16, 8)
			if !ok || !ok2 || err != nil || n == 0 || n&(1<<len(sourceNames)-1) != 0 {
				return errors.New("errcode: unknown source " + strconv.Quote(part))
			}
			v |= Source(n)
		}
	}
	*s = v
	return nil
}
