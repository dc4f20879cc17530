// Package scan finds Tencent Cloud IM error codes in REST response bodies
// and logs, in one pass over input of any size, in bounded memory and in
// time linear in the input.
//
// The flow runs one way: a [Scanner] reads the input and hands each code
// it finds, as a [Finding], to a [Sink] (to a [BatchSink] in batches); it
// never asks the sink anything. What the command prints (explanations,
// -summary, -json) is built by the sink from findings alone.
//
// The files hold, in reading order:
//
//   - scan.go: this API, the limits on what is kept, and the text cache;
//   - window.go: the window over the input, the step loop, and where work
//     is counted and every step is checked for progress;
//   - text.go: plain text: where a mention or a JSON value may start,
//     and mentions such as ErrorCode=N, errcode N, 错误码：N, 返回N and a
//     bare code=N; quickText, the loop that reads the usual mention
//     inline where lines are asked for without details;
//   - textdetail.go: the detail (ErrorInfo=… and the like) on a text
//     mention's line;
//   - json.go: JSON arrays and objects, and the codes, details and IDs of
//     their members;
//   - jsonstring.go: JSON strings and quoted strings in text, their
//     escapes, and strings scanned one level up;
//   - jsonfast.go: the fast path for plain object members, whole with
//     masks of 128 bytes a call, as json.go reads them; on amd64,
//     jsonfast_amd64.s holds the masks (AVX2) and plainWalk, which walks
//     the usual members of a body with no call, before the Go loop;
//   - scope.go: counting each event once: the findings of a JSON value or
//     a line of text wait until it ends, and a code it names again (in a
//     string, or in the library's own error text) is dropped;
//   - bytes.go: byte helpers: SWAR searches, word bytes, cleaning a text;
//     bytes_amd64.s has the AVX2 searches.
package scan

import (
	"io"

	"github.com/errcode-im/errcode"
)

// Finding is one error code found in the input.
type Finding struct {
	// Code is the error code; never 0, which means success, except in a
	// finding with NoCode.
	Code errcode.Code
	// NoCode reports an item that failed without a code of its own: an
	// account in a FailAccounts or Fail_Account list, which
	// multiaccount_import and the like return. Code is then 0 and ID
	// names the item.
	NoCode bool
	// Known reports whether an official source lists the code
	// (errcode.Lookup); never for a cut number. With Options.NoKnown it
	// may be false for a listed code too.
	Known bool
	// Cut reports that the number was cut short: it touches the end of
	// the input, or the end of the string that holds its body, or a line
	// end inside a body that never closes. Code then holds only the digits
	// that were there, which may happen to form a shorter listed code.
	Cut bool
	// Detail is the server's own message beside the code (ErrorInfo,
	// ResultInfo and the like), cleaned by the rules of cleanText and cut
	// to MaxDetail bytes and an ellipsis; empty if there was none or
	// Options.Details is off.
	Detail string
	// ID is the account, user or group a per-item code is about, from a
	// member such as To_Account beside it, cleaned and cut to MaxID bytes
	// and an ellipsis; empty if there was none or Options.Details is off.
	ID string
	// Line is the number, from 1, of the input line the code's number is
	// on (for a code inside a string, the line the string is on); 0 unless
	// Options.Lines is on.
	Line int64
}

// Sink takes the findings of a scan, in the order of the input. It is the
// only thing a Scanner tells the rest of the command.
type Sink interface {
	Found(Finding)
}

// BatchSink is a Sink that also takes findings many at once. A Scanner
// whose sink is one hands it the findings in batches, in the order of the
// input, each finding once, through FoundBatch, and all of them before
// Scan or ScanBytes returns: the call through an interface for every
// finding costs about as much as what a sink that counts them does with
// it. The slice is the Scanner's, and is written over after the call.
type BatchSink interface {
	Sink
	FoundBatch([]Finding)
}

// batchSize is how many findings a Scanner gathers for a BatchSink.
const batchSize = 128

// Options say what a Scanner works out besides each code. Each costs time.
type Options struct {
	// Details asks for each finding's Detail and ID.
	Details bool
	// Lines asks for each finding's Line.
	Lines bool
	// NoKnown says that the sink works out Known itself (errcode.Lookup,
	// never for a cut number), as one that counts per code can do once
	// for each code rather than for every finding: the scanner may then
	// leave a finding's Known false. The quick path of text mentions and
	// the usual one-code response body make no look-up then, which on a
	// dense log is one on nearly every line.
	NoKnown bool
}

// Limits on what a finding holds.
const (
	// MaxDetail is how many bytes of a detail are kept.
	MaxDetail = 512
	// MaxID is how many bytes of an item's ID are kept.
	MaxID = 128
)

// maxTexts is how many distinct details and IDs the text cache holds
// before it starts afresh, so that a detail repeated through a large log
// is one string, and the cache stays bounded whatever the input.
const maxTexts = 4096

// Scanner reads inputs and reports the codes they hold to its Sink. A
// Scanner is not safe for concurrent use.
type Scanner struct {
	sink Sink
	opt  Options
	// batch is sink as a BatchSink, if it is one; pending holds the
	// findings not yet handed to it, and has room for none otherwise.
	batch   BatchSink
	pending []Finding
	root    *scanner // level 0: the input itself

	// texts maps a cleaned detail or ID to the one string that carries
	// it.
	texts map[string]string
	// clean holds a text as it is cleaned.
	clean []byte

	// work and stalls are kept by step, in window.go.
	work   int64
	stalls int64

	// slow turns the scanner's fast paths off (the JSON reader's plain
	// members and one-code objects, the quick path of text mentions, the
	// scope's straight paths), for the tests that hold them to the
	// general paths they stand for. Only tests set it, before a scan.
	slow bool
}

// New returns a Scanner that reports to sink.
func New(sink Sink, opt Options) *Scanner {
	sc := &Scanner{sink: sink, opt: opt, texts: make(map[string]string)}
	if b, ok := sink.(BatchSink); ok {
		sc.batch, sc.pending = b, make([]Finding, 0, batchSize)
	}
	sc.root = newScanner(sc, 0)
	return sc
}

// Scan reads everything r gives as one stream, its lines numbered from 1,
// and returns the first read error other than io.EOF. What was read
// before an error is scanned.
func (sc *Scanner) Scan(r io.Reader) error {
	err := sc.root.readFrom(r)
	sc.flush()
	return err
}

// ScanBytes scans data as one whole stream.
func (sc *Scanner) ScanBytes(data []byte) {
	sc.root.scanAll(data)
	sc.flush()
}

// Work returns the work done so far: the bytes the scanner stepped over,
// searched and read ahead, and one for each step; see step. It is linear
// in the input, and tests hold it to a bound.
func (sc *Scanner) Work() int64 { return sc.work }

// Stalls returns how many steps made no progress. Every one is a bug; see
// step.
func (sc *Scanner) Stalls() int64 { return sc.stalls }

// report hands a finding to the sink. Its Known was set as it was
// queued; see known.
//
// It inlines: for a BatchSink, the usual case is a copy into pending.
func (sc *Scanner) report(f *Finding) {
	p := sc.pending
	if len(p) == cap(p) {
		sc.reportOn(f)
		return
	}
	sc.pending = append(p, *f)
}

// slot returns where the next finding for a BatchSink goes, for the
// caller to write in place, field by field, or nil when pending has no
// room (a full batch, or a plain Sink): report then takes the finding.
// A finding built whole and then copied is read, 16 bytes at a time,
// just after it was written a field at a time, which the processor
// cannot forward from its stores: the copy waits for them, a stall on
// nearly every line of a dense log.
func (sc *Scanner) slot() *Finding {
	// One load of the slice and one slicing the compiler can tell to be
	// in bounds from the compare before it, with no second check for
	// the index.
	p := sc.pending
	n := len(p)
	if n == cap(p) {
		return nil
	}
	p = p[:n+1]
	sc.pending = p
	return &p[n]
}

// reportOn is report when pending has no room: it hands the batch on
// first, or, for a sink that takes findings one by one, hands f on alone.
func (sc *Scanner) reportOn(f *Finding) {
	if sc.batch == nil {
		sc.sink.Found(*f)
		return
	}
	sc.flush()
	sc.pending = append(sc.pending, *f)
}

// flush hands the findings gathered so far to the BatchSink.
func (sc *Scanner) flush() {
	if len(sc.pending) > 0 {
		sc.batch.FoundBatch(sc.pending)
		sc.pending = sc.pending[:0]
	}
}

// text cleans raw (cut to limit bytes; more says it went on) and returns
// the one string that carries the result, "" for an empty text.
func (sc *Scanner) text(raw []byte, more bool, limit int) string {
	sc.clean = cleanText(sc.clean[:0], raw, more, limit)
	if len(sc.clean) == 0 {
		return ""
	}
	if t, ok := sc.texts[string(sc.clean)]; ok {
		return t
	}
	if len(sc.texts) >= maxTexts {
		clear(sc.texts)
	}
	t := string(sc.clean)
	sc.texts[t] = t
	return t
}
