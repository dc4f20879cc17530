// Package codedoc defines, in one place, the doc-comment format of the
// errcode package's code constants: it parses those comments into records,
// reports every deviation as a file:line error, and renders a record back
// into its comment. internal/gentable writes ztable.go from the records,
// and the package's tests compare the records with the table.
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
//	// [RetryX]: <the fixed sentence for RetryX, from Hints>
//	//
//	// SDK name: <ERR_… or none>. Sources: <document|webpage|sdk|apipage>.
//	const Name Code = 12345
//
// Where a source names a time to wait before trying again, the retry
// sentence ends with it instead of a full stop: "…; wait at least 1m.", the
// time written as FormatWait writes it. A code the document does not list
// ends its last paragraph with NotInDocument, since its Chinese text is this
// package's own. The name starts with its category's prefix, and the
// constant lives in its category's file (Categories).
//
// A constant of type Code whose value is the name of another code
// constant is an old name kept for compatibility: it is no code of its own,
// so Parse skips it once it has checked that its target is a code.
package codedoc

import (
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Category is one subsystem: its Category constant, the file its code
// constants live in and the prefix their names start with.
type Category struct {
	Const  string // the Category constant, such as "CategoryGroup"
	File   string // the file of its code constants, such as "group.go"; see Holds
	Prefix string // the start of their names, such as "Group"
}

// Holds reports whether file may hold the category's constants: its File,
// or, where that file would grow too long to read, a part of it named
// after it, such as sdk_network.go for sdk.go.
func (c Category) Holds(file string) bool {
	base := strings.TrimSuffix(c.File, ".go")
	part, ok := strings.CutPrefix(file, base+"_")
	return file == c.File || ok && strings.HasSuffix(part, ".go") && !strings.HasSuffix(part, "_test.go") && len(part) > len(".go")
}

// Categories lists the subsystems in the order of their Category values,
// from 1 (CategorySDK) up; CategoryUnknown has no codes, so it is not here.
var Categories = [...]Category{
	{"CategorySDK", "sdk.go", "SDK"},
	{"CategoryResource", "resource.go", "Res"},
	{"CategoryCommon", "rest.go", "Common"},
	{"CategoryREST", "rest.go", "REST"},
	{"CategoryMessage", "rest.go", "Msg"},
	{"CategoryGroup", "group.go", "Group"},
	{"CategoryProfile", "profile.go", "Profile"},
	{"CategorySNS", "sns.go", "SNS"},
	{"CategoryAccount", "account.go", "Account"},
	{"CategoryOpenMsg", "openmsg.go", "OpenMsg"},
	{"CategoryAccess", "access.go", "Access"},
	{"CategoryConversation", "conversation.go", "Conversation"},
	{"CategoryPush", "push.go", "Push"},
	{"CategoryOperations", "operations.go", "Operations"},
	{"CategoryModeration", "moderation.go", "Moderation"},
	{"CategoryOfficialAccount", "officialaccount.go", "OfficialAccount"},
	{"CategoryCall", "call.go", "Call"},
}

// CategoryOf returns the category whose prefix starts name, followed by an
// upper-case letter or a digit; the longest prefix wins.
func CategoryOf(name string) (Category, bool) {
	var best Category
	for _, c := range Categories {
		rest, ok := strings.CutPrefix(name, c.Prefix)
		if ok && rest != "" && (unicode.IsUpper(rune(rest[0])) || unicode.IsDigit(rune(rest[0]))) && len(c.Prefix) > len(best.Prefix) {
			best = c
		}
	}
	return best, best.Const != ""
}

// Hint is one retry hint and the fixed sentence that states it.
type Hint struct {
	Const    string // the Retry constant, such as "RetryNever"
	Sentence string
}

// Hints lists the retry hints in the order of their Retry values, from 0
// (RetryNever) up.
var Hints = [...]Hint{
	{"RetryNever", "[RetryNever]: do not retry; fix the request or the state it depends on first."},
	{"RetryTransient", "[RetryTransient]: retry with bounded exponential backoff."},
	{"RetryThrottled", "[RetryThrottled]: slow down and wait before retrying."},
	{"RetryReauth", "[RetryReauth]: regenerate the UserSig or log in again, then retry."},
	{"RetryConflict", "[RetryConflict]: re-read the current state, apply the change again, then retry."},
}

// WaitClause introduces, at the end of a retry sentence, how long a source
// asks a caller to wait: "…; wait at least 1m."
const WaitClause = "; wait at least "

// NotInDocument ends the last paragraph of every code the error-code
// document does not list.
const NotInDocument = "Not in the document: the Chinese text is this package's own."

// Source is one official source a code may cite.
type Source struct {
	Word  string // its name in a doc comment and in Source.String
	Const string // the Source constant, such as "SourceDocument"
}

// Sources lists the sources in the order of their bits, from 1
// (SourceDocument) up, which is the order a doc comment names them in.
var Sources = [...]Source{
	{"document", "SourceDocument"},
	{"webpage", "SourceWebPage"},
	{"sdk", "SourceSDK"},
	{"apipage", "SourceAPIPage"},
}

// Record is one code constant as its doc comment describes it.
type Record struct {
	Name       string
	Value      int64
	Category   Category
	Chinese    string
	English    string // folded onto one line, as are Note and Caution
	Note       string
	Caution    string
	Retry      string        // a Hint's Const
	Wait       time.Duration // zero when no source names a wait
	SDKName    string        // empty for none
	Sources    []string      // Source words, in the order of Sources
	OwnChinese bool          // it ends with NotInDocument
	File       string        // the file's base name
	Line       int
}

// FormatWait writes d as time.Duration.String does, without the zero units
// at its end: "30s", "1m", "10m", "1h", "1m30s".
func FormatWait(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// RetrySentence returns the retry paragraph for the hint named by its
// Retry constant, with the wait if it is not zero, or "" for an unknown
// hint.
func RetrySentence(hint string, wait time.Duration) string {
	i := slices.IndexFunc(Hints[:], func(h Hint) bool { return h.Const == hint })
	if i < 0 {
		return ""
	}
	s := Hints[i].Sentence
	if wait != 0 {
		s = strings.TrimSuffix(s, ".") + WaitClause + FormatWait(wait) + "."
	}
	return s
}

// Render returns the doc comment of r as go/ast's CommentGroup.Text gives
// it, without the comment markers, each paragraph on one line.
func Render(r Record) string {
	paras := []string{r.Name + " " + r.Chinese, r.English}
	if r.Note != "" {
		paras = append(paras, "Note: "+r.Note)
	}
	if r.Caution != "" {
		paras = append(paras, "Caution: "+r.Caution)
	}
	sdk := r.SDKName
	if sdk == "" {
		sdk = "none"
	}
	last := "SDK name: " + sdk + ". Sources: " + strings.Join(r.Sources, "|") + "."
	if r.OwnChinese {
		last += " " + NotInDocument
	}
	paras = append(paras, RetrySentence(r.Retry, r.Wait), last)
	return strings.Join(paras, "\n\n") + "\n"
}

// Fold returns a comment's text, as CommentGroup.Text gives it, with each
// paragraph folded onto one line: the form Render writes.
func Fold(text string) string {
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	for i, p := range paras {
		paras[i] = oneLine(p)
	}
	return strings.Join(paras, "\n\n") + "\n"
}

// CheckEnglish reports the first character of an English text that does
// not belong in one: a Han character or non-ASCII punctuation.
func CheckEnglish(text string) error {
	for _, r := range text {
		if unicode.Is(unicode.Han, r) || r > unicode.MaxASCII && unicode.IsPunct(r) {
			return fmt.Errorf("non-English character %q", r)
		}
	}
	return nil
}

// ParseDir parses, with their comments, the package's .go files in dir
// that are not tests, in the order of their names.
func ParseDir(dir string) (*token.FileSet, []*ast.File, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, nil, err
		}
		files = append(files, f)
	}
	return fset, files, nil
}

// Parse reads the code constants of the package in dir, checks them and
// their doc comments, and returns them sorted by value. The error joins
// every deviation found, each starting with its file and line; the records
// that have none are returned with it.
func Parse(dir string) ([]Record, error) {
	fset, files, err := ParseDir(dir)
	if err != nil {
		return nil, err
	}
	var (
		records []Record
		errs    []error
		aliases []*ast.ValueSpec
	)
	at := func(pos token.Pos) string {
		p := fset.Position(pos)
		return p.Filename + ":" + strconv.Itoa(p.Line)
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
					continue
				}
				if len(vs.Values) == 1 && isAlias(vs.Values[0]) {
					aliases = append(aliases, vs)
					continue
				}
				if gd.Lparen.IsValid() {
					errs = append(errs, fmt.Errorf("%s: declare each code in a const declaration of its own, so that go doc shows it alone", at(vs.Pos())))
					continue
				}
				p := fset.Position(vs.Pos())
				r, err := record(filepath.Base(p.Filename), p.Line, vs, gd.Doc)
				if err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", at(vs.Pos()), err))
					continue
				}
				records = append(records, r)
			}
		}
	}
	slices.SortStableFunc(records, func(a, b Record) int { return cmp.Compare(a.Value, b.Value) })
	names := map[string]bool{}
	for i, r := range records {
		if i > 0 && records[i-1].Value == r.Value {
			errs = append(errs, fmt.Errorf("%s:%d: %s and %s share the code %d", r.File, r.Line, records[i-1].Name, r.Name, r.Value))
		}
		if names[r.Name] {
			errs = append(errs, fmt.Errorf("%s:%d: %s is declared twice", r.File, r.Line, r.Name))
		}
		names[r.Name] = true
	}
	for _, vs := range aliases {
		if target := vs.Values[0].(*ast.Ident).Name; !names[target] {
			errs = append(errs, fmt.Errorf("%s: %s names %s, which is no code constant", at(vs.Pos()), vs.Names[0].Name, target))
		}
	}
	return records, errors.Join(errs...)
}

// isAlias reports whether x is the name of another constant.
func isAlias(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name != "iota"
}

// record checks one constant and its doc comment.
func record(file string, line int, vs *ast.ValueSpec, doc *ast.CommentGroup) (Record, error) {
	if len(vs.Names) != 1 || len(vs.Values) != 1 {
		return Record{}, errors.New("declare one code per line")
	}
	r := Record{Name: vs.Names[0].Name, File: file, Line: line}
	fail := func(format string, args ...any) (Record, error) {
		return Record{}, fmt.Errorf("%s: %s", r.Name, fmt.Sprintf(format, args...))
	}
	value, err := intValue(vs.Values[0])
	if err != nil {
		return fail("%v", err)
	}
	r.Value = value
	if strings.Contains(r.Name, "_") {
		return fail("write the name in MixedCaps, without underscores")
	}
	var ok bool
	if r.Category, ok = CategoryOf(r.Name); !ok {
		return fail("no subsystem prefix")
	}
	if !r.Category.Holds(file) {
		return fail("belongs in %s, not %s", r.Category.File, file)
	}
	if doc == nil {
		return fail("no doc comment")
	}
	paras := strings.Split(strings.TrimSpace(doc.Text()), "\n\n")
	if len(paras) < 4 {
		return fail("doc comment has %d paragraphs, want Chinese, English, [Note,] [Caution,] retry and provenance", len(paras))
	}
	zh, ok := strings.CutPrefix(paras[0], r.Name+" ")
	if !ok || strings.Contains(zh, "\n") || zh == "" {
		return fail("first paragraph must be the name, a space and the Chinese text on one line")
	}
	r.Chinese = zh
	r.English = oneLine(paras[1])
	middle, retry, last := paras[2:len(paras)-2], paras[len(paras)-2], paras[len(paras)-1]
	if len(middle) > 0 {
		if note, ok := strings.CutPrefix(middle[0], "Note: "); ok {
			r.Note = oneLine(note)
			middle = middle[1:]
		}
	}
	if len(middle) > 0 {
		if caution, ok := strings.CutPrefix(middle[0], "Caution: "); ok {
			r.Caution = oneLine(caution)
			middle = middle[1:]
		}
	}
	if len(middle) > 0 {
		return fail("unexpected paragraph %q: only a Note and then a Caution may stand between the English and the retry sentence", middle[0])
	}
	for _, text := range []string{r.English, r.Note, r.Caution} {
		if err := CheckEnglish(text); err != nil {
			return fail("%v", err)
		}
	}
	if err := r.retry(oneLine(retry)); err != nil {
		return fail("%v", err)
	}
	if err := r.provenance(oneLine(last)); err != nil {
		return fail("%v", err)
	}
	return r, nil
}

// retry reads the retry paragraph p.
func (r *Record) retry(p string) error {
	for _, h := range Hints {
		if p == h.Sentence {
			r.Retry = h.Const
			return nil
		}
		// The sentence may end with the wait a source asks for.
		d, ok := strings.CutPrefix(p, strings.TrimSuffix(h.Sentence, ".")+WaitClause)
		if !ok {
			continue
		}
		text, ok := strings.CutSuffix(d, ".")
		wait, err := time.ParseDuration(text)
		if !ok || err != nil || wait <= 0 || FormatWait(wait) != text {
			return fmt.Errorf("bad wait in %q: want a positive time written as %q", p, "1m30s")
		}
		r.Retry, r.Wait = h.Const, wait
		return nil
	}
	return fmt.Errorf("the paragraph before the last must be one of the retry sentences, got %q", p)
}

// provenance reads the last paragraph p: "SDK name: ERR_X. Sources:
// document|webpage|sdk." or "SDK name: none. …", ending with NotInDocument
// when the sources do not include the document.
func (r *Record) provenance(p string) error {
	bad := func(why string) error {
		return fmt.Errorf("last paragraph %q: %s; want \"SDK name: ERR_X (or none). Sources: document|webpage|sdk|apipage.\"", p, why)
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
		r.SDKName = name
	}
	srcs, tail, ok := strings.Cut(rest, ".")
	if !ok {
		return bad("no full stop after the sources")
	}
	words := strings.Split(srcs, "|")
	i := 0
	for _, s := range Sources {
		if i < len(words) && words[i] == s.Word {
			r.Sources = append(r.Sources, s.Word)
			i++
		}
	}
	if i != len(words) || len(r.Sources) == 0 {
		return bad("sources must be document, webpage, sdk and apipage, in that order, joined by |")
	}
	inDocument := r.Sources[0] == Sources[0].Word
	r.OwnChinese = tail == " "+NotInDocument
	switch {
	case inDocument && tail != "":
		return bad("unexpected text after the sources")
	case !inDocument && !r.OwnChinese:
		return bad("a code not in the document must say so")
	case r.SDKName != "" && !slices.Contains(r.Sources, "sdk"):
		return bad("an SDK name needs the sdk source")
	}
	return nil
}

// oneLine folds a wrapped paragraph onto one line.
func oneLine(p string) string {
	return strings.Join(strings.Fields(p), " ")
}

// intValue reads a decimal integer literal, perhaps negated, that fits in
// an int32. A literal may not start with 0, so 0, which means success, is
// refused too.
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
