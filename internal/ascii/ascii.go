// Package ascii holds the byte-level helpers that the errcode package and
// its command share: one ASCII-only case fold and one parser for the decimal
// form of an error code. Both work on strings and byte slices alike and
// never allocate.
package ascii

// lower maps an ASCII upper-case letter to lower case and leaves every
// other byte as it is.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// EqualFold reports whether s and t are equal when ASCII letters are
// compared without case. Unlike strings.EqualFold it folds nothing else: the
// Kelvin sign (U+212A) does not match "k", nor the long s (U+017F) "s".
func EqualFold[S ~string | ~[]byte](s S, t string) bool {
	return len(s) == len(t) && HasPrefixFold(s, t)
}

// HasPrefixFold reports whether s begins with prefix when ASCII letters are
// compared without case. Other bytes must match exactly.
func HasPrefixFold[S ~string | ~[]byte](s S, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		if lower(s[i]) != lower(prefix[i]) {
			return false
		}
	}
	return true
}

// ParseCode parses the decimal form of an error code: an optional minus
// sign and 1 to 10 digits without a leading zero ("0" itself is allowed),
// whose value fits in an int32. It takes no plus sign, fraction, exponent,
// space or quote; ok is false for anything else.
func ParseCode[S ~string | ~[]byte](s S) (n int32, ok bool) {
	neg := len(s) > 0 && s[0] == '-'
	i := 0
	if neg {
		i = 1
	}
	digits := len(s) - i
	if digits == 0 || digits > 10 || (s[i] == '0' && digits > 1) {
		return 0, false
	}
	var v int64
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	if v != int64(int32(v)) {
		return 0, false
	}
	return int32(v), true
}
