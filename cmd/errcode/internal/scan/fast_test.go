package scan

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/cmd/errcode/internal/chunk"
	"github.com/errcode-im/errcode/internal/ascii"
	"github.com/stretchr/testify/require"
)

// The text mention's fast paths, each held to a plain form of what it
// does: keyPrefix and numberAfterKey to the byte-at-a-time readers below,
// and the scanner with its fast paths to the scanner without them.

// naiveKeyPrefix is keyPrefix one prefix and one byte at a time.
func naiveKeyPrefix(b []byte, k int) (ks int, class textClass, ok bool) {
	for _, p := range keyPrefixes {
		ks := k - len(p.word)
		if ks >= 0 && ascii.HasPrefixFold(b[ks:], p.word) && keyStart(b, ks) {
			return ks, p.class, true
		}
	}
	return 0, 0, false
}

// naiveNumberAfterKey is numberAfterKey one byte at a time.
func naiveNumberAfterKey(b []byte, j int, sep keySep) (c errcode.Code, digits, end int, ok bool) {
	j = skipQuote(b, j)
	k := skipBlanks(b, j)
	switch {
	case k < len(b) && (b[k] == '=' || b[k] == ':'):
		k++
	case ascii.HasPrefixFold(b[k:], "："):
		k += len("：")
	case sep == sepMark || sep == sepBlank && k == j:
		return 0, 0, 0, false
	}
	k = skipQuote(b, skipBlanks(b, k))
	start := k
	if k < len(b) && (b[k] == '-' || b[k] == '+') {
		k++
	}
	d := k
	var v int64
	for k < len(b) && isDigit(b[k]) && k-d <= maxDigits {
		v = v*10 + int64(b[k]-'0')
		k++
	}
	if k == d || k-d > maxDigits {
		return 0, 0, 0, false
	}
	if k < len(b) && (isWordByte(b[k]) || b[k] == '.' && k+1 < len(b) && isDigit(b[k+1])) {
		return 0, 0, 0, false
	}
	if b[start] == '-' {
		v = -v
	}
	if v != int64(int32(v)) {
		return 0, 0, 0, false
	}
	return errcode.Code(v), start, k, true
}

// checkMentionReaders holds keyPrefix and numberAfterKey to their naive
// forms at every index of b.
func checkMentionReaders(t *testing.T, b []byte) {
	t.Helper()
	for k := range len(b) + 1 {
		ks, class, ok := keyPrefix(b, k)
		wks, wclass, wok := naiveKeyPrefix(b, k)
		require.Equal(t, []any{wks, wclass, wok}, []any{ks, class, ok}, "keyPrefix at %d of %q", k, b)
		for _, sep := range []keySep{sepMark, sepBlank, sepNone} {
			c, d, end, ok := numberAfterKey(b, k, sep)
			wc, wd, wend, wok := naiveNumberAfterKey(b, k, sep)
			require.Equal(t, []any{wc, wd, wend, wok}, []any{c, d, end, ok}, "numberAfterKey(%d, %d) of %q", k, sep, b)
		}
	}
}

// TestMentionReaders holds the readers to their naive forms on the forms
// of key and number a log holds, and on digits of every count around
// the eight that leadingDigits reads at once.
func TestMentionReaders(t *testing.T) {
	inputs := []string{
		"ErrorCode=70001 x", "error_code: 70001,", "ERROR CODE：10010 ", "errcode 70001", "err_code=-1 ",
		"ResultCode=0", "result code: 20003", "xerrorcode=1", "_errcode=1", "\\x22errcode\\x22:1",
		`"ErrorCode":"70001"`, `\"ErrorCode\":70001`, "ErrorCode= +12 ", "code=1.5", "code=12ab",
		"ErrorCode=2147483647 ", "ErrorCode=2147483648 ", "ErrorCode=-2147483648 ", "ErrorCode:\t\t7",
		"ErrorCode=", "E", "", "ERRor_Code=9", "rror_code=1", "err\x7fcode=1", "error\x00code=1",
		"ErrCode=1", "err code=1", "Result_Code=1", "RESULT CODE=1", "resultcode=1", "resulT\x7fcode=1",
		"xresult_code=1", "_result code=1", "err_code=1", "errorCODE=1", "error\x7fcode=1", "reror_code=1",
		"错误码70001", "错误码 70001", "错误码：70001", "返回1234567", "code 7", "ErrorCode=7_", "ErrorCode: 7.5",
		"ErrorCode:7.", "ErrorCode=12345678", "ErrorCode=1234567a", "ErrorCode=-5", "ErrorCode: +5",
	}
	for n := range 14 {
		d := strings.Repeat("9", n)
		for _, tail := range []string{"", " ", "x", ".5", ". ", "12345678"} {
			inputs = append(inputs, "ErrorCode="+d+tail, "code:"+strings.Repeat("0", n)+"7"+tail)
		}
	}
	for _, in := range inputs {
		t.Run(fmt.Sprintf("%q", in), func(t *testing.T) {
			checkMentionReaders(t, []byte(in))
			// Far enough from the start for the readers' wide loads.
			checkMentionReaders(t, []byte("a 2026-05-01 "+in))
			checkMentionReaders(t, []byte("errorerror"+in))
			// With bytes after it for the fast path's.
			checkMentionReaders(t, []byte("a 2026-05-01 "+in+" 0123456789abcdef"))
		})
	}
}

// TestLeadingDigits checks leadingDigits at every count of digits, with
// every byte after them that is next to a digit in value.
func TestLeadingDigits(t *testing.T) {
	for n := range 13 {
		for _, after := range []string{"", "/", ":", "a", "\x00", "\xb0", "\xb9", " 1"} {
			d := strings.Repeat("7", n) + after + "x9999999"
			v, got := leadingDigits([]byte(d))
			want := min(n, maxDigits+1)
			require.Equal(t, want, got, "%q", d)
			if n <= maxDigits {
				var w int64
				for range n {
					w = w*10 + 7
				}
				require.Equal(t, w, v, "%q", d)
			}
		}
	}
}

// FuzzMentionReaders holds keyPrefix and numberAfterKey to their naive
// forms at every index of the input.
func FuzzMentionReaders(f *testing.F) {
	for _, s := range []string{"ErrorCode=70001", "error code：123456789 ", "ab_errcode \"12\"", "RESULT_CODE=-7."} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 256 {
			b = b[:256]
		}
		checkMentionReaders(t, b)
	})
}

// scanFindings returns what a scan of data, read n bytes at a time,
// finds with opt, with the fast paths on or off; with the fast paths on,
// it also holds what a BatchSink takes to what a plain Sink does.
func scanFindings(t *testing.T, data []byte, n int, opt Options, slow bool) []Finding {
	t.Helper()
	var got recorder
	sc := New(&got, opt)
	sc.slow = slow
	require.NoError(t, sc.Scan(chunk.Reader(data, n)))
	require.Zero(t, sc.Stalls())
	if !slow {
		var batched batchRecorder
		require.NoError(t, New(&batched, opt).Scan(chunk.Reader(data, n)))
		require.Equal(t, []Finding(got), []Finding(batched.recorder), "in batches")
		require.Zero(t, batched.ones, "a BatchSink takes every finding in a batch")
		require.LessOrEqual(t, batched.most, batchSize)
	}
	return got
}

// recorder keeps every finding, in order.
type recorder []Finding

func (r *recorder) Found(f Finding) { *r = append(*r, f) }

// batchRecorder keeps every finding, in order, as a BatchSink; ones
// counts the findings it took one by one, and most is its largest batch.
type batchRecorder struct {
	recorder
	ones, most int
}

func (r *batchRecorder) Found(f Finding) {
	r.ones++
	r.recorder.Found(f)
}

func (r *batchRecorder) FoundBatch(fs []Finding) {
	r.most = max(r.most, len(fs))
	r.recorder = append(r.recorder, fs...)
}

// checkFastPaths holds the scanner with its fast paths to the scanner
// without them, with lines and with details, on data read whole and a
// few bytes at a time. Without details, no finding may have a Detail or
// an ID: the quick path of text mentions writes neither into the
// BatchSink's slots it reuses, which that keeps "".
//
// With NoKnown, a finding's Known may be false where the slow path's is
// true, and never the other way round; the rest is the same.
func checkFastPaths(t *testing.T, data []byte) {
	t.Helper()
	for _, opt := range []Options{{Lines: true}, {Lines: true, NoKnown: true}, {Details: true}, {Details: true, Lines: true}} {
		for _, n := range []int{1 << 20, 7} {
			slow := scanFindings(t, data, n, opt, true)
			fast := scanFindings(t, data, n, opt, false)
			if opt.NoKnown && len(fast) == len(slow) {
				for i := range fast {
					require.False(t, fast[i].Known && !slow[i].Known, "%+v in %q", fast[i], data)
					fast[i].Known = slow[i].Known
				}
			}
			require.Equal(t, slow, fast, "%+v, reads of %d, %q", opt, n, data)
			if !opt.Details {
				for _, f := range slow {
					require.Equal(t, [2]string{}, [2]string{f.Detail, f.ID}, "%+v in %q", f, data)
				}
			}
		}
	}
}

// TestFastPaths holds the scanner with its fast paths to the scanner
// without them on text with mentions on one line and on several, with
// and without JSON and strings between them.
func TestFastPaths(t *testing.T) {
	for _, in := range fastPathInputs {
		t.Run(fmt.Sprintf("%.40q", in), func(t *testing.T) {
			checkFastPaths(t, []byte(in))
		})
	}
}

// fastPathInputs are TestFastPaths' inputs.
var fastPathInputs = []string{
	"a ErrorCode: 70001, b\nc ErrorCode: 70001\n\nErrorCode=10010 ErrorInfo=\"x\"\n",
	"errcode: 70001 AccountX: y ErrorCode=70001\nerrcode: 70001 z\n",
	"code=70001 err.code=10010 err.name=GroupNotFound err.errors.0.code=10010\n",
	"ErrorCode=1 {\"ErrorCode\":70001,\"ErrorInfo\":\"a\\nErrorCode=2\"} ErrorCode=3\nErrorCode=4",
	"x \"{\\\"ErrorCode\\\":10010}\" ErrorCode=10010\r\nErrorCode=10010 错误码：70001\n返回70001",
	strings.Repeat("ErrorCode=70001 ", 300) + "\n" + strings.Repeat("line\n", 50) + "ErrorCode=20003",
	"ErrorCode=1 ErrorInfo=x {\n\"ErrorCode\":2\n} ErrorCode=3 ErrorInfo=y\nErrorCode=4 \"{\\\"ErrorCode\\\":5}\nErrorCode=6\n",
	"ERROR ErrorCode=1 errorinfo=a\nErrorCode=2 ERROR_INFO: b errorX=c\nerrorI=1 code=70001 error_msg=\"m\" ERROR\x7finfo=d\n",
	"{\"ResultItem\":[{\"To_Account\":\"u1\",\"ResultCode\":30001}],\"Fail_Account\":[\"u1\",\"u2\"]}\n{\"ErrorCode\":0} {\"ErrorCode\":70001,\"ErrorInfo\":\"errcode: 70001 x\"}\n",
	"ERRCODE 70001 xerrorcode=70001 \\x22errcode=70001 ErrorCode=0\nErrorCode:70001.5 errcode=70001x ErrorCode: 70001\nErrorCode=10010",
	// Quick mentions one after another (quickText's chain), on one
	// line and on the next, after the library's text (held), after
	// a success, a JSON value and a "code" that is none.
	"ErrorCode: 1 ErrorCode: 2\nerrcode: 3 ErrorCode=3 errcode: 3\nErrorCode=0 ErrorCode=4\n\nErrorCode=5 decode ErrorCode=6 {\"a\":1} ErrorCode=7\nErrorCode=8",
	// Quick mentions that are the first of their scope, with it
	// not open: after a JSON body's line, a line without a code,
	// the library's text (held) and a success.
	"{\"ErrorCode\":1}\nErrorCode: 1\nno code\nErrorCode=2 x\n{\"a\":1}\r\nerrcode 3\nerrcode: 4 y\nErrorCode: 4\nErrorCode=0\nErrorCode=5",
}

// FuzzFastPaths holds the scanner with its fast paths to the scanner
// without them.
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{
		"a ErrorCode: 70001, b\nc ErrorCode: 70001\n",
		"errcode: 70001 x ErrorCode=70001\n{\"ErrorCode\":1}ErrorCode=1\n",
		"code=70001 err.code=10010 err.name=GroupNotFound\n",
		// Keys at the very start, where codeMention has too few bytes
		// before "code" for its quick path, and near the input's end.
		"errcode=70001 ERRORCODE: 6011\nxErrorCode=1 _errcode 2 ErrorCode:7",
		"ErrorCode: 1 ErrorCode: 2\nerrcode: 3 ErrorCode=3\nErrorCode=0 ErrorCode=4\n\nErrorCode=5 decode ErrorCode=6",
		// JSON values that quickText reads on after, whole or not.
		"x {\"ErrorCode\":1}\ny {\"ErrorCode\":2} ErrorCode: 2\n[1,2]ErrorCode=3 {\"a\" code {\"ErrorCode\":",
		// Mentions first in a scope not open.
		"{\"ErrorCode\":1}\nErrorCode: 1\nno code\nErrorCode=2 x\nerrcode: 4 y\nErrorCode: 4\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		// A few lines are enough to tell the paths apart, and keep the
		// target fast enough for CI's runs.
		if len(b) > 512 {
			b = b[:512]
		}
		checkFastPaths(t, b)
	})
}

// TestPrefixWords holds the words keyPrefix compares to keyPrefixes:
// each prefix is one of them, alone or with a '_' or ' ' after it.
func TestPrefixWords(t *testing.T) {
	words := map[string][2]uint64{
		"error":  {wordError, foldError},
		"err":    {wordErr, foldErr},
		"result": {wordResult, foldResult},
	}
	for _, p := range keyPrefixes {
		w := strings.TrimRight(p.word, "_ ")
		require.Contains(t, words, w, p.word)
		require.LessOrEqual(t, len(p.word)-len(w), 1, p.word)
		var word, fold uint64
		for i := range len(w) {
			word |= uint64(w[i]) << (8 * i)
			if w[i] >= 'a' && w[i] <= 'z' {
				fold |= 0x20 << (8 * i)
			}
		}
		require.Equal(t, [2]uint64{word, fold}, words[w], p.word)
	}
}

// TestQuickWords holds the words codeMention compares the eight bytes that
// end a key with to the keys they stand for.
func TestQuickWords(t *testing.T) {
	for _, tc := range []struct {
		key        string
		word, fold uint64
	}{
		{"rrorcode", wordRrorcode, foldRrorcode},
		{"errcode", wordErrcode, foldErrcode},
	} {
		var word, fold uint64
		for i := range len(tc.key) {
			word |= uint64(tc.key[i]) << (8 * i)
			fold |= 0x20 << (8 * i)
		}
		require.Equal(t, [2]uint64{word, fold}, [2]uint64{tc.word, tc.fold}, tc.key)
	}
}

// TestWordBits holds wordByte to isWordByte for every byte.
func TestWordBits(t *testing.T) {
	for c := range 256 {
		require.Equal(t, isWordByte(byte(c)), wordByte(byte(c)), c)
	}
}

// BenchmarkTextMentions measures the scanner on lines that each hold one
// text mention, as -summary reads them (lines, no details) and as the
// command explains them (details), and reports the time per line.
func BenchmarkTextMentions(b *testing.B) {
	lines := []struct{ name, line string }{
		{"colon", "2024-05-01T00:00:00.003Z ERROR client.go:97 send failed to user_89757, ErrorCode: 90001, will not retry\n"},
		{"eq", "2024-05-01T00:00:00.005Z ERROR client.go:95 im call failed user=user_39651 ErrorCode=70107 ErrorInfo=\"To_Account not found\" took=331ms\n"},
	}
	modes := []struct {
		name string
		opt  Options
	}{{"summary", Options{Lines: true}}, {"explain", Options{Details: true}}}
	for _, l := range lines {
		data := []byte(strings.Repeat(l.line, (8<<20)/len(l.line)))
		n := bytes.Count(data, []byte{'\n'})
		for _, m := range modes {
			opt := m.opt
			b.Run(l.name+"/"+m.name, func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					scanReads(b, data, readSize, &nopSink{}, opt)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/line")
			})
		}
	}
}

// nopSink drops every finding.
type nopSink struct{}

func (nopSink) Found(Finding) {}
