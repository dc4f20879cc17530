package scan

import "golang.org/x/sys/cpu"

// jsonMasksAVX2 is jsonMasks with AVX2, on the maskRead bytes at p. It is
// in jsonfast_amd64.s; where the processor lacks AVX2 (useAVX2 false) it
// goes on to jsonMasksGo, with the same arguments.
//
//go:noescape
func jsonMasksAVX2(p *[maskRead]byte, m *maskPair)

// useAVX2 is whether jsonMasksAVX2 may use AVX2; it reads it itself, so
// that jsonMasks is its call and nothing else.
var useAVX2 = cpu.X86.HasAVX2

// jsonMasks sets m to the masks of the 128 bytes at b[0] (see
// blockMasks); b must hold at least maskRead bytes. It inlines, so that
// a body's masks cost one call, of the assembly: the check of the
// processor and the call of jsonMasksAVX2 from here cost about 19
// instructions a body.
func jsonMasks(b []byte, m *maskPair) { jsonMasksAVX2((*[maskRead]byte)(b), m) }

// jsonMasksGo is jsonMasksAVX2 where the processor lacks AVX2, which
// jumps to it.
//
//lint:ignore U1000 the assembly of jsonMasksAVX2 jumps to it.
func jsonMasksGo(p *[maskRead]byte, m *maskPair) { m.quote, m.stop, m.text = jsonMasksSWAR(p[:]) }

// plainWalk is the loop plainMembers runs for most members, in
// assembly (see jsonfast_amd64.s): with all its values in registers and
// no bounds checks, it takes about half the instructions a member of
// the Go loop. b holds limit bytes and 8 more.
//
//go:noescape
func plainWalk(b *byte, limit, p int, bm *blockMasks, opts uint64, s *scanner, f *frame) (q int, whole bool)

// useWalk is whether plainMembers calls plainWalk; the tests turn it off
// to hold plainMembers' own loop to the general reader too.
var useWalk = true
