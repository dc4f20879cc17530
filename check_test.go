package errcode

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/errcode-im/errcode/internal/genapi/pages"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sources is the folder of page copies, relative to the package.
const sources = "../shared/reference/sources"

// failures writes the error Check returned as the examples.tsv column
// does: "-" for nil, "!bad" when the body could not be read, else each
// failure as ID=code (no ID for the request's own, code 0 for none),
// comma-separated.
func failures(err error) string {
	if err == nil {
		return "-"
	}
	var parts []string
	for _, e := range leaves(err) {
		var be *bodyError
		if errors.As(e, &be) {
			return "!bad"
		}
		var ce *Error
		if !errors.As(e, &ce) {
			return "!other"
		}
		parts = append(parts, ce.ID+"="+strconv.Itoa(int(ce.Code)))
	}
	return strings.Join(parts, ",")
}

// leaves returns the errors a Join holds, or err alone.
func leaves(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// readExamples reads testdata/api/examples.tsv: API, example number and
// the failures the page's example and field table give.
func readExamples(t *testing.T) map[string]string {
	b, err := os.ReadFile("testdata/api/examples.tsv")
	require.NoError(t, err)
	out := make(map[string]string)
	for line := range strings.Lines(string(b)) {
		line = strings.TrimRight(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		require.Len(t, cols, 3, line)
		out[cols[0]+" #"+cols[1]] = cols[2]
	}
	return out
}

// TestPageExamples puts every JSON response example of every whole page
// copy through Check for its API, and compares the failures with what the
// page says (testdata/api/examples.tsv). An example the page got wrong as
// JSON must also fail as a bad body as it stands.
func TestPageExamples(t *testing.T) {
	dir := filepath.Join(sources, "rest-api-pages")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no page copies at %s (CI has them): %v", dir, err)
	}
	ps, err := pages.Read(dir)
	require.NoError(t, err)
	want := readExamples(t)
	seen := 0
	for _, p := range ps {
		api, ok := LookupAPI(p.Path)
		require.True(t, ok, p.Path)
		for _, ex := range p.Examples {
			key := p.Path + " #" + strconv.Itoa(ex.N)
			w, ok := want[key]
			if !assert.True(t, ok, "examples.tsv has no row for %s", key) {
				continue
			}
			seen++
			if ex.JSON == nil {
				assert.Equal(t, "!bad", w, key)
				assert.Equal(t, "!bad", failures(api.Check([]byte(ex.Text))), key)
				continue
			}
			if ex.Text != string(ex.JSON) {
				err := api.Check([]byte(ex.Text))
				if !strings.HasPrefix(w, "!") && !isValidJSON(ex.Text) {
					assert.Equal(t, "!bad", failures(err), "%s as the page has it", key)
				}
			}
			assert.Equal(t, w, failures(api.Check(ex.JSON)), key)
		}
	}
	assert.Equal(t, len(want), seen, "examples.tsv has rows for examples the pages lack")
}

func isValidJSON(s string) bool {
	var v any
	return json.Unmarshal([]byte(s), &v) == nil
}

// failedIDs returns the IDs of the *Error values err joins, in order.
func failedIDs(err error) []string {
	var ids []string
	for _, e := range leaves(err) {
		var ce *Error
		if errors.As(e, &ce) {
			ids = append(ids, ce.ID)
		}
	}
	return ids
}

func mustAPI(t *testing.T, path string) API {
	t.Helper()
	a, ok := LookupAPI(path)
	require.True(t, ok, path)
	return a
}

// TestCheckNamedFailures: the four bodies of the issue come out as exactly
// their failed entries, named.
func TestCheckNamedFailures(t *testing.T) {
	tests := []struct {
		api, body string
		ids       []string
		code      Code // the code errors.Is must find; 0 for none
	}{
		{"v4/openim/batchsendmsg",
			`{"ActionStatus":"SomeError","ErrorInfo":"","ErrorCode":0,"MsgTime":1,"MsgKey":"k","ErrorList":[{"To_Account":"rong","ErrorCode":70107}]}`,
			[]string{"rong"}, 70107},
		{"v4/group_open_http_svc/add_group_member",
			`{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"MemberList":[{"Member_Account":"tommy","Result":0},{"Member_Account":"jared","Result":1},{"Member_Account":"ann","Result":2},{"Member_Account":"bo","Result":3}]}`,
			[]string{"tommy"}, 0},
		{"v4/group_open_http_svc/get_group_info",
			`{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"GroupInfo":[{"GroupId":"@TGS#1","ErrorCode":0,"Name":"a"},{"GroupId":"@TGS#2","ErrorCode":10010,"ErrorInfo":"group not found"}]}`,
			[]string{"@TGS#2"}, GroupNotFound},
		{"v4/group_open_http_svc/group_msg_recall",
			`{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"RecallRetList":[{"MsgSeq":100,"RetCode":10030},{"MsgSeq":101,"RetCode":0}]}`,
			[]string{"100"}, 10030},
	}
	for _, tt := range tests {
		t.Run(tt.api, func(t *testing.T) {
			for _, check := range []func([]byte) error{mustAPI(t, tt.api).Check, CheckBody} {
				err := check([]byte(tt.body))
				require.Error(t, err)
				assert.Equal(t, tt.ids, failedIDs(err))
				assert.Len(t, leaves(err), len(tt.ids), "only the failed entries")
				var e *Error
				require.ErrorAs(t, err, &e)
				assert.Equal(t, tt.ids[0], e.ID)
				assert.Equal(t, tt.code, e.Code)
				if tt.code != 0 {
					assert.ErrorIs(t, err, tt.code)
					got, ok := CodeOf(err)
					assert.True(t, ok)
					assert.Equal(t, tt.code, got)
				} else {
					_, ok := CodeOf(err)
					assert.False(t, ok, "a failure without a code has no code")
				}
			}
		})
	}
}

func TestCheckRules(t *testing.T) {
	tests := []struct {
		name, api, body, want string
	}{
		{"success", "v4/openim/sendmsg", `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}`, "-"},
		{"no status at all", "v4/openconfigsvr/getnospeaking", `{"ErrorCode":0,"C2CmsgNospeakingTime":0}`, "-"},
		{"request failed", "v4/openim/sendmsg", `{"ActionStatus":"FAIL","ErrorCode":90001,"ErrorInfo":"x"}`, "=90001"},
		{"quoted code", "v4/openim/sendmsg", `{"ActionStatus":"FAIL","ErrorCode":"90001"}`, "=90001"},
		{"FAIL without code or entries", "v4/openim/sendmsg", `{"ActionStatus":"FAIL","ErrorCode":0}`, "=0"},
		{"SomeError without entries", "v4/openim/batchsendmsg", `{"ActionStatus":"SomeError","ErrorCode":0}`, "=0"},
		{"request and entries both", "v4/openim/query_online_status", `{"ActionStatus":"FAIL","ErrorCode":70107,"ErrorList":[{"To_Account":"a","ErrorCode":70107}]}`, "=70107,a=70107"},
		{"Fail_Account after coded entry", "v4/sns/friend_add", `{"Fail_Account":["b","a"],"ResultItem":[{"To_Account":"a","ResultCode":30006},{"To_Account":"c","ResultCode":0}],"ActionStatus":"OK","ErrorCode":0}`, "a=30006,b=0"},
		{"FailAccounts", "v4/im_open_login_svc/multiaccount_import", `{"ActionStatus":"OK","ErrorCode":0,"FailAccounts":["x",7]}`, "x=0,7=0"},
		{"nested list", "v4/recentcontact/create_contact_group", `{"ActionStatus":"OK","ErrorCode":0,"GroupResultItem":[{"ResultItem":[{"ContactItem":{"Type":2,"ToGroupId":"g1"},"ResultCode":51008}]}]}`, "g1=51008"},
		{"object list", "v4/recentcontact/update_contact_group", `{"ActionStatus":"OK","ErrorCode":0,"UpdateGroupResult":{"ContactResultItem":[{"ContactItem":{"To_Account":"u"},"ResultCode":5}]}}`, "u=5"},
		{"import_group_msg Result is a code", "v4/group_open_http_svc/import_group_msg", `{"ActionStatus":"OK","ErrorCode":0,"ImportMsgResult":[{"MsgSeq":1,"Result":0},{"MsgSeq":2,"Result":80002}]}`, "2=80002"},
		{"ID by nested member", "v4/million_group_open_http_svc/get_topic", `{"ActionStatus":"OK","ErrorCode":0,"TopicAndSelfInfo":[{"ErrorCode":10010,"TopicInfo":{"TopicId":"t1"}}]}`, "t1=10010"},
		{"lower-case members", "v4/openim/batchsendmsg", `{"actionstatus":"ok","errorcode":0,"errorlist":[{"to_account":"r","errorcode":70107}]}`, "r=70107"},
		{"list of another API read too", "v4/openim/querystate", `{"ActionStatus":"OK","ErrorCode":0,"ErrorList":[{"To_Account":"z","ErrorCode":70107}]}`, "z=70107"},
		{"unknown list with ResultCode", "v4/ConfigSvc/GetIPList", `{"ActionStatus":"OK","ErrorCode":0,"NewItems":[{"UserID":"q","ResultCode":7}]}`, "q=7"},
		{"wide code", "v4/openim/sendmsg", `{"ActionStatus":"FAIL","ErrorCode":4294967296}`, "=0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, failures(mustAPI(t, tt.api).Check([]byte(tt.body))))
		})
	}
}

// TestCheckBadBodies: a body or entry that cannot be read is an error,
// never nil, and its message begins "errcode:".
func TestCheckBadBodies(t *testing.T) {
	tests := []struct {
		name, api, body string
		id              string // the ID of the entry at fault; "" for the body
	}{
		{"empty", "v4/openim/sendmsg", ``, ""},
		{"null", "v4/openim/sendmsg", `null`, ""},
		{"array", "v4/openim/sendmsg", `[]`, ""},
		{"string", "v4/openim/sendmsg", `"OK"`, ""},
		{"cut short", "v4/openim/batchsendmsg", `{"ActionStatus":"OK","ErrorCode":0,"ErrorList":[{"To_Account":"r"`, ""},
		{"ErrorCode a word", "v4/openim/sendmsg", `{"ActionStatus":"OK","ErrorCode":"none"}`, ""},
		{"ErrorCode a fraction", "v4/openim/sendmsg", `{"ActionStatus":"OK","ErrorCode":1.5}`, ""},
		{"ActionStatus a number", "v4/openim/sendmsg", `{"ActionStatus":1,"ErrorCode":0}`, ""},
		{"code missing in failure list", "v4/openim/batchsendmsg", `{"ActionStatus":"OK","ErrorCode":0,"ErrorList":[{"To_Account":"r"}]}`, "r"},
		{"code null in failure list", "v4/openim/batchsendmsg", `{"ActionStatus":"OK","ErrorCode":0,"ErrorList":[{"To_Account":"r","ErrorCode":null}]}`, "r"},
		{"code a word", "v4/sns/friend_add", `{"ActionStatus":"OK","ErrorCode":0,"ResultItem":[{"To_Account":"r","ResultCode":"x"}]}`, "r"},
		{"Result missing", "v4/group_open_http_svc/add_group_member", `{"ActionStatus":"OK","ErrorCode":0,"MemberList":[{"Member_Account":"m"}]}`, "m"},
		{"Result null", "v4/group_open_http_svc/add_group_member", `{"ActionStatus":"OK","ErrorCode":0,"MemberList":[{"Member_Account":"m","Result":null}]}`, "m"},
		{"entry not an object", "v4/openim/batchsendmsg", `{"ActionStatus":"OK","ErrorCode":0,"ErrorList":["r"]}`, ""},
		{"failed ID an object", "v4/sns/friend_add", `{"ActionStatus":"OK","ErrorCode":0,"Fail_Account":[{}]}`, ""},
		{"list not an array", "v4/group_open_http_svc/add_group_member", `{"ActionStatus":"OK","ErrorCode":0,"MemberList":{}}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, check := range []func([]byte) error{mustAPI(t, tt.api).Check, CheckBody} {
				err := check([]byte(tt.body))
				if (tt.name == "list not an array" || tt.name == "Result missing") && err == nil {
					continue // CheckBody reads MemberList only when an entry has Result
				}
				require.Error(t, err)
				assert.True(t, strings.HasPrefix(err.Error(), "errcode:"), err.Error())
				var be *bodyError
				require.ErrorAs(t, err, &be)
				if tt.id != "" {
					assert.Contains(t, failedIDs(err), tt.id, "the entry may have failed")
				}
			}
		})
	}
}

// TestCheckBodyLeniency: a list recognised by name only counts when its
// entries carry the code member.
func TestCheckBodyLeniency(t *testing.T) {
	body := `{"ActionStatus":"OK","ErrorCode":0,"MemberList":[{"Member_Account":"a","Role":"Owner"}]}`
	require.NoError(t, CheckBody([]byte(body)))
	require.NoError(t, mustAPI(t, "v4/group_open_http_svc/get_group_member_info").Check([]byte(body)))
	assert.Equal(t, "!bad", failures(mustAPI(t, "v4/group_open_http_svc/add_group_member").Check([]byte(body))))
}

func FuzzCheck(f *testing.F) {
	f.Add("v4/openim/batchsendmsg", []byte(`{"ActionStatus":"SomeError","ErrorCode":0,"ErrorList":[{"To_Account":"rong","ErrorCode":70107}]}`))
	f.Add("v4/recentcontact/create_contact_group", []byte(`{"GroupResultItem":[{"ResultItem":[{"ContactItem":{"To_Account":"u"},"ResultCode":1}]}]}`))
	f.Add("", []byte(`{"Fail_Account":["a"],"ResultItem":[{"To_Account":"a","ResultCode":30006}]}`))
	f.Fuzz(func(t *testing.T, path string, body []byte) {
		api, _ := LookupAPI(path)
		err := api.Check(body)
		if err != nil && !strings.HasPrefix(err.Error(), "errcode:") {
			t.Fatalf("message %q", err.Error())
		}
		if err == nil && !json.Valid(body) {
			t.Fatalf("invalid JSON %q passed", body)
		}
	})
}
