#include "textflag.h"

// The constants of jsonMasksAVX2, each a byte 32 times over: loading
// them costs one instruction each, where setting them from a register
// took three.

// jsonFold is 0x20, which folds ASCII letters to lower case.
DATA jsonFold<>+0(SB)/8, $0x2020202020202020
DATA jsonFold<>+8(SB)/8, $0x2020202020202020
DATA jsonFold<>+16(SB)/8, $0x2020202020202020
DATA jsonFold<>+24(SB)/8, $0x2020202020202020
GLOBL jsonFold<>(SB), RODATA|NOPTR, $32

// jsonQuote is '"'.
DATA jsonQuote<>+0(SB)/8, $0x2222222222222222
DATA jsonQuote<>+8(SB)/8, $0x2222222222222222
DATA jsonQuote<>+16(SB)/8, $0x2222222222222222
DATA jsonQuote<>+24(SB)/8, $0x2222222222222222
GLOBL jsonQuote<>(SB), RODATA|NOPTR, $32

// jsonBackslash is '\'.
DATA jsonBackslash<>+0(SB)/8, $0x5c5c5c5c5c5c5c5c
DATA jsonBackslash<>+8(SB)/8, $0x5c5c5c5c5c5c5c5c
DATA jsonBackslash<>+16(SB)/8, $0x5c5c5c5c5c5c5c5c
DATA jsonBackslash<>+24(SB)/8, $0x5c5c5c5c5c5c5c5c
GLOBL jsonBackslash<>(SB), RODATA|NOPTR, $32

// jsonLastCtl is the last control character.
DATA jsonLastCtl<>+0(SB)/8, $0x1f1f1f1f1f1f1f1f
DATA jsonLastCtl<>+8(SB)/8, $0x1f1f1f1f1f1f1f1f
DATA jsonLastCtl<>+16(SB)/8, $0x1f1f1f1f1f1f1f1f
DATA jsonLastCtl<>+24(SB)/8, $0x1f1f1f1f1f1f1f1f
GLOBL jsonLastCtl<>(SB), RODATA|NOPTR, $32

// jsonC is 'c'.
DATA jsonC<>+0(SB)/8, $0x6363636363636363
DATA jsonC<>+8(SB)/8, $0x6363636363636363
DATA jsonC<>+16(SB)/8, $0x6363636363636363
DATA jsonC<>+24(SB)/8, $0x6363636363636363
GLOBL jsonC<>(SB), RODATA|NOPTR, $32

// jsonD is 'd'.
DATA jsonD<>+0(SB)/8, $0x6464646464646464
DATA jsonD<>+8(SB)/8, $0x6464646464646464
DATA jsonD<>+16(SB)/8, $0x6464646464646464
DATA jsonD<>+24(SB)/8, $0x6464646464646464
GLOBL jsonD<>(SB), RODATA|NOPTR, $32

// jsonBrace is '{'.
DATA jsonBrace<>+0(SB)/8, $0x7b7b7b7b7b7b7b7b
DATA jsonBrace<>+8(SB)/8, $0x7b7b7b7b7b7b7b7b
DATA jsonBrace<>+16(SB)/8, $0x7b7b7b7b7b7b7b7b
DATA jsonBrace<>+24(SB)/8, $0x7b7b7b7b7b7b7b7b
GLOBL jsonBrace<>(SB), RODATA|NOPTR, $32

// jsonE9 is 0xE9.
DATA jsonE9<>+0(SB)/8, $0xe9e9e9e9e9e9e9e9
DATA jsonE9<>+8(SB)/8, $0xe9e9e9e9e9e9e9e9
DATA jsonE9<>+16(SB)/8, $0xe9e9e9e9e9e9e9e9
DATA jsonE9<>+24(SB)/8, $0xe9e9e9e9e9e9e9e9
GLOBL jsonE9<>(SB), RODATA|NOPTR, $32

// jsonOne is 0x01.
DATA jsonOne<>+0(SB)/8, $0x0101010101010101
DATA jsonOne<>+8(SB)/8, $0x0101010101010101
DATA jsonOne<>+16(SB)/8, $0x0101010101010101
DATA jsonOne<>+24(SB)/8, $0x0101010101010101
GLOBL jsonOne<>(SB), RODATA|NOPTR, $32

// JMASKS sets the 32 bits of Rq, Rs and Rt for the 32 bytes at off(SI):
// Rq where a byte is '"'; Rs where it is '\' or below 0x20 (the minimum
// of it and 0x1f is itself); Rt where it is '{' or '[' (0x7b with 0x20
// set), 0xE8 or 0xE9 (0xE9 with 0x01 set), or a 'c' with a 'd' two bytes
// on (each with 0x20 set, which folds ASCII letters to lower case).
#define JMASKS(off, Rq, Rs, Rt) \
	VMOVDQU   off(SI), Y9; \
	VPCMPEQB  Y1, Y9, Y10; \
	VPMOVMSKB Y10, Rq; \
	VPCMPEQB  Y2, Y9, Y10; \
	VPMINUB   Y3, Y9, Y11; \
	VPCMPEQB  Y9, Y11, Y11; \
	VPOR      Y10, Y11, Y10; \
	VPMOVMSKB Y10, Rs; \
	VPOR      Y0, Y9, Y12; \
	VPCMPEQB  Y6, Y12, Y13; \
	VPCMPEQB  Y4, Y12, Y14; \
	VPOR      off+2(SI), Y0, Y15; \
	VPCMPEQB  Y5, Y15, Y15; \
	VPAND     Y15, Y14, Y14; \
	VPOR      Y14, Y13, Y13; \
	VPOR      Y8, Y9, Y14; \
	VPCMPEQB  Y7, Y14, Y14; \
	VPOR      Y14, Y13, Y13; \
	VPMOVMSKB Y13, Rt

// func jsonMasksAVX2(p *byte, m *maskPair)
//
// It reads the 130 bytes at p and sets the masks of the 128 bytes at p in
// *m: quote at 0(DI), stop at 16(DI), text at 32(DI), as two words each
// (the first for bytes 0 to 63), in quarters of 32:
// each word's low half's bits, then its high half's shifted up by 32. The
// constants are loaded once for all four quarters: one call covers a whole
// response body of the usual size.
TEXT ·jsonMasksAVX2(SB), NOSPLIT, $0-16
	MOVQ p+0(FP), SI
	MOVQ m+8(FP), DI
	VMOVDQU jsonFold<>(SB), Y0
	VMOVDQU jsonQuote<>(SB), Y1
	VMOVDQU jsonBackslash<>(SB), Y2
	VMOVDQU jsonLastCtl<>(SB), Y3
	VMOVDQU jsonC<>(SB), Y4
	VMOVDQU jsonD<>(SB), Y5
	VMOVDQU jsonBrace<>(SB), Y6
	VMOVDQU jsonE9<>(SB), Y7
	VMOVDQU jsonOne<>(SB), Y8

	// Bytes 0 to 63: the first words.
	JMASKS(0, AX, BX, CX)
	JMASKS(32, DX, R8, R9)
	SHLQ $32, DX
	ORQ  DX, AX
	SHLQ $32, R8
	ORQ  R8, BX
	SHLQ $32, R9
	ORQ  R9, CX
	MOVQ AX, 0(DI)
	MOVQ BX, 16(DI)
	MOVQ CX, 32(DI)

	// Bytes 64 to 127: the second words.
	JMASKS(64, AX, BX, CX)
	JMASKS(96, DX, R8, R9)
	VZEROUPPER
	SHLQ $32, DX
	ORQ  DX, AX
	SHLQ $32, R8
	ORQ  R8, BX
	SHLQ $32, R9
	ORQ  R9, CX
	MOVQ AX, 8(DI)
	MOVQ BX, 24(DI)
	MOVQ CX, 40(DI)
	RET
