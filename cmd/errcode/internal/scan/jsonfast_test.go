package scan

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/cmd/errcode/internal/chunk"
	"github.com/errcode-im/errcode/internal/ascii"
)

// fastSeeds are inputs where the fast path for plain members meets what
// it must leave to the general reader, or must do as it does: escapes,
// nesting, strings to scan one level up, long strings, the library's
// group, log records, fail lists, cut numbers and blanks.
var fastSeeds = []string{
	`2024-05-01 ERROR im request failed resp={"ActionStatus":"FAIL","ErrorCode":20003,"ErrorInfo":"To_Account not found","ErrorDisplay":""}` + "\n",
	`{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"To_Account":"a","ResultCode":70107,"ResultInfo":"not found"}]}`,
	`{ "ErrorCode" : 10010 , "ErrorInfo" : "no group" }` + "\n" + `{"errorcode":"90001","errmsg":"x"}`,
	`{"level":"error","msg":"call failed","code":70001,"detail":"d"}`,
	`{"err":{"code":70001,"category":"auth","retry":false,"errors":[{"code":70001},{"code":70107}]}}`,
	`{"Fail_Account":["u1","u2"],"ResultItem":[{"To_Account":"u1","ResultCode":30001}]}`,
	`{"msg":"resp={\"ErrorCode\":80001,\"ErrorInfo\":\"x\"}","ErrorCode":80001}`,
	`{"ErrorInfo":"upstream said ErrorCode=70001","ErrorCode":70001}`,
	`{"level":"warn","msg":"send failed ErrorCode=10010","user":"u1"}`,
	`{"error":"errcode 70107 for u1","desc":"错误码：90001","x":"调用返回70346，请检查"}`,
	`{"detail":"[{\"ResultCode\":70107}]","note":"see {ErrorCode:1}"}`,
	`{"ErrorCode":10010,"ErrorInfo":"` + strings.Repeat("long ", 40) + `"}`,
	`{"To_Account":"` + strings.Repeat("u", 200) + `","ResultCode":70107}`,
	`{"E\u0072rorCode":10010,"code":"700\u00301"}`,
	`{"ErrorCode":10010` + "\n",
	`{"ErrorCode":1e3,"id":"g1","code":-5,"ok":true,"x":null,"y":[1,2]}`,
	`{"ErrorCode":10010,"ErrorInfo":"a` + "\x01" + `b"}`,
	`{"ErrorCode":` + strings.Repeat("1", 40) + `}`,
	`{"ResultItem":[{"To_Account":"a","ResultCode":70107},{"To_Account":"b\"x","ResultCode":70108},{"To_Account":"c","ResultCode":"70109"}],"ErrorCode":0}`,
	strings.Repeat(`{"a":{"code":70001,"b":`, 5) + `"x"` + strings.Repeat("}}", 5),
	`{"ErrorCode":70107,"To_Account":"u1"}` + "\n" + `[{"Fail_Account":["u1","u2"]},{"ErrorCode":70107,"To_Account":"u2"}]`,
	// Keys of every length members reads from words, in both cases and
	// with near misses, and numbers beside the one-word code.
	`{"ID":"g1","Msg":"m","CODE":7,"Level":"x","ERRMSG":"e","ErrCode":70001,"Err_Code":1,"ERRORINFO":"i","Error Code":2,"result_INFO":"r","Member_Account":"u","error` + "\x7f" + `code":3}`,
	// Bodies longer than a pair of masks, with blocks that end inside
	// keys and values, and escapes, control characters and blanks
	// between plain members, after which plainMembers takes the rest.
	`{"ErrorCode":70001,` + strings.Repeat(`"k":"v","ab":12,"To_Account":"u1",`, 8) + `"ErrorInfo":"x"}`,
	`{"a":"x","b":"y\"z","c":"w","ErrorCode":7,"d":"` + "\x01" + `","e":"f", "g":"h","ResultCode":70107,"To_Account":"` + strings.Repeat("n", 60) + `","z":""}`,
	// plainWalk's code members: one per slot and a second of a slot, at
	// a line end, before '}' and in the second block, and numbers it
	// leaves (a fraction, an exponent, eight digits, a leading 0).
	`{"ActionStatus":"FAIL","ErrorCode":20003,"ErrorInfo":"x","ErrorCode":20004,"ResultCode":1,"code":2}` + "\n" + `{"a":"b","ErrorCode":7}`,
	`{"ActionStatus":"FAIL","ErrorDisplay":"` + strings.Repeat("d", 50) + `","ResultCode":70107,"ErrorCode":20003` + "\n" + `,"x":"y"}` + "\n",
	`{"code":7E3,"ResultCode":12345678,"ErrorCode":5.0,"err_code":01,"ERRORCODE":1e2,"errcode":9` + "\r" + `}`,
	`{"errcodes":1,"errorcodE":1234567.5,"code":12345678,"ErrorCode":0123,"ResultCode":-70001,"error_code":1e2,"code":"70001","Code":9999999,"code":7}`,
}

// scanFast scans data, read n bytes at a time, with the fast paths (the
// one for plain members among them) on or off, and returns the findings.
func scanFast(t *testing.T, data []byte, n int, fast bool, opt Options) []Finding {
	t.Helper()
	r := &record{}
	sc := New(r, opt)
	sc.slow = !fast
	require.NoError(t, sc.Scan(chunk.Reader(data, n)))
	require.Zero(t, sc.Stalls(), "a step made no progress")
	return r.all
}

// checkFast holds the fast path to the general reader on data: the same
// findings, whole and read in pieces, with and without details, and no
// stall (scanReads checks that). It scans data as it is, and with a line
// of blanks after it, long enough that the fast path takes blocks of
// masks (maskRead bytes from a string's start) where data alone would
// leave it to plainEnd; with plainWalk where there is one, and with
// plainMembers' Go loop alone.
func checkFast(t *testing.T, data []byte) {
	t.Helper()
	padded := append(append([]byte(nil), data...), "\n"+strings.Repeat(" ", maskRead)...)
	for _, walk := range []bool{useWalk, false} {
		had := useWalk
		useWalk = walk
		for _, in := range []struct {
			data []byte
			n    int
		}{{data, len(data) + 1}, {data, 7}, {padded, len(padded) + 1}} {
			for _, opt := range []Options{{Details: true, Lines: true}, {Lines: true}, {}} {
				want := scanFast(t, in.data, in.n, false, opt)
				got := scanFast(t, in.data, in.n, true, opt)
				require.Equal(t, want, got, "walk %v, read %d at a time, %+v: %q", walk, in.n, opt, in.data)
			}
		}
		useWalk = had
	}
}

// TestFastMembers checks the fast path against the general reader on
// the seeds, and that it finds what they hold.
func TestFastMembers(t *testing.T) {
	for _, s := range fastSeeds {
		checkFast(t, []byte(s))
	}
	// Past lookAhead, read in pieces: steps end at a limit short of the
	// window's end, inside members and strings.
	long := []byte(strings.Repeat(strings.Join(fastSeeds, "\n")+"\n", 1+2*lookAhead/len(strings.Join(fastSeeds, "\n"))))
	for _, walk := range []bool{useWalk, false} {
		had := useWalk
		useWalk = walk
		for _, n := range []int{7, 1000} {
			for _, opt := range []Options{{Details: true, Lines: true}, {Lines: true}, {}} {
				require.Equal(t, scanFast(t, long, n, false, opt), scanFast(t, long, n, true, opt), "walk %v, read %d at a time, %+v", walk, n, opt)
			}
		}
		useWalk = had
	}
	r := &record{}
	scanReads(t, []byte(fastSeeds[0]), 1<<16, r, Options{Details: true})
	require.Equal(t, []found{{20003, "To_Account not found", ""}}, founds(r.all))
}

// FuzzFastMembers holds the fast path for plain members to the general
// reader: whatever the input, the findings must be the same.
func FuzzFastMembers(f *testing.F) {
	for _, s := range fastSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFast(t, data)
		checkFirstKey(t, data)
	})
}

// checkFirstKey holds firstKey to openRun: at each '{' followed by a '"'
// with maskRead bytes on, as data is and padded, firstKey may say a JSON
// value starts there only where openRun says so.
func checkFirstKey(t *testing.T, data []byte) {
	t.Helper()
	padded := append(append([]byte(nil), data...), strings.Repeat(" ", maskRead)...)
	for i := 0; i+1 < len(data); i++ {
		if padded[i] != '{' || padded[i+1] != '"' {
			continue
		}
		var bm blockMasks
		if bm.firstKey(padded, i, len(padded)) {
			require.Equal(t, i, openRun(padded, i), "at %d: %q", i, data)
		}
	}
}

// TestFirstKey checks firstKey on the keys it takes and those it leaves
// to openRun.
func TestFirstKey(t *testing.T) {
	pad := strings.Repeat(" ", maskRead)
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`{"ErrorCode":1}`, true},
		{`{"a":"x"}`, true},
		{`{"a":-1}`, true},
		{`{"a":true}`, true},
		{`{"a":null}`, true},
		{`{"a":{"b":1}}`, false}, // a bracket: openRun looks on
		{`{"a": 1}`, false},      // a blank
		{`{"a" :1}`, false},
		{`{"a\"b":1}`, false},
		{`{"a` + "\n" + `":1}`, false},
		{`{"a","b"}`, false},
		{`{"a":}`, false},
		{`{"` + strings.Repeat("k", 61) + `":1}`, true},
		{`{"` + strings.Repeat("k", 62) + `":1}`, false}, // past the block
	} {
		b := []byte(tc.in + pad)
		var bm blockMasks
		require.Equal(t, tc.want, bm.firstKey(b, 0, len(b)), tc.in)
		if tc.want {
			require.Equal(t, 0, openRun(b, 0), tc.in)
		}
	}
	checkFirstKey(t, []byte(strings.Join(fastSeeds, "\n")))
}

// TestPlainEnd holds plainEnd to a byte-at-a-time search.
func TestPlainEnd(t *testing.T) {
	naive := func(b []byte, i, n int) int {
		for j := i; j < len(b) && j <= i+n; j++ {
			switch c := b[j]; {
			case c == '"':
				return j
			case c == '\\' || c < 0x20:
				return -1
			}
		}
		return -1
	}
	for _, s := range []string{`abc"`, `abcdefghijkl"`, `abcdefg\"`, "abcdefghij\x1fk\"", "\x7f\x80\xff\"", `"`, ``, `abcdefgh`, strings.Repeat("x", 30) + `"`} {
		for n := 0; n <= len(s)+1; n++ {
			for i := 0; i <= len(s); i++ {
				require.Equal(t, naive([]byte(s), i, n), plainEnd([]byte(s), i, n), "%q from %d, n %d", s, i, n)
			}
		}
	}
}

// TestMemberKindBytes holds memberKind to a look-up in memberKeys with
// ascii.EqualFold, for every key it knows with each of its bytes changed
// to every byte value, and at every length.
func TestMemberKindBytes(t *testing.T) {
	table := func(k []byte) memberKey {
		if len(k) < len(memberKeys) {
			for _, m := range memberKeys[len(k)] {
				if ascii.EqualFold(k, m.word) {
					return m.key
				}
			}
		}
		return keyOther
	}
	for _, words := range memberKeys {
		for _, m := range words {
			for i := range len(m.word) {
				for c := range 256 {
					k := []byte(m.word)
					k[i] = byte(c)
					require.Equal(t, table(k), memberKind(k), "%q", k)
				}
			}
			for n := range len(m.word) + 3 {
				k := []byte(strings.Repeat(m.word, 2)[:n])
				require.Equal(t, table(k), memberKind(k), "%q", k)
			}
		}
	}
}

// TestHoldsText holds holdsText to indexText on string contents that end
// at every place around a pattern, with the window ending soon after the
// quote or well past it.
func TestHoldsText(t *testing.T) {
	for _, p := range []string{"code", "CoDe", "{", "[", "错", "返", "cod", "\xe9", "\xe8"} {
		for lead := range 12 {
			for tail := range 12 {
				content := strings.Repeat("x", lead) + p + strings.Repeat("y", tail)
				for _, after := range []string{"", "de", strings.Repeat("z", 16)} {
					for cut := 0; cut <= len(content); cut++ {
						b := []byte(content[:cut] + `"` + after)
						require.Equal(t, indexText(b[:cut]) >= 0, holdsText(b, 0, cut), "%q", b)
					}
				}
			}
		}
	}
}

// naiveMasks is jsonMasks one byte at a time.
func naiveMasks(b []byte) (quote, stop, text [2]uint64) {
	for i := range maskRead - 2 {
		c := b[i]
		w, bit := i/64, uint64(1)<<(i%64)
		if c == '"' {
			quote[w] |= bit
		}
		if c == '\\' || c < 0x20 {
			stop[w] |= bit
		}
		if c|0x20 == '{' || c == 0xe8 || c == 0xe9 || c|0x20 == 'c' && b[i+2]|0x20 == 'd' {
			text[w] |= bit
		}
	}
	return quote, stop, text
}

// checkMasks holds jsonMasks, whatever search the processor gets and
// with AVX2 turned off, and jsonMasksSWAR to naiveMasks on the first
// maskRead bytes of b.
func checkMasks(t *testing.T, b []byte) {
	t.Helper()
	b = append(b, make([]byte, maskRead)...)[:maskRead]
	q, s, x := naiveMasks(b)
	want := [][2]uint64{q, s, x}
	for _, avx2 := range []bool{useAVX2, false} {
		had := useAVX2
		useAVX2 = avx2
		var m maskPair
		jsonMasks(b, &m)
		useAVX2 = had
		require.Equal(t, want, [][2]uint64{m.quote, m.stop, m.text}, "AVX2 %v: %q", avx2, b)
	}
	q, s, x = jsonMasksSWAR(b)
	require.Equal(t, want, [][2]uint64{q, s, x}, "SWAR %q", b)
}

// TestJSONMasks checks the masks with every byte value at every place of
// a block, and on a response body.
func TestJSONMasks(t *testing.T) {
	base := []byte(`{"ActionStatus":"FAIL","ErrorCode":20003,"ErrorInfo":"code\\u0001 [x]","ErrorDisplay":""}`)
	checkMasks(t, base)
	for i := range maskRead {
		for c := range 256 {
			b := bytes.Repeat([]byte("cxd"), maskRead)[:maskRead]
			b[i] = byte(c)
			checkMasks(t, b)
		}
	}
}

// FuzzJSONMasks holds the masks of the fast path to the byte-at-a-time
// ones.
func FuzzJSONMasks(f *testing.F) {
	f.Add([]byte(`{"ErrorCode":1,"ErrorInfo":"a\\"}` + "\x00\x1f\x7f\xe8\xe9{[cOdE"))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkMasks(t, b)
	})
}

// TestPlainCode holds plainCode to jsonNumber and ascii.ParseCode: where
// it reads a code, they read the same number to the same end.
func TestPlainCode(t *testing.T) {
	for _, num := range []string{"0", "-0", "7", "-7", "20003", "0123", "00", "-", "2147483647", "2147483648", "-2147483648", "-2147483649", "12345678901", "1.5", "1e3", "1E3", "12a", "9999999999"} {
		for _, after := range []string{"", ",", "}", "\n", "\r", " ", "x", ".", "e", ",       ", "}\xff\xff\xff\xff\xff\xff\xff", "99999999", "1234567", "/:/:/:/:"} {
			b := []byte(num + after)
			end, code, ok := plainCode(b, 0)
			if !ok {
				continue
			}
			jend, jok := jsonNumber(b, 0)
			require.True(t, jok && jend == end && end < len(b), "%q", b)
			want, pok := ascii.ParseCode(b[:end])
			require.True(t, pok, "%q", b)
			require.Equal(t, errcode.Code(want), code, "%q", b)
		}
	}
	// Each short, and padded so that plainCode reads the digits from one
	// word.
	for _, pad := range []string{"", "        "} {
		for _, b := range []string{"20003,", "-5}", "0 ", "1234567,", "-1234567,", "12345678,", "2147483647,", "-2147483648,"} {
			_, _, ok := plainCode([]byte(b+pad), 0)
			require.True(t, ok, b)
		}
		for _, b := range []string{"20003", "1.5,", "0123,", "2147483648,", "-,", "12E3,", "-0123,", "1234567e", "x1,"} {
			if pad != "" && b == "20003" {
				continue // the pad ends it
			}
			_, _, ok := plainCode([]byte(b+pad), 0)
			require.False(t, ok, b)
		}
	}
}

// TestBlockMasks holds a pair of masks, taken at every seventh place of
// a window, and the blocks taken from it, to plainEnd and holdsText
// (which noText must not contradict) for the strings from every place
// after it: within the first block, in blocks taken from the pair at
// each offset, past the pair, and past the limit.
func TestBlockMasks(t *testing.T) {
	var b []byte
	for _, part := range []string{`"ab"`, `x\"`, "c\x01d", `"code"`, strings.Repeat("y", 70), `"`, `{[`, "\xe9\x94", `"cxd`, strings.Repeat(`z"`, 40)} {
		b = append(b, part...)
	}
	// Strings that hold something to scan one level up, at every place.
	for k := range 40 {
		b = append(b, `"`+strings.Repeat("y", k%9)+[]string{"CoDe", "{", "[", "\xe9\x94", "cxd"}[k%5]+`"`...)
	}
	for _, limit := range []int{len(b), len(b) - 40, 150} {
		for base := 0; base+maskRead <= len(b); base += 7 {
			for i := base; i <= limit; i++ {
				for _, n := range []int{maxKey, 63, maxPre} {
					m := blockMasks{buf: b, limit: limit, base: noBlock, pairBase: noBlock}
					m.endNew(base, 0) // takes the pair and the block at base
					require.Equal(t, base, m.base)
					want := plainEnd(b[:limit], i, n)
					require.Equal(t, want, m.end(i, n), "block at %d, limit %d, from %d, n %d", base, limit, i, n)
					// The same pair and block, as firstKey takes them.
					var first blockMasks
					first.firstKey(b, base, limit)
					require.Equal(t, want, first.end(i, n), "firstKey's block at %d, limit %d, from %d, n %d", base, limit, i, n)
					if want > i && m.noText(i, want) {
						require.False(t, holdsText(b, i, want), "block at %d, %q", base, b[i:want])
					}
				}
			}
		}
	}
}

// TestKeyTable checks that keyTable holds the keys of memberKeys, each
// once, where keyKind looks for it, and nothing else.
func TestKeyTable(t *testing.T) {
	n := 0
	for _, words := range memberKeys {
		for _, m := range words {
			require.Equal(t, m.key, memberKind([]byte(strings.ToUpper(m.word))), m.word)
			n++
		}
	}
	used := 0
	for _, e := range keyTable {
		if e.n != 0 {
			used++
		}
	}
	require.Equal(t, n, used)
}

// TestMemberString holds memberString's table to the rules it stands
// for, spelled out, for every key, in a fail list or not, with details
// or not, at a level that may nest or not.
func TestMemberString(t *testing.T) {
	for member := keyOther; member <= keyFailList; member++ {
		for _, failList := range []bool{false, true} {
			for _, details := range []bool{false, true} {
				for _, nest := range []bool{false, true} {
					kind, scan := strText, true
					switch member {
					case keyErrorCode, keyResultCode, keyCode:
						kind, scan = strCode, false
					case keyErrorInfo, keyResultInfo, keyDetail, keyMessage:
						kind = strInfo
					case keyID, keyGroupID:
						kind, scan = strID, false
					}
					if failList {
						kind, scan = strAccount, false
					}
					if !details && kind == strInfo {
						kind = strText
					}
					gotKind, gotScan := memberString(member, failList, details, nest)
					require.Equal(t, kind, gotKind, "key %d", member)
					require.Equal(t, scan && nest, gotScan, "key %d", member)
				}
			}
		}
	}
}

// TestKeyMasks holds textKeys and infoKeys to memberStrings, which
// TestMemberString holds to the rules: members reads kinds from the masks.
func TestKeyMasks(t *testing.T) {
	require.Equal(t, 16, len(memberStrings), "a mask has a bit for each key")
	for member := keyOther; member <= keyFailList; member++ {
		kind := memberStrings[member]
		require.Equal(t, kind == strText, textKeys>>member&1 == 1, "key %d", member)
		require.Equal(t, kind == strInfo, infoKeys>>member&1 == 1, "key %d", member)
	}
}

// TestMemberOpts holds memberOpts to memberString: for every key, in a
// fail list or not, with details or not, at a level that may nest or
// not, a text bit for the keys whose strings are text, and a scan bit
// for those whose strings are scanned one level up.
func TestMemberOpts(t *testing.T) {
	for o := range len(memberOpts) {
		failList, details, nest := o&optFailList != 0, o&optDetails != 0, o&optNest != 0
		for member := keyOther; member <= keyFailList; member++ {
			kind, scan := memberString(member, failList, details, nest)
			require.Equal(t, kind == strText, memberOpts[o]>>member&1 == 1, "key %d, opts %d", member, o)
			require.Equal(t, scan, memberOpts[o]>>(scanShift+member)&1 == 1, "key %d, opts %d", member, o)
		}
	}
}
