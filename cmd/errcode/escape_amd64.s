#include "textflag.h"

// func indexEscapeAVX2(b []byte) int
//
// It looks at 128 bytes a round: four 32-byte compares with ESC, ORed
// into one test, where bytes.IndexByte tests each 32 bytes on its own
// and spends a branch on each. It reads only b[:len(b)&^127]; the caller
// looks at the rest. It uses VEX instructions only.
TEXT ·indexEscapeAVX2(SB), NOSPLIT, $0-32
	MOVQ b_base+0(FP), SI
	MOVQ b_len+8(FP), CX
	MOVQ SI, DI          // b's start, to turn the position into an index
	ANDQ $~127, CX
	JZ   none
	LEAQ (SI)(CX*1), R8  // the end of the last whole round
	MOVL $0x1b, AX
	VMOVD AX, X0
	VPBROADCASTB X0, Y0

loop:
	VPCMPEQB (SI), Y0, Y1
	VPCMPEQB 32(SI), Y0, Y2
	VPCMPEQB 64(SI), Y0, Y3
	VPCMPEQB 96(SI), Y0, Y4
	VPOR     Y1, Y2, Y5
	VPOR     Y3, Y4, Y6
	VPOR     Y5, Y6, Y5
	VPTEST   Y5, Y5
	JNZ      found
	ADDQ     $128, SI
	CMPQ     SI, R8
	JB       loop
	VZEROUPPER

none:
	MOVQ $-1, ret+24(FP)
	RET

found:
	// The first of the four masks with a mark, as 64 bits a pair.
	VPMOVMSKB Y1, AX
	VPMOVMSKB Y2, BX
	SHLQ      $32, BX
	ORQ       BX, AX
	JNZ       at
	VPMOVMSKB Y3, AX
	VPMOVMSKB Y4, BX
	SHLQ      $32, BX
	ORQ       BX, AX
	ADDQ      $64, SI

at:
	BSFQ AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	VZEROUPPER
	MOVQ AX, ret+24(FP)
	RET
