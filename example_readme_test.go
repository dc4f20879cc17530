package errcode_test

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

// Example_readme is the README's use example; TestREADMESnippets keeps
// the two equal.
func Example_readme() {
	body := []byte(`{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"",
		"GroupInfo":[{"GroupId":"@TGS#1","ErrorCode":0},{"GroupId":"@TGS#2","ErrorCode":10010}]}`)

	api, _ := errcode.LookupAPI("v4/group_open_http_svc/get_group_info")
	err := api.Check(body)
	if errors.Is(err, errcode.GroupNotFound) {
		fmt.Println("missing:", errcode.FailedIDs(err))
	}
	retry, wait := errcode.ShouldRetry(err)
	fmt.Println(retry, wait)
	// Output:
	// missing: [@TGS#2]
	// false 0s
}

// TestREADMESnippets checks that every Go snippet in README.md stands,
// line for line, in a compiled Example of this file, so the README shows
// only code that builds and whose output is checked.
func TestREADMESnippets(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	self, err := os.ReadFile("example_readme_test.go")
	require.NoError(t, err)
	code := dedent(string(self))
	blocks := regexp.MustCompile("(?s)```go\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	require.NotEmpty(t, blocks, "README.md has a Go snippet")
	for _, b := range blocks {
		assert.Contains(t, code, dedent(b[1]), "a README snippet that no Example compiles")
	}
}

// dedent drops the leading tabs of every line.
func dedent(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimLeft(l, "\t")
	}
	return strings.Join(lines, "\n")
}
