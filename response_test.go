package errcode_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/errcode-im/errcode"
)

// TestFromResponseAllocations holds FromResponse to its documented cost on
// every path: nothing for a success, exactly one allocation (the *Error)
// for any failure, whatever made it one.
func TestFromResponseAllocations(t *testing.T) {
	var sink error
	tests := []struct {
		name   string
		status string
		code   int
		info   string
		allocs float64
	}{
		{"OK", "OK", 0, "", 0},
		{"ok, info ignored", "ok", 0, "ignored", 0},
		{"no status", "", 0, "", 0},
		{"code", "FAIL", 10010, "group id invalid", 1},
		{"code with OK", "OK", 60007, "", 1},
		{"FAIL with code 0", "FAIL", 0, "", 1},
		{"FAIL with code 0 and info", "FAIL", 0, "Fail to Parse json data of body", 1},
		{"Kelvin sign", "O\u212a", 0, "", 1},
		{"out of range", "FAIL", math.MaxInt32 + 1, "", 1},
		{"out of range with info", "OK", math.MinInt64, "info", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := testing.AllocsPerRun(1000, func() { sink = errcode.FromResponse(tt.status, tt.code, tt.info) })
			assert.Equal(t, tt.allocs, got)
			resp := errcode.Response{ActionStatus: tt.status, ErrorCode: errcode.Code(tt.code), ErrorInfo: tt.info}
			if int(int32(tt.code)) == tt.code {
				assert.Equal(t, tt.allocs, testing.AllocsPerRun(1000, func() { sink = resp.Err() }), "Response.Err")
			}
		})
	}
	_ = sink
}
