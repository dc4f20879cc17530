package errcode_test

// The home of the allocation claims the doc comments make: each is held
// by a testing.AllocsPerRun test here.

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
)

func TestAllocations(t *testing.T) {
	codes := slices.Collect(errcode.All())
	tags := []language.Tag{language.English, language.SimplifiedChinese, language.MustParse("zh-TW"), language.Und, language.French}
	for _, tag := range tags {
		_ = errcode.GroupNotFound.Description(tag) // the first sight of a compact tag is settled once
	}
	headers := []string{"zh-CN,zh;q=0.9,en;q=0.8", "en-US,en;q=0.9", "zh-TW"}
	for _, h := range headers {
		_ = errcode.AcceptLanguage(h) // let the cache learn the header
	}
	var sink any
	var tagSink language.Tag
	wrapped := fmt.Errorf("call: %w", errors.Join(errForeign, &errcode.Error{Code: errcode.GroupNotFound}))
	i := 0
	next := func() errcode.Code { i++; return codes[i%len(codes)] + errcode.Code(i%3) }
	tests := []struct {
		name string
		max  float64
		fn   func()
	}{
		{"Lookup", 0, func() { info, _ := errcode.Lookup(next()); sink = info.Name }},
		{"Name", 0, func() { _ = next().Name() }},
		{"Category", 0, func() { _ = next().Category() }},
		{"Retry", 0, func() { _ = next().Retry() }},
		{"Description", 0, func() { _ = codes[i%len(codes)].Description(tags[i%len(tags)]); i++ }},
		{"Code.Error", 1, func() { _ = next().Error() }},
		{"FromResponse", 1, func() { sink = errcode.FromResponse("FAIL", int(codes[i%len(codes)]), "detail"); i++ }},
		{"FromResponse OK", 0, func() { sink = errcode.FromResponse("OK", 0, "") }},
		{"CodeOf", 0, func() { _, _ = errcode.CodeOf(wrapped) }},
		{"UnmarshalJSON", 0, func() { var c errcode.Code; _ = c.UnmarshalJSON([]byte(`"70001"`)) }},
		{"AcceptLanguage", 0, func() { tagSink = errcode.AcceptLanguage(headers[i%len(headers)]); i++ }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.LessOrEqual(t, testing.AllocsPerRun(1000, tt.fn), tt.max)
		})
	}
	_, _ = sink, tagSink
}

// TestFromResponseAllocations holds FromResponse to its documented cost on
// every path: nothing for a success, exactly one allocation (the *Error)
// for any failure, whatever made it one.
func TestFromResponseAllocations(t *testing.T) {
	var sink error
	tests := []struct {
		name   string
		status string
		code   int
		info   string
		allocs float64
	}{
		{"OK", "OK", 0, "", 0},
		{"ok, info ignored", "ok", 0, "ignored", 0},
		{"no status", "", 0, "", 0},
		{"code", "FAIL", 10010, "group id invalid", 1},
		{"code with OK", "OK", 60007, "", 1},
		{"FAIL with code 0", "FAIL", 0, "", 1},
		{"FAIL with code 0 and info", "FAIL", 0, "Fail to Parse json data of body", 1},
		{"Kelvin sign", "O\u212a", 0, "", 1},
		{"out of range", "FAIL", aboveInt32, "", 1},
		{"out of range with info", "OK", math.MinInt, "info", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := testing.AllocsPerRun(1000, func() { sink = errcode.FromResponse(tt.status, tt.code, tt.info) })
			assert.Equal(t, tt.allocs, got)
			resp := errcode.Response{ActionStatus: tt.status, ErrorCode: errcode.Code(tt.code), ErrorInfo: tt.info}
			if int(int32(tt.code)) == tt.code {
				assert.Equal(t, tt.allocs, testing.AllocsPerRun(1000, func() { sink = resp.Err() }), "Response.Err")
			}
		})
	}
	_ = sink
}

// TestDecodeResponseAllocations holds the promise that decoding with
// encoding/json into a struct that embeds Response allocates no more than
// decoding into the same struct with a plain int code and string fields,
// on a failed response, a successful one and one whose code is null, and
// that both decode the same code. (Either allocates one more than a struct
// that declares the three fields itself: encoding/json grows its error
// context for any embedded struct's field, whatever the field's type.)
func TestDecodeResponseAllocations(t *testing.T) {
	tests := []struct {
		name string
		body []byte
		code int
	}{
		{"failed", restBody, 10010},
		{"ok", []byte(`{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","GroupId":"@TGS#2J4SZEAEL","MemberNum":2,"MemberList":["a","b"]}`), 0},
		{"null code", []byte(`{"ActionStatus":"FAIL","ErrorCode":null,"ErrorInfo":"","GroupId":"g","MemberNum":0,"MemberList":[]}`), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var embedded groupInfoResponse
			var plain plainGroupInfoResponse
			require.NoError(t, json.Unmarshal(tt.body, &embedded))
			require.NoError(t, json.Unmarshal(tt.body, &plain))
			assert.Equal(t, errcode.Code(tt.code), embedded.ErrorCode)
			assert.Equal(t, tt.code, plain.ErrorCode)
			var err error
			got := testing.AllocsPerRun(200, func() {
				var r groupInfoResponse
				err = errors.Join(err, json.Unmarshal(tt.body, &r))
			})
			want := testing.AllocsPerRun(200, func() {
				var r plainGroupInfoResponse
				err = errors.Join(err, json.Unmarshal(tt.body, &r))
			})
			require.NoError(t, err)
			assert.LessOrEqual(t, got, want, "allocations decoding with errcode.Response against plain fields")
		})
	}
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
			{"Recoverable", 0, func() { yes = tt.c.Retry().Recoverable() }},
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
