package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/errcode-im/errcode"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/width"
)

// binDir holds the command built for the end-to-end tests; TestMain removes
// it.
var binDir string

// TestMain makes the directory the command is built into, once, by the
// first test that runs it (so that fuzz workers and runs of the unit tests
// alone build nothing), and removes it afterwards.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "errcode-cmd-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// build builds the command with the go tool from PATH, once.
var build = sync.OnceValues(func() (string, error) {
	bin := filepath.Join(binDir, "errcode")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// result is what a run of the command did.
type result struct {
	stdout, stderr string
	code           int
}

// command runs the built command with args, stdin as its standard input
// (nil gives it the null device, which is a character device as a terminal
// is), and returns what it did.
func command(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	bin, err := build()
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		require.NoError(t, err)
	}
	require.NoError(t, ctx.Err(), "the command did not finish in time")
	return result{stdout.String(), stderr.String(), cmd.ProcessState.ExitCode()}
}

// inProcess runs run with args and stdin and returns what it did.
func inProcess(stdin io.Reader, args ...string) result {
	var stdout, stderr bytes.Buffer
	code := run(args, streams{stdin: stdin, stdout: &stdout, stderr: &stderr, progressMin: progressMin})
	return result{stdout.String(), stderr.String(), code}
}

// jsonResult is one element of -json's output.
type jsonResult struct {
	Code     int      `json:"code"`
	Name     string   `json:"name"`
	Category string   `json:"category"`
	Retry    string   `json:"retry"`
	SDKName  string   `json:"sdk_name"`
	Sources  string   `json:"sources"`
	Note     string   `json:"note"`
	Caution  string   `json:"caution"`
	Chinese  string   `json:"zh"`
	ZhSource string   `json:"zh_source"`
	English  string   `json:"en"`
	Known    bool     `json:"known"`
	Cut      bool     `json:"cut"`
	Wait     string   `json:"wait"`
	Detail   string   `json:"detail"`
	ID       string   `json:"id"`
	Count    int      `json:"count"`
	NoCode   bool     `json:"nocode"`
	Folded   bool     `json:"folded"`
	Other    bool     `json:"other"`
	APIs     []string `json:"apis"`
	APICount int      `json:"api_count"`
}

// decodeJSON decodes -json's output, which must be one JSON array.
func decodeJSON(t *testing.T, out string) []jsonResult {
	t.Helper()
	var got []jsonResult
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&got), "output: %s", out)
	require.False(t, dec.More(), "more than one JSON value: %s", out)
	require.NotNil(t, got, "JSON null instead of an array: %s", out)
	return got
}

// termWidth is the display width of s on a terminal, measured here apart
// from the command's own displayWidth.
func termWidth(s string) int {
	n := 0
	for _, r := range s {
		if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// listed returns every code the package lists, as All gives them, keeping
// those keep accepts.
func listed(keep func(errcode.Info) bool) []errcode.Code {
	var codes []errcode.Code
	for c := range errcode.All() {
		if info, _ := errcode.Lookup(c); keep(info) {
			codes = append(codes, c)
		}
	}
	return codes
}

// tableCodes returns the codes in the first column of a -list or -search
// table, under its header.
func tableCodes(t *testing.T, out string) []errcode.Code {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.NotEmpty(t, lines)
	require.True(t, strings.HasPrefix(lines[0], "CODE "), "header: %q", lines[0])
	var codes []errcode.Code
	for _, l := range lines[1:] {
		n, err := strconv.Atoi(strings.Fields(l)[0])
		require.NoError(t, err, "line %q", l)
		codes = append(codes, errcode.Code(n))
	}
	return codes
}

func TestLookup(t *testing.T) {
	info, ok := errcode.Lookup(errcode.GroupNotFound)
	require.True(t, ok)
	other := errcode.Code(70999)
	_, isListed := errcode.Lookup(other)
	require.False(t, isListed, "70999 must be unlisted for this test")

	tests := []struct {
		name     string
		args     []string
		code     int
		contains []string
		absent   []string
	}{
		{
			name: "known",
			args: []string{"10010"},
			code: 0,
			contains: []string{
				"10010  GroupNotFound  group  retry: never\n",
				"  zh:      " + info.Description + "\n",
				"  en:      " + info.English + "\n",
				"  sdk:     " + info.SDKName + "\n",
				"  sources: " + info.Sources.String() + "\n",
			},
			absent: []string{ownMark},
		},
		{
			name: "unknown",
			args: []string{"12345"},
			code: 1,
			contains: []string{
				"12345  Code(12345)  unknown  retry: never\n",
				"not listed by any official Tencent Cloud IM source this package knows",
			},
			absent: []string{"zh:", "en:", "sources:"},
		},
		{
			name: "account system range",
			args: []string{"70999"},
			code: 1,
			contains: []string{
				"70999  Code(70999)  account  retry: transient\n",
				"其他错误",
				"zh:   " + other.Description(errcode.AcceptLanguage("zh")) + "\n",
				"en:   " + other.Description(errcode.AcceptLanguage("en")) + "\n",
			},
			absent: []string{ownMark},
		},
		{
			name: "callback range",
			args: []string{"38500"},
			code: 1,
			contains: []string{
				"38500  Code(38500)  sns  retry: never\n",
				"zh:   " + ownMark + errcode.Code(38500).Description(errcode.AcceptLanguage("zh")) + "\n",
				"the online error-code page covers this range",
			},
		},
		{
			name:     "known and unknown",
			args:     []string{"10010", "12345"},
			code:     1,
			contains: []string{"GroupNotFound", "Code(12345)"},
		},
		{
			name:     "several in one argument",
			args:     []string{"10010,70001 90001"},
			code:     0,
			contains: []string{"GroupNotFound", "AccountUserSigExpired", "MsgJSONParseFailed"},
		},
		{
			name:     "chinese only",
			args:     []string{"-lang", "zh", "10010"},
			code:     0,
			contains: []string{"  zh:      " + info.Description + "\n"},
			absent:   []string{"en:", info.English},
		},
		{
			name:     "english only",
			args:     []string{"-lang=en", "10010"},
			code:     0,
			contains: []string{"  en:      " + info.English + "\n"},
			absent:   []string{"zh:"},
		},
		{
			name:     "flags after codes",
			args:     []string{"10010", "-lang", "en"},
			code:     0,
			contains: []string{"  en:      " + info.English + "\n"},
			absent:   []string{"zh:"},
		},
		{name: "negative code", args: []string{"-1"}, code: 1, contains: []string{"-1  Code(-1)  unknown"}},
		{name: "negative code after a flag", args: []string{"-lang", "en", "-1"}, code: 1, contains: []string{"Code(-1)"}},
		{name: "negative code after --", args: []string{"--", "-5"}, code: 1, contains: []string{"Code(-5)"}},
		{name: "smallest int32", args: []string{"-2147483648"}, code: 1, contains: []string{"Code(-2147483648)"}},
		{name: "zero", args: []string{"0"}, code: 1, contains: []string{"0 means success"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := command(t, nil, tt.args...)
			assert.Equal(t, tt.code, r.code, "stderr: %s", r.stderr)
			assert.Empty(t, r.stderr)
			for _, s := range tt.contains {
				assert.Contains(t, r.stdout, s)
			}
			for _, s := range tt.absent {
				assert.NotContains(t, r.stdout, s)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"not a number", []string{"abc"}, `"abc" is not an error code`},
		{"fraction", []string{"1.5"}, `"1.5" is not an error code`},
		{"too big", []string{"2147483648"}, `"2147483648" is not an error code`},
		{"too small", []string{"-2147483649"}, `"-2147483649" is not an error code`},
		{"empty argument", []string{""}, `"" is not an error code`},
		{"unknown flag", []string{"-x"}, "flag provided but not defined: -x"},
		{"unknown flag after code", []string{"10010", "-x"}, "flag provided but not defined: -x"},
		{"bad language", []string{"-lang", "fr", "10010"}, `invalid value "fr" for flag -lang`},
		{"missing flag value", []string{"-search"}, "flag needs an argument: -search"},
		{"empty search", []string{"-search", " "}, "want some text"},
		{"unknown category", []string{"-list", "-category", "nope"}, "officialaccount"},
		{"list and search", []string{"-list", "-search", "x"}, "cannot be used together"},
		{"list and codes", []string{"-list", "10010"}, "-list takes no arguments"},
		{"search and codes", []string{"-search", "x", "10010"}, "-search takes no arguments"},
		{"category alone", []string{"-category", "group"}, "-category needs -list or -search"},
		{"stdin and codes", []string{"-", "10010"}, "must be the only argument"},
		{"summary and codes", []string{"-summary", "10010"}, "take no codes"},
		{"file and codes", []string{"-f", "x.log", "10010"}, "take no codes"},
		{"list and file", []string{"-list", "-f", "x.log"}, "reads no input"},
		{"empty file name", []string{"-f", ""}, "want a file name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := command(t, nil, tt.args...)
			assert.Equal(t, 2, r.code)
			assert.Empty(t, r.stdout)
			assert.True(t, strings.HasPrefix(r.stderr, "errcode: "), r.stderr)
			assert.Contains(t, r.stderr, tt.want)
			assert.Contains(t, r.stderr, "usage: errcode")
		})
	}

	t.Run("help", func(t *testing.T) {
		for _, h := range []string{"-h", "-help", "--help"} {
			r := command(t, nil, h)
			assert.Equal(t, 0, r.code)
			assert.Equal(t, docComment(t), r.stdout, "the manual, doc.go's package comment")
			for c := range errcode.Categories() {
				assert.Contains(t, r.stdout, c.String())
			}
			assert.Empty(t, r.stderr)
		}
	})

	t.Run("every category name", func(t *testing.T) {
		for c := range errcode.Categories() {
			r := inProcess(nil, "-search", "a", "-category", strings.ToUpper(c.String()))
			assert.NotEqual(t, 2, r.code, "%s: %s", c, r.stderr)
		}
	})
}

// TestEmptyInput checks that empty input that is not a terminal, such as
// the null device, is input with no code in it, not a usage error.
func TestEmptyInput(t *testing.T) {
	r := command(t, nil) // the null device
	assert.Equal(t, 1, r.code)
	assert.Empty(t, r.stdout)
	assert.Equal(t, "errcode: no error code found in the input\n", r.stderr)

	devNull, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer devNull.Close()
	assert.False(t, isTerminal(devNull), "the null device is a character device, not a terminal")
	r = inProcess(devNull)
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "errcode: no error code found in the input\n", r.stderr)

	r = inProcess(strings.NewReader(""), "-json")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "[]\n", r.stdout)

	r = inProcess(strings.NewReader(""), "-summary", "-json")
	assert.Equal(t, 1, r.code)
	assert.Equal(t, "[]\n", r.stdout)

	r = inProcess(errReader{}, "-")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "errcode: reading standard input: broken")

	dir := t.TempDir()
	r = inProcess(nil, "-f", filepath.Join(dir, "missing.log"))
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "missing.log: no such file")
	assert.NotContains(t, r.stderr, "no error code found", "nothing was read, so nothing can be said of its codes")

	empty := filepath.Join(dir, "empty.log")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	r = inProcess(nil, "-f", filepath.Join(dir, "missing.log"), "-f", empty)
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "missing.log: no such file")
	assert.Contains(t, r.stderr, "errcode: no error code found in the input", "the input that was read held no code")
}

// errReader fails every read.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("broken") }
