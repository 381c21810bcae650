#!/usr/bin/env bash
# Mock throughput: a signed 容联云 PushMsg with every check on (sig, Authorization, timestamp window,
# directory, body validation, store) through `serve`, against stock WireMock 3.13.2 standalone serving the
# same path from one static stub, with its request journal on (its default) and off. One server at a time,
# each started fresh, checked with a sample push, warmed up, then the same wrk load; ROUNDS rounds in turn
# (default 3) so that other load on the machine falls on all three alike; medians compared. After each load serve's
# deliveries are counted against the pushes it accepted: one lost fails the script (exit 1). Builds nothing:
#   mvn -B -DskipTests package && bash bench/mock-throughput.sh [ROUNDS] [WARMUP_S] [MEASURE_S]   (3 20 15)
# JAVA_OPTS (default none: the JVM's defaults) go to every server alike; WRK_OPTS (default -t2 -c32) the
# same load. TOGETHER=1 instead runs serve and stock --no-request-journal at the same time, each under its own
# wrk, ROUNDS times: on a machine that other work keeps busy, both then share whatever CPU is left alike; the share
# goes by runnable threads, so each server's CPU per request is given too. The warm-up is long: on a busy 2-core machine C2 still takes a tenth of the CPU after 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ROUNDS=${1:-3}
WARMUP=${2:-20}
MEASURE=${3:-15}
JAVA_OPTS=${JAVA_OPTS-}
WRK_OPTS=${WRK_OPTS:--t2 -c32}
need "$KIT_JAR" "$STOCK_JAR"
command -v wrk >/dev/null || { echo "this bench's load is wrk's: install it with  apt-get install -y wrk" >&2; exit 2; }
machine
echo "JVM flags for every server: ${JAVA_OPTS:-(none)}; load: wrk $WRK_OPTS, ${WARMUP} s warm-up then ${MEASURE} s measured;" \
  "$ROUNDS rounds"
root=$(mktemp -d)
pid=
trap 'for p in $pid; do stop "$p"; done; rm -rf "$root"' EXIT
stock_root "$root"
sign_push
declare -A rps cost
lost=0

# measure NAME COMMAND… : starts the server on $port, checks a sample push, warms up, measures.
measure() {
  local name=$1 url cpu0
  shift
  "$@" >"$root/$name.log" 2>&1 &
  pid=$!
  wait_200 "http://127.0.0.1:$port/__admin/health" 30
  echo "== $name, round $round"
  check_push "http://127.0.0.1:$port"
  url="http://127.0.0.1:$port$PUSH_PATH$PUSH_QUERY"
  # shellcheck disable=SC2086
  wrk $WRK_OPTS -d "${WARMUP}s" -s bench/pushmsg.lua "$url" >"$root/$name.warm"
  cpu0=$(cpu_ms "$pid")
  # shellcheck disable=SC2086
  wrk $WRK_OPTS -d "${MEASURE}s" --latency -s bench/pushmsg.lua "$url" >"$root/$name.wrk"
  grep -E 'Latency  |50%|99%|requests in|Requests/sec|answers not' "$root/$name.wrk" | sed 's/^ */  /'
  cpu0=$(($(cpu_ms "$pid") - cpu0))
  echo "  $(wrk_errors "$root/$name.wrk"); server CPU $cpu0 ms = $(per_request "$cpu0" "$root/$name.wrk") µs per request;" \
    "resident after: $(rss_mb "$pid") MB"
  [ "$name" != serve ] || counted "http://127.0.0.1:$port" "$root/$name.warm" "$root/$name.wrk"
  rps[$name]="${rps[$name]:-} $(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$root/$name.wrk")"
  stop "$pid"
  pid=
}

# counted BASE WRK_OUTPUT… : serve's deliveries after the load against the pushes it accepted (the sample push and
# those wrk counted). A run ends with up to one push per connection answered after wrk stopped counting, so the
# store may hold that many more; fewer would be pushes accepted and lost.
counted() {
  local base=$1 accepted stored slack
  shift
  accepted=$(($(awk '/^answers 200 \+ 000000/ { n += $NF } END { print n + 0 }' "$@") + 1))
  stored=$(curl -sS "$base/__admin/tck/deliveries" | grep -o '"seq":[0-9]*' | tail -1 | cut -d: -f2)
  slack=$(sed -n 's/.*-c *\([0-9][0-9]*\).*/\1/p' <<<"$WRK_OPTS")
  slack=$(($# * ${slack:-10}))  # wrk's default: 10 connections
  if [ "${stored:-0}" -lt "$accepted" ] || [ "$stored" -gt $((accepted + slack)) ]; then
    echo "  LOST OR EXTRA: $accepted pushes accepted, ${stored:-0} delivered (at most $slack answered uncounted)"
    lost=1
  else
    echo "  deliveries counted after the load: $stored for $accepted accepted pushes (up to $slack answered after wrk stopped counting): none lost"
  fi
}

# together : serve and stock --no-request-journal at once, warmed up and measured under the same load.
together() {
  local sport kport spid kpid load scpu kcpu
  sport=$(free_port)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$KIT_JAR" serve --port "$sport" >"$root/serve.log" 2>&1 &
  spid=$!
  kport=$(free_port)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$STOCK_JAR" --root-dir "$root" --port "$kport" --no-request-journal >"$root/stock.log" 2>&1 &
  kpid=$!
  pid="$spid $kpid"
  wait_200 "http://127.0.0.1:$sport/__admin/health" 60
  wait_200 "http://127.0.0.1:$kport/__admin/health" 60
  echo "== serve and stock --no-request-journal together, round $round"
  check_push "http://127.0.0.1:$sport"
  check_push "http://127.0.0.1:$kport"
  for phase in warm measure; do
    local d=$WARMUP
    [ $phase = warm ] || { d=$MEASURE; scpu=$(cpu_ms "$spid"); kcpu=$(cpu_ms "$kpid"); }
    # shellcheck disable=SC2086
    wrk $WRK_OPTS -d "${d}s" --latency -s bench/pushmsg.lua "http://127.0.0.1:$sport$PUSH_PATH$PUSH_QUERY" >"$root/serve.$phase" &
    load=$!
    # shellcheck disable=SC2086
    wrk $WRK_OPTS -d "${d}s" --latency -s bench/pushmsg.lua "http://127.0.0.1:$kport$PUSH_PATH$PUSH_QUERY" >"$root/stock.wrk"
    wait "$load"
  done
  scpu=$(($(cpu_ms "$spid") - scpu))
  kcpu=$(($(cpu_ms "$kpid") - kcpu))
  mv "$root/serve.measure" "$root/serve.wrk"
  for name in serve stock; do
    local cpu=$scpu
    [ $name = serve ] || cpu=$kcpu
    echo "  $name: $(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$root/$name.wrk") requests/s;" \
      "server CPU $(per_request "$cpu" "$root/$name.wrk") µs per request;" \
      "$(grep '^answers not' "$root/$name.wrk"); $(wrk_errors "$root/$name.wrk")"
  done
  cost[serve]="${cost[serve]:-} $(per_request "$scpu" "$root/serve.wrk")"
  cost[stock-no-journal]="${cost[stock-no-journal]:-} $(per_request "$kcpu" "$root/stock.wrk")"
  rps[serve]="${rps[serve]:-} $(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$root/serve.wrk")"
  rps[stock-no-journal]="${rps[stock-no-journal]:-} $(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$root/stock.wrk")"
  counted "http://127.0.0.1:$sport" "$root/serve.warm" "$root/serve.wrk"
  stop "$spid"
  stop "$kpid"
  pid=
}

# per_request CPU_MS WRK_OUTPUT : the server's CPU per request wrk counted, in µs.
per_request() { echo $((($1 * 1000) / $(sed -n 's/^ *\([0-9]*\) requests in .*/\1/p' "$2"))); }

median() { printf '%s\n' $1 | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# side_by_side TITLE SERVE_FIGURES STOCK_FIGURES RATIO_NAME AWK_RATIO : both servers' figures of each round, their
# medians (s and b in AWK_RATIO) and the ratio.
side_by_side() {
  local s b
  s=$(median "$2")
  b=$(median "$3")
  echo "== $1 at the same time, each round and median:"
  echo "   serve (every check on)     ${2# }  -> $s"
  echo "   stock --no-request-journal ${3# }  -> $b"
  awk -v s="$s" -v b="$b" -v name="$4" "BEGIN { printf \"   %s = %.2fx\\n\", name, $5 }"
}

if [ "${TOGETHER:-}" = 1 ]; then
  for round in $(seq "$ROUNDS"); do together; done
  side_by_side "requests/s" "${rps[serve]}" "${rps[stock-no-journal]}" \
    "serve / stock --no-request-journal (goal: >= 1.0x)" "s / b"
  # Sharing the CPU, each server gets a share by its runnable threads, not by what a request costs it: what a
  # request costs is the figure that share does not decide.
  side_by_side "server CPU per request (µs)" "${cost[serve]}" "${cost[stock-no-journal]}" \
    "requests per CPU second, serve / stock --no-request-journal" "b / s"
  machine
  exit $lost
fi

for round in $(seq "$ROUNDS"); do
  port=$(free_port)
  # shellcheck disable=SC2086
  measure serve java $JAVA_OPTS -jar "$KIT_JAR" serve --port "$port"
  port=$(free_port)
  # shellcheck disable=SC2086
  measure stock java $JAVA_OPTS -jar "$STOCK_JAR" --root-dir "$root" --port "$port"
  port=$(free_port)
  # shellcheck disable=SC2086
  measure stock-no-journal java $JAVA_OPTS -jar "$STOCK_JAR" --root-dir "$root" --port "$port" --no-request-journal
done

s=$(median "${rps[serve]}")
a=$(median "${rps[stock]}")
b=$(median "${rps[stock-no-journal]}")
echo "== requests/s, each round and median:"
echo "   serve (every check on)              ${rps[serve]# }  -> $s"
echo "   stock WireMock (journal on, default) ${rps[stock]# }  -> $a"
echo "   stock --no-request-journal          ${rps[stock-no-journal]# }  -> $b"
awk -v s="$s" -v a="$a" -v b="$b" 'BEGIN {
  printf "   serve / stock = %.2fx, serve / stock --no-request-journal = %.2fx (goal: >= 1.0x stock)\n", s / a, s / b }'
machine
exit $lost
