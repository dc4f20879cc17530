package errcode

// This file holds the JSON decoding of Code: a number, bare or quoted, as
// the REST API sends it. A Code encodes as a plain number, as any int32
// does.

import (
	"bytes"
	"encoding/json"
	"reflect"

	"github.com/errcode-im/errcode/internal/ascii"
)

// UnmarshalJSON decodes a code from a JSON number or from a string holding
// a decimal number ("70001", "-302"), as some responses quote it. JSON null
// leaves c unchanged. Anything else is an error and leaves c unchanged:
// fractions, exponents, numbers outside the int32 range, other strings,
// booleans, arrays and objects.
func (c *Code) UnmarshalJSON(data []byte) error {
	if n, ok := parseCode(data); ok {
		*c = n
		return nil
	}
	if string(data) == "null" {
		return nil
	}
	return &json.UnmarshalTypeError{Value: describeJSON(data), Type: reflect.TypeFor[Code]()}
}

// parseCode parses a JSON number or quoted decimal string as a code, as
// UnmarshalJSON takes it, without allocating.
func parseCode(data []byte) (Code, bool) {
	b := data
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' {
		b = b[1 : len(b)-1]
	}
	n, ok := ascii.ParseCode(b)
	return Code(n), ok
}

// describeJSON names the kind of a JSON value for an error message, as
// encoding/json's UnmarshalTypeError does.
func describeJSON(data []byte) string {
	d := bytes.TrimSpace(data)
	if len(d) == 0 {
		return "empty value"
	}
	switch d[0] {
	case '"':
		return "string " + truncate(d)
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	}
	return "number " + truncate(d)
}

func truncate(b []byte) string {
	const max = 40
	if len(b) > max {
		return string(b[:max]) + "…"
	}
	return string(b)
}
