package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/cmd/errcode/internal/race"
	"github.com/errcode-im/errcode/cmd/errcode/internal/scan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// genReader generates lines[0] count[0] times, then lines[1] count[1]
// times and so on, each line made by its function from its number, without
// holding the input in memory.
type genReader struct {
	lines []func(i int, b []byte) []byte
	count []int
	part  int
	i     int
	buf   []byte
	rest  []byte
}

func (g *genReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(g.rest) == 0 {
			for g.part < len(g.lines) && g.i == g.count[g.part] {
				g.part, g.i = g.part+1, 0
			}
			if g.part == len(g.lines) {
				break
			}
			g.buf = g.lines[g.part](g.i, g.buf[:0])
			g.rest = g.buf
			g.i++
		}
		k := copy(p[n:], g.rest)
		g.rest = g.rest[k:]
		n += k
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// heapWatch samples the heap in use as data passes through it, every
// 4 MiB, and keeps the largest sample.
type heapWatch struct {
	r        io.Reader
	w        io.Writer
	passed   int64
	next     int64
	peak     uint64
	baseline uint64
}

func newHeapWatch() *heapWatch {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return &heapWatch{baseline: m.HeapAlloc}
}

func (h *heapWatch) sample(n int) {
	h.passed += int64(n)
	if h.passed < h.next {
		return
	}
	h.next = h.passed + 4<<20
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	h.peak = max(h.peak, m.HeapAlloc-min(m.HeapAlloc, h.baseline))
}

func (h *heapWatch) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	h.sample(n)
	return n, err
}

func (h *heapWatch) Write(p []byte) (int, error) {
	h.sample(len(p))
	return h.w.Write(p)
}

// hostileInput returns a reader of 30,000 findings of 70107 with long
// details and IDs, all different, then 100,000 with short ones, then
// 100,000 different codes, and how many findings that is in all.
func hostileInput() (io.Reader, int64) {
	long := strings.Repeat("d", scan.MaxDetail)
	longID := strings.Repeat("u", scan.MaxID)
	g := &genReader{
		lines: []func(int, []byte) []byte{
			func(i int, b []byte) []byte {
				return fmt.Appendf(b, `{"ErrorCode":70107,"ErrorInfo":"%d%s","To_Account":"%d%s"}`+"\n", i, long, i, longID)
			},
			func(i int, b []byte) []byte {
				return fmt.Appendf(b, `{"ErrorCode":70107,"ErrorInfo":"gone %d","To_Account":"user%d"}`+"\n", i, i)
			},
			func(i int, b []byte) []byte { return fmt.Appendf(b, "ErrorCode=%d\n", 200000+i) },
		},
		count: []int{30000, 100000, 100000},
	}
	return g, 230000
}

// TestBoundedMemory runs every mode over 100,000 different codes and
// 130,000 different details and IDs, and checks that what is kept stays
// within its limits, that the heap stays well under 64 MiB, and that the
// counts printed add up to every finding.
func TestBoundedMemory(t *testing.T) {
	if race.Enabled || testing.Short() {
		t.Skip("slow with the race detector or -short")
	}
	// As main sets it.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(memoryLimit))
	in, total := hostileInput()
	c := newCollector(false)
	require.NoError(t, scan.New(c, c.options()).Scan(in))
	assert.Len(t, c.findings, maxFindings)
	assert.Len(t, c.rows, maxRows)
	assert.Equal(t, total, c.total())
	assert.Equal(t, int64(100000-(maxRows-1)), c.other.Count, "70107 has a row, and the first codes the rest")
	withFinding := 0
	for _, r := range c.rows {
		if r.kept > 0 {
			withFinding++
		}
	}
	assert.Equal(t, maxFindings, withFinding, "each finding kept is a different code's")

	for _, args := range [][]string{{"-json"}, {}, {"-summary", "-json"}, {"-summary"}} {
		t.Run(strings.Join(append([]string{"mode"}, args...), " "), func(t *testing.T) {
			in, total := hostileInput()
			// The output goes to a file, so as not to count it in the heap.
			out, err := os.Create(filepath.Join(t.TempDir(), "out"))
			require.NoError(t, err)
			defer out.Close()
			var stderr bytes.Buffer
			h := newHeapWatch()
			h.r, h.w = in, out
			code := run(append(args, "-"), streams{stdin: h, stdout: h, stderr: &stderr})
			require.Equal(t, exitOK, code, stderr.String())
			stdout, err := os.ReadFile(out.Name())
			require.NoError(t, err)
			t.Logf("%v: heap at most %.1f MiB over the baseline, %d MiB of output", args, float64(h.peak)/(1<<20), len(stdout)>>20)
			assert.Less(t, h.peak, uint64(48<<20), "the heap stays well under 64 MiB")
			assert.Contains(t, stderr.String(), fmt.Sprintf("more than %d different codes: %d findings", maxRows, c.other.Count))

			var sum int64
			codes := map[errcode.Code]bool{}
			switch {
			case len(args) == 0:
				sum = textCounts(t, string(stdout), false)
				assert.Contains(t, stderr.String(), fmt.Sprintf("more than %d different findings", maxFindings))
			case args[0] == "-summary" && len(args) == 1:
				sum = textCounts(t, string(stdout), true)
			default:
				var got []struct {
					Code  errcode.Code `json:"code"`
					Count int64        `json:"count"`
					Other bool         `json:"other"`
					En    *string      `json:"en"`
				}
				require.NoError(t, json.Unmarshal(stdout, &got))
				if last := got[len(got)-1]; last.En != nil {
					assert.Empty(t, *last.En, "other codes are many codes: no one text describes them")
				}
				for _, j := range got {
					sum += j.Count
					if !j.Other {
						codes[j.Code] = true
					}
				}
				assert.Len(t, codes, maxRows, "every code counted one by one is shown")
				assert.True(t, got[len(got)-1].Other, "other codes come last")
			}
			assert.Equal(t, total, sum, "the counts add up to every finding")
		})
	}
}

// textCounts adds up the counts of the text output: "seen: N times", or 1,
// for each block of an explanation; the first column of -summary.
func textCounts(t *testing.T, out string, summary bool) int64 {
	var sum, block int64
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for first := true; sc.Scan(); first = false {
		line := sc.Text()
		if summary {
			if !first {
				n, err := strconv.ParseInt(strings.Fields(line)[0], 10, 64)
				require.NoError(t, err, line)
				sum += n
			}
			continue
		}
		switch {
		case line != "" && line[0] != ' ':
			sum += block
			block = 1
		case strings.HasPrefix(line, "  seen:"): // N time or N times
			n, err := strconv.ParseInt(strings.Fields(line)[1], 10, 64)
			require.NoError(t, err, line)
			block = n
		}
	}
	return sum + block
}

// TestFairExplain checks that every code is explained at least once, and
// before any code is explained a second time, however many findings one
// code has.
func TestFairExplain(t *testing.T) {
	tests := []struct {
		name  string
		many  int // findings of 70107, each for another account
		after []int
	}{
		{"one code fills the table", maxFindings, []int{10010}},
		{"and more", 3 * maxFindings, []int{10010, 90001, 12345}},
		{"under the limit", 10, []int{10010}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			for i := range tt.many {
				fmt.Fprintf(&b, `{"ErrorCode":0,"ResultItem":[{"To_Account":"u%d","ResultCode":70107}]}`+"\n", i)
			}
			for _, c := range tt.after {
				fmt.Fprintf(&b, `{"ErrorCode":%d,"ErrorInfo":"late"}`+"\n", c)
			}
			r := inProcess(strings.NewReader(b.String()), "-json")
			require.Equal(t, exitOK, r.code, r.stderr)
			got := decodeJSON(t, r.stdout)
			require.NotEmpty(t, got)

			// Each code's first finding comes first, in the order of the
			// input.
			var firsts []int
			seen := map[int]bool{}
			per := map[int]int{}
			for i, j := range got {
				per[j.Code] += j.Count
				if !seen[j.Code] {
					seen[j.Code] = true
					firsts = append(firsts, j.Code)
					assert.Equal(t, len(firsts)-1, i, "code %d is shown a second time before %d is shown", got[0].Code, j.Code)
				}
			}
			assert.Equal(t, append([]int{70107}, tt.after...), firsts)
			assert.Equal(t, tt.many, per[70107], "every 70107 is counted")
			for _, c := range tt.after {
				assert.Equal(t, 1, per[c])
			}
			assert.Equal(t, 1+len(tt.after), len(seen))

			folded := tt.many + len(tt.after) - maxFindings
			if folded <= 0 {
				assert.Empty(t, r.stderr)
				return
			}
			assert.Equal(t, fmt.Sprintf("errcode: more than %d different findings: %s of 1 code are counted under their code, without their details and IDs (folded)\n", maxFindings, plural(folded, "finding")), r.stderr)
			last := got[len(got)-1]
			assert.True(t, last.Folded)
			assert.Equal(t, 70107, last.Code)
			assert.Equal(t, folded, last.Count)
			assert.Empty(t, last.ID)

			human := inProcess(strings.NewReader(b.String()))
			assert.Regexp(t, `(?m)^  folded: +findings of this code whose details and IDs were not kept`, human.stdout)
			assert.Regexp(t, `(?m)^  seen: +`+plural(folded, "time")+`$`, human.stdout)
		})
	}

	t.Run("a new code takes the place of a later finding", func(t *testing.T) {
		c := newCollector(false)
		for i := range maxFindings {
			c.Found(scan.Finding{Code: 70107, Known: true, ID: strconv.Itoa(i)})
		}
		c.Found(scan.Finding{Code: 10010, Known: true})
		c.Found(scan.Finding{Code: 70107, Known: true, ID: "0"}) // the first is still kept
		require.Len(t, c.findings, maxFindings)
		entries := c.entries()
		assert.Equal(t, entry{code: 70107, known: true, id: "0", count: 2}, entries[0])
		assert.Equal(t, entry{code: 10010, known: true, count: 1}, entries[1])
		assert.Equal(t, entry{code: 70107, known: true, count: 1, folded: true}, entries[len(entries)-1])
		n, codes := c.folded()
		assert.Equal(t, int64(1), n)
		assert.Equal(t, 1, codes)
	})
}

// TestExitStatus checks the exit status of a run over input in every
// mode: 0 when a failure was found, whether its code is listed or not,
// and 1 when the input held only successes, cut numbers or nothing, or
// could not be read.
func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.log")
	good := filepath.Join(dir, "good.log")
	require.NoError(t, os.WriteFile(good, []byte("ErrorCode=70001\n"), 0o600))
	tests := []struct {
		name  string
		input string
		files []string
		want  int
	}{
		{"a listed code", `{"ErrorCode":70001}`, nil, exitOK},
		{"a code no source lists", `{"ErrorCode":12345,"ErrorInfo":"odd"}`, nil, exitOK},
		{"a listed and a cut code", "ErrorCode=70001\nErrorCode=7000", nil, exitOK},
		{"only a cut code", "ErrorCode=7000", nil, exitMissing},
		{"only successes", `{"ActionStatus":"OK","ErrorCode":0}`, nil, exitMissing},
		{"nothing", "", nil, exitMissing},
		{"text without codes", "all good\n", nil, exitMissing},
		{"failed accounts without a code", `{"ActionStatus":"OK","ErrorCode":0,"FailAccounts":["u1"]}`, nil, exitOK},
		{"a failure and a file that cannot be read", "", []string{good, missing}, exitMissing},
		{"a failure in a file", "", []string{good}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, mode := range [][]string{{}, {"-json"}, {"-summary"}, {"-summary", "-json"}} {
				if strings.HasPrefix(tt.name, "failed accounts") && len(mode) > 0 && mode[0] == "-summary" {
					continue // read whole by CheckBody only when explaining
				}
				args := mode
				for _, f := range tt.files {
					args = append(args, "-f", f)
				}
				if tt.files == nil {
					args = append(args, "-")
				}
				r := inProcess(strings.NewReader(tt.input), args...)
				assert.Equal(t, tt.want, r.code, "%v: %s", args, r.stderr)
			}
		})
	}

	t.Run("whole bodies with -api", func(t *testing.T) {
		for _, tt := range []struct {
			body string
			want int
		}{
			{`{"ActionStatus":"FAIL","ErrorCode":12345,"ErrorInfo":"odd"}`, exitOK},
			{`{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"x"}`, exitOK},
			{`{"ActionStatus":"OK","ErrorCode":0}`, exitMissing},
			{`not json`, exitMissing},
		} {
			r := inProcess(strings.NewReader(tt.body), "-api", "v4/openim/sendmsg", "-")
			assert.Equal(t, tt.want, r.code, "%s: %s", tt.body, r.stderr)
		}
	})
}

// TestNoCode checks that an item that failed without a code, as the
// scanner reports one, is counted, with its ID, in every output.
func TestNoCode(t *testing.T) {
	feed := func(c *collector) {
		for _, f := range []scan.Finding{
			{NoCode: true, ID: "u1"},
			{Code: 70107, Known: true, ID: "u3"},
			{NoCode: true, ID: "u1"},
			{NoCode: true, ID: "u2"},
			{Code: 0}, // a success: not a finding
		} {
			f.Line = 1
			c.Found(f)
		}
	}
	c := newCollector(false)
	feed(c)
	assert.Equal(t, int64(4), c.failures())
	entries := c.entries()
	require.Len(t, entries, 3)
	assert.Equal(t, entry{nocode: true, id: "u1", count: 2}, entries[0])
	assert.Equal(t, entry{nocode: true, id: "u2", count: 1}, entries[2], "u2 is no-code's second finding")

	var text bytes.Buffer
	require.NoError(t, writeEntries(&text, entries, langEnglish))
	assert.Regexp(t, `(?m)^0 +NO CODE\n  note: +this entry failed without an error code\n  id: +u1\n  seen: +2 times$`, text.String())
	assert.Regexp(t, `(?m)^  id: +u2$`, text.String())

	var js bytes.Buffer
	require.NoError(t, writeJSON(&js, entries, langBoth))
	got := decodeJSON(t, js.String())
	assert.Equal(t, []bool{true, false, true}, []bool{got[0].NoCode, got[1].NoCode, got[2].NoCode})
	assert.Equal(t, "u1", got[0].ID)
	assert.Equal(t, 2, got[0].Count)
	assert.Equal(t, 0, got[0].Code)
	assert.Equal(t, "this entry failed without an error code", got[0].Note, "JSON says what text says")
	assert.Empty(t, got[0].English, "code 0 here is no number to describe")
	assert.Empty(t, got[0].Name)

	s := newCollector(true)
	feed(s)
	rows := s.sortedRows()
	require.Len(t, rows, 2)
	assert.Equal(t, summaryRow{NoCode: true, Count: 3, FirstLine: 1, LastLine: 1}, rows[0])
	var sum bytes.Buffer
	require.NoError(t, writeSummary(&sum, rows, nil, false))
	assert.Regexp(t, `(?m)^3 +- +\(failed, no code\) +- +- +1 +1 +█+$`, sum.String())
	var sumJSON bytes.Buffer
	require.NoError(t, writeSummaryJSON(&sumJSON, rows, nil))
	var jrows []map[string]any
	require.NoError(t, json.Unmarshal(sumJSON.Bytes(), &jrows))
	assert.Equal(t, map[string]any{
		"code": 0.0, "count": 3.0, "name": "", "category": "", "retry": "", "known": false,
		"nocode": true, "first_line": 1.0, "last_line": 1.0,
	}, jrows[0])
}

// TestQuoteName checks that file names are printed as they are, or
// quoted when they hold a control character or are not UTF-8.
func TestQuoteName(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"app.log", "app.log"},
		{"日志 2024.log", "日志 2024.log"},
		{"a\nb.log", `"a\nb.log"`},
		{"\x1b[31mred.log", `"\x1b[31mred.log"`},
		{"tab\there", `"tab\there"`},
		{"bad\xff.log", `"bad\xff.log"`},
		{"del\x7f", `"del\x7f"`},
	} {
		assert.Equal(t, tt.want, quoteName(tt.name), "%q", tt.name)
	}

	dir := t.TempDir()
	odd := filepath.Join(dir, "a\x1b[2J\nb.log")
	plain := filepath.Join(dir, "plain.log")
	require.NoError(t, os.WriteFile(odd, []byte("ErrorCode=70001\n"), 0o600))
	require.NoError(t, os.WriteFile(plain, []byte("ErrorCode=70001\n"), 0o600))
	r := inProcess(nil, "-summary", "-f", odd, "-f", plain)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, strconv.Quote(odd)+":1")
	assert.Contains(t, r.stdout, plain+":1")
	assert.NotContains(t, r.stdout, "\x1b")

	r = inProcess(nil, "-summary", "-json", "-f", odd, "-f", plain)
	assert.NotContains(t, r.stdout, "\x1b", "JSON escapes it")
	assert.Contains(t, r.stdout, `\u001b[2J\nb.log`)

	gone := filepath.Join(dir, "gone\x1b[2J\n.log")
	folder := filepath.Join(dir, "dir\x1b[2J\n")
	require.NoError(t, os.Mkdir(folder, 0o700))
	for _, args := range [][]string{{"-f", gone}, {"-api", "v4/openim/sendmsg", "-f", gone}, {"-summary", "-f", folder}} {
		r = inProcess(nil, args...)
		assert.Equal(t, exitMissing, r.code)
		first, _, _ := strings.Cut(r.stderr, "\n")
		assert.Contains(t, first, strconv.Quote(args[len(args)-1]), "the message is one line")
		assert.NotContains(t, r.stderr, "\x1b", "%v", args)
	}

	badGzip := filepath.Join(dir, "z\x07.gz")
	require.NoError(t, os.WriteFile(badGzip, []byte{0x1f, 0x8b, 0, 0}, 0o600))
	r = inProcess(nil, "-f", badGzip)
	assert.Contains(t, r.stderr, "reading "+strconv.Quote(badGzip)+": ")
}

// TestRecentFindings feeds the collector findings that come back in
// every order, with details that share their bytes or not, and more
// distinct codes than its recent caches hold, and checks
// that each finding and each row counts exactly its own occurrences.
func TestRecentFindings(t *testing.T) {
	type key struct {
		code       errcode.Code
		cut        bool
		detail, id string
	}
	// Details that share their bytes, which the caches hash by where
	// they are, but differ.
	base := strings.Clone("UserSig expired")
	details := []string{"", base[:7], base, strings.Clone(base[:7])}
	var fs []scan.Finding
	for i := range 5000 {
		fs = append(fs, scan.Finding{
			Code:   errcode.Code(70000 + i*7919%(3*recentSize)),
			Cut:    i%5 == 0,
			Detail: details[i/(3*recentSize)%len(details)],
			ID:     []string{"", "u1"}[i%2],
			Line:   int64(i + 1),
		})
	}
	want := map[key]int{}
	wantRows := map[key]int64{}
	for _, f := range fs {
		want[key{f.Code, f.Cut, f.Detail, f.ID}]++
		wantRows[key{code: f.Code, cut: f.Cut}]++
	}
	for _, summary := range []bool{false, true} {
		c := newCollector(summary)
		for _, f := range fs {
			c.Found(f)
		}
		gotRows := map[key]int64{}
		for _, r := range c.rows {
			gotRows[key{code: r.Code, cut: r.Cut}] += r.Count
		}
		assert.Equal(t, wantRows, gotRows, "summary=%v", summary)
		if summary {
			continue
		}
		got := map[key]int{}
		for _, e := range c.entries() {
			got[key{e.code, e.cut, e.detail, e.id}] += e.count
		}
		assert.Equal(t, want, got)
	}
}

// TestRowSlotsGrow checks that the rows the collector's slots point to
// are counted right while the rows grow and move: each code comes again
// after many new ones, and each row must hold its own count and last
// line, as a plain count of the findings gives them.
func TestRowSlotsGrow(t *testing.T) {
	c := newCollector(true)
	type tally struct{ n, last int64 }
	want := map[errcode.Code]tally{}
	line := int64(0)
	for i := range 3000 {
		for _, code := range []errcode.Code{errcode.Code(70000 + i), errcode.Code(70000 + i/2), errcode.Code(70000 + i/7)} {
			line++
			c.FoundBatch([]scan.Finding{{Code: code, Line: line}})
			w := want[code]
			want[code] = tally{w.n + 1, line}
		}
	}
	require.Len(t, c.rows, len(want))
	for _, r := range c.rows {
		assert.Equal(t, want[r.Code], tally{r.Count, r.LastLine}, r.Code)
	}
}

// TestFoundBatch checks that findings handed over in batches, of every
// size, leave the collector as handing them over one by one does, in
// every mode: successes, cut numbers, items without a code, details and
// IDs, and rows the caches hold and do not.
func TestFoundBatch(t *testing.T) {
	var fs []scan.Finding
	for i := range 3000 {
		f := scan.Finding{
			Code:   errcode.Code(70000 + i*7919%(2*recentSize)),
			Known:  i%3 == 0,
			Cut:    i%5 == 0,
			Detail: []string{"", "a", "b"}[i%3],
			ID:     []string{"", "u1"}[i%2],
			Line:   int64(i + 1),
		}
		switch i % 11 {
		case 0:
			f = scan.Finding{Line: int64(i + 1)} // a success
		case 1:
			f = scan.Finding{NoCode: true, ID: "u2", Line: int64(i + 1)}
		}
		fs = append(fs, f)
	}
	for _, summary := range []bool{false, true} {
		want := newCollector(summary)
		for _, f := range fs {
			want.Found(f)
		}
		for _, size := range []int{1, 7, 128, len(fs)} {
			got := newCollector(summary)
			for rest := fs; len(rest) > 0; {
				n := min(size, len(rest))
				got.FoundBatch(rest[:n])
				rest = rest[n:]
			}
			assert.Equal(t, want, got, "summary=%v, batches of %d", summary, size)
		}
	}
}

// TestFindingBits holds findingBits, one load of a finding's first bytes,
// to rowBits of its fields, for every Cut, NoCode and Known and codes of
// every width and sign: were they to differ, every finding FoundBatch
// counts would miss the row cache that count fills.
func TestFindingBits(t *testing.T) {
	for _, code := range []errcode.Code{0, 1, 70001, -1, math.MaxInt32, math.MinInt32} {
		for _, cut := range []bool{false, true} {
			for _, nocode := range []bool{false, true} {
				for _, known := range []bool{false, true} {
					f := scan.Finding{Code: code, Cut: cut, NoCode: nocode, Known: known, Detail: "d", ID: "i", Line: 7}
					assert.Equal(t, rowBits(code, cut, nocode), findingBits(&f), "%+v", f)
					assert.Equal(t, code == 0 && !nocode, findingBits(&f)&successMask == 0, "%+v", f)
				}
			}
		}
	}
}

// TestFailures holds the collector's count of failures, worked out from
// its rows, to a plain count of the findings that are failures, in every
// mode, with cut numbers, items without a code, successes and more codes
// than it counts one by one (the rest go to other, cut or not).
func TestFailures(t *testing.T) {
	var fs []scan.Finding
	want := int64(0)
	for i := range 2 * maxRows {
		f := scan.Finding{Code: errcode.Code(1 + i), Cut: i%3 == 0, Line: int64(i + 1)}
		switch i % 7 {
		case 0:
			f = scan.Finding{Line: int64(i + 1)} // a success
		case 1:
			f = scan.Finding{NoCode: true, ID: "u", Line: int64(i + 1)}
		case 2:
			f.Code = 70001 // a code again
		}
		if (f.Code != 0 || f.NoCode) && !f.Cut {
			want++
		}
		fs = append(fs, f)
	}
	for _, summary := range []bool{false, true} {
		one, batched := newCollector(summary), newCollector(summary)
		for _, f := range fs {
			one.Found(f)
		}
		batched.FoundBatch(fs)
		require.Positive(t, one.other.Count, "summary=%v: some codes past maxRows", summary)
		assert.Equal(t, want, one.failures(), "summary=%v", summary)
		assert.Equal(t, want, batched.failures(), "summary=%v, in a batch", summary)
	}
}

// TestRowKnown checks that a row's Known is whether an official source
// lists its code, never for a cut number, whatever the findings say: with
// -summary the scanner leaves Known to the collector (scan.Options.NoKnown).
func TestRowKnown(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    scan.Finding
		want bool
	}{
		{"listed", scan.Finding{Code: errcode.AccountUserSigExpired}, true},
		{"listed, said known", scan.Finding{Code: errcode.AccountUserSigExpired, Known: true}, true},
		{"not listed", scan.Finding{Code: 123456789}, false},
		{"listed but cut", scan.Finding{Code: errcode.AccountUserSigExpired, Cut: true}, false},
		{"no code", scan.Finding{NoCode: true, ID: "u1"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, summary := range []bool{false, true} {
				c := newCollector(summary)
				c.FoundBatch([]scan.Finding{tc.f})
				require.Len(t, c.rows, 1)
				assert.Equal(t, tc.want, c.rows[0].Known, "summary=%v", summary)
			}
		})
	}
	assert.True(t, newCollector(true).options().NoKnown)
	assert.False(t, newCollector(false).options().NoKnown, "explaining keeps each finding's Known")
}
