package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// profileEnv names the environment variable that makes the command write
// a CPU profile of its run to the file it names. It is for maintainers:
// bench/pgo.sh runs the command on generated logs with it and merges the
// profiles into default.pgo, which go build, go run and go install then
// use for profile-guided optimization of this command (see
// CONTRIBUTING.md). Users need not know of it, so it is no flag.
const profileEnv = "ERRCODE_CPUPROFILE"

// startProfile starts a CPU profile into the file path names, if it names
// one, and returns the function that stops it. A profile that cannot be
// written is reported on stderr and the run goes on without it.
func startProfile(path string, stderr io.Writer) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		if err = pprof.StartCPUProfile(f); err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "errcode: %s: %v\n", profileEnv, err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(stderr, "errcode: %s: %v\n", profileEnv, err)
		}
	}
}
