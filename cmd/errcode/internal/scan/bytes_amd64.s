#include "textflag.h"

// func indexCodeAVX2(b []byte) int
//
// Each round compares the 32 bytes at SI, SI+1, SI+2 and SI+3, each with
// 0x20 set (which folds ASCII letters to lower case), with 'c', 'o', 'd'
// and 'e'; a bit of the mask is set where all four match.
TEXT ·indexCodeAVX2(SB), NOSPLIT, $0-32
	MOVQ b_base+0(FP), SI
	MOVQ b_len+8(FP), CX
	MOVQ SI, DI
	LEAQ -3(SI)(CX*1), DX // the end of the starts to look at
	MOVL $0x20, AX
	VMOVQ AX, X0
	VPBROADCASTB X0, Y0
	MOVL $0x63, AX // 'c'
	VMOVQ AX, X1
	VPBROADCASTB X1, Y1
	MOVL $0x6f, AX // 'o'
	VMOVQ AX, X2
	VPBROADCASTB X2, Y2
	MOVL $0x64, AX // 'd'
	VMOVQ AX, X3
	VPBROADCASTB X3, Y3
	MOVL $0x65, AX // 'e'
	VMOVQ AX, X4
	VPBROADCASTB X4, Y4
	CMPQ SI, DX
	JAE  none

loop:
	VPOR     (SI), Y0, Y5
	VPOR     1(SI), Y0, Y6
	VPOR     2(SI), Y0, Y7
	VPOR     3(SI), Y0, Y8
	VPCMPEQB Y1, Y5, Y5
	VPCMPEQB Y2, Y6, Y6
	VPCMPEQB Y3, Y7, Y7
	VPCMPEQB Y4, Y8, Y8
	VPAND    Y5, Y6, Y6
	VPAND    Y7, Y8, Y8
	VPAND    Y6, Y8, Y8
	VPMOVMSKB Y8, AX
	TESTL    AX, AX
	JNZ      found
	ADDQ     $32, SI
	CMPQ     SI, DX
	JB       loop

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
