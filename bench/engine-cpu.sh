#!/usr/bin/env bash
# Where an engine's time goes: the CPU each process of a run used (the kit's JVM, chromedriver, and Chromium's
# browser, renderer, GPU and network processes), whole and per scenario, beside the run's wall time. On a machine
# with few cores the per-scenario cost of an engine is mostly CPU; this says whose.
# Usage: bench/engine-cpu.sh [ENGINE] [TAG-EXPRESSION]   (default: chromium, the whole suite, one worker)
# More `run` options in RUN_OPTS, JVM options in JAVA_OPTS (JAVA_OPTS=-Dmplus.tck.chromium=/usr/bin/chromium: the
# browser rather than its headless shell); another build in KIT_JAR (default target/mplus-tck.jar).
# The processes are read every second: what one uses after its last reading (under a second) is not counted.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
engine=${1:-chromium}
tags=${2:-}
need "$KIT_JAR"
read -r -a extra <<<"${RUN_OPTS:-}"
read -r -a jvm <<<"${JAVA_OPTS:-}"
machine
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# tree PID : "pid cpu-ms" of PID and every process under it, at any depth, from one read of /proc
tree() {
  awk -v root="$1" -v hz="$(getconf CLK_TCK)" '
    FNR == 1 { s = $0; sub(/^.*\) /, "", s); split(s, f, " "); pid = FILENAME; sub(/\/proc\//, "", pid)
               sub(/\/stat/, "", pid); parent[pid] = f[2]; ms[pid] = (f[12] + f[13]) * 1000 / hz }
    END { keep[root] = 1; grew = 1
          while (grew) { grew = 0; for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; grew = 1 } }
          for (p in keep) if (p in ms) printf "%s %.0f\n", p, ms[p] }' /proc/[0-9]*/stat 2>/dev/null
}

# kind PID : what the process is, from its command line
kind() {
  local cmd
  cmd=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  case $cmd in
    *java*) echo "kit JVM" ;;
    *chromedriver*) echo chromedriver ;;
    *--type=renderer*) echo "Chromium renderer" ;;
    *--type=gpu-process*) echo "Chromium GPU" ;;
    *network.mojom.NetworkService*) echo "Chromium network" ;;
    *--type=*) echo "Chromium other" ;;
    *chromium*|*chrome*) echo "Chromium browser" ;;
    *) echo other ;;
  esac
}

t0=$(date +%s%N)
java "${jvm[@]}" -jar "$KIT_JAR" run --engine "$engine" --threads 1 ${tags:+--tags "$tags"} "${extra[@]}" >"$out" 2>&1 &
kit=$!
declare -A last kinds
while kill -0 "$kit" 2>/dev/null; do
  while read -r p ms; do
    [ -n "${kinds[$p]:-}" ] || kinds[$p]=$(kind "$p") || continue
    last[$p]=$ms
  done < <(tree "$kit")
  sleep 1
done
wait "$kit" || true
t1=$(date +%s%N)
scenarios=$(grep -oE 'scenarios: [0-9]+' "$out" | grep -oE '[0-9]+' | tail -1)
grep -E '^scenarios:' "$out" | tail -1
[ "${scenarios:-0}" -gt 0 ] || { echo "the run judged no scenario:" >&2; tail -5 "$out" >&2; exit 1; }
wall=$(( (t1 - t0) / 1000000 ))
for p in "${!last[@]}"; do printf '%s\t%s\n' "${kinds[$p]}" "${last[$p]}"; done |
  awk -F'\t' -v n="$scenarios" -v wall="$wall" -v cores="$(nproc)" -v engine="$engine" '
    { ms[$1] += $2; procs[$1]++; total += $2 }
    END {
      printf "%-20s %9s %6s %12s\n", engine " run", "CPU s", "share", "ms/scenario"
      for (k in ms) printf "%-20s %9.1f %5.0f%% %12.1f   (%d process%s)\n", k, ms[k] / 1000, 100 * ms[k] / total,
        ms[k] / n, procs[k], procs[k] == 1 ? "" : "es" | "sort -k3 -rn"
      close("sort -k3 -rn")
      printf "%-20s %9.1f %6s %12.1f\n", "all", total / 1000, "", total / n
      printf "%-20s %9.1f %6s %12.1f   (%d cores, %.1f of them busy on average)\n", "wall", wall / 1000, "",
        wall / n, cores, total / wall
    }'
