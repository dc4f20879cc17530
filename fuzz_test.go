package errcode_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/errcode-im/errcode"
)

// decimalRE is the one form of number UnmarshalJSON takes, bare or quoted.
var decimalRE = regexp.MustCompile(`^-?(0|[1-9][0-9]*)$`)

// expectCode is an oracle for Code.UnmarshalJSON, written from its
// documentation: it returns the code data should decode to, whether data
// is null, and whether it is accepted at all.
func expectCode(data []byte) (c errcode.Code, null, ok bool) {
	s := string(data)
	if s == "null" {
		return 0, true, true
	}
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	if !decimalRE.MatchString(s) {
		return 0, false, false
	}
	n, err := strconv.ParseInt(s, 10, 32)
	if err != nil {
		return 0, false, false
	}
	return errcode.Code(n), false, true
}

func FuzzCodeJSON(f *testing.F) {
	for _, s := range []string{
		`70001`, `"70001"`, `-302`, `"-302"`, `0`, `-0`, `null`, `2147483647`, `-2147483648`,
		`2147483648`, `1.5`, `1e4`, `"1e4"`, `""`, `"abc"`, `true`, `[]`, `{}`, ` 5 `, `"05"`,
		`"\u0035"`, `99999999999999999999`, `"null"`, `-`, `"`, ``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const start = errcode.Code(7)

		// The method itself, against the oracle.
		c := start
		err := c.UnmarshalJSON(data)
		want, null, ok := expectCode(data)
		switch {
		case !ok:
			if err == nil {
				t.Fatalf("UnmarshalJSON(%q) accepted %d", data, c)
			}
			if c != start {
				t.Fatalf("UnmarshalJSON(%q) failed but changed the code to %d", data, c)
			}
		case null:
			if err != nil || c != start {
				t.Fatalf("UnmarshalJSON(null) = %d, %v; want it unchanged", c, err)
			}
		default:
			if err != nil || c != want {
				t.Fatalf("UnmarshalJSON(%q) = %d, %v; want %d", data, c, err, want)
			}
			// Whatever it accepts round-trips through the wire format.
			out, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			var back errcode.Code
			if err := json.Unmarshal(out, &back); err != nil || back != c {
				t.Fatalf("round trip of %d through %s gave %d, %v", c, out, back, err)
			}
		}

		// Through encoding/json, which trims white space and checks syntax
		// first: the same verdict as the method on the trimmed value.
		c2 := start
		err2 := json.Unmarshal(data, &c2)
		if json.Valid(data) {
			c3 := start
			err3 := c3.UnmarshalJSON(bytes.TrimSpace(data))
			if (err2 == nil) != (err3 == nil) || c2 != c3 {
				t.Fatalf("json.Unmarshal(%q) = %d, %v; method = %d, %v", data, c2, err2, c3, err3)
			}
		} else if err2 == nil {
			t.Fatalf("json.Unmarshal accepted invalid JSON %q", data)
		}
	})
}

// asciiOK is the oracle for a successful ActionStatus: "OK" in any ASCII
// letter case, written out rather than folded.
func asciiOK(s string) bool {
	switch s {
	case "OK", "Ok", "oK", "ok":
		return true
	}
	return false
}

func FuzzFromResponse(f *testing.F) {
	f.Add("OK", 0, "")
	f.Add("", 0, "")
	f.Add("FAIL", 0, "")
	f.Add("fail", 10010, "group not found")
	f.Add("OK", 70001, "")
	f.Add("weird", -302, "x")
	f.Add("FAIL", aboveInt32, "big")
	f.Add("ok", math.MinInt, "\xff")
	f.Add("O\u212a", 0, "")
	f.Add("o\u212A", 0, "kelvin")
	f.Fuzz(func(t *testing.T, status string, code int, info string) {
		err := errcode.FromResponse(status, code, info)
		success := code == 0 && (status == "" || asciiOK(status))
		if success {
			if err != nil {
				t.Fatalf("FromResponse(%q, %d) = %v; want nil", status, code, err)
			}
			return
		}
		if err == nil {
			t.Fatalf("FromResponse(%q, %d, %q) lost the failure", status, code, info)
		}
		var e *errcode.Error
		if !errors.As(err, &e) {
			t.Fatalf("FromResponse returned %T", err)
		}
		got, ok := errcode.CodeOf(err)
		if e.Detail != info {
			t.Fatalf("FromResponse(%q, %d, %q): detail %q, want the info unchanged", status, code, info, e.Detail)
		}
		if code != 0 && code >= math.MinInt32 && code <= math.MaxInt32 {
			if !ok || int(got) != code || !errors.Is(fmt.Errorf("w: %w", err), errcode.Code(code)) {
				t.Fatalf("FromResponse(%q, %d): CodeOf = %d, %v", status, code, got, ok)
			}
		} else if ok {
			t.Fatalf("FromResponse(%q, %d) made up the code %d", status, code, got)
		}
		if code == 0 && (e.Status != status || !strings.Contains(err.Error(), strconv.Quote(status))) {
			t.Fatalf("FromResponse(%q, 0): Status %q, message %q; want the status kept and named", status, e.Status, err.Error())
		}
		if code != 0 && (code < math.MinInt32 || code > math.MaxInt32) && !strings.Contains(err.Error(), strconv.Itoa(code)) {
			t.Fatalf("FromResponse(%q, %d): message %q does not name the code", status, code, err.Error())
		}
		if !strings.HasPrefix(err.Error(), "errcode: ") || !strings.HasPrefix(e.Localize(language.English), "errcode: ") {
			t.Fatalf("message %q", err.Error())
		}
		if info != "" && !strings.Contains(err.Error(), info) {
			t.Fatalf("message %q lost the detail %q", err.Error(), info)
		}
		_ = e.LogValue()
	})
}

// FuzzResponseBody decodes arbitrary bodies into a struct that embeds
// Response: a nonzero code or a failing status never yields nil, and the
// code that comes back is the one the body sent.
func FuzzResponseBody(f *testing.F) {
	for _, s := range []string{
		`{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}`,
		`{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"no group"}`,
		`{"ActionStatus":"FAIL","ErrorCode":"70001"}`,
		`{"ActionStatus":"FAIL"}`,
		`{"actionstatus":"fail","errorcode":-302}`,
		`{"ErrorCode":1.5}`,
		`{"ErrorCode":null,"ActionStatus":"OK"}`,
		`{"ActionStatus":"OK","ErrorCode":60007,"GroupId":"g"}`,
		`{"ErrorCode":1,"ErrorCode":null}`,
		`[]`, `null`, `{`, ``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		var resp struct {
			errcode.Response
			GroupID string `json:"GroupId"`
		}
		if json.Unmarshal(body, &resp) != nil {
			return
		}
		// An independent reading of the same fields.
		var raw struct {
			ActionStatus string
			ErrorCode    json.RawMessage
		}
		if err := json.Unmarshal(body, &raw); err != nil {
			t.Fatalf("the oracle cannot read %q: %v", body, err)
		}
		sent := errcode.Code(0)
		if len(raw.ErrorCode) > 0 {
			c, null, ok := expectCode(raw.ErrorCode)
			if !ok {
				t.Fatalf("Response accepted ErrorCode %s", raw.ErrorCode)
			}
			if null {
				// null leaves the field as an earlier duplicate key set it.
				sent = resp.ErrorCode
			} else {
				sent = c
			}
		}
		if resp.ErrorCode != sent || resp.ActionStatus != raw.ActionStatus {
			t.Fatalf("decoded %d/%q, body sent %d/%q", resp.ErrorCode, resp.ActionStatus, sent, raw.ActionStatus)
		}
		err := resp.Err()
		failing := sent != 0 || (raw.ActionStatus != "" && !asciiOK(raw.ActionStatus))
		if failing != (err != nil) {
			t.Fatalf("body %q: Err() = %v", body, err)
		}
		if sent != 0 {
			if got, ok := errcode.CodeOf(err); !ok || got != sent {
				t.Fatalf("body %q: CodeOf = %d, %v; sent %d", body, got, ok, sent)
			}
		}
	})
}

// FuzzBatchBody decodes arbitrary bodies into a struct with every
// per-entry list and checks ItemsErr against the decoded entries: every
// entry with a code comes back, once, with its ID and code; every listed
// account no failed entry names comes back once, without a code; nothing
// else does, and no failures means nil.
func FuzzBatchBody(f *testing.F) {
	files, err := filepath.Glob("testdata/responses/*.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		`{"ErrorList":[{"To_Account":"a","ErrorCode":"70107"},null,{}]}`,
		`{"ResultItem":[{"ResultCode":0,"ErrorCode":10010}],"Fail_Account":["","a"]}`,
		`{"InfoItem":[{"GroupId":7,"ResultCode":-1}],"FailAccounts":["x","x"]}`,
		`{"ErrorList":["a"]}`, `{"ErrorList":[[]]}`, `{"ResultItem":{}}`, `[]`, `{`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		var resp batchBody
		if json.Unmarshal(body, &resp) != nil {
			return
		}
		items := slices.Concat(resp.ResultItem, resp.ErrorList, resp.InfoItem)
		failed := slices.Concat(resp.FailAccounts, resp.FailAccount)
		err := errcode.ItemsErr(items, failed...)

		var want []errcode.Error
		named := map[string]bool{}
		for _, it := range items {
			if it.Code != 0 || it.NoCode {
				want = append(want, errcode.Error{Code: it.Code, Detail: it.Info, ID: it.ID})
				named[it.ID] = true
			}
		}
		for _, id := range failed {
			if !named[id] {
				want = append(want, errcode.Error{ID: id})
				named[id] = true
			}
		}
		var got []errcode.Error
		for _, e := range failures(err) {
			got = append(got, *e)
		}
		if !slices.Equal(want, got) {
			t.Fatalf("body %q: ItemsErr gave %+v, want %+v", body, got, want)
		}
		if (err == nil) != (len(want) == 0) {
			t.Fatalf("body %q: ItemsErr = %v with %d failures", body, err, len(want))
		}
		for _, w := range want {
			if w.Code != 0 && !errors.Is(err, w.Code) {
				t.Fatalf("body %q: errors.Is lost %d", body, w.Code)
			}
		}
		_ = fmt.Sprint(err)
	})
}

// FuzzItemJSON feeds arbitrary bytes to Item.UnmarshalJSON: it never
// panics, a failure leaves the item unchanged, and an entry with a code
// decodes to a failed item.
func FuzzItemJSON(f *testing.F) {
	for _, s := range []string{
		`{"ResultCode":70107,"ResultInfo":"x","UserID":"u"}`, `{"To_Account":"a","ErrorCode":"70107"}`,
		`{"GroupId":-0.5e3,"ErrorCode":1}`, `{"UserID":"\ud800"}`, `null`, `"a"`, `[]`, `{`, ``,
	} {
		f.Add([]byte(s))
	}
	for _, s := range []string{
		`{"ResultCode":70001,"ResultCode":null}`, `{"ResultCode":null}`, `{}`, `{"errorcode":1,"ErrorCode":"1"}`,
		`{"ResultCode":0,"ErrorCode":null}`, `{"ID":"x","ResultCode":null,"ResultInfo":""}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := errcode.Item{ID: "start", Code: 1, Info: "start"}
		it := start
		if err := it.UnmarshalJSON(data); err != nil {
			if it != start {
				t.Fatalf("UnmarshalJSON(%q) failed with %v but changed the item to %+v", data, err, it)
			}
			return
		}
		if (it.Code == 0 && !it.NoCode) != (it.Err() == nil) {
			t.Fatalf("item %+v: Err() = %v", it, it.Err())
		}
		want, noCode, ok := expectItemCode(data)
		if ok && (it.Code != want || it.NoCode != noCode) {
			t.Fatalf("UnmarshalJSON(%q) = %+v, want code %d, no code %v", data, it, want, noCode)
		}
		// What it decoded survives its own round trip.
		out, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		var back errcode.Item
		if err := json.Unmarshal(out, &back); err != nil || back != it {
			t.Fatalf("round trip of %+v through %s = %+v, %v", it, out, back, err)
		}
	})
}

// expectItemCode is an oracle for the code of an entry that decodes,
// written from Item.UnmarshalJSON's documentation: a nonzero ResultCode,
// else ErrorCode; no code at all when every code member is missing or
// null. It reports false when it cannot tell: data is not an object, a
// member name is not ASCII (which encoding/json may fold in ways this
// oracle does not), or a code member repeats with another value, which
// must fail.
func expectItemCode(data []byte) (code errcode.Code, noCode, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return 0, false, false
	}
	type member struct {
		seen, null bool
		c          errcode.Code
	}
	var rc, ec member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return 0, false, false
		}
		key := tok.(string)
		var raw json.RawMessage
		if dec.Decode(&raw) != nil {
			return 0, false, false
		}
		for _, r := range key {
			if r >= 0x80 {
				return 0, false, false
			}
		}
		var slot *member
		switch strings.ToLower(key) {
		case "resultcode":
			slot = &rc
		case "errorcode":
			slot = &ec
		default:
			continue
		}
		c, null, ok := expectCode(raw)
		if !ok {
			return 0, false, false
		}
		m := member{true, null, c}
		if slot.seen && *slot != m {
			return 0, false, false
		}
		*slot = m
	}
	switch {
	case rc.c != 0:
		return rc.c, false, true
	case ec.c != 0:
		return ec.c, false, true
	}
	given := func(m member) bool { return m.seen && !m.null }
	return 0, !given(rc) && !given(ec), true
}
