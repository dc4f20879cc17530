// BYTES32 defines name as the 8-byte word w four times over, 32 bytes:
// the constants the AVX2 code of bytes_amd64.s and jsonfast_amd64.s
// loads whole, a byte repeated.
#define BYTES32(name, w) \
	DATA name<>+0(SB)/8, $w \
	DATA name<>+8(SB)/8, $w \
	DATA name<>+16(SB)/8, $w \
	DATA name<>+24(SB)/8, $w \
	GLOBL name<>(SB), RODATA|NOPTR, $32
