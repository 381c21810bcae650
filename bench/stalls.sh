#!/usr/bin/env bash
# Stalls on demand: runs the kit while the whole kit JVM (the vendor mock, the page engine and the kit's own
# threads alike) is frozen at random, with SIGSTOP / SIGCONT, for up to STALL_MAX_MS (default 1000) at a time,
# after a random gap of up to GAP_MAX_MS (default 1500): the bursts a loaded machine gives a process (other
# JVMs and browsers starting, GC, I/O). With --engine chromium the browser's processes are frozen with it.
#
#   bash bench/stalls.sh [RUNS]             the reference run (every scenario, both vendors) RUNS times
#                                           (default 10): how many scenarios each run got wrong
#   bash bench/stalls.sh --faulty [RUNS]    the timing faults of the corpus (never calls back, calls back
#                                           twice, slow on purpose) under the same stalls: each must still
#                                           be caught, on its rule, in every run
#
# Env: KIT_JAR (another build to compare, e.g. KIT_JAR=/tmp/before.jar), STALL_MAX_MS, GAP_MAX_MS, RUN_ARGS
# (passed to run, e.g. RUN_ARGS="--engine chromium"), STALLS=0 to run without stalls. Builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
FAULTY=
if [ "${1:-}" = --faulty ]; then
  FAULTY=1
  shift
fi
RUNS=${1:-10}
STALL_MAX_MS=${STALL_MAX_MS:-1000}
GAP_MAX_MS=${GAP_MAX_MS:-1500}
need "$KIT_JAR"
machine
echo "kit: $KIT_JAR; stalls: ${STALLS:-1} (each up to $STALL_MAX_MS ms, every 0-$GAP_MAX_MS ms)"
out=$(mktemp -d)
kit=
cleanup() {
  [ -z "$kit" ] || { pkill -CONT -P "$kit" 2>/dev/null || true; kill -CONT "$kit" 2>/dev/null || true; }
  rm -rf "$out"
}
trap cleanup EXIT

seconds() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# freeze PID : until PID exits, freezes it (and its children: a browser) at random; prints the frozen ms.
freeze() {
  local frozen=0 pause
  while kill -0 "$1" 2>/dev/null; do
    sleep "$(seconds $((RANDOM % (GAP_MAX_MS + 1))))"
    pause=$((RANDOM % (STALL_MAX_MS + 1)))
    kill -STOP "$1" 2>/dev/null || break
    pkill -STOP -P "$1" 2>/dev/null || true
    sleep "$(seconds "$pause")"
    pkill -CONT -P "$1" 2>/dev/null || true
    kill -CONT "$1" 2>/dev/null || true
    frozen=$((frozen + pause))
  done
  echo "$frozen"
}

# judge LOG ARGS… : one kit run under stalls; sets RC, FROZEN and WALL.
judge() {
  local log=$1 t0
  shift
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$KIT_JAR" run ${RUN_ARGS:-} --report-dir "$out/reports" "$@" >"$log" 2>&1 &
  kit=$!
  FROZEN=0
  if [ "${STALLS:-1}" != 0 ]; then
    freeze "$kit" >"$out/frozen" &
  fi
  RC=0
  wait "$kit" || RC=$?
  wait 2>/dev/null || true
  [ ! -s "$out/frozen" ] || FROZEN=$(cat "$out/frozen")
  : >"$out/frozen"
  kit=
  WALL=$((($(date +%s%N) - t0) / 1000000))
}

# verdicts LOG : the progress lines' verdicts, counted ("265 PASS, 3 FLAKY, …").
verdicts() {
  sed -n 's/^ *[0-9][0-9]* \([A-Z][A-Z-]*\) .*/\1/p' "$1" | sort | uniq -c | awk '{ printf "%s%d %s", s, $1, $2; s = ", " }'
}

if [ -z "$FAULTY" ]; then
  wrong_runs=0
  wrong_total=0
  for i in $(seq "$RUNS"); do
    judge "$out/run.log"
    wrong=$(grep -cE '^ *[0-9]+ (FAIL|TIMEOUT|HARNESS-ERROR) ' "$out/run.log" || true)
    [ "$wrong" = 0 ] || wrong_runs=$((wrong_runs + 1))
    wrong_total=$((wrong_total + wrong))
    printf 'run %2d: exit %d, wall %5.1f s, frozen %5.1f s; %s\n' "$i" "$RC" "$(echo "$WALL / 1000" | bc -l)" \
      "$(echo "$FROZEN / 1000" | bc -l)" "$(verdicts "$out/run.log")"
    grep -E '^ *[0-9]+ (FAIL|TIMEOUT|HARNESS-ERROR|FLAKY) ' "$out/run.log" | cut -c1-150 | sed 's/^/        /' || true
  done
  echo "reference bridge under stalls: $wrong_runs of $RUNS runs reported a scenario FAIL, TIMEOUT or" \
    "HARNESS-ERROR ($wrong_total in all), each one false: the reference bridge conforms, and unstalled it passes"
  exit 0
fi

# The corpus's timing faults: the file, its rule, and the verdict the suite must give.
compose() {
  cat mock-server/__files/mplus.js src/test/resources/bridges/corpus-lib.js \
    "src/test/resources/bridges/faulty/$1.js" >"$out/$1.js"
}
missed=0
for i in $(seq "$RUNS"); do
  # bridge, the rule it breaks, the verdict it must get, the scenarios that show it
  for case in "never-calls-back CALLBACK-01 TIMEOUT @rule:GET-IMTYPE-01" \
      "success-twice CALLBACK-01 FAIL @rule:SEND-CHAT-01" "slow-callback CALLBACK-01 TIMEOUT @rule:SEND-CHAT-02"; do
    set -- $case
    compose "$1"
    judge "$out/run.log" --bridge "$out/$1.js" --im-type 1 --tags "$4"
    caught=$(grep -cE "^ *[0-9]+ $3 " "$out/run.log" || true)
    on_rule=$(grep -c "$2 (MUST)" "$out/run.log" || true)
    status=caught
    if [ "$RC" != 1 ] || [ "$caught" = 0 ] || [ "$on_rule" = 0 ]; then
      status=MISSED
      missed=$((missed + 1))
    fi
    printf 'run %2d: %-17s exit %d, frozen %4.1f s: %s (%s)\n' "$i" "$1" "$RC" "$(echo "$FROZEN / 1000" | bc -l)" \
      "$status" "$(verdicts "$out/run.log")"
  done
done
echo "timing faults under stalls: $missed missed in $((RUNS * 3)) runs"
