#!/usr/bin/env bash
# Benchmark of the errcode command against the grep pipeline an engineer
# would type instead, on the same generated logs in the same run:
#
#   grep -oE 'ErrorCode[": =]*[0-9]+' | grep -oE '[0-9]+$' | sort | uniq -c
#
# It also times wc -l on each file, the floor no scanner can pass, checks
# that the pipeline and errcode -summary count the same codes, checks the
# speed goals (errcode -summary at least 1.0x the pipeline's speed on the
# dense log and 0.5x on the sparse one), measures the CPU time (user+sys)
# of errcode -summary and of errcode's explain mode against wc -l's and
# checks the goals for -summary (at most 1.5x wc -l's CPU time on the
# sparse log, 3x on the dense one), times the hostile input that once took
# 724 s, and, unless BIG=0, explains a 1 GiB log in one pass and checks
# that errcode's peak resident memory stays within 64 MiB.
#
# Usage: cmd/errcode/bench/run.sh   (from anywhere in the repository)
# Environment: SIZE (bytes of each log, default 134217728 = 128 MiB),
# ROUNDS (timed runs of each command, default 5; the median counts),
# BIG=0 to skip the 1 GiB run, TMPDIR for the files (about 1.3 GiB).
# It needs Go, bash, GNU grep, sort, uniq and wc; nothing else.
set -euo pipefail
cd "$(dirname "$0")/../../.."

size=${SIZE:-134217728}
rounds=${ROUNDS:-5}
big=${BIG:-1}
work=$(mktemp -d "${TMPDIR:-/tmp}/errcode-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

go build -o "$work/errcode" ./cmd/errcode
go build -o "$work/genlog" ./cmd/errcode/bench/testdata/genlog

# now_ns prints the time in nanoseconds.
now_ns() { date +%s%N; }

# cpu_ms runs a command line once and prints the CPU time it took, user
# plus system, in milliseconds; its output goes to /dev/null.
cpu_ms() {
	local TIMEFORMAT='%3U %3S' t
	t=$({ time eval "$1" >/dev/null 2>&1; } 2>&1) || true
	awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d", (a[1] + a[2]) * 1000 + 0.5 }'
}

# median prints the median of its arguments.
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

# median_ms runs a command line ROUNDS times and prints its median time
# in milliseconds; its output goes to /dev/null.
median_ms() {
	local times=() t0 t1
	for ((i = 0; i < rounds; i++)); do
		t0=$(now_ns)
		bash -c "$1" >/dev/null 2>&1 || true
		t1=$(now_ns)
		times+=($(((t1 - t0) / 1000000)))
	done
	printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((rounds + 1) / 2))p"
}

pipeline="grep -oE 'ErrorCode[\": =]*[0-9]+' FILE | grep -oE '[0-9]+\$' | sort | uniq -c"

echo "machine: $(nproc) cores, $(uname -sm), $(go version | cut -d' ' -f3), locale ${LC_ALL:-${LANG:-C}}"
echo "log size: $size bytes; median of $rounds runs each"
echo
printf '%-7s %10s %10s %10s %10s %8s %6s\n' log "wc -l" pipeline errcode "MB/s" ratio goal
status=0
cpu_rows=()
for kind in dense sparse; do
	f="$work/$kind.log"
	"$work/genlog" -kind "$kind" -size "$size" >"$f"
	cat "$f" >/dev/null # into the page cache, for every command alike

	# Both must count the same codes.
	want=$(grep -oE 'ErrorCode[": =]*[0-9]+' "$f" | grep -oE '[0-9]+$' | sort | uniq -c | awk '{print $2, $1}' | sort)
	got=$("$work/errcode" -summary -json -f "$f" | tr -d ' \n' | grep -oE '"code":-?[0-9]+,"count":[0-9]+' |
		sed -E 's/"code":(-?[0-9]+),"count":([0-9]+)/\1 \2\n/g' | sed '/^$/d' | sort)
	if [ "$want" != "$got" ]; then
		echo "$kind: errcode -summary and the pipeline count differently" >&2
		diff <(echo "$want") <(echo "$got") >&2 || true
		status=1
	fi

	wc_ms=$(median_ms "wc -l '$f'")
	# The two contenders alternate, round by round, so drift hits both.
	p_times=() e_times=()
	for ((r = 0; r < rounds; r++)); do
		t0=$(now_ns); bash -c "${pipeline//FILE/\'$f\'}" >/dev/null; t1=$(now_ns)
		p_times+=($(((t1 - t0) / 1000000)))
		t0=$(now_ns); "$work/errcode" -summary -f "$f" >/dev/null || true; t1=$(now_ns)
		e_times+=($(((t1 - t0) / 1000000)))
	done
	p_ms=$(printf '%s\n' "${p_times[@]}" | sort -n | sed -n "$(((rounds + 1) / 2))p")
	e_ms=$(printf '%s\n' "${e_times[@]}" | sort -n | sed -n "$(((rounds + 1) / 2))p")
	goal=1.0
	[ "$kind" = sparse ] && goal=0.5
	ratio=$(awk -v p="$p_ms" -v e="$e_ms" 'BEGIN { printf "%.2f", p / (e > 0 ? e : 1) }')
	mbs=$(awk -v s="$size" -v e="$e_ms" 'BEGIN { printf "%.0f", s / 1e6 / ((e > 0 ? e : 1) / 1000) }')
	printf '%-7s %8sms %8sms %8sms %10s %7sx %5sx\n' "$kind" "$wc_ms" "$p_ms" "$e_ms" "$mbs" "$ratio" "$goal"
	if awk -v r="$ratio" -v g="$goal" 'BEGIN { exit !(r < g) }'; then
		echo "$kind: errcode -summary is below its goal of ${goal}x the pipeline's speed" >&2
		status=1
	fi

	# CPU time against wc -l, the three commands interleaved round by
	# round. A Go program starts in about 2 ms of CPU time, which counts.
	w_cpu=() s_cpu=() x_cpu=()
	for ((r = 0; r < rounds; r++)); do
		w_cpu+=($(cpu_ms "wc -l '$f'"))
		s_cpu+=($(cpu_ms "'$work/errcode' -summary -f '$f'"))
		x_cpu+=($(cpu_ms "'$work/errcode' -f '$f'"))
	done
	w=$(median "${w_cpu[@]}") s=$(median "${s_cpu[@]}") x=$(median "${x_cpu[@]}")
	cgoal=3
	[ "$kind" = sparse ] && cgoal=1.5
	sratio=$(awk -v a="$s" -v b="$w" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1) }')
	xratio=$(awk -v a="$x" -v b="$w" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1) }')
	cpu_rows+=("$(printf '%-7s %8sms %8sms %7sx %5sx %8sms %7sx' "$kind" "$w" "$s" "$sratio" "$cgoal" "$x" "$xratio")")
	if awk -v r="$sratio" -v g="$cgoal" 'BEGIN { exit !(r > g) }'; then
		echo "$kind: errcode -summary takes ${sratio}x the CPU time of wc -l, above its goal of ${cgoal}x" >&2
		status=1
	fi
	rm -f "$f"
done
echo "(ratio: the pipeline's time over errcode -summary's; above 1 errcode is faster)"
echo
echo "CPU time (user+sys), median of $rounds interleaved runs each:"
printf '%-7s %10s %10s %8s %6s %10s %8s\n' log "wc -l" "-summary" ratio goal explain ratio
printf '%s\n' "${cpu_rows[@]}"
echo "(ratio: errcode's CPU time over wc -l's; the goal is for -summary; explain is errcode with no flag)"

# The input that once took 724 s: a 4 MiB ErrorInfo, then repeated
# ErrorCode members, under 8 MiB in all.
echo
"$work/genlog" -kind hostile -size $((8 * 1024 * 1024 - 64)) >"$work/hostile.json"
h_ms=$(median_ms "'$work/errcode' -f '$work/hostile.json'")
h_sum_ms=$(median_ms "'$work/errcode' -summary -f '$work/hostile.json'")
echo "hostile (8 MiB, 4 MiB ErrorInfo then repeated ErrorCode): explain ${h_ms}ms, -summary ${h_sum_ms}ms"

# peak_rss_kib runs a command and prints its peak resident memory in KiB,
# from /proc while it runs (GNU time is not always installed).
peak_rss_kib() {
	"$@" >/dev/null 2>&1 &
	local pid=$! peak=0 rss
	while kill -0 "$pid" 2>/dev/null; do
		rss=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
		[ -n "$rss" ] && [ "$rss" -gt "$peak" ] && peak=$rss
		sleep 0.05
	done
	wait "$pid" || true
	echo "$peak"
}

if [ "$big" != 0 ]; then
	echo
	"$work/genlog" -kind dense -size $((1024 * 1024 * 1024)) >"$work/big.log"
	cat "$work/big.log" >/dev/null
	for mode in "-summary" "-json"; do
		t0=$(now_ns)
		kib=$(peak_rss_kib "$work/errcode" $mode -f "$work/big.log")
		t1=$(now_ns)
		echo "1 GiB dense log, errcode $mode: $(((t1 - t0) / 1000000))ms, peak resident ${kib} KiB"
		if [ "$kib" -gt $((64 * 1024)) ]; then
			echo "errcode $mode used more than 64 MiB on 1 GiB" >&2
			status=1
		fi
	done
fi
exit $status
