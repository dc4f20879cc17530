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
// word of the group. The Chinese and English words for one thing (签名 and
// signature) share a group.
var synonyms = [][]string{
	{"rate limit", "frequency", "frequent", "freq", "too many requests", "too often", "throttle", "throttled", "频率", "频繁", "限频", "频率限制", "次数过多"},
	{"signature", "usersig", "user sig", "sig", "签名"},
	{"not found", "not exist", "does not exist", "no such", "not registered", "不存在", "未找到", "找不到", "没有注册", "未注册"},
	{"muted", "mute", "shutup", "shut up", "禁言"},
	{"blocklist", "blacklist", "block list", "black list", "黑名单"},
	{"account", "帐号", "帐户"},
	{"message", "msg", "消息"},
	{"group", "群组", "群"},
	{"expired", "expire", "过期"},
	{"too long", "size limit", "过长", "太长", "超长", "长度超过"},
}

// hanWords are Chinese words of the code texts that a query may run
// together without spaces (消息过长 is 消息 and 过长). With the Chinese
// terms of synonyms they are what splitHan looks for; each of them is in
// at least one code's Chinese text.
var hanWords = []string{
	"消息", "用户", "好友", "资料", "会话", "成员", "管理员", "群主", "参数",
	"权限", "上限", "超过", "数量", "无效", "非法", "错误", "失败", "超时",
	"网络", "登录", "导入", "发送", "撤回", "推送", "文件", "上传", "下载",
	"请求", "接口", "内部", "票据", "公钥", "私钥", "校验", "格式", "长度",
	"内容", "字段", "限制", "敏感词", "解散", "申请", "未决", "关系链",
	"话题", "聊天室", "社群", "公众号", "通话", "标签", "回调", "已读回执",
	"包体", "分组", "备注", "头像", "禁止", "删除", "修改", "拉取", "设置",
}

// spellings reads a word spelled two ways as one: the document writes 帐号
// and 帐户, the package's own texts (and many people) 账号 and 账户. It is
// applied to the query and to every text, and keeps lengths in bytes.
var spellings = strings.NewReplacer("账号", "帐号", "账户", "帐户")

// queryPart is one thing a code must match: a word of the query, or a
// synonym group it named.
type queryPart struct {
	word  string   // the query's word, in lower case
	terms []string // the words any of which matches: word, or its group
}

// parseQuery splits a query into parts: the phrases of synonyms it holds
// (such as "rate limit"), then its remaining words, split at blanks and
// punctuation and where Chinese meets other letters (UserSig过期 is
// usersig and 过期). A run of Chinese is split further by splitHan. A
// word that comes twice counts once. Matching ignores letter case.
func parseQuery(q string) []queryPart {
	q = " " + spellings.Replace(strings.ToLower(q)) + " "
	var parts []queryPart
	seen := make(map[string]bool) // a word repeated counts once
	for _, group := range synonyms {
		for _, term := range group {
			padded := " " + term + " "
			if !strings.Contains(term, " ") || !strings.Contains(q, padded) {
				continue
			}
			seen[term] = true
			parts = append(parts, queryPart{word: term, terms: group})
			for strings.Contains(q, padded) { // twice at most: " a a " shares a blank
				q = strings.ReplaceAll(q, padded, "  ")
			}
		}
	}
	for _, field := range strings.FieldsFunc(q, func(r rune) bool {
		return unicode.IsSpace(r) || r != '_' && r != '-' && unicode.IsPunct(r)
	}) {
		for field != "" {
			han := isHan(field)
			n := strings.IndexFunc(field, func(r rune) bool { return isHanRune(r) != han })
			if n < 0 {
				n = len(field)
			}
			words := []string{field[:n]}
			if han {
				words = splitHan(field[:n])
			}
			for _, w := range words {
				if !seen[w] {
					seen[w] = true
					parts = append(parts, newPart(w))
				}
			}
			field = field[n:]
		}
	}
	return parts
}

// newPart is the query part of word w, with w's synonym group if it has
// one.
func newPart(w string) queryPart {
	p := queryPart{word: w, terms: []string{w}}
	for _, group := range synonyms {
		if slices.Contains(group, w) {
			p.terms = group
		}
	}
	return p
}

// splitHan splits a run of Chinese characters into the words a code must
// hold. From the left, it takes the longest Chinese term of synonyms or
// word of hanWords that starts there. Characters that start no such word
// gather into a stretch, which becomes its bigrams, side by side (a
// stretch of an odd length ends with a bigram that shares its first
// character with the one before: abc is ab and bc). A stretch of one
// character is a particle or a fragment (了, 被, 的) and is dropped,
// unless it is the whole run.
func splitHan(run string) []string {
	var words []string
	odd := 0 // where the stretch of characters that start no word begins
	stretch := func(end int) {
		if utf8.RuneCountInString(run[odd:end]) >= 2 {
			words = append(words, bigrams(run[odd:end])...)
		}
	}
	for i := 0; i < len(run); {
		n := longestHanWord(run[i:])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(run[i:])
			i += size
			continue
		}
		stretch(i)
		words = append(words, run[i:i+n])
		i += n
		odd = i
	}
	stretch(len(run))
	if len(words) == 0 {
		return []string{run} // a lone character that is no known word
	}
	return words
}

// longestHanWord returns the length in bytes of the longest Chinese term
// of synonyms or word of hanWords that s starts with, or 0.
func longestHanWord(s string) int {
	best := 0
	try := func(w string) {
		if len(w) > best && isHan(w) && strings.HasPrefix(s, w) {
			best = len(w)
		}
	}
	for _, group := range synonyms {
		for _, w := range group {
			try(w)
		}
	}
	for _, w := range hanWords {
		try(w)
	}
	return best
}

// bigrams returns the bigrams of s, at least two characters, side by
// side, the last one sharing a character with the one before when s has
// an odd number of characters.
func bigrams(s string) []string {
	var out []string
	var starts []int // where each character of s starts
	for i := range s {
		starts = append(starts, i)
	}
	starts = append(starts, len(s))
	n := len(starts) - 1
	for i := 0; i+1 < n; i += 2 {
		out = append(out, s[starts[i]:starts[i+2]])
	}
	if n%2 == 1 {
		out = append(out, s[starts[n-2]:])
	}
	return out
}

// isHan reports whether s is not empty and starts with a Han character.
func isHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && isHanRune(r)
}

// isHanRune reports whether r is a Han character.
func isHanRune(r rune) bool { return unicode.Is(unicode.Han, r) }

// search returns the codes that match every part of the query, in the
// given category (or any for CategoryUnknown), best match first.
func search(query string, cat errcode.Category) []errcode.Code {
	hits := rank(query, cat)
	codes := make([]errcode.Code, len(hits))
	for i, h := range hits {
		codes[i] = h.code
	}
	return codes
}

// hit is a code that matches a query, with its score.
type hit struct {
	code  errcode.Code
	score int
}

// rank returns the codes that match every part of the query, in the
// given category (or any for CategoryUnknown), highest score first, and
// codes of equal score in the order of tieRank.
func rank(query string, cat errcode.Category) []hit {
	parts := parseQuery(query)
	whole := spellings.Replace(strings.ToLower(strings.TrimSpace(query)))
	var hits []hit
	for c := range errcode.All() {
		in, _ := errcode.Lookup(c)
		if cat != errcode.CategoryUnknown && in.Category != cat {
			continue
		}
		fields := [...]string{in.Name, in.SDKName, in.English, in.Description}
		var lower [len(fields)]string
		for i, f := range fields {
			lower[i] = spellings.Replace(strings.ToLower(f))
		}
		total := 0
		for _, p := range parts {
			s := partScore(p, c, fields, lower)
			if s == 0 {
				total = 0
				break
			}
			total += s
		}
		if total == 0 {
			continue
		}
		for _, lf := range lower {
			if len(parts) > 1 && strings.Contains(lf, whole) {
				total += wholeBonus
				break
			}
		}
		hits = append(hits, hit{c, total})
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(tieRank(a.code), tieRank(b.code)))
	})
	return hits
}

// Weights of where a query part matched, by field: the Go name, the SDK
// name, the English and the Chinese text.
var (
	exactWeight    = [4]int{100, 100, 0, 0}
	containsWeight = [4]int{40, 35, 20, 20}
)

// wholeBonus is what a code scores when one of its fields holds the whole
// query as written, words in order (for Chinese typed without spaces, its
// characters side by side). It is less than what a name match adds over a
// text match, so that a code named for the query ranks above one whose
// text mentions it in passing (消息过长 finds GroupMsgTooLong before
// MsgInternalError90995, which says a message may be too long).
const wholeBonus = 10

// partScore scores how well code c, with the given fields and their
// lower-case forms (spellings applied), matches p: 0 for not at all. The
// best field counts: the query's own word scores more than a synonym, a
// whole name more than a part of one, and a name more than a text.
func partScore(p queryPart, c errcode.Code, fields, lower [4]string) int {
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
		lf := lower[i]
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
// AccountUserSigExpired). Chinese terms match anywhere.
func containsWord(f, lower, t string) bool {
	if len(t) >= 4 || len(lower) != len(f) || isHan(t) {
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

// tieRank orders codes of equal score by category, since a backend, which
// is who most often looks a code up, meets some categories far more than
// others. First (0) come rest, account and message: the errors of every
// REST call, of accounts and UserSig, and of the REST message APIs
// (sendmsg, batchsendmsg, im_push), which only a backend calls. Then (1)
// the other server-side categories, which REST calls and clients both
// meet. Last (2) the client side: sdk, raised by the client SDK itself,
// and access, the access layer between a client and the servers. Codes
// of equal score and rank keep the order of errcode.All, ascending.
func tieRank(c errcode.Code) int {
	switch c.Category() {
	case errcode.CategoryREST, errcode.CategoryAccount, errcode.CategoryMessage:
		return 0
	case errcode.CategorySDK, errcode.CategoryAccess:
		return 2
	}
	return 1
}
