package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestShowProgress(t *testing.T) {
	const least = 64 << 20
	for _, tt := range []struct {
		name            string
		terminal, quiet bool
		files           int
		size            int64
		want            bool
	}{
		{"a large file on a terminal", true, false, 1, least, true},
		{"a small file", true, false, 1, least - 1, false},
		{"several small files", true, false, 2, 10, true},
		{"standard input alone", true, false, 0, 0, false},
		{"a file of unknown size", true, false, 1, -1, false},
		{"not a terminal", false, false, 2, least, false},
		{"-q", true, true, 2, least, false},
	} {
		assert.Equal(t, tt.want, showProgress(tt.terminal, tt.quiet, tt.files, tt.size, least), tt.name)
	}
}

// TestProgress checks the progress line: drawn as the files are read,
// with what was read of the total, the rate and the time left, at most
// every progressEvery, and erased at the end.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.log"), filepath.Join(dir, "b.log")
	log := []byte(strings.Repeat("ErrorCode=70001 some text to read\n", 40000)) // about 1.3 MiB
	require.NoError(t, os.WriteFile(a, log, 0o600))
	require.NoError(t, os.WriteFile(b, log, 0o600))

	// A clock that moves 100 ms each time it is read.
	clock := func() func() time.Time {
		now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		return func() time.Time {
			now = now.Add(100 * time.Millisecond)
			return now
		}
	}
	runWith := func(terminal bool, args ...string) string {
		var stdout, stderr bytes.Buffer
		code := run(args, streams{stdout: &stdout, stderr: &stderr, progress: terminal, progressMin: progressMin, now: clock()})
		require.Equal(t, exitOK, code, stderr.String())
		return stderr.String()
	}

	got := runWith(true, "-summary", "-f", a, "-f", b)
	lines := strings.Split(strings.TrimSuffix(got, "\r\x1b[K"), "\r")
	require.Greater(t, len(lines), 2, "%q", got)
	assert.Empty(t, lines[0])
	line := regexp.MustCompile(`^errcode: read (\d+\.\d) of 2\.6 MiB \((\d+)%\), (\d+\.\d) MiB/s, (\d+)s left\x1b\[K$`)
	for _, l := range lines[1:] {
		assert.Regexp(t, line, l)
	}
	assert.True(t, strings.HasSuffix(got, "\r\x1b[K"), "the line is erased at the end: %q", got)
	assert.Less(t, len(lines), 2*len(log)/(32<<10), "not drawn on every read")

	assert.Empty(t, runWith(true, "-q", "-summary", "-f", a, "-f", b), "-q")
	assert.Empty(t, runWith(false, "-summary", "-f", a, "-f", b), "not a terminal")
	assert.Empty(t, runWith(true, "-f", a), "one small file")
}
