#!/usr/bin/env bash
# Writes cmd/errcode/default.pgo, the CPU profile that go build, go run and
# go install use to optimize the errcode command (profile-guided
# optimization: hot calls inlined past the usual budget, the scanner's
# hand-off to the collector called directly). It builds the command
# without a profile, runs it on generated logs in the modes people use
# (-summary on a dense and a sparse log, explain and -json on the dense
# one) with ERRCODE_CPUPROFILE set, and merges the profiles.
#
# Run it after a change to the scanner or the collector, and commit the new
# default.pgo with the change. A stale profile costs only speed: the
# compiler ignores what no longer matches the code.
#
# Usage: cmd/errcode/bench/pgo.sh   (from anywhere in the repository)
# Environment: SIZE (bytes of each log, default 536870912 = 512 MiB),
# TMPDIR for the files (about 1 GiB). It needs Go and bash.
set -euo pipefail
cd "$(dirname "$0")/../../.."

size=${SIZE:-536870912}
work=$(mktemp -d "${TMPDIR:-/tmp}/errcode-pgo.XXXXXX")
trap 'rm -rf "$work"' EXIT

go build -pgo=off -o "$work/errcode" ./cmd/errcode
go run ./cmd/errcode/bench/testdata/genlog -kind dense -size "$size" >"$work/dense.log"
go run ./cmd/errcode/bench/testdata/genlog -kind sparse -size "$size" >"$work/sparse.log"

# profile NAME ARGS... runs the command once with a profile into NAME.
profile() {
	local name=$1
	shift
	ERRCODE_CPUPROFILE="$work/$name.pprof" "$work/errcode" "$@" >/dev/null || [ $? = 1 ]
}
for i in 1 2 3 4 5 6 7 8; do
	profile "summary-dense-$i" -summary -f "$work/dense.log"
done
for i in 1 2 3 4; do
	profile "summary-sparse-$i" -summary -f "$work/sparse.log"
done
profile explain-dense -f "$work/dense.log"
profile json-dense -json -f "$work/dense.log"
profile summary-json-dense -summary -json -f "$work/dense.log"

go tool pprof -proto "$work"/*.pprof >"$work/merged.pgo" 2>/dev/null
mv "$work/merged.pgo" cmd/errcode/default.pgo
go tool pprof -top cmd/errcode/default.pgo 2>/dev/null | sed -n '1,/flat%/p' | grep -E 'Duration|Total samples' || true
echo "wrote cmd/errcode/default.pgo"
