package errcode_test

// The tests in this file pin what the review of the texts fixed: where a
// hint follows today's meaning rather than the document's, and the
// wording of notes and cautions that users must not miss.

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

// TestTodaysMeaning pins the codes whose meaning every current source
// gives differently from the document: the Chinese stays the document's,
// while the hint follows today's meaning and the Note says so.
func TestTodaysMeaning(t *testing.T) {
	tests := []struct {
		code     errcode.Code
		retry    errcode.Retry
		noteSays string // a phrase of today's meaning the Note must name
	}{
		{6016, errcode.RetryNever, "ERR_INVALID_MSG_ELEM"},
		{6013, errcode.RetryNever, "6014"},
		{70101, errcode.RetryReauth, "ERR_LOGIN_SIG_EXPIRE"},
	}
	for _, tt := range tests {
		info, ok := errcode.Lookup(tt.code)
		require.True(t, ok, "%d", tt.code)
		assert.True(t, info.Sources.Has(errcode.SourceDocument), "%d keeps the document's text", tt.code)
		assert.Equal(t, tt.retry, info.Retry, "hint of %d", tt.code)
		assert.Contains(t, info.Note, tt.noteSays, "note of %d", tt.code)
	}
	// -10006 is not the document's: no source asks for a new login there.
	assert.Equal(t, errcode.RetryNever, errcode.Code(-10006).Retry())
}

// TestReviewedTexts pins the text fixes of the last review, so that a
// later edit cannot quietly undo them.
func TestReviewedTexts(t *testing.T) {
	tests := []struct {
		code  errcode.Code
		field string // "en", "zh", "note" or "caution"
		says  string
	}{
		{9514, "en", "may mean"},                               // a possible cause, not a certain one
		{8508, "en", "By default"},                             // the group profile can change it
		{80101, "en", "Legacy Chat SDK V3"},                    // its header block's prefix
		{80101, "zh", "V3 旧版 SDK"},                             // likewise in the Chinese
		{6213, "caution", "Do not log in again automatically"}, // as 6208
		{6255, "caution", "Do not log in again automatically"},
		{70002, "caution", "empty"},     // the UserSig the app passed, not the account setup
		{70003, "caution", "cut short"}, // truncated by a small buffer
		{70019, "caution", "ticket field"},
		{60028, "zh", "升级"},            // the same advice as the English
		{2001, "note", "accountType"},  // the Web SDK's own 2001
		{2004, "note", "no 2004"},      // the Web SDK list has none
		{70016, "note", "data center"}, // today's page: SDKAppID and data center
		{70020, "note", "data center"},
	}
	for _, tt := range tests {
		info := errcode.Describe(tt.code)
		got := map[string]string{"en": info.English, "zh": info.Description, "note": info.Note, "caution": tt.code.Caution()}[tt.field]
		assert.Contains(t, got, tt.says, "%s of %d", tt.field, tt.code)
	}
	for _, c := range []errcode.Code{6020, 6102, 10056, 20018} {
		assert.Empty(t, errcode.Describe(c).Note, "%d needs no note on its constant's spelling", c)
	}
	r := errcode.Describe(125000)
	assert.Equal(t, errcode.SourceWebPage, r.Sources, "no SDK header names the C2C webhook range")
	assert.Contains(t, r.English, "(C2C)")
}
