package errcode_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
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
	f.Add("FAIL", math.MaxInt32+1, "big")
	f.Add("ok", math.MinInt64, "\xff")
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
