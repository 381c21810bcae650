#!/usr/bin/env bash
# Per-scenario cost of each page engine: the same scenarios, on one worker, judged by HtmlUnit then Chromium.
# Usage: bench/engines.sh [TAG-EXPRESSION] (default: the whole suite); more `run` options in RUN_OPTS,
# e.g. RUN_OPTS="--bridge my-bridge.js --im-type 1"; another build in JAR (default target/mplus-tck.jar). Wall time counts the JVM and browser start; the median
# is Cucumber's own per-scenario time, without them.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/mplus-tck.jar}
[ -f "$jar" ] || mvn -B -q -DskipTests package
tags=${1:-}
read -r -a extra <<<"${RUN_OPTS:-}"

printf '%-9s %9s %7s %8s %14s %10s  %s\n' engine scenarios judged "wall s" "wall/judged ms" "median ms" "judged by"
for engine in htmlunit chromium; do
  out=$(mktemp)
  reports=$(mktemp -d)
  start=$(date +%s%N)
  java -jar "$jar" run --engine "$engine" --threads 1 --verbose ${tags:+--tags "$tags"} --report-dir "$reports" \
    "${extra[@]}" >"$out" 2>&1 || true
  end=$(date +%s%N)
  summary=$(grep -E '^scenarios: [0-9]+ in ' "$out" || { cat "$out" >&2; exit 2; })
  total=$(sed -E 's/^scenarios: ([0-9]+) .*/\1/' <<<"$summary")
  skipped=$(sed -E 's/.* ([0-9]+) skipped.*/\1/' <<<"$summary")
  judged=$((total - skipped))
  wall_ms=$(((end - start) / 1000000))
  median=$(grep -E '^(PASS|FAIL|WARN|TIMEOUT|FLAKY|HARNESS-ERROR) ' "$out" | sed -E 's/.*, ([0-9]+) ms\)$/\1/' \
    | sort -n | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : "-" }')
  engine_line=$(sed -n 's/^| engine | \(.*\) |$/\1/p' "$reports/conformance.md")
  printf '%-9s %9d %7d %8.1f %14s %10s  %s\n' "$engine" "$total" "$judged" "$(awk -v ms="$wall_ms" 'BEGIN { print ms / 1000 }')" \
    "$([ "$judged" -gt 0 ] && echo $((wall_ms / judged)) || echo -)" "$median" "$engine_line"
  echo "          ${summary#*: }" | sed 's/^ */          /'
  rm -rf "$out" "$reports"
done
