// Package gentest holds the check the generators' tests share: that a
// generated file in the repository is what its generator writes now.
package gentest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Current fails t when the file output under root differs from what
// generate writes for root, naming the file as stale.
func Current(t *testing.T, root, output string, generate func(root string) ([]byte, error)) {
	t.Helper()
	want, err := generate(root)
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(root, output))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "%s is stale: run go generate", output)
}
