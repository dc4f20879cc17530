package errcode_test

// Tests of source.go: the text form of Source.

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

// TestSourceText round-trips all 256 values of Source through MarshalText
// and UnmarshalText, directly and inside an Info in JSON, and checks that
// names match in any ASCII letter case and in no other spelling.
func TestSourceText(t *testing.T) {
	for v := range 256 {
		s := errcode.Source(v)
		text, err := s.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, s.String(), string(text))
		var back errcode.Source
		if assert.NoError(t, back.UnmarshalText(text), "%s", text) {
			assert.Equal(t, s, back, "%s", text)
		}
		in := errcode.Info{Code: 1, Sources: s}
		out, err := json.Marshal(in)
		require.NoError(t, err)
		var info errcode.Info
		if assert.NoError(t, json.Unmarshal(out, &info), "%s", out) {
			assert.Equal(t, in, info)
		}
	}
	tests := []struct {
		text string
		want errcode.Source
		ok   bool
	}{
		{"SDK|Document", errcode.SourceDocument | errcode.SourceSDK, true},
		{"WebPage", errcode.SourceWebPage, true},
		{"", 0, true},
		{"ſdk", 0, false}, // the long s folds to s in Unicode only
		{"documen\u212a", 0, false},
		{"sdk|", 0, false},
		{"Source(0x1)", 0, false}, // a bit that has a name
		{"Source(0x0)", 0, false},
		{"web", 0, false},
	}
	for _, tt := range tests {
		var s errcode.Source
		err := s.UnmarshalText([]byte(tt.text))
		assert.Equal(t, tt.ok, err == nil, "%q: %v", tt.text, err)
		assert.Equal(t, tt.want, s, "%q", tt.text)
	}
	assert.True(t, (errcode.SourceDocument | errcode.SourceSDK).Has(errcode.SourceSDK))
	assert.False(t, errcode.SourceSDK.Has(errcode.SourceDocument|errcode.SourceSDK))
}
