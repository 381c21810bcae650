#!/usr/bin/env bash
# The reference run: `java -jar target/mplus-tck.jar run` (both vendors, every scenario, HtmlUnit) on the
# built-in reference bridge, timed from before the JVM starts to its exit. Prints per run the wall time,
# the scenario count, wall ÷ scenarios, and the median of the per-scenario times the progress lines end
# with ("(N ms)"): over all scenarios, and warm (without the first WARM_SKIP finished, default 20).
# Builds nothing:
#   mvn -B -DskipTests package && bash bench/run-timing.sh [RUNS]   (default 3; JAVA_OPTS passed to java)
# Goal: whole run <= 15 s wall including JVM start, <= 20 ms per scenario once warm.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-3}
WARM_SKIP=${WARM_SKIP:-20}
need "$KIT_JAR"
machine
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
walls=()
for i in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  rc=0
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$KIT_JAR" run --report-dir "$out/reports" >"$out/run.log" 2>&1 || rc=$?
  wall=$((($(date +%s%N) - t0) / 1000000))
  walls+=("$wall")
  sed -n 's/.*(\([0-9]*\) ms)$/\1/p' "$out/run.log" >"$out/times"
  n=$(wc -l <"$out/times")
  [ "$n" -gt 0 ] || { echo "run $i: exit $rc, no progress lines:"; tail -5 "$out/run.log"; exit 1; }
  median_all=$(sort -n "$out/times" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  median_warm=$(tail -n +"$((WARM_SKIP + 1))" "$out/times" | sort -n | awk '{ a[NR] = $1 } END { print (NR ? a[int((NR + 1) / 2)] : "n/a") }')
  printf 'run %d: exit %d, %d scenarios, wall %.1f s including JVM start = %.0f ms per scenario;' \
    "$i" "$rc" "$n" "$(echo "$wall / 1000" | bc -l)" "$(echo "$wall / $n" | bc -l)"
  echo " progress-line median ${median_all} ms, warm (after the first $WARM_SKIP) ${median_warm} ms"
  grep -E '^[0-9]+ scenarios in' "$out/run.log" | sed 's/^/       the run says: /'
done
printf '%s\n' "${walls[@]}" | sort -n | awk -v runs="$RUNS" '{ a[NR] = $1 } END {
  printf "median wall over %d runs: %.1f s (goal <= 15 s); per-scenario goal <= 20 ms once warm\n", runs, a[int((NR + 1) / 2)] / 1000 }'
