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
		assert.Equal(t, uint16(i+1), slots[uint32(e.Code)*mul>>(32-bits)], "%s has its own slot", e.Name)
	}
}

// TestParseRejects feeds the parser broken constants, one flaw each.
func TestParseRejects(t *testing.T) {
	good := "\t// GroupX 中文。\n\t//\n\t// English.\n\t//\n\t// " + RetrySentences["RetryNever"] + "\n\tGroupX Code = 10999\n"
	tests := []struct {
		name, file, src, want string
	}{
		{"good", "group.go", good, ""},
		{"wrong file", "sns.go", good, "belongs in group.go"},
		{"no prefix", "group.go", strings.ReplaceAll(good, "GroupX", "Xyz"), "no subsystem prefix"},
		{"no doc", "group.go", "\tGroupX Code = 10999\n", "no doc comment"},
		{"doc without name", "group.go", strings.Replace(good, "// GroupX 中文", "// 中文", 1), "first paragraph"},
		{"two paragraphs", "group.go", strings.Replace(good, "\t//\n\t// English.\n", "", 1), "paragraphs"},
		{"Chinese in English", "group.go", strings.Replace(good, "English.", "English，", 1), "English text"},
		{"bad retry", "group.go", strings.Replace(good, RetrySentences["RetryNever"], "[RetryNever]: whatever.", 1), "retry sentences"},
		{"hex value", "group.go", strings.Replace(good, "10999", "0x2AF7", 1), "decimal"},
		{"iota", "group.go", strings.Replace(good, "10999", "iota", 1), "decimal"},
		{"out of range", "group.go", strings.Replace(good, "10999", "4294967296", 1), "out of range"},
		{"zero", "group.go", strings.Replace(good, "10999", "0", 1), "decimal"},
		{"negative", "group.go", strings.Replace(good, "10999", "-5", 1), "the slots hold codes from 1"},
		{"bad wait", "group.go", strings.Replace(good, "first.", "first; the document asks to wait soon.", 1), "bad wait"},
		{"negative wait", "group.go", strings.Replace(good, "first.", "first; the document asks to wait -1m.", 1), "bad wait"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range Files {
				src := "package errcode\n"
				if f == tt.file {
					src += "const (\n" + tt.src + ")\n"
				}
				require.NoError(t, os.WriteFile(filepath.Join(dir, f), []byte(src), 0o644))
			}
			entries, err := Parse(dir)
			if tt.want == "" {
				require.NoError(t, err)
				require.Len(t, entries, 1)
				assert.Equal(t, Entry{Code: 10999, Name: "GroupX", Category: "CategoryGroup", Chinese: "中文。", English: "English.", Retry: "RetryNever", File: "group.go"}, entries[0])
				return
			}
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

func TestParseWait(t *testing.T) {
	src := "\t// GroupX 中文。\n\t//\n\t// English.\n\t//\n\t// [RetryThrottled]: slow down and wait before retrying" + WaitClause + "1m30s.\n\tGroupX Code = 10999\n"
	dir := t.TempDir()
	for _, f := range Files {
		body := "package errcode\n"
		if f == "group.go" {
			body += "const (\n" + src + ")\n"
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, f), []byte(body), 0o644))
	}
	entries, err := Parse(dir)
	require.NoError(t, err)
	require.Len(t, entries, 1)
	assert.Equal(t, "RetryThrottled", entries[0].Retry)
	assert.Equal(t, 90*time.Second, entries[0].Wait)
}

func TestParseRejectsDuplicates(t *testing.T) {
	doc := func(name string) string {
		return "\t// " + name + " 中文。\n\t//\n\t// English.\n\t//\n\t// " + RetrySentences["RetryTransient"] + "\n"
	}
	dir := t.TempDir()
	for _, f := range Files {
		src := "package errcode\n"
		if f == "group.go" {
			src += "const (\n" + doc("GroupA") + "\tGroupA Code = 10001\n" + doc("GroupB") + "\tGroupB Code = 10001\n)\n"
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, f), []byte(src), 0o644))
	}
	_, err := Parse(dir)
	assert.ErrorContains(t, err, "share the code 10001")
}
