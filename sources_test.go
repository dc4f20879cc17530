package errcode_test

import (
	"bufio"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/internal/codedoc"
)

// readTSV returns the rows of a tab-separated file in testdata, without
// its header line and comment lines.
func readTSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	require.NoError(t, err)
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for first := true; sc.Scan(); first = false {
		line := sc.Text()
		if first || line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	require.NoError(t, sc.Err())
	return rows
}

// Which of the official sources a row of extra-codes.tsv cites: the online
// error-code page (its current revision, its mirrors and its previous
// revision) or an SDK header.
var (
	webPageSource = regexp.MustCompile(`/34348\b|/269/1671\b`)
	sdkSource     = regexp.MustCompile(`TIMErrorCode\.h|V2TIMErrorCode\.h|\.dart\b`)
)

// TestExtraCodes checks the table against testdata/extra-codes.tsv, a copy
// of the reference list of the codes today's official sources name and
// the document lacks: every code is there, not marked as the document's,
// with the official SDK constant and the sources the row cites.
func TestExtraCodes(t *testing.T) {
	rows := readTSV(t, "extra-codes.tsv")
	require.Len(t, rows, 361)
	for _, row := range rows {
		require.Len(t, row, 7, "%q", row)
		code, sdkName, sources := row[0], row[1], row[6]
		var want errcode.Source
		if webPageSource.MatchString(sources) {
			want |= errcode.SourceWebPage
		}
		if sdkName != "" || sdkSource.MatchString(sources) {
			want |= errcode.SourceSDK
		}
		if lo, hi, isRange := strings.Cut(code[1:], "-"); isRange {
			checkRange(t, code[:1]+lo, hi)
			continue
		}
		n, err := strconv.Atoi(code)
		require.NoError(t, err, "code %q", code)
		c := errcode.Code(n)
		info, ok := errcode.Lookup(c)
		if !assert.True(t, ok, "%d (%s) is in the table", n, row[3]) {
			continue
		}
		assert.Equal(t, sdkName, info.SDKName, "SDK name of %d", n)
		assert.Equal(t, want, info.Sources, "sources of %d", n)
		assert.False(t, info.Sources.Has(errcode.SourceDocument), "%d is not the document's", n)
		assert.NotEmpty(t, info.Description, "Chinese text of %d", n)
		assert.Equal(t, info.Description, c.Description(language.Chinese))
	}
}

// checkRange checks a block of numbers the sources cover as a whole: it
// is not listed, yet each number in it, ends included, reports a category,
// a text and RetryNever.
func checkRange(t *testing.T, lo, hi string) {
	t.Helper()
	min, err := strconv.Atoi(lo)
	require.NoError(t, err)
	max, err := strconv.Atoi(hi)
	require.NoError(t, err)
	for _, n := range []int{min, (min + max) / 2, max} {
		c := errcode.Code(n)
		_, ok := errcode.Lookup(c)
		assert.False(t, ok, "%d is in a range, not listed", n)
		assert.NotEqual(t, errcode.CategoryUnknown, c.Category(), "category of %d", n)
		assert.Equal(t, errcode.RetryNever, c.Retry(), "retry of %d", n)
		assert.Contains(t, c.Description(language.English), lo, "the text of %d names its range", n)
		assert.Contains(t, c.Description(language.English), hi, "the text of %d names its range", n)
		assert.Contains(t, c.Description(language.Chinese), hi, "the Chinese of %d names its range", n)
	}
	// A number just outside the range is not covered by it: it is either
	// unknown or listed on its own (130001, just above 120001–130000).
	for _, n := range []int{min - 1, max + 1} {
		c := errcode.Code(n)
		if _, listed := errcode.Lookup(c); listed {
			assert.NotContains(t, c.Description(language.English), hi, "%d is listed, not in the range", n)
			continue
		}
		assert.Equal(t, errcode.CategoryUnknown, c.Category(), "%d is outside the range", n)
	}
}

// TestDocumentSources checks the sources of the document's codes: each has
// SourceDocument; SourceSDK and its SDK name exactly where
// testdata/official-names.tsv names an official constant; SourceWebPage
// exactly where a revision of the online page lists the number
// (testdata/webpage-codes.txt).
func TestDocumentSources(t *testing.T) {
	names := map[errcode.Code]string{}
	for _, row := range readTSV(t, "official-names.tsv") {
		n, err := strconv.Atoi(row[0])
		require.NoError(t, err)
		names[errcode.Code(n)] = row[1]
	}
	require.Len(t, names, 130)
	onPage := map[errcode.Code]bool{}
	for _, row := range readTSV(t, "webpage-codes.txt") {
		n, err := strconv.Atoi(row[0])
		require.NoError(t, err)
		onPage[errcode.Code(n)] = true
	}
	documented := 0
	for c := range errcode.All() {
		info, _ := errcode.Lookup(c)
		assert.NotZero(t, info.Sources, "%d has a source", c)
		assert.Equal(t, onPage[c], info.Sources.Has(errcode.SourceWebPage), "SourceWebPage of %d", c)
		if !info.Sources.Has(errcode.SourceDocument) {
			continue
		}
		documented++
		assert.Equal(t, names[c], info.SDKName, "SDK name of %d", c)
		assert.Equal(t, names[c] != "", info.Sources.Has(errcode.SourceSDK), "SourceSDK of %d", c)
	}
	assert.Equal(t, 377, documented)
	for c := range onPage {
		_, ok := errcode.Lookup(c)
		assert.True(t, ok, "%d is on the online page, so it is in the table", c)
	}
}

// TestRanges checks the blocks of numbers the sources cover as a whole.
func TestRanges(t *testing.T) {
	tests := []struct {
		code     errcode.Code
		category errcode.Category
		retry    errcode.Retry
	}{
		{70000, errcode.CategoryAccount, errcode.RetryTransient}, // the document's 其他错误 row
		{70999, errcode.CategoryAccount, errcode.RetryTransient},
		{38000, errcode.CategorySNS, errcode.RetryNever},
		{39000, errcode.CategorySNS, errcode.RetryNever},
		{120001, errcode.CategoryMessage, errcode.RetryNever},
		{130000, errcode.CategoryMessage, errcode.RetryNever},
		{37999, errcode.CategoryUnknown, errcode.RetryNever},
		{39001, errcode.CategoryUnknown, errcode.RetryNever},
		{120000, errcode.CategoryUnknown, errcode.RetryNever},
	}
	for _, tt := range tests {
		_, listed := errcode.Lookup(tt.code)
		assert.False(t, listed, "%d", tt.code)
		assert.Equal(t, tt.category, tt.code.Category(), "category of %d", tt.code)
		assert.Equal(t, tt.retry, tt.code.Retry(), "retry of %d", tt.code)
		assert.Equal(t, "Code("+strconv.Itoa(int(tt.code))+")", tt.code.Name())
	}
	// 130001, just above 120001–130000, is a code of its own, not the range.
	above, listed := errcode.Lookup(130001)
	assert.True(t, listed, "130001 is listed")
	assert.Equal(t, errcode.CategoryOfficialAccount, above.Category)
	assert.NotContains(t, above.English, "130000")
	assert.Contains(t, errcode.Code(38500).Error(), "errcode: 38500: ")
	assert.Contains(t, errcode.Code(38500).Error(), "38000")
}

// TestMethodsAgreeWithDescribe holds Retry, Category and Retryable, which
// work out an unlisted number's block inline, to Describe, which reads the
// block's entry in ranges: for every number from below the lowest block to
// past the highest, and the extremes.
func TestMethodsAgreeWithDescribe(t *testing.T) {
	codes := []errcode.Code{math.MinInt32, -1, math.MaxInt32}
	for c := errcode.Code(-100); c <= 131000; c++ {
		codes = append(codes, c)
	}
	bad := 0
	for _, c := range codes {
		d := errcode.Describe(c)
		ok := assert.Equal(t, d.Retry, c.Retry(), "retry of %d", c) &&
			assert.Equal(t, d.Category, c.Category(), "category of %d", c) &&
			assert.Equal(t, d.Retry.Recoverable(), c.Retryable(), "retryable of %d", c) //nolint:staticcheck // the deprecated method is still a promise
		if !ok {
			if bad++; bad == 5 {
				return
			}
		}
	}
}

func TestSource(t *testing.T) {
	tests := []struct {
		s    errcode.Source
		text string
	}{
		{0, ""},
		{errcode.SourceDocument, "document"},
		{errcode.SourceWebPage, "webpage"},
		{errcode.SourceSDK, "sdk"},
		{errcode.SourceAPIPage, "apipage"},
		{errcode.SourceWebPage | errcode.SourceAPIPage, "webpage|apipage"},
		{errcode.SourceDocument | errcode.SourceSDK, "document|sdk"},
		{errcode.SourceWebPage | errcode.SourceSDK, "webpage|sdk"},
		{errcode.SourceDocument | errcode.SourceWebPage | errcode.SourceSDK, "document|webpage|sdk"},
		{errcode.SourceSDK | 0x80, "sdk|Source(0x80)"},
		{0xf0, "Source(0xf0)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.text, tt.s.String())
		text, err := tt.s.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tt.text, string(text))
		var back errcode.Source
		require.NoError(t, back.UnmarshalText(text), "%q", text)
		assert.Equal(t, tt.s, back, "%q round-trips", text)
	}
	var s errcode.Source
	require.NoError(t, s.UnmarshalText([]byte("SDK|Document")))
	assert.Equal(t, errcode.SourceDocument|errcode.SourceSDK, s)
	for _, bad := range []string{"doc", "document|", "|sdk", "ſdk", "webpage||sdk", "Source(0x1)", "Source(0xzz)", "Source(80)"} {
		assert.Error(t, s.UnmarshalText([]byte(bad)), "%q", bad)
	}
	// A doc comment names each source with the word String gives it.
	for i, src := range codedoc.Sources {
		assert.Equal(t, src.Word, errcode.Source(1<<i).String(), "%s", src.Const)
	}
	assert.True(t, (errcode.SourceDocument | errcode.SourceSDK).Has(errcode.SourceSDK))
	assert.False(t, errcode.SourceSDK.Has(errcode.SourceDocument|errcode.SourceSDK))
}

// TestCaution checks the codes issues 12 and 16 named, and 6207: a
// re-authentication that a fresh UserSig from the same setup will not fix
// says "at most once", and a login that another device or a logout ended
// says not to log in again automatically. Other codes and unlisted numbers
// have none.
func TestCaution(t *testing.T) {
	once := []errcode.Code{70002, 70003, 70004, 70009, 70013, 70014, 70019, 6004, 6207}
	for _, c := range once {
		assert.Contains(t, c.Caution(), "at most once", "%d %s", c, c.Name())
		assert.Equal(t, errcode.RetryReauth, c.Retry(), "%d", c)
	}
	for _, c := range []errcode.Code{6208, 6023, 6213, 6255} {
		assert.Contains(t, c.Caution(), "Do not log in again automatically", "%d %s", c, c.Name())
	}
	for _, c := range []errcode.Code{errcode.GroupNotFound, errcode.AccountUserSigExpired, 0, 12345, 70777, -1} {
		assert.Empty(t, c.Caution(), "%d", c)
	}
	n := 0
	for c := range errcode.All() {
		if c.Caution() != "" {
			n++
		}
	}
	assert.GreaterOrEqual(t, n, len(once)+2)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = errcode.Code(70009).Caution() }))
}

// TestDescribe checks that Describe gives, for any number, the entry that
// applies to it: its own, its range's, or the unknown one.
func TestDescribe(t *testing.T) {
	for c := range errcode.All() {
		want, _ := errcode.Lookup(c)
		assert.Equal(t, want, errcode.Describe(c), "%d", c)
	}
	tests := []struct {
		c        errcode.Code
		category errcode.Category
		retry    errcode.Retry
		sources  errcode.Source
	}{
		{70777, errcode.CategoryAccount, errcode.RetryTransient, errcode.SourceDocument},
		{38500, errcode.CategorySNS, errcode.RetryNever, errcode.SourceWebPage},
		{125000, errcode.CategoryMessage, errcode.RetryNever, errcode.SourceWebPage},
		{12345, errcode.CategoryUnknown, errcode.RetryNever, 0},
		{0, errcode.CategoryUnknown, errcode.RetryNever, 0},
	}
	for _, tt := range tests {
		in := errcode.Describe(tt.c)
		assert.Equal(t, tt.c, in.Code)
		assert.Empty(t, in.Name, "%d has no constant", tt.c)
		assert.Equal(t, tt.category, in.Category, "%d", tt.c)
		assert.Equal(t, tt.retry, in.Retry, "%d", tt.c)
		assert.Equal(t, tt.sources, in.Sources, "%d", tt.c)
		assert.Equal(t, tt.c.Description(language.English), in.English, "%d", tt.c)
		assert.Zero(t, testing.AllocsPerRun(100, func() { _ = errcode.Describe(tt.c) }))
	}
}
