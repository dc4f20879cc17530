package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const root = "../.."

// TestGeneratedTableIsCurrent fails when a doc comment changed without
// running go generate.
func TestGeneratedTableIsCurrent(t *testing.T) {
	want, err := Generate(root)
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(root, Output))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "ztable.go is stale: run go generate")
}

func TestPerfectHash(t *testing.T) {
	entries, err := Parse(root)
	require.NoError(t, err)
	mul, bits, slots, err := perfectHash(entries)
	require.NoError(t, err)
	assert.Len(t, slots, 1<<bits)
	for i, e := range entries {
		assert.Equal(t, uint16(i+1), slots[uint32(int32(e.Code))*mul>>(32-bits)], "%s has its own slot", e.Name)
	}
}

// writeFiles writes every subsystem file into a new directory, with src
// after the package clause of the one named file.
func writeFiles(t *testing.T, file, src string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range Files {
		body := "package errcode\n"
		if f == file {
			body += src
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, f), []byte(body), 0o644))
	}
	return dir
}

// constant returns a well-formed constant declaration.
func constant(name, value, retry string) string {
	return "// " + name + " 中文。\n//\n// English.\n//\n// " + RetrySentences[retry] +
		"\n//\n// SDK name: none. Sources: document.\nconst " + name + " Code = " + value + "\n"
}

// TestParseRejects feeds the parser broken constants, one flaw each.
func TestParseRejects(t *testing.T) {
	good := constant("GroupX", "10999", "RetryNever")
	const provenance = "SDK name: none. Sources: document."
	tests := []struct {
		name, file, src, want string
	}{
		{"good", "group.go", good, ""},
		{"in a block", "group.go", strings.Replace(good, "const GroupX Code = 10999\n", "const (\n\tGroupX Code = 10999\n)\n", 1), "a const declaration of its own"},
		{"wrong file", "sns.go", good, "belongs in group.go"},
		{"no prefix", "group.go", strings.ReplaceAll(good, "GroupX", "Xyz"), "no subsystem prefix"},
		{"no doc", "group.go", "const GroupX Code = 10999\n", "no doc comment"},
		{"doc without name", "group.go", strings.Replace(good, "// GroupX 中文", "// 中文", 1), "first paragraph"},
		{"three paragraphs", "group.go", strings.Replace(good, "//\n// English.\n", "", 1), "paragraphs"},
		{"Chinese in English", "group.go", strings.Replace(good, "English.", "English，", 1), "English text"},
		{"Chinese in note", "group.go", strings.Replace(good, "English.\n", "English.\n//\n// Note: 不同。\n", 1), "English text"},
		{"stray paragraph", "group.go", strings.Replace(good, "English.\n", "English.\n//\n// More.\n", 1), "unexpected paragraph"},
		{"caution before note", "group.go", strings.Replace(good, "English.\n", "English.\n//\n// Caution: c.\n//\n// Note: n.\n", 1), "unexpected paragraph"},
		{"bad retry", "group.go", strings.Replace(good, RetrySentences["RetryNever"], "[RetryNever]: whatever.", 1), "retry sentences"},
		{"no provenance", "group.go", strings.Replace(good, "//\n// "+provenance+"\n", "", 1), "paragraphs"},
		{"note but no provenance", "group.go", strings.Replace(strings.Replace(good, "//\n// "+provenance+"\n", "", 1), "English.\n", "English.\n//\n// Note: n.\n", 1), "retry sentences"},
		{"bad provenance", "group.go", strings.Replace(good, provenance, "Sources: document.", 1), "no SDK name"},
		{"no sources", "group.go", strings.Replace(good, provenance, "SDK name: none.", 1), "no sources"},
		{"unknown source", "group.go", strings.Replace(good, "Sources: document.", "Sources: wiki.", 1), "sources must be"},
		{"sources out of order", "group.go", strings.Replace(good, "Sources: document.", "Sources: sdk|document.", 1), "sources must be"},
		{"SDK name without sdk", "group.go", strings.Replace(good, "SDK name: none.", "SDK name: ERR_X.", 1), "needs the sdk source"},
		{"own Chinese unmarked", "group.go", strings.Replace(good, "Sources: document.", "Sources: webpage.", 1), "must say so"},
		{"document marked own", "group.go", strings.Replace(good, "Sources: document.", "Sources: document."+NotInDocument, 1), "unexpected text"},
		{"hex value", "group.go", strings.Replace(good, "10999", "0x2AF7", 1), "decimal"},
		{"iota", "group.go", strings.Replace(good, "10999", "iota", 1), "decimal"},
		{"out of range", "group.go", strings.Replace(good, "10999", "4294967296", 1), "out of range"},
		{"zero", "group.go", strings.Replace(good, "10999", "0", 1), "decimal"},
		{"bad wait", "group.go", strings.Replace(good, "first.", "first"+WaitClause+"soon.", 1), "bad wait"},
		{"negative wait", "group.go", strings.Replace(good, "first.", "first"+WaitClause+"-1m.", 1), "bad wait"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, err := Parse(writeFiles(t, tt.file, tt.src))
			if tt.want == "" {
				require.NoError(t, err)
				require.Len(t, entries, 1)
				assert.Equal(t, Entry{Code: 10999, Name: "GroupX", Category: "CategoryGroup", Chinese: "中文。", English: "English.", Retry: "RetryNever", Sources: []string{"SourceDocument"}, File: "group.go"}, entries[0])
				return
			}
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

// TestParseFull reads a constant with every optional part: a negative
// value, a note, a caution, a wait, an SDK name and all three sources.
func TestParseFull(t *testing.T) {
	src := "// AccessX 中文。\n//\n// English\n// wrapped.\n//\n// Note: A\n// note.\n//\n// Caution: Once.\n//\n" +
		"// [RetryThrottled]: slow down and wait before retrying" + WaitClause + "1m30s.\n//\n" +
		"// SDK name: ERR_SVR_SSO_X. Sources: webpage|sdk." + NotInDocument + "\nconst AccessX Code = -10001\n"
	entries, err := Parse(writeFiles(t, "access.go", src))
	require.NoError(t, err)
	require.Len(t, entries, 1)
	assert.Equal(t, Entry{
		Code: -10001, Name: "AccessX", Category: "CategoryAccess", Chinese: "中文。", English: "English wrapped.",
		Retry: "RetryThrottled", Wait: 90 * time.Second, Note: "A note.", Caution: "Once.",
		SDKName: "ERR_SVR_SSO_X", Sources: []string{"SourceWebPage", "SourceSDK"}, File: "access.go",
	}, entries[0])
}

func TestParseRejectsDuplicates(t *testing.T) {
	src := constant("GroupA", "10001", "RetryTransient") + constant("GroupB", "10001", "RetryTransient")
	_, err := Parse(writeFiles(t, "group.go", src))
	assert.ErrorContains(t, err, "share the code 10001")
	src = constant("GroupA", "10001", "RetryTransient") + constant("GroupA", "10002", "RetryTransient")
	_, err = Parse(writeFiles(t, "group.go", src))
	assert.Error(t, err)
}
