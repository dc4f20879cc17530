//go:build !linux && !darwin && !dragonfly && !freebsd && !netbsd && !openbsd && !windows

package main

// isTerminalFd reports false: on this system the command cannot tell a
// terminal, so it takes every standard input as one to read.
func isTerminalFd(uintptr) bool { return false }
