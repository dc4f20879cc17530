// Command genapi keeps the errcode package's per-API table: which REST
// APIs there are, which codes each API's page lists, the entry lists each
// response carries and the codes that mean something else on one API.
//
// Run in the repository's root, without arguments (go generate does), it
// writes zapi.go from the facts in testdata/api:
//
//   - codes.tsv: every API path and each code its page lists, older
//     revisions and every language together (written by -w, below);
//   - shapes.tsv: each API's entry lists, with their ID member, code
//     member and success rule, stated by hand;
//
// and from the hand table in meanings.go.
//
// Pointed at copies of the pages, it reads them and prints what changed
// against codes.tsv: APIs added or dropped, codes added or dropped per API,
// codes no constant of the package has yet, and entry lists in a response
// example that shapes.tsv does not describe:
//
//	go run ./internal/genapi -pages ../shared/reference/sources/rest-api ../shared/reference/sources/rest-api-pages
//	go run ./internal/genapi -pages "$DOCS/yehe_doc/中间件与通信/即时通信 IM/服务端 API"
//
// With -w it then rewrites codes.tsv from the pages, after which go
// generate rebuilds zapi.go. Each page's API path comes from the page
// itself (its request URL; see package pages), so the public documentation
// repository's own tree and the reference folder read alike.
//
// Why shapes are stated by hand: a page shows its lists only by example,
// and the rule that tells a failed entry from a good one is prose in the
// field table ("0: failed, 1: added, 2: already a member" for
// add_group_member's Result; "0: imported, other values: the error code"
// for import_group_msg's Result). No mechanical reading tells those apart,
// so shapes.tsv states each list once, and -pages reports any list with a
// code-like member that it does not cover. Two APIs (timpush/batch and
// timpush/set_attr) have no whole page in the copies; their rows take the
// shape the package's own test bodies use (testdata/responses).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"log"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/errcode-im/errcode/internal/genapi/pages"
)

// Output is the file genapi writes, relative to the package directory.
const Output = "zapi.go"

// The fact files, relative to the package directory.
const (
	CodesFile  = "testdata/api/codes.tsv"
	ShapesFile = "testdata/api/shapes.tsv"
)

// Shape is one entry list of one API's response, a row of shapes.tsv.
type Shape struct {
	API  string
	List string // member path, "[]" stepping into every array element
	ID   string // member path(s) in an entry, "|"-separated; "" for plain IDs
	Code string // the result member; "" for plain IDs
	Rule string // "nonzero", "zero" or "all"
}

// Rules are the success rules a shape may state.
var Rules = []string{"nonzero", "zero", "all"}

// Facts are what testdata/api holds.
type Facts struct {
	// Codes maps every API path to the codes its pages list, ascending.
	Codes map[string][]int32
	// Shapes are the entry lists, in file order.
	Shapes []Shape
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("genapi: ")
	pagesMode := flag.Bool("pages", false, "read the page copies in the directories given as arguments and print what changed")
	write := flag.Bool("w", false, "with -pages: rewrite "+CodesFile+" from the pages")
	flag.Parse()
	if !*pagesMode {
		src, err := Generate(".")
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(Output, src, 0o644); err != nil {
			log.Fatal(err)
		}
		return
	}
	if flag.NArg() == 0 {
		log.Fatal("-pages needs one or more directories")
	}
	ps, err := pages.Read(flag.Args()...)
	if err != nil {
		log.Fatal(err)
	}
	facts, err := ReadFacts(".")
	if err != nil {
		if !*write {
			log.Fatal(err)
		}
		log.Print(err, "; rewriting it from the pages")
	}
	known, err := KnownCodes(".")
	if err != nil {
		log.Fatal(err)
	}
	read := CodesOf(ps)
	Report(os.Stdout, facts, read, known, ps)
	if *write {
		if err := os.WriteFile(CodesFile, FormatCodes(read), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// CodesOf merges what the pages list, by API path.
func CodesOf(ps []pages.Page) map[string][]int32 {
	out := make(map[string][]int32)
	for _, p := range ps {
		out[p.Path] = append(out[p.Path], p.Codes...)
	}
	for k, v := range out {
		slices.Sort(v)
		out[k] = slices.Compact(v)
	}
	return out
}

// Report prints what changed between the facts and what the pages read:
// APIs added or dropped, codes added or dropped per API, codes the package
// has no constant for, and entry lists of the pages' response examples
// that no shape describes. It prints nothing when nothing changed.
func Report(w io.Writer, facts Facts, read map[string][]int32, known map[int32]bool, ps []pages.Page) {
	for _, api := range slices.Sorted(maps.Keys(read)) {
		if _, ok := facts.Codes[api]; !ok {
			fmt.Fprintf(w, "API added: %s (%d codes)\n", api, len(read[api]))
		}
	}
	for _, api := range slices.Sorted(maps.Keys(facts.Codes)) {
		now, ok := read[api]
		if !ok {
			fmt.Fprintf(w, "API dropped: %s\n", api)
			continue
		}
		was := facts.Codes[api]
		for _, c := range now {
			if _, found := slices.BinarySearch(was, c); !found {
				fmt.Fprintf(w, "code added: %s %d\n", api, c)
			}
		}
		for _, c := range was {
			if _, found := slices.BinarySearch(now, c); !found {
				fmt.Fprintf(w, "code dropped: %s %d\n", api, c)
			}
		}
	}
	var fresh []int32
	for _, codes := range read {
		for _, c := range codes {
			if !known[c] {
				fresh = append(fresh, c)
			}
		}
	}
	slices.Sort(fresh)
	for _, c := range slices.Compact(fresh) {
		fmt.Fprintf(w, "code new to the package: %d\n", c)
	}
	for _, m := range Uncovered(facts.Shapes, ps) {
		fmt.Fprintln(w, m)
	}
}

// codeLike are the member names that carry an entry's result in the pages.
var codeLike = []string{"ResultCode", "ErrorCode", "RetCode", "Code", "Result"}

// Uncovered returns a line for each entry list of a page's response
// example that holds entries with a code-like member, or is a list of
// failed accounts (a member whose name begins with "Fail"), and that no
// shape of the page's API describes; and for each example that is not a
// JSON object even once repaired.
func Uncovered(shapes []Shape, ps []pages.Page) []string {
	covered := make(map[string]bool)
	for _, s := range shapes {
		covered[s.API+" "+s.List] = true
	}
	var out []string
	seen := make(map[string]bool)
	for _, p := range ps {
		for _, ex := range p.Examples {
			if ex.JSON == nil {
				out = append(out, fmt.Sprintf("example not JSON: %s #%d (%s)", p.Path, ex.N, p.File))
				continue
			}
			var v any
			if json.Unmarshal(ex.JSON, &v) != nil {
				continue
			}
			for _, l := range lists(v, "") {
				key := p.Path + " " + l
				if !covered[key] && !seen[key] {
					seen[key] = true
					out = append(out, "entry list without a shape: "+key)
				}
			}
		}
	}
	return out
}

// lists returns the member paths under v of the arrays whose objects have
// a code-like member, and of the top-level string arrays named Fail….
func lists(v any, path string) []string {
	var out []string
	switch v := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			p := k
			if path != "" {
				p = path + "." + k
			}
			if arr, ok := v[k].([]any); ok && path == "" && strings.HasPrefix(k, "Fail") && len(arr) > 0 {
				if _, ok := arr[0].(string); ok {
					out = append(out, p)
					continue
				}
			}
			out = append(out, lists(v[k], p)...)
		}
	case []any:
		hit := false
		for _, e := range v {
			if m, ok := e.(map[string]any); ok {
				for _, k := range codeLike {
					if _, ok := m[k]; ok {
						hit = true
					}
				}
			}
		}
		if hit && path != "" {
			out = append(out, path)
		}
		for _, e := range v {
			for _, l := range lists(e, path+"[]") {
				if !slices.Contains(out, l) {
					out = append(out, l)
				}
			}
		}
	}
	return out
}

// FormatCodes writes codes.tsv: a header, then one row per (API, code),
// and a row with "-" for an API whose pages list no code.
func FormatCodes(codes map[string][]int32) []byte {
	var b bytes.Buffer
	b.WriteString("# api\tcode (written by: go run ./internal/genapi -pages DIR... -w)\n")
	for _, api := range slices.Sorted(maps.Keys(codes)) {
		if len(codes[api]) == 0 {
			fmt.Fprintf(&b, "%s\t-\n", api)
		}
		for _, c := range codes[api] {
			fmt.Fprintf(&b, "%s\t%d\n", api, c)
		}
	}
	return b.Bytes()
}

// apiPath is the form of an API path in the fact files.
var apiPath = regexp.MustCompile(`^v4/[A-Za-z0-9_]+/[A-Za-z0-9_]+$`)

// memberPath is the form of a list or ID path in shapes.tsv.
var memberPath = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\[\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[\])?)*$`)

// ReadFacts reads testdata/api under dir and checks its rows.
func ReadFacts(dir string) (Facts, error) {
	f := Facts{Codes: make(map[string][]int32)}
	err := eachRow(filepath.Join(dir, CodesFile), 2, func(line int, cols []string) error {
		if !apiPath.MatchString(cols[0]) {
			return fmt.Errorf("line %d: bad API path %q", line, cols[0])
		}
		codes := f.Codes[cols[0]]
		if cols[1] != "-" {
			n, err := strconv.ParseInt(cols[1], 10, 32)
			if err != nil {
				return fmt.Errorf("line %d: bad code %q", line, cols[1])
			}
			if len(codes) > 0 && int32(n) <= codes[len(codes)-1] {
				return fmt.Errorf("line %d: codes of %s out of order", line, cols[0])
			}
			codes = append(codes, int32(n))
		}
		f.Codes[cols[0]] = codes
		return nil
	})
	if err != nil {
		return f, err
	}
	err = eachRow(filepath.Join(dir, ShapesFile), 6, func(line int, cols []string) error {
		s := Shape{API: cols[0], List: cols[1], ID: cols[2], Code: cols[3], Rule: cols[4]}
		if _, ok := f.Codes[s.API]; !ok {
			return fmt.Errorf("line %d: API %s is not in %s", line, s.API, CodesFile)
		}
		if !memberPath.MatchString(s.List) || strings.HasSuffix(s.List, "[]") {
			return fmt.Errorf("line %d: bad list path %q", line, s.List)
		}
		if !slices.Contains(Rules, s.Rule) {
			return fmt.Errorf("line %d: rule %q is none of %v", line, s.Rule, Rules)
		}
		if s.ID == "-" {
			s.ID = ""
		}
		if s.Code == "-" {
			s.Code = ""
		}
		if (s.ID == "") != (s.Code == "") || s.Code == "" && s.Rule != "all" {
			return fmt.Errorf("line %d: a list of plain IDs has neither an ID nor a code member, and its rule is all", line)
		}
		for id := range strings.SplitSeq(s.ID, "|") {
			if s.ID != "" && (!memberPath.MatchString(id) || strings.Contains(id, "[]")) {
				return fmt.Errorf("line %d: bad ID path %q", line, id)
			}
		}
		if s.Code != "" && !memberPath.MatchString(s.Code) || strings.ContainsAny(s.Code, ".[") {
			return fmt.Errorf("line %d: bad code member %q", line, s.Code)
		}
		if cols[5] != "page" && cols[5] != "fixture" {
			return fmt.Errorf("line %d: source %q is neither page nor fixture", line, cols[5])
		}
		for _, t := range f.Shapes {
			if t.API == s.API && t.List == s.List {
				return fmt.Errorf("line %d: %s %s stated twice", line, s.API, s.List)
			}
		}
		f.Shapes = append(f.Shapes, s)
		return nil
	})
	return f, err
}

// eachRow calls fn with the tab-separated columns of each line of file
// that is neither blank nor a # comment, and checks their number.
func eachRow(file string, n int, fn func(line int, cols []string) error) error {
	fh, err := os.Open(file)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) != n {
			return fmt.Errorf("%s:%d: %d columns, want %d", file, line, len(cols), n)
		}
		if err := fn(line, cols); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
	}
	return sc.Err()
}

// constDecl is a code constant's declaration in the package's files.
var constDecl = regexp.MustCompile(`(?m)^const [A-Za-z0-9_]+ Code = (-?[0-9]+)$`)

// KnownCodes returns the numbers of the code constants declared in the Go
// files of dir.
func KnownCodes(dir string) (map[int32]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	known := make(map[int32]bool)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, m := range constDecl.FindAllSubmatch(b, -1) {
			n, err := strconv.ParseInt(string(m[1]), 10, 32)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			known[int32(n)] = true
		}
	}
	return known, nil
}

// ruleConst maps a shapes.tsv rule to its constant in the package.
var ruleConst = map[string]string{"nonzero": "FailsNonzero", "zero": "FailsZero", "all": "FailsAlways"}

// Generate reads the facts under dir and returns the source of zapi.go.
func Generate(dir string) ([]byte, error) {
	facts, err := ReadFacts(dir)
	if err != nil {
		return nil, err
	}
	apis := slices.Sorted(maps.Keys(facts.Codes))
	if len(apis) == 0 || len(apis) > 0xFFFF {
		return nil, fmt.Errorf("%d APIs in %s", len(apis), CodesFile)
	}
	num := make(map[string]int, len(apis))
	for i, a := range apis {
		num[a] = i + 1
	}

	var b bytes.Buffer
	b.WriteString("// Code generated by internal/genapi from testdata/api and internal/genapi/meanings.go. DO NOT EDIT.\n\n")
	b.WriteString("package errcode\n\n")
	b.WriteString("// numAPIs is how many REST APIs the package knows.\n")
	fmt.Fprintf(&b, "const numAPIs = %d\n\n", len(apis))
	b.WriteString("// apiPaths holds each API's path, in ascending order; API{i} is\n// apiPaths[i], and apiPaths[0] stands for the zero API.\n")
	b.WriteString("var apiPaths = [numAPIs + 1]string{\n\t\"\",\n")
	for _, a := range apis {
		fmt.Fprintf(&b, "\t%q,\n", a)
	}
	b.WriteString("}\n\n")

	b.WriteString("// apiCodes holds the codes each API's pages list, ascending.\n")
	b.WriteString("var apiCodes = [numAPIs + 1][]Code{\n")
	type pair struct {
		code int32
		api  int
	}
	var pairs []pair
	for _, a := range apis {
		codes := facts.Codes[a]
		if len(codes) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\t%d: { // %s\n\t\t", num[a], a)
		for i, c := range codes {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%d", c)
			pairs = append(pairs, pair{c, num[a]})
		}
		b.WriteString(",\n\t},\n")
	}
	b.WriteString("}\n\n")
	slices.SortFunc(pairs, func(x, y pair) int {
		if x.code != y.code {
			return int(x.code) - int(y.code)
		}
		return x.api - y.api
	})
	b.WriteString("// codeAPIs holds every (code, API) pair of apiCodes, ordered by code,\n// then by API, for Code.APIs to search.\n")
	b.WriteString("var codeAPIs = [...]codeAPI{\n")
	for _, p := range pairs {
		fmt.Fprintf(&b, "\t{%d, %d},\n", p.code, p.api)
	}
	b.WriteString("}\n\n")

	b.WriteString("// apiShapes holds each API's entry lists, as testdata/api/shapes.tsv\n// states them.\n")
	b.WriteString("var apiShapes = [numAPIs + 1][]shape{\n")
	byAPI := make(map[string][]Shape)
	for _, s := range facts.Shapes {
		byAPI[s.API] = append(byAPI[s.API], s)
	}
	for _, a := range apis {
		if len(byAPI[a]) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\t%d: { // %s\n", num[a], a)
		for _, s := range byAPI[a] {
			b.WriteString("\t\t" + shapeLiteral(s) + ",\n")
		}
		b.WriteString("\t},\n")
	}
	b.WriteString("}\n\n")

	union, err := Union(facts.Shapes)
	if err != nil {
		return nil, err
	}
	b.WriteString("// bodyShapes holds every list of apiShapes once, by list path, with the\n// ID members of all the APIs that use it, for CheckBody.\n")
	b.WriteString("var bodyShapes = [...]shape{\n")
	for _, s := range union {
		b.WriteString("\t" + shapeLiteral(s) + ",\n")
	}
	b.WriteString("}\n\n")

	b.WriteString("// apiMeanings holds the codes whose meaning on one API differs from the\n// general one, ordered by API, then by code.\n")
	b.WriteString("var apiMeanings = [...]apiMeaning{\n")
	ms := Meanings()
	slices.SortFunc(ms, func(x, y Meaning) int {
		if x.API != y.API {
			return strings.Compare(x.API, y.API)
		}
		return int(x.Code) - int(y.Code)
	})
	for _, m := range ms {
		if _, ok := slices.BinarySearch(facts.Codes[m.API], m.Code); !ok {
			return nil, fmt.Errorf("meanings.go: %s does not list %d", m.API, m.Code)
		}
		fmt.Fprintf(&b, "\t{%d, %d, %s, // %s\n\t\t%q,\n\t\t%q},\n", num[m.API], m.Code, m.Retry, m.API, m.Chinese, m.English)
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// shapeLiteral writes a shape as a composite literal of the package's
// shape type.
func shapeLiteral(s Shape) string {
	var ids []string
	if s.ID != "" {
		for id := range strings.SplitSeq(s.ID, "|") {
			ids = append(ids, goStrings(strings.Split(id, ".")))
		}
	}
	idLit := "nil"
	if len(ids) > 0 {
		idLit = "[][]string{" + strings.Join(ids, ", ") + "}"
	}
	return fmt.Sprintf("{%q, []string%s, %s, %q, %s}", s.List, goStrings(splitList(s.List)), idLit, s.Code, ruleConst[s.Rule])
}

// splitList splits a list path into member names and "[]" steps.
func splitList(p string) []string {
	var out []string
	for part := range strings.SplitSeq(p, ".") {
		name, arr := strings.CutSuffix(part, "[]")
		out = append(out, name)
		if arr {
			out = append(out, "[]")
		}
	}
	return out
}

func goStrings(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return "{" + strings.Join(q, ", ") + "}"
}

// Union merges the shapes by list path: one shape per path, whose ID
// alternatives are every API's, in order of appearance. Two APIs that give
// one path another code member or rule are an error, since CheckBody
// could not tell which applies.
func Union(shapes []Shape) ([]Shape, error) {
	var out []Shape
	var errs []error
	for _, s := range shapes {
		i := slices.IndexFunc(out, func(t Shape) bool { return t.List == s.List })
		if i < 0 {
			s.API = ""
			out = append(out, s)
			continue
		}
		t := &out[i]
		if t.Code != s.Code || t.Rule != s.Rule {
			errs = append(errs, fmt.Errorf("%s: %s has code %q and rule %s, another API %q and %s", ShapesFile, s.List, s.Code, s.Rule, t.Code, t.Rule))
			continue
		}
		if s.ID == "" {
			continue
		}
		have := strings.Split(t.ID, "|")
		for id := range strings.SplitSeq(s.ID, "|") {
			if !slices.Contains(have, id) {
				have = append(have, id)
			}
		}
		t.ID = strings.Join(have, "|")
	}
	slices.SortStableFunc(out, func(x, y Shape) int { return strings.Compare(x.List, y.List) })
	return out, errors.Join(errs...)
}
