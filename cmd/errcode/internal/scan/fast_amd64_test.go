package scan

import (
	"fmt"
	"testing"
)

// TestFastPathsNarrow is TestFastPaths without the AVX2 search, as on a
// processor without it: text's own loop, whose mentions take
// quickMention, instead of quickText.
func TestFastPathsNarrow(t *testing.T) {
	defer func(wide bool) { wideText = wide }(wideText)
	wideText = false
	for _, in := range fastPathInputs {
		t.Run(fmt.Sprintf("%.40q", in), func(t *testing.T) {
			checkFastPaths(t, []byte(in))
		})
	}
}
