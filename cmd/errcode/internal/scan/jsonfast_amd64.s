#include "textflag.h"

// The constants of jsonMasksAVX2, each a byte 32 times over: loading
// them costs one instruction each, where setting them from a register
// took three.

// BYTES32 defines name as the 8-byte word w four times over, 32 bytes.
#define BYTES32(name, w) \
	DATA name<>+0(SB)/8, $w \
	DATA name<>+8(SB)/8, $w \
	DATA name<>+16(SB)/8, $w \
	DATA name<>+24(SB)/8, $w \
	GLOBL name<>(SB), RODATA|NOPTR, $32

// jsonFold is 0x20, which folds ASCII letters to lower case.
BYTES32(jsonFold, 0x2020202020202020)

// jsonQuote is '"'.
BYTES32(jsonQuote, 0x2222222222222222)

// jsonBackslash is '\'.
BYTES32(jsonBackslash, 0x5c5c5c5c5c5c5c5c)

// jsonLastCtl is the last control character.
BYTES32(jsonLastCtl, 0x1f1f1f1f1f1f1f1f)

// jsonC is 'c'.
BYTES32(jsonC, 0x6363636363636363)

// jsonD is 'd'.
BYTES32(jsonD, 0x6464646464646464)

// jsonBrace is '{'.
BYTES32(jsonBrace, 0x7b7b7b7b7b7b7b7b)

// jsonE9 is 0xE9.
BYTES32(jsonE9, 0xe9e9e9e9e9e9e9e9)

// jsonOne is 0x01.
BYTES32(jsonOne, 0x0101010101010101)

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

// JWORDS sets the words at w(DI), w+16(DI) and w+32(DI) to the quote,
// stop and text masks of the 64 bytes at off(SI): JMASKS for each half,
// the second half's bits shifted up by 32.
#define JWORDS(off, w) \
	JMASKS(off, AX, BX, CX); \
	JMASKS(off+32, DX, R8, R9); \
	SHLQ $32, DX; \
	ORQ  DX, AX; \
	SHLQ $32, R8; \
	ORQ  R8, BX; \
	SHLQ $32, R9; \
	ORQ  R9, CX; \
	MOVQ AX, w(DI); \
	MOVQ BX, w+16(DI); \
	MOVQ CX, w+32(DI)

// func jsonMasksAVX2(p *byte, m *maskPair)
//
// It reads the 130 bytes at p and sets the masks of the 128 bytes at p in
// *m: quote at 0(DI), stop at 16(DI), text at 32(DI), as two words each
// (the first for bytes 0 to 63), in quarters of 32:
// each word's low half's bits, then its high half's shifted up by 32. The
// constants are loaded once for all four quarters: one call covers a whole
// response body of the usual size.
TEXT ·jsonMasksAVX2(SB), NOSPLIT, $0-16
	// Without AVX2, the Go version, with the same arguments in place.
	CMPB ·useAVX2(SB), $0
	JEQ  nox
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

	JWORDS(0, 0)    // bytes 0 to 63: the first words
	JWORDS(64, 8)   // bytes 64 to 127: the second words
	VZEROUPPER
	RET

nox:
	JMP ·jsonMasksGo(SB)
