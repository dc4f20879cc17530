package errcode_test

// Tests of the promises the README and the doc comments make about cost
// and about text round trips: what Description and AcceptLanguage cost
// whatever came before, which spellings the text decoders accept, and how
// often each path allocates.

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
)

// promiseSink keeps benchmark results alive.
var promiseSink struct {
	text string
	tag  language.Tag
}

// referenceMatcher is what Description answered with before it decided
// from the subtags: a language.Matcher over the package's three languages.
var referenceMatcher = sync.OnceValue(func() language.Matcher {
	return language.NewMatcher([]language.Tag{language.English, language.SimplifiedChinese, language.TraditionalChinese})
})

// matcherWantsChinese reports whether the reference matcher serves t the
// Chinese text.
func matcherWantsChinese(t language.Tag) bool {
	_, i, conf := referenceMatcher().Match(t)
	return conf != language.No && i > 0
}

// knownBases returns every base language x/text knows, found by parsing
// every two- and three-letter code.
func knownBases() []string {
	var out []string
	seen := map[language.Base]bool{}
	try := func(s string) {
		if b, err := language.ParseBase(s); err == nil && !seen[b] {
			seen[b] = true
			out = append(out, s)
		}
	}
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			try(string([]rune{a, b}))
			for c := 'a'; c <= 'z'; c++ {
				try(string([]rune{a, b, c}))
			}
		}
	}
	return out
}

// knownRegions returns every region x/text knows: the ISO 3166 codes and
// the UN M.49 numbers.
func knownRegions() []string {
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if r, err := language.ParseRegion(string([]rune{a, b})); err == nil {
				out = append(out, r.String())
			}
		}
	}
	for n := range 1000 {
		if r, err := language.ParseRegion(fmt.Sprintf("%03d", n)); err == nil && r.M49() == n {
			out = append(out, r.String())
		}
	}
	return out
}

// knownScripts returns every ISO 15924 script x/text knows.
func knownScripts() []string {
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			for c := 'a'; c <= 'z'; c++ {
				for d := 'a'; d <= 'z'; d++ {
					s := string([]rune{a, b, c, d})
					if _, err := language.ParseScript(s); err == nil {
						out = append(out, s)
					}
				}
			}
		}
	}
	return out
}

// TestDescriptionMatchesMatcher checks that Description, which decides
// from a tag's subtags, picks the text the reference matcher picks, on
// every base language x/text knows (alone, in the Han scripts and in the
// regions where Chinese is likely), on und, zh, cmn and ug in every script
// and every region, and on a table of tags written by hand: deprecated and
// macrolanguage codes, other Chinese languages, private use, extensions.
// There is no deliberate difference: every tag below gets the same text.
func TestDescriptionMatchesMatcher(t *testing.T) {
	tags := []string{
		"zh", "zh-CN", "zh-TW", "zh-HK", "zh-MO", "zh-SG", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hans-HK",
		"zho", "chi", "cmn", "cmn-Hant", "zh-cmn", "zh-guoyu", "zh-min-nan", "zh-yue", "zh-hakka", "zh-xiang",
		"yue", "yue-Hant", "yue-HK", "wuu", "hak", "nan", "gan", "hsn", "lzh", "cdo", "zhx",
		"ug", "ug-Hans", "ug-Arab-CN", "bo-CN", "ii", "za", "ja", "ja-Hani", "ko-Hang", "en-CN", "ja-CN",
		"zh-Latn", "zh-Latn-pinyin", "zh-pinyin", "zh-Bopo", "zh-Hani", "zh-Zmth", "zh-Zmth-CN", "zh-Zyyy", "zh-Zzzz", "zh-Qaaa",
		"und", "und-CN", "und-TW", "und-HK", "und-MO", "und-SG", "und-US", "und-030", "und-142", "und-001", "und-419",
		"und-Hans", "und-Hant", "und-Hani", "und-Bopo", "und-Latn-CN", "und-Hans-US", "und-Zzzz",
		"en", "en-US", "en-GB", "en-x-junk1", "zh-x-junk1", "zh-Hant-TW-x-a", "und-x-zh", "x-zh", "x-foo", "und-CN-x-foo",
		"i-default", "i-klingon", "qaa", "qtz-CN",
		"en-u-rg-cnzzzz", "en-u-rg-uszzzz", "und-u-rg-cnzzzz", "zh-u-rg-uszzzz", "zh-Hant-u-rg-twzzzz",
		"zh-u-co-pinyin", "zh-Hans-u-nu-hanidec", "de-CH-1996", "ca-ES-valencia",
	}
	var empty language.Tag
	check := func(tag language.Tag, name string) {
		want := matcherWantsChinese(tag)
		text := errcode.GroupNotFound.Description(tag)
		info := must(errcode.Lookup(errcode.GroupNotFound))
		assert.Equal(t, want, text == info.Description, "%q (%s): the matcher serves Chinese: %v", name, tag, want)
	}
	parse := func(s string) {
		for _, canon := range []language.CanonType{language.Default, language.Raw} {
			if tag, err := canon.Parse(s); err == nil {
				check(tag, s)
			}
		}
	}
	for _, s := range tags {
		parse(s)
	}
	check(empty, "the zero Tag")
	for _, b := range knownBases() {
		for _, sub := range []string{"", "-Hans", "-Hant", "-CN", "-TW", "-Hant-HK"} {
			parse(b + sub)
		}
	}
	for _, b := range []string{"und", "zh", "cmn", "ug"} {
		for _, s := range knownScripts() {
			parse(b + "-" + s)
		}
		for _, r := range knownRegions() {
			parse(b + "-" + r)
		}
	}
}

// junkTags returns n distinct tags as a caller might send them to fill a
// cache: private-use extensions on English, Chinese and und, and each
// base language x/text knows with an unusual region.
func junkTags(n int, prefix string) []language.Tag {
	bases := knownBases()
	tags := make([]language.Tag, 0, n)
	for i := 0; len(tags) < n; i++ {
		var s string
		switch i % 4 {
		case 0:
			s = fmt.Sprintf("en-x-%s%d", prefix, i)
		case 1:
			s = fmt.Sprintf("zh-Hant-x-%s%d", prefix, i)
		case 2:
			s = fmt.Sprintf("und-x-%s%d", prefix, i)
		default:
			s = bases[i%len(bases)] + "-AQ-x-" + prefix
		}
		tags = append(tags, language.Make(s))
	}
	return tags
}

// compactTags returns x/text's compact tags (the common locales, such as
// en, en-US or zh-Hant-TW) that a base language alone or with a region
// makes, and for each base language among them the same tag with a "-u-rg-"
// region override that keeps it compact, such as en-u-rg-uszzzz. Raw
// allocates for those, so Description must not call it on them.
func compactTags() (plain, withOverride []language.Tag) {
	compact := func(s string) (language.Tag, bool) {
		tag, err := language.Parse(s)
		_, exact := language.CompactIndex(tag)
		return tag, err == nil && exact
	}
	regions := knownRegions()
	for _, b := range knownBases() {
		tag, ok := compact(b)
		if !ok {
			continue
		}
		plain = append(plain, tag)
		overridden := false
		for _, r := range regions {
			local, ok := compact(b + "-" + r)
			if !ok || local == tag {
				continue
			}
			plain = append(plain, local)
			if !overridden && len(r) == 2 {
				if tag, ok := compact(b + "-u-rg-" + strings.ToLower(r) + "zzzz"); ok {
					withOverride = append(withOverride, tag)
					overridden = true
				}
			}
		}
	}
	return plain, withOverride
}

// TestDescriptionAfterJunkTags sends Description 1,000 distinct junk tags,
// then checks that no tag allocates, whether Description saw it before or
// not, and that the answers stay right.
func TestDescriptionAfterJunkTags(t *testing.T) {
	info := must(errcode.Lookup(errcode.GroupNotFound))
	for _, tag := range junkTags(1000, "junk") {
		_ = errcode.GroupNotFound.Description(tag)
	}
	fresh := junkTags(1000, "fresh")
	plain, overridden := compactTags()
	tests := []struct {
		name    string
		tags    []language.Tag
		chinese bool // for a lone tag, the matcher's choice
	}{
		{"zh-Hant-TW", []language.Tag{language.MustParse("zh-Hant-TW")}, true},
		{"zh-TW", []language.Tag{language.MustParse("zh-TW")}, true},
		{"zh-CN", []language.Tag{language.MustParse("zh-CN")}, true},
		{"SimplifiedChinese", []language.Tag{language.SimplifiedChinese}, true},
		{"English", []language.Tag{language.English}, false},
		{"en-US", []language.Tag{language.AmericanEnglish}, false},
		{"zero Tag", []language.Tag{{}}, false},
		{"zh-u-rg-uszzzz", []language.Tag{language.MustParse("zh-u-rg-uszzzz")}, true},
		{"en-u-rg-uszzzz", []language.Tag{language.MustParse("en-u-rg-uszzzz")}, false},
		{"zh-Hant-u-rg-twzzzz", []language.Tag{language.MustParse("zh-Hant-u-rg-twzzzz")}, true},
		{"fresh junk tags", fresh, false},
		{"compact tags", plain, false},
		{"compact tags with -u-rg-", overridden, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := 0
			allocs := testing.AllocsPerRun(max(len(tt.tags), 100), func() {
				_ = errcode.GroupNotFound.Description(tt.tags[i%len(tt.tags)])
				i++
			})
			assert.Zero(t, allocs)
			if len(tt.tags) == 1 {
				assert.Equal(t, tt.chinese, matcherWantsChinese(tt.tags[0]), "the matcher's choice")
			}
			for _, tag := range tt.tags {
				want := info.English
				if matcherWantsChinese(tag) {
					want = info.Description
				}
				assert.Equal(t, want, errcode.GroupNotFound.Description(tag), "%s", tag)
			}
		})
	}
}

// BenchmarkDescriptionAfterJunkTags measures Description once 1,000
// distinct junk tags have been through it: a Traditional Chinese tag,
// a tag that is not one of x/text's compact tags, and junk tags it has
// not seen before.
func BenchmarkDescriptionAfterJunkTags(b *testing.B) {
	for _, tag := range junkTags(1000, "junk") {
		_ = errcode.GroupNotFound.Description(tag)
	}
	for _, bb := range []struct {
		name string
		tags []language.Tag
	}{
		{"zh-Hant-TW", []language.Tag{language.MustParse("zh-Hant-TW")}},
		{"zh-TW", []language.Tag{language.MustParse("zh-TW")}},
		{"en-u-rg-uszzzz", []language.Tag{language.MustParse("en-u-rg-uszzzz")}},
		{"new junk tags", junkTags(4096, "new")},
	} {
		b.Run(bb.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				promiseSink.text = errcode.GroupNotFound.Description(bb.tags[i%len(bb.tags)])
			}
		})
	}
}

// TestDescriptionFirstSight checks in a fresh process, where Description
// has seen no tag yet, that the first sight of each compact tag does not
// allocate either: the compact tags with a region override first, then
// the others.
func TestDescriptionFirstSight(t *testing.T) {
	if os.Getenv("ERRCODE_FIRST_SIGHT") != "1" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDescriptionFirstSight$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), "ERRCODE_FIRST_SIGHT=1")
		out, err := cmd.CombinedOutput()
		assert.NoError(t, err, "%s", out)
		assert.Contains(t, string(out), "--- PASS: TestDescriptionFirstSight", "the check ran")
		return
	}
	plain, overridden := compactTags()
	require.Greater(t, len(overridden), 100, "compact tags with a region override")
	require.Greater(t, len(plain), 500, "compact tags")
	for _, tags := range [][]language.Tag{overridden, plain} {
		i := 0
		allocs := testing.AllocsPerRun(len(tags)-1, func() {
			_ = errcode.GroupNotFound.Description(tags[i])
			i++
		})
		assert.Zero(t, allocs, "%d tags from %s on", len(tags), tags[0])
		assert.Equal(t, len(tags), i, "every tag was tried")
	}
}

// acceptLanguageMiB is a header of 1 MiB: many entries of 11 bytes each,
// "xx;q=0.NNN,", no two of the first thousand alike, so that a header
// that starts at entry k, for k below 1,000, is not the same as any other
// in its first 256 bytes either.
func acceptLanguageMiB() (header string, entry int) {
	const langs = "frdejakoesitptru"
	var b strings.Builder
	for i := 0; b.Len() < 1<<20+11*1000; i++ {
		fmt.Fprintf(&b, "%s;q=0.%03d,", langs[i%8*2:i%8*2+2], (i*7+1)%1000)
	}
	return b.String(), 11
}

// TestAcceptLanguageLongHeader checks that AcceptLanguage reads only the
// entries within a header's first 256 bytes: what comes after them changes
// nothing, even a better match or a malformed entry, and a 1 MiB header
// costs no more allocations than its first 300 bytes do.
func TestAcceptLanguageLongHeader(t *testing.T) {
	long, n := acceptLanguageMiB()
	// fill is 251 bytes of entries, so that "zh-TW" after it ends at byte
	// 256; after fill1 it ends at byte 257.
	fill := strings.Repeat("fr;q=0.5,", 23) + strings.Repeat("fr;q=0.125,", 4)
	fill1 := "fr;q=0.50," + fill[len("fr;q=0.5,"):]
	require.Len(t, fill, 251)
	require.Len(t, fill1, 252)
	tests := []struct {
		name, header string
		want         language.Tag
	}{
		{"Chinese first, then 1 MiB", "zh-CN," + long, language.SimplifiedChinese},
		{"Chinese after 1 MiB", long + "zh-CN", language.English},
		{"Chinese after 300 bytes", strings.Repeat("de;q=0.5,", 300/9) + "zh-TW", language.English},
		{"an entry ending at byte 256", fill + "zh-TW," + long, language.TraditionalChinese},
		{"an entry ending at byte 257", fill1 + "zh-TW," + long, language.English},
		{"a header of 256 bytes", fill + "zh-TW", language.TraditionalChinese},
		{"a header of 257 bytes", fill1 + "zh-TW", language.English},
		{"malformed after the first 256 bytes", "zh-TW," + fill + strings.Repeat("%%%;q=x,", 1<<17), language.TraditionalChinese},
		{"malformed within them", "zh-TW,%%%;q=x," + long, language.English},
		{"a first entry over 256 bytes", "zh-" + strings.Repeat("abcdefgh-", 30) + ",zh", language.English},
		{"no comma in 1 MiB", strings.Repeat("z", 1<<20), language.English},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, errcode.AcceptLanguage(tt.header), tt.name)
		assert.Equal(t, tt.want, errcode.AcceptLanguage(tt.header), "%s, again", tt.name)
	}

	// Headers that start at different entries of the long one: each is new
	// to AcceptLanguage, so each is parsed. Their first 300 bytes cost as
	// many allocations as the whole header, 1 MiB, does.
	const runs = 400
	allocs := func(size int, from int) float64 {
		i := from
		return testing.AllocsPerRun(runs, func() {
			h := long[i*n:]
			_ = errcode.AcceptLanguage(h[:min(size, len(h))])
			i++
		})
	}
	short := allocs(300, 0)
	whole := allocs(len(long), runs+1)
	assert.Greater(t, short, 0.0, "a new header is parsed")
	assert.LessOrEqual(t, whole, short, "a 1 MiB header is parsed no further than its first 300 bytes")
}

// BenchmarkAcceptLanguageLongHeader parses 1 MiB headers that AcceptLanguage
// has not seen lately, and then one it has.
func BenchmarkAcceptLanguageLongHeader(b *testing.B) {
	long, n := acceptLanguageMiB()
	b.Run("new", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			promiseSink.tag = errcode.AcceptLanguage(long[i%1000*n:])
		}
	})
	b.Run("seen", func(b *testing.B) {
		for b.Loop() {
			promiseSink.tag = errcode.AcceptLanguage(long)
		}
	})
}

// namedValues returns every category and retry hint that has a name, as
// their String gives it, with a decoder for each kind: what UnmarshalText
// makes of a text, and for categories what ParseCategory does.
func namedValues() (names []string, decode map[string]func(string) (int, bool)) {
	for c := range 256 {
		if s := errcode.Category(c).String(); !strings.HasPrefix(s, "Category(") {
			names = append(names, "category "+s)
		}
	}
	for r := range 256 {
		if s := errcode.Retry(r).String(); !strings.HasPrefix(s, "Retry(") {
			names = append(names, "retry "+s)
		}
	}
	decode = map[string]func(string) (int, bool){
		"category": func(s string) (int, bool) {
			var c errcode.Category
			err := c.UnmarshalText([]byte(s))
			return int(c), err == nil
		},
		"retry": func(s string) (int, bool) {
			var r errcode.Retry
			err := r.UnmarshalText([]byte(s))
			return int(r), err == nil
		},
		"ParseCategory": func(s string) (int, bool) {
			c, ok := errcode.ParseCategory(s)
			return int(c), ok
		},
	}
	return names, decode
}

// TestTextDecodingFoldsASCIIOnly checks that category and retry names
// match in any case of their ASCII letters and in no other spelling: not
// with a character that Unicode case folding takes to one of their
// letters, such as the long s (U+017F) or the Kelvin sign (U+212A).
func TestTextDecodingFoldsASCIIOnly(t *testing.T) {
	names, decode := namedValues()
	unicodeForms := 0
	for _, kn := range names {
		kind, name, _ := strings.Cut(kn, " ")
		decoders := []string{kind}
		if kind == "category" && name != "unknown" {
			decoders = append(decoders, "ParseCategory")
		}
		want, ok := decode[kind](name)
		require.True(t, ok, "%s decodes", kn)

		title := strings.ToUpper(name[:1]) + name[1:]
		var alternate strings.Builder
		for i, r := range name {
			if i%2 == 1 {
				r = unicode.ToUpper(r)
			}
			alternate.WriteRune(r)
		}
		for _, d := range decoders {
			for _, s := range []string{name, strings.ToUpper(name), title, alternate.String()} {
				got, ok := decode[d](s)
				assert.True(t, ok, "%s(%q)", d, s)
				assert.Equal(t, want, got, "%s(%q)", d, s)
			}
		}

		// Each letter in turn replaced by every other character of its
		// case-folding orbit that is not ASCII.
		for i, r := range name {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if f <= unicode.MaxASCII {
					continue
				}
				s := name[:i] + string(f) + name[i+1:]
				require.True(t, strings.EqualFold(s, name), "%q folds to %q", s, name)
				unicodeForms++
				for _, d := range decoders {
					_, ok := decode[d](s)
					assert.False(t, ok, "%s(%q) accepts a Unicode case fold", d, s)
				}
			}
		}
	}
	assert.GreaterOrEqual(t, unicodeForms, 10, "names with a letter Unicode folds, such as s and k")
	for _, s := range []string{"ſdk", "ſns", "un\u212anown", "tranſient", "reſt", "openmſg", "", " sdk", "sdk ", "SDK\x00", "groups"} {
		for _, d := range []string{"category", "retry", "ParseCategory"} {
			_, ok := decode[d](s)
			assert.False(t, ok, "%s(%q)", d, s)
		}
	}
	var info errcode.Info
	assert.Error(t, json.Unmarshal([]byte(`{"Category":"\u017fdk"}`), &info))
	assert.Error(t, json.Unmarshal([]byte(`{"Retry":"tran\u017fient"}`), &info))
}

// TestTextRoundTrip checks that what MarshalText gives, UnmarshalText
// takes back to the same value, for all 256 values of Category and of
// Retry, named or not, directly and inside an Info in JSON; and that the
// numbered form is accepted only as String writes it.
func TestTextRoundTrip(t *testing.T) {
	for v := range 256 {
		c := errcode.Category(v)
		text, err := c.MarshalText()
		require.NoError(t, err)
		var c2 errcode.Category
		if assert.NoError(t, c2.UnmarshalText(text), "%s", text) {
			assert.Equal(t, c, c2, "%s", text)
		}

		r := errcode.Retry(v)
		text, err = r.MarshalText()
		require.NoError(t, err)
		var r2 errcode.Retry
		if assert.NoError(t, r2.UnmarshalText(text), "%s", text) {
			assert.Equal(t, r, r2, "%s", text)
		}

		in := errcode.Info{Code: 1, Category: c, Retry: r}
		out, err := json.Marshal(in)
		require.NoError(t, err)
		var back errcode.Info
		if assert.NoError(t, json.Unmarshal(out, &back), "%s", out) {
			assert.Equal(t, in, back, "%s", out)
		}
	}
	assert.Equal(t, "Category(255)", errcode.Category(255).String())
	assert.Equal(t, "Retry(255)", errcode.Retry(255).String())

	for _, n := range []string{"256", "999", "1000", "4294967297", "-1", "+1", "007", "00", "", " 1", "1 ", "1_0", "0x1", "\u0661"} {
		for _, prefix := range []string{"Category(", "Retry("} {
			s := prefix + n + ")"
			var c errcode.Category
			var r errcode.Retry
			assert.Error(t, c.UnmarshalText([]byte(s)), "Category %q", s)
			assert.Error(t, r.UnmarshalText([]byte(s)), "Retry %q", s)
		}
	}
	for _, s := range []string{"Retry(3)", "category(3)", "CATEGORY(3)", "Category(3", "Category3)", "Category(3))", "Category(3)x", "(3)"} {
		var c errcode.Category
		assert.Error(t, c.UnmarshalText([]byte(s)), "Category %q", s)
	}
	for _, s := range []string{"Category(3)", "retry(3)", "RETRY(3)", "Retry(3", "Retry3)", "Retry(3)x"} {
		var r errcode.Retry
		assert.Error(t, r.UnmarshalText([]byte(s)), "Retry %q", s)
	}
	var c errcode.Category
	assert.NoError(t, c.UnmarshalText([]byte("Category(3)")), "a number that has a name")
	assert.Equal(t, errcode.Category(3), c)
	assert.EqualError(t, c.UnmarshalText([]byte("Category(256)")), `errcode: unknown category "Category(256)"`)
}

// codeCarrier is an error from another package that hands out a code
// through an As method.
type codeCarrier struct{ c errcode.Code }

func (e codeCarrier) Error() string { return "carrier" }

func (e codeCarrier) As(target any) bool {
	if p, ok := target.(*errcode.Code); ok {
		*p = e.c
		return true
	}
	return false
}

// TestAllocationClaims holds each allocation claim of the README and the
// doc comments (FromResponse and Error aside) on every path it covers: a
// listed code, an unlisted one, one of the account system's 其他错误 range,
// and the edges of int32.
func TestAllocationClaims(t *testing.T) {
	codes := []struct {
		name   string
		c      errcode.Code
		listed bool
	}{
		{"listed", errcode.GroupNotFound, true},
		{"listed, account system", errcode.AccountFreqLimit, true},
		{"unlisted", 12345, false},
		{"unlisted, account range", 70777, false},
		{"unlisted, webhook ranges", 38500, false},
		{"unlisted, negative", -10002, false},
		{"listed, negative", errcode.AccessKeyExpired, true},
		{"zero", 0, false},
		{"MaxInt32", math.MaxInt32, false},
		{"MinInt32", math.MinInt32, false},
	}
	tags := []language.Tag{language.English, language.SimplifiedChinese, language.MustParse("zh-TW"), language.MustParse("en-u-rg-uszzzz"), language.MustParse("en-x-claims")}
	var (
		str   string
		cat   errcode.Category
		retry errcode.Retry
		yes   bool
	)
	for _, tt := range codes {
		_, listed := errcode.Lookup(tt.c)
		require.Equal(t, tt.listed, listed, "%d listed", tt.c)
		nameAllocs := 0.0
		if !tt.listed {
			nameAllocs = 1
		}
		checks := []struct {
			what string
			want float64
			fn   func()
		}{
			{"Lookup", 0, func() { info, _ := errcode.Lookup(tt.c); str = info.Name }},
			{"Name", nameAllocs, func() { str = tt.c.Name() }},
			{"Category", 0, func() { cat = tt.c.Category() }},
			{"Retry", 0, func() { retry = tt.c.Retry() }},
			{"Retryable", 0, func() { yes = tt.c.Retryable() }},
			{"Description", 0, func() {
				for _, tag := range tags {
					str = tt.c.Description(tag)
				}
			}},
		}
		for _, ch := range checks {
			assert.Equal(t, ch.want, testing.AllocsPerRun(100, ch.fn), "%s of %d (%s)", ch.what, tt.c, tt.name)
		}
		assert.Equal(t, !tt.listed, "Code("+strconv.Itoa(int(tt.c))+")" == tt.c.Name(), "%d: Name %q", tt.c, tt.c.Name())
	}

	// CodeOf: every kind of chain it walks.
	foreign := errors.New("foreign")
	chains := map[string]error{
		"nil":                   nil,
		"a Code":                errcode.GroupNotFound,
		"an *Error":             &errcode.Error{Code: errcode.GroupNotFound, Detail: "d"},
		"an *Error without one": &errcode.Error{Detail: "d"},
		"wrapped":               fmt.Errorf("a: %w", fmt.Errorf("b: %w", errcode.GroupNotFound)),
		"joined":                errors.Join(foreign, fmt.Errorf("c: %w", &errcode.Error{Code: 70001})),
		"no code":               fmt.Errorf("e: %w", foreign),
	}
	for name, err := range chains {
		assert.Zero(t, testing.AllocsPerRun(100, func() { _, yes = errcode.CodeOf(err) }), "CodeOf, %s", name)
	}
	// An As method of the caller's own gets a *Code, which escapes.
	withAs := fmt.Errorf("d: %w", codeCarrier{errcode.GroupNotFound})
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { _, yes = errcode.CodeOf(withAs) }), "CodeOf, an As method")
	got, ok := errcode.CodeOf(withAs)
	assert.True(t, ok)
	assert.Equal(t, errcode.GroupNotFound, got)

	// UnmarshalJSON of a valid number, bare or quoted, and of null.
	for _, data := range []string{`10010`, `"70001"`, `-302`, `"-2147483648"`, `null`} {
		assert.Zero(t, testing.AllocsPerRun(100, func() {
			var c errcode.Code
			_ = c.UnmarshalJSON([]byte(data))
		}), "UnmarshalJSON(%s)", data)
	}

	// AcceptLanguage, for a header it has seen lately, long ones included.
	var tag language.Tag
	for _, h := range []string{"zh-CN,zh;q=0.9,en;q=0.8", "", "fr", strings.Repeat("de;q=0.5,", 1000) + "zh"} {
		_ = errcode.AcceptLanguage(h)
		assert.Zero(t, testing.AllocsPerRun(100, func() { tag = errcode.AcceptLanguage(h) }), "AcceptLanguage(%.30q)", h)
	}
	_, _, _, _, _ = str, cat, retry, yes, tag
}
