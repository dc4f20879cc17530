package pages

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParse(t *testing.T) {
	page := "## Feature\n### Sample request URL\n```\nhttps://xxxxxx/v4/openim/sendmsg?sdkappid=1&usersig=x\n```\n" +
		"### Sample response\n```json\n{\n  \"ActionStatus\": \"OK\", // done\n  \"ErrorCode\": 0，\n  \"List\": [\n    {\"A\": 1},\n    ...\n  ],\n}\n```\n" +
		"```\n{\"GroupId\": \"x\", \"Inner\": {\"ErrorCode\": 1}}\n```\n" +
		"## Error Codes\n| Error Code | Description |\n|---|---|\n| 90001 | a |\n| 20001 | b |\n| 90001 | a |\n### More\n| 70107 | c |\n## API Debugging Tool\n| 1 | not a code |\n"
	p, ok := Parse("f.md", page)
	assert.True(t, ok)
	assert.Equal(t, "v4/openim/sendmsg", p.Path)
	assert.Equal(t, []int32{20001, 70107, 90001}, p.Codes)
	if assert.Len(t, p.Examples, 1, "the request block has no top-level status") {
		assert.JSONEq(t, `{"ActionStatus":"OK","ErrorCode":0,"List":[{"A":1}]}`, string(p.Examples[0].JSON))
	}
	cut := "<!-- source: x -->\nv4/sns/friend_add\n## 错误码说明\n| 30001 | x |\n"
	p, ok = Parse("g.md", cut)
	assert.True(t, ok)
	assert.Equal(t, "v4/sns/friend_add", p.Path)
	assert.Equal(t, []int32{30001}, p.Codes)
	_, ok = Parse("h.md", "# Overview\nno API here\n")
	assert.False(t, ok)
}

func TestRepair(t *testing.T) {
	assert.JSONEq(t, `{"a":1,"b":[2]}`, string(Repair("{\n\"a\": 1\n\"b\": [2,]\n}")))
	assert.Nil(t, Repair(`{"a": `))
	assert.Nil(t, Repair(`[1]`))
}
