package errcode_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
)

// benchCodes is a scrambled mix of every documented code with one unknown
// number in eight, so branch prediction and caches see what a gateway sees.
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
	m := language.NewMatcher([]language.Tag{language.English, language.SimplifiedChinese, language.TraditionalChinese})
	for i := 0; b.Loop(); i++ {
		c := benchCodes[i&4095]
		_, idx, conf := m.Match(benchTags[i%len(benchTags)])
		info, _ := errcode.Lookup(c)
		if conf != language.No && idx > 0 {
			sinkStr = info.Description
		} else {
			sinkStr = info.English
		}
	}
}

func BenchmarkAcceptLanguage(b *testing.B) {
	for b.Loop() {
		sinkCat = errcode.Category(len(errcode.AcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8").String()))
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
		var r groupInfoResponse
		if err := json.Unmarshal(restBody, &r); err != nil {
			b.Fatal(err)
		}
		sinkErr = r.Err()
	}
}

func BenchmarkDecodeResponsePlainIntBaseline(b *testing.B) {
	for b.Loop() {
		var r plainGroupInfoResponse
		if err := json.Unmarshal(restBody, &r); err != nil {
			b.Fatal(err)
		}
		sinkErr = errcode.FromResponse(r.ActionStatus, r.ErrorCode, r.ErrorInfo)
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

// TestInitAllocatesNothing builds a program that imports the package and
// reads GODEBUG=inittrace=1: the table is static data, so initializing the
// package allocates nothing.
func TestInitAllocatesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	bin := filepath.Join(t.TempDir(), "inittrace")
	out, err := exec.Command("go", "build", "-o", bin, "./testdata/inittrace").CombinedOutput()
	require.NoError(t, err, "%s", out)
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err = cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	line := regexp.MustCompile(`(?m)^init github.com/errcode-im/errcode @.*$`).Find(out)
	require.NotNil(t, line, "no inittrace line for the package in:\n%s", out)
	assert.Contains(t, string(line), " 0 bytes, 0 allocs")
}

// TestInfoSize guards Lookup's speed: Go copies a 64-byte struct in four
// moves, and a larger or odd-sized Info costs about twice as much.
func TestInfoSize(t *testing.T) {
	assert.Equal(t, uintptr(64), unsafe.Sizeof(errcode.Info{}))
}
