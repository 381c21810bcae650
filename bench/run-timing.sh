#!/usr/bin/env bash
# The reference run: `java -jar target/mplus-tck.jar run` (both vendors, every scenario, HtmlUnit) on the
# built-in reference bridge, timed from before the JVM starts to its exit. Each output line is stamped as
# it arrives (perl's Time::HiRes), which gives, per run:
#   - the wall time and wall ÷ scenarios;
#   - warm wall per scenario: the time between the WARM_SKIP-th (default 20) and the last progress line,
#     divided by the scenarios finished in it: what a scenario costs the run once the JVM is warm, with the
#     run's threads (default: twice the cores) sharing the machine;
#   - the median of the times the progress lines end with ("(N ms)"): one scenario's own duration, which
#     grows with the threads sharing the cores.
# Builds nothing:
#   mvn -B -DskipTests package && bash bench/run-timing.sh [RUNS]   (default 3; JAVA_OPTS passed to java,
#   RUN_ARGS to run, e.g. RUN_ARGS="--threads 1")
# Goal: whole run <= 15 s wall including JVM start, <= 20 ms per scenario once warm.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS=${1:-3}
WARM_SKIP=${WARM_SKIP:-20}
need "$KIT_JAR"
command -v perl >/dev/null || { echo "needs perl (apt-get install -y perl)" >&2; exit 2; }
machine
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
walls=()
warms=()
for i in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  rc=0
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$KIT_JAR" run ${RUN_ARGS:-} --report-dir "$out/reports" 2>&1 \
    | perl -MTime::HiRes=time -ne 'printf "%.3f %s", time, $_' >"$out/run.log" || rc=$?
  wall=$((($(date +%s%N) - t0) / 1000000))
  walls+=("$wall")
  grep -E '^[0-9.]+ +[0-9]+ [A-Z-]+ ' "$out/run.log" >"$out/progress" || true
  n=$(wc -l <"$out/progress")
  [ "$n" -gt "$WARM_SKIP" ] || { echo "run $i: exit $rc, $n progress lines:"; tail -5 "$out/run.log"; exit 1; }
  sed -n 's/.*(\([0-9]*\) ms)$/\1/p' "$out/progress" >"$out/times"
  median_own=$(tail -n +"$((WARM_SKIP + 1))" "$out/times" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  warm=$(awk -v skip="$WARM_SKIP" 'NR == skip { t = $1 } { last = $1 } END { printf "%.1f", (last - t) * 1000 / (NR - skip) }' "$out/progress")
  warms+=("$warm")
  printf 'run %d: exit %d, %d scenarios, wall %.1f s including JVM start = %.0f ms per scenario;' \
    "$i" "$rc" "$n" "$(echo "$wall / 1000" | bc -l)" "$(echo "$wall / $n" | bc -l)"
  echo " once warm (after the first $WARM_SKIP) $warm ms of wall per scenario; one scenario's own duration, median $median_own ms"
  grep -E '^[0-9.]+ [0-9]+ scenarios in' "$out/run.log" | cut -d' ' -f2- | sed 's/^/       the run says: /'
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf 'median over %d runs: wall %.1f s (goal <= 15 s); once warm %s ms of wall per scenario (goal <= 20 ms)\n' \
  "$RUNS" "$(echo "$(median "${walls[@]}") / 1000" | bc -l)" "$(median "${warms[@]}")"
