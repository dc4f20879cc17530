package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStartProfile checks the maintainers' profile hook: nothing without
// a path, a profile file with one, and a message but no failure of the
// run when the file cannot be written.
func TestStartProfile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		path    string
		written bool
		message string
	}{
		{"no path", "", false, ""},
		{"a file", filepath.Join(dir, "cpu.pprof"), true, ""},
		{"a folder that does not exist", filepath.Join(dir, "no", "cpu.pprof"), false, "errcode: ERRCODE_CPUPROFILE: open "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			stop := startProfile(tt.path, &stderr)
			var out bytes.Buffer
			assert.Equal(t, exitOK, run([]string{"10010"}, streams{stdout: &out, stderr: &stderr}))
			stop()
			if tt.message == "" {
				assert.Empty(t, stderr.String())
			} else {
				assert.Contains(t, stderr.String(), tt.message)
			}
			if tt.path == "" {
				return
			}
			info, err := os.Stat(tt.path)
			if !tt.written {
				assert.ErrorIs(t, err, os.ErrNotExist)
				return
			}
			require.NoError(t, err)
			assert.Positive(t, info.Size(), "a profile, even of a short run, has a header")
		})
	}
}
