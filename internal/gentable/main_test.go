package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/errcode-im/errcode/internal/gentest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const root = "../.."

// TestGeneratedTableIsCurrent fails when a doc comment changed without
// running go generate.
func TestGeneratedTableIsCurrent(t *testing.T) {
	gentest.Current(t, root, Output, Generate)
}

func TestPerfectHash(t *testing.T) {
	entries, err := parse(root)
	require.NoError(t, err)
	mul, bits, slots, err := perfectHash(entries)
	require.NoError(t, err)
	assert.Len(t, slots, 1<<bits)
	for i, e := range entries {
		assert.Equal(t, uint16(i+1), slots[uint32(int32(e.Value))*mul>>(32-bits)], "%s has its own slot", e.Name)
	}
}

// TestGenerateRejects checks that Generate writes nothing for a package
// without codes or with a malformed one; internal/codedoc's tests check
// each flaw of the format.
func TestGenerateRejects(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"no codes", "package errcode\n", "no code constants found"},
		{"undocumented code", "package errcode\n\nconst GroupX Code = 10999\n", "group.go:3: GroupX: no doc comment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "group.go"), []byte(tt.src), 0o644))
			src, err := Generate(dir)
			assert.ErrorContains(t, err, tt.want)
			assert.Nil(t, src)
		})
	}
}
