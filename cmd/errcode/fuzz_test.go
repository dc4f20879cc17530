package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/errcode-im/errcode"
	"github.com/errcode-im/errcode/cmd/errcode/internal/scan"
)

func FuzzExplain(f *testing.F) {
	for _, s := range []string{
		`{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no group"}`,
		`{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"To_Account":"a","ResultCode":70107,"ResultInfo":"not found"}]}`,
		`[{"ErrorCode":"90001"},{"errorcode":-1}]{"ErrorCode":1e3}`,
		`{"log":"resp={\"ErrorCode\":80001,\"ErrorInfo\":\"x\"}\n"}`,
		`resp="{\"ErrorCode\":10010,\"ErrorInfo\":\"n\"}" err.code=70001 err.detail="x"`,
		"2024-05-01 ERROR ErrorCode=70107 ErrorInfo=\"not found\" took=3ms\n",
		"W0501 code: 6014, ErrorInfo: sdk not logged in\nerrcode: 10010 GroupNotFound: 群组不存在\n",
		"错误码：70001 result_code=3 result_info='x'",
		`{"ErrorCode":10010,"ErrorInfo":"cut`,
		strings.Repeat("[", 200),
		strings.Repeat(`{"a":`, 80) + "1",
		"\x00\xff\xfe{\"\\u",
		"code=2147483648 code=-2147483648 code=",
	} {
		f.Add([]byte(s), uint8(3))
	}
	f.Fuzz(func(t *testing.T, data []byte, n uint8) {
		x, sc := explainBytes(data, false)
		if sc.Stalls() != 0 {
			t.Fatalf("%d steps made no progress", sc.Stalls())
		}
		total := 0
		for _, fd := range x.findings {
			if (fd.Code == 0) != fd.NoCode {
				t.Fatalf("code 0 without NoCode, or NoCode with a code: %+v", fd)
			}
			if fd.Count < 1 {
				t.Fatalf("finding counted %d times: %+v", fd.Count, fd)
			}
			if len(fd.Detail) > scan.MaxDetail+len("…") || !utf8.ValidString(fd.Detail) || len(fd.ID) > scan.MaxID+len("…") || !utf8.ValidString(fd.ID) {
				t.Fatalf("bad detail %q or ID %q", fd.Detail, fd.ID)
			}
			total += fd.Count
		}
		if len(x.findings) > maxFindings || total > len(data) {
			t.Fatalf("%d findings, %d in all, from %d bytes", len(x.findings), total, len(data))
		}
		if sc.Work() > 16*int64(len(data))+1024 {
			t.Fatalf("work %d for %d bytes", sc.Work(), len(data))
		}

		// Read in pieces, the same.
		if got := explainReads(data, int(n)+1, false); !slices.Equal(got.findings, x.findings) {
			t.Fatalf("read %d bytes at a time: %v, whole: %v", int(n)+1, got.findings, x.findings)
		}

		// The summary counts what the explanation found; a cut number is
		// a row of its own, apart from the whole number with those digits.
		type key struct {
			code        errcode.Code
			cut, nocode bool
		}
		per := map[key]int64{}
		for _, fd := range x.findings {
			per[key{fd.Code, fd.Cut, fd.NoCode}] += int64(fd.Count)
		}
		s, _ := explainBytes(data, true)
		if len(s.rows) != len(per) {
			t.Fatalf("summary has %d codes, explanation %d", len(s.rows), len(per))
		}
		for _, r := range s.rows {
			if k := (key{r.Code, r.Cut, r.NoCode}); per[k] != r.Count || r.FirstLine < 1 || r.LastLine < r.FirstLine {
				t.Fatalf("summary row %+v, explanation counted %d", r, per[k])
			}
		}

		var out bytes.Buffer
		entries := make([]entry, len(x.findings))
		for i, fd := range x.findings {
			entries[i] = entry{code: fd.Code, nocode: fd.NoCode, known: fd.Known, detail: fd.Detail, id: fd.ID}
		}
		if err := writeJSON(&out, entries, langBoth); err != nil || !json.Valid(out.Bytes()) {
			t.Fatalf("invalid JSON (%v): %s", err, out.Bytes())
		}
	})
}
