package errcode

// This file holds logging under log/slog: the LogValue methods that make a
// Code, a *Error and what FromError returns log as groups, and LogAttr,
// which does the same for any error, however it is wrapped or joined.

import (
	"log/slog"
	"strconv"
	"unicode/utf8"
)

// LogValue makes a Code log as a group of its number, name, category and
// retry hint under log/slog, as a *Error does without the detail.
func (c Code) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int("code", int(c)),
		slog.String("name", c.Name()),
		slog.String("category", c.Category().String()),
		slog.String("retry", c.Retry().String()),
	)
}

// LogValue makes a *Error log as a group of its code, name, category, retry
// hint and detail under log/slog, followed, when they are set, by its ID
// ("id"), the failing status ("status") and an ErrorCode outside the int32
// range ("sent_code").
func (e *Error) LogValue() slog.Value {
	if e == nil {
		return slog.StringValue("<nil>")
	}
	attrs := make([]slog.Attr, 0, 8)
	attrs = append(attrs,
		slog.Int("code", int(e.Code)),
		slog.String("name", e.Code.Name()),
		slog.String("category", e.Code.Category().String()),
		slog.String("retry", e.Code.Retry().String()),
		slog.String("detail", e.Detail),
	)
	if e.ID != "" {
		attrs = append(attrs, slog.String("id", e.ID))
	}
	if e.Status != "" {
		attrs = append(attrs, slog.String("status", e.Status))
	}
	if e.wide != 0 {
		attrs = append(attrs, slog.Int64("sent_code", e.wide))
	}
	return slog.GroupValue(attrs...)
}

// LogValue returns a group of the error's fields, as LogAttr logs them, so
// that an error FromError returns logs as a group under log/slog.
func (e *sdkError) LogValue() slog.Value {
	return errorValue(e)
}

// The bounds of the group LogAttr makes, so that a batch of any size logs
// as a record of bounded size: at most MaxLoggedFailures failures under
// "errors", and a message cut after maxLoggedMessage bytes.
const (
	// MaxLoggedFailures is how many failures LogAttr lists under "errors";
	// "more_errors" counts the rest.
	MaxLoggedFailures = 100
	// maxLoggedMessage is how many bytes of the message LogAttr keeps.
	maxLoggedMessage = 16 << 10
)

// LogAttr returns an attribute that logs err under key as a group, however
// it is wrapped or joined. slog.Any("err", err) logs a *Error as a group
// only when it is passed as it is: wrapped with fmt.Errorf("%w") or joined,
// it logs as a flat string. The group LogAttr makes holds:
//
//   - "msg": err's message, wrapping included. A message longer than
//     16 KiB, as that of a large batch is, is cut there at a line or
//     character boundary and ends with a note of how long it was.
//   - the fields of the first failure errors.As meets in err's tree, as
//     (*Error).LogValue writes them: "code", "name", "category", "retry",
//     "detail", and "id" and "status" when they are set; for a bare Code,
//     the same without "detail";
//   - "errors", only when the tree holds more than one failure, as the
//     joined errors of a batch (ItemsErr) do: a group of the fields of the
//     first MaxLoggedFailures (100) failures, under the keys "0", "1", and
//     so on;
//   - "more_errors", only when there are more failures than that: how many
//     more. A record of a batch of 100,000 failures stays well under
//     256 KiB.
//
// Another SDK's error with a Code() int method counts as a failure with
// that code, as FromError sees it. An error that carries no code logs as a
// group of its "msg" alone, and nil logs as null; an error whose methods
// panic, as a typed nil's may, logs as one without a code. The group is
// built only when a handler writes the record.
func LogAttr(key string, err error) slog.Attr {
	if err == nil {
		return slog.Any(key, nil)
	}
	return slog.Any(key, errorLog{err})
}

// errorLog defers LogAttr's work to the handler.
type errorLog struct{ err error }

// LogValue builds the group when a handler asks for it.
func (l errorLog) LogValue() slog.Value {
	return errorValue(l.err)
}

// errorValue builds the group LogAttr documents.
func errorValue(err error) slog.Value {
	var found []slog.Value
	n := 0
	walk(err, true, func(l leaf) bool {
		var v slog.Value
		switch l.kind {
		case leafCode:
			v = l.code.LogValue()
		case leafError:
			v = l.err.LogValue()
		case leafForeign:
			v = fromCoder(l.foreign, l.foreignCode).LogValue()
		default:
			return true
		}
		if n++; len(found) < MaxLoggedFailures {
			found = append(found, v)
		}
		return true
	})
	attrs := make([]slog.Attr, 0, 11)
	attrs = append(attrs, slog.String("msg", logMessage(errorText(err))))
	if len(found) > 0 {
		attrs = append(attrs, found[0].Group()...)
	}
	if n > 1 {
		all := make([]slog.Attr, len(found))
		for i, v := range found {
			all[i] = slog.Attr{Key: strconv.Itoa(i), Value: v}
		}
		attrs = append(attrs, slog.Attr{Key: "errors", Value: slog.GroupValue(all...)})
	}
	if n > len(found) {
		attrs = append(attrs, slog.Int("more_errors", n-len(found)))
	}
	return slog.GroupValue(attrs...)
}

// logMessage returns msg, or, when it is longer than maxLoggedMessage, its
// start, cut at the last line break within the bound (or, if there is
// none, at a character boundary), and a note of the whole length.
func logMessage(msg string) string {
	if len(msg) <= maxLoggedMessage {
		return msg
	}
	cut := maxLoggedMessage
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	for i := cut - 1; i > 0; i-- {
		if msg[i] == '\n' {
			cut = i
			break
		}
	}
	return msg[:cut] + "\n… (cut; the message has " + strconv.Itoa(len(msg)) + " bytes)"
}
