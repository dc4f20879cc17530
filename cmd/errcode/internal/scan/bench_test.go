package scan

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// denseLog returns about n bytes of a service log with an error code on
// every other line, as text mentions and as response bodies.
func denseLog(n int) []byte {
	lines := []string{
		`2026-05-01T10:00:00.123Z INFO  handler.go:88 request done path=/v4/openim/sendmsg took=3ms user=u1042`,
		`2026-05-01T10:00:00.124Z ERROR handler.go:97 sendmsg failed ErrorCode=70001 ErrorInfo="UserSig expired" user=u1042`,
		`2026-05-01T10:00:00.125Z INFO  handler.go:88 request done path=/v4/group_open_http_svc/get_group_info took=5ms`,
		`2026-05-01T10:00:00.126Z ERROR client.go:41 response {"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"group id invalid or not exist"}`,
		`2026-05-01T10:00:00.127Z INFO  handler.go:88 request done path=/v4/openim/batchsendmsg took=8ms user=u7`,
		`2026-05-01T10:00:00.128Z WARN  handler.go:97 import failed ErrorCode: 20003 ErrorInfo: To_Account not found`,
	}
	var b bytes.Buffer
	for i := 0; b.Len() < n; i++ {
		b.WriteString(lines[i%len(lines)])
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// openers are inputs made of one run of the bytes that open a JSON value
// or a string, repeated: each may start something the scanner must look
// at, and none ever closes.
var openers = []string{`{`, `[`, `[{`, `{[`, `{"a":{`, `{"a":[`, `["`, `"`, `"{`, `"{\"`, `{\"`, `{\x22`, `"{\\\"`, `{"`, `[[{"a":`}

// BenchmarkOpeners measures the scanner on 16 MiB of each run of openers
// against a dense log of the same size, in the same iteration, and
// reports both rates and how many times slower the openers are.
func BenchmarkOpeners(b *testing.B) {
	const size = 16 << 20
	dense := denseLog(size)
	for _, op := range openers {
		input := bytes.Repeat([]byte(op), size/len(op))
		b.Run(fmt.Sprintf("%q", op), func(b *testing.B) {
			var tOp, tDense time.Duration
			for b.Loop() {
				t0 := time.Now()
				scanReads(b, input, readSize, &tally{}, Options{Details: true})
				t1 := time.Now()
				scanReads(b, dense, readSize, &tally{}, Options{Details: true})
				tOp += t1.Sub(t0)
				tDense += time.Since(t1)
			}
			b.ReportMetric(float64(len(input))*float64(b.N)/tOp.Seconds()/1e6, "MB/s")
			b.ReportMetric(float64(len(dense))*float64(b.N)/tDense.Seconds()/1e6, "dense-MB/s")
			b.ReportMetric(tOp.Seconds()/tDense.Seconds()*float64(len(dense))/float64(len(input)), "x-dense")
		})
	}
}

var _ = strings.Repeat
