package main

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/errcode-im/errcode"
)

// synonyms are the concepts people search for under several words. A query
// word or phrase in a group matches a code whose texts or names hold any
// word of the group.
var synonyms = [][]string{
	{"rate limit", "frequency", "frequent", "freq", "too many", "too often", "throttle", "throttled", "频率", "频繁", "次数过多"},
	{"signature", "usersig", "user sig", "sig", "签名"},
	{"not found", "not exist", "does not exist", "no such", "不存在"},
	{"muted", "mute", "shutup", "shut up", "禁言"},
	{"blocklist", "blacklist", "block list", "black list", "黑名单"},
}

// queryPart is one thing a code must match: a word of the query, or a
// synonym group it named.
type queryPart struct {
	word  string   // the query's word, in lower case
	terms []string // the words any of which matches: word, or its group
}

// parseQuery splits a query into parts: the phrases of synonyms it holds
// (such as "rate limit"), then its remaining words, split at blanks and
// punctuation. Matching ignores letter case.
func parseQuery(q string) []queryPart {
	q = " " + strings.ToLower(q) + " "
	var parts []queryPart
	for _, group := range synonyms {
		for _, term := range group {
			if !strings.Contains(term, " ") {
				continue
			}
			if i := strings.Index(q, " "+term+" "); i >= 0 {
				parts = append(parts, queryPart{word: term, terms: group})
				q = q[:i] + " " + q[i+len(term)+2:]
			}
		}
	}
	for _, w := range strings.FieldsFunc(q, func(r rune) bool {
		return unicode.IsSpace(r) || r != '_' && r != '-' && unicode.IsPunct(r)
	}) {
		p := queryPart{word: w, terms: []string{w}}
		for _, group := range synonyms {
			if slices.Contains(group, w) {
				p.terms = group
			}
		}
		parts = append(parts, p)
	}
	return parts
}

// search returns the codes that match every part of the query, in the
// given category (or any for CategoryUnknown), best match first.
func search(query string, cat errcode.Category) []errcode.Code {
	parts := parseQuery(query)
	whole := strings.ToLower(strings.TrimSpace(query))
	type hit struct {
		code  errcode.Code
		score int
	}
	var hits []hit
	for c := range errcode.All() {
		in, _ := errcode.Lookup(c)
		if cat != errcode.CategoryUnknown && in.Category != cat {
			continue
		}
		fields := [...]string{in.Name, in.SDKName, in.English, in.Description}
		total := 0
		for _, p := range parts {
			s := partScore(p, c, fields)
			if s == 0 {
				total = 0
				break
			}
			total += s
		}
		if total == 0 {
			continue
		}
		for _, f := range fields {
			if len(parts) > 1 && strings.Contains(strings.ToLower(f), whole) {
				total += 30 // the query as written, words in order
				break
			}
		}
		hits = append(hits, hit{c, total})
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return cmp.Compare(b.score, a.score) })
	codes := make([]errcode.Code, len(hits))
	for i, h := range hits {
		codes[i] = h.code
	}
	return codes
}

// Weights of where a query part matched, by field: the Go name, the SDK
// name, the English and the Chinese text.
var (
	exactWeight    = [4]int{100, 100, 0, 0}
	containsWeight = [4]int{40, 35, 20, 20}
)

// partScore scores how well code c, with the given fields, matches p: 0
// for not at all. The query's own word scores more than a synonym, a
// whole name more than a part of one, and a name more than a text.
func partScore(p queryPart, c errcode.Code, fields [4]string) int {
	if isInteger(p.word) {
		switch n := strconv.Itoa(int(c)); {
		case n == p.word:
			return 100
		case strings.HasPrefix(n, p.word):
			return 30
		}
		return 0
	}
	best := 0
	for i, f := range fields {
		lf := strings.ToLower(f)
		for _, t := range p.terms {
			switch i {
			case 0: // GroupNotFound
				t = strings.ReplaceAll(t, " ", "")
			case 1: // ERR_SVR_GROUP_NOT_FOUND
				t = strings.ReplaceAll(t, " ", "_")
			}
			s := 0
			switch {
			case lf == t:
				s = exactWeight[i]
			case containsWord(f, lf, t):
				s = containsWeight[i]
			}
			if !slices.Contains([]string{p.word, strings.ReplaceAll(p.word, " ", ""), strings.ReplaceAll(p.word, " ", "_")}, t) {
				s = s * 4 / 5 // a synonym
			}
			best = max(best, s)
		}
	}
	return best
}

// containsWord reports whether lower, the lower-case form of f, holds t. A
// short ASCII term, such as "sig", must start a word of f: after a
// non-letter, or where a capital follows a small letter (the Sig of
// AccountUserSigExpired).
func containsWord(f, lower, t string) bool {
	if len(t) >= 4 || len(lower) != len(f) {
		return strings.Contains(lower, t)
	}
	for i := 0; ; {
		j := strings.Index(lower[i:], t)
		if j < 0 {
			return false
		}
		at := i + j
		if at == 0 {
			return true
		}
		prev, _ := utf8.DecodeLastRuneInString(f[:at])
		cur, _ := utf8.DecodeRuneInString(f[at:])
		if !unicode.IsLetter(prev) || unicode.IsLower(prev) && unicode.IsUpper(cur) {
			return true
		}
		i = at + 1
	}
}
