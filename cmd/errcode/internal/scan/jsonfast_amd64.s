#include "textflag.h"

// JBCAST sets all 32 bytes of Y to the byte c, with VEX instructions
// only, as BCAST in bytes_amd64.s does.
#define JBCAST(c, X, Y) MOVL $c, AX; VMOVQ AX, X; VPBROADCASTB X, Y

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

// func jsonMasksAVX2(p *byte) (q0, q1, s0, s1, t0, t1 uint64)
//
// It reads the 130 bytes at p and sets the masks of the 128 bytes at p,
// as two words each (the first for bytes 0 to 63), in quarters of 32:
// each word's low half's bits, then its high half's shifted up by 32. The
// constants are set once for all four quarters: one call covers a whole
// response body of the usual size.
TEXT ·jsonMasksAVX2(SB), NOSPLIT, $0-56
	MOVQ p+0(FP), SI
	JBCAST(0x20, X0, Y0)
	JBCAST(0x22, X1, Y1) // '"'
	JBCAST(0x5c, X2, Y2) // '\'
	JBCAST(0x1f, X3, Y3) // the last control character
	JBCAST(0x63, X4, Y4) // 'c'
	JBCAST(0x64, X5, Y5) // 'd'
	JBCAST(0x7b, X6, Y6) // '{'
	JBCAST(0xe9, X7, Y7)
	JBCAST(0x01, X8, Y8)

	// Bytes 0 to 63: the first words.
	JMASKS(0, AX, BX, CX)
	JMASKS(32, DX, R8, R9)
	SHLQ $32, DX
	ORQ  DX, AX
	SHLQ $32, R8
	ORQ  R8, BX
	SHLQ $32, R9
	ORQ  R9, CX
	MOVQ AX, q0+8(FP)
	MOVQ BX, s0+24(FP)
	MOVQ CX, t0+40(FP)

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
	MOVQ AX, q1+16(FP)
	MOVQ BX, s1+32(FP)
	MOVQ CX, t1+48(FP)
	RET
