#include "textflag.h"

// BCAST sets all 32 bytes of Y to the byte c, with VEX instructions only:
// a legacy-SSE instruction here, after the caller's AVX code, costs
// hundreds of cycles on some processors.
#define BCAST(c, X, Y) MOVL $c, AX; VMOVQ AX, X; VPBROADCASTB X, Y

// func indexTextAVX2(b []byte) int
//
// Each round loads the 32 bytes at SI and at SI+2, and first asks, with
// few instructions, whether any of them may start something: a byte that
// is '{' or '[' (0x7b with 0x20 set), a byte that is 0xE8 or 0xE9 (0xE9
// with 0x01 set), or a 'c' with a 'd' two bytes on (with 0x20 set, which
// folds ASCII letters to lower case), rare in logs. Only a round where one
// may does the exact test: a bit of the mask is set where a byte is '{'
// or '[', where two bytes are 0xE9 0x94 or 0xE8 0xBF, or where four bytes,
// each with 0x20 set, are "code". Y6 holds 0x01 in the first test and
// the bytes at SI+1 in the exact one, so it is set again after an exact
// test that found nothing.
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
	BCAST(0x01, X6, Y6)   // for the first test
	CMPQ SI, DX
	JAE  none

loop:
	VMOVDQU  (SI), Y5
	VPOR     Y0, Y5, Y7
	VPOR     2(SI), Y0, Y8
	VPCMPEQB Y1, Y7, Y14
	VPCMPEQB Y3, Y8, Y15
	VPAND    Y14, Y15, Y14 // "c?d"
	VPCMPEQB Y9, Y7, Y15
	VPOR     Y15, Y14, Y14 // '{' or '['
	VPOR     Y6, Y5, Y15   // Y6 is all 0x01
	VPCMPEQB Y10, Y15, Y15
	VPOR     Y15, Y14, Y14 // 0xE8 or 0xE9
	VPTEST   Y14, Y14
	JNZ      exact

next:
	ADDQ $32, SI
	CMPQ SI, DX
	JB   loop

none:
	VZEROUPPER
	MOVQ $-1, ret+24(FP)
	RET

restore:
	BCAST(0x01, X6, Y6)
	JMP next

exact:
	VMOVDQU   1(SI), Y6
	VPOR      Y0, Y6, Y8
	VPCMPEQB  Y10, Y5, Y14
	VPCMPEQB  Y11, Y6, Y15
	VPAND     Y14, Y15, Y14 // 0xE9 0x94
	VPCMPEQB  Y12, Y5, Y15
	VPCMPEQB  Y13, Y6, Y5
	VPAND     Y15, Y5, Y15  // 0xE8 0xBF
	VPOR      Y15, Y14, Y14
	VPCMPEQB  Y9, Y7, Y15
	VPOR      Y15, Y14, Y14 // '{' or '['
	VPCMPEQB  Y1, Y7, Y7
	VPCMPEQB  Y2, Y8, Y8
	VPAND     Y7, Y8, Y8
	VPOR      2(SI), Y0, Y5
	VPOR      3(SI), Y0, Y6
	VPCMPEQB  Y3, Y5, Y5
	VPCMPEQB  Y4, Y6, Y6
	VPAND     Y5, Y6, Y6
	VPAND     Y6, Y8, Y8
	VPOR      Y8, Y14, Y14  // "code"
	VPMOVMSKB Y14, AX
	TESTL     AX, AX
	JZ        restore
	VZEROUPPER
	BSFL AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+24(FP)
	RET

// func indexDetailKeyAVX2(b []byte) int
//
// Each round folds the 32 bytes at SI, SI+1 and SI+2 with 0x20 and sets
// a bit of the mask where the three bytes that start there are "err",
// "det", "des" or "res".
TEXT ·indexDetailKeyAVX2(SB), NOSPLIT, $0-32
	MOVQ b_base+0(FP), SI
	MOVQ b_len+8(FP), CX
	MOVQ SI, DI
	LEAQ -2(SI)(CX*1), DX // the end of the starts to look at
	BCAST(0x20, X0, Y0)
	BCAST(0x65, X1, Y1)   // 'e'
	BCAST(0x72, X2, Y2)   // 'r'
	BCAST(0x64, X3, Y3)   // 'd'
	BCAST(0x74, X4, Y4)   // 't'
	BCAST(0x73, X5, Y5)   // 's'
	CMPQ SI, DX
	JAE  dnone

dloop:
	VPOR     (SI), Y0, Y6
	VPOR     1(SI), Y0, Y7
	VPOR     2(SI), Y0, Y8
	VPCMPEQB Y1, Y7, Y9   // 'e' second
	VPCMPEQB Y2, Y7, Y10  // 'r' second
	VPCMPEQB Y1, Y6, Y11  // 'e' first
	VPCMPEQB Y2, Y8, Y12  // 'r' third
	VPAND    Y10, Y11, Y10
	VPAND    Y12, Y10, Y10 // "err"
	VPCMPEQB Y4, Y8, Y11  // 't' third
	VPCMPEQB Y5, Y8, Y12  // 's' third
	VPOR     Y11, Y12, Y11
	VPCMPEQB Y3, Y6, Y13  // 'd' first
	VPAND    Y13, Y11, Y11 // "det" or "des" but for 'e'
	VPCMPEQB Y2, Y6, Y13  // 'r' first
	VPAND    Y13, Y12, Y12 // "res" but for 'e'
	VPOR     Y12, Y11, Y11
	VPAND    Y9, Y11, Y11  // "det", "des" or "res"
	VPOR     Y11, Y10, Y10
	VPMOVMSKB Y10, AX
	TESTL    AX, AX
	JNZ      dfound
	ADDQ     $32, SI
	CMPQ     SI, DX
	JB       dloop

dnone:
	VZEROUPPER
	MOVQ $-1, ret+24(FP)
	RET

dfound:
	VZEROUPPER
	BSFL AX, AX
	SUBQ DI, SI
	ADDQ SI, AX
	MOVQ AX, ret+24(FP)
	RET
