package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/errcode-im/errcode/internal/gentest"

	"github.com/errcode-im/errcode/internal/genapi/pages"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const root = "../.."

// TestGeneratedAPITableIsCurrent fails when testdata/api or meanings.go
// changed without running go generate.
func TestGeneratedAPITableIsCurrent(t *testing.T) {
	gentest.Current(t, root, Output, Generate)
}

func TestReport(t *testing.T) {
	facts := Facts{Codes: map[string][]int32{"v4/a/x": {1, 2}, "v4/a/gone": {3}}}
	read := map[string][]int32{"v4/a/x": {2, 4}, "v4/a/new": {5}}
	ex := pages.Example{N: 1, JSON: []byte(`{"ActionStatus":"OK","ErrorCode":0,"Items":[{"ResultCode":0}]}`)}
	var b bytes.Buffer
	Report(&b, facts, read, map[int32]bool{2: true, 4: true}, []pages.Page{{Path: "v4/a/x", Examples: []pages.Example{ex}}})
	assert.Equal(t, "API added: v4/a/new (1 codes)\nAPI dropped: v4/a/gone\ncode added: v4/a/x 4\ncode dropped: v4/a/x 1\n"+
		"code new to the package: 5\nentry list without a shape: v4/a/x Items\n", b.String())
}

func TestUnionRefusesConflicts(t *testing.T) {
	_, err := Union([]Shape{{API: "v4/a/x", List: "L", ID: "A", Code: "Result", Rule: "zero"}, {API: "v4/a/y", List: "L", ID: "B", Code: "Result", Rule: "nonzero"}})
	assert.ErrorContains(t, err, "another API")
	u, err := Union([]Shape{{API: "v4/a/x", List: "L", ID: "A", Code: "C", Rule: "nonzero"}, {API: "v4/a/y", List: "L", ID: "B|A", Code: "C", Rule: "nonzero"}})
	require.NoError(t, err)
	assert.Equal(t, []Shape{{List: "L", ID: "A|B", Code: "C", Rule: "nonzero"}}, u)
}

func TestFormatCodesRoundTrip(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "testdata/api"), 0o755))
	codes := map[string][]int32{"v4/a/x": {-1, 7}, "v4/a/y": nil}
	require.NoError(t, os.WriteFile(filepath.Join(dir, CodesFile), FormatCodes(codes), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ShapesFile), []byte("v4/a/x\tL[].M\tA.B|C\tR\tnonzero\tpage\n"), 0o644))
	f, err := ReadFacts(dir)
	require.NoError(t, err)
	assert.Equal(t, map[string][]int32{"v4/a/x": {-1, 7}, "v4/a/y": nil}, f.Codes)
	assert.Equal(t, []Shape{{API: "v4/a/x", List: "L[].M", ID: "A.B|C", Code: "R", Rule: "nonzero"}}, f.Shapes)
}
