#!/usr/bin/env bash
# The reference run whole (1 shard) against the same run as N shards (default 3) merged: the shards run one after
# another here, each alone on the machine as it would be on its own CI runner, so the sharded run's wall is that
# of its slowest shard plus merge-reports. Prints, per round, each part's wall (JVM start included), how many
# scenarios it judged, and the exit codes; then the speed-up. Builds nothing:
#   mvn -B -DskipTests package && bash bench/shards.sh [ROUNDS]   (default 1; SHARDS=N, RUN_ARGS to every run)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROUNDS=${1:-1}
N=${SHARDS:-3}
need "$KIT_JAR"
machine
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
now_ms() { echo $(($(date +%s%N) / 1000000)); }
secs() { printf '%.1f' "$(echo "$1 / 1000" | bc -l)"; }
# judged DIR : how many scenarios the run whose reports are in DIR judged
judged() { grep -m1 '"total"' "$1/conformance.json" | tr -dc 0-9; }
for round in $(seq "$ROUNDS"); do
  rm -rf "${out:?}"/*
  mkdir "$out/logs"
  t0=$(now_ms)
  whole_rc=0
  # shellcheck disable=SC2086
  java -jar "$KIT_JAR" run ${RUN_ARGS:-} --report-dir "$out/whole" >"$out/logs/whole.log" 2>&1 || whole_rc=$?
  whole=$(($(now_ms) - t0))
  slowest=0
  parts=()
  for k in $(seq "$N"); do
    t0=$(now_ms)
    rc=0
    # shellcheck disable=SC2086
    java -jar "$KIT_JAR" run ${RUN_ARGS:-} --shard "$k/$N" --report-dir "$out/shard-$k" >"$out/logs/shard-$k.log" 2>&1 || rc=$?
    t=$(($(now_ms) - t0))
    [ "$t" -gt "$slowest" ] && slowest=$t
    parts+=("$k/$N $(secs "$t") s, $(judged "$out/shard-$k") scenarios, exit $rc")
  done
  t0=$(now_ms)
  merge_rc=0
  java -jar "$KIT_JAR" merge-reports "$out"/shard-* --report-dir "$out/merged" >"$out/logs/merge.log" 2>&1 || merge_rc=$?
  merge=$(($(now_ms) - t0))
  echo "round $round (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
  echo "  1 shard:  $(secs "$whole") s wall, $(judged "$out/whole") scenarios, exit $whole_rc: $(tail -1 "$out/logs/whole.log")"
  printf '  shard %s\n' "${parts[@]}"
  echo "  merge-reports: $(secs "$merge") s, $(judged "$out/merged") scenarios, exit $merge_rc: $(tail -1 "$out/logs/merge.log")"
  printf '  %d shards: slowest shard + merge = %s s wall, %.2fx the whole run'"'"'s speed (sum of the shards: %s s)\n' \
    "$N" "$(secs $((slowest + merge)))" "$(echo "$whole / ($slowest + $merge)" | bc -l)" \
    "$(secs "$(grep -ho '^[0-9]*/[0-9]* [0-9.]* s' <(printf '%s\n' "${parts[@]}") | awk '{ s += $2 } END { print s * 1000 }')")"
done
