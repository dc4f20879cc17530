package errcode_test

// Tests of json.go: Code's JSON decoding.

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

func TestCodeJSON(t *testing.T) {
	tests := []struct {
		in      string
		want    errcode.Code
		wantErr bool
	}{
		{`70001`, 70001, false},
		{`"70001"`, 70001, false},
		{`-302`, -302, false},
		{`"-302"`, -302, false},
		{`0`, 0, false},
		{`"0"`, 0, false},
		{`2147483647`, math.MaxInt32, false},
		{`-2147483648`, math.MinInt32, false},
		{`"2147483647"`, math.MaxInt32, false},
		{`null`, 42, false}, // unchanged
		{`2147483648`, 42, true},
		{`-2147483649`, 42, true},
		{`99999999999`, 42, true},
		{`"99999999999"`, 42, true},
		{`1.5`, 42, true},
		{`10010.0`, 42, true},
		{`1e4`, 42, true},
		{`-0`, 0, false},
		{`"1e4"`, 42, true},
		{`"abc"`, 42, true},
		{`""`, 42, true},
		{`"-"`, 42, true},
		{`"+5"`, 42, true},
		{`" 5"`, 42, true},
		{`"05"`, 42, true},
		{`"null"`, 42, true},
		{`true`, 42, true},
		{`[]`, 42, true},
		{`[1]`, 42, true},
		{`{}`, 42, true},
		{`{"a":1}`, 42, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c := errcode.Code(42)
			err := json.Unmarshal([]byte(tt.in), &c)
			if tt.wantErr {
				assert.Error(t, err)
				var te *json.UnmarshalTypeError
				assert.ErrorAs(t, err, &te)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tt.want, c)

			// Inside a response body, with the same verdict.
			var resp errcode.Response
			resp.ErrorCode = 42
			err = json.Unmarshal([]byte(`{"ActionStatus":"FAIL","ErrorCode":`+tt.in+`,"ErrorInfo":"i"}`), &resp)
			assert.Equal(t, tt.wantErr, err != nil)
			if !tt.wantErr {
				assert.Equal(t, tt.want, resp.ErrorCode)
			}
		})
	}

	// A Code encodes as a plain number.
	out, err := json.Marshal(struct {
		C errcode.Code
		R errcode.Response
	}{errcode.GroupNotFound, errcode.Response{ActionStatus: "FAIL", ErrorCode: -302, ErrorInfo: "x"}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"C":10010,"R":{"ActionStatus":"FAIL","ErrorCode":-302,"ErrorInfo":"x"}}`, string(out))
}
