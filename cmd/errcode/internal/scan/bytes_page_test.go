//go:build linux

package scan

import (
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestIndexTextPageEdges runs the search on inputs of every length up to
// 70 that start or end at the edge of a page with no access on its other
// side: the AVX2 search reads past short inputs, and must stay in the
// pages that they are in. The bytes around each input are ones it looks
// for, so a mark not cleared would show.
func TestIndexTextPageEdges(t *testing.T) {
	const page = 4096
	mem, err := syscall.Mmap(-1, 0, 3*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	require.NoError(t, err)
	defer func() { require.NoError(t, syscall.Munmap(mem)) }()
	require.NoError(t, syscall.Mprotect(mem[:page], syscall.PROT_NONE))
	require.NoError(t, syscall.Mprotect(mem[2*page:], syscall.PROT_NONE))
	mid := mem[page : 2*page]
	for i := range mid {
		mid[i] = "{\n"[i%2]
	}
	for n := range 71 {
		for _, b := range [][]byte{mid[:n], mid[page-n:]} {
			for at := range n {
				// a run of "a\n" with a "code" at at, or cut short there
				for i := range b {
					b[i] = "a\n"[i%2]
				}
				copy(b[at:], "code")
				checkIndexText(t, b)
			}
		}
	}
}
