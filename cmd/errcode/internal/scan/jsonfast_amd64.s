#include "go_asm.h"
#include "textflag.h"
#include "bytes32_amd64.h"

// The constants of jsonMasksAVX2, each a byte 32 times over: loading
// them costs one instruction each, where setting them from a register
// took three.

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

// QUOTES sets Rqb to the quotes of Rq before the first stop of Rs that
// is not a quote (see plainQuotes); it changes DX.
#define QUOTES(Rq, Rs, Rqb) \
	MOVQ  Rq, DX; \
	NOTQ  DX; \
	ANDQ  Rs, DX; \
	MOVQ  DX, Rqb; \
	NEGQ  Rqb; \
	ANDQ  DX, Rqb; \
	DECQ  Rqb; \
	ANDQ  Rq, Rqb

// REFILL takes the block at AX from the pair, as plainMembers does with
// fromPair, when the pair covers it, it is not the block's start
// already and limit is 64 bytes on or more; else it goes to stop. It
// sets R9 to the new base, and R10 to its quotes as QUOTES does, going
// to stop when there are none; it changes CX, DX and R13.
#define REFILL \
	MOVQ    AX, CX; \
	SUBQ    blockMasks_pairBase(R11), CX; \
	CMPQ    CX, $64; \
	JAE     stop; \
	CMPQ    AX, blockMasks_base(R11); \
	JEQ     stop; \
	MOVQ    R8, DX; \
	SUBQ    AX, DX; \
	CMPQ    DX, $64; \
	JLT     stop; \
	MOVQ    AX, R9; \
	MOVQ    AX, blockMasks_base(R11); \
	MOVQ    (blockMasks_pair+maskPair_quote)(R11), R13; \
	SHRQ    CX, R13; \
	XORQ    $63, CX; \
	MOVQ    (blockMasks_pair+maskPair_quote+8)(R11), DX; \
	SHLQ    $1, DX; \
	SHLQ    CX, DX; \
	ORQ     DX, R13; \
	MOVQ    R13, blockMasks_quote(R11); \
	MOVQ    (blockMasks_pair+maskPair_stop+8)(R11), DX; \
	SHLQ    $1, DX; \
	SHLQ    CX, DX; \
	XORQ    $63, CX; \
	MOVQ    (blockMasks_pair+maskPair_stop)(R11), R10; \
	SHRQ    CX, R10; \
	ORQ     DX, R10; \
	ORQ     R13, R10; \
	MOVQ    R10, blockMasks_stop(R11); \
	QUOTES(R13, R10, R10); \
	MOVQ    (blockMasks_pair+maskPair_text)(R11), DX; \
	SHRQ    CX, DX; \
	XORQ    $63, CX; \
	MOVQ    (blockMasks_pair+maskPair_text+8)(R11), R13; \
	SHLQ    $1, R13; \
	SHLQ    CX, R13; \
	ORQ     R13, DX; \
	MOVQ    DX, blockMasks_text(R11); \
	TESTQ   R10, R10; \
	JZ      stop

// func plainWalk(b *byte, limit, p int, bm *blockMasks, opts uint64, s *scanner, f *frame) (q int, whole bool)
//
// It takes the members from the key whose '"' is at b[p] on, as
// plainMembers takes them, with their quotes from the masks of bm, while
// each is a key that does nothing as a key (below keyLevel) and either
// a string of text (opts) or a code member's number of one to seven
// digits, which it keeps in its slot of f as plainMembers does (a slot
// unused, with no detail's bytes to drop: nothing it writes is a
// pointer). It returns the '"' of the first key it does not take, or,
// with whole, where the last value it took ends when what follows is
// not a ',' and a key. It changes nothing but what those members
// change, and bm's block, which it takes from the pair as plainMembers
// would.
//
// Registers: DI b, R8 limit, SI the key's '"', R9 the block's base, R10
// its quotes from the next one on (qb), R11 bm, R12 opts; AX, BX, CX,
// DX and R13 for the member at hand. A code member's number takes R11
// and SI too, and two words of the frame.
TEXT ·plainWalk(SB), NOSPLIT, $16-65
	MOVQ b+0(FP), DI
	MOVQ limit+8(FP), R8
	MOVQ p+16(FP), SI
	MOVQ bm+24(FP), R11
	MOVQ opts+32(FP), R12

	// qb from the key's '"' on, if the block holds it; else none, and
	// the loop takes a block at the key.
	MOVQ blockMasks_base(R11), R9
	XORL R10, R10
	MOVQ SI, CX
	SUBQ R9, CX
	CMPQ CX, $64
	JAE  loop
	MOVQ blockMasks_quote(R11), R13
	SHRQ CX, R13
	SHLQ CX, R13
	MOVQ blockMasks_stop(R11), AX
	SHRQ CX, AX
	SHLQ CX, AX
	QUOTES(R13, AX, R10)

loop:
	// The key's opening quote, the lowest of qb.
	LEAQ -1(R10), AX
	ANDQ AX, R10
	JZ   keyblock

key:
	// Its closing quote at DX, n = the key's length in BX: 2 to 14.
	BSFQ R10, DX
	ADDQ R9, DX
	MOVQ DX, BX
	SUBQ SI, BX
	DECQ BX
	LEAQ -2(BX), AX
	CMPQ AX, $12
	JA   stop
	LEAQ -1(R10), AX
	ANDQ AX, R10

	// ':' and the value's first byte, before limit.
	LEAQ 2(DX), AX
	CMPQ AX, R8
	JGE  stop
	CMPB 1(DI)(DX*1), $0x3a
	JNE  stop

	// keyKind: the key's first word in AX, masked to it, and its last
	// 8 bytes in R13 when it is longer.
	MOVQ 1(DI)(SI*1), AX
	LEAQ ·keyLoMasks(SB), R13
	ANDQ (R13)(BX*8), AX
	XORL R13, R13
	CMPQ BX, $8
	JLE  hash
	MOVQ -8(DI)(DX*1), R13

hash:
	MOVQ  $0x2020202020202020, CX
	ORQ   AX, CX
	XORQ  BX, CX
	MOVQ  $const_keyHashMul, DX
	IMULQ DX, CX
	SHRQ  $58, CX
	IMULQ $keyEntry__size, CX
	LEAQ  ·keyTable(SB), DX
	ADDQ  CX, DX
	MOVQ  AX, CX
	ORQ   keyEntry_loFold(DX), CX
	CMPQ  CX, keyEntry_lo(DX)
	JNE   other
	MOVQ  R13, CX
	ORQ   keyEntry_hiFold(DX), CX
	CMPQ  CX, keyEntry_hi(DX)
	JNE   other
	MOVBQZX keyEntry_n(DX), CX
	CMPQ  CX, BX
	JNE   other
	MOVBQZX keyEntry_key(DX), CX
	JMP   kind

other:
	XORL CX, CX

kind:
	// CX is the key's kind. A key from keyLevel on does something as a
	// key: Go takes it. DX is the key's closing quote again.
	CMPQ    CX, $const_keyLevel
	JAE     stop
	LEAQ    1(SI)(BX*1), DX
	CMPB    2(DI)(DX*1), $0x22
	JNE     number

	// A string: one that is not text goes to stringValue, and Go
	// takes it. BL says whether it may be scanned one level up.
	BTQ   CX, R12
	JCC   stop
	LEAQ  3(DX), AX // the string's content
	ADDQ  $const_scanShift, CX
	BTQ   CX, R12
	SETCS BL

	// The string's opening quote, then its closing one at DX.
	LEAQ -1(R10), DX
	ANDQ DX, R10
	JZ   valblock

val:
	BSFQ R10, DX
	ADDQ R9, DX
	LEAQ -1(R10), R13
	ANDQ R13, R10

	// noText, where the string may be scanned: no byte of the text
	// mask in its content, which the block holds.
	TESTB BL, BL
	JZ    tail
	MOVQ  DX, R13
	SUBQ  AX, R13
	CMPQ  R13, $const_minScan
	JLT   tail
	MOVQ  AX, CX
	SUBQ  R9, CX
	MOVQ  blockMasks_text(R11), BX
	SHRQ  CX, BX
	MOVQ  R13, CX
	MOVL  $1, R13
	SHLQ  CX, R13
	DECQ  R13
	TESTQ R13, BX
	JNZ   stop

tail:
	// A ',' and the next key's '"' before limit, or the end.
	LEAQ 3(DX), CX
	CMPQ CX, R8
	JGT  whole
	MOVWQZX 1(DI)(DX*1), CX
	CMPQ CX, $0x222c
	JNE  whole
	LEAQ 2(DX), SI
	JMP  loop

number:
	// A code member (code keys are 1, 3 and 5, of slots 0, 1 and 2)
	// and its number: the slot at slot-8(SP), the number's start in
	// AX, the word of its digits in R13, their count in DX (digitRun),
	// then their value in R13 (parseDigits), and eol-16(SP) whether a
	// line end follows it.
	TESTQ   $1, CX
	JZ      stop
	CMPQ    CX, $5
	JA      stop
	SHRQ    $1, CX
	MOVQ    CX, slot-8(SP)
	LEAQ    2(DX), AX
	LEAQ    8(AX), BX
	CMPQ    BX, R8
	JGT     stop
	MOVBQZX (DI)(AX*1), BX
	SUBQ    $0x31, BX
	CMPQ    BX, $9
	JAE     stop
	MOVQ    (DI)(AX*1), R13
	MOVQ    $0x7f7f7f7f7f7f7f7f, CX
	ANDQ    R13, CX
	MOVQ    $0x4646464646464646, DX
	ADDQ    CX, DX
	MOVQ    $0x5050505050505050, BX
	ADDQ    BX, CX
	NOTQ    CX
	ORQ     CX, DX
	ORQ     R13, DX
	MOVQ    $0x8080808080808080, CX
	ANDQ    CX, DX
	BSFQ    DX, DX
	JZ      stop // eight digits or more
	SHRQ    $3, DX
	LEAQ    (AX)(DX*1), BX
	MOVBQZX (DI)(BX*1), CX
	CMPB    CL, $0x2e
	JEQ     stop
	CMPB    CL, $0x65
	JEQ     stop
	CMPB    CL, $0x45
	JEQ     stop
	CMPB    CL, $0x0a
	SETEQ   BL
	CMPB    CL, $0x0d
	SETEQ   CL
	ORB     CL, BL
	MOVB    BL, eol-16(SP)
	MOVQ    $0x3030303030303030, BX
	SUBQ    BX, R13
	MOVQ    DX, CX
	SHLQ    $3, CX
	NEGQ    CX
	ADDQ    $64, CX
	SHLQ    CX, R13
	LEAQ    (R13)(R13*4), BX
	SHLQ    $1, BX
	SHRQ    $8, R13
	ADDQ    BX, R13
	MOVQ    $0x00ff00ff00ff00ff, BX
	ANDQ    BX, R13
	IMUL3Q  $100, R13, BX
	SHRQ    $16, R13
	ADDQ    BX, R13
	MOVQ    $0x0000ffff0000ffff, BX
	ANDQ    BX, R13
	IMUL3Q  $10000, R13, BX
	SHRQ    $32, R13
	ADDQ    BX, R13
	MOVL    R13, R13

	// The slot, at CX: unused, with no detail's bytes to drop; R11
	// takes f's used with its bit.
	MOVQ    f+48(FP), BX
	MOVQ    slot-8(SP), CX
	MOVBQZX (frame_frameHead+frameHead_used)(BX), R11
	BTQ     CX, R11
	JCS     stop
	BTSQ    CX, R11
	IMUL3Q  $slot__size, CX, CX
	LEAQ    frame_slots(BX)(CX*1), CX
	CMPQ    slot_detail(CX), $0
	JNE     stop

	// The line, as lineAt's usual case, in BX; 0 without lines.
	XORL    BX, BX
	BTQ     $32, R12
	JCC     keep
	MOVQ    s+40(FP), BX
	CMPQ    AX, scanner_linePos(BX)
	JLT     stop
	CMPQ    AX, scanner_lineClear(BX)
	JGT     stop
	MOVQ    AX, scanner_linePos(BX)
	MOVQ    scanner_line(BX), BX

keep:
	// What f.slot and plainMembers write, none of it a pointer.
	MOVQ    f+48(FP), SI
	MOVB    R11B, (frame_frameHead+frameHead_used)(SI)
	MOVQ    $1, slot_n(CX)
	MOVQ    $0, (slot_info+8)(CX)
	MOVB    $0, slot_hasInfo(CX)
	MOVB    $0, slot_infoMore(CX)
	MOVB    $0, slot_message(CX)
	MOVQ    $0, (slot_detail+8)(CX)
	MOVB    $0, slot_cleaned(CX)
	MOVL    R13, (slot_codes+pendingCode_code)(CX)
	MOVQ    BX, (slot_codes+pendingCode_line)(CX)
	MOVB    $0, (slot_codes+pendingCode_cut)(CX)
	MOVBQZX eol-16(SP), BX
	MOVB    BL, (slot_codes+pendingCode_eol)(CX)
	MOVQ    bm+24(FP), R11

	// A ',' and the next key's '"' before limit, or the end.
	ADDQ    DX, AX
	LEAQ    2(AX), BX
	CMPQ    BX, R8
	JGT     numend
	CMPW    (DI)(AX*1), $0x222c
	JNE     numend
	LEAQ    1(AX), SI
	JMP     loop

numend:
	MOVQ AX, q+56(FP)
	MOVB $1, whole+64(FP)
	RET

whole:
	INCQ DX
	MOVQ DX, q+56(FP)
	MOVB $1, whole+64(FP)
	RET

stop:
	MOVQ SI, q+56(FP)
	MOVB $0, whole+64(FP)
	RET

keyblock:
	// No quote left in the block: a block at the key's content.
	LEAQ 1(SI), AX
	REFILL
	JMP key

valblock:
	// The same at the string's content, in AX.
	REFILL
	JMP val
