package scan

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// naiveCode is indexCode one byte at a time.
func naiveCode(b []byte) int {
	for i := 0; i+4 <= len(b); i++ {
		if bytes.EqualFold(b[i:i+4], []byte("code")) {
			return i
		}
	}
	return -1
}

// TestIndexCode compares indexCode, and its SWAR form, with naiveCode at
// every length and position around the 8- and 32-byte steps, with bytes
// that differ from a letter of "code" by one bit.
func TestIndexCode(t *testing.T) {
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
		{"cOd\x05", -1},
		{strings.Repeat("cod", 40) + "ecode", 117},
		{strings.Repeat("x", 60) + "ErrorCode=1", 65},
	} {
		assert.Equal(t, tc.want, indexCode([]byte(tc.in)), "%q", tc.in)
	}

	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("cCoOdDeE\x43\x63\x4f\x6f\x44\x64\x45\x65\x03\x0f\xe3\xef a")
	for n := range 100 {
		for range 200 {
			b := make([]byte, n)
			for i := range b {
				b[i] = alphabet[r.IntN(len(alphabet))]
			}
			want := naiveCode(b)
			require.Equal(t, want, indexCode(b), "%q", b)
			i, done := indexCodeSWAR(b)
			if i < 0 {
				require.True(t, want < 0 || want >= done, "SWAR missed %d in %q (done %d)", want, b, done)
			} else {
				require.Equal(t, want, i, "SWAR %q", b)
			}
		}
	}
}

// TestSkipper checks next against a search one byte at a time, with the
// window read in steps.
func TestSkipper(t *testing.T) {
	in := []byte(`x{ [ "错误码" 返回 CODE code coDe 错 返 od {`)
	for n := 1; n <= len(in); n++ {
		var k skipper
		k.reset()
		var got []int
		for from := 0; from < n; {
			i := k.next(in, from, n)
			if i >= n {
				break
			}
			got = append(got, i)
			from = i + 1
		}
		var want []int
		for i := 0; i < n; i++ {
			switch {
			case in[i] == '{', in[i] == '[',
				bytes.HasPrefix(in[i:], []byte("错误码")), bytes.HasPrefix(in[i:], []byte("返回")),
				i > 0 && naiveCode(in[i-1:min(i+3, len(in), n+skipTail)]) == 0:
				want = append(want, i)
			}
		}
		assert.Equal(t, want, got, "n=%d", n)
	}
}

// benchLog returns a generated log of the given kind (see
// cmd/errcode/bench), made once per run with genlog.
func benchLog(b testing.TB, kind string) []byte {
	b.Helper()
	dir := filepath.Join(os.TempDir(), "errcode-scan-bench")
	name := filepath.Join(dir, kind+".log")
	if data, err := os.ReadFile(name); err == nil {
		return data
	}
	require.NoError(b, os.MkdirAll(dir, 0o755))
	cmd := exec.Command("go", "run", "../../bench/testdata/genlog", "-kind", kind, "-size", "33554432")
	out, err := cmd.Output()
	require.NoError(b, err)
	require.NoError(b, os.WriteFile(name, out, 0o644))
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

// BenchmarkIndexCode is the search for "code" over the sparse log, against
// bytes.IndexByte for a byte it does not hold, the floor.
func BenchmarkIndexCode(b *testing.B) {
	data := benchLog(b, "sparse")[:readSize]
	b.Run("indexCode", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			for i := 0; ; {
				j := indexCode(data[i:])
				if j < 0 {
					break
				}
				i += j + 1
			}
		}
	})
	b.Run("SWAR", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			for i := 0; ; {
				j, done := indexCodeSWAR(data[i:])
				if j < 0 {
					if i+done >= len(data)-11 {
						break
					}
					j = done
				}
				i += j + 1
			}
		}
	})
	b.Run("IndexByteFloor", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			bytes.IndexByte(data, 0xe9)
		}
	})
}
