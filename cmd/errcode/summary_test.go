package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcode-im/errcode"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// where is a code's count and first and last line in a generated log.
type where struct {
	count       int64
	first, last int64
	firstFile   int
	lastFile    int
}

// genLog makes a log of about the given number of lines in many of the
// forms the scanner reads, with lines that hold no code between them, and
// returns it with where each code is. Every code is listed, so a correct
// -summary exits 0.
func genLog(seed uint64, lines int, file int, want map[errcode.Code]*where) []byte {
	rng := rand.New(rand.NewPCG(seed, 3))
	all := listed(func(errcode.Info) bool { return true })
	var b bytes.Buffer
	line := int64(1)
	note := func(c errcode.Code, at int64) {
		w := want[c]
		if w == nil {
			w = &where{first: at, firstFile: file}
			want[c] = w
		}
		w.count++
		w.last, w.lastFile = at, file
	}
	pick := func() errcode.Code {
		// a few common codes and a long tail
		if rng.IntN(2) == 0 {
			return all[rng.IntN(5)]
		}
		return all[rng.IntN(len(all))]
	}
	for line <= int64(lines) {
		c, d := pick(), pick()
		switch rng.IntN(12) {
		case 0:
			fmt.Fprintf(&b, `{"ActionStatus":"FAIL","ErrorCode":%d,"ErrorInfo":"info %d"}`+"\n", c, rng.IntN(3))
			note(c, line)
		case 1:
			fmt.Fprintf(&b, "2024-05-01 ERROR call failed ErrorCode=%d ErrorInfo=\"x y\" took=3ms\n", c)
			note(c, line)
		case 2:
			fmt.Fprintf(&b, `{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"To_Account":"u%d","ResultCode":%d},{"To_Account":"v","ResultCode":0},{"To_Account":"w","ResultCode":%d,"ResultInfo":"r"}]}`+"\n", rng.IntN(9), c, d)
			note(c, line)
			note(d, line)
		case 3:
			fmt.Fprintf(&b, `level=ERROR msg="im" resp="{\"ErrorCode\":%d,\"ErrorInfo\":\"e\"}" took=1ms`+"\n", c)
			note(c, line)
		case 4:
			fmt.Fprintf(&b, `{"time":"t","level":"ERROR","msg":"m","err":{"code":%d,"name":"%s","category":"%s","retry":"%s","detail":"d"}}`+"\n", c, c.Name(), c.Category(), c.Retry())
			note(c, line)
		case 5:
			fmt.Fprintf(&b, "{\n  \"ActionStatus\": \"FAIL\",\n  \"ErrorCode\": %d,\n  \"ErrorInfo\": \"pretty\"\n}\n", c)
			note(c, line+2)
			line += 4
		case 6:
			fmt.Fprintf(&b, "调用失败，错误码：%d\n", c)
			note(c, line)
		case 7:
			fmt.Fprintf(&b, "time=t level=ERROR msg=send err.code=%d err.name=%s err.detail=\"x\"\n", c, c.Name())
			note(c, line)
		case 8:
			fmt.Fprintf(&b, `{"log":"resp={\"ErrorCode\":%d}\n","stream":"stderr"}`+"\n", c)
			note(c, line)
		default:
			b.WriteString([]string{
				"2024-05-01 INFO request took 120ms code=200 status code: 404 mode=async node=3\n",
				`{"level":"info","msg":"ok","code":0,"took":"12ms"}` + "\n",
				"[INFO] [req 8f3a] nothing to see, unicode=5 Xcode=70001 errcode\n",
				"\n",
			}[rng.IntN(4)])
		}
		line++
	}
	return b.Bytes()
}

// TestSummary checks that -summary counts every code exactly, with its
// first and last line, on generated logs whose counts are known.
func TestSummary(t *testing.T) {
	want := map[errcode.Code]*where{}
	log := genLog(1, 20000, 0, want)

	check := func(t *testing.T, got []map[string]any, want map[errcode.Code]*where, files []string) {
		t.Helper()
		require.Len(t, got, len(want))
		var prev int64 = 1 << 62
		for _, row := range got {
			c := errcode.Code(row["code"].(float64))
			w := want[c]
			require.NotNil(t, w, "code %d was not written", c)
			count := int64(row["count"].(float64))
			assert.Equal(t, w.count, count, "count of %d", c)
			assert.Equal(t, w.first, int64(row["first_line"].(float64)), "first line of %d", c)
			assert.Equal(t, w.last, int64(row["last_line"].(float64)), "last line of %d", c)
			assert.Equal(t, c.Name(), row["name"])
			assert.Equal(t, c.Category().String(), row["category"])
			assert.Equal(t, c.Retry().String(), row["retry"])
			assert.Equal(t, true, row["known"])
			if files != nil {
				assert.Equal(t, files[w.firstFile], row["first_file"])
				assert.Equal(t, files[w.lastFile], row["last_file"])
			} else {
				assert.NotContains(t, row, "first_file")
			}
			assert.LessOrEqual(t, count, prev, "most frequent first")
			prev = count
		}
	}
	decode := func(t *testing.T, out string) []map[string]any {
		var got []map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &got), out)
		return got
	}

	t.Run("standard input", func(t *testing.T) {
		r := inProcess(bytes.NewReader(log), "-summary", "-json")
		require.Equal(t, 0, r.code, r.stderr)
		check(t, decode(t, r.stdout), want, nil)
	})

	t.Run("read in small pieces", func(t *testing.T) {
		x := explainReads(log, 7, true)
		var total int64
		for _, r := range x.rows {
			w := want[r.Code]
			require.NotNil(t, w)
			assert.Equal(t, summaryRow{Code: r.Code, Known: true, Count: w.count, FirstLine: w.first, LastLine: w.last}, r)
			total += r.Count
		}
		assert.Len(t, x.rows, len(want))
	})

	t.Run("files, one gzipped", func(t *testing.T) {
		want2 := map[errcode.Code]*where{}
		for c, w := range want {
			cp := *w
			want2[c] = &cp
		}
		log2 := genLog(2, 5000, 1, want2)
		dir := t.TempDir()
		a, b := filepath.Join(dir, "a.log"), filepath.Join(dir, "b.log.gz")
		require.NoError(t, os.WriteFile(a, log, 0o600))
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		_, err := zw.Write(log2)
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		require.NoError(t, os.WriteFile(b, z.Bytes(), 0o600))

		r := inProcess(nil, "-summary", "-json", "-f", a, "-f", b)
		require.Equal(t, 0, r.code, r.stderr)
		check(t, decode(t, r.stdout), want2, []string{a, b})

		human := inProcess(nil, "-summary", "-f", a, "-f", b)
		require.Equal(t, 0, human.code)
		lines := strings.Split(strings.TrimSuffix(human.stdout, "\n"), "\n")
		assert.Equal(t, []string{"COUNT", "CODE", "NAME", "CATEGORY", "RETRY", "FIRST", "LAST"}, strings.Fields(lines[0]))
		assert.Len(t, lines, len(want2)+1)
		assert.Contains(t, lines[1], a+":")
		assert.True(t, strings.HasSuffix(lines[1], strings.Repeat("█", barWidth)), "the commonest code has the longest bar: %q", lines[1])

		// Standard input and a file.
		r = inProcess(bytes.NewReader(log), "-summary", "-json", "-f", b, "-")
		require.Equal(t, 0, r.code, r.stderr)
		check(t, decode(t, r.stdout), want2, []string{"-", b})

		// A file named .gz that is not gzip is read as it is: gzip is
		// told by its magic bytes, not by the name.
		require.NoError(t, os.WriteFile(filepath.Join(dir, "plain.gz"), []byte("ErrorCode=70001\n"), 0o600))
		r = inProcess(nil, "-summary", "-json", "-f", filepath.Join(dir, "plain.gz"))
		assert.Equal(t, 0, r.code, r.stderr)
		assert.Contains(t, r.stdout, `"code": 70001`)

		// A file with gzip's magic bytes and a broken header.
		require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.log"), []byte{0x1f, 0x8b, 0, 0}, 0o600))
		r = inProcess(nil, "-summary", "-f", filepath.Join(dir, "bad.log"), "-f", a)
		assert.Equal(t, 1, r.code)
		assert.Contains(t, r.stderr, "bad.log: ")
		assert.NotEmpty(t, r.stdout, "the other file is still counted")
	})

	t.Run("summary and explanation agree", func(t *testing.T) {
		c, _ := explainBytes(log, false)
		per := map[errcode.Code]int64{}
		for _, f := range c.findings {
			per[f.Code] += int64(f.Count)
		}
		for c, w := range want {
			assert.Equal(t, w.count, per[c], "code %d", c)
		}
		assert.Len(t, per, len(want))
	})
}

func TestBar(t *testing.T) {
	for _, tt := range []struct {
		count, most int64
		want        string
	}{
		{10, 10, strings.Repeat("█", barWidth)},
		{5, 10, strings.Repeat("█", barWidth/2)},
		{1, 1 << 40, "▏"},
		{1, 240, "▏"},
		{3, 240, "▍"},
		{0, 10, ""},
	} {
		assert.Equal(t, tt.want, bar(tt.count, tt.most), "%d of %d", tt.count, tt.most)
	}
}
