// Genlog writes a made-up service log for the errcode command's benchmark
// (see cmd/errcode/bench/run.sh): lines as a Go service that calls the
// Tencent Cloud IM REST API might log them, some with an IM error code. It
// lives under testdata/ so that go install ./cmd/... leaves it out (the go
// tool's ... patterns skip testdata, not internal); build it by its path.
//
// Usage:
//
//	genlog -kind dense|sparse|hostile -size BYTES [-seed N] > FILE
//
// A dense log has an error code on half of its lines, a third of those as
// a whole REST response body and the rest as ErrorCode=N or ErrorCode: N
// text. A sparse log has a code on one line in a hundred, always as a
// response body. A hostile input is the one that once took the command
// 724 s: one JSON object with an ErrorInfo of half the size, then
// "ErrorCode":70001 members repeated to the end. Every code is written with the key ErrorCode, so that
// the grep pipeline the benchmark compares against finds each of them and
// the two counts can be checked against each other. The same flags always
// give the same bytes.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
)

// codes are the error codes the log uses, commonest first; pick draws
// from them with a skew, as real logs have a few common codes and a long
// tail.
var codes = []int{
	70001, 10010, 20003, 90001, 10004, 70107, 6014, 80001, 90011, 10007,
	20006, 70050, 10015, 40001, 30001, 91000, 60008, 70169, 10002, 90009,
}

// infos are the ErrorInfo texts, one for each code in codes.
var infos = []string{
	"UserSig expired", "group id invalid or not exist", "To_Account not found",
	"json parse failed", "invalid parameter: GroupId", "Identifier not registered",
	"sdk not logged in", "content contains dirty words", "To_Account count exceeds 500",
	"no permission", "From_Account invalid", "frequency limit",
	"user is not in group", "request parameter error", "invalid sdkappid",
	"server internal error", "request timed out", "account already exists",
	"server busy", "admin required",
}

func main() {
	kind := flag.String("kind", "dense", "dense or sparse")
	size := flag.Int64("size", 128<<20, "how many bytes to write, at least")
	seed := flag.Uint64("seed", 1, "seed of the random choices")
	flag.Parse()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	switch *kind {
	case "dense", "sparse":
	case "hostile":
		hostile(w, *size)
		return
	default:
		fmt.Fprintln(os.Stderr, "genlog: -kind must be dense, sparse or hostile")
		os.Exit(2)
	}
	g := generator{rng: rand.New(rand.NewPCG(*seed, 7))}
	var written int64
	var line []byte
	for n := 0; written < *size; n++ {
		line = line[:0]
		if *kind == "dense" {
			line = g.dense(line, n)
		} else {
			line = g.sparse(line, n)
		}
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			fmt.Fprintln(os.Stderr, "genlog:", err)
			os.Exit(1)
		}
		written += int64(len(line))
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genlog:", err)
		os.Exit(1)
	}
}

// generator makes log lines from a seeded random source.
type generator struct {
	rng *rand.Rand
}

// dense makes line n of a dense log: a code on every other line.
func (g *generator) dense(b []byte, n int) []byte {
	switch {
	case n%2 == 0:
		return g.plain(b, n)
	case n%6 == 1:
		return g.body(b, n)
	default:
		return g.mention(b, n)
	}
}

// sparse makes line n of a sparse log: a body on one line in a hundred.
func (g *generator) sparse(b []byte, n int) []byte {
	if n%100 == 99 {
		return g.body(b, n)
	}
	return g.plain(b, n)
}

// pick returns the index of a code, the first ones far more often.
func (g *generator) pick() int {
	i := g.rng.IntN(len(codes))
	return g.rng.IntN(i + 1)
}

// stamp appends the time and level that start every line.
func (g *generator) stamp(b []byte, n int, level string) []byte {
	sec := n / 200
	b = fmt.Appendf(b, "2024-05-01T%02d:%02d:%02d.%03dZ %-5s ", sec/3600%24, sec/60%60, sec%60, n%1000, level)
	return b
}

// plain appends a line without an error code.
func (g *generator) plain(b []byte, n int) []byte {
	r := g.rng
	switch r.IntN(6) {
	case 0:
		b = g.stamp(b, n, "INFO")
		return fmt.Appendf(b, "handler.go:142 request done method=POST path=/v4/openim/sendmsg took=%dms user=user_%d status=200 bytes=%d", r.IntN(900), r.IntN(100000), 200+r.IntN(2000))
	case 1:
		b = g.stamp(b, n, "DEBUG")
		return fmt.Appendf(b, "cache.go:55 cache hit key=group:@TGS#2%08X ttl=%ds node=cache-%d", r.Uint32(), r.IntN(600), r.IntN(8))
	case 2:
		b = g.stamp(b, n, "INFO")
		return fmt.Appendf(b, "worker.go:77 processed batch id=%d size=%d mode=async queue=im-callbacks lag=%dms", r.IntN(1000000), r.IntN(128), r.IntN(50))
	case 3:
		b = g.stamp(b, n, "WARN")
		return fmt.Appendf(b, "pool.go:31 slow upstream addr=10.0.%d.%d:443 latency=%dms retries=%d", r.IntN(255), r.IntN(255), 200+r.IntN(800), r.IntN(3))
	case 4:
		b = g.stamp(b, n, "INFO")
		return fmt.Appendf(b, "callback.go:210 callback received command=Group.CallbackAfterSendMsg group=@TGS#1%06d sender=user_%d seq=%d", r.IntN(1000000), r.IntN(100000), r.IntN(1<<30))
	default:
		b = g.stamp(b, n, "INFO")
		return fmt.Appendf(b, "session.go:64 user online user=user_%d platform=%s version=7.%d.%d", r.IntN(100000), []string{"iOS", "Android", "Web", "Windows"}[r.IntN(4)], r.IntN(9), r.IntN(6000))
	}
}

// body appends a line that logs a failed REST response body.
func (g *generator) body(b []byte, n int) []byte {
	i := g.pick()
	b = g.stamp(b, n, "ERROR")
	b = append(b, "client.go:88 im request failed api=v4/group_open_http_svc/get_group_info resp="...)
	b = append(b, `{"ActionStatus":"FAIL","ErrorCode":`...)
	b = strconv.AppendInt(b, int64(codes[i]), 10)
	b = append(b, `,"ErrorInfo":"`...)
	b = append(b, infos[i]...)
	b = append(b, `","ErrorDisplay":""}`...)
	return b
}

// mention appends a line that names an error code in text.
func (g *generator) mention(b []byte, n int) []byte {
	i := g.pick()
	b = g.stamp(b, n, "ERROR")
	if g.rng.IntN(2) == 0 {
		return fmt.Appendf(b, "client.go:95 im call failed user=user_%d ErrorCode=%d ErrorInfo=%q took=%dms", g.rng.IntN(100000), codes[i], infos[i], g.rng.IntN(900))
	}
	return fmt.Appendf(b, "client.go:97 send failed to user_%d, ErrorCode: %d, will not retry", g.rng.IntN(100000), codes[i])
}

// hostile writes one object of about size bytes: a large ErrorInfo, then
// ErrorCode members repeated.
func hostile(w *bufio.Writer, size int64) {
	w.WriteString(`{"ErrorInfo":"`)
	for range size / 2 {
		w.WriteByte('z')
	}
	w.WriteByte('"')
	const member = `,"ErrorCode":70001`
	for n := size/2 + 15; n+int64(len(member)) < size; n += int64(len(member)) {
		w.WriteString(member)
	}
	w.WriteString("}\n")
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "genlog:", err)
		os.Exit(1)
	}
}
