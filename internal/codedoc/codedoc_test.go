package codedoc

import (
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// root is the errcode package's directory.
const root = "../.."

// writeFile writes src, after a package clause, as the one Go file of a new
// directory, and returns the directory.
func writeFile(t *testing.T, file, src string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, file), []byte("package errcode\n"+src), 0o644))
	return dir
}

// constant returns a well-formed constant declaration.
func constant(name, value, retry string) string {
	return "// " + name + " 中文。\n//\n// English.\n//\n// " + RetrySentence(retry, 0) +
		"\n//\n// SDK name: none. Sources: document.\nconst " + name + " Code = " + value + "\n"
}

// TestParseRejects feeds the parser broken constants, one flaw each.
func TestParseRejects(t *testing.T) {
	good := constant("GroupX", "10999", "RetryNever")
	const provenance = "SDK name: none. Sources: document."
	never := Hints[0].Sentence
	tests := []struct {
		name, file, src, want string
	}{
		{"good", "group.go", good, ""},
		{"in a block", "group.go", strings.Replace(good, "const GroupX Code = 10999\n", "const (\n\tGroupX Code = 10999\n)\n", 1), "a const declaration of its own"},
		{"two in a spec", "group.go", strings.Replace(good, "GroupX Code = 10999", "GroupX, GroupY Code = 10999, 10998", 1), "one code per line"},
		{"wrong file", "sns.go", good, "belongs in group.go"},
		{"no prefix", "group.go", strings.ReplaceAll(good, "GroupX", "Xyz"), "no subsystem prefix"},
		{"prefix without a word boundary", "group.go", strings.ReplaceAll(good, "GroupX", "Groupx"), "no subsystem prefix"},
		{"underscore", "group.go", strings.ReplaceAll(good, "GroupX", "Group_X"), "MixedCaps"},
		{"no doc", "group.go", "const GroupX Code = 10999\n", "no doc comment"},
		{"doc without name", "group.go", strings.Replace(good, "// GroupX 中文", "// 中文", 1), "first paragraph"},
		{"Chinese on two lines", "group.go", strings.Replace(good, "中文。", "中文\n// 。", 1), "first paragraph"},
		{"three paragraphs", "group.go", strings.Replace(good, "//\n// English.\n", "", 1), "paragraphs"},
		{"Chinese in English", "group.go", strings.Replace(good, "English.", "English，", 1), "non-English character"},
		{"ellipsis in English", "group.go", strings.Replace(good, "English.", "English…", 1), "non-English character"},
		{"Chinese in note", "group.go", strings.Replace(good, "English.\n", "English.\n//\n// Note: 不同。\n", 1), "non-English character"},
		{"Chinese in caution", "group.go", strings.Replace(good, "English.\n", "English.\n//\n// Caution: 不同。\n", 1), "non-English character"},
		{"stray paragraph", "group.go", strings.Replace(good, "English.\n", "English.\n//\n// More.\n", 1), "unexpected paragraph"},
		{"caution before note", "group.go", strings.Replace(good, "English.\n", "English.\n//\n// Caution: c.\n//\n// Note: n.\n", 1), "unexpected paragraph"},
		{"bad retry", "group.go", strings.Replace(good, never, "[RetryNever]: whatever.", 1), "retry sentences"},
		{"no provenance", "group.go", strings.Replace(good, "//\n// "+provenance+"\n", "", 1), "paragraphs"},
		{"note but no provenance", "group.go", strings.Replace(strings.Replace(good, "//\n// "+provenance+"\n", "", 1), "English.\n", "English.\n//\n// Note: n.\n", 1), "retry sentences"},
		{"bad provenance", "group.go", strings.Replace(good, provenance, "Sources: document.", 1), "no SDK name"},
		{"no sources", "group.go", strings.Replace(good, provenance, "SDK name: none.", 1), "no sources"},
		{"no full stop", "group.go", strings.Replace(good, "Sources: document.", "Sources: document", 1), "no full stop"},
		{"unknown source", "group.go", strings.Replace(good, "Sources: document.", "Sources: wiki.", 1), "sources must be"},
		{"sources out of order", "group.go", strings.Replace(good, "Sources: document.", "Sources: sdk|document.", 1), "sources must be"},
		{"SDK name without sdk", "group.go", strings.Replace(good, "SDK name: none.", "SDK name: ERR_X.", 1), "needs the sdk source"},
		{"own Chinese unmarked", "group.go", strings.Replace(good, "Sources: document.", "Sources: webpage.", 1), "must say so"},
		{"document marked own", "group.go", strings.Replace(good, "Sources: document.", "Sources: document. "+NotInDocument, 1), "unexpected text"},
		{"hex value", "group.go", strings.Replace(good, "10999", "0x2AF7", 1), "decimal"},
		{"iota", "group.go", strings.Replace(good, "10999", "iota", 1), "decimal"},
		{"out of range", "group.go", strings.Replace(good, "10999", "4294967296", 1), "out of range"},
		{"zero", "group.go", strings.Replace(good, "10999", "0", 1), "decimal"},
		{"bad wait", "group.go", strings.Replace(good, "first.", "first"+WaitClause+"soon.", 1), "bad wait"},
		{"negative wait", "group.go", strings.Replace(good, "first.", "first"+WaitClause+"-1m.", 1), "bad wait"},
		{"wait not as FormatWait writes it", "group.go", strings.Replace(good, "first.", "first"+WaitClause+"60s.", 1), "bad wait"},
		{"wait without full stop", "group.go", strings.Replace(good, "first.", "first"+WaitClause+"1m", 1), "bad wait"},
		{"alias of an old name", "group.go", good + "\n// GroupY is an old name.\nconst GroupY Code = GroupX\n", ""},
		{"alias of nothing", "group.go", good + "\nconst GroupY Code = GroupZ\n", "GroupY names GroupZ, which is no code constant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			records, err := Parse(writeFile(t, tt.file, tt.src))
			if tt.want == "" {
				require.NoError(t, err)
				require.Len(t, records, 1)
				assert.Equal(t, Record{
					Name: "GroupX", Value: 10999, Category: Category{"CategoryGroup", "group.go", "Group"},
					Chinese: "中文。", English: "English.", Retry: "RetryNever", Sources: []string{"document"},
					File: "group.go", Line: 9,
				}, records[0])
				return
			}
			assert.ErrorContains(t, err, tt.want)
			assert.Regexp(t, `^\S+/`+tt.file+`:\d+: `, err.Error(), "the error starts with its file and line")
		})
	}
}

// full is a constant with every optional part: a negative value, wrapped
// paragraphs, a note, a caution, a wait, an SDK name and several sources.
const full = "// AccessX 中文。\n//\n// English\n// wrapped.\n//\n// Note: A\n// note.\n//\n// Caution: Once.\n//\n" +
	"// [RetryThrottled]: slow down and wait before retrying" + WaitClause + "1m30s.\n//\n" +
	"// SDK name: ERR_SVR_SSO_X. Sources: webpage|sdk|apipage. " + NotInDocument + "\nconst AccessX Code = -10001\n"

func TestParseFull(t *testing.T) {
	records, err := Parse(writeFile(t, "access.go", full))
	require.NoError(t, err)
	require.Len(t, records, 1)
	want := Record{
		Name: "AccessX", Value: -10001, Category: Categories[10], Chinese: "中文。", English: "English wrapped.",
		Retry: "RetryThrottled", Wait: 90 * time.Second, Note: "A note.", Caution: "Once.",
		SDKName: "ERR_SVR_SSO_X", Sources: []string{"webpage", "sdk", "apipage"}, OwnChinese: true,
		File: "access.go", Line: 15,
	}
	assert.Equal(t, want, records[0])
	var comment []string
	for line := range strings.Lines(full) {
		if text, ok := strings.CutPrefix(line, "//"); ok {
			comment = append(comment, strings.TrimPrefix(text, " "))
		}
	}
	assert.Equal(t, Fold(strings.Join(comment, "")), Render(records[0]), "Render gives the comment back")
}

func TestParseRejectsDuplicates(t *testing.T) {
	src := constant("GroupA", "10001", "RetryTransient") + constant("GroupB", "10001", "RetryTransient")
	_, err := Parse(writeFile(t, "group.go", src))
	assert.ErrorContains(t, err, "group.go:17: GroupA and GroupB share the code 10001")
	src = constant("GroupA", "10001", "RetryTransient") + constant("GroupA", "10002", "RetryTransient")
	_, err = Parse(writeFile(t, "group.go", src))
	assert.ErrorContains(t, err, "group.go:17: GroupA is declared twice")
}

func TestParseSortsAndSkipsTests(t *testing.T) {
	dir := writeFile(t, "group.go", constant("GroupB", "10002", "RetryNever")+constant("GroupA", "10001", "RetryConflict"))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "group_test.go"), []byte("package errcode\n\nconst GroupC Code = 1\n"), 0o644))
	records, err := Parse(dir)
	require.NoError(t, err)
	require.Len(t, records, 2)
	assert.Equal(t, []string{"GroupA", "GroupB"}, []string{records[0].Name, records[1].Name})
	_, err = Parse(filepath.Join(dir, "missing"))
	assert.Error(t, err)
}

// TestRoundTrip renders every code constant of the errcode package and
// compares the result with its doc comment, each paragraph folded onto one
// line.
func TestRoundTrip(t *testing.T) {
	records, err := Parse(root)
	require.NoError(t, err)
	require.NotEmpty(t, records)
	docs := map[string]string{}
	_, files, err := ParseDir(root)
	require.NoError(t, err)
	for _, f := range files {
		for _, decl := range f.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.CONST && len(gd.Specs) == 1 && gd.Doc != nil {
				docs[gd.Specs[0].(*ast.ValueSpec).Names[0].Name] = gd.Doc.Text()
			}
		}
	}
	for _, r := range records {
		assert.Equal(t, Fold(docs[r.Name]), Render(r), "%s:%d", r.File, r.Line)
	}
}

func TestFormatWait(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{time.Second, "1s"},
		{30 * time.Second, "30s"},
		{time.Minute, "1m"},
		{10 * time.Minute, "10m"},
		{90 * time.Second, "1m30s"},
		{time.Hour, "1h"},
		{time.Hour + time.Minute, "1h1m"},
		{time.Hour + time.Second, "1h0m1s"},
		{1500 * time.Millisecond, "1.5s"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FormatWait(tt.d), "%v", tt.d)
		back, err := time.ParseDuration(tt.want)
		require.NoError(t, err)
		assert.Equal(t, tt.d, back, "%s reads back", tt.want)
	}
}

func TestRetrySentence(t *testing.T) {
	assert.Equal(t, "[RetryThrottled]: slow down and wait before retrying; wait at least 1m.", RetrySentence("RetryThrottled", time.Minute))
	assert.Equal(t, "[RetryNever]: do not retry; fix the request or the state it depends on first.", RetrySentence("RetryNever", 0))
	assert.Empty(t, RetrySentence("RetrySometimes", 0))
	for _, h := range Hints {
		assert.True(t, strings.HasPrefix(h.Sentence, "["+h.Const+"]: ") && strings.HasSuffix(h.Sentence, "."), "%s links its constant and is a sentence", h.Const)
	}
}

func TestCategoryOf(t *testing.T) {
	tests := []struct{ name, want string }{
		{"OpenMsgInvalidAccount", "CategoryOpenMsg"},
		{"MsgInternalErrorCallback", "CategoryMessage"},
		{"RESTInvalidParameters", "CategoryREST"},
		{"ResFileMD5ReadFailed", "CategoryResource"},
		{"OfficialAccountNotFound", "CategoryOfficialAccount"},
		{"AccountFreqLimit", "CategoryAccount"},
		{"AccountInternalError70207", "CategoryAccount"},
		{"SDKGroupGetJoinedGroupFreqLimit", "CategorySDK"},
		{"Groupie", ""},
		{"Group", ""},
		{"Unknown", ""},
	}
	for _, tt := range tests {
		c, ok := CategoryOf(tt.name)
		assert.Equal(t, tt.want, c.Const, tt.name)
		assert.Equal(t, tt.want != "", ok, tt.name)
	}
	prefixes := map[string]bool{}
	for _, c := range Categories {
		assert.False(t, prefixes[c.Prefix], "%s's prefix is its own", c.Const)
		prefixes[c.Prefix] = true
		assert.Equal(t, "Category", c.Const[:len("Category")])
	}
}

// TestAgreesWithPackage checks that the tables name the errcode package's
// Category, Retry and Source constants, in the order of their values, and
// that each retry sentence's advice is what its Retry constant's doc
// comment tells a reader.
func TestAgreesWithPackage(t *testing.T) {
	_, files, err := ParseDir(root)
	require.NoError(t, err)
	consts := map[string][]string{} // type name → its constants, in declaration order
	docs := map[string]string{}
	for _, f := range files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			typ := ""
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); ok {
					typ = id.Name
				} else if vs.Type != nil || len(vs.Values) > 0 {
					typ = "" // an untyped constant, or another type
				}
				for _, n := range vs.Names {
					consts[typ] = append(consts[typ], n.Name)
					docs[n.Name] = Fold(vs.Doc.Text())
				}
			}
		}
	}
	var categories, hints, sources []string
	for _, c := range Categories {
		categories = append(categories, c.Const)
	}
	for _, h := range Hints {
		hints = append(hints, h.Const)
	}
	for _, s := range Sources {
		sources = append(sources, s.Const)
	}
	assert.Equal(t, append([]string{"CategoryUnknown"}, categories...), consts["Category"])
	assert.Equal(t, hints, consts["Retry"])
	assert.Equal(t, sources, consts["Source"])

	// The words each Retry constant's doc comment shares with its sentence.
	advice := map[string]string{
		"RetryNever":     "fix the request or the state it depends on first",
		"RetryTransient": "with bounded exponential backoff",
		"RetryThrottled": "slow down and wait before retrying",
		"RetryReauth":    "regenerate the UserSig or log in again, then retry",
		"RetryConflict":  "apply the change",
	}
	for _, h := range Hints {
		assert.Contains(t, h.Sentence, advice[h.Const], "the sentence of %s", h.Const)
		assert.Contains(t, docs[h.Const], advice[h.Const], "the doc comment of %s", h.Const)
	}
}

func TestHolds(t *testing.T) {
	sdk, _ := CategoryOf("SDKParseResponseFailed")
	for file, want := range map[string]bool{
		"sdk.go": true, "sdk_network.go": true, "sdk_.go": false, "sdkx.go": false,
		"sns.go": false, "sdk_network_test.go": false, "sdk_network.txt": false,
	} {
		assert.Equal(t, want, sdk.Holds(file), file)
	}
}
