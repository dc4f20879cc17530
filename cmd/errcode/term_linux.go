//go:build linux

package main

import (
	"syscall"
	"unsafe"
)

// isTerminalFd reports whether fd is a terminal: only a terminal answers
// the request for its settings.
func isTerminalFd(fd uintptr) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}
