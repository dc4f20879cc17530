package main

import (
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode/cmd/errcode/internal/chunk"
)

// TestANSIReaderPaths checks that removing colour sequences in place, in
// the caller's buffer, gives what going byte by byte gives, whatever the
// sizes of the reads below and of the buffers above, on text thick with
// escapes, colour sequences cut anywhere and sequences too long to be one.
func TestANSIReaderPaths(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"\x1b", "[", "m", "1", ";", "31", "x", "ErrorCode=7 ", "\n", "\x1b[0m", "\x1b[1;33m", "\x1b[" + strings.Repeat("1", 29) + "m", "\x1b[" + strings.Repeat("1", 30) + "m", "\x1b[" + strings.Repeat("1", 31) + "m"}
	for round := range 500 {
		var sb strings.Builder
		for range r.IntN(200) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		in := []byte(sb.String())

		// byte by byte: every read through readSmall
		want, err := io.ReadAll(&oneByte{&ansiReader{r: chunk.Reader(in, 1+round%5)}})
		require.NoError(t, err)

		a := &ansiReader{r: chunk.Reader(in, 1+r.IntN(100))}
		var got []byte
		for {
			p := make([]byte, 1+r.IntN(300))
			n, err := a.Read(p)
			got = append(got, p[:n]...)
			if err == io.EOF {
				break
			}
			require.NoError(t, err)
		}
		require.Equal(t, string(want), string(got), "input %q", in)
	}
}

// oneByte reads one byte at a time.
type oneByte struct{ r io.Reader }

func (o *oneByte) Read(p []byte) (int, error) { return o.r.Read(p[:min(len(p), 1)]) }
