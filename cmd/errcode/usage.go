package main

import (
	_ "embed" // for the manual
	"strings"
)

// docSource is doc.go, whose package comment is the command's manual.
//
//go:embed doc.go
var docSource string

// manual returns the text of doc.go's package comment, as go/ast's
// CommentGroup.Text gives it: the comment markers and the one space after
// them gone, blank lines at either end dropped and runs of blank lines
// made one.
func manual() string {
	var b strings.Builder
	blank := false
	for line := range strings.Lines(docSource) {
		if !strings.HasPrefix(line, "//") {
			break // the package clause
		}
		line = strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		if strings.TrimSpace(line) == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteByte('\n')
			blank = false
		}
		b.WriteString(line)
	}
	return b.String()
}

// synopsis returns the short usage printed after a usage error: the
// commands of the manual's Usage section, without what each does.
func synopsis() string {
	var b strings.Builder
	_, usage, _ := strings.Cut(manual(), "Usage:\n\n")
	prefix := "usage: "
	for line := range strings.Lines(usage) {
		cmd, ok := strings.CutPrefix(line, "\t")
		if !ok {
			break
		}
		if i := strings.Index(cmd, "  "); i >= 0 {
			cmd = cmd[:i]
		}
		b.WriteString(prefix + strings.TrimSpace(cmd) + "\n")
		prefix = "       "
	}
	b.WriteString("Run 'errcode -h' for details.\n")
	return b.String()
}
