package errcode_test

// Tests of log.go: LogValue and LogAttr.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

func TestLogValue(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	log.Error("call failed", "err", &errcode.Error{Code: errcode.RESTFreqLimit, Detail: "slow down"})
	assert.JSONEq(t, `{"level":"ERROR","msg":"call failed","err":{"code":60007,"name":"RESTFreqLimit","category":"rest","retry":"throttled","detail":"slow down"}}`, buf.String())
}

// dropTime removes the time from slog output, so that tests can compare it.
func dropTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

// countingErr counts how often its message is read.
type countingErr struct{ n *int }

func (e countingErr) Error() string { *e.n++; return "counted" }

func logJSON(t *testing.T, opts *slog.HandlerOptions, args ...any) string {
	t.Helper()
	var buf bytes.Buffer
	if opts == nil {
		opts = &slog.HandlerOptions{}
	}
	opts.ReplaceAttr = chain(dropTime, opts.ReplaceAttr)
	slog.New(slog.NewJSONHandler(&buf, opts)).Info("m", args...)
	return buf.String()
}

func chain(fs ...func([]string, slog.Attr) slog.Attr) func([]string, slog.Attr) slog.Attr {
	return func(groups []string, a slog.Attr) slog.Attr {
		for _, f := range fs {
			if f != nil {
				a = f(groups, a)
			}
		}
		return a
	}
}

func TestLogAttr(t *testing.T) {
	groupErr := errcode.FromResponse("FAIL", 10010, "group id invalid")
	const groupFields = `"code":10010,"name":"GroupNotFound","category":"group","retry":"never","detail":"group id invalid"`
	const zhGroup = "errcode: 10010 GroupNotFound: 群组不存在，或者曾经存在过，但是目前已经被解散。"
	batch := errcode.ItemsErr([]errcode.Item{
		{ID: "id4", Code: errcode.AccountNotFound},
		{ID: "id5", Code: errcode.RESTFreqLimit, Info: "slow"},
	}, "id6")
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"wrapped *Error", fmt.Errorf("get group: %w", groupErr),
			`{"msg":"get group: ` + zhGroup + ` (detail: group id invalid)",` + groupFields + `}`},
		{"wrapped twice", fmt.Errorf("a: %w", fmt.Errorf("b: %w", groupErr)),
			`{"msg":"a: b: ` + zhGroup + ` (detail: group id invalid)",` + groupFields + `}`},
		{"unwrapped *Error", groupErr,
			`{"msg":"` + zhGroup + ` (detail: group id invalid)",` + groupFields + `}`},
		{"wrapped Code", fmt.Errorf("send: %w", errcode.RESTFreqLimit),
			`{"msg":"send: errcode: 60007 RESTFreqLimit: rest接口调用频率超过限制，请降低请求频率","code":60007,"name":"RESTFreqLimit","category":"rest","retry":"throttled"}`},
		{"Code through an As method", asCode{errcode.RESTFreqLimit},
			`{"msg":"wrapped errcode: 60007 RESTFreqLimit: rest接口调用频率超过限制，请降低请求频率","code":60007,"name":"RESTFreqLimit","category":"rest","retry":"throttled"}`},
		{"joined after a foreign error", errors.Join(errForeign, groupErr),
			`{"msg":"something else\n` + zhGroup + ` (detail: group id invalid)",` + groupFields + `}`},
		{"batch", fmt.Errorf("import: %w", batch),
			`{"msg":"import: errcode: 70107 AccountNotFound: Identifer 没有注册 (id: id4)\nerrcode: 60007 RESTFreqLimit: rest接口调用频率超过限制，请降低请求频率 (id: id5, detail: slow)\nerrcode: request failed with no valid error code (id: id6)",` +
				`"code":70107,"name":"AccountNotFound","category":"account","retry":"never","detail":"","id":"id4",` +
				`"errors":{` +
				`"0":{"code":70107,"name":"AccountNotFound","category":"account","retry":"never","detail":"","id":"id4"},` +
				`"1":{"code":60007,"name":"RESTFreqLimit","category":"rest","retry":"throttled","detail":"slow","id":"id5"},` +
				`"2":{"code":0,"name":"Code(0)","category":"unknown","retry":"never","detail":"","id":"id6"}}}`},
		{"other SDK's error", fmt.Errorf("get group: %w", &sdkErr{10010, "group id invalid"}),
			`{"msg":"get group: group id invalid",` + groupFields + `}`},
		{"FromError's result", errcode.FromError(&sdkErr{10010, "group id invalid"}),
			`{"msg":"` + zhGroup + ` (detail: group id invalid)",` + groupFields + `}`},
		{"FAIL with code 0", fmt.Errorf("x: %w", errcode.FromResponse("FAIL", 0, "why")),
			`{"msg":"x: errcode: request failed with ActionStatus \"FAIL\" and no error code (detail: why)","code":0,"name":"Code(0)","category":"unknown","retry":"never","detail":"why","status":"FAIL"}`},
		{"no code", fmt.Errorf("dial: %w", errForeign), `{"msg":"dial: something else"}`},
		{"Unwrap returns nil", nilUnwrap{}, `{"msg":"nothing inside"}`},
		{"nil *Error", fmt.Errorf("w: %w", (*errcode.Error)(nil)), `{"msg":"w: errcode: <nil>"}`},
		{"nil", nil, `null`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := logJSON(t, nil, errcode.LogAttr("err", tt.err))
			assert.JSONEq(t, `{"level":"INFO","msg":"m","err":`+tt.want+`}`, got)
		})
	}

	// A bare Code logs as a group with slog.Any too, and so does what
	// FromError returns.
	assert.JSONEq(t, `{"level":"INFO","msg":"m","code":{"code":60007,"name":"RESTFreqLimit","category":"rest","retry":"throttled"}}`,
		logJSON(t, nil, "code", errcode.RESTFreqLimit))
	assert.JSONEq(t, `{"level":"INFO","msg":"m","err":{"msg":"`+zhGroup+` (detail: group id invalid)",`+groupFields+`}}`,
		logJSON(t, nil, "err", errcode.FromError(&sdkErr{10010, "group id invalid"})))

	// A ReplaceAttr hook can send every error through LogAttr, so that
	// slog.Any("err", err) logs a wrapped error as a group everywhere.
	hook := &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if err, ok := a.Value.Any().(error); ok {
			return errcode.LogAttr(a.Key, err)
		}
		return a
	}}
	assert.JSONEq(t, `{"level":"INFO","msg":"m","err":{"msg":"get group: `+zhGroup+` (detail: group id invalid)",`+groupFields+`}}`,
		logJSON(t, hook, "err", fmt.Errorf("get group: %w", groupErr)))

	// Nothing is built for a record that is not written.
	n := 0
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Debug("off", errcode.LogAttr("err", countingErr{&n}))
	assert.Zero(t, n)
	assert.Empty(t, buf.String())
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("on", errcode.LogAttr("err", countingErr{&n}))
	assert.Equal(t, 1, n)
}

// TestLogAttrLargeBatch logs a batch of 100,000 failures: the record stays
// under 256 KiB, lists the first MaxLoggedFailures failures and counts the
// rest.
func TestLogAttrLargeBatch(t *testing.T) {
	for _, n := range []int{2, errcode.MaxLoggedFailures, errcode.MaxLoggedFailures + 1, 100_000} {
		items := make([]errcode.Item, n)
		for i := range items {
			items[i] = errcode.Item{ID: "user" + strconv.Itoa(i), Code: errcode.AccountNotFound, Info: "Err_TLS_PT_Open_Login_Account_Not_Exist"}
		}
		err := fmt.Errorf("import: %w", errcode.ItemsErr(items))
		out := logJSON(t, nil, errcode.LogAttr("err", err))
		assert.Less(t, len(out), 256<<10, "%d failures", n)

		var rec struct {
			Err struct {
				Msg        string                     `json:"msg"`
				ID         string                     `json:"id"`
				Errors     map[string]json.RawMessage `json:"errors"`
				MoreErrors *int                       `json:"more_errors"`
			} `json:"err"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &rec))
		assert.Equal(t, "user0", rec.Err.ID)
		shown := min(n, errcode.MaxLoggedFailures)
		assert.Len(t, rec.Err.Errors, shown)
		assert.Contains(t, string(rec.Err.Errors[strconv.Itoa(shown-1)]), `"id":"user`+strconv.Itoa(shown-1)+`"`)
		if n > errcode.MaxLoggedFailures {
			require.NotNil(t, rec.Err.MoreErrors)
			assert.Equal(t, n-errcode.MaxLoggedFailures, *rec.Err.MoreErrors)
		} else {
			assert.Nil(t, rec.Err.MoreErrors)
		}
		assert.True(t, strings.HasPrefix(rec.Err.Msg, "import: errcode: 70107"), "the message keeps its start")
		if whole := err.Error(); len(whole) > 16<<10 {
			assert.Less(t, len(rec.Err.Msg), 17<<10)
			assert.True(t, strings.HasSuffix(rec.Err.Msg, "(cut; the message has "+strconv.Itoa(len(whole))+" bytes)"), rec.Err.Msg[len(rec.Err.Msg)-80:])
			kept, _, found := strings.Cut(rec.Err.Msg, "\n… (cut;")
			assert.True(t, found)
			assert.True(t, strings.HasPrefix(whole, kept) && whole[len(kept)] == '\n', "cut at a line break")
		} else {
			assert.Equal(t, err.Error(), rec.Err.Msg)
		}
	}
}
