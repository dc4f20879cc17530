package scan

import (
	"bytes"
	"math/rand/v2"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// naiveText is indexText one byte at a time.
func naiveText(b []byte) int {
	for i := range b {
		switch {
		case b[i] == '{', b[i] == '[',
			bytes.HasPrefix(b[i:], []byte{0xe9, 0x94}), bytes.HasPrefix(b[i:], []byte{0xe8, 0xbf}),
			len(b)-i >= 4 && bytes.EqualFold(b[i:i+4], []byte("code")):
			return i
		}
	}
	return -1
}

// randomBytes returns n bytes drawn from alphabet by r: the inputs the
// searches' tests hold to their byte-at-a-time forms.
func randomBytes(r *rand.Rand, alphabet []byte, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return b
}

// sprinkled returns 1 to size bytes of 'x' with fewer than most pieces
// copied in at places drawn by r (a piece that would run past the end is
// left out): long plain runs with a few things to find, as the AVX2
// searches mostly meet them.
func sprinkled(r *rand.Rand, pieces []string, size, most int) []byte {
	b := bytes.Repeat([]byte("x"), 1+r.IntN(size))
	for range r.IntN(most) {
		p := pieces[r.IntN(len(pieces))]
		if i := r.IntN(len(b)); i+len(p) <= len(b) {
			copy(b[i:], p)
		}
	}
	return b
}

// TestIndexText compares indexText, and its SWAR form, with naiveText at
// every length up to 100 (around the 8- and 32-byte steps), over bytes
// that include those looked for and others that differ from them by one
// bit, and the letters of "code" that make it up in part.
func TestIndexText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", -1},
		{"cod", -1},
		{"code", 0},
		{"CoDe", 0},
		{"xCODE", 1},
		{"c\xc9de", -1}, // 0xc9|0x20 is 0xe9, not 'o'
		{"\xc9\x94 \xc8\xbf \xe8\x9f", -1},
		{"ab[", 2},
		{"错误码", 0},
		{"a返回", 1},
		{"\xe9", -1},
		{strings.Repeat("cod", 40) + "ecode", 117},
		{strings.Repeat("x", 60) + "ErrorCode=1", 65},
		{strings.Repeat("x", 70) + "{", 70},
	} {
		assert.Equal(t, tc.want, indexText([]byte(tc.in)), "%q", tc.in)
	}

	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("cCoOdDeE\x03\x0f\xe3\xef a{[\x5b\x7b\x3b\xe9\x94\xe8\xbf\xc9\xc8\x9f\xb4\n\x0b\x2a\x8a")
	for n := range 100 {
		for range 300 {
			b := randomBytes(r, alphabet, n)
			checkIndexText(t, b)
		}
	}
}

// TestIndexTextSparse compares indexText with naiveText on longer inputs
// of plain bytes with a few pieces here and there: near misses such as
// "cod", "c-d" or a lone 0xE8, which the AVX2 search must look at closely
// and go on from, and things it must find.
func TestIndexTextSparse(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"cod", "c-d", "CxD", "coda", "\xe8", "\xe9", "\xe8x", "\xe9\x95", "\xe8\xbf", "\xe9\x94", "{", "[", "code", "CODE", "o", "de", "\n", "\n\n", "c\nd", "\ncode",
		// bytes that share the low four bits or the follower of a pair's first
		"\xf9\x94", "\xc8\xbf", "\x89\x94", "\xe9\xbf", "\xe8\x94", "\xe1\x94"}
	for range 3000 {
		b := sprinkled(r, pieces, 400, 6)
		checkIndexText(t, b)
	}
}

// TestIndexTextEveryPlace puts one thing to find, after newlines, at
// every place of inputs of every length up to 200: around the 32- and
// 64-byte rounds of the AVX2 search, its last round, which overlaps the
// one before, and the last three bytes, which it leaves to the loop after
// it.
func TestIndexTextEveryPlace(t *testing.T) {
	for n := range 201 {
		for _, p := range []string{"{", "[", "code", "CODE", "\xe9\x94", "\xe8\xbf", "cod", "\xe9"} {
			for at := range n {
				b := bytes.Repeat([]byte("a\n"), n)[:n]
				copy(b[at:], p)
				checkIndexText(t, b)
			}
		}
	}
}

// TestIndexTextLinesLong holds the newline count on inputs long enough
// for the AVX2 search to add up its per-byte counts many times (every 127
// rounds of 64 bytes), in the worst case for them: every byte a newline.
// A thing to find is put at every few hundred places, in each of the
// bytes of a round, so that the count stops short in every way.
func TestIndexTextLinesLong(t *testing.T) {
	for _, n := range []int{127 * 64, 127*64 + 3, 127*64 + 35, 2 * 127 * 64, 40000} {
		b := bytes.Repeat([]byte{'\n'}, n)
		checkIndexText(t, b)
		for at := 0; at < n; at += 509 {
			c := bytes.Clone(b)
			c[at] = '{'
			checkIndexText(t, c)
			if at+4 <= n {
				c[at] = '\n'
				copy(c[at:], "CoDe")
				checkIndexText(t, c)
			}
		}
	}
}

// TestTextClear checks how far past what it finds the AVX2 search tells
// there is no newline: up to the first newline before the end of the
// second 64-byte round after the one it found it in (rounds start every
// 64 bytes from the input's start), or to that end, when the input holds
// it; otherwise up to the first newline in the round of 32 or 64 bytes
// it found it in, or that round's end (and nothing ever without AVX2).
// An ASCII round's first mark is checked alone, else with the vector
// test, which the last cases take.
func TestTextClear(t *testing.T) {
	x := strings.Repeat("x", 300)
	for _, tc := range []struct {
		in    string
		clear int
	}{
		{"{" + x, 192},
		{x[:100] + "{" + x[:155], 256},
		{x[:100] + "{" + x[:154], 128},                  // b ends before 256: its round's end
		{"ab code" + x[:60] + "\n" + x, 67},             // in the next round
		{x[:70] + "{\n" + x, 71},                        // in the same round
		{"{" + x[:180] + "\n" + x[:10], 181},            // in the last round
		{x[:10] + "错" + x[:200] + "\n", 192},            // a pair
		{x[:10] + "{" + x[:5] + "\n" + x[:20], 16},      // a round of 32 bytes, b's last
		{x[:40] + "{" + x[:5] + "\n" + x[:20], 46},      // b ends in the next round
		{x[:40] + "{" + x[:26], 64},                     // nor a newline before
		{x[:130] + "{" + x[:150] + "\n" + x[:200], 281}, // from a later round
		{x[:130] + "{" + x[:200] + "\n" + x[:200], 320}, // none up to 320
		{x[:70] + "code" + x[:200], 256},                // a "code" checked alone
		{x[:70] + "codxcode" + x[:200], 256},            // not a "code": the vector test
		{x[:70] + "cxd\nCODE" + x[:200], 256},
		{x[:70] + "{错\n" + x[:200], 74}, // a high bit: the vector test
	} {
		b := []byte(tc.in)
		i, _, clear := indexTextLines(b)
		want := tc.clear
		if !wideText {
			want = i
		}
		assert.Equal(t, want, clear, "%.20q…, found at %d", tc.in, i)
	}
}

// TestTextCandidate checks textCandidate against a search one byte at a
// time, for every limit n, stepping from one candidate to the next as
// text does, and with a "code" whose 'c' is just before from; and that
// the newlines it counts are those from from up to the candidate, none
// from the bytes past n it reads.
func TestTextCandidate(t *testing.T) {
	in := []byte("x{ [ \"错误码\" 返回\n CODE code\ncoDe 错 返 od {" + strings.Repeat(" \n", 20) + "[code\n\n")
	for n := 1; n <= len(in); n++ {
		var got []int
		for from := 0; from < n; {
			i, lines, clear := textCandidate(in, from, n)
			require.Equal(t, bytes.Count(in[from:i], []byte{'\n'}), lines, "n=%d from=%d", n, from)
			require.True(t, clear >= i && clear <= min(len(in), max(n+skipTail, i)), "n=%d from=%d: clear %d, i %d", n, from, clear, i)
			require.NotContains(t, string(in[i:clear]), "\n", "n=%d from=%d", n, from)
			if i >= n {
				break
			}
			got = append(got, i)
			from = i + 1
		}
		var want []int
		for i := 0; i < n; i++ {
			end := min(len(in), n+skipTail)
			if naiveText(in[i:end]) == 0 && in[i]|0x20 != 'c' || i > 0 && naiveText(in[i-1:end]) == 0 && in[i-1]|0x20 == 'c' {
				want = append(want, i)
			}
		}
		assert.Equal(t, want, got, "n=%d", n)
	}
	for _, tc := range []struct {
		in          string
		from, n     int
		want, lines int
		why         string
	}{
		{"abcdecode", 6, 9, 6, 0, "the 'o' of a code whose 'c' is before from"},
		{"abcd{xxxx", 5, 9, 9, 0, "a brace just before from"},
		{"abcd{code", 5, 9, 6, 0, "a brace just before from, then a code"},
		{"a\nc\nde\n\n{", 1, 3, 3, 1, "no newline counted past n"},
		{"\n\nx\n错", 0, 4, 4, 3, "a pair that ends past n, and newlines before it"},
		{"\n\n\n", 1, 3, 3, 2, "to the end of b"},
		{"\ncode", 1, 5, 2, 0, "a code right at from, after a newline"},
	} {
		i, lines, _ := textCandidate([]byte(tc.in), tc.from, tc.n)
		assert.Equal(t, tc.want, i, tc.why)
		assert.Equal(t, tc.lines, lines, tc.why)
	}
}

// TestLineNumbers holds the line of every finding to where its code is,
// on lines of every length up to a few hundred bytes, with the code of a
// JSON body or of a mention at every distance from the place the text
// search stops at: within the bytes it tells have no newline, at their
// edge and past it. The input is read whole, 7 bytes at a time and in
// reads of readSize, so that the window moves, and lines are counted
// across every kind of boundary.
func TestLineNumbers(t *testing.T) {
	var b bytes.Buffer
	var want []int64
	codes := []string{"70001", "10010", "20003"}
	line := int64(1)
	for k := 0; b.Len() < 2*readSize; k++ {
		code := codes[k%len(codes)]
		pad := strings.Repeat("x", k*7%150)
		switch k % 7 {
		case 0:
			b.WriteString("a " + pad + ` resp={"ActionStatus":"FAIL","` + pad + `":1,"ErrorCode":` + code + "}\n")
		case 1:
			b.WriteString("b {" + pad + "}" + pad + " ErrorCode: " + code + " z\n")
		case 2:
			b.WriteString(strings.Repeat("\n", k%4) + pad + "\n")
			line += int64(k % 4)
			line++
			continue
		case 3:
			b.WriteString(`{"ErrorCode":` + code + "," + `"` + pad + `":"` + pad + `"}` + "\n")
		case 4:
			// JSON over three lines, its code on the second
			b.WriteString("e " + pad[:len(pad)/2] + "{\n" + pad[len(pad)/2:] + `"ErrorCode":` + code + "\n}\n")
			want = append(want, line+1)
			line += 3
			continue
		case 5:
			// a brace that starts no JSON, a newline, then a mention
			b.WriteString("f {\n" + pad + " ErrorCode=" + code + "\n")
			want = append(want, line+1)
			line += 2
			continue
		default:
			b.WriteString("d " + pad + " ErrorCode=" + code + " ErrorInfo=" + pad + "\n")
		}
		want = append(want, line)
		line++
	}
	data := b.Bytes()
	for _, n := range []int{len(data), 7, readSize} {
		var r recorder
		scanReads(t, data, n, &r, Options{Lines: true})
		got := make([]int64, len(r))
		for i, f := range r {
			got[i] = f.Line
		}
		require.Equal(t, want, got, "reads of %d", n)
	}
}

// benchLogs holds the logs benchLog has made in this run.
var benchLogs = map[string][]byte{}

// benchLog returns 32 MiB of a generated log of the given kind (see
// cmd/errcode/bench), made with genlog once per run.
func benchLog(b testing.TB, kind string) []byte {
	b.Helper()
	if data, ok := benchLogs[kind]; ok {
		return data
	}
	out, err := exec.Command("go", "run", "../../bench/testdata/genlog", "-kind", kind, "-size", "33554432").Output()
	require.NoError(b, err)
	benchLogs[kind] = out
	return out
}

// count is a Sink that counts findings.
type count int

func (c *count) Found(Finding) { *c++ }

// BenchmarkScanLog scans 32 MiB of the command benchmark's logs, read
// 256 KiB at a time, as -summary does (lines, no details) and as the
// explain mode does (details, no lines).
func BenchmarkScanLog(b *testing.B) {
	for _, kind := range []string{"sparse", "dense"} {
		data := benchLog(b, kind)
		for _, opt := range []struct {
			name string
			opt  Options
		}{{"summary", Options{Lines: true}}, {"explain", Options{Details: true}}} {
			b.Run(kind+"/"+opt.name, func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				var c count
				sc := New(&c, opt.opt)
				for b.Loop() {
					require.NoError(b, sc.Scan(bytes.NewReader(data)))
				}
			})
		}
	}
}

// BenchmarkIndexText is the search for where text may hold something
// over the sparse log, against bytes.IndexByte for a byte it does not
// hold, the floor.
func BenchmarkIndexText(b *testing.B) {
	data := benchLog(b, "sparse")[:readSize]
	for _, f := range []struct {
		name string
		f    func([]byte) (int, int, int)
	}{{"wide", func(b []byte) (int, int, int) {
		i, done, lines, _ := indexTextLinesWide(b)
		return i, done, lines
	}}, {"SWAR", indexTextLinesSWAR}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				for i := 0; i < len(data); {
					j, done, _ := f.f(data[i:])
					if j < 0 {
						j = max(done, 1)
					}
					i += j + 1
				}
			}
		})
	}
	b.Run("IndexByteFloor", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			bytes.IndexByte(data, 0xe9)
		}
	})
}

// BenchmarkTextSkips is the text search as the scanner runs it on the
// dense log: from a line start to the next place that may hold something,
// then on from the line after it, as a mention or a JSON body read up to
// its line end would. Most searches there are a few hundred bytes long,
// so what each call costs before and after its loop counts as much as
// the loop.
func BenchmarkTextSkips(b *testing.B) {
	data := benchLog(b, "dense")[:readSize]
	n := len(data) - skipTail
	var starts []int
	for i := 0; i < n; {
		starts = append(starts, i)
		j, _, _ := textCandidate(data, i, n)
		if k := bytes.IndexByte(data[j:n], '\n'); k >= 0 {
			j += k
		} else {
			j = n
		}
		i = j + 1
	}
	b.SetBytes(int64(n))
	b.ReportMetric(float64(n)/float64(len(starts)), "B/search")
	for b.Loop() {
		lines := 0
		for _, i := range starts {
			_, nl, _ := textCandidate(data, i, n)
			lines += nl
		}
		if lines == 0 {
			b.Fatal("no newline counted")
		}
	}
}

// TestCleanText covers both ways through cleanText: printable ASCII,
// copied as it is, and the rest, rune by rune.
func TestCleanText(t *testing.T) {
	for _, tc := range []struct {
		in    string
		more  bool
		limit int
		want  string
	}{
		{"  not found  ", false, 64, "not found"},
		{"not found", true, 64, "not found…"},
		{"abcdef", false, 4, "abcd…"},
		{"abcd", false, 4, "abcd"},
		{"ab  ef", false, 4, "ab…"},
		{"    ", true, 4, ""},
		{"", true, 4, ""},
		{"a\tb\nc", false, 64, "a b c"},
		{"a\x7fb", false, 64, "a b"},
		{"abcd\x00", false, 4, "abcd…"},
		{"签名过期", false, 64, "签名过期"},
		{"签名过期", false, 7, "签名…"},
		{"a\u202eb\u2028c", false, 64, "ab c"},
		{"a\xffb", false, 64, "a\ufffdb"},
	} {
		got := cleanText([]byte("x"), []byte(tc.in), tc.more, tc.limit)
		assert.Equal(t, "x"+tc.want, string(got), "%q more=%v limit=%d", tc.in, tc.more, tc.limit)
	}
}

// FuzzIndexText holds indexText, whatever search the processor gets, and
// its portable SWAR form to the byte-at-a-time search, and the newlines
// they count to bytes.Count.
func FuzzIndexText(f *testing.F) {
	for _, s := range []string{"", "code", "x{", "错误码", "返回", "c\xc9de", strings.Repeat("cod", 30) + "E", strings.Repeat("a\nb", 50) + "code\n",
		// past the round of what is found: the newline two rounds on
		strings.Repeat("x", 70) + "{" + strings.Repeat("y", 100) + "\n" + strings.Repeat("z", 60),
		// a round's first mark no "code", and one after it
		strings.Repeat("x", 70) + "cxd\nCoDe" + strings.Repeat("y", 130) + "\n",
		strings.Repeat("\n", 64) + "CODE[" + strings.Repeat("y", 127) + "\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkIndexText(t, b)
	})
}

// checkIndexText holds indexText to naiveText on b, and the SWAR form
// too over the part of b it covers, and the newlines each counts to
// bytes.Count up to where it stopped.
func checkIndexText(t *testing.T, b []byte) {
	t.Helper()
	want := naiveText(b)
	require.Equal(t, want, indexText(b), "%q", b)
	nl := func(end int) int { return bytes.Count(b[:end], []byte{'\n'}) }
	i, lines, clear := indexTextLines(b)
	require.Equal(t, want, i, "%q", b)
	if i >= 0 {
		require.True(t, clear >= i && clear <= len(b), "clear %d, i %d, len %d", clear, i, len(b))
		require.NotContains(t, string(b[i:clear]), "\n", "clear %d in %q", clear, b)
	} else {
		i = len(b)
	}
	require.Equal(t, nl(i), lines, "newlines %q", b)
	i, done, lines := indexTextLinesSWAR(b)
	if i < 0 {
		require.True(t, want < 0 || want >= done, "SWAR missed %d in %q (done %d)", want, b, done)
		require.Equal(t, nl(done), lines, "SWAR newlines %q", b)
	} else {
		require.Equal(t, want, i, "SWAR %q", b)
		require.Equal(t, nl(i), lines, "SWAR newlines %q", b)
	}
	i, done, lines, clear = indexTextLinesWide(b)
	if i < 0 {
		require.Equal(t, nl(done), lines, "wide newlines %q", b)
	} else {
		require.Equal(t, nl(i), lines, "wide newlines %q", b)
		require.True(t, clear >= i && clear <= len(b), "wide clear %d, i %d, len %d", clear, i, len(b))
		require.NotContains(t, string(b[i:clear]), "\n", "wide clear %d in %q", clear, b)
	}
}

// naiveDetailKey is indexDetailKey one byte at a time.
func naiveDetailKey(b []byte) int {
	for i := 0; i+2 < len(b); i++ {
		for _, p := range []string{"err", "det", "des", "res"} {
			if bytes.EqualFold(b[i:i+3], []byte(p)) {
				return i
			}
		}
	}
	return -1
}

// TestIndexDetailKey holds indexDetailKey and its SWAR form to
// naiveDetailKey at every length up to 100 (around the 8- and 32-byte
// steps), over the letters it looks for, bytes one bit away from them and
// others, and on longer runs with a few of them; and checks that every
// detail key starts with three bytes it looks for.
func TestIndexDetailKey(t *testing.T) {
	for _, keys := range detailKeys {
		for _, k := range keys {
			assert.Equal(t, 0, indexDetailKey([]byte(k), 1), k)
		}
	}
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", -1},
		{"er", -1},
		{"ERR", 0},
		{"xxxxxxxxxdEs", 9},
		{"xxxxxxxxReS", 8},
		{"dedet", 2},
		{"e\xd2rd\xc5s\xe5", -1}, // 0xd2|0x20 is 0xf2, not 'r'
		{"xxxxxxxer", -1},
	} {
		assert.Equal(t, tc.want, indexDetailKey([]byte(tc.in), len(tc.in)), "%q", tc.in)
	}
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte("eErRdDsStT\x05\x12\x04\xe5\xf2\xe4\xc5\xd2\xc4\xf3\xd4 x_=")
	for n := range 100 {
		for range 300 {
			b := randomBytes(r, alphabet, n)
			checkDetailKey(t, b)
		}
	}
	// Long runs with a few pieces, as the AVX2 search mostly meets them.
	pieces := []string{"er", "ERR", "de", "deT", "Des", "rE", "res", "e\xd2r", "d\xc5s"}
	for range 3000 {
		b := sprinkled(r, pieces, 300, 5)
		checkDetailKey(t, b)
	}
}

// checkDetailKey holds indexDetailKey, whatever search the processor
// gets, before a few limits, and its portable SWAR form to
// naiveDetailKey on b.
func checkDetailKey(t *testing.T, b []byte) {
	t.Helper()
	want := naiveDetailKey(b)
	require.Equal(t, want, indexDetailKeySWAR(b, 0), "SWAR %q", b)
	for _, n := range []int{len(b), len(b) - 2, len(b) / 2, len(b) - 40} {
		w := want
		if w >= n {
			w = -1
		}
		require.Equal(t, w, indexDetailKey(b, n), "%q before %d", b, n)
	}
}

// FuzzIndexDetailKey holds indexDetailKey, whatever search the processor
// gets, and its portable SWAR form to naiveDetailKey.
func FuzzIndexDetailKey(f *testing.F) {
	for _, s := range []string{"", "err", "xxxxxxxxxdEs", "e\xd2rd\xc5s\xe5"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkDetailKey(t, b)
	})
}

// TestLastNewline holds lastNewline to bytes.LastIndexByte at every
// length up to 40, over newlines, bytes one bit away from one, and
// others.
func TestLastNewline(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	alphabet := []byte("\n\x0b\x08\x8a\x2a x\xe9")
	for n := range 40 {
		for range 300 {
			b := randomBytes(r, alphabet, n)
			require.Equal(t, bytes.LastIndexByte(b, '\n'), lastNewline(b), "%q", b)
		}
	}
}

// TestDetailKeysEndWithALetter checks what searchKeys takes for granted:
// each detail key ends with a lower-case letter, so that a byte folded
// with 0x20 that differs from it cannot end the key in any case.
func TestDetailKeysEndWithALetter(t *testing.T) {
	for _, keys := range detailKeys {
		for _, k := range keys {
			c := k[len(k)-1]
			assert.True(t, c >= 'a' && c <= 'z', k)
		}
	}
}

// TestPlainRun holds plainRun to a search one byte at a time, from every
// index, at every length up to 40.
func TestPlainRun(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	alphabet := []byte("\n\\\"'\x0b\x5d\x22\xa2\x27x ")
	for n := range 40 {
		for range 200 {
			b := randomBytes(r, alphabet, n)
			for _, q := range []byte{'"', '\'', '\n'} {
				for from := range n + 1 {
					want := from
					for want < n && b[want] != '\n' && b[want] != '\\' && b[want] != q {
						want++
					}
					require.Equal(t, want, plainRun(b, from, q), "%q from %d, q %q", b, from, q)
				}
			}
		}
	}
}

// naiveUnquote is unquoteText one byte at a time, as it was before it
// copied runs of plain bytes whole.
func naiveUnquote(out, v []byte) []byte {
	hexQuoted := hexQuote(v)
	escapedQuote := v[0] == '\\' && !hexQuoted
	q := v[0]
	i := 1
	switch {
	case escapedQuote:
		q, i = '"', 2
	case hexQuoted:
		q, i = '"', len(`\x22`)
	}
	for i < len(v) {
		c := v[i]
		switch {
		case c == '\n':
			return out
		case escapedQuote && c == '\\' && i+1 < len(v) && v[i+1] == '"', hexQuoted && hexQuote(v[i:]):
			return out
		case !escapedQuote && c == q:
			return out
		case c == '\\' && i+1 < len(v):
			r, n := unescape(v[i:], true)
			if n == 0 {
				out = append(out, c)
				i++
				continue
			}
			out = utf8.AppendRune(out, r)
			i += n
			continue
		}
		out = append(out, c)
		i++
	}
	return out
}

// TestUnquoteText holds unquoteText to naiveUnquote on quoted values of
// every kind of quote, made of plain bytes, quotes, escapes and line ends.
func TestUnquoteText(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"a", "bc", " ", `"`, `'`, `\"`, `\x22`, `\n`, `\u4e2d`, `\\`, "\n", `\`, `\q`, "签", "xxxxxxxxxxxx"}
	for _, open := range []string{`"`, `'`, `\"`, `\x22`} {
		for range 2000 {
			v := []byte(open)
			for range r.IntN(12) {
				v = append(v, pieces[r.IntN(len(pieces))]...)
			}
			require.Equal(t, string(naiveUnquote([]byte("x"), v)), string(unquoteText([]byte("x"), v)), "%q", v)
		}
	}
}
