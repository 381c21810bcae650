#!/usr/bin/env bash
# Mock memory: drives REQUESTS signed 容联云 PushMsgs (default 10^6, every check on, each one stored) through
# `serve` with wrk (-t2 -c32, in rounds, stopping after that many answers or MAX_S seconds), then reads
# VmRSS from /proc, what the kit kept, VmRSS again after IDLE_S (default 5) s without load (serve lets G1
# return unused heap once idle), and the heap still in use after a full GC (what the caps hold).
# Then stock WireMock 3.13.2 standalone (its unbounded journal on, the default) serving the same path
# from one static stub, for at most STOCK_REQUESTS (default 100 000) or STOCK_MAX_S (default 60) s, to
# show the contrast. Builds nothing:
#   mvn -B -DskipTests package && bash bench/mock-memory.sh [REQUESTS]
# SERVE_OPTS: serve's JVM flags (default none: the JVM's defaults, as a user starts it; -Xmx128m caps the
# heap); STOCK_OPTS: stock's (default none, so that its journal has room to grow). Goals: serve's peak
# resident during the load <= 400 MB on the JVM's defaults, and <= 300 MB after 10^6 requests.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
REQUESTS=${1:-1000000}
MAX_S=${MAX_S:-900}
STOCK_REQUESTS=${STOCK_REQUESTS:-100000}
STOCK_MAX_S=${STOCK_MAX_S:-60}
ROUND_S=${ROUND_S:-10}
IDLE_S=${IDLE_S:-5}
SERVE_OPTS=${SERVE_OPTS-}
STOCK_OPTS=${STOCK_OPTS-}
need "$KIT_JAR" "$STOCK_JAR"
machine
echo "JVM flags: serve ${SERVE_OPTS:-(none)}; stock ${STOCK_OPTS:-(none)}"
root=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || stop "$pid"; rm -rf "$root"' EXIT
stock_root "$root"
sign_push

# drive NAME BUDGET SECONDS COMMAND… : starts the server, checks a sample push, loads it, prints its RSS.
drive() {
  local name=$1 budget=$2 seconds=$3
  shift 3
  echo "== $name: up to $budget signed pushes or $seconds s"
  "$@" >"$root/$name.log" 2>&1 &
  pid=$!
  wait_200 "http://127.0.0.1:$port/__admin/health" 30
  check_push "http://127.0.0.1:$port"
  echo "  resident before the load: $(rss_mb "$pid") MB"
  # wrk sleeps out its -d even when the budget stopped its threads, so the load goes in short rounds
  local t0=$SECONDS answered=0 round sampler
  : >"$root/$name.wrk"
  # VmRSS once a second while the load runs: its peak, besides the figure at the end
  (while kill -0 "$pid" 2>/dev/null; do rss_mb "$pid"; echo; sleep 1; done) >"$root/$name.rss" 2>/dev/null &
  sampler=$!
  while [ "$answered" -lt "$budget" ] && [ $((SECONDS - t0)) -lt "$seconds" ]; do
    TCK_BUDGET=$((budget - answered)) TCK_THREADS=2 wrk -t2 -c32 -d "$ROUND_S"s -s bench/pushmsg.lua \
      "http://127.0.0.1:$port$PUSH_PATH$PUSH_QUERY" >"$root/round.wrk"
    round=$(sed -n 's/^ *\([0-9]*\) requests in .*/\1/p' "$root/round.wrk")
    answered=$((answered + round))
    cat "$root/round.wrk" >>"$root/$name.wrk"
  done
  kill "$sampler"
  echo "$answered" >"$root/$name.count"
  sort -n "$root/$name.rss" | tail -1 >"$root/$name.peak"
  echo "  resident during the load, sampled every second: peak $(cat "$root/$name.peak") MB," \
    "median $(grep . "$root/$name.rss" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') MB"
  echo "  wrk: $answered answers in $((SECONDS - t0)) s; answers not 200 + 000000:" \
    "$(awk '/^answers not/ { n += $NF } END { print n + 0 }' "$root/$name.wrk");" \
    "$(wrk_errors "$root/$name.wrk")"
}

# live_heap_mb PID : runs a full GC in the process and prints the heap still in use, in MB.
live_heap_mb() {
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/used/ { for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v);
    printf "%.0f", v / 1024; exit } }'
}

port=$(free_port)
# shellcheck disable=SC2086
drive serve "$REQUESTS" "$MAX_S" java $SERVE_OPTS -jar "$KIT_JAR" serve --port "$port"
base="http://127.0.0.1:$port"
echo "  kept: $(curl -s "$base/__admin/tck/deliveries" | grep -o '"seq"' | wc -l) deliveries," \
  "$(curl -s "$base/__admin/tck/requests" | grep -o '"seq"' | wc -l) vendor requests," \
  "journal $(curl -s "$base/__admin/requests?limit=1" | sed -n 's/.*"total" *: *\([0-9]*\).*/\1/p') entries"
serve_rss=$(rss_mb "$pid")
serve_n=$(cat "$root/serve.count")
echo "  serve resident after $serve_n requests: $serve_rss MB"
sleep "$IDLE_S"
serve_idle_rss=$(rss_mb "$pid")
echo "  serve resident $IDLE_S s later, idle: $serve_idle_rss MB; heap in use after a full GC: $(live_heap_mb "$pid") MB"
stop "$pid"
pid=

port=$(free_port)
# shellcheck disable=SC2086
drive stock "$STOCK_REQUESTS" "$STOCK_MAX_S" java $STOCK_OPTS -jar "$STOCK_JAR" --root-dir "$root" --port "$port"
stock_rss=$(rss_mb "$pid")
echo "  stock resident: $stock_rss MB; heap in use after a full GC: $(live_heap_mb "$pid") MB"
echo "  stock journal: $(curl -s "http://127.0.0.1:$port/__admin/requests?limit=1" | sed -n 's/.*"total" *: *\([0-9]*\).*/\1/p') entries"
stop "$pid"
pid=
echo "== resident: serve (JVM flags: ${SERVE_OPTS:-none}) peak $(cat "$root/serve.peak") MB during the load (goal <= 400 MB on" \
  "the defaults), $serve_rss MB after $serve_n requests, $serve_idle_rss MB $IDLE_S s later (goal <= 300 MB after 10^6);" \
  "stock WireMock peak $(cat "$root/stock.peak") MB, $stock_rss MB after $(cat "$root/stock.count")"
