package errcode_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"

	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
)

// benchCodes is the query mix every lookup benchmark runs over: 4096
// queries, seven in eight of them listed codes drawn at random from All,
// and one in eight, exactly, a number that is not listed (drawn from 0 to
// 199999, so about one in sixteen of those falls in a range of ranges.go),
// shuffled so that neither branch prediction nor the caches can learn the
// order.
var benchCodes = func() []errcode.Code {
	known := slices.Collect(errcode.All())
	r := rand.New(rand.NewPCG(1, 2))
	codes := make([]errcode.Code, 4096)
	for i := range codes {
		if i%8 == 7 {
			codes[i] = errcode.Code(r.Int32N(200000))
			for _, ok := errcode.Lookup(codes[i]); ok; _, ok = errcode.Lookup(codes[i]) {
				codes[i]++
			}
		} else {
			codes[i] = known[r.IntN(len(known))]
		}
	}
	r.Shuffle(len(codes), func(i, j int) { codes[i], codes[j] = codes[j], codes[i] })
	return codes
}()

// benchMap is the baseline: the same table in a Go map.
var benchMap = func() map[errcode.Code]errcode.Info {
	m := map[errcode.Code]errcode.Info{}
	for c := range errcode.All() {
		m[c], _ = errcode.Lookup(c)
	}
	return m
}()

var (
	sinkInfo  errcode.Info
	sinkOK    bool
	sinkStr   string
	sinkCat   errcode.Category
	sinkRetry errcode.Retry
	sinkErr   error
)

func BenchmarkLookup(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkInfo, sinkOK = errcode.Lookup(benchCodes[i&4095])
	}
}

func BenchmarkLookupMapBaseline(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkInfo, sinkOK = benchMap[benchCodes[i&4095]]
	}
}

func BenchmarkName(b *testing.B) {
	known := slices.Collect(errcode.All())
	for i := 0; b.Loop(); i++ {
		sinkStr = known[i%len(known)].Name()
	}
}

func BenchmarkCategory(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkCat = benchCodes[i&4095].Category()
	}
}

func BenchmarkRetry(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkRetry = benchCodes[i&4095].Retry()
	}
}

// benchTags are what servers pass after AcceptLanguage, plus two tags as
// callers spell them themselves.
var benchTags = []language.Tag{
	language.SimplifiedChinese, language.English, language.TraditionalChinese,
	language.MustParse("zh-CN"), language.MustParse("en-US"),
}

func BenchmarkDescription(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkStr = benchCodes[i&4095].Description(benchTags[i%len(benchTags)])
	}
}

// BenchmarkDescriptionMatcherBaseline runs a language.Matcher per call, as
// Description would without its cache.
func BenchmarkDescriptionMatcherBaseline(b *testing.B) {
	m := baselineMatcher()
	for i := 0; b.Loop(); i++ {
		sinkStr = matcherDescription(m, i)
	}
}

// baselineMatcher matches over the languages Description has.
func baselineMatcher() language.Matcher {
	return language.NewMatcher([]language.Tag{language.English, language.SimplifiedChinese, language.TraditionalChinese})
}

// matcherDescription is the i-th description of the Description benchmarks,
// chosen by running m.
func matcherDescription(m language.Matcher, i int) string {
	_, idx, conf := m.Match(benchTags[i%len(benchTags)])
	info, _ := errcode.Lookup(benchCodes[i&4095])
	if conf != language.No && idx > 0 {
		return info.Description
	}
	return info.English
}

var sinkTag language.Tag

// BenchmarkAcceptLanguage answers a header it has seen before, as a server
// does for most requests.
func BenchmarkAcceptLanguage(b *testing.B) {
	for b.Loop() {
		sinkTag = errcode.AcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")
	}
}

// BenchmarkAcceptLanguageUncached parses every header: each is new.
func BenchmarkAcceptLanguageUncached(b *testing.B) {
	headers := make([]string, 4096)
	for i := range headers {
		headers[i] = fmt.Sprintf("zh-CN,zh;q=0.9,en;q=0.8,x-%d;q=0.1", i)
	}
	for i := 0; b.Loop(); i++ {
		sinkTag = errcode.AcceptLanguage(headers[i%len(headers)])
	}
}

func BenchmarkCodeError(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkStr = benchCodes[i&4095].Error()
	}
}

func BenchmarkFromResponse(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		sinkErr = errcode.FromResponse("FAIL", int(benchCodes[i&4095]), "detail")
	}
}

func BenchmarkCodeOf(b *testing.B) {
	err := error(&errcode.Error{Code: errcode.GroupNotFound})
	for b.Loop() {
		_, sinkOK = errcode.CodeOf(err)
	}
}

// restBody is a typical failed REST response.
var restBody = []byte(`{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"this group does not exist","GroupId":"@TGS#2J4SZEAEL","MemberNum":0,"MemberList":[]}`)

type groupInfoResponse struct {
	errcode.Response
	GroupID    string   `json:"GroupId"`
	MemberNum  int      `json:"MemberNum"`
	MemberList []string `json:"MemberList"`
}

// plainResponse is Response with a plain int code.
type plainResponse struct {
	ActionStatus string `json:"ActionStatus"`
	ErrorCode    int    `json:"ErrorCode"`
	ErrorInfo    string `json:"ErrorInfo"`
}

// plainGroupInfoResponse is the baseline: the same shape, embedding the
// same fields with a plain int code, so the difference is Code's own cost.
type plainGroupInfoResponse struct {
	plainResponse
	GroupID    string   `json:"GroupId"`
	MemberNum  int      `json:"MemberNum"`
	MemberList []string `json:"MemberList"`
}

// flatGroupInfoResponse declares the status fields itself instead of
// embedding them, to show what embedding costs in encoding/json (one
// allocation per decode, whatever the code's type).
type flatGroupInfoResponse struct {
	ActionStatus string   `json:"ActionStatus"`
	ErrorCode    int      `json:"ErrorCode"`
	ErrorInfo    string   `json:"ErrorInfo"`
	GroupID      string   `json:"GroupId"`
	MemberNum    int      `json:"MemberNum"`
	MemberList   []string `json:"MemberList"`
}

func BenchmarkDecodeResponse(b *testing.B) {
	for b.Loop() {
		decodeEmbedded(b)
	}
}

func BenchmarkDecodeResponsePlainIntBaseline(b *testing.B) {
	for b.Loop() {
		decodePlain(b)
	}
}

func BenchmarkDecodeResponseFlatPlainInt(b *testing.B) {
	for b.Loop() {
		var r flatGroupInfoResponse
		if err := json.Unmarshal(restBody, &r); err != nil {
			b.Fatal(err)
		}
		sinkErr = errcode.FromResponse(r.ActionStatus, r.ErrorCode, r.ErrorInfo)
	}
}

// decodeEmbedded decodes restBody into a struct that embeds Response and
// takes its error.
func decodeEmbedded(b *testing.B) {
	var r groupInfoResponse
	if err := json.Unmarshal(restBody, &r); err != nil {
		b.Fatal(err)
	}
	sinkErr = r.Err()
}

// decodePlain decodes restBody into the plain-int baseline and takes its
// error the same way.
func decodePlain(b *testing.B) {
	var r plainGroupInfoResponse
	if err := json.Unmarshal(restBody, &r); err != nil {
		b.Fatal(err)
	}
	sinkErr = errcode.FromResponse(r.ActionStatus, r.ErrorCode, r.ErrorInfo)
}

// TestInfoSize guards Lookup's speed: Info is copied whole, and its six
// strings, the duration and the packed small fields come to 96 bytes; a
// field added or reordered carelessly grows it.
func TestInfoSize(t *testing.T) {
	want := uintptr(96)
	if wideInt == 0 {
		want = 56 // 4-byte words: strings of 8 bytes, and Wait aligned to 4
	}
	assert.Equal(t, want, unsafe.Sizeof(errcode.Info{}))
}

// ratio runs a and b in alternating blocks and reports how long a takes
// against b ("a/b"), and each one's time per call. On a shared machine
// whose speed drifts from second to second, alternating blocks within one
// benchmark measures the ratio more steadily than two benchmarks run one
// after the other.
func ratio(b *testing.B, block int, a, base func(i int)) {
	n := 0
	blockRatio(b, block, func() {
		for i := range block {
			a(n + i)
		}
	}, func() {
		for i := range block {
			base(n + i)
		}
		n += block
	})
}

// blockRatio is ratio for calls too cheap to make through a function
// value each: a and base each make calls calls, written out inline in a
// loop, so only the block costs a function call.
func blockRatio(b *testing.B, calls int, a, base func()) {
	var ta, tb time.Duration
	n := 0
	for b.Loop() {
		t0 := time.Now()
		a()
		t1 := time.Now()
		base()
		ta += t1.Sub(t0)
		tb += time.Since(t1)
		n += calls
	}
	reportRatio(b, ta, tb, n)
}

// reportRatio reports ta against tb, and each per call, in place of ns/op:
// the time of a pair of blocks says nothing on its own.
func reportRatio(b *testing.B, ta, tb time.Duration, calls int) {
	b.ReportMetric(float64(ta)/float64(tb), "a/b")
	b.ReportMetric(float64(ta.Nanoseconds())/float64(calls), "a-ns/call")
	b.ReportMetric(float64(tb.Nanoseconds())/float64(calls), "b-ns/call")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkRatioLookupVsMap is Lookup (a) against the map (b), in
// alternating blocks of 4096 calls written out inline: a function value
// called per lookup would cost as much as the lookup itself.
func BenchmarkRatioLookupVsMap(b *testing.B) {
	blockRatio(b, len(benchCodes), func() {
		for _, c := range benchCodes {
			sinkInfo, sinkOK = errcode.Lookup(c)
		}
	}, func() {
		for _, c := range benchCodes {
			sinkInfo, sinkOK = benchMap[c]
		}
	})
}

// BenchmarkRatioDescriptionVsMatcher is Description (a) against a matcher
// run per call (b).
func BenchmarkRatioDescriptionVsMatcher(b *testing.B) {
	m := baselineMatcher()
	ratio(b, 256,
		func(i int) { sinkStr = benchCodes[i&4095].Description(benchTags[i%len(benchTags)]) },
		func(i int) { sinkStr = matcherDescription(m, i) })
}

// BenchmarkRatioDecodeVsPlainInt is decoding into a struct that embeds
// Response (a) against the same struct with a plain int code (b).
func BenchmarkRatioDecodeVsPlainInt(b *testing.B) {
	ratio(b, 64, func(int) { decodeEmbedded(b) }, func(int) { decodePlain(b) })
}

// promiseSink keeps benchmark results alive.
var promiseSink struct {
	text string
	tag  language.Tag
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

// benchIndex holds, for each of benchCodes, its position in benchInfos:
// the limit a table lookup is held to is reading the same Info out of a
// slice of the same size at a position known in advance, so both sides
// touch memory alike and the difference is finding the entry. An unlisted
// code's position holds what Describe returns for it.
var benchInfos, benchIndex = func() ([]errcode.Info, []int32) {
	var infos []errcode.Info
	at := map[errcode.Code]int32{}
	for c := range errcode.All() {
		at[c] = int32(len(infos))
		info, _ := errcode.Lookup(c)
		infos = append(infos, info)
	}
	index := make([]int32, len(benchCodes))
	for i, c := range benchCodes {
		j, ok := at[c]
		if !ok {
			j = int32(len(infos))
			infos = append(infos, errcode.Describe(c))
		}
		index[i] = j
	}
	return infos, index
}()

// BenchmarkRatioLookupVsCopy is Lookup (a) against copying the same Info
// out of a slice at a known index (b), in alternating blocks of 4096 calls
// written out inline, over the benchCodes mix (one unlisted code in eight).
func BenchmarkRatioLookupVsCopy(b *testing.B) {
	blockRatio(b, len(benchCodes), func() {
		for _, c := range benchCodes {
			sinkInfo, sinkOK = errcode.Lookup(c)
		}
	}, func() {
		for _, j := range benchIndex {
			sinkInfo, sinkOK = benchInfos[j], benchInfos[j].Code != 0
		}
	})
}

// infoAt returns the Info at a known index as Lookup returns one, as an
// inlined function's result: Go copies a 96-byte result into a temporary
// and from there into its destination, so this is two copies where a
// plain read is one.
func infoAt(j int32) (errcode.Info, bool) {
	return benchInfos[j], benchInfos[j].Code != 0
}

// BenchmarkRatioLookupVsReturnedCopy is Lookup (a) against infoAt at a
// known index (b), over the benchCodes mix: both pay Go's copy of the
// result through a temporary, so the ratio is what finding the entry costs.
func BenchmarkRatioLookupVsReturnedCopy(b *testing.B) {
	blockRatio(b, len(benchCodes), func() {
		for _, c := range benchCodes {
			sinkInfo, sinkOK = errcode.Lookup(c)
		}
	}, func() {
		for _, j := range benchIndex {
			sinkInfo, sinkOK = infoAt(j)
		}
	})
}

// BenchmarkRatioMethodsVsFields is each one-field method on Code (a)
// against reading the same field out of a slice at a known index (b), in
// alternating blocks written out inline, over the benchCodes mix. Name
// runs over the listed codes alone: for an unlisted number it formats
// "Code(N)", an allocation by its contract, which no field read matches.
func BenchmarkRatioMethodsVsFields(b *testing.B) {
	known := make([]int32, 0, len(benchIndex))
	knownCodes := make([]errcode.Code, 0, len(benchCodes))
	for i, c := range benchCodes {
		if _, ok := errcode.Lookup(c); ok {
			known = append(known, benchIndex[i])
			knownCodes = append(knownCodes, c)
		}
	}
	retryable := make([]bool, len(benchInfos))
	for i := range benchInfos {
		retryable[i] = benchInfos[i].Retry.Recoverable()
	}
	b.Run("Retry", func(b *testing.B) {
		blockRatio(b, len(benchCodes), func() {
			for _, c := range benchCodes {
				sinkRetry = c.Retry()
			}
		}, func() {
			for _, j := range benchIndex {
				sinkRetry = benchInfos[j].Retry
			}
		})
	})
	b.Run("Category", func(b *testing.B) {
		blockRatio(b, len(benchCodes), func() {
			for _, c := range benchCodes {
				sinkCat = c.Category()
			}
		}, func() {
			for _, j := range benchIndex {
				sinkCat = benchInfos[j].Category
			}
		})
	})
	b.Run("RetryCategory", func(b *testing.B) {
		blockRatio(b, len(benchCodes), func() {
			for _, c := range benchCodes {
				sinkRetry, sinkCat = c.Retry(), c.Category()
			}
		}, func() {
			for _, j := range benchIndex {
				sinkRetry, sinkCat = benchInfos[j].Retry, benchInfos[j].Category
			}
		})
	})
	b.Run("Retryable", func(b *testing.B) {
		blockRatio(b, len(benchCodes), func() {
			for _, c := range benchCodes {
				sinkOK = c.Retryable() //nolint:staticcheck // the deprecated method is still a promise
			}
		}, func() {
			for _, j := range benchIndex {
				sinkOK = retryable[j]
			}
		})
	})
	b.Run("Name", func(b *testing.B) {
		blockRatio(b, len(knownCodes), func() {
			for _, c := range knownCodes {
				sinkStr = c.Name()
			}
		}, func() {
			for _, j := range known {
				sinkStr = benchInfos[j].Name
			}
		})
	})
}
