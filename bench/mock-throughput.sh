#!/usr/bin/env bash
# Mock throughput: a signed 容联云 PushMsg with every check on (sig, Authorization, timestamp window,
# directory, body validation, store) through `serve`, against stock WireMock 3.13.2 standalone serving the
# same path from one static stub, with and without its request journal. One server at a time, each warmed
# up, then the same wrk load. Builds nothing:
#   mvn -B -DskipTests package && bash bench/mock-throughput.sh [WARMUP_S] [MEASURE_S]   (default 5 15)
# JAVA_OPTS (default below) are the same for every server; WRK_OPTS (default -t2 -c32) the same load.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
WARMUP=${1:-5}
MEASURE=${2:-15}
JAVA_OPTS=${JAVA_OPTS:--Xms256m -Xmx1g}
WRK_OPTS=${WRK_OPTS:--t2 -c32}
need "$KIT_JAR" "$STOCK_JAR"
machine
echo "JVM flags for every server: $JAVA_OPTS; load: wrk $WRK_OPTS, ${WARMUP} s warm-up then ${MEASURE} s measured"
root=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || stop "$pid"; rm -rf "$root"' EXIT
stock_root "$root"
sign_push
declare -A rps

# measure NAME COMMAND… : starts the server on $port, checks a sample push, warms up, measures.
measure() {
  local name=$1
  shift
  echo "== $name"
  "$@" >"$root/$name.log" 2>&1 &
  pid=$!
  wait_200 "http://127.0.0.1:$port/__admin/health" 30
  check_push "http://127.0.0.1:$port"
  local url="http://127.0.0.1:$port$PUSH_PATH$PUSH_QUERY"
  # shellcheck disable=SC2086
  wrk $WRK_OPTS -d "${WARMUP}s" -s bench/pushmsg.lua "$url" >/dev/null
  # shellcheck disable=SC2086
  wrk $WRK_OPTS -d "${MEASURE}s" --latency -s bench/pushmsg.lua "$url" | tee "$root/$name.wrk" | sed 's/^/  /'
  rps[$name]=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$root/$name.wrk")
  echo "  $(wrk_errors "$root/$name.wrk"); resident after: $(rss_mb "$pid") MB"
  stop "$pid"
  pid=
}

port=$(free_port)
# shellcheck disable=SC2086
measure serve java $JAVA_OPTS -jar "$KIT_JAR" serve --port "$port"
port=$(free_port)
# shellcheck disable=SC2086
measure stock java $JAVA_OPTS -jar "$STOCK_JAR" --root-dir "$root" --port "$port"
port=$(free_port)
# shellcheck disable=SC2086
measure stock-no-journal java $JAVA_OPTS -jar "$STOCK_JAR" --root-dir "$root" --port "$port" --no-request-journal

echo "== requests/s: serve ${rps[serve]}, stock WireMock ${rps[stock]} (journal on, its default)," \
  "stock --no-request-journal ${rps[stock-no-journal]}"
awk -v s="${rps[serve]}" -v a="${rps[stock]}" -v b="${rps[stock-no-journal]}" 'BEGIN {
  printf "   serve / stock = %.2fx, serve / stock --no-request-journal = %.2fx (goal: >= 1.0x stock)\n", s / a, s / b }'
