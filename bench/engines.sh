#!/usr/bin/env bash
# Per-scenario cost of each page engine: the same scenarios, on one worker, judged by HtmlUnit, Chromium, then the
# remote engine with headless Chromium playing the app (the bridge injected before the runner's scripts, the kit as
# its proxy; bench/AppOnDevice.java).
# Usage: bench/engines.sh [TAG-EXPRESSION] (default: the whole suite); more `run` options in RUN_OPTS,
# e.g. RUN_OPTS="--bridge my-bridge.js --im-type 1", and the app's bridge for the remote row in APP_BRIDGE (default:
# --bridge's file, else the reference bridge); another build in JAR (default target/mplus-tck.jar). Wall time counts
# the JVM and browser start; the median is Cucumber's own per-scenario time, without them. ENGINES="chromium remote"
# runs some of them.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
jar=${JAR:-target/mplus-tck.jar}
[ -f "$jar" ] || mvn -B -q -DskipTests package
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
tags=${1:-}
read -r -a extra <<<"${RUN_OPTS:-}"
# the remote engine judges the app's own bridge: --bridge goes to the app, and the vendors are given (a profile),
# since the reference bridge's getImType names one
remote_extra=()
app_bridge=${APP_BRIDGE:-mock-server/__files/mplus.js}
for ((i = 0; i < ${#extra[@]}; i++)); do
  if [ "${extra[$i]}" = --bridge ]; then
    i=$((i + 1)); app_bridge=${APP_BRIDGE:-${extra[$i]}}
  else
    remote_extra+=("${extra[$i]}")
  fi
done
home=$(mktemp -d)
printf '{"imTypes": [0, 1]}\n' >"$home/both-vendors.json"
[[ " ${remote_extra[*]} " == *" --im-type "* ]] || remote_extra+=(--profile "$home/both-vendors.json")

# judge ENGINE OUT REPORTS : one run, in the background for remote (the app opens its runner meanwhile)
judge() {
  if [ "$1" != remote ]; then
    java -jar "$jar" run --engine "$1" --threads 1 --verbose ${tags:+--tags "$tags"} --report-dir "$3" "${extra[@]}" \
      >"$2" 2>&1 || true
    return
  fi
  local port kit app url
  port=$(free_port)
  MPLUS_TCK_HOME=$home java -jar "$jar" run --engine remote --port "$port" --connect-timeout 120 --verbose \
    ${tags:+--tags "$tags"} --report-dir "$3" "${remote_extra[@]}" >"$2" 2>&1 &
  kit=$!
  until url=$(sed -n 's/^  runner *\(http[^ ]*\).*/\1/p' "$2") && [ -n "$url" ]; do
    kill -0 "$kit" 2>/dev/null || { cat "$2" >&2; exit 2; }
    sleep 0.2
  done
  java --add-exports java.base/sun.security.x509=ALL-UNNAMED -cp "target/classes:$(cat target/bench.classpath)" \
    bench/AppOnDevice.java "$url" "127.0.0.1:$port" "$home/ca.jks" "$app_bridge" >"$2.app" 2>&1 &
  app=$!
  wait "$kit" || { cat "$2.app" >&2; }
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
}

printf '%-9s %9s %7s %8s %14s %10s  %s\n' engine scenarios judged "wall s" "wall/judged ms" "median ms" "judged by"
for engine in ${ENGINES:-htmlunit chromium remote}; do
  out=$(mktemp)
  reports=$(mktemp -d)
  start=$(date +%s%N)
  judge "$engine" "$out" "$reports"
  end=$(date +%s%N)
  summary=$(grep -E '^scenarios: [0-9]+ in ' "$out" || { cat "$out" >&2; exit 2; })
  total=$(sed -E 's/^scenarios: ([0-9]+) .*/\1/' <<<"$summary")
  skipped=$(sed -E 's/.* ([0-9]+) skipped.*/\1/' <<<"$summary")
  judged=$((total - skipped))
  wall_ms=$(((end - start) / 1000000))
  median=$(grep -E '^(PASS|FAIL|WARN|TIMEOUT|FLAKY|HARNESS-ERROR) ' "$out" | sed -nE 's/.*, ([0-9]+) ms\).*/\1/p' \
    | sort -n | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : "-" }')
  engine_line=$(sed -n 's/^| engine | \(.*\) |$/\1/p' "$reports/conformance.md")
  printf '%-9s %9d %7d %8.1f %14s %10s  %s\n' "$engine" "$total" "$judged" "$(awk -v ms="$wall_ms" 'BEGIN { print ms / 1000 }')" \
    "$([ "$judged" -gt 0 ] && echo $((wall_ms / judged)) || echo -)" "$median" "$engine_line"
  echo "          ${summary#*: }" | sed 's/^ */          /'
  rm -rf "$out" "$out.app" "$reports"
done
rm -rf "$home"
