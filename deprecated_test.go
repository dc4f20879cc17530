package errcode_test

// Tests of deprecated.go: the old names stay usable, and go doc does not
// open the list of constants with them.

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

// TestDeprecatedNames checks that each old name is a constant of type Code
// declared on its own, documented as deprecated, with the value of the
// constant its doc names; and that go doc lists a real constant first.
func TestDeprecatedNames(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "deprecated.go", nil, parser.ParseComments)
	require.NoError(t, err)
	old := map[string]bool{}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		require.Len(t, gd.Specs, 1, "%s: declared on its own, so go doc sorts it by name", fset.Position(gd.Pos()))
		vs := gd.Specs[0].(*ast.ValueSpec)
		id, ok := vs.Type.(*ast.Ident)
		require.True(t, ok && id.Name == "Code", "%s: typed Code", vs.Names[0].Name)
		newName := vs.Values[0].(*ast.Ident).Name
		assert.Contains(t, gd.Doc.Text(), "Deprecated: use "+newName+".")
		info, found := errcode.Lookup(codeNamed(t, newName))
		require.True(t, found, newName)
		assert.Equal(t, newName, info.Name)
		old[vs.Names[0].Name] = true
	}
	assert.Len(t, old, 30)
	assert.Equal(t, errcode.GroupPermissionDenied, errcode.GroupPermissionDeny)

	out, err := exec.Command("go", "doc", ".").Output()
	if err != nil {
		t.Skipf("go doc: %v", err)
	}
	_, after, found := strings.Cut(string(out), "\ntype Code int32\n")
	require.True(t, found)
	first := strings.Fields(after)[1] // "const NAME Code = …"
	assert.False(t, old[first], "go doc opens Code's constants with the deprecated %s", first)
	assert.True(t, strings.HasPrefix(after, "    const "+first+" Code = "), "%.80s", after)
}

// codeNamed returns the code whose constant is called name.
func codeNamed(t *testing.T, name string) errcode.Code {
	for c := range errcode.All() {
		if c.Name() == name {
			return c
		}
	}
	t.Fatalf("no constant %s", name)
	return 0
}
