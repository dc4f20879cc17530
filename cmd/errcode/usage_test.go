package main

import (
	"go/parser"
	"go/token"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// docComment returns doc.go's package comment as go/parser reads it.
func docComment(t *testing.T) string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	require.NoError(t, err)
	require.NotNil(t, f.Doc, "doc.go has no package comment")
	return f.Doc.Text()
}

// TestManual checks that the help the command prints is its manual, the
// package comment of doc.go, and that the short usage is drawn from it.
func TestManual(t *testing.T) {
	doc := docComment(t)
	assert.Equal(t, doc, manual())
	assert.True(t, strings.HasPrefix(doc, "Errcode explains "), "a command's doc starts with its name")

	syn := strings.Split(strings.TrimSuffix(synopsis(), "\n"), "\n")
	require.Len(t, syn, 9, "one line per form of the command, then a pointer to -h")
	assert.Equal(t, "Run 'errcode -h' for details.", syn[len(syn)-1])
	_, usage, ok := strings.Cut(doc, "Usage:\n\n")
	require.True(t, ok, "the manual has a Usage section")
	for i, l := range syn[:len(syn)-1] {
		prefix := "usage: "
		if i > 0 {
			prefix = "       "
		}
		form, ok := strings.CutPrefix(l, prefix)
		require.True(t, ok, "line %q", l)
		assert.Contains(t, usage, "\t"+form+"  ", "the synopsis's form is the manual's")
	}

	// Every flag the command takes is in the manual.
	for _, flag := range []string{"-lang", "-json", "-list", "-category", "-search", "-f", "-summary", "-q", "-h"} {
		documented := regexp.MustCompile(`(?m)^\t` + flag + `( |$)`).MatchString(doc)
		assert.True(t, documented, "flag %s is not in the manual's list", flag)
	}
}
