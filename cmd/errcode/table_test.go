package main

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/errcode-im/errcode"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	all := listed(func(errcode.Info) bool { return true })
	require.NotEmpty(t, all)

	r := command(t, nil, "-list")
	assert.Equal(t, 0, r.code)
	assert.Empty(t, r.stderr)
	got := tableCodes(t, r.stdout)
	assert.Equal(t, all, got, "every code, in ascending order")
	assert.True(t, slices.IsSorted(got))
	assert.Equal(t, errcode.AccessClientFreqLimit, got[0])
	assert.Equal(t, errcode.OfficialAccountSDKVersionTooLow, got[len(got)-1])

	js := decodeJSON(t, command(t, nil, "-list", "-json").stdout)
	require.Len(t, js, len(all))
	for i, j := range js {
		assert.Equal(t, int(all[i]), j.Code)
		assert.True(t, j.Known)
		assert.Equal(t, errcode.Code(j.Code).Caution(), j.Caution, "caution of %d", j.Code)
	}

	// Each category on its own; a category whose codes have not been
	// written yet is empty, and says so.
	for c := range errcode.Categories() {
		t.Run(c.String(), func(t *testing.T) {
			r := inProcess(nil, "-list", "-category", c.String())
			want := listed(func(in errcode.Info) bool { return in.Category == c })
			if len(want) == 0 {
				assert.Equal(t, 1, r.code)
				assert.Equal(t, "errcode: no code in category "+c.String()+" yet\n", r.stderr)
				return
			}
			assert.Equal(t, 0, r.code)
			assert.Equal(t, want, tableCodes(t, r.stdout))
		})
	}

	t.Run("own Chinese marked", func(t *testing.T) {
		r := inProcess(nil, "-list")
		lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")[1:]
		require.Len(t, lines, len(all))
		for i, c := range all {
			info, _ := errcode.Lookup(c)
			own := !info.Sources.Has(errcode.SourceDocument)
			assert.Equal(t, own, strings.Contains(lines[i], ownMark), "line %q", lines[i])
			assert.True(t, strings.HasSuffix(lines[i], info.Description), "line %q", lines[i])
		}
	})
}

// TestAlignment checks that columns line up by display width, Chinese
// characters counting two, in tables and in the headings of lookups.
func TestAlignment(t *testing.T) {
	// columnStarts returns the display width of line before each of cells,
	// found in order.
	columnStarts := func(t *testing.T, line string, cells ...string) []int {
		var starts []int
		at := 0
		for _, c := range cells {
			i := strings.Index(line[at:], c)
			require.GreaterOrEqual(t, i, 0, "%q not in %q", c, line[at:])
			starts = append(starts, termWidth(line[:at+i]))
			at += i + len(c)
		}
		return starts
	}
	for _, args := range [][]string{
		{"-list"},
		{"-list", "-lang", "zh"},
		{"-list", "-lang", "en"},
		{"-search", "群"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := command(t, nil, args...)
			require.Equal(t, 0, r.code)
			lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
			english := slices.Contains(args, "en")
			var want []int
			for i, l := range lines {
				assert.Equal(t, strings.TrimRight(l, " "), l, "trailing blanks")
				var cells []string
				if i == 0 {
					cells = strings.Fields(l)
				} else {
					n, err := strconv.Atoi(strings.Fields(l)[0])
					require.NoError(t, err)
					c := errcode.Code(n)
					info, _ := errcode.Lookup(c)
					cells = []string{strconv.Itoa(n), info.Name, info.Category.String(), info.Retry.String()}
					if english {
						cells = append(cells, info.English)
					} else {
						zh := info.Description
						if !info.Sources.Has(errcode.SourceDocument) {
							zh = ownMark + zh // not the document's text
						}
						cells = append(cells, info.Category.Title(), zh)
					}
					assert.True(t, strings.HasSuffix(l, cells[len(cells)-1]), "description last and whole: %q", l)
				}
				got := columnStarts(t, l, cells...)
				if i == 0 {
					want = got
					continue
				}
				require.Equal(t, want, got, "line %q", l)
			}
		})
	}

	t.Run("lookup headings", func(t *testing.T) {
		r := command(t, nil, "6001", "10010", "70999", "115257")
		var want []int
		for _, l := range strings.Split(r.stdout, "\n") {
			if l == "" || strings.HasPrefix(l, " ") {
				continue
			}
			f := strings.Fields(l)
			got := columnStarts(t, l, f...)
			if want == nil {
				want = got
			}
			assert.Equal(t, want, got, "line %q", l)
		}
	})
}

func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{
		"":              0,
		"abc":           3,
		"群组":            4,
		"SDK错误码":        9,
		"，":             2,
		"Ａ":             2,
		"…":             1,
		"REST API公共错误码": 18,
	} {
		assert.Equal(t, want, displayWidth(s), "%q", s)
		assert.Equal(t, want+3, displayWidth(pad(s, want+3)), "%q", s)
	}
}
