package main

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

// TestLoggedOnce runs the command on what services write: the library's
// own slog output through LogAttr, with the text and the JSON handler,
// for a single error and for batches, and JSON log lines whose message
// holds a body or a mention. Each failure counts once, in -summary and
// in explain mode alike.
func TestLoggedOnce(t *testing.T) {
	single := errcode.FromResponse("FAIL", 70001, "usersig expired")
	batch := errcode.ItemsErr([]errcode.Item{{ID: "rong", Code: 70107}, {ID: "li", Code: 70107}})
	var text, js bytes.Buffer
	for _, h := range []slog.Handler{slog.NewTextHandler(&text, nil), slog.NewJSONHandler(&js, nil)} {
		l := slog.New(h)
		l.Error("send failed", errcode.LogAttr("err", single))
		l.Error("batch failed", errcode.LogAttr("err", batch))
	}

	tests := []struct {
		name   string
		input  string
		counts map[int]int // code → count
		detail map[int]string
	}{
		{"slog text", text.String(), map[int]int{70001: 1, 70107: 2}, map[int]string{70001: "usersig expired"}},
		{"slog JSON", js.String(), map[int]int{70001: 1, 70107: 2}, map[int]string{70001: "usersig expired"}},
		{"body in msg", `{"level":"error","msg":"call failed: {\"ErrorCode\":70001,\"ErrorInfo\":\"x\"}"}` + "\n",
			map[int]int{70001: 1}, map[int]string{70001: "x"}},
		{"mention in msg", `{"msg":"send failed ErrorCode=10010 ErrorInfo=\"no group\""}` + "\n",
			map[int]int{10010: 1}, map[int]string{10010: "no group"}},
		{"a log line's own msg is no detail", `{"level":"error","msg":"send failed","id":"req-42","code":70001}` + "\n",
			map[int]int{70001: 1}, map[int]string{70001: ""}},
		{"nginx escapes", `"POST /v4/group_open_http_svc/get_group_info" 200 "{\x22ErrorCode\x22:10010,\x22ErrorInfo\x22:\x22x\x22}"` + "\n",
			map[int]int{10010: 1}, map[int]string{10010: "x"}},
		{"escaped twice", `level=error resp="{\\\"ErrorCode\\\":70001,\\\"ErrorInfo\\\":\\\"dbl\\\"}"` + "\n",
			map[int]int{70001: 1}, map[int]string{70001: "dbl"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := inProcess(strings.NewReader(tt.input), "-summary", "-json", "-")
			require.Equal(t, 0, r.code, "stderr: %s", r.stderr)
			var rows []struct {
				Code  int `json:"code"`
				Count int `json:"count"`
			}
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows), r.stdout)
			got := map[int]int{}
			for _, row := range rows {
				got[row.Code] += row.Count
			}
			assert.Equal(t, tt.counts, got, "-summary")

			r = inProcess(strings.NewReader(tt.input), "-json", "-")
			require.Equal(t, 0, r.code, "stderr: %s", r.stderr)
			var found []struct {
				Code   int    `json:"code"`
				Count  int    `json:"count"`
				Detail string `json:"detail"`
				ID     string `json:"id"`
			}
			require.NoError(t, json.Unmarshal([]byte(r.stdout), &found), r.stdout)
			got = map[int]int{}
			for _, f := range found {
				got[f.Code] += f.Count
				if d, ok := tt.detail[f.Code]; ok {
					assert.Equal(t, d, f.Detail, "detail of %d", f.Code)
				}
				assert.NotEqual(t, "req-42", f.ID, "a log line's own id")
			}
			assert.Equal(t, tt.counts, got, "explained")
		})
	}
}
