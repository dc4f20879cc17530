package errcode_test

// Tests of language.go: Description, AcceptLanguage and Localize.

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
)

// TestDescriptionLanguages is the matching table of the English texts issue.
func TestDescriptionLanguages(t *testing.T) {
	info := must(errcode.Lookup(errcode.GroupNotFound))
	tests := []struct {
		tag     string
		chinese bool
	}{
		{"zh", true}, {"zh-CN", true}, {"zh-Hans", true}, {"zh-SG", true}, {"zh-Hans-CN", true},
		{"zh-TW", true}, {"zh-HK", true}, {"zh-Hant", true}, {"zh-MO", true}, {"zh-Hant-TW", true},
		{"und-CN", true},
		{"en", false}, {"en-US", false}, {"en-GB", false}, {"en-CN", false},
		{"fr", false}, {"ja", false}, {"ko", false}, {"de-CH", false}, {"es-419", false},
		{"yue", false}, {"und", false}, {"zh-Latn", false},
	}
	for _, tt := range tests {
		tag := language.MustParse(tt.tag)
		want := info.English
		if tt.chinese {
			want = info.Description
		}
		assert.Equal(t, want, errcode.GroupNotFound.Description(tag), "tag %s", tt.tag)
		// Twice: the second answer comes from the cache.
		assert.Equal(t, want, errcode.GroupNotFound.Description(tag), "tag %s again", tt.tag)
	}
	assert.Equal(t, info.English, errcode.GroupNotFound.Description(language.Und))
	assert.Equal(t, info.English, errcode.GroupNotFound.Description(language.Tag{}))

	// Unlisted numbers.
	unknown := errcode.Code(12345).Description(language.English)
	assert.Equal(t, unknown, errcode.Code(12345).Description(language.Chinese), "no Chinese text exists for an unlisted number")
	assert.Contains(t, unknown, "no official Tencent Cloud IM source")
	assert.Equal(t, "内部错误，请重试，如多次重试不成功，请@TLS帐号支持，QQ 3268519604", errcode.Code(70777).Description(language.Chinese))
	assert.NotContains(t, errcode.Code(70777).Description(language.English), "内部")
}

func TestAcceptLanguage(t *testing.T) {
	tests := []struct {
		header string
		want   language.Tag
	}{
		{"zh-CN,zh;q=0.9,en;q=0.8", language.SimplifiedChinese},
		{"zh", language.SimplifiedChinese},
		{"zh-SG", language.SimplifiedChinese},
		{"zh-TW,zh;q=0.9", language.TraditionalChinese},
		{"zh-HK", language.TraditionalChinese},
		{"en-US,en;q=0.9,zh-CN;q=0.8", language.English},
		{"en", language.English},
		{"fr-FR,fr;q=0.9", language.English},
		{"fr-FR,zh;q=0.5", language.SimplifiedChinese},
		{"ja,en;q=0.5", language.English},
		{"*", language.English},
		{"", language.English},
		{"zh;q=0", language.English},
		{"en;q=0.1, zh-CN;q=0.9", language.SimplifiedChinese},
		{"garbage;;;q=x", language.English},
		{"zh-CN;q=abc", language.English},
		{strings.Repeat("a", 10000), language.English},
		{"\x00\xff", language.English},
	}
	for _, tt := range tests {
		got := errcode.AcceptLanguage(tt.header)
		assert.Equal(t, tt.want, got, "header %q", tt.header)
		info := must(errcode.Lookup(errcode.GroupNotFound))
		if tt.want == language.English {
			assert.Equal(t, info.English, errcode.GroupNotFound.Description(got))
		} else {
			assert.Equal(t, info.Description, errcode.GroupNotFound.Description(got))
		}
	}
}

// TestAcceptLanguageManyHeaders sends more distinct headers than the cache
// has slots, some longer than it keeps, twice over: the answers stay right.
func TestAcceptLanguageManyHeaders(t *testing.T) {
	for round := 0; round < 2; round++ {
		for i := 0; i < 200; i++ {
			q := fmt.Sprintf("0.%d", i%9+1)
			zh := fmt.Sprintf("fr;q=0.05, zh-CN;q=%s, x-%d;q=0.01", q, i)
			en := fmt.Sprintf("en-GB, zh;q=0.%d, x-%d;q=0.01", i%9, i)
			if i%10 == 0 {
				zh += strings.Repeat(", de;q=0.01", 30)
			}
			assert.Equal(t, language.SimplifiedChinese, errcode.AcceptLanguage(zh), zh)
			assert.Equal(t, language.English, errcode.AcceptLanguage(en), en)
		}
	}
}

// TestDescriptionManyTags sends many distinct tags, twice: the answers
// depend on the tag alone, not on what came before.
func TestDescriptionManyTags(t *testing.T) {
	info := must(errcode.Lookup(errcode.GroupNotFound))
	regions := []string{"US", "GB", "CN", "TW", "HK", "SG", "MO", "DE", "FR", "JP", "AU", "CA", "IN", "BR", "MY", "NZ"}
	for round := 0; round < 2; round++ {
		for _, base := range []string{"zh", "en", "fr", "de", "ja", "es", "ko", "ru"} {
			for _, region := range regions {
				tag := language.MustParse(base + "-" + region)
				want := info.English
				if base == "zh" {
					want = info.Description
				}
				assert.Equal(t, want, errcode.GroupNotFound.Description(tag), "tag %s", tag)
			}
		}
	}
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
