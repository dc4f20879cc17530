package errcode

// This file holds language choice: Code.Description and Error.Localize,
// which give a text in the language a tag selects, and AcceptLanguage,
// which picks that tag from an HTTP Accept-Language header.

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"
)

// supported are the languages this package has texts in, in the order the
// matcher's index is switched on: English first, as the fallback.
var supported = []language.Tag{
	language.English,
	language.SimplifiedChinese,
	language.TraditionalChinese, // the Simplified text is the closest there is
}

// matcherOnce builds matcherValue on first use, not at package
// initialization, which stays free of work and allocation.
var (
	matcherOnce  sync.Once
	matcherValue language.Matcher
)

func matcher() language.Matcher {
	matcherOnce.Do(func() { matcherValue = language.NewMatcher(supported) })
	return matcherValue
}

// chineseSubtags holds the subtags isChinese compares with. They are
// parsed on first use, so that package initialization stays free of work.
var (
	chineseOnce    sync.Once
	chineseSubtags struct {
		zh, cmn, chi, ug language.Base
		hans, hant       language.Script
		regions          [6]language.Region
	}
)

func parseChineseSubtags() {
	s := &chineseSubtags
	s.zh = language.MustParseBase("zh")
	s.cmn = language.MustParseBase("cmn")
	s.chi = language.MustParseBase("chi")
	s.ug = language.MustParseBase("ug")
	s.hans = language.MustParseScript("Hans")
	s.hant = language.MustParseScript("Hant")
	for i, r := range [...]string{"CN", "TW", "HK", "MO", "030", "142"} {
		s.regions[i] = language.MustParseRegion(r)
	}
}

// isChinese reports whether t gets the Chinese text. It gives
// the answer a language.Matcher over English, Simplified and Traditional
// Chinese gives, but decides from the tag's language, script and region
// alone, so that no tag costs a matcher run or an allocation and no
// sequence of tags can slow it down. The Chinese text goes to
//   - Chinese (zh, and cmn and chi, which the matcher reads as zh) with no
//     script or with the Han scripts Hans or Hant, in any region;
//   - Uyghur (ug) written in Hans or Hant, as the matcher has it;
//   - an undetermined language (und) written in Hans or Hant, or with no
//     script and a region whose likely language is Chinese: CN, TW, HK, MO,
//     Eastern Asia (030) and Asia (142).
//
// Every other tag gets English, und and private-use tags included.
// Variants and extensions do not count. TestDescriptionMatchesMatcher checks
// the rule against the matcher on every language, script and region that
// x/text knows.
func isChinese(t language.Tag) bool {
	chineseOnce.Do(parseChineseSubtags)
	i, exact := language.CompactIndex(t)
	if !exact {
		// t carries its subtags itself: Raw neither allocates nor
		// looks anything up.
		return chineseRule(t.Raw())
	}
	if v := compactChoice[i].Load(); v != 0 {
		return v == choiceChinese
	}
	// The first tag with this compact index. A compact tag with a "-u-rg-"
	// extension would allocate in Raw; its Parent is the same tag without
	// the extension (the same index), which does not.
	if p := t.Parent(); p != t {
		if j, ok := language.CompactIndex(p); ok && j == i {
			t = p
		}
	}
	zh := chineseRule(t.Raw())
	v := uint32(choiceEnglish)
	if zh {
		v = choiceChinese
	}
	compactChoice[i].Store(v)
	return zh
}

// compactChoice remembers isChinese's answer for each of x/text's compact
// tags (the common locales, such as en, zh-Hant-TW or de-CH), indexed by
// language.CompactIndex: 0 if not yet decided, else choiceEnglish or
// choiceChinese. It has a fixed entry per compact tag, so no tag can push
// another out; it only spares Raw and Parent, which are slower than a load.
var compactChoice [language.NumCompactTags]atomic.Uint32

const (
	choiceEnglish = 1
	choiceChinese = 2
)

// chineseRule is isChinese's decision on a tag's language, script and
// region.
func chineseRule(b language.Base, s language.Script, r language.Region) bool {
	id := &chineseSubtags
	han := s == id.hans || s == id.hant
	switch b {
	case id.zh, id.cmn, id.chi:
		return han || s == language.Script{}
	case id.ug:
		return han
	case language.Base{}: // und
		if s != (language.Script{}) {
			return han
		}
		return slices.Contains(id.regions[:], r)
	}
	return false
}

// Localize returns the error's message in the language t selects (see
// Code.Description): the same shape as Error, with the English text for
// every tag but Chinese ones. The server's detail is kept as it came.
func (e *Error) Localize(t language.Tag) string {
	switch {
	case e == nil:
		return "errcode: <nil>"
	case e.Code == 0:
		return e.noCodeMessage()
	}
	return e.Code.message(isChinese(t), e.ID, e.Detail)
}

// Description returns c's text in the language t selects, the one a
// language.Matcher over English, Simplified and Traditional Chinese would
// pick: the document's Chinese for every Chinese tag (zh, zh-CN, zh-Hans,
// zh-SG, and zh-TW, zh-HK, zh-Hant, for which the Simplified text is the
// closest there is), English for every other tag, language.Und included.
//
// An unlisted account system code gets the 「其他错误」 row's text; any other
// unlisted number gets a generic English text in every language, since the
// document has no Chinese for it. Description runs no matcher and never
// allocates: it decides from t's language, script and region.
func (c Code) Description(t language.Tag) string {
	in, _ := c.info()
	if in.Description != "" && isChinese(t) {
		return in.Description
	}
	return in.English
}

// AcceptLanguage picks the language to pass to Description from an HTTP
// Accept-Language header such as "zh-CN,zh;q=0.9,en;q=0.8": one of
// language.English, language.SimplifiedChinese and
// language.TraditionalChinese. An empty or malformed header, or one that
// names no language this package has, gives language.English.
//
// Only the entries that end within the header's first 256 bytes count,
// room for some twenty languages with their weights. The rest is not
// read, so a long header costs no more than a short one. Browsers send
// the same few headers again and again, so recent answers are remembered:
// for a header seen lately, AcceptLanguage neither parses nor allocates.
func AcceptLanguage(header string) language.Tag {
	header = headerPrefix(header)
	slot := &headerCache[headerHash(header)%uint32(len(headerCache))]
	if c := slot.Load(); c != nil && c.header == header {
		return supported[c.index]
	}
	i := matchHeader(header)
	slot.Store(&headerChoice{strings.Clone(header), i})
	return supported[i]
}

// matchHeader parses an Accept-Language header and returns the index in
// supported of the language it asks for, English if none.
func matchHeader(header string) int {
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil || len(tags) == 0 {
		return 0
	}
	_, i, conf := matcher().Match(tags...)
	if conf == language.No {
		return 0
	}
	return i
}

// headerPrefix returns the entries of an Accept-Language header that end
// within its first maxHeader bytes: all of a header that short, else the
// part before the last comma in reach, which is empty if the first entry
// is already longer.
func headerPrefix(header string) string {
	if len(header) <= maxHeader {
		return header
	}
	// A comma right after the first maxHeader bytes ends an entry within them.
	i := strings.LastIndexByte(header[:maxHeader+1], ',')
	if i < 0 {
		return ""
	}
	return header[:i]
}

// maxHeader is the length of the part of an Accept-Language header that
// AcceptLanguage reads. A browser's header with ten languages and their
// weights is about 100 bytes.
const maxHeader = 256

// headerCache remembers AcceptLanguage's recent answers in a small
// direct-mapped table: each header prefix has one slot, chosen by its
// hash, and a new one takes the slot over.
var headerCache [64]atomic.Pointer[headerChoice]

type headerChoice struct {
	header string
	index  int // in supported
}

// headerHash is 32-bit FNV-1a: cheap, and good enough to spread headers
// over the slots; a collision only costs a parse.
func headerHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
