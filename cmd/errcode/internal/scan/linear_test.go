package scan

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/cmd/errcode/internal/race"
)

// tally is a Sink that counts the same finding once, as the command does,
// so that a large input needs little memory.
type tally struct{ counts map[Finding]int }

func (t *tally) Found(f Finding) {
	if t.counts == nil {
		t.counts = make(map[Finding]int)
	}
	t.counts[f]++
}

// hostile makes inputs of about n bytes crafted to make a naive scanner
// slow or greedy.
var hostile = map[string]func(n int) []byte{
	// The input of the issue that took 724 s: a large ErrorInfo, then
	// ErrorCode members repeated to the end of the object.
	"big info, repeated codes": func(n int) []byte {
		b := []byte(`{"ErrorInfo":"` + strings.Repeat("z", n/2) + `"`)
		for len(b) < n {
			b = append(b, `,"ErrorCode":70001`...)
		}
		return append(b, '}')
	},
	"repeated codes, big info last": func(n int) []byte {
		b := []byte(`{"ErrorCode":70001`)
		for len(b) < n/2 {
			b = append(b, `,"ErrorCode":70001`...)
		}
		return append(b, `,"ErrorInfo":"`+strings.Repeat("z", n/2)+`"}`...)
	},
	"deep":          func(n int) []byte { return bytes.Repeat([]byte("["), n) },
	"deep objects":  func(n int) []byte { return bytes.Repeat([]byte(`{"a":`), n/5) },
	"open values":   func(n int) []byte { return bytes.Repeat([]byte(`[",[",`), n/6) },
	"broken bodies": func(n int) []byte { return bytes.Repeat([]byte(`{"ErrorCode":70001,"ErrorInfo":"x"`), n/34) },
	"codes":         func(n int) []byte { return bytes.Repeat([]byte("code=10010 "), n/11) },
	"codes and details": func(n int) []byte {
		return bytes.Repeat([]byte(`ErrorCode=7 ErrorInfo="`+strings.Repeat("z", 500)+`" `), n/530)
	},
	"open detail quotes": func(n int) []byte { return bytes.Repeat([]byte(`ErrorCode=7 errmsg="`), n/20) },
	"detail keys alone":  func(n int) []byte { return bytes.Repeat([]byte(`errmsg=`), n/7) },
	"details before":     func(n int) []byte { return bytes.Repeat([]byte(`ErrorInfo=x `), n/12) },
	"od":                 func(n int) []byte { return bytes.Repeat([]byte("od"), n/2) },
	"code words":         func(n int) []byte { return bytes.Repeat([]byte("errcode "), n/8) },
	"错误码":                func(n int) []byte { return bytes.Repeat([]byte("错误码"), n/9) },
	"返回":                 func(n int) []byte { return bytes.Repeat([]byte("返回"), n/6) },
	"返回 codes":           func(n int) []byte { return bytes.Repeat([]byte("返回70001，"), n/14) },
	"错误码为":               func(n int) []byte { return bytes.Repeat([]byte("错误码为"), n/12) },
	"escaped bodies":     func(n int) []byte { return bytes.Repeat([]byte(`"{\"`), n/4) },
	"nested strings": func(n int) []byte {
		return bytes.Repeat([]byte(`{"a":"{\"b\":\"{\\\"c\\\":\\\"x code=10010`), n/40)
	},
	"long number": func(n int) []byte { return append([]byte(`{"ErrorCode":`), bytes.Repeat([]byte("1"), n)...) },
	// Runs of openers, and what keeps a scope's findings waiting.
	"braces":            func(n int) []byte { return bytes.Repeat([]byte("{"), n) },
	"brackets":          func(n int) []byte { return bytes.Repeat([]byte("[{"), n/2) },
	"keys without json": func(n int) []byte { return bytes.Repeat([]byte(`{"a":{`), n/6) },
	"string values":     func(n int) []byte { return bytes.Repeat([]byte(`["`), n/2) },
	"escaped openers":   func(n int) []byte { return bytes.Repeat([]byte(`"{\"`), n/4) },
	"nginx openers":     func(n int) []byte { return bytes.Repeat([]byte(`{\x22`), n/5) },
	"library texts":     func(n int) []byte { return bytes.Repeat([]byte("errcode: 70001 X: y "), n/20) },
	"library texts in a string": func(n int) []byte {
		return append(append([]byte(`{"code":70001,"msg":"`), bytes.Repeat([]byte("errcode: 70001 X: y "), n/20)...), `"}`...)
	},
	"fail list": func(n int) []byte {
		return append(append([]byte(`{"FailAccounts":[`), bytes.Repeat([]byte(`"a",`), n/4)...), `""]}`...)
	},
	"slog lines": func(n int) []byte {
		line := `{"level":"ERROR","msg":"x","err":{"msg":"errcode: 70107 A: y (id: r)\nerrcode: 70107 A: y (id: l)","code":70107,"category":"account","retry":"never","id":"r","errors":{"0":{"code":70107,"category":"account","retry":"never","id":"r"},"1":{"code":70107,"category":"account","retry":"never","id":"l"}}}}` + "\n"
		return bytes.Repeat([]byte(line), n/len(line))
	},
}

// TestLinearWork proves that the scanner's work is linear in its input on
// every hostile input, and small per byte: it counts the bytes the scanner
// steps over, searches and copies (not time) on inputs that double in
// size, in both modes.
func TestLinearWork(t *testing.T) {
	base := 512 << 10
	if race.Enabled {
		base = 64 << 10 // the counts are the same; the race detector is slow
	}
	for name, make := range hostile {
		for _, summary := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s summary=%v", name, summary), func(t *testing.T) {
				var prev float64
				for _, n := range []int{base, 2 * base, 4 * base} {
					input := make(n)
					sc := scanReads(t, input, readSize, &tally{}, Options{Details: !summary, Lines: summary})
					perByte := float64(sc.Work()) / float64(len(input))
					assert.LessOrEqual(t, perByte, 12.0, "work per byte at %d bytes", len(input))
					if prev > 0 {
						assert.InDelta(t, prev, perByte, 0.1*prev+0.05, "work per byte grows with the input (%d bytes)", len(input))
					}
					prev = perByte
				}
			})
		}
	}

	t.Run("the issue's input under 8 MiB", func(t *testing.T) {
		input := hostile["big info, repeated codes"](8<<20 - 64)
		require.Less(t, len(input), 8<<20)
		got := &tally{}
		sc := scanReads(t, input, readSize, got, Options{Details: true})
		require.Len(t, got.counts, 1, "one code with one detail")
		for f, n := range got.counts {
			assert.Equal(t, errcode.Code(70001), f.Code)
			assert.Equal(t, strings.Count(string(input), `"ErrorCode"`), n, "every member counted")
			assert.True(t, strings.HasSuffix(f.Detail, "z…"))
		}
		assert.LessOrEqual(t, float64(sc.Work())/float64(len(input)), 3.0)
	})
}

// BenchmarkHostile measures the scanner on each hostile input; its time
// per byte should stay flat as the input grows.
func BenchmarkHostile(b *testing.B) {
	for name, make := range hostile {
		input := make(4 << 20)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(input)))
			for b.Loop() {
				scanReads(b, input, readSize, &tally{}, Options{Details: true})
			}
		})
	}
}

// stuck is a step that never moves.
func stuck(*scanner) {}

// TestStall checks the progress check itself: a scanner whose step does
// not move is stopped, and the stall counted, instead of looping forever.
func TestStall(t *testing.T) {
	sc := New(&tally{}, Options{})
	s := sc.root
	s.buf = append(s.buf[:0], "abc"...)
	still := 0
	for range 3 * (maxStillSteps + 1) {
		before := s.cursors()
		stuck(s)
		still = s.step(&before, still)
	}
	assert.Equal(t, int64(3), sc.Stalls(), "one stall per maxStillSteps+1 steps in place")
	assert.Equal(t, 3, s.pos, "each stall steps over a byte")
	assert.Equal(t, int64(3*(maxStillSteps+1)), sc.Work(), "each step costs one")
}
