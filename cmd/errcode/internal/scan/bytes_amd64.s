#include "textflag.h"
#include "bytes32_amd64.h"

// BCAST sets all 32 bytes of Y to the byte c, with VEX instructions only:
// a legacy-SSE instruction here, after the caller's AVX code, costs
// hundreds of cycles on some processors.
#define BCAST(c, X, Y) MOVL $c, AX; VMOVQ AX, X; VPBROADCASTB X, Y

// The constants of indexTextLinesAVX2, each a byte 32 times over: the
// five it keeps in registers, one load each (a broadcast from memory
// also shuffles), and those its exact test compares with from memory, as
// the cheap test keeps every register busy.

// textFold is 0x20, which folds ASCII letters to lower case.
BYTES32(textFold, 0x2020202020202020)

// textC is 'c'.
BYTES32(textC, 0x6363636363636363)

// textNL is '\n'.
BYTES32(textNL, 0x0a0a0a0a0a0a0a0a)

// textD is 'd'.
BYTES32(textD, 0x6464646464646464)

// textBrace is '{'.
BYTES32(textBrace, 0x7b7b7b7b7b7b7b7b)

// textO is 'o'.
BYTES32(textO, 0x6f6f6f6f6f6f6f6f)

// textE is 'e'.
BYTES32(textE, 0x6565656565656565)

// textOne and textLow are 0x01 and 0x0F, for PAIRS.
BYTES32(textOne, 0x0101010101010101)
BYTES32(textLow, 0x0f0f0f0f0f0f0f0f)

// textPairs is, in each 16 bytes, the byte after 0xE8 (0xBF) at 8 and
// the byte after 0xE9 (0x94) at 9, for PAIRS.
DATA textPairs<>+0(SB)/8, $0
DATA textPairs<>+8(SB)/8, $0x94bf
DATA textPairs<>+16(SB)/8, $0
DATA textPairs<>+24(SB)/8, $0x94bf
GLOBL textPairs<>(SB), RODATA|NOPTR, $32

// textZero is 0, for FLUSH's sums.
BYTES32(textZero, 0)

// textHigh is 0x80, the high bits that VPTEST looks at.
BYTES32(textHigh, 0x8080808080808080)

// textE9, text94, textE8 and textBF are the bytes of the pairs 0xE9 0x94
// and 0xE8 0xBF.
BYTES32(textE9, 0xe9e9e9e9e9e9e9e9)
BYTES32(text94, 0x9494949494949494)
BYTES32(textE8, 0xe8e8e8e8e8e8e8e8)
BYTES32(textBF, 0xbfbfbfbfbfbfbfbf)

// CHEAP sets the high bit of each byte of T2 where a byte of the 32
// starting at off(SI) may start something: a '{' or '[' (0x7b with 0x20
// set), any byte with the high bit set (as the first bytes of 错 and 返
// have: logs are mostly ASCII, and the common Chinese characters start
// with 0xE4 to 0xE9, so a test for 0xE8 and 0xE9 alone would spare few
// rounds of Chinese text the exact test), or a 'c' with a 'd' two bytes on
// (with 0x20 set, which folds ASCII letters to lower case), rare in logs.
// The other bits of T2 mean nothing. T1 and T3 are scratch.
#define CHEAP(off, T1, T2, T3) \
	VPOR     off(SI), Y0, T1; \
	VPOR     off+2(SI), Y0, T2; \
	VPCMPEQB Y1, T1, T3; \
	VPCMPEQB Y3, T2, T2; \
	VPAND    T3, T2, T2; \
	VPCMPEQB Y9, T1, T3; \
	VPOR     T3, T2, T2; \
	VPOR     T1, T2, T2

// EXACT sets bit k of R where the byte at off+k(SI) starts something:
// '{' or '[', the pairs 0xE9 0x94 and 0xE8 0xBF, or "code" in any letter
// case. It uses Y5, Y7, Y8, Y11 and Y12.
#define EXACT(off, R) \
	VMOVDQU   off(SI), Y5; \
	VMOVDQU   off+1(SI), Y7; \
	VPCMPEQB  textE9<>(SB), Y5, Y8; \
	VPCMPEQB  text94<>(SB), Y7, Y11; \
	VPAND     Y11, Y8, Y8; \
	VPCMPEQB  textE8<>(SB), Y5, Y11; \
	VPCMPEQB  textBF<>(SB), Y7, Y12; \
	VPAND     Y12, Y11, Y11; \
	VPOR      Y11, Y8, Y8; \
	VPOR      Y0, Y5, Y5; \
	VPCMPEQB  Y9, Y5, Y11; \
	VPOR      Y11, Y8, Y8; \
	VPCMPEQB  Y1, Y5, Y5; \
	VPOR      Y0, Y7, Y7; \
	VPCMPEQB  textO<>(SB), Y7, Y7; \
	VPAND     Y7, Y5, Y5; \
	VPOR      off+2(SI), Y0, Y11; \
	VPCMPEQB  Y3, Y11, Y11; \
	VPAND     Y11, Y5, Y5; \
	VPOR      off+3(SI), Y0, Y11; \
	VPCMPEQB  textE<>(SB), Y11, Y11; \
	VPAND     Y11, Y5, Y5; \
	VPOR      Y5, Y8, Y8; \
	VPMOVMSKB Y8, R

// CHEAPK is CHEAP, but keeps in T1 the bytes with 0x20 set, in CD those
// that are a 'c' with a 'd' two on and in BR those that are '{' or '[',
// for the exact test, which then need not find them again; and it leaves
// in T2 only the '{', '[' and high bits, for the loop to add CD to.
#define CHEAPK(off, T1, T2, T3, CD, BR) \
	VPOR     off(SI), Y0, T1; \
	VPOR     off+2(SI), Y0, T2; \
	VPCMPEQB Y1, T1, T3; \
	VPCMPEQB Y3, T2, T2; \
	VPAND    T3, T2, CD; \
	VPCMPEQB Y9, T1, BR; \
	VPOR     BR, T1, T2

// CODEK is the exact test after CHEAPK but for the pairs: it sets the
// bytes of CD that start a "code" in any letter case, from the 'c' and
// 'd' that CHEAPK kept there, or a '{' or '[' (BR). T is scratch.
#define CODEK(off, CD, BR, T) \
	VPOR     off+1(SI), Y0, T; \
	VPCMPEQB textO<>(SB), T, T; \
	VPAND    T, CD, CD; \
	VPOR     off+3(SI), Y0, T; \
	VPCMPEQB textE<>(SB), T, T; \
	VPAND    T, CD, CD; \
	VPOR     BR, CD, CD

// PAIRS sets the bytes of R that start one of the pairs 0xE9 0x94 and
// 0xE8 0xBF at off(SI), from Y6, which holds textPairs: a byte that is
// 0xE8 or 0xE9 (with 1 set, 0xE9) picks with its low four bits the byte
// that must follow it, with one VPSHUFB, so that one compare tests the
// second bytes of both pairs. T and U are scratch.
#define PAIRS(off, R, T, U) \
	VMOVDQU  off(SI), T; \
	VPOR     textOne<>(SB), T, U; \
	VPCMPEQB textE9<>(SB), U, U; \
	VPAND    textLow<>(SB), T, T; \
	VPSHUFB  T, Y6, T; \
	VPCMPEQB off+1(SI), T, T; \
	VPAND    T, U, U; \
	VPOR     U, R, R

// NEWLINES adds one to the byte of Y4 for each '\n' among the 32 bytes
// at off(SI) (a match is -1, so VPSUBB adds it). T is scratch.
#define NEWLINES(off, T) \
	VPCMPEQB off(SI), Y2, T; \
	VPSUBB   T, Y4, Y4

// NEWLINES64 is NEWLINES for the 64 bytes at SI, with one VPSUBB: each
// byte of Y4 gains at most 2. T and U are scratch.
#define NEWLINES64(T, U) \
	VPCMPEQB (SI), Y2, T; \
	VPCMPEQB 32(SI), Y2, U; \
	VPADDB   U, T, T; \
	VPSUBB   T, Y4, Y4

// NEWLINEMASK sets R to the newlines among the 64 bytes at off(P), a bit
// each. It uses Y7 and T.
#define NEWLINEMASK(off, P, R, T) \
	VPCMPEQB  off(P), Y2, Y7; \
	VPMOVMSKB Y7, R; \
	VPCMPEQB  off+32(P), Y2, Y7; \
	VPMOVMSKB Y7, T; \
	SHLQ      $32, T; \
	ORQ       T, R

// FLUSH adds the byte counts of Y4 to R8; the caller clears them, when
// it goes on, before one of them can reach 256. It uses Y15 and AX.
#define FLUSH \
	VPSADBW      textZero<>(SB), Y4, Y4; \
	VEXTRACTI128 $1, Y4, X15; \
	VPADDQ       X15, X4, X4; \
	VPSHUFD      $0x4e, X4, X15; \
	VPADDQ       X15, X4, X4; \
	VMOVQ        X4, AX; \
	ADDQ         AX, R8

// RESULT writes i and lines for what was found at CX in the round at
// SI, whose newlines BX marks: it adds those before CX to R8 and flushes
// the byte counts into it, and leaves in BX those from CX on, where
// clear is looked for. It changes AX and DX.
#define RESULT \
	BZHIQ   CX, BX, DX; \
	ANDNQ   BX, DX, BX; \
	POPCNTQ DX, DX; \
	ADDQ    DX, R8; \
	FLUSH; \
	LEAQ    (SI)(CX*1), AX; \
	SUBQ    b_base+0(FP), AX; \
	MOVQ    AX, i+24(FP); \
	MOVQ    R8, lines+32(FP)

// func indexTextLinesAVX2(b []byte) (i, lines, clear int)
//
// It looks 64 bytes a round (then 32 once, if that many are left, then
// the last starts, fewer than 32, in one round that overlaps the one
// before) and first asks, with few instructions (CHEAP), whether any of
// them may start something. Only a round where one may does the exact
// test: where no byte has its high bit set, a look at the four bytes of
// the first mark, which mostly settles it; else, from what the loop's
// cheap test, CHEAPK, kept, on both halves at once, with no branch on
// which (a search ends in either about as often), and the pairs only
// where a byte has its high bit set. On the way it counts the newlines
// of every round it passes, two instructions for each 32 bytes, so that
// the scanner need not read the text again for line numbers: Y4 holds a
// count per byte lane, which FLUSH adds to R8 every 127 rounds. In the
// round where it finds something, it counts the newlines before it with
// POPCNT on a mask, and takes the first newline after it (clear) from
// that mask, or else from those of the two rounds after, with no branch
// on which of those holds it.
//
// On a dense log most calls end within a few rounds, and the guess that
// the loop goes on is wrong once a call: each branch after it that goes
// either way as the lines of the log do costs about as much again, and
// the longer the chain from the loop's loads to its exit branch, the
// later the wrong guess is found out.
TEXT ·indexTextLinesAVX2(SB), NOSPLIT, $0-48
	MOVQ b_base+0(FP), SI
	MOVQ b_len+8(FP), CX
	LEAQ -67(SI)(CX*1), R10  // the last start of a 64-byte round
	LEAQ -192(SI)(CX*1), R13 // the last round with two more after it
	XORQ R8, R8              // newlines counted
	VMOVDQU textFold<>(SB), Y0
	VMOVDQU textC<>(SB), Y1
	VMOVDQU textNL<>(SB), Y2
	VMOVDQU textD<>(SB), Y3
	VMOVDQU textBrace<>(SB), Y9
	VPXOR   Y4, Y4, Y4
	CMPQ    CX, $67
	JB      small

	// The rounds up to R11 may add at most 2*127 to a byte of Y4: then
	// FLUSH. No round starts past R10.
	LEAQ    (126*64)(SI), R11
	CMPQ    R11, R10
	CMOVQHI R10, R11

loop:
	// The marks of the two halves, ORed as a tree: the loop's last round
	// is mostly a wrong guess, found out only when the VPMOVMSKB is done.
	CHEAPK(0, Y7, Y8, Y14, Y5, Y6)
	CHEAPK(32, Y11, Y12, Y13, Y10, Y15)
	VPOR      Y5, Y10, Y13
	VPOR      Y8, Y12, Y14
	VPOR      Y13, Y14, Y13
	VPTEST    textHigh<>(SB), Y13 // ZF: no byte has its high bit set
	JNZ       exact

count:
	NEWLINES64(Y7, Y8)
	ADDQ    $64, SI
	CMPQ    SI, R11
	JBE     loop
	FLUSH                  // and on to the next block of rounds, if any
	VPXOR   Y4, Y4, Y4
	LEAQ    (126*64)(SI), R11
	CMPQ    R11, R10
	CMOVQHI R10, R11
	CMPQ    SI, R11
	JBE     loop
	JMP     half

exact:
	// The exact test of the round the cheap one marked. In a round with
	// no byte with its high bit set, as in most logs, the first mark is
	// mostly what is looked for: a '{' or '[', or the "code" that its 'c'
	// and 'd' start. A look at its four bytes tells, with no branch on
	// which it is (a dense log mixes them line by line), for fewer
	// instructions than the vector test, which takes the rest: a round
	// with high bits, for the pairs, or a first mark that is no "code".
	VPOR      Y7, Y11, Y7
	VPTEST    textHigh<>(SB), Y7
	JNZ       wide
	VPOR      Y5, Y6, Y7
	VPOR      Y10, Y15, Y11
	VPMOVMSKB Y7, AX
	VPMOVMSKB Y11, BX
	SHLQ      $32, BX
	ORQ       BX, AX
	TZCNTQ    AX, CX
	MOVL      (SI)(CX*1), DX
	ORL       $0x20202020, DX
	MOVL      $0x65646f63, R12 // "code"
	CMPB      DX, $0x7b
	CMOVLEQ   R12, DX          // '{' or '[': as good as "code"
	CMPL      DX, R12
	JEQ       hit

	// The vector test: "code" from the 'c' and 'd' CHEAPK kept.
	CODEK(0, Y5, Y6, Y13)
	CODEK(32, Y10, Y15, Y14)

marks:
	VPMOVMSKB Y5, AX
	VPMOVMSKB Y10, BX
	SHLQ      $32, BX
	ORQ       BX, AX
	JZ        count        // nothing after all
	TZCNTQ    AX, CX

hit:
	// What was found is at CX in the round at SI: count the newlines
	// before it, and take clear, as after most mentions, from the first
	// newline after it in the rest of the round.
	NEWLINEMASK(0, SI, BX, DX)
	RESULT
	TZCNTQ  BX, DX
	JCS     far
	ADDQ    SI, DX
	SUBQ    b_base+0(FP), DX
	MOVQ    DX, clear+40(FP)
	VZEROUPPER
	RET

far:
	// Else, as after most JSON bodies, it is among the next 64 bytes',
	// else among the 64 after (TZCNT gives 64 where there is none, LEAQ
	// keeps its flags), or the end of those: at least 128 bytes on, past
	// the line end of most bodies (a dense log's are 85 to 103 bytes past
	// their '{'), where their line number is asked for next. With no
	// branch on which holds it. The branch on whether the round holds it
	// goes either way as the lines of a log do, but is mostly guessed
	// right from the branches before it (a JSON body or a mention): with
	// none, the masks of the rounds after cost more (BenchmarkTextSkips).
	CMPQ    SI, R13
	JA      near        // b ends before the rounds after do
	NEWLINEMASK(64, SI, R11, DX)
	NEWLINEMASK(128, SI, R12, DX)
	TZCNTQ  R12, R12
	LEAQ    128(R12), R12
	TZCNTQ  R11, R11
	LEAQ    64(R11), R11
	CMOVQCS R12, R11
	ADDQ    SI, R11
	SUBQ    b_base+0(FP), R11
	MOVQ    R11, clear+40(FP)
	VZEROUPPER
	RET

near:
	// b ends before the rounds after do: the round's end (BX holds no
	// newline from CX on).
	LEAQ 64(SI), R9
	JMP  clear

wide:
	// The vector test with the pairs, in a round with high bits. In
	// text with many, as Chinese text is, nearly every round has them,
	// and nearly none a 'c' with a 'd' two on: then the marks start with
	// the '{' and '[' alone, with no test for "code".
	VPOR    Y5, Y10, Y13
	VPTEST  Y13, Y13
	JNZ     widecode
	VMOVDQA Y6, Y5
	VMOVDQA Y15, Y10

widepairs:
	VMOVDQU textPairs<>(SB), Y6
	PAIRS(0, Y5, Y7, Y8)
	PAIRS(32, Y10, Y11, Y12)
	JMP     marks

widecode:
	CODEK(0, Y5, Y6, Y13)
	CODEK(32, Y10, Y15, Y14)
	JMP widepairs

half:
	LEAQ 64(R10), DX       // the end of the starts to look at

halfdx:
	CMPQ SI, DX
	JAE  none
	LEAQ 32(SI), R9
	CMPQ R9, DX
	JA   last              // fewer than 32 starts left
	CHEAP(0, Y7, Y8, Y14)
	VPMOVMSKB Y8, AX
	TESTL     AX, AX
	JZ        halfcount
	EXACT(0, AX)
	TESTQ  AX, AX
	JZ     halfcount
	VPCMPEQB  (SI), Y2, Y7
	VPMOVMSKB Y7, BX
	JMP       found

halfcount:
	NEWLINES(0, Y7)
	ADDQ $32, SI
	CMPQ SI, DX
	JAE  none

last:
	// Fewer than 32 starts are left, from SI to DX: look at the 32 that
	// end at DX, which len(b) >= 35 allows, with the marks of the CX
	// starts before SI, already looked at, cleared.
	MOVQ      SI, CX
	LEAQ      -32(DX), SI
	MOVQ      DX, R9
	SUBQ      SI, CX
	VPCMPEQB  (SI), Y2, Y7
	VPMOVMSKB Y7, BX
	SHRQ      CX, BX
	SHLQ      CX, BX
	CHEAP(0, Y7, Y8, Y14)
	VPMOVMSKB Y8, AX
	SHRQ      CX, AX
	SHLQ      CX, AX
	JZ        lastcount
	EXACT(0, AX)
	SHRQ      CX, AX
	SHLQ      CX, AX
	JNZ       found

lastcount:
	POPCNTQ BX, BX
	ADDQ    BX, R8

none:
	FLUSH
	VZEROUPPER
	MOVQ $-1, i+24(FP)
	MOVQ R8, lines+32(FP)
	MOVQ $0, clear+40(FP)
	RET

found:
	// AX marks what was found and BX the newlines, in the round at SI,
	// all in b up to R9, where the round ends (BX marks none past it):
	// count those before the first mark, and find the first after it.
	TZCNTQ  AX, CX
	RESULT

clear:
	// clear: the first newline in BX, or R9 if there is none (TZCNT
	// gives 64 then, past R9).
	SUBQ    SI, R9
	TZCNTQ  BX, BX
	CMPQ    BX, R9
	CMOVQHI R9, BX
	ADDQ    SI, BX
	SUBQ    b_base+0(FP), BX
	MOVQ    BX, clear+40(FP)
	VZEROUPPER
	RET

small:
	// Fewer than 64 starts: one round of 32 and the last starts, or only
	// the last.
	LEAQ 64(R10), DX       // the end of the starts to look at
	CMPQ CX, $35
	JAE  halfdx

	// Fewer than 32 starts, len(b)-3 of them: one round, which reads 35
	// bytes, more than b holds, but never past the page (of 4096 bytes)
	// that b starts or ends in, which is there as b is; the marks of
	// what is not in b are cleared. It reads from b's start if the page
	// goes on far enough, else up to b's end, as last does.
	CMPQ CX, $4
	JB   none
	MOVL SI, AX
	ANDL $4095, AX
	CMPL AX, $(4096-35)
	JA   last
	SUBQ      $3, CX
	LEAQ      (SI)(CX*1), R9
	MOVQ      $1, R11
	SHLQ      CX, R11
	DECQ      R11          // the marks of the starts in b
	EXACT(0, AX)
	VPCMPEQB  (SI), Y2, Y7
	VPMOVMSKB Y7, BX
	ANDQ      R11, BX
	ANDQ      R11, AX
	JNZ       found
	POPCNTQ   BX, BX
	ADDQ      BX, R8
	JMP       none

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
