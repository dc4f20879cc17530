package errcode

//go:generate go run ./internal/genapi

import (
	"iter"
	"slices"
	"strings"

	"github.com/errcode-im/errcode/internal/ascii"
)

// API is one Tencent Cloud IM REST API, such as
// v4/group_open_http_svc/add_group_member. APIs are comparable; the zero
// value is no API: its Path is "", it lists no code and its Check reads
// a body as CheckBody does.
//
// The package knows every API whose official page, in any revision or
// language, it has a copy of (see testdata/api): the codes each page lists
// ([API.Codes]), the entry lists each response carries ([API.EntryLists]) and
// the codes that mean something else on that API ([API.Describe]).
type API struct {
	i uint16 // 1 + the index in apiPaths' listed part; 0 for no API
}

// codeAPI is one (code, API) pair of codeAPIs.
type codeAPI struct {
	code Code
	api  uint16
}

// apiMeaning is a code whose meaning on one API differs from its general
// one.
type apiMeaning struct {
	api              uint16
	code             Code
	retry            Retry
	chinese, english string
}

// LookupAPI returns the API at path, and false when the package knows no
// API there. path may be the canonical form
// ("v4/group_open_http_svc/add_group_member"), the form without "v4/",
// either with a leading "/", or a whole request URL with any scheme, host
// and query string ("https://adminapisgp.im.qcloud.com/v4/openim/sendmsg?sdkappid=…").
// A trailing "/" is ignored, and the case of ASCII letters is ignored when
// no path matches exactly. LookupAPI does not allocate.
func LookupAPI(path string) (API, bool) {
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
		j := strings.IndexAny(path, "/?#")
		if j < 0 || path[j] != '/' {
			return API{}, false
		}
		path = path[j:]
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	path = strings.TrimPrefix(path, "/")
	path = strings.TrimSuffix(path, "/")
	if ascii.HasPrefixFold(path, "v4/") {
		path = path[len("v4/"):]
	}
	if path == "" {
		return API{}, false
	}
	listed := apiPaths[1:]
	if i, ok := slices.BinarySearchFunc(listed, path, func(p, t string) int { return strings.Compare(p[len("v4/"):], t) }); ok {
		return API{uint16(i + 1)}, true
	}
	for i, p := range listed {
		if ascii.EqualFold(p[len("v4/"):], path) {
			return API{uint16(i + 1)}, true
		}
	}
	return API{}, false
}

// APIs returns every API the package knows, in ascending order of Path.
func APIs() iter.Seq[API] {
	return func(yield func(API) bool) {
		for i := 1; i <= numAPIs; i++ {
			if !yield(API{uint16(i)}) {
				return
			}
		}
	}
}

// valid reports whether a is an API of the table.
func (a API) valid() bool {
	return a.i != 0 && int(a.i) <= numAPIs
}

// Path returns the API's path in its canonical form, such as
// "v4/group_open_http_svc/add_group_member", or "" for the zero API.
func (a API) Path() string {
	if !a.valid() {
		return ""
	}
	return apiPaths[a.i]
}

// String returns the API's Path, or "API(none)" for the zero API.
func (a API) String() string {
	if !a.valid() {
		return "API(none)"
	}
	return apiPaths[a.i]
}

// Codes returns the codes the API's official page lists, ascending: the
// page's own table in every language and older revision, since servers
// still return codes a newer revision dropped. The common REST codes
// (60002 to 60021) that any API may return are not repeated here unless
// the page lists them itself.
func (a API) Codes() iter.Seq[Code] {
	return func(yield func(Code) bool) {
		if !a.valid() {
			return
		}
		for _, c := range apiCodes[a.i] {
			if !yield(c) {
				return
			}
		}
	}
}

// Lists reports whether the API's page lists c.
func (a API) Lists(c Code) bool {
	if !a.valid() {
		return false
	}
	_, ok := slices.BinarySearch(apiCodes[a.i], c)
	return ok
}

// APIs returns the APIs whose official page lists c, in ascending order of
// Path; none for a code no page lists.
func (c Code) APIs() iter.Seq[API] {
	return func(yield func(API) bool) {
		i, _ := slices.BinarySearchFunc(codeAPIs[:], c, func(p codeAPI, c Code) int {
			switch {
			case p.code < c:
				return -1
			case p.code > c:
				return 1
			}
			return 0
		})
		for ; i < len(codeAPIs) && codeAPIs[i].code == c; i++ {
			if !yield(API{codeAPIs[i].api}) {
				return
			}
		}
	}
}

// Describe returns what c means on this API: the package-wide Describe(c),
// with the API's own texts and retry hint where its page gives c another
// meaning, such as 130002 to 130010 on the v4/openconfigsvr APIs (request
// and database faults there, official-account codes elsewhere), 10008 on
// the message extension APIs or 90057 on v4/timpush/batch. The Note then
// says so. The texts are the package's own, in Chinese and English. For
// any other pair, and for the zero API, it is Describe(c).
func (a API) Describe(c Code) Info {
	in := Describe(c)
	if m, ok := a.meaning(c); ok {
		in.Description, in.English, in.Retry = m.chinese, m.english, m.retry
		in.Wait = 0
		in.Note = "On " + apiPaths[a.i] + " this code has its own meaning, given here; elsewhere it means what errcode.Describe says."
	}
	return in
}

// Differs reports whether c means something else on this API than it
// does in general, as Describe then tells.
func (a API) Differs(c Code) bool {
	_, ok := a.meaning(c)
	return ok
}

// meaning returns the API's own meaning of c, if it has one.
func (a API) meaning(c Code) (*apiMeaning, bool) {
	if !a.valid() {
		return nil, false
	}
	for i := range apiMeanings {
		if m := &apiMeanings[i]; m.api == a.i && m.code == c {
			return m, true
		}
	}
	return nil, false
}
