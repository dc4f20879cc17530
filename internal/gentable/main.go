// Command gentable writes ztable.go, the errcode package's lookup table,
// from the doc comments of the code constants in the package's subsystem
// files. Run it with go generate in the repository's root.
//
// Each code constant is a const declaration of its own, so that go doc
// shows it alone, documented in these paragraphs:
//
//	// Name <the Chinese text, on one line>
//	//
//	// <English text, wrapped as needed>
//	//
//	// Note: <where the sources disagree; optional>
//	//
//	// Caution: <advice a caller must not miss; optional>
//	//
//	// [RetryX]: <the fixed sentence for RetryX>
//	//
//	// SDK name: <ERR_… or none>. Sources: <document|webpage|sdk>.
//	const Name Code = 12345
//
// Where a source names a time to wait before trying again, the retry
// sentence ends with it instead of a full stop: "…; wait at least 1m.".
// A code the document does not list ends its last paragraph with
// NotInDocument, since its Chinese text is this package's own.
//
// gentable checks that shape, the name's subsystem prefix against the file
// it is in, and that names and numbers are unique; then it sorts the
// entries by code and finds a multiplier that hashes every code to its own
// slot, so a lookup is one multiplication and one probe.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Output is the file gentable writes, relative to the package directory.
const Output = "ztable.go"

// slotShift is how many low bits of a slot hold the table index; the code
// is stored above them, so codes range over 32-slotShift signed bits.
const slotShift = 10

// prefixes maps a constant's name prefix to its category constant and the
// file it must be declared in. Longer prefixes come first, so that
// "OpenMsg" is tried before "Msg".
var prefixes = []struct {
	prefix, category, file string
}{
	{"OfficialAccount", "CategoryOfficialAccount", "officialaccount.go"},
	{"Conversation", "CategoryConversation", "conversation.go"},
	{"Operations", "CategoryOperations", "operations.go"},
	{"Moderation", "CategoryModeration", "moderation.go"},
	{"OpenMsg", "CategoryOpenMsg", "openmsg.go"},
	{"Access", "CategoryAccess", "access.go"},
	{"Push", "CategoryPush", "push.go"},
	{"Account", "CategoryAccount", "account.go"},
	{"Profile", "CategoryProfile", "profile.go"},
	{"Common", "CategoryCommon", "rest.go"},
	{"Group", "CategoryGroup", "group.go"},
	{"REST", "CategoryREST", "rest.go"},
	{"SDK", "CategorySDK", "sdk.go"},
	{"SNS", "CategorySNS", "sns.go"},
	{"Res", "CategoryResource", "resource.go"},
	{"Msg", "CategoryMessage", "rest.go"},
}

// Files are the subsystem files that hold the code constants.
var Files = []string{
	"sdk.go", "resource.go", "rest.go", "group.go", "profile.go", "sns.go", "account.go", "openmsg.go",
	"access.go", "conversation.go", "push.go", "operations.go", "moderation.go", "officialaccount.go",
}

// RetrySentences is the fixed last paragraph for each retry hint.
var RetrySentences = map[string]string{
	"RetryNever":     "[RetryNever]: do not retry; fix the request or the state it depends on first.",
	"RetryTransient": "[RetryTransient]: retry with bounded exponential backoff.",
	"RetryThrottled": "[RetryThrottled]: slow down and wait before retrying.",
	"RetryReauth":    "[RetryReauth]: regenerate the UserSig or log in again, then retry.",
	"RetryConflict":  "[RetryConflict]: re-read the current state, apply the change again, then retry.",
}

// WaitClause introduces, at the end of a retry sentence, how long a source
// asks a caller to wait: "…; wait at least 1m."
const WaitClause = "; wait at least "

// NotInDocument ends the provenance paragraph of every code the error-code
// document does not list.
const NotInDocument = " Not in the document: the Chinese text is this package's own."

// sourceBits maps the names in a provenance paragraph to Source constants,
// in the order they must appear.
var sourceBits = []struct{ name, constant string }{
	{"document", "SourceDocument"},
	{"webpage", "SourceWebPage"},
	{"sdk", "SourceSDK"},
}

// Entry is one code constant as its doc comment describes it.
type Entry struct {
	Code     int64
	Name     string
	Category string
	Chinese  string
	English  string
	Retry    string
	Wait     time.Duration
	Note     string
	Caution  string
	SDKName  string
	Sources  []string // Source constants, such as "SourceDocument"
	File     string
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("gentable: ")
	src, err := Generate(".")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(Output, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// Generate reads the subsystem files in dir and returns the source of
// ztable.go.
func Generate(dir string) ([]byte, error) {
	entries, err := Parse(dir)
	if err != nil {
		return nil, err
	}
	mul, bits, slots, err := perfectHash(entries)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by internal/gentable from the code constants' doc comments. DO NOT EDIT.\n\n")
	b.WriteString("package errcode\n\nimport \"time\"\n\n")
	b.WriteString("// numCodes is how many codes the package lists.\n")
	fmt.Fprintf(&b, "const numCodes = %d\n\n", len(entries))
	b.WriteString("// table holds every code the package lists, in ascending order, then a\n")
	b.WriteString("// zero Info at table[numCodes], which index returns for any other number.\n")
	b.WriteString("var table = [numCodes + 1]Info{\n")
	for _, e := range entries {
		fmt.Fprintf(&b, "\t{Code: %s, Name: %q, Category: %s, Retry: %s, Sources: %s,", e.Name, e.Name, e.Category, e.Retry, strings.Join(e.Sources, " | "))
		if e.Wait != 0 {
			fmt.Fprintf(&b, " Wait: %d * time.Second,", e.Wait/time.Second)
		}
		if e.SDKName != "" {
			fmt.Fprintf(&b, " SDKName: %q,", e.SDKName)
		}
		fmt.Fprintf(&b, "\n\t\tDescription: %q,\n\t\tEnglish: %q", e.Chinese, e.English)
		if e.Note != "" {
			fmt.Fprintf(&b, ",\n\t\tNote: %q", e.Note)
		}
		b.WriteString("},\n")
	}
	b.WriteString("\t{}, // table[numCodes]: not listed\n")
	b.WriteString("}\n\n")
	b.WriteString("// hashMul and hashShift send each listed code to its own entry of slots,\n")
	b.WriteString("// slots[uint32(c)*hashMul>>hashShift], which holds the code plus codeBias\n")
	b.WriteString("// shifted left by slotShift, and its index in table in the bits below; an\n")
	b.WriteString("// empty slot is 0.\n")
	fmt.Fprintf(&b, "const (\n\thashMul   = %#x\n\thashShift = %d\n\tslotShift = %d\n\tslotMask  = 1<<slotShift - 1\n\tcodeBias  = 1 << (31 - slotShift)\n)\n\n", mul, 32-bits, slotShift)
	fmt.Fprintf(&b, "var slots = [%d]uint32{\n", len(slots))
	for h, s := range slots {
		if s != 0 {
			fmt.Fprintf(&b, "\t%d: uint32(%s+codeBias) << slotShift", h, entries[s-1].Name)

			if s > 1 {
				fmt.Fprintf(&b, " | %d", s-1)
			}
			b.WriteString(",\n")
		}
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// Parse reads the code constants of the subsystem files in dir, checks
// their doc comments and returns them sorted by code.
func Parse(dir string) ([]Entry, error) {
	fset := token.NewFileSet()
	var entries []Entry
	var errs []error
	for _, name := range Files {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if !isCode(vs.Type) {
					continue
				}
				if gd.Lparen.IsValid() {
					errs = append(errs, fmt.Errorf("%s: declare each code in a const declaration of its own, so that go doc shows it alone", fset.Position(vs.Pos())))
					continue
				}
				e, err := entry(fset, name, vs, gd.Doc)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				entries = append(entries, e)
			}
		}
	}
	slices.SortFunc(entries, func(a, b Entry) int { return int(a.Code - b.Code) })
	names := map[string]bool{}
	for i, e := range entries {
		if i > 0 && entries[i-1].Code == e.Code {
			errs = append(errs, fmt.Errorf("%s and %s share the code %d", entries[i-1].Name, e.Name, e.Code))
		}
		if names[e.Name] {
			errs = append(errs, fmt.Errorf("%s is declared twice", e.Name))
		}
		names[e.Name] = true
	}
	if len(entries) == 0 {
		errs = append(errs, errors.New("no code constants found"))
	}
	if len(entries) > 1<<slotShift {
		errs = append(errs, fmt.Errorf("%d codes do not fit in %d index bits", len(entries), slotShift))
	}
	// A slot holds code+codeBias in 32-slotShift bits, and 0 means empty.
	const bias = 1 << (31 - slotShift)
	for _, e := range entries {
		if e.Code == 0 || e.Code <= -bias || e.Code >= bias {
			errs = append(errs, fmt.Errorf("%s: the slots hold codes from %d to %d but 0, not %d", e.Name, -bias+1, bias-1, e.Code))
		}
	}
	return entries, errors.Join(errs...)
}

func isCode(t ast.Expr) bool {
	id, ok := t.(*ast.Ident)
	return ok && id.Name == "Code"
}

// entry checks one constant and its doc comment.
func entry(fset *token.FileSet, file string, vs *ast.ValueSpec, doc *ast.CommentGroup) (Entry, error) {
	pos := fset.Position(vs.Pos())
	fail := func(format string, args ...any) (Entry, error) {
		return Entry{}, fmt.Errorf("%s: %s", pos, fmt.Sprintf(format, args...))
	}
	if len(vs.Names) != 1 || len(vs.Values) != 1 {
		return fail("declare one code per line")
	}
	e := Entry{Name: vs.Names[0].Name, File: file}
	code, err := intValue(vs.Values[0])
	if err != nil {
		return fail("%s: %v", e.Name, err)
	}
	e.Code = code
	for _, p := range prefixes {
		rest, ok := strings.CutPrefix(e.Name, p.prefix)
		if ok && rest != "" && (unicode.IsUpper(rune(rest[0])) || unicode.IsDigit(rune(rest[0]))) {
			e.Category = p.category
			if p.file != file {
				return fail("%s belongs in %s, not %s", e.Name, p.file, file)
			}
			break
		}
	}
	if e.Category == "" {
		return fail("%s has no subsystem prefix", e.Name)
	}
	if doc == nil {
		return fail("%s has no doc comment", e.Name)
	}
	paras := strings.Split(strings.TrimSpace(doc.Text()), "\n\n")
	if len(paras) < 4 {
		return fail("%s: doc comment has %d paragraphs, want Chinese, English, [Note,] [Caution,] retry and provenance", e.Name, len(paras))
	}
	zh, ok := strings.CutPrefix(paras[0], e.Name+" ")
	if !ok || strings.Contains(zh, "\n") || zh == "" {
		return fail("%s: first paragraph must be the name, a space and the Chinese text on one line", e.Name)
	}
	e.Chinese = zh
	e.English = oneLine(paras[1])
	middle, retry, last := paras[2:len(paras)-2], paras[len(paras)-2], paras[len(paras)-1]
	if len(middle) > 0 {
		if note, ok := strings.CutPrefix(middle[0], "Note: "); ok {
			e.Note = oneLine(note)
			middle = middle[1:]
		}
	}
	if len(middle) > 0 {
		if caution, ok := strings.CutPrefix(middle[0], "Caution: "); ok {
			e.Caution = oneLine(caution)
			middle = middle[1:]
		}
	}
	if len(middle) > 0 {
		return fail("%s: unexpected paragraph %q: only a Note and then a Caution may stand between the English and the retry sentence", e.Name, middle[0])
	}
	for _, text := range []string{e.English, e.Note, e.Caution} {
		for _, r := range text {
			if unicode.Is(unicode.Han, r) || r > unicode.MaxASCII && unicode.IsPunct(r) && r != '…' {
				return fail("%s: English text has %q", e.Name, r)
			}
		}
	}
	for hint, sentence := range RetrySentences {
		if retry == sentence {
			e.Retry = hint
		}
		// The sentence may end with the wait a source asks for.
		prefix := strings.TrimSuffix(sentence, ".") + WaitClause
		if d, ok := strings.CutPrefix(retry, prefix); ok {
			wait, err := time.ParseDuration(strings.TrimSuffix(d, "."))
			if err != nil || wait <= 0 || !strings.HasSuffix(d, ".") {
				return fail("%s: bad wait in %q", e.Name, retry)
			}
			e.Retry, e.Wait = hint, wait
		}
	}
	if e.Retry == "" {
		return fail("%s: the paragraph before the last must be one of the retry sentences, got %q", e.Name, retry)
	}
	if err := e.provenance(last); err != nil {
		return fail("%s: %v", e.Name, err)
	}
	return e, nil
}

// provenance reads the last paragraph of a doc comment:
// "SDK name: ERR_X. Sources: document|webpage|sdk." or "SDK name: none. …",
// with NotInDocument after it when the sources do not include the document.
func (e *Entry) provenance(p string) error {
	bad := func(why string) error {
		return fmt.Errorf("last paragraph %q: %s; want \"SDK name: ERR_X (or none). Sources: document|webpage|sdk.\"", p, why)
	}
	rest, ok := strings.CutPrefix(p, "SDK name: ")
	if !ok {
		return bad("no SDK name")
	}
	name, rest, ok := strings.Cut(rest, ". Sources: ")
	if !ok || name == "" || strings.ContainsAny(name, " \n") {
		return bad("no sources")
	}
	if name != "none" {
		e.SDKName = name
	}
	srcs, tail, ok := strings.Cut(rest, ".")
	if !ok {
		return bad("no full stop after the sources")
	}
	names := strings.Split(srcs, "|")
	i := 0
	for _, s := range sourceBits {
		if i < len(names) && names[i] == s.name {
			e.Sources = append(e.Sources, s.constant)
			i++
		}
	}
	if i != len(names) || len(e.Sources) == 0 {
		return bad("sources must be document, webpage and sdk, in that order, joined by |")
	}
	inDocument := e.Sources[0] == "SourceDocument"
	switch {
	case inDocument && tail != "":
		return bad("unexpected text after the sources")
	case !inDocument && tail != NotInDocument:
		return bad("a code not in the document must say so")
	case e.SDKName != "" && !slices.Contains(e.Sources, "SourceSDK"):
		return bad("an SDK name needs the sdk source")
	}
	return nil
}

// oneLine folds a wrapped paragraph onto one line.
func oneLine(p string) string {
	return strings.Join(strings.Fields(p), " ")
}

func intValue(x ast.Expr) (int64, error) {
	neg := false
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.SUB {
		neg, x = true, u.X
	}
	lit, ok := x.(*ast.BasicLit)
	if !ok || lit.Kind != token.INT || strings.HasPrefix(lit.Value, "0") {
		return 0, errors.New("value must be a decimal integer literal")
	}
	n, err := strconv.ParseInt(lit.Value, 10, 32)
	if err != nil {
		return 0, err
	}
	if neg {
		n = -n
	}
	return n, nil
}

// perfectHash finds a multiplier that sends every code to its own slot of
// a table of 1<<bits entries, trying the smallest table first. The search
// is deterministic, so the output is the same on every run.
func perfectHash(entries []Entry) (mul uint32, bits uint, slots []uint16, err error) {
	state := uint64(0x9e3779b97f4a7c15)
	next := func() uint32 { // splitmix64
		state += 0x9e3779b97f4a7c15
		z := state
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		return uint32(z ^ z>>31)
	}
	for bits = 8; bits <= 16; bits++ {
		if 1<<bits < len(entries) {
			continue
		}
		slots = make([]uint16, 1<<bits)
	search:
		for try := 0; try < 200000; try++ {
			mul = next() | 1
			clear(slots)
			for i, e := range entries {
				h := uint32(int32(e.Code)) * mul >> (32 - bits)
				if slots[h] != 0 {
					continue search
				}
				slots[h] = uint16(i + 1)
			}
			return mul, bits, slots, nil
		}
	}
	return 0, 0, nil, errors.New("no perfect hash multiplier found")
}
