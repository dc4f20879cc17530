package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errcode-im/errcode"
)

func TestAPIMode(t *testing.T) {
	sendmsg, ok := errcode.LookupAPI("v4/openim/sendmsg")
	require.True(t, ok)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout []string // each must appear
		stderr []string
	}{
		{"list", []string{"-api", "openim/sendmsg", "-lang", "en"}, "", 0,
			[]string{"20001  OpenMsgPacketParseFailed", "CODE"}, nil},
		{"unknown API", []string{"-api", "openim/sendmsgg"}, "", 2,
			nil, []string{`no API "openim/sendmsgg"`, "v4/openim/sendmsg"}},
		{"apis line", []string{"10010"}, "", 0,
			[]string{"apis:", "v4/group_open_http_svc/add_group_member", "APIs)"}, nil},
		{"check body", []string{"-api", "v4/group_open_http_svc/get_group_info", "-"},
			`{"ActionStatus":"OK","ErrorCode":0,"GroupInfo":[{"GroupId":"g1","ErrorCode":10010},{"GroupId":"g2","ErrorCode":0}]}`, 0,
			[]string{"10010", "id:", "g1"}, nil},
		{"check ok body", []string{"-api", "v4/group_open_http_svc/get_group_info", "-"},
			`{"ActionStatus":"OK","ErrorCode":0,"GroupInfo":[{"GroupId":"g2","ErrorCode":0}]}`, 1,
			nil, []string{"nothing failed"}},
		{"check bad body", []string{"-api", "v4/group_open_http_svc/get_group_info", "-"},
			`{"ActionStatus":"OK","ErrorCode":0,"GroupInfo":[{"GroupId":"g2","ErrorCode":null}]`, 1, nil, []string{"errcode:"}},
		{"FailAccounts without -api", nil,
			`{"ActionStatus":"OK","ErrorCode":0,"FailAccounts":["u1","u2"]}`, 0,
			[]string{"u1", "u2", "failed without an error code"}, nil},
		{"-switch needs -api", []string{"-switch"}, "", 2, nil, []string{"-switch needs -api"}},
		{"-api takes no codes", []string{"-api", "openim/sendmsg", "10010"}, "", 2, nil, []string{"-api takes no codes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := inProcess(strings.NewReader(tt.stdin), tt.args...)
			assert.Equal(t, tt.code, r.code, "stderr: %s", r.stderr)
			for _, s := range tt.stdout {
				assert.Contains(t, r.stdout, s)
			}
			for _, s := range tt.stderr {
				assert.Contains(t, r.stderr, s)
			}
			assert.NotContains(t, r.stderr, "no error code found")
		})
	}
	t.Run("list has every code", func(t *testing.T) {
		r := inProcess(nil, "-api", "v4/openim/sendmsg")
		n := 0
		for range sendmsg.Codes() {
			n++
		}
		assert.Len(t, strings.Split(strings.TrimSpace(r.stdout), "\n"), n+1)
	})
}

func TestNearestAPIs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"openim/sendmsgg", "v4/openim/sendmsg"},
		{"group_open_http_svc/get_group_inf", "v4/group_open_http_svc/get_group_info"},
		{"https://x.example/v4/openim/batchsendmsg2?a=1", "v4/openim/batchsendmsg"},
	}
	for _, tt := range tests {
		got := nearestAPIs(tt.in, 5)
		require.NotEmpty(t, got, tt.in)
		assert.LessOrEqual(t, len(got), 5)
		assert.Equal(t, tt.want, got[0], tt.in)
	}
}

// TestSwitchCompiles pastes -switch's output into a function and builds it.
func TestSwitchCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build")
	}
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	for _, path := range []string{"v4/openim/sendmsg", "v4/openconfigsvr/getappinfo"} {
		t.Run(path, func(t *testing.T) {
			if _, ok := errcode.LookupAPI(path); !ok {
				t.Skipf("no API %s", path)
			}
			r := inProcess(nil, "-api", path, "-switch")
			require.Equal(t, 0, r.code, r.stderr)
			assert.Contains(t, r.stdout, "switch code {")
			assert.Contains(t, r.stdout, "default:")
			dir := t.TempDir()
			src := "package p\n\nimport \"github.com/errcode-im/errcode\"\n\nfunc f(code errcode.Code) {\n" + r.stdout + "}\n"
			gomod := "module p\n\ngo 1.26\n\nrequire github.com/errcode-im/errcode v0.0.0\n\nreplace github.com/errcode-im/errcode => " + root + "\n"
			sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644))
			cmd := exec.Command("go", "build", "./...")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
			out, err := cmd.CombinedOutput()
			assert.NoError(t, err, "%s\n%s", out, src)
		})
	}
}
