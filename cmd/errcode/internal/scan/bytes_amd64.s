#include "textflag.h"

// BCAST sets all 32 bytes of Y to the byte c, with VEX instructions only:
// a legacy-SSE instruction here, after the caller's AVX code, costs
// hundreds of cycles on some processors.
#define BCAST(c, X, Y) MOVL $c, AX; VMOVQ AX, X; VPBROADCASTB X, Y

// func indexTextAVX2(b []byte) int
//
// Each round loads the 32 bytes at SI and at SI+1, SI+2 and SI+3, and sets
// a bit of the mask where a byte is '{' or '[' (0x7b with 0x20 set), where
// two bytes are 0xE9 0x94 or 0xE8 0xBF, or where four bytes, each with
// 0x20 set (which folds ASCII letters to lower case), are "code".
TEXT ·indexTextAVX2(SB), NOSPLIT, $0-32
	MOVQ b_base+0(FP), SI
	MOVQ b_len+8(FP), CX
	MOVQ SI, DI
	LEAQ -3(SI)(CX*1), DX // the end of the starts to look at
	BCAST(0x20, X0, Y0)
	BCAST(0x63, X1, Y1)   // 'c'
	BCAST(0x6f, X2, Y2)   // 'o'
	BCAST(0x64, X3, Y3)   // 'd'
	BCAST(0x65, X4, Y4)   // 'e'
	BCAST(0x7b, X9, Y9)   // '{'
	BCAST(0xe9, X10, Y10)
	BCAST(0x94, X11, Y11)
	BCAST(0xe8, X12, Y12)
	BCAST(0xbf, X13, Y13)
	CMPQ SI, DX
	JAE  none

loop:
	VMOVDQU   (SI), Y5
	VMOVDQU   1(SI), Y6
	VPCMPEQB  Y10, Y5, Y14
	VPCMPEQB  Y11, Y6, Y15
	VPAND     Y14, Y15, Y14 // 0xE9 0x94
	VPCMPEQB  Y12, Y5, Y15
	VPCMPEQB  Y13, Y6, Y7
	VPAND     Y15, Y7, Y15  // 0xE8 0xBF
	VPOR      Y15, Y14, Y14
	VPOR      Y0, Y5, Y5
	VPOR      Y0, Y6, Y6
	VPCMPEQB  Y9, Y5, Y15   // '{' or '['
	VPOR      Y15, Y14, Y14
	VPCMPEQB  Y1, Y5, Y5
	VPCMPEQB  Y2, Y6, Y6
	VPAND     Y5, Y6, Y6
	VPOR      2(SI), Y0, Y7
	VPOR      3(SI), Y0, Y8
	VPCMPEQB  Y3, Y7, Y7
	VPCMPEQB  Y4, Y8, Y8
	VPAND     Y7, Y8, Y8
	VPAND     Y6, Y8, Y8    // "code"
	VPOR      Y8, Y14, Y14
	VPMOVMSKB Y14, AX
	TESTL     AX, AX
	JNZ       found
	ADDQ      $32, SI
	CMPQ      SI, DX
	JB        loop

none:
	VZEROUPPER
	MOVQ $-1, ret+24(FP)
	RET

found:
	VZEROUPPER
	BSFL AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+24(FP)
	RET
