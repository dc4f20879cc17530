package main

import (
	"fmt"
	"go/format"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/errcode-im/errcode"
)

// maxAPIPaths is how many paths the apis: line and the suggestions for an
// unknown API name.
const maxAPIPaths = 5

// apiPaths returns the paths of the APIs whose page lists c.
func apiPaths(c errcode.Code) []string {
	var paths []string
	for a := range c.APIs() {
		paths = append(paths, a.Path())
	}
	return paths
}

// apisLine writes up to maxAPIPaths of paths and their count.
func apisLine(paths []string) string {
	shown := paths[:min(len(paths), maxAPIPaths)]
	s := strings.Join(shown, ", ")
	if len(paths) > len(shown) {
		s += ", …"
	}
	n := "1 API"
	if len(paths) != 1 {
		n = strconv.Itoa(len(paths)) + " APIs"
	}
	return s + " (" + n + ")"
}

// apiEntries returns an entry for each code a's page lists, each read with
// a's own meaning.
func apiEntries(a errcode.API) []entry {
	var entries []entry
	for c := range a.Codes() {
		e := newEntry(c)
		e.api = a
		entries = append(entries, e)
	}
	return entries
}

// unknownAPI tells stderr that path names no API the package knows, with
// the nearest known paths.
func unknownAPI(w io.Writer, path string) {
	fmt.Fprintf(w, "errcode: no API %q is known", path)
	if near := nearestAPIs(path, maxAPIPaths); len(near) > 0 {
		fmt.Fprintf(w, "; the nearest are:\n\t%s", strings.Join(near, "\n\t"))
	}
	fmt.Fprintln(w)
}

// nearestAPIs returns up to n known API paths nearest to path: those that
// share the most segments with it first, then those whose last segment is
// the fewest edits away from path's.
func nearestAPIs(path string, n int) []string {
	segs := apiSegments(path)
	if len(segs) == 0 {
		return nil
	}
	last := segs[len(segs)-1]
	type scored struct {
		path         string
		shared, dist int
	}
	var all []scored
	for a := range errcode.APIs() {
		theirs := apiSegments(a.Path())
		s := scored{path: a.Path(), dist: editDistance(last, theirs[len(theirs)-1])}
		for _, seg := range segs {
			if slices.Contains(theirs, seg) {
				s.shared++
			}
		}
		all = append(all, s)
	}
	slices.SortStableFunc(all, func(x, y scored) int {
		if x.shared != y.shared {
			return y.shared - x.shared
		}
		return x.dist - y.dist
	})
	var out []string
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.path)
	}
	return out
}

// apiSegments returns the lower-case segments of path after any scheme,
// host, query and "v4".
func apiSegments(path string) []string {
	path = strings.ToLower(path)
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
		if j := strings.IndexByte(path, '/'); j >= 0 {
			path = path[j:]
		}
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	var segs []string
	for s := range strings.SplitSeq(path, "/") {
		if s != "" && s != "v4" {
			segs = append(segs, s)
		}
	}
	return segs
}

// editDistance returns the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// retryAdvice is the comment -switch writes above each retry hint's case.
var retryAdvice = [...]string{
	errcode.RetryNever:     "Retrying cannot help: fix the request, or the state it depends on, first.",
	errcode.RetryTransient: "A passing fault: retry the same call with bounded exponential backoff.",
	errcode.RetryThrottled: "A frequency limit: slow down, wait, then retry.",
	errcode.RetryReauth:    "Bad credentials or login state: make a new UserSig or log in again, then retry once.",
	errcode.RetryConflict:  "Lost a race with another writer: read the current state again, reapply the change, then resend.",
}

// writeSwitch prints a Go switch statement on code, an errcode.Code, with
// one case for each retry hint among a's codes, in the order of the hints.
func writeSwitch(w io.Writer, a errcode.API) error {
	var b strings.Builder
	fmt.Fprintf(&b, "// The codes that %s lists, by retry hint.\n", a.Path())
	b.WriteString("switch code {\n")
	for r := range retryAdvice {
		var codes []errcode.Code
		for c := range a.Codes() {
			if int(a.Describe(c).Retry) == r {
				codes = append(codes, c)
			}
		}
		if len(codes) == 0 {
			continue
		}
		fmt.Fprintf(&b, "// %s\n", retryAdvice[r])
		for i, c := range codes {
			if i == 0 {
				b.WriteString("case ")
			} else {
				b.WriteString("\t")
			}
			b.WriteString(goName(c))
			if i < len(codes)-1 {
				b.WriteString(",")
			} else {
				b.WriteString(":")
			}
			fmt.Fprintf(&b, " // %d\n", c)
		}
	}
	b.WriteString("default:\n")
	b.WriteString("\t// Any other code: errcode.Describe(code) says what it means, and\n")
	b.WriteString("\t// errcode.ShouldRetry on the error says whether, and how long after, to retry.\n")
	b.WriteString("}\n")
	out := []byte(b.String())
	if formatted, err := format.Source(out); err == nil {
		out = formatted // as gofmt lays it out; the raw text compiles too
	}
	_, err := w.Write(out)
	return err
}

// goName returns how Go code names c: its constant, or a conversion for
// a number without one.
func goName(c errcode.Code) string {
	if _, ok := errcode.Lookup(c); ok {
		return "errcode." + c.Name()
	}
	return "errcode.Code(" + strconv.Itoa(int(c)) + ")"
}
